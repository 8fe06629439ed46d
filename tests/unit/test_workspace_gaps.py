"""Workspace behaviour pinned exactly (#22): what makes a folder a workspace and the
message when it is not, newest brief first, stale_days precedence, resolving references,
refresh telling what changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefer import model as m
from briefer.workspace import NotAWorkspace, Workspace, find_workspace, is_workspace


def _note(folder: Path, sid: str, take: str = "A take.") -> Path:
    path = folder / "sources" / f"{sid}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"title: Note {sid}\ntakes:\n  - id: t1\n    text: {take}\n", encoding="utf-8")
    return path


def test_what_makes_a_workspace(tmp_path: Path) -> None:
    a, b, c, d = (tmp_path / n for n in "abcd")
    for f in (a, b, c, d):
        f.mkdir()
    (a / "sources").mkdir()
    (b / "briefer.yaml").write_text("author: X\n", encoding="utf-8")
    (c / "x.brief.yaml").write_text("title: T\n", encoding="utf-8")
    (d / "sources").write_text("not a folder", encoding="utf-8")
    (d / "briefer.yaml").mkdir()
    assert [is_workspace(f) for f in (a, b, c, d)] == [True, True, True, False]
    assert not is_workspace(c / "x.brief.yaml")


def test_find_workspace_and_its_messages(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    brief = tmp_path / "w.brief.yaml"
    brief.write_text("title: T\n", encoding="utf-8")
    assert find_workspace(tmp_path) == tmp_path
    assert find_workspace(brief) == tmp_path
    assert find_workspace(str(brief)) == tmp_path
    with pytest.raises(NotAWorkspace, match=r"missing: no such file or folder$"):
        find_workspace(tmp_path / "missing")
    plain = tmp_path / "plain"
    plain.mkdir()
    with pytest.raises(
        NotAWorkspace,
        match=r"plain: not a briefer workspace \(no sources/ folder, no \*\.brief\.yaml and "
        r"no briefer\.yaml\)$",
    ):
        find_workspace(plain)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(NotAWorkspace, match=r"pipe: not a regular file \(named pipe\) nor a"):
        find_workspace(fifo)
    note = tmp_path / "note.yaml"
    note.write_text("x: 1\n", encoding="utf-8")
    with pytest.raises(NotAWorkspace, match=r"note\.yaml: not a briefer workspace"):
        find_workspace(note)


def test_brief_paths_newest_first_then_by_name(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    for name, age in (("b", 100), ("a", 100), ("c", 10), ("d", 300)):
        p = tmp_path / f"{name}.brief.yaml"
        p.write_text("title: T\n", encoding="utf-8")
        os.utime(p, (1_000_000 - age, 1_000_000 - age))
    (tmp_path / "folder.brief.yaml").mkdir()
    (tmp_path / "gone.brief.yaml").symlink_to(tmp_path / "nowhere")
    names = [p.name for p in Workspace.load(tmp_path).brief_paths()]
    assert names == ["c.brief.yaml", "a.brief.yaml", "b.brief.yaml", "d.brief.yaml"]


def test_stale_days_workspace_then_config_then_180(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sources").mkdir()
    config = tmp_path / "config.yaml"
    monkeypatch.setenv("BRIEFER_CONFIG", str(config))
    assert Workspace.load(tmp_path).stale_days == 180
    config.write_text("stale_days: 30\n", encoding="utf-8")
    ws = Workspace.load(tmp_path)
    assert ws.stale_days == 30
    config.write_text("stale_days: 45\n", encoding="utf-8")
    assert ws.stale_days == 30  # the config is read once per load
    (tmp_path / "briefer.yaml").write_text("stale_days: 7\n", encoding="utf-8")
    assert Workspace.load(tmp_path).stale_days == 7


def test_resolve_references(tmp_path: Path) -> None:
    _note(tmp_path, "s1")
    ws = Workspace.load(tmp_path, use_cache=False)
    hit = ws.resolve("s1/t1")
    assert hit is not None and hit.ref == "s1/t1" and hit.item.text == "A take."
    assert ws.resolve(m.Ref("s1", "t1")) == hit
    assert ws.resolve("s1/t2") is None
    assert ws.resolve("s2/t1") is None
    assert ws.resolve("not a ref") is None


def test_refresh_tells_what_changed(tmp_path: Path) -> None:
    _note(tmp_path, "s1")
    ws = Workspace.load(tmp_path, use_cache=False)
    assert ws.search("take") and ws.refresh() is False
    _note(tmp_path, "s2", "Second take.")
    assert ws.refresh() is True
    assert sorted(ws.sources) == ["s1", "s2"]
    assert [h.ref for h in ws.search("second")] == ["s2/t1"]
    (tmp_path / "sources" / "s1.yaml").unlink()
    assert ws.refresh() is True and sorted(ws.sources) == ["s2"]
    assert ws.refresh() is False
    (tmp_path / "briefer.yaml").write_text("author: Someone\n", encoding="utf-8")
    assert ws.refresh() is True and ws.settings.author == "Someone"
    assert ws.refresh() is False


def test_search_kinds_and_split(sample_ws: Path) -> None:
    ws = Workspace.load(sample_ws, use_cache=False)
    every = ws.search()
    assert len(every) == len(ws.hits()) > 0
    takes = ws.search("", "take")
    assert takes and all(h.item.kind == "take" for h in takes)
    own, note = ws.search_split("artillery")
    assert ws.search("artillery") == own + note
    assert all("artillery" in h.item.text.lower() for h in own[:1])


# ------------------------------------------------------------------ round 2 (survivors)
def test_duplicate_source_ids_reported_at_each_id(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    for name in ("a.yaml", "b.yaml", "c.yml"):
        (tmp_path / "sources" / name).write_text(
            "title: T\nid: same\ntakes:\n  - text: x\n", encoding="utf-8"
        )
    (tmp_path / "sources" / ".hidden.yaml").write_text("not: [valid\n", encoding="utf-8")
    (tmp_path / "sources" / "readme.txt").write_text("ignored", encoding="utf-8")
    ws = Workspace.load(tmp_path, use_cache=False)
    assert ws.sources == {} and ws.source_paths == {}
    got = [(Path(p.path).name, p.line, p.col, p.message) for p in ws.errors]
    src = tmp_path / "sources"
    assert sorted(got) == [
        (
            "a.yaml",
            2,
            5,
            f"source id 'same' is also used by {src / 'b.yaml'}, {src / 'c.yml'}; neither note "
            "is loaded until each has its own id",
        ),
        (
            "b.yaml",
            2,
            5,
            f"source id 'same' is also used by {src / 'a.yaml'}, {src / 'c.yml'}; neither note "
            "is loaded until each has its own id",
        ),
        (
            "c.yml",
            2,
            5,
            f"source id 'same' is also used by {src / 'a.yaml'}, {src / 'b.yaml'}; neither note "
            "is loaded until each has its own id",
        ),
    ]


def test_a_special_brief_file_is_reported_not_opened(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    os.mkfifo(tmp_path / "pipe.brief.yaml")
    ws = Workspace.load(tmp_path, use_cache=False)
    found = [(p.path, p.line, p.col, p.message) for p in ws.errors]
    assert (
        str(tmp_path / "pipe.brief.yaml"),
        1,
        1,
        "not a regular file (named pipe); not read",
    ) in found


def test_a_note_that_breaks_the_reader_is_one_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefer.workspace as wsmod

    _note(tmp_path, "s1")

    def boom(text: str, name: str):
        raise RecursionError("too deep")

    monkeypatch.setattr(wsmod, "compose", boom)
    ws = Workspace.load(tmp_path, use_cache=False)
    assert [(p.path, p.line, p.col, p.message) for p in ws.errors] == [
        (str(tmp_path / "sources" / "s1.yaml"), 1, 1, "cannot be read: RecursionError: too deep")
    ]
    assert ws.source_paths == {}


def test_source_paths_point_at_the_notes(tmp_path: Path) -> None:
    path = _note(tmp_path, "s1")
    ws = Workspace.load(tmp_path, use_cache=False)
    assert ws.source_paths == {"s1": path}


def test_the_library_cache_is_made_in_a_new_folder_without_fsync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache (#18): its folder made with its parents, a killed write's temp removed, and
    no fsync (a cache a crash may lose but never tear)."""
    from briefer import paths
    from briefer.yamlio import TEMP_SUFFIX

    deep = tmp_path / "cache" / "a" / "b"
    monkeypatch.setenv("BRIEFER_CACHE_DIR", str(deep))
    ws = tmp_path / "ws"
    (ws / "sources").mkdir(parents=True)
    (ws / "sources" / "n.yaml").write_text("title: N\ntakes:\n  - text: x\n", encoding="utf-8")
    Workspace.load(ws)  # makes the folder
    stale = deep / f".ws-x.cache.abcd1234{TEMP_SUFFIX}"
    stale.write_bytes(b"half a cache")  # a killed write's leftover: not locked by anyone
    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(fd))
    (ws / "sources" / "m.yaml").write_text("title: M\n", encoding="utf-8")
    Workspace.load(ws)
    assert synced == []
    assert not stale.exists()
    assert [p.name for p in paths.cache_dir().glob("ws-*.cache")] != []


def test_a_sources_path_that_is_no_folder_is_one_located_problem(tmp_path: Path) -> None:
    (tmp_path / "briefer.yaml").write_text("author: A. Analyst\n", encoding="utf-8")
    (tmp_path / "sources").write_text("not a folder\n", encoding="utf-8")
    ws = Workspace.load(tmp_path)
    assert [(p.path, p.line, p.col, p.message) for p in ws.errors] == [
        (str(tmp_path / "sources"), 1, 1, "cannot read folder: Not a directory")
    ]


def test_a_note_named_by_its_file_that_clashes_is_reported_at_1_1(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.yaml").write_text("id: b\ntitle: A\n", encoding="utf-8")
    (tmp_path / "sources" / "b.yaml").write_text("title: B\n", encoding="utf-8")
    ws = Workspace.load(tmp_path)
    found = sorted((Path(p.path).name, p.line, p.col) for p in ws.errors)
    assert found == [("a.yaml", 1, 5), ("b.yaml", 1, 1)]
    assert "b" not in ws.sources
