"""The same article imported twice: find the note it already is, and update that note in
place instead of making a second one.

- ``find_existing(source, folder)`` → ``(path, reason)`` of the note with the same URL or
  the same text (whitespace aside), or None. Notes are only parsed when a cheap look at
  their bytes says they may match, so a folder of thousands of notes stays quick.
- ``merge(old, new)`` → the old note with the new body: every item the note has is kept
  as it is (grades, speakers, edits, ids: what the analyst did is never touched; only
  its ``span`` and ``page`` follow the new body), items the new text adds are appended
  with new ids, and note-level fields the analyst set (title, reliability, marking,
  tags, summary, notes…) stay. Items the analyst dropped at the first import stay dropped:
  only items from text the old body did not have are added.
- ``update_note(path, new)`` → writes the merged note (refusing if the file changed on
  disk meanwhile) and returns (items kept, items added).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from urllib.parse import urlsplit

from .. import model as m
from ..errors import BrieferError, LoadError

_KINDS = {"take": "t", "quote": "q", "figure": "f"}


def _flat(text: str) -> str:
    return " ".join(text.split())


def same_url(a: str | None, b: str | None) -> bool:
    """The same page: scheme, "www.", a trailing slash, the fragment and tracking
    parameters (utm_*) aside."""
    if not a or not b:
        return False
    return _url_key(a) == _url_key(b)


def _url_key(url: str) -> str:
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = "&".join(
        q for q in parts.query.split("&") if q and not q.lower().startswith(("utm_", "fbclid"))
    )
    return f"{host}{parts.path.rstrip('/')}?{query}"


def _probe(body: str) -> str | None:
    """A stretch of the body likely to appear verbatim in the note's YAML (a block scalar
    keeps its lines as they are): the middle of the longest line without quotes or
    backslashes (which a quoted YAML string would escape)."""
    lines = [ln.strip() for ln in body.splitlines()]
    lines = [ln for ln in lines if len(ln) >= 12 and not re.search(r"[\\\"']", ln)]
    if not lines:
        return None
    longest = max(lines, key=len)
    mid = len(longest) // 2
    return longest[max(0, mid - 30) : mid + 30]


def find_existing(source: m.Source, folder: Path | str) -> tuple[Path, str] | None:
    """The note in ``folder`` that is this article already: (its path, "the same URL" or
    "the same text"), or None. Notes that do not load are skipped."""
    from ..schema import load_source

    folder = Path(folder)
    if not folder.is_dir():
        return None
    body = _flat(source.body or "")
    probe = _probe(source.body or "")
    url_key = _url_key(source.url) if source.url else None
    for path in sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]):
        try:
            if not path.is_file():
                continue
            raw = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        url_hit = (
            url_key is not None
            and urlsplit(source.url or "").netloc.lower().removeprefix("www.") in raw.lower()
        )
        body_hit = bool(body) and probe is not None and probe in raw
        if not (url_hit or body_hit):
            continue
        try:
            note = load_source(path)
        except (LoadError, BrieferError, OSError):
            continue
        if url_hit and same_url(note.url, source.url):
            return path, "the same URL"
        if body_hit and _flat(note.body or "") == body:
            return path, "the same text"
    return None


def _relocate(body: str, text: str, near: int) -> tuple[int, int] | None:
    hits = [h.start() for h in re.finditer(re.escape(text), body)] if text else []
    if not hits:
        return None
    best = min(hits, key=lambda h: abs(h - near))
    return best, best + len(text)


def _next_ids(items: list[m.Item]) -> dict[str, int]:
    top = dict.fromkeys(_KINDS.values(), 0)
    for it in items:
        mm = re.fullmatch(r"([tqf])(\d+)", it.id or "")
        if mm and mm.group(1) == _KINDS[it.kind]:
            top[mm.group(1)] = max(top[mm.group(1)], int(mm.group(2)))
    return top


def _key(it: m.Item, body: str) -> tuple[str, str]:
    if isinstance(it, m.Figure):
        words = body[it.span[0] : it.span[1]] if it.span else ""
        return ("figure", f"{it.value}|{_flat(words)}")
    return (it.kind, _flat(it.text))


def merge(old: m.Source, new: m.Source) -> tuple[m.Source, int, int]:
    """(the updated note, items kept, items added). See the module's docstring."""
    new_body = new.body or ""
    old_body = old.body or ""
    old_flat = _flat(old_body)
    page_of = {}
    for it in new.items():
        page_of[_key(it, new_body)] = it.page
    kept: dict[str, list[m.Item]] = {"take": [], "quote": [], "figure": []}
    known = set()
    for it in old.items():
        known.add(_key(it, old_body))
        moved: m.Item
        if isinstance(it, m.Figure):
            words = old_body[it.span[0] : it.span[1]] if it.span else ""
            span = _relocate(new_body, words, it.span[0]) if words and it.span else None
            moved = dataclasses.replace(it, span=span)
        else:
            span = _relocate(new_body, it.text, it.span[0] if it.span else 0)
            moved = dataclasses.replace(it, span=span)
        key = _key(moved, new_body) if moved.span else None
        if key in page_of:
            moved.page = page_of[key]
        kept[it.kind].append(moved)
    top = _next_ids(old.items())
    added = 0
    for it in new.items():
        if _key(it, new_body) in known:
            continue
        words = new_body[it.span[0] : it.span[1]] if it.span else ""
        if words and _flat(words) in old_flat:
            continue  # text the old note had: the analyst dropped this item, keep it so
        letter = _KINDS[it.kind]
        top[letter] += 1
        kept[it.kind].append(dataclasses.replace(it, id=f"{letter}{top[letter]}", pos={}))
        added += 1
    updated = dataclasses.replace(
        old,
        body=new.body,
        url=old.url or new.url,
        published=old.published or new.published,
        author=old.author or new.author,
        accessed=dt.date.today().isoformat(),
        # each list holds its kind only (kept[it.kind]); isinstance tells mypy so
        takes=[it for it in kept["take"] if isinstance(it, m.Take)],
        quotes=[it for it in kept["quote"] if isinstance(it, m.Quote)],
        figures=[it for it in kept["figure"] if isinstance(it, m.Figure)],
    )
    return updated, len(old.items()), added


def update_note(path: Path | str, new: m.Source) -> tuple[int, int]:
    """Merge ``new`` into the note at ``path`` and save it (never over a change made on
    disk since it was read). Returns (items kept, items added)."""
    from ..schema import save_source, source_from_doc
    from ..yamlio import FileStamp, load_document

    path = Path(path)
    doc, data = load_document(path)
    old = source_from_doc(doc)
    stamp = FileStamp.of(path, data)
    updated, kept, added = merge(old, new)
    save_source(updated, path, stamp)
    return kept, added
