"""DOCX export: a Word document built in process with python-docx.

Real Word structure, so the navigation pane, styles and footnotes work as they do in a
document written in Word:

- the title block in Word's ``Title`` and ``Subtitle`` styles; one ``Heading 1`` per
  section (and for the BLUF and the Sources), ``Heading 2`` for headings in the analyst's
  prose;
- the BLUF in a shaded, bordered box (paragraph style ``BLUF``);
- takes and figures as ``List Bullet`` paragraphs, quotes in the ``Quote`` style with a
  right-aligned attribution (style ``Attribution``), comments in ``Analyst Comment``;
- one native Word footnote per cited item (python-docx has no footnote API: the
  ``word/footnotes.xml`` part, its relationship and ``w:footnotePr`` are written here);
- the Sources list, numbered as the footnotes number them, with the Admiralty grades;
- the marking in the header *and* the footer of every page, and "Page X of Y" as ``PAGE``
  and ``NUMPAGES`` fields;
- document properties: title, author, subject (the marking), keywords.

Every piece of note text goes into ``w:t`` elements as text: nothing a note says can become
a field code, a hyperlink or markup. The only fields are the two page-number fields made
here, and the only hyperlinks are http(s)/mailto/ftp addresses that
:func:`briefer.document.safe_url` accepted (a ``javascript:`` URL stays visible text). The
analyst's prose (BLUF and prose entries) is Markdown, read with the same parser and the same
rules as the other formats (:mod:`briefer.render.prose`).
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .. import document as d
from . import prose
from .escape import fold, paragraphs
from .markdown import BLUF_HEADING, COMMENT_LABEL

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.text.paragraph import Paragraph
    from markdown_it import MarkdownIt

# TLP 2.0 label colours (text on black), as in the Typst export
TLP_COLOURS = {
    "TLP:CLEAR": "FFFFFF",
    "TLP:GREEN": "33FF00",
    "TLP:AMBER": "FFC000",
    "TLP:AMBER+STRICT": "FFC000",
    "TLP:RED": "FF2B2B",
}
BLUF_FILL = "E8EEF4"
BLUF_BORDER = "5B7A99"
MONO = "Courier New"
# Characters XML 1.0 cannot carry (document.clean already replaced C0/C1 controls).
_NOT_XML = re.compile("[\ufffe\uffff\ud800-\udfff]")


def _x(text: str) -> str:
    return _NOT_XML.sub("\N{REPLACEMENT CHARACTER}", text)


# -------------------------------------------------------------- OOXML helpers


def _el(tag: str, **attrs: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), value)
    return el


def _insert(parent: Any, child: Any) -> None:
    """Put ``child`` into ``parent`` (a ``w:pPr`` or ``w:rPr``) where the schema wants it:
    Word refuses a file whose property elements are out of order."""
    from docx.oxml.ns import qn

    seq = _PPR_ORDER if parent.tag == qn("w:pPr") else _RPR_ORDER
    tag = next(t for t in seq if qn(t) == child.tag)
    parent.insert_element_before(child, *seq[seq.index(tag) + 1 :])


# ECMA-376 element order of the properties this module sets (and of what may follow them).
_PPR_ORDER = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
    "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
    "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
    "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
    "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
    "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
_RPR_ORDER = (
    "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight",
    "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em",
    "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath",
)  # fmt: skip


def _ppr_append(style_or_par: Any, *children: Any) -> None:
    """Add children to a paragraph's (or paragraph style's) ``w:pPr``, in schema order."""
    el = getattr(style_or_par, "element", None)
    ppr = (el if el is not None else style_or_par._p).get_or_add_pPr()
    for child in children:
        _insert(ppr, child)


def _box(fill: str, border: str) -> list[Any]:
    bdr = _el("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        bdr.append(_el(f"w:{side}", val="single", sz="6", space="6", color=border))
    return [bdr, _el("w:shd", val="clear", color="auto", fill=fill)]


def _field(paragraph: Paragraph, instr: str, placeholder: str) -> None:
    """A complex field (``PAGE``, ``NUMPAGES``) with its cached result."""
    for part in ("begin", "instr", "separate", "result", "end"):
        run = paragraph.add_run()
        if part == "instr":
            it = _el("w:instrText")
            it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            it.text = f" {instr} "
            run._r.append(it)
        elif part == "result":
            run.text = placeholder
        else:
            run._r.append(_el("w:fldChar", fldCharType=part))


def _marking_run(paragraph: Paragraph, marking: str) -> None:
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(_x(marking))
    run.bold = True
    run.font.size = Pt(9)
    run.font.name = MONO
    run.font.color.rgb = RGBColor.from_string(TLP_COLOURS.get(marking, "FFFFFF"))
    _insert(run._r.get_or_add_rPr(), _el("w:shd", val="clear", color="auto", fill="000000"))


def _hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    """An external hyperlink; ``url`` must already be a safe address."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = _el("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = _el("w:r")
    rpr = _el("w:rPr")
    rpr.append(_el("w:color", val="1F4E8C"))
    rpr.append(_el("w:u", val="single"))
    run.append(rpr)
    t = _el("w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = _x(text)
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


# ------------------------------------------------------------------ footnotes

_FOOTNOTES_XML = (
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote></w:footnotes>"
)


class _Footnotes:
    """The ``word/footnotes.xml`` part, filled as citations are met in reading order."""

    def __init__(self, docx: DocxDocument):
        from docx.oxml import parse_xml

        self.docx = docx
        self.root = parse_xml(_FOOTNOTES_XML)
        self.next_id = 1
        self.ref_style = docx.styles["footnote reference"]

    def add(self, paragraph: Paragraph, cit: d.Citation) -> None:
        """A footnote reference at the end of ``paragraph``, the note itself in the part."""
        fid = str(self.next_id)
        self.next_id += 1
        ref = paragraph.add_run()
        ref.style = self.ref_style
        ref._r.append(_el("w:footnoteReference", id=fid))

        title, rest = d.footnote_parts(cit)
        note = _el("w:footnote", id=fid)
        p = _el("w:p")
        ppr = _el("w:pPr")
        ppr.append(_el("w:pStyle", val="FootnoteText"))
        p.append(ppr)
        mark = _el("w:r")
        mrpr = _el("w:rPr")
        mrpr.append(_el("w:rStyle", val="FootnoteReference"))
        mark.append(mrpr)
        mark.append(_el("w:footnoteRef"))
        p.append(mark)
        for text, italic in ((" ", False), (fold(title), True), (", " + fold(rest), False)):
            r = _el("w:r")
            if italic:
                rpr = _el("w:rPr")
                rpr.append(_el("w:i"))
                r.append(rpr)
            t = _el("w:t")
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = _x(text)
            r.append(t)
            p.append(r)
        note.append(p)
        self.root.append(note)

    def attach(self) -> None:
        """Add the part to the package and declare the separators in the settings."""
        from docx.opc.constants import CONTENT_TYPE as CT
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part
        from lxml import etree

        blob = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)
        doc_part = self.docx.part
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, doc_part.package)
        doc_part.relate_to(part, RT.FOOTNOTES)

        settings = self.docx.settings.element
        pr = _el("w:footnotePr")
        pr.append(_el("w:footnote", id="-1"))
        pr.append(_el("w:footnote", id="0"))
        later = {
            "endnotePr",
            "compat",
            "docVars",
            "rsids",
            "mathPr",
            "attachedSchema",
            "themeFontLang",
            "clrSchemeMapping",
            "doNotIncludeSubdocsInStats",
            "doNotAutoCompressPictures",
            "forceUpgrade",
            "captions",
            "readModeInkLockDown",
            "smartTagType",
            "schemaLibrary",
            "shapeDefaults",
            "doNotEmbedSmartTags",
            "decimalSymbol",
            "listSeparator",
        }
        for child in settings:
            if isinstance(child.tag, str) and child.tag.split("}")[-1] in later:
                child.addprevious(pr)
                break
        else:
            settings.append(pr)


