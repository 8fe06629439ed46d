"""Whether a number written in digits is a figure, from the characters and words around it: the
tests ``numbers`` puts each match of ``numbers.DIGIT_RE`` through. Each test says True when
the number is no figure: a part of a word or a name ("G7", "Su-27", "Leopard 2 tanks",
"Boeing 737 flights"), a date, an hour or an age (the 20 of "January 1 to 20", "closes at 4
in the afternoon", "aged 40"), a score ("won 2-1"), a telephone number ("0722 123 456"), a calibre
("155mm shells"), a street number or a label ("grades 6-8", "classes 5, 8 and 9")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .nlp import UP as _UP


@dataclass(frozen=True, slots=True)
class Digits:
    """A number written in digits, a match ``m`` of ``numbers.DIGIT_RE`` in the sentence
    body[ss:se], and what the tests read around it."""

    body: str
    m: re.Match[str]
    ss: int
    se: int
    start: int  # first character of the number (or of its currency)
    num_end: int  # after the digits
    raw: str  # the digits as written: "1,250", "5,2", "737"
    cur: str | None  # a currency written before it: "$", "R", "MK "
    prev: str  # the character before it (" " at the sentence's start)
    prev2: str  # and the one before that
    # its scale word in lower case ("million", "bn"); "" when none, or when a glued "k", "m",
    # "b" or "t" with no currency is no scale ("100m" is metres); with a currency, the scale as
    # written
    scale: str
    metres: bool  # "off a 10m cliff": a glued "m" read as metres
    end: int  # after the number and its scale
    after: str  # body[end:se]


# a percent written as a sign or in words: "%", "percent", "per cent"
PERCENT = r"%|percent\b|per\s+cent\b"
# a month's name, in full or cut short: "Jan.", "Sept", "December"
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
MAGNITUDE = re.compile(r"\bmagnitude[- ]\Z", re.I)
# a unit written against the number ("30km", "485,000ha", "130kmh", "100 km/h" below)
GLUED_UNIT = (
    r"(?:km/h|kmh|kph|mph|mm|km|kg|cm|ha|ghc|t|C|F|TL|[kMGT]W[hp]?|MWe|bpd|bcm|tcf|Mt|MT|mt)\b"
    r"|(?:km|m|cm)[²³23](?!\w)|sq\.?(?:km|m|ft|mi)\b"  # "30km²", "2m³", "39sqkm"
    r"|(?:kV|kVA|[GMk]Hz|ft|ml|mg|lbs?|oz|mAh|[KMGT]B|MP)\b"  # "400kV", "6ft", "150ml"
    r"|(?:mw|MWh?|TEU|teu)\b|c(?:/l)?\b"  # "600mw", "10,000teu"; "28c", "250.00c/l": cents
    r"|ppl\b"  # "a 2ppl rise": pence per litre (milk, fuel)
    r"|gms?\b|[KMGT]WH\b"  # "7gm of heroin", "3.4TWH" in capitals
    r"|p\b(?=\s+(?:per|a|an|on|off|more|less|in|for)\b)"  # "18p per litre": pence
    r"|l\b(?![’'])"  # "6,000l a month", "a 50l-a-day limit": litres
    r"|\s?k\.m\.(?!\w)"
    r"|per\s?cent\b|percent\b|Kg\b|KG\b|[kMG]bps\b"  # "43per cent", "2.4percent", "64Kg", "35Mbps"
)

_WEAPON = re.compile(
    r"\W*(?:\w+\W+){0,3}?(?:shells?|guns?|artillery|howitzers?|rounds?|"
    r"ammunition|cannons?|mortars?|rifles?|munitions?|barrels?|rockets?|"
    r"launchers?|projectiles?|ammo)\b",
    re.I,
)
_AGE_GROUP_BEFORE = re.compile(
    r"\b(?i:people|persons|those|adults|anyone|everyone|residents|citizens|voters|children|kids|"
    r"women|men|seniors|patients|workers|pensioners|girls|boys|individuals)\s+"
    r"(?:(?:aged|who\s+are)\s+)?(?:over|under|above|below|between|older\s+than|younger\s+than)\s+\Z"
)
_ORDINAL_WORDS = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
)
_DAY_RANGE_BEFORE = re.compile(
    rf"\b{MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?|{_ORDINAL_WORDS})\s*"
    r"(?:-|–|to|and|through|until|till)\s*\Z"
)
_DAY_RANGE_AFTER = re.compile(
    rf"(?:st|nd|rd|th)?\s*(?:-|–|to|and|or|through)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?!\w)"
)
# after a letter currency's sum, what makes it an exchange rate: "N160 to the dollar", "at
# N197 official exchange rate"
_TO_THE_DOLLAR = re.compile(
    r"\s+(?:to|per|against)\s+(?:the|one|a|1)\s+(?:US\s+|U\.S\.\s+)?"
    r"(?:dollar|euro|pound|yuan|rand|dirham|riyal)\b"
    r"|\s+(?:official\s+)?exchange\s+rate\b|\s+official\s+exchange\b"
)
_TIME_AFTER = re.compile(
    r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|o[’']clock\b|"
    r"hrs\b|local\s+time\b|noon\b|midnight\b)|:\d\d"  # "12 noon"
    r"|\s?\((?:IST|GMT|UTC|EST|EDT|CET|CEST|BST|PST|PDT|JST|WAT|EAT|SAST)\)"  # "4.30 (IST)"
    r"|[-–]\d{3,4}\s?(?:GMT|UTC)\b",  # "(1200-1400 GMT)"
    re.I,
)
_NAME_BEFORE = re.compile(  # "Falcon 9", "iPhone 15", "PAR-BRO 60" (capitals with a hyphen)
    rf"(?<=[\w,;:’'\")] )([{_UP}][a-z]+|[a-z]+[{_UP}]\w*|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})+) \Z"
)
_NOT_NAMES = frozenset(
    """
