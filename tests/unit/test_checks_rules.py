"""Each rule BRF001-BRF012: a case that triggers it (code, severity, exact line) and a close
case that must not. Briefs are written into a copy of tests/data/checks/ws."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import DATA

from briefer.checks import Finding, check_brief
from briefer.schema import load_brief
from briefer.workspace import Workspace

WS = DATA / "checks" / "ws"

# 7 lines; the first entry of Background is on line 8
HEAD = """\
title: T
date: "2026-11-26"
marking: TLP:GREEN
bluf: Traffic will likely stay low.
sections:
  - heading: Background
    entries:
"""


@pytest.fixture
def ws_dir(tmp_path: Path) -> Path:
    target = tmp_path / "ws"
    shutil.copytree(WS, target)
    return target


def check(ws_dir: Path, text: str, **kw: object) -> list[Finding]:
    path = ws_dir / "t.brief.yaml"
    path.write_text(text, encoding="utf-8")
    ws = Workspace.load(ws_dir, use_cache=False)
    brief, _ = load_brief(path)
    return check_brief(ws, brief, path, **kw)  # type: ignore[arg-type]


def entries(*lines: str, head: str = HEAD) -> str:
    return head + "".join(f"      {ln}\n" for ln in lines)


def at(ws_dir: Path, line: int, word: str, nth: int = 1) -> int:
    """The column of the ``nth`` ``word`` on ``line`` of the brief as written (1-based)."""
    text = (ws_dir / "t.brief.yaml").read_text(encoding="utf-8").splitlines()[line - 1]
    col = -1
    for _ in range(nth):
        col = text.index(word, col + 1)
    return col + 1


def found(findings: list[Finding], code: str) -> list[tuple[str, int, int]]:
    return [(f.severity, f.line, f.col) for f in findings if f.code == code]


# ------------------------------------------------------------------ BRF001


def test_brf001_unknown_source_and_item(ws_dir):
    fs = check(ws_dir, entries("- ref: alpah/t1", "- ref: alpha/t9", "- ref: alpha/t1"))
    assert found(fs, "BRF001") == [("error", 8, 14), ("error", 9, 14)]
    assert "did you mean 'alpha/t1'" in fs[0].message
    assert "has no item 't9'" in fs[1].message and "t1, t2, q1" in fs[1].message
    assert (fs[0].section, fs[0].entry) == (0, 0) and (fs[1].section, fs[1].entry) == (0, 1)


def test_brf001_names_a_source_that_fails_to_load(ws_dir):
    (ws_dir / "sources" / "broken.yaml").write_text("title: [unclosed\n")
    fs = check(ws_dir, entries("- ref: broken/t1"))
    assert found(fs, "BRF001") == [("error", 8, 14)]
    assert "broken.yaml fails to load" in fs[0].message


def test_brf001_not_for_known_items(ws_dir):
    fs = check(ws_dir, entries("- ref: alpha/t1", "- ref: alpha/f6", "- ref: amber/t1"))
    assert found(fs, "BRF001") == []


# ------------------------------------------------------------------ BRF002


def test_brf002_source_more_restrictive_than_brief(ws_dir):
    fs = check(ws_dir, entries("- ref: alpha/t1", "- ref: amber/t1"))
    assert found(fs, "BRF002") == [("error", 9, 14)]
    msg = fs[0].message
    assert "TLP:GREEN" in msg and "amber" in msg and "marked TLP:AMBER" in msg
    assert "mark the brief TLP:AMBER" in msg
    assert fs[0].related and fs[0].related.endswith("amber.yaml:3:10")


def test_brf002_unmarked_brief_reads_as_clear(ws_dir):
    text = entries("- ref: green/t1").replace("marking: TLP:GREEN\n", "")
    fs = check(ws_dir, text)
    assert found(fs, "BRF002") == [("error", 7, 14)]
    assert "unmarked" in fs[0].message


def test_brf002_not_when_brief_is_as_restrictive(ws_dir):
    text = entries("- ref: amber/t1", "- ref: green/t1").replace("TLP:GREEN", "TLP:AMBER")
    assert found(check(ws_dir, text), "BRF002") == []


# ------------------------------------------------------------------ BRF003


def test_brf003_vague_words_in_comment_with_exact_column(ws_dir):
    fs = check(
        ws_dir, entries("- ref: alpha/t1", "  comment: This may matter, and it could spread.")
    )
    assert found(fs, "BRF003") == [
        ("warning", 9, at(ws_dir, 9, "may")),
        ("warning", 9, at(ws_dir, 9, "could")),
    ]
    assert "'may'" in fs[0].message and "roughly even chance" in fs[0].message


def test_brf003_in_literal_block_bluf_points_at_the_word(ws_dir):
    text = (
        HEAD.replace(
            "bluf: Traffic will likely stay low.\n",
            "bluf: |  # the bottom line\n    Traffic will likely stay low.\n"
            "    It is probably not going to recover.\n",
        )
        + "      - ref: alpha/t1\n"
    )
    fs = check(ws_dir, text)
    # bluf header on line 4, text from line 5; "probably not" on line 6 after "    It is "
    assert found(fs, "BRF003") == [("warning", 6, 11)]
    assert at(ws_dir, 6, "probably") == 11
    assert "'unlikely (20-45%)'" in fs[0].message


def test_brf003_in_folded_prose_on_its_second_line(ws_dir):
    fs = check(
        ws_dir,
        entries(
            "- text: >-",
            "    The cranes are idle and the port",
            "    might close before",
            "    May 2027.",
        ),
    )
    assert found(fs, "BRF003") == [("warning", 10, 11)]
    assert at(ws_dir, 10, "might") == 11


def test_brf003_not_for_month_quotes_inner_words_or_item_text(ws_dir):
    fs = check(
        ws_dir,
        entries(
            "- ref: green/t1",  # "Traffic may recover" is the source's text, not ours
            "  comment: In May 2025 the cranes stopped; May 12 was the last ship.",
            '- text: Workers say "the port may close"; to our dismay, it could not reopen.',
            "- text: Since mid-May, Theresa May and the mayor met twice.",
        ),
    )
    assert found(fs, "BRF003") == []


# ------------------------------------------------------------------ BRF004


def test_brf004_both_columns_reports_the_minority_term(ws_dir):
    fs = check(ws_dir, entries("- text: A lease is very likely. A sale is probable."))
    assert found(fs, "BRF004") == [("warning", 8, at(ws_dir, 8, "probable"))]
    msg = fs[0].message
    assert "'probable'" in msg and "probability column" in msg and "write 'likely'" in msg
    assert "at line 4" in msg  # the first likelihood term is in the BLUF


def test_brf004_not_for_one_column_or_quoted_terms(ws_dir):
    fs = check(
        ws_dir,
        entries(
            "- text: A sale is unlikely; a lease is very likely.",
            '- text: The union calls a strike "highly probable".',
            "- text: The port sits in a remote bay.",
        ),
    )
    assert found(fs, "BRF004") == []


# ------------------------------------------------------------------ BRF005


def test_brf005_likelihood_and_confidence_in_one_sentence(ws_dir):
    fs = check(
        ws_dir,
        entries("- text: Ships are back. We judge with high confidence that a lease is likely."),
    )
    assert found(fs, "BRF005") == [("warning", 8, at(ws_dir, 8, "likely"))]
    assert "'likely'" in fs[0].message and "'high confidence'" in fs[0].message


def test_brf005_not_when_confidence_has_its_own_sentence(ws_dir):
    fs = check(
        ws_dir,
        entries(
            "- text: A lease is likely. We hold this judgment with high confidence.",
            "  confidence: high",
        ),
    )
    assert found(fs, "BRF005") == []


# ------------------------------------------------------------------ BRF006


def test_brf006_stale_figure(ws_dir):
    fs = check(ws_dir, entries("- ref: alpha/f1", "- ref: alpha/f5"))
    assert found(fs, "BRF006") == [("warning", 9, 14)]
    assert "2025-12" in fs[0].message and "330 days" in fs[0].message
    assert "2026-11-26" in fs[0].message and "180" in fs[0].message


def test_brf006_falls_back_to_published_and_to_today(ws_dir):
    text = entries("- ref: rumour/f1").replace('date: "2026-11-26"\n', "")
    fs = check(ws_dir, text, today=date(2020, 3, 1))
    assert found(fs, "BRF006") == []  # 2020-01-31 is 30 days before "today"
    fs = check(ws_dir, text, today=date(2021, 3, 1))
    assert found(fs, "BRF006") == [("warning", 7, 14)]
    assert "published 2020-01" in fs[0].message and "no date" in fs[0].message


def test_brf006_not_with_nocheck_or_a_longer_limit(ws_dir):
    assert found(check(ws_dir, entries("- ref: alpha/f5", "  nocheck: [BRF006]")), "BRF006") == []
    (ws_dir / "briefer.yaml").write_text("stale_days: 400\n")
    assert found(check(ws_dir, entries("- ref: alpha/f5")), "BRF006") == []


# ------------------------------------------------------------------ BRF007


def test_brf007_figure_without_attribution_quote_without_speaker(ws_dir):
    fs = check(ws_dir, entries("- ref: alpha/f4", "- ref: alpha/q2"))
    assert found(fs, "BRF007") == [("warning", 8, 14), ("warning", 9, 14)]
    assert "no attribution" in fs[0].message and "no speaker" in fs[1].message
    assert fs[0].related and fs[0].related.endswith("alpha.yaml:51:5")


def test_brf007_not_for_complete_items(ws_dir):
    assert found(check(ws_dir, entries("- ref: alpha/f1", "- ref: alpha/q1")), "BRF007") == []


# ------------------------------------------------------------------ BRF008


def test_brf008_quote_not_in_body(ws_dir):
    fs = check(ws_dir, entries("- ref: alpha/q1", "- ref: alpha/q4"))
    assert found(fs, "BRF008") == [("warning", 9, 14)]
    assert "alpha/q4" in fs[0].message and "alpha.yaml" in fs[0].message


def test_brf008_whitespace_quote_style_ellipsis_and_no_body(ws_dir):
    fs = check(
        ws_dir, entries("- ref: alpha/q1", "- ref: alpha/q3", "- ref: alpha/q5", "- ref: rumour/q1")
    )
    assert found(fs, "BRF008") == []


# ------------------------------------------------------------------ BRF009


def test_brf009_different_values_for_one_subject(ws_dir):
    fs = check(ws_dir, entries("- ref: alpha/f1", "- ref: alpha/f6", "- ref: alpha/f3"))
    assert found(fs, "BRF009") == [("warning", 10, 14)]
    msg = fs[0].message
    assert "more than 150 workers" in msg and "alpha/f3: Local press" in msg
    assert "about 100 workers" in msg and "alpha/f1: Port union" in msg and "line 8" in msg


def test_brf009_not_for_same_value_or_nocheck(ws_dir):
    # f2 has the same value and subject (other case and punctuation), another qualifier
    assert found(check(ws_dir, entries("- ref: alpha/f1", "- ref: alpha/f2")), "BRF009") == []
    fs = check(ws_dir, entries("- ref: alpha/f1", "- ref: alpha/f3", "  nocheck: [BRF009]"))
    assert found(fs, "BRF009") == []


# ------------------------------------------------------------------ BRF010


def test_brf010_weak_grades_under_key_headings(ws_dir):
    text = HEAD.replace("Background", "Key judgments") + (
        "      - ref: rumour/t1\n      - ref: alpha/t1\n"
        "  - heading: 'Key findings:'\n    entries:\n      - ref: alpha/t2\n"
    )
    fs = check(ws_dir, text)
    assert found(fs, "BRF010") == [("warning", 8, 14), ("warning", 12, 14)]
    assert "graded E3" in fs[0].message and "unreliable" in fs[0].message
    assert "graded B5" in fs[1].message and "improbable" in fs[1].message


def test_brf010_not_outside_key_headings(ws_dir):
    fs = check(ws_dir, entries("- ref: rumour/t1", "- ref: alpha/t2"))
    assert found(fs, "BRF010") == []


# ------------------------------------------------------------------ BRF011


def test_brf011_same_item_twice(ws_dir):
    fs = check(ws_dir, entries("- ref: alpha/t1", "- ref: alpha/t2", "- ref: alpha/t1"))
    assert found(fs, "BRF011") == [("warning", 10, 14)]
    assert "already at line 8" in fs[0].message


def test_brf011_not_for_two_items_of_one_source(ws_dir):
    assert found(check(ws_dir, entries("- ref: alpha/t1", "- ref: alpha/t2")), "BRF011") == []


# ------------------------------------------------------------------ BRF012


def test_brf012_no_bluf_and_empty_section(ws_dir):
    text = entries("- ref: alpha/t1").replace("bluf: Traffic will likely stay low.\n", "")
    text += "  - heading: Outlook\n    entries: []\n"
    fs = check(ws_dir, text)
    assert found(fs, "BRF012") == [("warning", 1, 1), ("warning", 8, 14)]
    assert "no BLUF" in fs[0].message and "'Outlook' is empty" in fs[1].message
    assert fs[1].section == 1 and fs[1].entry is None


def test_brf012_not_for_a_complete_brief(ws_dir):
    assert found(check(ws_dir, entries("- ref: alpha/t1")), "BRF012") == []


# ------------------------------------------------------------------ switches


def test_disabled_by_workspace_settings_and_by_argument(ws_dir):
    text = entries("- ref: alpha/t1", "  comment: This may matter.", "- ref: alpha/f5")
    assert {f.code for f in check(ws_dir, text)} == {"BRF003", "BRF006"}
    assert {f.code for f in check(ws_dir, text, disabled=["BRF006"])} == {"BRF003"}
    (ws_dir / "briefer.yaml").write_text("checks: {disable: [BRF003]}\n")
    assert {f.code for f in check(ws_dir, text)} == {"BRF006"}


def test_nocheck_is_per_entry(ws_dir):
    text = entries(
        "- ref: alpha/t1",
        "  comment: This may matter.",
        "  nocheck: [BRF003]",
        "- text: It could matter.",
    )
    assert found(check(ws_dir, text), "BRF003") == [("warning", 11, at(ws_dir, 11, "could"))]


def test_findings_sorted_and_printable():
    f = Finding("BRF003", "warning", "odd \x1b[2J text", "a.brief.yaml", 3, 7)
    assert str(f) == "a.brief.yaml:3:7: BRF003 warning: odd \u241b[2J text"
    assert f.to_dict() == {
        "code": "BRF003",
        "severity": "warning",
        "message": "odd \x1b[2J text",
        "path": "a.brief.yaml",
        "line": 3,
        "col": 7,
    }


def test_brf003_suggests_terms_of_the_column_the_brief_uses(ws_dir):
    text = entries(
        "- text: A lease is probable; a sale is highly improbable.", "- text: The union may strike."
    ).replace("will likely stay", "stays")
    fs = check(ws_dir, text)
    assert found(fs, "BRF004") == []
    (msg,) = [f.message for f in fs if f.code == "BRF003"]
    assert "remote, highly improbable, improbable" in msg and "or nearly certain" in msg
    assert "very unlikely" not in msg


def test_brf004_entry_with_nocheck_does_not_count(ws_dir):
    text = entries("- text: A sale is probable.", "  nocheck: [BRF004]")
    assert found(check(ws_dir, text), "BRF004") == []
    assert found(check(ws_dir, entries("- text: A sale is probable.")), "BRF004") == [
        ("warning", 8, at(ws_dir, 8, "probable"))
    ]