# ------------------------------------------------------------------- styles


def _styles(docx: DocxDocument, language: str) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    styles = docx.styles
    normal = styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    lang = _el("w:lang", val=language or "en-US")
    _insert(normal.element.get_or_add_rPr(), lang)

    # Word's own footnote styles (its names and ids, not custom ones), so footnotes the
    # reader adds in Word look like ours
    fn_text = styles.add_style("footnote text", WD_STYLE_TYPE.PARAGRAPH)
    fn_text.base_style = normal
    fn_text.font.size = Pt(8.5)
    fn_text.paragraph_format.space_after = Pt(0)
    fn_ref = styles.add_style("footnote reference", WD_STYLE_TYPE.CHARACTER)
    fn_ref.font.superscript = True
    for style, style_id in ((fn_text, "FootnoteText"), (fn_ref, "FootnoteReference")):
        style.style_id = style_id
        style.element.attrib.pop(qn("w:customStyle"), None)

    bluf = styles.add_style("BLUF", WD_STYLE_TYPE.PARAGRAPH)
    bluf.base_style = normal
    bluf.paragraph_format.left_indent = Mm(2)
    bluf.paragraph_format.right_indent = Mm(2)
    _ppr_append(bluf, *_box(BLUF_FILL, BLUF_BORDER))

    attribution = styles.add_style("Attribution", WD_STYLE_TYPE.PARAGRAPH)
    attribution.base_style = normal
    attribution.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    attribution.paragraph_format.space_after = Pt(10)

    comment = styles.add_style("Analyst Comment", WD_STYLE_TYPE.PARAGRAPH)
    comment.base_style = normal
    comment.paragraph_format.left_indent = Mm(6)
    comment.font.size = Pt(9.5)
    comment.font.color.rgb = RGBColor(0x40, 0x40, 0x40)

    source = styles.add_style("Source Entry", WD_STYLE_TYPE.PARAGRAPH)
    source.base_style = normal
    source.paragraph_format.left_indent = Mm(7)
    source.paragraph_format.first_line_indent = Mm(-7)

    code = styles.add_style("Code Block", WD_STYLE_TYPE.PARAGRAPH)
    code.base_style = normal
    code.font.name = MONO
    code.font.size = Pt(9)

    styles.add_style("Marking", WD_STYLE_TYPE.PARAGRAPH).base_style = normal
    styles["Marking"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    styles["Marking"].paragraph_format.space_after = Pt(0)


def _page_setup(docx: DocxDocument, doc: d.Document) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Mm, Pt

    section = docx.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(24)
    section.top_margin, section.bottom_margin = Mm(25), Mm(25)
    width = section.page_width - section.left_margin - section.right_margin

    header = section.header
    header.is_linked_to_previous = False
    top = header.paragraphs[0]
    top.style = "Marking"
    if doc.marking:
        _marking_run(top, doc.marking)
    else:
        top.add_run(_x(fold(doc.title))).font.size = Pt(8)

    footer = section.footer
    footer.is_linked_to_previous = False
    bottom = footer.paragraphs[0]
    bottom.style = "Marking"
    if doc.marking:
        _marking_run(bottom, doc.marking)
    pages = footer.add_paragraph(style="Marking")
    pages.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    pages.alignment = WD_ALIGN_PARAGRAPH.LEFT
    small = pages.add_run(_x(fold(doc.author)))
    small.font.size = Pt(8)
    pages.add_run("\t").font.size = Pt(8)
    pages.add_run("Page ").font.size = Pt(8)
    _field(pages, "PAGE", "1")
    pages.add_run(" of ").font.size = Pt(8)
    _field(pages, "NUMPAGES", "1")
    for run in pages.runs:
        run.font.size = Pt(8)


def _properties(docx: DocxDocument, doc: d.Document) -> None:
    props = docx.core_properties
    props.title = _x(fold(doc.title))
    props.author = _x(fold(doc.author))
    props.last_modified_by = _x(fold(doc.author))
    props.subject = doc.marking
    props.keywords = " ".join(p for p in ("briefing", doc.marking) if p)
    props.category = "Brief"
    props.comments = _x(fold(doc.subtitle))  # Word shows it as the description
    props.revision = 1
    mt = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", doc.date)
    when = None
    if mt:
        try:
            year, month, day = (int(g) for g in mt.groups())
            when = datetime(year, month, day, tzinfo=UTC)
        except ValueError:
            when = None
    props.created = when or datetime.now(UTC).replace(microsecond=0)  # the brief's date
    props.modified = datetime.now(UTC).replace(microsecond=0)
    props.language = doc.language


# ------------------------------------------------------------------ the body


class _Writer:
    def __init__(self, docx: DocxDocument):
        self.docx = docx
        self.notes = _Footnotes(docx)
        self._styles: dict[str, Any] = {}

    def par(self, style: str | None = None, text: str = "") -> Paragraph:
        """A new body paragraph. Styles are looked up once: python-docx finds a style by
        name by scanning them all, which made a 500-entry brief take seconds."""
        if style is not None and style not in self._styles:
            self._styles[style] = self.docx.styles[style]
        return self.docx.add_paragraph(_x(text), self._styles.get(style) if style else None)

    # text --------------------------------------------------------------------

    def run(self, p: Paragraph, text: str, *, bold: bool = False, italic: bool = False) -> Any:
        run = p.add_run(_x(text))
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        return run

    def portion(self, p: Paragraph, block: d.Cited) -> None:
        """The portion mark ("(TLP:AMBER)") before a cited item, when the brief asks for
        them (prose and the BLUF carry theirs in their text)."""
        if block.portion:
            self.run(p, f"{block.portion} ", bold=True)

    def confidence(self, p: Paragraph, block: d.Cited) -> None:
        if block.confidence:
            self.run(p, f" ({block.confidence} confidence)", italic=True)

    def comment(self, text: str) -> None:
        for n, para in enumerate(paragraphs(text)):
            p = self.par("Analyst Comment")
            if n == 0:
                self.run(p, COMMENT_LABEL + " ", italic=True)
            self.run(p, para)

    # blocks ------------------------------------------------------------------

    def bullet(self, block: d.Take | d.Figure) -> None:
        p = self.par("List Bullet")
        self.portion(p, block)
        if isinstance(block, d.Take):
            self.run(p, fold(block.text))
        else:
            self.run(p, fold(block.amount), bold=True)
            if block.subject:
                self.run(p, " — " + fold(block.subject))
            if block.context:
                self.run(p, f" ({fold(block.context)})")
        self.notes.add(p, block.citation)
        self.confidence(p, block)
        self.comment(block.comment)

    def quote(self, block: d.Quote) -> None:
        for n, para in enumerate(paragraphs(block.text)):
            p = self.par("Quote")
            if n == 0:
                self.portion(p, block)
            self.run(p, para)
        p = self.par("Attribution")
        self.run(p, "— " + fold(block.attribution))
        self.notes.add(p, block.citation)
        self.confidence(p, block)
        self.comment(block.comment)

    def prose(self, text: str, style: str | None = None) -> None:
        """The analyst's Markdown: structure kept, every piece of text literal."""
        if prose.mode(text) != "markdown":
            for para in paragraphs(text):
                self.run(self.par(style), para)
        else:
            _MarkdownBlocks(self, style).write(_markdown_parser().parse(text))

    def section(self, sec: d.DocSection) -> None:
        self.par("Heading 1", fold(sec.heading) or "Untitled section")
        for block in sec.blocks:
            if isinstance(block, d.Take | d.Figure):
                self.bullet(block)
            elif isinstance(block, d.Quote):
                self.quote(block)
            elif block.text.strip():
                self.prose(block.text)

    def source(self, s: d.DocSource) -> None:
        p = self.par("Source Entry")
        self.run(p, f"{s.number}.\t")
        self.run(p, fold(s.title), italic=True)
        self.run(p, ".")
        details = "; ".join(d.source_details(s))
        if details:
            self.run(p, f" {fold(details)}.")
        if s.link:
            self.run(p, " ")
            _hyperlink(p, s.link, s.link)
            self.run(p, ".")
        elif s.url:
            self.run(p, f" {fold(s.url)}.")
        self.run(p, " " + d.grades_line(s))


@lru_cache(maxsize=1)
def _markdown_parser() -> MarkdownIt:
    """CommonMark as the HTML export reads prose: no raw HTML, no images, and only links
    that :func:`briefer.document.safe_url` accepts."""
    md = prose.markdown_parser(lambda url: d.safe_url(url) is not None, {"html": False})
    md.disable("image")
    return md


class _MarkdownBlocks:
    """markdown-it tokens of prose → Word paragraphs (lists, quotes, code, emphasis, links)."""

    def __init__(self, writer: _Writer, style: str | None):
        self.w = writer
        self.style = style
        self.lists: list[str] = []  # "bullet" | "number"
        self.quote = 0
        self.counters: list[int] = []
        self.pending_marker: str | None = None

    def _paragraph_style(self) -> str | None:
        if self.style:  # the BLUF: every paragraph inside the box
            return self.style
        if self.quote:
            return "Quote"
        if self.lists:
            return "List Paragraph"
        return None

    def write(self, tokens: list[Any]) -> None:
        from docx.shared import Mm

        heading = False
        for tok in tokens:
            t = tok.type
            if t in ("bullet_list_open", "ordered_list_open"):
                self.lists.append("bullet" if t == "bullet_list_open" else "number")
                start = tok.attrs.get("start") if tok.attrs else None
                self.counters.append(int(start or 1))
            elif t in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
                self.counters.pop()
            elif t == "list_item_open":
                if self.lists[-1] == "bullet":
                    self.pending_marker = "•\t"
                else:
                    self.pending_marker = f"{self.counters[-1]}.\t"
                    self.counters[-1] += 1
            elif t == "blockquote_open":
                self.quote += 1
            elif t == "blockquote_close":
                self.quote -= 1
            elif t == "heading_open":
                heading = True
            elif t == "heading_close":
                heading = False
            elif t == "inline":
                style = "Heading 2" if heading else self._paragraph_style()
                p = self.w.par(style)
                if self.lists and not heading:
                    depth = len(self.lists)
                    p.paragraph_format.left_indent = Mm(6 * depth)
                    p.paragraph_format.first_line_indent = Mm(-5)
                    if self.pending_marker:
                        self.w.run(p, self.pending_marker)
                self.pending_marker = None
                self.inline(p, tok.children or [])
            elif t in ("fence", "code_block"):
                for line in tok.content.rstrip("\n").split("\n"):
                    self.w.run(self.w.par("Code Block"), line)
            elif t == "hr":
                p = self.w.par(self.style)
                bdr = _el("w:pBdr")
                bdr.append(_el("w:bottom", val="single", sz="6", space="1", color="999999"))
                _ppr_append(p, bdr)

    def inline(self, p: Paragraph, children: list[Any]) -> None:
        from docx.shared import Pt

        bold = italic = 0
        link: str | None = None
        link_text: list[str] = []
        for tok in children:
            t = tok.type
            if t in ("text", "html_inline", "code_inline", "softbreak"):
                text = " " if t == "softbreak" else tok.content
                if link is not None:
                    link_text.append(text)
                    continue
                run = self.w.run(p, text, bold=bold > 0, italic=italic > 0)
                if t == "code_inline":
                    run.font.name = MONO
                    run.font.size = Pt(9.5)
            elif t == "hardbreak":
                p.add_run().add_break()
            elif t == "strong_open":
                bold += 1
            elif t == "strong_close":
                bold -= 1
            elif t == "em_open":
                italic += 1
            elif t == "em_close":
                italic -= 1
            elif t == "link_open":
                href = tok.attrs.get("href") if tok.attrs else None
                link = d.safe_url(str(href or "")) or ""
                link_text = []
            elif t == "link_close":
                text = "".join(link_text)
                if link:
                    _hyperlink(p, link, text)
                else:
                    self.w.run(p, text)
                link = None


# ------------------------------------------------------------------ rendering


def _drop_template_thumbnail(docx: DocxDocument) -> None:
    """python-docx's template carries a preview picture of some other document, which file
    browsers would show for the brief: leave it out (parts no relationship reaches are not
    written)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    rels = docx.part.package.rels
    for r_id in [r_id for r_id, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
        del rels[r_id]


def render(doc: d.Document) -> bytes:
    """The brief as a .docx file (bytes)."""
    from docx import Document as new_docx

    docx = new_docx()
    _styles(docx, doc.language)
    _page_setup(docx, doc)
    _properties(docx, doc)
    w = _Writer(docx)

    docx.add_paragraph(_x(fold(doc.title)) or "Untitled brief", style="Title")
    if doc.subtitle:
        docx.add_paragraph(_x(fold(doc.subtitle)), style="Subtitle")
    byline = ", ".join(x for x in (fold(doc.author), fold(doc.date)) if x)
    if byline:
        w.run(docx.add_paragraph(), byline, italic=True)
    if doc.bluf.strip():
        docx.add_paragraph(BLUF_HEADING, style="Heading 1")
        w.prose(doc.bluf, style="BLUF")
    for sec in doc.sections:
        w.section(sec)
    if doc.sources:
        docx.add_paragraph("Sources", style="Heading 1")
        for s in doc.sources:
            w.source(s)
    w.notes.attach()
    _drop_template_thumbnail(docx)
    out = io.BytesIO()
    docx.save(out)
    return out.getvalue()
