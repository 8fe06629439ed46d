"""One library item as a ready-to-paste Markdown citation (the TUI's ``y``).

Plain Python (no Textual). The wording and escaping are the Markdown export's: the item
goes through :mod:`briefer.document` (the same cleaning, figure amounts and quote
attributions) and every piece of note text through :func:`briefer.render.escape.md`, so
``*``, ``[`` or ``<`` in a note paste as literal characters.

```text
“In return, Russia is expanding …” — Xavier Brunson, Army Gen., commander of U.S. Forces
Korea (2026-11)

Source: “North Korea's military moves in Russia's war”, Sample Defense Review, Staff
writer, published 2026-11-20, <https://example.org/…>. Grade C (nk-artillery-2026/q1).
```
"""

from __future__ import annotations

from . import document as d
from . import model as m
from .render import escape as esc


def item_text(source: m.Source, item: m.Item) -> str:
    """The item itself: a take's text, a quote in quotation marks with its speaker, role and
    date, a figure's qualifier, value and unit with its subject, date and attribution."""
    cit = d.Citation(
        "", 1, f"{source.id}/{item.id}", m.admiralty(source, item), d.doc_source(source, 1)
    )
    block = d.cited_block(item, cit, "", "")
    if isinstance(block, d.Quote):
        return f"“{esc.md(block.text)}” — {esc.md(block.attribution)}"
    if isinstance(block, d.Figure):
        text = f"**{esc.md(block.amount)}**"
        if block.subject:
            text += f" — {esc.md(block.subject)}"
        return text + (f" ({esc.md(block.context)})" if block.context else "")
    return esc.md(block.text)


def source_line(source: m.Source, item: m.Item | None = None) -> str:
    """“Title”, publisher, author, published …, <url>. Grade B2 (source/item)."""
    s = d.doc_source(source, 1)
    parts = [f"“{esc.md(s.title)}”", *(esc.md(p) for p in d.source_details(s))]
    if s.link:
        parts.append(f"<{s.link}>")
    elif s.url:
        parts.append(esc.md(s.url))
    ref = f"{source.id}/{item.id}" if item is not None else source.id
    return f"Source: {', '.join(parts)}. Grade {m.admiralty(source, item)} ({esc.md(ref)})."


def citation(source: m.Source, item: m.Item | None = None) -> str:
    """The item (when given) and its source, as Markdown paragraphs ending in a newline."""
    blocks = [item_text(source, item)] if item is not None else []
    return "\n\n".join([*blocks, source_line(source, item)]) + "\n"
