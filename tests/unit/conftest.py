"""Fixtures shared by the unit tests of one layer (the workspace-wide ones are in
tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.session import BriefSession
from briefer.workspace import Workspace

WEEKLY = "nk-russia-weekly.brief.yaml"
# This file shadows tests/conftest.py for `from conftest import …` in the unit tests (both
# are the module `conftest`): the same constants, so those imports keep working.
REPO = Path(__file__).resolve().parent.parent.parent
SAMPLE = REPO / "briefs"
DATA = REPO / "tests" / "data"


@pytest.fixture
def session(sample_ws: Path) -> BriefSession:
    """A session on a copy of the sample workspace with the weekly brief open."""
    s = BriefSession(Workspace.load(sample_ws))
    s.open(sample_ws / WEEKLY)
    return s
