"""Issue #19, point 4: the filter explains itself at 80x24. Items whose own text matches
come first; items listed only because their note's tags say the word sit under a heading
of their own, dimmed; the words are highlighted in the rows (styles, never markup)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static
from tuihelp import WEEKLY, library, ready, type_text

from briefer.tui.app import make_app
from briefer.tui.widgets.library import NOTE_MATCHES, NoteMatches, spans
from briefer.workspace import Hit

SIZE = (80, 24)


async def test_troops_ranks_own_matches_first_and_marks_note_matches(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        await type_text(pilot, "troops")
        await pilot.press("enter")
        lib = library(pilot)
        own, note = app.ws.search_split("troops")
        shown = [f"{s.id}/{it.id}" for s, it in lib.shown_items()]
        assert shown == [h.ref for h in own + note]
        # the highlight is on the first item whose own text says troops
        src, item = lib.current
        assert "troops" in item.text.lower()
        # a heading separates the two groups; every item after it is a note-level match
        heading = lib.rows.index(NOTE_MATCHES)
        assert heading == lib.note_start > 0
        before = [r for r in lib.rows[:heading] if isinstance(r, Hit)]
        after = [r for r in lib.rows[heading:] if isinstance(r, Hit)]
        assert [h.ref for h in before] == [h.ref for h in own]
        assert [h.ref for h in after] == [h.ref for h in note]
        # the shell-output take of a note tagged troops is not presented as its own match
        shell = next(h for h in after if "shell output" in h.item.text)
        assert "troops" not in shell.item.text.lower()
        assert "troops" in shell.source.tags
        assert all(not lib.is_note_match(lib.rows.index(h)) for h in before)
        assert all(lib.is_note_match(lib.rows.index(h)) for h in after)
        status = str(app.screen.query_one("#library-status", Static).render())
        assert f"{len(own)} items (+{len(note)} by note)" in status
        # the heading is drawn as text when scrolled into view
        lib.scroll_to(y=heading, animate=False, immediate=True)
        await pilot.pause()
        assert NoteMatches.LABEL[:30] in lib.row_text(heading)


async def test_matched_words_are_styled_not_marked_up(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        await type_text(pilot, "troops")
        await pilot.press("escape")
        await pilot.pause()
        lib = library(pilot)
        visible = range(lib.scroll_offset.y, lib.scroll_offset.y + lib.size.height)
        rows = [
            i
            for i in visible
            if i != lib.cursor and i < len(lib.rows) and "troops" in lib.row_text(i).lower()
        ]
        assert rows, [lib.row_text(i) for i in visible]
        for i in rows:
            strip = lib.render_line(i - lib.scroll_offset.y)
            styled = [seg.text for seg in strip if seg.style and seg.style.underline]
            assert styled and all(t.lower() == "troops" for t in styled), strip.text
            assert styled == [t for t in styled if t in strip.text]


def test_spans_fold_case_merge_and_skip_unsafe_offsets() -> None:
    assert spans("Troops and TROOPS", ("troops",)) == [(0, 6), (11, 17)]
    assert spans("shellshock", ("shell", "llsh")) == [(0, 7)]
    assert spans("anything", ()) == []
    # "ß" folds to "ss": offsets would shift, so nothing is highlighted rather than wrongly
    assert spans("Straße troops", ("troops",)) == [(7, 13)]  # lower() keeps the length
    assert spans("İ troops", ("troops",)) == []  # neither casefold nor lower keeps it
