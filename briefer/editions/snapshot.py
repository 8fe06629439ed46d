"""Snapshots: a brief and the text of the items it cites, frozen at one moment.

A brief only *references* items, and notes change (a figure is corrected, a quote fixed),
so a snapshot keeps both: the brief as it would be saved, and a slice of every cited source
note holding only the cited items (no ``body``, ``notes`` or ``summary``). Both halves are
written in their ordinary file formats, so a snapshot is read with the same strict schema
as the files themselves, and two snapshots diff cleanly with ``git diff``.

On disk, beside the brief::

    <workspace>/.briefer/snapshots/<brief stem>/<UTC time>[-<slug of note>].yaml
    e.g. .briefer/snapshots/nk-russia-weekly/20261203T071205Z-before-review.yaml

Names sort by time, and two analysts' snapshots never share a name, so a workspace kept in
git merges without conflicts in this folder. Writing is atomic and never replaces a file.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypedDict

import yaml

from .. import model as m
from ..errors import BrieferError, LoadError, Problem
from ..schema import (
    brief_from_doc,
    brief_to_data,
    dump_brief,
    source_from_doc,
    source_to_data,
)
from ..textutil import one_line, slugify
from ..walk import Walk, keys
from ..workspace import BRIEF_SUFFIX, Workspace
from ..yamlio import Document, compose, dump, load_document, save_checked

SNAPSHOTS_DIR = Path(".briefer") / "snapshots"
FORMAT_VERSION = 1
SNAPSHOT_KEYS = keys(
    "briefer_snapshot", "brief_file", "taken", "note", "export", "brief", "sources"
)
_STAMP = "%Y%m%dT%H%M%SZ"
_TAKEN = "%Y-%m-%dT%H:%M:%SZ"


class _DroppedFields(TypedDict):
    """The source fields a snapshot leaves out, with the value each gets there."""

    body: str | None
    notes: str | None
    summary: str | None
    tags: list[str]


# source note fields kept in a snapshot: what an export shows of a source
_DROPPED_SOURCE_FIELDS: _DroppedFields = {"body": None, "notes": None, "summary": None, "tags": []}


_NONE_YET = (
    "no snapshot of this brief yet: take one with `briefer snapshot BRIEF` (every export"
    " takes one too)"
)


class SnapshotError(BrieferError):
    """A snapshot that could not be found, read or written."""


@dataclass(slots=True)
class Snapshot:
    """A brief and its cited items at one moment; ``path`` is None for the brief as it is
    now (not written anywhere)."""

    brief_file: str  # the brief's file name, e.g. "weekly.brief.yaml"
    taken: str  # "2026-12-03T07:12:05Z" (UTC); "" for now
    note: str
    export: str | None  # the format when taken at an export ("md", "pdf" …)
    brief: m.Brief
    sources: dict[str, m.Source] = field(default_factory=dict)
    path: Path | None = None
    rev: str = ""  # a git revision, for the brief as committed there

    @property
    def is_now(self) -> bool:
        return self.path is None and not self.rev

    @property
    def name(self) -> str:
        """How the command line names it: the file name without ``.yaml``, ``git:REV``
        or ``now``."""
        if self.rev:
            return f"git:{self.rev}"
        return self.path.stem if self.path is not None else "now"

    @property
    def when(self) -> str:
        """ "2026-12-03 07:12 UTC", or "now"."""
        if not self.taken:
            return "now"
        return self.taken.replace("T", " ")[:16] + " UTC"

    @property
    def label(self) -> str:
        """One line for lists: time, note, and the format if taken at an export."""
        parts = [self.when]
        if self.export:
            parts.append(f"exported {self.export}")
        if self.note:
            parts.append(self.note)
        return " · ".join(parts)

    def lookup(self, ref: m.Ref | str) -> tuple[m.Source, m.Item] | None:
        if isinstance(ref, str):
            try:
                ref = m.Ref.parse(ref)
            except ValueError:
                return None
        src = self.sources.get(ref.source)
        item = src.item(ref.item) if src else None
        return (src, item) if src is not None and item is not None else None

    def content(self) -> dict[str, Any]:
        """What the snapshot holds, as plain data (equal data = the same edition)."""
        return {
            "brief": brief_to_data(self.brief),
            "sources": [source_to_data(s) for s in self.sources.values()],
        }

    def same_content(self, other: Snapshot) -> bool:
        return self.content() == other.content()


# ------------------------------------------------------------------ the brief now


def brief_stem(brief_path: Path | str) -> str:
    name = Path(brief_path).name
    return name[: -len(BRIEF_SUFFIX)] if name.endswith(BRIEF_SUFFIX) else Path(name).stem


def snapshot_dir(brief_path: Path | str) -> Path:
    """``<workspace>/.briefer/snapshots/<brief stem>`` (the workspace is the brief's folder)."""
    path = Path(brief_path)
    folder = path.parent if str(path.parent) else Path(".")
    return folder / SNAPSHOTS_DIR / brief_stem(path)


def cited_sources(ws: Workspace, brief: m.Brief) -> dict[str, m.Source]:
    """The cited slice of every cited source: its descriptive fields and only the cited
    items (no span: it points into a body the slice does not keep). References that point
    nowhere are left out; the brief still names them."""
    wanted: dict[str, list[str]] = {}
    for sec in brief.sections:
        for entry in sec.entries:
            if entry.ref is not None:
                items = wanted.setdefault(entry.ref.source, [])
                if entry.ref.item not in items:
                    items.append(entry.ref.item)
    out: dict[str, m.Source] = {}
    for source_id, item_ids in wanted.items():
        src = ws.sources.get(source_id)
        if src is None:
            continue
        keep = set(item_ids)

        def pick(items: list[Any], keep: set[str] = keep) -> list[Any]:
            return [dataclasses.replace(it, span=None) for it in items if it.id in keep]

        out[source_id] = dataclasses.replace(
            src,
            takes=pick(src.takes),
            quotes=pick(src.quotes),
            figures=pick(src.figures),
            **copy.deepcopy(_DROPPED_SOURCE_FIELDS),
        )
    return out


def current(ws: Workspace, brief: m.Brief, brief_path: Path | str) -> Snapshot:
    """The brief as it is now, with its cited items as the workspace has them."""
    return Snapshot(
        Path(brief_path).name, "", "", None, copy.deepcopy(brief), cited_sources(ws, brief)
    )


# ------------------------------------------------------------------ writing


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)


