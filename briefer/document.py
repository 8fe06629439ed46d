"""Brief + workspace → a resolved document: the one input of every renderer.

The document holds what a reader sees and nothing a renderer has to look up: the brief's
title block and marking, the BLUF, sections of blocks (a take, a quote, a figure or the
analyst's prose) and, for every cited block, one citation with a footnote label that is
unique across the brief and stable between runs. Sources are numbered in order of first
citation and carry the Admiralty grades of the items cited from them.

Text is kept as written, except that control characters (which no format can show and
YAML can only carry through escapes) become visible placeholders. Escaping is the
renderers' business: each one owns its format. Which text is Markdown:

- ``bluf`` and prose entries are the analyst's Markdown (PRODUCT.md: "Markdown allowed");
- everything else — item text, speakers, roles, subjects, units, attributions, source
  fields, headings, the title block and the analyst's *comments* — is literal text. Comments
  are literal on purpose: they sit inside a cited item's block (a list item, a quote's
  attribution), where block-level Markdown cannot be contained, and a comment is read as a
  gloss on the item, not as a document of its own.

A reference to a missing source or item is an error naming the brief's ``path:line:col``;
every such reference is reported at once, never skipped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import model as m
from .errors import BrieferError, Problem
from .workspace import Workspace

# Bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069) are shown too: in an
# export they would reorder what the reader sees ("Trojan Source"), as the TUI already shows.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")
SAFE_SCHEMES = ("http://", "https://", "mailto:", "ftp://")


class ResolveError(BrieferError):
    """The brief cites something the workspace does not have."""

    def __init__(self, problems: list[Problem], notes: list[str] | None = None):
        self.problems = problems
        lines = [str(p) for p in problems] + list(notes or [])
        super().__init__("\n".join(lines))


def clean(text: str | None) -> str:
    """Control characters (other than tab and newline) and bidi controls as visible
    placeholders (``␛``, ``<U+202E>``); CRLF → LF."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(_placeholder, text)


