"""A diff as text (terminals), Markdown (a review, a pull request) or JSON (tools).

Text marks removed words ``[-so-]`` and added words ``{+so+}`` (git's plain word diff);
Markdown strikes removed words through and sets added ones in bold. Long unchanged runs of
a wording change are cut to a few words of context either side.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from ..textutil import visible
from .diff import Change, Diff
from .snapshot import Snapshot

CONTEXT_WORDS = 8
_MD_SPECIAL = re.compile(r"[\\`*_\[\]<>{}|~^$@#!&]")

# the heading word for each kind, as people say it
HEADLINES: dict[str, str] = {
    "title": "title",
    "subtitle": "subtitle",
    "author": "author",
    "date": "date",
    "marking": "marking",
    "bluf": "reworded",
    "section-added": "section added",
    "section-removed": "section removed",
    "section-renamed": "section renamed",
    "added": "added",
    "removed": "removed",
    "moved": "moved",
    "prose": "reworded",
    "comment": "comment",
    "confidence": "confidence",
    "likelihood": "likelihood",
    "item-text": "text changed in its note",
    "quote": "quote changed in its note",
    "figure": "figure changed in its note",
    "grade": "grade",
    "item-missing": "no longer in its note",
}


def _flat(text: str) -> str:
    return " ".join(visible(text).split())


def _trim(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Unchanged runs cut to CONTEXT_WORDS words either side of a change."""
    out: list[tuple[str, str]] = []
    for k, (op, text) in enumerate(words):
        if op != "=":
            out.append((op, text))
            continue
        tokens = text.split()
        first, last = k == 0, k == len(words) - 1
        keep_head = 0 if first else CONTEXT_WORDS
        keep_tail = 0 if last else CONTEXT_WORDS
        if len(tokens) <= keep_head + keep_tail + 1:
            out.append((op, text))
            continue
        head = " ".join(tokens[:keep_head])
        tail = " ".join(tokens[len(tokens) - keep_tail :] if keep_tail else [])
        lead = " " if text[:1].isspace() else ""
        trail = " " if text[-1:].isspace() else ""
        piece = (lead + head + " " if head else "") + "…" + (" " + tail + trail if tail else " ")
        out.append(("=", piece if not first else "… " + tail + trail))
    return out


def _render_words(
    words: list[tuple[str, str]], wrap: dict[str, tuple[str, str]], esc: Callable[[str], str]
) -> str:
    """Each piece with its edge spaces kept outside the markers, runs of space folded."""
    parts = []
    for op, text in _trim(words):
        folded = re.sub(r"\s+", " ", text)
        core = folded.strip()
        if not core:
            parts.append(" " if op == "=" else "")
            continue
        lead = " " if folded[:1] == " " else ""
        trail = " " if folded[-1:] == " " else ""
        left, right = wrap[op]
        parts.append(f"{lead}{left}{esc(core)}{right}{trail}")
    return re.sub(r" {2,}", " ", "".join(parts)).strip()


def words_text(words: list[tuple[str, str]]) -> str:
    """``North Korea will [-very-] likely keep …``."""
    return _render_words(words, {"=": ("", ""), "-": ("[-", "-]"), "+": ("{+", "+}")}, _flat)


def md_escape(text: str) -> str:
    """Literal text inside a Markdown line (newlines folded)."""
    return _MD_SPECIAL.sub(lambda mt: "\\" + mt.group(), " ".join(text.split()))


def words_md(words: list[tuple[str, str]]) -> str:
    """``North Korea will ~~very~~ likely keep …``."""
    return _render_words(words, {"=": ("", ""), "-": ("~~", "~~"), "+": ("**", "**")}, md_escape)


def _none(value: Any) -> str:
    return "none" if value in (None, "") else str(value)


def _fields(change: Change) -> str:
    return "; ".join(f"{k} {_none(a)} → {_none(b)}" for k, (a, b) in change.fields.items())


BRIEF_FIELDS = ("title", "subtitle", "author", "date")
_NO_DETAIL = ("moved", "item-missing", "section-added", "section-removed")


def _where(change: Change) -> str:
    k = change.kind
    if k == "moved":
        return f"{change.old} → {change.new}"
    if k == "bluf" or (change.label == "BLUF" and not change.ref and not change.section):
        return "BLUF"
    if k in BRIEF_FIELDS or (k == "marking" and not change.ref and not change.section):
        return "brief"
    if "source" in change.fields:
        return f"source {change.ref}"
    return "" if k.startswith("section-") else change.section


def describe(change: Change, markdown: bool = False) -> str:
    """One line: where, what, and the detail (old → new, or the words)."""
    esc = md_escape if markdown else _flat
    k = change.kind
    where = _where(change)
    subject = ""
    if k.startswith("section-"):
        subject = change.label if k != "section-renamed" else ""
    elif where not in ("BLUF", "brief") and "source" not in change.fields:
        who = change.ref or "prose"
        subject = f"{who} “{change.label}”" if change.label else who
    if change.words:
        detail = words_md(change.words) if markdown else words_text(change.words)
    else:
        if k in ("figure", "quote"):
            plain = _fields(change)
        elif k == "added":
            plain = f"confidence {change.new}" if change.new else ""
        elif k == "removed":
            plain = f"was {change.old} confidence" if change.old else ""
        elif k in _NO_DETAIL:
            plain = ""
        else:
            plain = f"{_none(change.old)} → {_none(change.new)}"
        detail = esc(plain) if plain else ""
    joint = ": " if k.startswith("section-") else " "
    head = esc(HEADLINES.get(k, k)) + (joint + esc(subject) if subject else "")
    line = f"{esc(where)}: {head}" if where else head
    return f"{line}: {detail}" if detail else line


def side(s: Snapshot) -> str:
    """ "20261203T071205Z-before-review (2026-12-03 07:12 UTC · before review)", "now"."""
    return s.name if s.is_now else f"{s.name} ({s.label})"


def _heading(d: Diff) -> str:
    name = d.new.brief_file or d.old.brief_file
    return f"{name}: {side(d.old)} → {side(d.new)}"


def format_text(d: Diff) -> str:
    lines = [_flat(_heading(d))]
    if not d.changes:
        lines.append("no changes")
    else:
        n = len(d.changes)
        j = len(d.judgments())
        lines.append(f"{n} change{'s' * (n != 1)}, {j} to judgments")
        lines.append("")
        lines += [("* " if c.judgment else "  ") + describe(c) for c in d.changes]
    return "\n".join(lines) + "\n"


def format_md(d: Diff) -> str:
    lines = [f"## Changes: {md_escape(_heading(d))}", ""]
    if not d.changes:
        lines.append("No changes.")
    else:
        lines += [
            f"- {'**judgment** · ' if c.judgment else ''}{describe(c, markdown=True)}"
            for c in d.changes
        ]
    return "\n".join(lines) + "\n"


def format_json(d: Diff) -> str:
    return json.dumps(d.to_json(), ensure_ascii=False, indent=2) + "\n"


FORMATTERS = {"text": format_text, "md": format_md, "json": format_json}
