"""What ``briefer check`` reads: the findings and load problems of a brief or a workspace."""

from __future__ import annotations

from pathlib import Path

from ..errors import BrieferError, LoadError, Problem
from ..schema import load_brief
from ..workspace import BRIEF_SUFFIX, SETTINGS_FILE, SOURCES_DIR, Workspace
from .engine import check_brief
from .finding import ERROR, Finding


def load_problems(target: str | Path) -> list[Problem]:
    """Every problem that stops a file of the workspace (or of one brief) from loading."""
    target = Path(target)
    ws = Workspace.load(target)
    problems = list(ws.errors)
    briefs = [target] if _is_brief(target) else ws.brief_paths()
    for path in briefs:
        try:
            load_brief(path)
        except LoadError as e:
            problems.extend(e.problems)
    return problems


def _is_brief(target: Path) -> bool:
    return target.is_file() and target.name.endswith(BRIEF_SUFFIX)


def _load_finding(p: Problem) -> Finding:
    return Finding("LOAD", ERROR, p.message, p.path, p.line, p.col)


def collect(target: str | Path) -> tuple[list[Finding], int]:
    """The findings for a brief or a whole workspace, and how many briefs were checked.

    A workspace: its load errors first, then each brief (by file name). One brief: its
    findings plus the load errors that concern it (workspace settings, and the source
    notes it cites that fail to load)."""
    target = Path(target)
    if target.is_file() and not _is_brief(target):
        raise BrieferError(f"{target}: not a brief (*{BRIEF_SUFFIX}) nor a workspace folder")
    ws = Workspace.load(target)
    single = _is_brief(target)
    paths = [target] if single else sorted(ws.brief_paths())  # one folder: by name
    settings = [p for p in ws.errors if Path(p.path).name == SETTINGS_FILE]
    findings = [_load_finding(p) for p in (settings if single else ws.errors)]
    for path in paths:
        try:
            brief, _stamp = load_brief(path)
        except LoadError as e:
            findings += [_load_finding(p) for p in e.problems]
            continue
        if single:
            cited = {e.ref.source for s in brief.sections for e in s.entries if e.ref}
            findings += [
                _load_finding(p)
                for p in ws.errors
                if Path(p.path).parent.name == SOURCES_DIR and Path(p.path).stem in cited
            ]
        findings += check_brief(ws, brief, path)
    return findings, len(paths)