def _placeholder(mt: re.Match[str]) -> str:
    code = ord(mt.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code >= 0x202A:
        return f"<U+{code:04X}>"
    return "\N{REPLACEMENT CHARACTER}"


def safe_url(url: str | None) -> str | None:
    """The URL when it is an ordinary web or mail address; None for anything else
    (``javascript:``, ``data:``, ``file:``, relative paths, whitespace or control chars)."""
    if not url:
        return None
    url = url.strip()
    if any(ch.isspace() or ord(ch) < 0x20 or ch in "<>\"'`\\" for ch in url):
        return None
    return url if url.lower().startswith(SAFE_SCHEMES) else None


# ------------------------------------------------------------------ the document


@dataclass(slots=True)
class DocSource:
    number: int
    id: str
    title: str
    publisher: str
    author: str
    published: str
    accessed: str
    url: str  # as written (shown as text)
    link: str | None  # safe to link to, or None
    grade: str  # source reliability A-F
    cited: list[tuple[str, str]] = field(default_factory=list)  # (item id, admiralty grade)
    identifier: str = ""  # DOI, report number, ISBN… as written
    kind: str = ""  # article | report | interview | dataset | other, or ""
    # ICD 206 (#14): where an archived copy is, what kind of source, what it is worth
    archived_url: str = ""  # as written
    archive_link: str | None = None  # safe to link to, or None
    source_type: str = ""  # official | public | open source | commercial | other, or ""
    descriptor: str = ""
    marking: str = ""  # the note's TLP marking, "" when unmarked
    graded: bool = True  # False: no reliability given (grade F by default)
    show_ids: bool = False  # print internal ids (source/item) in footnotes and Sources


@dataclass(slots=True)
class Citation:
    label: str  # footnote label: unique in the brief, stable between runs
    number: int  # 1-based, in reading order
    ref: str  # "source/item"
    grade: str  # Admiralty grade of the item, e.g. "C3"
    source: DocSource
    page: int | None = None  # the item's page in its source (ICD 206 citations), if known


@dataclass(slots=True)
class Take:
    kind = "take"
    text: str
    citation: Citation
    comment: str = ""
    confidence: str = ""
    # portion marking (#14): the entry's, else its source's (prose: the brief's); "" none
    marking: str = ""
    at: tuple[int, int] = (0, 0)  # (line, col) of the entry in the brief file
    portion: str = ""  # the portion mark printed before it, "(TLP:AMBER)" (portion_marks)


@dataclass(slots=True)
class Quote:
    kind = "quote"
    text: str
    speaker: str
    role: str
    date: str
    citation: Citation
    comment: str = ""
    confidence: str = ""
    # portion marking (#14): the entry's, else its source's (prose: the brief's); "" none
    marking: str = ""
    at: tuple[int, int] = (0, 0)  # (line, col) of the entry in the brief file
    portion: str = ""  # the portion mark printed before it, "(TLP:AMBER)" (portion_marks)

    @property
    def attribution(self) -> str:
        """ "Xavier Brunson, Army Gen., commander of U.S. Forces Korea (2026-11)"."""
        who = ", ".join(p for p in (self.speaker, self.role) if p) or "unnamed speaker"
        return f"{who} ({self.date})" if self.date else who


@dataclass(slots=True)
class Figure:
    kind = "figure"
    amount: str  # "about 15,000 soldiers"
    subject: str
    as_of: str
    attribution: str
    citation: Citation
    comment: str = ""
    confidence: str = ""
    # portion marking (#14): the entry's, else its source's (prose: the brief's); "" none
    marking: str = ""
    at: tuple[int, int] = (0, 0)  # (line, col) of the entry in the brief file
    portion: str = ""  # the portion mark printed before it, "(TLP:AMBER)" (portion_marks)

    @property
    def context(self) -> str:
        """ "as of 2026-11, according to South Korean intelligence" (may be empty)."""
        parts = []
        if self.as_of:
            parts.append(f"as of {self.as_of}")
        if self.attribution:
            parts.append(f"according to {self.attribution}")
        return ", ".join(parts)


@dataclass(slots=True)
class Prose:
    kind = "prose"
    text: str  # the analyst's Markdown
    # portion marking (#14): the entry's, else its source's (prose: the brief's); "" none
    marking: str = ""
    at: tuple[int, int] = (0, 0)  # (line, col) of the entry in the brief file


Block = Take | Quote | Figure | Prose
Cited = Take | Quote | Figure


@dataclass(slots=True)
class DocSection:
    heading: str
    blocks: list[Block] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    title: str
    subtitle: str
    author: str
    date: str
    marking: str  # the brief's TLP marking, "" when it has none
    bluf: str  # Markdown
    sections: list[DocSection]
    citations: list[Citation]
    sources: list[DocSource]
    # Markdown citations: "footnotes" (default) or "pandoc" ([@source-id] + bibliography)
    citation_style: str = "footnotes"
    # BCP 47 tag of the brief's text: <html lang>, typst's text(lang:, region:), DOCX language
    language: str = m.DEFAULT_LANGUAGE
    # PDF standards beyond PDF/UA-1 (always on): "a-2b" for PDF/A-2b, else ""
    pdf_standard: str = ""
    # Tradecraft (#14, briefer.tradecraft): the BLUF's portion marking, export options,
    # and the marking of every source or item the analyst's text mentions by id
    bluf_marking: str = ""
    portion_marks: bool = False  # "(TLP:AMBER)" before each portion
    likelihood_ranges: bool = False  # "likely (55-80 %)" at the first use of each term
    show_ids: bool = False  # internal ids in footnotes and Sources (drafts)
    mentioned: dict[str, str] = field(default_factory=dict)  # "src/item" or "src" → marking
    audience: str = ""  # the TLP level the document was filtered for, "" when not
    bluf_at: tuple[int, int] = (0, 0)  # (line, col) of the BLUF in the brief file

    def cited_blocks(self) -> list[Cited]:
        return [b for s in self.sections for b in s.blocks if not isinstance(b, Prose)]


# -------------------------------------------------------------------- resolving


def figure_amount(fig: m.Figure) -> str:
    """ "approximately 15,000 soldiers": the qualifier as the source wrote it."""
    parts = [fig.qualifier or "", m.format_number(fig.value), clean(fig.unit)]
    return " ".join(p for p in parts if p)


def _label(ref: m.Ref, used: set[str]) -> str:
    # ids are [a-z0-9-]: "." cannot occur in them, so source.item never collides
    base = f"{ref.source}.{ref.item}"
    label, n = base, 2
    while label in used:
        label, n = f"{base}-{n}", n + 1
    used.add(label)
    return label


def resolve(ws: Workspace, brief: m.Brief, brief_path: Path | str) -> Document:
    """Resolve every reference of ``brief`` against ``ws``; raise ResolveError listing
    every reference that points nowhere."""
    path = str(brief_path)
    problems: list[Problem] = []
    sources: dict[str, DocSource] = {}
    citations: list[Citation] = []
    used: set[str] = set()
    lines: list[str] | None = None
    show_ids = _option(brief.show_ids, ws.settings.show_ids)

    def context(line: int) -> str | None:
        nonlocal lines
        if lines is None:
            try:
                lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
            except (OSError, UnicodeError):
                lines = []
        return lines[line - 1] if 0 < line <= len(lines) else None

    sections = []
    for sec in brief.sections:
        blocks: list[Block] = []
        for entry in sec.entries:
            at = entry.pos.get("", (0, 0))
            if entry.ref is None:
                blocks.append(Prose(clean(entry.text), entry.marking or brief.marking or "", at))
                continue
            src = ws.sources.get(entry.ref.source)
            item = src.item(entry.ref.item) if src else None
            if src is None or item is None:
                line, col = entry.pos.get("ref", entry.pos.get("", (1, 1)))
                what = (
                    f"unknown source '{entry.ref.source}'"
                    if src is None
                    else f"source '{src.id}' has no item '{entry.ref.item}'"
                )
                problems.append(
                    Problem(path, line, col, f"reference {entry.ref}: {what}", context(line))
                )
                continue
            doc_src = sources.get(src.id) or doc_source(src, len(sources) + 1)
            doc_src.show_ids = show_ids
            sources[src.id] = doc_src
            grade = m.admiralty(src, item)
            doc_src.cited.append((item.id, grade))
            cit = Citation(
                _label(entry.ref, used), len(citations) + 1, str(entry.ref), grade, doc_src
            )
            cit.page = item.page
            citations.append(cit)
            block = cited_block(item, cit, clean(entry.comment), entry.confidence or "")
            block.marking, block.at = ref_marking(entry, src), at
            blocks.append(block)
        sections.append(DocSection(clean(sec.heading), blocks))
    if problems:
        notes = []
        if ws.errors:
            notes.append(
                "note: some source notes could not be read (run `briefer check` for details):"
            )
            notes += [f"  {p.path}:{p.line}:{p.col}: {p.message}" for p in ws.errors[:10]]
        raise ResolveError(problems, notes)
    if (brief.changes_since or ws.settings.changes_since) == "last-edition":
        # "Changes since the last edition" (#16) opens the brief; it reads the snapshots
        from .editions.changes import changes_section

        sections.insert(0, changes_section(ws, brief, brief_path))
    return Document(
        clean(brief.title),
        clean(brief.subtitle),
        clean(brief.author),
        clean(brief.date),
        brief.marking or "",
        clean(brief.bluf),
        sections,
        citations,
        list(sources.values()),
        citation_style=brief.citations or ws.settings.citations or "footnotes",
        language=brief.language or ws.settings.language or m.DEFAULT_LANGUAGE,
        pdf_standard=_pdf_standard(brief.pdf_standard or ws.settings.pdf_standard),
        bluf_marking=brief.bluf_marking or brief.marking or "",
        portion_marks=_option(brief.portion_marks, ws.settings.portion_marks),
        likelihood_ranges=_option(brief.likelihood_ranges, ws.settings.likelihood_ranges),
        show_ids=show_ids,
        mentioned=_mentioned(ws, brief),
        bluf_at=brief.pos.get("bluf", (0, 0)),
    )


def _option(mine: bool | None, workspace: bool | None) -> bool:
    """A brief's yes/no export option: the brief's value, else briefer.yaml's, else no."""
    return bool(mine if mine is not None else workspace)


def ref_marking(entry: m.Entry, src: m.Source) -> str:
    """A reference entry's portion marking: its own ``marking:`` or its source's, whichever
    is more restrictive (an entry can raise its item's marking, never lower it: BRF019)."""
    marks = [mk for mk in (entry.marking, src.marking) if mk]
    return max(marks, key=m.marking_rank) if marks else ""


def _mentioned(ws: Workspace, brief: m.Brief) -> dict[str, str]:
    """Sources and items the BLUF, prose and comments cite by id, with their markings."""
    from .tradecraft.mentions import mentions

    texts = [brief.bluf] + [
        t for s in brief.sections for e in s.entries for t in (e.text, e.comment)
    ]
    out: dict[str, str] = {}
    for text in texts:
        for mt in mentions(text or ""):
            src = ws.sources.get(mt.source)
            if src is not None and (mt.item is None or src.item(mt.item) is not None):
                out[mt.key] = src.marking or ""
    return out


def _pdf_standard(name: str | None) -> str:
    """The extra PDF standard asked for ("" for plain PDF/UA-1)."""
    return name if name and name != "ua-1" else ""


def doc_source(src: m.Source, number: int) -> DocSource:
    """A source as the document lists it (number ``number``), its text cleaned."""
    return DocSource(
        number,
        src.id,
        clean(src.title),
        clean(src.publisher),
        clean(src.author),
        clean(src.published),
        clean(src.accessed),
        clean(src.url),
        safe_url(src.url),
        src.grade,
        identifier=clean(src.identifier),
        kind=src.kind or "",
        archived_url=clean(src.archived_url),
        archive_link=safe_url(src.archived_url),
        source_type=src.source_type or "",
        descriptor=clean(src.descriptor),
        marking=src.marking or "",
        graded=src.reliability is not None,
    )


def cited_block(item: m.Item, cit: Citation, comment: str, confidence: str) -> Cited:
    """An item as a block of the document (also the citation the TUI copies with ``y``)."""
    if isinstance(item, m.Take):
        return Take(clean(item.text), cit, comment, confidence)
    if isinstance(item, m.Quote):
        return Quote(
            clean(item.text),
            clean(item.speaker),
            clean(item.role),
            clean(item.date),
            cit,
            comment,
            confidence,
        )
    return Figure(
        figure_amount(item),
        clean(item.subject),
        clean(item.as_of),
        clean(item.attribution),
        cit,
        comment,
        confidence,
    )


def footnote_parts(cit: Citation) -> tuple[str, str]:
    """The footnote of a citation as (source title, rest), the title to be set in quotes
    or italics by the renderer: ("…title…", "Sample Defense Review, 2026-11-20. Grade C3
    (source 1)."); the internal id is added, "(source 1: nk-artillery-2026/t1)", only
    when the brief asks for ids (``show_ids: true``, for drafts)."""
    s = cit.source
    page = f"p. {cit.page}" if cit.page is not None else ""
    where = ", ".join(p for p in (s.publisher, s.published, page) if p)
    rest = f"{where}. " if where else ""
    which = f"source {s.number}: {cit.ref}" if s.show_ids else f"source {s.number}"
    return s.title, f"{rest}Grade {cit.grade} ({which})."


def source_details(s: DocSource) -> list[str]:
    """Publisher, author, identifier, type, dates, archived copy and descriptor of a
    source (what an ICD 206 citation holds), as separate phrases."""
    parts = [p for p in (s.publisher, s.author, s.identifier) if p]
    if s.source_type:
        parts.append(f"{s.source_type} source")
    if s.published:
        parts.append(f"published {s.published}")
    if s.accessed:
        parts.append(f"accessed {s.accessed}")
    if s.archived_url:
        parts.append(f"archived at {s.archived_url}")
    if s.descriptor:
        parts.append(" ".join(s.descriptor.split()).rstrip("."))
    return parts


def grades_line(s: DocSource) -> str:
    """ "Source grade C; 3 items cited (C3 ×2, C)." — with ``show_ids`` (drafts) the
    items by id: "Source grade C; cited: t1 C3, t4 C3, q1 C."; an ungraded source (no
    ``reliability``) reads "Source not graded (F)"."""
    head = f"Source grade {s.grade}" if s.graded else f"Source not graded ({s.grade})"
    if s.show_ids:
        return head + "; cited: " + ", ".join(f"{item} {grade}" for item, grade in s.cited) + "."
    counts: dict[str, int] = {}
    for _, grade in s.cited:
        counts[grade] = counts.get(grade, 0) + 1
    grades = ", ".join(f"{g} ×{n}" if n > 1 else g for g, n in counts.items())
    n = len(s.cited)
    return f"{head}; {n} item{'s' if n != 1 else ''} cited ({grades})."
