"""The "Changes since the last edition" section of an export.

Turned on by ``changes_since: last-edition`` in a brief (or in ``briefer.yaml`` for every
brief of the workspace; ``changes_since: none`` in a brief turns it off again). The last
edition is the newest snapshot taken at an export whose content differs from the brief now
(:func:`.snapshot.last_edition`), so exporting one text as Markdown and then as PDF makes
one edition, and each shows the changes since the edition before.

The section lists the changed *judgments* — the BLUF, entries with a confidence or a
likelihood, and entries under a "Key judgments" heading — one paragraph each with what
changed and the old and new confidence, then one line counting the other changes. Each
paragraph is a prose block carrying the portion marking of the text it quotes, so an
audience export leaves out what that audience may not read.
"""

from __future__ import annotations

from pathlib import Path

from .. import model as m
from ..document import Block, DocSection, Prose
from ..workspace import Workspace
from .diff import Change, diff, short
from .report import md_escape
from .snapshot import Snapshot, current, iter_snapshots, last_edition

HEADING = "Changes since the last edition"
FIRST_EDITION = "First edition: there is no earlier exported edition to compare with."
NO_CHANGE = "No judgment changed."

_PHRASES = {
    "bluf": "reworded",
    "added": "new",
    "removed": "withdrawn",
    "prose": "reworded",
    "comment": "comment revised",
    "item-text": "revised in its source",
    "quote": "attribution revised in its source",
    "item-missing": "no longer in its source",
}
# the other (non-judgment) changes, counted in one closing line: kind -> (one, many)
_COUNTED = {
    "added": ("entry added", "entries added"),
    "removed": ("entry removed", "entries removed"),
    "moved": ("entry moved", "entries moved"),
    "prose": ("passage reworded", "passages reworded"),
    "comment": ("comment revised", "comments revised"),
    "item-text": ("cited text revised in its source", "cited texts revised in their sources"),
    "quote": ("quote attribution revised", "quote attributions revised"),
    "figure": ("figure corrected in its source", "figures corrected in their sources"),
    "grade": ("source grade changed", "source grades changed"),
    "section-added": ("section added", "sections added"),
    "section-removed": ("section removed", "sections removed"),
    "section-renamed": ("section renamed", "sections renamed"),
}


def wanted(ws: Workspace, brief: m.Brief) -> bool:
    """Does this brief's export get the section? (The brief's setting, else the workspace's.)"""
    return (brief.changes_since or ws.settings.changes_since) == "last-edition"


def changes_section(ws: Workspace, brief: m.Brief, brief_path: Path | str) -> DocSection:
    """The section, comparing the brief now with its last edition."""
    now = current(ws, brief, brief_path)
    snaps = iter_snapshots(brief_path) if Path(brief_path).is_file() else iter(())
    return section_between(last_edition(snaps, now), now)


def section_between(base: Snapshot | None, now: Snapshot) -> DocSection:
    marking = now.brief.marking or ""
    if base is None:
        return DocSection(HEADING, [Prose(FIRST_EDITION, marking)])
    dated = f"dated {md_escape(base.brief.date)}, " if base.brief.date else ""
    intro = f"Compared with the edition {dated}exported {md_escape(base.when)}."
    d = diff(base, now)
    blocks: list[Block] = [Prose(intro, marking)]
    groups = _groups(d.judgments())
    blocks += [Prose(_sentence(changes), _portion(changes)) for changes in groups]
    if not groups:
        blocks.append(Prose(NO_CHANGE, marking))
    others = _others([c for c in d.changes if not c.judgment])
    if others:
        blocks.append(Prose(others, marking))
    return DocSection(HEADING, blocks)


def _key(c: Change) -> tuple[str, str, str]:
    if c.kind in ("bluf",) or (c.label == "BLUF" and not c.ref and not c.section):
        return ("bluf", "", "")
    if c.kind == "marking" and not c.section:
        return ("marking", c.ref, "")
    return ("entry", c.ref, c.label if not c.ref else "")


def _groups(changes: list[Change]) -> list[list[Change]]:
    out: dict[tuple[str, str, str], list[Change]] = {}
    for c in changes:
        out.setdefault(_key(c), []).append(c)
    return list(out.values())


def _portion(changes: list[Change]) -> str:
    marks = [c.portion for c in changes if c.portion in m.MARKINGS]
    return max(marks, key=m.marking_rank) if marks else ""


def _arrow(old: str | None, new: str | None) -> str:
    return f"{md_escape(old or 'none')} → {md_escape(new or 'none')}"


def _sentence(changes: list[Change]) -> str:
    first = changes[0]
    key = _key(first)
    if key[0] == "marking":
        c = first
        what = f"source {md_escape(c.label)}" if c.ref else "the brief"
        return f"Marking of {what}: {_arrow(c.old, c.new)}."
    phrases: list[str] = []
    for c in changes:
        if c.kind in ("confidence",):
            continue
        if c.kind == "moved":
            phrases.append(f"moved from {md_escape(c.old or '')} to {md_escape(c.new or '')}")
        elif c.kind == "likelihood":
            phrases.append(f"likelihood {_arrow(c.old, c.new)}")
        elif c.kind == "figure":
            fields = "; ".join(
                f"{md_escape(k.replace('_', ' '))} {_arrow(_s(a), _s(b))}"
                for k, (a, b) in c.fields.items()
            )
            phrases.append(f"figure corrected in its source ({fields})")
        elif c.kind in ("grade", "marking"):
            phrases.append(f"{c.kind} {_arrow(c.old, c.new)}")
        elif c.kind in _PHRASES:
            phrases.append(_PHRASES[c.kind])
    if key[0] == "bluf":
        label = "BLUF"
    else:
        label = f"“{md_escape(short(first.text or first.label, 200))}”"
    conf = _confidence(changes)
    body = "; ".join(phrases + ([conf] if conf else []))
    return f"**{label}**: {body}." if body else f"**{label}**."


def _s(value: object) -> str | None:
    return None if value is None else str(value)


def _confidence(changes: list[Change]) -> str:
    pairs = [c.confidence for c in changes if len(c.confidence) == 2]
    if not pairs:
        return ""
    old, new = pairs[0]
    kinds = {c.kind for c in changes}
    if "added" in kinds:
        return f"confidence {new}" if new else ""
    if "removed" in kinds:
        return f"was {old} confidence" if old else ""
    if old != new:
        return f"confidence {_arrow(old, new)}"
    return f"confidence {new} (unchanged)" if new else ""


def _others(changes: list[Change]) -> str:
    counts: dict[str, int] = {}
    for c in changes:
        if c.kind in _COUNTED:
            counts[c.kind] = counts.get(c.kind, 0) + 1
    if not counts:
        return ""
    parts = [f"{n} {_COUNTED[k][0 if n == 1 else 1]}" for k, n in counts.items()]
    return "Other changes: " + ", ".join(parts) + "."
