"""Issue #11 "done when": ``briefer check`` and ``briefer items`` on a workspace holding every
hostile file at once answer (a subprocess with a timeout: a FIFO would hang it for ever) with
located problems for each bad file, nothing for the good ones, and every good note listed."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from hostile_ws import build

LINE = re.compile(r"^(?P<path>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<rest>.*)$")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefer", *args], capture_output=True, text=True, timeout=120
    )


def test_check_on_a_workspace_of_hostile_files(tmp_path):
    root = tmp_path / "ws"
    bad, good = build(root)
    result = run("check", str(root))
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert result.returncode == 1
    located: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        found = LINE.match(line)
        if found:
            located.setdefault(Path(found["path"]).name, []).append(found["rest"])
    problem_files = {name for name, rests in located.items() if any("LOAD" in r for r in rests)}
    assert problem_files == bad
    for name in bad:
        assert 1 <= len(located[name]) <= 21, (name, located[name][:3])
    assert located["flood.yaml"][-1].endswith("… and 99,980 more problems in this file")
    assert "character device" in located["zero.yaml"][0]
    assert "named pipe" in located["fifo.yaml"][0] and "named pipe" in located["pipe.brief.yaml"][0]
    assert all(len(line) < 1000 for line in result.stdout.splitlines())


def test_items_lists_every_good_note(tmp_path):
    root = tmp_path / "ws"
    bad, good = build(root)
    result = run("items", str(root), "--json")
    assert result.returncode == 0, result.stderr[-2000:]
    assert {row["source"] for row in json.loads(result.stdout)} == good
    reported = {Path(p).name for p in re.findall(r"^([^\s:][^:]*):\d+:\d+: ", result.stderr, re.M)}
    assert reported == bad
    assert len(result.stderr.splitlines()) < 30 * len(bad)


def test_the_good_brief_still_exports(tmp_path):
    root = tmp_path / "ws"
    build(root)
    result = run("export", str(root / "weekly.brief.yaml"), "-o", "-")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Freight trains doubled at the border." in result.stdout
    assert "Cranes idle at the harbour." in result.stdout
