"""Rules BRF001 (in-text citations), BRF013-BRF019 and the engine and collector around them,
pinned exactly (#22, surviving mutants): each finding's message, line:col, section, entry
and related location, and the boundaries that trigger it. Briefs are written into a
workspace of small source notes made here."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefer import model as m
from briefer.checks import check_brief, collect, engine, load_problems
from briefer.checks.context import Context
from briefer.checks.finding import WARNING, Finding
from briefer.errors import BrieferError
from briefer.schema import load_brief
from briefer.workspace import Workspace

DATA = Path(__file__).resolve().parent.parent / "data"

# Line numbers below are the notes' own (1-based); comments name the ones tests point at.
NOTES = {
    # credibility of t1 on line 7, t4 on 10, t5 on 13, t6 on 16 (col 18)
    "ledger": """\
title: Port ledger
reliability: B
marking: TLP:CLEAR
takes:
  - id: t1
    text: Berths are half empty.
    credibility: 2
  - id: t4
    text: Two cranes were sold.
    credibility: 4
  - id: t5
    text: The owner left.
    credibility: 5
  - id: t6
    text: Nobody can tell.
    credibility: 6
""",
    # url on line 2, col 6
    "wire": """\
title: Wire story
url: https://example.org/wire
reliability: C
marking: TLP:CLEAR
takes:
  - id: t1
    text: Ships wait at anchor.
    credibility: 3
""",
    # no grade, no marking
    "blank": """\
title: Unsigned memo
takes:
  - id: t1
    text: Crews are idle.
""",
    # marking on line 3 col 10; credibility of t1 on line 7, t2 on line 10 (col 18)
    "secret": """\
title: Partner cable
reliability: A
marking: TLP:AMBER
takes:
  - id: t1
    text: The sale is off.
    credibility: 5
  - id: t2
    text: A buyer is near.
    credibility: 4
""",
    "field": """\
title: Field report
reliability: B
marking: TLP:GREEN
takes:
  - id: t1
    text: The quay is quiet.
    credibility: 2
""",
    "empty": """\
