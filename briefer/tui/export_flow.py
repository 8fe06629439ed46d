"""Preview and export in the app: the rendered brief in the preview screen (``p``), the
export dialog (``e``; a tearline export for a lower audience, #14), "Export as …" from the
palette, and the export itself, run in the app's export worker (a renderer's bug is
reported, never taking the outline down)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .. import model as m
from ..errors import BrieferError
from .host import Host, ready_session
from .widgets.header import glyphs

if TYPE_CHECKING:
    from ..tradecraft.audience import Omission


class StartExport(Protocol):
    """The app's export worker: ``export`` below, in a thread."""

    def __call__(self, fmt: str, output: Path | None, audience: str | None = None) -> object: ...


def format_name(fmt: str) -> str:
    """A format's name for people ("Markdown" for md); the formats are ``render.FORMATS``."""
    from ..render import FORMAT_LABELS

    return FORMAT_LABELS.get(fmt, fmt)


def preview(app: Host) -> None:
    session = ready_session(app)
    if session is None:
        return
    from .. import render as renderers
    from .screens.preview import PreviewScreen, for_viewer

    try:
        brief = session.brief
        text = for_viewer(
            renderers.render_markdown(session.ws, brief, session.path),
            brief.title,
            brief.subtitle,
        )
    except BrieferError as e:
        app.notify(str(e), severity="error")
        return
    except Exception as e:  # noqa: BLE001 - a renderer bug must not take the outline down
        app.internal_error("preview", e)
        return
    app.push_screen(PreviewScreen(text, brief.title))


def choose(app: Host, start: StartExport) -> None:
    """The export dialog; ``start`` exports what it returns."""
    session = ready_session(app)
    if session is None:
        return
    from ..render import FORMATS, default_output
    from .screens.export import ExportDialog

    brief, ws = session.brief, session.ws

    def done(result: tuple[str, Path, str | None] | None) -> None:
        if result is not None:
            app.notify(f"Exporting {format_name(result[0])}…", timeout=2)
            start(result[0], result[1], result[2])

    # a tearline export (#14): any TLP level below the brief's marking
    audiences = list(m.MARKINGS[: m.marking_rank(brief.marking)])

    app.push_screen(
        ExportDialog(
            list(FORMATS),
            lambda f: default_output(ws, brief, f),
            ws.root,
            names={f: format_name(f) for f in FORMATS},
            warning=session.export_warning(glyphs().error),
            audiences=audiences,
        ),
        done,
    )


def export_as(app: Host, fmt: str, start: StartExport) -> None:
    """Export the brief in ``fmt`` to its default file (exports/ in the workspace)."""
    if ready_session(app) is None:
        return
    app.notify(f"Exporting {format_name(fmt)}…", timeout=2)
    start(fmt, None)


def export(
    app: Host,
    fmt: str,
    output: Path | None,
    audience: str | None,
    deliver: Callable[[Host, Path], str | None],
) -> None:
    """The export, in a worker's thread; ``deliver`` (``servemode.deliver_export``) hands
    the file to a browser when the app is served in one."""
    session = app.session
    if session is None or not session.is_open:
        return
    from .. import render as renderers
    from ..render import default_output
    from ..tradecraft.audience import report as audience_report

    ws, brief, path = session.ws, session.brief, session.path
    try:
        if output == default_output(ws, brief, fmt):
            output = None  # the default: export_brief creates exports/ when missing
        warnings: list[str] = []  # e.g. PDF: scripts no installed font has (#20)
        left_out: list[Omission] = []
        out = renderers.export_brief(
            ws,
            brief,
            path,
            fmt,
            output,
            theme=app.config.theme,
            audience=audience,
            left_out=left_out,
            warnings=warnings,
        )
    except BrieferError as e:
        app.call_from_thread(app.notify, str(e), severity="error", timeout=12)
        return
    except Exception as e:  # noqa: BLE001 - an export bug must not take the outline down
        app.call_from_thread(app.internal_error, "export", e)
        return
    for warning in warnings:
        app.call_from_thread(app.notify, warning, severity="warning", timeout=30)
    message = app.call_from_thread(deliver, app, out) or f"Exported to {out}"
    if audience:  # what the tearline left out, each with its place in the brief
        message += "\n" + "\n".join(audience_report(audience, left_out, path.name))
    app.call_from_thread(app.notify, message, timeout=20 if audience else 10)
