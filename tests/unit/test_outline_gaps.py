"""Outline behaviour no other test pinned (each found by a mutant that survived, #22): moves
at the edges, stale cursors, the cursors undo and redo return, where new things go, reset,
and the exact message of every refusal."""

from __future__ import annotations

import copy

import pytest
from test_outline import _brief, _shape

from briefer import model as m
from briefer.outline import (
    BLUF,
    EntryCursor,
    Outline,
    OutlineError,
    SectionCursor,
    as_cursor,
    next_confidence,
    next_marking,
)


# ------------------------------------------------------------------ moves at the edges
def test_move_up_to_index_0_within_the_section() -> None:
    o = Outline(_brief())
    got = o.move_entry(0, 1, -1)
    assert got == EntryCursor(0, 0) and type(got) is EntryCursor
    assert _shape(o.brief)[0] == ("A", ["~prose a", "s1/t1"])
    assert _shape(o.brief)[1] == ("B", ["s2/q1"])  # nothing crossed into the next section
    assert o.last_label == "move entry up"


def test_move_down_within_the_section_and_up_across() -> None:
    o = Outline(_brief())
    assert o.move_entry(0, 0, +1) == EntryCursor(0, 1)
    assert _shape(o.brief)[0] == ("A", ["~prose a", "s1/t1"])
    assert o.last_label == "move entry down"
    # the first entry of B goes to the END of A (after both entries), not its start
    assert o.move_entry(1, 0, -1) == EntryCursor(0, 2)
    assert _shape(o.brief)[:2] == [("A", ["~prose a", "s1/t1", "s2/q1"]), ("B", [])]


def test_move_up_into_an_empty_previous_section() -> None:
    o = Outline(_brief())
    o.move_entry(1, 0, +1)  # B's only entry into C
    assert _shape(o.brief)[1:] == [("B", []), ("C", ["s2/q1"])]
    assert o.move_entry(2, 0, -1) == EntryCursor(1, 0)
    assert _shape(o.brief)[1:] == [("B", ["s2/q1"]), ("C", [])]


def test_last_entry_and_last_section_do_not_move_down() -> None:
    o = Outline(_brief())
    o.move_entry(1, 0, +1)
    before = copy.deepcopy(o.brief)
    steps = len(o._undo)
    with pytest.raises(OutlineError, match=r"^the entry is already at the end$"):
        o.move_entry(2, 0, +1)
    with pytest.raises(OutlineError, match=r"^the entry is already at the top$"):
        o.move_entry(0, 0, -1)
    with pytest.raises(OutlineError, match=r"^the section is already at the end$"):
        o.move_section(2, +1)
    with pytest.raises(OutlineError, match=r"^the section is already at the end$"):
        o.move(SectionCursor(2), +1)
    with pytest.raises(OutlineError, match=r"^the section is already at the top$"):
        o.move_section(0, -1)
    assert o.brief == before and len(o._undo) == steps


def test_moves_go_one_place_at_a_time() -> None:
    o = Outline(_brief())
    for bad in (0, 2, -2):
        with pytest.raises(OutlineError, match=r"^an entry moves one place at a time$"):
            o.move_entry(0, 0, bad)
        with pytest.raises(OutlineError, match=r"^a section moves one place at a time$"):
            o.move_section(1, bad)
    assert not o.can_undo


def test_move_section_swaps_and_labels() -> None:
    o = Outline(_brief())
    assert o.move_section(2, -1) == SectionCursor(1)
    assert [s.heading for s in o.brief.sections] == ["A", "C", "B"]
    assert o.last_label == "move section up"
    assert o.move(SectionCursor(0), +1) == SectionCursor(1)
    assert [s.heading for s in o.brief.sections] == ["C", "A", "B"]
    assert o.last_label == "move section down"
    with pytest.raises(OutlineError, match=r"^the BLUF stays on top; highlight an entry"):
        o.move(BLUF, +1)


def test_move_takes_plain_tuples() -> None:
    o = Outline(_brief())
    assert o.move(("entry", 0, 1), -1) == EntryCursor(0, 0)
    assert o.move(("section", 1), -1) == SectionCursor(0)
    assert [s.heading for s in o.brief.sections] == ["B", "A", "C"]


