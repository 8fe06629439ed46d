"""Issue #11, saving: symlinked briefs, owners and modes, special files, line ends and byte
order marks, and the temp files that killed saves leave behind."""

from __future__ import annotations

import codecs
import os
import stat
import time
from pathlib import Path

import pytest

from briefer.errors import SaveError
from briefer.schema import load_brief, save_brief
from briefer.workspace import Workspace
from briefer.yamlio import atomic_write, remove_stale_temps

BRIEF = "title: Weekly\nbluf: Shells keep flowing.\nsections:\n  - heading: Key judgments\n"


def brief_at(folder: Path, text: str = BRIEF, name: str = "w.brief.yaml") -> Path:
    path = folder / name
    path.write_text(text)
    return path


# ------------------------------------------------------------- symbolic links


def test_saving_a_symlinked_brief_writes_through_and_keeps_the_link(tmp_path):
    (tmp_path / "store").mkdir()
    real = brief_at(tmp_path / "store")
    link = tmp_path / "w.brief.yaml"
    link.symlink_to(real)
    brief, stamp = load_brief(link)
    brief.bluf = "Shells keep flowing, and faster."
    save_brief(brief, link, stamp)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert "faster" in real.read_text()
    assert not list(tmp_path.glob(".*.tmp")) and not list(real.parent.glob(".*.tmp"))


def test_a_dangling_link_is_not_replaced(tmp_path):
    link = tmp_path / "w.brief.yaml"
    link.symlink_to(tmp_path / "gone.brief.yaml")
    with pytest.raises(SaveError, match="does not exist"):
        atomic_write(link, b"title: x\n")
    assert link.is_symlink() and not (tmp_path / "gone.brief.yaml").exists()


@pytest.mark.parametrize(("name", "minor"), [("null", 3), ("zero", 5), ("full", 7)])
def test_a_device_is_never_replaced(tmp_path, name, minor):
    device = tmp_path / name  # our own node: a regression replaces it, not /dev/null
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except PermissionError:
        pytest.skip("making a device node needs root")
    link = tmp_path / "out.md"
    link.symlink_to(device)
    before = os.lstat(device)
    for target in (device, link):
        with pytest.raises(SaveError, match="not a regular file \\(character device\\)"):
            atomic_write(target, b"x")
    after = os.lstat(device)
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino
    assert link.is_symlink()


def test_a_fifo_is_never_replaced(tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    with pytest.raises(SaveError, match="named pipe"):
        atomic_write(fifo, b"x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


# --------------------------------------------------------- owner and mode


def test_mode_is_kept(tmp_path):
    path = brief_at(tmp_path)
    path.chmod(0o640)
    brief, stamp = load_brief(path)
    save_brief(brief, path, stamp)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_owner_and_group_are_kept_when_root_saves(tmp_path):
    path = brief_at(tmp_path)
    os.chown(path, 4321, 8765)
    path.chmod(0o604)
    brief, stamp = load_brief(path)
    brief.bluf = "Edited by root."
    save_brief(brief, path, stamp)
    st = path.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (4321, 8765, 0o604)
    assert "Edited by root." in path.read_text()


# ------------------------------------------------------ line ends and BOM


@pytest.mark.parametrize(("bom", "newline"), [(True, "\r\n"), (False, "\r\n"), (True, "\n")])
def test_line_ends_and_bom_are_kept(tmp_path, bom, newline):
    path = tmp_path / "w.brief.yaml"
    data = BRIEF.replace("\n", newline).encode()
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + data)
    brief, stamp = load_brief(path)
    brief.bluf = "Shells keep flowing, faster."
    save_brief(brief, path, stamp)
    saved = path.read_bytes()
    assert saved.startswith(codecs.BOM_UTF8) == bom
    body = saved[3:] if bom else saved
    assert body.count(b"\n") == body.count(newline.encode()) > 3  # every line, same ends
    before = data.split(newline.encode())
    after = body.split(newline.encode())
    assert [line for line in after if line not in before] == [b"bluf: Shells keep flowing, faster."]
    brief2, stamp2 = load_brief(path)  # and the next save starts from the saved file
    save_brief(brief2, path, stamp2)
    assert path.read_bytes() == saved


def test_a_new_brief_is_plain_utf8_with_lf(tmp_path):
    brief, _ = load_brief(brief_at(tmp_path))
    target = tmp_path / "new.brief.yaml"
    save_brief(brief, target, None)
    assert b"\r" not in target.read_bytes() and not target.read_bytes().startswith(b"\xef")


# -------------------------------------------------------------- temp files


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_stale_temp_files_of_briefer_are_removed_on_open(sample_ws):
    brief = next(sample_ws.glob("*.brief.yaml"))
    note = next((sample_ws / "sources").glob("*.yaml"))
    dead = sample_ws / f".{brief.name}.k3j_x9q2.briefer.tmp"  # a killed save's, unlocked
    old = sample_ws / "sources" / f".{note.name}.abcd1234.tmp"  # an older briefer's
    young_old = sample_ws / f".{brief.name}.zzzz9999.tmp"  # same, but young: may be live
    others = [
        sample_ws / ".notes.txt.abcd1234.tmp",  # not a file briefer writes
        sample_ws / f".{brief.name}.swp",  # an editor's
        sample_ws / "sources" / "draft.tmp",
        sample_ws / f"{brief.name}.abcd1234.tmp",  # not hidden
    ]
    for path in (dead, old, young_old, *others):
        path.write_text("partial")
    for path in (old, *others):
        _age(path, 3600)
    Workspace.load(sample_ws)
    assert not dead.exists() and not old.exists()
    assert young_old.exists() and all(p.exists() for p in others)
    _age(young_old, 120)
    Workspace.load(sample_ws)
    assert not young_old.exists() and all(p.exists() for p in others)


def test_a_temp_file_being_written_is_left_alone(tmp_path):
    import fcntl

    live = tmp_path / ".w.brief.yaml.abcdefgh.briefer.tmp"
    live.write_text("half")
    _age(live, 3600)
    with open(live, "rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # what a save in progress holds
        assert remove_stale_temps(tmp_path) == []
        assert live.exists()
    assert remove_stale_temps(tmp_path) == [live]


def test_atomic_write_holds_the_lock_while_writing(tmp_path, monkeypatch):
    import briefer.yamlio as yamlio

    seen = []
    real_replace = os.replace

    def replace(src, dst):  # noqa: ANN001 - the moment before the rename
        seen.append(remove_stale_temps(tmp_path))
        return real_replace(src, dst)

    monkeypatch.setattr(yamlio.os, "replace", replace)
    atomic_write(tmp_path / "x.yaml", b"a: 1\n")
    assert seen == [[]] and (tmp_path / "x.yaml").read_bytes() == b"a: 1\n"
    assert not list(tmp_path.glob(".*.tmp"))
