"""DOCX export: read back with python-docx and from the raw OOXML parts."""

from __future__ import annotations

import html
import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from export_support import make_brief, make_ws, norm, ref
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer import document as d
from briefer import model as m
from briefer.cli import main
from briefer.render import render
from briefer.render.escape import fold, paragraphs
from briefer.schema import load_brief
from briefer.workspace import Workspace

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BRIEFS = ("nk-russia-weekly.brief.yaml", "nk-tech-transfer.brief.yaml")


def export(ws_dir: Path, name: str) -> tuple[bytes, d.Document]:
    ws = Workspace.load(ws_dir)
    brief, _ = load_brief(ws_dir / name)
    data = render(ws, brief, ws_dir / name, "docx")
    assert isinstance(data, bytes)
    return data, d.resolve(ws, brief, ws_dir / name)


def parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith((".xml", ".rels"))}


def body_text(data: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def item_texts(block: d.Cited) -> list[str]:
    if isinstance(block, d.Take):
        return [norm(block.text)]
    if isinstance(block, d.Quote):
        return paragraphs(block.text) + [norm(block.attribution)]
    return [norm(block.amount)]


@pytest.mark.parametrize("name", BRIEFS)
def test_structure_styles_and_properties(sample_ws: Path, name: str) -> None:
    data, doc = export(sample_ws, name)
    word = docx.Document(io.BytesIO(data))
    styled = [(p.style.name, p.text) for p in word.paragraphs]
    assert styled[0] == ("Title", doc.title)
    if doc.subtitle:
        assert styled[1] == ("Subtitle", doc.subtitle)
    headings = [t for s, t in styled if s == "Heading 1"]
    assert headings == ["Bottom line up front", *(s.heading for s in doc.sections), "Sources"]
    bluf = " ".join(t for s, t in styled if s == "BLUF")
    assert norm(bluf) == norm(doc.bluf)
    # the BLUF box: shading and borders on the BLUF style
    bluf_style = word.styles["BLUF"].element
    assert bluf_style.find(f".//{W}shd").get(f"{W}fill") == "E8EEF4"
    assert bluf_style.find(f".//{W}pBdr") is not None
    quotes = [t for s, t in styled if s == "Quote"]
    attributions = [t for s, t in styled if s == "Attribution"]
    n_quotes = sum(isinstance(b, d.Quote) for b in doc.cited_blocks())
    assert len(attributions) == n_quotes and len(quotes) >= n_quotes
    assert all(a.startswith("— ") for a in attributions)
    sources = [t for s, t in styled if s == "Source Entry"]
    assert [t.split("\t")[0] for t in sources] == [f"{s.number}." for s in doc.sources]
    for entry, src in zip(sources, doc.sources, strict=True):
        assert src.title in entry and d.grades_line(src) in entry
    props = word.core_properties
    assert (props.title, props.author, props.subject) == (doc.title, doc.author, doc.marking)


@pytest.mark.parametrize("name", BRIEFS)
def test_every_cited_item_once_with_a_native_footnote(sample_ws: Path, name: str) -> None:
    data, doc = export(sample_ws, name)
    text = body_text(data)
    for block in doc.cited_blocks():
        for piece in item_texts(block):
            assert text.count(piece) >= 1, piece
        main_text = item_texts(block)[0]
        assert text.count(main_text) == sum(
            main_text in t for b in doc.cited_blocks() for t in item_texts(b)[:1]
        ), main_text
    xml = parts(data)
    notes = re.findall(r'<w:footnote w:id="(\d+)">(.*?)</w:footnote>', xml["word/footnotes.xml"])
    assert [int(i) for i, _ in notes] == list(range(1, len(doc.citations) + 1))
    for (_, note), cit in zip(notes, doc.citations, strict=True):
        note_text = html.unescape("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", note)))
        title, rest = d.footnote_parts(cit)
        assert norm(note_text) == norm(f"{title}, {rest}")
    refs = re.findall(r'<w:footnoteReference w:id="(\d+)"/>', xml["word/document.xml"])
    assert refs == [str(i) for i in range(1, len(doc.citations) + 1)]
    assert 'w:type="separator" w:id="-1"' in xml["word/footnotes.xml"]
    assert '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/>' in xml["word/settings.xml"]
    assert "relationships/footnotes" in xml["word/_rels/document.xml.rels"]
    assert "wordprocessingml.footnotes+xml" in xml["[Content_Types].xml"]


def test_marking_in_header_and_footer_with_page_x_of_y(sample_ws: Path) -> None:
    data, doc = export(sample_ws, BRIEFS[0])
    xml = parts(data)
    assert doc.marking == "TLP:GREEN"
    for part in ("word/header1.xml", "word/footer1.xml"):
        assert re.search(r"<w:t>TLP:GREEN</w:t>", xml[part]), part
    footer = xml["word/footer1.xml"]
    assert re.findall(r"<w:instrText[^>]*>([^<]*)</w:instrText>", footer) == [
        " PAGE ",
        " NUMPAGES ",
    ]
    footer_text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", footer))
    assert "Page 1 of 1" in footer_text
    # one section, whose header and footer are the ones every page uses
    sect = re.findall(r"<w:(header|footer)Reference w:type=\"default\"", xml["word/document.xml"])
    assert sorted(sect) == ["footer", "header"]


HOSTILE = '{ DDEAUTO c:\\\\windows\\\\cmd.exe "/k calc" } <w:fldSimple w:instr="PAGE"/> &amp; ]]>'


