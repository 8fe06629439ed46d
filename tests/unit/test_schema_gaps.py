"""Reading notes and briefs, field by field, with the exact message of each refusal (#22):
every key lands in the right field, ids are given in order, duplicates and bad entries are
located, and what is read is what is written back."""

from __future__ import annotations

import pytest

from briefer import model as m
from briefer.errors import LoadError
from briefer.schema import (
    brief_from_doc,
    brief_to_data,
    dump_brief,
    dump_source,
    source_from_doc,
)
from briefer.yamlio import compose

NOTE = """\
title: A note
kind: report
publisher: Pub
author: A. Writer
url: https://example.org/a
published: "2026-11"
accessed: "2026-11-20"
reliability: B
marking: TLP:GREEN
tags: [x, y]
summary: Short.
identifier: doi:10.1/abc
archived_url: https://archive.example/a
source_type: official
descriptor: Ministry statement.
notes: Mine.
body: The article.
takes:
  - text: First take.
    credibility: 2
    page: 3
    span: [0, 11]
  - id: t1
    text: Named take.
    draft: true
quotes:
  - text: Said so.
    speaker: Ann
    role: Minister
    date: "2026-11-19"
    speaker_inferred: false
figures:
  - value: 15000
    qualifier: approximately
    unit: soldiers
    subject: troops sent
    as_of: "2026-11"
    attribution: Seoul
    as_of_inferred: true
"""


def note(text: str, name: str = "sources/nk-note.yaml") -> m.Source:
    return source_from_doc(compose(text, name))


def problems(text: str, name: str = "sources/nk-note.yaml", brief: bool = False):
    with pytest.raises(LoadError) as err:
        (brief_from_doc if brief else source_from_doc)(compose(text, name))
    return [(p.line, p.col, p.message) for p in err.value.problems]


def test_every_key_of_a_note_lands_in_its_field() -> None:
    s = note(NOTE)
    assert (s.id, s.title, s.kind, s.publisher, s.author) == (
        "nk-note",
        "A note",
        "report",
        "Pub",
        "A. Writer",
    )
    assert (s.url, s.published, s.accessed, s.reliability, s.marking) == (
        "https://example.org/a",
        "2026-11",
        "2026-11-20",
        "B",
        "TLP:GREEN",
    )
    assert (s.tags, s.summary, s.notes, s.body) == (["x", "y"], "Short.", "Mine.", "The article.")
    assert (s.identifier, s.archived_url, s.source_type, s.descriptor) == (
        "doi:10.1/abc",
        "https://archive.example/a",
        "official",
        "Ministry statement.",
    )
    t0, t1 = s.takes
    assert (t0.id, t0.text, t0.credibility, t0.page, t0.span, t0.draft) == (
        "t2",  # t1 is taken: ids are given after the named ones
        "First take.",
        2,
        3,
        (0, 11),
        None,
    )
    assert (t1.id, t1.draft) == ("t1", True)
    [q] = s.quotes
    assert (q.id, q.text, q.speaker, q.role, q.date, q.speaker_inferred) == (
        "q1",
        "Said so.",
        "Ann",
        "Minister",
        "2026-11-19",
        False,
    )
    [f] = s.figures
    assert (f.id, f.value, f.qualifier, f.unit, f.subject, f.as_of, f.attribution) == (
        "f1",
        15000,
        "approximately",
        "soldiers",
        "troops sent",
        "2026-11",
        "Seoul",
    )
    assert f.as_of_inferred is True
    assert s.pos["title"] == (1, 8) and t0.pos[""] == (19, 5)


def test_a_note_round_trips_through_its_writing() -> None:
    s = note(NOTE)
    again = note(dump_source(s))
    assert dump_source(again) == dump_source(s)
    assert again.takes[0].span == (0, 11) and again.figures[0].as_of_inferred is True


def test_id_from_the_file_name_or_the_key() -> None:
    assert note("title: T\n", "sources/ok-name.yaml").id == "ok-name"
    assert note("title: T\nid: given\n", "sources/Bad Name.yaml").id == "given"
    assert problems("title: T\n", "sources/Bad Name.yaml") == [
        (
            1,
            1,
            "file name 'Bad Name' is not an id; add 'id:' with lowercase letters, digits and '-'",
        )
    ]


def test_duplicate_item_ids_are_located() -> None:
    text = "title: T\ntakes:\n  - id: a1\n    text: x\nquotes:\n  - id: a1\n    text: y\n"
    assert problems(text) == [(6, 9, "duplicate item id 'a1' (first at line 3)")]
    third = text + "figures:\n  - id: a1\n    value: 3\n"
    assert problems(third) == [
        (6, 9, "duplicate item id 'a1' (first at line 3)"),
        (9, 9, "duplicate item id 'a1' (first at line 3)"),
    ]


