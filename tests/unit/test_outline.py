"""Outline editing operations and their undo/redo history (no Textual)."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest

from briefer import model as m
from briefer.outline import BLUF, Outline, OutlineError
from briefer.schema import dump_brief, load_brief, save_brief


def _brief() -> m.Brief:
    return m.Brief(
        title="T",
        bluf="Bottom line.",
        sections=[
            m.Section("A", [m.Entry(ref=m.Ref("s1", "t1")), m.Entry(text="prose a")]),
            m.Section("B", [m.Entry(ref=m.Ref("s2", "q1"), comment="c")]),
            m.Section("C", []),
        ],
    )


def _shape(b: m.Brief) -> list[tuple[str, list[str]]]:
    return [
        (s.heading, [str(e.ref) if e.ref else f"~{e.text}" for e in s.entries]) for s in b.sections
    ]


def test_add_ref_goes_after_highlighted_entry_and_into_its_section() -> None:
    o = Outline(_brief())
    assert o.add_ref("s3/f1", ("entry", 0, 0)) == ("entry", 0, 1)
    assert _shape(o.brief)[0] == ("A", ["s1/t1", "s3/f1", "~prose a"])
    assert o.add_ref(m.Ref("s3", "f2"), ("section", 2)) == ("entry", 2, 0)
    assert o.add_ref("s3/f3", BLUF) == ("entry", 0, 3)  # first section, at its end
    with pytest.raises(ValueError, match="^reference 'not a ref' is not of the form SOURCE_ID/"):
        o.add_ref("not a ref", BLUF)


def test_add_to_brief_without_sections_creates_one() -> None:
    o = Outline(m.Brief("T"))
    assert o.add_prose("hello") == ("entry", 0, 0)
    assert _shape(o.brief) == [("Key judgments", ["~hello"])]
    o.undo()
    assert o.brief.sections == []


def test_edit_entry_sets_comment_or_prose() -> None:
    o = Outline(_brief())
    o.edit_entry(0, 0, "why it matters")
    assert o.brief.sections[0].entries[0].comment == "why it matters"
    o.edit_entry(0, 0, "  ")
    assert o.brief.sections[0].entries[0].comment is None
    o.edit_entry(0, 1, "new prose")
    assert o.brief.sections[0].entries[1].text == "new prose"
    with pytest.raises(OutlineError, match="^prose cannot be empty"):
        o.edit_entry(0, 1, "")
    with pytest.raises(OutlineError, match="^there is no such section$"):
        o.edit_entry(5, 0, "x")


def test_bluf_and_sections() -> None:
    o = Outline(_brief())
    o.set_bluf("New line")
    assert o.brief.bluf == "New line"
    assert o.new_section("D", ("entry", 0, 1)) == ("section", 1)
    assert [s.heading for s in o.brief.sections] == ["A", "D", "B", "C"]
    assert o.new_section("E", BLUF) == ("section", 4)
    o.rename_section(1, " Dee ")
    assert o.brief.sections[1].heading == "Dee"
    with pytest.raises(OutlineError, match="^a section needs a heading$"):
        o.rename_section(1, "  ")
    assert o.delete_section(4) == ("section", 3)
    assert [s.heading for s in o.brief.sections] == ["A", "Dee", "B", "C"]


def test_remove_entry_keeps_cursor_near() -> None:
    o = Outline(_brief())
    assert o.remove_entry(0, 1) == ("entry", 0, 0)
    assert o.remove_entry(0, 0) == ("section", 0)
    assert _shape(o.brief)[0] == ("A", [])


def test_entries_cross_sections_at_the_edges() -> None:
    o = Outline(_brief())
    assert o.move_entry(0, 1, +1) == ("entry", 1, 0)
    assert _shape(o.brief)[:2] == [("A", ["s1/t1"]), ("B", ["~prose a", "s2/q1"])]
    assert o.move(("entry", 1, 1), +1) == ("entry", 2, 0)
    assert _shape(o.brief)[2] == ("C", ["s2/q1"])
    with pytest.raises(OutlineError, match="^the entry is already at the end$"):
        o.move_entry(2, 0, +1)
    assert o.move_entry(1, 0, -1) == ("entry", 0, 1)
    with pytest.raises(OutlineError, match="^the entry is already at the top$"):
        o.move_entry(0, 0, -1)
    with pytest.raises(OutlineError, match="^the BLUF stays on top"):
        o.move(BLUF, -1)


def test_move_section() -> None:
    o = Outline(_brief())
    assert o.move(("section", 0), +1) == ("section", 1)
    assert [s.heading for s in o.brief.sections] == ["B", "A", "C"]
    with pytest.raises(OutlineError, match="^the section is already at the top$"):
        o.move_section(0, -1)


def test_every_operation_is_one_undo_step_and_redo_replays() -> None:
    o = Outline(_brief())
    states = [copy.deepcopy(o.brief)]
    ops = [
        lambda: o.add_ref("s9/t9", ("entry", 1, 0)),
        lambda: o.add_prose("p", ("section", 2)),
        lambda: o.edit_entry(1, 0, "cc"),
        lambda: o.set_bluf("b"),
        lambda: o.new_section("N"),
        lambda: o.rename_section(0, "AA"),
        lambda: o.move_entry(0, 0, 1),
        lambda: o.move_section(1, -1),
        lambda: o.remove_entry(0, 0),
        lambda: o.delete_section(2),
        lambda: o.set_confidence(0, 0, "high"),
        lambda: o.cycle_confidence(0, 0),
    ]
    for op in ops:
        op()
        states.append(copy.deepcopy(o.brief))
    assert len({dump_brief(s) for s in states}) == len(states)  # each op changed something
    for expected in reversed(states[:-1]):
        assert o.undo() is not None
        assert o.brief == expected
    assert o.undo() is None and not o.can_undo
    for expected in states[1:]:
        assert o.redo() is not None
        assert o.brief == expected
    assert o.redo() is None
    o.undo()
    o.set_bluf("branch")
    assert not o.can_redo


def test_failed_operation_records_nothing() -> None:
    o = Outline(_brief())
    with pytest.raises(OutlineError, match="^the entry is already at the top$"):
        o.move_entry(0, 0, -1)
    with pytest.raises(OutlineError, match="^a section needs a heading$"):
        o.new_section("")
    assert not o.can_undo


def test_cites_and_label() -> None:
    o = Outline(_brief())
    o.add_ref("s1/t1", ("section", 2))
    assert o.cites("s1/t1") == [("entry", 0, 0), ("entry", 2, 0)]
    assert o.last_label == "add s1/t1"


def test_edits_round_trip_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "x.brief.yaml"
    o = Outline(_brief())
    stamp = save_brief(o.brief, path, None)
    o.add_prose("text with [bold]markup[/bold] and a: colon", ("section", 1))
    o.edit_entry(1, 0, "multi\nline comment")
    save_brief(o.brief, path, stamp)
    loaded, _ = load_brief(path)
    assert loaded == o.brief


def test_outline_does_not_import_textual() -> None:
    import subprocess

    code = "import briefer.outline, sys; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_cycle_confidence_goes_round_one_undo_step_each() -> None:
    o = Outline(_brief())
    seen = []
    for _ in range(5):
        assert o.cycle_confidence(1, 0) == ("entry", 1, 0)
        seen.append(o.brief.sections[1].entries[0].confidence)
    assert seen == ["high", "moderate", "low", None, "high"]
    assert o.brief.sections[1].entries[0].comment == "c"  # nothing else changes
    assert o.undo() == ("entry", 1, 0)
    assert o.brief.sections[1].entries[0].confidence is None
    assert o.last_label == "confidence high"
    o.brief.sections[1].entries[0].confidence = "bogus"  # as a hand-edited file may say
    o.cycle_confidence(1, 0)
    assert o.brief.sections[1].entries[0].confidence == "high"
    steps = len(o._undo)
    with pytest.raises(OutlineError, match="^confidence belongs to a reference entry"):
        o.cycle_confidence(0, 1)  # prose
    with pytest.raises(OutlineError, match="^there is no such entry$"):
        o.cycle_confidence(2, 0)  # no such entry
    assert len(o._undo) == steps
