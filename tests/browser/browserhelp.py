"""Helpers of the browser tests: a real ``briefer serve`` and a real headless Chromium
(Debian's, with its chromedriver): nothing is downloaded at test time, and every process
started here is stopped at teardown.

The page draws the terminal with xterm.js on a canvas, so its text is not in the DOM. A
script installed before the page's own (Chrome DevTools ``addScriptToEvaluateOnNewDocument``)
keeps the xterm.js ``Terminal`` the page creates, and :meth:`Tab.screen` reads its buffer
through xterm's public API (``buffer.active.getLine(i).translateToString``).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("BRIEFER_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = (
    os.environ.get("BRIEFER_CHROMEDRIVER")
    or shutil.which("chromedriver")
    or "/usr/bin/chromedriver"
)
# WebDriver key codes (selenium.webdriver.common.keys.Keys), without importing selenium
NULL, CONTROL, ENTER, ESCAPE, ARROW_RIGHT = "\ue000", "\ue009", "\ue007", "\ue00c", "\ue014"
WAIT = 30.0  # seconds: the longest any step may take before the test fails with the screen

# Keeps the Terminal that textual.js assigns to ``this.terminal`` (a plain assignment, so an
# accessor on Object.prototype sees it), then gets out of the way.
KEEP_TERMINAL = """
Object.defineProperty(Object.prototype, 'terminal', {
  configurable: true,
  get() { return undefined; },
  set(value) {
    if (value && value.buffer && value.rows) { window.__brieferTerminal = value; }
    Object.defineProperty(this, 'terminal',
      {value: value, writable: true, configurable: true, enumerable: true});
  },
});
// What the page sends to the server (keys as "stdin", focus, resize): shown when a test fails.
window.__brieferSent = [];
const brieferSend = WebSocket.prototype.send;
WebSocket.prototype.send = function (data) {
  if (typeof data === 'string' && !data.startsWith('["ping"')) {
    window.__brieferSent.push(data);
  }
  return brieferSend.call(this, data);
};
"""

READ_SCREEN = """
const t = window.__brieferTerminal;
if (!t) { return null; }
const b = t.buffer.active, rows = [];
for (let i = 0; i < t.rows; i++) {
  const line = b.getLine(b.viewportY + i);
  rows.push(line ? line.translateToString(true) : '');
}
return rows.join('\\n');
"""

CHROME_ARGS = [
    "--headless=new",
    "--no-sandbox",  # tests run as root on CI
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    # two windows at once: the one in the background must keep running its timers
    "--disable-background-timer-throttling",
    "--disable-backgrounding-occluded-windows",
    "--disable-renderer-backgrounding",
    "--window-size=1280,800",
    # nothing but the test server is reachable: the page must not need anything else
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what: str, probe: Callable[[], object], timeout: float = WAIT) -> object:
    """Poll ``probe`` until it returns something true; fail naming ``what`` otherwise."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.2)


