"""The validating walk, method by method: what each accepts, and the exact located message
for what it refuses (#22: messages are the user interface of a hand-edited file)."""

from __future__ import annotations

import pytest

from briefer.walk import Walk, _cut, is_date, keys, kind_of, number_ok, short_tag
from briefer.yamlio import compose


def walk(text: str) -> tuple[Walk, object]:
    doc = compose(text, "n.yaml")
    return Walk(doc), doc.root


def value(text: str):
    """A walk and the node of ``v`` in ``v: TEXT``."""
    w, root = walk(f"v: {text}\n")
    return w, root.value[0][1]  # type: ignore[attr-defined]


def problems(w: Walk) -> list[tuple[int, int, str]]:
    return [(p.line, p.col, p.message) for p in w.problems]


# ------------------------------------------------------------------ mappings
def test_mapping_values_positions_and_null() -> None:
    w, root = walk("a: x\nb:\nc: [1]\n")
    out, pos = w.mapping(root, "a note", keys("a", "b", "c"))
    assert list(out) == ["a", "c"] and out["a"].value == "x"
    assert pos == {"": (1, 1), "a": (1, 4), "b": (2, 3), "c": (3, 4)}
    assert problems(w) == []


def test_mapping_refusals_are_located() -> None:
    w, root = walk("a: 1\na: 2\nzz: 3\nnam: 4\n[k]: 5\n<<: {}\n")
    out, _ = w.mapping(root, "a note", keys("a", "name", "title"))
    assert list(out) == ["a"]
    assert problems(w) == [
        (2, 1, "duplicate key 'a' (first at line 1)"),
        (3, 1, "unknown key 'zz' in a note (known: a, name, title)"),
        (4, 1, "unknown key 'nam' in a note; did you mean 'name'?"),
        (5, 1, "a key must be plain text, found a list"),
        (6, 1, "merge keys ('<<') are not allowed"),
    ]


def test_mapping_required_keys() -> None:
    w, root = walk("a:\nb: x\n")
    w.mapping(root, "a take", keys("a", "b", "c"), required=("a", "b", "c"))
    assert problems(w) == [
        (1, 1, "'a' needs a value"),
        (1, 1, "a take is missing required key 'c'"),
    ]


def test_mapping_of_something_else() -> None:
    w, root = walk("- x\n")
    out, pos = w.mapping(root, "a note", keys("a"))
    assert out == {} and pos == {"": (1, 1)}
    assert problems(w) == [(1, 1, "expected a note (a mapping of key: value), found a list")]
    w, root = walk("just text\n")
    w.mapping(root, "a note", keys("a"))
    assert problems(w) == [(1, 1, "expected a note (a mapping of key: value), found 'just text'")]


def test_tags_outside_the_plain_ones_are_refused() -> None:
    w, root = walk("a: !!binary aGk=\nb: !!str x\nc: !custom y\n")
    out, _ = w.mapping(root, "a note", keys("a", "b", "c"))
    assert list(out) == ["b"]
    assert problems(w) == [
        (
            1,
            4,
            "tag '!!binary' is not allowed; briefer files hold plain text, numbers, "
            "lists and mappings only",
        ),
        (
            3,
            4,
            "tag '!custom' is not allowed; briefer files hold plain text, numbers, "
            "lists and mappings only",
        ),
    ]


def test_problems_stop_at_the_cap_and_are_counted() -> None:
    text = "".join(f"k{i}: 1\n" for i in range(25))
    w, root = walk(text)
    w.mapping(root, "a note", keys("a"))
    assert len(w.problems) == 20 and w.problems.dropped == 5
    w.fail(root, "one more")
    assert w.problems.dropped == 6


# ------------------------------------------------------------------ lists and text
def test_seq_and_texts() -> None:
    w, node = value("[a, b, [c]]")
    assert w.texts(node, "tags") == ["a", "b"]
    assert problems(w) == [(1, 11, "'tags' must be text, found a list")]
    w, node = value("x")
    assert w.seq(node, "tags") == [] and w.seq(None, "tags") == []
    assert problems(w) == [(1, 4, "'tags' must be a list, found 'x'")]
    w, node = value("{a: 1}")
    assert w.text(node, "title") is None and w.text(None, "title") is None
    assert problems(w) == [(1, 4, "'title' must be text, found a mapping")]


