"""Shared fixtures: every test runs with its own config and cache folders, so nothing
the user has (or a previous test wrote) can change a result."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "briefs"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("BRIEFER_CONFIG", str(home / "config" / "config.yaml"))
    monkeypatch.setenv("BRIEFER_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    # The terminal the tests run in (CI has none) must not change what the app draws.
    monkeypatch.setenv("TERM", "xterm-256color")
    for name in ("NO_COLOR", "BRIEFER_ASCII", "COLORTERM", "TEXTUAL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sample_ws(tmp_path: Path) -> Path:
    """A private copy of the sample workspace (tests may edit it), without what a running
    briefer leaves there: its exports, the lock of a brief it has open (a copied lock made
    the app under test ask "open in another briefer?") and its .briefer folder."""
    target = tmp_path / "ws"
    shutil.copytree(
        SAMPLE, target, ignore=shutil.ignore_patterns("exports", "*.briefer.lock", ".briefer")
    )
    return target


@pytest.fixture
def session(sample_ws: Path) -> object:
    """A BriefSession on a copy of the sample workspace with the weekly brief open."""
    from briefer.session import BriefSession
    from briefer.workspace import Workspace

    s = BriefSession(Workspace.load(sample_ws))
    s.open(sample_ws / "nk-russia-weekly.brief.yaml")
    return s
