"""ICD 206 sourcing rules (BRF015-BRF018): key judgments resting on one source, Admiralty
grades that contradict themselves under Key judgments, cited web sources with no access
date, and ungraded sources."""

from __future__ import annotations

import difflib

from .. import model as m
from ..tradecraft.mentions import mentions
from ..tradecraft.sourcing import brief_judgments, is_key_heading
from .context import Context

LETTERS = "ABCDE"  # F and 6 mean "cannot be judged": no step to compare


def _gist(text: str, limit: int = 50) -> str:
    flat = " ".join(text.split())
    return "'" + (flat if len(flat) <= limit else flat[: limit - 1] + "…") + "'"


def brf001_unknown_text_citations(ctx: Context) -> None:
    """BRF001 for in-text citations: ``[[SOURCE/ITEM]]`` or ``[[SOURCE]]`` that name nothing
    (the audience export and BRF019 could not see what such a citation means)."""
    for t in ctx.texts():
        for mt in mentions(t.value):
            if not mt.explicit:
                continue
            src = ctx.ws.sources.get(mt.source)
            if src is not None and (mt.item is None or src.item(mt.item) is not None):
                continue
            if src is None:
                near = difflib.get_close_matches(mt.source, list(ctx.ws.sources), n=1)
                why = f"unknown source '{mt.source}'" + (
                    f": did you mean '{near[0]}'?" if near else ""
                )
            else:
                ids = [it.id for it in src.items()]
                near = difflib.get_close_matches(str(mt.item), ids, n=1)
                hint = f"did you mean '{src.id}/{near[0]}'? " if near else ""
                why = (
                    f"source '{src.id}' has no item '{mt.item}': {hint}"
                    f"its items are {', '.join(ids) or 'none'}"
                )
            ctx.add(
                "BRF001",
                f"in-text citation [[{mt.key}]]: {why}",
                t.at(mt.start),
                section=t.section,
                entry=t.index,
            )


def brf015_single_source_judgments(ctx: Context) -> None:
    for si, j in brief_judgments(ctx.ws, ctx.brief):
        if len(j.sources) != 1:
            continue
        e = ctx.brief.sections[si].entries[j.index]
        ctx.add(
            "BRF015",
            f"the key judgment {_gist(j.text)} rests on one source ({j.sources[0]}): "
            "corroborate it with another source, or say in the text that it is single-source "
            "and add nocheck: [BRF015]",
            e.pos.get("text", e.pos.get("", (1, 1))),
            section=si,
            entry=j.index,
        )


def brf016_admiralty_disagreement(ctx: Context) -> None:
    for c in ctx.cited():
        if c.source is None or c.item is None or not is_key_heading(ctx.heading(c.section)):
            continue
        letter, cred = c.source.grade, c.item.credibility
        if letter not in LETTERS or cred is None or cred == 6:
            continue
        if abs(LETTERS.index(letter) - (cred - 1)) < 3:
            continue
        ctx.add(
            "BRF016",
            f"{c.ref} is graded {letter}{cred}: a {letter} source with information rated "
            f"{cred} disagree by {abs(LETTERS.index(letter) - (cred - 1))} steps; check both "
            "grades before resting a key judgment on it",
            c.pos,
            section=c.section,
            entry=c.index,
            related=ctx.source_loc(c.source, "credibility", c.item),
        )


_First = tuple[int | None, int | None, m.Source, tuple[int, int]]


def _first_citations(ctx: Context) -> list[_First]:
    """Each source the brief cites (by reference, or by id in its text), once, at its first
    citation: (section, entry, source, position); section and entry are None for the BLUF."""
    seen: dict[str, _First] = {}
    for c in ctx.cited():
        if c.source is not None and c.source.id not in seen:
            seen[c.source.id] = (c.section, c.index, c.source, c.pos)
    for t in ctx.texts():
        for mt in mentions(t.value):
            src = ctx.ws.sources.get(mt.source)
            if src is not None and src.id not in seen:
                seen[src.id] = (t.section, t.index, src, t.at(mt.start))
    return list(seen.values())


def _add(ctx: Context, code: str, first: _First, message: str, key: str) -> None:
    si, ei, src, pos = first
    ctx.add(code, message, pos, section=si, entry=ei, related=ctx.source_loc(src, key))


def brf017_url_without_accessed(ctx: Context) -> None:
    for first in _first_citations(ctx):
        src = first[2]
        if src.url and src.url.strip() and not src.accessed:
            _add(
                ctx,
                "BRF017",
                first,
                f"{src.id} ({ctx.source_file(src)}) is cited from a URL but has no "
                "'accessed:' date: add the day you read it (web pages change)",
                "url",
            )


def brf018_ungraded_sources(ctx: Context) -> None:
    for first in _first_citations(ctx):
        src = first[2]
        if src.reliability is None:
            _add(
                ctx,
                "BRF018",
                first,
                f"{src.id} ({ctx.source_file(src)}) is cited but not graded: add "
                "'reliability:' (A-F; F when it cannot be judged) to the note",
                "",
            )


RULES = (
    brf001_unknown_text_citations,
    brf015_single_source_judgments,
    brf016_admiralty_disagreement,
    brf017_url_without_accessed,
    brf018_ungraded_sources,
)