# ------------------------------------------------------------------ stale cursors
STALE = [
    ("move entry", lambda o: o.move(EntryCursor(0, 7), +1), "entry"),
    ("move entry, no section", lambda o: o.move(EntryCursor(9, 0), -1), "section"),
    ("move section", lambda o: o.move(SectionCursor(3), -1), "section"),
    ("negative section", lambda o: o.move_section(-1, +1), "section"),
    ("negative entry", lambda o: o.move_entry(0, -1, +1), "entry"),
    ("edit", lambda o: o.edit_entry(0, 2, "x"), "entry"),
    ("edit, no section", lambda o: o.edit_entry(3, 0, "x"), "section"),
    ("remove", lambda o: o.remove_entry(2, 0), "entry"),
    ("delete section", lambda o: o.delete_section(3), "section"),
    ("rename section", lambda o: o.rename_section(-1, "x"), "section"),
    ("set confidence", lambda o: o.set_confidence(1, 1, "high"), "entry"),
    ("cycle confidence", lambda o: o.cycle_confidence(5, 0), "section"),
    ("set marking", lambda o: o.set_marking(0, 9, "TLP:RED"), "entry"),
    ("cycle marking", lambda o: o.cycle_marking(0, 9), "entry"),
]


@pytest.mark.parametrize(("what", "op", "noun"), STALE, ids=[s[0] for s in STALE])
def test_a_stale_cursor_is_a_clean_outline_error(what: str, op, noun: str) -> None:
    o = Outline(_brief())
    before = copy.deepcopy(o.brief)
    with pytest.raises(OutlineError, match=rf"^there is no such {noun}$"):
        op(o)
    assert o.brief == before
    assert not o.can_undo and o.last_label == ""


def test_new_things_at_a_stale_cursor_go_to_the_defaults() -> None:
    o = Outline(_brief())
    # an entry cursor into a section that is gone: the first section, at its end
    assert o.add_ref("s3/f1", EntryCursor(9, 0)) == EntryCursor(0, 2)
    assert o.add_prose("p", SectionCursor(7)) == EntryCursor(0, 3)
    # an entry index past the end: after the last entry
    assert o.add_prose("q", EntryCursor(1, 5)) == EntryCursor(1, 1)
    # a section cursor that is gone: the new section goes last
    assert o.new_section("Z", SectionCursor(8)) == SectionCursor(3)
    assert [s.heading for s in o.brief.sections] == ["A", "B", "C", "Z"]
    assert _shape(o.brief)[:2] == [
        ("A", ["s1/t1", "~prose a", "s3/f1", "~p"]),
        ("B", ["s2/q1", "~q"]),
    ]


def test_negative_cursors_count_as_stale_not_as_from_the_end() -> None:
    o = Outline(_brief())
    assert o.add_prose("p", SectionCursor(-1)) == EntryCursor(0, 2)  # not into C
    assert o.add_prose("q", EntryCursor(-1, 0)) == EntryCursor(0, 3)
    assert o.add_prose("r", EntryCursor(1, -3)) == EntryCursor(1, 1)  # B's end, not its middle
    assert o.new_section("Z", SectionCursor(-1)) == SectionCursor(3)
    assert _shape(o.brief) == [
        ("A", ["s1/t1", "~prose a", "~p", "~q"]),
        ("B", ["s2/q1", "~r"]),
        ("C", []),
        ("Z", []),
    ]


# ------------------------------------------------------------------ where new things go
def test_add_prose_at_a_section_cursor_goes_to_that_sections_end() -> None:
    o = Outline(_brief())
    assert o.add_prose("end of A", SectionCursor(0)) == EntryCursor(0, 2)
    assert o.add_prose("into C", SectionCursor(2)) == EntryCursor(2, 0)
    assert o.add_prose("after q1", EntryCursor(1, 0)) == EntryCursor(1, 1)
    assert o.add_prose("before prose a", EntryCursor(0, 0)) == EntryCursor(0, 1)
    assert o.add_prose("first section", BLUF) == EntryCursor(0, 4)
    assert o.add_prose("no cursor") == EntryCursor(0, 5)
    assert _shape(o.brief) == [
        (
            "A",
            ["s1/t1", "~before prose a", "~prose a", "~end of A", "~first section", "~no cursor"],
        ),
        ("B", ["s2/q1", "~after q1"]),
        ("C", ["~into C"]),
    ]
    assert o.last_label == "add prose"


