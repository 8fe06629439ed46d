"""briefer's web server, in-process, with a real app process behind it: the websocket guard
refuses other sites, and an export handed to :func:`briefer.servemode.deliver_export` inside
the app reaches the browser's side as a download, byte for byte."""

from __future__ import annotations

import asyncio
import json
import shlex
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from briefer.servemode import app_command
from briefer.tui.webserve import BrieferServer

pytestmark = pytest.mark.slow

WAIT = 30.0

# A minimal Textual app that hands one file to deliver_export as it starts, the way the TUI's
# export worker is to do it after writing the file: from its thread, via call_from_thread.
DELIVERING_APP = """
import sys
from pathlib import Path

from textual import work
from textual.app import App

from briefer.servemode import deliver_export


class Deliver(App[None]):
    def on_mount(self) -> None:
        self.export()

    @work(thread=True)
    def export(self) -> None:
        message = self.call_from_thread(deliver_export, self, Path(sys.argv[1]))
        self.call_from_thread(self.notify, message or "not in a browser")


Deliver().run()
"""


@pytest.fixture
async def served(tmp_path: Path) -> AsyncIterator[Callable[[str], object]]:
    """``await served(command)`` -> the base URL of a BrieferServer running ``command`` per
    websocket; the server (and so every app it started) stops at teardown."""
    runners: list[web.AppRunner] = []

    async def start(command: str) -> str:
        server = BrieferServer(command, host="127.0.0.1", port=0, target=tmp_path)
        runner = web.AppRunner(await server._make_app())
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        runners.append(runner)
        port = runner.addresses[0][1]
        return f"http://127.0.0.1:{port}"

    try:
        yield start
    finally:
        for runner in runners:
            await asyncio.wait_for(runner.cleanup(), WAIT)


async def test_tab_environment_is_xterm(monkeypatch: pytest.MonkeyPatch, sample_ws: Path) -> None:
    """A server started from the Linux console still gives tabs xterm.js's TERM."""
    from briefer.tui.webserve import AppProcess

    monkeypatch.setenv("TERM", "linux")

    async def nothing(*_args: object) -> None:
        return None

    app = AppProcess(
        app_command(sample_ws),
        write_bytes=nothing,
        write_str=nothing,
        close=nothing,
        download_manager=None,  # type: ignore[arg-type]
    )
    env = app._build_environment(100, 30)
    assert env["TERM"] == "xterm-256color" and env["COLORTERM"] == "truecolor"
    assert env["TEXTUAL_DRIVER"].startswith("textual.drivers.web_driver")
    assert (env["COLUMNS"], env["ROWS"]) == ("100", "30")


async def test_page_is_self_contained(served, sample_ws: Path) -> None:  # noqa: ANN001
    base = await served(app_command(sample_ws))
    async with aiohttp.ClientSession() as http, http.get(base + "/") as page:
        text = await page.text()
        assert page.status == 200
    host = base.removeprefix("http://")
    assert f'data-session-websocket-url="ws://{host}/ws"' in text
    assert 'src="/static/js/textual.js"' in text
    assert "googleapis" not in text and "https://" not in text  # nothing from outside
    async with aiohttp.ClientSession() as http, http.get(base + "/static/js/textual.js") as js:
        assert js.status == 200


@pytest.mark.parametrize(
    ("headers", "why"),
    [
        ({"Origin": "http://evil.example"}, "another origin"),
        ({"Host": "evil.example", "Origin": "http://evil.example"}, "not this machine's"),
    ],
)
async def test_websocket_guard(served, sample_ws: Path, headers: dict, why: str) -> None:  # noqa: ANN001
    base = await served(app_command(sample_ws))
    async with aiohttp.ClientSession() as http:
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await http.ws_connect(base + "/ws", headers=headers)
    assert refused.value.status == 403


@pytest.mark.parametrize(
    ("name", "content", "mime"),
    [
        ("North Korea weekly.md", "# Weekly\n\nShells — 2× output.\n".encode(), "text/markdown"),
        ("weekly.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 300 + b"\n%%EOF\n", "application/pdf"),
    ],
    ids=["markdown", "pdf"],
)
async def test_export_is_downloaded(
    served,  # noqa: ANN001
    tmp_path: Path,
    name: str,
    content: bytes,
    mime: str,
) -> None:
    export = tmp_path / name
    export.write_bytes(content)
    script = tmp_path / "deliver.py"
    script.write_text(DELIVERING_APP, encoding="utf-8")
    command = "exec " + shlex.join([sys.executable, str(script), str(export)])
    base = await served(command)
    async with aiohttp.ClientSession() as http:
        origin = {"Origin": base}
        async with http.ws_connect(base + "/ws?width=80&height=24", headers=origin) as ws:
            key = await asyncio.wait_for(_delivery_key(ws), WAIT)
            async with http.get(f"{base}/download/{key}") as got:
                body = await asyncio.wait_for(got.read(), WAIT)
                assert got.status == 200
                assert got.headers["Content-Type"].startswith(mime)
                disposition = got.headers["Content-Disposition"]
    assert body == content
    assert disposition == f"attachment; filename={name.replace(' ', '-')}"


async def _delivery_key(ws: aiohttp.ClientWebSocketResponse) -> str:
    """Read the app's output until the server announces a download; its key."""
    async for message in ws:
        if message.type == aiohttp.WSMsgType.TEXT:
            kind, *rest = json.loads(message.data)
            if kind == "deliver_file_start":
                return str(rest[0])
        elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.ERROR):
            break
    raise AssertionError("the app ended without offering a download")
