"""Repeats: the same quantity told more than once is one figure. ``figures`` reads every
mention of a number; the passes here keep the first ("412 cases" … "of the 412 cases",
"204 MPs" … "204 members", "4 killed" … "four people"), give it a date or source from the
later ones, and leave two counts of one size apart when they are two ("22 were rescued and
another 22 are trapped", "40 percent of the wheat, 40 percent of the barley"). A quick
take's figures count once, from the prose. The words the reading in ``figures`` shares
with these passes (qualifiers, small words, units, casualty words) live here too, so the
import runs one way: ``figures`` imports from here, never the reverse.
"""

from __future__ import annotations

import re

from ..model import Figure
from . import numbers as num
from .nlp import UP as _UP

_QUAL = {
    "approximately": "approximately",
    "an estimated": "approximately",
    "estimated": "approximately",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "some": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "more than": "more than",
    "over": "more than",
    "above": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "just over": "more than",
    "well over": "more than",
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "fewer than": "fewer than",
    "less than": "fewer than",
    "under": "fewer than",
    "below": "fewer than",
    "up to": "up to",
    "as many as": "up to",
    "as much as": "up to",
    "exactly": "exactly",
    "precisely": "exactly",
}

_STOP_WORDS = frozenset(
    """
of in to from for on at by with into since across per over under during between than as
among against within without through toward towards around near inside outside along amid
beyond despite via like throughout onto upon until till a an the each every them us him it
so far yet ago
is are was were be been being has have had will would could may might can should did do does
that who which and or but while after before because if when where this these those its
their his her our it they we he she there here not no also only just still now then already
""".split()
)

_PCT_UNITS = ("percent", "percentage points")

_UNIT_SYMBOL = re.compile(
    r"(?:[kMGT]W[hp]?|MWe|GWh|TWh|kWh|bpd|b/d|mb/d|MT|Mt|mt|t|km|sq|ha|kg|tCO2e?|MMBtu|bcm|tcf)"
)

_CASUALTY = re.compile(
    r"\s+(dead|killed|injured|wounded|hurt|missing|detained|arrested|displaced|evacuated|"
    r"affected|hospitali[sz]ed|rescued|infected|deaths?|fatalit(?:y|ies)|casualt(?:y|ies))\b"
    r"(?!\s+(?!(?:was|has|is|as|us|this|its)\b)[a-z]+s\b)",  # "1,000 evacuated residents"
    re.I,
)

_PASSIVE = re.compile(  # a participle after "were": "pulled", "taken", "held"
    r"\s+((?!(?:need|feed|seed|bred|shed|speed|used|supposed)\b)[a-z]{2,}ed|taken|held|seen|"
    r"found|shot|sent|given|left|brought|caught|stolen|hurt|struck|beaten|hit|born|flown)\b"
)

_MEASURE_UNITS = (
    r"km|kms|kilomet(?:re|er)s?|met(?:re|er)s?|m|mi|miles?|nautical\s+miles|ft|feet|foot|"
    r"inch(?:es)?|cm|mm|kg|kgs|kilo(?:gram)?s?|lbs?|pounds|tonnes?|tons?|kph|km/h|kmh|mph|"
    r"knots?|acres?|hectares?|ha|sq\.?\s*(?:km|mi|ft|m)|square\s+\w+|°\s?(?:Celsius|Fahrenheit|C|F)|"
    r"degrees(?:\s+(?:Celsius|Fahrenheit|C|F))?|litres?|liters?|gallons?|"
    r"bn|mn|billion|million|trillion|crores?|lakhs?|euros?|dollars?|yen|won|yuan|rupees?|shillings|"
    r"TL|lira|naira|rand|pesos"
)


_PART_OF = re.compile(
    r"\s+of\s+(?:them|whom|us|those|these|its|their|our|his|her|the(?!\s+\d))\b", re.I
)


_PART_SPAN = re.compile(  # the span of "two of her members" holds the whole phrase
    r"[^\W\d][\w-]*\s+of(?=\s+(?:them|whom|us|those|these|its|their|our|his|her|the)\b)", re.I
)
_PART_NOUN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?([a-z]{3,}s)\b")


