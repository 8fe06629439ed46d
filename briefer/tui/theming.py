"""briefer's theme files (``briefer.themes``) as Textual themes."""

from __future__ import annotations

import os

from textual.app import App
from textual.theme import Theme

from ..errors import Problem
from ..themes import BRIEFER_VARIABLES, DEFAULT_THEME, ThemeSpec, load_themes

CONSOLE_THEME = "briefer-console"


def to_textual(spec: ThemeSpec) -> Theme:
    c = spec.colors
    return Theme(
        name=spec.name, primary=c.get("primary", "#5e9bd6"), secondary=c.get("secondary"),
        warning=c.get("warning"), error=c.get("error"), success=c.get("success"),
        accent=c.get("accent"), foreground=c.get("foreground"), background=c.get("background"),
        surface=c.get("surface"), panel=c.get("panel"), boost=c.get("boost"), dark=spec.dark,
        variables=spec.all_variables, ansi=spec.ansi,
    )


def install(app: App, wanted: str | None) -> list[str]:
    """Register every theme file and pick one: ``wanted`` (the config's), else the
    16-colour console theme on a Linux console, else briefer's default. Returns messages
    for the user (broken theme files, an unknown theme name)."""
    messages: list[str] = []
    try:
        specs, problems = load_themes()
    except Exception as e:  # noqa: BLE001 - themes are cosmetic: never fatal
        specs, problems = {}, [Problem("themes", 1, 1, f"themes could not be loaded: {e}")]
    for spec in specs.values():
        try:
            app.register_theme(to_textual(spec))
        except Exception as e:  # noqa: BLE001 - a colour Textual rejects: skip that theme
            messages.append(f"{spec.path}: theme skipped: {e}")
    messages += [f"{p}" for p in problems]
    if wanted and wanted not in app.available_themes:
        messages.append(f"theme '{wanted}' not found; using the default "
                        f"(themes: {', '.join(sorted(specs)) or 'none'})")
        wanted = None
    if wanted is None:
        console = os.environ.get("TERM") == "linux" and CONSOLE_THEME in app.available_themes
        wanted = CONSOLE_THEME if console else DEFAULT_THEME
    if wanted in app.available_themes:
        app.theme = wanted
    return messages


def variable_defaults() -> dict[str, str]:
    """briefer's own CSS variables, so any theme (a Textual built-in too) has them; and two
    that Textual 8.2's own stylesheet needs but does not generate for an ``ansi`` theme."""
    return {"ansi-background": "ansi_default", "ansi-foreground": "ansi_default",
            **BRIEFER_VARIABLES}
