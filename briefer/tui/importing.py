"""Import in the TUI (``i``): an article → review → a new source note in ``sources/``.

The steps: ``ImportDialog`` (a file path relative to the workspace, or pasted text) reads
and extracts the article (``briefer.extract``); ``ReviewScreen`` lets the analyst keep,
drop and fix each item and set the note's title, id, reliability and marking, and writes
the note with ``briefer.extract.draft.save_note`` (never over a file); the app then tells
the session the library changed. Escape at any step writes nothing.

The note itself is built in the core (``briefer.extract.draft``), as for ``briefer
import``; here are what the dialogs need to read what was typed.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from .. import model as m
from ..errors import BrieferError, LoadError
from ..textutil import visible


# ------------------------------------------------------------------ reading
def extract(text: str, *, name: str | None = None) -> m.Source:
    """``briefer.extract.extract``, imported on first use: its tables cost ~30 ms that a
    start need not pay (#18)."""
    from .. import extract as extracting

    return extracting.extract(text, name=name)


def error_text(error: BrieferError) -> str:
    """A BrieferError as the user should read it (each problem on its own line)."""
    if isinstance(error, LoadError):
        return visible(
            "\n".join(
                f"{p.path}: {p.message}"
                if p.line <= 1 and p.col <= 1
                else f"{p.path}:{p.line}:{p.col}: {p.message}"
                for p in error.problems
            )
        )
    return visible(str(error))


def resolve(root: Path, typed: str) -> Path:
    """A path as typed in the dialog: ``~`` expanded, relative to the workspace folder."""
    path = Path(typed.strip()).expanduser()
    return path if path.is_absolute() else root / path


def read_article(root: Path, typed_path: str, pasted: str) -> tuple[m.Source, str]:
    """The draft note and a name for it (the file name, or "pasted text"). Raises
    BrieferError with a clear message: no such file, a folder, not UTF-8, empty…"""
    from ..extract import read_input

    if typed_path.strip():
        path = resolve(root, typed_path)
        text = read_input(str(path))  # never "-": resolve() makes every path absolute
        return extract(text, name=path.name), path.name
    if not pasted.strip():
        raise BrieferError("Give the path of an article file, or paste its text.")
    return extract(pasted), "pasted text"


# ------------------------------------------------------------------- values
def parse_value(text: str) -> int | float:
    """A figure's value as typed: ``15000``, ``15,000``, ``2.5``, ``-3``. Raises ValueError
    with a message for anything else."""
    cleaned = text.strip().replace(",", "").replace("_", "").replace(" ", "")
    if re.fullmatch(r"[-+]?\d+", cleaned):
        return int(cleaned)
    if re.fullmatch(r"[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?", cleaned):
        value = float(cleaned)
        if math.isfinite(value):
            return int(value) if value.is_integer() and abs(value) < 1e15 else value
    raise ValueError(
        f"the value must be a number (like 15000, 15,000 or 2.5), not {text.strip()!r}"
        if text.strip()
        else "the value is empty: give a number"
    )


def value_text(value: int | float) -> str:
    """The value as the edit dialog shows it (plain digits, no thousands separators)."""
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
