"""User configuration (``config.yaml``): read strictly, never fatal; written atomically."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from . import model as m
from . import paths
from .errors import BrieferError, LoadError, Problem
from .schema import CONFIG_KEYS, config_from_doc, config_to_data, load_config
from .yamlio import atomic_write, compose, dump


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


def update(**values: str | int | None) -> m.Config:
    """Set some keys of the user's config file, keeping the others (and their order).
    A broken config file is never overwritten: fix it first (BrieferError says where)."""
    unknown = set(values) - set(CONFIG_KEYS)
    if unknown:
        raise ValueError(f"unknown config keys: {sorted(unknown)}")
    path = paths.config_file()
    current = m.Config()
    if path.exists():
        try:
            current = load_config(path)
        except LoadError as e:
            raise BrieferError(f"not saving settings: the config file has problems\n{e}") from e
    changes: dict[str, Any] = values  # keys checked above, values by the re-read below
    new = dataclasses.replace(current, **changes)
    new.pos = current.pos
    path.parent.mkdir(parents=True, exist_ok=True)
    text = _edit_lines(path.read_text("utf-8-sig") if path.exists() else "", values)
    try:  # the line edit keeps the user's comments; check it says exactly what we mean
        if load_config_text(text, str(path)) != new:
            raise LoadError([])
    except LoadError:
        text = dump(config_to_data(new))
    atomic_write(path, text.encode())
    return new


def _edit_lines(text: str, values: dict[str, str | int | None]) -> str:
    """Replace or append top-level ``key: value`` lines, leaving every other line alone."""
    lines = text.splitlines()
    for key, value in values.items():
        rendered = dump({key: value}).rstrip("\n") if value is not None else None
        for i, line in enumerate(lines):
            if line.startswith(f"{key}:"):
                if rendered is None:
                    del lines[i]
                else:
                    lines[i] = rendered
                break
        else:
            if rendered is not None:
                lines.append(rendered)
    return "\n".join(lines) + "\n" if lines else ""


def load_config_text(text: str, name: str) -> m.Config:
    return config_from_doc(compose(text, name))
