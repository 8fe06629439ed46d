"""Audience export (#14): a brief with AMBER and CLEAR portions released for TLP:CLEAR
readers holds no AMBER text in any format, has a CLEAR banner and consistent footnotes, and
reports what it left out; prose citing a left-out item is left out too, never kept."""

from __future__ import annotations

import html
import io
import re
import zipfile
from pathlib import Path

import pytest
from export_support import make_ws
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer import document as d
from briefer import model as m
from briefer.cli import main
from briefer.render import render, render_document
from briefer.schema import load_brief
from briefer.tradecraft.audience import AudienceError, for_audience, level
from briefer.workspace import Workspace

CLEAR_NOTE = """\
title: Open report on harbour cranes
kind: report
publisher: Harbour Weekly
url: https://example.org/harbour-weekly/cranes
published: "2026-10-01"
accessed: "2026-10-02"
reliability: B
marking: TLP:CLEAR
takes:
  - id: t1
    text: Cranes at the north quay have stood idle since September.
    credibility: 2
figures:
  - id: f1
    value: 40
    qualifier: approximately
    unit: ships
    subject: ships waiting at anchor
    as_of: "2026-09"
    attribution: port authority
"""

# Every string below belongs to the AMBER portions; none may reach a TLP:CLEAR reader.
AMBER_NOTE = """\
title: Partner readout zebracorn on the lease
kind: report
publisher: Liaison desk quokkaline
url: https://example.org/liaison/readout-wombatix
published: "2026-09-15"
accessed: "2026-09-16"
reliability: A
marking: TLP:AMBER
takes:
  - id: t1
    text: The operator narwhalite plans to lease the south quay for ninety years.
    credibility: 2
quotes:
  - id: q1
    text: We will sign the axolotlic lease before spring.
    speaker: Minister Pangolinova
    role: transport minister
figures:
  - id: f1
    value: 1250
    unit: containers
    subject: containers moved by the capybarium operator per day
    as_of: "2026-09"
    attribution: partner service
"""

BRIEF = """\
title: Harbour lease outlook
date: "2026-11-26"
marking: TLP:AMBER
bluf: Harbour traffic will very likely stay low through 2027.
bluf_marking: TLP:CLEAR
sections:
  - heading: Key judgments
    entries:
      - ref: amber/t1
        comment: The lease would hand the marmosetic quay to a foreign firm.
      - ref: open/t1
      - text: The lease is likely to go ahead, which the okapified partner confirms.
      - text: Idle cranes point to a long slowdown.
        marking: TLP:CLEAR
  - heading: Background
    entries:
      - ref: amber/q1
      - ref: open/f1
        comment: Anchorage counts come from the port's own notices.
      - ref: amber/f1
      - text: The readout [[amber/t1]] names the buyer gerbilious.
        marking: TLP:CLEAR
      - text: Our own count agrees with the port authority.
        marking: TLP:CLEAR
  - heading: Partner reporting
    entries:
      - ref: amber/t1
        nocheck: [BRF011]
"""

AMBER_STRINGS = [
    "zebracorn",
    "quokkaline",
    "wombatix",
    "narwhalite",
    "axolotlic",
    "Pangolinova",
    "capybarium",
    "1,250",
    "marmosetic",
    "okapified",
    "gerbilious",
    "TLP:AMBER",
    "Partner reporting",
]
CLEAR_STRINGS = [
    "Harbour traffic will very likely stay low",
    "Cranes at the north quay have stood idle since September.",
    "approximately 40 ships",
    "Idle cranes point to a long slowdown.",
    "Our own count agrees with the port authority.",
    "Anchorage counts come from the port's own notices.",
    "Open report on harbour cranes",
]


@pytest.fixture
def ws_dir(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "open.yaml").write_text(CLEAR_NOTE, encoding="utf-8")
    (root / "sources" / "amber.yaml").write_text(AMBER_NOTE, encoding="utf-8")
    (root / "lease.brief.yaml").write_text(BRIEF, encoding="utf-8")
    return root


