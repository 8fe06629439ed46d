"""The headless session: edits saved at once, announced to subscribers, checked without
re-reading or re-parsing the brief, the save and conflict policy, named cursors."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

import briefer.schema
import briefer.session
import briefer.yamlio
from briefer import model as m
from briefer.checks import check_brief
from briefer.errors import ChangedOnDisk, SaveError
from briefer.outline import BLUF, EntryCursor, OutlineError, SectionCursor, as_cursor
from briefer.schema import brief_from_doc, load_brief
from briefer.session import (
    BriefChanged,
    BriefSession,
    CheckJob,
    FindingsChanged,
    LibraryChanged,
    NoBrief,
    SaveFailed,
    State,
    open_session,
    sibling_path,
)
from briefer.session.positions import dump_placed
from briefer.workspace import Workspace
from briefer.yamlio import compose

WEEKLY = "nk-russia-weekly.brief.yaml"


def record(session: BriefSession) -> list[object]:
    events: list[object] = []
    session.subscribe(events.append)
    return events


def as_saved(path: Path) -> list[tuple[str, int, int, str, int | None, int | None]]:
    """What ``briefer check`` says about the file as it is on disk (a fresh read)."""
    ws = Workspace.load(path.parent)
    brief = load_brief(path)[0]
    return [
        (f.code, f.line, f.col, f.message, f.section, f.entry) for f in check_brief(ws, brief, path)
    ]


def shown(session: BriefSession) -> list[tuple[str, int, int, str, int | None, int | None]]:
    assert session.findings is not None
    return [(f.code, f.line, f.col, f.message, f.section, f.entry) for f in session.findings]


# ------------------------------------------------------------------ cursors
def test_cursors_have_names_and_stay_tuples() -> None:
    c = EntryCursor(1, 2)
    assert (c.section, c.entry) == (1, 2)
    assert c == ("entry", 1, 2) and hash(c) == hash(("entry", 1, 2))
    assert SectionCursor(3).section == 3 and SectionCursor(3) == ("section", 3)
    assert BLUF == ("bluf",)
    assert as_cursor(("entry", 0, 4)) == EntryCursor(0, 4)
    assert isinstance(as_cursor(("section", 2)), SectionCursor)
    assert repr(EntryCursor(0, 1)) == "EntryCursor(0, 1)"
    with pytest.raises(ValueError, match="^not an outline cursor: "):
        as_cursor(("nowhere",))


# ------------------------------------------------------------------ editing
def test_an_edit_is_saved_and_announced(session: BriefSession) -> None:
    events = record(session)
    at = session.add_prose("A new paragraph.", EntryCursor(0, 0))
    assert at == EntryCursor(0, 1) and isinstance(at, EntryCursor)
    assert session.state is State.SAVED
    assert load_brief(session.path)[0].sections[0].entries[1].text == "A new paragraph."
    kinds = [type(e) for e in events]
    assert kinds == [BriefChanged, FindingsChanged]
    assert events[0] == BriefChanged(EntryCursor(0, 1), "add prose")


def test_undo_and_redo_are_saved(session: BriefSession) -> None:
    before = session.brief.bluf
    session.set_text(BLUF, "Shorter bottom line.")
    assert load_brief(session.path)[0].bluf == "Shorter bottom line."
    assert session.undo() == BLUF
    assert load_brief(session.path)[0].bluf == before
    assert session.redo() == BLUF and session.brief.bluf == "Shorter bottom line."
    session.undo()
    session.undo()
    assert session.undo() is None  # nothing more


def test_refused_edits_change_nothing(session: BriefSession) -> None:
    events = record(session)
    with pytest.raises(OutlineError, match="^the BLUF stays; highlight an entry or a section to"):
        session.remove(BLUF)
    with pytest.raises(OutlineError, match="^highlight a reference entry in the outline to set"):
        session.cycle_confidence(SectionCursor(0))
    assert events == []
    empty = BriefSession(session.ws)
    assert empty.state is State.NO_BRIEF
    with pytest.raises(NoBrief, match=r"^No brief is open: ctrl\+o opens one"):
        empty.add_prose("x")


def test_an_edit_does_not_parse_or_read_the_brief(
    session: BriefSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Work proportional to the change: no YAML parse per edit, and the checks do not
    read the file (the save itself compares the file's bytes with what was read: that is
    the conflict check, not a parse)."""
    calls: list[str] = []

    def counting(name: str, real):  # noqa: ANN001, ANN202
        def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            calls.append(name)
            return real(*args, **kwargs)

        return wrapper

    for module in (briefer.schema, briefer.session):
        monkeypatch.setattr(module, "brief_from_doc", counting("brief_from_doc", brief_from_doc))
    for name in ("compose", "load_document"):
        real = getattr(briefer.yamlio, name)
        monkeypatch.setattr(briefer.yamlio, name, counting(name, real))
    monkeypatch.setattr(briefer.session, "load_document", counting("load_document", lambda p: 1))
    import briefer.checks.engine as engine

    monkeypatch.setattr(engine, "read_bytes", counting("read_bytes", engine.read_bytes))

    session.add_prose("One more paragraph.", EntryCursor(0, 0))
    session.set_text(BLUF, "A new bottom line.")
    session.move(EntryCursor(1, 0), -1)
    session.undo()
    assert session.findings is not None
    assert calls == []


