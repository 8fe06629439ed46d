"""ICD 206 sourcing (#14): source fields, the source summary statement (its counts match the
brief), ``briefer sourcing``, and the checks BRF013, BRF015-BRF019."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer import document as d
from briefer.checks import check_brief
from briefer.cli import main
from briefer.errors import LoadError
from briefer.render import render
from briefer.schema import dump_source, load_brief, load_source
from briefer.tradecraft.sourcing import statement, summarize
from briefer.workspace import Workspace

NOTES = {
    "ministry": """\
title: Ministry statement on the port
kind: report
publisher: Ministry of Transport
identifier: MT-2026-114
source_type: official
url: https://example.org/ministry/port
archived_url: https://archive.example.org/ministry/port
published: "2026-10-01"
accessed: "2026-10-03"
reliability: B
descriptor: The ministry runs the port; it has direct access and an interest in calm.
marking: TLP:CLEAR
takes:
  - id: t1
    text: The port stays open.
    credibility: 2
figures:
  - id: f1
    value: 40
    unit: ships
    subject: ships waiting at anchor
    as_of: "2026-09"
""",
    "weekly": """\
title: Harbour Weekly on the queue
kind: article
source_type: open source
url: https://example.org/weekly/queue
published: "2025-05-20"
reliability: C
marking: TLP:CLEAR
takes:
  - id: t1
    text: Ships queue for days.
    credibility: 3
figures:
  - id: f1
    value: 40
    unit: ships
    subject: Ships waiting at anchor
""",
    "tracker": """\
title: Vessel tracker export
kind: dataset
source_type: commercial
marking: TLP:CLEAR
figures:
  - id: f1
    value: 55
    unit: ships
    subject: ships waiting at anchor
""",
    "rumour": """\
title: Channel post
kind: other
url: https://example.org/channel/post
reliability: A
marking: TLP:AMBER
takes:
  - id: t1
    text: The port will be sold.
    credibility: 5
""",
}

BRIEF = """\
title: Port outlook
date: "2026-11-26"
marking: TLP:GREEN
bluf: The port will very likely stay open.
sections:
  - heading: Key judgments
    entries:
      - ref: ministry/t1
      - text: The port will very likely stay open through 2027.
      - ref: weekly/t1
      - ref: tracker/f1
      - text: Queues will likely persist.
  - heading: Background
    entries:
      - ref: ministry/f1
      - ref: weekly/f1
