"""``briefer snapshot`` and ``briefer diff`` from the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.schema import load_brief, save_brief

BRIEF = "nk-russia-weekly.brief.yaml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _move_f1(root: Path) -> None:
    brief, stamp = load_brief(root / BRIEF)
    entry = brief.sections[1].entries.pop(3)  # nk-artillery-2026/f1
    brief.sections[0].entries.append(entry)
    save_brief(brief, root / BRIEF, stamp)


def test_snapshot_then_diff_shows_a_move(sample_ws: Path, capsys: pytest.CaptureFixture) -> None:
    brief = str(sample_ws / BRIEF)
    code, out, err = run(capsys, "snapshot", brief, "-m", "before the move")
    assert code == 0 and err == ""
    path = Path(out.strip())
    assert (
        path.is_file() and path.parent == sample_ws / ".briefer" / "snapshots" / "nk-russia-weekly"
    )
    assert path.name.endswith("-before-the-move.yaml")
    _move_f1(sample_ws)
    code, out, _ = run(capsys, "diff", brief)
    assert code == 0
    assert "1 change, 1 to judgments" in out
    assert "Background → Key judgments: moved nk-artillery-2026/f1" in out
    assert "removed" not in out and "added" not in out


def test_diff_json_and_md_with_options_between_names(
    sample_ws: Path, capsys: pytest.CaptureFixture
) -> None:
    brief = str(sample_ws / BRIEF)
    run(capsys, "snapshot", brief, "-m", "one")
    _move_f1(sample_ws)
    run(capsys, "snapshot", brief, "-m", "two")
    code, out, _ = run(capsys, "diff", brief, "-f", "json", "~1", "last")
    assert code == 0
    data = json.loads(out)
    assert data["old"]["note"] == "one" and data["new"]["note"] == "two"
    assert [c["kind"] for c in data["changes"]] == ["moved"]
    code, out, _ = run(capsys, "diff", brief, "~1", "--format", "md")
    assert out.startswith("## Changes: ") and "- **judgment** · Background" in out


def test_list_shows_snapshots_newest_first(sample_ws: Path, capsys: pytest.CaptureFixture) -> None:
    brief = str(sample_ws / BRIEF)
    code, out, _ = run(capsys, "snapshot", brief, "--list")
    assert code == 0 and out.startswith("no snapshots of nk-russia-weekly.brief.yaml yet")
    run(capsys, "snapshot", brief, "-m", "first")
    run(capsys, "snapshot", brief, "-m", "second")
    code, out, _ = run(capsys, "diff", brief, "--list")
    lines = out.splitlines()
    assert "second" in lines[0] and "first" in lines[1]


def test_problems_are_reported_plainly(sample_ws: Path, capsys: pytest.CaptureFixture) -> None:
    brief = str(sample_ws / BRIEF)
    code, _, err = run(capsys, "diff", brief)
    assert code == 1 and "no snapshot" in err and "briefer snapshot BRIEF" in err
    code, _, err = run(capsys, "diff", brief, "nope")
    assert code == 1 and "no snapshot named 'nope'" in err
    code, _, err = run(capsys, "diff", brief, "git:HEAD")
    assert code == 1 and "not in a git repository" in err
    code, _, err = run(capsys, "snapshot", str(sample_ws / "missing.brief.yaml"))
    assert code == 1 and "no such file" in err
    with pytest.raises(SystemExit) as usage:
        run(capsys, "diff", brief, "a", "b", "c")
    assert usage.value.code == 2 and "unrecognized arguments: c" in capsys.readouterr().err
    (sample_ws / "bad.brief.yaml").write_text("title: T\nsections: 3\n", encoding="utf-8")
    code, _, err = run(capsys, "snapshot", str(sample_ws / "bad.brief.yaml"))
    assert code == 1 and "bad.brief.yaml:2:" in err and "Traceback" not in err


def test_snapshot_and_diff_are_headless(sample_ws: Path) -> None:
    code = (
        "import sys; from briefer.cli import main; "
        f"a = main(['snapshot', {str(sample_ws / BRIEF)!r}]); "
        f"b = main(['diff', {str(sample_ws / BRIEF)!r}]); "
        "sys.exit(10 if 'textual' in sys.modules else a + b)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_snapshot_notes_references_that_point_nowhere(
    sample_ws: Path, capsys: pytest.CaptureFixture
) -> None:
    (sample_ws / "sources" / "nk-treaty-2024.yaml").unlink()
    code, out, err = run(capsys, "snapshot", str(sample_ws / BRIEF))
    assert code == 0 and Path(out.strip()).is_file()
    assert "2 cited item(s) not in the workspace" in err
    assert "nk-treaty-2024/t1, nk-treaty-2024/q1" in err
