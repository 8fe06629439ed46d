"""Editing operations on a brief's outline, with unlimited undo and redo.

Plain Python (no Textual): the TUI calls these and re-renders. Every operation is one
undoable step. The history keeps whole snapshots of the brief (``copy.deepcopy``), which
is simple, obviously correct and cheap for briefs of a few hundred entries.

Places in the outline are *cursors*: ``BLUF``, ``SectionCursor(s)`` or
``EntryCursor(s, e)`` (tuples underneath: ``("entry", s, e)``). Each operation returns the
cursor of what it changed, so the caller can keep the highlight on it; undo and redo
return the cursor the step was made at.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from . import model as m


class BlufCursor(tuple[str]):
    """The BLUF line (top of the outline)."""

    __slots__ = ()

    def __new__(cls) -> BlufCursor:
        return tuple.__new__(cls, ("bluf",))

    def __repr__(self) -> str:
        return "BlufCursor()"


class SectionCursor(tuple[str, int]):
    """A section's heading line: ``SectionCursor(section)``."""

    __slots__ = ()

    def __new__(cls, section: int) -> SectionCursor:
        return tuple.__new__(cls, ("section", section))

    @property
    def section(self) -> int:
        return self[1]

    def __repr__(self) -> str:
        return f"SectionCursor({self[1]})"


class EntryCursor(tuple[str, int, int]):
    """An entry: ``EntryCursor(section, entry)`` (both 0-based)."""

    __slots__ = ()

    def __new__(cls, section: int, entry: int) -> EntryCursor:
        return tuple.__new__(cls, ("entry", section, entry))

    @property
    def section(self) -> int:
        return self[1]

    @property
    def entry(self) -> int:
        return self[2]

    def __repr__(self) -> str:
        return f"EntryCursor({self[1]}, {self[2]})"


# A place in the outline. Each is a tuple underneath (``("entry", s, e)``), so cursors
# compare equal to, and hash like, the plain tuples older code and files use.
Cursor = BlufCursor | SectionCursor | EntryCursor
BLUF = BlufCursor()


def as_cursor(value: tuple[object, ...] | None) -> Cursor | None:
    """A named cursor from a plain tuple (``("entry", 0, 1)`` → ``EntryCursor(0, 1)``)."""
    if value is None or isinstance(value, BlufCursor | SectionCursor | EntryCursor):
        return value
    if value[:1] == ("entry",) and len(value) == 3:
        return EntryCursor(int(value[1]), int(value[2]))  # type: ignore[call-overload]
    if value[:1] == ("section",) and len(value) == 2:
        return SectionCursor(int(value[1]))  # type: ignore[call-overload]
    if value == ("bluf",):
        return BLUF
    raise ValueError(f"not an outline cursor: {value!r}")


def next_confidence(current: str | None) -> str | None:
    """The confidence after ``current`` in the one order briefer cycles through:
    high → moderate → low → none → high (``m.CONFIDENCE``, then None)."""
    order: list[str | None] = [*m.CONFIDENCE, None]
    now = current if current in order else None
    return order[(order.index(now) + 1) % len(order)]


def next_marking(current: str | None) -> str | None:
    """The portion marking after ``current``: none (inherited) → TLP:CLEAR → GREEN → AMBER →
    AMBER+STRICT → RED → none (``m.MARKINGS``, then None)."""
    order: list[str | None] = [None, *m.MARKINGS]
    now = current if current in order else None
    return order[(order.index(now) + 1) % len(order)]


class OutlineError(ValueError):
    """An operation that makes no sense where it was asked (the brief is unchanged)."""


@dataclass
class _Step:
    label: str
    before: m.Brief
    cursor: Cursor