"""


@pytest.fixture
def ws_dir(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    (root / "sources").mkdir(parents=True)
    for name, text in NOTES.items():
        (root / "sources" / f"{name}.yaml").write_text(text, encoding="utf-8")
    (root / "port.brief.yaml").write_text(BRIEF, encoding="utf-8")
    return root


def _doc(ws_dir: Path) -> tuple[Workspace, d.Document]:
    path = ws_dir / "port.brief.yaml"
    brief, _ = load_brief(path)
    ws = Workspace.load(ws_dir, use_cache=False)
    return ws, d.resolve(ws, brief, path)


def _findings(ws_dir: Path, text: str) -> list[tuple[str, int, str]]:
    path = ws_dir / "port.brief.yaml"
    path.write_text(text, encoding="utf-8")
    brief, _ = load_brief(path)
    fs = check_brief(Workspace.load(ws_dir, use_cache=False), brief, path)
    return [(f.code, f.line, f.message) for f in fs]


# ------------------------------------------------------------------ fields


def test_icd206_fields_load_save_and_show(ws_dir: Path) -> None:
    src = load_source(ws_dir / "sources" / "ministry.yaml")
    assert src.identifier == "MT-2026-114" and src.source_type == "official"
    assert src.archived_url == "https://archive.example.org/ministry/port"
    assert src.descriptor.startswith("The ministry runs the port")
    saved = dump_source(src)  # in the order of the file
    keys = [ln.split(":")[0] for ln in saved.splitlines() if ln[:1].isalpha()]
    assert keys[:11] == [
        "title", "kind", "publisher", "identifier", "source_type", "url", "archived_url",
        "published", "accessed", "reliability", "descriptor",
    ]  # fmt: skip
    (ws_dir / "sources" / "ministry.yaml").write_text(saved, encoding="utf-8")
    assert load_source(ws_dir / "sources" / "ministry.yaml") == src
    ws, doc = _doc(ws_dir)
    md = render(ws, load_brief(ws_dir / "port.brief.yaml")[0], ws_dir / "port.brief.yaml", "md")
    line = next(ln for ln in str(md).splitlines() if ln.startswith("1. "))
    assert "Ministry of Transport; MT-2026-114; official source; published 2026-10-01" in line
    assert "archived at https://archive.example.org/ministry/port" in line
    assert "it has direct access and an interest in calm" in line


def test_unknown_source_type_is_a_located_error(ws_dir: Path) -> None:
    path = ws_dir / "sources" / "ministry.yaml"
    path.write_text(NOTES["ministry"].replace("official", "goverment"), encoding="utf-8")
    with pytest.raises(LoadError) as e:
        load_source(path)
    assert "ministry.yaml:5:14: 'source_type' must be one of official" in str(e.value)


def test_ids_only_with_show_ids(ws_dir: Path) -> None:
    ws, doc = _doc(ws_dir)
    cit = doc.citations[0]
    assert d.footnote_parts(cit)[1].endswith("Grade B2 (source 1).")
    assert d.grades_line(doc.sources[0]) == "Source grade B; 2 items cited (B2, B)."
    assert d.grades_line(doc.sources[2]) == "Source not graded (F); 1 item cited (F)."
    path = ws_dir / "port.brief.yaml"
    path.write_text(BRIEF.replace("marking: TLP:GREEN", "marking: TLP:GREEN\nshow_ids: true"))
    ws, doc = _doc(ws_dir)
    assert d.footnote_parts(doc.citations[0])[1].endswith("(source 1: ministry/t1).")
    assert d.grades_line(doc.sources[0]) == "Source grade B; cited: t1 B2, f1 B."


def test_page_in_the_footnote(ws_dir: Path) -> None:
    note = ws_dir / "sources" / "ministry.yaml"
    note.write_text(
        NOTES["ministry"].replace("    credibility: 2\n", "    credibility: 2\n    page: 4\n")
    )
    ws, doc = _doc(ws_dir)
    assert doc.citations[0].page == 4
    assert d.footnote_parts(doc.citations[0])[1] == (
        "Ministry of Transport, 2026-10-01, p. 4. Grade B2 (source 1)."
    )
    assert doc.citations[1].page is None and "p. " not in d.footnote_parts(doc.citations[1])[1]


# --------------------------------------------------------------- statement


def test_summary_counts_match_the_brief(ws_dir: Path) -> None:
    ws, doc = _doc(ws_dir)
    s = summarize(ws, doc)
    assert s.sources == len(doc.sources) == 3
    assert s.items == len(doc.citations) == 5
    assert dict(s.by_type) == {"official": 1, "open source": 1, "commercial": 1}
    assert dict(s.by_grade) == {"B": 1, "C": 1, "ungraded": 1}
    assert s.oldest == ("2025-05-20", "Harbour Weekly on the queue")
    assert s.newest == ("2026-10-01", "Ministry statement on the port")
    assert s.undated == 1
    assert s.judgments == 2
    # the first judgment rests on the ministry alone; the second on two sources
    assert s.single_source == [
        ("The port will very likely stay open through 2027.", "Ministry statement on the port")
    ]
    assert s.agree == []
    assert s.conflict == [
        (
            "ships waiting at anchor",
            [
                "Vessel tracker export: 55 ships",
                "Ministry statement on the port: 40 ships",
                "Harbour Weekly on the queue: 40 ships",
            ],
        )
    ]
    text = statement(s)
    assert text.startswith(
        "This brief rests on 5 cited items from 3 sources (1 commercial, 1 official and "
        "1 open source: 1 article, 1 dataset and 1 report). Source reliability: 1 graded B, "
        "1 graded C and 1 not graded."
    )
    assert "published between 2025-05-20 (“Harbour Weekly on the queue”) and 2026-10-01" in text
    assert "1 source gives no date." in text
    assert (
        "Key judgments resting on a single source: “The port will very likely stay open "
        "through 2027.” rests on “Ministry statement on the port” alone." in text
    )
    assert (
        "On ships waiting at anchor, the sources differ: Vessel tracker export: 55 ships; "
        "Ministry statement on the port: 40 ships; Harbour Weekly on the queue: 40 ships." in text
    )


def test_agreeing_figures_are_named(ws_dir: Path) -> None:
    path = ws_dir / "port.brief.yaml"
    path.write_text(BRIEF.replace("      - ref: tracker/f1\n", ""), encoding="utf-8")
    ws, doc = _doc(ws_dir)
    s = summarize(ws, doc)
    assert s.conflict == []
    assert s.agree == [
        (
            "ships waiting at anchor",
            ["Ministry statement on the port", "Harbour Weekly on the queue"],
        )
    ]
    assert len(s.single_source) == 2
    text = statement(s)
    assert "On ships waiting at anchor, “Ministry statement on the port” and “Harbour " in text


def test_cli_prints_and_inserts(ws_dir: Path, capsys: pytest.CaptureFixture) -> None:
    path = ws_dir / "port.brief.yaml"
    assert main(["sourcing", str(path)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("This brief rests on 5 cited items from 3 sources")
    assert main(["sourcing", str(path), "--insert"]) == 0
    brief, _ = load_brief(path)
    assert brief.sections[-1].heading == "Sourcing"
    assert brief.sections[-1].entries[0].text == printed.rstrip("\n")
    assert main(["sourcing", str(path), "--insert"]) == 1  # never a second one
    assert "already has a 'Sourcing' section" in capsys.readouterr().err
    assert main(["sourcing", str(ws_dir / "missing.brief.yaml")]) == 1


# ------------------------------------------------------------------ checks


def test_brf015_single_source_judgment(ws_dir: Path) -> None:
    got = [f for f in _findings(ws_dir, BRIEF) if f[0] == "BRF015"]
    assert [(c, line) for c, line, _ in got] == [("BRF015", 9)]
    assert "rests on one source (ministry)" in got[0][2]


def test_brf016_admiralty_halves_apart(ws_dir: Path) -> None:
    text = BRIEF.replace(
        "      - ref: weekly/t1\n", "      - ref: weekly/t1\n      - ref: rumour/t1\n"
    )
    text = text.replace("marking: TLP:GREEN", "marking: TLP:AMBER")
    got = [f for f in _findings(ws_dir, text) if f[0] == "BRF016"]
    assert [(c, line) for c, line, _ in got] == [("BRF016", 11)]
    assert "rumour/t1 is graded A5" in got[0][2]
    # the same grade outside Key judgments is not flagged
    text = BRIEF + "      - ref: rumour/t1\n"
    assert [f for f in _findings(ws_dir, text) if f[0] == "BRF016"] == []


def test_brf017_url_without_accessed_and_brf018_ungraded(ws_dir: Path) -> None:
    got = _findings(ws_dir, BRIEF)
    assert [(c, line) for c, line, _ in got if c == "BRF017"] == [("BRF017", 10)]
    assert "weekly" in next(m for c, _, m in got if c == "BRF017")
    assert [(c, line) for c, line, _ in got if c == "BRF018"] == [("BRF018", 11)]
    assert "tracker" in next(m for c, _, m in got if c == "BRF018")


def test_brf013_portion_above_banner(ws_dir: Path) -> None:
    text = BRIEF.replace(
        "      - text: Queues will likely persist.\n",
        "      - text: Queues will likely persist.\n        marking: TLP:AMBER\n",
    ).replace("bluf: The", "bluf_marking: TLP:RED\nbluf: The")
    got = [(c, line) for c, line, _ in _findings(ws_dir, text) if c == "BRF013"]
    assert got == [("BRF013", 4), ("BRF013", 14)]


def test_brf019_portion_below_what_it_cites(ws_dir: Path) -> None:
    text = BRIEF.replace("marking: TLP:GREEN", "marking: TLP:AMBER").replace(
        "      - text: Queues will likely persist.\n",
        "      - text: Queues will likely persist, says [[rumour/t1]].\n"
        "        marking: TLP:CLEAR\n"
        "      - ref: rumour/t1\n        marking: TLP:GREEN\n",
    )
    got = [(c, line, msg) for c, line, msg in _findings(ws_dir, text) if c == "BRF019"]
    assert [(c, line) for c, line, _ in got] == [("BRF019", 12), ("BRF019", 15)]
    assert "this prose is TLP:CLEAR but cites rumour/t1, marked TLP:AMBER" in got[0][2]
    assert "marked TLP:GREEN but its source rumour is TLP:AMBER" in got[1][2]


def test_brf001_for_in_text_citations(ws_dir: Path) -> None:
    text = BRIEF.replace(
        "      - text: Queues will likely persist.\n",
        "      - text: Queues will likely persist [[weekly/t2]] [[wekly]] [[weekly/t1]].\n",
    )
    got = [(c, line, msg) for c, line, msg in _findings(ws_dir, text) if c == "BRF001"]
    assert [m for _, _, m in got] == [
        "in-text citation [[weekly/t2]]: source 'weekly' has no item 't2': its items are t1, f1",
        "in-text citation [[wekly]]: unknown source 'wekly': did you mean 'weekly'?",
    ]
    assert {line for _, line, _ in got} == {12}


def test_repeated_figure_named_once_and_no_judgments_no_sentence(ws_dir: Path) -> None:
    path = ws_dir / "port.brief.yaml"
    text = BRIEF.replace("Key judgments", "Findings")
    path.write_text(text + "      - ref: tracker/f1\n        nocheck: [BRF011]\n")
    ws, doc = _doc(ws_dir)
    s = summarize(ws, doc)
    assert s.judgments == 0 and s.single_source == []
    assert "key judgment" not in statement(s).lower()
    assert s.conflict[0][1].count("Vessel tracker export: 55 ships") == 1
