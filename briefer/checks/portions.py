"""Rules about portion markings (BRF013, BRF019): the banner is at least every portion,
and no portion is marked below what it cites."""

from __future__ import annotations

from .. import model as m
from ..document import ref_marking
from ..tradecraft.mentions import mentions
from .context import Context


def _shown(marking: str | None) -> str:
    return marking or "unmarked (read as TLP:CLEAR)"


def brf013_banner_below_portion(ctx: Context) -> None:
    """A portion marked (with ``marking:`` or ``bluf_marking:``) above the brief's banner.
    A source marked above the banner is BRF002's."""
    b = ctx.brief
    banner = m.marking_rank(b.marking)
    if b.bluf_marking and m.marking_rank(b.bluf_marking) > banner:
        ctx.add(
            "BRF013",
            f"the BLUF is marked {b.bluf_marking} but the brief only {_shown(b.marking)}: "
            f"mark the brief {b.bluf_marking} or more restrictive",
            b.pos.get("bluf_marking", (1, 1)),
        )
    for si, ei, e in ctx.entries():
        if e.marking and m.marking_rank(e.marking) > banner:
            ctx.add(
                "BRF013",
                f"this entry is marked {e.marking} but the brief only {_shown(b.marking)}: "
                f"mark the brief {e.marking} or more restrictive, or the entry lower",
                e.pos.get("marking", e.pos.get("", (1, 1))),
                section=si,
                entry=ei,
            )


def brf019_portion_below_what_it_cites(ctx: Context) -> None:
    """A reference entry marked below its source, or text (BLUF, prose, comment) that cites
    an item or source marked above the text's own portion."""
    b = ctx.brief
    effective: dict[str, str] = {}  # "src/item" → the marking its entry gives it
    for c in ctx.cited():
        if c.source is None:
            continue
        if c.entry.marking and m.marking_rank(c.entry.marking) < m.marking_rank(c.source.marking):
            ctx.add(
                "BRF019",
                f"this entry is marked {c.entry.marking} but its source {c.source.id} is "
                f"{c.source.marking}: an entry can raise its item's marking, never lower it "
                "(exports use the source's)",
                c.entry.pos.get("marking", c.pos),
                section=c.section,
                entry=c.index,
                related=ctx.source_loc(c.source, "marking"),
            )
        mark = ref_marking(c.entry, c.source)
        key = str(c.ref)
        if m.marking_rank(mark) > m.marking_rank(effective.get(key)):
            effective[key] = mark
    for t in ctx.texts():
        if t.field == "bluf":
            own = b.bluf_marking or b.marking
        elif (
            t.entry is not None and t.entry.ref is not None and t.entry.ref.source in ctx.ws.sources
        ):
            own = ref_marking(t.entry, ctx.ws.sources[t.entry.ref.source])
        else:
            own = (t.entry.marking if t.entry else None) or b.marking
        for mt in mentions(t.value):
            src = ctx.ws.sources.get(mt.source)
            if src is None or (mt.item is not None and src.item(mt.item) is None):
                continue
            cited = max(
                [src.marking or "", effective.get(mt.key, "")],
                key=lambda x: m.marking_rank(x or None),
            )
            if m.marking_rank(cited or None) > m.marking_rank(own):
                where = {"bluf": "the BLUF", "text": "this prose", "comment": "this comment"}[
                    t.field
                ]
                ctx.add(
                    "BRF019",
                    f"{where} is {_shown(own)} but cites {mt.key}, marked {cited}: mark it "
                    f"{cited} or drop the citation (an export for a less cleared audience "
                    "leaves it out)",
                    t.at(mt.start),
                    section=t.section,
                    entry=t.index,
                )


RULES = (brf013_banner_below_portion, brf019_portion_below_what_it_cites)
