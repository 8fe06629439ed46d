"""Configuration and theme files: strict, never fatal, user themes override bundled ones."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefer import config, themes
from briefer.errors import BrieferError


def user_dir() -> Path:
    return Path(os.environ["BRIEFER_CONFIG"]).parent


def test_no_config_means_defaults_and_creates_nothing():
    cfg, problems = config.load()
    assert cfg.theme is None and problems == []
    assert not user_dir().exists()


def test_good_config():
    user_dir().mkdir(parents=True)
    config.config_path().write_text(
        "author: A. Person\ntheme: briefer-light\nstale_days: 90\n"
        "marking: TLP:GREEN\nworkspace: ~/briefs\neditor: vim\n"
    )
    cfg, problems = config.load()
    assert problems == []
    assert (cfg.author, cfg.theme, cfg.stale_days, cfg.marking, cfg.workspace, cfg.editor) == (
        "A. Person",
        "briefer-light",
        90,
        "TLP:GREEN",
        "~/briefs",
        "vim",
    )


def test_broken_config_gives_defaults_and_located_problems():
    user_dir().mkdir(parents=True)
    config.config_path().write_text("author: Me\nthem: dark\nstale_days: soon\n")
    cfg, problems = config.load()
    assert cfg.author is None  # nothing half-read
    assert [(p.line, p.col) for p in problems] == [(2, 1), (3, 13)]
    assert "did you mean 'theme'?" in problems[0].message


def test_update_keeps_comments_and_other_keys():
    user_dir().mkdir(parents=True)
    config.config_path().write_text("# mine\nauthor: Me  # me\ntheme: old\n")
    config.update(theme="briefer-light", stale_days=30)
    assert config.config_path().read_text() == (
        "# mine\nauthor: Me  # me\ntheme: briefer-light\nstale_days: 30\n"
    )
    assert config.load()[0].theme == "briefer-light"


def test_update_creates_the_file_on_demand():
    config.update(theme="briefer-console")
    assert config.load()[0].theme == "briefer-console"


def test_update_never_overwrites_a_broken_config():
    user_dir().mkdir(parents=True)
    original = "author: [unclosed\n"
    config.config_path().write_text(original)
    with pytest.raises(BrieferError, match="config file has problems"):
        config.update(theme="x")
    assert config.config_path().read_text() == original


def test_bundled_themes():
    specs, problems = themes.load_themes()
    assert problems == []
    assert {"briefer-dark", "briefer-light", "briefer-console"} <= set(specs)
    assert specs["briefer-light"].dark is False
    assert specs["briefer-console"].ansi is True
    assert all(v.startswith("ansi_") for v in specs["briefer-console"].colors.values())
    for spec in specs.values():
        assert set(themes.BRIEFER_VARIABLES) <= set(spec.all_variables)


def test_user_theme_overrides_bundled_and_broken_one_is_reported():
    folder = user_dir() / "themes"
    folder.mkdir(parents=True)
    (folder / "briefer-dark.yaml").write_text("colors:\n  primary: '#ff0000'\n")
    (folder / "broken.yaml").write_text("colors:\n  primary: not a colour!\n")
    (folder / "typo.yaml").write_text("colours:\n  primary: '#fff'\n")
    specs, problems = themes.load_themes()
    assert specs["briefer-dark"].colors == {"primary": "#ff0000"}
    assert specs["briefer-dark"].path.parent == folder
    assert "broken" not in specs and "typo" not in specs
    located = sorted((Path(p.path).name, p.line, p.col) for p in problems)
    assert located == [("broken.yaml", 2, 12), ("typo.yaml", 1, 1)]
    assert "did you mean 'colors'?" in " ".join(p.message for p in problems)


def test_export_stylesheet_lookup(tmp_path):
    """The one lookup of a theme's export stylesheet (``render.stylesheet``): the user's
    NAME.css, else the default print stylesheet."""
    from briefer.render import stylesheet

    default = stylesheet(None)
    assert default and stylesheet("no-such-theme") == default
    folder = user_dir() / "themes"
    folder.mkdir(parents=True)
    (folder / "mine.css").write_text("body { color: black }")
    assert stylesheet("mine") == "body { color: black }"


def test_stale_days_workspace_then_config_then_default(tmp_path):
    from briefer.workspace import Workspace

    (tmp_path / "sources").mkdir()
    assert Workspace.load(tmp_path).stale_days == 180
    config.update(stale_days=30)
    assert Workspace.load(tmp_path).stale_days == 30
    (tmp_path / "briefer.yaml").write_text("stale_days: 400\n")
    assert Workspace.load(tmp_path).stale_days == 400
