"""Checks of a brief against analytic standards: rules BRF001-BRF012 (PRODUCT.md §5).

``check_brief`` is what the TUI calls after every edit; ``collect`` is what
``briefer check`` (:mod:`briefer.cli.check`) prints. Plain Python: nothing here imports Textual.
"""

from __future__ import annotations

from .collect import collect, load_problems
from .engine import RULES, check_brief
from .finding import CODES, ERROR, WARNING, Finding, counts

__all__ = [
    "CODES",
    "ERROR",
    "RULES",
    "WARNING",
    "Finding",
    "check_brief",
    "counts",
    "load_problems",
    "collect",
]
