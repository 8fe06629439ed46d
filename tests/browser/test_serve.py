"""``briefer serve`` in a real browser: the library shows, keys filter and add an item, the
brief on disk changes; two tabs on one workspace never overwrite each other's work."""

from __future__ import annotations

import re
import signal
import sys
from pathlib import Path

import pytest
from browserhelp import (  # the fixtures serve and browser
    CONTROL,
    ENTER,
    ESCAPE,
    Tab,
    browser_fixture,  # noqa: F401
    group_members,
    serve_fixture,  # noqa: F401
    wait_for,
)

from briefer.schema import load_brief
from briefer.workspace import Workspace

pytestmark = pytest.mark.slow

SOURCE_TITLE = "North Korea's military moves in Russia"  # a sample note's title

# briefer's web server running, per tab, a small app that exports on "x" the way the TUI's
# export worker is to: deliver_export from the worker thread (via call_from_thread).
EXPORTING_APP = """
import sys
from pathlib import Path

from textual import work
from textual.app import App
from textual.widgets import Static

from briefer.servemode import deliver_export


class Exporting(App[None]):
    def compose(self):
        yield Static("press x to export")

    def on_key(self, event) -> None:
        if event.key == "x":
            self.export()

    @work(thread=True)
    def export(self) -> None:
        message = self.call_from_thread(deliver_export, self, Path(sys.argv[1]))
        self.call_from_thread(self.notify, message or "not in a browser", timeout=60)


Exporting().run()
"""
SERVING_IT = """
import shlex
import sys
from pathlib import Path

from briefer.tui.webserve import BrieferServer

app, export, port = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
command = "exec " + shlex.join([sys.executable, app, str(export)])
BrieferServer(command, host="127.0.0.1", port=port, target=export.parent).serve()
"""


def loaded(tab) -> str:  # noqa: ANN001
    """The screen once the library shows and the header names the brief: the two are
    painted in one refresh, but the browser may show the library's lines a moment before
    the header's (a first CI run read "loading…" there)."""
    tab.wait_text(SOURCE_TITLE, "the library to show a sample source")
    return tab.wait_text(".brief.yaml", "the header to name the brief")


def open_brief(screen: str, ws: Path) -> Path:
    """The brief the app opened, from its header (``saved · NAME.brief.yaml``)."""
    found = re.search(r"([\w.-]+\.brief\.yaml)", screen.splitlines()[0])
    assert found, f"no brief named in the header:\n{screen}"
    path = ws / found.group(1)
    assert path.is_file()
    return path


def refs(path: Path) -> list[str]:
    brief = load_brief(path)[0]
    return [str(e.ref) for s in brief.sections for e in s.entries if e.ref]


def first_hit(ws: Path, query: str) -> str:
    return Workspace.load(ws, use_cache=False).search(query)[0].ref


def filter_and_add(tab: Tab, query: str) -> None:
    """``/`` QUERY ``enter`` (to the first match) ``a`` (add it to the current section)."""
    tab.settle()
    tab.keys("/")
    tab.keys(query)
    tab.wait_text(query, "the typed filter")
    tab.keys(ENTER, "a")


