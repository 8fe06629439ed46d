"""Releasing a brief to a less cleared audience: a resolved Document → a Document that holds
only the portions that audience may read (a "tearline" export).

Portions and their markings (set by :func:`briefer.document.resolve`):

- a reference entry (the item, its comment and confidence): its ``marking:``, else its
  source's; never below its source's;
- a prose entry: its ``marking:``, else the brief's;
- the BLUF: the brief's ``bluf_marking:``, else the brief's marking;
- an unmarked portion counts as TLP:CLEAR. Headings and the title block are not portions:
  a section is printed when at least one of its portions is.

For an audience at level L, every portion marked above L is left out. Then every remaining
portion whose text cites a left-out item, or an item or source marked above L
(``[[SOURCE/ITEM]]``, ``SOURCE/ITEM`` or ``@SOURCE``, see :mod:`.mentions`), is left out
too — prose that talks about what was taken out is never silently kept; for a kept item
only its comment goes. Footnotes and the Sources list are renumbered from what is left,
the banner is recomputed from it, and every omission is returned with its place in the
brief, so the caller can report it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .. import document as d
from .. import model as m
from .mentions import mentions


class AudienceError(ValueError):
    """An audience that is not a TLP level."""


def level(text: str) -> str:
    """``TLP:GREEN``, ``tlp:green``, ``GREEN`` or ``green`` → ``TLP:GREEN``."""
    raw = text.strip().upper().replace(" ", "")
    name = raw if raw.startswith("TLP:") else f"TLP:{raw}"
    if name not in m.MARKINGS:
        raise AudienceError(f"unknown audience {text!r}: choose one of {', '.join(m.MARKINGS)}")
    return name


@dataclass(frozen=True, slots=True)
class Omission:
    """One portion left out of an export."""

    line: int  # place in the brief file (0 when unknown)
    col: int
    what: str  # "take nk-artillery-2026/t1", "prose", "the BLUF", "comment on …"
    section: str  # the section's heading, "" for the BLUF
    reason: str  # "marked TLP:AMBER", "cites nk-tech-return-2026/f1 (TLP:AMBER)"

    def describe(self) -> str:
        where = f" in '{self.section}'" if self.section else ""
        return f"left out {self.what}{where}: {self.reason}"


def _rank(marking: str) -> int:
    return m.marking_rank(marking or None)


def for_audience(doc: d.Document, audience: str) -> tuple[d.Document, list[Omission]]:
    """The part of ``doc`` an ``audience`` (a TLP level) may read, and what was left out."""
    limit = _rank(level(audience))
    out: list[Omission] = []
    dropped: set[str] = set()  # "source/item" of cited blocks left out

    # 1. portions marked above the audience
    kept_sections: list[tuple[d.DocSection, list[d.Block]]] = []
    for sec in doc.sections:
        kept: list[d.Block] = []
        for block in sec.blocks:
            if _rank(block.marking) > limit:
                if not isinstance(block, d.Prose):
                    dropped.add(block.citation.ref)
                out.append(_omission(block, sec.heading, f"marked {block.marking}"))
            else:
                kept.append(block)
        kept_sections.append((sec, kept))
    bluf = doc.bluf
    if bluf.strip() and _rank(doc.bluf_marking) > limit:
        out.append(Omission(*doc.bluf_at, "the BLUF", "", f"marked {doc.bluf_marking}"))
        bluf = ""

    # 2. text that cites what the audience may not read
    def too_high(text: str) -> str | None:
        for mt in mentions(text):
            if mt.key in dropped:
                return f"cites {mt.key}, which is left out"
            marking = doc.mentioned.get(mt.key)
            if marking is not None and _rank(marking) > limit:
                return f"cites {mt.key} ({marking})"
        return None

    if bluf.strip() and (why := too_high(bluf)):
        out.append(Omission(*doc.bluf_at, "the BLUF", "", why))
        bluf = ""
    sections: list[d.DocSection] = []
    for sec, kept in kept_sections:
        blocks: list[d.Block] = []
        for block in kept:
            if isinstance(block, d.Prose):
                if why := too_high(block.text):
                    out.append(_omission(block, sec.heading, why))
                    continue
            elif block.comment and (why := too_high(block.comment)):
                out.append(
                    Omission(*block.at, f"the comment on {block.citation.ref}", sec.heading, why)
                )
                block = replace(block, comment="")
            blocks.append(block)
        if blocks or not sec.blocks:
            sections.append(replace(sec, blocks=blocks))
    out.sort(key=lambda o: (o.line, o.col))

    # 3. renumber footnotes and sources; recompute the banner
    sections, citations, sources = _renumber(sections)
    marks = [b.marking for s in sections for b in s.blocks]
    marks += [doc.bluf_marking] if bluf.strip() else []
    known = [mk for mk in marks if mk]
    if limit >= _rank(doc.marking):  # the brief's own banner stands, raised if need be
        banner = max([doc.marking, *known], key=_rank) if (known or doc.marking) else ""
    else:  # from what is left
        banner = max(known or ["TLP:CLEAR"], key=_rank)
    return (
        replace(
            doc,
            marking=banner,
            bluf=bluf,
            sections=sections,
            citations=citations,
            sources=sources,
            audience=level(audience),
        ),
        out,
    )


def _omission(block: d.Block, heading: str, reason: str) -> Omission:
    what = "prose" if isinstance(block, d.Prose) else f"{block.kind} {block.citation.ref}"
    return Omission(*block.at, what, heading, reason)


def _renumber(
    sections: list[d.DocSection],
) -> tuple[list[d.DocSection], list[d.Citation], list[d.DocSource]]:
    """Fresh citations (1, 2, …) and sources (numbered by first citation) for what is
    left; footnote labels are kept (they are unique already)."""
    citations: list[d.Citation] = []
    sources: dict[str, d.DocSource] = {}
    out = []
    for sec in sections:
        blocks: list[d.Block] = []
        for block in sec.blocks:
            if isinstance(block, d.Prose):
                blocks.append(block)
                continue
            old = block.citation
            src = sources.get(old.source.id)
            if src is None:
                src = replace(old.source, number=len(sources) + 1, cited=[])
                sources[src.id] = src
            src.cited.append((old.ref.split("/", 1)[1], old.grade))
            cit = replace(old, number=len(citations) + 1, source=src)
            citations.append(cit)
            blocks.append(replace(block, citation=cit))
        out.append(replace(sec, blocks=blocks))
    return out, citations, list(sources.values())


def report(audience: str, left_out: list[Omission], brief_path: str) -> list[str]:
    """What an audience export left out, for a person (stderr, the export dialog): a count,
    then one ``path:line:col: left out …`` line per omission."""
    who = f"for {level(audience)} readers"
    if not left_out:
        return [f"{who}: nothing left out"]
    n = len(left_out)
    lines = [f"{who}: left out {n} portion{'s' if n != 1 else ''}"]
    lines += [
        f"{brief_path}:{o.line}:{o.col}: {o.describe()}"
        if o.line
        else f"{brief_path}: {o.describe()}"  # made by briefer (e.g. "Changes since …")
        for o in left_out
    ]
    return lines
