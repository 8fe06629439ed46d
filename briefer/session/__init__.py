"""The analyst's session, headless: the library (a :class:`~briefer.workspace.Workspace`)
and the one brief open in it, with its undo history, the save and conflict policy and the
findings of the checks, placed on outline cursors. The TUI is a view of this object; the
CLI and tests drive it directly. Nothing here imports Textual.

States (``BriefSession.state``):

- ``NO_BRIEF``: no brief is open (a workspace without briefs, or the open one failed).
  Edits raise :class:`NoBrief`.
- ``SAVED``: the brief in memory is the file on disk (every edit is saved at once).
- ``UNSAVED``: the last save failed. ``conflict`` says why when another program changed
  the file (:class:`~briefer.errors.ChangedOnDisk`): then the file is never written over;
  ``reload()`` takes theirs, ``keep_mine()`` saves ours beside it, ``save_as(path)`` saves
  ours elsewhere. Any other failure (read-only, disk full) is retried at the next edit.

Every change is announced to subscribers (``subscribe(callback)``), in this order:

- :class:`SaveFailed` — an edit was kept in memory but could not be written;
- :class:`BriefChanged` — the outline changed (an edit, undo/redo, open, reload, save as),
  with the cursor to highlight; also after a failed save, whose state changed;
- :class:`LibraryChanged` — the source notes changed (on disk, an import);
- :class:`FindingsChanged` — new findings (after every change above).

Findings and positions: the checks place a finding on the word through the positions
(``pos``) of the brief's objects. Each save writes the brief's YAML and takes the new
positions from that writing (:mod:`briefer.session.positions`), so an edit never
re-reads or re-parses the file. A brief of more than ``LARGE`` entries is checked through
``runner`` (the TUI runs the job in a thread) on a snapshot; the result of an older job is
dropped.
"""

from __future__ import annotations

import copy
import enum
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .. import model as m
from ..errors import BrieferError, ChangedOnDisk, LoadError, Problem, SaveError
from ..outline import (
    BLUF,
    BlufCursor,
    Cursor,
    EntryCursor,
    Outline,
    OutlineError,
    SectionCursor,
)
from ..schema import brief_from_doc
from ..template import create_brief
from ..workspace import BRIEF_SUFFIX, Workspace
from ..yamlio import FileStamp, load_document, read_bytes, save_checked
from .positions import dump_placed

if TYPE_CHECKING:
    # briefer.checks is imported where the checks run, after the TUI's first frame (#18)
    from ..checks import Finding

__all__ = [
    "LARGE",
    "WORDING",
    "BriefChanged",
    "BriefSession",
    "CheckJob",
    "Event",
    "FindingsChanged",
    "LibraryChanged",
    "NoBrief",
    "SaveFailed",
    "State",
    "cursor_for",
    "open_session",
    "place",
    "sibling_path",
]

LARGE = 100  # entries: above, checks go to ``runner`` (~0.15 ms per entry)
# Rules about the analyst's wording: outside any section, that wording is the BLUF's.
WORDING = frozenset({"BRF003", "BRF004", "BRF005"})


class State(enum.Enum):
    NO_BRIEF = "no brief open"
    SAVED = "saved"
    UNSAVED = "unsaved"


class NoBrief(OutlineError):
    """An edit was asked for while no brief is open."""

    def __init__(self) -> None:
        super().__init__("No brief is open: ctrl+o opens one, ctrl+n creates one.")


# ------------------------------------------------------------------ events
@dataclass(frozen=True)
class BriefChanged:
    """The open brief changed (or another one was opened, or none is open now).
    ``cursor``: what to highlight (None: keep the highlight). ``label``: the edit
    ("add src/t1", "undo edit BLUF", "open", "reload"…)."""

    cursor: Cursor | None
    label: str = ""


@dataclass(frozen=True)
class LibraryChanged:
    """The library's notes changed. ``new_problems``: notes that stopped loading."""

    new_problems: tuple[Problem, ...] = ()
    select: m.Source | None = None  # a note just added (an import), to show


