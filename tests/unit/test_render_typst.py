"""Typst and PDF export: golden file, string literals only, marking on every page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from export_support import (
    check_golden,
    make_brief,
    make_ws,
    norm,
    pdf_page_sizes,
    pdf_pages_text,
    ref,
)

from briefer import model as m
from briefer.render import render
from briefer.render.escape import typst_str
from briefer.render.pdf import PdfError, compile_pdf
from briefer.schema import load_brief
from briefer.workspace import Workspace

A4 = (595.3, 841.9)
HOSTILE = '#set page(width: 1cm) #read("/etc/passwd") ] ) } "\\" $x$ <lbl> @lbl *b* _i_ = h'


def sample(root: Path, fmt: str, name: str = "nk-russia-weekly") -> str | bytes:
    ws = Workspace.load(root)
    brief, _ = load_brief(root / f"{name}.brief.yaml")
    return render(ws, brief, root / f"{name}.brief.yaml", fmt)


def test_golden_typst(sample_ws: Path) -> None:
    out = sample(sample_ws, "typst")
    assert isinstance(out, str)
    check_golden("nk-russia-weekly.typ", out)


def test_typst_string_literal_escapes() -> None:
    assert typst_str('a"b\\c\nd') == '"a\\"b\\\\c\\nd"'


def test_user_text_only_inside_string_literals(tmp_path: Path) -> None:
    src = m.Source(
        "s",
        HOSTILE,
        publisher=HOSTILE,
        url="https://x.org/" + "a" * 10,
        takes=[m.Take("t1", HOSTILE)],
        quotes=[m.Quote("q1", HOSTILE, speaker=HOSTILE, role=HOSTILE)],
        figures=[m.Figure("f1", 3, "nearly", HOSTILE, HOSTILE, HOSTILE, HOSTILE)],
    )
    brief = make_brief(
        ref("s/t1", comment=HOSTILE, confidence="high"),
        ref("s/q1"),
        ref("s/f1"),
        m.Entry(text=HOSTILE + "\n\n**bold** " + HOSTILE),
        title=HOSTILE,
        bluf=HOSTILE,
        heading=HOSTILE,
    )
    brief.author = brief.subtitle = HOSTILE
    source = render(make_ws(tmp_path, src), brief, "x", "typst")
    assert isinstance(source, str)
    # outside string literals, nothing of the hostile text remains
    code = re.sub(r'"(?:[^"\\]|\\.)*"', '""', source)
    assert "#set page(width" not in code and "#read" not in code and "/etc" not in code
    assert code.count("#set page(") == 1
    pdf = compile_pdf(source)
    assert pdf_page_sizes(pdf) == {A4}
    text = norm(" ".join(pdf_pages_text(pdf)))
    assert text.count(norm(HOSTILE)) >= 8
    assert "bold" in text


def test_sample_pdf_marking_on_every_page(sample_ws: Path) -> None:
    pdf = sample(sample_ws, "pdf")
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF-")
    pages = pdf_pages_text(pdf)
    assert len(pages) >= 2 and pdf_page_sizes(pdf) == {A4}
    for page in pages:
        assert page.count("TLP:GREEN") >= 2  # header and footer
    text = norm(" ".join(pages))
    assert "Kim Jong Un has ordered a drive to raise artillery shell output" in text
    assert "approximately 15,000 soldiers" in text and "Sources" in text


def test_long_brief_marking_on_every_page(tmp_path: Path) -> None:
    takes = [m.Take(f"t{i}", f"Take number {i} " + "with some words " * 12) for i in range(80)]
    src = m.Source("s", "Long source", takes=takes)
    brief = make_brief(*[ref(f"s/t{i}") for i in range(80)], marking="TLP:AMBER+STRICT")
    pdf = render(make_ws(tmp_path, src), brief, "x", "pdf")
    assert isinstance(pdf, bytes)
    pages = pdf_pages_text(pdf)
    assert len(pages) >= 4
    assert all(p.count("TLP:AMBER+STRICT") >= 2 for p in pages)
    assert f"Page 1 of {len(pages)}" in pages[0]


def test_pdf_is_deterministic(sample_ws: Path) -> None:
    assert sample(sample_ws, "pdf") == sample(sample_ws, "pdf")


def test_compile_errors_are_clear() -> None:
    with pytest.raises(PdfError) as err:
        compile_pdf("#let x = ")
    assert "could not make the PDF" in str(err.value) and "typst" in str(err.value)
