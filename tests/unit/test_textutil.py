"""Text helpers: visible control characters, one-line summaries, safe slugs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefer.model import SLUG_RE
from briefer.textutil import one_line, slugify, visible


def test_visible_shows_controls_as_placeholders():
    assert visible("a\x1b[2Jb") == "a\u241b[2Jb"
    assert visible("bell\x07 del\x7f c1\x9b") == "bell\u2407 del\u2421 c1<U+009B>"
    assert visible("rtl\u202eevil") == "rtl<U+202E>evil"
    assert visible("tab\tand\nnewline") == "tab\tand\nnewline"


@given(st.text())
def test_visible_never_lets_a_terminal_control_through(text):
    out = visible(text)
    assert not any(ord(c) < 0x20 and c not in "\t\n" for c in out)
    assert not any(0x7F <= ord(c) <= 0x9F for c in out)


def test_one_line():
    assert one_line("  a\n b\tc  ") == "a b c"
    assert one_line("abcdef", 4) == "abc…"


def test_slugify():
    assert slugify("Unicøde Straße Łódź") == "unicode-strasse-lodz"
    assert slugify("../../Escape") == "escape"
    assert slugify("北朝鮮") == "untitled"
    assert len(slugify("word " * 100)) <= 60


@given(st.text())
def test_slug_is_always_a_valid_id(text):
    assert SLUG_RE.match(slugify(text))


def test_pdf_searches_more_fonts_only_for_scripts_the_embedded_ones_lack():
    from briefer.render.pdf import needs_more_fonts

    assert not needs_more_fonts("“Quoted” — 15,000 soldiers → Kursk; Ünïcödé; Путин; αβγ")
    assert needs_more_fonts("Kim Jong Un (김정은)")
    assert needs_more_fonts("金正恩") and needs_more_fonts("مرحبا")