def test_findings_after_edits_point_where_a_fresh_check_does(session: BriefSession) -> None:
    """Positions come from the save itself, and match a new read of the saved file."""
    session.add_prose("Shelling may possibly continue.\nIt could perhaps stop.", BLUF)
    session.add_ref("nk-artillery-2026/t1", EntryCursor(0, 0))
    session.set_text(EntryCursor(1, 0), "This might maybe matter.")
    session.new_section("Maybe later", EntryCursor(2, 0))
    session.move(EntryCursor(1, 1), -1)
    assert shown(session) == as_saved(session.path)
    vague = [f for f in session.findings or [] if f.code == "BRF003"]
    assert vague, "the test's wording should be flagged"
    # every finding is placed on its cursor
    for f in session.findings or []:
        assert f in session.findings_at(session.cursor_for(f))


def test_positions_match_a_fresh_parse(session: BriefSession) -> None:
    brief = copy.deepcopy(session.brief)
    brief.sections[0].entries.insert(0, m.Entry(text="x\ny " + "long " * 30))
    brief.bluf = 'Quoted: "yes" and NO'
    text = dump_placed(brief)
    again = brief_from_doc(compose(text, "b.brief.yaml"))
    assert again.pos == brief.pos
    for a, b in zip(again.sections, brief.sections, strict=True):
        assert a.pos == b.pos
        assert [e.pos for e in a.entries] == [e.pos for e in b.entries]
    assert text == briefer.schema.dump_brief(brief)


def test_cursor_for_and_place(session: BriefSession) -> None:
    session.set_text(EntryCursor(0, 0), "It may happen.")
    found = [f for f in session.findings or [] if f.code == "BRF003"]
    assert found and session.cursor_for(found[0]) == EntryCursor(0, 0)
    assert session.place(found[0]) == "Key judgments › entry 1"


# --------------------------------------------------------- save and conflict
def test_changed_on_disk_is_never_overwritten(session: BriefSession) -> None:
    events = record(session)
    theirs = session.path.read_text(encoding="utf-8").replace("Weekly brief", "Edited by someone")
    session.path.write_text(theirs, encoding="utf-8")
    session.set_text(BLUF, "Mine.")
    assert session.state is State.UNSAVED and isinstance(session.conflict, ChangedOnDisk)
    assert session.path.read_text(encoding="utf-8") == theirs
    failed = [e for e in events if isinstance(e, SaveFailed)]
    assert len(failed) == 1 and failed[0].conflict
    assert isinstance(events[1], BriefChanged)  # the failure first, then the change
    original = session.path
    target = session.keep_mine()
    assert target == sibling_path(original, "mine").with_name(target.name)
    assert load_brief(target)[0].bluf == "Mine."
    assert original.read_text(encoding="utf-8") == theirs
    assert session.state is State.SAVED and session.path == target


