"""The checks, kept in step with the open brief.

After every change the main screen calls ``Checker.refresh``: the findings of
``briefer.checks.check_brief`` are recomputed (about 2 ms for a normal brief; in a worker
thread for a very large one, so typing never waits), then the header's counts and an open
checks panel are updated.

Findings must point at the right lines. The brief in memory keeps the positions it was
read with, and an edit shifts everything below it, so the checks run on a parse of the
brief's own text: the file on disk when it holds exactly this brief (as after every
successful save, and before the first edit, when it is the analyst's own file), else
the text briefer would write for it.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.content import Content
from textual.css.query import NoMatches

from .. import model as m
from ..checks import Finding, check_brief, counts
from ..errors import BrieferError
from ..outline import BLUF, Cursor
from ..schema import brief_from_doc, dump_brief
from ..workspace import Workspace
from ..yamlio import compose, decode, read_bytes
from .widgets.header import BriefHeader

if TYPE_CHECKING:
    from .app import BrieferApp

LARGE = 100  # entries: above, checks run in a worker thread (~0.15 ms per entry, 15 ms here)


@dataclass(frozen=True, slots=True)
class Glyphs:
    error: str
    warning: str
    ok: str


UNICODE = Glyphs("✗", "⚠", "✓")
# The Linux console's fonts lack ✗ and ⚠: letters there (and whenever asked for).
ASCII = Glyphs("E", "W", "ok")


def glyphs() -> Glyphs:
    plain = os.environ.get("TERM") == "linux" or os.environ.get("BRIEFER_ASCII")
    return ASCII if plain else UNICODE


def badge(findings: list[Finding] | None, g: Glyphs | None = None) -> Content:
    """``✗1 ⚠6`` (``✓`` when clean, empty when nothing was checked)."""
    g = g or glyphs()
    if findings is None:
        return Content("")
    errors, warnings = counts(findings)
    if not findings:
        return Content.styled(f"{g.ok} checks", "$success")
    return Content.assemble(
        (f"{g.error}{errors}", "bold reverse $error" if errors else "dim"),
        " ",
        (f"{g.warning}{warnings}", "bold $warning" if warnings else "dim"),
    )


def _parse(text: str, path: Path) -> m.Brief:
    return brief_from_doc(compose(text, str(path)))


def _disk(path: Path) -> tuple[str, m.Brief] | None:
    try:
        text = decode(read_bytes(path), str(path))
        return text, _parse(text, path)
    except (BrieferError, OSError):
        return None


def findings_for(ws: Workspace, brief: m.Brief, path: Path) -> list[Finding]:
    """``check_brief`` for ``brief`` as it is in memory, with lines that match the file
    when the file holds this brief (else the text briefer would save). Indices (section,
    entry) always refer to ``brief``."""
    disk = _disk(path)
    if disk is not None and disk[1] == brief:
        return check_brief(ws, disk[1], path, text=disk[0])
    return _from_dump(ws, dump_brief(brief), path, brief)


def _from_dump(ws: Workspace, text: str, path: Path, fallback: m.Brief | None) -> list[Finding]:
    try:
        mine = _parse(text, path)
    except BrieferError:  # cannot happen for a brief briefer wrote; lines may be off then
        if fallback is None:
            raise
        return check_brief(ws, fallback, path, text="")
    return check_brief(ws, mine, path, text=text)


def _in_thread(ws: Workspace, path: Path, snapshot: m.Brief | None) -> list[Finding]:
    """For a large brief, off the UI thread. The brief in memory is never read here: the
    saved file is checked (it holds the brief after every successful save), or, when the
    last save failed, ``snapshot``, a copy taken on the UI thread."""
    if snapshot is None:
        disk = _disk(path)
        if disk is None:
            return []
        return check_brief(ws, disk[1], path, text=disk[0])
    return _from_dump(ws, dump_brief(snapshot), path, snapshot)


def cursor_for(finding: Finding, brief: m.Brief) -> Cursor:
    """The outline line a finding is about: its entry, its section, else the BLUF (for
    findings about the whole brief: the BLUF's wording, a missing BLUF, the marking)."""
    s, e = finding.section, finding.entry
    if s is None or not 0 <= s < len(brief.sections):
        return BLUF
    if e is not None and 0 <= e < len(brief.sections[s].entries):
        return ("entry", s, e)
    return ("section", s)


# Rules about the analyst's wording: outside any section, that wording is the BLUF's.
WORDING = frozenset({"BRF003", "BRF004", "BRF005"})


def place(finding: Finding, brief: m.Brief) -> str:
    """Where in the outline, in words: "BLUF", "Key judgments › entry 2", "the brief"."""
    c = cursor_for(finding, brief)
    if c == BLUF:
        return "BLUF" if finding.code in WORDING else "the brief"
    heading = " ".join(brief.sections[c[1]].heading.split()) or "(no heading)"
    return heading if c[0] == "section" else f"{heading} › entry {c[2] + 1}"


class Checker:
    """The findings for the app's open brief, refreshed on demand."""

    def __init__(self, app: BrieferApp) -> None:
        self.app = app
        self.findings: list[Finding] | None = None  # None: no brief open
        self.listeners: list[Callable[[list[Finding] | None], Any]] = []
        self._generation = 0
        self._reported = False
        self._index = 0  # the finding highlighted when the panel was last closed

    @property
    def errors(self) -> int:
        return counts(self.findings)[0] if self.findings else 0

    def refresh(self) -> None:
        """Recompute the findings for the open brief (after every change)."""
        session = self.app.session
        self._generation += 1
        if session is None:
            self._publish(None)
            return
        try:
            size = sum(len(s.entries) for s in session.brief.sections)
            if size > LARGE:
                snapshot = copy.deepcopy(session.brief) if session.dirty else None
                self._start_worker(session.path, snapshot, self._generation)
                return
            self._publish(findings_for(self.app.ws, session.brief, session.path))
        except Exception as e:  # noqa: BLE001 - a checks bug must not take the outline down
            self._failed(e)

    def _start_worker(self, path: Path, snapshot: m.Brief | None, generation: int) -> None:
        ws = self.app.ws

        def run() -> None:
            try:
                found = _in_thread(ws, path, snapshot)
            except Exception as e:  # noqa: BLE001 - reported on the UI thread
                self.app.call_from_thread(self._failed, e)
                return
            self.app.call_from_thread(self._done, generation, found)

        self.app.run_worker(
            run,
            name="checks",
            group="checks",
            thread=True,
            exclusive=True,
            description="check the brief",
            exit_on_error=False,
        )

    def _done(self, generation: int, found: list[Finding]) -> None:
        if generation == self._generation:  # else a newer edit is being checked
            self._publish(found)

    def _failed(self, error: Exception) -> None:
        if not self._reported:  # once: not after every keystroke
            self._reported = True
            self.app.internal_error("checks", error)

    def _publish(self, findings: list[Finding] | None) -> None:
        self.findings = findings
        try:
            header = self.app.main.query_one(BriefHeader)
        except NoMatches:
            header = None
        if header is not None:
            header.set_checks(badge(findings))
        for listener in list(self.listeners):
            listener(findings)

    def export_warning(self) -> str:
        """For the export dialog: a line when the brief has errors, else ""."""
        if not self.findings:
            return ""
        errors = counts(self.findings)[0]
        if not errors:
            return ""
        codes = sorted({f.code for f in self.findings if f.is_error})
        text = (
            f"{glyphs().error} This brief has {errors} error{'' if errors == 1 else 's'} "
            f"({', '.join(codes)}): c lists them. You can still export"
        )
        if "BRF001" in codes:  # the renderers cannot cite what is not in the library
            return text + ", but not while a reference is unknown (BRF001)."
        return text + "."

    # ------------------------------------------------------------ the panel
    def open_panel(self) -> None:
        """``c``: the checks panel on the open brief; enter jumps to a finding."""
        from .screens.checks import ChecksPanel

        session = self.app.session
        if session is None:
            self.app.notify("No brief is open.", severity="warning")
            return
        self.refresh()
        panel = ChecksPanel(
            self.findings, session.brief, session.path.name, self._index, base=self.app.ws.root
        )

        def update(findings: list[Finding] | None) -> None:
            if panel.is_attached and self.app.session is not None:
                panel.show(findings, brief=self.app.session.brief)

        def done(finding: Finding | None) -> None:
            if update in self.listeners:
                self.listeners.remove(update)
            self._index = panel.highlighted
            if finding is not None and self.app.session is not None:
                # once the panel is gone: the outline must have the focus when it reports
                # its new highlight, or the detail pane would not follow it
                self.app.call_after_refresh(self.jump, finding)

        self.listeners.append(update)
        self.app.push_screen(panel, done)

    def jump(self, finding: Finding) -> None:
        """Highlight and focus the finding's place in the outline."""
        session = self.app.session
        if session is None:
            return
        main = self.app.main
        main.outline_view.focus()
        main.redraw(cursor_for(finding, session.brief))
