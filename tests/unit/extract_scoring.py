"""Scoring extraction against hand-made expectations (tests/data/articles/*.expected.json).

Quotes count when they have a speaker: a found quote matches an expected one when its text
starts with the expected words and the speaker is the same (case and a leading "the"
ignored). Figures match on value, with the expected number words inside the figure's span.
"""

from __future__ import annotations

import json
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
                if _flat(q.text).startswith(e["starts"]) and _who(q.speaker) == _who(e["speaker"])
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


def score_figures(src: m.Source, expected: list[dict]) -> Score:
    body = src.body or ""
    s = Score(found=len(src.figures), expected=len(expected))
    free = list(src.figures)
    for e in expected:
        hit = next(
            (
                f
                for f in free
                if f.span
                and abs(f.value - e["value"]) < 1e-9
                and e["near"] in _flat(body[f.span[0] : f.span[1]])
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
