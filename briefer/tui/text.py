"""Turning untrusted text from notes into something safe to display.

Everything shown from a note goes through here and then into a Content or rich Text
object (never a markup string), so ``[bold]``, ``[/]`` and escape sequences show as typed.
"""

from __future__ import annotations

import os

from rich.cells import cell_len

from ..textutil import one_line, visible

FULL_LIMIT = 20_000  # characters of one text shown in the detail pane


def ascii_mode() -> bool:
    """The Linux console (``TERM=linux``: its fonts lack rounded and heavy box lines, ✗, ⚠,
    ↳, …) or ``BRIEFER_ASCII`` set: ASCII borders, markers, separators and cut marks."""
    return os.environ.get("TERM") == "linux" or bool(os.environ.get("BRIEFER_ASCII"))


def cut_mark() -> str:
    """What ends a text cut to fit: "…", or "~" where the console's font has no "…"."""
    return "~" if ascii_mode() else "…"


def line(text: str | None, limit: int = 200) -> str:
    """One display line: control characters as placeholders, whitespace folded, cut to
    ``limit``. Cuts *before* folding, so a 1 MB line costs no more than a short one."""
    if not text:
        return ""
    flat = one_line(text[: limit * 4 + 64])
    return flat if len(flat) <= limit else flat[: max(0, limit - 1)] + cut_mark()


def full(text: str | None, limit: int = FULL_LIMIT) -> str:
    """The whole text for the detail pane (newlines kept), cut at ``limit`` characters."""
    if not text:
        return ""
    if len(text) > limit:
        rest = len(text) - limit
        return visible(text[:limit]) + f" {cut_mark()} ({rest:,} more characters not shown)"
    return visible(text)


def fit(text: str | None, cells: int) -> str:
    """One display line of at most ``cells`` terminal cells (wide Hangul/Han characters
    count two), "…" (ASCII mode: "~") where it was cut."""
    flat = line(text, max(1, cells))
    if cell_len(flat) <= cells:
        return flat
    out: list[str] = []
    used = 0
    for ch in flat:
        w = cell_len(ch)
        if used + w > cells - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + cut_mark() if cells >= 1 else ""