@dataclass(frozen=True)
class FindingsChanged:
    findings: tuple[Finding, ...] | None  # None: no brief open


@dataclass(frozen=True)
class SaveFailed:
    """The edit is in memory, not on disk. ``conflict``: the file changed on disk."""

    error: SaveError

    @property
    def conflict(self) -> bool:
        return isinstance(self.error, ChangedOnDisk)


Event = BriefChanged | LibraryChanged | FindingsChanged | SaveFailed
Listener = Callable[[Event], object]


def sibling_path(path: Path, tag: str = "mine") -> Path:
    """A free name beside ``path``: ``x.brief.yaml`` → ``x-mine.brief.yaml`` (then
    ``x-mine-2.brief.yaml`` …). Never an existing file."""
    name = path.name
    stem = name[: -len(BRIEF_SUFFIX)] if name.endswith(BRIEF_SUFFIX) else path.stem
    for n in range(1, 10_000):
        suffix = f"-{tag}" if n == 1 else f"-{tag}-{n}"
        candidate = path.with_name(f"{stem}{suffix}{BRIEF_SUFFIX}")
        if not candidate.exists():
            return candidate
    raise SaveError(path, "no free file name beside it")


@dataclass
class CheckJob:
    """One run of the checks on a snapshot: ``run()`` may be called in any thread."""

    generation: int
    ws: Workspace
    brief: m.Brief
    path: Path
    text: str

    def run(self) -> list[Finding]:
        from ..checks import check_brief

        return check_brief(self.ws, self.brief, self.path, text=self.text)


@dataclass
class _Open:
    """The open brief: its file, the stamp of what is on disk, the text that file holds
    (or would hold, after a failed save) and the outline being edited."""

    path: Path
    stamp: FileStamp | None
    text: str
    outline: Outline
    dirty: bool = False
    conflict: ChangedOnDisk | None = None
    seen: str | None = None  # the last version on disk follow_disk() announced