the a an some about around nearly over under more only just all at in on by for of with to
from and but than least almost roughly approximately another additional top last next first
total another and or since until till between among per plus minus some estimated
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december jan feb mar apr jun jul aug sep sept
oct nov dec
""".split()
)


def _model_name(d: Digits) -> bool:
    """A capitalised name right before a small whole number inside a sentence of ordinary
    case: a model or a mission ("Leopard 2 tanks", "a Falcon 9 rocket", "Boeing 737",
    "Apollo 11", "Windows 11"). A headline in title case ("Floods Kill 12") is no such name,
    nor a number with a currency."""
    body, m, ss, se = d.body, d.m, d.ss, d.se
    raw = m.group("num")
    if d.cur or not raw.isdigit() or len(raw) > 4 or m.group("scale"):
        return False
    before = _NAME_BEFORE.search(body, max(ss, m.start() - 30), m.start())
    if not before or before.group(1).lower() in _NOT_NAMES:
        return False
    if "-" in before.group(1) and re.match(r"\s+(?:[a-z]{1,3}|[a-z]+s)\b", body[m.end() : se]):
        return False  # "TNT-RDX 40 kg", "AB-CD 12 trucks": a measure or a count after
    if re.search(
        r"\b(?:in|at|from|near|across|into|to|throughout|around|outside|inside|within)\s+\Z",
        body[max(ss, before.start() - 12) : before.start()],
        re.I,
    ):
        return False  # "in Kabul 20 people fled": a place, then a count
    if re.match(rf"\s*(?:{PERCENT}|pct\b)", body[m.end() : se], re.I):
        return False
    words = [w for w in re.findall(r"[^\W\d][\w’'-]*", body[ss:se])[1:] if len(w) > 2]
    capitals = sum(1 for w in words if w[0].isupper())
    return len(words) < 2 or capitals * 4 < len(words) * 3  # title case: most capitalised


def _label_range(body: str, start: int, ss: int, se: int) -> bool:
    """ "grades 6-8", "classifications 1-9 require": a range right after a plural word that
    is no count of things ("costs 10-15 dollars", "rates 5-7%" are)."""
    rng = _RANGE_RUN.match(body, start, se)
    if not rng:
        return False
    label = re.search(r"\b([A-Za-z]{4,})\s+\Z", body[max(ss, start - 40) : start])
    word = label.group(1).lower() if label else ""
    return (
        word.endswith("s")
        and word not in _NOT_NAMES
        and not _COUNTED_AFTER_RANGE.match(body, rng.end(), se)
    )


_RANGE_RUN = re.compile(r"\d+[-–]\d+")
_FORMATION_AFTER = (
    r"\s+(?:Corps|Division|Brigade|Battalion|Regiment|Squadron|Command)\b(?!\s+[a-z]{3,}s\b)"
)
_AIRLINER_MODELS = frozenset("707 727 737 747 757 767 777 787".split())
_AIRLINER_AFTER = (
    r"(?:-\d|s\b|\s*(?:MAX|Max|max|fleets?|flights?|jets?|aircraft|planes?|airliners?|family|"
    r"Dreamliners?)\b|\s+(?:and|or)\s+7[0-8]7\b)"
)
_SUBSECTION_BEFORE = re.compile(
    r"\b(?i:section|article|rule|regulation|clause|paragraph|s\.)\s*\d+[A-Z]?\s*(?:\(\w+\)\s*)*\(\Z"
)
_MONEY_RANGE_BEFORE = re.compile(r"(?:[$€£¥₹₦]|\bRs\.?\s?)\d+(?:\.\d+)?[-–]\Z")
# a plural label before a list of numbers: "classes 5, 8 and 9", "wards 3 and 4"
_LABEL_LIST_BEFORE = re.compile(
    r"\b(?:classes|grades|standards|wards|phases|sections|stages|categories|sectors|zones)\s+"
    r"(?:\d{1,2}\s*(?:,|and|or|&)\s*)*\Z",
    re.I,
)
_AGES_LIST_AFTER = r"(?:\s*,\s*\d{1,3})*\s*,?\s*(?:and|or)\s+\d{1,3}\s+years?\s+old\b"
_RESULT_BEFORE = re.compile(  # "won 2-1", "beat Kenya 3-0", "drew 1-1 with", "trail 0-2"
    r"\b(?:won|win|wins|lost|lose|loses|drew|draw|beat|beats|defeated|edged|thrashed|routed|"
    r"trail|trails|trailed|leads|led)\s+(?:(?:[A-Z][\w’'.-]*|the|a|by)\s+){0,3}\Z"
)
# nothing counted after a score: "won 5-10 percent more", "won 5-6 new clients" are ranges
_NO_COUNT_AFTER = (
    rf"(?![\d,.]|[-–]\d)(?!\s*(?:{PERCENT}|(?:[a-z]+\s+)?[a-z]+s\b|thousand\b"
    r"|million\b|billion\b|[mb]n\b))"
)
_RAIN_BEFORE = re.compile(  # "it rained 80mm", "rainfall of 45mm", "Lagos recorded 60mm"
    r"\b(?:rain\w*|downpours?|precipitation|snow\w*|showers?|recorded|received)\b[^.;:!?]{0,30}\Z",
    re.I,
)


def _match_result(body: str, start: int, num_end: int, ss: int, se: int) -> bool:
    """Either side of a match's result after won/beat/lost/drew/led: "won 2-1", "beat Leeds
    3-0", "lost 1-2 at home" (never "won 5-6 new clients": a range of things counted)."""
    if re.match(r"[-–]\d{1,2}" + _NO_COUNT_AFTER, body[num_end:se]):  # the first side
        return bool(_RESULT_BEFORE.search(body, max(ss, start - 40), start))
    first = re.search(r"(?<![\d,.])\d{1,2}[-–]\Z", body[max(ss, start - 4) : start])
    return bool(
        first
        and re.match(_NO_COUNT_AFTER, body[num_end:se])
        and _RESULT_BEFORE.search(body, max(ss, start - 44), start - len(first.group()))
    )