title: Empty note
reliability: B
marking: TLP:CLEAR
""",
}

# 5 lines; sections follow from line 6
HEAD = """\
title: T
date: "2026-11-26"
marking: TLP:GREEN
bluf: Traffic will stay low.
sections:
"""


@pytest.fixture
def ws_dir(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    (root / "sources").mkdir(parents=True)
    for name, text in NOTES.items():
        (root / "sources" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return root


def src(ws_dir: Path, name: str, line: int, col: int) -> str:
    return f"{ws_dir / 'sources' / (name + '.yaml')}:{line}:{col}"


def brief_path(ws_dir: Path) -> Path:
    return ws_dir / "t.brief.yaml"


def load(ws_dir: Path, text: str) -> tuple[Workspace, m.Brief, Path]:
    path = brief_path(ws_dir)
    path.write_text(text, encoding="utf-8")
    brief, _ = load_brief(path)
    return Workspace.load(ws_dir, use_cache=False), brief, path


def check(ws_dir: Path, text: str, **kw: object) -> list[Finding]:
    ws, brief, path = load(ws_dir, text)
    return check_brief(ws, brief, path, **kw)  # type: ignore[arg-type]


def of(findings: list[Finding], code: str) -> list[tuple[int, int, str, int | None, int | None]]:
    """(line, col, message, section, entry) of each finding of ``code``."""
    return [(f.line, f.col, f.message, f.section, f.entry) for f in findings if f.code == code]


def related(findings: list[Finding], code: str) -> list[str | None]:
    return [f.related for f in findings if f.code == code]


def col(ws_dir: Path, line: int, word: str) -> int:
    """The column of ``word`` on ``line`` of the brief as written (1-based)."""
    return brief_path(ws_dir).read_text(encoding="utf-8").splitlines()[line - 1].index(word) + 1


def section(heading: str, *lines: str) -> str:
    return f"  - heading: {heading}\n    entries:\n" + "".join(f"      {ln}\n" for ln in lines)


# ------------------------------------------------------------------ BRF001 in the text


def test_brf001_in_text_every_kind_of_unknown_citation(ws_dir: Path) -> None:
    text = HEAD + section(
        "Background",
        "- ref: ledger/t1",
        "- text: See wire/t1, [[ledger/t1]], [[ledger]], [[ledger/t11]], [[wir]],"
        " [[empty/x]] and [[zzzz]].",
    )
    fs = check(ws_dir, text)
    assert of(fs, "BRF001") == [
        (
            9,
            col(ws_dir, 9, "[[ledger/t11]]"),
            "in-text citation [[ledger/t11]]: source 'ledger' has no item 't11': did you mean"
            " 'ledger/t1'? its items are t1, t4, t5, t6",
            0,
            1,
        ),
        (
            9,
            col(ws_dir, 9, "[[wir]]"),
            "in-text citation [[wir]]: unknown source 'wir': did you mean 'wire'?",
            0,
            1,
        ),
        (
            9,
            col(ws_dir, 9, "[[empty/x]]"),
            "in-text citation [[empty/x]]: source 'empty' has no item 'x': its items are none",
            0,
            1,
        ),
        (9, col(ws_dir, 9, "[[zzzz]]"), "in-text citation [[zzzz]]: unknown source 'zzzz'", 0, 1),
    ]
    assert related(fs, "BRF001") == [None] * 4


def test_brf001_in_the_bluf_is_about_the_brief(ws_dir: Path) -> None:
    text = HEAD.replace("Traffic will stay low.", "Low, says [[ledger/t2]].") + section(
        "Background", "- ref: ledger/t1"
    )
    fs = check(ws_dir, text)
    assert of(fs, "BRF001") == [
        (
            4,
            col(ws_dir, 4, "[[ledger"),
            "in-text citation [[ledger/t2]]: source 'ledger' has no item 't2': its items are"
            " t1, t4, t5, t6",
            None,
            None,
        )
    ]


# ------------------------------------------------------------------ BRF015


# 51 characters: shown cut to 49 and an ellipsis; 50 characters (folded): shown whole
LONG = "Cranes will be sold abroad within the coming weeks."
FIFTY = "The quay  stays quiet,  says [[wire]] to the press!!"


def test_brf015_exact_messages_places_and_gist_limit(ws_dir: Path) -> None:
    assert len(LONG) == 51 and len(" ".join(FIFTY.split())) == 50
    text = HEAD + section(
        "Key judgments",
        "- ref: wire/t1",  # 8
        "- ref: ledger/t4",  # 9
        "- text: Two sources back this one.",  # 10: two sources, not flagged
        "- ref: ledger/t1",  # 11
        f"- text: {LONG}",  # 12: ledger alone
        f"- text: {FIFTY}",  # 13: wire alone, cited in its text
    )
    fs = check(ws_dir, text)
    tail = (
        "corroborate it with another source, or say in the text that it is single-source "
        "and add nocheck: [BRF015]"
    )
    assert of(fs, "BRF015") == [
        (
            12,
            15,
            "the key judgment 'Cranes will be sold abroad within the coming week…' rests on"
            f" one source (ledger): {tail}",
            0,
            4,
        ),
        (
            13,
            15,
            "the key judgment 'The quay stays quiet, says [[wire]] to the press!!' rests on"
            f" one source (wire): {tail}",
            0,
            5,
        ),
    ]
    assert all(f.severity == WARNING and f.related is None for f in fs if f.code == "BRF015")


def _strip_positions(brief: m.Brief, entry_start: dict[tuple[int, int], tuple[int, int]]) -> None:
    """Forget every position (as for entries made in memory), keeping only the given entry
    starts (``pos[""]``)."""
    brief.pos.clear()
    for si, sec in enumerate(brief.sections):
        sec.pos.clear()
        for ei, e in enumerate(sec.entries):
            e.pos.clear()
            if (si, ei) in entry_start:
                e.pos[""] = entry_start[si, ei]


def test_brf015_without_a_text_position_falls_back_to_the_entry_then_1_1(ws_dir: Path) -> None:
    text = HEAD + section(
        "Key judgments",
        "- ref: ledger/t1",
        "- text: First judgment.",
        "- ref: wire/t1",
        "- text: Second judgment.",
    )
    ws, brief, path = load(ws_dir, text)
    _strip_positions(brief, {(0, 1): (20, 7)})
    fs = check_brief(ws, brief, path)
    assert [(f.line, f.col, f.section, f.entry) for f in fs if f.code == "BRF015"] == [
        (1, 1, 0, 3),
        (20, 7, 0, 1),
    ]


# ------------------------------------------------------------------ BRF016


def test_brf016_boundaries_messages_and_related(ws_dir: Path) -> None:
    text = (
        HEAD.replace("TLP:GREEN", "TLP:AMBER")
        + section(
            "Key judgments",
            "- ref: ledger/t9",  # 8: unknown item (BRF001), skipped here
            "- ref: ledger/t4",  # 9: B4, 2 steps apart: not flagged
            "- ref: ledger/t5",  # 10: B5, 3 steps
            "- ref: ledger/t6",  # 11: 6 cannot be judged
            "- ref: secret/t2",  # 12: A4, 3 steps
            "- ref: secret/t1",  # 13: A5, 4 steps
        )
        + section("Background", "- ref: secret/t1")
    )  # 16: not under Key judgments
    fs = check(ws_dir, text)
    tail = "check both grades before resting a key judgment on it"
    assert of(fs, "BRF016") == [
        (
            10,
            14,
            f"ledger/t5 is graded B5: a B source with information rated 5 disagree by 3 steps;"
            f" {tail}",
            0,
            2,
        ),
        (
            12,
            14,
            f"secret/t2 is graded A4: a A source with information rated 4 disagree by 3 steps;"
            f" {tail}",
            0,
            4,
        ),
        (
            13,
            14,
            f"secret/t1 is graded A5: a A source with information rated 5 disagree by 4 steps;"
            f" {tail}",
            0,
            5,
        ),
    ]
    assert related(fs, "BRF016") == [
        src(ws_dir, "ledger", 13, 18),
        src(ws_dir, "secret", 10, 18),
        src(ws_dir, "secret", 7, 18),
    ]


# ------------------------------------------------------------------ BRF017, BRF018


def test_brf017_brf018_at_the_first_citation_by_ref_or_in_text(ws_dir: Path) -> None:
    text = HEAD.replace("Traffic will stay low.", "Crews idle, says [[blank]].") + (
        section("Background", "- ref: ledger/t1")  # 8
        + section(
            "Outlook",
            "- ref: ledger/t4",  # 11
            "- text: Ships wait, wire/t1 says; [[blank/t1]] agrees.",  # 12
        )
    )
    fs = check(ws_dir, text)
    assert of(fs, "BRF017") == [
        (
            12,
            col(ws_dir, 12, "wire/t1"),
            f"wire ({ws_dir / 'sources' / 'wire.yaml'}) is cited from a URL but has no"
            " 'accessed:' date: add the day you read it (web pages change)",
            1,
            1,
        )
    ]
    assert related(fs, "BRF017") == [src(ws_dir, "wire", 2, 6)]
    assert of(fs, "BRF018") == [
        (
            4,
            col(ws_dir, 4, "[[blank]]"),
            f"blank ({ws_dir / 'sources' / 'blank.yaml'}) is cited but not graded: add"
            " 'reliability:' (A-F; F when it cannot be judged) to the note",
            None,
            None,
        )
    ]
    assert related(fs, "BRF018") == [src(ws_dir, "blank", 1, 1)]


def test_brf017_brf018_by_reference_at_section_0_entry_0(ws_dir: Path) -> None:
    text = HEAD + section("Background", "- ref: blank/t1", "- ref: wire/t1")
    fs = check(ws_dir, text)
    assert [(f.line, f.col, f.section, f.entry, f.related) for f in fs if f.code == "BRF018"] == [
        (8, 14, 0, 0, src(ws_dir, "blank", 1, 1))
    ]
    assert [(f.line, f.col, f.section, f.entry, f.related) for f in fs if f.code == "BRF017"] == [
        (9, 14, 0, 1, src(ws_dir, "wire", 2, 6))
    ]


# ------------------------------------------------------------------ BRF013


def test_brf013_bluf_and_entries_above_the_banner_only(ws_dir: Path) -> None:
    text = HEAD.replace("bluf:", "bluf_marking: TLP:AMBER\nbluf:") + section(
        "Background",
        "- text: Below the banner.",  # 9
        "  marking: TLP:CLEAR",
        "- text: As the banner.",  # 11
        "  marking: TLP:GREEN",
        "- text: Above the banner.",  # 13
        "  marking: TLP:RED",  # 14
    )
    fs = check(ws_dir, text)
    assert of(fs, "BRF013") == [
        (
            4,
            15,
            "the BLUF is marked TLP:AMBER but the brief only TLP:GREEN: mark the brief"
            " TLP:AMBER or more restrictive",
            None,
            None,
        ),
        (
            14,
            18,
            "this entry is marked TLP:RED but the brief only TLP:GREEN: mark the brief TLP:RED"
            " or more restrictive, or the entry lower",
            0,
            2,
        ),
    ]
    assert [f.severity for f in fs if f.code == "BRF013"] == ["error", "error"]


def test_brf013_not_for_a_bluf_at_or_below_the_banner(ws_dir: Path) -> None:
    for mark in ("TLP:GREEN", "TLP:CLEAR"):
        text = HEAD.replace("bluf:", f"bluf_marking: {mark}\nbluf:") + section(
            "Background", "- ref: ledger/t1"
        )
        assert of(check(ws_dir, text), "BRF013") == []


def test_brf013_unmarked_brief_reads_as_clear(ws_dir: Path) -> None:
    text = HEAD.replace("marking: TLP:GREEN\n", "").replace(
        "bluf:", "bluf_marking: TLP:GREEN\nbluf:"
    ) + section("Background", "- text: Quiet.", "  marking: TLP:GREEN")
    fs = check(ws_dir, text)
    assert [msg for _, _, msg, _, _ in of(fs, "BRF013")] == [
        "the BLUF is marked TLP:GREEN but the brief only unmarked (read as TLP:CLEAR): mark"
        " the brief TLP:GREEN or more restrictive",
        "this entry is marked TLP:GREEN but the brief only unmarked (read as TLP:CLEAR): mark"
        " the brief TLP:GREEN or more restrictive, or the entry lower",
    ]


def test_brf013_without_positions(ws_dir: Path) -> None:
    text = HEAD.replace("bluf:", "bluf_marking: TLP:RED\nbluf:") + section(
        "Background",
        "- text: One.",
        "  marking: TLP:RED",
        "- text: Two.",
        "  marking: TLP:RED",
    )
    ws, brief, path = load(ws_dir, text)
    _strip_positions(brief, {(0, 0): (30, 9)})
    fs = check_brief(ws, brief, path)
    assert [(f.line, f.col, f.section, f.entry) for f in fs if f.code == "BRF013"] == [
        (1, 1, None, None),
        (1, 1, 0, 1),
        (30, 9, 0, 0),
    ]


# ------------------------------------------------------------------ BRF019


def test_brf019_reference_entry_marked_below_its_source(ws_dir: Path) -> None:
    text = HEAD.replace("TLP:GREEN", "TLP:AMBER") + section(
        "Background",
        "- ref: nowhere/t1",  # 8: unknown source (BRF001)
        "- ref: field/t1",  # 9: as its source: fine
        "  marking: TLP:GREEN",
        "- ref: secret/t1",  # 11
        "  marking: TLP:GREEN",  # 12
    )
    fs = check(ws_dir, text)
    assert of(fs, "BRF019") == [
        (
            12,
            18,
            "this entry is marked TLP:GREEN but its source secret is TLP:AMBER: an entry can"
            " raise its item's marking, never lower it (exports use the source's)",
            0,
            2,
        )
    ]
    assert related(fs, "BRF019") == [src(ws_dir, "secret", 3, 10)]
    # an entry made in memory (no marking position) is placed on its reference
    ws, brief, path = load(ws_dir, text)
    _strip_positions(brief, {})
    brief.sections[0].entries[2].pos["ref"] = (40, 3)
    assert [(f.line, f.col) for f in check_brief(ws, brief, path) if f.code == "BRF019"] == [
        (40, 3)
    ]


def test_brf019_text_citing_above_its_own_marking(ws_dir: Path) -> None:
    text = HEAD.replace("Traffic will stay low.", "Low, says [[secret/t1]] and [[field]].") + (
        section(
            "Background",
            "- ref: ledger/t1",  # 8: its item raised to AMBER by the entry
            "  marking: TLP:AMBER",
            "- ref: ledger/t4",  # 10: comment's own marking is the source's (CLEAR)
            "  comment: See [[nobody]], [[secret/t9]], [[field/t1]] and [[secret]].",  # 11
            "- ref: secret/t2",  # 12: comment's own marking is AMBER
            "  comment: Agrees with [[secret/t1]].",
            "- ref: ledger/t5",  # 14: entry raised to GREEN, cites a GREEN note
            "  marking: TLP:GREEN",
            "  comment: As [[field/t1]] says.",
            "- text: Quiet, per [[ledger/t1]] and [[field/t1]] and [[blank]].",  # 17
        )
    )
    fs = check(ws_dir, text)
    leaves = "or drop the citation (an export for a less cleared audience leaves it out)"
    assert of(fs, "BRF019") == [
        (
            4,
            col(ws_dir, 4, "[[secret/t1]]"),
            "the BLUF is TLP:GREEN but cites secret/t1, marked TLP:AMBER: mark it TLP:AMBER"
            f" {leaves}",
            None,
            None,
        ),
        (
            11,
            col(ws_dir, 11, "[[field/t1]]"),
            f"this comment is TLP:CLEAR but cites field/t1, marked TLP:GREEN: mark it TLP:GREEN"
            f" {leaves}",
            0,
            1,
        ),
        (
            11,
            col(ws_dir, 11, "[[secret]]"),
            f"this comment is TLP:CLEAR but cites secret, marked TLP:AMBER: mark it TLP:AMBER"
            f" {leaves}",
            0,
            1,
        ),
        (
            17,
            col(ws_dir, 17, "[[ledger/t1]]"),
            f"this prose is TLP:GREEN but cites ledger/t1, marked TLP:AMBER: mark it TLP:AMBER"
            f" {leaves}",
            0,
            4,
        ),
    ]


def test_brf019_an_item_cited_twice_keeps_its_highest_marking(ws_dir: Path) -> None:
    text = HEAD + section(
        "Background",
        "- ref: ledger/t1",  # 8: raised to AMBER
        "  marking: TLP:AMBER",
        "- ref: ledger/t1",  # 10: raised to GREEN only, later
        "  marking: TLP:GREEN",
        "  nocheck: [BRF011]",
        "- text: Quiet, per [[ledger/t1]].",  # 13: GREEN prose
    )
    fs = check(ws_dir, text)
    assert [(f.line, f.col, f.section, f.entry) for f in fs if f.code == "BRF019"] == [
        (13, col(ws_dir, 13, "[[ledger/t1]]"), 0, 2)
    ]
    assert of(fs, "BRF019")[0][2].startswith(
        "this prose is TLP:GREEN but cites ledger/t1, marked TLP:AMBER: "
    )


def test_brf019_bluf_marking_is_the_blufs_own(ws_dir: Path) -> None:
    text = HEAD.replace("Traffic will stay low.", "Low, says [[field/t1]].") + section(
        "Background", "- ref: ledger/t1"
    )
    assert of(check(ws_dir, text), "BRF019") == []
    raised = text.replace("marking: TLP:GREEN", "marking: TLP:AMBER").replace(
        "bluf:", "bluf_marking: TLP:CLEAR\nbluf:"
    )
    assert [msg for _, _, msg, _, _ in of(check(ws_dir, raised), "BRF019")] == [
        "the BLUF is TLP:CLEAR but cites field/t1, marked TLP:GREEN: mark it TLP:GREEN or drop"
        " the citation (an export for a less cleared audience leaves it out)"
    ]


# ------------------------------------------------------------------ BRF014


def test_brf014_numbers_beside_terms_exact(ws_dir: Path) -> None:
    text = HEAD + section(
        "Background",
        "- ref: ledger/t1",  # 8
        "- text: Sale is very  likely (55 %), likely (10-30 %) and likely (0 %).",  # 9
    )
    fs = check(ws_dir, text)
    assert of(fs, "BRF014") == [
        (
            9,
            col(ws_dir, 9, "55 %"),
            "'very likely' means 80-95 % but the text says 55 %: use 'roughly even chance'"
            " (45-55 %), 'likely' (55-80 %), or correct the number",
            0,
            1,
        ),
        (
            9,
            col(ws_dir, 9, "10-30"),
            "'likely' means 55-80 % but the text says 10-30 %: use 'very unlikely' (5-20 %),"
            " or correct the number",
            0,
            1,
        ),
        (
            9,
            col(ws_dir, 9, "0 %)."),
            "'likely' means 55-80 % but the text says 0 %: correct the number",
            0,
            1,
        ),
    ]


def test_brf014_likelihood_field_exact(ws_dir: Path) -> None:
    text = HEAD + section(
        "Background",
        "- ref: ledger/t1",  # 8: no likelihood
        "- text: The yard reopens.",  # 9
        "  likelihood: 0.8",  # 10
        "- text: The yard closes.",
        "  likelihood: 1.0",  # 12
        "- text: The crane moves.",
        "  likelihood: 0.555",  # 14
        "- text: It is very  likely to rain.",
        "  likelihood: 0.3",  # 16
        "- ref: ledger/t4",
        "  comment: It is likely.",
        "  likelihood: 1",  # 19
        "- text: It is likely, barely.",
        "  likelihood: 0.800000004",  # 21: 80.0 % once rounded: in the band
    )
    fs = check(ws_dir, text)
    assert of(fs, "BRF014") == [
        (
            10,
            21,
            "likelihood 0.8 (80 %) is stated but the entry uses no ICD 203 term: say 'likely'"
            " (55-80 %) or 'very likely' (80-95 %)",
            0,
            1,
        ),
        (
            12,
            21,
            "likelihood 1 (100 %) is stated but the entry uses no ICD 203 term: say how likely"
            " in words",
            0,
            2,
        ),
        (
            14,
            21,
            "likelihood 0.555 (55.5 %) is stated but the entry uses no ICD 203 term: say"
            " 'likely' (55-80 %)",
            0,
            3,
        ),
        (
            16,
            21,
            "likelihood 0.3 (30 %) is outside 'very likely' (80-95 %): use 'unlikely' (20-45 %),"
            " or correct the number",
            0,
            4,
        ),
        (
            19,
            21,
            "likelihood 1 (100 %) is outside 'likely' (55-80 %): use a term that fits, or correct"
            " the number",
            0,
            5,
        ),
    ]


def test_brf014_likelihood_field_without_positions(ws_dir: Path) -> None:
    text = HEAD + section(
        "Background", "- text: Soon.", "  likelihood: 0.9", "- text: Later.", "  likelihood: 0.9"
    )
    ws, brief, path = load(ws_dir, text)
    _strip_positions(brief, {(0, 1): (50, 5)})
    fs = check_brief(ws, brief, path)
    assert [(f.line, f.col, f.section, f.entry) for f in fs if f.code == "BRF014"] == [
        (1, 1, 0, 0),
        (50, 5, 0, 1),
    ]


# ------------------------------------------------------------------ the engine


def test_findings_at_one_place_keep_outline_order(ws_dir: Path) -> None:
    """Without positions every finding is at 1:1: the brief's first, then by section and
    entry (a section's own before its entries), then by code."""
    text = (
        HEAD.replace("bluf: Traffic will stay low.\n", "")
        + section("Background", "- ref: ledger/t9", "- ref: wire/t1", "- ref: wire/t1")
        + "  - heading: Empty\n    entries: []\n"
        + section("Outlook", "- ref: zzz/t1")
    )
    ws, brief, path = load(ws_dir, text)
    _strip_positions(brief, {})
    fs = check_brief(ws, brief, path)
    assert {(f.line, f.col) for f in fs} == {(1, 1)}
    assert [(f.code, f.section, f.entry) for f in fs] == [
        ("BRF012", None, None),
        ("BRF001", 0, 0),
        ("BRF017", 0, 1),
        ("BRF011", 0, 2),
        ("BRF012", 1, None),
        ("BRF001", 2, 0),
    ]


def test_a_sections_own_finding_sorts_before_its_entries(
    ws_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def brf011_entry(ctx: Context) -> None:
        ctx.add("BRF011", "about entry 0", (1, 1), section=0, entry=0)

    def brf012_section(ctx: Context) -> None:
        ctx.add("BRF012", "about section 0", (1, 1), section=0)

    monkeypatch.setattr(engine, "RULES", (brf011_entry, brf012_section))
    ws, brief, path = load(ws_dir, HEAD + section("Background", "- ref: ledger/t1"))
    assert [(f.code, f.section, f.entry) for f in check_brief(ws, brief, path)] == [
        ("BRF012", 0, None),
        ("BRF011", 0, 0),
    ]


def test_a_disabled_rule_is_not_run(ws_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []

    def brf018_spy(ctx: object) -> None:
        ran.append("BRF018")

    def brf017_spy(ctx: object) -> None:
        ran.append("BRF017")

    monkeypatch.setattr(engine, "RULES", (brf017_spy, brf018_spy))
    ws, brief, path = load(ws_dir, HEAD + section("Background", "- ref: blank/t1"))
    assert check_brief(ws, brief, path, disabled=["BRF018"]) == []
    assert ran == ["BRF017"]


def test_every_rule_reports_its_own_code_only(ws_dir: Path, tmp_path: Path) -> None:
    """What lets the engine skip a disabled rule instead of filtering its findings: run
    alone, each rule reports its own code, over briefs that trigger every rule."""
    staged = tmp_path / "staged"
    shutil.copytree(DATA / "checks" / "ws", staged)
    text = HEAD.replace("TLP:GREEN", "TLP:CLEAR").replace(
        "bluf: Traffic will stay low.\n", "bluf_marking: TLP:GREEN\nbluf: Low, [[zz]].\n"
    ) + section(
        "Key judgments",
        "- ref: secret/t1",
        "  marking: TLP:GREEN",
        "- text: It is likely (99 %).",
        "- ref: blank/t1",
        "- ref: wire/t1",
    )
    ws, brief, path = load(ws_dir, text)
    staged_path = staged / "all-rules.brief.yaml"
    cases = [
        (ws, brief, path),
        (Workspace.load(staged, use_cache=False), load_brief(staged_path)[0], staged_path),
    ]
    codes = [r.__name__[:6].upper() for r in engine.RULES]
    seen: set[str] = set()
    for rule, code in zip(engine.RULES, codes, strict=True):
        for ws_, brief_, path_ in cases:
            fs = check_brief(ws_, brief_, path_, disabled=[c for c in codes if c != code])
            assert {f.code for f in fs} <= {code}, rule.__name__
            seen |= {f.code for f in fs}
    assert seen == {f"BRF{n:03d}" for n in range(1, 20)}


def test_an_unreadable_brief_file_places_findings_at_the_value(ws_dir: Path) -> None:
    text = HEAD.replace("Traffic will stay low.", "Traffic may stay low.") + section(
        "Background", "- ref: ledger/t1"
    )
    ws, brief, path = load(ws_dir, text)
    path.unlink()
    assert [(f.line, f.col) for f in check_brief(ws, brief, path) if f.code == "BRF003"] == [(4, 7)]
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))  # read, but not UTF-8
    assert [(f.line, f.col) for f in check_brief(ws, brief, path) if f.code == "BRF003"] == [(4, 7)]
    path.write_text(text, encoding="utf-8")
    assert [(f.line, f.col) for f in check_brief(ws, brief, path) if f.code == "BRF003"] == [
        (4, 15)
    ]


# ------------------------------------------------------------------ collect, load_problems


def test_collect_refuses_a_file_that_is_not_a_brief(ws_dir: Path) -> None:
    notes = ws_dir / "notes.yaml"
    notes.write_text("title: x\n", encoding="utf-8")
    with pytest.raises(BrieferError) as err:
        collect(notes)
    assert str(err.value) == f"{notes}: not a brief (*.brief.yaml) nor a workspace folder"


def test_collect_goes_on_after_a_brief_that_fails_to_load(ws_dir: Path) -> None:
    (ws_dir / "a.brief.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    (ws_dir / "b.brief.yaml").write_text(HEAD + section("Background", "- ref: x/t1"))
    findings, n = collect(ws_dir)
    assert n == 2
    assert [(Path(f.path).name, f.code, f.line) for f in findings] == [
        ("a.brief.yaml", "LOAD", 2),
        ("b.brief.yaml", "BRF001", 8),
    ]


def test_collect_one_brief_keeps_settings_errors_and_cited_broken_notes(ws_dir: Path) -> None:
    (ws_dir / "briefer.yaml").write_text("checks: [oops\n", encoding="utf-8")
    (ws_dir / "sources" / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    (ws_dir / "sources" / "other.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    path = brief_path(ws_dir)
    path.write_text(HEAD + section("Background", "- ref: broken/t1"), encoding="utf-8")
    findings, n = collect(path)
    assert n == 1
    assert [(Path(f.path).name, f.code) for f in findings] == [
        ("briefer.yaml", "LOAD"),
        ("broken.yaml", "LOAD"),
        ("t.brief.yaml", "BRF001"),
    ]


def test_load_problems_of_a_workspace_and_of_one_brief(ws_dir: Path) -> None:
    (ws_dir / "sources" / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    (ws_dir / "a.brief.yaml").write_text("title: T\nsections: 3\n", encoding="utf-8")
    (ws_dir / "b.brief.yaml").write_text("title: [oops\n", encoding="utf-8")
    good = brief_path(ws_dir)
    good.write_text(HEAD + section("Background", "- ref: ledger/t1"), encoding="utf-8")
    everything = load_problems(str(ws_dir))
    assert sorted((Path(p.path).name, p.line) for p in everything) == [
        ("a.brief.yaml", 2),
        ("b.brief.yaml", 2),
        ("broken.yaml", 2),
    ]
    assert [Path(p.path).name for p in everything][0] == "broken.yaml"  # workspace's first
    assert [(Path(p.path).name, p.line) for p in load_problems(good)] == [("broken.yaml", 2)]
    one = load_problems(ws_dir / "a.brief.yaml")
    assert [(Path(p.path).name, p.line, p.col) for p in one] == [
        ("broken.yaml", 2, 1),
        ("a.brief.yaml", 2, 11),
    ]
    assert (
        one[1].message
        == everything[[Path(p.path).name for p in everything].index("a.brief.yaml")].message
    )
