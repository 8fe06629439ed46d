"""A take, a quote, an analyst comment and a section heading rendered in a whole brief come
back EXACTLY as themselves (whitespace folded) from the reader each format's users use:
markdown-it and pandoc for the Markdown export, an HTML parser for the HTML page, Word's
paragraphs (python-docx) for DOCX, and the PDF's text layer (pypdf) for Typst/PDF.

Exactly, not "contains": the test reads the section back block by block (paragraph, list
item, heading, quote) and compares the whole list with what the brief says, so text shown
twice, a stray prefix, a lost paragraph or a paragraph split in two all fail.

This applies to literal text: items (takes, quotes), comments, headings. Prose entries and
the BLUF are the analyst's Markdown by contract (PRODUCT.md: "*a*" is meant to be emphasis),
so they are not "exactly themselves" and are not tested here (test_render_hostile checks
that prose never swallows the brief or goes live).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from export_support import make_brief, make_ws, markdown_to_html, pdf_pages_text, ref
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer import model as m
from briefer.render import escape as esc
from briefer.render import render

# Everything Markdown, Pandoc, HTML or Typst could read as syntax, line breaks, blank lines,
# and text in several scripts.
BITS = [
    *"\\`*_[]<>{}|~^$@#&!-+=:().;,'\"%/",
    "--",
    "---",
    "...",
    "<!-- c -->",
    "&amp;",
    "&#35;",
    "1.",
    "2)",
    "a)",
    "iv)",
    "(1)",
    "- ",
    "+ ",
    "* ",
    "> ",
    "# ",
    "=== ",
    "| a | b |",
    ": def",
    "$x$",
    "@key",
    "{.class}",
    "[^1]",
    "[x](javascript:alert(1))",
    "<script>x</script>",
    "#set page(width: 1cm)",
    '#read("x")',
    "[bold]",
    "word",
    "Kim Jong Un",
    "15,000",
    "é",
    "Ω",
    " ",
    "  ",
    "\n",
    "\t",
]
# what Typst's default fonts in the PDF cover (other scripts: see test_fonts)
PDF_BITS = [b for b in BITS if b not in ("Ω",)] + ["äöü", "ß", "€", "—"]

PARA_BREAK = "\n\n"


def _texts(bits: list[str], paragraphs: bool) -> st.SearchStrategy[str]:
    one = st.lists(st.sampled_from(bits), min_size=1, max_size=8).map("".join)
    one = one.filter(lambda t: esc.fold(t) != "" and not re.search(r"\n[ \t]*\n", t))
    if not paragraphs:
        return one
    return st.lists(one, min_size=1, max_size=3).map(PARA_BREAK.join)


def fields(bits: list[str]) -> st.SearchStrategy[dict[str, str]]:
    return st.fixed_dictionaries(
        {
            "take": _texts(bits, paragraphs=False),
            "quote": _texts(bits, paragraphs=True),
            "comment": _texts(bits, paragraphs=True),
            "heading": _texts(bits, paragraphs=False),
        }
    )


def build(root: Path, f: dict[str, str]):
    src = m.Source(
        "s",
        "Source title",
        publisher="Publisher",
        takes=[m.Take("t1", f["take"])],
        quotes=[m.Quote("q1", f["quote"], speaker="Speaker", role="Role")],
    )
    brief = make_brief(
        ref("s/t1", comment=f["comment"]),
        ref("s/q1"),
        heading=f["heading"],
        bluf="Bottom line.",
    )
    return make_ws(root, src), brief


def expected_blocks(f: dict[str, str]) -> list[str]:
    """The section as a reader sees it, one string per block (paragraph, item, heading)."""
    comment = esc.paragraphs(f["comment"])
    return [
        esc.fold(f["heading"]),
        esc.fold(f["take"]),
        f"Analyst comment: {comment[0]}",
        *comment[1:],
        *esc.paragraphs(f["quote"]),
        "— Speaker, Role",
    ]


def section_blocks(blocks: list[str], f: dict[str, str]) -> list[str]:
    """The blocks from the section heading up to the notes or the sources."""
    start = blocks.index("Bottom line.") + 1
    end = min(blocks.index(h, start) for h in ("Notes", "Sources") if h in blocks[start:])
    return blocks[start:end]


# ------------------------------------------------------------------ readers
_BLOCK = {
    "p",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "figure",
    "figcaption",
    "div",
    "section",
    "header",
    "footer",
    "main",
    "article",
    "body",
    "hr",
    "br",
}


class _Blocks(HTMLParser):
    """Text of each innermost block element, footnote references left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.buf: list[str] = []
        self.skip = 0  # inside <sup>: a footnote number
        self.hidden = 0  # inside <head>, <style>, <script>: no visible text

    def _flush(self) -> None:
        text = esc.fold("".join(self.buf))
        if text:
            self.blocks.append(text)
        self.buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("head", "style", "script", "title"):
            self.hidden += 1
        elif tag == "sup":
            self.skip += 1
        elif tag in _BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("head", "style", "script", "title"):
            self.hidden -= 1
        elif tag == "sup":
            self.skip -= 1
        elif tag in _BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skip and not self.hidden:
            self.buf.append(data)


