"""Reference files ↔ source notes (issue #15).

``briefer import-refs FILE`` reads CSL JSON (Zotero's plain and Better CSL JSON exports,
Pandoc's, Mendeley's) or BibTeX/BibLaTeX (:mod:`.read`) and creates or updates source notes
(:mod:`.merge`): re-importing the same file changes nothing, and never touches the
analyst's items, grades or markings. The other direction — the cited sources as CSL JSON —
is the export format ``csl-json`` (:mod:`briefer.render.csl`).
"""

from __future__ import annotations

from .merge import BIBLIOGRAPHIC, Change, apply, note_id, plan
from .read import Annotation, Reference, read_bibtex, read_csl, read_references

__all__ = [
    "BIBLIOGRAPHIC",
    "Annotation",
    "Change",
    "Reference",
    "apply",
    "note_id",
    "plan",
    "read_bibtex",
    "read_csl",
    "read_references",
    "summary",
]


def summary(changes: list[Change]) -> str:
    """ "200 references: 3 new, 1 updated, 196 unchanged, 0 skipped"."""
    count = {a: sum(1 for c in changes if c.action == a) for a in ("new", "update", "same", "skip")}
    n = len(changes)
    text = (
        f"{n} reference{'s' if n != 1 else ''}: {count['new']} new, {count['update']} updated, "
        f"{count['same']} unchanged, {count['skip']} skipped"
    )
    left = sum(c.annotations_left for c in changes)
    if left:
        text += (
            f"; {left} annotation{'s' if left != 1 else ''} of existing notes not added "
            "(--add-annotations adds them)"
        )
    return text
