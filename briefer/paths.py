"""Where briefer keeps its files. Nothing here creates a folder: callers do, on demand."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "briefer"
PACKAGE_DIR = Path(__file__).resolve().parent


def config_file() -> Path:
    """``$BRIEFER_CONFIG``, else ``config.yaml`` in the user config dir."""
    override = os.environ.get("BRIEFER_CONFIG")
    return Path(override) if override else config_dir() / "config.yaml"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def user_themes_dir() -> Path:
    return config_file().parent / "themes"


def cache_dir() -> Path:
    override = os.environ.get("BRIEFER_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir(APP, appauthor=False))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def fonts_dir() -> Path:
    """Extra fonts for the PDF (.ttf, .otf, .ttc): scripts the installed fonts lack."""
    return data_dir() / "fonts"


def _bundled(name: str) -> Path:
    """A folder shipped with briefer: the repository's copy when running from a checkout,
    else the copy inside the installed package."""
    checkout = PACKAGE_DIR.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / name).is_dir():
        return checkout / name
    return PACKAGE_DIR / "_data" / name


def themes_dir() -> Path:
    return _bundled("themes")


def sample_workspace() -> Path:
    return _bundled("briefs")