def html_blocks(markup: str) -> list[str]:
    p = _Blocks()
    p.feed(markup)
    p.close()
    p._flush()
    return p.blocks


# Pandoc's smart typography prints curly quotes for straight ones: typography, not content.
# Dashes and ellipses are content and must come back as typed.
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def pandoc_html(markdown: str) -> str:
    return subprocess.run(
        ["pandoc", "-f", "markdown", "-t", "html", "--wrap=none"],
        input=markdown,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout


SETTINGS = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


# ------------------------------------------------------------------ the tests
@SETTINGS
@given(f=fields(BITS))
def test_markdown_export_in_markdown_it(tmp_path: Path, f: dict[str, str]) -> None:
    ws, brief = build(tmp_path, f)
    text = render(ws, brief, "x", "md")
    html, _ = markdown_to_html(text)
    assert section_blocks(html_blocks(html), f) == expected_blocks(f)


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(f=fields(BITS))
def test_markdown_export_in_pandoc(tmp_path: Path, f: dict[str, str]) -> None:
    """Pandoc's Markdown reader, written out as HTML so that blocks can be told apart (its
    plain-text writer prints the same text; only the block boundaries are lost there)."""
    ws, brief = build(tmp_path, f)
    text = render(ws, brief, "x", "md")
    got = [b.translate(_QUOTES) for b in section_blocks(html_blocks(pandoc_html(text)), f)]
    assert got == [b.translate(_QUOTES) for b in expected_blocks(f)]


@SETTINGS
@given(f=fields(BITS))
def test_html_export(tmp_path: Path, f: dict[str, str]) -> None:
    ws, brief = build(tmp_path, f)
    page = render(ws, brief, "x", "html")
    assert isinstance(page, str)
    assert section_blocks(html_blocks(page), f) == expected_blocks(f)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(f=fields(BITS))
def test_docx_export(tmp_path: Path, f: dict[str, str]) -> None:
    import docx

    ws, brief = build(tmp_path, f)
    data = render(ws, brief, "x", "docx")
    assert isinstance(data, bytes)
    paras = [esc.fold(p.text) for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert section_blocks([p for p in paras if p], f) == expected_blocks(f)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.slow
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(f=fields(PDF_BITS))
def test_pdf_export(tmp_path: Path, f: dict[str, str]) -> None:
    """The PDF's text layer breaks lines where the page does (and may break after "-"), so
    blocks cannot be read back one by one: the whole section, from the BLUF to "Sources",
    with its bullet and footnote numbers, must be exactly this sequence of characters
    (whitespace removed on both sides)."""
    ws, brief = build(tmp_path, f)
    pdf = render(ws, brief, "x", "pdf")
    assert isinstance(pdf, bytes)
    text = _squash(" ".join(pdf_pages_text(pdf)))
    b = expected_blocks(f)
    comment_end = len(b) - 1 - len(esc.paragraphs(f["quote"]))
    section = [b[0], "•", b[1], "1", *b[2:comment_end], *b[comment_end:-1], b[-1], "2"]
    want = _squash("Bottomline." + "".join(section) + "Sources")
    assert want in text


# ------------------------------------------------------------------ examples, read by eye
EXAMPLES = [
    {
        "take": "--- not a rule; <!-- not a comment --> and -- dashes...",
        "quote": "line one\n- not a list\n\n1. still not a list",
        "comment": "first paragraph\n\n# not a heading\n\n> not a quote",
        "heading": "$x$ @key {.class} | a | b |",
    },
    {
        "take": "% not a title block",
        "quote": "iv) fourth\n\n(1) one",
        "comment": ": not a definition",
        "heading": "a) alpha",
    },
    {
        "take": "they said 'no ' and \"not yet \" twice",
        "quote": "'a ' b",
        "comment": 'he wrote "a "b',
        "heading": "x ' y",
    },
]


@pytest.mark.parametrize("f", EXAMPLES, ids=["syntax", "lists", "quotes"])
def test_examples_in_every_reader(tmp_path: Path, f: dict[str, str]) -> None:
    ws, brief = build(tmp_path, f)
    want = expected_blocks(f)
    html, _ = markdown_to_html(render(ws, brief, "x", "md"))
    assert section_blocks(html_blocks(html), f) == want
    assert section_blocks(html_blocks(render(ws, brief, "x", "html")), f) == want
    if shutil.which("pandoc"):
        got = section_blocks(html_blocks(pandoc_html(render(ws, brief, "x", "md"))), f)
        assert [g.translate(_QUOTES) for g in got] == want


def test_the_reader_sees_a_doubled_take(tmp_path: Path) -> None:
    """The comparison is exact: a take shown twice, or with a prefix, does not pass."""
    f = EXAMPLES[0]
    want = expected_blocks(f)
    html, _ = markdown_to_html(render(*build(tmp_path, f), "x", "md"))
    blocks = html_blocks(html)
    assert section_blocks(blocks, f) == want
    i = blocks.index(want[1])
    doubled = blocks[:i] + [want[1] + " " + want[1]] + blocks[i + 1 :]
    assert section_blocks(doubled, f) != want
    prefixed = blocks[:i] + ["- " + want[1]] + blocks[i + 1 :]
    assert section_blocks(prefixed, f) != want
