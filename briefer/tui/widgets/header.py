"""The title bar: the checks' counts, the brief's title, its marking, whether every change
is on disk, and the file name. At 80 columns the title is what gets shortened: the
marking (a security control), the save state and the file name always show."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from ...errors import Problem
from ..text import ascii_mode as ascii_mode  # re-exported: its home before the cut marks
from ..text import fit, line
from .detail import marking_content

if TYPE_CHECKING:
    # briefer.checks is imported when there are findings to count, after the first frame (#18)
    from ...checks import Finding


@dataclass(frozen=True, slots=True)
class Glyphs:
    error: str
    warning: str
    ok: str
    unreadable: str = "⊘"  # files of the workspace that could not be read (issue #19)


UNICODE = Glyphs("✗", "⚠", "✓", "⊘")
# The Linux console's fonts lack ✗, ⚠ and ⊘: letters there (and whenever asked for).
ASCII = Glyphs("E", "W", "ok", "U")


def glyphs() -> Glyphs:
    return ASCII if ascii_mode() else UNICODE


def unreadable_badge(count: int, g: Glyphs | None = None) -> Content:
    """``⊘2``: files of the workspace that could not be read (empty when none)."""
    if not count:
        return Content("")
    g = g or glyphs()
    return Content.styled(f"{g.unreadable}{count}", "bold reverse $error")


def unreadable_files(problems: Iterable[Problem]) -> int:
    """How many files the problems are in (a broken note is one, however many lines)."""
    return len({p.path for p in problems})


def badge(findings: tuple[Finding, ...] | list[Finding] | None, g: Glyphs | None = None) -> Content:
    """``✗1 ⚠6`` (``✓ checks`` when clean, empty when nothing was checked)."""
    g = g or glyphs()
    if findings is None:
        return Content("")
    from ...checks import counts

    errors, warnings = counts(list(findings))
    if not findings:
        return Content.styled(f"{g.ok} checks", "$success")
    return Content.assemble(
        (f"{g.error}{errors}", "bold reverse $error" if errors else "dim"),
        " ",
        (f"{g.warning}{warnings}", "bold $warning" if warnings else "dim"),
    )


@dataclass(frozen=True)
class HeaderState:
    """What the header shows. ``state``: "saved", "unsaved", or "" (no brief open)."""

    title: str | None = None
    marking: str | None = None
    state: str = ""
    filename: str = ""
    findings: tuple[Finding, ...] | None = None
    note: str = ""  # shown when no brief is open ("loading…", "no brief open")
    git: str = ""  # "main · 2 uncommitted" when the workspace is a git repository (#16)
    unreadable: int = 0  # files of the workspace with problems (not loaded), until fixed


class BriefHeader(Widget):
    """``briefer ✗1 ⚠6 ⊘1 │ Title │ TLP:GREEN │ saved · file.brief.yaml`` (⊘: files of
    the workspace that could not be read)."""

    DEFAULT_CSS = "BriefHeader { height: 1; }"
    header: reactive[HeaderState] = reactive(HeaderState, layout=False)

    def render(self) -> Content:
        return self.content(self.size.width or 80)

    def content(self, width: int) -> Content:
        """The header in ``width`` cells: everything but the title first, then as much of
        the title as fits (at least a few characters, else none)."""
        h = self.header
        bar = " | " if ascii_mode() else " │ "
        head: list[str | tuple[str, str] | Content] = [("briefer", "bold")]
        checks = badge(h.findings)
        if h.title is not None and checks.plain:
            head += [" ", checks]
        if h.unreadable:
            head += [" ", unreadable_badge(h.unreadable)]
        tail: list[str | tuple[str, str] | Content] = []
        if h.title is not None:
            tail += [bar, marking_content(h.marking)]
        if h.state == "saved":
            tail += [bar, ("saved", "$success")]
        elif h.state:
            tail += [bar, (h.state.upper(), "bold reverse $error")]
        if h.git and h.title is not None:
            tail += [bar, (line(h.git, 40), "dim")]
        name = line(h.filename, 60)
        if name:
            tail += [" · ", (name, "dim")]
        elif h.note:
            tail += [bar, (h.note, "dim")]
        fixed = Content.assemble(*head).cell_length + Content.assemble(*tail).cell_length
        if name and fixed > width:  # even without a title it does not fit: shorten the file
            room = max(8, cell_len(name) - (fixed - width))
            tail[-1] = (fit(name, room), "dim")
            fixed = Content.assemble(*head).cell_length + Content.assemble(*tail).cell_length
        if h.title is not None:
            room = width - fixed - 3  # " │ " before the title
            title = line(h.title, 120) or "(untitled)"
            if room >= 8:
                head += [bar, (fit(title, room), "bold")]
            elif room >= 1:
                head += [bar, ("…", "bold")]
        return Content.assemble(*head, *tail)
