"""The library: sources and their items as a virtual list, with a filter box.

Only the visible lines are ever rendered (Textual's line API), so 75,000 items cost a
list of row tuples, not 75,000 widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer
from textual.widgets import Input, Static

from ... import model as m
from ...model import Hit
from ...search import query_words
from ..text import fit, line
from .header import ascii_mode

if TYPE_CHECKING:  # the YAML stack is read after the first frame (#18)
    from ...workspace import Workspace

GLYPHS = {"take": "•", "quote": "“", "figure": "#"}
ASCII_GLYPHS = {"take": "*", "quote": '"', "figure": "#"}  # the Linux console (#19)


def kind_glyph(kind: str) -> str:
    """The marker of an item's kind: ``•“#``, or ``*"#`` in ASCII mode."""
    return (ASCII_GLYPHS if ascii_mode() else GLYPHS)[kind]


LARGE = 10_000  # items; above this, filter keystrokes are debounced
DEBOUNCE = 0.06  # seconds
KIND_NAMES = {None: "all kinds", "take": "takes", "quote": "quotes", "figure": "figures"}


class NoteMatches:
    """The row that heads the note-level matches: items listed because their note's title,
    id or tags hold the filter words, not their own text (issue #19)."""

    id = "\x00note-matches"  # never a source id (ids are checked on load)
    LABEL = "matched through the note only (title, id or tags):"


NOTE_MATCHES = NoteMatches()


