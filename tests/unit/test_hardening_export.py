"""Issue #11, exports: output paths that are not regular files, ``-o -``, titles that slug to
nothing, and bidi controls in note text."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from export_support import make_brief, make_ws, ref

from briefer import model as m
from briefer.cli import main
from briefer.render import ExportError, default_output, export_brief, render
from briefer.textutil import file_slug

BRIEF = "nk-russia-weekly.brief.yaml"


# ------------------------------------------------------------- output paths


def char_device(folder: Path, name: str, minor: int) -> Path:
    """A character device of our own (/dev/null is 1,3; /dev/zero 1,5; /dev/full 1,7): a
    regression then replaces this node, never the system's /dev/null."""
    path = folder / name
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return path


@pytest.mark.parametrize(("name", "minor"), [("null", 3), ("zero", 5), ("full", 7)])
def test_export_onto_a_device_is_refused(sample_ws, tmp_path, capsys, name, minor):
    device = char_device(tmp_path, name, minor)
    before = os.lstat(device)
    assert main(["export", str(sample_ws / BRIEF), "-o", str(device)]) == 1
    err = capsys.readouterr().err
    assert f"{device}: not a regular file (character device)" in err
    after = os.lstat(device)
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_export_onto_a_symlink_or_fifo_is_refused(sample_ws, tmp_path, capsys):
    target = tmp_path / "elsewhere.md"
    target.write_text("someone's file")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    assert main(["export", str(sample_ws / BRIEF), "-o", str(link)]) == 1
    assert "not a regular file (a symbolic link to" in capsys.readouterr().err
    assert link.is_symlink() and target.read_text() == "someone's file"
    assert main(["export", str(sample_ws / BRIEF), "-o", str(fifo)]) == 1
    assert "not a regular file (named pipe)" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_planted_symlink_in_exports_is_refused(sample_ws, tmp_path):
    from briefer.schema import load_brief
    from briefer.workspace import Workspace

    ws = Workspace.load(sample_ws)
    brief, _ = load_brief(sample_ws / BRIEF)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    target = default_output(ws, brief, "md", sample_ws / BRIEF)
    target.parent.mkdir(exist_ok=True)
    target.symlink_to(victim)
    with pytest.raises(ExportError, match="symbolic link"):
        export_brief(ws, brief, sample_ws / BRIEF, "md")
    assert victim.read_text() == "keep me" and target.is_symlink()


def test_export_to_stdout_with_dash(sample_ws):
    result = subprocess.run(
        [sys.executable, "-m", "briefer", "export", str(sample_ws / BRIEF), "-o", "-"],
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"---\ntitle: ")
    assert b"North Korea" in result.stdout and result.stderr == b""
    assert not (sample_ws / "-").exists() and not (sample_ws / "exports").exists()
    html = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefer",
            "export",
            str(sample_ws / BRIEF),
            "-f",
            "html",
            "-o",
            "-",
        ],
        capture_output=True,
        timeout=120,
    )
    assert html.returncode == 0 and html.stdout.lstrip().lower().startswith(b"<!doctype html")


# ---------------------------------------------------------------------- slugs


def test_titles_in_other_scripts_keep_their_letters(tmp_path):
    ws = make_ws(tmp_path)
    for title, stem in [
        ("北朝鮮の軍事", "北朝鮮の軍事"),
        ("Северная Корея", "северная-корея"),
        ("한국어 뉴스", "한국어-뉴스"),
        ("Ünïcödé Ω", "unicode-ω"),
    ]:
        assert default_output(ws, make_brief(title=title), "md") == (
            tmp_path / "exports" / f"{stem}.md"
        )


def test_titles_with_no_letters_use_the_briefs_file_name(tmp_path):
    src = m.Source("s", "S", takes=[m.Take("t1", "x")])
    ws = make_ws(tmp_path / "ws", src)
    (tmp_path / "ws").mkdir()
    written = {
        export_brief(ws, make_brief(ref("s/t1"), title=title), tmp_path / "ws" / name, "md")
        for title, name in [("!!!", "bang.brief.yaml"), ("???", "query.brief.yaml")]
    }
    assert written == {
        tmp_path / "ws" / "exports" / "bang.md",
        tmp_path / "ws" / "exports" / "query.md",
    }
    japanese = export_brief(
        ws, make_brief(ref("s/t1"), title="北朝鮮の軍事"), tmp_path / "ws" / "x.brief.yaml", "md"
    )
    assert japanese.name == "北朝鮮の軍事.md"
    assert len({*written, japanese}) == 3  # nothing overwrote anything


def test_file_slug_never_leaves_the_folder_or_keeps_controls():
    for text in ["../..", "a/b\\c", "x\u202ey", "\x00\x1b[2J", "é\u0301"]:
        slug = file_slug(text)
        assert "/" not in slug and "\\" not in slug and ".." not in slug
        assert all(ch.isalnum() or ch == "-" or ch.isprintable() for ch in slug)
        assert "\u202e" not in slug and "\x1b" not in slug
    assert len(file_slug("語" * 500)) == 60


# ----------------------------------------------------------------------- bidi

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@pytest.mark.parametrize("fmt", ["md", "html", "typst"])
def test_bidi_controls_are_visible_in_exports(tmp_path, fmt):
    src = m.Source(
        "s",
        "Source \u202etitle",
        takes=[m.Take("t1", "Payment to \u202eacc 1234\u202c confirmed")],
        quotes=[m.Quote("q1", "We said \u2067this\u2069.", speaker="A \u2066B\u2069")],
    )
    ws = make_ws(tmp_path, src)
    brief = make_brief(ref("s/t1"), ref("s/q1"), title="Title \u202dx", bluf="Bluf \u2068y\u2069.")
    out = render(ws, brief, "x", fmt)
    assert isinstance(out, str)
    assert not any(ch in out for ch in BIDI), [hex(ord(c)) for c in out if c in BIDI]
    for code in ("202E", "202C", "2066", "2067", "2068", "2069", "202D"):
        assert f"U+{code}" in out, code
    assert "acc 1234" in out and "confirmed" in out  # the text itself stays
