"""briefer.servemode (plain Python) and the ``briefer serve`` command line, without a browser."""

from __future__ import annotations

import functools
import inspect
import io
import os
import shlex
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.servemode import (
    EDITOR_IN_BROWSER,
    app_command,
    deliver_export,
    download_name,
    editor_unavailable,
    in_browser,
    is_loopback,
    websocket_allowed,
    whole_writes,
)


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "localhost", "LOCALHOST", "::1", "[::1]", "127.0.0.2", "app.localhost"]
)
def test_loopback_hosts(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "analysts.example.org", ""])
def test_other_hosts_are_not_loopback(host: str) -> None:
    assert not is_loopback(host)


def test_websocket_same_origin_on_loopback() -> None:
    assert websocket_allowed("127.0.0.1:8000", "http://127.0.0.1:8000", "127.0.0.1") is None
    # ssh -L 9000:localhost:8000: the browser says localhost:9000
    assert websocket_allowed("localhost:9000", "http://localhost:9000", "127.0.0.1") is None
    assert websocket_allowed("[::1]:8000", "http://[::1]:8000", "127.0.0.1") is None
    # a non-browser client sends no Origin
    assert websocket_allowed("127.0.0.1:8000", None, "127.0.0.1") is None


def test_websocket_from_another_site_is_refused() -> None:
    why = websocket_allowed("127.0.0.1:8000", "http://evil.example", "127.0.0.1")
    assert why and "another origin" in why
    why = websocket_allowed("127.0.0.1:8000", "http://127.0.0.1:9999", "127.0.0.1")
    assert why and "another origin" in why
    assert websocket_allowed("127.0.0.1:8000", "null", "127.0.0.1")


def test_dns_rebinding_is_refused_on_loopback() -> None:
    # a page of evil.example whose name now points at 127.0.0.1: same origin, foreign name
    why = websocket_allowed("evil.example:8000", "http://evil.example:8000", "127.0.0.1")
    assert why and "evil.example" in why and "--public-url" in why
    assert websocket_allowed(None, None, "127.0.0.1") == "no Host header"


def test_public_url_host_is_allowed() -> None:
    url = "https://briefs.example.org/briefer"
    host, origin = "briefs.example.org", "https://briefs.example.org"
    assert websocket_allowed(host, origin, "127.0.0.1", url) is None
    # a proxy that passes its upstream address as Host
    assert websocket_allowed("127.0.0.1:8000", origin, "127.0.0.1", url) is None
    assert websocket_allowed("127.0.0.1:8000", "https://evil.example", "127.0.0.1", url)
    assert websocket_allowed("other.example.org", "https://other.example.org", "127.0.0.1", url)


def test_any_host_name_on_a_public_server_but_same_origin_only() -> None:
    ok = websocket_allowed("analysts:8000", "http://analysts:8000", "0.0.0.0")
    assert ok is None
    assert websocket_allowed("analysts:8000", "http://evil.example", "0.0.0.0")


def test_app_command_runs_this_briefer_on_the_target(tmp_path: Path) -> None:
    target = tmp_path / "my briefs; rm -rf ~"
    command = app_command(target, python="/opt/py thon/bin/python3")
    assert command.startswith("exec ")
    argv = shlex.split(command.removeprefix("exec "))
    assert argv == ["/opt/py thon/bin/python3", "-m", "briefer", str(target.resolve())]


class FakeApp:
    def __init__(self, is_web: bool) -> None:
        self.is_web = is_web
        self.calls: list[tuple[str, Path, dict]] = []

    def deliver_text(self, path: Path, **kw: object) -> str:
        self.calls.append(("text", path, kw))
        return "k1"

    def deliver_binary(self, path: Path, **kw: object) -> str:
        self.calls.append(("binary", path, kw))
        return "k2"


def test_deliver_export_outside_a_browser_does_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    app = FakeApp(is_web=False)
    assert deliver_export(app, tmp_path / "a.md") is None
    assert app.calls == [] and not in_browser(app) and not in_browser()


