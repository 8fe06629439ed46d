"""The checks panel (``c``): every finding of the brief; enter jumps to it in the outline.

A modal panel rather than a docked pane: at 80x24 the main screen is already a 2x2 grid
of 9-row panes, and a finding's message (often 200 characters, naming sources, dates and
the ICD 203 term to use) needs room to be read. The panel lists one finding per line and
shows the highlighted one in full below; enter closes it on the entry, and ``c`` opens it
again on the same finding, refreshed after the fix.

Findings are in the order of ``briefer check`` (by line in the file, so by place in the
outline); the header and the panel's title count errors and warnings. Files of the
workspace that could not be read (a broken note) follow the findings, each at its
``path:line:col``, for as long as they stay broken: a broken note that no brief cites
changes no finding, so without this it would only be missing from the library.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from ... import model as m
from ...checks import Finding
from ...errors import Problem
from ...session import place
from ..text import full, line
from ..widgets.header import Glyphs, ascii_mode, badge, glyphs, unreadable_badge, unreadable_files

SEVERITY_STYLE = {"error": "bold $error", "warning": "bold $warning"}


def finding_line(f: Finding, g: Glyphs) -> Content:
    """``⚠ BRF003 35:16 vague likelihood wording 'may' in the comment: …`` (user text as
    plain text: a message quotes titles and wording from the notes)."""
    glyph = g.error if f.is_error else g.warning
    return Content.assemble(
        (f"{glyph} {f.code}", SEVERITY_STYLE.get(f.severity, "bold")),
        (f" {f.line}:{f.col} ", "dim"),
        line(f.message, 300),
    )


def problem_line(p: Problem, g: Glyphs, base: Path | None) -> Content:
    """``⊘ sources/x.yaml:22:9 did not find expected ',' or ']'`` (plain text)."""
    return Content.assemble(
        (f"{g.unreadable} ", "bold $error"),
        (relative(f"{p.path}:{p.line}:{p.col}", base), "dim"),
        " ",
        line(p.message, 300),
    )


def problem_detail(p: Problem, base: Path | None) -> Content:
    """A problem in full: where, what, and the line quoted with a caret."""
    where = relative(f"{p.path}:{p.line}:{p.col}", base)
    return Content.assemble(
        ("cannot be read", "bold $error"),
        " · ",
        line(where, 200),
        "\n",
        full(str(p)[len(f"{p.path}:{p.line}:{p.col}: ") :], 4000),
        ("\nNot in the library until fixed; the library follows the disk.", "dim"),
    )


def relative(location: str, base: Path | None) -> str:
    """``/ws/sources/x.yaml:9:14`` → ``sources/x.yaml:9:14`` (inside the workspace)."""
    if base is not None:
        prefix = str(base).rstrip("/") + "/"
        if location.startswith(prefix):
            return location[len(prefix) :]
    return location


def finding_detail(f: Finding, brief: m.Brief, base: Path | None = None) -> Content:
    """The highlighted finding in full: code, severity, place in the outline and in the
    file, the whole message, and the source note's location when it helps."""
    parts: list[str | tuple[str, str] | Content] = [
        (f"{f.code} {f.severity}", SEVERITY_STYLE.get(f.severity, "bold")),
        " · ",
        line(place(f, brief), 60),
        (f" · line {f.line}:{f.col}", "dim"),
        "\n",
        full(f.message, 4000),
    ]
    if f.related:
        parts += ["\n", ("See: ", "dim"), line(relative(f.related, base), 200)]
    return Content.assemble(*parts)