def group_members(pgid: int) -> list[int]:
    """The live processes of process group ``pgid`` (Linux /proc; zombies do not count)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[2]) == pgid:
            members.append(int(stat.parent.name))
    return members


def port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server (it quits its apps), then SIGKILL its process group if anything of
    it is left (the group is the server's own: it was started in a new session)."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    if process.poll() is None:
        process.wait(timeout=10)


@dataclass
class Tab:
    """One browser window on the served page."""

    driver: object
    handle: str
    name: str
    seen: list[str] = field(default_factory=list)

    def use(self) -> None:
        if self.driver.current_window_handle != self.handle:  # type: ignore[attr-defined]
            self.driver.switch_to.window(self.handle)  # type: ignore[attr-defined]
            self.driver.execute_cdp_cmd("Page.bringToFront", {})  # type: ignore[attr-defined]

    def close(self) -> None:
        """Close this window (as a user closing the tab)."""
        self.use()
        self.driver.close()  # type: ignore[attr-defined]
        others = self.driver.window_handles  # type: ignore[attr-defined]
        if others:
            self.driver.switch_to.window(others[0])  # type: ignore[attr-defined]

    def screen(self) -> str:
        self.use()
        text = self.driver.execute_script(READ_SCREEN) or ""  # type: ignore[attr-defined]
        self.seen[:] = [text]
        return text

    def wait_text(self, text: str, what: str | None = None) -> str:
        try:
            return str(wait_for(what or repr(text), lambda: text in self.screen() and self.seen[0]))
        except pytest.fail.Exception:
            sent = self.driver.execute_script("return window.__brieferSent || []")  # type: ignore[attr-defined]
            pytest.fail(
                f"{self.name}: no {text!r} on screen. Screen:\n{self.seen[0]}\n"
                f"The page sent: {' '.join(sent[-40:])}"
            )

    def settle(self, quiet: float = 0.6) -> str:
        """Wait until the screen stops changing for ``quiet`` seconds (the app is idle, as
        when a person starts to type), and return it."""
        last = [self.screen(), time.monotonic()]

        def still() -> bool:
            now = self.screen()
            if now != last[0]:
                last[:] = [now, time.monotonic()]
            return time.monotonic() - float(last[1]) >= quiet

        wait_for(f"{self.name}: the screen to settle", still)
        return str(last[0])

    def _area(self) -> object:
        """The terminal's input, focused the way a click into the page would: the page tells
        the app ("focus"), which gives the keyboard back to the widget that had it; typing
        starts once that is on the screen (keys sent at the same instant could reach the app
        while no widget has the keyboard yet)."""
        from selenium.webdriver.common.by import By

        self.use()
        area = self.driver.find_element(By.CSS_SELECTOR, ".xterm-helper-textarea")  # type: ignore[attr-defined]
        focused = "return document.activeElement === arguments[0] && document.hasFocus()"
        if not self.driver.execute_script(focused, area):  # type: ignore[attr-defined]
            self.driver.execute_script("arguments[0].focus()", area)  # type: ignore[attr-defined]
            self.settle()
        return area

    def keys(self, *keys: str) -> None:
        """Type into the terminal, as a user at the keyboard (real key events)."""
        area = self._area()
        for key in keys:
            area.send_keys(key)  # type: ignore[attr-defined]
            time.sleep(0.15)  # one key at a time, as typed: the app reacts to each

    def chord(self, *keys: str) -> None:
        """Keys pressed together (``chord(CONTROL, "p")``), then all released."""
        self._area().send_keys(*keys, NULL)  # type: ignore[attr-defined]
        time.sleep(0.15)

    def screenshot(self, path: Path) -> Path:
        self.use()
        self.driver.save_screenshot(str(path))  # type: ignore[attr-defined]
        print(f"screenshot: {path}")
        return path


# ------------------------------------------------------------------ fixtures
# Test modules import serve_fixture and browser_fixture. Not in a conftest.py: one here would
# shadow tests/conftest.py for the `from conftest import …` of the other test folders.


@pytest.fixture(name="serve")
def serve_fixture(tmp_path: Path) -> Iterator[Callable[..., Server]]:
    """``serve(target, *args)`` starts ``briefer serve`` on a free loopback port and waits
    until it answers (``program=[…]``: that command, with the port appended, instead); every
    server is stopped at teardown."""
    started: list[Server] = []

    def start(target: Path, *args: str, program: list[str] | None = None) -> Server:
        port = free_port()
        log = tmp_path / f"serve-{port}.log"
        argv = [sys.executable, "-m", "briefer", "serve", str(target), "--port", str(port)]
        argv = [*program, str(port)] if program else [*argv, *args]
        with open(log, "wb") as out:
            process = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        server = Server(f"http://127.0.0.1:{port}/", process, log)
        started.append(server)

        def answers() -> bool:
            if process.poll() is not None:
                pytest.fail(f"briefer serve exited ({process.returncode}):\n{server.output()}")
            return port_open(port)

        wait_for("briefer serve to listen", answers)
        return server

    try:
        yield start
    finally:
        for server in started:
            stop(server.process)
            print(f"--- {server.log.name} (briefer serve's output)\n{server.output()}")


@pytest.fixture(name="browser")
def browser_fixture() -> Iterator[Callable[[str, str], Tab]]:
    """``open_tab(url, name)`` opens the page in a new window of one headless Chromium."""
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip(
            f"needs Chromium and chromedriver ({CHROMIUM}, {CHROMEDRIVER}): "
            "apt-get install chromium chromium-driver (.ci/run does)"
        )
    webdriver = pytest.importorskip("selenium.webdriver", reason="needs selenium (test extra)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in CHROME_ARGS:
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    tabs: list[Tab] = []
    try:
        driver.set_page_load_timeout(WAIT)
        driver.set_script_timeout(WAIT)

        def open_tab(url: str, name: str) -> Tab:
            if tabs:
                driver.switch_to.new_window("window")
            driver.execute_cdp_cmd(
                "Page.addScriptToEvaluateOnNewDocument", {"source": KEEP_TERMINAL}
            )
            driver.get(url)
            tab = Tab(driver, driver.current_window_handle, name)
            tabs.append(tab)
            wait_for(
                f"{name}: the page's terminal (xterm.js) to start",
                lambda: driver.execute_script("return !!window.__brieferTerminal"),
            )
            return tab

        yield open_tab
    finally:
        driver.quit()
