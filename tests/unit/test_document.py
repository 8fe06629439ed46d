"""The resolved document: blocks, citations, sources, grades and located errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_support import make_brief, make_ws, ref

from briefer import document as d
from briefer import model as m
from briefer.schema import load_brief
from briefer.workspace import Workspace

SAMPLE_BRIEF = "nk-russia-weekly.brief.yaml"


def _sample(ws_root: Path, name: str = SAMPLE_BRIEF) -> d.Document:
    ws = Workspace.load(ws_root)
    brief, _ = load_brief(ws_root / name)
    return d.resolve(ws, brief, ws_root / name)


def test_sample_brief_resolves_every_entry(sample_ws: Path) -> None:
    brief, _ = load_brief(sample_ws / SAMPLE_BRIEF)
    doc = _sample(sample_ws)
    assert doc.title == brief.title and doc.marking == "TLP:GREEN"
    assert [s.heading for s in doc.sections] == [s.heading for s in brief.sections]
    for sec, dsec in zip(brief.sections, doc.sections, strict=True):
        kinds = [b.kind for b in dsec.blocks]
        expected = [
            "prose" if e.is_prose else Workspace.load(sample_ws).resolve(e.ref).item.kind
            for e in sec.entries
        ]
        assert kinds == expected
    n_refs = sum(1 for s in brief.sections for e in s.entries if not e.is_prose)
    assert [c.number for c in doc.citations] == list(range(1, n_refs + 1))
    assert len({c.label for c in doc.citations}) == n_refs


def test_blocks_carry_item_text_grades_and_words(sample_ws: Path) -> None:
    doc = _sample(sample_ws)
    by_ref = {b.citation.ref: b for b in doc.cited_blocks()}
    take = by_ref["nk-artillery-2026/t1"]
    assert isinstance(take, d.Take) and take.text.startswith("Kim Jong Un has ordered")
    assert take.confidence == "high" and take.citation.grade == "C3"
    quote = by_ref["nk-artillery-2026/q1"]
    assert isinstance(quote, d.Quote) and quote.speaker == "Xavier Brunson"
    assert quote.attribution.startswith("Xavier Brunson, Army Gen.")
    assert quote.citation.grade == "C"  # no credibility: reliability alone
    assert quote.comment.startswith("The clearest public U.S. statement")
    fig = by_ref["nk-artillery-2026/f1"]
    assert isinstance(fig, d.Figure)
    assert fig.amount == "approximately 15,000 soldiers"  # the qualifier as written
    assert fig.subject == "North Korean soldiers sent to Russia"
    assert fig.context == "as of 2026-11, according to South Korean intelligence"


def test_sources_numbered_by_first_citation_with_item_grades(sample_ws: Path) -> None:
    doc = _sample(sample_ws)
    firsts: list[str] = []
    for c in doc.citations:
        if c.ref.split("/")[0] not in firsts:
            firsts.append(c.ref.split("/")[0])
    assert [s.id for s in doc.sources] == firsts
    assert [s.number for s in doc.sources] == list(range(1, len(firsts) + 1))
    art = doc.sources[0]
    assert art.id == "nk-artillery-2026" and art.grade == "C"
    assert ("t1", "C3") in art.cited and ("q1", "C") in art.cited
    assert art.link and art.link.startswith("https://")
    assert all(
        c.source.number == next(s.number for s in doc.sources if s.id == c.ref.split("/")[0])
        for c in doc.citations
    )


def test_figure_amounts_read_naturally() -> None:
    big = m.Figure("f1", 2500000, "nearly", "shells")
    assert d.figure_amount(big) == "nearly 2.5 million shells"
    assert d.figure_amount(m.Figure("f2", 15000, "approximately")) == "approximately 15,000"
    assert d.figure_amount(m.Figure("f3", 3)) == "3"


def test_missing_references_are_all_reported_with_their_location(sample_ws: Path) -> None:
    path = sample_ws / SAMPLE_BRIEF
    text = path.read_text(encoding="utf-8")
    text = text.replace("ref: nk-treaty-2024/t1", "ref: nk-treaty-2024/t99")
    text = text.replace("ref: nk-artillery-2026/f3", "ref: no-such-source/f3")
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    with pytest.raises(d.ResolveError) as err:
        _sample(sample_ws)
    problems = err.value.problems
    assert len(problems) == 2
    for p, needle in zip(problems, ("nk-treaty-2024/t99", "no-such-source/f3"), strict=True):
        line_no = next(i for i, line in enumerate(lines, 1) if needle in line)
        assert (p.path, p.line) == (str(path), line_no)
        assert lines[p.line - 1][p.col - 1 :].startswith(needle)
    message = str(err.value)
    assert f"{path}:" in message and "has no item 't99'" in message
    assert "unknown source 'no-such-source'" in message


def test_labels_unique_and_stable_for_repeats_and_same_titles(tmp_path: Path) -> None:
    a = m.Source("alpha", "Same title", takes=[m.Take("t1", "one"), m.Take("t2", "two")])
    b = m.Source("beta", "Same title", takes=[m.Take("t1", "three")])
    ws = make_ws(tmp_path, a, b)
    brief = make_brief(ref("alpha/t1"), ref("alpha/t2"), ref("beta/t1"), ref("alpha/t1"))
    first = d.resolve(ws, brief, tmp_path / "x.brief.yaml")
    labels = [c.label for c in first.citations]
    assert len(set(labels)) == 4
    assert labels[0] != labels[3] and labels[0] != labels[2]
    assert [c.label for c in d.resolve(ws, brief, "x").citations] == labels
    assert [s.id for s in first.sources] == ["alpha", "beta"]


def test_label_does_not_collide_across_id_boundaries(tmp_path: Path) -> None:
    a = m.Source("a-b", "A", takes=[m.Take("c", "x")])
    b = m.Source("a", "B", takes=[m.Take("b-c", "y")])
    doc = d.resolve(make_ws(tmp_path, a, b), make_brief(ref("a-b/c"), ref("a/b-c")), "x")
    assert doc.citations[0].label != doc.citations[1].label


def test_control_characters_become_visible() -> None:
    assert d.clean("a\x1bb\x00c\r\nd\te") == "a\u241bb\u2400c\nd\te"


@pytest.mark.parametrize(
    "url,ok",
    [
        ("https://example.org/a?b=1", True),
        ("http://x.y", True),
        ("mailto:a@b.c", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>", False),
        ("file:///etc/passwd", False),
        ("//evil", False),
        ('https://ex.org/"onmouseover=x', False),
        ("https://a b", False),
        ("", False),
    ],
)
def test_safe_url(url: str, ok: bool) -> None:
    assert (d.safe_url(url) is not None) == ok
