"""Markdown export: CommonMark plus footnotes, readable by Pandoc.

Layout: a Pandoc YAML metadata block, the marking line, the BLUF, one ``##`` section per
brief section (takes and figures as bullets, quotes as block quotes with an attribution
line, prose as the analyst wrote it), each cited item with a footnote, then "Sources" and
the marking line again. Footnote definitions follow the section that uses them.

Item text is literal: see :func:`briefer.render.escape.md`. Prose is the analyst's
Markdown: see :mod:`briefer.render.prose`.
"""

from __future__ import annotations

import json

from .. import document as d
from . import escape as esc
from . import prose

BLUF_HEADING = "Bottom line up front"
COMMENT_LABEL = "Analyst comment:"


def _yaml_str(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    out = json.dumps(text, ensure_ascii=False)
    return out.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")


def metadata(doc: d.Document) -> str:
    # Pandoc reads metadata strings as Markdown, so they are escaped like body text.
    fields = [
        ("title", doc.title),
        ("subtitle", doc.subtitle),
        ("author", doc.author),
        ("date", doc.date),
        ("marking", doc.marking),
        ("lang", doc.language),  # Pandoc's variable: <html lang>, hyphenation, quotes
    ]
    lines = ["---"]
    lines += [f"{key}: {_yaml_str(esc.md(value))}" for key, value in fields if value]
    if doc.citation_style == "pandoc" and doc.sources:
        from .csl import bibliography_name

        lines.append(f"bibliography: {_yaml_str(bibliography_name(doc))}")
        lines.append("link-citations: true")
    lines.append("---")
    return "\n".join(lines)


def _ref(cit: d.Citation, pandoc: bool = False) -> str:
    """The citation mark: a footnote reference, or with ``pandoc`` a Pandoc citation of
    the source with the item's grade as its suffix (``[@src-id, grade C3]``), for
    ``pandoc --citeproc`` to format in the organisation's CSL style."""
    if not pandoc:
        return f"[^{cit.label}]"
    key = cit.source.id
    key = key if key[-1].isalnum() else "{" + key + "}"  # "a-" would lose its "-"
    return f" [@{key}, grade {cit.grade}]"


def _confidence(block: d.Cited) -> str:
    return f" *({block.confidence} confidence)*" if block.confidence else ""


def _comment(text: str, indent: str = "") -> list[str]:
    paras = esc.md_paragraphs(text)
    if not paras:
        return []
    paras[0] = f"*{COMMENT_LABEL}* {paras[0]}"
    return [indent + p for p in paras]


def _bullet(block: d.Take | d.Figure, pandoc: bool = False) -> list[str]:
    mark = f"{block.portion} " if block.portion else ""
    if isinstance(block, d.Take):
        head = mark + esc.md(block.text)
    else:
        head = f"{mark}**{esc.md(block.amount)}**"
        if block.subject:
            head += f" — {esc.md(block.subject)}"
        if block.context:
            head += f" ({esc.md(block.context)})"
    paras = [f"- {head}{_ref(block.citation, pandoc)}{_confidence(block)}"]
    return paras + _comment(block.comment, "  ")


def _quote(block: d.Quote, pandoc: bool = False) -> list[str]:
    lines: list[str] = [f"> {block.portion}", ">"] if block.portion else []
    for p in esc.md_paragraphs(block.text):
        lines += [f"> {p}", ">"]
    cite = _ref(block.citation, pandoc)
    lines.append(f"> — {esc.md(block.attribution)}{cite}{_confidence(block)}")
    out = ["\n".join(lines)]
    return out + _comment(block.comment)


def footnote(cit: d.Citation) -> str:
    title, rest = d.footnote_parts(cit)
    return f"[^{cit.label}]: “{esc.md(title)}”, {esc.md(rest)}"


def _section(sec: d.DocSection, pandoc: bool = False) -> list[str]:
    """Blocks of one section, as Markdown blocks (joined by blank lines)."""
    out = [f"## {esc.md(sec.heading) or 'Untitled section'}"]
    group: list[list[str]] = []

    def flush() -> None:
        if group:
            loose = any(len(item) > 1 for item in group)
            out.append(("\n\n" if loose else "\n").join("\n\n".join(i) for i in group))
            group.clear()

    for block in sec.blocks:
        if isinstance(block, d.Take | d.Figure):
            group.append(_bullet(block, pandoc))
            continue
        flush()
        if isinstance(block, d.Quote):
            out.extend(_quote(block, pandoc))
        elif block.text.strip():
            out.append(prose.to_markdown(block.text))
    flush()
    notes = [footnote(b.citation) for b in sec.blocks if not isinstance(b, d.Prose)]
    if notes and not pandoc:
        out.append("\n\n".join(notes))
    return out


def source_entry(s: d.DocSource) -> str:
    parts = [f"“{esc.md(s.title)}”."]
    details = esc.md("; ".join(d.source_details(s)))
    if details:
        parts.append(f"{details}.")
    if s.link:
        parts.append(f"<{s.link}>.")
    elif s.url:
        parts.append(f"{esc.md(s.url)}.")
    parts.append(esc.md(d.grades_line(s)))
    return f"{s.number}. " + " ".join(parts)


def render(doc: d.Document) -> str:
    blocks = [metadata(doc)]
    marking = f"**{esc.md(doc.marking)}**" if doc.marking else ""
    if marking:
        blocks.append(marking)
    if doc.bluf.strip():
        blocks += [f"## {BLUF_HEADING}", prose.to_markdown(doc.bluf)]
    pandoc = doc.citation_style == "pandoc"
    for sec in doc.sections:
        blocks.extend(_section(sec, pandoc))
    if doc.sources and pandoc:  # citeproc puts the bibliography in the refs div
        blocks.append("## Sources")
        blocks.append("::: {#refs}\n:::")
        blocks.append("Admiralty grades:")
        grades = (f"- {esc.md(s.title)}: {esc.md(d.grades_line(s))}" for s in doc.sources)
        blocks.append("\n".join(grades))
    elif doc.sources:
        blocks.append("## Sources")
        blocks.append("\n".join(source_entry(s) for s in doc.sources))
    if marking:
        blocks.append(marking)
    return "\n\n".join(b for b in blocks if b) + "\n"
