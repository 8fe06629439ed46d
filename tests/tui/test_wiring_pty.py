"""#11 in a real pseudo-terminal: keys typed before briefer has started never reach a
binding, and text typed in a dialog survives SIGTERM as a recovery record."""

from __future__ import annotations

import fcntl
import os
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from briefer import recovery

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal"),
]
WEEKLY = "nk-russia-weekly.brief.yaml"
ENTER_ALT = b"\x1b[?1049h"


def _controlling_tty() -> None:  # in the child, before exec
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def _read_until(fd: int, wanted: bytes, seen: bytearray, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while wanted not in seen and time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return wanted in seen
            if not chunk:
                break
            seen += chunk
    return wanted in seen


def _start(target: Path, typed: bytes = b"") -> tuple[subprocess.Popen[bytes], int, int]:
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    if typed:  # typed at once, before the app has even started
        os.write(master, typed)
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefer", str(target)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        preexec_fn=_controlling_tty,  # noqa: PLW1509 - the child needs the pty as its tty
        close_fds=True,
    )
    return proc, master, slave


def _stop(proc: subprocess.Popen[bytes], master: int, slave: int) -> None:
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    os.close(master)
    os.close(slave)


def test_keys_typed_before_the_start_open_no_dialog(sample_ws: Path) -> None:
    proc, master, slave = _start(sample_ws / WEEKLY, b"/zebrafinch")
    seen = bytearray()
    try:
        assert _read_until(master, ENTER_ALT, seen, 60), bytes(seen[-500:])
        start = seen.index(ENTER_ALT)  # before it: the terminal's own echo of the keys
        assert _read_until(master, b"Library", seen, 60), bytes(seen[-500:])

        def app_output() -> bytes:
            return bytes(seen[start:])

        # the filter got the word, or briefer said it ignored the keys
        end = time.monotonic() + 60
        while time.monotonic() < end and not (
            b"zebrafinch" in app_output() or b"ignored" in app_output()
        ):
            _read_until(master, b"\0never", seen, 1)
        assert b"zebrafinch" in app_output() or b"ignored" in app_output(), app_output()[-800:]
        assert b"BLUF (bottom line up front)" not in app_output()  # b opened no editor
        time.sleep(0.5)  # let the frame settle (not an assertion on time)
        os.write(master, b"\x11")  # ctrl+q (the app's raw mode passes it on)
        assert proc.wait(timeout=60) == 0
    finally:
        _stop(proc, master, slave)


def test_text_in_a_dialog_survives_sigterm(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    proc, master, slave = _start(path)
    seen = bytearray()
    try:
        assert _read_until(master, b"Library", seen, 60), bytes(seen[-500:])
        time.sleep(1)  # the workspace loads after the first frame (not an assertion)
        os.write(master, b"b")  # the BLUF editor
        assert _read_until(master, b"BLUF (bottom line up front)", seen, 60), bytes(seen[-500:])
        os.write(master, b" Also: zebrafinch.")
        assert _read_until(master, b"zebrafinch", seen, 60), bytes(seen[-500:])
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 128 + signal.SIGTERM
    finally:
        _stop(proc, master, slave)
    record = recovery.read(path)
    assert record is not None and record.target == "bluf"
    assert record.dialog is not None and record.dialog.endswith(" Also: zebrafinch.")
    assert "zebrafinch" not in path.read_text(encoding="utf-8")  # only in the record
