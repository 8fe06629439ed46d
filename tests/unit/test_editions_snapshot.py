"""Snapshots: what they hold, where they go, how they are read back, found and restored."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.editions.snapshot import (
    SnapshotError,
    current,
    find_snapshot,
    last_edition,
    list_snapshots,
    load_snapshot,
    restore_as_new,
    restore_brief,
    snapshot_at_export,
    snapshot_dir,
    take_snapshot,
)
from briefer.errors import LoadError
from briefer.schema import dump_brief, load_brief, save_brief
from briefer.workspace import Workspace

BRIEF = "nk-russia-weekly.brief.yaml"
T0 = datetime(2026, 11, 19, 7, 0, 5, tzinfo=UTC)
T1 = datetime(2026, 11, 26, 7, 0, 5, tzinfo=UTC)


def _open(ws_root: Path):  # noqa: ANN202
    path = ws_root / BRIEF
    brief, stamp = load_brief(path)
    return Workspace.load(ws_root, use_cache=False), brief, stamp, path


def test_snapshot_holds_the_brief_and_only_the_cited_items(sample_ws: Path) -> None:
    ws, brief, _, path = _open(sample_ws)
    snap = take_snapshot(ws, brief, path, "before review", now=T0)
    assert snap.path == (
        sample_ws
        / ".briefer"
        / "snapshots"
        / "nk-russia-weekly"
        / "20261119T070005Z-before-review.yaml"
    )
    text = snap.path.read_text(encoding="utf-8")
    assert 'taken: "2026-11-19T07:00:05Z"' in text and "note: before review" in text
    assert "bluf: >-" in text and "ref: nk-artillery-2026/t1" in text
    back = load_snapshot(snap.path)
    assert back.brief == brief
    cited = {str(e.ref) for s in brief.sections for e in s.entries if e.ref}
    held = {f"{sid}/{it.id}" for sid, src in back.sources.items() for it in src.items()}
    assert held == cited
    artillery = ws.sources["nk-artillery-2026"]
    assert artillery.body  # the note has a body; the snapshot does not keep it
    assert back.sources["nk-artillery-2026"].body is None
    assert all(it.span is None for src in back.sources.values() for it in src.items())
    assert back.same_content(current(ws, brief, path))


def test_snapshot_keeps_the_item_text_of_its_moment(sample_ws: Path) -> None:
    ws, brief, _, path = _open(sample_ws)
    snap = take_snapshot(ws, brief, path, now=T0)
    note = sample_ws / "sources" / "nk-artillery-2026.yaml"
    note.write_text(note.read_text(encoding="utf-8").replace("value: 15000", "value: 12000"))
    ws2 = Workspace.load(sample_ws, use_cache=False)
    assert ws2.sources["nk-artillery-2026"].item("f1").value == 12000
    old = load_snapshot(snap.path)
    assert old.lookup("nk-artillery-2026/f1")[1].value == 15000
    assert not old.same_content(current(ws2, brief, path))


def test_snapshots_never_replace_each_other(sample_ws: Path) -> None:
    ws, brief, _, path = _open(sample_ws)
    a = take_snapshot(ws, brief, path, "x", now=T0)
    b = take_snapshot(ws, brief, path, "x", now=T0)
    assert a.path != b.path and a.path.is_file() and b.path.is_file()
    assert b.path.name == "20261119T070005Z-x-2.yaml"


def test_list_is_newest_first_and_a_broken_file_hides_nothing(sample_ws: Path) -> None:
    ws, brief, _, path = _open(sample_ws)
    take_snapshot(ws, brief, path, "first", now=T0)
    take_snapshot(ws, brief, path, "second", now=T1)
    broken = snapshot_dir(path) / "20261120T000000Z-broken.yaml"
    broken.write_text("briefer_snapshot: 1\nbrief:\n  title: T\n  colour: red\n")
    snaps, problems = list_snapshots(path)
    assert [s.note for s in snaps] == ["second", "first"]
    assert len(problems) == 1
    p = problems[0]
    assert (p.path, p.line) == (str(broken), 4) and "colour" in p.message


def test_find_snapshot_by_name_prefix_last_and_edition(sample_ws: Path) -> None:
    ws, brief, _, path = _open(sample_ws)
    first = take_snapshot(ws, brief, path, "first", now=T0)
    exported = take_snapshot(ws, brief, path, export="pdf", now=T1)
    manual = take_snapshot(ws, brief, path, "after", now=datetime(2026, 11, 27, tzinfo=UTC))
    assert find_snapshot(path, "last").path == manual.path
    assert find_snapshot(path, "~1").path == exported.path
    assert find_snapshot(path, "last-edition").path == exported.path
    assert find_snapshot(path, "20261119").path == first.path
    assert find_snapshot(path, first.path.name).path == first.path
    assert find_snapshot(path, str(first.path)).path == first.path
    with pytest.raises(SnapshotError, match="matches 3 snapshots"):
        find_snapshot(path, "2026")
    with pytest.raises(SnapshotError, match="no snapshot named 'nope'"):
        find_snapshot(path, "nope")
    with pytest.raises(SnapshotError, match="there are 3 snapshots"):
        find_snapshot(path, "~7")


def test_unknown_key_in_a_snapshot_is_located(sample_ws: Path) -> None:
    ws, brief, _, path = _open(sample_ws)
    snap = take_snapshot(ws, brief, path, now=T0)
    text = snap.path.read_text(encoding="utf-8").replace("taken:", "takn:")
    snap.path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as e:
        load_snapshot(snap.path)
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if ln.startswith("takn:"))
    assert e.value.problems[0].line == line and "did you mean 'taken'" in str(e.value)


def test_restore_gives_a_brief_positioned_as_it_will_be_saved(sample_ws: Path) -> None:
    ws, brief, stamp, path = _open(sample_ws)
    snap = take_snapshot(ws, brief, path, now=T0)
    brief.bluf = "Rewritten."
    brief.sections[0].entries.pop(0)
    stamp = save_brief(brief, path, stamp)
    restored = restore_brief(load_snapshot(snap.path), path)
    assert restored == load_snapshot(snap.path).brief and restored is not snap.brief
    save_brief(restored, path, stamp)
    again, _ = load_brief(path)
    assert again == restored
    assert again.pos == restored.pos  # checks will point at the lines of the saved file
    assert restored.sections[0].entries[0].pos == again.sections[0].entries[0].pos


def test_restore_as_new_writes_a_new_brief_beside_it(sample_ws: Path) -> None:
    ws, brief, _, path = _open(sample_ws)
    snap = take_snapshot(ws, brief, path, now=T0)
    before = path.read_bytes()
    made = restore_as_new(snap, path)
    again = restore_as_new(snap, path)
    assert made.name == "nk-russia-weekly-restored-20261119-0700.brief.yaml"
    assert again.name == "nk-russia-weekly-restored-20261119-0700-2.brief.yaml"
    assert path.read_bytes() == before
    assert made.read_text(encoding="utf-8") == dump_brief(snap.brief)


def test_export_snapshot_is_reused_while_nothing_changed(sample_ws: Path) -> None:
    ws, brief, stamp, path = _open(sample_ws)
    a = snapshot_at_export(ws, brief, path, "md", now=T0)
    b = snapshot_at_export(ws, brief, path, "pdf", now=T1)
    assert a.path == b.path and a.export == "md"
    brief.sections[0].entries[0].confidence = "low"
    save_brief(brief, path, stamp)
    c = snapshot_at_export(ws, brief, path, "pdf", now=T1)
    assert c.path != a.path and c.export == "pdf"
    snaps, _ = list_snapshots(path)
    assert [s.path for s in snaps] == [c.path, a.path]
    # the last edition of the brief as it is now: the one before (not itself)
    assert last_edition(snaps, current(ws, brief, path)).path == a.path


def test_a_snapshot_is_readable_as_yaml_without_briefer(sample_ws: Path) -> None:
    import yaml

    ws, brief, _, path = _open(sample_ws)
    snap = take_snapshot(ws, brief, path, "a note: with a colon", now=T0)
    data = yaml.safe_load(snap.path.read_text(encoding="utf-8"))
    assert data["note"] == "a note: with a colon"
    assert data["brief"]["title"] == brief.title
    assert [s["id"] for s in data["sources"]][0] == "nk-artillery-2026"


def test_restoring_is_one_undoable_step(sample_ws: Path) -> None:
    from briefer.outline import Outline

    ws, brief, _, path = _open(sample_ws)
    snap = take_snapshot(ws, brief, path, now=T0)
    outline = Outline(brief)
    outline.set_bluf("Edited after the snapshot.")
    outline.remove_entry(0, 0)
    edited = copy.deepcopy(outline.brief)
    outline.replace(restore_brief(snap, path))
    assert outline.brief == snap.brief and outline.last_label == "restore snapshot"
    outline.undo()
    assert outline.brief == edited
    outline.redo()
    assert outline.brief == snap.brief


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(note=st.text(max_size=60), bluf=st.text(max_size=200))
def test_any_note_and_text_survive_a_snapshot(sample_ws: Path, note: str, bluf: str) -> None:
    ws, brief, _, path = _open(sample_ws)
    brief.bluf = bluf or None
    snap = take_snapshot(ws, brief, path, note)
    back = load_snapshot(snap.path)
    assert back.brief.bluf == brief.bluf
    assert back.note == " ".join(note.split())
    assert snap.path.parent == snapshot_dir(path) and snap.path.suffix == ".yaml"
