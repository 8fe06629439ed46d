"""CSL JSON export: the brief's cited sources as Citation Style Language items.

The list Zotero, Pandoc (``--citeproc``), Mendeley and most reference managers read. One
item per cited source, in order of first citation, with the source id as the item ``id``
(so ``[@source-id]`` in the Markdown export finds it). Dates are CSL ``date-parts`` when
they are ISO dates and ``raw`` otherwise; an ``identifier`` that is a DOI becomes ``DOI``,
an ISBN ``ISBN``, anything else (a report number) ``number``. Names are split into family
and given where the form is clear ("Doe, Jane"; "Jane Doe") and kept whole (``literal``)
otherwise, so an organisation is never turned into a person.

Also used in reverse by :mod:`briefer.refs` (``csl_date``/``doi_of`` share the rules).
"""

from __future__ import annotations

import json
import re
from typing import Any

from .. import document as d

# briefer source kind → CSL item type
CSL_TYPES = {
    "article": "article",
    "report": "report",
    "interview": "interview",
    "dataset": "dataset",
    "other": "document",
}
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")
_DOI = re.compile(r"(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+)\Z", re.IGNORECASE)
_ISBN = re.compile(r"(?:ISBN(?:-1[03])?:?\s*)?((?:97[89][- ]?)?(?:\d[- ]?){9}[\dX])\Z", re.I)
# Words that say a name is an organisation, not a person.
_ORG_WORDS = re.compile(
    r"\b(staff|team|office|ministry|agency|institute|center|centre|council|committee|"
    r"department|service|group|news|press|reuters|bureau|university|foundation|"
    r"association|inc|ltd|llc|gmbh|corp|company|review|times|journal|desk)\b",
    re.IGNORECASE,
)


def csl_date(text: str) -> dict[str, Any] | None:
    """ "2026-11-20" → ``{"date-parts": [[2026, 11, 20]]}``; other text → ``{"raw": …}``."""
    text = text.strip()
    if not text:
        return None
    mt = _ISO_DATE.match(text)
    if not mt:
        return {"raw": text}
    return {"date-parts": [[int(p) for p in mt.groups() if p is not None]]}


def doi_of(identifier: str) -> str | None:
    """The DOI in ``identifier`` ("10.1000/x", "doi:10.1000/x", a doi.org URL) or None."""
    mt = _DOI.match(identifier.strip())
    return mt.group(1) if mt else None


def isbn_of(identifier: str) -> str | None:
    mt = _ISBN.match(identifier.strip())
    return mt.group(1) if mt else None


def csl_names(text: str) -> list[dict[str, str]]:
    """ "Jane Doe; John Smith" / "Doe, Jane and Smith, John" → CSL name objects."""
    text = text.strip()
    if not text:
        return []
    if ";" in text:
        parts = text.split(";")
    elif " and " in text:
        parts = text.split(" and ")
    else:
        parts = [text]
    names = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if _ORG_WORDS.search(part) or any(ch.isdigit() for ch in part):
            names.append({"literal": part})
        elif part.count(",") == 1:
            family, given = (x.strip() for x in part.split(","))
            names.append({"family": family, "given": given} if given else {"literal": family})
        elif "," not in part and 2 <= len(words := part.split()) <= 4:
            names.append({"family": words[-1], "given": " ".join(words[:-1])})
        else:
            names.append({"literal": part})
    return names


def csl_item(s: d.DocSource) -> dict[str, Any]:
    """One source as a CSL JSON item."""
    item: dict[str, Any] = {"id": s.id, "type": CSL_TYPES.get(s.kind, "document")}
    item["title"] = s.title
    if s.author:
        item["author"] = csl_names(s.author)
    if s.publisher:  # an article's publisher is the outlet it appeared in
        item["container-title" if s.kind in ("article", "") else "publisher"] = s.publisher
    for key, value in (("issued", s.published), ("accessed", s.accessed)):
        date = csl_date(value)
        if date:
            item[key] = date
    if s.link:
        item["URL"] = s.link
    if s.identifier:
        if doi := doi_of(s.identifier):
            item["DOI"] = doi
        elif isbn := isbn_of(s.identifier):
            item["ISBN"] = isbn
        else:
            item["number"] = s.identifier
    note = d.grades_line(s)  # item ids only with show_ids, as in the other formats
    if s.url and not s.link:  # not a web address (javascript:, a path…): text, never a link
        note += f" Location as given: {s.url}"
    item["note"] = note
    return item


def items(doc: d.Document) -> list[dict[str, Any]]:
    return [csl_item(s) for s in doc.sources]


def render(doc: d.Document) -> str:
    """The cited sources as a CSL JSON array (UTF-8 text, one item per source)."""
    return json.dumps(items(doc), ensure_ascii=False, indent=2) + "\n"


def bibliography_name(doc: d.Document) -> str:
    """The CSL JSON file the Markdown export's ``bibliography:`` line names, written beside
    it (the same name ``briefer export -f csl-json`` uses by default)."""
    from . import FORMATS, safe_stem

    return f"{safe_stem(doc.title)}{FORMATS['csl-json']}"
