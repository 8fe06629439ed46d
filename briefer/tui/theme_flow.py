"""Themes in the app: the theme picker (``ctrl+t``, and Textual's own "Theme" command), and
switching theme at once, remembered in the config file. The theme files themselves are
read in ``tui/theming.py``."""

from __future__ import annotations

from ..errors import BrieferError
from .host import Host


def pick(app: Host) -> None:
    """The theme picker; the theme chosen is switched to (and remembered)."""
    from .screens.themes import ThemePicker, theme_names

    def done(name: str | None) -> None:
        if name is not None:
            app.switch_theme(name)

    app.push_screen(ThemePicker(theme_names(app.available_themes), app.theme), done)


def switch(app: Host, name: str) -> bool:
    """Apply theme ``name`` at once and remember it in the config file."""
    if name not in app.available_themes:
        app.notify(f"No theme named {name!r}.", severity="warning")
        return False
    app.theme = name
    from .. import config as user_config

    try:
        app.config = user_config.update(theme=name)
    except (BrieferError, OSError) as e:
        app.notify(f"Theme {name} applied but not remembered: {e}", severity="warning", timeout=10)
        return True
    app.notify(f"Theme: {name} (saved in {user_config.config_path()})", timeout=3)
    return True
