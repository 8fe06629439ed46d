"""The web server behind ``briefer serve``: textual-serve's :class:`Server`, which starts one
app process per browser tab and relays the terminal over a websocket, with these changes:

- briefer's own page: nothing is fetched from outside the server (textual-serve's page asks a
  public font service; on an analysts' network that is a leak or a stall), and the websocket
  address follows the address the browser used, so ``ssh -L 9000:localhost:8000`` works;
- the websocket guard of :func:`briefer.servemode.websocket_allowed` (same origin; loopback
  names only on a loopback server): textual-serve itself accepts any page, so any web site
  open in the user's browser could otherwise drive briefer;
- each tab's app is waited for (killed after a few seconds) when its tab closes or the
  server stops, and sees xterm.js's TERM whatever terminal started the server;
- ``--socket``: a Unix socket only its owner can connect to, for shared machines;
- a one-line start message instead of the banner.

It relies on textual-serve internals (``_make_app``, ``_process_messages``, the AppService
environment and process), hence the pin to 1.1.x in pyproject.

Imported only by ``briefer serve`` (it needs aiohttp and textual-serve, not Textual).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import html
import logging
import os
import signal
import socket
from pathlib import Path

from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server

from ..servemode import APP_ENVIRONMENT, websocket_allowed

log = logging.getLogger("briefer.serve")
STOP_WAIT = 5.0  # seconds an app gets to quit when its tab closes or the server stops

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="stylesheet" href="{static}css/xterm.css">
<link rel="preload" href="{static}fonts/RobotoMono-VariableFont_wght.ttf" as="font"
  type="font/ttf" crossorigin>
<style>
@font-face {{
  font-family: "Roboto Mono";
  src: url("{static}fonts/RobotoMono-VariableFont_wght.ttf") format("truetype");
}}
html, body {{ margin: 0; height: 100%; background: #1b1e24; color: #d8dee9; }}
.notice {{
  position: absolute; inset: 0; display: flex; align-items: center; justify-content: center;
  font: 16px "Roboto Mono", monospace; z-index: 10;
}}
.notice div {{ background: #22262e; padding: 24px 32px; max-width: 36em; text-align: center; }}
.notice button {{ font: inherit; margin-top: 16px; padding: 8px 24px; }}
body.-first-byte #starting, #ended, #start {{ display: none; }}
body.-closed #ended {{ display: flex; }}
body.-closed #starting {{ display: none; }}
</style>
<script src="{static}js/textual.js"></script>
</head>
<body>
<div id="starting" class="notice"><div>Starting briefer on {name}…</div></div>
<div id="ended" class="notice"><div>This briefer session has ended (it was quit, or the
server stopped). Edits were saved as you made them.<br>
<button type="button" onclick="window.location.reload()">Start a new session</button>
<button type="button" id="start" onclick="window.location.reload()">Start</button>
</div></div>
<div id="terminal" class="textual-terminal" data-session-websocket-url="{websocket}"
  data-font-size="{font_size}"></div>
</body>
</html>
"""


def _font_size(value: str | None) -> int:
    try:
        return max(8, min(40, int(value or "")))
    except ValueError:
        return 16


def _size(value: str | None, default: int) -> int:
    try:
        return max(10, min(1000, int(value or "")))
    except ValueError:
        return default


class AppProcess(AppService):
    """One tab's app process; :meth:`stop` also waits for the process to end (textual-serve
    leaves that to the garbage collector, and a server stopping with tabs open must not
    leave apps behind)."""

    def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
        # The tab's terminal is xterm.js, whatever terminal the server was started from (a
        # Linux console's TERM=linux would give every tab the 16-colour console theme).
        environment = super()._build_environment(width, height)
        environment.update(APP_ENVIRONMENT)
        return environment

    async def stop(self) -> None:
        try:
            await asyncio.wait_for(super().stop(), STOP_WAIT)
        except (TimeoutError, OSError):
            pass
        process = self._process
        if process is None or process.returncode is not None:
            return
        try:
            await asyncio.wait_for(process.wait(), STOP_WAIT)
        except TimeoutError:
            log.warning("app process %s did not quit; killing it", process.pid)
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()


