"""The preview: the brief rendered to Markdown, in Textual's viewer with its contents."""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, MarkdownViewer


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

    def compose(self):  # noqa: ANN201
        yield MarkdownViewer(self.markdown, show_table_of_contents=True, open_links=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(MarkdownViewer).document.focus()

    def action_toggle_toc(self) -> None:
        viewer = self.query_one(MarkdownViewer)
        viewer.show_table_of_contents = not viewer.show_table_of_contents
