"""The plain-item shortcut of the schema (#18): for the items it accepts it must give exactly
what the full walk gives, and it must accept the items a library is made of (else it saves
nothing). Anything unusual goes down the full walk, which reports it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer import model as m
from briefer.schema import _ITEM_SCHEMA, _plain_item, _walked_item, source_from_doc
from briefer.walk import Walk, is_date
from briefer.yamlio import compose

VALUES = [
    "x",
    "'a quoted text'",
    '"3"',
    "",
    "~",
    "null",
    "3",
    "07",
    "0",
    "+3",
    "-4",
    "9",
    "1.5",
    "1e3",
    "1000000",
    "1000001",
    "123456789012345678",
    "1234567890123456789",
    "true",
    "false",
    "True",
    "yes",
    "2026",
    "2026-02",
    "2026-02-28",
    "2026-02-30",
    "2026-13",
    "t1",
    "a-b",
    "Bad Id",
    "-x",
    "[1, 2]",
    "[2, 1]",
    "[1]",
    "[1, 2, 3]",
    "[a, 2]",
    "[1, '2']",
    "[1, ~]",
    "{a: b}",
    "!!str 5",
    "!!int 5",
    "!!binary aGk=",
    "approximately",
    "about",
    "٣",
    "'١٢'",
]


def _fields(item: object) -> dict[str, object]:
    """Every field, those left out of == (the positions) included."""
    import dataclasses

    return {f.name: getattr(item, f.name) for f in dataclasses.fields(item)}  # type: ignore[arg-type]


def _doc(kind: str, pairs: list[tuple[str, str]]):
    lines = [f"{k}: {v}" for k, v in pairs]
    text = "items:\n  - " + "\n    ".join(lines) + "\n"
    doc = compose(text, "x.yaml")
    return doc, doc.root.value[0][1].value[0]


@settings(max_examples=400, deadline=None)
@given(
    kind=st.sampled_from(sorted(_ITEM_SCHEMA)),
    data=st.data(),
)
def test_what_the_shortcut_accepts_the_full_walk_reads_the_same(kind, data):
    keys = [*_ITEM_SCHEMA[kind][0], "unknown", "Text"]
    chosen = data.draw(st.lists(st.sampled_from(keys), max_size=8))
    pairs = [(k, data.draw(st.sampled_from(VALUES))) for k in chosen]
    doc, node = _doc(kind, pairs)
    plain = _plain_item(node, kind)
    w = Walk(doc)
    walked = _walked_item(w, node, kind)
    if plain is not None:
        assert not w.problems, (pairs, [p.message for p in w.problems])
        assert _fields(walked) == _fields(plain)
        assert type(walked) is type(plain)


@pytest.mark.parametrize(
    ("kind", "pairs"),
    [
        ("take", [("id", "t1"), ("text", "A take."), ("credibility", "2")]),
        (
            "take",
            [("id", "t2"), ("text", "x"), ("draft", "true"), ("page", "12"), ("span", "[3, 9]")],
        ),
        (
            "quote",
            [
                ("id", "q1"),
                ("text", "We will."),
                ("speaker", "Ana Ruiz"),
                ("role", "minister"),
                ("date", "2026-02-28"),
                ("speaker_inferred", "false"),
                ("credibility", "6"),
            ],
        ),
        (
            "figure",
            [
                ("id", "f1"),
                ("value", "1200"),
                ("qualifier", "approximately"),
                ("unit", "troops"),
                ("subject", "the garrison"),
                ("as_of", "2026-01"),
                ("as_of_inferred", "true"),
                ("attribution", "the ministry"),
                ("page", "1000000"),
                ("span", "[0, 0]"),
            ],
        ),
        ("figure", [("value", "0")]),
        ("figure", [("value", "123456789012345678"), ("page", "1")]),
        ("take", [("text", "x"), ("page", "0000012"), ("span", "[0, 999999999999999999]")]),
        ("take", [("text", "x"), ("span", "[125, 1000]")]),
        ("quote", [("text", "No id, no speaker.")]),
    ],
)
def test_a_library_s_ordinary_items_take_the_shortcut(kind, pairs):
    doc, node = _doc(kind, pairs)
    plain = _plain_item(node, kind)
    assert plain is not None
    w = Walk(doc)
    walked = _walked_item(w, node, kind)
    assert _fields(plain) == _fields(walked)
    assert not w.problems
    assert set(plain.pos) == {"", *(k for k, _ in pairs)}
    assert plain.pos[""] == (2, 5) and plain.pos[pairs[0][0]] == (2, 7 + len(pairs[0][0]))


@pytest.mark.parametrize(
    ("kind", "pairs"),
    [
        ("take", [("id", "t1")]),  # no text
        ("take", [("text", "x"), ("text", "y")]),  # duplicate key
        ("take", [("text", "x"), ("credibility", "7")]),
        ("take", [("text", "x"), ("credibility", "+3")]),  # valid, but for the full walk
        ("take", [("text", "x"), ("page", "0")]),
        ("take", [("text", "x"), ("page", "1000001")]),
        ("take", [("text", "x"), ("span", "[2, 1]")]),
        ("take", [("text", "x"), ("span", "[1]")]),
        ("take", [("text", "x"), ("span", "3")]),
        ("take", [("text", "x"), ("draft", "yes")]),
        ("take", [("text", "x"), ("id", "Bad Id")]),
        ("take", [("text", "x"), ("id", "''")]),
        ("take", [("text", "~")]),
        ("take", [("text", "!!binary aGk=")]),
        ("take", [("text", "{a: b}")]),
        ("quote", [("text", "x"), ("date", "2026-02-30")]),
        ("quote", [("text", "x"), ("speaker_inferred", "True")]),
        ("figure", [("value", "1.5")]),
        ("figure", [("value", "-4")]),
        ("figure", [("value", "1234567890123456789")]),
        ("figure", [("value", "3"), ("qualifier", "roughly")]),
        ("figure", [("value", "3"), ("as_of", "2026-13")]),
        ("figure", [("value", "3"), ("as_of_inferred", "no")]),
        ("figure", [("value", "3"), ("text", "not a figure key")]),
        ("take", [("text", "x"), ("page", "00000012000000")]),  # 12,000,000: out of range
        ("take", [("text", "x"), ("page", "00000012")]),  # leading zeros: the full walk
        ("take", [("text", "x"), ("span", "[a, 2]")]),
        ("take", [("text", "x"), ("span", "[1, b]")]),
        ("take", [("text", "x"), ("span", "[!!str {a: 1}, 2]")]),
        ("take", [("!!int text", "x")]),  # a key that is not plain text
    ],
)
def test_anything_unusual_goes_to_the_full_walk(kind, pairs):
    _, node = _doc(kind, pairs)
    assert _plain_item(node, kind) is None


def test_a_tagged_item_mapping_and_a_non_mapping_go_to_the_full_walk():
    doc = compose("- !!omap [{text: x}]\n- just text\n- [text]\n- !!set {text: x}\n", "x.yaml")
    for node in doc.root.value:
        assert _plain_item(node, "take") is None


def test_a_note_read_through_the_shortcut_reports_its_bad_items_where_they_are():
    text = (
        "title: T\ntakes:\n  - id: t1\n    text: Fine.\n  - id: t2\n    text: Bad.\n"
        "    credibility: 9\nfigures:\n  - id: f1\n    value: 12\n    as_of: 2026-02-30\n"
    )
    from briefer.errors import LoadError

    with pytest.raises(LoadError) as e:
        source_from_doc(compose(text, "n.yaml"))
    found = [(p.line, p.message) for p in e.value.problems]
    assert found == [
        (7, "'credibility' must be a whole number from 1 to 6, found '9'"),
        (11, "'as_of' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, found '2026-02-30'"),
    ]


def test_remembered_dates_answer_as_the_first_time():
    for text in ("2026-02-29", "2028-02-29", "2026-02-29", "2028-02-29", "2026", "20261"):
        first = is_date(text)
        assert is_date(text) is first
    assert [is_date(t) for t in ("2026-02-29", "2028-02-29", "2026", "20261")] == [
        False,
        True,
        True,
        False,
    ]


def test_items_read_by_the_shortcut_are_the_model_s_own_classes():
    src = source_from_doc(
        compose(
            "title: T\ntakes:\n  - text: a\nquotes:\n  - text: b\nfigures:\n  - value: 3\n",
            "n.yaml",
        )
    )
    assert [type(i) for i in src.items()] == [m.Take, m.Quote, m.Figure]
    assert [i.id for i in src.items()] == ["t1", "q1", "f1"]


@given(st.lists(st.sampled_from(["a", "b.", ".", "..", "x.yaml", ".h", "c.d.e", "é"]), min_size=1))
def test_a_note_s_stem_is_path_s_stem(parts: list[str]) -> None:
    from pathlib import Path

    from briefer.schema import _stem

    path = "/".join(parts)
    assert _stem(path) == Path(path).stem


def test_the_walk_is_not_taken_for_an_ordinary_item(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefer.schema as schema

    def walked(*args: object) -> None:
        raise AssertionError("the full walk was taken")

    monkeypatch.setattr(schema, "_walked_item", walked)
    src = source_from_doc(compose("title: T\ntakes:\n  - id: t1\n    text: a\n", "n.yaml"))
    assert [(i.id, i.text) for i in src.items()] == [("t1", "a")]


def test_a_page_out_of_range_behind_zeros_is_reported() -> None:
    from briefer.errors import LoadError

    with pytest.raises(LoadError) as e:
        source_from_doc(compose("title: T\ntakes:\n  - text: a\n    page: 00000012000000\n", "n"))
    assert [p.message for p in e.value.problems] == [
        "'page' must be a whole number from 1 to 1000000, found '00000012000000'"
    ]
