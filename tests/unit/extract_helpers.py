"""Helpers shared by the speaker tests: extract an article of our own and read one quote."""

from __future__ import annotations

from briefer import model as m
from briefer.extract import extract


def extracted(text: str) -> m.Source:
    """``extract(text)``, checking that every take and quote is the article's own words."""
    src = extract(text)
    body = src.body or ""
    for item in [*src.takes, *src.quotes]:  # never invents
        assert item.span and body[item.span[0] : item.span[1]] == item.text
    return src


def quote_at(src: m.Source, start: str) -> m.Quote:
    """The quote whose text starts with ``start``."""
    return next(q for q in src.quotes if q.text.startswith(start))


def speaker_and_inferred(src: m.Source, start: str) -> tuple[str | None, bool | None]:
    q = quote_at(src, start)
    return q.speaker, q.speaker_inferred
