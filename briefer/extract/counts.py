"""Whether a number in words or a small count is a figure, from the words around it ("one of
the victims", "nine of them", "five or six", a vote "12-3", "two-dose", a conversion "or
about 5 km"): the tests ``figures`` puts each number it reads through."""

from __future__ import annotations

import re

from . import numbers as num
from .figure_words import (
    MEASURED,
    PERIOD,
    people_noun,
    plural,
    words_after,
)

# "a nine-member board", "a two-round vote", "a three-judge bench": a count of the members,
# people, sides or events that make the thing up, written as one word with a number word.
# Lanes, seats, laps and wickets are counted too ("a four-lane road", "a two-seater", "a
# three-wicket win"); stages of a plan ("three-tier", "three-stage") are no count of their own.
_WORD_COMPOUND = re.compile(
    r"-(member|man|men|person|people|judge|nation|country|party|team|club|city|round|"
    r"match|game|race|leg|test|seat|seater|candidate|player|woman|women|lanes?|lap|"
    r"wicket|storey|story|storied|bedroom|bed|room)\b(?![-’'])"
)  # and floors and rooms: "a five-storey block", "two-bedroom flats"


def word_compound(body: str, end: int, se: int) -> re.Match[str] | None:
    """The noun of a count written as one word with a number word (``_WORD_COMPOUND``)."""
    return _WORD_COMPOUND.match(body, end, se)


def alone_on_line(body: str, start: int, end: int) -> bool:
    """Nothing but a signed number or one of three decimals or more (and a percent) on its
    line: a price ticker's change ("-0.0400", "+1.25%"), not a count set apart."""
    ls = body.rfind("\n", max(0, start - 4), start)  # a line longer is no ticker's
    le = body.find("\n", end, end + 4)
    if (ls < 0 and start > 0) or (le < 0 and end < len(body)):
        return False
    line = body[ls + 1 : le if le >= 0 else len(body)]
    return bool(re.fullmatch(r"\s*(?:[-+−][\d.,]+|[\d,]*\.\d{3,})\s*%?\s*", line))


# a length, weight or volume and ", or" before another: "200 feet, or 60 meters"
_LENGTHS = (
    r"km|kilomet(?:re|er)s|met(?:re|er)s|m|miles|ft|feet|inch(?:es)?|cm|mm|kg|kilo(?:gram)?s|"
    r"lbs|pounds|tonnes|tons|acres|hectares|ha|litres|liters|gallons|mph|km/h|kph"
)


_OR_CONVERTED = re.compile(
    rf"\d[\d.,]*\s*-?\s*(?P<u>{_LENGTHS})\s*,\s+or\s+(?:about\s+|around\s+|roughly\s+|some\s+"
    r"|nearly\s+|almost\s+)?\Z",
    re.I,
)


_OR_UNIT = re.compile(rf"\s*-?\s*(?P<u>{_LENGTHS})\b", re.I)


_OPEN_BRACKET = re.compile(r"[(\[][^()\[\]]{1,40}[;,/]\s*\Z")  # "($1.1 billion; "


def converted(body: str, start: int, end: int, ss: int, se: int) -> bool:
    """A number in brackets right after a measure or an amount, closing within three words:
    the same quantity converted ("4 km (2.5 miles)", "€5 billion ($5.4 billion)"), the second
    of two conversions in one bracket ("NZ$2 billion ($1.2 billion; €1.1 billion)"), or a
    measure after another and ", or" ("200 feet, or 60 meters")."""
    if re.match(r"(?:\s*[^\s()\[\]]+){0,3}?\s*[)\]]", body[end:se]):
        if MEASURED.search(body, max(ss, start - 40), start):
            return True
        inner = _OPEN_BRACKET.search(body, max(ss, start - 42), start)
        if inner and MEASURED.search(body, max(ss, inner.start() - 40), inner.start() + 1):
            return True
    before = _OR_CONVERTED.search(body, max(ss, start - 30), start)
    unit = _OR_UNIT.match(body, end, se)
    return bool(before and unit and before.group("u").lower() != unit.group("u").lower())


def after_determiner(body: str, start: int, ss: int) -> bool:
    before = re.search(r"([\w’']+)\s+\Z", body[max(ss, start - 30) : start])
    return bool(before and before.group(1).lower() in _DETERMINERS)


