"""Title, byline, date and quick takes of an article."""

from __future__ import annotations

import re

from ..model import Take
from .nlp import byline, find_dates
from .readers import Article, Block

TAKES_HEADING = re.compile(
    r"^\W*(?:quick\s+takes?|key\s+take-?aways?|take-?aways?|key\s+points?|highlights?|"
    r"summary|at\s+a\s+glance|key\s+findings?|in\s+brief|tl;?\s*dr|the\s+big\s+picture|"
    r"what\s+to\s+know|main\s+points?|bottom\s+line)\W*$",
    re.I,
)
_HEAD_BLOCKS = 8  # bylines and dates are looked for near the top only


def title(art: Article) -> str:
    """The first level-1 heading, else the document's own title (HTML <title>, Markdown
    front matter), else the first line."""
    for b in art.blocks:
        if b.kind == "heading" and b.level == 1:
            return _clean(art.text(b))
    if art.meta.get("title"):
        return _clean(art.meta["title"])
    for b in art.blocks:
        first = art.text(b).strip().split("\n", 1)[0]
        if first.strip():
            return _clean(first)
    return "Untitled"


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
    """The first full date near the top (in a short block), as ISO text."""
    for b in art.blocks[:_HEAD_BLOCKS]:
        if b.kind == "list" or b.end - b.start > 200:
            continue
        for _s, _e, iso in find_dates(art.body, b.start, b.end):
            if iso:
                return iso
    raw = art.meta.get("date", "")
    m = re.match(r"\d{4}-\d{2}(?:-\d{2})?", raw)
    return m.group() if m else None


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
        return []
    return [Take(f"t{i}", art.body[s:e], span=(s, e)) for i, (s, e) in enumerate(chosen.items, 1)]
