"""Reading reference files: CSL JSON (Zotero, Better BibTeX, Pandoc, Mendeley) and
BibTeX/BibLaTeX (bibtexparser 2) → :class:`Reference` records.

Only bibliographic facts are read: title, authors, the outlet or publisher, dates, URL and
an identifier (DOI first, else ISBN, else a report number). Zotero annotations and child
notes, when the CSL JSON carries them (``notes`` or ``annotations`` lists), become draft
items: a highlighted passage is a quote (verbatim text of the work, speaker left for the
analyst), a comment or note paragraph a take. Nothing is invented: a date that is not an
ISO date (``Spring 2024``) is left out and reported, never guessed.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Problem
from ..walk import is_date

# CSL item type → briefer source kind
KINDS = {
    "article": "article",
    "article-journal": "article",
    "article-magazine": "article",
    "article-newspaper": "article",
    "post": "article",
    "post-weblog": "article",
    "webpage": "article",
    "report": "report",
    "interview": "interview",
    "dataset": "dataset",
}
# BibTeX entry type → CSL-like type (then KINDS)
BIBTEX_TYPES = {
    "article": "article-journal",
    "online": "webpage",
    "electronic": "webpage",
    "www": "webpage",
    "techreport": "report",
    "report": "report",
    "dataset": "dataset",
    "data": "dataset",
}
_ISO_PREFIX = re.compile(r"(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?")
_TAGS = re.compile(r"<[^>]*>")
_HIGHLIGHT = re.compile(r'<span[^>]*class="[^"]*highlight[^"]*"[^>]*>(.*?)</span>', re.S)
_CITATION = re.compile(r'<span[^>]*class="[^"]*citation[^"]*"[^>]*>.*?</span>', re.S)
_PARAGRAPHS = re.compile(
    r"<(?:p|li|h[1-6]|blockquote)\b[^>]*>(.*?)</(?:p|li|h[1-6]|blockquote)>", re.S
)
_QUOTES = "\"'“”‘’«»„"


@dataclass(slots=True)
class Annotation:
    kind: str  # "take" | "quote"
    text: str
    page: int | None = None


@dataclass(slots=True)
class Reference:
    """One reference as read from the file (``line``: where it starts, 1-based)."""

    key: str
    line: int
    title: str = ""
    kind: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None
    accessed: str | None = None
    url: str | None = None
    identifier: str | None = None
    annotations: list[Annotation] = field(default_factory=list)

    @property
    def doi(self) -> str | None:
        from ..render.csl import doi_of

        return doi_of(self.identifier) if self.identifier else None


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def _text(value: Any) -> str | None:
    """One line of text, control characters dropped; None when empty."""
    if value is None:
        return None
    text = " ".join(_CONTROL.sub("", str(value)).split())
    return text or None


# The rich-text markup CSL allows in titles (<i>, <b>, <sup>, <sub>, small-caps spans).
_CSL_MARKUP = re.compile(r"</?(?:i|b|sup|sub|span(?:\s+style=\"[^\"]*\")?)>")


def _rich(value: Any) -> str | None:
    """A CSL title without its formatting tags: "<i>Nature</i> notes" → "Nature notes"."""
    return _text(_CSL_MARKUP.sub("", value)) if isinstance(value, str) else _text(value)


def iso_date(parts: list[Any]) -> str | None:
    """[2026, 11, 20] → "2026-11-20" (only a day that exists); None otherwise."""
    try:
        nums = [int(p) for p in parts[:3]]
    except (TypeError, ValueError):
        return None
    if not nums:
        return None
    text = f"{nums[0]:04d}" + "".join(f"-{n:02d}" for n in nums[1:])
    return text if is_date(text) else None


def date_from_text(raw: str) -> str | None:
    """An ISO date from "2026-11-20", "2026/11/20", "2026-11" or "2026" (a time after it,
    "2026-11-20T08:15:00Z", is dropped); None otherwise."""
    mt = _ISO_PREFIX.fullmatch(re.split(r"[T ](?=\d{1,2}:)", raw.strip(), maxsplit=1)[0])
    return iso_date([g for g in mt.groups() if g]) if mt else None


# ----------------------------------------------------------------- CSL JSON


def _csl_date(value: Any) -> tuple[str | None, str | None]:
    """(ISO date, the text as written when it is not one)."""
    if isinstance(value, str):
        return date_from_text(value), (None if date_from_text(value) else value)
    if not isinstance(value, dict):
        return None, None
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list):
        got = iso_date(parts[0])
        if got:
            return got, None
    for key in ("raw", "literal"):
        if isinstance(value.get(key), str):
            got = date_from_text(value[key])
            return got, (None if got else value[key])
    return None, json.dumps(value, ensure_ascii=False)[:60]


def csl_names(value: Any) -> str | None:
    """CSL name objects → "Jane Doe; John Smith" (literal names kept whole)."""
    if not isinstance(value, list):
        return None
    out = []
    for name in value:
        if not isinstance(name, dict):
            continue
        if name.get("literal"):
            out.append(str(name["literal"]))
            continue
        parts = [name.get(k) for k in ("given", "non-dropping-particle", "family", "suffix")]
        text = " ".join(str(p) for p in parts if p)
        if text:
            out.append(text)
    return _text("; ".join(out))


def _html_text(fragment: str) -> str:
    return " ".join(html.unescape(_TAGS.sub(" ", fragment)).split())


def note_annotations(note_html: str) -> list[Annotation]:
    """A Zotero child note (HTML; "Add Note from Annotations" writes one paragraph per
    annotation: highlight, citation, comment) → quotes and takes."""
    out: list[Annotation] = []
    paras = _PARAGRAPHS.findall(note_html) or [note_html]
    for para in paras:
        highlights = _HIGHLIGHT.findall(para)
        rest = _HIGHLIGHT.sub(" ", _CITATION.sub(" ", para))
        page = None
        cite = _CITATION.search(para)
        if cite:
            mt = re.search(r"\bp+\.\s*(\d+)", _html_text(cite.group()))
            page = int(mt.group(1)) if mt else None
        for h in highlights:
            text = _html_text(h).strip(_QUOTES + " ")
            if text:
                out.append(Annotation("quote", text, page))
        comment = _html_text(rest)
        if comment:
            out.append(Annotation("take", comment, page))
    return out


def _annotations(item: dict[str, Any]) -> list[Annotation]:
    out: list[Annotation] = []
    for ann in item.get("annotations") or []:
        if not isinstance(ann, dict):
            continue
        text = _text(ann.get("annotationText") or ann.get("text"))
        comment = _text(ann.get("annotationComment") or ann.get("comment"))
        label = ann.get("annotationPageLabel") or ann.get("pageLabel") or ann.get("page")
        digits = str(label or "")
        page = int(digits) if digits.isdigit() else None
        if text:
            out.append(Annotation("quote", text.strip(_QUOTES + " "), page))
        if comment:
            out.append(Annotation("take", comment, page))
    for note in item.get("notes") or []:
        body = note.get("note") if isinstance(note, dict) else note
        if isinstance(body, str) and body.strip():
            out.extend(note_annotations(body))
    return out


def _line_of(text: str, key: str, start: int) -> tuple[int, int]:
    """Line of the item whose ``"id"`` is ``key`` (searching from ``start``) and the offset."""
    mt = re.compile(r'"id"\s*:\s*' + re.escape(json.dumps(key))).search(text, start)
    if mt is None:
        return 1, start
    return text.count("\n", 0, mt.start()) + 1, mt.end()


def read_csl(text: str, name: str) -> tuple[list[Reference], list[Problem]]:
    problems: list[Problem] = []
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        quoted = text.splitlines()[e.lineno - 1] if text.splitlines() else None
        return [], [Problem(name, e.lineno, e.colno, f"not valid JSON: {e.msg}", quoted)]
    if isinstance(data, dict):
        data = data.get("items", [data]) if "id" not in data else [data]
    if not isinstance(data, list):
        return [], [Problem(name, 1, 1, "expected a CSL JSON array of references")]
    refs, offset = [], 0
    for n, item in enumerate(data, 1):
        if not isinstance(item, dict):
            problems.append(Problem(name, 1, 1, f"reference {n} is not a JSON object"))
            continue
        key = str(item.get("citation-key") or item.get("id") or "").strip()
        line, offset = _line_of(text, str(item.get("id", "")), offset)
        if not key:
            problems.append(Problem(name, line, 1, f"reference {n} has no 'id'"))
            continue
        ref = Reference(key, line, title=_rich(item.get("title")) or "")
        csl_type = str(item.get("type") or "")
        ref.kind = KINDS.get(csl_type, "other") if csl_type else None
        ref.author = csl_names(item.get("author")) or csl_names(item.get("editor"))
        outlet = _rich(item.get("container-title"))
        pub = _text(item.get("publisher"))
        ref.publisher = (outlet or pub) if ref.kind == "article" else (pub or outlet)
        for attr, key_ in (("published", "issued"), ("accessed", "accessed")):
            got, bad = _csl_date(item.get(key_))
            setattr(ref, attr, got)
            if bad:
                problems.append(
                    Problem(
                        name, line, 1, f"warning: {key}: '{key_}' {bad!r} is not a date; left out"
                    )
                )
        ref.url = _text(item.get("URL"))
        ref.identifier = (
            _text(item.get("DOI"))
            or (f"ISBN {isbn}" if (isbn := _text(item.get("ISBN"))) else None)
            or _text(item.get("number"))
        )
        ref.annotations = _annotations(item)
        refs.append(ref)
    return refs, problems


# ------------------------------------------------------------------- BibTeX


def _latex(text: str) -> str:
    from pylatexenc.latex2text import LatexNodes2Text

    return " ".join(LatexNodes2Text().latex_to_text(text).split())


def _verbatim(text: str) -> str:
    """A URL or DOI as BibTeX writes it: only the escapes ``\\%``, ``\\_``, ``\\&``, ``\\#``
    undone (never LaTeX-decoded: ``&`` and ``~`` are part of addresses)."""
    return re.sub(r"\\([%_&#$])", r"\1", text.strip().strip("{}")).strip()


def _bib_names(value: Any) -> str | None:
    if not isinstance(value, list):
        return _text(_latex(str(value))) if value else None
    out = []
    for name in value:
        parts = [*name.first, *name.von, *name.last] if hasattr(name, "first") else [str(name)]
        text = _latex(" ".join(parts))
        if getattr(name, "jr", None):
            text += ", " + _latex(" ".join(name.jr))
        if text:
            out.append(text)
    return _text("; ".join(out))


def read_bibtex(text: str, name: str) -> tuple[list[Reference], list[Problem]]:
    import bibtexparser
    from bibtexparser.middlewares import MonthIntMiddleware, SeparateCoAuthors, SplitNameParts

    # the documented name; bibtexparser's __init__ imports it without listing it in __all__
    lib = bibtexparser.parse_string(  # type: ignore[attr-defined]
        text, append_middleware=[MonthIntMiddleware(True), SeparateCoAuthors(), SplitNameParts()]
    )
    lines = text.splitlines()
    problems = []
    for block in lib.failed_blocks:
        line = (block.start_line or 0) + 1
        kind = type(block).__name__
        if kind == "DuplicateBlockKeyBlock":
            why = f"a second entry with the key '{getattr(block, 'key', '?')}'"
        elif kind == "ParsingFailedBlock":
            why = "not a complete entry (unbalanced braces or quotes, or a missing comma?)"
        else:
            why = "could not be read"
        problems.append(
            Problem(
                name, line, 1, f"skipped: {why}", lines[line - 1] if line <= len(lines) else None
            )
        )
    refs = []
    for entry in lib.entries:
        f = {fld.key.lower(): fld.value for fld in entry.fields}
        line = (entry.start_line or 0) + 1
        ref = Reference(entry.key, line, title=_latex(str(f.get("title", ""))))
        ref.kind = KINDS.get(BIBTEX_TYPES.get(entry.entry_type.lower(), ""), "other")
        ref.author = _bib_names(f.get("author")) or _bib_names(f.get("editor"))
        outlet = f.get("journaltitle") or f.get("journal") or f.get("booktitle")
        pub = f.get("publisher") or f.get("institution") or f.get("organization")
        pick = (outlet or pub) if ref.kind == "article" else (pub or outlet)
        ref.publisher = _text(_latex(str(pick))) if pick else None
        if f.get("date"):
            ref.published = date_from_text(str(f["date"]))
        elif f.get("year"):
            month = f.get("month")
            parts = [f["year"], *([month] if isinstance(month, int) else [])]
            ref.published = iso_date(parts)
        if (f.get("date") or f.get("year")) and not ref.published:
            problems.append(
                Problem(
                    name, line, 1, f"warning: {entry.key}: the date is not YYYY[-MM[-DD]]; left out"
                )
            )
        if f.get("urldate"):
            ref.accessed = date_from_text(str(f["urldate"]))
        if f.get("url"):
            ref.url = _verbatim(str(f["url"]))
        doi = _verbatim(str(f["doi"])) if f.get("doi") else None
        isbn = _text(f.get("isbn"))
        number = _text(_latex(str(f["number"]))) if f.get("number") else None
        report = ref.kind == "report"
        ref.identifier = doi or (f"ISBN {isbn}" if isbn else None) or (number if report else None)
        refs.append(ref)
    return refs, problems


# ------------------------------------------------------------------ any file


def read_references(path: Path, fmt: str | None = None) -> tuple[list[Reference], list[Problem]]:
    """The references in ``path``; ``fmt`` "csl" or "bibtex", else from the suffix or the
    first character (``[``/``{`` → CSL JSON, ``@`` → BibTeX)."""
    from ..yamlio import decode, read_bytes

    text = decode(read_bytes(path), str(path))
    if fmt is None:
        suffix = path.suffix.lower()
        if suffix == ".json":
            fmt = "csl"
        elif suffix in (".bib", ".bibtex", ".biblatex"):
            fmt = "bibtex"
        else:
            fmt = "csl" if text.lstrip()[:1] in ("[", "{") else "bibtex"
    if fmt == "csl":
        return read_csl(text, str(path))
    return read_bibtex(text, str(path))
