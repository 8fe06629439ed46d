"""What a text dialog edits, in words a recovery record can keep (``target``), and back.

A recovery record (:mod:`briefer.recovery`) may hold text typed in a dialog that was open
when briefer was stopped. To offer it again at the next start, the record says what that
text belonged to: ``bluf``, ``entry S E`` (an entry's comment or prose), ``prose S E`` (a
new prose entry at that place; ``prose`` alone: at the end), ``section S`` (a section's
heading) or ``new-section S`` (``new-section``: at the end). S and E count from 0.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..outline import BLUF, BlufCursor, Cursor, EntryCursor, SectionCursor

KINDS = ("bluf", "entry", "prose", "section", "new-section")


@dataclass(frozen=True, slots=True)
class Target:
    kind: str  # one of KINDS
    cursor: Cursor | None  # where (None: no place, e.g. a new section at the end)


def target(kind: str, cursor: Cursor | None) -> str:
    """The words for ``kind`` at ``cursor`` (see the module's docstring)."""
    if kind not in KINDS:
        raise ValueError(f"unknown dialog target {kind!r}")
    if kind == "bluf" or cursor is None or isinstance(cursor, BlufCursor):
        return kind
    if isinstance(cursor, EntryCursor):
        return f"{kind} {cursor.section} {cursor.entry}"
    return f"{kind} {cursor.section}"


def parse(text: str | None) -> Target | None:
    """The target a record names, or None when it names none this version knows."""
    words = (text or "").split()
    if not words or words[0] not in KINDS or not all(w.isdigit() for w in words[1:]):
        return None
    kind, numbers = words[0], [int(w) for w in words[1:]]
    if kind == "bluf":
        return Target(kind, BLUF)
    if len(numbers) == 2:
        return Target(kind, EntryCursor(numbers[0], numbers[1]))
    if len(numbers) == 1:
        return Target(kind, SectionCursor(numbers[0]))
    return Target(kind, None) if not numbers else None


def describe(text: str | None) -> str:
    """The target for a person: "the BLUF", "entry 3 of section 2" …"""
    t = parse(text)
    if t is None:
        return "a dialog"
    c = t.cursor
    if t.kind == "bluf":
        return "the BLUF"
    if t.kind == "entry" and isinstance(c, EntryCursor):
        return f"entry {c.entry + 1} of section {c.section + 1}"
    if t.kind == "prose":
        return "a new prose entry"
    if t.kind == "section" and isinstance(c, SectionCursor):
        return f"the heading of section {c.section + 1}"
    return "a new section"
