"""Issue #11 "done when": 50 SIGKILLs of a process in the middle of saving a brief, then a
normal open: no corrupt brief, no temp file left behind."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

import pytest

from briefer.schema import load_brief
from briefer.workspace import Workspace

pytestmark = pytest.mark.slow

SAVER = """
import sys
from briefer.schema import load_brief, save_brief

path = sys.argv[1]
brief, stamp = load_brief(path)
print("ready", flush=True)
i = 0
while True:
    i += 1
    brief.bluf = f"Revision {i}: " + "shells keep flowing " * (i % 300)
    stamp = save_brief(brief, path, stamp)
"""


def test_fifty_kills_mid_save_leave_no_corrupt_brief_and_no_temp_file(sample_ws):
    path = next(sample_ws.glob("*.brief.yaml"))
    rng = random.Random(11)
    leftovers_seen = 0
    for _ in range(50):
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.0, 0.08))  # somewhere in the save loop
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        child.stdout.close()
        brief, _ = load_brief(path)  # whole: the old or the new version, never half
        assert brief.title and brief.sections
        leftovers_seen += len(list(sample_ws.glob(".*.tmp")))
    Workspace.load(sample_ws)  # a normal open
    assert list(sample_ws.glob(".*.tmp")) == [], leftovers_seen
    assert load_brief(path)[0].bluf.startswith("Revision ")
