"""Rules about what the brief cites: references, markings, dates, attribution, quotes,
figures, grades and repeats (BRF001, BRF002, BRF006-BRF011)."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from .. import model as m
from ..tradecraft.sourcing import KEY_HEADINGS, is_key_heading
from ..tradecraft.sourcing import subject_key as _subject_key
from .context import Cited, Context, parse_date

__all__ = ["KEY_HEADINGS", "is_key_heading"]  # kept here for callers of this module


def _q(text: str, limit: int = 60) -> str:
    """User text quoted in a message, on one line and cut."""
    flat = " ".join(text.split())
    return "'" + (flat if len(flat) <= limit else flat[: limit - 1] + "…") + "'"


def brf001_unknown_refs(ctx: Context) -> None:
    for c in ctx.cited():
        if c.source is None:
            broken = [
                p
                for p in ctx.ws.errors
                if Path(p.path).stem == c.ref.source and Path(p.path).parent.name == "sources"
            ]
            if broken:
                why = (
                    f"its file {broken[0].path} fails to load (line {broken[0].line}: "
                    f"{broken[0].message})"
                )
            else:
                near = difflib.get_close_matches(c.ref.source, list(ctx.ws.sources), n=1)
                why = (
                    f"did you mean '{near[0]}/{c.ref.item}'?"
                    if near
                    else ("no source note has that id")
                )
            ctx.add(
                "BRF001",
                f"unknown source '{c.ref.source}' in reference '{c.ref}': {why}",
                c.pos,
                section=c.section,
                entry=c.index,
            )
        elif c.item is None:
            ids = [it.id for it in c.source.items()]
            near = difflib.get_close_matches(c.ref.item, ids, n=1, cutoff=0.6)
            hint = f"did you mean '{c.source.id}/{near[0]}'? " if near else ""
            ctx.add(
                "BRF001",
                f"source '{c.source.id}' has no item '{c.ref.item}': {hint}"
                f"its items are {', '.join(ids) or 'none'}",
                c.pos,
                section=c.section,
                entry=c.index,
                related=ctx.source_loc(c.source),
            )


def brf002_markings(ctx: Context) -> None:
    mine = ctx.brief.marking
    rank = m.marking_rank(mine)
    shown = mine or "unmarked (read as TLP:CLEAR)"
    for c in ctx.cited():
        if c.source is None or m.marking_rank(c.source.marking) <= rank:
            continue
        ctx.add(
            "BRF002",
            f"the brief is {shown} but cites {c.source.id} "
            f"({ctx.source_file(c.source)}), marked {c.source.marking}: mark the brief "
            f"{c.source.marking} or more restrictive, or drop this reference",
            c.pos,
            section=c.section,
            entry=c.index,
            related=ctx.source_loc(c.source, "marking"),
        )


def brf006_stale_figures(ctx: Context) -> None:
    ref_date, ref_name = ctx.reference_date()
    limit = ctx.ws.stale_days
    for c in ctx.cited():
        if c.source is None or not isinstance(c.item, m.Figure):
            continue
        if c.item.as_of:
            when, what, loc = c.item.as_of, "is as of", ctx.source_loc(c.source, "as_of", c.item)
        elif c.source.published:
            when, what = c.source.published, "has no as_of; its source was published"
            loc = ctx.source_loc(c.source, "published")
        else:
            continue
        d = parse_date(when, end=True)
        if d is None:
            continue
        age = (ref_date - d).days
        if age > limit:
            ctx.add(
                "BRF006",
                f"figure {c.ref} ({_q(c.item.subject or c.item.text)}) {what} "
                f"{when}, {age} days before {ref_name}; the workspace limit is {limit} "
                "days (stale_days): cite a newer figure, or keep this one with "
                "nocheck: [BRF006]",
                c.pos,
                section=c.section,
                entry=c.index,
                related=loc,
            )


def brf007_missing_attribution(ctx: Context) -> None:
    for c in ctx.cited():
        if c.source is None or c.item is None:
            continue
        if isinstance(c.item, m.Figure):
            missing = [k for k in ("as_of", "attribution") if not getattr(c.item, k)]
            if missing:
                ctx.add(
                    "BRF007",
                    f"figure {c.ref} ({_q(c.item.text)}) has no "
                    f"{' and no '.join(missing)}: add {' and '.join(missing)} in "
                    f"{ctx.source_file(c.source)}",
                    c.pos,
                    section=c.section,
                    entry=c.index,
                    related=ctx.source_loc(c.source, item=c.item),
                )
        elif isinstance(c.item, m.Quote) and not (c.item.speaker or "").strip():
            ctx.add(
                "BRF007",
                f"quote {c.ref} ({_q(c.item.text)}) has no speaker: add who "
                f"said it in {ctx.source_file(c.source)}",
                c.pos,
                section=c.section,
                entry=c.index,
                related=ctx.source_loc(c.source, item=c.item),
            )


# every quotation mark counts as one (nested quotes swap "…" and '…')
_QUOTE_STYLES = str.maketrans({c: '"' for c in "'“”„‟″«»‘’‚‛′‹›"})
_GAP = re.compile(r"\s*(?:\[(?:…|\.\.\.)\]|…|\.\.\.)\s*")  # an ellipsis: words left out
_INSERT = re.compile(r"\[[^\]]*\]")  # [editorial insertion]


def normalise_quote(text: str) -> str:
    """Whitespace runs folded to one space, every quotation mark made a straight '"'."""
    return " ".join(text.translate(_QUOTE_STYLES).split())


def quote_in_body(quote: str, body: str) -> bool:
    """Whether ``quote`` appears verbatim in ``body``, whitespace- and quote-style-blind.
    An ellipsis in the quote stands for left-out words, a [bracketed] insertion for a few
    replaced words; the first letter's case and the closing . , ; or : may differ (quotes
    start mid-sentence and end where the quoting sentence ends).
    The pieces between ellipses are found one after the other, so a long body and many
    ellipses cost linear time, never regex backtracking."""
    q = normalise_quote(quote).strip('" ').rstrip(".,;: ")  # "…spring," quoted as "…spring."
    hay = normalise_quote(body)
    if not q or q in hay:
        return True
    at = 0
    for i, piece in enumerate(p for p in _GAP.split(q) if p):
        chunks, last = [], 0
        for ins in _INSERT.finditer(piece):
            chunks.append(re.escape(piece[last : ins.start()]))
            chunks.append(rf"(?:{re.escape(ins.group())}|[^\n]{{0,80}}?)")
            last = ins.end()
        chunks.append(re.escape(piece[last:]))
        pattern = "".join(chunks)
        if i == 0 and piece[:1].isalpha() and pattern.startswith(piece[0]):
            pattern = f"[{piece[0].lower()}{piece[0].upper()}]" + pattern[1:]
        found = re.compile(pattern).search(hay, at)
        if found is None:
            return False
        at = found.end()
    return True


def _matching_prefix(quote: str, body: str) -> str:
    words = normalise_quote(quote).split()
    hay = normalise_quote(body)
    for k in range(len(words) - 1, 0, -1):
        if " ".join(words[:k]) in hay:
            return " ".join(words[:k])
    return ""


def brf008_quotes_verbatim(ctx: Context) -> None:
    for c in ctx.cited():
        if c.source is None or not isinstance(c.item, m.Quote) or not c.source.body:
            continue
        if quote_in_body(c.item.text, c.source.body):
            continue
        prefix = _matching_prefix(c.item.text, c.source.body)
        where = (
            f"the body matches up to {_q(prefix, 50)} and then differs"
            if len(prefix.split()) >= 3
            else "not even its opening words are there"
        )
        ctx.add(
            "BRF008",
            f"quote {c.ref} ({_q(c.item.text, 50)}) is not in the body of "
            f"{ctx.source_file(c.source)} word for word: {where}; correct the quote or "
            "the body",
            c.pos,
            section=c.section,
            entry=c.index,
            related=ctx.source_loc(c.source, "text", c.item),
        )


def _describe(c: Cited) -> str:
    fig = c.item
    assert isinstance(fig, m.Figure)
    head = " ".join(p for p in (fig.qualifier, m.format_number(fig.value), fig.unit) if p)
    whence = ", ".join(p for p in (fig.attribution, f"as of {fig.as_of}" if fig.as_of else "") if p)
    return f"{head} ({c.ref}{': ' + whence if whence else ''})"


def brf009_conflicting_figures(ctx: Context) -> None:
    groups: dict[tuple[str, str], list[Cited]] = {}
    for c in ctx.cited():
        if isinstance(c.item, m.Figure) and "BRF009" not in c.entry.nocheck:
            key = _subject_key(c.item)
            if key is not None:
                groups.setdefault(key, []).append(c)
    for cited in groups.values():
        first = cited[0]
        for c in cited[1:]:
            assert isinstance(c.item, m.Figure) and isinstance(first.item, m.Figure)
            if c.item.value == first.item.value:
                continue
            ctx.add(
                "BRF009",
                f"{_q(c.item.subject or '')} is {_describe(c)} here but "
                f"{_describe(first)} at line {ctx.line_of(first)}: say which holds, "
                "or explain the difference and add nocheck: [BRF009]",
                c.pos,
                section=c.section,
                entry=c.index,
                related=ctx.source_loc(c.source, "value", c.item) if c.source else None,
            )


RELIABILITY_WORDS = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
CREDIBILITY_WORDS = {
    1: "confirmed",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}


def brf010_weak_key_judgments(ctx: Context) -> None:
    for c in ctx.cited():
        if c.source is None or c.item is None or not is_key_heading(ctx.heading(c.section)):
            continue
        cred = c.item.credibility
        weak_source = c.source.grade in "EF"
        weak_item = cred in (5, 6)
        if not (weak_source or weak_item):
            continue
        why = []
        if weak_source:
            why.append(
                f"source {c.source.grade}: {RELIABILITY_WORDS[c.source.grade]}"
                + ("" if c.source.reliability else ", no reliability given")
            )
        if weak_item and cred is not None:
            why.append(f"information {cred}: {CREDIBILITY_WORDS[cred]}")
        related = (
            ctx.source_loc(c.source, "reliability")
            if weak_source
            else ctx.source_loc(c.source, "credibility", c.item)
        )
        ctx.add(
            "BRF010",
            f"{c.ref} is graded {m.admiralty(c.source, c.item)} "
            f"({'; '.join(why)}) and cited under '{ctx.heading(c.section)}': support the "
            "judgment with a better-graded source or move it to another section",
            c.pos,
            section=c.section,
            entry=c.index,
            related=related,
        )


def brf011_repeats(ctx: Context) -> None:
    seen: dict[str, Cited] = {}
    for c in ctx.cited():
        key = str(c.ref)
        if key in seen:
            first = seen[key]
            ctx.add(
                "BRF011",
                f"{key} is cited twice: already at line {ctx.line_of(first)} "
                f"(section '{ctx.heading(first.section)}'); remove one",
                c.pos,
                section=c.section,
                entry=c.index,
            )
        else:
            seen[key] = c


RULES = (
    brf001_unknown_refs,
    brf002_markings,
    brf006_stale_figures,
    brf007_missing_attribution,
    brf008_quotes_verbatim,
    brf009_conflicting_figures,
    brf010_weak_key_judgments,
    brf011_repeats,
)
