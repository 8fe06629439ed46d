"""Fixtures shared by the unit tests of one layer (the workspace-wide ones are in
tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.session import BriefSession
from briefer.workspace import Workspace

WEEKLY = "nk-russia-weekly.brief.yaml"


@pytest.fixture
def session(sample_ws: Path) -> BriefSession:
    """A session on a copy of the sample workspace with the weekly brief open."""
    s = BriefSession(Workspace.load(sample_ws))
    s.open(sample_ws / WEEKLY)
    return s