def test_add_ref_keeps_the_parsed_ref_and_labels_it() -> None:
    o = Outline(_brief())
    got = o.add_ref(" s7/q2 ", SectionCursor(2))
    assert got == EntryCursor(2, 0)
    entry = o.brief.sections[2].entries[0]
    assert entry.ref == m.Ref("s7", "q2") and entry.text is None and entry.comment is None
    assert o.last_label == "add s7/q2"
    with pytest.raises(ValueError, match="s7"):
        o.add_ref("s7", BLUF)
    assert len(o._undo) == 1


def test_new_section_goes_after_the_highlighted_one() -> None:
    o = Outline(_brief())
    assert o.new_section("after A", SectionCursor(0)) == SectionCursor(1)
    assert o.new_section("after C", SectionCursor(3)) == SectionCursor(4)
    assert o.new_section("after B", EntryCursor(2, 0)) == SectionCursor(3)
    assert o.new_section("  last  ", BLUF) == SectionCursor(6)
    assert o.new_section("also last") == SectionCursor(7)
    assert [s.heading for s in o.brief.sections] == [
        "A",
        "after A",
        "B",
        "after B",
        "C",
        "after C",
        "last",
        "also last",
    ]
    assert o.brief.sections[1].entries == []
    assert o.last_label == "new section 'also last'"


def test_new_section_in_a_brief_without_sections() -> None:
    o = Outline(m.Brief("T"))
    assert o.new_section("Only", SectionCursor(0)) == SectionCursor(0)
    assert [s.heading for s in o.brief.sections] == ["Only"]


def test_target_section() -> None:
    o = Outline(_brief())
    assert o.target_section(SectionCursor(2)) == 2
    assert o.target_section(EntryCursor(1, 0)) == 1
    assert o.target_section(("entry", 1, 0)) == 1
    assert o.target_section(SectionCursor(3)) == 0
    assert o.target_section(BLUF) == 0
    assert o.target_section(None) == 0


# ------------------------------------------------------------------ refusals, with messages
def test_set_confidence_refuses_a_word_not_in_the_scale() -> None:
    o = Outline(_brief())
    for bad in ("bogus", "High", "", "medium"):
        with pytest.raises(OutlineError, match=r"^confidence is one of high, moderate, low$"):
            o.set_confidence(0, 0, bad)
    assert not o.can_undo and o.brief.sections[0].entries[0].confidence is None
    assert o.set_confidence(0, 0, "low") == EntryCursor(0, 0)
    assert o.brief.sections[0].entries[0].confidence == "low"
    assert o.last_label == "set confidence"
    o.set_confidence(0, 0, None)
    assert o.brief.sections[0].entries[0].confidence is None
    assert len(o._undo) == 2


def test_markings_refuse_a_word_not_in_tlp() -> None:
    o = Outline(_brief())
    msg = r"^a marking is one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER\+STRICT, TLP:RED$"
    with pytest.raises(OutlineError, match=msg):
        o.set_marking(0, 0, "TLP:WHITE")
    with pytest.raises(OutlineError, match=msg):
        o.set_bluf_marking("red")
    assert not o.can_undo
    assert o.set_marking(0, 1, "TLP:RED") == EntryCursor(0, 1)
    assert o.brief.sections[0].entries[1].marking == "TLP:RED"
    assert o.last_label == "marking TLP:RED"
    o.set_marking(0, 1, None)
    assert o.brief.sections[0].entries[1].marking is None
    assert o.last_label == "marking inherited"
    assert o.set_bluf_marking("TLP:GREEN") == BLUF
    assert o.brief.bluf_marking == "TLP:GREEN" and o.last_label == "BLUF marking TLP:GREEN"
    o.set_bluf_marking(None)
    assert o.brief.bluf_marking is None and o.last_label == "BLUF marking inherited"


def test_cycle_marking_goes_round() -> None:
    o = Outline(_brief())
    seen = []
    for _ in range(7):
        assert o.cycle_marking(1, 0) == EntryCursor(1, 0)
        seen.append(o.brief.sections[1].entries[0].marking)
    assert seen == [*m.MARKINGS, None, "TLP:CLEAR"]
    assert len(o._undo) == 7


