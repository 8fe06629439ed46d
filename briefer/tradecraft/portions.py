"""Portion marks in exports (``portion_marks: true`` in the brief or ``briefer.yaml``):
"(TLP:AMBER)" before every portion — the BLUF, each prose entry and each cited item — so a
reader sees what each paragraph may be shared as. An unmarked portion reads (TLP:CLEAR)."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import document as d

# Prose that starts like an ordinary sentence takes the mark inline; anything else (a
# heading, a list, a quote, code) gets it as a paragraph of its own, so its Markdown
# keeps its meaning.
_SENTENCE_START = re.compile(r"[^\W\d_]|[\"'“‘(]")


def label(marking: str) -> str:
    """ "(TLP:AMBER)"; "(TLP:CLEAR)" for an unmarked portion."""
    return f"({marking or 'TLP:CLEAR'})"


def _prefixed(text: str, marking: str) -> str:
    if not text.strip():
        return text
    sep = " " if _SENTENCE_START.match(text) else "\n\n"
    return label(marking) + sep + text


def with_portion_marks(doc: d.Document) -> d.Document:
    """``doc`` with its portion marks in place, when ``doc.portion_marks`` is on: prose and
    the BLUF start with the mark; cited items carry it in ``portion`` for the renderers
    (it never enters an item's own text, which stays the source's words)."""
    if not doc.portion_marks:
        return doc
    sections = []
    for sec in doc.sections:
        blocks: list[d.Block] = []
        for block in sec.blocks:
            if isinstance(block, d.Prose):
                blocks.append(replace(block, text=_prefixed(block.text, block.marking)))
            else:
                blocks.append(replace(block, portion=label(block.marking)))
        sections.append(replace(sec, blocks=blocks))
    return replace(doc, bluf=_prefixed(doc.bluf, doc.bluf_marking), sections=sections)
