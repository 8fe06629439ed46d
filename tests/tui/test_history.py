"""The history screen (``h``) on a tiny app, with a real workspace's snapshots behind it:
newest first, the diff of the highlighted snapshot against now or a marked one, restore."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from textual.app import App
from textual.widgets import OptionList, Static
from tuihelp import ready

from briefer.editions.history import NOW, History, HistoryEntry
from briefer.editions.snapshot import take_snapshot
from briefer.outline import Outline
from briefer.schema import load_brief, save_brief
from briefer.tui.screens.history import HistoryChoice, HistoryScreen
from briefer.workspace import Workspace

BRIEF = "nk-russia-weekly.brief.yaml"
SIZE = (80, 24)


class Host(App[None]):
    """Pushes the screen and keeps what it was dismissed with."""

    def __init__(self, screen: HistoryScreen) -> None:
        super().__init__()
        self.history_screen = screen
        self.result: object = "still open"
        self.loaded = asyncio.Event()  # what tuihelp.ready waits for on briefer's app

    def on_mount(self) -> None:
        self.push_screen(self.history_screen, callback=self._done)
        self.loaded.set()

    def _done(self, choice: HistoryChoice | None) -> None:
        self.result = choice


def _history(root: Path) -> History:
    """Two snapshots: 'first' (the sample), 'second' (confidence lowered); now: f1 moved."""
    path = root / BRIEF
    brief, stamp = load_brief(path)
    ws = Workspace.load(root, use_cache=False)
    take_snapshot(ws, brief, path, "first", now=datetime(2026, 11, 19, 7, tzinfo=UTC))
    brief.sections[0].entries[0].confidence = "low"
    stamp = save_brief(brief, path, stamp)
    take_snapshot(ws, brief, path, "second", now=datetime(2026, 11, 26, 7, tzinfo=UTC))
    entry = brief.sections[1].entries.pop(3)  # nk-artillery-2026/f1
    brief.sections[0].entries.append(entry)
    save_brief(brief, path, stamp)
    return History(ws, brief, path)


def _screen(h: History) -> HistoryScreen:
    return HistoryScreen(h.entries(), h.diff_text, title=BRIEF, git="main · clean")


def diff_pane(app: Host) -> str:
    return str(app.screen.query_one("#history-diff", Static).render())


def rows(app: Host) -> list[str]:
    options = app.screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_newest_first_and_the_diff_against_now(sample_ws: Path) -> None:
    app = Host(_screen(_history(sample_ws)))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        listed = rows(app)
        assert listed[0].strip().startswith("now")
        assert "second" in listed[1] and "first" in listed[2]
        text = diff_pane(app)  # 'second' → now: only the move
        assert "moved nk-artillery-2026/f1" in text and "confidence" not in text
        await pilot.press("down")  # 'first' → now: the move and the confidence
        text = diff_pane(app)
        assert "moved nk-artillery-2026/f1" in text and "high → low" in text


async def test_mark_compares_two_snapshots(sample_ws: Path) -> None:
    app = Host(_screen(_history(sample_ws)))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        await pilot.press("m", "down")  # 'second' marked, 'first' highlighted
        text = diff_pane(app)
        assert "high → low" in text and "moved" not in text
        assert rows(app)[1].startswith("◆")
        await pilot.press("up", "m")  # clear the mark: 'second' against now again
        assert not rows(app)[1].startswith("◆")
        assert "moved" in diff_pane(app)


async def test_restore_as_current_is_one_undoable_step(sample_ws: Path) -> None:
    h = _history(sample_ws)
    app = Host(_screen(h))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        await pilot.press("down", "r")
        await pilot.pause()
    choice = app.result
    assert isinstance(choice, HistoryChoice) and choice.action == "restore"
    outline = Outline(h.brief)
    before = h.brief
    outline.replace(h.restore(choice.key))
    assert outline.brief.sections[0].entries[0].confidence == "high"  # as in 'first'
    assert len(outline.brief.sections[0].entries) == len(before.sections[0].entries) - 1
    outline.undo()
    assert outline.brief == before


async def test_restore_as_new_brief_and_close(sample_ws: Path) -> None:
    h = _history(sample_ws)
    app = Host(_screen(h))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
    choice = app.result
    assert isinstance(choice, HistoryChoice) and choice.action == "new"
    made = h.restore_as_new(choice.key)
    assert made.parent == sample_ws and made.name.endswith(".brief.yaml")
    assert load_brief(made)[0].sections[0].entries[0].confidence == "low"  # 'second'

    app = Host(_screen(h))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    assert app.result is None


async def test_the_brief_now_cannot_be_restored(sample_ws: Path) -> None:
    app = Host(_screen(_history(sample_ws)))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        await pilot.press("up", "r")
        await pilot.pause()
        assert app.result == "still open" and isinstance(app.screen, HistoryScreen)


async def test_text_is_shown_literally(sample_ws: Path) -> None:
    entries = [HistoryEntry("a", "[bold]snap[/] \x1b[2J"), HistoryEntry("b", "older")]

    def diff(old: str, new: str) -> str:
        return f"{old}->{new}: [-[red]gone[/]-] {{+[b]new+}}"

    app = Host(HistoryScreen(entries, diff))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert "[bold]snap[/] ␛[2J" in rows(app)[1]
        assert diff_pane(app) == "a->now: [-[red]gone[/]-] {+[b]new+}"
        assert app.screen.entries[0].key == NOW
