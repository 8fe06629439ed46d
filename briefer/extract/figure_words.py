"""The words after a number that say what it counts: its noun (plural or not, a people's
word), a period ("three years") or a measure ("3 metres"), as ``figures`` and ``counts``
read them."""

from __future__ import annotations

import itertools
import re

from . import numbers as num
from .repeats import (
    _MEASURE_UNITS,
    _STOP_WORDS,
)

VERBS_AFTER = frozenset(
    """
rose fell grew increased decreased jumped climbed surged dropped declined doubled tripled
remain remained reached said say says reported estimated killed died left fled lost
work works live serve serves face faces need needs wait stay come go want use hold
make take get risen grown fallen gone expanded shrunk more run runs
""".split()
)


_WORD = re.compile(r"[^\W\d][\w’'-]*|\d+|\S")


def plural(word: str) -> bool:
    low = word.lower()
    return (
        len(low) > 3 and low.endswith("s") and not low.endswith("ss") and low not in num.SINGULAR_S
    ) or bool(
        re.fullmatch(r"[A-Z]{2,}s", word)  # "PSs", "MPs", "NGOs"
    )


def words_after(text: str, pos: int, end: int) -> list[re.Match[str]]:
    """The noun phrase after a number: adjectives and nouns up to a function word or verb
    ("15,000 North Korean soldiers | being sent", "12 hospitals | run by")."""
    words = list(itertools.islice(_WORD.finditer(text, pos, end), 6))
    out: list[re.Match[str]] = []
    quoted = False
    for i, m in enumerate(words):
        word = m.group()
        low = word.lower()
        nxt = words[i + 1].group() if i + 1 < len(words) else ""
        if (
            not out
            and word in "“\"‘’'"
            and i + 1 < len(words)
            and text[m.start() - 1 : m.start()].isspace()
            and text[m.end() : m.end() + 1].isalpha()
        ):
            quoted = True
            continue  # Four “terrorists”, six ’sick’ wards: a word in quotes ("the '10' plan")
        if quoted and out and word in "”\"’'":
            quoted = False
            continue  # 10 “phantom” voters: the quote closes, the noun goes on
        if (
            word.isdigit()
            and len(word) <= 4
            and out
            and out[-1].group()[:1].isupper()
            and nxt[:1].isalpha()
        ):
            continue  # "14 Leopard 2 tanks": the model's number is part of the name
        if not word[0].isalpha() or low in _STOP_WORDS or len(out) >= 5:
            break
        if low in ("late", "early") and nxt.lower() in _CALENDAR:
            break  # "rose to 17 late Thursday"
        if (
            low in VERBS_AFTER
            or low in _CALENDAR
            or (
                low.endswith("ing")
                and word[0].islower()  # "Boeing", "Beijing" are names
                and (low in _ING_VERBS or not (plural(nxt) or _plural_soon(words[i + 1 : i + 3])))
            )
        ):
            break  # "300 burning", "5 including"; "200 remaining migrants" goes on
        nxt2 = words[i + 2].group() if i + 2 < len(words) else ""
        if (
            low.endswith("ed")
            and word[0].islower()  # "Ahmed" is a name
            and len(low) > 4
            and not plural(nxt)
            and not (nxt[:1].islower() and plural(nxt2))
            and not _plural_soon(words[i + 1 : i + 4])
        ):
            break  # "troops deployed", "61 required care"; "other suspected cases" goes on
        if (
            not out
            and low.endswith("ly")
            and word[0].islower()
            and nxt.lower().endswith("ed")
            and not plural(nxt2)
        ):
            break  # "six previously released": an adverb, then the verb
        out.append(m)
        if not quoted and re.fullmatch(r"[a-z][a-z-]{2,}s[’']", word):
            break  # "the two sides' parliaments": the sides are counted, their own a noun
        if (plural(word) or people_noun(word)) and not plural(nxt):
            break  # a plural noun ends the phrase ("measles cases" goes on)
    return out


def _plural_soon(words: list[re.Match[str]]) -> bool:
    """A participle's noun a few words on: "suspected illegal tin miners" — words in lower
    case, none a function word or a verb, up to a plural noun (the last one read)."""
    for m in words:
        low = m.group()
        if not re.fullmatch(r"[a-z][a-z-]*", low) or low in _STOP_WORDS or low in VERBS_AFTER:
            return False
        if plural(low):
            return True
    return False


_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december".split()
)


_ING_VERBS = frozenset(
    """
including excluding during following involving leaving making bringing totalling totaling
according regarding concerning affecting killing injuring carrying using taking giving
""".split()
)


_PEOPLE = frozenset(
    "people children men women police personnel staff crew cattle aircraft livestock".split()
)


def people_noun(word: str) -> bool:
    """A plural without an s: "people", "policemen", "personnel"."""
    low = word.lower()
    return low in _PEOPLE or (len(low) > 4 and low.endswith("men"))


PERIOD = re.compile(
    r"(?:\s+and\s+a\s+half)?"  # "four and a half hours"
    r"\s+(?:(?:more|fewer|less|other|consecutive|straight|successive|full|long|additional|"
    r"previous|past|calendar|working|business)\s+)?"
    r"(?:(?:winter|summer|spring|autumn|rainy|dry|school|academic|fiscal|financial)\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|decades?|centuries|century|quarters"
    r"|nights?|seasons)\b",
    re.I,
)


MEASURED = re.compile(
    rf"(?:\d[\d.,]*|\b(?:{num._WNUM}))\s*-?\s*(?:[A-Z][a-z]+\s+){{0,3}}(?:{_MEASURE_UNITS})\.?\s*[(\[]\s*\Z"
    r"|(?:US\$|\$|€|£|¥|₹|Rs\.?)\s?\d[\d.,]*\s*[(\[]\s*\Z",
    re.I,
)