class BrieferServer(Server):
    """textual-serve for one workspace, with briefer's page and websocket guard."""

    def __init__(
        self,
        command: str,
        *,
        host: str,
        port: int,
        target: Path,
        public_url: str | None = None,
        unix_socket: Path | None = None,
    ) -> None:
        super().__init__(command, host=host, port=port, title="briefer", public_url=public_url)
        self.bound_host = "localhost" if unix_socket else host  # reached through ssh -L
        self.fixed_url = public_url.rstrip("/") if public_url else None
        self.target = target
        self.unix_socket = unix_socket
        if unix_socket:
            self.shown_url = f"unix:{unix_socket} (only you can connect)"
        else:
            self.shown_url = self.fixed_url or f"http://{_url_host(host)}:{port}/"

    def serve(self, debug: bool = False) -> None:
        """Serve until SIGINT or SIGTERM: on HOST:PORT, or on the Unix socket, which is made
        readable and writable by its owner only and removed at exit."""
        if self.unix_socket is None:
            super().serve(debug)
            return
        sock = bind_private_socket(self.unix_socket)
        try:
            self.debug = debug
            self.initialize_logging()
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, self.request_exit)
            web.run_app(
                self._make_app(),
                sock=sock,
                handle_signals=False,
                loop=loop,
                print=lambda *args: None,
            )
        finally:
            sock.close()
            with contextlib.suppress(OSError):
                self.unix_socket.unlink()

    async def handle_index(self, request: web.Request) -> web.Response:
        if self.fixed_url:
            base = self.fixed_url
            secure = base.startswith("https:")
            netloc_path = base.split("://", 1)[1]
        else:
            base = ""
            secure = request.secure
            netloc_path = request.host
        websocket = f"{'wss' if secure else 'ws'}://{netloc_path}/ws"
        page = PAGE.format(
            title=html.escape(f"briefer · {self.target.name}"),
            name=html.escape(self.target.name),
            static=html.escape(f"{base}/static/"),
            websocket=html.escape(websocket),
            font_size=_font_size(request.query.get("fontsize")),
        )
        return web.Response(
            text=page,
            content_type="text/html",
            headers={"Cache-Control": "no-store", "X-Frame-Options": "DENY"},
        )

    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:  # type: ignore[override]
        why = websocket_allowed(
            request.headers.get("Host"),
            request.headers.get("Origin"),
            self.bound_host,
            self.fixed_url,
        )
        if why:
            log.warning("refused a session from %s: %s", request.remote, why)
            raise web.HTTPForbidden(text=f"briefer serve: {why}\n")
        websocket = web.WebSocketResponse(heartbeat=15)
        await websocket.prepare(request)

        async def close() -> None:
            await websocket.close()

        app = AppProcess(
            self.command,
            write_bytes=websocket.send_bytes,
            write_str=websocket.send_str,
            close=close,
            download_manager=self.download_manager,
            debug=self.debug,
        )
        try:
            await app.start(
                _size(request.query.get("width"), 80), _size(request.query.get("height"), 24)
            )
            await self._process_messages(websocket, app)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception:  # noqa: BLE001 - one tab's failure must not stop the server
            log.exception("a browser session failed")
        finally:
            await app.stop()
        return websocket

    def initialize_logging(self) -> None:
        super().initialize_logging()
        logging.getLogger("aiohttp.access").setLevel(logging.WARNING)

    async def on_startup(self, app: web.Application) -> None:
        self.console.print(
            f"briefer serve: {self.target} on {self.shown_url} "
            "(one app per browser tab; Ctrl+C stops)",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )


def bind_private_socket(path: Path) -> socket.socket:
    """A Unix socket at ``path`` that only its owner may connect to (mode 0600 from the start:
    no moment when others could). A stale socket file left by a killed server is replaced; a
    live one, or any other file, is an error (OSError)."""
    if path.is_socket():
        with socket.socket(socket.AF_UNIX) as probe:
            try:
                probe.connect(str(path))
            except OSError:
                path.unlink()  # nobody listens: left by a server that was killed
            else:
                raise OSError(errno.EADDRINUSE, "another server is listening there", str(path))
    elif path.exists() or path.is_symlink():
        raise OSError(errno.EEXIST, "exists and is not a socket", str(path))
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old = os.umask(0o177)
    try:
        sock.bind(str(path))
    except OSError:
        sock.close()
        raise
    finally:
        os.umask(old)
    os.chmod(path, 0o600)
    return sock


def _url_host(host: str) -> str:
    """A host as it goes in a URL (IPv6 in brackets)."""
    if host in ("0.0.0.0", "::", ""):  # every interface: the machine's name is the useful one
        host = socket.gethostname()
    return f"[{host}]" if ":" in host and not host.startswith("[") else host