def test_reload_takes_theirs(session: BriefSession) -> None:
    session.path.write_text(
        session.path.read_text(encoding="utf-8").replace("Weekly brief", "Theirs"),
        encoding="utf-8",
    )
    session.set_text(BLUF, "Mine.")
    assert session.dirty
    session.reload()
    assert session.brief.subtitle == "Theirs" and not session.dirty
    assert not session.outline.can_undo


def test_a_failed_save_is_kept_and_retried(session: BriefSession) -> None:
    folder = session.path.parent
    folder.chmod(0o500)
    try:
        session.path.chmod(0o400)
        session.set_text(BLUF, "Kept in memory.")
        if session.state is State.SAVED:  # running as root: permissions do not apply
            pytest.skip("permissions are not enforced here")
        assert session.brief.bluf == "Kept in memory." and session.conflict is None
    finally:
        folder.chmod(0o700)
        session.path.chmod(0o600)
    session.set_text(BLUF, "Now saved.")
    assert session.state is State.SAVED
    assert load_brief(session.path)[0].bluf == "Now saved."


def test_save_as_never_replaces_a_file(session: BriefSession, sample_ws: Path) -> None:
    other = sample_ws / "nk-tech-transfer.brief.yaml"
    before = other.read_bytes()
    with pytest.raises(SaveError, match=r"nk-tech-transfer\.brief\.yaml: could not save: "):
        session.save_as(other)
    assert other.read_bytes() == before
    target = session.save_as(sample_ws / "copy")
    assert target.name == "copy.brief.yaml" and session.path == target


# --------------------------------------------------------------- the library
def test_library_changes_are_announced_with_new_problems(session: BriefSession) -> None:
    events = record(session)
    broken = session.ws.root / "sources" / "zz-broken.yaml"
    broken.write_text("title: [unclosed\n", encoding="utf-8")
    fresh = copy.copy(session.ws)
    fresh.refresh()
    session.library_changed(fresh)
    changed = [e for e in events if isinstance(e, LibraryChanged)]
    assert len(changed) == 1 and session.ws is fresh
    assert [p.path for p in changed[0].new_problems] == [str(broken)]
    assert isinstance(events[-1], FindingsChanged)


def test_cited_in_words(session: BriefSession) -> None:
    assert session.cited("nk-artillery-2026/t1") == ["Key judgments #1"]


# --------------------------------------------------------------- large briefs
def test_large_briefs_are_checked_by_the_runner_and_stale_results_dropped(
    session: BriefSession,
) -> None:
    jobs: list[CheckJob] = []
    session.runner = jobs.append
    for i in range(briefer.session.LARGE + 1):
        session.outline.add_prose(f"p{i}")
    session.add_prose("last one")
    session.add_prose("and another")
    assert len(jobs) == 2
    old, new = jobs
    assert old.brief is not session.brief  # a snapshot: edits go on meanwhile
    assert not session.accept(old, old.run())
    assert session.accept(new, new.run())
    assert session.findings is not None


def test_open_session_reports_a_broken_brief(sample_ws: Path) -> None:
    bad = sample_ws / "bad.brief.yaml"
    bad.write_text("title: x\nsections: 3\n", encoding="utf-8")
    session, problems = open_session(Workspace.load(sample_ws), bad)
    assert session.state is State.NO_BRIEF and problems and problems[0].path == str(bad)
    bad.unlink()
    session, problems = open_session(Workspace.load(sample_ws))
    assert session.is_open and problems == []
