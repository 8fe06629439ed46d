"""Issue 7 in the app: config and theme files (good, broken, unknown, user overriding
repo), ctrl+t, the command palette, E in $EDITOR, y as a Markdown citation, help by pane."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tuihelp import WEEKLY, goto, library, on_disk, ready, type_text

from briefer import config, themes
from briefer import model as m
from briefer.citation import citation
from briefer.tui.app import BrieferApp, make_app
from briefer.tui.screens.help import HelpScreen
from briefer.tui.screens.themes import ThemePicker

SIZE = (80, 24)


def user_dir() -> Path:
    return Path(os.environ["BRIEFER_CONFIG"]).parent


def write_config(text: str) -> Path:
    path = config.config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def app_for(path: Path) -> tuple[BrieferApp, list[str]]:
    """The app as the CLI makes it (config read from the config file); every message it
    shows is collected."""
    cfg, problems = config.load()
    app = make_app(path, config=cfg, config_problems=problems)
    said: list[str] = []
    notify = app.notify

    def collect(message: str, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        said.append(str(message))
        notify(message, *args, **kwargs)

    app.notify = collect  # type: ignore[method-assign]
    return app, said


# ----------------------------------------------------------------- config, themes
async def test_good_config_theme_and_author_marking_for_new_briefs(sample_ws: Path) -> None:
    (sample_ws / "briefer.yaml").write_text("stale_days: 180\n")  # no workspace author
    write_config("# mine\ntheme: briefer-light\nauthor: A. Person\nmarking: TLP:AMBER\n")
    app, said = app_for(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.theme == "briefer-light"
        assert not [s for s in said if "config" in s.lower() or "theme" in s.lower()]
        await pilot.press("ctrl+n")
        await type_text(pilot, "Fresh brief")
        await pilot.press("enter")
        await pilot.pause()
        created = sample_ws / "fresh-brief.brief.yaml"
        assert app.session is not None and app.session.path == created
        brief = on_disk(created)
        assert (brief.title, brief.author, brief.marking) == (
            "Fresh brief",
            "A. Person",
            "TLP:AMBER",
        )


async def test_broken_config_is_reported_with_location_and_defaults_used(
    sample_ws: Path, monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setenv("TERM", "xterm-256color")
    path = write_config("theme: briefer-light\nthem: x\nstale_days: soon\n")
    app, said = app_for(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE):
        await ready(app)
        assert app.theme == themes.DEFAULT_THEME  # nothing half-read
        note = next(s for s in said if "config file" in s)
        assert f"{path}:2:1:" in note and f"{path}:3:13:" in note
        assert app.session is not None  # never fatal


async def test_unknown_theme_name_is_reported_at_its_line(sample_ws: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("TERM", "xterm-256color")
    path = write_config("author: Me\ntheme: no-such-theme\n")
    app, said = app_for(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE):
        await ready(app)
        assert app.theme == themes.DEFAULT_THEME
        note = next(s for s in said if "no-such-theme" in s)
        assert f"{path}:2:8: theme 'no-such-theme' not found" in note
        assert app.config.author == "Me"  # the rest of the config is used


async def test_user_theme_overrides_bundled_and_broken_one_is_skipped(sample_ws: Path) -> None:
    folder = user_dir() / "themes"
    folder.mkdir(parents=True)
    (folder / "briefer-dark.yaml").write_text(
        "name: briefer-dark\ncolors:\n  primary: '#ff0000'\nvariables:\n  take-color: '#00ff00'\n"
    )
    (folder / "mine.yaml").write_text("colors:\n  primary: '#123456'\n  accent: nocolour!\n")
    (folder / "ansi-mine.yaml").write_text("ansi: true\ncolors:\n  primary: ansi_red\n")
    write_config("theme: briefer-dark\n")
    app, said = app_for(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.current_theme.primary == "#ff0000"
        assert app.get_css_variables()["take-color"] == "#00ff00"
        assert "mine" not in app.available_themes
        note = next(s for s in said if "mine.yaml" in s)
        assert f"{folder / 'mine.yaml'}:3:11:" in note
        # a user's ANSI theme without Textual's ansi-* variables still renders
        app.switch_theme("ansi-mine")
        await pilot.pause()
        assert app.get_css_variables()["ansi-background"] == "ansi_black"
        # Textual's own themes get briefer's variables from the defaults
        app.switch_theme("nord")
        await pilot.pause()
        assert app.get_css_variables()["quote-color"] == themes.BRIEFER_VARIABLES["quote-color"]


# ----------------------------------------------------------------------- ctrl+t
async def test_ctrl_t_previews_cancels_and_remembers(sample_ws: Path) -> None:
    path = write_config("# my settings\nauthor: Me  # me\ntheme: briefer-dark\n")
    app, _ = app_for(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+t")
        assert isinstance(app.screen, ThemePicker)
        await pilot.press("down")
        previewed = app.theme
        assert previewed != "briefer-dark"  # applied at once
        await pilot.press("escape")
        assert app.theme == "briefer-dark"
        assert config.load()[0].theme == "briefer-dark"
        await pilot.press("ctrl+t")
        names = app.screen.names
        app.screen.query_one("#theme-list").highlighted = names.index("briefer-light")
        await pilot.press("enter")
        assert not isinstance(app.screen, ThemePicker)
        assert app.theme == "briefer-light"
    text = path.read_text()
    assert "theme: briefer-light" in text and "# my settings" in text and "# me" in text
    assert config.load()[0].theme == "briefer-light"


# --------------------------------------------------------------- command palette
async def run_palette(pilot, query: str) -> None:  # noqa: ANN001
    from textual.command import CommandInput

    await pilot.press("ctrl+p")
    pilot.app.screen.query_one(CommandInput).value = query  # as if typed, without 20 keys
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()


async def test_palette_theme_export_open_and_actions(sample_ws: Path) -> None:
    app, _ = app_for(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await run_palette(pilot, "Theme: briefer-console")
        assert app.theme == "briefer-console"
        assert config.load()[0].theme == "briefer-console"
        await run_palette(pilot, "Export as Markdown")
        await app.workers.wait_for_complete()
        exported = list((sample_ws / "exports").glob("*.md"))
        assert len(exported) == 1
        assert app.session.brief.title in exported[0].read_text()
        await run_palette(pilot, "Open brief: nk-tech")
        assert app.session.path.name == "nk-tech-transfer.brief.yaml"
        await run_palette(pilot, "Help")
        assert isinstance(app.screen, HelpScreen)


async def test_palette_lists_every_main_screen_binding(sample_ws: Path) -> None:
    from briefer.tui.palette import BrieferCommands
    from briefer.tui.screens.main import MainScreen

    app, _ = app_for(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE):
        await ready(app)
        names = [name for name, _, _ in app.palette_commands()]
        assert BrieferCommands(app.screen).app is app
    wanted = [b.description for b in MainScreen.BINDINGS if b.description]
    assert set(wanted) <= set(names)
    assert {
        "Theme: briefer-dark",
        "Theme: briefer-light",
        "Export as PDF",
        "Export as Typst",
        "Export as HTML",
        "Open brief: nk-russia-weekly.brief.yaml",
        "Save as",
    } <= set(names)


# -------------------------------------------------------------------- E, $EDITOR
def fake_editor(tmp_path: Path, body: str) -> str:
    """An editor command with arguments (like "code -w"): a Python script given the text
    to do; it edits the file named last."""
    script = tmp_path / "fake-editor.py"
    script.write_text("import sys\npath = sys.argv[-1]\n" + body)
    return f"{sys.executable} {script} --wait"


async def test_E_edits_a_comment_in_the_editor_as_one_undoable_edit(
    sample_ws: Path, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    path = sample_ws / WEEKLY
    before = on_disk(path)
    old = before.sections[0].entries[0].comment or ""
    monkeypatch.setenv(
        "EDITOR",
        fake_editor(
            tmp_path, "text = open(path).read()\nopen(path, 'w').write('Edited: ' + text)\n"
        ),
    )
    app, _ = app_for(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await goto(pilot, ("entry", 0, 0))
        await pilot.press("E")
        await pilot.pause()
        assert on_disk(path).sections[0].entries[0].comment == ("Edited: " + old).strip()
        assert app.session.outline.last_label == "edit comment"
        await pilot.press("ctrl+z")
        assert on_disk(path) == before


async def test_E_on_the_bluf_with_the_configured_editor_winning(
    sample_ws: Path, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    path = sample_ws / WEEKLY
    monkeypatch.setenv("EDITOR", "false")  # would fail: the config's editor wins
    editor = fake_editor(tmp_path, "open(path, 'w').write('New BLUF\\n')\n")
    write_config(f"editor: {editor}\n")
    app, _ = app_for(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await goto(pilot, ("bluf",))
        await pilot.press("E")
        await pilot.pause()
        assert on_disk(path).bluf == "New BLUF"


async def test_E_failing_or_unchanged_editor_changes_nothing(
    sample_ws: Path, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    path = sample_ws / WEEKLY
    before = path.read_bytes()
    monkeypatch.setenv(
        "VISUAL", fake_editor(tmp_path, "open(path, 'w').write('lost')\nsys.exit(3)\n")
    )
    app, said = app_for(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await goto(pilot, ("entry", 0, 0))
        await pilot.press("E")
        await pilot.pause()
        assert path.read_bytes() == before
        assert any("exited with status 3" in s for s in said)
        monkeypatch.setenv("VISUAL", fake_editor(tmp_path, "pass\n"))
        await pilot.press("E")
        await pilot.pause()
        assert path.read_bytes() == before
        assert not app.session.outline.can_undo


async def test_E_without_an_editor_opens_the_dialog(sample_ws: Path) -> None:
    from textual.widgets import TextArea

    app, _ = app_for(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await goto(pilot, ("bluf",))
        await pilot.press("E")
        assert app.screen.query_one(TextArea).text == (app.session.brief.bluf or "")


# ------------------------------------------------------------------ y, citation
async def test_y_copies_a_markdown_citation(sample_ws: Path) -> None:
    app, said = app_for(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        lib = library(pilot)
        lib.focus()
        while lib.current[1] is None or lib.current[1].kind != "quote":
            await pilot.press("down")
        src, item = lib.current
        await pilot.press("y")
        assert app.clipboard == citation(src, item)
        assert app.clipboard.startswith("“") and f"({src.id}/{item.id})." in app.clipboard
        assert any(f"citation of {src.id}/{item.id}" in s for s in said)
        # an outline entry: its item's citation
        await goto(pilot, ("entry", 0, 0))
        await pilot.press("y")
        entry = app.session.brief.sections[0].entries[0]
        hit = app.ws.resolve(entry.ref)
        assert app.clipboard == citation(hit.source, hit.item)


# -------------------------------------------------------------------------- help
async def test_help_groups_every_binding_by_pane(sample_ws: Path) -> None:
    from briefer.tui.screens.main import MainScreen
    from briefer.tui.widgets.library import LibraryPane

    app, _ = app_for(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE):
        await ready(app)
        groups = dict(app.help_groups())
    assert list(groups) == ["Library", "Outline", "Everywhere"]
    listed = [b for bindings in groups.values() for b in bindings]
    for b in [*MainScreen.BINDINGS, *LibraryPane.BINDINGS, *BrieferApp.BINDINGS]:
        assert listed.count(b) == 1, b
    assert {b.id for b in groups["Outline"]} >= {"edit", "editor", "bluf", "undo"}
    assert {b.id for b in groups["Library"]} >= {"filter", "add", "library.takes"}
    assert {b.id for b in groups["Everywhere"]} >= {"copy", "theme", "quit", "palette"}


def test_model_config_default_is_empty() -> None:
    assert m.Config().theme is None  # the app then picks the default (or console) theme


def test_editor_command_order_and_arguments(monkeypatch) -> None:  # noqa: ANN001
    from briefer.tui.editor import editor_command

    assert editor_command(None) is None
    monkeypatch.setenv("EDITOR", "vi")
    assert editor_command(None) == ["vi"]
    monkeypatch.setenv("VISUAL", "code -w")
    assert editor_command(None) == ["code", "-w"]  # $VISUAL before $EDITOR, split like sh
    assert editor_command("'my editor' --wait") == ["my editor", "--wait"]  # config first
    assert editor_command("  ") == ["code", "-w"]
    assert editor_command('"unclosed') is None