_ELLIPSIS_BEFORE = re.compile(
    r"(?:\band|,[\u201d\u2019\"]?|\bincluding|\bwhile|\bbut|\bsaid|\bsays|\bof\s+wh(?:om|ich))"
    r"\s+\Z",
    re.I,
)  # "of the eight injured, X said four are civilians"


_ELLIPSIS_AFTER = re.compile(
    r"\s+(?:were|was|are|in|with|from|at|had|have|attributed|listed|remain|remained|died)\b"
    r"|\s+(?:[a-z]+ly\s+)?(?!need|feed|seed|bred|shed|speed)[a-z]{3,}ed\b(?!\s+(?:by|to|as)\b)"
)  # "and six previously released": the counted noun left out, a participle after


# "two patients and sometimes three": a second, larger count of the same noun
_ELLIPSIS_HEDGE = re.compile(
    r"\b(?:and|or)\s+(?:sometimes|even|often|occasionally|perhaps|possibly|maybe)\s+\Z", re.I
)


_COUNT_BEFORE = re.compile(
    rf"(?:\d[\d,]*|\b(?:{num._WNUM}))\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:[a-z]{3,}s|people|children|men|women)\b",
    re.I,
)


_BY_STEP_BEFORE = re.compile(
    r"\b(?:increas|rais|cut|reduc|expand|grow|grew|rose|risen|fell|fallen|drop|decreas|boost|"
    r"swell|swoll)\w*(?:\s+[\w’'-]+){0,5}?\s+by\s+\Z",
    re.I,
)


_TALLY_BEFORE = re.compile(
    r"\b(?:rose|risen|climbed|jumped|increased|grew|reached|hit|fell|dropped|declined|"
    r"stands\s+at|stood\s+at|now\s+at|totall?ed|numbering|numbered)\s+(?:to\s+)?"
    r"(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over)\s+)?\Z",
    re.I,
)


_NOT_ONE_THING = frozenset(
    "thing way time point reason side hand day night more another other".split()
    # a unit a price or a rate is given for: "one barrel was worth $80", "one share costs"
    + "barrel gallon litre liter tonne ton kilo kilogram gram ounce pound dollar euro share "
    "bushel".split()
)


HARMED_BEFORE = re.compile(
    r"\b(killed|killing|injured|injuring|wounded|wounding|infected|arrested|detained|"
    r"rescued|evacuated|kidnapped|abducted|charged|convicted|sentenced|jailed|freed|released|"
    r"deported|executed|hospitali[sz]ed)\s+(?:(?:at\s+least|some|about|around|nearly|"
    r"another|more\s+than|over|up\s+to)\s+)?\Z",
    re.I,
)


# "Three died", "two fled", "nine remain in hospital": people, the noun left out
_FATE_AFTER = re.compile(
    r"\s+(?:died|fled|escaped|survived|drowned|perished|recovered|remain|remained|"
    r"went\s+missing|tested\s+positive)\b",
    re.I,
)


# "the last two Olympics", "its first three games": a count of events (periods are out before)
_SPAN_DETERMINERS = frozenset("last past next previous first".split())


# "one of four teams", a few told in words ("one of two years" is a period: left to PERIOD;
# "one of 9,200 suits" is one of many, no count)
_ONE_OF_N = re.compile(rf"\s+(?:out\s+)?of\s+({num._WNUM})\s+(?:[a-z-]+\s+)?[a-z]{{3,}}s\b", re.I)


_ONLY_BEFORE = re.compile(r"\b(?:only|just|a\s+single)\s+\Z", re.I)


_NOT_COUNTED_AFTER = frozenset("percent per cent of to and or in on at more than as".split())


_RATIO_BEFORE = re.compile(  # "Seven of the nine members", "five of its seven seats"
    rf"(?:\d|\b(?!one\b){num._WNUM})\s+(?:out\s+)?of\s+"
    r"(?:(?:the|its|their|our|his|her|these|those)\s+)?\Z",
    re.I,
)


