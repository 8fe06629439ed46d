"""Scoring extraction against hand-made expectations (tests/data/articles/*.expected.json).

Quotes count when they have a speaker: a found quote matches an expected one when its text
starts with the expected words and the speaker is the same (case and a leading "the"
ignored). Figures match on value, read at the place of the expected words: those words are
inside the figure's span, or overlap it ("70" read from "between 70 and 100").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from briefer import model as m


@dataclass
class Score:
    matched: int = 0
    found: int = 0
    expected: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    def add(self, other: Score) -> None:
        self.matched += other.matched
        self.found += other.found
        self.expected += other.expected
        self.misses += other.misses
        self.extras += other.extras


def _who(name: str | None) -> str:
    text = " ".join((name or "").split()).casefold()
    return text[4:] if text.startswith("the ") else text


def same_speaker(got: str | None, want: str | None, body: str = "") -> bool:
    """The same speaker: the same name (case and a leading "the" aside), or a body written
    once by a short name and once in words, where the article itself pairs the two as
    "Words (SHORT)" or "SHORT (Words)". The short name is initials ("FPB") or one
    capitalised word that is not one of the words ("Nersa" for "National Energy Regulator
    of SA", "Destatis" for "Federal Statistical Office"); a one-word short name pairs only
    with three words or more, so a person's nickname ("Joko Widodo (Jokowi)") is not taken."""
    a, b = _who(got), _who(want)
    if a == b:
        return True
    if not a or not b:
        return False
    flat = " ".join(body.split()).casefold()
    initials, words = sorted(((a, got or ""), (b, want or "")), key=lambda p: len(p[0]))
    short_name = initials[1].strip()
    if not re.fullmatch(r"[A-Z&]{2,8}", short_name) and not (
        re.fullmatch(r"[A-Z][A-Za-z&]{2,11}", short_name)
        and len(words[0].split()) >= 3
        and initials[0] not in words[0].split()
    ):
        return False
    short, long = initials[0], words[0]
    return f"{long} ({short})" in flat or f"{short} ({long})" in flat


_LEAD_ELLIPSIS = re.compile(r"\A(?:…|\.{2,})\s*")


def _starts(e: dict) -> str:
    """A key's first words, less a comma that ends them: a quote of five words keyed with
    the comma inside its marks ("go on for a while,") is read without it (quote texts end
    before a trailing comma). An ellipsis that opens them ("… This is one of") is no word
    of the quote's: ``_opening`` drops it from the quote's text too."""
    return _LEAD_ELLIPSIS.sub("", str(e["starts"])).rstrip(",")


def _opening(text: str) -> str:
    """A found quote's text, flat, without an opening ellipsis ("...People have", "…
    This"), as ``_starts`` reads the key: one quote whether or not either kept the dots."""
    return _LEAD_ELLIPSIS.sub("", _flat(text))


def another_form(got: str | None, want: str | None) -> bool:
    """Whether a wrong speaker is the key's person or body named another way: one name's
    words are all in the other ("Kishan Reddy" / "G. Kishan Reddy", "Eastern Command" /
    "Eastern Command of Indian Army"). A diagnostic only: never counted as right."""
    words = [
        {w.strip(".,’'").casefold().removesuffix("’s").removesuffix("'s") for w in n.split()}
        - {"", "the", "of"}
        for n in (got or "", want or "")
    ]
    return bool(words[0] and words[1]) and (words[0] <= words[1] or words[1] <= words[0])


def _flat(text: str) -> str:
    return " ".join(text.split())


def load_expected(article: Path) -> dict:
    return json.loads(
        article.with_name(article.name.split(".")[0] + ".expected.json").read_text(encoding="utf-8")
    )


def score_quotes(src: m.Source, expected: list[dict]) -> Score:
    want = [e for e in expected if e["speaker"]]
    got = [q for q in src.quotes if q.speaker]
    s = Score(found=len(got), expected=len(want))
    free = list(got)
    for e in want:
        hit = next(
            (
                q
                for q in free
                if _opening(q.text).startswith(_starts(e))
                and same_speaker(q.speaker, e["speaker"], src.body or "")
            ),
            None,
        )
        if hit:
            s.matched += 1
            free.remove(hit)
        else:
            s.misses.append(f"quote {e['starts']!r} by {e['speaker']}")
    s.extras += [f"quote {_flat(q.text)[:40]!r} by {q.speaker}" for q in free]
    return s


def _places(body: str, near: str) -> list[tuple[int, int]]:
    """Where the key's words stand in the body (any run of spaces or line breaks between
    them)."""
    words = near.split()
    if not words:
        return []
    return [x.span() for x in re.finditer(r"\s+".join(map(re.escape, words)), body)]


def _same_place(body: str, span: tuple[int, int], near: str) -> bool:
    """The figure was read at the key's place: the key's words are inside its span ("nine
    deaths" in "nine deaths"), or its span and the key's words share characters, so the
    number the key names is the one read ("70" of "between 70 and 100", "more than 185
    kilometers" of "185 kilometers per hour"). The value is compared apart."""
    if near in _flat(body[span[0] : span[1]]):
        return True
    return any(s < span[1] and span[0] < e for s, e in _places(body, near))


def same_value(got: float, want: float) -> bool:
    """The same value, to the precision the key is written in when that is three places or
    more (a repeating fraction cut short: 0.6667 or 0.667 for "two-thirds" is the found
    0.666…); otherwise exact (0.3 is not 0.34, 3 is not 3.2)."""
    if abs(got - want) < 1e-9:
        return True
    places = len(repr(float(want)).split(".")[1].rstrip("0")) if "e" not in repr(want) else 0
    return 3 <= places <= 6 and round(got, places) == round(float(want), places)


def score_figures(src: m.Source, expected: list[dict]) -> Score:
    """A figure matches a key with the same value (``same_value``) read at the same place in
    the text (``_same_place``); each figure matches one key at most."""
    body = src.body or ""
    s = Score(found=len(src.figures), expected=len(expected))
    free = list(src.figures)
    for e in expected:
        hit = next(
            (
                f
                for f in free
                if f.span
                and same_value(f.value, e["value"])
                and _same_place(body, f.span, e["near"])
            ),
            None,
        )
        if hit:
            s.matched += 1
            free.remove(hit)
        else:
            s.misses.append(f"figure {e['value']} ({e['near']})")
    s.extras += [f"figure {f.value} {body[f.span[0] : f.span[1]]!r}" for f in free if f.span]
    return s


# ------------------------------------------------- real articles (kept outside the repo)


@dataclass
class RealScore:
    """First-pass numbers for a folder of real articles: quotes with the right speaker,
    quotes given a wrong speaker (a speaker where the article names none counts as wrong),
    figures with the right value, and found figures that are no expected figure."""

    quotes_expected: int = 0
    quotes_right: int = 0
    wrong_speakers: list[str] = field(default_factory=list)
    missed_quotes: list[str] = field(default_factory=list)
    figures_expected: int = 0
    figures_right: int = 0
    extra_figures: list[str] = field(default_factory=list)
    missed_figures: list[str] = field(default_factory=list)
    other_form: int = 0  # wrong speakers that are the key's person, named another way

    def line(self, label: str) -> str:
        q = self.quotes_right / self.quotes_expected if self.quotes_expected else 1.0
        f = self.figures_right / self.figures_expected if self.figures_expected else 1.0
        return (
            f"{label}: quotes with the right speaker {self.quotes_right}/{self.quotes_expected}"
            f" ({q:.0%}), wrong speakers {len(self.wrong_speakers)}; figures with the right"
            f" value {self.figures_right}/{self.figures_expected} ({f:.0%}), figures that are"
            f" not expected {len(self.extra_figures)}"
        )


def score_real(src: m.Source, want: dict, name: str = "") -> RealScore:
    """Score one article against ``{"quotes": [{starts, speaker}], "figures": [{value,
    near}]}``; quotes expected with ``speaker: null`` only count when given a speaker."""
    s = RealScore()
    quotes = list(src.quotes)
    for e in want["quotes"]:
        q = next((q for q in quotes if _opening(q.text).startswith(_starts(e))), None)
        if q is not None:
            quotes.remove(q)
        if e["speaker"]:
            s.quotes_expected += 1
            if q is not None and same_speaker(q.speaker, e["speaker"], src.body or ""):
                s.quotes_right += 1
            elif q is not None and q.speaker:
                s.wrong_speakers.append(f"{name}: {e['starts']!r} {q.speaker} ≠ {e['speaker']}")
                s.other_form += another_form(q.speaker, e["speaker"])
            else:
                s.missed_quotes.append(f"{name}: {e['starts']!r} by {e['speaker']}")
        elif q is not None and q.speaker:
            s.wrong_speakers.append(f"{name}: {e['starts']!r} given to {q.speaker}, no one")
    for q in quotes:  # quotes nobody expected, given a speaker: a wrong speaker too
        if q.speaker:
            s.wrong_speakers.append(f"{name}: unexpected {_flat(q.text)[:40]!r} by {q.speaker}")
    fs = score_figures(src, want["figures"])
    s.figures_expected, s.figures_right = fs.expected, fs.matched
    s.missed_figures = [f"{name}: {x}" for x in fs.misses]
    s.extra_figures = [f"{name}: {x}" for x in fs.extras]
    return s


def score_folder(folder: Path, verbose: bool = True) -> RealScore:
    """Every article named in ``folder/expected.json``, summed."""
    from briefer.extract import extract, read_input

    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    total = RealScore()
    for name, want in expected.items():
        src = extract(read_input(str(folder / name)), name=name)
        one = score_real(src, want, name)
        if verbose:
            print(one.line(name))
        total.quotes_expected += one.quotes_expected
        total.quotes_right += one.quotes_right
        total.figures_expected += one.figures_expected
        total.figures_right += one.figures_right
        for key in ("wrong_speakers", "missed_quotes", "extra_figures", "missed_figures"):
            getattr(total, key).extend(getattr(one, key))
        total.other_form += one.other_form
    return total


if __name__ == "__main__":  # python tests/unit/extract_scoring.py FOLDER
    import sys

    result = score_folder(Path(sys.argv[1]))
    for key in ("wrong_speakers", "missed_quotes", "missed_figures", "extra_figures"):
        for line in getattr(result, key):
            print(f"{key}: {line}")
    print(result.line("TOTAL"))
    print(f"of the wrong speakers, the key's person named another way: {result.other_form}")