@dataclass
class BriefSession:
    """The workspace and its open brief (see the module's docstring for the states)."""

    ws: Workspace
    runner: Callable[[CheckJob], object] | None = None  # runs large checks (e.g. a thread)
    _open: _Open | None = None
    _listeners: list[Listener] = field(default_factory=list)
    findings: list[Finding] | None = None
    placed: dict[Cursor, list[Finding]] = field(default_factory=dict)
    _generation: int = 0

    # ------------------------------------------------------------- state
    @property
    def state(self) -> State:
        if self._open is None:
            return State.NO_BRIEF
        return State.UNSAVED if self._open.dirty else State.SAVED

    @property
    def is_open(self) -> bool:
        return self._open is not None

    def _need(self) -> _Open:
        if self._open is None:
            raise NoBrief()
        return self._open

    @property
    def path(self) -> Path:
        return self._need().path

    @property
    def outline(self) -> Outline:
        return self._need().outline

    @property
    def brief(self) -> m.Brief:
        return self._need().outline.brief

    @property
    def dirty(self) -> bool:
        return self._open is not None and self._open.dirty

    @property
    def conflict(self) -> ChangedOnDisk | None:
        """Set while another program's change on disk keeps us from saving."""
        return self._open.conflict if self._open is not None else None

    @property
    def text(self) -> str:
        """The YAML of the open brief as on disk (or as it would be, when UNSAVED)."""
        return self._need().text

    @property
    def disk_sha256(self) -> str | None:
        """The hash of the brief's file as last read or written here (what an edit in
        memory started from: a recovery record's base, #11)."""
        stamp = self._open.stamp if self._open is not None else None
        return stamp.sha256 if stamp is not None else None

    @property
    def size(self) -> int:
        return sum(len(s.entries) for s in self.brief.sections) if self._open else 0

    # ------------------------------------------------------------- events
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(event)`` after each change; returns a function that stops it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    # ------------------------------------------------------------ opening
    @staticmethod
    def _read(path: Path) -> tuple[m.Brief, FileStamp, str]:
        doc, data = load_document(path)
        return brief_from_doc(doc), FileStamp.of(path, data), doc.text

    def open(self, path: Path) -> None:
        """Open a brief instead of the open one (LoadError with every problem in the file,
        or OSError; the brief open before stays open then). Unsaved changes of the open
        brief are dropped: a caller that cares asks first (``dirty``)."""
        path = Path(path)
        brief, stamp, text = self._read(path)
        self._open = _Open(path, stamp, text, Outline(brief))
        self._emit(BriefChanged(BLUF, "open"))
        self.recheck()

    def create(self, path: Path, title: str, author: str | None, marking: str | None) -> Path:
        """A new brief from the template (never over a file), then opened."""
        created = create_brief(path, title, author, marking)
        self.open(created)
        return created

    def close(self) -> None:
        self._open = None
        self._emit(BriefChanged(None, "close"))
        self.recheck()

    # ------------------------------------------------------------- saving
    def save(self) -> None:
        """Write the brief now (never over a file another program changed: ChangedOnDisk;
        SaveError when the disk refuses). On failure the brief stays in memory, UNSAVED."""
        o = self._need()
        o.text = dump_placed(o.outline.brief)
        try:
            o.stamp = save_checked(o.path, o.text, o.stamp)
        except ChangedOnDisk as e:
            o.dirty, o.conflict = True, e
            raise
        except SaveError:
            o.dirty = True
            raise
        o.dirty, o.conflict = False, None

    def try_save(self) -> bool:
        """``save()``, announcing a failure (SaveFailed) instead of raising it."""
        try:
            self.save()
        except SaveError as e:
            self._emit(SaveFailed(e))
            return False
        return True

    def save_as(self, path: Path) -> Path:
        """Save to a new file (never over an existing one) and go on editing that file."""
        o = self._need()
        path = Path(path)
        if not path.name.endswith(BRIEF_SUFFIX):
            path = path.with_name(path.name + BRIEF_SUFFIX)
        text = dump_placed(o.outline.brief)
        o.stamp = save_checked(path, text, None)
        o.path, o.text, o.dirty, o.conflict = path, text, False, None
        self._emit(BriefChanged(None, "save as"))
        self.recheck()
        return path

    def keep_mine(self) -> Path:
        """The file changed on disk: save this version as a new file beside it."""
        return self.save_as(sibling_path(self.path))

    def follow_disk(self) -> str | None:
        """Follow the open brief on disk, as the library is followed (#19): when another
        program (another briefer) changed the file, take theirs at once if nothing here is
        unsaved ("reloaded"); else announce the conflict (SaveFailed with ChangedOnDisk,
        "conflict": reload theirs / keep mine). "unreadable": their version cannot be read
        (ours stays; a save would not overwrite theirs); "missing": the file is gone. Each
        version on disk is announced once; None when nothing new is on disk."""
        o = self._open
        if o is None or o.stamp is None:
            return None
        try:
            data = read_bytes(o.path)
        except LoadError as e:
            missing = not o.path.exists()
            key = "missing" if missing else f"unreadable:{e}"
            if o.seen == key:
                return None
            o.seen = key
            return "missing" if missing else "unreadable"
        digest = hashlib.sha256(data).hexdigest()
        if digest == o.stamp.sha256 or digest == o.seen:
            return None
        o.seen = digest
        if o.conflict is not None:  # a save already found it changed, and said so
            return None
        if o.dirty:
            o.conflict = ChangedOnDisk(o.path)
            self._emit(SaveFailed(o.conflict))
            self._emit(BriefChanged(None, "changed on disk"))
            return "conflict"
        try:
            self.reload()
        except (LoadError, OSError):
            return "unreadable"
        return "reloaded"

    def reload(self) -> None:
        """Take the version on disk (theirs); the undo history is dropped."""
        o = self._need()
        brief, stamp, text = self._read(o.path)
        o.outline.reset(brief)
        o.stamp, o.text, o.dirty, o.conflict = stamp, text, False, None
        self._emit(BriefChanged(None, "reload"))
        self.recheck()

    # ------------------------------------------------------------ editing
    def edit(self, op: Callable[[Outline], Cursor]) -> Cursor:
        """Run one outline operation (one undoable step), save, announce. Raises NoBrief
        or OutlineError (the brief unchanged); a failed save is announced (SaveFailed)."""
        outline = self._need().outline
        cursor = op(outline)
        self._changed(cursor, outline.last_label)
        return cursor

    def _changed(self, cursor: Cursor | None, label: str) -> None:
        self.try_save()
        self._emit(BriefChanged(cursor, label))
        self.recheck()

    def add_ref(self, ref: m.Ref | str, at: Cursor | None = None) -> Cursor:
        return self.edit(lambda o: o.add_ref(ref, at))

    def add_prose(self, text: str, at: Cursor | None = None) -> Cursor:
        return self.edit(lambda o: o.add_prose(text, at))

    def set_text(self, at: Cursor, text: str) -> Cursor:
        """The text under a cursor: the BLUF, a section's heading, an entry's comment or
        prose."""
        if isinstance(at, EntryCursor):
            return self.edit(lambda o: o.edit_entry(at.section, at.entry, text))
        if isinstance(at, SectionCursor):
            return self.edit(lambda o: o.rename_section(at.section, text))
        return self.edit(lambda o: o.set_bluf(text))

    def cycle_confidence(self, at: Cursor) -> Cursor:
        if not isinstance(at, EntryCursor):
            raise OutlineError("highlight a reference entry in the outline to set its confidence")
        return self.edit(lambda o: o.cycle_confidence(at.section, at.entry))

    def new_section(self, heading: str, at: Cursor | None = None) -> Cursor:
        return self.edit(lambda o: o.new_section(heading, at))

    def remove(self, at: Cursor) -> Cursor:
        """Remove an entry, or a section with its entries."""
        if isinstance(at, EntryCursor):
            return self.edit(lambda o: o.remove_entry(at.section, at.entry))
        if isinstance(at, SectionCursor):
            return self.edit(lambda o: o.delete_section(at.section))
        raise OutlineError("the BLUF stays; highlight an entry or a section to remove it")

    def move(self, at: Cursor, delta: int) -> Cursor:
        return self.edit(lambda o: o.move(at, delta))

    def undo(self) -> Cursor | None:
        """One step back (None: nothing to undo)."""
        return self._history(undo=True)

    def redo(self) -> Cursor | None:
        return self._history(undo=False)

    def _history(self, undo: bool) -> Cursor | None:
        outline = self._need().outline
        cursor = outline.undo() if undo else outline.redo()
        if cursor is not None:
            self._changed(cursor, ("undo " if undo else "redo ") + outline.last_label)
        return cursor

    # ------------------------------------------------------------ library
    def library_changed(
        self,
        ws: Workspace | None = None,
        before: list[Problem] | None = None,
        select: m.Source | None = None,
    ) -> None:
        """The library changed: ``ws`` replaces it (a refreshed copy), or it changed in
        place (an import). ``before``: its problems before, to tell the new ones."""
        old = list(before if before is not None else self.ws.errors)
        if ws is not None:
            self.ws = ws
        known = {str(p) for p in old}
        new = tuple(p for p in self.ws.errors if str(p) not in known)
        self._emit(LibraryChanged(new, select))
        self.recheck()

    def cited(self, ref: m.Ref | str) -> list[str]:
        """Where the open brief cites ``ref``, in words: ``Key judgments #2``."""
        if self._open is None:
            return []
        secs = self.brief.sections
        return [
            f"{secs[c.section].heading} #{c.entry + 1}"
            for c in self.outline.cites(ref)
            if isinstance(c, EntryCursor)
        ]

    # ------------------------------------------------------------- checks
    def recheck(self) -> None:
        """Check the open brief again (after every change; at once, or through
        ``runner`` for a large brief)."""
        self._generation += 1
        o = self._open
        if o is None:
            self._accept_findings(None)
            return
        brief = o.outline.brief
        job = CheckJob(self._generation, self.ws, brief, o.path, o.text)
        if self.runner is not None and self.size > LARGE:
            job.brief = copy.deepcopy(brief)  # the job may run while the next edit happens
            self.runner(job)
            return
        self._accept_findings(job.run())

    def accept(self, job: CheckJob, findings: list[Finding]) -> bool:
        """The result of a job run by ``runner``; False (dropped) when a newer change is
        being checked."""
        if job.generation != self._generation:
            return False
        self._accept_findings(findings)
        return True

    def _accept_findings(self, findings: list[Finding] | None) -> None:
        self.findings = findings
        placed: dict[Cursor, list[Finding]] = {}
        if findings is not None and self._open is not None:
            for f in findings:
                placed.setdefault(self.cursor_for(f), []).append(f)
        self.placed = placed
        self._emit(FindingsChanged(tuple(findings) if findings is not None else None))

    @property
    def errors(self) -> int:
        from ..checks import counts

        return counts(self.findings)[0] if self.findings else 0

    def findings_at(self, cursor: Cursor) -> list[Finding]:
        return self.placed.get(cursor, [])

    def cursor_for(self, finding: Finding) -> Cursor:
        return cursor_for(finding, self.brief)

    def place(self, finding: Finding) -> str:
        return place(finding, self.brief)

    def export_warning(self, error_glyph: str = "✗") -> str:
        """For an export: a line when the brief has errors, else ""."""
        if not self.findings:
            return ""
        from ..checks import counts

        errors = counts(self.findings)[0]
        if not errors:
            return ""
        codes = sorted({f.code for f in self.findings if f.is_error})
        text = (
            f"{error_glyph} This brief has {errors} error{'' if errors == 1 else 's'} "
            f"({', '.join(codes)}): c lists them. You can still export"
        )
        if "BRF001" in codes:  # the renderers cannot cite what is not in the library
            return text + ", but not while a reference is unknown (BRF001)."
        return text + "."