_SCORE_NOUN = r"\s+(?:win|victory|defeat|loss|draw|lead|scoreline)\b"  # "a 1-0 win"
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Drive|"
    r"Dr|Place|Court|Highway|Hwy)\b(?!\s+[a-z]{3,}s\b)"  # "300 Ford Road workers" are counted
)
# "an R800 housing allowance", "R350 grants": rand before a word that is no road's ("the
# R512 between …", "the R21 highway" are roads)
_RAND_AFTER = re.compile(
    r"\s+(?!(?:road|highway|route|freeway|motorway|between|towards?|near|at|to|from|into|in|"
    r"on|outside|via|past|and|or)\b)[a-z]{3,}\b"
)
# a letter for a currency ("N180", "R19") is money, not a name, when thousands follow
# after a space ("R19 000") or a price per unit does ("N180 to N300 per litre")
_LETTER_MONEY_AFTER = re.compile(
    r"[ \u00a0]\d{3}(?![\d,.]\d)"
    r"|(?:\s*(?:to|-|–)\s*[NRPK]\d+(?:\.\d+)?)?\s+per\s+(?:\d+\s?)?[a-z]{2,}\b"  # "per 50kg bag"
    r"|\s+an?\s+(?:hour|day|week|month|year|litre|liter|kilo|kg|unit|head|night|bag|sack|"
    r"tonne|ton|bale|bottle|loaf|pack|packet|crate)\b"  # "R49 an hour", "K110 a bag"
    r"|-(?:million|billion|trillion)\b"  # "R1-million", "R10-billion"
)
# a letter for a currency in a range with another of the same letter: "from N525 to N370",
# "between N370 to N380", "as high as R20 to as low as R12": both ends are money
_LETTER_RANGE_AFTER = r"\s*(?:to|and|-|–)\s*(?:as\s+[a-z]+\s+as\s+)?{cur}\d"
_LETTER_RANGE_BEFORE = r"{cur}\d[\d,.]*\s*(?:to|and|-|–)\s*(?:as\s+[a-z]+\s+as\s+)?\Z"
_PRICE_BEFORE = re.compile(  # "prices rose from N180 to N300", "the price of rice went from N900"
    r"\b(?:prices?|costs?|fares?|fees?|sells?|sold|selling|paid|pays?|charged?|worth|buys?|"
    r"bought|buying|priced)"
    r"(?:\s+(?:of|for)(?:\s+[\w’'-]+){1,4}?)?"
    r"(?:\s+(?:rose|rising|risen|fell|falling|fallen|went|jumped|climbed|increased|dropped|"
    r"moved|up|down|now|going))?"
    r"\s+(?:at|from|to|for|of|by|is|was|are|were)\s+(?:[NRPK]\d[\d,.]*\s+(?:to|and)\s+)?\Z"
    # "will pay K110 for a bag", "floor price K110", "a loss of K118"
    r"|\b(?:pay|pays|paid|paying|charges?|charged|costs?|prices?|fees?|fares?|(?:loss|profit|"
    r"saving)s?\s+of)\s+\Z",
    re.I,
)
_COUNTED_AFTER_RANGE = re.compile(rf"\s*(?:{PERCENT}|[a-z]+s\b)")


