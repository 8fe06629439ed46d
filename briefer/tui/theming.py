"""briefer's theme files (``briefer.themes``) as Textual themes."""

from __future__ import annotations

import os
from typing import Any

from textual.app import App
from textual.theme import BUILTIN_THEMES, Theme

from ..errors import Problem
from ..themes import DEFAULT_THEME, ThemeSpec, load_themes

CONSOLE_THEME = "briefer-console"


def to_textual(spec: ThemeSpec) -> Theme:
    """The Textual theme of a theme file. An ANSI theme starts from the variables of
    Textual's own ANSI theme (Textual does not generate $ansi-background and friends for
    them), so a user's ANSI theme that leaves them out still works."""
    c = spec.colors
    base = BUILTIN_THEMES["ansi-dark" if spec.dark else "ansi-light"].variables if spec.ansi else {}
    return Theme(
        name=spec.name,
        primary=c.get("primary", "#5e9bd6"),
        secondary=c.get("secondary"),
        warning=c.get("warning"),
        error=c.get("error"),
        success=c.get("success"),
        accent=c.get("accent"),
        foreground=c.get("foreground"),
        background=c.get("background"),
        surface=c.get("surface"),
        panel=c.get("panel"),
        boost=c.get("boost"),
        dark=spec.dark,
        variables={**base, **spec.all_variables},
        ansi=spec.ansi,
    )


def install(app: App[Any], wanted: str | None, where: str = "config") -> list[str]:
    """Register every theme file and pick one: ``wanted`` (the config's, read at ``where``,
    e.g. "config.yaml:3:8"), else the 16-colour console theme on a Linux console, else
    briefer's default. Returns messages for the user (broken theme files, an unknown theme
    name)."""
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
        messages.append(
            f"{where}: theme '{wanted}' not found; using the default "
            f"(themes: {', '.join(sorted(specs)) or 'none'})"
        )
        wanted = None
    if wanted is None:
        console = os.environ.get("TERM") == "linux" and CONSOLE_THEME in app.available_themes
        wanted = CONSOLE_THEME if console else DEFAULT_THEME
    if wanted in app.available_themes:
        app.theme = wanted
    return messages