def test_next_confidence_and_marking() -> None:
    assert [next_confidence(c) for c in ("high", "moderate", "low", None, "bogus")] == [
        "moderate",
        "low",
        None,
        "high",
        "high",
    ]
    assert next_marking(None) == "TLP:CLEAR"
    assert next_marking("TLP:RED") is None
    assert next_marking("TLP:AMBER") == "TLP:AMBER+STRICT"
    assert next_marking("whatever") == "TLP:CLEAR"


def test_empty_text_refusals() -> None:
    o = Outline(_brief())
    with pytest.raises(OutlineError, match=r"^prose cannot be empty; remove the entry instead$"):
        o.edit_entry(0, 1, " \n\t")
    with pytest.raises(OutlineError, match=r"^a section needs a heading$"):
        o.new_section(" \t")
    with pytest.raises(OutlineError, match=r"^a section needs a heading$"):
        o.rename_section(0, "")
    with pytest.raises(OutlineError, match=r"^confidence belongs to a reference entry"):
        o.cycle_confidence(0, 1)
    assert not o.can_undo and o.brief == _brief()


# ------------------------------------------------------------------ undo / redo
def test_undo_and_redo_of_a_prose_edit() -> None:
    o = Outline(_brief())
    assert o.edit_entry(0, 1, "new prose") == EntryCursor(0, 1)
    assert o.last_label == "edit prose"
    got = o.undo()
    assert got == EntryCursor(0, 1) and type(got) is EntryCursor
    assert o.brief.sections[0].entries[1].text == "prose a"
    assert o.brief == _brief()
    assert o.can_redo and not o.can_undo
    assert o.redo() == EntryCursor(0, 1)
    assert o.brief.sections[0].entries[1].text == "new prose"
    assert o.last_label == "edit prose"
    assert o.can_undo and not o.can_redo


def test_undo_of_a_comment_edit_restores_it() -> None:
    o = Outline(_brief())
    o.edit_entry(1, 0, "new comment")
    assert o.last_label == "edit comment"
    o.edit_entry(1, 0, "")
    assert o.brief.sections[1].entries[0].comment is None
    assert o.undo() == EntryCursor(1, 0)
    assert o.brief.sections[1].entries[0].comment == "new comment"
    o.undo()
    assert o.brief.sections[1].entries[0].comment == "c"


def test_undo_and_redo_return_the_cursor_the_step_was_made_at() -> None:
    o = Outline(_brief())
    o.move_entry(0, 0, +1)  # made at (0, 0); the entry is now at (0, 1)
    o.set_bluf("new")
    o.rename_section(1, "Bee")
    assert o.undo() == SectionCursor(1) and o.last_label == "rename section 'B'"
    assert o.undo() == BLUF and o.last_label == "edit BLUF"
    assert o.undo() == EntryCursor(0, 0) and o.last_label == "move entry down"
    assert o.undo() is None
    assert o.redo() == EntryCursor(0, 0) and o.last_label == "move entry down"
    assert o.redo() == BLUF
    got = o.redo()
    assert got == SectionCursor(1) and type(got) is SectionCursor
    assert o.redo() is None
    assert o.brief.bluf == "new" and o.brief.sections[1].heading == "Bee"


def test_undo_and_redo_clamp_to_what_exists() -> None:
    o = Outline(_brief())
    o.remove_entry(0, 1)  # made at (0, 1)
    o.undo()
    # redo removes it again: (0, 1) no longer exists, the nearest is (0, 0)
    assert o.redo() == EntryCursor(0, 0)
    # a step made at a section that is gone after redo: the last section there is
    o2 = Outline(_brief())
    o2.delete_section(2)
    assert o2.undo() == SectionCursor(2)
    assert o2.redo() == SectionCursor(1)
    # an entry cursor into a section that is empty after redo: the section
    o3 = Outline(_brief())
    o3.remove_entry(1, 0)
    assert o3.undo() == EntryCursor(1, 0)
    assert o3.redo() == SectionCursor(1)
    # nothing left at all: the BLUF
    o4 = Outline(m.Brief("T", sections=[m.Section("Only")]))
    o4.delete_section(0)
    assert o4.brief.sections == []
    o4.undo()
    assert o4.redo() == BLUF


def test_remove_and_delete_return_the_nearest_place() -> None:
    o = Outline(_brief())
    assert o.delete_section(1) == SectionCursor(1)
    assert o.last_label == "delete section 'B'"
    assert o.delete_section(1) == SectionCursor(0)
    assert o.remove_entry(0, 0) == EntryCursor(0, 0)
    assert o.last_label == "remove s1/t1"
    assert o.remove_entry(0, 0) == SectionCursor(0)
    assert o.last_label == "remove prose"
    assert o.delete_section(0) == BLUF
    assert o.brief.sections == []


