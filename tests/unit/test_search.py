"""The search index finds exactly what a naive all-words scan finds, in library order,
whichever path (rare-word find, item scan, narrowing of the previous result) it takes."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from briefer import model as m
from briefer.search import SearchIndex, item_text


@dataclass
class H:
    source: m.Source
    item: m.Item


WORDS = ["shell", "shells", "troop", "kursk", "a", "s", "ab", "ba", "north", "é", "ß", "İ"]


def library(n_sources: int, texts: list[str]) -> list[H]:
    hits = []
    for i in range(n_sources):
        src = m.Source(f"s{i}", f"Source {i}", tags=[f"tag{i % 3}"])
        for j, text in enumerate(texts):
            kind = j % 3
            if kind == 0:
                it: m.Item = m.Take(f"t{j}", f"{text} {i}")
            elif kind == 1:
                it = m.Quote(f"q{j}", text, speaker=f"Speaker {j}")
            else:
                it = m.Figure(f"f{j}", i * 10 + j, unit=text, subject="shells sent")
            hits.append(H(src, it))
    return hits


def naive(hits: list[H], query: str, kind: str | None) -> list[int]:
    words = query.replace("\x00", " ").casefold().split()
    return [
        i
        for i, h in enumerate(hits)
        if (kind is None or h.item.kind == kind)
        and all(w in item_text(h.source, h.item) for w in words)
    ]


text = st.lists(st.sampled_from(WORDS) | st.text(max_size=4), max_size=5).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 120),
    st.lists(text, min_size=1, max_size=6),
    st.lists(st.tuples(text, st.none() | st.sampled_from(m.ITEM_KINDS)), max_size=6),
)
def test_search_equals_naive_scan(n, texts, queries):
    hits = library(n, texts)
    index = SearchIndex(hits)
    for query, kind in queries:
        assert index.search(query, kind) == naive(hits, query, kind), (query, kind)


def test_typing_narrows_and_backspace_widens():
    hits = library(400, ["north shells", "troop movements", "kursk front", "shells"])
    index = SearchIndex(hits)
    typed = ["s", "sh", "she", "shells", "shells k", "shells ku", "shells k", "shells", "sh", ""]
    for query in typed:
        assert index.search(query) == naive(hits, query, None), query
    assert index.search("source 399 kursk", "take") == naive(hits, "source 399 kursk", "take")
    assert index.search("zzz") == []
