"""User configuration (``config.yaml``): read strictly, never fatal; written atomically."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from . import model as m
from . import paths, startcache
from .errors import BrieferError, LoadError, Problem

# The YAML stack (schema, yamlio) is imported where a file is parsed or written: a start
# whose config is in the start cache draws its first frame without it (#18).


def load() -> tuple[m.Config, list[Problem]]:
    """The user's configuration and the problems found in it (defaults are used for a
    broken file, so the caller only has to show the problems). What the last start read is
    reused while the file is unchanged (:mod:`briefer.startcache`)."""
    path = paths.config_file()
    if not path.is_file():
        return m.Config(), []
    key = startcache.stamp([path])
    if key is not None:
        stored = startcache.read("config", key)
        if stored is not None:
            try:
                values, problems = stored
                return m.Config(*values), startcache.problems(problems)
            except (TypeError, ValueError):  # not what this code writes: parse
                pass
    config, found = _parse(path)
    if key is not None:
        values = tuple(getattr(config, f.name) for f in dataclasses.fields(config))
        startcache.write("config", key, (values, startcache.problem_rows(found)))
    return config, found


def _parse(path: Path) -> tuple[m.Config, list[Problem]]:
    from .schema import load_config

    try:
        return load_config(path), []
    except LoadError as e:
        return m.Config(), e.problems


def config_path() -> Path:
    return paths.config_file()


def update(**values: str | int | None) -> m.Config:
    """Set some keys of the user's config file, keeping the others (and their order).
    A broken config file is never overwritten: fix it first (BrieferError says where)."""
    from .schema import CONFIG_KEYS, config_to_data, load_config
    from .yamlio import atomic_write, dump

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
    from .yamlio import dump

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
    from .schema import config_from_doc
    from .yamlio import compose

    return config_from_doc(compose(text, name))