_PERSON_NOUN_BEFORE = re.compile(  # "the mayor, 58,", "her husband, 61,"
    r"\b(?i:the|a|an|her|his|their|its|our)\s+(?:[a-z]+\s+)?(?:man|woman|boy|girl|mother|father|"
    r"son|daughter|wife|husband|mayor|minister|chief|head|leader|president|driver|farmer|"
    r"officer|victim|suspect|resident|widow|teacher|student|pilot|captain|nurse|doctor|"
    r"worker|owner|founder|chairman|chairwoman|spokesman|spokeswoman)\s*,\s*\Z"
)


def _count_range_end(body: str, start: int, end: int, se: int) -> bool:
    """The 400 of "300-400 people": the larger end of a range of whole numbers before a
    word in lower case (never "2024-25", "Su-27", "27-3", nor labels: "grades 6-8")."""
    a = re.search(r"(?<![\w.,-])(\d{1,6})(\.\d{1,2})?[-–]\Z", body[max(0, start - 11) : start])
    b = body[start:end]
    whole = b.split(".")[0]
    return bool(
        a
        and not _label_range(body, start - len(a.group()), 0, se)
        and re.fullmatch(r"\d+(?:\.\d{1,2})?", b)
        and (a.group(2) is None and "." not in b or whole.isdigit() and int(whole) < 100)
        and float(a.group(1) + (a.group(2) or "")) < float(b) < 10**7
        and len(whole) - len(a.group(1)) <= 1
        and re.match(r"\s+[a-z]", body[end:se])
    )  # "2.5-3 litres", "3-3.5 litres": small measures with a decimal on either end


def _range_end(d: Digits) -> bool:
    """The second end of a range written with a hyphen, a figure though glued to the first:
    the 12 of "$11-12 billion", "10-15%" (a scale or a percent after), the 400 of "300-400
    people" (``_count_range_end``), the 23 of "₹22-23", "$5-6" (money on both ends)."""
    body, start, ss, se = d.body, d.start, d.ss, d.se
    range_end = (
        d.prev in "-–"
        and d.prev2.isdigit()
        and re.match(
            rf"\d+(?:\.\d+)?\s*(?:{PERCENT}|thousand|million|billion|"
            r"trillion|crore|lakh|bn\b|mn\b)",
            body[start:se],
            re.I,
        )
    ) or _count_range_end(body, start, d.num_end, se)  # the 12 of "$11-12 billion", "10-15%"
    return bool(range_end) or bool(
        d.prev in "-–"
        and re.fullmatch(r"\d+(?:\.\d+)?", d.raw)
        and _MONEY_RANGE_BEFORE.search(body, max(ss, start - 16), start)
    )  # the 23 of "₹22-23", "$5-6": money on both ends


# The tests run first, on the number as written and the words around it.


def _styled_digits(d: Digits) -> bool:
    """Digits outside ASCII: "𝟒, 𝟐𝟎𝟐𝟓", letters styled as digits, dress a dateline or a
    slogan."""
    return not d.raw.replace("\u201a", "").isascii()


def _glued_to_a_word(d: Digits) -> bool:
    """A number glued to a letter, a digit or a mark before it: "G7", "Su-27", the 25 of
    "2024-25", "1/2", ".50", "(SM)-3" ("..30,000" after an ellipsis is a figure, as are the
    second end of a range, ``_range_end``, and "magnitude-7.8")."""
    body, start, prev, prev2 = d.body, d.start, d.prev, d.prev2
    return bool(
        not _range_end(d)
        and (
            prev.isalnum()
            or prev in "/:@#_"
            or (prev == "." and prev2 != ".")  # ".50"; "..30,000" is an ellipsis
            or (prev == "-" and (prev2.isalnum() or prev2 in ")]"))
        )
        and not MAGNITUDE.search(body, max(d.ss, start - 12), start)
    )


def _name_before_a_pair(d: Digits) -> bool:
    """A capitalised name before two numbers joined by a hyphen: "Qinhuangdao 27-3" is a name
    with a number ("Around 300-400 people" is not: "Around" is no name)."""
    body, start = d.body, d.start
    return bool(
        "," not in d.raw
        and re.match(r"-\d", body[d.num_end : d.num_end + 2])
        and (name := re.search(rf"([{_UP}][\w’'-]+) \Z", body[max(d.ss, start - 30) : start]))
        and name.group(1).lower() not in _NOT_NAMES
    )


def _range_of_labels(d: Digits) -> bool:
    """A range after a plural label: "grades 6-8", "classifications 1-9" are labels, not a
    range of counts (``_label_range``)."""
    return "," not in d.raw and _label_range(d.body, d.start, d.ss, d.se)


def _currency_glued_to_a_word(d: Digits) -> bool:
    """A currency's letters glued to a word before: "MRs5", "UN5" are no currency."""
    return bool(d.cur and d.cur[0].isalpha() and d.prev.isalnum())


