"""One open brief: its file, the stamp of what was read, the outline being edited and
whether everything is on disk. Plain Python (no Textual), so it is tested on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import SaveError
from ..outline import Outline
from ..schema import load_brief, save_brief
from ..workspace import BRIEF_SUFFIX
from ..yamlio import FileStamp


def sibling_path(path: Path, tag: str = "mine") -> Path:
    """A free name beside ``path``: ``x.brief.yaml`` → ``x-mine.brief.yaml`` (then
    ``x-mine-2.brief.yaml`` …). Never an existing file."""
    name = path.name
    stem = name[: -len(BRIEF_SUFFIX)] if name.endswith(BRIEF_SUFFIX) else path.stem
    for n in range(1, 10_000):
        suffix = f"-{tag}" if n == 1 else f"-{tag}-{n}"
        candidate = path.with_name(f"{stem}{suffix}{BRIEF_SUFFIX}")
        if not candidate.exists():
            return candidate
    raise SaveError(path, "no free file name beside it")


@dataclass
class BriefSession:
    path: Path
    stamp: FileStamp | None
    outline: Outline
    dirty: bool = False

    @classmethod
    def open(cls, path: Path) -> BriefSession:
        """Read a brief (raises LoadError with every problem in the file)."""
        brief, stamp = load_brief(path)
        return cls(Path(path), stamp, Outline(brief))

    @property
    def brief(self):  # noqa: ANN201 - model.Brief
        return self.outline.brief

    def save(self) -> None:
        """Save now. On failure (SaveError, ChangedOnDisk) the edit stays in memory and
        the session is marked dirty."""
        try:
            self.stamp = save_brief(self.outline.brief, self.path, self.stamp)
        except SaveError:
            self.dirty = True
            raise
        self.dirty = False

    def save_as(self, path: Path) -> None:
        """Save to a new file (never over an existing one) and keep editing that file."""
        path = Path(path)
        if not path.name.endswith(BRIEF_SUFFIX):
            path = path.with_name(path.name + BRIEF_SUFFIX)
        self.stamp = save_brief(self.outline.brief, path, None)
        self.path = path
        self.dirty = False

    def keep_mine(self) -> Path:
        """The file changed on disk: save this version as a new file beside it."""
        target = sibling_path(self.path)
        self.save_as(target)
        return target

    def reload(self) -> None:
        """Take the version on disk (theirs); this session's history is dropped."""
        brief, stamp = load_brief(self.path)
        self.outline.reset(brief)
        self.stamp = stamp
        self.dirty = False
