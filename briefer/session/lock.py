"""A lock file beside an open brief, so a second briefer on the same brief warns (issue #19,
point 7), as vim's swap file does.

``.NAME.briefer.lock`` beside ``NAME`` (e.g. ``.weekly.brief.yaml.briefer.lock``) holds
JSON: the host, process id, user and start time of the briefer that has the brief open. A
lock is *stale* when its process is gone on this same host (the app was killed); a lock
from another host is never taken for stale (its process cannot be seen from here). The
lock only warns: the second briefer may still open the brief read-write (the save policy,
which never overwrites a file changed on disk, keeps both safe), and then the lock is
its own. Removing a lock removes only one this process wrote.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import time
from dataclasses import asdict, dataclass
from pathlib import Path

SUFFIX = ".briefer.lock"


def lock_path(brief: Path) -> Path:
    """``DIR/.NAME.briefer.lock`` for ``DIR/NAME``."""
    brief = Path(brief)
    return brief.with_name(f".{brief.name}{SUFFIX}")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment or passwd: say so
        return "unknown"


@dataclass(frozen=True)
class LockInfo:
    """Who holds a brief open: host, process id, user, and since when (ISO 8601, UTC)."""

    host: str
    pid: int
    user: str
    started: str

    @classmethod
    def mine(cls) -> LockInfo:
        return cls(
            socket.gethostname(),
            os.getpid(),
            _user(),
            time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        )

    @property
    def is_mine(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()

    @property
    def stale(self) -> bool:
        """Its process is gone (same host only: another host's process cannot be seen)."""
        if self.host != socket.gethostname():
            return False
        return not pid_alive(self.pid)

    def describe(self) -> str:
        """``user on host (process 4242) since 2026-12-03T07:40:00Z``."""
        return f"{self.user} on {self.host} (process {self.pid}) since {self.started}"


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    except OSError:
        return False
    return True


def read(brief: Path) -> LockInfo | None:
    """The lock of ``brief``, or None when there is none. A lock file that cannot be read
    as one (garbage, another program's file of that name) counts as none."""
    try:
        raw = lock_path(brief).read_text(encoding="utf-8")
        data = json.loads(raw)
        return LockInfo(
            str(data["host"]), int(data["pid"]), str(data["user"]), str(data["started"])
        )
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def holder(brief: Path) -> LockInfo | None:
    """Another live briefer's lock on ``brief`` (None: free, stale, or our own)."""
    info = read(brief)
    if info is None or info.is_mine or info.stale:
        return None
    return info


def take(brief: Path) -> LockInfo | None:
    """Write our lock (replacing any other: the caller asked the user first). Returns it,
    or None when the folder refuses the file (read-only media: no lock, no harm)."""
    path = lock_path(brief)
    info = LockInfo.mine()
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(asdict(info)) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
        return None
    return info


def release(brief: Path) -> bool:
    """Remove the lock of ``brief`` if it is ours (another briefer that opened the brief
    anyway has made it theirs: then it stays). True when a lock was removed."""
    info = read(brief)
    if info is None or not info.is_mine:
        return False
    try:
        lock_path(brief).unlink()
    except OSError:
        return False
    return True
