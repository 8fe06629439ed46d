"""What a start reads before its first frame — the user's config file and the theme files —
kept from the last start, keyed by each file's stat, so the TUI's first frame needs no YAML
parser: importing PyYAML and the schema was ~0.02 s of a ~0.25 s start (#18).

The key of an entry is the stat (mtime, size, ctime, inode) of every file it was read from,
and of the briefer modules that read them (an upgrade is a miss). A file changed within two
seconds of the start may not show the change in its stat yet, so such a start neither reads
nor writes the entry: it parses. An entry that is missing, torn, corrupt or written by
another Python is not used. Nothing here is ever fatal: the caller parses instead.

Only marshal-able values are stored (tuples, lists, dicts, str, int, bool, None): no code
references, like the workspace cache (:mod:`briefer.cache`).
"""

from __future__ import annotations

import marshal
import os
import sys
import time
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import paths
from .errors import Problem

MAGIC = b"briefer-start-1\n"
RACY_NS = 2_000_000_000  # as briefer.workspace: a file this new is read, not trusted by stat
_HERE = Path(__file__).resolve().parent
# the code that turns the files into values: a change to it makes every entry stale
CODE = tuple(
    _HERE / n for n in ("model.py", "schema.py", "walk.py", "yamlio.py", "themes.py", "config.py")
)

Key = tuple[tuple[Any, ...], ...]


def stamp(files: Sequence[Path]) -> Key | None:
    """The key for ``files`` (an absent file is part of the key as absent), or None when one
    of them changed too recently for its stat to be trusted, or cannot be looked at."""
    now = time.time_ns()
    out: list[tuple[Any, ...]] = []
    for path in (*files, *CODE):
        try:
            st = os.stat(path)
        except FileNotFoundError:
            out.append((str(path),))
            continue
        except OSError:
            return None
        if now - max(st.st_mtime_ns, st.st_ctime_ns) < RACY_NS:
            return None
        out.append((str(path), st.st_mtime_ns, st.st_size, st.st_ctime_ns, st.st_ino))
    return tuple(out)


def problem_rows(problems: Sequence[Problem]) -> list[tuple[Any, ...]]:
    """Problems as marshal-able rows (what :func:`problems` reads back)."""
    return [(p.path, p.line, p.col, p.message, p.context) for p in problems]


def problems(rows: Sequence[Sequence[Any]]) -> list[Problem]:
    return [Problem(*row) for row in rows]


def _path(name: str) -> Path:
    return paths.cache_dir() / f"start-{name}.cache"


def read(name: str, key: Key) -> Any | None:
    """The value stored under ``name`` for ``key``, or None (absent, stale, broken)."""
    try:
        data = _path(name).read_bytes()
        head = len(MAGIC) + 4
        if not data.startswith(MAGIC) or len(data) < head:
            return None
        payload = data[head:]
        if zlib.crc32(payload) != int.from_bytes(data[len(MAGIC) : head], "big"):
            return None
        version, stored_key, value = marshal.loads(payload)
    except Exception:  # noqa: BLE001 - a cache is only a cache
        return None
    if version != sys.version or stored_key != key:
        return None
    return value


def write(name: str, key: Key, value: Any) -> None:
    """Store ``value`` for ``key`` (atomically; a failure only means no cache)."""
    from .yamlio import atomic_write  # only after a parse, which imported it anyway

    try:
        payload = marshal.dumps((sys.version, key, value))
        path = _path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload, durable=False)
    except Exception:  # noqa: BLE001 - a cache is only a cache
        return
