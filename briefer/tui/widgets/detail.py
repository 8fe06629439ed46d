"""The detail pane: the highlighted item or source in full."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from ... import model as m
from ..text import full, line

MARKING_STYLE = {
    "TLP:RED": "bold $marking-red",
    "TLP:AMBER": "bold $marking-amber",
    "TLP:AMBER+STRICT": "bold $marking-amber",
    "TLP:GREEN": "bold $marking-green",
    "TLP:CLEAR": "bold $marking-clear",
}
KIND_STYLE = {
    "take": "bold $take-color",
    "quote": "bold $quote-color",
    "figure": "bold $figure-color",
}


def marking_content(marking: str | None) -> Content:
    shown = marking or "TLP:CLEAR (unmarked)"
    return Content.styled(shown, MARKING_STYLE.get(marking or "TLP:CLEAR", "bold"))


def _field(label: str, value: object) -> list[str | tuple[str, str]]:
    if value is None or value == "" or value == []:
        return []
    return [(f"{label}: ", "bold"), full(str(value), 2000), "\n"]


def item_content(src: m.Source, item: m.Item | None, cited: list[str]) -> Content:
    """Everything about one item (or, with ``item`` None, about the source)."""
    parts: list[str | tuple[str, str] | Content] = []
    if item is not None:
        ref = f"{src.id}/{item.id}"
        parts += [
            (f"{item.kind.upper()} ", KIND_STYLE[item.kind]),
            (ref, "bold"),
            ("  grade ", "dim"),
            (m.grade_label(src, item), "bold"),
            "\n\n",
        ]
        if isinstance(item, m.Figure):
            parts += _field(
                "Value",
                " ".join(p for p in (item.qualifier, m.format_number(item.value), item.unit) if p),
            )
            parts += _field("Subject", item.subject)
            parts += _field("As of", item.as_of)
            parts += _field("Attribution", item.attribution)
        else:
            text = full(item.text)
            parts += [
                ("“" if item.kind == "quote" else "", "bold"),
                text,
                ("”" if item.kind == "quote" else "", "bold"),
                "\n\n",
            ]
        if isinstance(item, m.Quote):
            parts += _field("Speaker", item.speaker)
            parts += _field("Role", item.role)
            parts += _field("Said", item.date)
        parts += _field("Credibility", item.credibility)
        parts.append("\n")
    parts += [("Source: ", "bold"), full(src.title, 2000), "\n"]
    parts += _field("Id", src.id)
    parts += _field("Kind", src.kind)
    parts += _field("Publisher", src.publisher)
    parts += _field("Author", src.author)
    parts += _field("Published", src.published)
    parts += _field("Accessed", src.accessed)
    reliability = src.reliability
    from ...checks.sourcing import RELIABILITY_WORDS  # not at start: the checks load late (#18)

    words = RELIABILITY_WORDS.get(reliability or "", "")
    parts += _field("Reliability", f"{reliability} ({words})" if reliability else "ungraded")
    parts += _field("Type", src.source_type)  # ICD 206 fields (#14)
    parts += _field("Identifier", src.identifier)
    parts += _field("Descriptor", src.descriptor)
    parts += [("Marking: ", "bold"), marking_content(src.marking), "\n"]
    parts += _field("Tags", ", ".join(src.tags))
    parts += _field("URL", src.url)
    parts += _field("Archived", src.archived_url)
    if item is None:
        parts += _field("Summary", src.summary)
        counts = f"{len(src.takes)} takes, {len(src.quotes)} quotes, {len(src.figures)} figures"
        parts += _field("Items", counts)
    parts.append("\n")
    if item is not None:
        if cited:
            parts += [("Cited in this brief: ", "bold"), ", ".join(cited), "\n"]
        else:
            parts += [("Not cited in this brief yet (a adds it).", "dim"), "\n"]
    return Content.assemble(*parts)


class Detail(VerticalScroll, can_focus=True):
    """Shows one item or source; scrolls when it is long."""

    def compose(self) -> ComposeResult:
        yield Static(
            Content("Highlight an item in the library to see it here."),
            id="detail-body",
            markup=False,
        )

    def on_mount(self) -> None:
        self.border_title = "Detail"

    def show(self, src: m.Source | None, item: m.Item | None, cited: list[str]) -> None:
        body = self.query_one("#detail-body", Static)
        if src is None:
            body.update(Content("Nothing matches the filter."))
        else:
            body.update(item_content(src, item, cited))
        self.scroll_home(animate=False)

    def show_text(self, title: str, text: str) -> None:
        """Show a prose entry or the BLUF."""
        self.query_one("#detail-body", Static).update(
            Content.assemble((line(title, 80), "bold"), "\n\n", full(text))
        )
        self.scroll_home(animate=False)