def test_library_in_browser_filter_add_saves(sample_ws: Path, serve, browser, tmp_path) -> None:  # noqa: ANN001
    server = serve(sample_ws)
    tab = browser(server.url, "tab")
    screen = loaded(tab)
    assert "Library" in screen and "Outline" in screen
    brief = open_brief(screen, sample_ws)
    before = brief.read_bytes()
    ref = first_hit(sample_ws, "sohae")
    count = refs(brief).count(ref)

    filter_and_add(tab, "sohae")

    def saved() -> bool:
        return brief.read_bytes() != before

    wait_for(f"{brief.name} to change on disk", saved)
    assert refs(brief).count(ref) == count + 1
    screen = tab.wait_text("saved", "the header to say saved")
    assert "UNSAVED" not in screen
    shot = tab.screenshot(tmp_path / "briefer-serve.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000

    # ctrl+p reaches the app (the browser keeps ctrl+t, ctrl+n: the palette has those actions)
    tab.settle()
    tab.chord(CONTROL, "p")
    tab.keys(*"theme")
    screen = tab.wait_text("Theme: briefer-light", "the command palette to offer the themes")
    tab.keys(ESCAPE)
    assert "Traceback" not in server.output()

    # Stopping the server (SIGTERM, as systemd or Ctrl+C would) ends the tab's app too.
    assert group_members(server.process.pid), "no app process was running"
    server.process.send_signal(signal.SIGTERM)
    assert server.process.wait(timeout=30) == 0, server.output()
    wait_for("the app processes to end", lambda: not group_members(server.process.pid), 15)
    assert "Traceback" not in server.output()


def test_two_tabs_never_overwrite_each_other(sample_ws: Path, serve, browser, tmp_path) -> None:  # noqa: ANN001
    server = serve(sample_ws)
    first = browser(server.url, "first tab")
    brief = open_brief(loaded(first), sample_ws)
    # The second tab finds the brief open in the first (its lock, #19) and asks first.
    second = browser(server.url, "second tab")
    second.wait_text("open in another briefer", "the second tab's warning about the lock")
    second.keys(ENTER)  # "Open anyway"
    assert open_brief(second.wait_text("is open here too"), sample_ws) == brief
    before = brief.read_bytes()
    first_ref, second_ref = first_hit(sample_ws, "sohae"), first_hit(sample_ws, "treaty")
    assert first_ref != second_ref
    first_count, second_count = refs(brief).count(first_ref), refs(brief).count(second_ref)

    filter_and_add(first, "sohae")
    wait_for("the first tab's save", lambda: brief.read_bytes() != before)
    theirs = brief.read_bytes()
    assert refs(brief).count(first_ref) == first_count + 1

    # The second tab follows the brief on disk (#19): with nothing unsaved it reloads the
    # first tab's save, so its own edit lands on top of it and neither change is lost. (An
    # edit made while the file changes underneath meets the "reload theirs / keep mine"
    # dialog: tests/tui and tests/unit/test_session.py pin that.)
    screen = second.wait_text("reloaded", "the second tab to reload the first tab's save")
    second.screenshot(tmp_path / "briefer-serve-second-tab.png")
    filter_and_add(second, "treaty")
    wait_for("the second tab's save", lambda: refs(brief).count(second_ref) == second_count + 1)
    assert refs(brief).count(first_ref) == first_count + 1, "the first tab's change was lost"
    assert brief.read_bytes() != theirs

    # One app process per tab: closing the second tab ends its app; the first one stays.
    def processes() -> int:
        return len(group_members(server.process.pid))

    assert processes() == 3, "expected the server and one app per tab"
    second.close()
    wait_for("the closed tab's app to end", lambda: processes() == 2, 20)
    assert "session" not in first.screen().lower()  # the first tab still shows the app
    assert "Traceback" not in server.output(), screen


def test_export_is_downloaded_by_the_browser(serve, browser, tmp_path: Path) -> None:  # noqa: ANN001
    """deliver_export inside a tab's app: the browser saves the file (a PDF, byte for byte)
    under a header-safe name, and the app says so."""
    export = tmp_path / "North Korea weekly.pdf"
    content = b"%PDF-1.7\n" + bytes(range(256)) * 800 + b"\n%%EOF\n"
    export.write_bytes(content)
    app, serving = tmp_path / "exporting_app.py", tmp_path / "serving_it.py"
    app.write_text(EXPORTING_APP, encoding="utf-8")
    serving.write_text(SERVING_IT, encoding="utf-8")
    server = serve(export, program=[sys.executable, str(serving), str(app), str(export)])
    tab = browser(server.url, "tab")
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    tab.driver.execute_cdp_cmd(  # type: ignore[attr-defined]
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    tab.wait_text("press x to export")
    tab.keys("x")
    got = downloads / "North-Korea-weekly.pdf"
    wait_for(f"{got.name} in the browser's downloads", lambda: got.is_file())
    wait_for("the whole file", lambda: got.read_bytes() == content, 10)
    screen = tab.wait_text("North-Korea-weekly.pdf", "the app to say what was downloaded")
    assert "Exported to" in screen
    assert sorted(p.name for p in downloads.iterdir()) == ["North-Korea-weekly.pdf"]