def spans(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the (case-folded) ``words`` occur in ``text``, merged, in order. Empty when
    case folding changes the text's length (then offsets would not line up)."""
    if not words or not text:
        return []
    folded = text.casefold()
    if len(folded) != len(text):
        folded = text.lower()
        if len(folded) != len(text):
            return []
    found: list[tuple[int, int]] = []
    for w in words:
        at = folded.find(w)
        while at >= 0:
            found.append((at, at + len(w)))
            at = folded.find(w, at + len(w))
    found.sort()
    merged: list[tuple[int, int]] = []
    for a, b in found:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def item_count(ws: Workspace | None) -> int:
    """Every take, quote and figure of the library."""
    if ws is None:
        return 0
    return sum(len(s.takes) + len(s.quotes) + len(s.figures) for s in ws.sources.values())


class LibraryList(ScrollView, can_focus=True):
    """Sources (bold) and their items, one per line, with kind glyphs and grades.

    | key | action |
    |---|---|
    | up / down, pageup / pagedown, home / end | move the highlight |
    | left / right | fold / unfold the highlighted source |
    | enter | fold or unfold a source |
    """

    BINDINGS = [
        Binding("up", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "move(-1000000000)", "First", show=False),
        Binding("end", "move(1000000000)", "Last", show=False),
        Binding("left", "fold(True)", "Fold", show=False),
        Binding("right", "fold(False)", "Unfold", show=False),
        Binding("enter", "toggle_fold", "Fold/unfold", show=False),
    ]
    COMPONENT_CLASSES = {
        "library--source",
        "library--cursor",
        "library--dim",
        "library--take",
        "library--quote",
        "library--figure",
        "library--match",
        "library--note",
    }

    @dataclass
    class Highlighted(Message):
        """The highlight moved to another source or item."""

        library: LibraryList
        source: m.Source | None
        item: m.Item | None

        @property
        def control(self) -> LibraryList:
            return self.library

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        # A row is a Source (its own line) or a Hit (one item). Hits from a search are the
        # workspace's own objects, so filtering allocates one list, not 75,000 tuples.
        self.rows: list[m.Source | Hit | NoteMatches] = []
        self.cursor = 0
        self.folded: set[str] = set()
        self._hits: list[Hit] = []
        self._note_hits: list[Hit] = []
        self.note_start = -1  # the row of the NoteMatches heading, -1 when there is none
        self.words: tuple[str, ...] = ()  # filter words, highlighted in the rows
        self._all: list[m.Source] | None = None
        self._plain: tuple[frozenset[str], list[m.Source | Hit | NoteMatches]] | None = None
        self._line_cache: dict[tuple[int, int, bool, bool], Strip] = {}

    # ------------------------------------------------------------------ data
    def show(
        self,
        hits: list[Hit],
        sources: list[m.Source] | None = None,
        keep: bool = True,
        note_hits: list[Hit] | None = None,
        query: str = "",
    ) -> None:
        """Show these items grouped by source (hits come grouped), or, with ``sources``,
        every source and all its items (the unfiltered library). ``note_hits`` (items that
        match only through their note) follow under a heading of their own; the words of
        ``query`` are highlighted. The highlight stays on the same item when ``keep`` (and
        it is still shown), else goes to the top."""
        self._hits = hits
        self._note_hits = note_hits or []
        self.words = query_words(query)
        self._all = sources
        current = self.current
        self._rebuild()
        at = self.cursor
        self.cursor = self._index_of(current, at) if keep and current[0] is not None else 0
        self._after_move()

    def _rebuild(self) -> None:
        folded = self.folded
        rows: list[m.Source | Hit | NoteMatches]
        if self._all is not None:
            key = frozenset(folded)
            if self._plain is not None and self._plain[0] == key:
                rows = self._plain[1]
            else:
                rows = []
                for src in self._all:
                    rows.append(src)
                    if src.id not in folded:
                        rows.extend([Hit(src, it) for it in src.items()])
                self._plain = (key, rows)
        else:
            rows = []
            append = rows.append
            self.note_start = -1
            for group in (self._hits, self._note_hits):
                if not group:
                    continue
                if group is self._note_hits:
                    self.note_start = len(rows)
                    append(NOTE_MATCHES)
                last: m.Source | None = None
                for hit in group:
                    src = hit.source
                    if src is not last:
                        append(src)
                        last = src
                    if src.id not in folded:
                        append(hit)
        if self._all is not None:
            self.note_start = -1
        self.rows = rows
        self._line_cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(rows))
        self.refresh()

    def row(self, i: int) -> tuple[m.Source | None, m.Item | None]:
        r = self.rows[i] if 0 <= i < len(self.rows) else None
        if r is None or isinstance(r, NoteMatches):  # NOTE_MATCHES, its one instance
            return (None, None)
        return (r.source, r.item) if isinstance(r, Hit) else (r, None)

    def shown_items(self) -> list[tuple[m.Source, m.Item]]:
        return [(r.source, r.item) for r in self.rows if isinstance(r, Hit)]

    def _index_of(self, key: tuple[m.Source | None, m.Item | None], default: int = 0) -> int:
        """The row of this source or item; else the row of the same ids (the note was read
        again from disk); else ``default``."""
        src, item = key
        for i, r in enumerate(self.rows):
            if isinstance(r, Hit):
                if r.item is item and r.source is src:
                    return i
            elif r is src and (item is None or src.id in self.folded):
                return i
        if self.note_start >= 0 and src is not None and item is not None:
            for i in range(self.note_start, len(self.rows)):
                r = self.rows[i]
                if isinstance(r, Hit) and r.item is item and r.source is src:
                    return i
        if src is None:
            return default
        ids = (src.id, item.id if item is not None and src.id not in self.folded else None)
        for i, r in enumerate(self.rows):
            if ((r.source.id, r.item.id) if isinstance(r, Hit) else (r.id, None)) == ids:
                return i
        return default

    @property
    def current(self) -> tuple[m.Source | None, m.Item | None]:
        return self.row(self.cursor)

    def is_note_match(self, i: int) -> bool:
        """Is row ``i`` among the note-level matches (after the NoteMatches heading)?"""
        return 0 <= self.note_start < i

    def row_text(self, i: int) -> str:
        """Row ``i`` as plain text, as drawn (for tests and screen readers)."""
        return self.render_line(i - self.scroll_offset.y).text if 0 <= i < len(self.rows) else ""

    def invalidate(self) -> None:
        """The workspace's sources changed (an import): forget the rows built for them."""
        self._plain = None
        self._line_cache.clear()

    def first_item(self) -> None:
        """Highlight the first item (not a source line)."""
        for i, r in enumerate(self.rows):
            if isinstance(r, Hit):
                self.cursor = i
                break
        self._after_move()

    def select(self, src: m.Source, item: m.Item | None) -> None:
        self.folded.discard(src.id)
        self._rebuild()
        self.cursor = self._index_of((src, item))
        self._after_move()

    # --------------------------------------------------------------- actions
    def _after_move(self) -> None:
        self.cursor = max(0, min(self.cursor, len(self.rows) - 1))
        height = max(1, self.scrollable_content_region.height)
        top = self.scroll_offset.y
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)
        self.refresh()
        # Posted from this widget's own queue: a message posted while the parent pane
        # handles an event would stop at that pane (Textual does not bubble to the sender).
        self.call_next(self._announce)

    def _announce(self) -> None:
        src, item = self.current
        self.post_message(self.Highlighted(self, src, item))

    def action_move(self, delta: int) -> None:
        self.cursor += delta
        self._after_move()

    def action_page(self, direction: int) -> None:
        self.cursor += direction * max(1, self.scrollable_content_region.height - 1)
        self._after_move()

    def action_fold(self, fold: bool) -> None:
        src, item = self.current
        if src is None:
            return
        if fold:
            self.folded.add(src.id)
        else:
            self.folded.discard(src.id)
        self._rebuild()
        self.cursor = self._index_of((src, None if fold else item))
        self._after_move()

    def action_toggle_fold(self) -> None:
        src, item = self.current
        if src is not None and item is None:
            self.action_fold(src.id not in self.folded)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        self.cursor = self.scroll_offset.y + offset.y
        self._after_move()

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.rows))
        self._line_cache.clear()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._line_cache.clear()  # a new theme: lines rendered with the old one are stale

    def on_focus(self) -> None:
        self._line_cache.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._line_cache.clear()
        self.refresh()

    # ------------------------------------------------------------- rendering
    def render_line(self, y: int) -> Strip:
        row = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if row >= len(self.rows):
            return Strip.blank(width, base)
        mark = row == self.cursor
        key = (row, width, mark, self.has_focus)
        cached = self._line_cache.get(key)
        if cached is not None:
            return cached
        src, item = self.row(row)
        if self.rows[row] is NOTE_MATCHES:
            style = base + self.get_component_rich_style("library--note")
            if mark:
                style += self.get_component_rich_style("library--cursor")
            text = fit(f"{'>' if mark else ' '} {NoteMatches.LABEL}", width)
            strip = Strip([Segment(text, style)]).crop_extend(0, width, style)
            self._line_cache[key] = strip
            return strip
        if mark:
            style = base + self.get_component_rich_style("library--cursor")
        elif item is None:
            style = base + self.get_component_rich_style("library--source")
        else:
            style = base
        dim = style + self.get_component_rich_style("library--dim", partial=True)
        if src is None:
            return Strip.blank(width, style)
        if self.is_note_match(row) and not mark:
            style = style + self.get_component_rich_style("library--note", partial=True)
        segs = self._segments(src, item, width, style, dim, mark)
        strip = Strip(segs).crop_extend(0, width, style)
        if len(self._line_cache) > 2000:
            self._line_cache.clear()
        self._line_cache[key] = strip
        return strip

    def _segments(
        self, src: m.Source, item: m.Item | None, width: int, style: Style, dim: Style, mark: bool
    ) -> list[Segment]:
        pointer = ">" if mark else " "
        if item is None:
            fold = "+" if src.id in self.folded else "-"
            grade = f" {m.grade_label(src)}"  # "ungraded" without a reliability (#14)
            n = f" ({len(src.items())})"
            room = max(1, width - 3 - len(grade) - len(n))
            title = fit(src.title or src.id, room)
            return [
                Segment(f"{pointer}{fold} ", style),
                *self._marked(title, style, mark),
                Segment(n, dim),
                Segment(" " * max(0, room - cell_len(title)), style),
                Segment(grade, dim),
            ]
        grade = f" {m.grade_label(src, item)}"
        room = max(1, width - 5 - len(grade))
        text = fit(item.text, room)  # in cells: wide Hangul/Han text keeps the grade column
        glyph = style + self.get_component_rich_style(f"library--{item.kind}", partial=True)
        return [
            Segment(f"{pointer}  ", style),
            Segment(kind_glyph(item.kind) + " ", glyph),
            *self._marked(text, style, mark),
            Segment(" " * max(0, room - cell_len(text)), style),
            Segment(grade, dim),
        ]

    def _marked(self, text: str, style: Style, mark: bool) -> list[Segment]:
        """``text`` with the filter words in the match style (Segments: note text is never
        read as markup); on the cursor line only underlined, keeping the cursor's colours."""
        found = spans(text, self.words)
        if not found:
            return [Segment(text, style)]
        if mark:
            match = style + Style(bold=True, underline=True)
        else:
            match = style + self.get_component_rich_style("library--match", partial=True)
        out, at = [], 0
        for a, b in found:
            if a > at:
                out.append(Segment(text[at:a], style))
            out.append(Segment(text[a:b], match))
            at = b
        if at < len(text):
            out.append(Segment(text[at:], style))
        return out

    def region_of_cursor(self) -> Region:
        return Region(0, self.cursor, self.size.width, 1)


