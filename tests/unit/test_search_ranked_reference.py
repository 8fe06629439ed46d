"""SearchIndex.ranked (the library filter's split, made faster for #18) against a plain
reference: every item's own text checked word by word."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer import model as m
from briefer import search
from briefer.search import SearchIndex, _own_text, query_words

WORDS = "port rail shells oil border drone ministry grain ports ship s1 s2 a or".split()


@dataclass
class H:
    source: m.Source
    item: m.Item


def library(seed: int) -> list[H]:
    rnd = random.Random(seed)
    hits = []
    for s in range(12):
        title = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 3)))
        src = m.Source(f"s{s}", title.title(), tags=[rnd.choice(WORDS)])
        for j in range(rnd.randint(0, 5)):
            text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 6)))
            kind = rnd.randrange(3)
            if kind == 0:
                item: m.Item = m.Take(f"t{j}", text.capitalize())
            elif kind == 1:
                item = m.Quote(f"q{j}", text, speaker=rnd.choice(["A. Port", None]))
            else:
                item = m.Figure(f"f{j}", j + 1, unit=rnd.choice(WORDS), subject=text)
            src_items = {"take": src.takes, "quote": src.quotes, "figure": src.figures}
            src_items[item.kind].append(item)
        hits += [H(src, it) for it in src.items()]
    return hits


def reference(index: SearchIndex, query: str, kind: str | None) -> tuple[list[int], list[int]]:
    words = query_words(query)
    found = index.search(query, kind)
    if not words:
        return found, []
    own, partly, note = [], [], []
    for i in found:
        body = _own_text(index.hits[i].item).casefold()
        inside = [w in body for w in words]
        (own if all(inside) else partly if any(inside) else note).append(i)
    return own + partly, note


@settings(max_examples=200, deadline=None)
@given(
    seed=st.integers(0, 50),
    queries=st.lists(
        st.lists(st.sampled_from([*WORDS, "PORT", "r", "zz"]), max_size=3).map(" ".join),
        min_size=1,
        max_size=4,
    ),
    kind=st.sampled_from([None, "take", "quote", "figure"]),
)
def test_ranked_equals_the_reference_while_typing(seed, queries, kind):
    for bodies_after in (10**9, 0):  # own texts cut per query / kept for every item
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(search, "_BODIES_AFTER", bodies_after)
            index = SearchIndex(library(seed))
            for query in queries:  # one index, several queries: the narrowing path too
                assert index.ranked(query, kind) == reference(index, query, kind)
