"""Issue #11 item 6 (core): recovery records for edits that exist only in memory."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from briefer import paths, recovery
from briefer.schema import dump_brief, load_brief

BRIEF = "title: Weekly\nbluf: Shells keep flowing.\nsections: []\n"


def brief_file(tmp_path: Path) -> Path:
    path = tmp_path / "weekly.brief.yaml"
    path.write_text(BRIEF)
    return path


def test_write_read_and_discard(tmp_path):
    path = brief_file(tmp_path)
    brief, stamp = load_brief(path)
    brief.bluf = "Shells keep flowing — faster than in May."
    text = dump_brief(brief)
    written = recovery.write(path, yaml=text, base_sha256=stamp.sha256)
    assert written.parent == paths.data_dir() / "recovery"
    assert written.name.startswith("weekly-") and written.suffix == ".json"
    record = recovery.read(path)
    assert record is not None
    assert (record.brief, record.yaml, record.dialog) == (path.resolve(), text, None)
    assert record.file == written and record.pid == os.getpid()
    assert not record.disk_changed() and record.differs_from_disk()
    assert recovery.discard(path) is True and recovery.read(path) is None
    assert recovery.discard(path) is False


def test_dialog_text_and_what_it_belonged_to(tmp_path):
    path = brief_file(tmp_path)
    recovery.write(path, dialog="Half a sentence typed in the BLUF edi", target="bluf")
    record = recovery.read(path)
    assert record is not None and (record.dialog, record.target) == (
        "Half a sentence typed in the BLUF edi",
        "bluf",
    )


def test_one_file_per_brief_replaced_not_appended(tmp_path):
    path = brief_file(tmp_path)
    other = tmp_path / "sub"
    other.mkdir()
    other_brief = brief_file(other)  # same name, another folder: its own record
    recovery.write(path, yaml="a")
    recovery.write(path, yaml="b")
    recovery.write(other_brief, yaml="c")
    files = sorted((paths.data_dir() / "recovery").iterdir())
    assert len(files) == 2
    assert {r.yaml for r in recovery.records()} == {"b", "c"}
    assert recovery.read(path).yaml == "b"  # type: ignore[union-attr]


def test_records_are_private(tmp_path):
    written = recovery.write(brief_file(tmp_path), yaml="x")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert stat.S_IMODE(written.parent.stat().st_mode) == 0o700


def test_pending_offers_only_what_would_change_something(tmp_path):
    path = brief_file(tmp_path)
    assert recovery.pending(path) is None
    recovery.write(path, yaml=BRIEF)  # the same as on disk: nothing to offer
    assert recovery.pending(path) is None
    recovery.write(path, yaml=BRIEF.replace("Weekly", "Weekly, mine"))
    assert recovery.pending(path) is not None
    path.write_text(BRIEF.replace("Weekly", "Weekly, theirs"))
    record = recovery.read(path)
    assert record is not None and record.differs_from_disk()


def test_disk_changed_since_the_edit_began(tmp_path):
    path = brief_file(tmp_path)
    _, stamp = load_brief(path)
    recovery.write(path, yaml="title: mine\n", base_sha256=stamp.sha256)
    assert recovery.read(path).disk_changed() is False  # type: ignore[union-attr]
    path.write_text(BRIEF.replace("Weekly", "Weakly"))  # same size
    assert recovery.read(path).disk_changed() is True  # type: ignore[union-attr]


def test_a_record_of_a_live_process_is_not_offered(tmp_path):
    path = brief_file(tmp_path)
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from briefer import recovery; "
            "recovery.write(sys.argv[1], yaml='title: theirs\\n'); print('ok', flush=True); "
            "sys.stdin.read()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline() == "ok\n"
        record = recovery.read(path)
        assert record is not None and record.owner_alive
        assert recovery.pending(path) is None
    finally:
        child.communicate("", timeout=60)
    assert recovery.pending(path) is not None  # its process is gone: offer it


def test_broken_records_are_ignored_never_fatal(tmp_path):
    path = brief_file(tmp_path)
    written = recovery.write(path, yaml="x")
    for junk in (b"", b"\xff\xfe", b"[1, 2]", json.dumps({"version": 99}).encode()):
        written.write_bytes(junk)
        assert recovery.read(path) is None and recovery.records() == []
        assert recovery.pending(path) is None
    written.write_text(json.dumps({"version": 1, "brief": str(path), "yaml": 5}))
    assert recovery.read(path) is None


def test_unwritable_data_dir_is_a_recovery_error(tmp_path, monkeypatch):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setattr(paths, "data_dir", lambda: blocker)
    try:
        recovery.write(brief_file(tmp_path), yaml="x")
    except recovery.RecoveryError as e:
        assert "could not write the recovery record" in str(e)
    else:  # pragma: no cover
        raise AssertionError("no error")


def test_a_brief_whose_name_is_not_utf8(tmp_path):
    folder = os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9")
    os.mkdir(folder)
    path = Path(folder) / "w.brief.yaml"
    path.write_text(BRIEF)
    recovery.write(path, yaml="title: mine\n", dialog="typed ünïcode 北", target="bluf")
    record = recovery.read(path)
    assert record is not None and record.brief == path
    assert (record.yaml, record.dialog) == ("title: mine\n", "typed ünïcode 北")
