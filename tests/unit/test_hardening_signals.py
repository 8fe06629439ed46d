"""Issue #11 item 6: SIGTERM and SIGHUP leave the terminal as ctrl+q does. The app runs in a
real pseudo-terminal; the test reads what it wrote and the terminal's modes afterwards."""

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

pytestmark = pytest.mark.slow

ENTER_ALT, LEAVE_ALT = b"\x1b[?1049h", b"\x1b[?1049l"
MOUSE_OFF = b"\x1b[?1000l"


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
            except OSError:  # EIO: the other side closed
                return wanted in seen
            if not chunk:
                break
            seen += chunk
    return wanted in seen


def _drain(fd: int, seen: bytearray, proc: subprocess.Popen, timeout: float) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        elif proc.poll() is not None:
            break


def _start(ws: Path) -> tuple[subprocess.Popen, int, int]:
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefer", str(ws)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        preexec_fn=_controlling_tty,  # noqa: PLW1509 - the child needs the pty as its tty
        close_fds=True,
    )
    return proc, master, slave


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["TERM", "HUP"])
def test_a_stop_signal_restores_the_terminal(sample_ws, signum):
    proc, master, slave = _start(sample_ws)
    seen = bytearray()
    try:
        assert _read_until(master, ENTER_ALT, seen, 60), bytes(seen[-500:])
        assert _read_until(master, b"Library", seen, 60), bytes(seen[-500:])
        time.sleep(0.5)  # let the first frames settle (not an assertion on time)
        before = len(seen)
        proc.send_signal(signum)
        _drain(master, seen, proc, 60)
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    after = bytes(seen[before:])
    assert code == 128 + signum
    assert LEAVE_ALT in after and MOUSE_OFF in after
    lflag = termios.tcgetattr(slave)[3]
    assert lflag & termios.ECHO and lflag & termios.ICANON  # echo and line mode are back
    os.close(master)
    os.close(slave)


def test_hangup_with_the_terminal_gone_still_exits(sample_ws):
    proc, master, slave = _start(sample_ws)
    seen = bytearray()
    try:
        assert _read_until(master, b"Library", seen, 60), bytes(seen[-500:])
        os.close(slave)
        os.close(master)  # the terminal is gone, as when an ssh link drops: the kernel
        # sends SIGHUP to the session's leader
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert code in (128 + signal.SIGHUP, 1)  # exits (cleanly or with an I/O error), no hang
