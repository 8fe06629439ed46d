"""Saving then loading gives back the same model, for any text; saved YAML is stable."""

from __future__ import annotations

import difflib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer import model as m
from briefer.schema import (
    brief_from_doc,
    dump_brief,
    dump_source,
    load_brief,
    save_brief,
    source_from_doc,
)
from briefer.yamlio import compose

TRICKY = [
    "[b]",
    "[/]",
    ": ",
    "- ",
    "---",
    "#",
    "NO",
    "on",
    "2026-01-02",
    "1e3",
    "~",
    "null",
    "'",
    '"',
    "\n",
    "  ",
    "\t",
    "|",
    ">",
    "&a",
    "*a",
    "!!python/x",
    "\x85",
    "\u2028",
    "é",
    "北",
    "🙂",
    "\r\n",
    "% ",
    "@",
    "`",
    "{",
    "}",
    "...",
]

text = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60),
    st.lists(st.sampled_from(TRICKY) | st.text(max_size=5), max_size=12).map("".join),
)
opt = st.none() | text
slug = st.from_regex(r"[a-z0-9][a-z0-9-]{0,8}", fullmatch=True)
# In the range the schema accepts (issue #11: 1e400, 1e308 and 0.1e-400 are refused).
number = st.integers(-(10**15), 10**15) | st.floats(min_value=-1e17, max_value=1e17).filter(
    lambda v: v == 0 or abs(v) >= 1e-9
)
# Dates are YYYY, YYYY-MM or YYYY-MM-DD (issue #11); '' is kept as written.
date = (
    st.none()
    | st.just("")
    | st.dates().flatmap(
        lambda d: st.sampled_from([d.isoformat(), d.isoformat()[:7], d.isoformat()[:4]])
    )
)


@st.composite
def sources(draw) -> m.Source:
    ids = draw(st.lists(slug, unique=True, min_size=3, max_size=3))
    return m.Source(
        id=draw(slug),
        title=draw(text),
        kind=draw(st.none() | st.sampled_from(m.SOURCE_KINDS)),
        publisher=draw(opt),
        author=draw(opt),
        url=draw(opt),
        published=draw(date),
        reliability=draw(st.none() | st.sampled_from(list(m.RELIABILITY))),
        marking=draw(st.none() | st.sampled_from(m.MARKINGS)),
        tags=draw(st.lists(text, max_size=3)),
        summary=draw(opt),
        takes=[m.Take(ids[0], draw(text), draw(st.none() | st.integers(1, 6)))],
        quotes=[
            m.Quote(
                ids[1],
                draw(text),
                draw(opt),
                draw(opt),
                draw(date),
                span=draw(st.none() | st.tuples(st.integers(0, 9), st.integers(9, 99))),
            )
        ],
        figures=[
            m.Figure(
                ids[2],
                draw(number),
                draw(st.none() | st.sampled_from(m.QUALIFIERS)),
                draw(opt),
                draw(opt),
                draw(date),
                draw(opt),
            )
        ],
        notes=draw(opt),
        body=draw(opt),
    )


@st.composite
def briefs(draw) -> m.Brief:
    def entry() -> m.Entry:
        if draw(st.booleans()):
            return m.Entry(text=draw(text), nocheck=draw(st.lists(st.just("BRF003"), max_size=1)))
        return m.Entry(
            ref=m.Ref(draw(slug), draw(slug)),
            comment=draw(opt),
            confidence=draw(st.none() | st.sampled_from(m.CONFIDENCE)),
        )

    sections = [
        m.Section(draw(text), [entry() for _ in range(draw(st.integers(0, 3)))])
        for _ in range(draw(st.integers(0, 3)))
    ]
    return m.Brief(
        draw(text),
        draw(opt),
        draw(opt),
        draw(date),
        draw(st.none() | st.sampled_from(m.MARKINGS)),
        draw(opt),
        sections,
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sources())
def test_source_round_trip(src):
    out = dump_source(src)
    assert source_from_doc(compose(out, f"{src.id}.yaml")) == src, out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(briefs())
def test_brief_round_trip(brief):
    out = dump_brief(brief)
    back = brief_from_doc(compose(out, "x.brief.yaml"))
    assert back == brief, out
    assert dump_brief(back) == out  # stable: a second save changes nothing


def test_one_edit_is_one_small_hunk(sample_ws):
    path = sample_ws / "nk-russia-weekly.brief.yaml"
    brief, stamp = load_brief(path)
    before = path.read_text().splitlines()
    brief.sections[1].entries[0].comment = "A new comment, written in the TUI."
    save_brief(brief, path, stamp)
    after = path.read_text().splitlines()
    hunks = [
        op for op in difflib.SequenceMatcher(a=before, b=after).get_opcodes() if op[0] != "equal"
    ]
    assert len(hunks) == 1 and hunks[0][4] - hunks[0][3] <= 2, hunks


def test_sample_files_survive_a_save_unchanged_in_meaning(sample_ws):
    for path in sorted(sample_ws.glob("*.brief.yaml")):
        brief, stamp = load_brief(path)
        save_brief(brief, path, stamp)
        assert load_brief(path)[0] == brief


def test_key_order_of_the_file_is_kept(tmp_path):
    path = tmp_path / "x.brief.yaml"
    path.write_text("marking: TLP:GREEN\ntitle: T\nbluf: B\nsections: []\n")
    brief, stamp = load_brief(path)
    brief.bluf = "Changed."
    save_brief(brief, path, stamp)
    assert path.read_text() == "marking: TLP:GREEN\ntitle: T\nbluf: Changed.\nsections: []\n"


def test_long_and_multiline_text_use_block_scalars(tmp_path):
    brief = m.Brief(
        "T",
        bluf="word " * 30 + "end",
        sections=[m.Section("S", [m.Entry(text="line one\nline two\n")])],
    )
    out = dump_brief(brief)
    assert "bluf: >-\n" in out and "- text: |\n" in out
    assert brief_from_doc(compose(out, "x")) == brief


def test_sample_files_are_in_saved_form():
    """The shipped sample is written exactly as briefer saves it, so the first edit made in
    the TUI changes only the lines it touches."""
    from conftest import SAMPLE

    from briefer.schema import load_source

    for path in sorted(SAMPLE.glob("*.brief.yaml")):
        assert dump_brief(load_brief(path)[0]) == path.read_text(), path
    for path in sorted((SAMPLE / "sources").glob("*.yaml")):
        assert dump_source(load_source(path)) == path.read_text(), path
