"""Page numbers for items imported from a Word file.

Word records where each page began when it last laid the document out
(``w:lastRenderedPageBreak``); briefer reads those marks, and the author's hard page breaks
when Word marked pages at all. A file nobody paginated gets no page rather than a guess.
The files are made here with python-docx, the marks put in as Word writes them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefer.extract import extract, read_input
from briefer.extract.documents import ExtractedText

docx = pytest.importorskip("docx")
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402


def _rendered_break(run: Any) -> None:
    """Put Word's mark of a page start at the start of ``run``."""
    run._r.insert(1 if run._r.rPr is not None else 0, OxmlElement("w:lastRenderedPageBreak"))


def _port(tmp_path: Path, *, word_marks: bool) -> Path:
    d = docx.Document()
    d.add_paragraph("Harbour Traffic Slows at the Northern Port", style="Title")
    d.add_paragraph("The port handled 1,200 ships last year, the harbour authority said.")
    split = d.add_paragraph("Traffic fell sharply in March")
    second = split.add_run(" and exports dropped to 40 containers a day.")
    if word_marks:
        _rendered_break(second)  # the page ended after "March"
    d.add_paragraph("Outlook", style="Heading 1")
    hard = d.add_paragraph("Repairs will cost about $8 million.")
    hard.add_run().add_break(WD_BREAK.PAGE)  # the author's break: a new page after this
    quote = d.add_paragraph()
    run = quote.add_run(
        "“We will reopen the northern berth by June,” said Ines Vidal, the harbour master."
    )
    if word_marks:
        _rendered_break(run)  # Word marks the page the hard break began, too
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "The port has 14 cranes in service."
    table.cell(1, 0).text = "Berths"
    table.cell(1, 1).text = "Six berths are closed."
    path = tmp_path / "port.docx"
    d.save(str(path))
    return path


def test_word_page_marks_give_every_item_its_page(tmp_path: Path) -> None:
    text = read_input(str(_port(tmp_path, word_marks=True)))
    assert isinstance(text, ExtractedText)
    body = str(text)
    # pages start at the body's start, after "March", and at the quote (the hard break and
    # Word's mark of it are one page start, not two)
    assert [body[p : p + 12] for p in text.info.pages] == [
        "# Harbour Tr",
        "and exports ",
        "“We will reo",
    ]
    src = extract(text, name="port.docx")
    pages = {f.value: f.page for f in src.figures}
    assert pages == {1200: 1, 40: 2, 8_000_000: 2, 14: 3, 6: 3}
    assert [(q.speaker, q.page) for q in src.quotes] == [("Ines Vidal", 3)]


def test_table_cells_come_in_document_order_and_a_merged_cell_once(tmp_path: Path) -> None:
    body = str(read_input(str(_port(tmp_path, word_marks=True))))
    assert body.count("The port has 14 cranes in service.") == 1
    assert body.index("Ines Vidal") < body.index("14 cranes in service") < body.index("Berths")


def test_a_file_nobody_paginated_gets_no_page(tmp_path: Path) -> None:
    """Hard breaks alone say only where a page at least begins: no page is better than a
    wrong locator in a citation."""
    text = read_input(str(_port(tmp_path, word_marks=False)))
    assert isinstance(text, ExtractedText) and text.info.pages == []
    src = extract(text, name="port.docx")
    assert src.figures and all(it.page is None for it in src.items())


def test_page_break_before_a_paragraph_starts_its_page(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("The first page names 3 districts.")
    marked = d.add_paragraph("Word began page two after this sentence.")
    _rendered_break(marked.runs[0])
    before = d.add_paragraph("Rainfall reached 310 mm in the valley.")
    ppr = before._p.get_or_add_pPr()
    ppr.append(OxmlElement("w:pageBreakBefore"))
    off = d.add_paragraph("A paragraph whose break is switched off: 12 wells.")
    el = OxmlElement("w:pageBreakBefore")
    el.set(qn("w:val"), "0")
    off._p.get_or_add_pPr().append(el)
    path = tmp_path / "rain.docx"
    d.save(str(path))
    text = read_input(str(path))
    assert isinstance(text, ExtractedText)
    body = str(text)
    assert [body[p : p + 10] for p in text.info.pages] == ["The first ", "Word began", "Rainfall r"]
    src = extract(text, name="rain.docx")
    assert {f.value: f.page for f in src.figures} == {3: 1, 310: 3, 12: 3}


def test_the_page_after_an_empty_paragraph_with_the_mark(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Exports rose to 90 tonnes.")
    empty = d.add_paragraph()
    _rendered_break(empty.add_run(""))
    d.add_paragraph("Imports fell to 20 tonnes.")
    path = tmp_path / "trade.docx"
    d.save(str(path))
    src = extract(read_input(str(path)), name="trade.docx")
    assert {f.value: f.page for f in src.figures} == {90: 1, 20: 2}
