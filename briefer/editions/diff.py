"""The semantic diff of two editions of a brief (two snapshots, or a snapshot and now).

Not a line diff: it reads both briefs as outlines and says what a reader would notice.

- Entries are matched by what they cite (``source/item``; the second citation of one item
  is a separate entry) and prose by its text (exact, else the most similar prose entry), so
  an entry that changed section is **moved**, never removed and added.
- Sections are matched by heading; a section whose heading changed but whose entries stayed
  is **renamed**.
- Wording changes (BLUF, prose, comments, a take's or quote's text) come word by word; an
  ICD 203 likelihood term that changed in them is reported on its own.
- A cited item whose note changed between the two moments is reported too: a figure's
  value, qualifier, unit, subject, ``as_of`` or attribution; a quote's speaker; the
  Admiralty grade; the marking of the source.

Changes are plain data (:class:`Change`), rendered as text, Markdown or JSON.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, TypedDict

from .. import model as m
from .match import Slot, match_entries, match_sections, slots
from .snapshot import Snapshot

# kind -> what it means (the JSON "kind"; also the order changes are listed in)
KINDS: dict[str, str] = {
    "title": "the brief's title changed",
    "subtitle": "the brief's subtitle changed",
    "author": "the brief's author changed",
    "date": "the brief's date changed",
    "marking": "a marking changed (the brief's, an entry's or a cited source's)",
    "bluf": "the BLUF's wording changed",
    "section-added": "a section was added",
    "section-removed": "a section was removed",
    "section-renamed": "a section's heading changed (its entries stayed)",
    "added": "an entry was added",
    "removed": "an entry was removed",
    "moved": "an entry moved to another section",
    "prose": "the wording of a prose entry changed",
    "comment": "the analyst's comment on a cited entry changed",
    "confidence": "the confidence of a judgment changed",
    "likelihood": "a likelihood changed (the entry's probability or an ICD 203 term)",
    "item-text": "the text of a cited take or quote changed in its note",
    "quote": "a cited quote's speaker, role or date changed in its note",
    "figure": "a cited figure changed in its note (value, as_of, …)",
    "grade": "the Admiralty grade of a cited item changed",
    "item-missing": "a cited item is no longer in its note",
}
LONG = 300
FIGURE_FIELDS = ("value", "qualifier", "unit", "subject", "as_of", "attribution")
QUOTE_FIELDS = ("speaker", "role", "date")
_TOKEN = re.compile(r"\s+|[^\s]+")


@dataclass(slots=True)
class Change:
    kind: str  # one of KINDS
    section: str = ""  # the section it is in (the old one when removed)
    ref: str = ""  # "source/item" for a cited entry, "" for prose and the brief
    label: str = ""  # the entry in one line (its text, shortened)
    text: str = ""  # the same, longer (up to LONG characters): for a reader
    old: str | None = None
    new: str | None = None
    to_section: str = ""  # moved: the section it is in now
    words: list[tuple[str, str]] = field(default_factory=list)  # ("=" | "-" | "+", text)
    fields: dict[str, list[Any]] = field(default_factory=dict)  # name -> [old, new]
    judgment: bool = False  # the BLUF, a judgment or an entry under Key judgments
    confidence: list[str | None] = field(default_factory=list)  # the entry's [old, new]
    portion: str = ""  # the more restrictive portion marking of the old and new text

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["words"] = [list(w) for w in self.words]
        return {k: v for k, v in data.items() if v not in ("", None, [], {})} | {
            "judgment": self.judgment
        }


@dataclass(slots=True)
class Diff:
    old: Snapshot
    new: Snapshot
    changes: list[Change]

    def judgments(self) -> list[Change]:
        return [c for c in self.changes if c.judgment]

    def to_json(self) -> dict[str, Any]:
        def side(s: Snapshot) -> dict[str, Any]:
            return {
                "name": s.name,
                "taken": s.taken or None,
                "note": s.note or None,
                "export": s.export,
                "path": str(s.path) if s.path else None,
            }

        return {
            "brief": self.new.brief_file or self.old.brief_file,
            "old": side(self.old),
            "new": side(self.new),
            "changes": [c.to_json() for c in self.changes],
        }


# ------------------------------------------------------------------ words


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Word-level differences: ("=", same), ("-", only in old), ("+", only in new)."""
    a, b = _TOKEN.findall(old or ""), _TOKEN.findall(new or "")
    out: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("=", "".join(a[i1:i2])))
        if op in ("delete", "replace"):
            out.append(("-", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            out.append(("+", "".join(b[j1:j2])))
    return out


def _terms(text: str | None) -> list[str]:
    """ICD 203 likelihood terms in ``text``, in order, lowercased."""
    if not text:
        return []
    from ..checks.lexicon import lexicon

    return [" ".join(mt.text.lower().split()) for mt in lexicon().icd_terms(text)]


def short(text: str, limit: int = 90) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


# ------------------------------------------------------------------ describing items


def figure_text(fig: m.Figure) -> str:
    """ "about 15,000 soldiers — North Korean soldiers sent to Russia (as of 2026-11)"."""
    from ..document import figure_amount

    text = figure_amount(fig)
    if fig.subject:
        text += f" — {fig.subject}"
    return text + (f" (as of {fig.as_of})" if fig.as_of else "")


def item_label(snap: Snapshot, ref: m.Ref | None, limit: int = 90) -> str:
    if ref is None:
        return ""
    found = snap.lookup(ref)
    if found is None:
        return ""
    item = found[1]
    return short(figure_text(item) if isinstance(item, m.Figure) else item.text, limit)


def _value(v: Any) -> Any:
    return m.format_number(v) if isinstance(v, int | float) and not isinstance(v, bool) else v


# ------------------------------------------------------------------ the diff


def _is_judgment(entry: m.Entry, *headings: str) -> bool:
    if entry.confidence or getattr(entry, "likelihood", None) is not None:
        return True
    return any("judgment" in h.casefold() or "judgement" in h.casefold() for h in headings)


def diff(old: Snapshot, new: Snapshot) -> Diff:
    """Everything that changed from ``old`` to ``new``, in reading order."""
    out: list[Change] = []
    ob, nb = old.brief, new.brief
    brief_portion = _max_marking(ob.marking, nb.marking)
    bluf_portion = _max_marking(
        getattr(ob, "bluf_marking", None) or ob.marking,
        getattr(nb, "bluf_marking", None) or nb.marking,
    )
    for name in ("title", "subtitle", "author", "date", "marking"):
        a, b = getattr(ob, name), getattr(nb, name)
        if a != b:
            out.append(
                Change(name, old=a, new=b, judgment=name == "marking", portion=brief_portion)
            )
    if (ob.bluf or "") != (nb.bluf or ""):
        out.append(
            Change(
                "bluf",
                label=short(nb.bluf or ob.bluf or ""),
                old=ob.bluf,
                new=nb.bluf,
                words=word_diff(ob.bluf or "", nb.bluf or ""),
                judgment=True,
                portion=bluf_portion,
            )
        )
        out += _term_change(
            ob.bluf,
            nb.bluf,
            Change("likelihood", label="BLUF", judgment=True, portion=bluf_portion),
        )

    old_slots, new_slots = slots(ob), slots(nb)
    pairs = match_entries(old_slots, new_slots)
    sections = match_sections(ob, nb, old_slots, new_slots, pairs)
    back = {t: s for s, t in sections.items()}
    for s, sec in enumerate(ob.sections):
        if s not in sections:
            out.append(Change("section-removed", section=sec.heading, label=sec.heading))
        elif nb.sections[sections[s]].heading != sec.heading:
            new_heading = nb.sections[sections[s]].heading
            out.append(
                Change(
                    "section-renamed",
                    section=new_heading,
                    label=new_heading,
                    old=sec.heading,
                    new=new_heading,
                )
            )
    for t, sec in enumerate(nb.sections):
        if t not in back:
            out.append(Change("section-added", section=sec.heading, label=sec.heading))

    matched_old = {i for i, _ in pairs}
    matched_new = {j for _, j in pairs}
    entry_changes: list[tuple[tuple[int, int], Change]] = []
    for i, j in pairs:
        a, b = old_slots[i], new_slots[j]
        old_heading = ob.sections[a.section].heading
        new_heading = nb.sections[b.section].heading
        for change in _entry_changes(old, new, a, b, old_heading, new_heading):
            moved_here = sections.get(a.section) == b.section
            if change.kind == "moved" and moved_here:
                continue
            entry_changes.append(((b.section, j), change))
    for i, sl in enumerate(old_slots):
        if i not in matched_old:
            heading = ob.sections[sl.section].heading
            where = sections.get(sl.section, -1)
            entry_changes.append(
                (
                    (where, -1),
                    Change(
                        "removed",
                        section=heading,
                        ref=str(sl.entry.ref or ""),
                        label=_label(old, sl.entry),
                        text=_label(old, sl.entry, LONG),
                        old=sl.entry.confidence,
                        judgment=_is_judgment(sl.entry, heading),
                        confidence=[sl.entry.confidence, None],
                        portion=_portion(old, sl.entry),
                    ),
                )
            )
    for j, sl in enumerate(new_slots):
        if j not in matched_new:
            heading = nb.sections[sl.section].heading
            entry_changes.append(
                (
                    (sl.section, j),
                    Change(
                        "added",
                        section=heading,
                        ref=str(sl.entry.ref or ""),
                        label=_label(new, sl.entry),
                        text=_label(new, sl.entry, LONG),
                        new=sl.entry.confidence,
                        judgment=_is_judgment(sl.entry, heading),
                        confidence=[None, sl.entry.confidence],
                        portion=_portion(new, sl.entry),
                    ),
                )
            )
    entry_changes.sort(key=lambda pc: pc[0])
    out += [c for _, c in entry_changes]
    out += _source_changes(old, new)
    return Diff(old, new, out)


def _max_marking(*marks: str | None) -> str:
    present = [mk for mk in marks if mk in m.MARKINGS]
    return max(present, key=m.marking_rank) if present else ""


def _portion(snap: Snapshot, entry: m.Entry) -> str:
    """The portion marking of an entry in ``snap``: a reference's own or its source's,
    whichever is more restrictive; prose: its own, else the brief's."""
    own = getattr(entry, "marking", None)
    if entry.ref is None:
        return own or snap.brief.marking or ""
    src = snap.sources.get(entry.ref.source)
    return _max_marking(own, src.marking if src else None)


def _label(snap: Snapshot, entry: m.Entry, limit: int = 90) -> str:
    if entry.ref is None:
        return short(entry.text or "", limit)
    return item_label(snap, entry.ref, limit) or str(entry.ref)


def _term_change(old_text: str | None, new_text: str | None, base: Change) -> list[Change]:
    a, b = _terms(old_text), _terms(new_text)
    if a == b:
        return []
    gone = list((Counter(a) - Counter(b)).elements())
    came = list((Counter(b) - Counter(a)).elements())
    if not gone and not came:  # the same terms in another order
        return []
    base.old, base.new = ", ".join(gone) or None, ", ".join(came) or None
    base.fields = {"terms": [a, b]}
    return [base]


class _EntryBase(TypedDict):
    """What every Change of one entry says about the entry (Change's fields of that name)."""

    section: str
    ref: str
    label: str
    text: str
    judgment: bool
    confidence: list[str | None]
    portion: str


def _entry_changes(
    old: Snapshot, new: Snapshot, a: Slot, b: Slot, old_heading: str, new_heading: str
) -> list[Change]:
    ea, eb = a.entry, b.entry
    judgment = _is_judgment(ea, old_heading) or _is_judgment(eb, new_heading)
    base: _EntryBase = {
        "section": new_heading,
        "ref": str(eb.ref or ""),
        "label": _label(new, eb),
        "text": _label(new, eb, LONG),
        "judgment": judgment,
        "confidence": [ea.confidence, eb.confidence],
        "portion": _max_marking(_portion(old, ea), _portion(new, eb)),
    }
    out: list[Change] = []
    if a.section != b.section or old_heading != new_heading:
        was: _EntryBase = {**base, "section": old_heading}
        out.append(Change("moved", old=old_heading, new=new_heading, to_section=new_heading, **was))
    if eb.ref is None and (ea.text or "") != (eb.text or ""):
        out.append(
            Change(
                "prose",
                old=ea.text,
                new=eb.text,
                words=word_diff(ea.text or "", eb.text or ""),
                **base,
            )
        )
        out += _term_change(ea.text, eb.text, Change("likelihood", **base))
    if (ea.comment or "") != (eb.comment or ""):
        out.append(
            Change(
                "comment",
                old=ea.comment,
                new=eb.comment,
                words=word_diff(ea.comment or "", eb.comment or ""),
                **base,
            )
        )
        out += _term_change(ea.comment, eb.comment, Change("likelihood", **base))
    if ea.confidence != eb.confidence:
        out.append(Change("confidence", old=ea.confidence, new=eb.confidence, **base))
    la, lb = getattr(ea, "likelihood", None), getattr(eb, "likelihood", None)
    if la != lb:
        out.append(
            Change(
                "likelihood",
                old=None if la is None else f"{la:g}",
                new=None if lb is None else f"{lb:g}",
                fields={"likelihood": [la, lb]},
                **base,
            )
        )
    ma, mb = getattr(ea, "marking", None), getattr(eb, "marking", None)
    if ma != mb:
        out.append(Change("marking", old=ma, new=mb, fields={"entry": [ma, mb]}, **base))
    if eb.ref is not None:
        out += _item_changes(old, new, eb.ref, base)
    return out


def _item_changes(old: Snapshot, new: Snapshot, ref: m.Ref, base: _EntryBase) -> list[Change]:
    fa, fb = old.lookup(ref), new.lookup(ref)
    if fa is None or fb is None:
        if fa is not None and fb is None:
            return [Change("item-missing", old=item_label(old, ref), **base)]
        return []
    (sa, ia), (sb, ib) = fa, fb
    out: list[Change] = []
    if isinstance(ia, m.Figure) and isinstance(ib, m.Figure):
        changed = {
            f: [_value(getattr(ia, f)), _value(getattr(ib, f))]
            for f in FIGURE_FIELDS
            if getattr(ia, f) != getattr(ib, f)
        }
        if changed:
            out.append(
                Change("figure", old=figure_text(ia), new=figure_text(ib), fields=changed, **base)
            )
    elif type(ia) is not type(ib):
        out.append(Change("item-text", old=ia.text, new=ib.text, **base))
    else:
        if ia.text != ib.text:
            out.append(
                Change(
                    "item-text", old=ia.text, new=ib.text, words=word_diff(ia.text, ib.text), **base
                )
            )
        if isinstance(ia, m.Quote) and isinstance(ib, m.Quote):
            changed = {
                f: [getattr(ia, f), getattr(ib, f)]
                for f in QUOTE_FIELDS
                if getattr(ia, f) != getattr(ib, f)
            }
            if changed:
                out.append(Change("quote", old=ia.speaker, new=ib.speaker, fields=changed, **base))
    ga, gb = m.admiralty(sa, ia), m.admiralty(sb, ib)
    if ga != gb:
        out.append(Change("grade", old=ga, new=gb, **base))
    return out


def _source_changes(old: Snapshot, new: Snapshot) -> list[Change]:
    """A cited source whose marking changed (once per source, not per item)."""
    out = []
    for sid, sb in new.sources.items():
        sa = old.sources.get(sid)
        if sa is not None and sa.marking != sb.marking:
            out.append(
                Change(
                    "marking",
                    ref=sid,
                    label=short(sb.title),
                    old=sa.marking,
                    new=sb.marking,
                    fields={"source": [sa.marking, sb.marking]},
                    judgment=True,
                    portion=_max_marking(sa.marking, sb.marking),
                )
            )
    return out