def _drop_repeats(figures: list[Figure], body: str = "") -> list[Figure]:
    """The same value with the same unit again ("412 cases" … "of the 412 cases") is one
    figure, and so is a bare repeat of a value ("… two of them"); the first mention is kept
    and takes a date or source from the later ones. A bare first mention ("Of these 12, …")
    gives way to a later one with a unit ("12 cases"). With ``body``, a part of a group
    ("two of them") is a count of its own."""
    out: list[Figure] = []
    kept: dict[tuple[float, str], int] = {}  # (value, unit) → index in out
    with_unit: dict[float, int] = {}  # value → first figure of it with a unit
    bare: dict[float, int] = {}  # value → first figure of it without one

    def merge(into: Figure, f: Figure) -> None:
        into.as_of = into.as_of or f.as_of
        into.attribution = into.attribution or f.attribution

    for f in figures:
        v = float(f.value)
        if _more_of_them(body, f, out):
            out.append(f)  # "22 were rescued and another 22 are trapped": a second count
            continue
        part_of = (
            (_PART_OF.match(body, f.span[1]) or _PART_SPAN.match(body, f.span[0], f.span[1]))
            if not f.unit and f.span
            else None
        )
        if part_of:
            # "four bidders …, two of them foreign": a part of a group, its own count; only
            # another part of the same size ("Ten of the assailants" … "Ten of the
            # attackers") or the same noun ("10 soldiers" … "10 of our soldiers") repeats it
            noun = _PART_NOUN.match(body, part_of.end())
            part = (v, "\0part")
            same = kept.get((v, _unit_key(noun.group(1)))) if noun else None
            if same is not None:
                merge(out[same], f)
            elif part in kept:
                merge(out[kept[part]], f)
            else:
                kept[part] = len(out)
                out.append(f)
            continue
        if not f.unit:
            i = with_unit.get(v, bare.get(v))
            if i is not None and not (
                out[i].unit in _PCT_UNITS and f.qualifier and f.qualifier != out[i].qualifier
            ):  # "a 100% rise" … "numbering at least 100": a share, then a count
                merge(out[i], f)
                continue
            bare[v] = len(out)
            out.append(f)
            continue
        key = (v, _unit_key(f.unit))
        if key in kept and _sums_of_two_owners(body, out[kept[key]], f):
            out.append(f)  # "Tolo has allocated Sh75 million … Bura has allocated Sh75 million"
            continue
        if key in kept and _shares_of_two_things(body, out[kept[key]], f):
            out.append(f)  # "40 percent of the wheat, 40 percent of the barley"
            continue
        if key in kept:
            merge(out[kept[key]], f)
            continue
        if v in bare and v not in with_unit and out[bare[v]].qualifier == f.qualifier:
            i = bare.pop(v)
            merge(f, out[i])
            out[i] = f
        else:
            i = len(out)
            out.append(f)
        kept[key] = i
        with_unit.setdefault(v, i)
    return out


_ANOTHER = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+\Z", re.I)


def _more_of_them(body: str, f: Figure, earlier: list[Figure]) -> bool:
    """A number right after "another", "a further" or "an additional" in the sentence of an
    equal one before it: more of a thing, not the same quantity told again ("12 were freed
    and another 12 are held"); in a later sentence it may be ("an additional 3%" restating
    "3% more")."""
    if not (body and f.span and _ANOTHER.search(body, max(0, f.span[0] - 16), f.span[0])):
        return False
    return any(
        g.value == f.value
        and g.span
        and g.span[1] <= f.span[0]
        and not _SENTENCE_END.search(body, g.span[1], f.span[0])
        for g in earlier[-8:]
    )


# the owner of a sum: a name and a verb of giving or spending right before it ("Tolo County
# has allocated Sh75 million", "Bura put it at Sh60 million")
_OWNER_BEFORE = re.compile(
    rf"([{_UP}][\w’'-]+(?:\s+[{_UP}][\w’'-]+)*)\s+(?:(?:has|had|have|will|would)\s+)?"
    r"(?:allocated|budgeted|set\s+aside|earmarked|spent|spends|paid|pays|received|raised|"
    r"set\s+it\s+at|put\s+it\s+at|proposed|pledged|committed)\s+(?:about\s+|some\s+)?\Z"
)


