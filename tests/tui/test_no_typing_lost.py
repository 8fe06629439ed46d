"""#19 at 80x24: nothing typed is lost (escape and ctrl+q ask in every dialog holding
typed input; ctrl+a selects all in a text box) and no focus traps (tab moves between the
three panes, never into the filter; the focused pane shows without colour; ctrl+c says
how to quit in plain text)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, TextArea
from tuihelp import WEEKLY, on_disk, outline, ready, type_text

from briefer.tui.app import make_app
from briefer.tui.screens.dialogs import ChoiceDialog, LineDialog, TextDialog
from briefer.tui.screens.importer import ImportDialog
from briefer.tui.widgets.detail import Detail
from briefer.tui.widgets.library import LibraryList, LibraryPane
from briefer.tui.widgets.outline_view import OutlineView

SIZE = (80, 24)


async def test_ctrl_q_in_the_prose_dialog_asks_and_can_save(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    before = len(on_disk(path).sections[0].entries)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("t")
        await type_text(pilot, "A paragraph worth keeping")
        await pilot.press("ctrl+q")
        assert app.is_running and isinstance(app.screen, ChoiceDialog)
        assert "not saved" in app.screen.message
        await pilot.click("#choice-back")
        assert isinstance(app.screen, TextDialog)
        assert app.screen.query_one(TextArea).text == "A paragraph worth keeping"
        await pilot.press("ctrl+q")
        await pilot.click("#choice-save")
        await pilot.pause()
        await pilot.pause()
    assert app.return_code == 0
    texts = [e.text for e in on_disk(path).sections[0].entries]
    assert len(texts) == before + 1 and "A paragraph worth keeping" in texts


async def test_ctrl_q_can_discard_what_was_typed(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    before = path.read_bytes()
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("t")
        await type_text(pilot, "Not this one")
        await pilot.press("ctrl+q")
        await pilot.click("#choice-discard")
        await pilot.pause()
    assert app.return_code == 0 and path.read_bytes() == before


async def test_escape_asks_before_discarding_a_rewritten_bluf(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        old = app.session.brief.bluf
        await pilot.press("b")
        area = app.screen.query_one(TextArea)
        await pilot.press("ctrl+a")  # select all: typing replaces the whole text
        assert area.selected_text == area.text
        await type_text(pilot, "Shorter")
        assert area.text == "Shorter"
        await pilot.press("escape")
        assert isinstance(app.screen, ChoiceDialog)
        assert app.screen.title_text == "Discard changes?"
        await pilot.click("#choice-back")
        assert isinstance(app.screen, TextDialog) and area.text == "Shorter"
        await pilot.press("escape")
        await pilot.click("#choice-discard")
        assert not isinstance(app.screen, TextDialog | ChoiceDialog)
        assert app.session.brief.bluf == old
        # unchanged: escape closes at once
        await pilot.press("b", "escape")
        assert not isinstance(app.screen, TextDialog | ChoiceDialog)


async def test_text_dialog_hint_names_select_all(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("t")
        hint = str(app.screen.query_one(".dialog-hint").render())
        assert "ctrl+a selects all" in hint and "ctrl+s saves" in hint


async def test_line_dialog_and_import_dialog_ask_too(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("n")
        assert isinstance(app.screen, LineDialog)
        await type_text(pilot, "Outlook")
        await pilot.press("escape")
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.click("#choice-discard")
        await pilot.press("i")
        assert isinstance(app.screen, ImportDialog)
        await type_text(pilot, "articles/x.txt")
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ChoiceDialog)
        assert [b.id for b in app.screen.query("Button")] == ["choice-discard", "choice-back"]
        await pilot.click("#choice-back")
        assert app.screen.query_one("#import-path", Input).value == "articles/x.txt"
        await pilot.press("escape")
        assert isinstance(app.screen, ChoiceDialog)


async def test_tab_cycles_the_three_panes_and_never_enters_the_filter(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        seen = []
        for _ in range(4):
            seen.append(type(app.focused))
            await pilot.press("tab")
        assert seen == [LibraryList, Detail, OutlineView, LibraryList]
        assert isinstance(app.focused, Detail)
        await pilot.press("shift+tab", "shift+tab")  # detail → library → outline
        assert isinstance(app.focused, OutlineView)
        await pilot.press("tab", "tab", "tab")  # outline → library → detail → outline
        assert isinstance(app.focused, OutlineView)
        # from the outline, tab then "a" adds to the brief, never types into the filter
        await pilot.press("tab", "a")
        assert app.screen.query_one("#filter", Input).value == ""
        # the filter is entered with / and left with escape
        await pilot.press("slash")
        assert app.focused is app.screen.query_one("#filter", Input)
        await pilot.press("tab")
        assert isinstance(app.focused, Detail)


async def test_focused_pane_shows_without_colour(sample_ws: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        view = outline(pilot)
        pane = app.screen.query_one(LibraryPane)
        assert pane.styles.border.top[0] == "heavy"
        assert view.styles.border.top[0] == "round"
        await pilot.press("shift+tab")
        await pilot.pause()
        assert view.styles.border.top[0] == "heavy"
        assert pane.styles.border.top[0] == "round"


async def test_ctrl_c_says_how_to_quit_in_plain_text(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+c")
        said = [m for m in app.messages if "quit" in m]
        assert said == ["Press ctrl+q to quit briefer."]
        assert app.is_running


async def test_ctrl_q_in_the_import_review_after_dropping_an_item(sample_ws: Path) -> None:
    from test_import import files, open_review, seed_in

    seed_in(sample_ws)
    sources = sample_ws / "sources"
    before = files(sources)
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        review = await open_review(pilot, "articles/seed.txt")
        await pilot.press("space")  # drop the first item
        await pilot.press("ctrl+q")
        assert app.is_running and isinstance(app.screen, ChoiceDialog)
        assert [b.id for b in app.screen.query("Button")][:1] == ["choice-save"]
        await pilot.click("#choice-back")
        assert app.screen is review and review.kept[0] is False
        await pilot.press("ctrl+q")
        await pilot.click("#choice-save")  # writes the note, then quits
        await pilot.pause()
        await pilot.pause()
    assert app.return_code == 0
    added = set(files(sources)) - set(before)
    assert len(added) == 1
