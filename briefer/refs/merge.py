"""References → source notes: create the missing ones, update the bibliographic fields of
those already there, and touch nothing else.

A reference is matched to an existing note by DOI, then by id (the note id derived from the
citation key), then by URL. Re-importing updates only what a reference manager owns —
``title``, ``kind``, ``author``, ``publisher``, ``url``, ``published``, ``accessed``,
``identifier`` — and only where the reference has a value: the analyst's items, grades,
markings, tags, summary, notes and body are never changed, and a note whose fields already
agree is not rewritten at all (its bytes stay as they are). Items from annotations are
added when a note is created; on re-import, annotations that match no item of the note
are only counted (``add_annotations`` adds them), so an item the analyst deleted on purpose
does not come back.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import model as m
from ..errors import BrieferError, LoadError, Problem
from ..render.csl import doi_of
from ..schema import dump_source, source_from_doc
from ..textutil import slugify
from ..yamlio import FileStamp, compose, load_document, save_checked
from .read import Annotation, Reference

BIBLIOGRAPHIC = (
    "title",
    "kind",
    "author",
    "publisher",
    "url",
    "published",
    "accessed",
    "identifier",
)


@dataclass(slots=True)
class Change:
    """What importing one reference does: ``action`` is "new", "update", "same" or
    "skip" (then ``reason`` says why, and nothing is written)."""

    ref: Reference
    action: str
    path: Path | None = None
    source: m.Source | None = None
    old_text: str = ""
    new_text: str = ""
    stamp: FileStamp | None = None
    fields: list[str] = field(default_factory=list)  # fields an update changes
    items_added: int = 0
    annotations_left: int = 0  # annotations not added to an existing note
    reason: str = ""

    def diff(self) -> str:
        """A unified diff of the note file (empty when nothing changes)."""
        if self.action not in ("new", "update") or self.path is None:
            return ""
        old = self.old_text.splitlines(keepends=True)
        new = self.new_text.splitlines(keepends=True)
        before = "/dev/null" if self.action == "new" else str(self.path)
        return "".join(difflib.unified_diff(old, new, before, str(self.path)))


@dataclass(slots=True)
class _Note:
    path: Path
    source: m.Source
    text: str
    stamp: FileStamp


def _norm_url(url: str | None) -> str:
    return (url or "").strip().rstrip("/").lower().removeprefix("https://").removeprefix("http://")


def note_id(ref: Reference) -> str:
    """The id of a note made from ``ref``: the citation key when it is one ("smith2024" →
    "smith2024"), else (Zotero's item URIs) the title's first words and the item key."""
    key = ref.key.strip()
    if "/" not in key and len(key) <= 60:
        return slugify(key, 60)
    tail = slugify(key.rstrip("/").rsplit("/", 1)[-1], 16)
    head = slugify(" ".join(ref.title.split()[:6]), 40) if ref.title else "ref"
    return f"{head}-{tail}"


def _existing(folder: Path) -> tuple[list[_Note], dict[str, Problem]]:
    notes: list[_Note] = []
    broken: dict[str, Problem] = {}
    if not folder.is_dir():
        return notes, broken
    for path in sorted(folder.glob("*.yaml")):
        try:
            doc, data = load_document(path)
            src = source_from_doc(doc)
        except LoadError as e:
            broken[path.stem] = e.problems[0]
            continue
        notes.append(_Note(path, src, data.decode("utf-8-sig"), FileStamp.of(path, data)))
    return notes, broken


def _said(src: m.Source) -> list[m.Take | m.Quote]:
    """The items of ``src`` an annotation can become (takes and quotes)."""
    return [*src.takes, *src.quotes]


def _items(src: m.Source, annotations: list[Annotation]) -> int:
    """Add annotations whose text no item of ``src`` has; return how many were added."""
    have = {" ".join(it.text.split()) for it in _said(src)}
    used = {it.id for it in src.items()}
    added = 0
    for ann in annotations:
        text = " ".join(ann.text.split())
        if not text or text in have:
            continue
        prefix = "q" if ann.kind == "quote" else "t"
        n = 1
        while f"{prefix}{n}" in used:
            n += 1
        item_id = f"{prefix}{n}"
        used.add(item_id)
        have.add(text)
        if ann.kind == "quote":
            src.quotes.append(m.Quote(item_id, text, page=ann.page))
        else:
            src.takes.append(m.Take(item_id, text, page=ann.page))
        added += 1
    return added


def _new_annotations(src: m.Source, annotations: list[Annotation]) -> int:
    have = {" ".join(it.text.split()) for it in _said(src)}
    return len({" ".join(a.text.split()) for a in annotations} - have - {""})


def _validated(change: Change, name: str) -> Change:
    """The note text must load back as a note (it always should: this is the safety net)."""
    try:
        source_from_doc(compose(change.new_text, name))
    except LoadError as e:
        return replace(change, action="skip", reason=f"the note would not load: {e.problems[0]}")
    return change


def plan(refs: list[Reference], folder: Path, add_annotations: bool = False) -> list[Change]:
    """What importing ``refs`` into the notes folder ``folder`` would do; writes nothing."""
    notes, broken = _existing(folder)
    by_doi = {d: n for n in notes if (d := doi_of(n.source.identifier or "")) is not None}
    by_id = {n.source.id: n for n in notes}
    by_url = {_norm_url(n.source.url): n for n in notes if n.source.url}
    files = {p.stem for p in folder.glob("*.yaml")} if folder.is_dir() else set()
    claimed: dict[int, Reference] = {}
    changes: list[Change] = []
    for ref in refs:
        if not ref.title:
            changes.append(Change(ref, "skip", reason="it has no title"))
            continue
        ident = note_id(ref)
        doi = ref.doi
        note = (
            (by_doi.get(doi) if doi else None)
            or by_id.get(ident)
            or (by_url.get(_norm_url(ref.url)) if ref.url else None)
        )
        if note is not None:
            first = claimed.get(id(note))
            if first is not None:
                reason = f"it matches the same note as '{first.key}' (line {first.line})"
                changes.append(Change(ref, "skip", note.path, reason=reason))
                continue
            claimed[id(note)] = ref
            changes.append(_update(ref, note, add_annotations))
            continue
        if ident in broken:
            why = f"{folder / (ident + '.yaml')} exists but does not load ({broken[ident]})"
            changes.append(Change(ref, "skip", reason=why))
            continue
        base, n = ident, 2
        while ident in files:
            ident, n = f"{base}-{n}", n + 1
        files.add(ident)
        changes.append(_create(ref, ident, folder))
    return changes


def _create(ref: Reference, ident: str, folder: Path) -> Change:
    src = m.Source(ident, ref.title, **{k: getattr(ref, k) for k in BIBLIOGRAPHIC[1:]})
    added = _items(src, ref.annotations)
    path = folder / f"{ident}.yaml"
    text = dump_source(src)
    change = Change(ref, "new", path, src, "", text, None, list(BIBLIOGRAPHIC), added)
    return _validated(change, str(path))


def _update(ref: Reference, note: _Note, add_annotations: bool) -> Change:
    src = note.source
    changed = []
    for key in BIBLIOGRAPHIC:
        value = getattr(ref, key)
        if value and value != getattr(src, key):
            changed.append(key)
    updated = replace(
        src,
        **{k: getattr(ref, k) for k in changed},
        takes=list(src.takes),
        quotes=list(src.quotes),
    )
    added = _items(updated, ref.annotations) if add_annotations else 0
    left = 0 if add_annotations else _new_annotations(src, ref.annotations)
    if not changed and not added:
        return Change(ref, "same", note.path, src, note.text, note.text, note.stamp,
                      annotations_left=left)  # fmt: skip
    text = dump_source(updated)
    change = Change(ref, "update", note.path, updated, note.text, text, note.stamp, changed,
                    added, left)  # fmt: skip
    return _validated(change, str(note.path))


def apply(changes: list[Change]) -> list[Path]:
    """Write the new and updated notes (atomically; a note changed on disk since it was
    read is not overwritten: BrieferError). Returns the paths written."""
    written = []
    for ch in changes:
        if ch.action not in ("new", "update") or ch.path is None:
            continue
        ch.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            save_checked(ch.path, ch.new_text, ch.stamp)
        except BrieferError as e:
            raise BrieferError(f"{ch.path}: not written: {e}") from None
        written.append(ch.path)
    return written
