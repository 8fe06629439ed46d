"""The preview: the brief rendered to Markdown, in Textual's viewer with its contents."""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, MarkdownViewer

_FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)
_NOTE_DEF = re.compile(r"^\[\^([^\]\s]+)\]: ", re.M)
_NOTE_REF = re.compile(r"(?<!\\)\[\^([^\]\s]+)\]")


def for_viewer(markdown: str, title: str, subtitle: str | None = None) -> str:
    """The exported Markdown adapted to Textual's viewer, which knows neither YAML front
    matter nor footnotes: a title heading instead of the front matter, and footnotes as
    numbered notes ("[1]")."""
    from ...render.escape import md

    body = _FRONT.sub("", markdown, count=1)
    head = f"# {md(title)}\n\n" + (f"*{md(subtitle)}*\n\n" if subtitle else "")
    numbers: dict[str, int] = {}
    for match in _NOTE_DEF.finditer(body):
        numbers.setdefault(match.group(1), len(numbers) + 1)
    body = _NOTE_DEF.sub(lambda mt: f"**[{numbers[mt.group(1)]}]** ", body)
    body = _NOTE_REF.sub(lambda mt: f" \\[{numbers.get(mt.group(1), '?')}\\]", body)
    return head + body


class PreviewScreen(Screen[None]):
    """| key | action |
    |---|---|
    | escape / q / p | back to the outline |
    | t | show / hide the table of contents |
    """

    BINDINGS = [
        Binding("escape,q,p", "app.pop_screen", "Back", id="preview.close"),
        Binding("t", "toggle_toc", "Contents", id="preview.toc"),
    ]

    def __init__(self, markdown: str, title: str) -> None:
        super().__init__(id="preview")
        self.markdown = markdown
        self.sub_title = title

    def compose(self) -> ComposeResult:
        wide = self.app.size.width >= 100
        yield MarkdownViewer(self.markdown, show_table_of_contents=wide, open_links=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(MarkdownViewer).document.focus()

    def action_toggle_toc(self) -> None:
        viewer = self.query_one(MarkdownViewer)
        viewer.show_table_of_contents = not viewer.show_table_of_contents
