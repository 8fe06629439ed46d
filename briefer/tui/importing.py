"""Import in the TUI (``i``): an article → review → a new source note in ``sources/``.

The steps: ``ImportDialog`` (a file path relative to the workspace, or pasted text) reads
and extracts the article (``briefer.extract``); ``ReviewScreen`` lets the analyst keep,
drop and fix each item and set the note's title, id, reliability and marking; ``save``
writes the note with ``briefer.extract.write_note`` (never over a file), adds it to the
open workspace and shows its items in the library. Escape at any step writes nothing.

The helpers at the top are plain Python (tested on their own).
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .. import model as m
from ..errors import BrieferError, LoadError
from ..extract import candidate_ids, extract, read_input, summary, write_note
from ..extract.nlp import sentence_ends
from ..textutil import slugify, visible
from ..workspace import SOURCES_DIR, Workspace

if TYPE_CHECKING:
    from .app import BrieferApp

CONTEXT_REACH = 400  # characters looked at on each side of an item for its sentence
_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:[-•*–]|\d+[.)])\s)")  # paragraph, list item


# ------------------------------------------------------------------ reading
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
    if typed_path.strip():
        path = resolve(root, typed_path)
        text = read_input(str(path))  # never "-": resolve() makes every path absolute
        return extract(text, name=path.name), path.name
    if not pasted.strip():
        raise BrieferError("Give the path of an article file, or paste its text.")
    return extract(pasted), "pasted text"


# ------------------------------------------------------------------ context
def _bounds(body: str, lo: int, hi: int) -> list[int]:
    """Offsets in body[lo:hi] where a sentence, a paragraph or a list item ends."""
    ends = [e for e in sentence_ends(body, lo, hi) if e < hi]
    ends += [mt.start() for mt in _BREAK.finditer(body, lo, hi)]
    return sorted(ends)


def context(body: str | None, span: tuple[int, int] | None) -> tuple[str, str, str]:
    """(before, the item's own text, after): the sentence of ``body`` around ``span``
    (cut at paragraph and list item breaks too), whitespace folded, control characters
    visible; "…" where the sentence goes on beyond the reach. ("", "", "") without span."""
    if not body or span is None:
        return "", "", ""
    start = max(0, min(span[0], len(body)))
    end = max(start, min(span[1], len(body)))
    lo, hi = max(0, start - CONTEXT_REACH), min(len(body), end + CONTEXT_REACH)
    left = [b for b in _bounds(body, lo, start) if b <= start]
    right = [b for b in _bounds(body, end, hi) if b >= end]
    s = left[-1] if left else lo
    e = right[0] if right else hi

    def fold(text: str) -> str:
        return visible(re.sub(r"\s+", " ", text))

    before = fold(body[s:start]).lstrip()
    after = fold(body[end:e]).rstrip()
    if s > 0 and not left:
        before = "…" + before
    if e < len(body) and not right:
        after += "…"
    return before, fold(body[start:end]), after


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


# ------------------------------------------------------------------- saving
def free_id(ws: Workspace, wanted: str) -> str:
    """``wanted`` slugged, or ``wanted-2``… when a note or file already uses it."""
    stem = slugify(wanted) if wanted else "source"
    folder = ws.root / SOURCES_DIR
    return next((c for c in candidate_ids(stem) if not id_problem(ws, c, folder)), stem)


def id_problem(ws: Workspace, note_id: str, folder: Path | None = None) -> str:
    """Why ``note_id`` cannot be the new note's id ("" when it can)."""
    folder = folder or ws.root / SOURCES_DIR
    if not m.SLUG_RE.match(note_id):
        return "the id must be lowercase letters, digits and '-', starting with a letter or a digit"
    if note_id in ws.sources:
        return f"the id '{note_id}' is already used by {ws.source_paths[note_id].name}"
    for suffix in (".yaml", ".yml"):
        if (folder / f"{note_id}{suffix}").exists():
            return f"{SOURCES_DIR}/{note_id}{suffix} already exists"
    return ""


def renumbered(items: Iterable[m.Item]) -> tuple[list[m.Take], list[m.Quote], list[m.Figure]]:
    """The kept items by kind, with fresh ids ``t1``… ``q1``… ``f1``… (the note is new:
    nothing cites them yet)."""
    takes = [it for it in items if isinstance(it, m.Take)]
    quotes = [it for it in items if isinstance(it, m.Quote)]
    figures = [it for it in items if isinstance(it, m.Figure)]
    return (
        [dataclasses.replace(t, id=f"t{i}") for i, t in enumerate(takes, 1)],
        [dataclasses.replace(q, id=f"q{i}") for i, q in enumerate(quotes, 1)],
        [dataclasses.replace(f, id=f"f{i}") for i, f in enumerate(figures, 1)],
    )


def build_note(
    draft: m.Source,
    kept: Iterable[m.Item],
    *,
    title: str,
    note_id: str,
    reliability: str | None,
    marking: str | None,
) -> m.Source:
    takes, quotes, figures = renumbered(kept)
    return dataclasses.replace(
        draft,
        id=note_id,
        title=title.strip(),
        reliability=reliability,
        marking=marking,
        takes=takes,
        quotes=quotes,
        figures=figures,
    )


def save(ws: Workspace, note: m.Source) -> tuple[Path, m.Source]:
    """Write the note into the workspace's sources/ (never over a file) and have the open
    workspace pick it up (``Workspace.refresh`` reads only what changed; the search index
    is rebuilt). Returns the path and the note as read back from disk."""
    problem = id_problem(ws, note.id)
    if problem:
        raise BrieferError(problem)
    path = write_note(note, ws.root / SOURCES_DIR, note.id, exact=True)
    ws.refresh()
    saved = ws.sources.get(note.id)
    if saved is None or ws.source_paths.get(note.id) != path:  # cannot happen: say so
        problems = [str(p) for p in ws.errors if p.path == str(path)]
        raise BrieferError(
            f"{path} was written but cannot be read back: "
            + ("; ".join(problems) or "unknown reason")
        )
    return path, saved


# --------------------------------------------------------------------- flow
def start_import(app: BrieferApp) -> None:
    """``i``: the import dialog, then the review screen, then save."""
    from .screens.importer import ImportDialog
    from .screens.review import ReviewScreen

    def reviewed(result: tuple[Path, m.Source] | None) -> None:
        if result is None:
            app.notify("Import cancelled: nothing was written.", timeout=4)
            return
        path, saved = result
        shown = path.relative_to(app.ws.root) if path.is_relative_to(app.ws.root) else path
        app.notify(
            visible(f"Saved {shown}: {summary(saved)}. Its items are in the library."), timeout=10
        )
        app.main.query_one("#library-pane").reload(select=saved)
        # the outline and the checks: a reference to this note may have been unknown
        app.main.redraw()

    def read(result: tuple[m.Source, str] | None) -> None:
        if result is None:
            app.notify("Import cancelled: nothing was written.", timeout=4)
            return
        draft, name = result
        note_id = free_id(app.ws, draft.id or draft.title)
        app.push_screen(ReviewScreen(draft, name, app.ws, note_id), reviewed)

    app.push_screen(ImportDialog(app.ws.root), read)