def _telephone_number(d: Digits) -> bool:
    """A part of a telephone number: "+254 700 …" (a plus, then six digits, spaces or hyphens),
    "1-800-88-8855", "0800-123-4567" (groups of digits joined by hyphens), the "020" of
    "(020) 123 …", "0722 123 456" (a leading zero, or a group of digits after one). The 006
    of "24, 006 new voters" is the thousands of a number with a stray space, a figure."""
    body, start, num_end, raw, ss, se = d.body, d.start, d.num_end, d.raw, d.ss, d.se
    return bool(
        not d.cur
        and (
            (
                d.prev == "+"
                and (re.match(r"[\s\d-]{6}", body[num_end:se]) or re.search(r"\d\s\d", raw))
            )  # "+254 700 123 456" read whole as one spaced number
            or (  # "1-800-88-8855", "0800-123-4567": groups of digits joined by hyphens
                "," not in raw
                and "." not in raw
                and re.match(r"(?:-\d{2,4}){2,}(?![\d,.]\d)", body[num_end:se])
            )
            or (
                re.fullmatch(r"0\d{2,}", raw)
                and raw != "000"
                and not (
                    len(raw) == 3
                    and re.search(r"(?<!\d)\d{1,3},\s\Z", body[max(ss, start - 6) : start])
                )
            )  # "24, 006 new voters": the thousands of a number with a stray space
            or (
                re.fullmatch(r"\d{2,4}", raw)
                and re.search(
                    r"(?<![\d,.])0\d{2,4}(?:[ -]\d{2,4})*[ -]\Z", body[max(ss, start - 20) : start]
                )
            )
        )
    )


def _round_the_clock(d: Digits) -> bool:
    """ "a 24-7 service": round the clock, as 24/7."""
    return bool(not d.cur and d.raw == "24" and re.match(r"-7\b", d.body[d.num_end : d.se]))


def _score(d: Digits) -> bool:
    """Either side of a match's score: "a 1-0 win", "a 2-1 victory" (a score's noun after),
    "won 2-1", "beat Leeds 3-0" (``_match_result``)."""
    body, start, num_end, ss, se = d.body, d.start, d.num_end, d.ss, d.se
    return bool(
        not d.cur
        and re.fullmatch(r"\d{1,2}", d.raw)
        and (
            re.match(r"[-–]\d{1,2}" + _SCORE_NOUN, body[num_end:se])
            or (
                re.search(r"(?<![\d,.])\d{1,2}[-–]\Z", body[max(ss, start - 4) : start])
                and re.match(_SCORE_NOUN, body[num_end:se])
            )
            or _match_result(body, start, num_end, ss, se)
        )
    )


def _age_in_brackets(d: Digits) -> bool:
    """A small number in brackets after a name: "Amal Reyes (35) was charged" gives an age
    ("Friday (7)" is a day: ``_day_in_brackets``)."""
    body, start, ss = d.body, d.start, d.ss
    return bool(
        not d.cur
        and len(d.raw) <= 3
        and re.match(r"\s*\)", body[d.num_end : d.se])
        and re.search(rf"[{_UP}][\w’'-]+\s*\(\s*\Z", body[max(ss, start - 30) : start])
        and not re.search(r"day\s*\(\s*\Z", body[max(ss, start - 12) : start], re.I)
    )


def _clause_number(d: Digits) -> bool:
    """ "(2) The board shall …": a clause's number in brackets at the start of a line."""
    return bool(
        not d.cur
        and d.prev == "("
        and re.match(r"\)", d.body[d.num_end : d.se])
        and re.search(r"(?:\A|\n)[ \t]*\(\Z", d.body[max(0, d.start - 8) : d.start])
    )


def _subsection(d: Digits) -> bool:
    """ "Section 135 (1) (a)": a subsection's number in brackets."""
    return bool(
        not d.cur
        and d.prev == "("
        and re.match(r"\)", d.body[d.num_end : d.se])
        and _SUBSECTION_BEFORE.search(d.body, max(d.ss, d.start - 40), d.start)
    )


def _number_to_call(d: Digits) -> bool:
    """A number to call or text: "dial *147#", "the city's 311 hotline", "SMS to 31373",
    "call the police on 999", "1-877-…", "1-800-TIPS", "800-4CTU", "TIPS (8477)"."""
    body, start, num_end, ss, se = d.body, d.start, d.num_end, d.ss, d.se
    return bool(
        not d.cur
        and (
            (d.prev == "*" and body[num_end : num_end + 1] == "#")
            or re.match(r"\s+(?:hot|help|tip|toll-free\s+)?line\b", body[num_end:se], re.I)
            or re.match(r"-(?:\d{3}|[A-Z]{3,})-", body[num_end:se])  # "1-877-…", "1-800-TIPS"
            or re.match(r"-(?=\d?[A-Z])[\dA-Z]{4}\b", body[num_end:se])  # "800-TIPS", "800-4CTU"
            or re.search(r"-[A-Z]{4}\s*\(\Z", body[max(ss, start - 8) : start])  # "TIPS (8477)"
            or re.search(
                r"\b(?:(?:[Ss]end|[Tt]ext)\s+(?:an\s+)?SMS|SMS|[Dd]ial|[Cc]all|[Tt]ext|[Pp]hone|"
                r"WhatsApp)\s+(?:(?:on|to|at|the)\s+)?\Z"
                r"|\b[Cc]all\s+the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:on|at)\s+\Z",
                body[max(ss, start - 32) : start],
            )
        )
    )