class ChecksPanel(ModalScreen[Finding | None]):
    """Returns the finding to jump to (None on escape).

    | key | action |
    |---|---|
    | up / down, pageup / pagedown | highlight a finding (shown in full below the list) |
    | enter | jump to the finding's entry (or section, or the BLUF) in the outline |
    | escape, c | close |
    """

    BINDINGS = [
        Binding("escape,c", "close", "Close", id="checks.close"),
    ]

    def __init__(
        self,
        findings: list[Finding] | None,
        brief: m.Brief,
        filename: str,
        highlight: int = 0,
        base: Path | None = None,
        problems: list[Problem] | None = None,
    ) -> None:
        """``base``: the workspace folder (locations in source notes are shown from it);
        ``problems``: the workspace's files that could not be read, listed after the
        findings."""
        super().__init__(classes="dialog", id="checks")
        self.base = base
        self.problems: list[Problem] = list(problems or [])
        self.findings: list[Finding] = list(findings or [])
        self.brief = brief
        self.filename = filename
        self.start = highlight

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box", classes="checks-box"):
            yield Label(id="checks-title", classes="dialog-title")
            yield OptionList(id="findings-list")
            yield Static(id="finding-detail")
            yield Label(
                Content(
                    f"{'up/down' if ascii_mode() else '↑↓'} choose · enter jumps to it"
                    " · escape closes"
                ),
                classes="dialog-hint",
            )

    def on_mount(self) -> None:
        self.show(self.findings, self.start)
        self.query_one(OptionList).focus()

    @property
    def highlighted(self) -> int:
        h = self.query_one(OptionList).highlighted
        return h if h is not None else 0

    def show(
        self,
        findings: list[Finding] | None,
        highlight: int | None = None,
        brief: m.Brief | None = None,
        problems: list[Problem] | None = None,
    ) -> None:
        """Show (new) findings (and unreadable files), keeping the highlight near where it
        was."""
        if brief is not None:
            self.brief = brief
        if problems is not None:
            self.problems = list(problems)
        keep = self.highlighted if highlight is None else highlight
        self.findings = list(findings or [])
        g = glyphs()
        broken = unreadable_files(self.problems)
        head = Content.assemble(
            "Checks  ",
            badge(self.findings, g),
            " " if broken else "",
            unreadable_badge(broken, g),
            "  ",
            (line(self.filename, 40), "dim"),
        )
        self.query_one("#checks-title", Label).update(head)
        options = self.query_one(OptionList)
        options.clear_options()
        if not self.findings:
            options.add_option(
                Option(Content("No findings: the brief passes every check."), disabled=True)
            )
        options.add_options(
            [Option(finding_line(f, g), id=f"f{i}") for i, f in enumerate(self.findings)]
        )
        if self.problems:
            n = broken
            options.add_option(
                Option(
                    Content.styled(
                        f"{n} file{'' if n == 1 else 's'} of the workspace cannot be read"
                        " (not in the library until fixed):",
                        "bold",
                    ),
                    disabled=True,
                )
            )
            options.add_options(
                [
                    Option(problem_line(p, g, self.base), id=f"p{i}")
                    for i, p in enumerate(self.problems)
                ]
            )
        if not self.findings and not self.problems:
            self.query_one("#finding-detail", Static).update(Content(""))
            return
        last = options.option_count - 1
        start = max(0, min(keep, last))
        if options.get_option_at_index(start).disabled:
            start = next(
                (
                    i
                    for i in range(options.option_count)
                    if not options.get_option_at_index(i).disabled
                ),
                0,
            )
        options.highlighted = start
        options.scroll_to_highlight()
        self._detail()

    @on(OptionList.OptionHighlighted, "#findings-list")
    def _moved(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._detail()

    def _detail(self) -> None:
        options = self.query_one(OptionList)
        h = options.highlighted
        if h is None or not 0 <= h < options.option_count:
            return
        oid = options.get_option_at_index(h).id or ""
        detail = self.query_one("#finding-detail", Static)
        if oid.startswith("f"):
            detail.update(finding_detail(self.findings[int(oid[1:])], self.brief, self.base))
        elif oid.startswith("p"):
            detail.update(problem_detail(self.problems[int(oid[1:])], self.base))

    @on(OptionList.OptionSelected, "#findings-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        oid = event.option.id or ""
        if oid.startswith("f"):
            self.dismiss(self.findings[int(oid[1:])])
        elif oid.startswith("p"):
            self.notify(
                "Fix this file in your editor: the library picks it up within two seconds.",
                timeout=4,
            )

    def action_close(self) -> None:
        self.dismiss(None)
