"""Numbers in prose: digits with separators and scales ("15,000", "2.5 million", "5,2
million", "$4bn"), written numbers ("five million"), percentages, ratios ("21 of 50"),
compounds ("500,000-shell") and multipliers ("doubled", "fourfold").

Dates, times, years, calibres, ordinals, model names (Su-27, G7) and references such as
"Resolution 2231" are recognised and left out (years are reported as kind "year" so a
qualifier like "about 2000" can still make them a count).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .nlp import UP as _UP

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORDS = {w: i for i, w in enumerate(_ONES)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
SCALES = {
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "lakh": 10**5,  # Indian English: 1 lakh = 100,000; 1 crore = 10 million
    "lakhs": 10**5,
    "lac": 10**5,
    "lacs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
    "lakh crore": 10**12,
    "lakh crores": 10**12,
}
_SHORT = {"k": 1000, "m": 10**6, "mn": 10**6, "bn": 10**9, "tn": 10**12}
_FOLD = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twenty": 20,
    "hundred": 100,
    "thousand": 1000,
}

_W1 = "|".join(_ONES[1:])
_WT = "|".join(_TENS)
_WNUM = rf"(?:(?:{_WT})(?:[- ](?:{'|'.join(_ONES[1:10])}))?|{_W1})"
DIGIT_RE = re.compile(
    r"(?P<cur>(?:US|CA|C|A|AU|NZ|HK|S)\$|\$|€|£|¥|₩|₹|Rs\.?\s?|INR\s?|K?[Ss]h(?=\d)|GH[C¢₵]\s?)?"
    r"(?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?![\d,])"  # Indian grouping: 1,10,000
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d+,\d{1,2}(?=\s*(?:thousand|million|billion|trillion|mn|bn)\b)"
    r"|\d+(?:\.\d+)?)"
    r"(?P<scale>\s+(?:lakh\s+crores?|thousand|million|billion|trillion|lakhs?|lacs?|crores?)\b"
    r"|(?:mn|bn|tn|k|m)\b)?"
)
WORD_RE = re.compile(
    rf"\b(?P<w>half\s+an?|an?|{_WNUM})\b(?:\s+(?P<hund>hundred)(?:\s+and)?)?"
    rf"(?:\s+(?P<scale>thousand|million|billion|trillion|lakhs?|crores?)\b)?"
    rf"|\b(?P<bare>{_WNUM})\b",
    re.I,
)
MULT_RE = re.compile(
    r"\b(?P<m>doubl(?:ed|ing|es)|tripl(?:ed|ing|es)|quadrupl(?:ed|ing|es)|halv(?:ed|ing|es)"
    r"|(?P<n>[a-z]+|\d+)-?fold"
    r"|(?P<inf>double|triple|quadruple|halve)"
    r"|twice(?=\s+(?:as|what|the|that|its|their|his|her)\b))\b",
    re.I,
)

_WEAPON = re.compile(
    r"\W*(?:\w+\W+){0,3}?(?:shells?|guns?|artillery|howitzers?|rounds?|"
    r"ammunition|cannons?|mortars?|rifles?|munitions?|barrels?|rockets?|"
    r"launchers?|projectiles?|ammo)\b",
    re.I,
)
_REF_NOUNS = frozenset(
    """