def _age_group(d: Digits) -> bool:
    """Either end of an age group: "the 12-17 age group", "the 18 age bracket"."""
    body, start, num_end, se = d.body, d.start, d.num_end, d.se
    return bool(
        not d.cur
        and (
            re.match(
                r"(?:\s*[-–]\s*\d{1,3})?\s*(?:age[- ]?(?:group|bracket|band|range)s?)\b",
                body[num_end:se],
            )
            or (
                d.prev in "-–"
                and re.search(r"(?<![\d,.])\d{1,3}[-–]\Z", body[max(d.ss, start - 4) : start])
                and re.match(r"\s*age[- ]?(?:group|bracket|band|range)s?\b", body[num_end:se])
            )
        )
    )


def _military_formation(d: Digits) -> bool:
    """ "16 Corps", "the 82 Division": a unit's name ("16 Corps soldiers" counts them)."""
    return bool(not d.cur and re.match(_FORMATION_AFTER, d.body[d.num_end : d.se]))


def _airliner_model(d: Digits) -> bool:
    """A Boeing model: "its 737 and 787 fleet", "737 flights", "the 787-9"."""
    return bool(
        not d.cur
        and d.raw in _AIRLINER_MODELS
        and re.match(_AIRLINER_AFTER, d.body[d.num_end : d.se])
    )


def _list_of_labels(d: Digits) -> bool:
    """A number in a list after a plural label: "classes 5, 8 and 9", "wards 3 and 4"."""
    return bool(not d.cur and _LABEL_LIST_BEFORE.search(d.body, max(d.ss, d.start - 40), d.start))


def _list_of_ages(d: Digits) -> bool:
    """A list of ages: the 66 and 70 of "were 66, 70 and 95 years old"."""
    return bool(not d.cur and re.match(_AGES_LIST_AFTER, d.body[d.num_end : d.se]))


def _markup(d: Digits) -> bool:
    """ "zoneid=5", "border='0'": markup or a web address, not prose."""
    return not d.cur and (d.prev in "=&" or (d.prev in "'\"" and d.prev2 == "="))


def _short_year(d: Digits) -> bool:
    """Two digits after an apostrophe: "in 2021-’22", "back in ’98" are years."""
    return d.prev in "’'" and len(d.raw) == 2 and not d.cur


def _version_name(d: Digits) -> bool:
    """A whole number with ".0" after a name or a plan: "Modi 3.0", "Industry 4.0", "the
    campaign 2.0"."""
    return bool(
        re.fullmatch(r"\d{1,2}\.0", d.raw)
        and re.search(
            rf"[{_UP}][\w’'-]+ \Z"
            r"|\b(?i:campaign|version|edition|mission|programme|program|plan)\s+\Z",
            d.body[max(d.ss, d.start - 30) : d.start],
        )
    )


def _days_of_a_month(d: Digits) -> bool:
    """A day of a month in a range or a pair, the month on the far side: the 20 of "January 1
    to 20, 2023", the 15 of "on 15 and 20 December"."""
    return bool(
        not d.cur
        and len(d.raw) <= 2
        and (
            _DAY_RANGE_BEFORE.search(d.body, max(d.ss, d.start - 30), d.start)
            or _DAY_RANGE_AFTER.match(d.body, d.num_end, d.se)
        )
    )


def _letter_before_a_name(d: Digits) -> bool:
    """A letter that may stand for a currency (naira, rand, pula, kwacha) before a number
    that reads as a name: "N95 masks", "K2", "the R512 to". It is money with a scale, a
    thousands comma or cents ("N78 billion", "R5,000", "K30, 000.00"), a word after a rand's
    sum ("an R800 housing allowance"), a price per unit or thousands after a space
    (``_LETTER_MONEY_AFTER``), after a price's words (``_PRICE_BEFORE``), as an exchange rate
    ("N160 to the dollar") or in a range with the same letter ("from N525 to N370")."""
    body, m, start, raw, cur, ss, se = d.body, d.m, d.start, d.raw, d.cur, d.ss, d.se
    return bool(
        cur in ("N", "R", "P", "K")
        and not (
            d.scale  # the scale as written: a number with a currency keeps its glued "m"
            or "," in raw
            or re.search(r"\.\d\d$", raw)
            or re.match(r",\s\d{3}(?!\d)", body[m.end() : se])  # "K30, 000.00": a stray space
            or (cur == "R" and len(raw) >= 3 and _RAND_AFTER.match(body, m.end(), se))
            or _LETTER_MONEY_AFTER.match(body, m.end(), se)
            or _PRICE_BEFORE.search(body, max(ss, start - 60), start)
            or _TO_THE_DOLLAR.match(body, m.end(), se)  # "N160 to the dollar": a rate
            or re.match(_LETTER_RANGE_AFTER.format(cur=cur), body[m.end() : se])
            or re.search(_LETTER_RANGE_BEFORE.format(cur=cur), body[max(ss, start - 40) : start])
        )
    )


