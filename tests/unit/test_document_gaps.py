"""The resolved document's small parts, pinned exactly (found by surviving mutants, #22):
placeholders for control characters, citation wording, source details, grade lines,
attributions, options and markings."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_support import make_brief, make_ws, ref

from briefer import document as d
from briefer import model as m


def _src(**kw: object) -> d.DocSource:
    base: dict[str, object] = dict(
        number=2,
        id="s",
        title="T",
        publisher="",
        author="",
        published="",
        accessed="",
        url="",
        link=None,
        grade="C",
    )
    base.update(kw)
    return d.DocSource(**base)  # type: ignore[arg-type]


# ------------------------------------------------------------------ clean / safe_url
@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        (None, ""),
        ("", ""),
        ("a\r\nb\rc", "a\nb\nc"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("\x00\x01\x08", "\u2400\u2401\u2408"),
        ("\x0b\x0c\x0e\x1f", "\u240b\u240c\u240e\u241f"),
        ("\x7f", "\ufffd"),
        ("\x80\x84\x86\x9f", "\ufffd\ufffd\ufffd\ufffd"),
        ("\x85", "\x85"),  # NEL is left alone
        ("\u202a\u202e\u2066\u2069", "<U+202A><U+202E><U+2066><U+2069>"),
        ("\u2029 \u200f", "\u2029 \u200f"),
    ],
)
def test_clean_exact(raw: str | None, shown: str) -> None:
    assert d.clean(raw) == shown


def test_safe_url_trims_and_keeps_case_of_the_address() -> None:
    assert d.safe_url("  https://Example.org/A  ") == "https://Example.org/A"
    assert d.safe_url("HTTP://x.y") == "HTTP://x.y"
    assert d.safe_url("ftp://x.y/f") == "ftp://x.y/f"
    assert d.safe_url("mailto:a@b.c") == "mailto:a@b.c"
    for bad in ("", None, "https://x.y/a b", "https://x.y/\x01", "https://x.y/'", "//x.y"):
        assert d.safe_url(bad) is None, bad
    for ch in "<>\"'`\\":
        assert d.safe_url(f"https://x.y/{ch}") is None, ch


# ------------------------------------------------------------------ wording
def test_quote_attribution_and_figure_context() -> None:
    cit = d.Citation("s.q1", 1, "s/q1", "C", _src())
    assert d.Quote("x", "Ann", "Minister", "2026-11", cit).attribution == "Ann, Minister (2026-11)"
    assert d.Quote("x", "Ann", "", "", cit).attribution == "Ann"
    assert d.Quote("x", "", "Minister", "", cit).attribution == "Minister"
    assert d.Quote("x", "", "", "2026", cit).attribution == "unnamed speaker (2026)"
    fig = d.Figure("15,000 soldiers", "troops", "2026-11", "Seoul", cit)
    assert fig.context == "as of 2026-11, according to Seoul"
    assert d.Figure("1", "x", "", "Seoul", cit).context == "according to Seoul"
    assert d.Figure("1", "x", "2026", "", cit).context == "as of 2026"
    assert d.Figure("1", "x", "", "", cit).context == ""


def test_figure_amount_exact() -> None:
    fig = m.Figure("f1", 15000, "approximately", "soldiers", "s")
    assert d.figure_amount(fig) == "approximately 15,000 soldiers"
    assert d.figure_amount(m.Figure("f1", 2.5, None, None, "s")) == "2.5"
    assert d.figure_amount(m.Figure("f1", 3, None, "t\x01", "s")) == "3 t\u2401"


def test_footnote_parts_exact() -> None:
    s = _src(publisher="Pub", published="2026-11-20")
    cit = d.Citation("s.t1", 1, "s/t1", "C3", s)
    assert d.footnote_parts(cit) == ("T", "Pub, 2026-11-20. Grade C3 (source 2).")
    cit.page = 7
    assert d.footnote_parts(cit) == ("T", "Pub, 2026-11-20, p. 7. Grade C3 (source 2).")
    s.show_ids = True
    assert d.footnote_parts(cit)[1] == "Pub, 2026-11-20, p. 7. Grade C3 (source 2: s/t1)."
    bare = d.Citation("s.t1", 1, "s/t1", "F", _src())
    assert d.footnote_parts(bare) == ("T", "Grade F (source 2).")
    bare.page = 0
    assert d.footnote_parts(bare) == ("T", "p. 0. Grade F (source 2).")


def test_source_details_in_order() -> None:
    s = _src(
        publisher="Pub",
        author="A. Writer",
        identifier="doi:10.1/x",
        source_type="official",
        published="2026-01-02",
        accessed="2026-02-03",
        archived_url="https://archive.example/x",
        descriptor="  Ministry   statement. ",
    )
    assert d.source_details(s) == [
        "Pub",
        "A. Writer",
        "doi:10.1/x",
        "official source",
        "published 2026-01-02",
        "accessed 2026-02-03",
        "archived at https://archive.example/x",
        "Ministry statement",
    ]
    assert d.source_details(_src()) == []


def test_grades_line_exact() -> None:
    s = _src(cited=[("t1", "C3"), ("t2", "C3"), ("q1", "C")])
    assert d.grades_line(s) == "Source grade C; 3 items cited (C3 ×2, C)."
    s.cited = [("t1", "C3")]
    assert d.grades_line(s) == "Source grade C; 1 item cited (C3)."
    s.graded, s.grade = False, "F"
    assert d.grades_line(s) == "Source not graded (F); 1 item cited (C3)."
    s.show_ids, s.graded, s.grade = True, True, "C"
    s.cited = [("t1", "C3"), ("q1", "C")]
    assert d.grades_line(s) == "Source grade C; cited: t1 C3, q1 C."


# ------------------------------------------------------------------ options and markings
def test_option_brief_then_workspace_then_no() -> None:
    assert d._option(None, None) is False
    assert d._option(None, True) is True
    assert d._option(False, True) is False
    assert d._option(True, False) is True
    assert d._option(None, False) is False


def test_ref_marking_is_the_more_restrictive() -> None:
    src = m.Source("s", "S", marking="TLP:AMBER")
    assert d.ref_marking(m.Entry(ref=m.Ref("s", "t1")), src) == "TLP:AMBER"
    assert d.ref_marking(m.Entry(ref=m.Ref("s", "t1"), marking="TLP:RED"), src) == "TLP:RED"
    assert d.ref_marking(m.Entry(ref=m.Ref("s", "t1"), marking="TLP:CLEAR"), src) == "TLP:AMBER"
    assert d.ref_marking(m.Entry(ref=m.Ref("s", "t1")), m.Source("s", "S")) == ""


def test_pdf_standard() -> None:
    assert d._pdf_standard(None) == "" and d._pdf_standard("ua-1") == ""
    assert d._pdf_standard("a-2b") == "a-2b"


# ------------------------------------------------------------------ resolve
def _ws(tmp_path: Path, **src_kw: object):
    src = m.Source(
        "s",
        "Source \x01 title",
        publisher="Pub",
        url="javascript:alert(1)",
        reliability="B",
        takes=[m.Take("t1", "Take\x02 text", credibility=2, page=4)],
        quotes=[m.Quote("q1", "Quoted", speaker="Ann", role="Role", date="2026")],
        figures=[m.Figure("f1", 3, "about", "units", "things", "2026-01", "Them")],
        **src_kw,  # type: ignore[arg-type]
    )
    return make_ws(tmp_path, src)


def test_resolve_builds_every_block_exactly(tmp_path: Path) -> None:
    ws = _ws(tmp_path, marking="TLP:GREEN")
    brief = make_brief(
        ref("s/t1", comment="Why\x03", confidence="high"),
        ref("s/q1", marking="TLP:RED"),
        ref("s/f1"),
        m.Entry(text="Prose \x04"),
        ref("s/t1"),
        marking="TLP:AMBER",
        title="Title\x05",
        bluf="Bluf\x06",
    )
    doc = d.resolve(ws, brief, tmp_path / "b.brief.yaml")
    assert (doc.title, doc.bluf, doc.marking) == ("Title\u2405", "Bluf\u2406", "TLP:AMBER")
    assert (doc.subtitle, doc.author, doc.date) == ("Sub", "A. Author", "2026-11-26")
    take, quote, fig, prose, again = doc.sections[0].blocks
    assert (take.text, take.comment, take.confidence, take.marking) == (
        "Take\u2402 text",
        "Why\u2403",
        "high",
        "TLP:GREEN",
    )
    assert take.citation.page == 4 and take.citation.grade == "B2"
    assert (quote.text, quote.speaker, quote.role, quote.date, quote.marking) == (
        "Quoted",
        "Ann",
        "Role",
        "2026",
        "TLP:RED",
    )
    assert quote.comment == "" and quote.confidence == ""
    assert (fig.amount, fig.subject, fig.as_of, fig.attribution) == (
        "about 3 units",
        "things",
        "2026-01",
        "Them",
    )
    assert (prose.text, prose.marking) == ("Prose \u2404", "TLP:AMBER")
    assert [c.label for c in doc.citations] == ["s.t1", "s.q1", "s.f1", "s.t1-2"]
    assert [c.number for c in doc.citations] == [1, 2, 3, 4]
    assert [c.ref for c in doc.citations] == ["s/t1", "s/q1", "s/f1", "s/t1"]
    assert again.citation.source is take.citation.source
    [src] = doc.sources
    assert (src.number, src.title, src.url, src.link, src.grade, src.graded) == (
        1,
        "Source \u2401 title",
        "javascript:alert(1)",
        None,
        "B",
        True,
    )
    assert src.cited == [("t1", "B2"), ("q1", "B"), ("f1", "B"), ("t1", "B2")]
    assert src.marking == "TLP:GREEN"
    assert doc.cited_blocks() == [take, quote, fig, again]
    assert doc.citation_style == "footnotes" and doc.pdf_standard == ""
    assert doc.bluf_marking == "TLP:AMBER" and doc.show_ids is False


def test_resolve_takes_workspace_settings_and_brief_overrides(tmp_path: Path) -> None:
    ws = _ws(tmp_path)
    ws.settings.show_ids = True
    ws.settings.portion_marks = True
    brief = make_brief(ref("s/t1"), marking=None)
    brief.bluf_marking = "TLP:GREEN"
    brief.likelihood_ranges = True
    brief.citations = "pandoc"
    brief.pdf_standard = "a-2b"
    doc = d.resolve(ws, brief, "b.brief.yaml")
    assert doc.show_ids and doc.portion_marks and doc.likelihood_ranges
    assert doc.sources[0].show_ids is True
    assert doc.citation_style == "pandoc" and doc.pdf_standard == "a-2b"
    assert doc.bluf_marking == "TLP:GREEN" and doc.marking == ""
    assert doc.sections[0].blocks[0].marking == ""
    brief.show_ids = False
    assert d.resolve(ws, brief, "b.brief.yaml").show_ids is False


def test_unknown_item_and_source_are_told_apart(tmp_path: Path) -> None:
    ws = _ws(tmp_path)
    brief = make_brief(ref("s/t9"), ref("nope/t1"))
    brief.sections[0].entries[0].pos = {"": (5, 7), "ref": (5, 12)}
    brief.sections[0].entries[1].pos = {"": (6, 7)}
    with pytest.raises(d.ResolveError) as err:
        d.resolve(ws, brief, "b.brief.yaml")
    got = [(p.line, p.col, p.message) for p in err.value.problems]
    assert got == [
        (5, 12, "reference s/t9: source 's' has no item 't9'"),
        (6, 7, "reference nope/t1: unknown source 'nope'"),
    ]
    assert str(err.value).splitlines() == [
        "b.brief.yaml:5:12: reference s/t9: source 's' has no item 't9'",
        "b.brief.yaml:6:7: reference nope/t1: unknown source 'nope'",
    ]


def test_a_resolve_error_notes_unreadable_notes(tmp_path: Path) -> None:
    from briefer.errors import Problem

    ws = _ws(tmp_path)
    ws.errors = [Problem(f"n{i}.yaml", i, 2, "broken") for i in range(1, 13)]
    with pytest.raises(d.ResolveError) as err:
        d.resolve(ws, make_brief(ref("s/zz")), "b.brief.yaml")
    lines = str(err.value).splitlines()
    assert (
        lines[1] == "note: some source notes could not be read (run `briefer check` for details):"
    )
    assert lines[2] == "  n1.yaml:1:2: broken"
    assert lines[-1] == "  n10.yaml:10:2: broken" and len(lines) == 12


def test_a_problem_quotes_its_line_from_the_brief_file(tmp_path: Path) -> None:
    ws = _ws(tmp_path)
    path = tmp_path / "b.brief.yaml"
    path.write_text("title: T\nsections:\n  - entries:\n      - ref: s/zz\n", encoding="utf-8")
    brief = make_brief(ref("s/zz"))
    brief.sections[0].entries[0].pos = {"ref": (4, 14)}
    with pytest.raises(d.ResolveError) as err:
        d.resolve(ws, brief, path)
    assert err.value.problems[0].context == "      - ref: s/zz"
    brief.sections[0].entries[0].pos = {"ref": (9, 1)}
    with pytest.raises(d.ResolveError) as err:
        d.resolve(ws, brief, path)
    assert err.value.problems[0].context is None


# ------------------------------------------------------------------ round 2 (survivors)
def test_three_citations_of_one_item_get_numbered_labels(tmp_path: Path) -> None:
    doc = d.resolve(_ws(tmp_path), make_brief(ref("s/t1"), ref("s/t1"), ref("s/t1")), "b")
    assert [c.label for c in doc.citations] == ["s.t1", "s.t1-2", "s.t1-3"]


def test_mentions_of_known_ids_with_their_markings(tmp_path: Path) -> None:
    ws = _ws(tmp_path, marking="TLP:GREEN")
    ws.sources["u"] = m.Source("u", "Unmarked", takes=[m.Take("t1", "x")])
    brief = make_brief(
        ref("s/t1", comment="as [[u/t1]] says"),
        m.Entry(text="see s/q1 and nope/t1 and s/t9"),
        bluf="Per [[s]] and [[u]].",
    )
    doc = d.resolve(ws, brief, "b")
    assert doc.mentioned == {"s": "TLP:GREEN", "u": "", "u/t1": "", "s/q1": "TLP:GREEN"}
    brief.bluf = None
    assert "s" not in d.resolve(ws, brief, "b").mentioned


def test_doc_source_every_field(tmp_path: Path) -> None:
    full = m.Source(
        "s",
        "T",
        kind="report",
        publisher="P",
        author="A",
        url="https://x.y/a",
        published="2026",
        accessed="2026-02",
        reliability="A",
        marking="TLP:RED",
        identifier="ID-1",
        archived_url="https://archive.example/a",
        source_type="official",
        descriptor="D",
    )
    s = d.doc_source(full, 3)
    assert (s.number, s.id, s.title, s.publisher, s.author, s.published, s.accessed) == (
        3,
        "s",
        "T",
        "P",
        "A",
        "2026",
        "2026-02",
    )
    assert (s.url, s.link, s.grade, s.identifier, s.kind) == (
        "https://x.y/a",
        "https://x.y/a",
        "A",
        "ID-1",
        "report",
    )
    assert (s.archived_url, s.archive_link, s.source_type, s.descriptor, s.marking) == (
        "https://archive.example/a",
        "https://archive.example/a",
        "official",
        "D",
        "TLP:RED",
    )
    assert s.graded is True and s.cited == [] and s.show_ids is False
    bare = d.doc_source(m.Source("b", "B"), 1)
    assert (bare.kind, bare.source_type, bare.marking, bare.identifier, bare.descriptor) == (
        "",
        "",
        "",
        "",
        "",
    )
    assert (bare.url, bare.link, bare.archive_link, bare.graded, bare.grade) == (
        "",
        None,
        None,
        False,
        "F",
    )


def test_changes_since_last_edition_opens_the_brief(tmp_path: Path) -> None:
    from briefer.editions.changes import HEADING

    ws = _ws(tmp_path)
    brief = make_brief(ref("s/t1"))
    assert [s.heading for s in d.resolve(ws, brief, "b").sections] == ["Key judgments"]
    brief.changes_since = "last-edition"
    assert [s.heading for s in d.resolve(ws, brief, "b").sections] == [HEADING, "Key judgments"]
    brief.changes_since = None
    ws.settings.changes_since = "last-edition"
    assert [s.heading for s in d.resolve(ws, brief, "b").sections] == [HEADING, "Key judgments"]
    brief.changes_since = "none"
    assert [s.heading for s in d.resolve(ws, brief, "b").sections] == ["Key judgments"]


def test_defaults_from_the_workspace(tmp_path: Path) -> None:
    ws = _ws(tmp_path)
    ws.settings.language = "fr"
    ws.settings.likelihood_ranges = True
    brief = make_brief(ref("s/t1"))
    doc = d.resolve(ws, brief, "b")
    assert doc.language == "fr" and doc.likelihood_ranges is True
    brief.language = "de"
    assert d.resolve(ws, brief, "b").language == "de"
    ws.settings.language = None
    brief.language = None
    assert d.resolve(ws, brief, "b").language == m.DEFAULT_LANGUAGE


def test_positions_default_to_zero(tmp_path: Path) -> None:
    brief = make_brief(ref("s/t1"), m.Entry(text="p"))
    doc = d.resolve(_ws(tmp_path), brief, "b")
    assert [b.at for b in doc.sections[0].blocks] == [(0, 0), (0, 0)] and doc.bluf_at == (0, 0)
    brief.pos = {"bluf": (3, 7)}
    brief.sections[0].entries[0].pos = {"": (9, 7)}
    doc = d.resolve(_ws(tmp_path), brief, "b")
    assert doc.bluf_at == (3, 7) and doc.sections[0].blocks[0].at == (9, 7)
    missing = make_brief(ref("s/zz"))
    with pytest.raises(d.ResolveError) as err:
        d.resolve(_ws(tmp_path), missing, "b")
    assert (err.value.problems[0].line, err.value.problems[0].col) == (1, 1)


def test_quoted_line_bounds_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "b.brief.yaml"
    path.write_bytes("\ufefftitle: T\nsections: []\n".encode())
    brief = make_brief(ref("s/zz"))

    def context(line: int) -> str | None:
        brief.sections[0].entries[0].pos = {"ref": (line, 1)}
        with pytest.raises(d.ResolveError) as err:
            d.resolve(_ws(tmp_path), brief, path)
        return err.value.problems[0].context

    assert context(1) == "title: T"
    assert context(2) == "sections: []"
    assert context(3) is None and context(0) is None


def test_safe_url_and_details_edge_cases() -> None:
    assert d.safe_url("https://X.org/XX") == "https://X.org/XX"
    assert d.source_details(_src(descriptor="Report X.")) == ["Report X"]
