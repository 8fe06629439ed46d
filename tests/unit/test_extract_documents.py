"""briefer import of PDF (pypdf) and Word (python-docx) files: paragraphs, headings and
bullets kept, a page number on every item from a PDF. The files are made in the test."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from briefer import model as m
from briefer.errors import BrieferError
from briefer.extract import extract, read_input
from briefer.extract.documents import ExtractedText

TYPST = """#set page(width: 14cm, height: 12cm)
#set document(title: "Grain Exports Recover After Port Deal", author: "Nora Feld")
= Grain Exports Recover After Port Deal

The port of Varna shipped 1.2 million tonnes of grain in March, the ministry said,
the most since the deal was signed in the autumn of last year and far more than the
traders had expected to see before the spring.

== Quick Takes

- Exports rose for a third month.
- Rail links reopened in the north.

#pagebreak()
== Outlook

“We expect the next harvest to move without delay,” said Trade Minister Ilse Maren,
the official in charge of the talks. Officials said about 40 ships were waiting.

#pagebreak()
== Risks

Insurers raised premiums by 12 percent, and “nobody will sail without cover,” she said.
"""


def _pdf(tmp_path: Path) -> Path:
    typst = pytest.importorskip("typst")
    source = tmp_path / "report.typ"
    source.write_text(TYPST, encoding="utf-8")
    path = tmp_path / "report.pdf"
    path.write_bytes(typst.compile(str(source)))
    return path


def _never_invents(src: m.Source) -> None:
    body = src.body or ""
    for item in [*src.takes, *src.quotes]:
        assert item.span and body[item.span[0] : item.span[1]] == item.text


def test_pdf_pages_headings_bullets(tmp_path: Path) -> None:
    text = read_input(str(_pdf(tmp_path)))
    assert isinstance(text, ExtractedText) and len(text.info.pages) == 3
    src = extract(text, name="report.pdf")
    _never_invents(src)
    assert src.title == "Grain Exports Recover After Port Deal"
    assert src.author == "Nora Feld"
    assert [(t.text, t.page, t.draft) for t in src.takes] == [
        ("Exports rose for a third month.", 1, None),
        ("Rail links reopened in the north.", 1, None),
    ]
    by_start = {q.text[:12]: q for q in src.quotes}
    assert (by_start["We expect th"].speaker, by_start["We expect th"].page) == ("Ilse Maren", 2)
    nobody = by_start["nobody will "]
    assert (nobody.speaker, nobody.speaker_inferred, nobody.page) == ("Ilse Maren", True, 3)
    pages = {f.value: f.page for f in src.figures}
    assert pages == {1_200_000: 1, 40: 2, 12: 3}
    # the paragraph that wraps over three lines stays one paragraph
    assert "the most since the deal" in (src.body or "")
    body = src.body or ""
    lead = body.index("The port of Varna")
    assert "\n\n" not in body[lead : body.index("traders had expected")]
    assert body.index("Quick Takes") > body.index("traders had expected")


def test_pdf_page_numbers_survive_the_note(tmp_path: Path) -> None:
    from briefer.schema import load_source, save_source

    src = extract(read_input(str(_pdf(tmp_path))), name="report.pdf")
    save_source(src, tmp_path / "report.yaml", None)
    back = load_source(tmp_path / "report.yaml")
    assert [q.page for q in back.quotes] == [q.page for q in src.quotes] == [2, 3]


def test_pdf_by_content_not_name_and_bad_pdfs(tmp_path: Path) -> None:
    renamed = tmp_path / "report.bin"
    renamed.write_bytes(_pdf(tmp_path).read_bytes())
    assert isinstance(read_input(str(renamed)), ExtractedText)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nthis is not really a pdf")
    with pytest.raises(BrieferError, match="broken.pdf: not a readable PDF"):
        read_input(str(broken))


def _docx(tmp_path: Path) -> Path:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.core_properties.author = "Omar Haddad"
    d.add_paragraph("Desalination Plant Opens Two Years Late", style="Title")
    d.add_paragraph(
        "The plant will supply 120,000 homes, the water board said on Tuesday, after a "
        "delay that cost the city about $30 million."
    )
    d.add_paragraph("Key points", style="Heading 1")
    d.add_paragraph("Output starts at half capacity.", style="List Bullet")
    d.add_paragraph("Prices stay frozen until 2027.", style="List Bullet")
    d.add_paragraph("What the board says", style="Heading 1")
    d.add_paragraph(
        "“Every household in the valley will have water by the summer,” said board chair "
        "Salma Idris."
    )
    d.add_paragraph("- a paragraph that only looks like a bullet")
    path = tmp_path / "plant.docx"
    d.save(str(path))
    return path


def test_docx_headings_bullets_paragraphs(tmp_path: Path) -> None:
    text = read_input(str(_docx(tmp_path)))
    assert isinstance(text, ExtractedText) and text.info.fmt == "markdown"
    src = extract(text, name="plant.docx")
    _never_invents(src)
    assert src.title == "Desalination Plant Opens Two Years Late"
    assert src.author == "Omar Haddad"
    assert [t.text for t in src.takes] == [
        "Output starts at half capacity.",
        "Prices stay frozen until 2027.",
    ]
    assert [(q.speaker, q.role) for q in src.quotes] == [("Salma Idris", "board chair")]
    assert {f.value for f in src.figures} == {120_000, 30_000_000}
    assert all(it.page is None for it in src.items())  # Word files have no fixed pages
    # a paragraph starting with "- " stays a paragraph
    assert "\\- a paragraph that only looks like a bullet" in (src.body or "")


def test_cli_imports_pdf_and_docx(tmp_path: Path) -> None:
    out = tmp_path / "sources"
    for path in (_pdf(tmp_path), _docx(tmp_path)):
        run = subprocess.run(
            [sys.executable, "-m", "briefer", "import", str(path), "-o", str(out)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 0, run.stderr
    notes = sorted(p.name for p in out.iterdir())
    assert notes == [
        "desalination-plant-opens-two-years-late.yaml",
        "grain-exports-recover-after-port-deal.yaml",
    ]
    assert "page: 2" in (out / notes[1]).read_text(encoding="utf-8")


def test_stdin_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _pdf(tmp_path).read_bytes()

    class Stdin:
        buffer = io.BytesIO(data)

    monkeypatch.setattr(sys, "stdin", Stdin)
    text = read_input("-")
    assert isinstance(text, ExtractedText) and "Grain Exports" in text