def _sums_of_two_owners(body: str, a: Figure, b: Figure) -> bool:
    """The same sum given to two named owners is two sums, each its own figure."""
    money = a.unit and (
        not a.unit[:1].isalpha()
        or a.unit[:1].isupper()  # "Sh", "KSh", "R", "USD"
        or _unit_key(a.unit) in ("usd", "eur", "gbp", "inr", "ngn", "gh¢")
    )
    if not (a.span and b.span and money):
        return False
    oa = _OWNER_BEFORE.search(body, max(0, a.span[0] - 60), a.span[0])
    ob = _OWNER_BEFORE.search(body, max(0, b.span[0] - 60), b.span[0])
    if not (oa and ob):
        return False
    # "Tolo County" and "In May Tolo" share a word of a name: one owner ("Tolo County" and
    # "Bura County" share only a word of a kind)
    wa, wb = (set(o.group(1).split()) - _KIND_WORDS for o in (oa, ob))
    return bool(wa and wb and not wa & wb)


_KIND_WORDS = frozenset(
    "County State City Town Council Government Ministry Department Province District Region "
    "Municipality Company Group Bank Fund The In On At By For From After Last This".split()
)


_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?][\"”’']?\s|\n")


# what a share is of or on: "40 percent of the wheat", "a 25% tariff on steel", "20% on pork"
_SHARE_OF = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:of|on)\s+(?:the\s+|its\s+|their\s+|all\s+)?([\w’'.-]+)"
)


def _shares_of_two_things(body: str, a: Figure, b: Figure) -> bool:
    """Two equal shares of two things in one sentence are no repeat: "40 percent of the
    wheat, 40 percent of the barley", "a 25% levy on steel and 25% on rice" ("half
    percent, or half a per cent" is one)."""
    if not body or a.unit not in (*_PCT_UNITS, "share") or not a.span or not b.span:
        return False
    of_a, of_b = _SHARE_OF.match(body, a.span[1]), _SHARE_OF.match(body, b.span[1])
    return bool(
        of_a
        and of_b
        and of_a.group(1).lower() != of_b.group(1).lower()
        and not _SENTENCE_END.search(body, a.span[1], b.span[0])
    )  # one sentence ("U.S. steel" ends none)


_NOT_A_COUNT_UNIT = re.compile(
    rf"(?:{_MEASURE_UNITS}|{_UNIT_SYMBOL.pattern}|\w*watts?|\w*barrels?|percent|"
    r"percentage\s+points?|share|times|magnitude|"
    r"(?:second|minute|hour|day|week|month|year|decade)s?)\Z|.*[^\w\s-]",
    re.I,
)


def _count_unit(unit: str | None) -> bool:
    """A unit that names things counted ("members", "of 32 members"), not a measure, a
    currency, a share or a period."""
    word = (unit or "").split()[-1:] or [""]
    return (
        bool(word[0])
        and word[0][:1].isalpha()
        and not _NOT_A_COUNT_UNIT.match(word[0])
        and not _LETTER_MONEY.fullmatch(word[0])
    )


# a currency written in letters before the number ("Sh75 million", "R500", "USD 2 million")
_LETTER_MONEY = re.compile(r"[NRPK]|K?[Ss]h|U?Shs?|USh|Rs\.?|G[Hh][Cc¢₵]|K[Ss]hs?|[A-Z]{3}")


def _phrase(body: str, f: Figure) -> list[str]:
    """The words after the number in a figure's span, lower case ("afghan", "army")."""
    text = body[f.span[0] : f.span[1]] if f.span else ""
    words = re.findall(r"[^\W\d][\w’'-]*", text.lower())
    while words and (words[0] in num.WORDS or words[0] in _STOP_WORDS or words[0] in _QUAL_WORDS):
        words.pop(0)
    return words


_QUAL_WORDS = frozenset(w for q in _QUAL for w in q.split())  # "at", "least", "nearly" …


def _same_phrase(body: str, f: Figure, g: Figure) -> bool:
    """A small count told again: one noun phrase of two words or more is the start of the
    other ("five Afghan army soldiers" … "at least five Afghan army (ANA) personnel")."""
    a, b = _phrase(body, f), _phrase(body, g)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 2 and long_[: len(short)] == short


def _restated(f: Figure, g: Figure) -> bool:
    """A count of 10 or more told again: any such number ("204", "43"), or a round one with
    the same qualifier ("more than 20 allies" … "more than 20 member states"); "20 trucks"
    … "20 villages" are two."""
    return f.value >= 10 and (
        f.value % 10 != 0
        or (f.qualifier is not None and _ABOUT.get(f.qualifier) == _ABOUT.get(g.qualifier or ""))
        or f.value >= 1_000_000  # "three million stubs" … "three million cigarettes"
    )


_THE_AGAIN = re.compile(r"\b(?i:the|these|those)\s+\Z")


def _told_again(body: str, f: Figure, g: Figure) -> bool:
    """ "The three suspects" right after "three workers were held": the same people, pointed
    back at ("the" and a small count in words, within a few lines of the first count, both
    of people or both sharing a word: "two Greek boats" … "the two Greek ships")."""
    if not (
        f.span
        and g.span
        and f.value < 10
        and f.qualifier is None
        and body[f.span[0] : f.span[0] + 1].isalpha()
        and _THE_AGAIN.search(body, max(0, f.span[0] - 7), f.span[0])
    ):
        return False
    a, b = _phrase(body, f), _phrase(body, g)
    if set(a[:-1]) & set(b[:-1]) or re.search(
        r"(?i:these|those)\s+\Z", body[f.span[0] - 7 : f.span[0]]
    ):
        return True  # "these two ships": a pointer back, whatever the noun
    return (
        f.span[0] - g.span[1] < 300
        and bool(a and b)
        and a[-1].rstrip("’'") in _PERSONS
        and b[-1] in _PERSONS
    )


# people as a story goes on to call them: "three workers" … "the three suspects"
_PERSONS = frozenset(
    "people persons men women workers employees suspects accused rangers officers soldiers "
    "guards victims passengers students pupils children boys girls residents farmers".split()
)


# "some 15,000" … "an estimated 15,000 displaced": one guess, worded two ways
_ABOUT = {q: ("about" if q == "approximately" else q) for q in _QUAL.values()}


def _dozen(body: str, f: Figure) -> bool:
    return f.span is not None and "dozen" in body[f.span[0] : f.span[1]].lower()


def _drop_count_repeats(body: str, figures: list[Figure]) -> list[Figure]:
    """The same whole count of 10 or more told again in another sentence with another noun
    (``_restated``: "204 MPs" … "204 members"), or a smaller one with the same words
    (``_same_phrase``), is one figure: the first mention is kept.
    In one sentence two counts of one size stay two ("2,400 sets across 2,400 villages")."""
    out: list[Figure] = []
    by_value: dict[float, list[Figure]] = {}  # the first few of each value: stays linear
    for f in figures:
        same = next(
            (
                g
                for g in by_value.get(float(f.value), [])[:4]
                if isinstance(f.value, int)
                and g.value == f.value
                and (_restated(f, g) or _same_phrase(body, f, g) or _told_again(body, f, g))
                and not _dozen(body, f)
                and not _dozen(body, g)  # "12 goats" … "a dozen people"
                and (_count_unit(f.unit) or (f.unit is None and _count_unit(g.unit)))
                and (_count_unit(g.unit) or (g.unit is None and _count_unit(f.unit)))
                and g.span
                and f.span
                and re.search(r"[.!?][\"”’']?\s", body[g.span[1] : f.span[0]])
            ),
            None,
        )
        if same is not None:
            same.as_of = same.as_of or f.as_of
            same.attribution = same.attribution or f.attribution
            continue
        out.append(f)
        by_value.setdefault(float(f.value), []).append(f)
    return out


_TOLL_SAME = {
    "arrested": "detained",
    "wounded": "injured",
    "hurt": "injured",
    "dead": "killed",
    "death": "killed",
    "deaths": "killed",
    "fatality": "killed",
    "fatalities": "killed",
    "hospitalized": "hospitalised",
}


def _drop_people_repeats(figures: list[Figure], body: str = "") -> list[Figure]:
    """ "4 killed" and later "four people": one count of people, the first mention kept.
    Two tolls of the same size stay two ("eight injured and eight detained"); one toll
    told with another word is one ("six detained" … "six were arrested", "wounding two
    others" … "two were wounded")."""
    out: list[Figure] = []
    seen: dict[float, list[tuple[str | None, Figure]]] = {}
    for f in figures:
        unit = (f.unit or "").lower()
        word = (
            _TOLL_SAME.get(unit, unit)
            if _CASUALTY.fullmatch(" " + unit) or _PASSIVE.fullmatch(" " + unit)
            else None
        )  # "14 were taken (to hospital)" is a toll of its own kind, as "14 injured"
        if (word is None and unit not in ("people", "persons", "others")) or _more_of_them(
            body, f, out
        ):
            out.append(f)  # no toll, or "another 22 people": more of them
            continue
        earlier = seen.setdefault(float(f.value), [])
        same = next((g for w, g in earlier if w is None or word is None or w == word), None)
        if same is not None:
            same.as_of = same.as_of or f.as_of
            same.attribution = same.attribution or f.attribution
            continue
        earlier.append((word, f))
        out.append(f)
    return out


def _drop_take_repeats(figures: list[Figure], takes: list[tuple[int, int]]) -> list[Figure]:
    """A quick take repeats the article: its figures count once, from the prose."""

    def in_takes(f: Figure) -> bool:
        return any(s <= f.span[0] < e for s, e in takes) if f.span else False

    prose = [f for f in figures if not in_takes(f)]

    def repeated(f: Figure) -> bool:
        return any(p.value == f.value and _same_unit(p.unit, f.unit) for p in prose)

    return [f for f in figures if not (in_takes(f) and repeated(f))]


def _same_unit(a: str | None, b: str | None) -> bool:
    """'schools' and 'of 2,600 public schools' (a ratio) count the same thing."""
    if not a or not b:
        return True
    ka, kb = _unit_key(a), _unit_key(b)
    return ka == kb or bool(ka.split() and kb.split() and ka.split()[-1] == kb.split()[-1])


def _unit_key(unit: str | None) -> str:
    """'rounds' and '500,000-round' name the same unit; so do 'centres' and 'centers'."""
    low = (unit or "").lower()
    if low in _UNIT_SAME:  # "Rs" is rupees before it is a plural of "R"
        return _UNIT_SAME[low]
    key = low.removesuffix("s")
    key = re.sub(r"(?<=[b-df-hj-np-tv-z])re\b", "er", key)  # British "-re", American "-er"
    return _UNIT_SAME.get(key, key)


_UNIT_SAME = {  # the same unit written otherwise: "8 km" and "an 8-kilometer zone"
    "kilometer": "km",
    "kilometers": "km",
    "ton": "tonne",  # "2.4 million tonnes" … "2.4 millions tons": one output
    "t": "tonne",
    "kilogram": "kg",  # "a 50kg bag" … "a 50-kilogram bag": one bag
    "kilo": "kg",
    "ghc": "gh¢",
    "gh₵": "gh¢",
    "gh": "gh¢",
    "cedi": "gh¢",
    "€": "eur",  # "€251 million" and "EUR 251 million" are one fine
    "euro": "eur",
    "£": "gbp",
    "$": "usd",
    "us$": "usd",
    "dollar": "usd",  # "US$2 million" … "two million dollars": one sum
    "barrels per day": "barrel",  # "10 million barrels a day" … "10 mbd"
    "bpd": "barrel",
    "teu": "container",  # "10,000teu" … "10,000 empty containers"
    "₹": "inr",
    "rs.": "inr",
    "rs": "inr",
    "₦": "ngn",
    "n": "ngn",
}
