"""The standard template for a new brief."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import model as m
from .errors import BrieferError
from .schema import save_brief
from .workspace import BRIEF_SUFFIX

STANDARD_SECTIONS = ("Key judgments", "Background", "Outlook")


def new_brief(
    title: str, author: str | None = None, marking: str | None = None, date: str | None = None
) -> m.Brief:
    return m.Brief(
        title=title,
        author=author,
        date=date or dt.date.today().isoformat(),
        marking=marking or "TLP:CLEAR",
        bluf="",
        sections=[m.Section(h) for h in STANDARD_SECTIONS],
    )


def brief_path(path: Path | str) -> Path:
    """``x`` → ``x.brief.yaml``; a path already ending so is kept."""
    p = Path(path)
    if p.name.endswith(BRIEF_SUFFIX):
        return p
    name = p.name[: -len(".yaml")] if p.name.endswith(".yaml") else p.name
    return p.with_name(name + BRIEF_SUFFIX)


def create_brief(
    path: Path | str,
    title: str | None = None,
    author: str | None = None,
    marking: str | None = None,
) -> Path:
    """Write a new brief from the template; never replaces an existing file."""
    target = brief_path(path)
    if target.exists():
        raise BrieferError(f"{target}: already exists; choose another name")
    if not target.parent.is_dir():
        raise BrieferError(f"{target.parent}: no such folder")
    if title is None:
        stem = target.name[: -len(BRIEF_SUFFIX)]
        title = stem.replace("-", " ").replace("_", " ").strip().capitalize() or "Untitled brief"
    save_brief(new_brief(title, author, marking), target, None)
    return target


SETTINGS_TEMPLATE = """\
# Workspace settings (all optional); see README "Configuration".
# author: A. Analyst
# marking: TLP:CLEAR
# stale_days: 180
# checks: {disable: [BRF003]}
"""


def init_workspace(folder: Path | str) -> list[Path]:
    """Make ``folder`` a briefer workspace: ``sources/`` and a commented ``briefer.yaml``.
    The folder is created when its parent exists; nothing that exists is replaced. Returns
    what was created (empty when it was a workspace already)."""
    from .workspace import SETTINGS_FILE, SOURCES_DIR

    root = Path(folder)
    if root.exists() and not root.is_dir():
        raise BrieferError(f"{root}: exists and is not a folder")
    if not root.exists() and not root.parent.is_dir():
        raise BrieferError(f"{root}: its parent folder {root.parent} does not exist")
    created: list[Path] = []
    try:
        if not root.exists():
            root.mkdir()
            created.append(root)
        sources = root / SOURCES_DIR
        if not sources.exists():
            sources.mkdir()
            created.append(sources)
        settings = root / SETTINGS_FILE
        if not settings.exists():
            with open(settings, "x", encoding="utf-8") as f:
                f.write(SETTINGS_TEMPLATE)
            created.append(settings)
    except OSError as e:
        raise BrieferError(f"{root}: cannot make a workspace here: {e.strerror or e}") from None
    return created
