"""The workspace cache file (briefer/cache.py): a warm load gives exactly what a cold load
gives; a corrupt, torn, foreign or stale cache is ignored; edits are seen."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest

import briefer.workspace as wsmod
from briefer import cache
from briefer import model as m
from briefer.errors import Problem, ProblemList
from briefer.workspace import Workspace

BROKEN = "title: [unclosed\n"
MANY_PROBLEMS = "title: Many\n" + "".join(f"bad{i}: x\n" for i in range(30))
ODD = (
    "title: Odd values\nreliability: B\ntags: [a, b]\ntakes:\n  - text: Whole.\n"
    "    credibility: 2\n    span: [3, 9]\nfigures:\n  - value: 0.25\n    unit: share\n"
    "  - value: 123456789012345678\n    unit: shells\n"
)


def cache_files() -> list[Path]:
    return sorted(Path(os.environ["BRIEFER_CACHE_DIR"]).glob("ws-*"))


@pytest.fixture
def ws_root(sample_ws: Path) -> Path:
    sources = sample_ws / "sources"
    (sources / "broken.yaml").write_text(BROKEN)
    (sources / "many.yaml").write_text(MANY_PROBLEMS)
    (sources / "odd.yaml").write_text(ODD)
    return sample_ws


def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = wsmod._parse_source
    monkeypatch.setattr(wsmod, "_parse_source", lambda p: calls.append(Path(p).name) or real(p))
    return calls


def full(source: m.Source) -> tuple:
    """Every field, positions included (they take no part in ==)."""
    return (
        source,
        source.pos,
        [(it, it.pos, type(it)) for it in source.items()],
    )


def test_a_warm_load_gives_what_a_cold_load_gives(ws_root, monkeypatch):
    cold = Workspace.load(ws_root, use_cache=False)
    Workspace.load(ws_root)  # writes the cache
    assert len(cache_files()) == 1
    calls = count_parses(monkeypatch)
    warm = Workspace.load(ws_root)
    assert calls == []  # nothing parsed: all from the cache
    assert list(warm.sources) == list(cold.sources)
    for sid, source in cold.sources.items():
        assert full(warm.sources[sid]) == full(source)
    assert [str(p) for p in warm.errors] == [str(p) for p in cold.errors]
    odd = warm.sources["odd"]
    assert odd.figures[0].value == 0.25 and isinstance(odd.figures[0].value, float)
    assert odd.figures[1].value == 123456789012345678
    assert odd.takes[0].span == (3, 9) and odd.tags == ["a", "b"]
    assert [h.ref for h in warm.search("shells")] == [h.ref for h in cold.search("shells")]


def test_problems_keep_their_count_of_dropped_ones(ws_root):
    cold = Workspace.load(ws_root)
    warm = Workspace.load(ws_root)
    many = [str(p) for p in warm.errors if "many.yaml" in p.path]
    assert many == [str(p) for p in cold.errors if "many.yaml" in p.path]
    assert any("more problems" in line for line in many) or len(many) >= 20


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # torn write
        lambda b: b[:-10] + bytes(x ^ 0xFF for x in b[-10:]),  # flipped bytes at the end
        lambda b: b[:40] + bytes([b[40] ^ 1]) + b[41:],  # one bit inside the payload
        lambda b: b"",  # empty
        lambda b: b"not a cache at all",
    ],
)
def test_a_corrupt_cache_is_ignored(ws_root, monkeypatch, damage):
    cold = Workspace.load(ws_root)
    (path,) = cache_files()
    path.write_bytes(damage(path.read_bytes()))
    calls = count_parses(monkeypatch)
    again = Workspace.load(ws_root)
    assert len(calls) == len(list((ws_root / "sources").glob("*.yaml")))  # all parsed again
    assert list(again.sources) == list(cold.sources)
    assert cache.loads(path.read_bytes())  # and the cache was written again, whole


def test_loads_refuses_what_it_did_not_write():
    good = cache.dumps({"a.yaml": ((1, 2, 3, 4), None, m.Source("a", "A"))})
    assert cache.loads(good)["a.yaml"][2] == m.Source("a", "A")
    for bad in (good[:-1], good[:20], b"x" + good[1:], good + b"x"):
        with pytest.raises(ValueError):
            cache.loads(bad)


def test_a_cache_of_another_model_or_python_is_ignored(ws_root, monkeypatch):
    Workspace.load(ws_root)
    monkeypatch.setattr(cache, "_SIGNATURE", ("another python", ()))
    calls = count_parses(monkeypatch)
    Workspace.load(ws_root)
    assert len(calls) > 5


def test_an_edit_that_keeps_mtime_and_size_is_seen_through_the_cache(ws_root):
    note = ws_root / "sources" / "odd.yaml"
    Workspace.load(ws_root)
    Workspace.load(ws_root)  # a warm load, from the cache file
    st = note.stat()
    note.write_text(ODD.replace("Whole.", "Holed."))
    os.utime(note, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (note.stat().st_mtime_ns, note.stat().st_size) == (st.st_mtime_ns, st.st_size)
    assert Workspace.load(ws_root).sources["odd"].takes[0].text == "Holed."


def test_a_changed_note_is_read_again_and_the_rest_comes_from_the_cache(ws_root, monkeypatch):
    Workspace.load(ws_root)
    note = ws_root / "sources" / "odd.yaml"
    note.write_text(ODD.replace("Odd values", "Even values, longer"))
    calls = count_parses(monkeypatch)
    ws = Workspace.load(ws_root)
    assert calls == ["odd.yaml"]
    assert ws.sources["odd"].title == "Even values, longer"


def test_values_marshal_cannot_hold_fall_back_to_pickle():
    source = m.Source("a", "A", tags=["x"])
    source.summary = Decimal("1.5")  # type: ignore[assignment]  # a future field's type, say
    problems = ProblemList()
    problems.append(Problem("b.yaml", 1, 2, "bad", "line"))
    entries = {"a.yaml": ((1, 2, 3, 4), "d", source), "b.yaml": (None, None, problems)}
    back = cache.loads(cache.dumps(entries))
    assert back["a.yaml"] == ((1, 2, 3, 4), "d", source)
    assert back["a.yaml"][2].summary == Decimal("1.5")
    assert back["b.yaml"][2] == problems and isinstance(back["b.yaml"][2], ProblemList)


def test_what_cannot_be_cached_at_all_is_a_value_error_and_the_load_goes_on(ws_root):
    class Local:  # neither marshal nor pickle can hold it
        pass

    source = m.Source("a", "A")
    source.summary = Local()  # type: ignore[assignment]
    with pytest.raises(ValueError, match="cannot be cached"):
        cache.dumps({"a.yaml": (None, None, source)})


def test_key_names_are_shared_between_items(ws_root):
    Workspace.load(ws_root)
    warm = Workspace.load(ws_root)
    keys = [k for s in warm.sources.values() for it in s.items() for k in it.pos if k == "text"]
    assert len(keys) > 10 and all(k is keys[0] for k in keys)


def test_positions_are_shared_between_notes_and_survive_the_cache(ws_root):
    (ws_root / "sources" / "odd2.yaml").write_text(ODD.replace("Odd values", "Odd twin"))
    for ws in (Workspace.load(ws_root), Workspace.load(ws_root)):  # cold, then warm
        a, b = ws.sources["odd"].takes[0], ws.sources["odd2"].takes[0]
        assert a.pos == b.pos and a.pos["text"] is b.pos["text"]


def test_a_model_that_tuples_do_not_fit_is_pickled(monkeypatch):
    monkeypatch.setattr(cache, "_TUPLES_FIT", False)
    source = m.Source("a", "A", takes=[m.Take("t1", "Text.", pos={"text": (3, 5)})])
    back = cache.loads(cache.dumps({"a.yaml": ((1, 2, 3, 4), None, source)}))
    assert back["a.yaml"][2] == source and back["a.yaml"][2].takes[0].pos == {"text": (3, 5)}


def test_caches_of_other_code_versions_are_removed(ws_root, tmp_path):
    other = tmp_path / "other-ws"
    (other / "sources").mkdir(parents=True)
    (other / "sources" / "odd.yaml").write_text(ODD)
    Workspace.load(other)  # another workspace's cache: kept
    Workspace.load(ws_root)
    mine = wsmod._cache_path(ws_root)
    key = mine.name.rsplit("-", 1)[0]
    old_pickle = mine.parent / f"{key}-0123456789abcdef.pickle"
    old_cache = mine.parent / f"{key}-fedcba9876543210.cache"
    old_pickle.write_bytes(b"old")
    old_cache.write_bytes(b"old")
    (ws_root / "sources" / "odd.yaml").write_text(ODD.replace("Odd", "Even"))  # a new write
    Workspace.load(ws_root)
    assert not old_pickle.exists() and not old_cache.exists()
    assert sorted(p.name for p in cache_files()) == sorted(
        [mine.name, wsmod._cache_path(other).name]
    )


def test_writing_leaves_cyclic_gc_as_it_found_it():
    import gc

    entries = {"a.yaml": ((1, 2, 3, 4), None, m.Source("a", "A", takes=[m.Take("t1", "T.")]))}
    assert gc.isenabled()
    assert cache.loads(cache.dumps(entries))["a.yaml"][2] == entries["a.yaml"][2]
    assert gc.isenabled()  # back on: dumps turns it off only while it encodes
    gc.disable()
    try:
        cache.dumps(entries)
        assert not gc.isenabled()  # a load's own "no GC" is not ended by the write
    finally:
        gc.enable()
