"""PDF standards and language (#21): every PDF declares PDF/UA-1 (title, author, language
set); ``pdf_standard: a-2b`` (brief or briefer.yaml) and ``--pdf-a`` add PDF/A-2b with the
brief's date as the document date. The declarations are read back from the XMP metadata
with pypdf; veraPDF, where installed, validates the file."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from briefer.document import Document, resolve
from briefer.errors import LoadError
from briefer.render import render_document
from briefer.render.pdf import PdfError, compile_pdf, standards
from briefer.render.typst import font_list, pdf_date, typst_language
from briefer.schema import load_brief
from briefer.workspace import Workspace

pypdf = pytest.importorskip("pypdf", reason="pypdf is in the test extra")

BRIEF = "nk-russia-weekly.brief.yaml"


def sample_doc(root: Path) -> Document:
    ws = Workspace.load(root)
    brief, _ = load_brief(root / BRIEF)
    return resolve(ws, brief, root / BRIEF)


def add_key(path: Path, line: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title:", f"{line}\ntitle:", 1), encoding="utf-8")


def xmp(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")


def declared(pdf: bytes) -> dict[str, str]:
    """``pdfuaid:part``, ``pdfaid:part``, ``pdfaid:conformance`` as declared in the XMP
    (as elements or as attributes)."""
    text = xmp(pdf)
    found = {}
    for key in ("pdfuaid:part", "pdfaid:part", "pdfaid:conformance"):
        m = re.search(rf"<{key}>([^<]*)</{key}>|{key}=\"([^\"]*)\"", text)
        if m:
            found[key] = m.group(1) or m.group(2)
    return found


def pdf_of(doc: Document) -> bytes:
    data = render_document(doc, "pdf")
    assert isinstance(data, bytes)
    return data


def test_default_pdf_declares_ua1_with_title_author_language(sample_ws: Path) -> None:
    pdf = pdf_of(sample_doc(sample_ws))
    assert declared(pdf) == {"pdfuaid:part": "1"}
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert reader.trailer["/Root"]["/Lang"] == "en"
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "North Korea's support to Russia's war"
    assert meta.author == "J. Analyst"
    assert meta["/CreationDate"].startswith("D:20261126")  # the brief's date
    assert "TLP:GREEN" in meta["/Keywords"]
    assert reader.trailer["/Root"]["/MarkInfo"]["/Marked"]  # tagged


def test_blank_title_still_gives_a_ua1_pdf(sample_ws: Path) -> None:
    """PDF/UA-1 needs a document title: a blank one becomes "Untitled brief"."""
    doc = dataclasses.replace(sample_doc(sample_ws), title=" ")
    pdf = pdf_of(doc)
    assert declared(pdf) == {"pdfuaid:part": "1"}
    assert pypdf.PdfReader(io.BytesIO(pdf)).metadata.title == "Untitled brief"


def test_pdf_standard_a2b_in_the_brief(sample_ws: Path) -> None:
    add_key(sample_ws / BRIEF, "pdf_standard: a-2b")
    doc = sample_doc(sample_ws)
    assert doc.pdf_standard == "a-2b"
    pdf = pdf_of(doc)
    assert declared(pdf) == {"pdfuaid:part": "1", "pdfaid:part": "2", "pdfaid:conformance": "B"}
    assert "2026-11-26" in xmp(pdf)  # xmp:CreateDate from the brief's date


def test_pdf_standard_from_workspace_settings(sample_ws: Path) -> None:
    settings = sample_ws / "briefer.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + "\npdf_standard: a-2b\n", "utf-8")
    assert declared(pdf_of(sample_doc(sample_ws)))["pdfaid:part"] == "2"
    add_key(sample_ws / BRIEF, "pdf_standard: ua-1")  # the brief wins: plain PDF/UA-1
    assert declared(pdf_of(sample_doc(sample_ws))) == {"pdfuaid:part": "1"}


def test_pdf_a_without_a_brief_date_uses_the_day_it_is_made(sample_ws: Path) -> None:
    path = sample_ws / BRIEF
    path.write_text(
        re.sub(r"(?m)^date: .*\n", "", path.read_text(encoding="utf-8")), encoding="utf-8"
    )
    add_key(path, "pdf_standard: a-2b")
    doc = sample_doc(sample_ws)
    assert doc.date == ""
    assert declared(pdf_of(doc))["pdfaid:part"] == "2"  # typst would refuse without a date


def test_unknown_pdf_standard_is_reported_with_its_line(sample_ws: Path) -> None:
    add_key(sample_ws / BRIEF, "pdf_standard: a-3u")
    with pytest.raises(LoadError) as e:
        load_brief(sample_ws / BRIEF)
    assert f"{BRIEF}:1:" in str(e.value) and "a-2b" in str(e.value)
    with pytest.raises(PdfError, match="^unknown PDF standard 'x-1': use one of ua-1, a-2b$"):
        standards("x-1")


def test_language_reaches_the_pdf_and_the_typst_source(sample_ws: Path) -> None:
    add_key(sample_ws / BRIEF, "language: pt-BR")
    doc = sample_doc(sample_ws)
    source = render_document(doc, "typst")
    assert isinstance(source, str)
    assert '#let brief-lang = "pt"\n#let brief-region = "BR"\n' in source
    assert "lang: brief-lang, region: brief-region" in source
    reader = pypdf.PdfReader(io.BytesIO(pdf_of(doc)))
    assert reader.trailer["/Root"]["/Lang"] == "pt-BR"


def test_marking_is_in_the_text_once_besides_the_page_furniture(sample_ws: Path) -> None:
    """Page headers and footers are artifacts (screen readers skip them): the marking is
    also set once in the title block, as content."""
    source = render_document(sample_doc(sample_ws), "typst")
    assert isinstance(source, str)
    title_block = source.split("#block(below: 1.4em, {", 1)[1].split("})", 1)[0]
    assert "marking-badge(brief-marking)" in title_block


@pytest.mark.parametrize(
    "tag,expected",
    [
        ("en", ("en", "")),
        ("pt-BR", ("pt", "BR")),
        ("zh-Hant-TW", ("zh", "TW")),
        ("ES-419", ("es", "")),
        ("", ("en", "")),
    ],
)
def test_typst_language(tag: str, expected: tuple[str, str]) -> None:
    assert typst_language(tag) == expected


@pytest.mark.parametrize(
    "date,required,expected",
    [
        ("2026-11-26", False, "datetime(year: 2026, month: 11, day: 26)"),
        ("2026-11", False, "datetime(year: 2026, month: 11, day: 1)"),
        ("2026", True, "datetime(year: 2026, month: 1, day: 1)"),
        ("2026-02-30", False, "none"),
        ("late 2026", True, "auto"),
        ("", False, "none"),
        ("", True, "auto"),
    ],
)
def test_pdf_date(date: str, required: bool, expected: str) -> None:
    assert pdf_date(date, required) == expected


def test_font_fallbacks_follow_the_scripts_and_the_language() -> None:
    assert font_list("plain Latin, Ελληνικά, Русский") == ["Libertinus Serif"]
    fonts = font_list("조선 中国 ไทย")
    assert fonts[:3] == ["Libertinus Serif", "Noto Serif CJK KR", "Noto Sans CJK KR"]
    assert "Noto Serif Thai" in fonts
    assert font_list("中国", "zh-TW")[1] == "Noto Serif CJK TC"
    assert font_list("中国", "ja")[1] == "Noto Serif CJK JP"
    assert font_list("中国")[1] == "Noto Serif CJK SC"


def test_compile_pdf_declares_what_it_is_asked_for() -> None:
    source = '#set document(title: "T", date: datetime(year: 2026, month: 1, day: 2))\n= T\nx'
    assert declared(compile_pdf(source)) == {"pdfuaid:part": "1"}
    both = declared(compile_pdf(source, "a-2b"))
    assert both["pdfaid:part"] == "2" and both["pdfuaid:part"] == "1"


@pytest.mark.slow
def test_verapdf_validates_ua1_and_a2b(sample_ws: Path, tmp_path: Path) -> None:
    verapdf = shutil.which("verapdf")
    if verapdf is None:
        pytest.skip("veraPDF is not installed (https://verapdf.org); XMP declarations only")
    add_key(sample_ws / BRIEF, "pdf_standard: a-2b")
    target = tmp_path / "brief.pdf"
    target.write_bytes(pdf_of(sample_doc(sample_ws)))
    for flavour in ("ua1", "2b"):
        done = subprocess.run(
            [verapdf, "--flavour", flavour, "--format", "text", str(target)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.stdout.startswith("PASS"), done.stdout + done.stderr
