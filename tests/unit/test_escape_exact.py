"""Literal text renders to exactly itself (whitespace folded), read back by the reader each
format's users use: markdown-it and pandoc for Markdown, an HTML parser for HTML, the typst
compiler and a PDF text layer for Typst. Containment is not enough: doubled text or a stray
prefix must fail these tests."""

from __future__ import annotations

import html
import re
import shutil
import subprocess

import pytest
from export_support import html_text_and_tags, markdown_to_html, pdf_pages_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.render import escape as esc

# Everything CommonMark, Pandoc's Markdown, HTML or Typst could read as syntax, plus text.
BITS = [
    *"\\`*_[]<>{}|~^$@#&!-+=:().;,'\"%/",
    "--",
    "---",
    "...",
    "<!-- comment -->",
    "&amp;",
    "&#35;",
    "1.",
    "1)",
    "a)",
    "iv)",
    "(1)",
    "(a)",
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
    "\\n",
    "word",
    "Kim Jong Un",
    "15,000",
    "북한",
    "é",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
]
texts = st.lists(st.sampled_from(BITS), min_size=1, max_size=12).map("".join)
literal = texts.filter(lambda t: esc.fold(t) != "")
one_paragraph = literal.filter(lambda t: not re.search(r"\n[ \t]*\n", t))

# Pandoc's plain writer prints smart quotes and apostrophes (typography, not content): map
# them back. Dashes and ellipses are content ("--help", "<!--") and must survive as typed.
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def markdown_it_text(markdown: str) -> str:
    rendered, _ = markdown_to_html(markdown)
    assert rendered.startswith("<p>") and rendered.endswith("</p>\n"), rendered
    assert rendered.count("<p>") == 1, rendered
    inner = rendered[len("<p>") : -len("</p>\n")]
    assert "<" not in inner.replace("&lt;", ""), rendered  # no tag: all of it is text
    return html.unescape(inner)


def pandoc_plain(markdown: str) -> str:
    out = subprocess.run(
        ["pandoc", "-f", "markdown", "-t", "plain", "--wrap=none"],
        input=markdown,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    return out.strip().translate(_QUOTES)


needs_pandoc = pytest.mark.skipif(
    shutil.which("pandoc") is None, reason="pandoc is not installed (apt install pandoc)"
)


@given(literal)
@settings(max_examples=300, deadline=None)
def test_markdown_literal_is_exactly_itself_in_markdown_it(text: str) -> None:
    assert markdown_it_text(esc.md(text)) == esc.fold(text)


@pytest.mark.parametrize(
    "text",
    [
        "<!-- comment -->",
        "--- a rule? no",
        "-- with dashes",
        "use --help, not -h",
        "wait... what",
        "1) first",
        "iv) fourth",
        "(1) one",
        "a) alpha",
        ": a definition",
        "| a | b |",
        "$x$ and $y$",
        "@key says",
        "text {.class}",
        "Section 301 -- 25 %",
        # Pandoc joins an abbreviation to the next word with a no-break space (Hypothesis
        # found "\\n. \\", whose "n." is one of them)
        "Mr. Lind and Dr. Okoro",
        "see p. 4, vol. 2 and fig. 3",
        "e.g. this, i.e. that",
        "\\n. \\",
    ],
)
@needs_pandoc
def test_pandoc_reads_back_what_no_test_read_before(text: str) -> None:
    assert pandoc_plain(esc.md(text)) == esc.fold(text)


@needs_pandoc
@given(literal)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_markdown_literal_is_exactly_itself_in_pandoc(text: str) -> None:
    assert pandoc_plain(esc.md(text)) == esc.fold(text)


@given(st.lists(one_paragraph, min_size=1, max_size=4))
@settings(max_examples=150, deadline=None)
def test_multi_line_literal_keeps_its_paragraphs(parts: list[str]) -> None:
    """A comment of several paragraphs: each paragraph is itself, in order, and nothing
    in a later line ("- not a list") opens a block."""
    text = "\n\n".join(parts)
    expected = [p for p in (esc.fold(x) for x in parts) if p]
    assert esc.paragraphs(text) == expected
    rendered = [markdown_it_text(p) for p in esc.md_paragraphs(text)]
    assert rendered == expected


def test_multi_line_literal_examples() -> None:
    assert esc.paragraphs("line one\n- not a list") == ["line one - not a list"]
    assert esc.md_paragraphs("first\n\n  \n- second\n1. third") == ["first", "\\- second 1. third"]
    assert markdown_it_text(esc.md("line one\n- not a list")) == "line one - not a list"


@given(literal)
@settings(max_examples=300, deadline=None)
def test_html_literal_is_exactly_itself(text: str) -> None:
    body = f"<p>{esc.html_text(text)}</p>"
    got, tags = html_text_and_tags(body)
    assert [t for t, _ in tags] == ["p"] and got.strip() == text.strip()
    attr = f'<a title="{esc.html_attr(text)}">x</a>'
    _, tags = html_text_and_tags(attr)
    assert tags == [("a", [("title", text)])]


def test_html_paragraphs_are_exact() -> None:
    assert esc.html_paragraphs("a <b>\n\nc & d", "note") == (
        '<p class="note">a &lt;b&gt;</p><p class="note">c &amp; d</p>'
    )
    assert esc.html_paragraphs("x") == "<p>x</p>"


def test_typst_string_escapes_are_exact() -> None:
    assert esc.typst_str('a\\b"c\nd\re\tf') == '"a\\\\b\\"c\\nd\\re\\tf"'
    assert esc.typst_text("  one\n two  ") == '#"one two"'


@pytest.mark.slow
@given(st.lists(literal, min_size=1, max_size=6))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_typst_literal_is_exactly_itself_in_the_pdf(parts: list[str]) -> None:
    import typst

    lines = [esc.fold(p) for p in parts]
    source = "#set page(width: 40cm, height: auto)\n" + "\n\n".join(
        f"{esc.typst_text(p)} \\" for p in parts
    )
    pdf = typst.compile(source.encode("utf-8"))
    got = " ".join(pdf_pages_text(pdf)).split()
    assert got == " ".join(lines).split()


def test_fold_and_paragraphs_are_exact() -> None:
    assert esc.fold(" \t a \n\n b \r\n") == "a b"
    assert esc.paragraphs("a\n \t\nb\n\n\nc\n") == ["a", "b", "c"]
    assert esc.paragraphs("\n\n") == []
    assert re.fullmatch(r"\S(.*\S)?", esc.fold(" x  y ")) is not None
