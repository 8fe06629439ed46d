"""Escaping pinned by example, character by character (#22).

mutmut mutates function bodies only, so escape's module-level tables (the characters
escaped, what may open a block, the quotes Pandoc reads as closing) are pinned here: each
entry of each table by an exact ``md()`` output, read back by pandoc where it is installed.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from briefer.render import escape as esc

# text -> exactly what md() makes of it
EXACT = {
    # every character of _MD_CHARS, inside a word (nothing at the start)
    "a\\b": "a\\\\b",
    "a`b": "a\\`b",
    "a*b": "a\\*b",
    "a_b": "a\\_b",
    "a[b]": "a\\[b\\]",
    "a<b>": "a\\<b\\>",
    "a{b}": "a\\{b\\}",
    "a|b": "a\\|b",
    "a~b": "a\\~b",
    "a^b": "a\\^b",
    "a$b": "a\\$b",
    "a@b": "a\\@b",
    "a#b": "a\\#b",
    # an entity is escaped, a lone ampersand is not
    "a &amp; b": "a \\&amp; b",
    "a &#35; b": "a \\&\\#35; b",
    "a & b": "a & b",
    "AT&T": "AT&T",
    # runs of dashes and dots (smart typography), single ones left alone
    "a-b": "a-b",
    "a--b": "a\\-\\-b",
    "a --- b": "a \\-\\-\\- b",
    "a.b": "a.b",
    "a..b": "a..b",
    "wait...": "wait\\.\\.\\.",
    # what may open a block at the start (_MD_START), and the same later in the text
    "- a": "\\- a",
    "+ a": "\\+ a",
    "= a": "\\= a",
    ": a": "\\: a",
    "(a) b": "\\(a) b",
    "% a": "\\% a",
    "x - a + b = c : d (e) % f": "x - a + b = c : d (e) % f",
    "12. a": "12\\. a",
    "3) a": "3\\) a",
    "2026": "2026",
    "a. b": "a\\. b",
    "b) c": "b\\) c",
    "a.": "a\\.",
    "ab. c": "ab. c",
    "B) c": "B\\) c",
    "J. Doe": "J. Doe",
    "iv) d": "iv\\) d",
    "iv. d": "iv\\. d",
    "ivy. d": "ivy. d",
    "IV) d": "IV\\) d",
    "XL. d": "XL\\. d",
    "I. Doe": "I. Doe",
    "iv)d": "iv)d",
    # a paragraph of its own: Pandoc reads these as (empty) list items too
    "iv)": "iv\\)",
    "ii.": "ii\\.",
    "IV.": "IV\\.",
    "A.": "A\\.",
    "I)": "I\\)",
    "A.B": "A.B",
    # quotes Pandoc would read as closing after a space (it dropped the space)
    "'a '": "'a \\'",
    "x ' y": "x \\' y",
    'say "a "': 'say "a \\"',
    '"a "b': '"a \\"b',
    'he said "no"': 'he said "no"',
    "it's 'fine'": "it's 'fine'",
    "x 'a b": "x 'a b",
    "x 'a 'b": "x 'a 'b",
    "x 'é'": "x 'é'",
    # whitespace folds: spaces, tabs, line feeds and carriage returns (Windows line ends)
    " a \n\t b ": "a b",
    "a\r\nb\rc": "a b c",
}


@pytest.mark.parametrize(("text", "want"), EXACT.items(), ids=list(EXACT))
def test_md_exact(text: str, want: str) -> None:
    assert esc.md(text) == want


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_pandoc_reads_every_example_back() -> None:
    """One pandoc run for all examples: each is a paragraph of its own."""
    texts = list(EXACT)
    markdown = "\n\n".join("X " + esc.md(t) + " Y" for t in texts) + "\n"
    out = subprocess.run(
        ["pandoc", "-f", "markdown", "-t", "plain", "--wrap=none"],
        input=markdown,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    straight = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
    got = out.strip().translate(straight).split("\n\n")
    assert got == ["X " + esc.fold(t) + " Y" for t in texts]


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
@pytest.mark.parametrize(
    "text", ["% a title?", "- a", "12. a", "iv) d", ": a", "(a) b", "iv)", "A.", "IV.", "ii."]
)
def test_pandoc_reads_the_start_of_a_document_back(text: str) -> None:
    out = subprocess.run(
        ["pandoc", "-f", "markdown", "-t", "plain", "--wrap=none"],
        input=esc.md(text),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert out.strip() == text


def test_md_paragraphs_and_html_paragraphs() -> None:
    assert esc.md_paragraphs("- one\n\n2. two") == ["\\- one", "2\\. two"]
    assert esc.md_paragraphs(" \n\n ") == []
    assert (
        esc.html_paragraphs('a "b"\n\n<c>', "k")
        == '<p class="k">a "b"</p><p class="k">&lt;c&gt;</p>'
    )


def test_html_text_leaves_quotes_html_attr_escapes_them() -> None:
    assert esc.html_text("a \"b\" 'c' <d> & e") == "a \"b\" 'c' &lt;d&gt; &amp; e"
    assert esc.html_attr("a \"b\" 'c' <d> & e") == "a &quot;b&quot; &#x27;c&#x27; &lt;d&gt; &amp; e"


def test_typst_text_is_a_folded_string_literal() -> None:
    assert esc.typst_text('say "hi"\\n') == '#"say \\"hi\\"\\\\n"'
    assert esc.typst_str("a\tb\r\nc") == '"a\\tb\\r\\nc"'
