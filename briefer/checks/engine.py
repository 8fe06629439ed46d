"""Running the rules over one brief."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from .. import model as m
from ..errors import BrieferError
from ..workspace import Workspace
from ..yamlio import decode, read_bytes
from . import icd206, likelihood_ranges, portions, sourcing, wording
from .context import Context
from .finding import Finding

RULES = (
    *sourcing.RULES,
    *wording.RULES,
    *portions.RULES,
    *likelihood_ranges.RULES,
    *icd206.RULES,
)


def check_brief(
    ws: Workspace,
    brief: m.Brief,
    brief_path: str | Path,
    *,
    disabled: Iterable[str] = (),
    text: str | None = None,
    today: date | None = None,
) -> list[Finding]:
    """Every finding for ``brief`` against the library of ``ws``, sorted by line.

    Rules in ``disabled`` or in the workspace's ``checks: {disable: [...]}`` are skipped,
    and an entry's ``nocheck: [...]`` silences those codes for that entry. ``text`` is
    the brief file's text, used to place findings on the word inside a multi-line value;
    when None the file at ``brief_path`` is read (when it cannot be read, or no longer
    matches the brief, findings point at the start of the value instead). ``today`` is
    the reference date for a brief without a date (default: today). Nothing is modified.
    """
    if text is None:
        try:
            text = decode(read_bytes(Path(brief_path)), str(brief_path))
        except BrieferError:
            pass  # text stays None: findings at the start of their values
    ctx = Context(ws, brief, str(brief_path), text, today)
    off = set(disabled) | set(ws.settings.disabled_checks)
    for rule in RULES:  # each rule reports its own code only: a disabled one is not run
        if rule.__name__[:6].upper() not in off:
            rule(ctx)
    out = []
    for f in ctx.findings:
        if f.section is not None and f.entry is not None:
            if f.code in brief.sections[f.section].entries[f.entry].nocheck:
                continue
        out.append(f)
    # by place in the file; entries made in memory (no position yet) keep outline order
    out.sort(
        key=lambda f: (
            f.line,
            f.col,
            -1 if f.section is None else f.section,
            -1 if f.entry is None else f.entry,
            f.code,
        )
    )
    return out
