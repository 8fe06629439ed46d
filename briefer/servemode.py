"""Browser mode (``briefer serve``) in plain Python: no Textual, no aiohttp.

- which addresses are safe to listen on without a warning (:func:`is_loopback`);
- which browser pages may drive the app (:func:`websocket_allowed`: the same origin, and on a
  loopback server only loopback host names, so neither another web site open in the same
  browser nor a DNS-rebinding page can type into a tab of briefer);
- the command textual-serve starts for each browser tab (:func:`app_command`);
- for the TUI: whether it runs in a browser and, if so, hand an export to it as a download
  (:func:`deliver_export`), since the file lands on the server, not on the user's machine;
  and say why ``$EDITOR`` cannot be used there (:func:`editor_unavailable`);
- keep the app's packets to the server whole while a download runs (:func:`whole_writes`).

textual-serve starts every app with ``TEXTUAL_DRIVER`` naming Textual's web driver, and the
driver answers ``App.is_web``; :func:`in_browser` reads either, so it also works before the
app runs.
"""

from __future__ import annotations

import ipaddress
import os
import re
import select
import shlex
import sys
import threading
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

WEB_DRIVER = "textual.drivers.web_driver"
# What every tab's app process sees, whatever terminal the server runs in: xterm.js.
APP_ENVIRONMENT = {"TERM": "xterm-256color", "COLORTERM": "truecolor"}
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})

# Content types of the export formats, so the browser names and opens the file right.
MIME_TYPES = {
    ".md": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".typ": "text/plain",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".json": "application/json",
    ".csv": "text/csv",
    ".txt": "text/plain",
}
BINARY_SUFFIXES = frozenset({".pdf", ".docx"})


def is_loopback(host: str) -> bool:
    """True for a name or address that only this machine can reach."""
    host = host.strip().strip("[]").lower()
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def split_host(netloc: str) -> tuple[str, int | None]:
    """``"[::1]:8000"`` -> ``("::1", 8000)``; ``"example.org"`` -> ``("example.org", None)``.
    A malformed value gives ``("", None)``."""
    try:
        parts = urlsplit(f"//{netloc.strip()}")
        return (parts.hostname or "").lower(), parts.port
    except ValueError:
        return "", None


def websocket_allowed(
    host_header: str | None,
    origin: str | None,
    bound_host: str,
    public_url: str | None = None,
) -> str | None:
    """Why a browser's websocket request may not start an app, or None when it may.

    ``host_header`` is the request's ``Host``, ``origin`` its ``Origin`` (browsers always send
    one with a websocket; other clients need not). The page must come from the server it talks
    to (Origin = Host, or the origin of ``public_url``). When the server listens on loopback,
    the Host must be a loopback name (any port: ``ssh -L 9000:localhost:8000`` is fine) or the
    host of ``public_url``: a page of another site whose name was re-pointed at 127.0.0.1 is
    refused.
    """
    if not host_header:
        return "no Host header"
    host, _port = split_host(host_header)
    if not host:
        return f"malformed Host header {host_header!r}"
    if is_loopback(bound_host):
        allowed = {*LOOPBACK_NAMES}
        if public_url:
            allowed.add(split_host(urlsplit(public_url).netloc)[0])
        if not (is_loopback(host) or host in allowed):
            return f"host {host!r} is not this machine's loopback name (see --public-url)"
    if origin is not None:
        parts = urlsplit(origin)
        # behind a reverse proxy the Host may be the proxy's upstream: the public URL counts
        pages = {host_header.lower()}
        if public_url:
            pages.add(urlsplit(public_url).netloc.lower())
        if parts.scheme not in ("http", "https") or parts.netloc.lower() not in pages:
            return f"page from another origin ({origin!r}) may not drive the app"
    return None


