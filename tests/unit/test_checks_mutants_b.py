"""The checks pinned exactly where mutation testing found them loose (#22, part 2):
sourcing, wording, lexicon, context and locate. Exact messages, exact positions (line:col)
and related locations, word boundaries, "May" the month, date ends, and the fallbacks used
when a brief or a note was made in memory (no positions recorded)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from briefer import model as m
from briefer.checks import sourcing, wording
from briefer.checks.context import Context, parse_date
from briefer.checks.lexicon import Lexicon, Match, Term, Vague, _alternation, is_month_may, lexicon
from briefer.checks.locate import FileText
from briefer.errors import Problem

BRIEF = "b.brief.yaml"


def ctx_of(
    brief: m.Brief,
    *sources: m.Source,
    paths: dict[str, str] | None = None,
    errors: tuple[Problem, ...] = (),
    stale_days: int = 180,
    text: str | None = None,
    today: date | None = None,
) -> Context:
    """A context over an in-memory library (a stand-in for the workspace)."""
    ws = SimpleNamespace(
        sources={s.id: s for s in sources},
        source_paths=dict(paths or {}),
        errors=list(errors),
        stale_days=stale_days,
    )
    return Context(ws, brief, BRIEF, text, today)  # type: ignore[arg-type]


def cite(*refs: str, heading: str = "Background", **kw: object) -> m.Section:
    """A section citing ``refs`` (entry i's reference at line 10 + i, column 14)."""
    entries = []
    for i, r in enumerate(refs):
        src, item = r.split("/")
        entries.append(m.Entry(ref=m.Ref(src, item), pos={"": (10 + i, 9), "ref": (10 + i, 14)}))
    return m.Section(heading, entries, **kw)  # type: ignore[arg-type]


def brief_of(*sections: m.Section, **kw: object) -> m.Brief:
    kw.setdefault("bluf", "Bottom line.")
    kw.setdefault("date", "2026-11-26")
    return m.Brief("T", sections=list(sections), **kw)  # type: ignore[arg-type]


def rows(ctx: Context) -> list[tuple[str, str, int, int, int | None, int | None, str | None]]:
    return [(f.code, f.message, f.line, f.col, f.section, f.entry, f.related) for f in ctx.findings]


# ===================================================================== sourcing: helpers


def test_q_cuts_at_the_limit_with_an_ellipsis() -> None:
    assert sourcing._q("a" * 60) == "'" + "a" * 60 + "'"
    assert sourcing._q("a" * 61) == "'" + "a" * 59 + "…'"
    assert sourcing._q("ab  cd\n ef", 5) == "'ab c…'"
    assert sourcing._q("abcde", 5) == "'abcde'"


def test_normalise_quote_folds_spaces_and_quote_marks() -> None:
    assert sourcing.normalise_quote(" a  “b”\n\t‘c’ ") == 'a "b" "c"'


def test_matching_prefix_is_the_longest_proper_prefix_found() -> None:
    mp = sourcing._matching_prefix
    assert mp("a b c d", "x a b c y") == "a b c"
    assert mp("a b c d", "a b c d") == "a b c"  # never the whole quote
    assert mp("a b c d", "x a b y") == "a b"
    assert mp("a b", "a") == "a"
    assert mp("a b", "x y") == ""
    assert mp("“a”  b c", 'the "a" b') == '"a" b'


@pytest.mark.parametrize(
    ("quote", "body", "there"),
    [
        ("the box X", "the box Y", False),  # only quotes, spaces and . , ; : are trimmed
        ("Alpha … gamma", "Alpha beta gamma", True),  # first piece at index 0
        ("Alpha … gamma", "x alpha beta gamma", True),  # first letter's case may differ
        ("alpha … Gamma", "alpha beta gamma", False),  # but only the first piece's
        ("A cat … mat", "a cat on the mat", True),
        ("the cat … sat", "a he cat then sat", False),
        ("we [did] go … home", "We did go back home", True),
        ("we [did] go … home", "We did not go back home", True),
        ("“we [did] go”", "we will go", True),
        ("we [did] go", "we will stay", False),
    ],
)
def test_quote_in_body_exact_cases(quote: str, body: str, there: bool) -> None:
    assert sourcing.quote_in_body(quote, body) is there


# ===================================================================== BRF001


def _alpha(**kw: object) -> m.Source:
    src = m.Source(
        "alpha",
        "Alpha",
        reliability="B",
        takes=[m.Take("t1", "Idle cranes.", credibility=2, pos={"": (8, 5)})],
        pos={"": (1, 1), "reliability": (5, 14), "marking": (6, 10), "published": (4, 12)},
    )
    for k, v in kw.items():
        setattr(src, k, v)
    return src


def test_brf001_unknown_source_without_a_near_id_and_a_broken_file_elsewhere() -> None:
    broken = Problem("ws/sources/other.yaml", 3, 1, "bad indent")
    ctx = ctx_of(brief_of(cite("zzz/t1")), _alpha(), errors=(broken,))
    sourcing.brf001_unknown_refs(ctx)
    assert rows(ctx) == [
        (
            "BRF001",
            "unknown source 'zzz' in reference 'zzz/t1': no source note has that id",
            10,
            14,
            0,
            0,
            None,
        )
    ]


def test_brf001_broken_file_of_that_id() -> None:
    broken = Problem("ws/sources/zzz.yaml", 3, 1, "bad indent")
    other = Problem("ws/zzz.yaml", 1, 1, "not a note")  # same stem, not in sources/
    ctx = ctx_of(brief_of(cite("zzz/t1")), errors=(other, broken))
    sourcing.brf001_unknown_refs(ctx)
    assert [f.message for f in ctx.findings] == [
        "unknown source 'zzz' in reference 'zzz/t1': its file ws/sources/zzz.yaml fails to "
        "load (line 3: bad indent)"
    ]


def test_brf001_unknown_item_with_a_near_id_and_a_source_without_items() -> None:
    empty = m.Source("empty", "Empty", pos={"": (1, 1)})
    ctx = ctx_of(
        brief_of(cite("alpha/t11", "empty/t1")),
        _alpha(),
        empty,
        paths={"alpha": "s/alpha.yaml", "empty": "s/empty.yaml"},
    )
    sourcing.brf001_unknown_refs(ctx)
    assert rows(ctx) == [
        (
            "BRF001",
            "source 'alpha' has no item 't11': did you mean 'alpha/t1'? its items are t1",
            10,
            14,
            0,
            0,
            "s/alpha.yaml:1:1",
        ),
        (
            "BRF001",
            "source 'empty' has no item 't1': its items are none",
            11,
            14,
            0,
            1,
            "s/empty.yaml:1:1",
        ),
    ]


# ===================================================================== BRF002


def test_brf002_unmarked_brief_exact_message() -> None:
    amber = _alpha(marking="TLP:AMBER")
    ctx = ctx_of(brief_of(cite("alpha/t1")), amber, paths={"alpha": "s/alpha.yaml"})
    sourcing.brf002_markings(ctx)
    assert rows(ctx) == [
        (
            "BRF002",
            "the brief is unmarked (read as TLP:CLEAR) but cites alpha (s/alpha.yaml), marked "
            "TLP:AMBER: mark the brief TLP:AMBER or more restrictive, or drop this reference",
            10,
            14,
            0,
            0,
            "s/alpha.yaml:6:10",
        )
    ]


# ===================================================================== BRF006


def _figs(*figs: m.Figure, published: str | None = None) -> m.Source:
    src = m.Source("fig", "Figures", reliability="B", figures=list(figs), published=published)
    src.pos = {"": (1, 1), "published": (3, 12)}
    return src


def test_brf006_published_fallback_related_and_the_limit_itself() -> None:
    src = _figs(
        m.Figure("f1", 5, unit="ships", subject="Ships", attribution="P"),
        m.Figure(
            "f2", 6, unit="ships", subject="Ships", as_of="2026-05-30", pos={"as_of": (9, 13)}
        ),
        m.Figure(
            "f3", 7, unit="ships", subject="Ships", as_of="2026-05-29", pos={"as_of": (12, 13)}
        ),
        published="2026-01",
    )
    ctx = ctx_of(
        brief_of(cite("fig/t1", "fig/f1", "fig/f2", "fig/f3")), src, paths={"fig": "s/fig.yaml"}
    )
    sourcing.brf006_stale_figures(ctx)
    assert rows(ctx) == [
        (
            "BRF006",
            "figure fig/f1 ('Ships') has no as_of; its source was published 2026-01, 299 days "
            "before the brief date 2026-11-26; the workspace limit is 180 days (stale_days): "
            "cite a newer figure, or keep this one with nocheck: [BRF006]",
            11,
            14,
            0,
            1,
            "s/fig.yaml:3:12",
        ),
        (
            "BRF006",
            "figure fig/f3 ('Ships') is as of 2026-05-29, 181 days before the brief date "
            "2026-11-26; the workspace limit is 180 days (stale_days): cite a newer figure, or "
            "keep this one with nocheck: [BRF006]",
            13,
            14,
            0,
            3,
            "s/fig.yaml:12:13",
        ),
    ]


def test_brf006_goes_on_after_a_date_it_cannot_read() -> None:
    src = _figs(
        m.Figure("f1", 5, subject="Ships", as_of="last spring"),
        m.Figure("f2", 6, subject="Ships"),  # no as_of, no published: skipped
        m.Figure("f3", 7, subject="Ships", as_of="2020"),
    )
    ctx = ctx_of(brief_of(cite("fig/f1", "fig/f2", "fig/f3")), src)
    sourcing.brf006_stale_figures(ctx)
    assert [(f.code, f.entry) for f in ctx.findings] == [("BRF006", 2)]
    assert "is as of 2020, 2156 days before" in ctx.findings[0].message


# ===================================================================== BRF007


def test_brf007_figure_missing_both_and_quote_without_speaker_exact() -> None:
    src = m.Source(
        "alpha",
        "Alpha",
        figures=[m.Figure("f1", 3, pos={"": (20, 5), "value": (21, 12)})],
        quotes=[m.Quote("q1", "Nobody  knows.", speaker=" ", pos={"": (30, 5), "text": (30, 11)})],
        pos={"": (2, 1)},
    )
    ctx = ctx_of(
        brief_of(cite("alpha/f1", "alpha/q1", "alpha/zz")), src, paths={"alpha": "s/a.yaml"}
    )
    sourcing.brf007_missing_attribution(ctx)
    assert rows(ctx) == [
        (
            "BRF007",
            "figure alpha/f1 ('3') has no as_of and no attribution: add as_of and attribution "
            "in s/a.yaml",
            10,
            14,
            0,
            0,
            "s/a.yaml:20:5",
        ),
        (
            "BRF007",
            "quote alpha/q1 ('Nobody knows.') has no speaker: add who said it in s/a.yaml",
            11,
            14,
            0,
            1,
            "s/a.yaml:30:5",
        ),
    ]


# ===================================================================== BRF008


def _quoted(text: str, body: str) -> m.Source:
    return m.Source(
        "alpha",
        "Alpha",
        quotes=[m.Quote("q1", text, speaker="S", pos={"": (7, 5), "text": (7, 11)})],
        body=body,
        pos={"": (1, 1)},
    )


def test_brf008_message_with_a_three_word_prefix() -> None:
    src = _quoted("We never loaded ships", "So: We never loaded a ship.")
    ctx = ctx_of(brief_of(cite("alpha/q1")), src, paths={"alpha": "s/a.yaml"})
    sourcing.brf008_quotes_verbatim(ctx)
    assert rows(ctx) == [
        (
            "BRF008",
            "quote alpha/q1 ('We never loaded ships') is not in the body of s/a.yaml word for "
            "word: the body matches up to 'We never loaded' and then differs; correct the "
            "quote or the body",
            10,
            14,
            0,
            0,
            "s/a.yaml:7:11",
        )
    ]


def test_brf008_two_words_are_not_a_match_and_long_texts_are_cut_at_50() -> None:
    src = _quoted("We never sailed", "we never loaded")
    ctx = ctx_of(brief_of(cite("alpha/q1")), src)
    sourcing.brf008_quotes_verbatim(ctx)
    assert ctx.findings[0].message == (
        "quote alpha/q1 ('We never sailed') is not in the body of source 'alpha' word for "
        "word: not even its opening words are there; correct the quote or the body"
    )
    words = "abcdefghij " * 4 + "abcdefghij"  # 54 characters
    long = _quoted(words + " X", words + " Y")
    ctx = ctx_of(brief_of(cite("alpha/q1")), long)
    sourcing.brf008_quotes_verbatim(ctx)
    cut = "'" + words[:49] + "…'"
    assert ctx.findings[0].message == (
        f"quote alpha/q1 ({cut}) is not in the body of source 'alpha' word for "
        f"word: the body matches up to {cut} and then differs; correct the quote or the body"
    )


# ===================================================================== BRF009


def test_brf009_describes_figures_without_as_of_or_attribution() -> None:
    src = m.Source(
        "n",
        "N",
        figures=[
            m.Figure("f1", 100, unit="workers", subject="Laid off", attribution="Union"),
            m.Figure("f2", 100, unit="workers", subject="laid off"),
            m.Figure("f3", 150, unit="workers", subject="Laid off.", pos={"value": (40, 12)}),
            m.Figure("f4", 90, unit="workers", subject="Laid off", as_of="2026-10"),
        ],
        pos={"": (1, 1)},
    )
    ctx = ctx_of(brief_of(cite("n/f1", "n/f2", "n/f3", "n/f4")), src, paths={"n": "s/n.yaml"})
    sourcing.brf009_conflicting_figures(ctx)
    tail = "at line 10: say which holds, or explain the difference and add nocheck: [BRF009]"
    assert rows(ctx) == [
        (
            "BRF009",
            f"'Laid off.' is 150 workers (n/f3) here but 100 workers (n/f1: Union) {tail}",
            12,
            14,
            0,
            2,
            "s/n.yaml:40:12",
        ),
        (
            "BRF009",
            f"'Laid off' is 90 workers (n/f4: as of 2026-10) here but 100 workers (n/f1: "
            f"Union) {tail}",
            13,
            14,
            0,
            3,
            "s/n.yaml:1:1",
        ),
    ]


def test_brf009_an_entry_with_nocheck_is_left_out_of_the_group() -> None:
    src = m.Source(
        "n",
        "N",
        figures=[
            m.Figure("f1", 100, subject="Laid off"),
            m.Figure("f2", 150, subject="Laid off"),
            m.Figure("f3", 100, subject="Laid off"),
        ],
    )
    section = cite("n/f1", "n/f2", "n/f3")
    section.entries[0].nocheck = ["BRF009"]
    ctx = ctx_of(brief_of(section), src)
    sourcing.brf009_conflicting_figures(ctx)
    assert [(f.entry, f.message[:30]) for f in ctx.findings] == [
        (2, "'Laid off' is 100 (n/f3) here ")
    ]


# ===================================================================== BRF010


def test_brf010_exact_messages_and_related_locations() -> None:
    weak = m.Source(
        "weak",
        "Weak",
        takes=[
            m.Take("t1", "x", credibility=2, pos={"": (5, 5), "credibility": (6, 18)}),
            m.Take("t2", "y", credibility=5, pos={"": (7, 5), "credibility": (8, 18)}),
        ],
        pos={"": (1, 1), "reliability": (3, 14)},
    )
    good = m.Source(
        "good",
        "Good",
        reliability="B",
        takes=[m.Take("t6", "z", credibility=6, pos={"": (5, 5), "credibility": (6, 18)})],
        pos={"": (1, 1), "reliability": (3, 14)},
    )
    poor = m.Source(
        "poor",
        "Poor",
        reliability="E",
        takes=[m.Take("t5", "w", credibility=5, pos={"": (5, 5), "credibility": (6, 18)})],
        pos={"": (1, 1), "reliability": (3, 14)},
    )
    b = brief_of(
        cite("good/t6"),  # not a key heading: skipped, and the rule goes on
        cite("good/nope", "weak/t1", "good/t6", "poor/t5", heading="Key judgments"),
    )
    ctx = ctx_of(b, weak, good, poor, paths={"weak": "w.yaml", "good": "g.yaml", "poor": "p.yaml"})
    sourcing.brf010_weak_key_judgments(ctx)
    tail = "and cited under 'Key judgments': support the judgment with a better-graded source "
    tail += "or move it to another section"
    assert rows(ctx) == [
        (
            "BRF010",
            f"weak/t1 is graded F2 (source F: reliability cannot be judged, no reliability "
            f"given) {tail}",
            11,
            14,
            1,
            1,
            "w.yaml:3:14",
        ),
        (
            "BRF010",
            f"good/t6 is graded B6 (information 6: truth cannot be judged) {tail}",
            12,
            14,
            1,
            2,
            "g.yaml:6:18",
        ),
        (
            "BRF010",
            f"poor/t5 is graded E5 (source E: unreliable; information 5: improbable) {tail}",
            13,
            14,
            1,
            3,
            "p.yaml:3:14",
        ),
    ]


# ===================================================================== context


def test_parse_date_start_and_end_of_a_period() -> None:
    assert parse_date("2026") == date(2026, 1, 1)
    assert parse_date("2026", end=True) == date(2026, 12, 31)
    assert parse_date("2026-05") == date(2026, 5, 1)
    assert parse_date("2026-05", end=True) == date(2026, 5, 31)
    assert parse_date("2024-02", end=True) == date(2024, 2, 29)
    assert parse_date(" 2026-05-07T10:00Z ") == date(2026, 5, 7)
    assert parse_date("2026-05-07", end=True) == date(2026, 5, 7)
    assert parse_date("2026-13") is None
    assert parse_date("May 2026") is None


def test_reference_date_says_why_it_fell_back_to_today() -> None:
    today = date(2026, 12, 1)
    assert ctx_of(brief_of(date=None), today=today).reference_date() == (
        today,
        "today, 2026-12-01 (the brief has no date)",
    )
    assert ctx_of(brief_of(date="next week"), today=today).reference_date() == (
        today,
        "today, 2026-12-01 (the brief date 'next week' is not YYYY-MM-DD)",
    )
    assert ctx_of(brief_of(date="2026-03"), today=today).reference_date() == (
        date(2026, 3, 1),
        "the brief date 2026-03",
    )


def test_source_loc_and_source_file_fall_back_without_positions() -> None:
    bare = m.Source("bare", "Bare", takes=[m.Take("t1", "x")])
    placed = m.Source("placed", "Placed", takes=[m.Take("t1", "x", pos={"": (9, 5)})])
    placed.pos = {"": (3, 2), "marking": (4, 10)}
    ctx = ctx_of(brief_of(), bare, placed, paths={"bare": "b.yaml", "placed": "p.yaml"})
    assert ctx.source_loc(bare) == "b.yaml:1:1"
    assert ctx.source_loc(bare, "marking", bare.takes[0]) == "b.yaml:1:1"
    assert ctx.source_loc(placed) == "p.yaml:3:2"
    assert ctx.source_loc(placed, "marking") == "p.yaml:4:10"
    assert ctx.source_loc(placed, "reliability") == "p.yaml:3:2"
    assert ctx.source_loc(placed, "text", placed.takes[0]) == "p.yaml:9:5"
    lost = m.Source("lost", "Lost")
    assert ctx.source_loc(lost) is None
    assert ctx.source_file(lost) == "source 'lost'"
    assert ctx.source_file(placed) == "p.yaml"


def test_texts_fall_back_to_the_value_start_or_line_one() -> None:
    e1 = m.Entry(text="It may rain.", pos={"": (7, 9)})
    e2 = m.Entry(text="It might rain.", comment="  ")
    b = brief_of(m.Section("S", [e1, e2]), bluf="It could rain.")
    b.pos = {"": (2, 3)}
    ts = ctx_of(b).texts()
    assert [(t.field, t.value, t.at(3), t.section, t.index) for t in ts] == [
        ("bluf", "It could rain.", (2, 3), None, None),
        ("text", "It may rain.", (7, 9), 0, 0),
        ("text", "It might rain.", (1, 1), 0, 1),
    ]


def test_scans_are_made_once_and_shared() -> None:
    b = brief_of(cite("a/t1"), bluf="Probably not; likely, with high confidence.")
    ctx = ctx_of(b)
    assert ctx.cited() is ctx.cited()
    assert ctx.texts() is ctx.texts()
    t = ctx.texts()[0]
    assert t.vague() is t.vague() and [v.text for v in t.vague()] == ["Probably not"]
    assert t.icd() is t.icd() and [i.text for i in t.icd()] == ["likely"]
    assert t.confidence() is t.confidence()
    assert [c.text for c in t.confidence()] == ["high confidence"]


# ===================================================================== wording


def _prose(*texts: str, comment: str | None = None, bluf: str = "Bottom line.") -> m.Brief:
    entries = [
        m.Entry(text=t, pos={"": (10 + i, 9), "text": (10 + i, 15)}) for i, t in enumerate(texts)
    ]
    if comment is not None:
        entries.append(m.Entry(ref=m.Ref("a", "t1"), comment=comment, pos={"comment": (20, 18)}))
    return brief_of(m.Section("S", entries), bluf=bluf)


def test_brf003_in_a_comment_and_the_column_on_a_tie() -> None:
    ctx = ctx_of(
        _prose("A sale is likely.", "A lease is probable.", comment="It is presumably over.")
    )
    wording.brf003_vague_wording(ctx)
    assert rows(ctx) == [
        (
            "BRF003",
            "vague likelihood wording 'presumably' in the comment: use the ICD 203 term "
            "'likely (55-80%)'",
            20,
            18,
            0,
            2,
            None,
        )
    ]
    ctx = ctx_of(_prose("A lease is probable.", comment="It is presumably over."))
    wording.brf003_vague_wording(ctx)
    assert ctx.findings[0].message.endswith("use the ICD 203 term 'probable (55-80%)'")


def test_brf004_majority_probability_flags_the_likelihood_term() -> None:
    ctx = ctx_of(_prose("A lease is probable.", "A sale is highly probable.", bluf="Likely so."))
    wording.brf004_mixed_columns(ctx)
    assert [(f.message, f.line, f.col) for f in ctx.findings] == [
        (
            "'Likely' is from the ICD 203 likelihood column but this brief also uses the "
            "probability column ('probable' at line 10); keep to one column: write 'probable'",
            1,
            1,
        )
    ]


def test_brf004_majority_likelihood_even_when_probability_comes_first() -> None:
    ctx = ctx_of(_prose("A sale is likely.", "A lease is very likely.", bluf="Probable."))
    wording.brf004_mixed_columns(ctx)
    assert [f.message for f in ctx.findings] == [
        "'Probable' is from the ICD 203 probability column but this brief also uses the "
        "likelihood column ('likely' at line 10); keep to one column: write 'likely'"
    ]


def test_brf004_tie_at_one_place_keeps_likelihood() -> None:
    # no file text: both terms of the prose sit at the value's start, a tie in place too
    ctx = ctx_of(_prose("A lease is probable; a sale is likely."))
    wording.brf004_mixed_columns(ctx)
    assert [(f.message[:10], f.line, f.col) for f in ctx.findings] == [("'probable'", 10, 15)]


def test_brf004_an_entry_with_nocheck_does_not_count_towards_the_majority() -> None:
    b = _prose("A lease is probable; a sale highly probable.", bluf="Likely so.")
    b.sections[0].entries[0].nocheck = ["BRF004"]
    ctx = ctx_of(b)
    wording.brf004_mixed_columns(ctx)
    assert ctx.findings == []


def test_brf005_first_term_of_the_sentence_and_its_edges() -> None:
    ctx = ctx_of(
        _prose(
            "It may well be likely, with high confidence.",
            "Likely, with high confidence, it closes.",
            "High confidence: the lease is unlikely.",
            "We have high confidence\n\nLikely it closes.",
            "A lease is likely\n\nHigh confidence here.",
        )
    )
    wording.brf005_likelihood_with_confidence(ctx)
    assert [(f.entry, f.message) for f in ctx.findings] == [
        (
            0,
            "likelihood 'may' and confidence 'high confidence' in one sentence of the prose: "
            "ICD 203 keeps them apart; state the confidence in a sentence of its own",
        ),
        (
            1,
            "likelihood 'Likely' and confidence 'high confidence' in one sentence of the prose: "
            "ICD 203 keeps them apart; state the confidence in a sentence of its own",
        ),
        (
            2,
            "likelihood 'unlikely' and confidence 'High confidence' in one sentence of the "
            "prose: ICD 203 keeps them apart; state the confidence in a sentence of its own",
        ),
    ]


def test_brf012_falls_back_to_the_root_then_to_line_one() -> None:
    b = brief_of(bluf="  ")
    b.sections = []
    b.pos = {"": (2, 1)}
    ctx = ctx_of(b)
    wording.brf012_shape(ctx)
    assert [(f.code, f.message, f.line, f.col, f.section) for f in ctx.findings] == [
        (
            "BRF012",
            "the brief has no BLUF: open with the bottom line up front, the judgment in one or "
            "two sentences",
            2,
            1,
            None,
        ),
        ("BRF012", "the brief has no sections", 2, 1, None),
    ]
    b.pos = {}
    ctx = ctx_of(b)
    wording.brf012_shape(ctx)
    assert [(f.message[:25], f.line, f.col) for f in ctx.findings] == [
        ("the brief has no BLUF: op", 1, 1),
        ("the brief has no sections", 1, 1),
    ]
    b.sections = [m.Section("Outlook  and\nrisks"), m.Section("Later", pos={"": (6, 5)})]
    ctx = ctx_of(b)
    wording.brf012_shape(ctx)
    assert [(f.message, f.line, f.col, f.section) for f in ctx.findings] == [
        (
            "the brief has no BLUF: open with the bottom line up front, the judgment in one or "
            "two sentences",
            1,
            1,
            None,
        ),
        ("section 'Outlook and risks' is empty: add items or prose, or remove it", 1, 1, 0),
        ("section 'Later' is empty: add items or prose, or remove it", 6, 5, 1),
    ]
    b.bluf, b.sections = None, []
    b.pos = {"bluf": (4, 7), "sections": (5, 11), "": (1, 1)}
    ctx = ctx_of(b)
    wording.brf012_shape(ctx)
    assert [(f.line, f.col) for f in ctx.findings] == [(4, 7), (5, 11)]
    b.sections = [m.Section("Later", pos={"": (6, 5), "heading": (6, 14)})]
    ctx = ctx_of(b)
    wording.brf012_shape(ctx)
    assert [(f.line, f.col) for f in ctx.findings] == [(4, 7), (6, 14)]


# ===================================================================== lexicon


@pytest.fixture
def fresh() -> Lexicon:
    """The shipped lexicon built anew (``lexicon()`` is cached once per process)."""
    return lexicon.__wrapped__()  # type: ignore[attr-defined]


def test_fresh_lexicon_rows_terms_and_vague_phrases(fresh: Lexicon) -> None:
    assert [(r.likelihood, r.probability, r.low, r.high) for r in fresh.rows][3:5] == [
        ("roughly even chance", "roughly even odds", 45, 55),
        ("likely", "probable", 55, 80),
    ]
    assert fresh.terms[:3] == [
        Term("almost no chance", "likelihood", 0),
        Term("remote chance", "probability", 0),
        Term("remote chances", "probability", 0),
    ]
    assert Term("remote", "probability", 0) not in fresh.terms  # match_term: false
    assert fresh.terms[-3:] == [
        Term("almost certainly", "likelihood", 6),
        Term("nearly certain", "probability", 6),
        Term("nearly certainly", "probability", 6),
    ]
    assert len(fresh.terms) == 22
    assert fresh.vague[2] == Vague("could", None, ("not",))
    assert fresh.vague[10] == Vague("probably not", 2, ())
    assert fresh.vague[13] == Vague("in all likelihood", 5, ())
    assert fresh.confidence == ["high", "moderate", "medium", "low"]


def test_fresh_lexicon_scans(fresh: Lexicon) -> None:
    text = (
        "A remote site; a Remote\n  Chance; Likely; probably; it Could not, it may rain; "
        "Probably not. We are highly confident; Medium-confidence; confidence is LOW."
    )
    assert [(x.text, x.what) for x in fresh.icd_terms(text)] == [
        ("Remote\n  Chance", Term("remote chance", "probability", 0)),
        ("Likely", Term("likely", "likelihood", 4)),
        ("probably", Term("probably", "probability", 4)),
    ]
    assert [x.text for x in fresh.vague_terms(text)] == ["may", "Probably not"]
    assert [x.text for x in fresh.confidence_levels(text)] == [
        "highly confident",
        "Medium-confidence",
        "confidence is LOW",
    ]


def test_lexicon_from_its_own_data() -> None:
    lex = Lexicon(
        {
            "rows": [
                {
                    "percent": [10, 20],
                    "likelihood": {"term": "scarcely", "forms": ["scarce"]},
                    "probability": {"term": "slim", "match_term": False, "forms": ["slim odds"]},
                },
                {
                    "percent": [60, 70],
                    "likelihood": {"term": "fair"},
                    "probability": {"term": "good odds", "match_term": True},
                },
            ],
            "vague": [
                {"phrase": "mayhap", "use": "fair", "unless_next": ["never"]},
                {"phrase": "belike"},
            ],
            "confidence": ["solid"],
        }
    )
    assert lex.terms == [
        Term("scarcely", "likelihood", 0),
        Term("scarce", "likelihood", 0),
        Term("slim odds", "probability", 0),
        Term("fair", "likelihood", 1),
        Term("good odds", "probability", 1),
    ]
    assert lex.vague == [Vague("mayhap", 1, ("never",)), Vague("belike", None, ())]
    assert lex.rows[1].label("probability") == "good odds (60-70%)"
    text = "Slim odds, slim, fair; mayhap never; mayhap so; Solid confidence."
    assert [x.text for x in lex.icd_terms(text)] == ["Slim odds", "fair"]
    assert [x.text for x in lex.vague_terms(text)] == ["mayhap"]
    assert [x.text for x in lex.confidence_levels(text)] == ["Solid confidence"]


def test_alternation_longest_phrase_first_words_spaced_case_blind() -> None:
    pat = _alternation(["a", "a b", "c"])
    assert [x.group() for x in pat.finditer("x a b; A\n B; c; a-b; ab")] == ["a b", "A\n B", "c"]


def test_confidence_levels_are_exact_matches() -> None:
    text = "We have high confidence."
    assert lexicon().confidence_levels(text) == [Match(8, 23, "high confidence", "confidence")]


def test_icd_terms_drop_only_terms_overlapping_a_vague_phrase() -> None:
    lex = lexicon()
    text = "probably not, but likely later"
    assert [x.text for x in lex.icd_terms(text)] == ["likely"]
    # the vague matches given are used as given
    assert [x.text for x in lex.icd_terms(text, [])] == ["probably", "likely"]
    touching = [Match(8, 9, " ", "x"), Match(17, 18, " ", "x")]
    assert [x.text for x in lex.icd_terms(text, touching)] == ["probably", "likely"]


def test_vague_terms_go_on_after_a_skipped_match() -> None:
    lex = lexicon()
    assert [(x.start, x.text) for x in lex.vague_terms("It could not sail; it may return.")] == [
        (22, "may")
    ]
    assert [(x.start, x.text) for x in lex.vague_terms("In May it may rain.")] == [(10, "may")]


def test_a_match_right_after_a_quote_counts() -> None:
    assert [x.start for x in lexicon().vague_terms('"quoted"may go')] == [8]
    assert lexicon().vague_terms('"it may go"') == []


@pytest.mark.parametrize(
    ("text", "start", "month"),
    [
        ("mid-may", 4, True),
        ("the-may", 4, True),
        ("5 May", 2, True),
        ("Ships loaded: 3\n\nMay was calm.", 17, True),  # a day before it, after a blank line
        ("Ships loaded.\n\nMay it stay calm.", 15, False),
        ("It rained. (May it stop?)", 12, False),
        ("It rained. “May it stop?”", 12, False),
        ("Stop.X May", 7, True),
        ("x" + " " * 200 + "May", 201, False),
        ("x" + " " * 199 + "May", 200, True),
    ],
)
def test_may_edges(text: str, start: int, month: bool) -> None:
    assert text[start : start + 3].casefold() == "may"
    assert is_month_may(text, start) is month


# ===================================================================== locate


def test_file_lines_lose_only_the_carriage_return() -> None:
    assert FileText("aX\r\nb  \r\n\rc").lines == ["aX", "b  ", "\rc"]
    assert FileText(None).lines is None


def test_locator_edges() -> None:
    doc = "x could\nab\n"
    at = FileText(doc).locator("x could", (1, 1))
    assert [at(i) for i in range(7)] == [(1, 1), (1, 1), (1, 3), (1, 4), (1, 5), (1, 6), (1, 7)]
    assert at(7) == (1, 1) and at(-1) == (1, 1) and at(99) == (1, 1)
    # a start at the very end of a line: the value is on the next one
    assert FileText("ab\ncd").locator("cd", (1, 3))(1) == (2, 2)
    # starts outside the file: the start itself
    assert FileText("a\n").locator("a", (3, 1))(0) == (3, 1)
    assert FileText("a\n").locator("a", (99, 1))(0) == (99, 1)
    assert FileText("a\n").locator("a", (1, 3))(0) == (1, 3)
    # a value longer than the file
    assert FileText("v: ab").locator("ab c", (1, 4))(0) == (1, 4)


def test_locator_root_block_and_plain_scalars_from_column_one() -> None:
    at = FileText("|\nab\ncd could\n").locator("ab\ncd could\n", (1, 1))
    assert [at(0), at(1), at(3), at(6)] == [(2, 1), (2, 2), (3, 1), (3, 4)]
    at = FileText("ab\ncd").locator("ab cd", (1, 1))
    assert at(3) == (2, 1)


def test_locator_escapes_and_doubled_quotes() -> None:
    at = FileText('v: "\\x41bc \\u00e9t\\U00000041"').locator("Abc étA", (1, 4))
    assert [at(0), at(1), at(4), at(5), at(6)] == [(1, 5), (1, 9), (1, 12), (1, 18), (1, 19)]
    at = FileText("v: 'it''s here'").locator("it's here", (1, 4))
    assert [at(0), at(2), at(3), at(5)] == [(1, 5), (1, 7), (1, 9), (1, 11)]
    at = FileText('v: "a\\tb \\\n  c"').locator("a\tb c", (1, 4))
    assert [at(0), at(2), at(4)] == [(1, 5), (1, 8), (2, 3)]
    # an escape that cannot be paired: everything falls back to the start
    assert FileText('v: "a\\qb"').locator("a?b", (1, 4))(2) == (1, 4)
    assert FileText('v: "\\x4g"').locator("K", (1, 4))(0) == (1, 4)


def test_escape_decoding() -> None:
    esc = FileText._escape
    assert esc("\\n", 0) == ("\n", 2)
    assert esc("a\\", 1) == ("", 1)
    assert esc("\\x41", 0) == ("A", 4)
    assert esc("\\u00e9", 0) == ("é", 6)
    assert esc("\\x4", 0) == ("\x04", 4)
    assert esc("\\q", 0)[0] is None and esc("\\xzz", 0)[0] is None