def _load(ws_dir: Path) -> tuple[Workspace, object, Path]:
    path = ws_dir / "lease.brief.yaml"
    brief, _ = load_brief(path)
    return Workspace.load(ws_dir, use_cache=False), brief, path


def _text(fmt: str, out: str | bytes) -> str:
    """What a reader of the export sees (or a program reads), as one line of text."""
    if fmt == "pdf":
        assert isinstance(out, bytes)
        out = _pdf_text(out)
    elif fmt == "docx":
        assert isinstance(out, bytes)
        with zipfile.ZipFile(io.BytesIO(out)) as z:
            parts = [z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")]
        out = html.unescape(re.sub(r"<[^>]+>", " ", " ".join(parts)))
    assert isinstance(out, str)
    return " ".join(out.split())


def _pdf_text(data: bytes) -> str:
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def test_level_names() -> None:
    assert level("clear") == level("TLP:CLEAR") == level(" tlp:clear ") == "TLP:CLEAR"
    assert level("amber+strict") == "TLP:AMBER+STRICT"
    with pytest.raises(AudienceError, match="choose one of TLP:CLEAR"):
        level("secret")


def test_filter_keeps_only_clear_portions(ws_dir: Path) -> None:
    ws, brief, path = _load(ws_dir)
    full = d.resolve(ws, brief, path)
    cut, left_out = for_audience(full, "TLP:CLEAR")
    assert cut.marking == "TLP:CLEAR" and cut.audience == "TLP:CLEAR"
    assert full.marking == "TLP:AMBER"  # the input is not changed
    assert [s.heading for s in cut.sections] == ["Key judgments", "Background"]
    refs = [c.ref for c in cut.citations]
    assert refs == ["open/t1", "open/f1"]
    assert [c.number for c in cut.citations] == [1, 2]
    assert [(s.number, s.id, s.cited) for s in cut.sources] == [
        (1, "open", [("t1", "B2"), ("f1", "B")])
    ]
    assert all(c.source is cut.sources[0] for c in cut.citations)
    # what was left out, each with its place in the brief and its reason
    got = [(o.line, o.what, o.reason) for o in left_out]
    assert got == [
        (9, "take amber/t1", "marked TLP:AMBER"),
        (12, "prose", "marked TLP:AMBER"),
        (17, "quote amber/q1", "marked TLP:AMBER"),
        (20, "figure amber/f1", "marked TLP:AMBER"),
        (21, "prose", "cites amber/t1, which is left out"),
        (27, "take amber/t1", "marked TLP:AMBER"),
    ]
    assert left_out[1].describe() == "left out prose in 'Key judgments': marked TLP:AMBER"


@pytest.mark.parametrize("fmt", ["md", "html", "typst", "pdf", "docx", "stix", "csl-json"])
def test_no_amber_text_in_any_format(ws_dir: Path, fmt: str) -> None:
    ws, brief, path = _load(ws_dir)
    left_out: list = []
    flat = _text(fmt, render(ws, brief, path, fmt, audience="TLP:CLEAR", left_out=left_out))
    for s in AMBER_STRINGS:
        assert s not in flat, f"{s!r} reached a TLP:CLEAR reader in {fmt}"
    # a bibliography (CSL JSON) lists the sources only
    for s in CLEAR_STRINGS if fmt != "csl-json" else ["Open report on harbour cranes"]:
        assert s in flat, f"{s!r} missing from the {fmt} export"
    if fmt != "csl-json":
        assert "TLP:CLEAR" in flat
    assert len(left_out) == 6
    # without the audience the same export holds the AMBER text (the test can fail)
    full = _text(fmt, render(ws, brief, path, fmt))
    assert ("narwhalite" if fmt != "csl-json" else "zebracorn") in full


def test_footnotes_and_sources_renumbered_in_markdown_and_html(ws_dir: Path) -> None:
    ws, brief, path = _load(ws_dir)
    md = render(ws, brief, path, "md", audience="clear")
    assert isinstance(md, str)
    refs = re.findall(r"\[\^([^\]]+)\](?!:)", md)
    defs = re.findall(r"^\[\^([^\]]+)\]:", md, re.MULTILINE)
    assert refs == defs == ["open.t1", "open.f1"]
    assert "(source 1)" in md and "(source 2)" not in md
    assert re.findall(r"^(\d+)\. “", md, re.MULTILINE) == ["1"]
    assert md.startswith("---") and md.count("**TLP:CLEAR**") == 2
    html = render(ws, brief, path, "html", audience="clear")
    assert isinstance(html, str)
    assert re.findall(r'<li id="fn-[^"]+" value="(\d+)"', html) == ["1", "2"]
    assert re.findall(r'class="fn-ref"><a [^>]*>(\d+)</a>', html) == ["1", "2"]
    assert '<meta name="marking" content="TLP:CLEAR">' in html


def test_audience_at_the_brief_marking_changes_nothing(ws_dir: Path) -> None:
    ws, brief, path = _load(ws_dir)
    full = d.resolve(ws, brief, path)
    same, left_out = for_audience(full, "TLP:RED")
    assert left_out == [] and same.marking == "TLP:AMBER"
    assert render_document(same, "md") == render_document(full, "md")


def test_comment_citing_a_left_out_item_goes_but_the_item_stays(ws_dir: Path) -> None:
    text = BRIEF.replace(
        "comment: Anchorage counts come from the port's own notices.",
        "comment: Compare amber/f1 for the operator's side.",
    )
    (ws_dir / "lease.brief.yaml").write_text(text, encoding="utf-8")
    ws, brief, path = _load(ws_dir)
    cut, left_out = for_audience(d.resolve(ws, brief, path), "clear")
    fig = next(b for b in cut.cited_blocks() if b.citation.ref == "open/f1")
    assert fig.comment == ""
    assert ("the comment on open/f1", "cites amber/f1, which is left out") in [
        (o.what, o.reason) for o in left_out
    ]


def test_bluf_at_the_brief_marking_is_left_out(ws_dir: Path) -> None:
    (ws_dir / "lease.brief.yaml").write_text(
        BRIEF.replace("bluf_marking: TLP:CLEAR\n", ""), encoding="utf-8"
    )
    ws, brief, path = _load(ws_dir)
    cut, left_out = for_audience(d.resolve(ws, brief, path), "green")
    assert cut.bluf == ""
    assert (left_out[0].line, left_out[0].what) == (4, "the BLUF")
    assert cut.marking == "TLP:CLEAR"  # nothing GREEN is left


def test_cli_reports_what_was_left_out(ws_dir: Path, capsys: pytest.CaptureFixture) -> None:
    out = ws_dir / "clear.md"
    assert (
        main(["export", str(ws_dir / "lease.brief.yaml"), "--audience", "clear", "-o", str(out)])
        == 0
    )
    captured = capsys.readouterr()
    assert captured.out.strip() == str(out)
    lines = captured.err.splitlines()
    assert lines[0] == "briefer: for TLP:CLEAR readers: left out 6 portions"
    assert lines[1] == (
        f"{ws_dir / 'lease.brief.yaml'}:9:9: left out take amber/t1 in 'Key judgments': "
        "marked TLP:AMBER"
    )
    assert len(lines) == 7
    assert "narwhalite" not in out.read_text(encoding="utf-8")


def test_cli_rejects_an_unknown_audience(ws_dir: Path, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as e:
        main(["export", str(ws_dir / "lease.brief.yaml"), "--audience", "secret"])
    assert e.value.code == 2
    assert "unknown audience 'secret'" in capsys.readouterr().err
    assert not (ws_dir / "exports").exists()


def test_portion_marks_before_each_portion(ws_dir: Path) -> None:
    (ws_dir / "lease.brief.yaml").write_text(
        BRIEF.replace("date:", "portion_marks: true\ndate:"), encoding="utf-8"
    )
    ws, brief, path = _load(ws_dir)
    md = render(ws, brief, path, "md", audience="clear")
    assert isinstance(md, str)
    assert "(TLP:CLEAR) Harbour traffic will very likely stay low" in md
    assert "- (TLP:CLEAR) Cranes at the north quay" in md
    assert "- (TLP:CLEAR) **approximately 40 ships**" in md
    assert "(TLP:CLEAR) Idle cranes point" in md
    assert "(TLP:AMBER)" not in md
    full = render(ws, brief, path, "md")
    assert isinstance(full, str)
    assert "- (TLP:AMBER) The operator narwhalite" in full
    assert "> (TLP:AMBER)" in full
    html = render(ws, brief, path, "html")
    assert '<span class="portion-mark">(TLP:AMBER)</span> The operator narwhalite' in str(html)
    typ = render(ws, brief, path, "typst")
    assert '#strong("(TLP:AMBER) ")#"The operator narwhalite' in str(typ)


# ------------------------------------------------------------ any brief at all


_MARKS = st.sampled_from([None, *m.MARKINGS])


@st.composite
def _case(draw: st.DrawFn) -> tuple[Workspace, m.Brief]:
    n_sources = draw(st.integers(1, 4))
    sources = [
        m.Source(
            f"s{i}",
            f"Source title {i}",
            marking=draw(_MARKS),
            takes=[m.Take(f"t{j}", f"Take {i}-{j} words") for j in range(3)],
        )
        for i in range(n_sources)
    ]
    sections = []
    for k in range(draw(st.integers(1, 3))):
        entries = []
        for _ in range(draw(st.integers(0, 5))):
            if draw(st.booleans()):
                i, j = draw(st.integers(0, n_sources - 1)), draw(st.integers(0, 2))
                entries.append(m.Entry(ref=m.Ref(f"s{i}", f"t{j}"), marking=draw(_MARKS)))
            else:
                cite = draw(st.sampled_from(["", " [[s0/t1]]", " s1/t0"]))
                entries.append(m.Entry(text=f"Prose {k}{cite}.", marking=draw(_MARKS)))
        sections.append(m.Section(f"Heading {k}", entries))
    brief = m.Brief("T", marking=draw(_MARKS), bluf="The bottom line.", sections=sections)
    brief.bluf_marking = draw(_MARKS)
    return make_ws(Path("/nonexistent"), *sources), brief


@settings(max_examples=150, deadline=None)
@given(case=_case(), audience=st.sampled_from(m.MARKINGS))
def test_any_brief_cut_for_any_audience(case: tuple[Workspace, m.Brief], audience: str) -> None:
    ws, brief = case
    full = d.resolve(ws, brief, "/nonexistent/t.brief.yaml")
    cut, left_out = for_audience(full, audience)
    limit = m.marking_rank(audience)
    blocks = [b for s in cut.sections for b in s.blocks]
    # nothing above the audience, and nothing citing what was left out or is above it
    assert all(m.marking_rank(b.marking or None) <= limit for b in blocks)
    gone = {c.ref for c in full.citations} - {c.ref for c in cut.citations}
    for b in blocks:
        if isinstance(b, d.Prose):
            for mt in mentions_of(b.text):
                assert mt not in gone
                assert m.marking_rank(full.mentioned.get(mt) or None) <= limit
    if cut.bluf:
        assert m.marking_rank(full.bluf_marking or None) <= limit
    # every block is either kept or reported
    n_full = sum(len(s.blocks) for s in full.sections) + (1 if full.bluf else 0)
    n_cut = len(blocks) + (1 if cut.bluf else 0)
    assert n_full - n_cut == len([o for o in left_out if not o.what.startswith("the comment")])
    # footnotes and sources renumbered, consistent
    assert [c.number for c in cut.citations] == list(range(1, len(cut.citations) + 1))
    assert [s.number for s in cut.sources] == list(range(1, len(cut.sources) + 1))
    assert all(c.source in cut.sources for c in cut.citations)
    assert sum(len(s.cited) for s in cut.sources) == len(cut.citations)
    # the banner covers what is left and never exceeds the audience when it cuts
    assert all(
        m.marking_rank(b.marking or None) <= m.marking_rank(cut.marking or None) for b in blocks
    )
    if limit < m.marking_rank(full.marking or None):
        assert m.marking_rank(cut.marking or None) <= limit


def mentions_of(text: str) -> list[str]:
    from briefer.tradecraft.mentions import mentions

    return [mt.key for mt in mentions(text)]