def test_hostile_text_stays_literal(tmp_path: Path) -> None:
    src = m.Source(
        "evil",
        f"Title {HOSTILE}",
        publisher="<b>Pub</b>",
        url="javascript:alert(1)",
        takes=[m.Take("t1", f"Take {HOSTILE}")],
        quotes=[m.Quote("q1", f"Quote {HOSTILE}", speaker="{ PAGE }")],
    )
    src2 = m.Source("ok", "Fine", url="https://example.org/a?b=1&c=2", takes=[m.Take("t1", "ok")])
    prose = m.Entry(text="See [this](javascript:alert(1)) and [that](https://example.org/x).")
    brief = make_brief(
        ref("evil/t1", comment=f"Comment {HOSTILE}"), ref("evil/q1"), ref("ok/t1"), prose
    )
    data = render(make_ws(tmp_path, src, src2), brief, tmp_path / "b.brief.yaml", "docx")
    assert isinstance(data, bytes)
    text = body_text(data)
    for piece in (f"Take {HOSTILE}", f"Quote {HOSTILE}", f"Comment {HOSTILE}", "<b>Pub</b>"):
        assert piece in text
    assert "javascript:alert(1)" in text  # shown as text, never a link
    xml = parts(data)
    every = "".join(xml.values())
    assert "<w:fldSimple" not in every and "<w:hyperlink" in every
    instr = re.findall(r"<w:instrText[^>]*>([^<]*)</w:instrText>", every)
    assert instr == [" PAGE ", " NUMPAGES "]
    targets = re.findall(r'Target="([^"]+)" TargetMode="External"', every)
    assert targets and all(t.startswith("https://") for t in targets)
    assert "javascript" not in "".join(targets)
    footnotes = html.unescape(
        "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml["word/footnotes.xml"]))
    )
    assert "Title { DDEAUTO" in footnotes


_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip())


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(take=_TEXT, comment=_TEXT)
def test_any_text_survives_literally(tmp_path: Path, take: str, comment: str) -> None:
    src = m.Source("s", "Source", takes=[m.Take("t1", take)])
    brief = make_brief(ref("s/t1", comment=comment))
    data = render(make_ws(tmp_path, src), brief, tmp_path / "b.brief.yaml", "docx")
    assert isinstance(data, bytes)
    text = body_text(data)
    assert fold(take) in text and fold(comment) in text  # ASCII whitespace folded, as in md


def test_cli_writes_docx(sample_ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(sample_ws / BRIEFS[0]), "-f", "docx"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.parent == sample_ws / "exports" and path.suffix == ".docx"
    assert docx.Document(str(path)).paragraphs[0].style.name == "Title"


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) and pdftotext are needed to turn the DOCX into a PDF",
)
def test_libreoffice_pdf_has_the_marking_on_every_page(sample_ws: Path, tmp_path: Path) -> None:
    data, doc = export(sample_ws, BRIEFS[0])
    path = tmp_path / "brief.docx"
    path.write_bytes(data)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "brief.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    assert len(pages) >= 2
    for n, page in enumerate(pages, 1):
        assert page.count(doc.marking) >= 2, f"page {n}"  # header and footer
        assert f"Page {n} of {len(pages)}" in page


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_another_reader_sees_headings_footnotes_and_quotes(sample_ws: Path, tmp_path: Path) -> None:
    """pandoc's own DOCX reader (a second implementation of the format) finds the title,
    the headings, one footnote per citation and the block quotes."""
    data, doc = export(sample_ws, BRIEFS[0])
    path = tmp_path / "brief.docx"
    path.write_bytes(data)
    result = subprocess.run(
        ["pandoc", "-f", "docx", "-t", "json", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    ast = json.loads(result.stdout)
    title = ast["meta"]["title"]["c"]
    assert "".join(x.get("c", " ") if x["t"] == "Str" else " " for x in title) == doc.title
    blocks = ast["blocks"]
    headers = [b for b in blocks if b["t"] == "Header"]
    assert [h["c"][0] for h in headers] == [1] * (len(doc.sections) + 2)
    assert result.stdout.count('"t":"Note"') == len(doc.citations)
    quotes = [b for b in blocks if b["t"] == "BlockQuote"]
    assert len(quotes) == sum(isinstance(b, d.Quote) for b in doc.cited_blocks())


def test_prose_markdown_becomes_word_structure(tmp_path: Path) -> None:
    src = m.Source("s", "S", takes=[m.Take("t1", "x")])
    prose = m.Entry(
        text="### Why it matters\n\nSome **bold** and *italic* text with `code` and "
        "[a link](https://example.org/p).\n\n- first point\n- second point\n"
    )
    brief = make_brief(ref("s/t1"), prose, bluf="One *line* in the box.")
    data = render(make_ws(tmp_path, src), brief, tmp_path / "b.brief.yaml", "docx")
    assert isinstance(data, bytes)
    word = docx.Document(io.BytesIO(data))
    styled = [(p.style.name, p.text) for p in word.paragraphs]
    assert ("Heading 2", "Why it matters") in styled
    assert ("BLUF", "One line in the box.") in styled
    para = next(p for p in word.paragraphs if p.text.startswith("Some bold"))
    runs = {r.text: r for r in para.runs}
    assert runs["bold"].bold and runs["italic"].italic and runs["code"].font.name == "Courier New"
    assert [h.url for h in para.hyperlinks] == ["https://example.org/p"]
    assert para.text.endswith("with code and a link.")
    assert [t for _, t in styled if t.endswith("point")] == ["•\tfirst point", "•\tsecond point"]