def _letters_before_a_model(d: Digits) -> bool:
    """ "the LE 5", "an MK 2": a model; "MK 2,500", "LE 5 billion", "Br 350" are money."""
    return (d.cur or "").strip() in ("LE", "MK", "Br") and not (
        d.scale or "," in d.raw or len(d.raw) >= 3
    )


# the tests run first: the number is no figure when one says True
NOT_FIGURES: tuple[Callable[[Digits], bool], ...] = (
    _styled_digits,
    _glued_to_a_word,
    _name_before_a_pair,
    _range_of_labels,
    _model_name,
    _currency_glued_to_a_word,
    _telephone_number,
    _round_the_clock,
    _score,
    _age_in_brackets,
    _clause_number,
    _subsection,
    _number_to_call,
    _age_group,
    _military_formation,
    _airliner_model,
    _list_of_labels,
    _list_of_ages,
    _markup,
    _short_year,
    _version_name,
    _days_of_a_month,
    _letter_before_a_name,
    _letters_before_a_model,
)


# The tests run next, once no measure glued to the number has made it a figure (metres,
# barrels a day, million kg, "50x"): mostly on the words after it.


def _glued_letters(d: Digits) -> bool:
    """Letters glued after the number that are no unit: "1st", "1990s", "10x", "5am" ("30km",
    ``GLUED_UNIT``, and "3.5pc", "0.4pp", percentages, are figures)."""
    return bool(
        re.match(r"[A-Za-z]", d.after)
        and not re.match(GLUED_UNIT, d.after)
        and not re.match(r"(?:pct|pc|pp)\b", d.after)
    )


def _reading_time(d: Digits) -> bool:
    """ "2 min read": a site's note on the reading time."""
    return bool(re.match(r"\s?min(?:ute)?s?\s+read", d.after, re.I))


def _clock_time(d: Digits) -> bool:
    """An hour: "5 pm", "10:30", "12 noon", "4.30 (IST)", "(1200-1400 GMT)"."""
    return bool(_TIME_AFTER.match(d.after))


def _digits_run_on(d: Digits) -> bool:
    """A digit, or a slash and a digit, right after: "24/7", "9/11"."""
    return bool(re.match(r"\d|/\d", d.after[:2]))


def _dotted_date(d: Digits) -> bool:
    """ "12.03.2024": a date written with dots."""
    return bool(
        re.fullmatch(r"\d{1,2}\.\d{1,2}", d.raw) and re.match(r"\.(?:\d{4}|\d{2})\b", d.after)
    )


def _hour_in_words(d: Digits) -> bool:
    """An hour with the part of the day after it: "closes at 4 in the afternoon"; and the
    first of two hours after "at", "by", "until" or "from" ("open from 8 to 10 in the
    morning")."""
    body, start, after = d.body, d.start, d.after
    return bool(
        re.match(r"\s+in\s+the\s+(?:morning|afternoon|evening)\b", after)
        or re.search(r"\b(?:at|by|until|from)\s*\Z", body[max(d.ss, start - 7) : start])
        and re.match(r"\s*(?:-|to|and)\s*\d{1,2}\s+in\s+the\b", after)
    )


def _hour_of_today(d: Digits) -> bool:
    """ "in line since 5 this morning": an hour ("arrested 12 this morning" is a count)."""
    return bool(
        re.match(
            r"\s+(?:this|that|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night)\b",
            d.after,
        )
        and re.search(
            r"\b(?:since|at|by|until|till|from|before|after)\s+\Z",
            d.body[max(d.ss, d.start - 7) : d.start],
        )
    )


def _ampersand_name(d: Digits) -> bool:
    """ "STP 3&4": numbers joined by "&", a name."""
    return bool(re.match(r"&\d", d.after) or (d.prev == "&" and d.prev2.isdigit()))


def _generation(d: Digits) -> bool:
    """ "4.5-generation fighters", "4 and 4.5 generation": a label."""
    return bool(
        re.match(r"[- ]?generation\b|\s+and\s+\d+(?:\.\d+)?[- ]generation\b", d.after, re.I)
    )


def _calibre(d: Digits) -> bool:
    """Millimetres glued or hyphened to the number: "152mm", "155-millimetre" are a calibre;
    "120mm of rain", "it rained 80mm" are a measure (not after the rain's words when a weapon
    follows)."""
    body, start, after = d.body, d.start, d.after
    return bool(
        re.match(r"-?(?:mm|millimet(?:er|re)s?)\b", after, re.I)
        and not re.match(
            r"mm\s+(?:of\s+(?:rain|rainfall|snow|water)|(?:fell|rain|rainfall)\b)", after, re.I
        )
        and not (
            _RAIN_BEFORE.search(body, max(d.ss, start - 40), start)
            and not _WEAPON.match(after, re.match(r"-?\w+", after).end())  # type: ignore[union-attr]
        )
        and not (  # "Nkayi with 20mm, Gokwe 35mm": rainfall by town, no weapon after it
            re.match(r"mm\b", after, re.I)
            and not _WEAPON.match(after, 2)
            and not re.search(
                r"\b(?:shells?|guns?|artillery|howitzers?|calibre|caliber)\b",
                body[d.ss : d.se],
                re.I,
            )
        )
    )


