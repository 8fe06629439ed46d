"""The semantic diff: moves are moves, figures corrected in their notes are figures, wording
comes word by word; and its text, Markdown and JSON forms."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefer import model as m
from briefer.editions.diff import diff, word_diff
from briefer.editions.report import format_json, format_md, format_text
from briefer.editions.snapshot import Snapshot, current
from briefer.schema import load_brief
from briefer.workspace import Workspace

BRIEF = "nk-russia-weekly.brief.yaml"
SAMPLE = Path(__file__).resolve().parents[2] / "briefs"


def _state(root: Path = SAMPLE) -> Snapshot:
    ws = Workspace.load(root, use_cache=False)
    brief, _ = load_brief(root / BRIEF)
    return current(ws, brief, root / BRIEF)


BASE = _state()


def _edit() -> Snapshot:
    return copy.deepcopy(BASE)


def kinds(d) -> list[str]:  # noqa: ANN001
    return [c.kind for c in d.changes]


def test_the_same_brief_has_no_changes() -> None:
    d = diff(BASE, _edit())
    assert d.changes == []
    assert "no changes" in format_text(d)


def test_an_entry_moved_between_sections_is_a_move() -> None:
    new = _edit()
    entry = new.brief.sections[1].entries.pop(3)  # nk-artillery-2026/f1 from Background
    new.brief.sections[0].entries.insert(1, entry)  # … to Key judgments
    d = diff(BASE, new)
    assert kinds(d) == ["moved"]
    c = d.changes[0]
    assert (c.ref, c.old, c.new) == ("nk-artillery-2026/f1", "Background", "Key judgments")
    assert c.judgment  # it is under Key judgments now
    assert "Background → Key judgments: moved nk-artillery-2026/f1" in format_text(d)


def test_a_figure_corrected_in_its_note_is_a_changed_figure() -> None:
    new = _edit()
    fig = new.sources["nk-artillery-2026"].item("f1")
    fig.value, fig.as_of = 12000, "2026-12"
    d = diff(BASE, new)
    assert kinds(d) == ["figure"]
    c = d.changes[0]
    assert c.ref == "nk-artillery-2026/f1" and c.section == "Background"
    assert c.fields == {"value": ["15,000", "12,000"], "as_of": ["2026-11", "2026-12"]}
    assert "15,000" in c.old and "12,000" in c.new
    line = format_text(d)
    assert "figure changed in its note" in line
    assert "value 15,000 → 12,000; as_of 2026-11 → 2026-12" in line


def test_confidence_change_on_a_judgment() -> None:
    new = _edit()
    new.brief.sections[0].entries[0].confidence = "moderate"
    d = diff(BASE, new)
    assert kinds(d) == ["confidence"]
    c = d.changes[0]
    assert (c.old, c.new, c.judgment, c.confidence) == (
        "high",
        "moderate",
        True,
        ["high", "moderate"],
    )


def test_bluf_wording_is_word_level_and_reports_the_likelihood_term() -> None:
    new = _edit()
    new.brief.bluf = BASE.brief.bluf.replace("very likely keep", "likely keep")
    d = diff(BASE, new)
    assert kinds(d) == ["bluf", "likelihood"]
    words = d.changes[0].words
    assert [(op, t.strip()) for op, t in words if op != "="] == [("-", "very")]
    assert (d.changes[1].old, d.changes[1].new) == ("very likely", "likely")
    assert "North Korea will [-very-] likely keep" in format_text(d)
    assert "North Korea will ~~very~~ likely keep" in format_md(d)


def test_reworded_prose_is_a_rewording_not_a_delete_and_add() -> None:
    new = _edit()
    prose = new.brief.sections[2].entries[2]
    prose.text = prose.text.replace("this month", "this week")
    d = diff(BASE, new)
    assert kinds(d) == ["prose"]
    assert [w for w in d.changes[0].words if w[0] != "="] == [("-", "month"), ("+", "week")]


def test_prose_rewritten_beyond_recognition_is_removed_and_added() -> None:
    new = _edit()
    new.brief.sections[2].entries[2].text = "Something else entirely."
    assert sorted(kinds(diff(BASE, new))) == ["added", "removed"]


def test_a_renamed_section_is_not_a_move_of_its_entries() -> None:
    new = _edit()
    new.brief.sections[1].heading = "Context"
    d = diff(BASE, new)
    assert kinds(d) == ["section-renamed"]
    assert (d.changes[0].old, d.changes[0].new) == ("Background", "Context")


def test_added_removed_and_sections() -> None:
    new = _edit()
    removed = new.brief.sections[0].entries.pop(1)
    new.brief.sections.append(
        m.Section("Gaps", [m.Entry(ref=m.Ref("nk-treaty-2024", "t1"), confidence="low")])
    )
    d = diff(BASE, new)
    by = {c.kind: c for c in d.changes}
    assert set(by) == {"section-added", "removed", "added"}
    assert by["removed"].ref == str(removed.ref) and by["removed"].old == "moderate"
    # the second citation of nk-treaty-2024/t1 is a new entry, the first one did not move
    assert by["added"].ref == "nk-treaty-2024/t1" and by["added"].section == "Gaps"
    assert by["added"].confidence == [None, "low"]


def test_markings_titles_quotes_and_grades() -> None:
    new = _edit()
    new.brief.marking = "TLP:AMBER"
    new.brief.title = "New title"
    quote = new.sources["nk-artillery-2026"].item("q1")
    quote.speaker = "Someone Else"
    new.sources["nk-artillery-2026"].item("t1").credibility = 1
    new.sources["nk-treaty-2024"].marking = "TLP:GREEN"
    d = diff(BASE, new)
    assert {"title", "marking", "quote", "grade"} <= set(kinds(d))
    quote_change = next(c for c in d.changes if c.kind == "quote")
    assert quote_change.fields["speaker"][1] == "Someone Else"
    source_marking = [c for c in d.changes if c.kind == "marking" and c.ref]
    assert source_marking and source_marking[0].fields == {"source": ["TLP:CLEAR", "TLP:GREEN"]}


def test_an_item_gone_from_its_note() -> None:
    new = _edit()
    src = new.sources["nk-artillery-2026"]
    src.takes = [t for t in src.takes if t.id != "t4"]
    d = diff(BASE, new)
    assert kinds(d) == ["item-missing"] and d.changes[0].ref == "nk-artillery-2026/t4"


def test_json_is_for_tools() -> None:
    new = _edit()
    entry = new.brief.sections[1].entries.pop(3)
    new.brief.sections[0].entries.append(entry)
    new.sources["nk-artillery-2026"].item("f1").value = 12000
    data = json.loads(format_json(diff(BASE, new)))
    assert data["brief"] == BRIEF and data["new"]["name"] == "now"
    assert [c["kind"] for c in data["changes"]] == ["moved", "figure"]
    assert data["changes"][1]["fields"]["value"] == ["15,000", "12,000"]
    assert all(isinstance(c["judgment"], bool) for c in data["changes"])


def test_word_diff_round_trips() -> None:
    old, new = "North Korea will very likely keep", "North Korea will likely keep going"
    ops = word_diff(old, new)
    assert "".join(t for op, t in ops if op != "+") == old
    assert "".join(t for op, t in ops if op != "-") == new


def test_text_from_notes_stays_literal_in_markdown() -> None:
    new = _edit()
    new.brief.bluf = "Use *stars* and [links](javascript:x) <b>here</b>."
    md = format_md(diff(BASE, new))
    assert "\\*stars\\*" in md and "\\[links\\]" in md and "<b>" not in md


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_any_shuffle_between_sections_is_only_moves(data: st.DataObject) -> None:
    new = _edit()
    slots = [(s, e) for s, sec in enumerate(new.brief.sections) for e in sec.entries]
    for sec in new.brief.sections:
        sec.entries = []
    n = len(new.brief.sections)
    targets = data.draw(st.lists(st.integers(0, n - 1), min_size=len(slots), max_size=len(slots)))
    moved = 0
    for (s, entry), t in zip(slots, targets, strict=True):
        new.brief.sections[t].entries.append(entry)
        moved += s != t
    d = diff(BASE, new)
    assert set(kinds(d)) <= {"moved"}
    assert len(d.changes) == moved
