"""Fixtures of the browser tests (see browserhelp.py): ``serve`` starts ``briefer serve``,
``browser`` opens its page in headless Chromium; both stop what they started."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from browserhelp import (
    CHROME_ARGS,
    CHROMEDRIVER,
    CHROMIUM,
    KEEP_TERMINAL,
    WAIT,
    Server,
    Tab,
    free_port,
    port_open,
    stop,
    wait_for,
)


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Callable[..., Server]]:
    """``serve(target, *args)`` starts ``briefer serve`` on a free loopback port and waits
    until it answers; every server is stopped at teardown."""
    started: list[Server] = []

    def start(target: Path, *args: str) -> Server:
        port = free_port()
        log = tmp_path / f"serve-{port}.log"
        with open(log, "wb") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "briefer", "serve", str(target), "--port", str(port), *args],
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


@pytest.fixture
def browser() -> Iterator[Callable[[str, str], Tab]]:
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
