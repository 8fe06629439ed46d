"""Ranking (issue #19, point 4): items whose own text holds the words come first; items that
match only through their note's title, id or tags are kept apart, for every path the
search takes, and the CLI shows the difference."""

from __future__ import annotations

import json
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from briefer import model as m
from briefer.cli import main
from briefer.search import NOTE, OWN, PARTLY, SearchIndex, query_words, rank
from briefer.workspace import Workspace


@dataclass
class H:
    source: m.Source
    item: m.Item


def harbour() -> list[H]:
    tagged = m.Source("port-troops", "Port report", tags=["troops"])
    other = m.Source("other", "City notes")
    return [
        H(tagged, m.Take("t1", "Shell output doubled at the plant.")),
        H(tagged, m.Take("t2", "Troops were seen at the port.")),
        H(other, m.Take("t1", "Troops left the city by rail.")),
        H(other, m.Figure("f1", 3, unit="cranes", subject="cranes idle")),
        H(tagged, m.Quote("q1", "We move at night.", speaker="A troops officer")),
    ]


def test_note_only_matches_are_kept_apart_and_last():
    hits = harbour()
    index = SearchIndex(hits)
    own, note = index.ranked("troops")
    assert [hits[i].item.text for i in own] == [
        "Troops were seen at the port.",
        "Troops left the city by rail.",
        "We move at night.",  # the speaker is the item's own text
    ]
    assert [hits[i].item.text for i in note] == ["Shell output doubled at the plant."]
    # the same items as the plain search, nothing lost or added
    assert sorted(own + note) == index.search("troops")


def test_items_holding_every_word_rank_before_those_needing_the_note():
    hits = harbour()
    index = SearchIndex(hits)
    own, note = index.ranked("troops port")
    # t2 holds both words; q1 holds "troops" only (the note's title holds "port")
    assert [(hits[i].source.id, hits[i].item.id) for i in own] == [
        ("port-troops", "t2"),
        ("port-troops", "q1"),
    ]
    assert [(hits[i].source.id, hits[i].item.id) for i in note] == [("port-troops", "t1")]
    assert rank(hits[1].source, hits[1].item, query_words("troops port")) == OWN
    assert rank(hits[4].source, hits[4].item, query_words("troops port")) == PARTLY
    assert rank(hits[0].source, hits[0].item, query_words("troops port")) == NOTE


def test_empty_query_is_all_own_in_library_order():
    index = SearchIndex(harbour())
    assert index.ranked("") == (list(range(5)), [])
    assert index.ranked("", "figure") == ([3], [])


WORDS = ["shell", "troops", "port", "kursk", "a", "s", "é", "ß"]
word_text = st.lists(st.sampled_from(WORDS), max_size=4).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(word_text, st.lists(st.sampled_from(WORDS), max_size=2)), min_size=1),
    st.lists(word_text, min_size=1, max_size=4),
)
def test_ranked_agrees_with_rank_of_each_item(notes, queries):
    hits = []
    for n, (title, tags) in enumerate(notes):
        src = m.Source(f"s{n}", title or "untitled", tags=tags)
        for j, text in enumerate(WORDS[n % 3 :]):
            hits.append(H(src, m.Take(f"t{j}", f"{text} {title}" if j % 2 else text)))
    index = SearchIndex(hits)
    for query in queries:
        own, note = index.ranked(query)
        words = query_words(query)
        ranks = {i: rank(hits[i].source, hits[i].item, words) for i in index.search(query)}
        assert sorted(own + note) == sorted(ranks)
        assert note == [i for i in sorted(ranks) if words and ranks[i] == NOTE]
        expected_own = [i for i in sorted(ranks) if ranks[i] == OWN or not words]
        expected_own += [i for i in sorted(ranks) if words and ranks[i] == PARTLY]
        assert own == expected_own


def test_workspace_and_cli_rank_own_matches_first(sample_ws, capsys):
    ws = Workspace.load(sample_ws, use_cache=False)
    own, note = ws.search_split("troops")
    assert own and note
    assert all("troops" in (h.item.text + str(getattr(h.item, "subject", ""))).lower() for h in own)
    # a note tagged troops: its shell-output take is a note-level match, never an own one
    assert "nk-troops-kursk-2024/t3" in [h.ref for h in note]
    assert [h.ref for h in ws.search("troops")] == [h.ref for h in own + note]
    assert main(["items", str(sample_ws), "--search", "troops", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["ref"] for r in rows] == [h.ref for h in own + note]
    assert {r["ref"] for r in rows if r["match"] == "note"} == {h.ref for h in note}
    assert main(["items", str(sample_ws), "--search", "troops"]) == 0
    lines = capsys.readouterr().out.splitlines()
    marked = [ln.split("\t")[0] for ln in lines if ln.endswith("\t(note matches)")]
    assert marked == [h.ref for h in note]
