"""A workspace kept in git: branch and uncommitted state, the brief's commits, the brief as of
a commit, and two analysts editing different sections of one brief merged by real git."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from briefer.editions import gitinfo
from briefer.editions.diff import diff
from briefer.editions.snapshot import current, list_snapshots, take_snapshot
from briefer.outline import Outline
from briefer.schema import load_brief, save_brief
from briefer.workspace import Workspace

BRIEF = "nk-russia-weekly.brief.yaml"
SAMPLE = Path(__file__).resolve().parents[2] / "briefs"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture(autouse=True)
def _git_identity(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Commits need an author; the user's own git config must not change a result."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for kind in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{kind}_NAME", "Test Analyst")
        monkeypatch.setenv(f"GIT_{kind}_EMAIL", "analyst@example.org")


def git(folder: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(folder), *args], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, f"git {' '.join(args)}: {done.stderr}"
    return done.stdout


def _repo(tmp_path: Path, name: str = "team") -> Path:
    root = tmp_path / name
    shutil.copytree(SAMPLE, root, ignore=shutil.ignore_patterns("exports"))
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "Workspace as shared")
    return root


def test_not_a_repository(sample_ws: Path) -> None:
    assert gitinfo.status(sample_ws) is None
    assert gitinfo.repo_root(sample_ws) is None
    assert gitinfo.commits(sample_ws / BRIEF) == []


def test_git_missing_reads_as_no_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _repo(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert gitinfo.status(root) is None


def test_branch_and_uncommitted_changes(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    st = gitinfo.status(root / BRIEF)
    assert st is not None and (st.branch, st.dirty) == ("main", False)
    assert st.describe() == "main · clean"
    brief, stamp = load_brief(root / BRIEF)
    brief.bluf = "Changed."
    save_brief(brief, root / BRIEF, stamp)
    git(root, "checkout", "-q", "-b", "review")
    st = gitinfo.status(root)
    assert st is not None and st.branch == "review" and st.changed == [BRIEF]
    assert st.describe() == "review · 1 uncommitted"


def test_commits_of_the_brief_and_the_brief_as_of_a_commit(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    brief, stamp = load_brief(root / BRIEF)
    brief.sections[0].entries[0].confidence = "low"
    save_brief(brief, root / BRIEF, stamp)
    note = root / "sources" / "nk-artillery-2026.yaml"
    note.write_text(note.read_text(encoding="utf-8").replace("value: 15000", "value: 12000"))
    git(root, "commit", "-q", "-am", "Lower confidence; correct the troop figure")
    (root / "other.txt").write_text("x")
    git(root, "add", "other.txt")
    git(root, "commit", "-q", "-m", "Not about the brief")
    found = gitinfo.commits(root / BRIEF)
    assert [c.subject for c in found] == [
        "Lower confidence; correct the troop figure",
        "Workspace as shared",
    ]
    assert found[0].label.endswith("Test Analyst: Lower confidence; correct the troop figure")
    ws = Workspace.load(root, use_cache=False)
    then = gitinfo.snapshot_at(ws, root / BRIEF, "HEAD~2")
    assert then.name == "git:HEAD~2" and then.taken.endswith("Z")
    d = diff(then, current(ws, brief, root / BRIEF))
    by = {c.kind: c for c in d.changes}
    assert set(by) == {"confidence", "figure"}
    assert (by["confidence"].old, by["confidence"].new) == ("high", "low")
    assert by["figure"].fields["value"] == ["15,000", "12,000"]
    with pytest.raises(gitinfo.GitError, match="not a commit"):
        gitinfo.snapshot_at(ws, root / BRIEF, "no-such-branch")
    with pytest.raises(gitinfo.GitError, match="^'--output=/tmp/x' is not a git revision$"):
        gitinfo.snapshot_at(ws, root / BRIEF, "--output=/tmp/x")


def test_two_analysts_edit_different_sections_and_git_merges(tmp_path: Path) -> None:
    origin = _repo(tmp_path, "origin")
    a, b = tmp_path / "analyst-a", tmp_path / "analyst-b"
    git(tmp_path, "clone", "-q", str(origin), str(a))
    git(tmp_path, "clone", "-q", str(origin), str(b))

    # Analyst A lowers a key judgment's confidence, through briefer's own editing and save.
    brief, stamp = load_brief(a / BRIEF)
    outline = Outline(brief)
    outline.set_confidence(0, 0, "low")
    save_brief(outline.brief, a / BRIEF, stamp)
    ws_a = Workspace.load(a, use_cache=False)
    take_snapshot(ws_a, outline.brief, a / BRIEF, "confidence review")
    git(a, "add", ".")
    git(a, "commit", "-q", "-m", "A: confidence review")

    # Analyst B adds an indicator at the end of the Outlook section.
    brief, stamp = load_brief(b / BRIEF)
    outline = Outline(brief)
    outline.add_prose("Watch for a second Kursk rotation.", ("entry", 2, 2))
    save_brief(outline.brief, b / BRIEF, stamp)
    ws_b = Workspace.load(b, use_cache=False)
    take_snapshot(ws_b, outline.brief, b / BRIEF, "outlook update")
    git(b, "add", ".")
    git(b, "commit", "-q", "-m", "B: outlook")

    # B merges A's work with git itself.
    git(b, "fetch", "-q", str(a), "main")
    git(b, "merge", "-q", "--no-edit", "FETCH_HEAD")
    assert gitinfo.status(b).dirty is False

    merged, _ = load_brief(b / BRIEF)  # loads: the merge gave a valid brief
    assert merged.sections[0].entries[0].confidence == "low"
    assert merged.sections[2].entries[-1].text == "Watch for a second Kursk rotation."
    assert "<<<<<<<" not in (b / BRIEF).read_text(encoding="utf-8")
    snaps, problems = list_snapshots(b / BRIEF)
    assert problems == [] and {s.note for s in snaps} == {"confidence review", "outlook update"}
    ws = Workspace.load(b, use_cache=False)
    assert ws.errors == []
    # what A changed, seen from the merged brief
    mine = next(s for s in snaps if s.note == "outlook update")
    d = diff(mine, current(ws, merged, b / BRIEF))
    assert [(c.kind, c.old, c.new) for c in d.changes] == [("confidence", "high", "low")]


def test_a_real_conflict_is_reported_at_its_line(tmp_path: Path) -> None:
    from briefer.errors import LoadError

    origin = _repo(tmp_path, "origin")
    a, b = tmp_path / "analyst-a", tmp_path / "analyst-b"
    git(tmp_path, "clone", "-q", str(origin), str(a))
    git(tmp_path, "clone", "-q", str(origin), str(b))
    for clone, level in ((a, "low"), (b, "moderate")):  # the same entry, two ways
        brief, stamp = load_brief(clone / BRIEF)
        outline = Outline(brief)
        outline.set_confidence(0, 0, level)
        save_brief(outline.brief, clone / BRIEF, stamp)
        git(clone, "commit", "-q", "-am", f"confidence {level}")
    git(b, "fetch", "-q", str(a), "main")
    merge = subprocess.run(
        ["git", "-C", str(b), "merge", "--no-edit", "FETCH_HEAD"], capture_output=True
    )
    assert merge.returncode != 0  # git stops at the conflict
    text = (b / BRIEF).read_text(encoding="utf-8")
    marker = text.splitlines().index(next(ln for ln in text.splitlines() if ln.startswith("<<<")))
    with pytest.raises(LoadError) as e:
        load_brief(b / BRIEF)
    problem = e.value.problems[0]
    assert problem.line == marker + 1 and "unresolved git merge conflict" in problem.message
    git(b, "checkout", "--theirs", BRIEF)
    assert load_brief(b / BRIEF)[0].sections[0].entries[0].confidence == "low"


def test_history_lists_snapshots_and_commits_by_time(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from briefer.editions.history import NOW, History

    root = _repo(tmp_path)
    ws = Workspace.load(root, use_cache=False)
    brief, stamp = load_brief(root / BRIEF)
    take_snapshot(ws, brief, root / BRIEF, "long ago", now=datetime(2001, 1, 1, tzinfo=UTC))
    brief.sections[0].entries[0].confidence = "low"
    save_brief(brief, root / BRIEF, stamp)
    git(root, "commit", "-q", "-am", "Lower confidence")
    h = History(ws, brief, root / BRIEF)
    keys = [e.key for e in h.entries()]
    assert keys[0] == NOW and keys[-1].endswith("-long-ago")
    assert [k[:4] for k in keys[1:3]] == ["git:", "git:"]
    first_commit = keys[2]
    assert "high → low" in h.diff_text(first_commit, NOW)
    assert h.restore(first_commit).sections[0].entries[0].confidence == "high"
