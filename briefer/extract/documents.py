"""PDF and Word input: the document's text becomes the body, with its structure kept.

- PDF (pypdf, in-process): each page's text, lines joined into paragraphs, headings and
  bullets kept, running page numbers dropped; pages are separated by a blank line and
  ``pages`` records where each one starts, so every item gets its ``page``.
- DOCX (python-docx): paragraphs and tables in document order; the Title and Heading
  styles become Markdown headings, list paragraphs become ``-`` items, so the Markdown
  reader sees the structure. A Word file has no fixed pages, but Word records where each
  page began when it last laid the document out (``w:lastRenderedPageBreak``); those, and
  the author's hard page breaks, give every item its ``page``. A file without those marks
  (made by a script, or by a program that does not write them: LibreOffice 7.4 did not)
  has hard breaks at most, which say only where a page *at least* begins: its items get no
  ``page`` rather than a guessed one.

The result is an ``ExtractedText``: the body text, with the format it is to be read as,
the document's own title/author/date, and the page starts.
"""

from __future__ import annotations

import bisect
import io
import re
from dataclasses import dataclass, field

from ..errors import BrieferError
from .readers import BULLET, looks_like_heading


class ExtractedText(str):
    """Text taken out of a PDF or DOCX file: a ``str`` (so every caller that reads text
    still works) that also carries how to read it and where its pages start."""

    info: DocumentInfo

    def __new__(cls, text: str, info: DocumentInfo) -> ExtractedText:
        obj = super().__new__(cls, text)
        obj.info = info
        return obj


@dataclass(slots=True)
class DocumentInfo:
    fmt: str  # "text" or "markdown": how the body is read
    meta: dict[str, str] = field(default_factory=dict)  # title, author, date
    pages: list[int] = field(default_factory=list)  # offset where page n+1 starts

    def page_at(self, offset: int) -> int | None:
        """The 1-based page that holds body offset ``offset`` (None without pages)."""
        if not self.pages:
            return None
        return bisect.bisect_right(self.pages, offset)


# ---------------------------------------------------------------------------- PDF

_PAGE_NUMBER = re.compile(
    r"\s*(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—])?\s*", re.I
)
_END = '.!?:;"”’)'


