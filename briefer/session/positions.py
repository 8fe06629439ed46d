"""The text briefer writes for a brief, and where each value lands in it — from the
writing itself, never by parsing the text again.

The checks place findings on the word (``line:col``) through the ``pos`` of each model
object. After an edit those positions are stale: everything below the edit moved. Since
every edit is saved, the session writes the brief's YAML anyway; :func:`dump_placed`
watches the emitter write it and records where each YAML node starts (the first visible
character written after the node began: a plain value's first letter, the ``>``/``|`` of
a block scalar, the quote of a quoted one, the ``-`` of a block list, the ``[`` of a flow
list). That is exactly what the YAML reader reports as a node's start, so the brief's
positions afterwards are those a fresh read of the file would give.
"""

from __future__ import annotations

from typing import Any

from .. import model as m
from ..schema import brief_to_data
from ..yamlio import Dumper, dump

Pos = tuple[int, int]


class _Tracker:
    """A text stream that knows its (line, col) and gives the next visible character's
    position to every node waiting for one."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.line = 1
        self.col = 1
        self.waiting = 0  # nodes begun whose first character has not been written yet
        self.starts: list[Pos] = []

    def write(self, data: str) -> None:
        self.parts.append(data)
        for ch in data:
            if self.waiting and not ch.isspace():
                self.starts.extend([(self.line, self.col)] * self.waiting)
                self.waiting = 0
            if ch == "\n":
                self.line += 1
                self.col = 1
            else:
                self.col += 1

    def flush(self) -> None:
        pass


def _nodes(data: Any) -> int:
    """How many YAML nodes ``data`` makes (the order the emitter writes them in)."""
    if isinstance(data, dict):
        return 1 + sum(1 + _nodes(v) for v in data.values())
    if isinstance(data, list | tuple):
        return 1 + sum(_nodes(v) for v in data)
    return 1


def _dump(data: dict[str, Any]) -> tuple[str, list[Pos]]:
    tracker = _Tracker()

    class Placing(Dumper):
        def expect_node(self, *args: Any, **kwargs: Any) -> None:
            tracker.waiting += 1  # a node begins: its first visible character is its start
            super().expect_node(*args, **kwargs)

    dump(data, tracker, dumper=Placing)
    return "".join(tracker.parts), tracker.starts


def _assign(data: Any, starts: list[Pos], at: int, out: dict[int, m.Positions]) -> int:
    """Walk ``data`` in the emitter's order from node number ``at``; the positions of each
    mapping (``""``: its start, each key: its value's start) go to ``out[id(mapping)]``."""
    here = starts[at]
    at += 1
    if isinstance(data, dict):
        pos: m.Positions = {"": here}
        for key, value in data.items():
            at += 1  # the key's own node
            pos[key] = starts[at]
            at = _assign(value, starts, at, out)
        out[id(data)] = pos
    elif isinstance(data, list | tuple):
        for value in data:
            at = _assign(value, starts, at, out)
    return at


def _merge(old: m.Positions, new: m.Positions) -> m.Positions:
    """New positions, in the old key order (the saved key order follows ``pos``); keys
    no longer written keep their last position (nothing points at them)."""
    merged = {k: new.get(k, v) for k, v in old.items()}
    merged.update({k: v for k, v in new.items() if k not in merged})
    return merged


def dump_placed(brief: m.Brief) -> str:
    """The YAML briefer saves for ``brief`` (the same text as ``schema.dump_brief``), and
    ``brief``, its sections and entries get the positions of that text in ``pos``."""
    data = brief_to_data(brief)
    text, starts = _dump(data)
    if len(starts) != _nodes(data):  # cannot happen; then keep the old positions
        return text if text else dump(data)
    where: dict[int, m.Positions] = {}
    _assign(data, starts, 0, where)
    brief.pos = _merge(brief.pos, where[id(data)])
    sections = data.get("sections") or []
    for sec, sdata in zip(brief.sections, sections, strict=True):
        sec.pos = _merge(sec.pos, where[id(sdata)])
        for entry, edata in zip(sec.entries, sdata.get("entries") or [], strict=True):
            entry.pos = _merge(entry.pos, where[id(edata)])
    return text
