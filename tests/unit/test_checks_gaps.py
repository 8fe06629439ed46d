"""A finding's printed and JSON forms, pinned exactly (#22): they are what `briefer check`
prints and what editors and scripts parse."""

from __future__ import annotations

from briefer.checks.finding import CODES, ERROR, WARNING, Finding, counts


def test_str_is_one_located_line() -> None:
    f = Finding("BRF003", WARNING, "vague\nwording", "dir/b.brief.yaml", 12, 5)
    assert str(f) == "dir/b.brief.yaml:12:5: BRF003 warning: vague wording"
    g = Finding("BRF001", ERROR, "unknown", "b\x1b.yaml", 1, 1)
    assert str(g).startswith("b\u241b.yaml:1:1: BRF001 error: ")


def test_to_dict_keys_in_order_optional_ones_only_when_set() -> None:
    f = Finding("BRF011", WARNING, "twice", "b.brief.yaml", 3, 9)
    assert f.to_dict() == {
        "code": "BRF011",
        "severity": "warning",
        "message": "twice",
        "path": "b.brief.yaml",
        "line": 3,
        "col": 9,
    }
    g = Finding("BRF011", WARNING, "twice", "b.brief.yaml", 3, 9, 0, 2, "n.yaml:4:1")
    assert list(g.to_dict()) == [
        "code",
        "severity",
        "message",
        "path",
        "line",
        "col",
        "section",
        "entry",
        "related",
    ]
    assert (g.to_dict()["section"], g.to_dict()["entry"], g.to_dict()["related"]) == (
        0,
        2,
        "n.yaml:4:1",
    )
    h = Finding("BRF012", WARNING, "empty", "b", 1, 1, section=0)
    assert list(h.to_dict())[-1] == "section"


def test_counts_and_is_error() -> None:
    e = Finding("BRF001", ERROR, "m", "b", 1, 1)
    w = Finding("BRF003", WARNING, "m", "b", 1, 1)
    assert e.is_error and not w.is_error
    assert counts([]) == (0, 0)
    assert counts([e, w, w]) == (1, 2)
    assert counts([e, e]) == (2, 0)


def test_every_code_has_a_severity_and_a_description() -> None:
    assert list(CODES)[:2] == ["LOAD", "BRF001"]
    numbered = [c for c in CODES if c != "LOAD"]
    assert numbered == [f"BRF{n:03d}" for n in range(1, len(numbered) + 1)]
    assert {sev for sev, _ in CODES.values()} == {ERROR, WARNING}
    assert all(desc and desc == desc.strip() for _, desc in CODES.values())
    errors = sorted(c for c, (sev, _) in CODES.items() if sev == ERROR)
    assert errors == ["BRF001", "BRF002", "BRF013", "BRF019", "LOAD"]