class LibraryPane(Vertical):
    """The filter box, a one-line status and the list.

    | key | action |
    |---|---|
    | 1 / 2 / 3 / 0 | only takes / quotes / figures / all kinds (in the list) |
    | enter (in the filter) | highlight the first match |
    | escape (in the filter) | back to the list |
    """

    BINDINGS = [
        # Not in the footer (the filter box says them); listed in the help screen.
        Binding(
            "1",
            "kind('take')",
            "Takes",
            id="library.takes",
            show=False,
            tooltip="only takes (in the library list)",
        ),
        Binding(
            "2", "kind('quote')", "Quotes", id="library.quotes", show=False, tooltip="only quotes"
        ),
        Binding(
            "3",
            "kind('figure')",
            "Figures",
            id="library.figures",
            show=False,
            tooltip="only figures",
        ),
        Binding(
            "0", "kind('')", "All kinds", id="library.all", show=False, tooltip="all kinds of items"
        ),
    ]
    BINDING_GROUP_TITLE = "Library"

    library: reactive[Workspace | None] = reactive(None, always_update=True, init=False)

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.kind: str | None = None
        self.query_text = ""
        self._debounce: Timer | None = None
        self.large = False

    def compose(self) -> ComposeResult:
        yield Input(placeholder="/ filter · 1 2 3 0 kinds", id="filter", select_on_focus=False)
        yield Static(id="library-status", markup=False)
        yield LibraryList(id="library-list")

    def on_mount(self) -> None:
        self.border_title = "Library"
        self.follow_workspace()

    def watch_library(self, ws: Workspace | None) -> None:
        self.follow_workspace()

    @property
    def list(self) -> LibraryList:
        return self.query_one(LibraryList)

    def apply_filter(self, keep: bool = True) -> None:
        """Show what matches the filter words and kind. A new filter text puts the highlight
        on the first match (``keep=False``); a kind change keeps it where it was."""
        ws = self.library
        status = self.query_one("#library-status", Static)
        if ws is None:
            self.list.show([], [], keep=keep)
            status.update("Loading the library…")
            return
        plain = not self.query_text.strip() and self.kind is None
        note_hits: list[Hit] = []
        if plain:  # no search needed (and no search index built before the first query)
            self.list.show([], list(ws.sources.values()), keep=keep, query="")
            count = item_count(ws)
        else:
            hits, note_hits = ws.search_split(self.query_text, self.kind)
            self.list.show(hits, keep=keep, note_hits=note_hits, query=self.query_text)
            count = len(hits)
        words = " ".join(self.query_text.split())
        shown = f"{count:,} item{'' if count == 1 else 's'}"
        if not plain and note_hits:
            shown += f" (+{len(note_hits):,} by note)"
        shown += f" · {KIND_NAMES[self.kind]}"
        if words:
            shown += f" · “{line(words, 40)}”"
        status.update(shown)

    def action_kind(self, kind: str) -> None:
        self.kind = kind or None
        self.apply_filter()

    def reload(self, select: m.Source | None = None) -> None:
        """Show the workspace's sources again after they changed (an import added one),
        with the filter cleared and ``select``'s first item highlighted."""
        self.query_text, self.kind = "", None
        box = self.query_one("#filter", Input)
        with self.prevent(Input.Changed):
            box.value = ""
        self.follow_workspace()
        if select is not None:
            items = select.items()
            self.list.select(select, items[0] if items else None)

    def follow_workspace(self) -> None:
        """Show the workspace's sources again (changed on disk), keeping the filter and the
        highlighted item."""
        ws = self.library
        was_large = self.large
        self.large = item_count(ws) > LARGE
        self.list.invalidate()
        self.apply_filter()
        if ws is not None and self.large and not was_large:
            # build the search index off the UI thread, after the first frame
            self.run_worker(
                ws.hits,
                name="library-index",
                thread=True,
                description="build the search index",
                exit_on_error=False,
            )

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        if self._debounce is not None:
            self._debounce.stop()
            self._debounce = None
        if self.large:  # let a fast typist finish the word first
            self._debounce = self.set_timer(DEBOUNCE, self._apply_pending)
        else:
            self.apply_filter(keep=False)

    def _apply_pending(self) -> None:
        self._debounce = None
        self.apply_filter(keep=False)

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
            self._apply_pending()
        self.list.focus()
        self.list.first_item()

    def key_escape(self) -> None:
        if self.screen.focused is self.query_one("#filter"):
            self.list.focus()
