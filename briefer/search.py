"""The library's search index: every item's searchable text, folded to lower case.

A query matches an item when every word of it occurs in the item's text, speaker, role,
subject, unit, attribution, source title, source id or tags. Two ways to find a word:
- a rare word: ``str.find`` over one joined text (C speed, no per-item Python work); a
  probe that stops after 1,000 matches tells rare words from common ones cheaply, and
  the first rare word of a query cuts the pool for all the others;
- common words: one tight pass over the items still in the running. A query that only extends
the previous one (typing) filters the previous result instead of the whole library.

Ranking (``SearchIndex.ranked``): an item whose own text (text, speaker, role, subject,
unit, attribution) holds every query word comes first; one that needs its note's title,
id or tags for some words next; one whose own text holds none of the words (it matches
only because its note does: ``troops`` and a note tagged troops) is a note-level match,
kept apart so the library can show it as such. Only the items of notes whose head holds a
query word are looked at one by one, so ranking costs little beyond the search itself.
"""

from __future__ import annotations

import gc
from bisect import bisect_right
from collections.abc import Iterable
from typing import Generic, Protocol, TypeVar

from . import model as m

# Between items in the joined text. Query words never contain it (NUL is dropped from
# queries), so no match can span two items; a NUL inside an item's own text is harmless
# because items are told apart by their start offsets, never by splitting.
_SEP = "\x00"


_PROBE = 1000  # a word found in more items than this is common: filter item by item
_BODIES_AFTER = 2000  # ranking more matches than this keeps every item's own text at hand


def _intersect(pool: list[int], found: list[int]) -> list[int]:
    keep = set(found)
    return [i for i in pool if i in keep]


class HitLike(Protocol):
    source: m.Source
    item: m.Item


H = TypeVar("H", bound=HitLike)  # the caller's hit type: ``hits`` are handed back as given


def _head(source: m.Source) -> str:
    return "\n".join([source.title, source.id, *source.tags])


def _own_text(item: m.Item) -> str:
    if isinstance(item, m.Quote):
        return f"{item.text}\n{item.speaker or ''}\n{item.role or ''}"
    if isinstance(item, m.Figure):
        return f"{item.text}\n{item.subject or ''}\n{item.unit or ''}\n{item.attribution or ''}"
    return item.text


def query_words(query: str) -> tuple[str, ...]:
    """The words of a query as the index matches them (case-folded, NUL dropped)."""
    return tuple(query.replace(_SEP, " ").casefold().split())


OWN, PARTLY, NOTE = 0, 1, 2  # ranks: every word in the item's own text / some / none


def rank(source: m.Source, item: m.Item, words: Iterable[str]) -> int:
    """How an item that matches ``words`` matches: OWN, PARTLY or NOTE (see the module)."""
    own = _own_text(item).casefold()
    inside = [w in own for w in words]
    if all(inside):
        return OWN
    return PARTLY if any(inside) else NOTE


def item_text(source: m.Source, item: m.Item) -> str:
    """What a query is matched against, for one item."""
    return f"{_head(source)}\n{_own_text(item)}".casefold()