# ------------------------------------------------------------------ numbers
@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("15000", 15000),
        ("-3", -3),
        ("+7", 7),
        (" 42 ", 42),
        ("000000000000000000000001", 1),
        ("999999999999999999", 999999999999999999),
        ("2.5", 2.5),
        ("0.0", 0.0),
        ("1e-9", 1e-9),
        ("-2.5e3", -2500.0),
        (".5", 0.5),
        ("5.", 5.0),
    ],
)
def test_number_accepts(raw: str, want: float) -> None:
    w, node = value(f"'{raw}'")
    got = w.number(node, "value")
    assert got == want and type(got) is type(want) and problems(w) == []


OUT = (
    "is out of range: briefer keeps whole numbers of up to 18 digits, and decimals from 1e-9 "
    "to 1e18 in size with no more digits than a computer's float holds exactly (about 15)"
)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("lots", "'value' must be a number, found 'lots'"),
        (
            "15,000",
            "'value' must be a number, found '15,000' (write it without thousands separators)",
        ),
        ("1,5", "'value' must be a number, found '1,5'"),
        ("1e", "'value' must be a number, found '1e'"),
        ("1000000000000000000", f"'value' 1000000000000000000 {OUT}"),
        ("1e18", f"'value' 1e18 {OUT}"),
        ("1e-10", f"'value' 1e-10 {OUT}"),
        ("0.1234567890123456789", f"'value' 0.1234567890123456789 {OUT}"),
        ("1e400", f"'value' 1e400 {OUT}"),
        ("1" * 41, f"'value' {'1' * 39}… (41 characters) {OUT}"),
    ],
)
def test_number_refuses_with_a_reason(raw: str, message: str) -> None:
    w, node = value(f"'{raw}'")
    assert w.number(node, "value") is None
    assert problems(w) == [(1, 4, message)]


def test_number_of_nothing() -> None:
    w, _ = value("x")
    assert w.number(None, "value") is None and problems(w) == []


def test_number_ok_matches_what_loads() -> None:
    assert number_ok(10**18 - 1) and not number_ok(10**18) and not number_ok(-(10**18))
    assert number_ok(2.5) and number_ok(0.0) and not number_ok(1e18) and not number_ok(1e-10)
    assert not number_ok(True) and not number_ok(float("inf")) and not number_ok(float("nan"))


# ------------------------------------------------------------------ other scalars
def test_integer_bounds() -> None:
    w, node = value("'3'")
    assert w.integer(node, "credibility", 1, 6) == 3
    for raw in ("0", "7", "x", "2.0", "1" * 41):
        w, node = value(f"'{raw}'")
        assert w.integer(node, "credibility", 1, 6) is None
        assert problems(w) == [
            (1, 4, f"'credibility' must be a whole number from 1 to 6, found '{_cut(raw)}'")
        ]
    w, node = value("'1'")
    assert w.integer(node, "credibility", 1, 6) == 1
    w, node = value("'6'")
    assert w.integer(node, "credibility", 1, 6) == 6


def test_boolean() -> None:
    for raw, want in (("true", True), ("FALSE", False), (" True ", True), ("false", False)):
        w, node = value(f"'{raw}'")
        assert w.boolean(node, "show_ids") is want
    for raw in ("yes", "on", "1", ""):
        w, node = value(f"'{raw}'")
        assert w.boolean(node, "show_ids") is None
        assert problems(w) == [(1, 4, f"'show_ids' must be true or false, found '{raw}'")]
    assert Walk(compose("a: 1", "x")).boolean(None, "x") is None


