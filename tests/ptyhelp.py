"""Running briefer in a real pseudo-terminal, for the tests that need one (signals, keys
typed before the app starts): start it as a user's shell would, read what it draws."""

from __future__ import annotations

import fcntl
import os
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

ENTER_ALT, LEAVE_ALT = b"\x1b[?1049h", b"\x1b[?1049l"
MOUSE_OFF = b"\x1b[?1000l"


def _controlling_tty() -> None:  # in the child, before exec
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def read_until(fd: int, wanted: bytes, seen: bytearray, timeout: float) -> bool:
    """Read from ``fd`` into ``seen`` until ``wanted`` is in it (True) or ``timeout``
    seconds pass or the other side closes (whether it came)."""
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


def drain(fd: int, seen: bytearray, proc: subprocess.Popen[bytes], timeout: float) -> None:
    """Read everything the app writes until it has ended (or ``timeout`` seconds)."""
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


def start(target: Path, typed: bytes = b"") -> tuple[subprocess.Popen[bytes], int, int]:
    """``briefer TARGET`` on a new 80x24 pty that is its controlling terminal; ``typed``
    is written at once, before the app has even started. Returns (process, master, slave)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    if typed:
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


def stop(proc: subprocess.Popen[bytes], master: int, slave: int) -> None:
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    os.close(master)
    os.close(slave)