class SearchIndex(Generic[H]):
    def __init__(self, hits: Iterable[H]):
        self.hits = list(hits)
        gc_was_on = gc.isenabled()
        gc.disable()  # ~100,000 new strings, none of them garbage
        try:
            heads: dict[int, str] = {}
            texts = []
            head_of = []  # each item's note head (one shared string per source)
            for h in self.hits:
                head = heads.get(id(h.source))
                if head is None:  # folded once per source (casefold maps each character alone)
                    head = heads[id(h.source)] = _head(h.source).casefold() + "\n"
                texts.append(head + _own_text(h.item).casefold())
                head_of.append(head)
            self.texts = texts
            self.head_of = head_of
        finally:
            if gc_was_on:
                gc.enable()
        self.blob = _SEP.join(self.texts)
        starts, pos = [], 0
        for text in self.texts:
            starts.append(pos)
            pos += len(text) + 1
        self.starts = starts
        self.by_kind = {
            kind: [i for i, h in enumerate(self.hits) if h.item.kind == kind]
            for kind in m.ITEM_KINDS
        }
        self._last: tuple[tuple[str, ...], str | None, list[int]] | None = None
        self._bodies: list[str] | None = None  # own texts alone, made by the first ranked()

    def search(self, query: str, kind: str | None = None) -> list[int]:
        """Indexes (into ``hits``) of the items matching every word, in library order."""
        words = query_words(query)
        pool: list[int] | None = None if kind is None else self.by_kind.get(kind, [])
        last = self._last
        if (
            last is not None
            and last[1] == kind
            and all(any(old in w for w in words) for old in last[0])
        ):
            pool = last[2]  # a narrower query only filters the previous result
        todo = sorted(set(words), key=len, reverse=True)
        if todo and (pool is None or len(pool) > 256):
            for word in todo:  # a rare word, if any, first: it cuts the pool at C speed
                found = self._find(word, limit=_PROBE)
                if found is not None:
                    pool = found if pool is None else _intersect(pool, found)
                    todo.remove(word)
                    break
        for word in todo:
            if pool is not None and not pool:
                break
            pool = self._scan(word, pool)
        result = list(range(len(self.hits))) if pool is None else pool
        self._last = (words, kind, result)
        return result

    def ranked(self, query: str, kind: str | None = None) -> tuple[list[int], list[int]]:
        """The matches of ``search`` split in two: ``(own, note)``. ``own`` holds the items
        whose own text has every word (library order), then those that need their note's
        head for some words; ``note`` the items whose own text has none of the words."""
        found = self.search(query, kind)
        words = query_words(query)
        if not words:
            return found, []
        texts, head_of = self.texts, self.head_of
        bodies: list[str] | dict[int, str]
        if self._bodies is not None:
            bodies = self._bodies
        elif len(found) > _BODIES_AFTER:  # ~12 ms and ~8 MB once for 75,000 items, then a
            # keystroke's ranking is ~3x cheaper (the TUI's filter)
            bodies = self._bodies = [t[len(h) :] for t, h in zip(texts, head_of, strict=True)]
        else:  # a few matches (`briefer items --search`): cut only theirs
            bodies = {i: texts[i][len(head_of[i]) :] for i in found}
        if len(words) == 1:  # typing: one word, so no "partly"; one pass at C speed
            (w,) = words
            own = [i for i in found if w in bodies[i]]
            if len(own) == len(found):
                return found, []
            mine = set(own)
            return own, [i for i in found if i not in mine]
        # Several words: for each, which found items hold it in their own text (one pass
        # per word); then how many of the words each item's own text holds.
        flags = [[w in bodies[i] for i in found] for w in words]
        held = [sum(t) for t in zip(*flags, strict=True)]
        n = len(words)
        own = [i for i, c in zip(found, held, strict=True) if c == n]
        partly = [i for i, c in zip(found, held, strict=True) if 0 < c < n]
        note = [i for i, c in zip(found, held, strict=True) if not c]
        return own + partly, note

    def _scan(self, word: str, pool: list[int] | None) -> list[int]:
        texts = self.texts
        if pool is None:
            return [i for i, text in enumerate(texts) if word in text]
        return [i for i in pool if word in texts[i]]

    def _find(self, word: str, limit: int) -> list[int] | None:
        """Items containing ``word``, found in the joined text; None once more than
        ``limit`` items match (then a pass over the items is cheaper)."""
        blob, starts, out = self.blob, self.starts, []
        last = len(starts) - 1
        pos = blob.find(word)
        while pos >= 0:
            i = bisect_right(starts, pos) - 1
            out.append(i)
            if len(out) > limit:
                return None
            if i == last:
                break
            pos = blob.find(word, starts[i + 1])
        return out
