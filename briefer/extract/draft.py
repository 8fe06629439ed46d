"""From a draft to a source note, the same way for ``briefer import`` and the TUI's
import review: the sentence around an item (``context``), a free id for the note
(``free_id``, ``id_problem``), the kept items numbered afresh (``renumbered``), the note
itself (``build_note``) and writing it into a workspace (``save_note``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from pathlib import Path

from .. import model as m
from ..errors import BrieferError
from ..textutil import slugify, visible
from ..workspace import SOURCES_DIR, Workspace
from .nlp import sentence_ends

CONTEXT_REACH = 400  # characters looked at on each side of an item for its sentence
_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:[-•*–]|\d+[.)])\s)")  # paragraph, list item


# ------------------------------------------------------------------ context
def _bounds(body: str, lo: int, hi: int) -> list[int]:
    """Offsets in body[lo:hi] where a sentence, a paragraph or a list item ends."""
    ends = [e for e in sentence_ends(body, lo, hi) if e < hi]
    ends += [mt.start() for mt in _BREAK.finditer(body, lo, hi)]
    return sorted(ends)


def context(
    body: str | None, span: tuple[int, int] | None, reach: int = CONTEXT_REACH
) -> tuple[str, str, str]:
    """(before, the item's own text, after): the sentence of ``body`` around ``span``
    (cut at paragraph and list item breaks too, and at ``reach`` characters on each side),
    whitespace folded, control characters visible; "…" where the sentence goes on beyond
    the reach. ("", "", "") without span."""
    if not body or span is None:
        return "", "", ""
    start = max(0, min(span[0], len(body)))
    end = max(start, min(span[1], len(body)))
    lo, hi = max(0, start - reach), min(len(body), end + reach)
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


# --------------------------------------------------------------------- ids
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


def free_id(ws: Workspace, wanted: str) -> str:
    """``wanted`` slugged, or ``wanted-2``… when a note or file already uses it."""
    from . import candidate_ids  # the package imports this module

    stem = slugify(wanted) if wanted else "source"
    folder = ws.root / SOURCES_DIR
    return next((c for c in candidate_ids(stem) if not id_problem(ws, c, folder)), stem)


# -------------------------------------------------------------------- notes
def renumbered(items: Iterable[m.Item]) -> tuple[list[m.Take], list[m.Quote], list[m.Figure]]:
    """The kept items by kind, with fresh ids ``t1``… ``q1``… ``f1``… (the note is new:
    nothing cites them yet)."""
    items = list(items)
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
    """The note to write: the draft with the kept items (renumbered), its title, id,
    reliability and marking."""
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


def save_note(ws: Workspace, note: m.Source) -> tuple[Path, m.Source]:
    """Write the note into the workspace's sources/ (never over a file) and have the open
    workspace pick it up (``Workspace.refresh`` reads only what changed; the search index
    is rebuilt). Returns the path and the note as read back from disk."""
    from . import write_note  # the package imports this module

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
