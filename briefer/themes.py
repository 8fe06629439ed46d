"""Theme files: ``themes/*.yaml`` shipped with briefer and ``<config>/themes/*.yaml`` from
the user (a user theme of the same name wins). Plain Python: the TUI turns a ThemeSpec into
a ``textual.theme.Theme``. A broken file is reported and skipped, never fatal.

```yaml
name: briefer-dark          # optional, default: the file stem
dark: true                  # true for dark backgrounds
ansi: false                 # true: use the terminal's own 16 colours (ansi_* names)
colors:                     # Textual theme colours
  primary: "#5e9bd6"
  background: "#1b1e24"
  ...
variables:                  # briefer's own colours (take, quote, figure, markings)
  take-color: "#8fbcbb"
```
The HTML export stylesheet of a theme NAME is ``NAME.css`` beside it (else print.css).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import paths, startcache
from .errors import LoadError, Problem

if TYPE_CHECKING:  # the YAML stack: imported where a theme file is parsed (#18)
    import yaml

    from .walk import Walk

THEME_KEYS = dict.fromkeys(("name", "dark", "ansi", "colors", "variables"))
COLOR_KEYS = dict.fromkeys(
    (
        "primary",
        "secondary",
        "accent",
        "foreground",
        "background",
        "surface",
        "panel",
        "boost",
        "warning",
        "error",
        "success",
    )
)
# briefer's own theme variables, and their values when a theme does not set them
BRIEFER_VARIABLES: dict[str, str] = {
    "take-color": "#7fb3d5",
    "quote-color": "#c39bd3",
    "figure-color": "#76d7c4",
    "marking-clear": "#bbbbbb",
    "marking-green": "#58d68d",
    "marking-amber": "#f5b041",
    "marking-red": "#ec7063",
}
DEFAULT_THEME = "briefer-dark"
_COLOR = re.compile(
    r"(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{4}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8}"
    r"|ansi_[a-z_]+|(rgb|rgba|hsl|hsla)\([0-9.,%\s]+\)|[a-z]+)\Z"
)
_BOOLS = {"true": True, "yes": True, "on": True, "false": False, "no": False, "off": False}


@dataclass(slots=True)
class ThemeSpec:
    name: str
    path: Path
    dark: bool = True
    ansi: bool = False
    colors: dict[str, str] = field(default_factory=dict)
    variables: dict[str, str] = field(default_factory=dict)

    @property
    def all_variables(self) -> dict[str, str]:
        """briefer's variables with defaults filled in, then the theme's own."""
        return {**BRIEFER_VARIABLES, **self.variables}


def _bool(w: Walk, node: yaml.Node | None, what: str, default: bool) -> bool:
    raw = w.text(node, what)
    if raw is None:
        return default
    if raw.lower() in _BOOLS:
        return _BOOLS[raw.lower()]
    w.fail(node, f"'{what}' must be true or false, found '{raw}'")
    return default


def _colors(w: Walk, node: yaml.Node | None, allowed: dict[str, None] | None) -> dict[str, str]:
    import yaml  # parsing: the YAML stack is loaded by now

    out: dict[str, str] = {}
    if node is None:
        return out
    if not isinstance(node, yaml.MappingNode):
        w.fail(node, "expected a mapping of name: colour")
        return out
    keys = (
        allowed
        if allowed is not None
        else {k.value: None for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
    )
    fields, _ = w.mapping(node, "'colors'" if allowed else "'variables'", keys)
    for key, value_node in fields.items():
        value = w.text(value_node, key)
        if value is None:
            continue
        if not _COLOR.match(value.strip()):
            w.fail(
                value_node,
                f"'{key}': '{value}' is not a colour (use #rrggbb, "
                "rgb(...), a colour name or ansi_NAME)",
            )
            continue
        out[key] = value.strip()
    return out


def load_theme(path: Path) -> ThemeSpec:
    from .walk import Walk
    from .yamlio import load_document

    doc, _ = load_document(path)
    w = Walk(doc)
    if doc.root is None:
        raise LoadError([Problem(str(path), 1, 1, "theme file is empty")])
    f, _ = w.mapping(doc.root, "a theme", THEME_KEYS)
    spec = ThemeSpec(
        name=w.text(f.get("name"), "name") or path.stem,
        path=path,
        dark=_bool(w, f.get("dark"), "dark", True),
        ansi=_bool(w, f.get("ansi"), "ansi", False),
        colors=_colors(w, f.get("colors"), COLOR_KEYS),
        variables=_colors(w, f.get("variables"), None),
    )
    if "primary" not in spec.colors and not w.problems:
        w.fail(doc.root, "a theme needs at least colors: {primary: ...}")
    if w.problems:
        raise LoadError(w.problems)
    return spec


def theme_dirs() -> list[Path]:
    """Bundled themes first, then the user's (which override bundled ones by name)."""
    return [paths.themes_dir(), paths.user_themes_dir()]


def load_themes() -> tuple[dict[str, ThemeSpec], list[Problem]]:
    """Every theme by name, and the problems of the files that could not be loaded. What
    the last start read is reused while no theme file changed (:mod:`briefer.startcache`)."""
    files: list[Path] = []
    for folder in theme_dirs():
        try:
            files += sorted(folder.glob("*.yaml"))
        except OSError:
            continue
    key = startcache.stamp(files)
    if key is not None:
        stored = startcache.read("themes", key)
        if stored is not None:
            try:
                specs, rows = stored
                found = [ThemeSpec(n, Path(p), d, a, c, v) for n, p, d, a, c, v in specs]
                return {s.name: s for s in found}, startcache.problems(rows)
            except (TypeError, ValueError):  # not what this code writes: parse
                pass
    themes, problems = _parse_themes(files)
    if key is not None:
        specs = [
            (s.name, str(s.path), s.dark, s.ansi, s.colors, s.variables) for s in themes.values()
        ]
        startcache.write("themes", key, (specs, startcache.problem_rows(problems)))
    return themes, problems


def _parse_themes(files: list[Path]) -> tuple[dict[str, ThemeSpec], list[Problem]]:
    themes: dict[str, ThemeSpec] = {}
    problems: list[Problem] = []
    for path in files:
        try:
            spec = load_theme(path)
        except LoadError as e:
            problems.extend(e.problems)
            continue
        themes[spec.name] = spec
    return themes, problems
