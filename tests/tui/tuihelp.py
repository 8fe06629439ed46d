"""Helpers shared by the TUI tests."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.pilot import Pilot

from briefer import model as m
from briefer.schema import load_brief
from briefer.tui.widgets.library import LibraryList
from briefer.tui.widgets.outline_view import OutlineView

WEEKLY = "nk-russia-weekly.brief.yaml"


def on_disk(path: Path) -> m.Brief:
    return load_brief(path)[0]


def refs(brief: m.Brief, s: int) -> list[str]:
    return [str(e.ref) if e.ref else f"~{e.text}" for e in brief.sections[s].entries]


def outline(pilot: Pilot) -> OutlineView:
    return pilot.app.screen_stack[0].query_one(OutlineView)


def library(pilot: Pilot) -> LibraryList:
    return pilot.app.screen_stack[0].query_one(LibraryList)


async def goto(pilot: Pilot, cursor: tuple) -> None:
    """Focus the outline and highlight ``cursor``."""
    view = outline(pilot)
    view.focus()
    view.highlighted = view.cursors.index(cursor)
    await pilot.pause()


async def type_text(pilot: Pilot, text: str) -> None:
    await pilot.press(*["space" if c == " " else c for c in text])


def outline_text(pilot: Pilot) -> str:
    """The plain text of every option of the outline pane."""
    view = outline(pilot)
    return "\n".join(str(view.get_option_at_index(i).prompt) for i in range(view.option_count))


async def ready(target: Pilot | App) -> None:  # type: ignore[type-arg]
    """Wait until the app has loaded its workspace and opened the brief (a worker does it
    after the first frame), then let the screen settle."""
    app = target.app if isinstance(target, Pilot) else target
    await app.loaded.wait()
    if isinstance(target, Pilot):
        await target.pause()