def test_a_new_step_drops_the_redo_history() -> None:
    o = Outline(_brief())
    o.set_bluf("one")
    o.set_bluf("two")
    o.undo()
    o.undo()
    assert o.can_redo
    o.add_prose("branch", SectionCursor(2))
    assert not o.can_redo and o.redo() is None
    assert o.brief.bluf == "Bottom line."


def test_reset_drops_the_history_and_takes_the_new_brief() -> None:
    o = Outline(_brief())
    o.set_bluf("one")
    o.set_bluf("two")
    o.undo()
    assert o.can_undo and o.can_redo
    other = m.Brief("Other", sections=[m.Section("X")])
    o.reset(other)
    assert o.brief is other
    assert not o.can_undo and not o.can_redo
    assert o.undo() is None and o.redo() is None
    assert o.brief is other
    o.add_prose("p")
    assert o.undo() == BLUF and o.brief.sections[0].entries == []


def test_replace_is_one_undoable_step() -> None:
    o = Outline(_brief())
    other = m.Brief("Other")
    assert o.replace(other) == BLUF
    assert o.brief is other and o.last_label == "restore snapshot"
    o.replace(m.Brief("Third"), label="restore edition 2")
    assert o.last_label == "restore edition 2"
    o.undo()
    o.undo()
    assert o.brief == _brief()


def test_cycle_confidence_label_names_the_new_value() -> None:
    o = Outline(_brief())
    o.cycle_confidence(0, 0)
    assert o.last_label == "confidence high"
    o.set_confidence(0, 0, "low")
    o.cycle_confidence(0, 0)
    assert o.last_label == "confidence none"


# ------------------------------------------------------------------ cursors
def test_as_cursor() -> None:
    assert as_cursor(None) is None
    assert as_cursor(("bluf",)) is BLUF
    got = as_cursor(("entry", 1, 2))
    assert type(got) is EntryCursor and (got.section, got.entry) == (1, 2)
    got = as_cursor(("section", 3))
    assert type(got) is SectionCursor and got.section == 3
    cur = EntryCursor(0, 0)
    assert as_cursor(cur) is cur
    for bad in (("entry", 1), ("section",), ("page", 1), ("bluf", 1), ()):
        with pytest.raises(ValueError, match=r"^not an outline cursor: "):
            as_cursor(bad)


def test_cursor_reprs_and_equality() -> None:
    assert repr(BLUF) == "BlufCursor()"
    assert repr(SectionCursor(2)) == "SectionCursor(2)"
    assert repr(EntryCursor(1, 4)) == "EntryCursor(1, 4)"
    assert EntryCursor(1, 4) == ("entry", 1, 4) and hash(SectionCursor(2)) == hash(("section", 2))


def test_undo_returns_where_the_highlight_was_before_the_step() -> None:
    """Adding and creating record the cursor the user was on, so undo puts it back there."""
    o = Outline(_brief())
    o.add_prose("p", SectionCursor(2))
    assert o.undo() == SectionCursor(2)
    o.add_ref("s3/f1", EntryCursor(1, 0))
    assert o.undo() == EntryCursor(1, 0)
    o.new_section("N", SectionCursor(1))
    assert o.undo() == SectionCursor(1)
    o.set_confidence(1, 0, "high")
    assert o.undo() == EntryCursor(1, 0)
    o.set_marking(0, 1, "TLP:RED")
    assert o.undo() == EntryCursor(0, 1)
    o.move_section(1, +1)
    assert o.undo() == SectionCursor(1)
    assert o.rename_section(2, "Sea") == SectionCursor(2)
    assert o.undo() == SectionCursor(2)
    assert o.brief == _brief()


def test_undo_after_redo_has_the_label_and_cursor_of_the_step() -> None:
    o = Outline(_brief())
    o.edit_entry(1, 0, "new comment")
    o.set_bluf("b")
    o.undo()
    o.undo()
    o.redo()
    assert o.last_label == "edit comment"
    assert o.undo() == EntryCursor(1, 0)
    assert o.last_label == "edit comment"
    assert o.brief == _brief()