def read_pdf(data: bytes, name: str) -> ExtractedText:
    """The text of a PDF, page by page. A PDF without a text layer (a scan) is an error
    that says so; an encrypted one too."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise BrieferError(f"{name}: reading PDF needs pypdf (pip install pypdf)") from None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise BrieferError(f"{name}: the PDF is encrypted; save an unlocked copy first")
        texts = [page.extract_text() or "" for page in reader.pages]
        meta: object = reader.metadata or {}
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        raise BrieferError(f"{name}: not a readable PDF ({e})") from None
    parts: list[str] = []
    starts: list[int] = []
    at = 0
    for text in texts:
        page = _paragraphs(text)
        starts.append(at)
        parts.append(page)
        at += len(page) + 2
    body = "\n\n".join(parts)
    if not body.strip():
        raise BrieferError(
            f"{name}: the PDF has no text layer (a scan?); run OCR on it or paste the text"
        )
    info = DocumentInfo("text", _pdf_meta(meta), starts)
    return ExtractedText(body, info)


def _pdf_meta(meta: object) -> dict[str, str]:
    out = {}
    for key, pdf_key in (("title", "/Title"), ("author", "/Author")):
        value = meta.get(pdf_key) if hasattr(meta, "get") else None
        if isinstance(value, str) and value.strip():
            out[key] = value.strip()
    created = meta.get("/CreationDate") if hasattr(meta, "get") else None
    m = re.match(r"D:(\d{4})(\d\d)(\d\d)", str(created or ""))
    if m:
        out["date"] = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return out


def _paragraphs(text: str) -> str:
    """A page's lines joined into paragraphs separated by blank lines: a paragraph ends
    after a short line that ends a sentence; a heading (short, no end mark, followed by a
    capital) and each bullet stand alone; running page numbers are dropped."""
    lines = [ln.rstrip() for ln in text.replace("\r", "").split("\n")]
    lines = [ln for ln in lines if ln.strip() and not _PAGE_NUMBER.fullmatch(ln)]
    if not lines:
        return ""
    full = max(len(ln) for ln in lines)
    out: list[str] = []
    for i, line in enumerate(lines):
        if not out:
            out.append(line)
            continue
        prev = lines[i - 1]
        short = len(prev) < 0.8 * full
        heading = (
            short
            and prev[-1:] not in _END + ","
            and looks_like_heading(prev)
            and (line[:1].isupper() or line[:1] in "“\"‘'")
            and len(prev) < 0.7 * full
        )
        new_para = (
            BULLET.match(line) is not None
            or heading
            or (short and prev[-1:] in _END)
            or (BULLET.match(prev) is not None and prev[-1:] in _END)
        )
        out.append(("\n\n" if new_para else "\n") + line)
    return "".join(out)


# --------------------------------------------------------------------------- DOCX


def read_docx(data: bytes, name: str) -> ExtractedText:
    """The paragraphs of a Word file as Markdown: headings (Title, Heading N), list items,
    plain paragraphs and tables' cells, in document order, with the page starts Word
    recorded (see the module's docstring)."""
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
        from docx.table import Table
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise BrieferError(f"{name}: reading Word files needs python-docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as e:
        raise BrieferError(f"{name}: not a readable Word (.docx) file ({e})") from None
    out: list[str] = []
    rendered: list[tuple[int, int]] = []  # (chunk, offset in it) where Word began a page
    hard: list[tuple[int, int]] = []  # the same for the author's page breaks

    def add(para: object, in_table: bool) -> None:
        raw, marks = _runs(para)
        text = " ".join(raw.split())
        if not text:  # an empty paragraph's page break begins the page at the next chunk
            for kind, _at in marks:
                (rendered if kind == "rendered" else hard).append((len(out), 0))
            return
        style_obj = getattr(para, "style", None)
        style = str(getattr(style_obj, "name", "") or "")
        level = 0 if in_table else _heading_level(style)
        if level:
            lead, chunk = "#" * level + " ", _md_escape(text)
        elif not in_table and _is_list(para, style):
            lead, chunk = "- ", _md_escape(text)
        else:
            lead, chunk = "", _md_escape(text)
        shift = len(lead) + len(chunk) - len(text)  # the lead and an escaping backslash
        for kind, at in marks:
            before = " ".join(raw[:at].split())
            full = lead + chunk
            pos = 0 if not before else shift + len(before)
            while 0 < pos < len(full) and full[pos] == " ":  # the page begins at a word
                pos += 1
            (rendered if kind == "rendered" else hard).append((len(out), min(pos, len(full))))
        out.append(lead + chunk)

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            seen: set[object] = set()  # a merged cell is listed once per grid column
            for row in block.rows:
                for cell in row.cells:
                    if cell._tc not in seen:  # (the set holds the elements: no id reuse)
                        seen.add(cell._tc)
                        for para in cell.paragraphs:
                            add(para, True)
        else:
            add(block, False)
    body = ""
    starts: list[int] = []
    for n, chunk in enumerate(out):  # list items stay together, all else apart
        together = n and chunk.startswith("- ") and out[n - 1].startswith("- ")
        body += "\n" if together else "\n\n" if n else ""
        starts.append(len(body))
        body += chunk
    if not body.strip():
        raise BrieferError(f"{name}: the Word file has no text")
    pages: list[int] = []
    if rendered:  # Word paginated the file: its marks, and hard breaks it did not mark
        at_r = sorted({starts[c] + o for c, o in rendered if c < len(starts)})
        at_h = sorted({starts[c] + o for c, o in hard if c < len(starts)})
        page_starts = set(at_r)
        for h in at_h:  # a hard break Word also marked is one page, not two
            if not any(not body[min(h, r) : max(h, r)].strip() for r in at_r):
                page_starts.add(h)
        pages = [0, *sorted(p for p in page_starts if 0 < p < len(body))]
    props = document.core_properties
    meta = {}
    if props.title:
        meta["title"] = props.title.strip()
    if props.author:
        meta["author"] = props.author.strip()
    if props.created:
        meta["date"] = props.created.date().isoformat()
    return ExtractedText(body + "\n", DocumentInfo("markdown", meta, pages))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_OF = {f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen", f"{_W}ptab"}


def _runs(para: object) -> tuple[str, list[tuple[str, int]]]:
    """A paragraph's text as python-docx reads it (its runs and hyperlinks' runs), and
    where in that text a page begins: ("rendered", offset) for Word's mark of its last
    layout, ("hard", offset) for a page break the author put there (a ``w:br`` of type
    page, or "page break before" on the paragraph)."""
    p = getattr(para, "_p", None)
    if p is None:
        return str(getattr(para, "text", "")), []
    raw = ""
    marks: list[tuple[str, int]] = []
    ppr = p.pPr
    if ppr is not None and ppr.find(f"{_W}pageBreakBefore") is not None:
        val = ppr.find(f"{_W}pageBreakBefore").get(f"{_W}val", "true")
        if val not in ("0", "false", "off"):
            marks.append(("hard", 0))
    for holder in p.xpath("./w:r | ./w:hyperlink/w:r"):
        for el in holder:
            if el.tag == f"{_W}lastRenderedPageBreak":
                marks.append(("rendered", len(raw)))
            elif el.tag == f"{_W}br" and el.get(f"{_W}type") == "page":
                marks.append(("hard", len(raw)))
            elif el.tag in _TEXT_OF:
                raw += str(el)
    return raw, marks


def _heading_level(style: str) -> int:
    if style == "Title":
        return 1
    m = re.fullmatch(r"Heading (\d)", style)
    return min(6, int(m.group(1)) + 1) if m else 0


def _is_list(para: object, style: str) -> bool:
    if style.startswith(("List", "List Bullet", "List Number")):
        return True
    ppr = getattr(para, "_p", None)
    ppr = ppr.pPr if ppr is not None else None
    return ppr is not None and ppr.numPr is not None


def _md_escape(text: str) -> str:
    """Keep a paragraph a paragraph: a leading '#', '-', '>' or '1.' would make Markdown
    read it as something else."""
    if re.match(r"(?:#{1,6}\s|[-+*>]\s|\d{1,9}[.)]\s)", text):
        return "\\" + text
    return text
