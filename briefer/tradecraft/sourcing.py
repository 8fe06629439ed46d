"""ICD 206 sourcing: which key judgments rest on what, and the source summary statement.

The statement is a draft in the analyst's voice, made from the notes the brief cites: how
many sources, by type and by grade; the oldest and the newest; the key judgments that rest
on a single source; the figure subjects on which sources agree or disagree (BRF009's
grouping). ``briefer sourcing BRIEF`` prints it; ``--insert`` (and the TUI) adds it to the
brief as a prose entry under "Sourcing", to be edited like any prose.

Key judgments: every prose entry in a section headed "Key judgments" (or "Key findings",
"Bottom line"…: :func:`is_key_heading`, which BRF010 uses too) is a judgment. It rests
on the references just before it (back to the previous prose entry) — or, when none
precede it, on those just after it — and on any item or source its text cites by id.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass, field

from .. import document as d
from .. import model as m
from ..outline import Cursor, EntryCursor, Outline, OutlineError
from ..workspace import Workspace
from .mentions import mentions

KEY_HEADINGS = frozenset(
    {
        "key judgments",
        "key judgements",
        "key findings",
        "bluf",
        "bottom line",
        "bottom line up front",
    }
)


def is_key_heading(heading: str) -> bool:
    return " ".join(heading.casefold().strip().rstrip(":").split()) in KEY_HEADINGS


@dataclass(slots=True)
class Judgment:
    index: int  # of the prose entry (or block) in its section
    text: str
    sources: list[str] = field(default_factory=list)  # distinct source ids, in order


def judgments(entries: list[tuple[str | None, str]], known: set[str]) -> list[Judgment]:
    """The judgments of one key-judgments section. ``entries``: (source id, "") for a
    reference, (None, text) for prose; ``known``: the source ids that exist, for the ones
    prose cites by id."""
    out = []
    prose = [i for i, (src, _) in enumerate(entries) if src is None]
    for n, i in enumerate(prose):
        start = prose[n - 1] + 1 if n else 0
        before = [src for src, _ in entries[start:i] if src is not None]
        if not before:
            end = prose[n + 1] if n + 1 < len(prose) else len(entries)
            before = [src for src, _ in entries[i + 1 : end] if src is not None]
        text = entries[i][1]
        cited = before + [mt.source for mt in mentions(text) if mt.source in known]
        out.append(Judgment(i, text, list(dict.fromkeys(cited))))
    return out


def brief_judgments(ws: Workspace, brief: m.Brief) -> list[tuple[int, Judgment]]:
    """(section index, judgment) for every key judgment of ``brief``."""
    known = set(ws.sources)
    out = []
    for si, sec in enumerate(brief.sections):
        if not is_key_heading(sec.heading):
            continue
        entries = [(e.ref.source if e.ref else None, e.text or "") for e in sec.entries]
        out += [(si, j) for j in judgments(entries, known)]
    return out


# ------------------------------------------------------------- the statement


@dataclass(slots=True)
class Summary:
    """The counts behind the statement (tested against the brief)."""

    sources: int = 0
    items: int = 0
    by_type: Counter[str] = field(default_factory=Counter)  # "" = type not stated
    by_kind: Counter[str] = field(default_factory=Counter)  # article, report… ("" = none)
    by_grade: Counter[str] = field(default_factory=Counter)  # "ungraded" for no reliability
    oldest: tuple[str, str] | None = None  # (published, title)
    newest: tuple[str, str] | None = None
    undated: int = 0
    judgments: int = 0  # prose entries under Key judgments
    single_source: list[tuple[str, str]] = field(default_factory=list)  # (judgment, title)
    agree: list[tuple[str, list[str]]] = field(default_factory=list)  # (subject, titles)
    conflict: list[tuple[str, list[str]]] = field(default_factory=list)  # (subject, "x: v")


def summarize(ws: Workspace, doc: d.Document) -> Summary:
    """The counts for a resolved (possibly audience-cut) document."""
    s = Summary(sources=len(doc.sources), items=len(doc.citations))
    for src in doc.sources:
        s.by_type[src.source_type] += 1
        s.by_kind[src.kind] += 1
        s.by_grade[src.grade if src.graded else "ungraded"] += 1
    dated = sorted((src.published, src.title) for src in doc.sources if src.published)
    s.undated = len(doc.sources) - len(dated)
    if dated:
        s.oldest, s.newest = dated[0], dated[-1]
    titles = {src.id: src.title for src in doc.sources}
    known = set(ws.sources)
    for sec in doc.sections:
        if not is_key_heading(sec.heading):
            continue
        entries: list[tuple[str | None, str]] = [
            (None, b.text) if isinstance(b, d.Prose) else (b.citation.source.id, "")
            for b in sec.blocks
        ]
        for j in judgments(entries, known):
            s.judgments += 1
            if len(j.sources) == 1:
                title = titles.get(j.sources[0]) or _title(ws, j.sources[0])
                s.single_source.append((_gist(j.text), title))
    _figures(ws, doc, s)
    return s


def _title(ws: Workspace, source_id: str) -> str:
    src = ws.sources.get(source_id)
    return d.clean(src.title) if src else source_id


def _figures(ws: Workspace, doc: d.Document, s: Summary) -> None:
    """Figure subjects cited from more than one source: agreeing or conflicting."""
    groups: dict[tuple[str, str], list[tuple[str, m.Figure]]] = {}
    for block in doc.cited_blocks():
        if not isinstance(block, d.Figure):
            continue
        src_id, item_id = block.citation.ref.split("/", 1)
        src = ws.sources.get(src_id)
        fig = src.item(item_id) if src else None
        if isinstance(fig, m.Figure) and (key := subject_key(fig)) is not None:
            groups.setdefault(key, []).append((block.citation.source.title, fig))
    for figs in groups.values():
        titles = list(dict.fromkeys(t for t, _ in figs))
        if len(titles) < 2:
            continue
        subject = d.clean(figs[0][1].subject)
        if len({f.value for _, f in figs}) == 1:
            s.agree.append((subject, titles))
        else:
            values = [f"{t}: {d.figure_amount(f)}" for t, f in figs]
            s.conflict.append((subject, list(dict.fromkeys(values))))


def subject_key(fig: m.Figure) -> tuple[str, str] | None:
    """What a figure counts, normalised (BRF009's grouping)."""
    if not fig.subject or not fig.subject.strip():
        return None

    def norm(text: str | None) -> str:
        words = re.sub(r"[^\w\s]", " ", (text or "").casefold()).split()
        return " ".join(w for w in words if w not in ("the", "a", "an"))

    return norm(fig.subject), norm(fig.unit)


def _gist(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def statement(s: Summary) -> str:
    """The summary as paragraphs of plain text (no Markdown syntax), ready to edit."""
    if not s.sources:
        return "This brief cites no sources."
    types = [f"{n} {t}" for t, n in sorted(s.by_type.items(), key=lambda kv: (-kv[1], kv[0])) if t]
    if s.by_type.get(""):
        types.append(f"{s.by_type['']} of unstated type")
    kinds = [
        _count(n, k) for k, n in sorted(s.by_kind.items(), key=lambda kv: (-kv[1], kv[0])) if k
    ]
    grades = [f"{n} graded {g}" for g, n in sorted(s.by_grade.items()) if g != "ungraded"]
    if s.by_grade.get("ungraded"):
        grades.append(f"{s.by_grade['ungraded']} not graded")
    paras = [
        f"This brief rests on {_count(s.items, 'cited item')} from {_count(s.sources, 'source')}"
        f" ({_join(types)}{': ' + _join(kinds) if kinds else ''})."
        f" Source reliability: {_join(grades)}."
    ]
    if s.oldest and s.newest:
        dates = (
            f"The sources were published between {s.oldest[0]} (“{s.oldest[1]}”) and "
            f"{s.newest[0]} (“{s.newest[1]}”)"
            if s.oldest != s.newest
            else f"The source was published {s.oldest[0]}"
        )
        undated = f"; {_count(s.undated, 'source')} gives no date" if s.undated else ""
        paras.append(dates + undated + ".")
    elif s.undated:
        paras.append("No cited source gives its publication date.")
    if s.single_source:
        which = "; ".join(f"“{j}” rests on “{t}” alone" for j, t in s.single_source)
        paras.append(f"Key judgments resting on a single source: {which}.")
    elif s.judgments:
        paras.append("No key judgment rests on a single source.")
    for subject, titles in s.agree:
        paras.append(f"On {subject}, {_join([f'“{t}”' for t in titles])} agree.")
    for subject, values in s.conflict:
        paras.append(f"On {subject}, the sources differ: {'; '.join(values)}.")
    return "\n\n".join(paras)


SECTION = "Sourcing"  # the heading of the section that holds the inserted statement


class SectionExists(OutlineError):
    """The brief has a "Sourcing" section already (``line``: its heading's line)."""

    def __init__(self, line: int) -> None:
        super().__init__(
            f"the brief already has a '{SECTION}' section (line {line}): edit it, "
            "or remove it and insert again"
        )
        self.line = line


def insert_statement(outline: Outline, text: str) -> Cursor:
    """Append a "Sourcing" section holding ``text`` (the statement) as a prose entry, for
    ``briefer sourcing --insert`` and the TUI alike. Raises OutlineError (with the section's
    line) when the brief has one already: the analyst edits it, or removes it first."""
    for sec in outline.brief.sections:
        if sec.heading.strip().casefold() == SECTION.casefold():
            raise SectionExists(sec.pos.get("", (0, 0))[0])
    brief = copy.deepcopy(outline.brief)  # one undoable step: section and entry at once
    brief.sections.append(m.Section(SECTION, [m.Entry(text=text)]))
    outline.replace(brief, label=f"insert the '{SECTION}' statement")
    return EntryCursor(len(brief.sections) - 1, 0)
