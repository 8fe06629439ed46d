"""The Markdown citation the TUI copies with ``y``: text, attribution, source, escaping."""

from __future__ import annotations

import subprocess
import sys

from conftest import SAMPLE

from briefer import model as m
from briefer.citation import citation
from briefer.workspace import Workspace


def _hit(ref: str) -> tuple[m.Source, m.Item]:
    hit = Workspace.load(SAMPLE).resolve(ref)
    assert hit is not None
    return hit.source, hit.item


def test_quote_in_quotation_marks_with_speaker_role_and_source() -> None:
    src, q = _hit("nk-artillery-2026/q1")
    text = citation(src, q)
    first, second = text.rstrip("\n").split("\n\n")
    assert first.startswith("“In return, Russia is expanding sharing of space")
    assert "materials to \\[North Korea\\]”" in first  # brackets are literal in Markdown
    assert first.endswith("” — Xavier Brunson, Army Gen., commander of U.S. Forces Korea (2026-11)")
    assert second == (
        "Source: “North Korea's military moves in Russia's war”, Sample Defense "
        "Review, Staff writer, published 2026-11-20, accessed 2026-11-26, "
        "<https://example.org/sample-defense-review/north-korea-artillery-2026>. "
        "Grade C (nk-artillery-2026/q1)."
    )


def test_figure_with_qualifier_value_unit_subject_as_of_and_attribution() -> None:
    src, f = _hit("nk-artillery-2026/f1")
    first = citation(src, f).split("\n\n")[0]
    # "approximately" reads "about", as in the exports
    assert first == (
        "**approximately 15,000 soldiers** — North Korean soldiers sent to Russia "
        "(as of 2026-11, according to South Korean intelligence)"
    )


def test_take_with_item_grade() -> None:
    src, t = _hit("nk-artillery-2026/t3")
    first, second = citation(src, t).rstrip("\n").split("\n\n")
    assert first == t.text.replace("\n", " ").strip()
    assert second.endswith("Grade C2 (nk-artillery-2026/t3).")


def test_source_alone_and_hostile_text_is_literal() -> None:
    src = m.Source(
        id="evil",
        title="*bold* <script>",
        url="javascript:alert(1)",
        takes=[m.Take("t1", "# not a heading [link](x)\x1b[31m")],
    )
    text = citation(src, src.takes[0])
    first, second = text.rstrip("\n").split("\n\n")
    assert first.startswith("\\# not a heading \\[link\\](x)")
    assert "\x1b" not in text and "␛" in first
    assert "<javascript" not in second and "javascript:alert(1)" in second  # text, no link
    assert "\\*bold\\* \\<script\\>" in second
    assert citation(src) == f"{second.replace('(evil/t1)', '(evil)')}\n"


def test_citation_does_not_import_textual() -> None:
    code = "import briefer.citation, sys; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