article resolution section chapter no no. number route highway flight room page title unit
bill act decree ordinance
phase level stage category class gate pier berth platform terminal building road street line
division regiment battalion brigade squadron fleet vol version tier lot zone sector district
ward grade item paragraph clause rule form model type block figure table annex appendix
""".split()
)
_MODALS = frozenset("to will would could may might can should did does ll".split())
_CURRENCY_WORDS = re.compile(
    r"\s+(dollars|euros|won|yen|rubles|roubles|pounds|yuan|"
    r"hryvnias?|rupees|francs)\b",
    re.I,
)
PERCENT = _PERCENT = re.compile(
    r"\s?(?:%|percent\b|per\s+cent\b)|\s(?P<pp>percentage\s+points?)\b", re.I
)
# a unit written against the number ("30km", "485,000ha", "130kmh", "100 km/h" below)
_GLUED_UNIT = r"(?:km/h|kmh|kph|mph|mm|km|kg|cm|ha|ghc|t|C|F)\b"
_TIME_AFTER = re.compile(
    r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|o[’']clock\b|"
    r"hrs\b|local\s+time\b)|:\d\d",
    re.I,
)


@dataclass(slots=True)
class Hit:
    start: int  # first character of the number (or currency sign)
    end: int  # after the number words (scale, percent sign, unit suffix)
    value: int | float
    kind: str  # "digit" | "word" | "year" | "multiplier"
    unit: str | None = None
    scaled: bool = False
    participle: bool = False  # "doubling X": the subject follows
    ratio_of: str | None = None


def _value(text: str, scale: int | float = 1) -> int | float:
    if re.fullmatch(r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?", text):
        text = text.replace(",", "")  # Indian grouping: 1,10,000
    if "," in text and not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        text = text.replace(",", ".")  # decimal comma: "5,2 million"
    else:
        text = text.replace(",", "")
    exact = Decimal(text) * Decimal(scale)  # 16.6 billion is 16600000000, not …000002
    if exact == exact.to_integral_value():
        return int(exact)
    return round(float(exact), 6)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _word_before(body: str, pos: int, floor: int) -> str:
    m = re.search(r"([\w.]+)\s+\Z", body[max(floor, pos - 30) : pos])
    return m.group(1).lower() if m else ""


def _digit_hit(
    body: str, m: re.Match[str], ss: int, se: int, dates: list[tuple[int, int]]
) -> Hit | None:
    start, num_end = m.start(), m.end("num")
    raw, cur = m.group("num"), m.group("cur")
    prev = body[start - 1] if start > ss else " "
    prev2 = body[start - 2] if start - 1 > ss else " "
    range_end = (
        prev in "-–"
        and prev2.isdigit()
        and re.match(
            r"\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b|thousand|million|billion|"
            r"trillion|crore|lakh|bn\b|mn\b)",
            body[start:se],
            re.I,
        )
    )  # the 12 of "$11-12 billion", "10-15%"
    if not range_end and (
        prev.isalnum() or prev in "/:@#_." or (prev == "-" and (prev2.isalnum() or prev2 in ")]"))
    ):
        return None  # G7, Su-27, 2024-25, 1/2, .50, (SM)-3
    if (
        "," not in raw
        and re.match(r"-\d", body[m.end("num") : m.end("num") + 2])
        and re.search(rf"[{_UP}][\w’'-]+ \Z", body[max(ss, start - 30) : start])
    ):
        return None  # "Qinhuangdao 27-3": a name with a number
    if (
        cur
        and cur.strip().startswith(("Rs", "INR", "Sh", "KSh", "Ksh", "sh", "GH"))
        and prev.isalpha()
    ):
        return None
    if _inside(start, dates) or _inside(num_end - 1, dates):
        return None
    scale_txt = (m.group("scale") or "").strip().lower()
    if scale_txt in ("k", "m") and not cur:
        scale_txt = ""  # "100m" is metres; "$5m" is millions
    end = m.end() if scale_txt else num_end
    after = body[end:se]
    if re.fullmatch(r"\d+(?:\.\d+)?", raw) and not cur and re.match(r"[x×]\b", after):
        value = _value(raw)
        return Hit(start, end + 1, value, "multiplier", "times")  # "50x", "3.5×"
    if re.match(r"[A-Za-z]", after) and not re.match(_GLUED_UNIT, after):
        return None  # 1st, 1990s, 10x, 5am
    if _TIME_AFTER.match(after) or re.match(r"\d|/\d", after[:2]):  # 24/7, 9/11
        return None
    if (
        re.match(r"\s+in\s+the\s+(?:morning|afternoon|evening)\b", after)
        or re.match(r"\s+(?:at|by|until|from)\s*\Z", body[max(ss, start - 7) : start])
        and re.match(r"\s*(?:-|to|and)\s*\d{1,2}\s+in\s+the\b", after)
    ):
        return None  # "closes at 4 in the afternoon"
    if re.match(r"&\d", after) or (prev == "&" and prev2.isdigit()):
        return None  # "STP 3&4": a name
    if re.match(r"[- ]?generation\b|\s+and\s+\d+(?:\.\d+)?[- ]generation\b", after, re.I):
        return None  # "4.5-generation fighters", "4 and 4.5 generation": a label
    if re.match(r"-?(?:mm|millimet(?:er|re)s?)\b", after, re.I):
        return None  # 152mm, 155-millimetre: a calibre
    if re.match(r"\s(?:mm|millimet(?:er|re)s?)\b", after, re.I):
        if _WEAPON.match(after[re.match(r"\s\w+", after).end() :]):  # type: ignore[union-attr]
            return None  # "152 mm shells" is a calibre; "40 mm of rain" is not
    if re.match(
        r"-?(?:cal(?:iber|ibre)?)\b|-year-old\b|\s?(?:mm|millimet\w*)\s+(?:calib)", after, re.I
    ):
        return None
    if (
        re.search(r"[A-Z][\w’'-]+,\s*\Z", body[max(ss, start - 40) : start])
        and re.match(r"\s*,", after)
        and len(raw) <= 3
    ):
        return None  # "Beatriz Camacho, 61, …": an age
    if len(raw) <= 3 and (
        re.match(r"\s+(?:years?\s+)?(?:and|or)\s+(?:older|over|above|younger|under)\b", after)
        or re.search(r"\b(?:aged?|age\s+of)\s+\Z", body[max(ss, start - 12) : start])
    ):
        return None  # "volunteers 65 and older", "aged 65 years and over": an age
    if re.match(r"\)", after) and re.search(
        r"(?:day|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s*\(\Z",
        body[max(ss, start - 12) : start],
        re.I,
    ):
        return None  # "on Wednesday (7)": the day of the month
    if re.match(r"\s+[NSEW]\.?\s+[A-Z]", after) and len(raw) >= 3:
        return None  # "11648 S. Peoria St.": a street number
    if (
        _word_before(body, start, ss).rstrip(".") in _REF_NOUNS
        or _word_before(body, start, ss) in _REF_NOUNS
    ):
        return None
    scale = SCALES.get(scale_txt) or _SHORT.get(scale_txt) or 1
    value = _value(raw, scale)
    if (
        prev in "-−"
        and "." in raw
        and not cur
        and (start - 1 == ss or not body[start - 2].isalnum())
        and not re.search(r"\d\s*[-−]\Z", body[max(ss, start - 4) : start])
    ):  # "the -0.1% rate": a negative value (never a range's second end "6 -12")
        value, start = -value, start - 1
    if end < len(body) and body[end] in "½¼¾" and not scale_txt:  # "3½ per cent"
        value = value + {"½": 0.5, "¼": 0.25, "¾": 0.75}[body[end]]
        end += 1
        after = body[end:se]
    unit = cur
    is_year = not cur and not scale_txt and re.fullmatch(r"1[89]\d\d|20\d\d|2100", raw) is not None
    hit = Hit(start, end, value, "year" if is_year else "digit", unit, bool(scale_txt))
    if is_year and re.match(r"s\b|-\d", after):
        return None
    pm = _PERCENT.match(after)
    cw = _CURRENCY_WORDS.match(after)
    ratio = re.match(
        r"\s+(?:of|out\s+of)\s+(?:the\s+)?(?:[\w’']+[’']s\s+)?(\d[\d,]*)\b", after
    ) or re.match(r"\s+in\s+(\d{1,3})\b(?![,.]\d)", after)
    compound = re.match(r"-([a-z]+)\b", after)
    if pm:
        hit.kind = "digit"
        hit.unit = "percentage points" if pm.group("pp") else "percent"
        hit.end = end + pm.end()
    elif cw and not cur:
        hit.unit, hit.end = cw.group(1), end + cw.end()
    elif ratio and not cur and not is_year:
        hit.unit, hit.ratio_of, hit.end = "of", ratio.group(1), end + ratio.end()
    elif compound and not is_year and compound.group(1) in SCALES and not scale_txt:
        # "$17-billion mine": a scale written with a hyphen
        hit.value = _value(raw, SCALES[compound.group(1)])
        hit.scaled, hit.end = True, end + compound.end()
    elif compound and not is_year:
        hit.unit, hit.end = compound.group(1), end + compound.end()
    else:
        unit_m = re.match(rf"{_GLUED_UNIT}|°?C\b|°?F\b|\s(?:km/h|kmh|kph|mph)\b", after)
        if unit_m:
            hit.unit, hit.end = unit_m.group(), end + unit_m.end()
    return hit


def _word_hit(body: str, m: re.Match[str], ss: int) -> Hit | None:
    if m.group("bare"):
        word = m.group("bare").lower()
        return Hit(m.start(), m.end(), _words_value(word), "word")
    word = m.group("w").lower()
    hund, scale = m.group("hund"), m.group("scale")
    if not hund and not scale:
        if word in ("a", "an") or word.startswith("half"):
            return None
        return Hit(m.start(), m.end(), _words_value(word), "word")
    if word.startswith("half"):
        base: int | float = 0.5
    elif word in ("a", "an"):
        base = 1
    else:
        base = _words_value(word)
    if hund:
        base *= 100
    if scale:
        base *= SCALES[scale.lower()]
    value = int(base) if float(base).is_integer() else base
    return Hit(m.start(), m.end(), value, "word", scaled=True)


def _words_value(word: str) -> int:
    parts = re.split(r"[- ]", word.lower())
    return sum(WORDS.get(p, 0) for p in parts)


def _mult_hit(m: re.Match[str]) -> Hit | None:
    word = m.group("m").lower()
    if m.group("n") is not None:
        n = m.group("n").lower()
        value: int | float | None = int(n) if n.isdigit() else _FOLD.get(n)
        if value is None:
            return None
    else:
        value = {"doub": 2, "trip": 3, "quad": 4, "halv": 0.5, "twic": 2}[word[:4]]
    return Hit(m.start(), m.end(), value, "multiplier", "times", participle=word.endswith("ing"))


def scan(body: str, ss: int, se: int, dates: list[tuple[int, int]]) -> list[Hit]:
    """Every number in body[ss:se], in order, none overlapping."""
    hits: list[Hit] = []
    for m in DIGIT_RE.finditer(body, ss, se):
        if hits and m.start() < hits[-1].end:
            continue  # the 50 of "21 of 50"
        hit = _digit_hit(body, m, ss, se, dates)
        if hit:
            hits.append(hit)
    taken = [(h.start, h.end) for h in hits]
    for m in WORD_RE.finditer(body, ss, se):
        if not m.group().strip() or _inside(m.start(), taken):
            continue
        hit = _word_hit(body, m, ss)
        if hit:
            hits.append(hit)
    for m in MULT_RE.finditer(body, ss, se):
        if m.group("inf") and _word_before(body, m.start(), ss) not in _MODALS:
            continue  # "a double standard"; "expected to double" is a figure
        hit = _mult_hit(m)
        if hit and not _inside(m.start(), taken):
            hits.append(hit)
    for m in _HALF_POINT.finditer(body, ss, se):
        if not _inside(m.start(), [(h.start, h.end) for h in hits]):
            hits.append(Hit(m.start(), m.end(), 0.5, "digit", "percentage points"))
    hits.sort(key=lambda h: h.start)
    _share_scales(body, hits)
    return hits


_HALF_POINT = re.compile(r"\bhalf\s+(?:a|one)\s+(?:percentage\s+)?point\b", re.I)
_RANGE_GAP = re.compile(r"\s*(?:-|–|to|and|or)\s*(?:US\$|\$|€|£)?\Z")
_SCALE_WORD = re.compile(
    r"\s*(thousand|million|billion|trillion|lakhs?|lacs?|crores?|mn|bn|tn)\b", re.I
)


def _share_scales(body: str, hits: list[Hit]) -> None:
    """ "between 1.4 and 1.6 million", "10 to 25 percent": the first number of a range
    takes the second's scale and unit."""
    for a, b in zip(hits, hits[1:], strict=False):
        if a.kind != "digit" or b.kind not in ("digit", "word") or a.scaled:
            continue
        if a.unit and b.unit and a.unit != b.unit:
            continue
        if not _RANGE_GAP.search(body[a.end : b.start]) or b.start - a.end > 8:
            continue
        lead = re.match(r"\D*[\d.,]+", body[b.start : b.end])
        num_end = b.start + (len(lead.group()) if lead else 0)
        scale = _SCALE_WORD.match(body, num_end)
        if scale and b.scaled:
            word = scale.group(1).lower()
            a.value = _value(str(a.value), SCALES.get(word) or _SHORT.get(word) or 1)
            a.scaled = True
        if b.unit in ("percent", "percentage points") or (b.unit and not a.unit and scale):
            a.unit = b.unit
