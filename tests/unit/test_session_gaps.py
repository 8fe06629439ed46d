"""The session layer's behaviour no other test pinned (found by surviving mutants, #22):
events and their labels, state after each operation, free names beside a file, where a
finding is placed, the export warning's wording, and opening failures."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_session import WEEKLY, record

from briefer import model as m
from briefer.checks.finding import ERROR, WARNING, Finding
from briefer.errors import SaveError
from briefer.outline import BLUF, EntryCursor, SectionCursor
from briefer.session import (
    LARGE,
    BriefChanged,
    BriefSession,
    FindingsChanged,
    LibraryChanged,
    NoBrief,
    SaveFailed,
    State,
    cursor_for,
    open_session,
    place,
    sibling_path,
)
from briefer.workspace import Workspace


def finding(code: str = "BRF003", severity: str = WARNING, s=None, e=None) -> Finding:
    return Finding(code, severity, "m", "x.brief.yaml", 1, 1, s, e)


# ------------------------------------------------------------------ no brief open
def test_every_view_of_the_brief_needs_one(sample_ws: Path) -> None:
    s = BriefSession(Workspace.load(sample_ws))
    assert s.state is State.NO_BRIEF and not s.is_open and not s.dirty
    assert s.conflict is None and s.size == 0 and s.cited("a/b") == []
    for view in ("path", "outline", "brief", "text"):
        with pytest.raises(NoBrief, match=r"^No brief is open: ctrl\+o opens one"):
            getattr(s, view)
    for call in (s.save, s.undo, s.redo, s.reload, lambda: s.save_as(sample_ws / "x")):
        with pytest.raises(NoBrief):
            call()
    assert s.findings is None and s.errors == 0 and s.export_warning() == ""


def test_close_announces_and_forgets(session: BriefSession) -> None:
    events = record(session)
    session.close()
    assert session.state is State.NO_BRIEF and session.findings is None
    assert session.placed == {}
    assert events == [BriefChanged(None, "close"), FindingsChanged(None)]


def test_open_announces_the_bluf(session: BriefSession, sample_ws: Path) -> None:
    events = record(session)
    session.open(sample_ws / "nk-tech-transfer.brief.yaml")
    assert events[0] == BriefChanged(BLUF, "open")
    assert isinstance(events[1], FindingsChanged) and len(events) == 2
    assert session.path.name == "nk-tech-transfer.brief.yaml"
    assert session.state is State.SAVED and session.text.startswith("title:")


def test_unsubscribe_stops_the_events(session: BriefSession) -> None:
    events: list[object] = []
    stop = session.subscribe(events.append)
    session.set_text(BLUF, "One.")
    n = len(events)
    assert n == 2
    stop()
    stop()  # twice is harmless
    session.set_text(BLUF, "Two.")
    assert len(events) == n


# ------------------------------------------------------------------ edits and their labels
def test_each_edit_is_saved_and_labelled(session: BriefSession) -> None:
    events = record(session)
    assert session.new_section("Gaps", SectionCursor(0)) == SectionCursor(1)
    assert session.set_text(SectionCursor(1), "Known gaps") == SectionCursor(1)
    assert session.add_ref("nk-artillery-2026/t1", SectionCursor(1)) == EntryCursor(1, 0)
    assert session.set_text(EntryCursor(1, 0), "Why.") == EntryCursor(1, 0)
    assert session.cycle_confidence(EntryCursor(1, 0)) == EntryCursor(1, 0)
    assert session.move(SectionCursor(1), -1) == SectionCursor(0)
    assert session.remove(EntryCursor(0, 0)) == SectionCursor(0)
    assert session.remove(SectionCursor(0)) == SectionCursor(0)
    labels = [e.label for e in events if isinstance(e, BriefChanged)]
    assert labels == [
        "new section 'Gaps'",
        "rename section 'Gaps'",
        "add nk-artillery-2026/t1",
        "edit comment",
        "confidence high",
        "move section up",
        "remove nk-artillery-2026/t1",
        "delete section 'Known gaps'",
    ]
    assert session.state is State.SAVED
    assert session.undo() == SectionCursor(0)
    assert [s.heading for s in session.brief.sections][0] == "Known gaps"
    assert session.redo() == SectionCursor(0)
    labels = [e.label for e in events if isinstance(e, BriefChanged)]
    assert labels[-2:] == ["undo delete section 'Known gaps'", "redo delete section 'Known gaps'"]
    assert session.text == session.path.read_text(encoding="utf-8")


def test_undo_with_nothing_to_undo_announces_nothing(session: BriefSession) -> None:
    events = record(session)
    assert session.undo() is None and session.redo() is None
    assert events == []


def test_size_and_cited(session: BriefSession) -> None:
    n = sum(len(s.entries) for s in session.brief.sections)
    assert session.size == n > 0
    session.add_prose("More.", SectionCursor(0))
    assert session.size == n + 1
    assert session.cited("nobody/x1") == []


# ------------------------------------------------------------------ saving
def test_sibling_path_counts_up_and_keeps_the_suffix(tmp_path: Path) -> None:
    brief = tmp_path / "weekly.brief.yaml"
    assert sibling_path(brief) == tmp_path / "weekly-mine.brief.yaml"
    (tmp_path / "weekly-mine.brief.yaml").write_text("x")
    assert sibling_path(brief) == tmp_path / "weekly-mine-2.brief.yaml"
    (tmp_path / "weekly-mine-2.brief.yaml").write_text("x")
    assert sibling_path(brief, "copy") == tmp_path / "weekly-copy.brief.yaml"
    assert sibling_path(brief) == tmp_path / "weekly-mine-3.brief.yaml"
    assert sibling_path(tmp_path / "notes.yaml") == tmp_path / "notes-mine.brief.yaml"


def test_save_as_adds_the_suffix_and_announces(session: BriefSession, sample_ws: Path) -> None:
    events = record(session)
    target = session.save_as(sample_ws / "elsewhere")
    assert target == sample_ws / "elsewhere.brief.yaml" and session.path == target
    assert target.read_text(encoding="utf-8") == session.text
    assert events[0] == BriefChanged(None, "save as")
    assert isinstance(events[-1], FindingsChanged)
    assert session.save_as(sample_ws / "again.brief.yaml") == sample_ws / "again.brief.yaml"


def test_a_failed_save_is_announced_not_raised(
    session: BriefSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefer.session as sess

    def refuse(path, text, stamp):
        raise SaveError(path, "disk full")

    monkeypatch.setattr(sess, "save_checked", refuse)
    events = record(session)
    assert session.try_save() is False
    assert [type(e) for e in events] == [SaveFailed]
    assert not events[0].conflict and "disk full" in str(events[0].error)
    assert session.state is State.UNSAVED and session.conflict is None
    with pytest.raises(SaveError, match="could not save: disk full$"):
        session.save()


# ------------------------------------------------------------------ findings
def test_cursor_for_every_kind_of_place() -> None:
    brief = m.Brief("T", sections=[m.Section("A", [m.Entry(text="x")]), m.Section("B")])
    assert cursor_for(finding(), brief) == BLUF
    assert cursor_for(finding(s=0), brief) == SectionCursor(0)
    assert cursor_for(finding(s=0, e=0), brief) == EntryCursor(0, 0)
    assert cursor_for(finding(s=0, e=1), brief) == SectionCursor(0)  # entry gone
    assert cursor_for(finding(s=0, e=-1), brief) == SectionCursor(0)
    assert cursor_for(finding(s=1, e=0), brief) == SectionCursor(1)
    assert cursor_for(finding(s=2, e=0), brief) == BLUF  # section gone
    assert cursor_for(finding(s=-1), brief) == BLUF


def test_place_in_words() -> None:
    brief = m.Brief(
        "T", sections=[m.Section("Key  judgments", [m.Entry(text="x"), m.Entry(text="y")])]
    )
    brief.sections.append(m.Section("  "))
    assert place(finding("BRF003"), brief) == "BLUF"
    assert place(finding("BRF004"), brief) == "BLUF"
    assert place(finding("BRF005"), brief) == "BLUF"
    assert place(finding("BRF002", ERROR), brief) == "the brief"
    assert place(finding(s=0), brief) == "Key judgments"
    assert place(finding(s=0, e=1), brief) == "Key judgments › entry 2"
    assert place(finding(s=1), brief) == "(no heading)"


def test_export_warning_wording(session: BriefSession) -> None:
    session.findings = []
    assert session.export_warning() == ""
    session.findings = [finding()]
    assert session.export_warning() == "" and session.errors == 0
    session.findings = [finding("BRF002", ERROR)]
    assert session.errors == 1
    assert session.export_warning() == (
        "✗ This brief has 1 error (BRF002): c lists them. You can still export."
    )
    session.findings = [finding("BRF002", ERROR), finding("BRF001", ERROR), finding()]
    assert session.export_warning("E") == (
        "E This brief has 2 errors (BRF001, BRF002): c lists them. You can still export, "
        "but not while a reference is unknown (BRF001)."
    )
    assert session.errors == 2


def test_findings_are_placed_on_their_cursor(session: BriefSession) -> None:
    assert session.findings is not None
    placed = [f for fs in session.placed.values() for f in fs]
    assert sorted(map(str, placed)) == sorted(map(str, session.findings))
    for f in session.findings:
        assert f in session.findings_at(session.cursor_for(f))
    assert session.findings_at(SectionCursor(99)) == []


def test_small_briefs_are_checked_at_once_even_with_a_runner(sample_ws: Path) -> None:
    jobs: list[object] = []
    s = BriefSession(Workspace.load(sample_ws), runner=jobs.append)
    s.open(sample_ws / WEEKLY)
    assert s.size <= LARGE and jobs == [] and s.findings is not None


def test_library_changed_in_place_announces_the_selection(session: BriefSession) -> None:
    events = record(session)
    src = next(iter(session.ws.sources.values()))
    session.library_changed(select=src)
    assert events[0] == LibraryChanged((), src)
    assert isinstance(events[1], FindingsChanged)


# ------------------------------------------------------------------ opening
def test_open_session_opens_the_newest_or_the_one_asked(sample_ws: Path) -> None:
    ws = Workspace.load(sample_ws)
    s, problems = open_session(ws)
    assert problems == [] and s.path == ws.brief_paths()[0]
    s, problems = open_session(ws, sample_ws / WEEKLY)
    assert problems == [] and s.path == sample_ws / WEEKLY


def test_open_session_reports_a_missing_brief(sample_ws: Path) -> None:
    ws = Workspace.load(sample_ws)
    missing = sample_ws / "missing.brief.yaml"
    s, problems = open_session(ws, missing)
    assert s.state is State.NO_BRIEF
    assert [(p.path, p.line, p.col) for p in problems] == [(str(missing), 1, 1)]
    assert problems[0].message == "no such file"


def test_open_session_on_a_workspace_without_briefs(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    s, problems = open_session(Workspace.load(tmp_path))
    assert problems == [] and s.state is State.NO_BRIEF


# ------------------------------------------------------------------ found by mutants, round 2
def test_findings_changed_carries_the_findings(session: BriefSession) -> None:
    events = record(session)
    session.set_text(BLUF, "Russia will probably keep buying shells.")  # BRF003: vague
    assert events[-1] == FindingsChanged(tuple(session.findings or ()))
    assert events[-1].findings and all(f.path == str(session.path) for f in events[-1].findings)


def test_undo_and_redo_announce_the_cursor(session: BriefSession) -> None:
    session.add_prose("New.", SectionCursor(1))
    events = record(session)
    assert session.undo() == SectionCursor(1)
    assert events[0] == BriefChanged(SectionCursor(1), "undo add prose")
    assert session.redo() == SectionCursor(1)
    assert events[2] == BriefChanged(SectionCursor(1), "redo add prose")


def test_reload_is_announced(session: BriefSession) -> None:
    events = record(session)
    session.reload()
    assert events[0] == BriefChanged(None, "reload")
    assert isinstance(events[1], FindingsChanged) and len(events) == 2


def test_try_save_says_whether_it_saved(session: BriefSession) -> None:
    session.brief.bluf = "Changed in place."
    assert session.try_save() is True
    assert "Changed in place." in session.path.read_text(encoding="utf-8")


def test_create_makes_and_opens_a_brief(session: BriefSession, sample_ws: Path) -> None:
    events = record(session)
    made = session.create(sample_ws / "fresh.brief.yaml", "Fresh title", "B. Analyst", "TLP:RED")
    assert made == sample_ws / "fresh.brief.yaml" and session.path == made
    brief = session.brief
    assert (brief.title, brief.author, brief.marking) == ("Fresh title", "B. Analyst", "TLP:RED")
    assert events[0] == BriefChanged(BLUF, "open")


def test_library_changed_tells_only_new_problems(session: BriefSession) -> None:
    broken = session.ws.root / "sources" / "zz-broken.yaml"
    broken.write_text("title: [unclosed\n", encoding="utf-8")
    fresh = Workspace.load(session.ws.root)
    assert [p.path for p in fresh.errors] == [str(broken)]
    events = record(session)
    session.library_changed(fresh, before=list(fresh.errors))  # already known
    assert events[0] == LibraryChanged((), None)
    session.library_changed(fresh, before=[])
    assert [p.path for p in events[2].new_problems] == [str(broken)]


def test_positions_of_keys_no_longer_written_are_kept(session: BriefSession) -> None:
    session.set_text(EntryCursor(0, 0), "A comment.")
    where = session.brief.sections[0].entries[0].pos["comment"]
    assert isinstance(where, tuple) and len(where) == 2
    session.set_text(EntryCursor(0, 0), "")
    assert session.brief.sections[0].entries[0].comment is None
    assert session.brief.sections[0].entries[0].pos["comment"] == where


def test_exactly_large_is_checked_at_once_one_more_goes_to_the_runner(sample_ws: Path) -> None:
    jobs: list = []
    s = BriefSession(Workspace.load(sample_ws), runner=jobs.append)
    s.open(sample_ws / WEEKLY)
    while s.size < LARGE:
        s.outline.add_prose("Filler.", SectionCursor(0))
    s.recheck()
    assert s.size == LARGE and jobs == []
    s.add_prose("One more.", SectionCursor(0))
    assert len(jobs) == 1
    job = jobs[0]
    # the job checks a deep copy: the next edit does not reach into it
    s.set_text(EntryCursor(0, 0), "Edited after the job was made.")
    assert job.brief.sections[0].entries[0].comment != "Edited after the job was made."
    assert job.brief.sections[0].entries is not s.brief.sections[0].entries
    assert job.path == s.path
    assert all(f.path == str(s.path) for f in job.run())


def test_sibling_path_gives_up_after_9999_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tried: list[str] = []

    def exists(self: Path) -> bool:
        tried.append(self.name)
        return True

    monkeypatch.setattr(Path, "exists", exists)
    brief = tmp_path / "w.brief.yaml"
    with pytest.raises(SaveError, match=r"w\.brief\.yaml: could not save: no free file name"):
        sibling_path(brief)
    assert len(tried) == 9999 and tried[-1] == "w-mine-9999.brief.yaml"


def test_open_session_reports_os_and_briefer_errors(
    sample_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefer.errors import BrieferError

    ws = Workspace.load(sample_ws)
    path = sample_ws / WEEKLY

    def denied(self, p):
        raise PermissionError(13, "Permission denied", str(p))

    monkeypatch.setattr(BriefSession, "open", denied)
    s, problems = open_session(ws, path)
    assert s.state is State.NO_BRIEF
    assert [(p.path, p.line, p.col, p.message) for p in problems] == [
        (str(path), 1, 1, "Permission denied")
    ]

    def no_message(self, p):
        raise OSError("odd failure")

    monkeypatch.setattr(BriefSession, "open", no_message)
    _, problems = open_session(ws, path)
    assert [(p.path, p.line, p.col, p.message) for p in problems] == [
        (str(path), 1, 1, "odd failure")
    ]

    def refused(self, p):
        raise BrieferError("not a brief this version can read")

    monkeypatch.setattr(BriefSession, "open", refused)
    _, problems = open_session(ws, path)
    assert [(p.path, p.line, p.col, p.message) for p in problems] == [
        (str(path), 1, 1, "not a brief this version can read")
    ]
