"""Saving never loses data: atomic under SIGKILL, byte-identical original on failure,
no silent overwrite of a file someone else changed."""

from __future__ import annotations

import os
import random
import resource
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import yaml

from briefer import model as m
from briefer import yamlio
from briefer.errors import ChangedOnDisk, SaveError
from briefer.schema import dump_brief, load_brief, save_brief


def make_brief(n: int) -> m.Brief:
    return m.Brief(
        f"Version {n}",
        bluf=f"BLUF {n} " + "x" * (n % 4000),
        sections=[m.Section("S", [m.Entry(text=f"prose {n}")])],
    )


@pytest.fixture
def brief_file(tmp_path: Path) -> Path:
    path = tmp_path / "b.brief.yaml"
    path.write_text(dump_brief(make_brief(0)))
    return path


def test_save_then_load(brief_file):
    brief, stamp = load_brief(brief_file)
    brief.bluf = "New BLUF"
    new_stamp = save_brief(brief, brief_file, stamp)
    assert load_brief(brief_file) == (brief, new_stamp)


def test_mode_is_kept(brief_file):
    os.chmod(brief_file, 0o640)
    brief, stamp = load_brief(brief_file)
    save_brief(brief, brief_file, stamp)
    assert stat.S_IMODE(os.stat(brief_file).st_mode) == 0o640


def test_no_temp_files_left(brief_file):
    brief, stamp = load_brief(brief_file)
    for _ in range(3):
        stamp = save_brief(brief, brief_file, stamp)
    assert [p.name for p in brief_file.parent.iterdir()] == [brief_file.name]


def test_changed_on_disk_is_not_overwritten(brief_file):
    brief, stamp = load_brief(brief_file)
    theirs = brief_file.read_text().replace("Version 0", "Their version")
    time.sleep(0.01)
    brief_file.write_text(theirs)
    brief.bluf = "Mine"
    with pytest.raises(ChangedOnDisk) as info:
        save_brief(brief, brief_file, stamp)
    assert "changed on disk" in str(info.value) and str(brief_file) in str(info.value)
    assert brief_file.read_text() == theirs


def test_touched_but_identical_file_is_not_a_conflict(brief_file):
    brief, stamp = load_brief(brief_file)
    os.utime(brief_file, ns=(stamp.mtime_ns + 10**9, stamp.mtime_ns + 10**9))
    brief.bluf = "Mine"
    save_brief(brief, brief_file, stamp)
    assert load_brief(brief_file)[0].bluf == "Mine"


def test_deleted_file_is_a_conflict(brief_file):
    brief, stamp = load_brief(brief_file)
    brief_file.unlink()
    with pytest.raises(ChangedOnDisk, match="deleted or moved"):
        save_brief(brief, brief_file, stamp)


def test_new_file_never_replaces_an_existing_one(brief_file):
    with pytest.raises(ChangedOnDisk, match="already exists"):
        save_brief(make_brief(1), brief_file, None)


def test_read_only_file(brief_file):
    original = brief_file.read_bytes()
    brief, stamp = load_brief(brief_file)
    os.chmod(brief_file, 0o444)
    brief.bluf = "Mine"
    with pytest.raises(SaveError, match="read-only"):
        save_brief(brief, brief_file, stamp)
    assert brief_file.read_bytes() == original


def test_read_only_folder(brief_file):
    original = brief_file.read_bytes()
    brief, stamp = load_brief(brief_file)
    os.chmod(brief_file.parent, 0o555)
    try:
        with pytest.raises(SaveError, match="folder .* is read-only"):
            save_brief(brief, brief_file, stamp)
    finally:
        os.chmod(brief_file.parent, 0o755)
    assert brief_file.read_bytes() == original


def test_folder_gone(tmp_path):
    with pytest.raises(SaveError, match="no longer exists"):
        yamlio.atomic_write(tmp_path / "gone" / "x.yaml", b"a: b\n")


def test_write_failing_half_way_leaves_original(brief_file, monkeypatch):
    original = brief_file.read_bytes()
    brief, stamp = load_brief(brief_file)
    brief.bluf = "y" * 100_000
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def write(self, data):
            self.f.write(data[: len(data) // 2])
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(yamlio.os, "fdopen", lambda fd, mode: HalfWriter(real_fdopen(fd, mode)))
    with pytest.raises(SaveError, match="No space left on device"):
        save_brief(brief, brief_file, stamp)
    assert brief_file.read_bytes() == original
    assert [p.name for p in brief_file.parent.iterdir()] == [brief_file.name]


def test_file_size_limit_reached_mid_write(brief_file):
    """A real short write: RLIMIT_FSIZE in a child process stops the write half-way."""
    original = brief_file.read_bytes()
    our_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    code = textwrap.dedent(f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        from briefer.schema import load_brief, save_brief
        from briefer.errors import SaveError
        brief, stamp = load_brief({str(brief_file)!r})
        brief.bluf = "z" * 50000
        try:
            save_brief(brief, {str(brief_file)!r}, stamp)
        except SaveError as e:
            print("SaveError", e)
            sys.exit(3)
    """)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 3, result.stderr
    assert "File too large" in result.stdout
    assert brief_file.read_bytes() == original
    assert resource.getrlimit(resource.RLIMIT_FSIZE) == our_limit  # the child's alone


CHILD = """
import sys
from briefer.schema import dump_brief, load_brief, save_brief
from briefer import model as m
path = sys.argv[1]
brief, stamp = load_brief(path)
n = 0
while True:
    n += 1
    brief = m.Brief(f"Version {n}", bluf=f"BLUF {n} " + "x" * (n % 4000),
                    sections=[m.Section("S", [m.Entry(text=f"prose {n}")])])
    stamp = save_brief(brief, path, stamp)
    if n == 1:
        print("ready", flush=True)
"""


def test_sigkill_mid_save_never_leaves_a_broken_file(brief_file):
    rng = random.Random(1234)
    valid = {f"Version {n}" for n in range(0, 100_000)}
    seen = set()
    for _ in range(50):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(brief_file)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.08))
        child.send_signal(signal.SIGKILL)
        child.wait()
        data = yaml.safe_load(brief_file.read_text())
        assert data["title"] in valid
        n = int(data["title"].split()[1])
        assert data["bluf"] == f"BLUF {n} " + "x" * (n % 4000)
        seen.add(n)
        for leftover in brief_file.parent.glob(".*.tmp"):
            leftover.unlink()  # a killed writer may leave its temp file; never the target
    assert len(seen) >= 5  # the kills really landed at many different moments