def test_deliver_export_text_and_binary(tmp_path: Path) -> None:
    app = FakeApp(is_web=True)
    md = tmp_path / "North Korea’s support: weekly.md"
    message = deliver_export(app, md)
    kind, path, kw = app.calls[0]
    assert (kind, path) == ("text", md)
    assert kw["encoding"] == "utf-8" and kw["mime_type"] == "text/markdown"
    assert kw["save_filename"] == "North-Korea-s-support-weekly.md"
    assert kw["open_method"] == "download"
    assert message and str(md) in message and "/download/k1" in message
    deliver_export(app, tmp_path / "brief.pdf")
    kind, _path, kw = app.calls[1]
    assert kind == "binary" and kw["mime_type"] == "application/pdf"
    assert kw["save_filename"] == "brief.pdf"


class PipeDriver:
    """The shape of Textual's web driver that :func:`whole_writes` relies on: ``fileno`` (the
    pipe to the server) and ``_write``, one bare ``os.write`` per packet."""

    def __init__(self, fileno: int) -> None:
        self.fileno = fileno
        self._write = functools.partial(os.write, fileno)

    def packet(self, kind: bytes, payload: bytes) -> None:
        self._write(kind + len(payload).to_bytes(4, "big") + payload)


def _read_packets(fd: int, out: list[tuple[bytes, bytes]], count: int) -> None:
    """The server's side: read ``count`` framed packets slowly (so the pipe fills up)."""
    with os.fdopen(fd, "rb", buffering=0) as pipe:
        for _ in range(count):
            head = _exactly(pipe, 5)
            out.append((head[:1], _exactly(pipe, int.from_bytes(head[1:], "big"))))


def _exactly(pipe: io.RawIOBase, size: int) -> bytes:
    data = b""
    while len(data) < size:
        time.sleep(0.0005)
        part = pipe.read(min(size - len(data), 8192))
        assert part, "the pipe closed in the middle of a packet"
        data += part
    return data


def test_whole_writes_keeps_packets_whole_from_two_threads() -> None:
    """A download's 64 KiB chunks (from the input thread) and screen updates (from the app's
    thread) reach the server as whole packets, even on a full, non-blocking pipe."""
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    driver = PipeDriver(write_end)
    assert whole_writes(driver) and whole_writes(driver)  # once, then already done
    chunks = [bytes([n]) * 65_600 for n in range(12)]
    screens = [f"screen {n} ".encode() * 300 for n in range(40)]
    got: list[tuple[bytes, bytes]] = []
    reader = threading.Thread(target=_read_packets, args=(read_end, got, 52))
    reader.start()
    writers = [
        threading.Thread(target=lambda: [driver.packet(b"P", c) for c in chunks]),
        threading.Thread(target=lambda: [driver.packet(b"D", s) for s in screens]),
    ]
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join(30)
    reader.join(30)
    os.close(write_end)
    assert [p for k, p in got if k == b"P"] == chunks
    assert [p for k, p in got if k == b"D"] == screens


def test_deliver_export_guards_the_running_driver(tmp_path: Path) -> None:
    read_end, write_end = os.pipe()
    try:
        app = FakeApp(is_web=True)
        app._driver = PipeDriver(write_end)  # type: ignore[attr-defined]
        deliver_export(app, tmp_path / "brief.pdf")
        assert app._driver._briefer_whole_writes  # type: ignore[attr-defined]
        assert not whole_writes(None) and not whole_writes(object())
    finally:
        os.close(read_end)
        os.close(write_end)


def test_textual_web_driver_still_writes_through_write_and_fileno() -> None:
    """The guard replaces ``WebDriver._write``: if Textual stops writing through it, this says
    so instead of the guard silently doing nothing."""
    from textual.drivers import web_driver

    source = inspect.getsource(web_driver.WebDriver)
    assert "self._write = partial(os.write, self.fileno)" in source
    assert source.count("self._write(") >= 3


def test_deliver_export_reports_a_missing_file(tmp_path: Path) -> None:
    class Failing(FakeApp):
        def deliver_text(self, path: Path, **kw: object) -> str:
            raise FileNotFoundError(2, "No such file or directory", str(path))

    message = deliver_export(Failing(is_web=True), tmp_path / "gone.html")
    assert message and "could not start" in message and "gone.html" in message


def test_in_browser_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTUAL_DRIVER", "textual.drivers.web_driver:WebDriver")
    assert in_browser()
    assert editor_unavailable() == EDITOR_IN_BROWSER
    monkeypatch.delenv("TEXTUAL_DRIVER")
    assert not in_browser() and editor_unavailable() is None
    assert editor_unavailable(FakeApp(is_web=True)) == EDITOR_IN_BROWSER


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("weekly.html", "weekly.html"),
        ("Брифинг №1.typ", "1.typ"),
        ("...", "export"),
        ('a "quoted"; name.md', "a-quoted-name.md"),
    ],
)
def test_download_name_is_header_safe(name: str, expected: str) -> None:
    assert download_name(Path(name)) == expected


