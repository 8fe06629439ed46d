"""Checks of a brief against analytic standards (rules BRF001…, see PRODUCT.md §5).

For now: load errors of the workspace and of its briefs. The rules come with the
"Checks" issue.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .errors import LoadError, Problem
from .schema import load_brief
from .workspace import BRIEF_SUFFIX, Workspace


def load_problems(target: str | Path) -> list[Problem]:
    """Every problem that stops a file of the workspace (or of one brief) from loading."""
    target = Path(target)
    ws = Workspace.load(target)
    problems = list(ws.errors)
    briefs = [target] if target.is_file() and target.name.endswith(BRIEF_SUFFIX) else (
        ws.brief_paths())
    for path in briefs:
        try:
            load_brief(path)
        except LoadError as e:
            problems.extend(e.problems)
    return problems


def run_check(target: str | Path, fmt: str = "text", strict: bool = False) -> int:
    problems = load_problems(target)
    if fmt == "json":
        rows = [{"code": "LOAD", "severity": "error", "message": p.message, "path": p.path,
                 "line": p.line, "col": p.col} for p in problems]
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        for p in problems:
            print(str(p))
    return 1 if problems else 0