@dataclass
class Outline:
    """A brief being edited, with its history."""

    brief: m.Brief
    _undo: list[_Step] = field(default_factory=list)
    _redo: list[_Step] = field(default_factory=list)
    last_label: str = ""

    # --------------------------------------------------------------- history
    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> Cursor | None:
        """Go back one step; the cursor of that step, or None when there is nothing."""
        if not self._undo:
            return None
        step = self._undo.pop()
        self._redo.append(_Step(step.label, self.brief, step.cursor))
        self.brief = step.before
        self.last_label = step.label
        return self._clamp(as_cursor(step.cursor) or BLUF)

    def redo(self) -> Cursor | None:
        if not self._redo:
            return None
        step = self._redo.pop()
        self._undo.append(_Step(step.label, self.brief, step.cursor))
        self.brief = step.before
        self.last_label = step.label
        return self._clamp(as_cursor(step.cursor) or BLUF)

    def reset(self, brief: m.Brief) -> None:
        """Start over with another brief (e.g. reloaded from disk): history is dropped."""
        self.brief = brief
        self._undo.clear()
        self._redo.clear()

    def _record(self, label: str, cursor: Cursor) -> None:
        self._undo.append(_Step(label, copy.deepcopy(self.brief), cursor))
        self._redo.clear()
        self.last_label = label

    def _clamp(self, cursor: Cursor) -> Cursor:
        """The nearest place that exists in the current brief."""
        secs = self.brief.sections
        if isinstance(cursor, BlufCursor) or not secs:
            return BLUF
        s = min(cursor.section, len(secs) - 1)
        if isinstance(cursor, EntryCursor) and secs[s].entries:
            return EntryCursor(s, min(cursor.entry, len(secs[s].entries) - 1))
        return SectionCursor(s)

    # --------------------------------------------------------------- helpers
    def _section(self, s: int) -> m.Section:
        if not 0 <= s < len(self.brief.sections):
            raise OutlineError("there is no such section")
        return self.brief.sections[s]

    def _entry(self, s: int, e: int) -> m.Entry:
        sec = self._section(s)
        if not 0 <= e < len(sec.entries):
            raise OutlineError("there is no such entry")
        return sec.entries[e]

    def target_section(self, cursor: Cursor | None) -> int:
        """The section new entries go into: the highlighted one, the one of the highlighted
        entry, else the first (created as "Key judgments" when the brief has none)."""
        cursor = as_cursor(cursor)
        if isinstance(cursor, SectionCursor | EntryCursor):
            if 0 <= cursor.section < len(self.brief.sections):
                return cursor.section
        return 0

    def _ensure_section(self, cursor: Cursor | None) -> int:
        if not self.brief.sections:
            self.brief.sections.append(m.Section("Key judgments"))
        return self.target_section(cursor)

    def _insert_at(self, cursor: Cursor | None, s: int) -> int:
        """Index for a new entry in section ``s``: after the highlighted entry, else last."""
        sec = self.brief.sections[s]
        cursor = as_cursor(cursor)
        if isinstance(cursor, EntryCursor) and cursor.section == s and cursor.entry >= 0:
            return min(cursor.entry + 1, len(sec.entries))
        return len(sec.entries)

    def cites(self, ref: m.Ref | str) -> list[Cursor]:
        """Where ``ref`` is cited in the brief."""
        key = str(ref)
        return [
            EntryCursor(s, e)
            for s, sec in enumerate(self.brief.sections)
            for e, en in enumerate(sec.entries)
            if en.ref is not None and str(en.ref) == key
        ]

    # ------------------------------------------------------------ operations
    def add_ref(self, ref: m.Ref | str, cursor: Cursor | None = None) -> Cursor:
        """Add a reference entry to the section at ``cursor`` (after the highlighted entry)."""
        parsed = m.Ref.parse(ref) if isinstance(ref, str) else ref
        self._record(f"add {parsed}", cursor or BLUF)
        s = self._ensure_section(cursor)
        e = self._insert_at(cursor, s)
        self.brief.sections[s].entries.insert(e, m.Entry(ref=m.Ref(parsed.source, parsed.item)))
        return EntryCursor(s, e)

    def add_prose(self, text: str, cursor: Cursor | None = None) -> Cursor:
        self._record("add prose", cursor or BLUF)
        s = self._ensure_section(cursor)
        e = self._insert_at(cursor, s)
        self.brief.sections[s].entries.insert(e, m.Entry(text=text))
        return EntryCursor(s, e)

    def edit_entry(self, s: int, e: int, text: str) -> Cursor:
        """Set the comment of a reference entry, or the text of a prose entry. An empty
        comment is removed; prose cannot be empty (remove the entry instead)."""
        entry = self._entry(s, e)
        if entry.is_prose:
            if not text.strip():
                raise OutlineError("prose cannot be empty; remove the entry instead")
            self._record("edit prose", EntryCursor(s, e))
            entry.text = text
        else:
            self._record("edit comment", EntryCursor(s, e))
            entry.comment = text if text.strip() else None
        return EntryCursor(s, e)

    def set_confidence(self, s: int, e: int, confidence: str | None) -> Cursor:
        if confidence is not None and confidence not in m.CONFIDENCE:
            raise OutlineError(f"confidence is one of {', '.join(m.CONFIDENCE)}")
        entry = self._entry(s, e)
        self._record("set confidence", EntryCursor(s, e))
        entry.confidence = confidence
        return EntryCursor(s, e)

    def cycle_confidence(self, s: int, e: int) -> Cursor:
        """The reference entry's next confidence: high → moderate → low → none → high."""
        entry = self._entry(s, e)
        if entry.is_prose:
            raise OutlineError("confidence belongs to a reference entry, not to prose")
        nxt = next_confidence(entry.confidence)
        self._record(f"confidence {nxt or 'none'}", EntryCursor(s, e))
        entry.confidence = nxt
        return EntryCursor(s, e)

    def set_marking(self, s: int, e: int, marking: str | None) -> Cursor:
        """The entry's portion marking (None: inherited from its source, or the brief)."""
        if marking is not None and marking not in m.MARKINGS:
            raise OutlineError(f"a marking is one of {', '.join(m.MARKINGS)}")
        entry = self._entry(s, e)
        self._record(f"marking {marking or 'inherited'}", EntryCursor(s, e))
        entry.marking = marking
        return EntryCursor(s, e)

    def cycle_marking(self, s: int, e: int) -> Cursor:
        """The entry's next portion marking (:func:`next_marking`), one undoable step."""
        return self.set_marking(s, e, next_marking(self._entry(s, e).marking))

    def set_bluf_marking(self, marking: str | None) -> Cursor:
        """The BLUF's portion marking (None: the brief's)."""
        if marking is not None and marking not in m.MARKINGS:
            raise OutlineError(f"a marking is one of {', '.join(m.MARKINGS)}")
        self._record(f"BLUF marking {marking or 'inherited'}", BLUF)
        self.brief.bluf_marking = marking
        return BLUF

    def set_bluf(self, text: str) -> Cursor:
        self._record("edit BLUF", BLUF)
        self.brief.bluf = text
        return BLUF

    def replace(self, brief: m.Brief, label: str = "restore snapshot") -> Cursor:
        """The whole brief replaced (a snapshot restored, #16) as one undoable step."""
        self._record(label, BLUF)
        self.brief = brief
        return BLUF

    def new_section(self, heading: str, cursor: Cursor | None = None) -> Cursor:
        """A new section after the highlighted one (or the one of the highlighted entry);
        last when the BLUF (or nothing, or a section that is gone) is highlighted."""
        heading = heading.strip()
        if not heading:
            raise OutlineError("a section needs a heading")
        self._record(f"new section {heading!r}", cursor or BLUF)
        secs = self.brief.sections
        cursor = as_cursor(cursor)
        if isinstance(cursor, SectionCursor | EntryCursor) and 0 <= cursor.section < len(secs):
            s = cursor.section + 1
        else:
            s = len(secs)
        secs.insert(s, m.Section(heading))
        return SectionCursor(s)

    def rename_section(self, s: int, heading: str) -> Cursor:
        heading = heading.strip()
        if not heading:
            raise OutlineError("a section needs a heading")
        sec = self._section(s)
        self._record(f"rename section {sec.heading!r}", SectionCursor(s))
        sec.heading = heading
        return SectionCursor(s)

    def delete_section(self, s: int) -> Cursor:
        sec = self._section(s)
        self._record(f"delete section {sec.heading!r}", SectionCursor(s))
        del self.brief.sections[s]
        return self._clamp(SectionCursor(s))

    def remove_entry(self, s: int, e: int) -> Cursor:
        entry = self._entry(s, e)
        what = str(entry.ref) if entry.ref else "prose"
        self._record(f"remove {what}", EntryCursor(s, e))
        del self.brief.sections[s].entries[e]
        return self._clamp(EntryCursor(s, e))

    def move_entry(self, s: int, e: int, delta: int) -> Cursor:
        """Move an entry one place up (-1) or down (+1). At the top of a section it goes to
        the end of the previous section; at the bottom, to the start of the next one."""
        if delta not in (-1, 1):
            raise OutlineError("an entry moves one place at a time")
        self._entry(s, e)
        secs = self.brief.sections
        n = len(secs[s].entries)
        if 0 <= e + delta < n:
            ts, te = s, e + delta
        elif delta < 0 and s > 0:
            ts, te = s - 1, len(secs[s - 1].entries)
        elif delta > 0 and s + 1 < len(secs):
            ts, te = s + 1, 0
        else:
            raise OutlineError("the entry is already at the " + ("top" if delta < 0 else "end"))
        self._record("move entry " + ("up" if delta < 0 else "down"), EntryCursor(s, e))
        entry = secs[s].entries.pop(e)
        secs[ts].entries.insert(te, entry)
        return EntryCursor(ts, te)

    def move_section(self, s: int, delta: int) -> Cursor:
        if delta not in (-1, 1):
            raise OutlineError("a section moves one place at a time")
        self._section(s)
        t = s + delta
        if not 0 <= t < len(self.brief.sections):
            raise OutlineError("the section is already at the " + ("top" if delta < 0 else "end"))
        self._record("move section " + ("up" if delta < 0 else "down"), SectionCursor(s))
        secs = self.brief.sections
        secs[s], secs[t] = secs[t], secs[s]
        return SectionCursor(t)

    def move(self, cursor: Cursor, delta: int) -> Cursor:
        """Move whatever the cursor is on."""
        at = as_cursor(cursor)
        if isinstance(at, EntryCursor):
            return self.move_entry(at.section, at.entry, delta)
        if isinstance(at, SectionCursor):
            return self.move_section(at.section, delta)
        raise OutlineError("the BLUF stays on top; highlight an entry or a section to move it")
