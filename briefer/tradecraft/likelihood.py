"""ICD 203 likelihood ranges: the band of each term, the export option that writes it beside
the word ("very likely (80-95 %)" at its first use), and the numbers that contradict it.

The bands come from ``briefer/data/icd203.yaml`` (the same lexicon as BRF003-BRF005):
almost no chance / remote 1-5 %, very unlikely / highly improbable 5-20 %, unlikely /
improbable 20-45 %, roughly even chance / roughly even odds 45-55 %, likely / probable
55-80 %, very likely / highly probable 80-95 %, almost certain / nearly certain 95-99 %.
Readers agree with the intended meaning about twice as often when the range is printed
beside the word (Wintle et al. 2019, PLOS ONE e0213522).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .. import document as d
from ..checks.lexicon import Match, Term, lexicon

# A number stated right after a term: "likely (90 %)", "unlikely, about 50 %",
# "very likely — 85-90 percent". Group 1 (and 2 for a range) are percentages.
_STATED = re.compile(
    r"\s*(?:\(|,|:|—|–|-{1,2})\s*"
    r"(?:about|around|roughly|approximately|some|an estimated|est\.|~|ca\.)?\s*"
    r"(\d{1,3}(?:\.\d+)?)(?:\s*(?:%|percent|per cent))?"
    r"(?:\s*(?:-|–|to)\s*(\d{1,3}(?:\.\d+)?))?\s*(?:%|percent|per cent)",
    re.IGNORECASE,
)
_ALREADY = re.compile(r"\s*\(\s*\d")  # "likely (60 %)": the analyst gave a number already


@dataclass(frozen=True, slots=True)
class Band:
    low: int
    high: int
    term: str  # the ICD 203 likelihood-column term of the row: "very likely"

    def __contains__(self, percent: float) -> bool:
        return self.low <= percent <= self.high

    @property
    def label(self) -> str:
        """ "80-95 %"."""
        return f"{self.low}-{self.high} %"


def band(match: Match) -> Band:
    """The band of an ICD 203 term found by the lexicon."""
    assert isinstance(match.what, Term)
    row = lexicon().rows[match.what.row]
    return Band(row.low, row.high, row.likelihood)


def bands_for(percent: float) -> list[Band]:
    """Every band that holds ``percent`` (two at a shared edge: 80 is likely and very
    likely)."""
    return [Band(r.low, r.high, r.likelihood) for r in lexicon().rows if r.low <= percent <= r.high]


_COMPARED = re.compile(r"(?:\b(?:more|most|less|least)|\bas)\s+$", re.IGNORECASE)


def terms(text: str) -> list[Match]:
    """ICD 203 terms in ``text`` (outside quotes and code, not in vague phrases), without
    comparisons ("more likely", "most likely", "as likely"), which name no band."""
    return [
        mt
        for mt in lexicon().icd_terms(text)
        if not _COMPARED.search(text[max(0, mt.start - 12) : mt.start])
    ]


@dataclass(frozen=True, slots=True)
class Contradiction:
    match: Match  # the term
    start: int  # where the number starts in the text
    stated: tuple[float, float]  # the percentage (or range) as written
    band: Band

    @property
    def stated_text(self) -> str:
        low, high = self.stated
        return f"{low:g} %" if low == high else f"{low:g}-{high:g} %"


def contradictions(text: str) -> list[Contradiction]:
    """Numbers written beside a term that fall outside its band: "likely (90 %)"."""
    out = []
    for mt in terms(text):
        stated = _STATED.match(text, mt.end)
        if not stated:
            continue
        low = float(stated.group(1))
        high = float(stated.group(2)) if stated.group(2) else low
        b = band(mt)
        if low not in b or high not in b:
            out.append(Contradiction(mt, stated.start(1), (low, high), b))
    return out


# ------------------------------------------------------------ the export option


class _FirstUse:
    """Adds the band after the first use of each term, across texts in reading order."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def __call__(self, text: str) -> str:
        if not text:
            return text
        pieces, last = [], 0
        for mt in terms(text):
            key = " ".join(mt.text.casefold().split())
            if key in self.seen:
                continue
            self.seen.add(key)
            if _ALREADY.match(text, mt.end) or _in_url(text, mt.start):
                continue
            pieces += [text[last : mt.end], f" ({band(mt).label})"]
            last = mt.end
        return "".join(pieces) + text[last:] if pieces else text


def _in_url(text: str, start: int) -> bool:
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    return "://" in text[left:start] or "](" in text[left:start]


def with_ranges(doc: d.Document) -> d.Document:
    """``doc`` with "(55-80 %)" after the first use of each ICD 203 term in the BLUF, prose
    and comments (in reading order), when ``doc.likelihood_ranges`` is on. Items are the
    sources' words and are never changed."""
    if not doc.likelihood_ranges:
        return doc
    add = _FirstUse()
    bluf = add(doc.bluf)
    sections = []
    for sec in doc.sections:
        blocks: list[d.Block] = []
        for block in sec.blocks:
            if isinstance(block, d.Prose):
                block = replace(block, text=add(block.text))
            elif block.comment:
                block = replace(block, comment=add(block.comment))
            blocks.append(block)
        sections.append(replace(sec, blocks=blocks))
    return replace(doc, bluf=bluf, sections=sections)