def snapshot_text(snap: Snapshot) -> str:
    data: dict[str, Any] = {
        "briefer_snapshot": FORMAT_VERSION,
        "brief_file": snap.brief_file,
        "taken": snap.taken,
    }
    if snap.note:
        data["note"] = snap.note
    if snap.export:
        data["export"] = snap.export
    data.update(snap.content())
    header = (
        f"# briefer snapshot of {one_line(snap.brief_file)}: the brief and the text of the items it"
        " cites.\n# `briefer diff BRIEF SNAPSHOT` compares it with the brief now.\n"
    )
    return header + dump(data)


def take_snapshot(
    ws: Workspace,
    brief: m.Brief,
    brief_path: Path | str,
    note: str = "",
    export: str | None = None,
    now: datetime | None = None,
) -> Snapshot:
    """Write a snapshot of ``brief`` (with the cited items as ``ws`` has them) and return
    it. Never replaces an existing snapshot. Raises SnapshotError (nothing written)."""
    when = _now(now)
    note = " ".join(note.split())
    snap = current(ws, brief, brief_path)
    snap.taken, snap.note, snap.export = when.strftime(_TAKEN), note, export
    folder = snapshot_dir(brief_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise SnapshotError(f"{folder}: cannot create the folder: {e.strerror or e}") from None
    tail = note or (f"export {export}" if export else "")
    stem = when.strftime(_STAMP) + (f"-{slugify(tail, 40)}" if tail else "")
    text = snapshot_text(snap)
    for n in range(1, 1000):
        path = folder / (f"{stem}.yaml" if n == 1 else f"{stem}-{n}.yaml")
        if path.exists():
            continue
        try:
            save_checked(path, text, None)
        except BrieferError as e:
            if path.exists():  # taken by another process meanwhile: next name
                continue
            raise SnapshotError(str(e)) from None
        snap.path = path
        return snap
    raise SnapshotError(f"{folder}: too many snapshots named {stem}")


# ------------------------------------------------------------------ reading


def _sub(doc: Document, node: yaml.Node) -> Document:
    """A document whose root is ``node`` (its marks still point into the whole file)."""
    return Document(doc.path, doc.text, node)


def snapshot_from_doc(doc: Document, path: Path) -> Snapshot:
    w = Walk(doc)
    if not isinstance(doc.root, yaml.MappingNode):
        raise LoadError([Problem(doc.path, 1, 1, "not a briefer snapshot (expected a mapping)")])
    f, _ = w.mapping(doc.root, "a snapshot", SNAPSHOT_KEYS, ("briefer_snapshot", "brief"))
    version = w.integer(f.get("briefer_snapshot"), "briefer_snapshot", 1, 1000)
    if version is not None and version > FORMAT_VERSION:
        w.fail(
            f["briefer_snapshot"],
            f"snapshot format {version} is newer than this briefer reads ({FORMAT_VERSION});"
            " update briefer",
        )
    sub_problems: list[Problem] = []
    brief = None
    if "brief" in f:
        try:
            brief = brief_from_doc(_sub(doc, f["brief"]))
        except LoadError as e:
            sub_problems += e.problems
    sources: dict[str, m.Source] = {}
    for node in w.seq(f.get("sources"), "sources"):
        try:
            src = source_from_doc(_sub(doc, node))
        except LoadError as e:
            sub_problems += e.problems
            continue
        sources[src.id] = src
    problems = w.problems + sub_problems
    if problems or brief is None:
        raise LoadError(problems or [Problem(doc.path, 1, 1, "snapshot without a brief")])
    return Snapshot(
        w.text(f.get("brief_file"), "brief_file") or "",
        w.text(f.get("taken"), "taken") or "",
        w.text(f.get("note"), "note") or "",
        w.text(f.get("export"), "export"),
        brief,
        sources,
        path,
    )


def load_snapshot(path: Path | str) -> Snapshot:
    """Read one snapshot file strictly; LoadError names file, line and column."""
    path = Path(path)
    doc, _ = load_document(path)
    return snapshot_from_doc(doc, path)


def snapshot_files(brief_path: Path | str) -> list[Path]:
    """The brief's snapshot files, newest first (by the time in the name, then by age on
    disk for two taken in one second), without reading them."""
    folder = snapshot_dir(brief_path)
    found = []
    for p in folder.iterdir():
        if p.suffix == ".yaml" and not p.name.startswith("."):
            try:
                mtime = p.stat().st_mtime_ns
            except OSError:
                continue
            found.append((p.name[:16], mtime, p.name, p))
    found.sort(reverse=True)
    return [p for *_, p in found]


def iter_snapshots(brief_path: Path | str) -> Iterator[Snapshot]:
    """The brief's readable snapshots, newest first, each read only when reached."""
    try:
        files = snapshot_files(brief_path)
    except OSError:
        return
    for path in files:
        try:
            yield load_snapshot(path)
        except LoadError:
            continue


def list_snapshots(brief_path: Path | str) -> tuple[list[Snapshot], list[Problem]]:
    """The brief's snapshots, newest first, and the problems of any that cannot be read
    (a broken snapshot never hides the others)."""
    try:
        files = snapshot_files(brief_path)
    except FileNotFoundError:
        return [], []
    except OSError as e:
        folder = snapshot_dir(brief_path)
        return [], [Problem(str(folder), 1, 1, f"cannot read folder: {e.strerror or e}")]
    snaps: list[Snapshot] = []
    problems: list[Problem] = []
    for path in files:
        try:
            snaps.append(load_snapshot(path))
        except LoadError as e:
            problems += e.problems
    return snaps, problems


def find_snapshot(brief_path: Path | str, name: str) -> Snapshot:
    """A snapshot named on the command line: a path to a file, a file name (with or without
    ``.yaml``) or the start of one in the brief's snapshot folder, ``last`` (the newest),
    ``last-edition`` (the newest taken at an export) or ``~N`` (N before the newest)."""
    as_path = Path(name)
    if as_path.suffix == ".yaml" and as_path.is_file():
        return load_snapshot(as_path)
    snaps, problems = list_snapshots(brief_path)
    folder = snapshot_dir(brief_path)
    if name in ("last", "~0") or (name.startswith("~") and name[1:].isdigit()):
        n = 0 if name == "last" else int(name[1:])
        if n < len(snaps):
            return snaps[n]
        if not snaps:
            raise SnapshotError(f"{folder}: {_NONE_YET}")
        raise SnapshotError(
            f"{folder}: there are {len(snaps)} snapshots of this brief; {name} does not exist"
        )
    if name == "last-edition":
        for s in snaps:
            if s.export:
                return s
        raise SnapshotError(f"{folder}: no snapshot was taken at an export yet")
    stem = name[:-5] if name.endswith(".yaml") else name
    exact = [s for s in snaps if s.name == stem]
    found = exact or [s for s in snaps if s.name.startswith(stem)]
    if len(found) == 1:
        return found[0]
    broken = [p for p in problems if Path(p.path).stem.startswith(stem)]
    if broken:
        raise LoadError(broken)
    if not found:
        raise SnapshotError(
            f"{folder}: no snapshot named {name!r}" + ("" if snaps else f" ({_NONE_YET})")
        )
    raise SnapshotError(
        f"{name!r} matches {len(found)} snapshots: " + ", ".join(s.name for s in found[:5])
    )


# ------------------------------------------------------------------ editions


def last_edition(snaps: Iterable[Snapshot], now: Snapshot) -> Snapshot | None:
    """The newest snapshot taken at an export whose content differs from ``now``: the
    previous edition (exporting one text as md and then pdf makes one edition, not two)."""
    for s in snaps:
        if s.export and not s.same_content(now):
            return s
    return None


def snapshot_at_export(
    ws: Workspace,
    brief: m.Brief,
    brief_path: Path | str,
    fmt: str,
    now: datetime | None = None,
) -> Snapshot:
    """The snapshot every export takes. When the newest snapshot was taken at an export
    and holds exactly this content, it is reused (no file is written)."""
    newest = next(iter_snapshots(brief_path), None)
    if newest is not None and newest.export:
        if newest.same_content(current(ws, brief, brief_path)):
            return newest
    return take_snapshot(ws, brief, brief_path, export=fmt, now=now)


# ------------------------------------------------------------------ restoring


def restore_brief(snap: Snapshot, brief_path: Path | str) -> m.Brief:
    """The snapshot's brief as a new Brief object for ``brief_path``, its positions those
    it will have once saved (so checks point at the right lines). The caller applies it as
    one undoable step (the session) and saves it."""
    text = dump_brief(snap.brief)
    return brief_from_doc(compose(text, str(brief_path)))


def restore_as_new(snap: Snapshot, brief_path: Path | str) -> Path:
    """Write the snapshot's brief as a new brief beside ``brief_path``:
    ``<stem>-<snapshot time>.brief.yaml`` (never replacing a file). Returns its path."""
    folder = Path(brief_path).parent
    when = snap.taken[:16].replace("-", "").replace(":", "").replace("T", "-")
    base = f"{brief_stem(brief_path)}-restored" + (f"-{when}" if when else "")
    text = dump_brief(snap.brief)
    for n in range(1, 1000):
        target = folder / (f"{base}{BRIEF_SUFFIX}" if n == 1 else f"{base}-{n}{BRIEF_SUFFIX}")
        if target.exists():
            continue
        try:
            save_checked(target, text, None)
        except BrieferError as e:
            if target.exists():
                continue
            raise SnapshotError(str(e)) from None
        return target
    raise SnapshotError(f"{folder}: too many restored copies named {base}")


__all__ = [
    "SNAPSHOTS_DIR",
    "Snapshot",
    "SnapshotError",
    "brief_stem",
    "current",
    "find_snapshot",
    "last_edition",
    "list_snapshots",
    "load_snapshot",
    "restore_as_new",
    "restore_brief",
    "snapshot_at_export",
    "snapshot_dir",
    "take_snapshot",
]
