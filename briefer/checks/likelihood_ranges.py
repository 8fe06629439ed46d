"""ICD 203 numbers (BRF014): a percentage written beside a likelihood term must fall in the
term's band ("likely (90 %)" does not), and an entry's ``likelihood:`` must fit the term its
text uses."""

from __future__ import annotations

# a module import: tradecraft.likelihood reads the lexicon from this package (no cycle)
from ..tradecraft import likelihood as lk
from .context import Context


def brf014_likelihood_numbers(ctx: Context) -> None:
    for t in ctx.texts():
        for c in lk.contradictions(t.value):
            word = " ".join(c.match.text.split())
            fits = ", ".join(f"'{b.term}' ({b.label})" for b in lk.bands_for(c.stated[0]))
            ctx.add(
                "BRF014",
                f"'{word}' means {c.band.label} but the text says {c.stated_text}: "
                + (f"use {fits}, or correct the number" if fits else "correct the number"),
                t.at(c.start),
                section=t.section,
                entry=t.index,
            )
    for si, ei, e in ctx.entries():
        if e.likelihood is None:
            continue
        percent = round(e.likelihood * 100, 6)
        found = [mt for text in (e.text, e.comment) if text for mt in lk.terms(text)]
        pos = e.pos.get("likelihood", e.pos.get("", (1, 1)))
        fits = " or ".join(f"'{b.term}' ({b.label})" for b in lk.bands_for(percent))
        if not found:
            ctx.add(
                "BRF014",
                f"likelihood {e.likelihood:g} ({percent:g} %) is stated but the entry uses no "
                f"ICD 203 term: say {fits or 'how likely in words'}",
                pos,
                section=si,
                entry=ei,
            )
            continue
        if any(percent in lk.band(mt) for mt in found):
            continue
        word = " ".join(found[0].text.split())
        ctx.add(
            "BRF014",
            f"likelihood {e.likelihood:g} ({percent:g} %) is outside '{word}' "
            f"({lk.band(found[0]).label}): use {fits or 'a term that fits'}, or correct the number",
            pos,
            section=si,
            entry=ei,
        )


RULES = (brf014_likelihood_numbers,)
