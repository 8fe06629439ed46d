"""Title, byline, date and quick takes of an article."""

from __future__ import annotations

import re

from ..model import Take
from ..walk import is_date
from .nlp import byline, find_dates, sentences
from .readers import Article, Block, looks_like_heading

TAKES_HEADING = re.compile(
    r"^\W*(?:quick\s+takes?|key\s+take-?aways?|take-?aways?|key\s+points?|highlights?|"
    r"summary|at\s+a\s+glance|key\s+findings?|in\s+brief|tl;?\s*dr|the\s+big\s+picture|"
    r"what\s+to\s+know|main\s+points?|bottom\s+line)\W*$",
    re.I,
)
_HEAD_BLOCKS = 8  # bylines and dates are looked for near the top only


def title(art: Article) -> str:
    """The headline: the first level-1 heading, else the document's own title (HTML
    <title>, Markdown front matter), else the first heading-like line near the top that is
    no date line, breadcrumb or section label. "" when there is none (a first paragraph is
    never a title: the analyst gives one)."""
    for b in art.blocks:
        if b.kind == "heading" and b.level == 1:
            return _clean(art.text(b))
    if art.meta.get("title"):
        return _clean(art.meta["title"])
    short = ""  # "Energy", "Local News": a label, the title only when nothing better
    for b in art.blocks[:_HEAD_BLOCKS]:
        text = " ".join(art.text(b).split())
        if b.kind == "list":
            continue
        if _headline_like(text):
            return _clean(text)
        if b.kind == "paragraph" and (text[-1:] in '.!?”"' or len(text.split()) > 25):
            break  # the story starts: no headline above it
        if not short and looks_like_heading(text) and len(text.split()) < 4:
            short = "" if byline(text) or _DATE_LINE.match(text) else _clean(text)
    return short


def _headline_like(text: str) -> bool:
    """ "Tariffs will not hurt 47 per cent of exports", not "Energy", "Local News",
    "Published on", "Monday, June 17, 2024" or "HomeNationNo reduction…"."""
    words = text.split()
    if not 4 <= len(words) <= 25 or len(text) > 200 or text[-1:] in '.!?:;,”"’':
        return False
    if re.search(r"[a-z][.!?]\s+[A-Z“\"]", text):
        return False  # two sentences: a paragraph, not a headline
    if re.match(r"\W*(?:by|written by|published|updated|posted)\b", text, re.I):
        return False
    if byline(text) or _DATE_LINE.match(text):
        return False
    if re.search(r"[a-z][A-Z][a-z]+[A-Z]", words[0]):
        return False  # "HomeNationNo": a breadcrumb run together
    return sum(1 for w in words if w[:1].isalpha()) >= 3


_DATE_LINE = re.compile(
    r"\W*(?:date\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{4}-\d\d(?:-\d\d)?|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})"
    r"(?:\W+\S+){0,6}\W*\Z",
    re.I,
)


def _clean(text: str) -> str:
    return " ".join(text.lstrip("#").split())[:300] or "Untitled"


def author(art: Article) -> str | None:
    for b in art.blocks[:_HEAD_BLOCKS]:
        for line in art.text(b).split("\n"):
            name = byline(line)
            if name:
                return name
    return art.meta.get("author")


def published(art: Article) -> str | None:
    """The article's date: the first full date in a short block near the top, or in the
    first words of a lead paragraph (a dateline: "SEOUL, Nov. 28, 2026 – …"), as ISO text;
    else the document's own date."""
    for b in art.blocks[:_HEAD_BLOCKS]:
        if b.kind == "list":
            continue
        end = b.end if b.end - b.start <= 200 else b.start + _DATELINE
        for _s, _e, iso in find_dates(art.body, b.start, end):
            if iso and len(iso) == 10:
                return iso
    raw = art.meta.get("date", "")
    m = re.match(r"\d{4}-\d{2}(?:-\d{2})?", raw)
    return m.group() if m and is_date(m.group()) else None


_DATELINE = 120  # a dateline sits in the first words of a lead paragraph


def takes(art: Article) -> list[Take]:
    """Bullets under a Quick Takes / Key Points / … heading, else the first bullet list."""
    chosen: Block | None = None
    for i, b in enumerate(art.blocks):
        if b.kind == "heading" and TAKES_HEADING.match(art.text(b)):
            for nxt in art.blocks[i + 1 :]:
                if nxt.kind == "heading":
                    break
                if nxt.kind == "list":
                    chosen = nxt
                    break
        if chosen:
            break
    if chosen is None:
        chosen = next((b for b in art.blocks if b.kind == "list"), None)
    if chosen is None:
        return draft_takes(art)
    return [Take(f"t{i}", art.body[s:e], span=(s, e)) for i, (s, e) in enumerate(chosen.items, 1)]


_LEAD_IN = re.compile(  # "SEOUL, Nov. 28, 2026 (Yonhap) -- ", "GOMA, Congo (Reuters) – "
    r"[^\n.!?]{2,80}?\s(?:—|–|--|-)\s+(?=[A-Z])|(?:\s*date\s+\d{4}-\d\d-\d\d\s+)"
)


def draft_takes(art: Article, most: int = 2) -> list[Take]:
    """A prose story has no takes of its own: its lead's first sentences (after any
    dateline) become draft takes, marked ``draft`` for the analyst to rewrite or drop."""
    for b in art.blocks:
        if b.kind != "paragraph":
            continue
        text = art.text(b)
        if len(text.split()) < 15 or byline(text):
            continue
        out: list[Take] = []
        for s, e in sentences(art.body, b.start, b.end):
            lead = _LEAD_IN.match(art.body, s, e) if not out else None
            if lead:
                s = lead.end()
            if len(art.body[s:e].split()) >= 5:
                out.append(Take(f"t{len(out) + 1}", art.body[s:e], span=(s, e), draft=True))
            if len(out) == most:
                break
        return out
    return []
