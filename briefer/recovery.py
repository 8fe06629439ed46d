"""Recovery records: an edit that exists only in memory (a brief that could not be saved, or
text typed in a dialog that is still open) written down when briefer is told to stop
(SIGTERM, SIGHUP) or before anything risky, and offered at the next start of that brief, the
way vim offers its swap file.

One JSON file per brief in ``<data dir>/recovery/`` (``briefer paths`` prints the data dir),
named after the brief and a hash of its absolute path; written atomically, readable by the
user only (a brief may be TLP:RED). Plain Python, no Textual: the TUI calls these functions.

A record holds the brief's path, its whole YAML text as briefer would save it (``yaml``),
and/or a dialog's typed text with what it belonged to (``dialog``, ``target``), the hash of
the file on disk the edit started from (``base_sha256``: tells whether the file changed
since), when it was written and by which process.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import paths
from .errors import BrieferError
from .textutil import slugify
from .yamlio import atomic_write, read_bytes, remove_stale_temps

FOLDER = "recovery"
VERSION = 1
_FIELDS = ("brief", "yaml", "dialog", "target", "base_sha256", "saved_at", "pid")


@dataclass(slots=True)
class Record:
    """What was in memory for one brief."""

    brief: Path  # the brief's absolute path
    yaml: str | None = None  # the brief as briefer would have saved it
    dialog: str | None = None  # text typed in a dialog that was open
    target: str | None = None  # what that text belonged to ("bluf", "section 2, entry 3 …")
    base_sha256: str | None = None  # the brief on disk when the edit began (FileStamp.sha256)
    saved_at: float = 0.0  # time.time() when written
    pid: int = 0  # the process that wrote it
    file: Path | None = None  # the record file itself (set by read and records)

    @property
    def is_empty(self) -> bool:
        return self.yaml is None and not self.dialog

    @property
    def owner_alive(self) -> bool:
        """True while the process that wrote it still runs (another briefer has the brief
        open: offer the record as read-only information, do not take it over)."""
        if self.pid <= 0 or self.pid == os.getpid():
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True

    def disk_changed(self) -> bool:
        """True when the brief on disk is no longer the file the edit started from (or is
        gone): restoring must then not overwrite it silently."""
        if self.base_sha256 is None:
            return False
        return _sha256_of(self.brief) != self.base_sha256

    def differs_from_disk(self) -> bool:
        """True when restoring would change something: typed dialog text, or a YAML text
        other than the brief's file as it is now."""
        if self.dialog:
            return True
        if self.yaml is None:
            return False
        try:
            on_disk = read_bytes(self.brief).decode("utf-8-sig").replace("\r\n", "\n")
        except (BrieferError, UnicodeDecodeError):
            return True
        return on_disk != self.yaml


class RecoveryError(BrieferError):
    """A recovery record could not be written (the edit is still in memory)."""


def folder() -> Path:
    return paths.data_dir() / FOLDER


def record_path(brief: Path | str) -> Path:
    """The record file of ``brief``: ``<name>-<hash of its absolute path>.json``."""
    absolute = _absolute(brief)
    digest = hashlib.sha256(os.fsencode(absolute)).hexdigest()[:16]
    name = absolute.name.removesuffix(".yaml").removesuffix(".brief")
    return folder() / f"{slugify(name, 40)}-{digest}.json"


def write(
    brief: Path | str,
    *,
    yaml: str | None = None,
    dialog: str | None = None,
    target: str | None = None,
    base_sha256: str | None = None,
) -> Path:
    """Write (replace) the record of ``brief``; return its path. Atomic: a record is whole
    or absent. Raises RecoveryError (with the reason) when it cannot be written."""
    record = Record(_absolute(brief), yaml, dialog, target, base_sha256, time.time(), os.getpid())
    path = record_path(brief)
    # ASCII JSON: a path that is not UTF-8 (kept as lone surrogates) survives the round trip
    data = {"version": VERSION, **{k: _plain(getattr(record, k)) for k in _FIELDS}}
    try:
        _private_folder(path.parent)
        remove_stale_temps(path.parent)
        atomic_write(path, json.dumps(data, indent=1).encode("ascii"))
        os.chmod(path, 0o600)
    except (BrieferError, OSError) as e:
        raise RecoveryError(f"{path}: could not write the recovery record: {e}") from None
    return path


def read(brief: Path | str) -> Record | None:
    """The record of ``brief``, or None (none, or unreadable: never raises)."""
    return _load(record_path(brief))


def records() -> list[Record]:
    """Every readable record, newest first (for a "recover…" list)."""
    try:
        files = [p for p in folder().iterdir() if p.suffix == ".json"]
    except OSError:
        return []
    found = [r for p in files if (r := _load(p)) is not None]
    return sorted(found, key=lambda r: -r.saved_at)


def discard(brief: Path | str) -> bool:
    """Remove the record of ``brief`` (after it was restored, declined or saved). True when
    there was one."""
    try:
        record_path(brief).unlink()
    except FileNotFoundError:
        return False
    except OSError:
        return False
    return True


def pending(brief: Path | str) -> Record | None:
    """The record to offer when ``brief`` is opened: one that would change something, not
    held by a live briefer process. None otherwise."""
    record = read(brief)
    if record is None or record.is_empty or record.owner_alive:
        return None
    return record if record.differs_from_disk() else None


# ---------------------------------------------------------------------- helpers


def _absolute(brief: Path | str) -> Path:
    return Path(os.path.abspath(os.fspath(brief)))


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, Path) else value


def _private_folder(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.stat(path).st_mode & 0o077:
        os.chmod(path, 0o700)


def _sha256_of(path: Path) -> str | None:
    try:
        return hashlib.sha256(read_bytes(path)).hexdigest()
    except BrieferError:
        return None


def _load(path: Path) -> Record | None:
    try:
        data = json.loads(read_bytes(path).decode("utf-8"))
    except (BrieferError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return None
    values: dict[str, Any] = {k: data.get(k) for k in _FIELDS}  # JSON values, checked below
    texts = ("yaml", "dialog", "target", "base_sha256")
    if not isinstance(values["brief"], str) or not all(
        values[k] is None or isinstance(values[k], str) for k in texts
    ):
        return None
    if not isinstance(values["saved_at"], int | float) or not isinstance(values["pid"], int):
        return None
    record = Record(**{**values, "brief": Path(values["brief"])})
    return dataclasses.replace(record, file=path)
