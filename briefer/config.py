"""User configuration (``config.yaml``): read strictly, never fatal."""

from __future__ import annotations

from pathlib import Path

from . import model as m
from . import paths
from .errors import LoadError, Problem
from .schema import load_config


def load() -> tuple[m.Config, list[Problem]]:
    """The user's configuration and the problems found in it (defaults are used for a
    broken file, so the caller only has to show the problems)."""
    path = paths.config_file()
    if not path.is_file():
        return m.Config(), []
    try:
        return load_config(path), []
    except LoadError as e:
        return m.Config(), e.problems


def config_path() -> Path:
    return paths.config_file()