_GROUP_OF = re.compile(  # in lower case: "the Group of Seven" is a name
    r"\b(?i:an?|the|their|his|her)\s+(?:family|household|crew|group|team|gang|party|band)"
    r"\s+of\s+\Z"
)


# before a count of the things it names: "the two leaders", "their two countries" ("one of
# the two men" is a part of a pair, no count of its own: _OF_DETERMINER)
_NAMING_DETERMINERS = frozenset("the these those its their his her our".split())


_OF_DETERMINER = re.compile(  # "one of the two men", "either of their two sons": a part
    r"\b(?:one|either|neither|both|each|none|any|all|some|most|who|which|whom|\d+|[a-z]+s|"
    r"first|second|last|latter|former|rest|remainder|half)"
    r"\s+of\s+[\w’']+\s+\Z",  # ("the appointment of the two members" counts them)
    re.I,
)


_DETERMINERS = frozenset(
    "the these those its their his her our your my both all every each whose first last next "
    "past previous other another".split()
)


def _one_of_a_tally(body: str, hit: num.Hit, words: list[re.Match[str]]) -> bool:
    """ "Nine wardens were charged, … One warden is still at large": one of the nouns just
    counted (within 400 characters before) is a count too; "from one district to another"
    is not."""
    if len(words) not in (1, 2) or _ONE_TO_ANOTHER.match(body, words[-1].end()):
        return False
    for word in words:  # "two females … and one female passenger died"
        noun = word.group().lower()
        if len(noun) < 3 or noun in _NOT_ONE_THING or not noun.isalpha():
            continue
        nouns = re.escape(noun[:-1] + "ies" if noun.endswith("y") else noun + "s")
        tally = re.compile(rf"(?:\d[\d,]*|\b(?:{num._WNUM}))\s+(?:[\w-]+\s+)?{nouns}\b", re.I)
        if tally.search(body, max(0, hit.start - 400), hit.start):
            return True
    return False


def _one_in_a_list(body: str, hit: num.Hit, words: list[re.Match[str]], ss: int, se: int) -> bool:
    """ "seized three sacks of rice, one rifle, four phones": one thing in a list of counts,
    after a comma with a count before it and a count after it ("…, one rifle and two
    phones"), or last after "and"."""
    if not words or not _COUNT_BEFORE.search(body, ss, hit.start):
        return False
    if re.search(r";\s*\Z", body[max(ss, hit.start - 3) : hit.start]):
        return bool(_ITEM_BEFORE.search(body, max(ss, hit.start - 70), hit.start))
    if re.search(r",\s*\Z", body[max(ss, hit.start - 3) : hit.start]):
        return bool(_LIST_GOES_ON.match(body, words[-1].end(), se))
    return bool(
        re.search(r"[,;]?\s+and\s+\Z", body[max(ss, hit.start - 6) : hit.start])
        and re.match(r"(?:\s*\([^()]{0,30}\))?\s*(?:[.;:)]|\Z)", body[words[-1].end() : se])
    )  # "…, and one van (2019).": a year or a note in brackets may close the item


def _one_and_one(body: str, hit: num.Hit, words: list[re.Match[str]], ss: int, se: int) -> bool:
    """ "split between one local school and one foreign clinic": each "one" of the pair is a
    count."""
    return bool(words) and bool(
        re.match(r"\s+and\s+one\s+[a-z]", body[words[-1].end() : se])
        or re.search(
            r"\b(?i:one)\s+(?:[\w-]+\s+){1,3}and\s+\Z", body[max(ss, hit.start - 50) : hit.start]
        )
    )


# a count opening the item before, in a list set out with semicolons: "two rifles; one pistol"
_ITEM_BEFORE = re.compile(rf"(?:\d[\d,]*|\b(?:{num._WNUM}))\s+[^;.]{{1,60}};\s*\Z", re.I)


# the rest of a list item, then another count: "… containing gold, four cars"
_LIST_GOES_ON = re.compile(
    rf"[^,.;:]{{0,60}}?(?:,(?:\s+and)?|\s+and)\s+(?:\d[\d,]*|{num._WNUM})\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:[a-z]{3,}s\b|[A-Z][\w-]+)",  # "…, one Tarvo Sedan (2019), one Kalix Van": names
    re.I,
)


