"""One brief in two terminals (issue #19, point 7), the headless part: the lock file beside
the brief (who, stale or not, only ours removed) and the session following the brief on
disk (theirs taken live when nothing here is unsaved, the conflict announced once when
something is)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefer.editions import gitinfo
from briefer.errors import ChangedOnDisk
from briefer.outline import BLUF
from briefer.session import BriefChanged, BriefSession, SaveFailed
from briefer.session import lock as locks
from briefer.workspace import Workspace

WEEKLY = "nk-russia-weekly.brief.yaml"


@pytest.fixture
def other_process() -> Iterator[int]:
    """The pid of a live process that is not this one."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        yield child.pid
    finally:
        child.kill()
        child.wait()


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def write_lock(brief: Path, host: str, pid: int, user: str = "ana") -> None:
    info = {"host": host, "pid": pid, "user": user, "started": "2026-12-03T07:00:00Z"}
    locks.lock_path(brief).write_text(json.dumps(info), encoding="utf-8")


def test_lock_path_is_a_hidden_file_beside_the_brief(tmp_path: Path) -> None:
    brief = tmp_path / "weekly.brief.yaml"
    assert locks.lock_path(brief) == tmp_path / ".weekly.brief.yaml.briefer.lock"
    assert not locks.lock_path(brief).name.endswith(".brief.yaml")  # never taken for a brief


def test_take_read_release_our_own_lock(tmp_path: Path) -> None:
    brief = tmp_path / "weekly.brief.yaml"
    assert locks.read(brief) is None and locks.holder(brief) is None
    info = locks.take(brief)
    assert info is not None and info.is_mine
    on_disk = json.loads(locks.lock_path(brief).read_text(encoding="utf-8"))
    assert on_disk["host"] == socket.gethostname() and on_disk["pid"] == os.getpid()
    assert on_disk["user"] and on_disk["started"].endswith("Z")
    assert locks.read(brief) == info
    assert locks.holder(brief) is None  # our own lock is no warning
    assert locks.release(brief) is True
    assert not locks.lock_path(brief).exists()
    assert locks.release(brief) is False


def test_a_live_other_briefer_holds_it_and_its_lock_is_never_removed(
    tmp_path: Path, other_process: int
) -> None:
    brief = tmp_path / "weekly.brief.yaml"
    write_lock(brief, socket.gethostname(), other_process, user="ana")
    other = locks.holder(brief)
    assert other is not None and other.pid == other_process and not other.stale
    text = other.describe()
    assert "ana" in text and socket.gethostname() in text and str(other_process) in text
    assert locks.release(brief) is False and locks.lock_path(brief).exists()
    # opened anyway: the lock becomes ours, and is ours to remove
    assert locks.take(brief) is not None and locks.holder(brief) is None
    assert locks.release(brief) is True


def test_stale_when_the_process_is_gone_on_this_host(tmp_path: Path) -> None:
    brief = tmp_path / "weekly.brief.yaml"
    write_lock(brief, socket.gethostname(), dead_pid())
    info = locks.read(brief)
    assert info is not None and info.stale
    assert locks.holder(brief) is None


def test_another_hosts_lock_is_never_stale(tmp_path: Path) -> None:
    brief = tmp_path / "weekly.brief.yaml"
    write_lock(brief, "analyst-laptop.example", dead_pid())
    other = locks.holder(brief)
    assert other is not None and other.host == "analyst-laptop.example"


@pytest.mark.parametrize("garbage", ["", "not json", '{"host": "x"}', '["a"]', "\xff"])
def test_a_garbage_lock_file_counts_as_none(tmp_path: Path, garbage: str) -> None:
    brief = tmp_path / "weekly.brief.yaml"
    locks.lock_path(brief).write_text(garbage, encoding="latin-1")
    assert locks.read(brief) is None and locks.holder(brief) is None


# ------------------------------------------------------------ following the disk
@pytest.fixture
def two(sample_ws: Path) -> tuple[BriefSession, BriefSession]:
    """The same brief open in two sessions (two terminals)."""
    first, second = BriefSession(Workspace.load(sample_ws)), BriefSession(Workspace.load(sample_ws))
    first.open(sample_ws / WEEKLY)
    second.open(sample_ws / WEEKLY)
    return first, second


def test_the_other_terminals_save_is_taken_live(two: tuple[BriefSession, BriefSession]) -> None:
    first, second = two
    events: list[object] = []
    first.subscribe(events.append)
    assert first.follow_disk() is None  # nothing changed
    second.set_text(BLUF, "Their new bottom line.")
    assert first.follow_disk() == "reloaded"
    assert first.brief.bluf == "Their new bottom line."
    assert any(isinstance(e, BriefChanged) and e.label == "reload" for e in events)
    assert first.follow_disk() is None  # once
    # and the first can edit on top of it without a conflict
    first.set_text(BLUF, "Mine, after theirs.")
    assert not first.dirty
    assert second.follow_disk() == "reloaded" and second.brief.bluf == "Mine, after theirs."


def test_a_local_unsaved_change_meets_theirs_as_a_conflict_once(
    two: tuple[BriefSession, BriefSession],
) -> None:
    first, second = two
    events: list[object] = []
    first.subscribe(events.append)
    first._open.dirty = True  # an edit only in memory (a failed save)
    second.set_text(BLUF, "Theirs.")
    assert first.follow_disk() == "conflict"
    failed = [e for e in events if isinstance(e, SaveFailed)]
    assert len(failed) == 1 and failed[0].conflict
    assert isinstance(first.conflict, ChangedOnDisk)
    assert first.brief.bluf != "Theirs."  # nothing of ours dropped without asking
    assert first.follow_disk() is None  # the same version is not announced again
    first.reload()
    assert first.brief.bluf == "Theirs."


def test_unreadable_and_missing_versions_are_said_once(
    two: tuple[BriefSession, BriefSession],
) -> None:
    first, _ = two
    path = first.path
    bluf = first.brief.bluf
    path.write_bytes(b"title: [broken\n")
    assert first.follow_disk() == "unreadable"
    assert first.follow_disk() is None
    assert first.brief.bluf == bluf
    path.unlink()
    assert first.follow_disk() == "missing"
    assert first.follow_disk() is None


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_lock_is_not_an_uncommitted_change(
    sample_ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for kind in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{kind}_NAME", "Test Analyst")
        monkeypatch.setenv(f"GIT_{kind}_EMAIL", "analyst@example.org")
    for args in (["init", "-q", "-b", "main"], ["add", "."], ["commit", "-q", "-m", "shared"]):
        subprocess.run(["git", "-C", str(sample_ws), *args], check=True, capture_output=True)
    assert locks.take(sample_ws / WEEKLY) is not None
    st = gitinfo.status(sample_ws)
    assert st is not None and st.changed == [] and st.describe() == "main · clean"
