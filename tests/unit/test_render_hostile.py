"""Hypothesis: any text in a note or brief comes out literally in every format, and
nothing in it becomes markup, code or live HTML."""

from __future__ import annotations

import re
from pathlib import Path

from export_support import (
    html_text_and_tags,
    live_html_problems,
    make_brief,
    make_ws,
    markdown_to_html,
    norm,
    pdf_page_sizes,
    pdf_pages_text,
    ref,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer import model as m
from briefer.render import render

BITS = [
    "[bold]",
    "[/]",
    "*",
    "**",
    "_",
    "`",
    "```",
    "|",
    "#",
    "> ",
    "1. ",
    "- ",
    "\\",
    "$",
    "]",
    "[",
    "<script>alert(1)</script>",
    "#set page(width: 1cm)",
    "&amp;",
    "&#35;",
    "[^x]",
    "<!--",
    "\n",
    "\n\n",
    "  ",
    '"',
    "'",
    "{",
    "}",
    "@",
    "~",
    "^",
    "=",
    ":",
    "a. ",
    "(1)",
    "javascript:alert(1)",
    "<b>",
    "</style>",
    '#read("x")',
    ")",
    "//",
]
FIELDS = (
    "take",
    "quote",
    "speaker",
    "role",
    "subject",
    "unit",
    "attribution",
    "comment",
    "title",
    "heading",
)


def texts(alphabet: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(BITS), st.text(alphabet=alphabet, max_size=6))
    return st.lists(piece, min_size=1, max_size=8).map("".join).filter(lambda s: norm(s) != "")


# Bidi controls are left out: exports show them as <U+202E> placeholders (issue #11).
ANY = st.characters(
    blacklist_categories=("Cs", "Cc", "Co", "Cn"),
    blacklist_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
)
# the PDF's embedded fonts cover Latin well; other scripts would show as missing glyphs
LATIN = st.sampled_from(
    list(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?-+*/=()[]{}<>"
        "#$%&'\"`^_|~@\\äöüÄÖÜéèêçñßåøæœ“”‘’—–…€£§°"
    )
)

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def build(tmp_path: Path, f: dict[str, str]) -> tuple[object, m.Brief]:
    src = m.Source(
        "s",
        f["title"],
        publisher=f["unit"],
        takes=[m.Take("t1", f["take"])],
        quotes=[m.Quote("q1", f["quote"], speaker=f["speaker"], role=f["role"])],
        figures=[
            m.Figure(
                "f1", 15000, "approximately", f["unit"], f["subject"], "2026-11", f["attribution"]
            )
        ],
    )
    brief = make_brief(
        ref("s/t1", comment=f["comment"], confidence="low"),
        ref("s/q1", comment=f["comment"]),
        ref("s/f1"),
        title=f["title"],
        heading=f["heading"],
        bluf="Plain bluf.",
    )
    return make_ws(tmp_path, src), brief


def fields(alphabet: st.SearchStrategy[str]) -> st.SearchStrategy[dict[str, str]]:
    return st.fixed_dictionaries({k: texts(alphabet) for k in FIELDS})


@SETTINGS
@given(f=fields(ANY))
def test_markdown_shows_every_field_literally(tmp_path: Path, f: dict[str, str]) -> None:
    ws, brief = build(tmp_path, f)
    md = render(ws, brief, "x", "md")
    assert isinstance(md, str)
    html, tokens = markdown_to_html(md)
    refs = [t for tok in tokens if tok.children for t in tok.children if t.type == "footnote_ref"]
    assert len(refs) == 3
    shown, tags = html_text_and_tags(html)
    shown = norm(shown)
    for key in FIELDS:
        assert norm(f[key]) in shown, key
    assert "script" not in [t for t, _ in tags]


@SETTINGS
@given(f=fields(ANY))
def test_html_shows_every_field_literally(tmp_path: Path, f: dict[str, str]) -> None:
    ws, brief = build(tmp_path, f)
    page = render(ws, brief, "x", "html")
    assert isinstance(page, str)
    shown, tags = html_text_and_tags(page)
    shown = norm(shown)
    for key in FIELDS:
        assert norm(f[key]) in shown, key
    assert live_html_problems(tags) == []
    assert [t for t, _ in tags].count("style") == 1


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(f=fields(LATIN))
def test_pdf_text_contains_every_field(tmp_path: Path, f: dict[str, str]) -> None:
    ws, brief = build(tmp_path, f)
    pdf = render(ws, brief, "x", "pdf")
    assert isinstance(pdf, bytes)
    assert pdf_page_sizes(pdf) == {(595.3, 841.9)}
    text = _squash("".join(pdf_pages_text(pdf)))
    for key in FIELDS:
        assert _squash(f[key]) in text, key


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(prose=texts(LATIN))
def test_prose_never_swallows_the_brief_or_goes_live(tmp_path: Path, prose: str) -> None:
    src = m.Source("s", "S", takes=[m.Take("t0", "first take"), m.Take("t1", "last take")])
    brief = make_brief(ref("s/t0"), m.Entry(text=prose), ref("s/t1"), bluf=prose)
    ws = make_ws(tmp_path, src)
    md = render(ws, brief, "x", "md")
    assert isinstance(md, str)
    html, tokens = markdown_to_html(md)
    refs = [t for tok in tokens if tok.children for t in tok.children if t.type == "footnote_ref"]
    assert len(refs) == 2
    md_text, md_tags = html_text_and_tags(html)
    assert "last take" in norm(md_text)
    assert live_html_problems(md_tags) == []  # a reader with raw HTML on runs nothing
    page = render(ws, brief, "x", "html")
    assert isinstance(page, str)
    assert live_html_problems(html_text_and_tags(page)[1]) == []
    pdf = render(ws, brief, "x", "pdf")
    assert isinstance(pdf, bytes) and pdf_page_sizes(pdf) == {(595.3, 841.9)}
    assert "lasttake" in _squash("".join(pdf_pages_text(pdf)))
