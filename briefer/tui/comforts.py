"""Everyday comforts of the main screen: ``E`` hands the highlighted text to the user's
editor, ``y`` copies a Markdown citation to the clipboard (OSC 52: works over ssh), ``f``
sets the highlighted reference entry's confidence.

Mixed into ``MainScreen``; the app's own comforts (themes, help, palette exports) are in
``app_comforts``.
"""

from __future__ import annotations

from .. import model as m
from ..citation import citation
from ..outline import BLUF
from ..textutil import visible
from .editor import editor_command, run_editor
from .screens.dialogs import TextDialog
from .widgets.library import LibraryList


class ComfortsMixin:
    """``E`` (external editor), ``y`` (copy a citation) and ``f`` (confidence) for the main
    screen."""

    def action_external_edit(self) -> None:
        session, c = self.session, self.cursor
        if session is None or c is None:
            self.apply(lambda: BLUF)  # says how to open a brief
            return
        brief = session.brief
        if c == BLUF:
            title, initial = "BLUF (bottom line up front)", brief.bluf or ""

            def change(text: str):  # noqa: ANN202
                return lambda: session.outline.set_bluf(text)
        elif c[0] == "entry":
            entry = brief.sections[c[1]].entries[c[2]]
            title = "Prose entry" if entry.is_prose else f"Comment on {entry.ref}"
            initial = (entry.text if entry.is_prose else entry.comment) or ""

            def change(text: str):  # noqa: ANN202
                return lambda: session.outline.edit_entry(c[1], c[2], text)
        else:
            self.notify(
                "Highlight the BLUF or an entry in the outline (E edits its text in your editor).",
                severity="warning",
            )
            return
        command = editor_command(self.app.config.editor)
        if command is None:  # no editor configured: the built-in dialog

            def done(text: str | None) -> None:
                if text is not None and text.strip() != initial.strip():
                    self.apply(change(text.strip()))

            self.ask(TextDialog(title, initial), done)
            return
        new, message = run_editor(self.app, command, initial)
        if message:
            self.notify(
                visible(message),
                severity="warning" if new is None else "information",
                timeout=4,
                markup=False,
            )
        if new is not None:
            self.apply(change(new))

    def _citation_target(self) -> tuple[m.Source | None, m.Item | None]:
        c = self.cursor
        if self.outline_view.has_focus and self.session and c and c[0] == "entry":
            entry = self.session.brief.sections[c[1]].entries[c[2]]
            if entry.ref is None:
                return None, None
            hit = self.app.ws.resolve(entry.ref)
            if hit is None:
                self.notify(
                    f"{entry.ref} is not in the library: nothing to copy.", severity="warning"
                )
                return None, None
            return hit.source, hit.item
        return self.query_one(LibraryList).current

    def action_copy(self) -> None:
        """Copy the highlighted item (library, or the outline entry's item) as a Markdown
        citation: text, attribution and source."""
        src, item = self._citation_target()
        if src is None:
            self.notify(
                "Highlight an item in the library (or a cited entry in the outline) "
                "to copy its citation.",
                severity="warning",
            )
            return
        text = citation(src, item)
        self.app.copy_to_clipboard(text)
        what = f"{src.id}/{item.id}" if item is not None else src.id
        self.notify(
            visible(f"Copied the citation of {what} ({len(text.splitlines())} lines of Markdown)"),
            timeout=3,
            markup=False,
        )

    def action_confidence(self) -> None:
        """The highlighted reference entry's confidence: high → moderate → low → none (one
        undoable step, saved like every edit)."""
        c = self.cursor
        if self.session is not None and (c is None or c[0] != "entry"):
            self.notify(
                "Highlight a reference entry in the outline to set its confidence.",
                severity="warning",
            )
            return
        if self.apply(lambda: self.session.outline.cycle_confidence(c[1], c[2])):
            confidence = self.session.brief.sections[c[1]].entries[c[2]].confidence
            self.notify(
                f"Confidence: {confidence or 'none'} (f again: {_NEXT[confidence]}; ctrl+z undoes)",
                timeout=3,
                markup=False,
            )


_NEXT = dict(zip([*m.CONFIDENCE, None], [*m.CONFIDENCE[1:], None, m.CONFIDENCE[0]], strict=True))
