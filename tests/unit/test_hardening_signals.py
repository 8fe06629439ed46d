"""Issue #11 item 6: SIGTERM and SIGHUP leave the terminal as ctrl+q does. The app runs in a
real pseudo-terminal; the test reads what it wrote and the terminal's modes afterwards."""

from __future__ import annotations

import os
import signal
import termios
import time

import pytest
from ptyhelp import ENTER_ALT, LEAVE_ALT, MOUSE_OFF, drain, read_until, start

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["TERM", "HUP"])
def test_a_stop_signal_restores_the_terminal(sample_ws, signum):
    proc, master, slave = start(sample_ws)
    seen = bytearray()
    try:
        assert read_until(master, ENTER_ALT, seen, 60), bytes(seen[-500:])
        assert read_until(master, b"Library", seen, 60), bytes(seen[-500:])
        time.sleep(0.5)  # let the first frames settle (not an assertion on time)
        before = len(seen)
        proc.send_signal(signum)
        drain(master, seen, proc, 60)
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        lflag = termios.tcgetattr(slave)[3]
        os.close(master)
        os.close(slave)
    after = bytes(seen[before:])
    assert code == 128 + signum
    assert LEAVE_ALT in after and MOUSE_OFF in after
    assert lflag & termios.ECHO and lflag & termios.ICANON  # echo and line mode are back


def test_hangup_with_the_terminal_gone_still_exits(sample_ws):
    proc, master, slave = start(sample_ws)
    seen = bytearray()
    try:
        assert read_until(master, b"Library", seen, 60), bytes(seen[-500:])
        os.close(slave)
        os.close(master)  # the terminal is gone, as when an ssh link drops: the kernel
        # sends SIGHUP to the session's leader
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert code in (128 + signal.SIGHUP, 1)  # exits (cleanly or with an I/O error), no hang
