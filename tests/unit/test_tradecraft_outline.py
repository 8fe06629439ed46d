"""Setting portion markings in the outline (#14, for the TUI's key): one undoable step each,
saved as ``marking:`` / ``bluf_marking:``."""

from __future__ import annotations

import pytest

from briefer import model as m
from briefer.outline import Outline, OutlineError, next_marking
from briefer.schema import dump_brief


def _outline() -> Outline:
    brief = m.Brief(
        "T",
        marking="TLP:AMBER",
        bluf="B.",
        sections=[
            m.Section("Key judgments", [m.Entry(text="Prose."), m.Entry(ref=m.Ref("s", "t1"))])
        ],
    )
    return Outline(brief)


def test_next_marking_goes_round() -> None:
    seen = [None]
    for _ in range(6):
        seen.append(next_marking(seen[-1]))
    assert seen == [None, *m.MARKINGS, None]
    assert next_marking("bogus") == "TLP:CLEAR"


def test_cycle_and_undo_an_entry_marking() -> None:
    o = _outline()
    assert o.cycle_marking(0, 1) == ("entry", 0, 1)
    assert o.brief.sections[0].entries[1].marking == "TLP:CLEAR"
    o.cycle_marking(0, 1)
    assert o.brief.sections[0].entries[1].marking == "TLP:GREEN"
    assert "        marking: TLP:GREEN\n" in dump_brief(o.brief)
    o.undo()
    assert o.brief.sections[0].entries[1].marking == "TLP:CLEAR"
    o.undo()
    assert o.brief.sections[0].entries[1].marking is None
    assert "marking: TLP:CLEAR" not in dump_brief(o.brief)


def test_set_marking_of_prose_and_bluf() -> None:
    o = _outline()
    o.set_marking(0, 0, "TLP:CLEAR")
    o.set_bluf_marking("TLP:GREEN")
    assert o.brief.sections[0].entries[0].marking == "TLP:CLEAR"
    assert "bluf_marking: TLP:GREEN\n" in dump_brief(o.brief)
    o.undo()
    assert o.brief.bluf_marking is None
    with pytest.raises(OutlineError, match="a marking is one of TLP:CLEAR"):
        o.set_marking(0, 0, "SECRET")
    with pytest.raises(OutlineError, match="^a marking is one of TLP:CLEAR"):
        o.set_bluf_marking("GREEN")
