"""A workspace's layout on disk and what kind of file a path is: names, ``is_workspace`` and
``find_workspace``. Plain ``os``/``stat`` only, no YAML, so the TUI can find its workspace
and draw its first frame before the parser is imported (#18). :mod:`briefer.workspace` and
:mod:`briefer.yamlio` re-export these names."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .errors import BrieferError

SOURCES_DIR = "sources"
BRIEF_SUFFIX = ".brief.yaml"
SETTINGS_FILE = "briefer.yaml"


class NotAWorkspace(BrieferError):
    pass


_KINDS = (
    (stat.S_ISDIR, "folder"),
    (stat.S_ISFIFO, "named pipe"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISSOCK, "socket"),
)


def file_kind(mode: int) -> str:
    """What a file of this ``st_mode`` is, in words: 'regular file', 'named pipe'…"""
    if stat.S_ISREG(mode):
        return "regular file"
    return next((word for test, word in _KINDS if test(mode)), "special file")


def not_regular(path: Path | str) -> str | None:
    """What ``path`` is when it is not a regular file ('named pipe', 'character device',
    'folder', 'a symbolic link loop', 'a dangling symbolic link …'); None when it is a
    regular file or does not exist."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            return f"a dangling symbolic link (to {os.readlink(path)}, which does not exist)"
        return None
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "a symbolic link loop"
        return f"cannot be read: {e.strerror or e}"
    return None if stat.S_ISREG(st.st_mode) else file_kind(st.st_mode)


def is_workspace(folder: Path) -> bool:
    return folder.is_dir() and (
        (folder / SOURCES_DIR).is_dir()
        or (folder / SETTINGS_FILE).is_file()
        or any(folder.glob("*" + BRIEF_SUFFIX))
    )


def find_workspace(path: Path | str) -> Path:
    """The workspace folder for ``path``: the folder itself, or a brief file's folder."""
    p = Path(path)
    if p.is_file() and p.name.endswith(BRIEF_SUFFIX):
        return p.parent
    why = not_regular(p)
    if why is not None and why != "folder":
        raise NotAWorkspace(f"{p}: not a regular file ({why}) nor a folder")
    if not p.exists():
        raise NotAWorkspace(f"{p}: no such file or folder")
    if not is_workspace(p):
        raise NotAWorkspace(
            f"{p}: not a briefer workspace (no {SOURCES_DIR}/ folder, no *{BRIEF_SUFFIX} "
            f"and no {SETTINGS_FILE})"
        )
    return p