def cursor_for(finding: Finding, brief: m.Brief) -> Cursor:
    """The outline line a finding is about: its entry, its section, else the BLUF (for
    findings about the whole brief: the BLUF's wording, a missing BLUF, the marking)."""
    s, e = finding.section, finding.entry
    if s is None or not 0 <= s < len(brief.sections):
        return BLUF
    if e is not None and 0 <= e < len(brief.sections[s].entries):
        return EntryCursor(s, e)
    return SectionCursor(s)


def place(finding: Finding, brief: m.Brief) -> str:
    """Where in the outline, in words: "BLUF", "Key judgments › entry 2", "the brief"."""
    c = cursor_for(finding, brief)
    if isinstance(c, BlufCursor):
        return "BLUF" if finding.code in WORDING else "the brief"
    heading = " ".join(brief.sections[c.section].heading.split()) or "(no heading)"
    return heading if isinstance(c, SectionCursor) else f"{heading} › entry {c.entry + 1}"


def open_session(ws: Workspace, brief: Path | None = None) -> tuple[BriefSession, list[Problem]]:
    """A session on ``ws`` with ``brief`` open (default: the workspace's newest brief);
    the problems that kept it from opening (then no brief is open)."""
    session = BriefSession(ws)
    candidates = [brief] if brief is not None else ws.brief_paths()[:1]
    for path in candidates:
        try:
            session.open(path)
        except LoadError as e:
            return session, list(e.problems)
        except OSError as e:
            return session, [Problem(str(path), 1, 1, e.strerror or str(e))]
        except BrieferError as e:
            return session, [Problem(str(path), 1, 1, str(e))]
    return session, []