_ONE_TO_ANOTHER = re.compile(  # "one district to another"; "One resident said": a source
    r"\s+(?:(?:to|or|after|and)\s+another\b|(?:[\w,]+\s+){0,2}?(?:said|says|told|tells|"
    r"described|added|adds|noted|explained|recalled|wrote|asked|spoke|speaking)\b|who\b)"
    r"|\s*,\s*who\b",  # "one Ruritanian sailor, who …": a person told of, not counted
    re.I,
)


def _noun_left_out(body: str, hit: num.Hit, ss: int, se: int) -> bool:
    """A count whose noun is said before or after it: "Four deaths in Kerala and three in
    Goa", "45 people, including five with", "two patients and sometimes three,", "seven of
    whom", "two of the victims"."""
    if (
        _ELLIPSIS_BEFORE.search(body, max(ss, hit.start - 12), hit.start)
        and _ELLIPSIS_AFTER.match(body, hit.end, se)
        and _COUNT_BEFORE.search(body, ss, hit.start)
    ):
        return True
    if (
        _ELLIPSIS_HEDGE.search(body, max(ss, hit.start - 20), hit.start)
        and re.match(r"\s*(?:[,;.)]|\Z)", body[hit.end : se])
        and _COUNT_BEFORE.search(body, max(ss, hit.start - 60), hit.start)
    ):
        return True
    return bool(
        re.match(
            r"\s+of\s+(?:them\b|us\b|whom\b|\d"
            r"|(?:the|those|these|its|their|our|his|her)\s+(?!own\b)[a-z\d])",
            body[hit.end : se],
        )
    )


_COUNT_VERB_AFTER = re.compile(
    r"\s+(?:are|were|have|had|remain|remained|died|live|lived|stay|stayed|fled)\b", re.I
)


def counted(body: str, hit: num.Hit, ss: int, se: int) -> bool:
    """A small written number that counts something: "three allies", "nine new deaths",
    "two of the victims"; not "the two countries", "one", "two-day" or a bare number."""
    if _vote_tally(body, hit, ss, se):
        return True  # "the vote was six to one", "a majority of five to four": both sides count
    if (
        21 <= hit.value <= 99
        and re.fullmatch(r"[A-Za-z]+-[a-z]+", body[hit.start : hit.end])
        and _COUNT_VERB_AFTER.match(body, hit.end, se)
    ):
        return True  # "ninety-five are staying at the school": a count, its noun told before
    upper = WORD_RANGE_END.match(body, hit.end, se)
    if (
        upper
        and hit.value >= 2
        and (
            upper.group("sep").strip() != "and"
            or re.search(r"\bbetween\s+\Z", body[max(ss, hit.start - 9) : hit.start], re.I)
        )
    ):
        # "four-five MoUs", "two or three suspects", "between five and seven boats": the
        # lower end of a range of counts, as "300-400 people"
        return bool(
            hit.value < num._words_value(upper.group(2)) <= hit.value + 10
            and (words := words_after(body, upper.end(), se))
            and (plural(words[-1].group()) or people_noun(words[-1].group()))
        )
    if body[hit.end : hit.end + 1] == "-":
        return False
    if hit.value == 1:
        one_of = _ONE_OF_N.match(body, hit.end, se)
        if one_of and not PERIOD.match(body, one_of.end(1), se):
            return True  # "one of four teams": a ratio, as "18 of 31 countries"
        # "only one political party": a stressed single is a count; a bare "one" is not
        words = words_after(body, hit.end, se)
        return bool(
            (
                _ONLY_BEFORE.search(body, max(ss, hit.start - 12), hit.start)
                or _one_of_a_tally(body, hit, words)
                or _one_in_a_list(body, hit, words, ss, se)
                or _one_and_one(body, hit, words, ss, se)
            )
            and words
            and words[0].group().lower() not in _NOT_COUNTED_AFTER | _NOT_ONE_THING
            and not plural(words[-1].group())  # "only one thing matters": no noun counted
            and not PERIOD.match(body, hit.end, se)
        )
    if hit.value < 2:
        return False
    if _TALLY_BEFORE.search(body, max(ss, hit.start - 24), hit.start):
        return True  # "the toll rose to three", "cases reached nine": a tally, its noun before
    if _BY_STEP_BEFORE.search(body, max(ss, hit.start - 60), hit.start):
        return True  # "to grow its fleet by five": the step of a change, its noun before
    if HARMED_BEFORE.search(body, max(ss, hit.start - 30), hit.start):
        return True  # "infected 1,234 people and killed nine": people, left out
    if _RATIO_BEFORE.search(body[max(ss, hit.start - 40) : hit.start]):
        return True  # "Seven of the nine members": both sides of a ratio count
    if _GROUP_OF.search(body, max(ss, hit.start - 24), hit.start) and not plural_after(
        body, hit, se
    ):
        return True  # "a family of five", "a crew of seven": the people in it
    before = re.search(r"([\w’']+)\s+\Z", body[max(ss, hit.start - 30) : hit.start])
    det = before.group(1).lower() if before else ""
    if (
        det == "other"
        and re.search(r"\bthe\s+other\s+\Z", body[max(ss, hit.start - 12) : hit.start], re.I)
        and _ELLIPSIS_AFTER.match(body, hit.end, se)
    ):
        return True  # "one of the four fled and the other three were caught": the rest
    if det in _DETERMINERS and not (
        (det in ("the", "these", "those", "other") and hit.value >= 3)
        or (
            det in _NAMING_DETERMINERS
            and not _OF_DETERMINER.search(body, max(ss, hit.start - 30), hit.start)
        )  # "the two countries", "their two sons": a count of them, as the keys read it
        or det in _SPAN_DETERMINERS
        or det == "another"  # "another three boats": more of them, a count
    ):
        return False  # "one of the two men" (the pair is its whole), "all two", "the other two"
    # after "the" ("the three judges") only a noun makes a count: not "the four of them"
    if det not in _DETERMINERS and (
        _noun_left_out(body, hit, ss, se) or _FATE_AFTER.match(body, hit.end, se)
    ):
        return True
    words = words_after(body, hit.end, se)
    if not words or words[0].group().lower() in _NOT_COUNTED_AFTER:
        return False
    if re.search(r"(?:est|most|top|leading)\Z", words[0].group().lower()):
        return False  # "the two largest economies": a rank
    return plural(words[-1].group()) or people_noun(words[-1].group())