def _spaced_calibre(d: Digits) -> bool:
    """ "152 mm shells" is a calibre; "40 mm of rain" is not."""
    after = d.after
    return bool(
        re.match(r"\s(?:mm|millimet(?:er|re)s?)\b", after, re.I)
        and _WEAPON.match(after[re.match(r"\s\w+", after).end() :])  # type: ignore[union-attr]
    )


def _calibre_word(d: Digits) -> bool:
    """ "a 50-cal", "the 12.7 mm calibre": a calibre said so."""
    return bool(
        re.match(r"-?(?:cal(?:iber|ibre)?)\b|\s?(?:mm|millimet\w*)\s+(?:calib)", d.after, re.I)
    )


def _year_old(d: Digits) -> bool:
    """ "a 25-year-old": an age."""
    return bool(re.match(r"-year-old\b", d.after, re.I))


def _age_after_a_name(d: Digits) -> bool:
    """A small number between commas after a name or a person: "Beatriz Camacho, 61, …",
    "the mayor, 58, …", "X Jr., 53;": an age."""
    body, start, ss = d.body, d.start, d.ss
    return bool(
        (
            re.search(r"[A-Z][\w’'-]+\.?,\s*\Z", body[max(ss, start - 40) : start])
            or _PERSON_NOUN_BEFORE.search(body, max(ss, start - 40), start)
        )
        and re.match(r"\s*[,;]|\.(?:\s|\Z)", d.after)
        and len(d.raw) <= 3
    )


def _legal_age(d: Digits) -> bool:
    """An age the law sets: "the retirement age rising from 62 to 64", "a voting age of 18"
    (never a percent, a scale or a plural noun after)."""
    return bool(
        len(d.raw) <= 3
        and re.search(
            r"\b(?:retirement|pension|pensionable|voting|minimum|drinking|marriage|legal)\s+"
            r"ages?\b[^.;%]{0,30}\Z",
            d.body[max(d.ss, d.start - 50) : d.start],
            re.I,
        )
        and not re.match(
            rf"\s*(?:{PERCENT}|(?:million|billion|thousand|lakh|crore)\b|"
            r"[a-z]{3,}s\b)",
            d.after,
        )
    )


def _age(d: Digits) -> bool:
    """An age: "volunteers 65 and older", "aged 65 years and over", "aged 40", "people over
    65 can enrol", "18- to 24-year-olds", "children aged 5 to 11"."""
    body, start, raw, ss, after = d.body, d.start, d.raw, d.ss, d.after
    return bool(
        len(raw) <= 3
        and (
            re.match(r"\s+(?:years?\s+)?(?:and|or)\s+(?:older|over|above|younger|under)\b", after)
            or re.search(
                # "aged 40", "aged, 56" (a stray comma), "aged between 18 and 32"
                r"\b(?:aged?|ages?\s+of),?\s+(?:(?:over|under|above|below|between)\s+)?\Z",
                body[max(ss, start - 18) : start],
            )
            or (  # "people over 65 can enrol", "children under 5": an age, no noun after
                _AGE_GROUP_BEFORE.search(body, max(ss, start - 40), start)
                and raw.isdigit()
                and int(raw) <= 120
                and not re.match(rf"\s*(?:{PERCENT}|[a-z]{{3,}}s\b)", after)
            )
            or re.match(r"-\s+(?:to|and)\s+\d{1,3}-years?-olds?\b", after)  # "18- to 24-year-olds"
            or re.search(  # "children aged 5 to 11", "between the ages of 12 and 17"
                r"\b(?:aged?|ages\s+of),?\s+(?:between\s+)?\d{1,3}\s*(?:-|–|to|and)\s*\Z",
                body[max(ss, start - 32) : start],
            )
        )
    )


def _day_in_brackets(d: Digits) -> bool:
    """ "on Wednesday (7)": the day of the month."""
    return bool(
        re.match(r"\)", d.after)
        and re.search(
            r"(?:day|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s*\(\Z",
            d.body[max(d.ss, d.start - 12) : d.start],
            re.I,
        )
    )


def _street_number(d: Digits) -> bool:
    """ "11648 S. Peoria St.", "101 Main Street": a street number."""
    return bool(
        (re.match(r"\s+[NSEW]\.?\s+[A-Z]", d.after) and len(d.raw) >= 3)
        or (not d.cur and "," not in d.raw and _STREET_AFTER.match(d.after))
    )


# the tests run next, on a number no glued measure made a figure: no figure when one says True
NOT_FIGURES_AFTER_MEASURES: tuple[Callable[[Digits], bool], ...] = (
    _glued_letters,
    _reading_time,
    _clock_time,
    _digits_run_on,
    _dotted_date,
    _hour_in_words,
    _hour_of_today,
    _ampersand_name,
    _generation,
    _calibre,
    _spaced_calibre,
    _calibre_word,
    _year_old,
    _age_after_a_name,
    _legal_age,
    _age,
    _day_in_brackets,
    _street_number,
)