def test_date() -> None:
    for raw in ("2026", "2026-02", "2024-02-29", ""):
        w, node = value(f"'{raw}'")
        assert w.date(node, "published") == raw and problems(w) == []
    for raw in ("2026-13", "2025-02-29", "26-01-01", "2026-1-1", "2026-01-01x"):
        w, node = value(f"'{raw}'")
        assert w.date(node, "published") is None
        assert problems(w) == [
            (1, 4, f"'published' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, found '{raw}'")
        ]
    assert is_date("2026-12-31") and not is_date("2026-12-32") and not is_date("2026-00")


def test_choice_hints() -> None:
    opts = ("TLP:CLEAR", "TLP:GREEN", "TLP:AMBER")
    w, node = value("TLP:GREEN")
    assert w.choice(node, "marking", opts) == "TLP:GREEN" and problems(w) == []
    for raw, tip in (
        ("tlp:green", "; did you mean 'TLP:GREEN'?"),
        ("amber", "; did you mean 'TLP:AMBER'?"),
        ("TLP:GRAEN", "; did you mean 'TLP:GREEN'?"),
        ("secret", ""),
    ):
        w, node = value(f"'{raw}'")
        assert w.choice(node, "marking", opts) is None
        assert problems(w) == [
            (1, 4, f"'marking' must be one of TLP:CLEAR, TLP:GREEN, TLP:AMBER; found '{raw}'{tip}")
        ]


def test_slug() -> None:
    w, node = value("nk-artillery-2026")
    assert w.slug(node, "id") == "nk-artillery-2026"
    w, node = value("'Bad Id'")
    assert w.slug(node, "id") is None
    assert problems(w) == [
        (
            1,
            4,
            "'id' 'Bad Id' is not an id: use lowercase letters, digits and '-', starting "
            "with a letter or digit",
        )
    ]


def test_span() -> None:
    w, node = value("[3, 9]")
    assert w.span(node) == (3, 9) and w.span(None) is None
    w, node = value("[4, 4]")
    assert w.span(node) == (4, 4)
    for bad in ("[9, 3]", "[1]", "[1, 2, 3]"):
        w, node = value(bad)
        assert w.span(node) is None
        assert problems(w) == [(1, 4, "'span' must be [start, end] with 0 <= start <= end")]
    w, node = value("[-1, 3]")
    assert w.span(node) is None
    assert problems(w) == [(1, 5, f"'span' must be a whole number from 0 to {2**62}, found '-1'")]


def test_codes() -> None:
    w, node = value("[BRF003, brf004, BRF0005, [x]]")
    assert w.codes(node, "nocheck") == ["BRF003"]
    assert problems(w) == [
        (1, 13, "'brf004' is not a check code such as BRF003"),
        (1, 21, "'BRF0005' is not a check code such as BRF003"),
        (1, 30, "'nocheck' must be text, found a list"),
    ]


# ------------------------------------------------------------------ helpers
def test_cut_kind_of_short_tag() -> None:
    assert _cut("x" * 40) == "x" * 40
    assert _cut("x" * 41) == "x" * 39 + "… (41 characters)"
    assert _cut("y" * 5000) == "y" * 39 + "… (5,000 characters)"
    assert kind_of(None) == "nothing"
    assert short_tag("tag:yaml.org,2002:binary") == "!!binary" and short_tag("!x") == "!x"
    assert list(keys("b", "a")) == ["b", "a"]


def test_every_scalar_reader_names_its_key_when_given_a_list() -> None:
    for name, call in (
        ("number", lambda w, n: w.number(n, "value")),
        ("integer", lambda w, n: w.integer(n, "value", 1, 6)),
        ("boolean", lambda w, n: w.boolean(n, "value")),
        ("date", lambda w, n: w.date(n, "value")),
        ("choice", lambda w, n: w.choice(n, "value", ("a", "b"))),
        ("slug", lambda w, n: w.slug(n, "value")),
    ):
        w, node = value("[1, 2]")
        assert call(w, node) is None, name
        assert problems(w) == [(1, 4, "'value' must be text, found a list")], name
    w, node = value("[[x]]")
    assert w.codes(node, "nocheck") == []
    assert problems(w) == [(1, 5, "'nocheck' must be text, found a list")]