IN_A_RANKING = re.compile(  # "one of the top", "among the world's top", "in its top"
    r"\b(?:of|among|in|into|within|outside)\s+(?:(?:the|its|their|our|his|her)\s+)?"
    r"(?:[\w.-]+[’']s?\s+)?\s*\Z",
    re.I,
)


def plural_after(body: str, hit: num.Hit, se: int) -> bool:
    words = words_after(body, hit.end, se)
    return bool(words) and (plural(words[-1].group()) or people_noun(words[-1].group()))


# a vote's tally in words, the larger side first: "the final vote was six to one", "a six
# to one margin", "a majority of five to four members"
_TALLY_NEXT = re.compile(rf"\s+to\s+({num._WNUM})\b", re.I)


_TALLY_PREV = re.compile(rf"\b({num._WNUM})\s+to\s+\Z", re.I)


_VOTE_WORD = re.compile(r"\b(?:vote[ds]?|voting|margin|majority|ruling|verdict|decision)\b", re.I)


def _vote_tally(body: str, hit: num.Hit, ss: int, se: int) -> bool:
    nxt = _TALLY_NEXT.match(body, hit.end, se)
    prev = _TALLY_PREV.search(body, max(ss, hit.start - 16), hit.start)
    if nxt:
        ok, end = hit.value > num._words_value(nxt.group(1)), nxt.end()
    elif prev:
        ok, end = num._words_value(prev.group(1)) > hit.value, hit.end
    else:
        return False
    return ok and bool(_VOTE_WORD.search(body[max(ss, hit.start - 40) : min(se, end + 12)]))


WORD_LIST_PCT = re.compile(
    rf"(?:\s*,\s*(?:or\s+|and\s+)?(?:{num._WNUM}))+\s*(?:%|percent\b|per\s+cent\b)", re.I
)


WORD_RANGE_END = re.compile(rf"(?P<sep>-|–|\s+(?:to|or|and)\s+)({num._WNUM})\b(?!-)", re.I)