def test_items_need_their_text_or_value() -> None:
    text = "title: T\ntakes:\n  - id: t1\nfigures:\n  - value: lots\n"
    assert problems(text) == [
        (3, 5, "a take is missing required key 'text'"),
        (5, 12, "'value' must be a number, found 'lots'"),
    ]


def test_empty_and_non_mapping_files() -> None:
    assert problems("") == [(1, 1, "file is empty; expected a mapping of key: value")]
    assert problems("- a\n") == [
        (1, 1, "expected a mapping of key: value at the top, found a list")
    ]
    assert problems("title: T\nkind: blog\n") == [
        (2, 7, "'kind' must be one of article, report, interview, dataset, other; found 'blog'")
    ]


# ------------------------------------------------------------------ briefs
BRIEF = """\
title: B
subtitle: S
author: A
date: "2026-11-26"
language: pt-BR
marking: TLP:AMBER
portion_marks: true
likelihood_ranges: false
show_ids: true
citations: pandoc
changes_since: last-edition
pdf_standard: a-2b
bluf: Bottom.
bluf_marking: TLP:GREEN
sections:
  - heading: H
    entries:
      - ref: s/t1
        comment: Why.
        confidence: high
        marking: TLP:RED
        likelihood: 0.7
        nocheck: [BRF003]
      - text: Prose.
"""


def test_every_key_of_a_brief_lands_in_its_field() -> None:
    b = brief_from_doc(compose(BRIEF, "b.brief.yaml"))
    assert (b.title, b.subtitle, b.author, b.date, b.language, b.marking) == (
        "B",
        "S",
        "A",
        "2026-11-26",
        "pt-BR",
        "TLP:AMBER",
    )
    assert (b.portion_marks, b.likelihood_ranges, b.show_ids) == (True, False, True)
    assert (b.citations, b.changes_since, b.pdf_standard) == ("pandoc", "last-edition", "a-2b")
    assert (b.bluf, b.bluf_marking) == ("Bottom.", "TLP:GREEN")
    [sec] = b.sections
    ref, prose = sec.entries
    assert sec.heading == "H"
    assert (str(ref.ref), ref.comment, ref.confidence, ref.marking) == (
        "s/t1",
        "Why.",
        "high",
        "TLP:RED",
    )
    assert ref.likelihood == 0.7 and ref.nocheck == ["BRF003"] and ref.text is None
    assert (prose.ref, prose.text) == (None, "Prose.")
    assert dump_brief(brief_from_doc(compose(dump_brief(b), "x"))) == dump_brief(b)
    assert list(brief_to_data(b))[:3] == ["title", "subtitle", "author"]


def test_entry_refusals() -> None:
    text = (
        "title: B\nsections:\n  - heading: H\n    entries:\n"
        "      - ref: s/t1\n        text: both\n"
        "      - comment: neither\n"
        "      - text: prose\n        comment: c\n"
        "      - ref: nope\n"
    )
    assert problems(text, "b.brief.yaml", brief=True) == [
        (5, 9, "an entry has either 'ref' (an item) or 'text' (prose), not both"),
        (7, 9, "an entry has either 'ref' (an item) or 'text' (prose), not neither"),
        (9, 18, "a prose entry has no 'comment'; put it in 'text'"),
        (10, 14, "reference 'nope' is not of the form SOURCE_ID/ITEM_ID"),
    ]


ONE_ENTRY = "title: B\nsections:\n  - heading: H\n    entries:\n      - ref: s/t1\n"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("70", "'likelihood' must be a probability from 0 to 1, found '70' (for 70 % write 0.7)"),
        ("100", "'likelihood' must be a probability from 0 to 1, found '100' (for 100 % write 1)"),
        ("101", "'likelihood' must be a probability from 0 to 1, found '101'"),
        ("-0.5", "'likelihood' must be a probability from 0 to 1, found '-0.5'"),
    ],
)
def test_likelihood_refusals(raw: str, message: str) -> None:
    text = f"{ONE_ENTRY}        likelihood: {raw}\n"
    assert problems(text, "b.brief.yaml", brief=True) == [(6, 21, message)]


@pytest.mark.parametrize("raw", ["0", "1", "0.25", "1.0"])
def test_likelihood_bounds_accepted(raw: str) -> None:
    text = f"{ONE_ENTRY}        likelihood: {raw}\n"
    entry = brief_from_doc(compose(text, "b.brief.yaml")).sections[0].entries[0]
    assert entry.likelihood == float(raw) and type(entry.likelihood) is float


def test_language_tag() -> None:
    assert problems("title: B\nlanguage: english please\n", "b.brief.yaml", brief=True) == [
        (2, 11, "'language' must be a BCP 47 tag such as en, fr or pt-BR, found 'english please'")
    ]
