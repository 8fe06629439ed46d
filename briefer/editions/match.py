"""Matching two editions of an outline: which entry of one is which entry of the other,
and which section is which, so the diff can tell a move from a delete and an add.

- References are matched by what they cite (``source/item``); the second citation of one
  item is a separate entry (``source/item#2``).
- Prose is matched by its text: the same text first, then the most similar remaining
  prose (at least half its words in common), so reworded prose is one entry.
- Sections are matched by heading, then (a rename) by the entries they share, then, for
  empty sections, by a similar heading.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from .. import model as m


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


@dataclass(slots=True)
class Slot:
    section: int
    entry: m.Entry
    key: str  # "src/item#n" for references, "" for prose


def slots(brief: m.Brief) -> list[Slot]:
    seen: dict[str, int] = {}
    out = []
    for s, sec in enumerate(brief.sections):
        for entry in sec.entries:
            key = ""
            if entry.ref is not None:
                ref = str(entry.ref)
                seen[ref] = seen.get(ref, 0) + 1
                key = f"{ref}#{seen[ref]}"
            out.append(Slot(s, entry, key))
    return out


def match_entries(old: list[Slot], new: list[Slot]) -> list[tuple[int, int]]:
    """Pairs (old index, new index): references by what they cite, prose by its text."""
    pairs: list[tuple[int, int]] = []
    by_key = {sl.key: j for j, sl in enumerate(new) if sl.key}
    for i, sl in enumerate(old):
        if sl.key and sl.key in by_key:
            pairs.append((i, by_key[sl.key]))
    old_prose = [i for i, sl in enumerate(old) if not sl.key]
    new_prose = [j for j, sl in enumerate(new) if not sl.key]
    free = list(new_prose)
    rest = []
    for i in old_prose:  # the same text: the same entry
        text = old[i].entry.text or ""
        hit = next((j for j in free if (new[j].entry.text or "") == text), None)
        if hit is None:
            rest.append(i)
        else:
            free.remove(hit)
            pairs.append((i, hit))
    scored = sorted(
        (
            (similarity(old[i].entry.text or "", new[j].entry.text or ""), i, j)
            for i in rest
            for j in free
        ),
        reverse=True,
    )
    used_old: set[int] = set()
    used_new: set[int] = set()
    for score, i, j in scored:  # reworded prose: the most similar, if similar enough
        if score < 0.5:
            break
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def match_sections(
    old: m.Brief, new: m.Brief, old_slots: list[Slot], new_slots: list[Slot], pairs: list[Any]
) -> dict[int, int]:
    """old section index -> new section index: by heading, else (a rename) by the entries
    they share, else by position among the unmatched ones when both are empty."""
    mapping: dict[int, int] = {}
    taken: set[int] = set()
    for s, sec in enumerate(old.sections):
        for t, other in enumerate(new.sections):
            if t not in taken and other.heading == sec.heading:
                mapping[s] = t
                taken.add(t)
                break
    shared: dict[tuple[int, int], int] = {}
    for i, j in pairs:
        s, t = old_slots[i].section, new_slots[j].section
        if s not in mapping and t not in taken:
            shared[(s, t)] = shared.get((s, t), 0) + 1
    for (s, t), _ in sorted(shared.items(), key=lambda kv: -kv[1]):
        if s not in mapping and t not in taken:
            mapping[s] = t
            taken.add(t)
    empty_old = [s for s, sec in enumerate(old.sections) if s not in mapping and not sec.entries]
    empty_new = [t for t, sec in enumerate(new.sections) if t not in taken and not sec.entries]
    for s, t in zip(empty_old, empty_new, strict=False):
        if similarity(old.sections[s].heading, new.sections[t].heading) >= 0.5:
            mapping[s] = t
            taken.add(t)
    return mapping