def test_serve_needs_a_workspace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["serve", str(tmp_path / "nowhere")]) == 1
    assert "nowhere: no such file or folder" in capsys.readouterr().err
    monkeypatch.chdir(tmp_path)
    assert main(["serve"]) == 2
    assert "not a workspace" in capsys.readouterr().err


@pytest.mark.parametrize("port", ["0", "70000", "http"])
def test_serve_rejects_a_bad_port(port: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["serve", "--port", port])
    assert stop.value.code == 2
    assert "--port" in capsys.readouterr().err


def test_serve_socket_or_host_not_both(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["serve", "--socket", "b.sock", "--host", "0.0.0.0"])
    assert stop.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("briefs.example.org", "not an http(s) URL"),
        ("https://briefs.example.org/briefer", "at the root of its address"),
        ("https://briefs.example.org/?a=1", "no ?query"),
    ],
)
def test_serve_rejects_a_bad_public_url(
    url: str, why: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["serve", "--public-url", url])
    assert stop.value.code == 2
    assert why in capsys.readouterr().err


def test_serve_warns_for_a_public_host_and_reports_a_busy_port(sample_ws: Path) -> None:
    """Any host but loopback prints the warning first; a port in use is a clear error, not a
    traceback (the busy port also keeps this test from ever serving anything)."""
    with socket.socket() as busy:
        busy.bind(("0.0.0.0", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "briefer", "serve", str(sample_ws)]
            + ["--host", "0.0.0.0", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1, done.stderr
    assert "warning: listening on 0.0.0.0" in done.stderr
    assert "can open briefer and edit" in done.stderr and "no login" in done.stderr
    assert f"ssh -L {port}:localhost:{port}" in done.stderr
    assert f"cannot listen on 0.0.0.0:{port}: the port is in use" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_serve_does_not_import_textual() -> None:
    """The server process only relays: Textual runs in the apps it starts."""
    code = (
        "import sys; import briefer.cli.serve, briefer.tui.webserve, briefer.servemode; "
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


@pytest.mark.slow
async def test_serve_on_a_private_unix_socket(sample_ws: Path, tmp_path: Path) -> None:
    """--socket: mode 0600 from the start, the page and an app session through it, a second
    server on the same socket refused, the socket removed when the server stops."""
    import asyncio
    import os
    import signal
    import stat

    import aiohttp

    sock = tmp_path / "briefer.sock"
    argv = [sys.executable, "-m", "briefer", "serve", str(sample_ws), "--socket", str(sock)]
    server = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        for _ in range(150):
            if sock.exists() or server.poll() is not None:
                break
            await asyncio.sleep(0.1)
        assert sock.is_socket(), server.communicate(timeout=10)[0]
        assert stat.S_IMODE(sock.stat().st_mode) == 0o600
        connector = aiohttp.UnixConnector(path=str(sock))
        async with aiohttp.ClientSession(connector=connector) as http:
            text = ""
            for _ in range(50):  # the socket's file exists from bind(), before listen()
                try:
                    async with http.get("http://localhost:8000/") as page:
                        assert page.status == 200
                        text = await page.text()
                    break
                except aiohttp.ClientConnectorError:
                    await asyncio.sleep(0.1)
            assert 'data-session-websocket-url="ws://localhost:8000/ws"' in text
            origin = {"Origin": "http://localhost:8000"}
            async with http.ws_connect("http://localhost:8000/ws", headers=origin) as ws:
                first = await asyncio.wait_for(ws.receive(), 30)
                assert first.type == aiohttp.WSMsgType.BINARY  # the app draws its screen
            with pytest.raises(aiohttp.WSServerHandshakeError):
                await http.ws_connect("http://localhost:8000/ws", headers={"Origin": "http://x.y"})
        again = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        assert again.returncode == 1
        assert "another server is listening there" in again.stderr
        server.send_signal(signal.SIGTERM)
        out = server.communicate(timeout=30)[0].decode()
        assert server.returncode == 0, out
        assert "only you can connect" in out and "Traceback" not in out
        assert not sock.exists()
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)
