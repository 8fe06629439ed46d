"""``briefer init`` and the way forward from a folder that is not a workspace."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.workspace import Workspace, is_workspace


def test_init_makes_a_workspace_that_loads_and_checks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "team"
    assert main(["init", str(folder)]) == 0
    out = capsys.readouterr().out
    assert f"created {folder / 'sources'}" in out and f"created {folder / 'briefer.yaml'}" in out
    assert is_workspace(folder)
    ws = Workspace.load(folder)
    assert ws.errors == [] and ws.sources == {}
    assert main(["check", str(folder)]) == 0


def test_init_never_replaces_anything(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "briefer.yaml").write_text("author: Me\n", encoding="utf-8")
    assert main(["init", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert (tmp_path / "briefer.yaml").read_text(encoding="utf-8") == "author: Me\n"
    assert f"created {tmp_path / 'sources'}" in out and "briefer.yaml" not in out
    assert main(["init", str(tmp_path)]) == 0
    assert "already a briefer workspace; nothing changed" in capsys.readouterr().out


@pytest.mark.parametrize("make", ["file", "no-parent"])
def test_init_refuses_what_it_cannot_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: str
) -> None:
    if make == "file":
        target = tmp_path / "plain.txt"
        target.write_text("x", encoding="utf-8")
        needle = "exists and is not a folder"
    else:
        target = tmp_path / "a" / "b"
        needle = "does not exist"
    assert main(["init", str(target)]) == 1
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err
    assert not (tmp_path / "a").exists()


def test_opening_a_plain_folder_says_how_to_make_it_a_workspace(tmp_path: Path) -> None:
    """Without a terminal to ask at, the error names the way forward and exits 2."""
    result = subprocess.run(
        [sys.executable, "-m", "briefer", str(tmp_path)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert result.returncode == 2
    assert "not a briefer workspace" in result.stderr
    assert f"briefer init {tmp_path}" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_at_a_terminal_briefer_offers_to_make_the_folder_a_workspace(tmp_path: Path) -> None:
    """At a terminal the same case asks first; "n" leaves the folder as it was."""
    import os
    import pty

    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefer", str(tmp_path)],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        close_fds=True,
    )
    os.close(follower)
    seen = b""

    def read_until(needle: bytes) -> None:
        nonlocal seen
        while needle not in seen:
            try:
                chunk = os.read(leader, 1024)
            except OSError:  # the child closed the terminal
                chunk = b""
            assert chunk, seen
            seen += chunk

    read_until(b"[y/N]")
    assert b"is not a briefer workspace. Make it one here" in seen
    os.write(leader, b"n\n")
    read_until(b"nothing changed; later: briefer init")
    assert proc.wait(timeout=60) == 2
    os.close(leader)
    assert list(tmp_path.iterdir()) == []
