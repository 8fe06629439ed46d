"""#11 in a real pseudo-terminal: keys typed before briefer has started never reach a
binding, and text typed in a dialog survives SIGTERM as a recovery record."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from ptyhelp import ENTER_ALT, read_until, start, stop

from briefer import recovery

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal"),
]
WEEKLY = "nk-russia-weekly.brief.yaml"


def test_keys_typed_before_the_start_open_no_dialog(sample_ws: Path) -> None:
    proc, master, slave = start(sample_ws / WEEKLY, b"/zebrafinch")
    seen = bytearray()
    try:
        assert read_until(master, ENTER_ALT, seen, 60), bytes(seen[-500:])
        begin = seen.index(ENTER_ALT)  # before it: the terminal's own echo of the keys
        assert read_until(master, b"Library", seen, 60), bytes(seen[-500:])

        def app_output() -> bytes:
            return bytes(seen[begin:])

        # the filter got the word, or briefer said it ignored the keys
        end = time.monotonic() + 60
        while time.monotonic() < end and not (
            b"zebrafinch" in app_output() or b"ignored" in app_output()
        ):
            read_until(master, b"\0never", seen, 1)
        assert b"zebrafinch" in app_output() or b"ignored" in app_output(), app_output()[-800:]
        assert b"BLUF (bottom line up front)" not in app_output()  # b opened no editor
        time.sleep(0.5)  # let the frame settle (not an assertion on time)
        os.write(master, b"\x11")  # ctrl+q (the app's raw mode passes it on)
        assert proc.wait(timeout=60) == 0
    finally:
        stop(proc, master, slave)


def test_text_in_a_dialog_survives_sigterm(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    proc, master, slave = start(path)
    seen = bytearray()
    try:
        assert read_until(master, b"Library", seen, 60), bytes(seen[-500:])
        time.sleep(1)  # the workspace loads after the first frame (not an assertion)
        os.write(master, b"b")  # the BLUF editor
        assert read_until(master, b"BLUF (bottom line up front)", seen, 60), bytes(seen[-500:])
        os.write(master, b" Also: zebrafinch.")
        assert read_until(master, b"zebrafinch", seen, 60), bytes(seen[-500:])
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 128 + signal.SIGTERM
    finally:
        stop(proc, master, slave)
    record = recovery.read(path)
    assert record is not None and record.target == "bluf"
    assert record.dialog is not None and record.dialog.endswith(" Also: zebrafinch.")
    assert "zebrafinch" not in path.read_text(encoding="utf-8")  # only in the record
