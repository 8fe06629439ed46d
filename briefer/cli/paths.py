"""``briefer paths``: where config, themes, cache and data live."""

from __future__ import annotations

import argparse

from .common import EXIT_OK

HELP = "where config, themes, cache and data live"


def add_arguments(p: argparse.ArgumentParser) -> None:
    del p  # no options


def run(args: argparse.Namespace) -> int:
    from .. import paths

    rows = [
        ("config file", paths.config_file()),
        ("user themes", paths.user_themes_dir()),
        ("bundled themes", paths.themes_dir()),
        ("cache", paths.cache_dir()),
        ("data", paths.data_dir()),
        ("fonts", paths.fonts_dir()),
        ("sample workspace", paths.sample_workspace()),
    ]
    for name, value in rows:
        print(f"{name + ':':<18}{value}")
    return EXIT_OK
