"""Small text helpers for extraction: sentence ends, dates, bylines, names and roles.

All functions work on offsets into one string, so results can be mapped back into the
article's body exactly.
"""

from __future__ import annotations

import re

from ..walk import is_date

# upper-case letters, also accented, Cyrillic and Greek ("Óscar", "Élise")
UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯΑ-Ω"
# titles and name parts written short with a full stop before a name ("Gen.", "Msgr.",
# "St."): the one list that the sentence splitter, the name reader (subjects.TOKEN) and the
# attribution reader (attribution._ABBR_DOT) all take
NAME_ABBREVS = tuple(
    "Gen Lt Col Maj Adm Capt Sgt Cmdr Brig Cpl Pvt Dr Mr Mrs Ms Prof Sen Rep Gov Pres Rev St "
    "Ste Jr Sr Mt Ft Hon Amb Supt Insp Cdr Engr Rt Ald Smt Barr Alh Cllr Fr Msgr Revd Ven".split()
)
ABBREV = frozenset(a.lower() for a in NAME_ABBREVS) | frozenset(
    "no vs etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec "
    "fig approx est dept univ ave gov't".split()
)
# a stop, or a paragraph that ends on a comma or a word, cut off by a blank line
_END = re.compile(r"[.!?]+[\"”’)\]]*(?=\s|\Z)|(?<=[\w,])(?=[ \t]*\n[ \t]*\n)")
_NEXT_CHAR = re.compile(r"\s*(\S)")


def is_abbrev_period(text: str, dot: int) -> bool:
    """Whether the '.' at ``dot`` ends an abbreviation or initial rather than a sentence."""
    m = re.search(r"([A-Za-z.’']+)\Z", text[max(0, dot - 20) : dot])
    if not m:
        return False
    word = m.group(1)
    if re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word):  # U.S, e.g, a single initial
        return True
    return word.lower().strip(".") in ABBREV


def sentence_ends(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets just after each sentence end in text[start:end] (the last one is ``end``)."""
    end = len(text) if end is None else end
    out = []
    for m in _END.finditer(text, start, end):
        dot = m.start()
        if text[dot] == "." and m.end() - dot == 1 and is_abbrev_period(text, dot):
            continue  # "Gen. Xavier", "U.S. Forces"
        nxt = _NEXT_CHAR.match(text, m.end(), end)  # in place: a slice per stop is quadratic
        if nxt and nxt.group(1).islower():
            continue
        out.append(m.end())
    if not out or out[-1] != end:
        out.append(end)
    return out


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end], whitespace trimmed."""
    spans = []
    pos = start
    for stop in sentence_ends(text, start, end):
        s, e = pos, stop
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
        pos = stop
    return spans


# -------------------------------------------------------------------- dates

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ]
    )
    for name in names.split()
}
_MON = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89][0-9]{2}|2[01][0-9]{2})"
DATE_RE = re.compile(
    rf"(?P<iso>\b{_YEAR}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?\b)"
    rf"|\b(?P<m1>{_MON})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?\b"
    rf"|\b(?P<d2>{_DAY})\s+(?P<m2>{_MON})(?:,?\s+(?P<y2>{_YEAR}))?\b"
    rf"|\b(?P<m3>{_MON})\s+(?:of\s+)?(?P<y3>{_YEAR})\b"
    r"|\b(?P<slash>\d{1,2}/\d{1,2}/\d{2,4}|\d{4}/\d{1,2}/\d{1,2})\b"
)


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def iso_date(m: re.Match[str]) -> str | None:
    """ISO text (YYYY-MM-DD or YYYY-MM) for a DATE_RE match, None when it has no year or
    names no real day ("February 30": a note must load, and the schema refuses it)."""
    iso = _iso_text(m)
    return iso if iso is not None and is_date(iso) else None


def _iso_text(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g["iso"]:
        return g["iso"]
    for mon, day, year in (("m1", "d1", "y1"), ("m2", "d2", "y2")):
        if g[mon]:
            if not g[year]:
                return None
            day_digits = re.sub(r"[^0-9]", "", g[day])  # _DAY: digits, then st/nd/rd/th
            return f"{g[year]}-{_month(g[mon]):02d}-{int(day_digits):02d}"
    if g["m3"]:
        return f"{g['y3']}-{_month(g['m3']):02d}"
    return None


def find_dates(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, str | None]]:
    end = len(text) if end is None else end
    out = []
    for m in DATE_RE.finditer(text, start, end):
        if m.group("m1") and m.group("m1") == "may" and not m.group("y1"):
            continue  # "may 5" is usually the verb; "May 10" is a date
        out.append((m.start(), m.end(), iso_date(m)))
    return out


# ---------------------------------------------------------------- bylines

_PERSON = rf"[{UP}][\w’'.-]*(?:\s+(?:de|van|von|bin|al|da|del|le|la)?\s*[{UP}][\w’'.-]*){{0,3}}"
BYLINE = re.compile(
    rf"^\s*(?:By|BY|Written by|Author:)\s+(?P<names>{_PERSON}"
    rf"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_PERSON})*)",
    re.M,
)


def byline(text: str) -> str | None:
    """The author names of a "By NAME and NAME, Agency" line (the agency left out)."""
    m = BYLINE.match(text)
    if not m:
        return None
    names = m.group("names").strip().rstrip(",")
    parts = re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", names)
    while len(parts) > 1 and len(parts[-1].split()) == 1:
        names = names[: names.rfind(parts[-1])].rstrip(" ,&").removesuffix(" and")
        parts.pop()
    return names or None


# "Tarnby, May 3 (NPA) – ", "TARNBY, May 3 – ", "TARNBY: ", "VELL — ": where a wire story's
# paragraph starts, before its first words; a stored page's "date 2023-01-05 " may run in
_DATELINE = re.compile(
    r"(?:date\s+\d{4}-\d\d-\d\d\s+)?"
    rf"(?:[{UP}][\w.’'-]*(?:[ \t]+[{UP}][\w.’'-]*){{0,3}}"
    rf"(?:,[ \t]+[{UP}][a-z]{{2,8}}\.?[ \t]+\d{{1,2}}(?:[ \t]*\([^()\n]{{1,20}}\))?[ \t]*[–—-]"
    r"|[ \t]*\([^()\n]{1,20}\)[ \t]*[–—-]|:)"
    r"|[A-Z][A-Z .'’-]{1,40}[A-Z][ \t]+[—–-])[ \t]+"
)


def dateline_end(text: str, start: int, end: int) -> int:
    """Where a wire dateline opening text[start:end] ends, or ``start`` when there is none
    ("KARACHI: " is a dateline, "Reason: " a word of the text)."""
    m = _DATELINE.match(text, start, end)
    if m is None:
        return start
    head = m.group().rstrip()
    if head.endswith(":") and not re.sub(r"\Adate\s+[\d-]+\s+", "", head).isupper():
        return start
    return m.end()


# a preposition right before a run of capitalised words that puts a place or body first:
# "the governor of Tarnby Ivo Brezan", "Consul General to Dubai Ana Lind" (the run's first
# word is not the name's); never "according to Ana Lind"
PLACE_BEFORE = re.compile(r"(?:\b(?:of|in|at|from|for)|(?<!according)[ \t]to)[ \t]+\Z")