def app_command(target: Path, python: str | None = None) -> str:
    """The shell command textual-serve runs for each browser tab: this Python, this briefer,
    on ``target`` (a workspace folder or a brief). ``exec`` so the shell does not stay
    between the server and the app."""
    argv = [python or sys.executable, "-m", "briefer", str(Path(target).resolve())]
    return "exec " + shlex.join(argv)


def in_browser(app: Any = None) -> bool:
    """Is the app (or this process, when ``app`` is None) running under textual-serve?"""
    if app is not None and getattr(app, "is_web", False):
        return True
    return os.environ.get("TEXTUAL_DRIVER", "").startswith(WEB_DRIVER)


EDITOR_IN_BROWSER = (
    "Your editor runs on the server and cannot be shown in the browser: "
    "use the edit dialog (e) instead."
)


def editor_unavailable(app: Any = None) -> str | None:
    """Why an external editor (``E``, ctrl+g) cannot be used, or None when it can: in a browser
    there is no terminal to hand over (Textual cannot suspend its web driver), and a terminal
    editor started anyway would run unseen on the server until it timed out."""
    return EDITOR_IN_BROWSER if in_browser(app) else None


def deliver_export(app: Any, path: Path) -> str | None:
    """In a browser, send the exported file ``path`` to it as a download and return the
    message to show (None outside a browser: the file on disk is the result).

    ``app`` is the running Textual app (duck-typed here so this module stays headless). Text
    formats go with ``deliver_text`` (UTF-8 declared), PDF and DOCX with ``deliver_binary``.
    Errors (the file vanished, the browser went away) come back as a message, never raised:
    the export itself succeeded.
    """
    if not in_browser(app):
        return None
    whole_writes(getattr(app, "_driver", None))
    path = Path(path)
    suffix = path.suffix.lower()
    mime = MIME_TYPES.get(suffix)
    how: Literal["download"] = "download"
    name = download_name(path)
    try:
        if suffix in BINARY_SUFFIXES or not hasattr(app, "deliver_text"):
            key = app.deliver_binary(path, save_filename=name, open_method=how, mime_type=mime)
        else:
            key = app.deliver_text(
                path, save_filename=name, open_method=how, encoding="utf-8", mime_type=mime
            )
    except OSError as e:
        return f"Exported to {path}, but the download could not start: {e}"
    where = f" (if the browser blocked it, open /download/{key} on this server)" if key else ""
    return f"Exported to {path} on the server; your browser downloads it as {name}{where}."


def whole_writes(driver: Any) -> bool:
    """Make the web driver's writes to the server whole and one at a time; True when done
    (now or before), False for a driver without a pipe to guard.

    Textual's web driver frames every packet as type, length, payload and writes it with one
    bare ``os.write``: the screen from the app's thread, a download's chunks (64 KiB) from its
    input thread. A pipe takes a write that large in parts once the server falls behind, so
    the two threads' packets can interleave, and a pipe left non-blocking takes only a part
    and drops the rest. Either way the server reads a broken frame and the download stalls.
    Here one lock orders the writes and each is written to its last byte."""
    if driver is None or getattr(driver, "_briefer_whole_writes", False):
        return driver is not None
    fileno = getattr(driver, "fileno", None)
    if not isinstance(fileno, int) or not hasattr(driver, "_write"):
        return False
    lock = threading.Lock()

    def write(data: bytes) -> int:
        view = memoryview(data)
        with lock:
            while view:
                try:
                    view = view[os.write(fileno, view) :]
                except BlockingIOError:
                    select.select([], [fileno], [], 1.0)
        return len(data)

    driver._write = write
    driver._briefer_whole_writes = True
    return True


def download_name(path: Path) -> str:
    """The file name offered to the browser: textual-serve puts it in the
    ``Content-Disposition`` header unquoted, so only ASCII letters, digits, ``.-_`` survive
    (others become ``-``); never empty."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem).strip("-._") or "export"
    suffix = re.sub(r"[^A-Za-z0-9.]+", "", path.suffix)
    return stem[:100] + suffix
