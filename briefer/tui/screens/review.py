"""The import review: every extracted item with its context; keep, drop or fix each, set
the note's title, id, reliability and marking, then save into ``sources/``."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from ... import model as m
from ...checks.sourcing import RELIABILITY_WORDS  # the one list of Admiralty names
from ...errors import BrieferError
from ...extract import summary
from ...extract.draft import build_note, context, free_id, id_problem, save_note
from ...extract.update import find_existing, update_note
from ...schema import load_source
from ...workspace import SOURCES_DIR, Workspace
from ..importing import error_text
from ..text import line
from ..widgets.detail import KIND_STYLE
from ..widgets.library import GLYPHS
from .dialogs import ChoiceDialog
from .importer import ItemDialog

NO_SPEAKER = "no speaker"
INFERRED = "inferred"  # a speaker found from a pronoun, a title or the paragraph before
DRAFT = "draft"  # a take drafted from the lead, not the article's own words
NO_TITLE = "no headline found: give the note its title"


def _marks(item: m.Item) -> list[tuple[str, str]]:
    """What the analyst must check, after the item's text: "draft", an inferred as-of date,
    the page of a PDF."""
    marks: list[tuple[str, str]] = []
    if isinstance(item, m.Take) and item.draft:
        marks.append((f" [{DRAFT}]", "bold $warning"))
    if isinstance(item, m.Figure) and item.as_of_inferred and item.as_of:
        marks.append((f" [as of {item.as_of}?]", "bold $warning"))
    if item.page:
        marks.append((f" p.{item.page}", "dim"))
    return marks


def item_prompt(item: m.Item, kept: bool) -> Content:
    """``[x] “ q1 Speaker: text`` (a quote without speaker says so, in words)."""
    parts: list[str | tuple[str, str] | Content] = [
        ("[x] " if kept else "[ ] ", "bold" if kept else "dim"),
        (GLYPHS[item.kind] + " ", KIND_STYLE[item.kind] if kept else "dim"),
        (f"{item.id} ", "dim"),
    ]
    body: list[tuple[str, str]] = []
    if isinstance(item, m.Quote):  # the speaker first: it must show at 80 columns
        if item.speaker:
            body += [(line(item.speaker, 40), "italic")]
            if item.speaker_inferred:
                body += [(f" ({INFERRED})", "bold $warning")]
            body += [(": ", "dim")]
        else:
            body += [(f"? {NO_SPEAKER}", "bold reverse $warning"), (": ", "dim")]
    body.append((line(item.text, 300), ""))
    body += _marks(item)
    parts += body if kept else [(text, "dim strike") for text, _ in body]
    return Content.assemble(*parts)


def item_context(item: m.Item, body: str | None) -> Content:
    """The item's fields and the sentence of the article it was found in (its own words
    highlighted)."""
    parts: list[str | tuple[str, str] | Content] = []
    if isinstance(item, m.Quote):
        parts += [
            ("Speaker: ", "dim"),
            line(item.speaker, 80) if item.speaker else (f"? {NO_SPEAKER}", "bold $warning"),
        ]
        if item.speaker and item.speaker_inferred:
            parts += [(f" ({INFERRED} from the text around it: check it)", "bold $warning")]
        if item.role:
            parts += [("  Role: ", "dim"), line(item.role, 100)]
        parts.append("\n")
    elif isinstance(item, m.Figure):
        fields = [
            ("Value", m.format_number(item.value)),
            ("qualifier", item.qualifier),
            ("unit", item.unit),
            ("subject", item.subject),
            (
                "as of",
                f"{item.as_of} (inferred from the article's date)"
                if item.as_of and item.as_of_inferred
                else item.as_of,
            ),
            ("attribution", item.attribution),
        ]
        for i, (name, value) in enumerate(f for f in fields if f[1]):
            parts += [(("" if i == 0 else " · ") + f"{name}: ", "dim"), line(str(value), 100)]
        parts.append("\n")
    if isinstance(item, m.Take) and item.draft:
        parts += [(f"{DRAFT.capitalize()}: ", "bold $warning"), ("drafted from the lead", "dim")]
        parts.append("\n")
    if item.page:
        parts += [("Page: ", "dim"), str(item.page), "\n"]
    before, own, after = context(body, item.span)
    if own or before or after:
        parts += [("In the article: ", "dim"), before, (own, "bold reverse"), after]
    else:
        parts.append(("(no place in the article recorded)", "dim"))
    return Content.assemble(*parts)


class ReviewList(OptionList):
    """The extracted items.

    | key | action |
    |---|---|
    | space | keep / drop the highlighted item |
    | e, enter | edit it |
    """

    BINDINGS = [
        Binding("space", "screen.keep_or_drop", "Keep/drop", id="review.toggle"),
        Binding("e", "screen.edit", "Edit", id="review.edit"),
    ]


class ReviewScreen(Screen[tuple[Path, m.Source] | None]):
    """Returns (path written, the note as saved), or None when cancelled.

    | key | action |
    |---|---|
    | space | keep / drop the highlighted item |
    | e, enter | edit the item (text, speaker, role; a figure's value, unit, subject…) |
    | tab | title, id, reliability, marking, items |
    | ctrl+s | save into sources/ (never over a file) |
    | ctrl+u | when the article is a note already: update that note instead |
    | escape | cancel: nothing is written |
    """

    BINDINGS = [
        Binding("ctrl+s", "save", "Save note", id="review.save", priority=True),
        Binding(
            "ctrl+u",
            "update",
            "Update existing",
            id="review.update",
            priority=True,
            show=False,  # the banner names it when there is a note to update
            tooltip="the article is a note already: refresh it and add the new kept items",
        ),
        Binding("escape", "cancel", "Cancel", id="review.cancel"),
    ]

    def __init__(self, draft: m.Source, name: str, ws: Workspace, note_id: str) -> None:
        super().__init__(id="review")
        self.draft = draft
        self.article = name
        self.ws = ws
        self.items: list[m.Item] = [dataclasses.replace(it) for it in draft.items()]
        self.kept: list[bool] = [True] * len(self.items)
        self.note_id = note_id
        self._auto_id = note_id  # follows the title until the analyst types an id
        self.changes = 0  # items dropped, kept again or edited: escape asks before losing them
        self.existing: tuple[Path, str] | None = None  # the note this article is already

    def compose(self) -> ComposeResult:
        yield Static(id="review-head")
        with Horizontal(classes="review-row"):
            yield Label(Content("Title"), classes="field-label")
            yield Input(
                self.draft.title,
                placeholder="" if self.draft.title else NO_TITLE,
                id="review-title",
                compact=True,
            )
        with Horizontal(classes="review-row"):
            yield Label(Content("Id"), classes="field-label")
            yield Input(self.note_id, id="review-id", compact=True)
            yield Select(
                [(f"{g} {RELIABILITY_WORDS[g]}", g) for g in m.RELIABILITY],
                prompt="not graded",
                compact=True,
                id="review-reliability",
            )
            yield Select(
                [(mk, mk) for mk in m.MARKINGS],
                value="TLP:CLEAR",
                allow_blank=False,
                compact=True,
                id="review-marking",
            )
        existing = Static(id="review-existing")
        existing.display = False
        yield existing
        yield ReviewList(id="review-items")
        yield Static(id="review-context")
        yield Static(id="review-status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#review-head", Static).update(
            Content.assemble(
                ("Import review", "bold $accent"),
                " · ",
                (line(self.article, 30), "dim"),
                " · ",
                (f"ctrl+s saves into {SOURCES_DIR}/ · escape writes nothing", "dim"),
            )
        )
        items = self.query_one(ReviewList)
        if self.items:
            items.add_options(
                [Option(item_prompt(it, True), id=str(i)) for i, it in enumerate(self.items)]
            )
            items.highlighted = 0
        else:
            items.add_option(
                Option(
                    Content(
                        "No takes, quotes or figures were found; the "
                        "note keeps the article as its body."
                    ),
                    disabled=True,
                )
            )
        self._status()
        self._show_context()
        if self.draft.title:
            items.focus()
        else:  # the importer found no headline: the analyst gives the title first
            self.query_one("#review-title", Input).focus()
            self.notify("No headline was found in the article: type the note's title.")
        self._look_for_existing()

    @work(thread=True, exclusive=True, exit_on_error=False, description="find the same article")
    def _look_for_existing(self) -> None:
        found = find_existing(self.draft, self.ws.root / SOURCES_DIR)
        if found is not None:
            self.app.call_from_thread(self._show_existing, found)

    def _show_existing(self, found: tuple[Path, str]) -> None:
        self.existing = found
        path, why = found
        shown = path.relative_to(self.ws.root) if path.is_relative_to(self.ws.root) else path
        box = self.query_one("#review-existing", Static)
        box.update(
            Content.assemble(
                ("Already imported: ", "bold $warning"),
                (f"{shown} has {why}. ", ""),
                ("ctrl+u updates that note", "bold"),
                (" (its body refreshed, new kept items added); ctrl+s saves a second note.", ""),
            )
        )
        box.display = True

    # ------------------------------------------------------------- display
    @property
    def index(self) -> int | None:
        h = self.query_one(ReviewList).highlighted
        return h if h is not None and 0 <= h < len(self.items) else None

    def kept_items(self) -> list[m.Item]:
        return [it for it, keep in zip(self.items, self.kept, strict=True) if keep]

    def _status(self, error: str = "") -> None:
        kept = self.kept_items()
        preview = dataclasses.replace(
            self.draft,
            takes=[i for i in kept if isinstance(i, m.Take)],
            quotes=[i for i in kept if isinstance(i, m.Quote)],
            figures=[i for i in kept if isinstance(i, m.Figure)],
        )
        parts: list[str | tuple[str, str]] = [
            (f"{len(kept)} of {len(self.items)} kept", "bold"),
            " · ",
            summary(preview),
        ]
        if error:
            parts = [("Not saved: ", "bold $error"), (error, "$error")]
        self.query_one("#review-status", Static).update(Content.assemble(*parts))

    def _show_context(self) -> None:
        i = self.index
        box = self.query_one("#review-context", Static)
        box.update(item_context(self.items[i], self.draft.body) if i is not None else Content(""))

    def _redraw_item(self, i: int) -> None:
        self.query_one(ReviewList).replace_option_prompt_at_index(
            i, item_prompt(self.items[i], self.kept[i])
        )

    @on(OptionList.OptionHighlighted, "#review-items")
    def _moved(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._show_context()

    @on(OptionList.OptionSelected, "#review-items")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_edit()

    @on(Input.Changed, "#review-title")
    def _title_changed(self, event: Input.Changed) -> None:
        id_box = self.query_one("#review-id", Input)
        if id_box.value == self._auto_id and event.value.strip():
            self._auto_id = free_id(self.ws, event.value)
            id_box.value = self._auto_id

    # ------------------------------------------------------------- actions
    def action_keep_or_drop(self) -> None:
        i = self.index
        if i is None:
            return
        self.kept[i] = not self.kept[i]
        self.changes += 1
        self._redraw_item(i)
        self._status()

    def action_edit(self) -> None:
        i = self.index
        if i is None:
            return

        def done(item: m.Item | None) -> None:
            if item is not None:
                self.items[i] = item
                self.changes += 1
                self.kept[i] = True  # editing an item means keeping it
                self._redraw_item(i)
                self._status()
                self._show_context()

        self.app.push_screen(ItemDialog(self.items[i]), done)

    def action_save(self) -> None:
        title = " ".join(self.query_one("#review-title", Input).value.split())
        note_id = self.query_one("#review-id", Input).value.strip()
        problem = (
            "the note needs a title"
            if not title
            else id_problem(self.ws, note_id)
            if note_id
            else "the note needs an id"
        )
        if problem:
            self._status(problem)
            self.query_one("#review-title" if not title else "#review-id", Input).focus()
            return
        reliability = self.query_one("#review-reliability", Select).value
        marking = self.query_one("#review-marking", Select).value
        note = build_note(
            self.draft,
            self.kept_items(),
            title=title,
            note_id=note_id,
            reliability=reliability if isinstance(reliability, str) else None,
            marking=marking if isinstance(marking, str) else None,
        )
        try:
            result = save_note(self.ws, note)
        except BrieferError as e:
            self._status(error_text(e))
            return
        self.dismiss(result)

    def action_update(self) -> None:
        """Merge the kept items into the note this article is already (``briefer import
        --update`` does the same)."""
        if self.existing is None:
            self._status("this article is not a note yet: ctrl+s saves it as a new one")
            return
        path = self.existing[0]
        reliability = self.query_one("#review-reliability", Select).value
        marking = self.query_one("#review-marking", Select).value
        title = " ".join(self.query_one("#review-title", Input).value.split())
        note = build_note(
            self.draft,
            self.kept_items(),
            title=title or self.draft.title or path.stem,
            note_id=self.draft.id or path.stem,
            reliability=reliability if isinstance(reliability, str) else None,
            marking=marking if isinstance(marking, str) else None,
        )
        try:
            kept, added = update_note(path, note)
            saved = load_source(path)
        except (BrieferError, OSError) as e:
            self._status(error_text(e) if isinstance(e, BrieferError) else str(e))
            return
        self.notify(f"Updated {path.name}: {kept} items kept as they were, {added} new.")
        self.dismiss((path, saved))

    def unsaved_input(self) -> bool:
        """Items dropped, kept again or edited, or the title changed."""
        title = " ".join(self.query_one("#review-title", Input).value.split())
        return bool(self.changes) or title != " ".join(self.draft.title.split())

    def keep_input(self) -> bool:
        self.action_save()  # writes the note (or says what is missing)
        return True

    def action_cancel(self) -> None:
        if not self.unsaved_input():
            self.dismiss(None)
            return

        def answer(choice: str | None) -> None:
            if choice == "discard":
                self.dismiss(None)

        self.app.push_screen(
            ChoiceDialog(
                "Discard this import?",
                "Your review (kept and dropped items, edits, title) is lost; nothing has been "
                "written to the workspace.",
                [("back", "Keep reviewing"), ("discard", "Discard")],
                danger="discard",
            ),
            answer,
        )
