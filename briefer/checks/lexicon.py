"""The ICD 203 lexicon (``briefer/data/icd203.yaml``) and the text scanning the wording
rules need: whole-word matches outside quoted text, "May" the month, sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

COLUMNS = ("likelihood", "probability")


@dataclass(frozen=True, slots=True)
class Term:
    """One ICD 203 term (or a form of it) in one column of one row."""

    phrase: str
    column: str  # "likelihood" | "probability"
    row: int


@dataclass(frozen=True, slots=True)
class Row:
    likelihood: str
    probability: str
    low: int
    high: int

    def term(self, column: str) -> str:
        return self.likelihood if column == "likelihood" else self.probability

    def label(self, column: str) -> str:
        """'likely (55-80%)'."""
        return f"{self.term(column)} ({self.low}-{self.high}%)"


@dataclass(frozen=True, slots=True)
class Vague:
    phrase: str
    use: int | None  # index of the row it usually means
    unless_next: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    text: str  # as written
    what: Term | Vague | str  # str: a confidence level


class Lexicon:
    def __init__(self, data: dict[str, Any]) -> None:
        self.rows: list[Row] = []
        self.terms: list[Term] = []
        for i, r in enumerate(data["rows"]):
            low, high = r["percent"]
            self.rows.append(Row(r["likelihood"]["term"], r["probability"]["term"], low, high))
            for column in COLUMNS:
                spec = r[column]
                phrases = [spec["term"]] if spec.get("match_term", True) else []
                self.terms += [Term(p, column, i) for p in phrases + spec.get("forms", [])]
        by_term = {row.likelihood: i for i, row in enumerate(self.rows)}
        self.vague = [
            Vague(
                v["phrase"],
                by_term[v["use"]] if v.get("use") else None,
                tuple(v.get("unless_next", ())),
            )
            for v in data["vague"]
        ]
        self.confidence: list[str] = list(data["confidence"])
        self._terms_re = _alternation(t.phrase for t in self.terms)
        self._vague_re = _alternation(v.phrase for v in self.vague)
        self._term_of = {_key(t.phrase): t for t in self.terms}
        self._vague_of = {_key(v.phrase): v for v in self.vague}
        levels = "|".join(self.confidence)
        self._confidence_re = re.compile(
            rf"(?<!\w)(?:(?:{levels})(?:\s+|-)confidence"
            rf"|confidence\s+(?:level\s+)?(?:is|was|remains|stays)\s+(?:{levels})"
            r"|(?:highly|moderately|fairly|very)\s+confident)(?!\w)",
            re.IGNORECASE,
        )

    # ------------------------------------------------------------- scanning
    def icd_terms(self, text: str, vague: list[Match] | None = None) -> list[Match]:
        """ICD 203 terms outside quotes (vague phrases such as 'probably not' excluded;
        pass ``vague`` when already scanned)."""
        vague = self.vague_terms(text) if vague is None else vague
        out = []
        for m in _scan(self._terms_re, text):
            if any(v.start < m.end() and m.start() < v.end for v in vague):
                continue
            out.append(Match(m.start(), m.end(), m.group(), self._term_of[_key(m.group())]))
        return out

    def vague_terms(self, text: str) -> list[Match]:
        out = []
        for m in _scan(self._vague_re, text):
            v = self._vague_of[_key(m.group())]
            nxt = re.match(r"\s+(\w+)", text[m.end() :])
            if nxt and nxt.group(1).casefold() in v.unless_next:
                continue
            if v.phrase == "may" and is_month_may(text, m.start()):
                continue
            out.append(Match(m.start(), m.end(), m.group(), v))
        return out

    def confidence_levels(self, text: str) -> list[Match]:
        return [
            Match(m.start(), m.end(), m.group(), "confidence")
            for m in _scan(self._confidence_re, text)
        ]


def _key(phrase: str) -> str:
    return " ".join(phrase.casefold().split())


def _alternation(phrases: object) -> re.Pattern[str]:
    words = sorted({_key(p) for p in phrases}, key=len, reverse=True)  # type: ignore[attr-defined]
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in words)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _scan(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    masked = quoted_spans(text)
    return [m for m in pattern.finditer(text) if not any(a <= m.start() < b for a, b in masked)]


# Quoted text is someone else's words: "…", “…”, «…» and `code`.
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|`[^`]*`')


def quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(text)]


_MONTH_NEXT = re.compile(r"[\s,]+\d")
_SENTENCE_END = re.compile(r"[.!?:;]\s*$|^\s*$|\n\s*\n\s*$|(?:^|\n)\s*(?:[-*+>#]+|\d+[.)])\s*$")


def is_month_may(text: str, start: int) -> bool:
    """'May' at ``start`` is the month (or a name), not the modal verb: it is followed by a
    number ('May 12', 'in May 2025'), joined by a hyphen ('mid-May'), follows a day
    ('12 May'), or is capitalised in the middle of a sentence ('in May', 'Theresa May')."""
    word = text[start : start + 3]
    if _MONTH_NEXT.match(text, start + 3):
        return True
    if start and text[start - 1] == "-":
        return True
    if word != "May":
        return False
    before = text[max(0, start - 200) : start]  # enough context, and linear time
    if re.search(r"\d\s+$", before):
        return True
    before = before.rstrip("\"'“‘([ \t")
    return not _at_sentence_start(before)


def _at_sentence_start(before: str) -> bool:
    return not before.strip() or bool(_SENTENCE_END.search(before))


# Sentences: split after . ! ? followed by space, except after abbreviations.
_BREAK = re.compile(r"[.!?]+[\"'”’)]*(?=\s)|\n\s*\n")
_ABBREV = re.compile(
    r"(?:\b[A-Za-z]|\b(?:Gen|Lt|Col|Maj|Capt|Adm|Mr|Mrs|Ms|Dr|Prof|St|No|"
    r"vs|etc|e\.g|i\.e|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
    r"Nov|Dec))\.$"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``."""
    out, start = [], 0
    for m in _BREAK.finditer(text):
        # 7 characters back: the longest abbreviation ("approx") and the one before it, so
        # that the \b in _ABBREV sees a real word start ("Xapprox." ends a sentence)
        if m.group().startswith(".") and _ABBREV.search(
            text[max(0, m.start() - 7) : m.start() + 1]
        ):
            continue
        out.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


@cache
def lexicon() -> Lexicon:
    """The lexicon shipped with briefer (read once)."""
    raw = resources.files("briefer").joinpath("data", "icd203.yaml").read_text("utf-8")
    return Lexicon(yaml.safe_load(raw))
