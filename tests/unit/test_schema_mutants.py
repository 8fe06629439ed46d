"""The file schemas pinned field by field (#22, schema under mutation): every key table's
order as read (the "known:" list of an unknown key) and as saved, every builder's refusals
with their exact message and position, the defaults of an absent field or an empty file,
and what the load and save functions hand back."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer import model as m
from briefer.errors import ChangedOnDisk, LoadError
from briefer.schema import (
    brief_from_doc,
    brief_to_data,
    config_from_doc,
    config_to_data,
    dump_brief,
    dump_source,
    entry_to_data,
    item_to_data,
    load_brief,
    load_config,
    load_settings,
    load_source,
    save_brief,
    save_source,
    settings_from_doc,
    source_from_doc,
    source_to_data,
)
from briefer.yamlio import FileStamp, compose


def refusals(build, text: str, name: str = "sources/nk-note.yaml") -> list[tuple[int, int, str]]:
    """(line, col, message) of every problem the builder reports for ``text``."""
    with pytest.raises(LoadError) as err:
        build(compose(text, name))
    return [(p.line, p.col, p.message) for p in err.value.problems]


def listed(*keys: str) -> str:
    """YAML with each key given a list where a scalar belongs."""
    return "".join(f"{k}: [x]\n" for k in keys)


# ------------------------------------------------------------- key tables, as read


def test_unknown_keys_list_every_key_table_in_order() -> None:
    note = (
        "title: T\nzzqqv: 1\ntakes:\n  - text: a\n    zzqqv: 1\nquotes:\n  - text: a\n"
        "    zzqqv: 1\nfigures:\n  - value: 1\n    zzqqv: 1\n"
    )
    assert refusals(source_from_doc, note) == [
        (
            2,
            1,
            "unknown key 'zzqqv' in a source note (known: id, title, kind, publisher, author,"
            " identifier, source_type, url, archived_url, published, accessed, reliability,"
            " descriptor, marking, tags, summary, takes, quotes, figures, notes, body)",
        ),
        (
            5,
            5,
            "unknown key 'zzqqv' in a take (known: id, text, draft, credibility, page, span)",
        ),
        (
            8,
            5,
            "unknown key 'zzqqv' in a quote (known: id, text, speaker, speaker_inferred, role,"
            " date, credibility, page, span)",
        ),
        (
            11,
            5,
            "unknown key 'zzqqv' in a figure (known: id, value, qualifier, unit, subject, as_of,"
            " as_of_inferred, attribution, credibility, page, span)",
        ),
    ]
    brief = (
        "title: T\nzzqqv: 1\nsections:\n  - heading: h\n    zzqqv: 1\n    entries:\n"
        "      - text: a\n        zzqqv: 1\n"
    )
    assert refusals(brief_from_doc, brief, "b.brief.yaml") == [
        (
            2,
            1,
            "unknown key 'zzqqv' in a brief (known: title, subtitle, author, date, language,"
            " marking, portion_marks, likelihood_ranges, show_ids, citations, changes_since,"
            " pdf_standard, bluf, bluf_marking, sections)",
        ),
        (5, 5, "unknown key 'zzqqv' in a section (known: heading, entries)"),
        (
            8,
            9,
            "unknown key 'zzqqv' in an entry (known: ref, text, marking, comment, confidence,"
            " likelihood, nocheck)",
        ),
    ]
    assert refusals(settings_from_doc, "zzqqv: 1\nchecks:\n  zzqqv: 1\n", "briefer.yaml") == [
        (
            1,
            1,
            "unknown key 'zzqqv' in workspace settings (known: author, marking, stale_days,"
            " language, portion_marks, likelihood_ranges, show_ids, citations, changes_since,"
            " pdf_standard, checks)",
        ),
        (3, 3, "unknown key 'zzqqv' in 'checks' (known: disable)"),
    ]
    assert refusals(config_from_doc, "zzqqv: 1\n", "config.yaml") == [
        (
            1,
            1,
            "unknown key 'zzqqv' in the configuration (known: workspace, theme, author,"
            " marking, stale_days, editor)",
        ),
    ]


def test_required_keys_of_each_object() -> None:
    note = "takes:\n  - id: a\nquotes:\n  - id: b\nfigures:\n  - id: c\n"
    assert refusals(source_from_doc, note) == [
        (1, 1, "a source note is missing required key 'title'"),
        (2, 5, "a take is missing required key 'text'"),
        (4, 5, "a quote is missing required key 'text'"),
        (6, 5, "a figure is missing required key 'value'"),
    ]
    brief = "subtitle: S\nsections:\n  - entries: []\n"
    assert refusals(brief_from_doc, brief, "b.brief.yaml") == [
        (1, 1, "a brief is missing required key 'title'"),
        (3, 5, "a section is missing required key 'heading'"),
    ]
    # an empty value is not a value
    assert refusals(source_from_doc, "title:\n") == [(1, 1, "'title' needs a value")]


# ------------------------------------------------------------- type errors, each field


def test_every_scalar_field_of_a_note_refuses_a_list() -> None:
    first = listed(
        "id",
        "title",
        "kind",
        "publisher",
        "author",
        "identifier",
        "source_type",
        "url",
        "archived_url",
        "published",
        "accessed",
    )
    assert refusals(source_from_doc, first) == [
        (1, 5, "'id' must be text, found a list"),
        (2, 8, "'title' must be text, found a list"),
        (3, 7, "'kind' must be text, found a list"),
        (4, 12, "'publisher' must be text, found a list"),
        (5, 9, "'author' must be text, found a list"),
        (6, 13, "'identifier' must be text, found a list"),
        (7, 14, "'source_type' must be text, found a list"),
        (8, 6, "'url' must be text, found a list"),
        (9, 15, "'archived_url' must be text, found a list"),
        (10, 12, "'published' must be text, found a list"),
        (11, 11, "'accessed' must be text, found a list"),
    ]
    second = "title: T\n" + listed(
        "reliability", "descriptor", "marking", "summary", "notes", "body"
    )
    second += "tags: x\ntakes: x\nquotes: x\nfigures: x\n"
    assert refusals(source_from_doc, second) == [
        (2, 14, "'reliability' must be text, found a list"),
        (3, 13, "'descriptor' must be text, found a list"),
        (4, 10, "'marking' must be text, found a list"),
        (5, 10, "'summary' must be text, found a list"),
        (6, 8, "'notes' must be text, found a list"),
        (7, 7, "'body' must be text, found a list"),
        (8, 7, "'tags' must be a list, found 'x'"),
        (9, 8, "'takes' must be a list, found 'x'"),
        (10, 9, "'quotes' must be a list, found 'x'"),
        (11, 10, "'figures' must be a list, found 'x'"),
    ]


def test_every_field_of_a_take_refuses_the_wrong_type() -> None:
    text = (
        "title: T\ntakes:\n  - text: [x]\n  - text: a\n    id: [x]\n    draft: [x]\n"
        "    credibility: [x]\n    page: [x]\n    span: x\n"
    )
    assert refusals(source_from_doc, text) == [
        (3, 11, "'text' must be text, found a list"),
        (5, 9, "'id' must be text, found a list"),
        (6, 12, "'draft' must be text, found a list"),
        (7, 18, "'credibility' must be text, found a list"),
        (8, 11, "'page' must be text, found a list"),
        (9, 11, "'span' must be a list, found 'x'"),
        (9, 11, "'span' must be [start, end] with 0 <= start <= end"),
    ]


def test_every_field_of_a_quote_refuses_the_wrong_type() -> None:
    text = (
        "title: T\nquotes:\n  - text: a\n    id: [x]\n    speaker: [x]\n"
        "    speaker_inferred: [x]\n    role: [x]\n    date: [x]\n    credibility: [x]\n"
        "    page: [x]\n    span: x\n"
    )
    assert refusals(source_from_doc, text) == [
        (4, 9, "'id' must be text, found a list"),
        (5, 14, "'speaker' must be text, found a list"),
        (6, 23, "'speaker_inferred' must be text, found a list"),
        (7, 11, "'role' must be text, found a list"),
        (8, 11, "'date' must be text, found a list"),
        (9, 18, "'credibility' must be text, found a list"),
        (10, 11, "'page' must be text, found a list"),
        (11, 11, "'span' must be a list, found 'x'"),
        (11, 11, "'span' must be [start, end] with 0 <= start <= end"),
    ]


def test_every_field_of_a_figure_refuses_the_wrong_type() -> None:
    text = (
        "title: T\nfigures:\n  - value: [x]\n  - value: 1\n    id: [x]\n    qualifier: [x]\n"
        "    unit: [x]\n    subject: [x]\n    as_of: [x]\n    as_of_inferred: [x]\n"
        "    attribution: [x]\n    credibility: [x]\n    page: [x]\n    span: x\n"
    )
    assert refusals(source_from_doc, text) == [
        (3, 12, "'value' must be text, found a list"),
        (5, 9, "'id' must be text, found a list"),
        (6, 16, "'qualifier' must be text, found a list"),
        (7, 11, "'unit' must be text, found a list"),
        (8, 14, "'subject' must be text, found a list"),
        (9, 12, "'as_of' must be text, found a list"),
        (10, 21, "'as_of_inferred' must be text, found a list"),
        (11, 18, "'attribution' must be text, found a list"),
        (12, 18, "'credibility' must be text, found a list"),
        (13, 11, "'page' must be text, found a list"),
        (14, 11, "'span' must be a list, found 'x'"),
        (14, 11, "'span' must be [start, end] with 0 <= start <= end"),
    ]


def test_wrong_values_in_a_note_and_its_items() -> None:
    note = (
        "title: T\nkind: Report\nreliability: b\nmarking: TLP:BLUE\nsource_type: Official\n"
        "published: 2026-13\naccessed: '20261'\nid: Bad\n"
    )
    assert refusals(source_from_doc, note) == [
        (
            2,
            7,
            "'kind' must be one of article, report, interview, dataset, other; found 'Report';"
            " did you mean 'report'?",
        ),
        (3, 14, "'reliability' must be one of A, B, C, D, E, F; found 'b'; did you mean 'B'?"),
        (
            4,
            10,
            "'marking' must be one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT,"
            " TLP:RED; found 'TLP:BLUE'; did you mean 'TLP:CLEAR'?",
        ),
        (
            5,
            14,
            "'source_type' must be one of official, public, open source, commercial, other;"
            " found 'Official'; did you mean 'official'?",
        ),
        (
            6,
            12,
            "'published' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, found '2026-13'",
        ),
        (7, 11, "'accessed' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, found '20261'"),
        (
            8,
            5,
            "'id' 'Bad' is not an id: use lowercase letters, digits and '-', starting with a"
            " letter or digit",
        ),
    ]
    takes = (
        "title: T\ntakes:\n  - text: a\n    draft: yes\n    credibility: 7\n    page: 0\n"
        "    span: [3, 1]\n  - text: b\n    credibility: 0\n    page: 1000001\n    id: T1\n"
    )
    assert refusals(source_from_doc, takes) == [
        (4, 12, "'draft' must be true or false, found 'yes'"),
        (5, 18, "'credibility' must be a whole number from 1 to 6, found '7'"),
        (6, 11, "'page' must be a whole number from 1 to 1000000, found '0'"),
        (7, 11, "'span' must be [start, end] with 0 <= start <= end"),
        (9, 18, "'credibility' must be a whole number from 1 to 6, found '0'"),
        (10, 11, "'page' must be a whole number from 1 to 1000000, found '1000001'"),
        (
            11,
            9,
            "'id' 'T1' is not an id: use lowercase letters, digits and '-', starting with a"
            " letter or digit",
        ),
    ]
    others = (
        "title: T\nquotes:\n  - text: a\n    speaker_inferred: no\n    date: 2026-02-30\n"
        "figures:\n  - value: 2\n    qualifier: around\n    as_of: '26'\n    as_of_inferred: 1\n"
    )
    assert refusals(source_from_doc, others) == [
        (4, 23, "'speaker_inferred' must be true or false, found 'no'"),
        (5, 11, "'date' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, found '2026-02-30'"),
        (
            8,
            16,
            "'qualifier' must be one of exactly, approximately, nearly, about, more than,"
            " at least, fewer than, up to; found 'around'",
        ),
        (9, 12, "'as_of' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, found '26'"),
        (10, 21, "'as_of_inferred' must be true or false, found '1'"),
    ]


def test_item_bounds_are_accepted() -> None:
    text = (
        "title: T\ntakes:\n  - text: a\n    credibility: 1\n    page: 1\n    span: [0, 0]\n"
        "  - text: b\n    credibility: 6\n    page: 1000000\n    draft: FALSE\n"
    )
    a, b = note(text).takes
    assert (a.credibility, a.page, a.span, a.draft) == (1, 1, (0, 0), None)
    assert (b.credibility, b.page, b.span, b.draft) == (6, 1000000, None, False)


def test_every_field_of_a_brief_refuses_the_wrong_type() -> None:
    text = listed(
        "title",
        "subtitle",
        "author",
        "date",
        "language",
        "marking",
        "portion_marks",
        "likelihood_ranges",
        "show_ids",
        "citations",
        "changes_since",
        "pdf_standard",
        "bluf",
        "bluf_marking",
    )
    assert refusals(brief_from_doc, text + "sections: x\n", "b.brief.yaml") == [
        (1, 8, "'title' must be text, found a list"),
        (2, 11, "'subtitle' must be text, found a list"),
        (3, 9, "'author' must be text, found a list"),
        (4, 7, "'date' must be text, found a list"),
        (5, 11, "'language' must be text, found a list"),
        (6, 10, "'marking' must be text, found a list"),
        (7, 16, "'portion_marks' must be text, found a list"),
        (8, 20, "'likelihood_ranges' must be text, found a list"),
        (9, 11, "'show_ids' must be text, found a list"),
        (10, 12, "'citations' must be text, found a list"),
        (11, 16, "'changes_since' must be text, found a list"),
        (12, 15, "'pdf_standard' must be text, found a list"),
        (13, 7, "'bluf' must be text, found a list"),
        (14, 15, "'bluf_marking' must be text, found a list"),
        (15, 11, "'sections' must be a list, found 'x'"),
    ]


def test_wrong_values_in_a_brief_and_its_sections() -> None:
    text = (
        "title: T\ndate: '2026-1'\nmarking: tlp:red\nportion_marks: 'on'\n"
        "likelihood_ranges: 'off'\nshow_ids: 'no'\ncitations: footnote\nchanges_since: last\n"
        "pdf_standard: a2b\nbluf_marking: RED\nsections:\n  - x\n  - entries: []\n"
        "  - heading: [x]\n    entries: x\n"
    )
    marking = "must be one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED"
    assert refusals(brief_from_doc, text, "b.brief.yaml") == [
        (2, 7, "'date' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, found '2026-1'"),
        (3, 10, f"'marking' {marking}; found 'tlp:red'; did you mean 'TLP:RED'?"),
        (4, 16, "'portion_marks' must be true or false, found 'on'"),
        (5, 20, "'likelihood_ranges' must be true or false, found 'off'"),
        (6, 11, "'show_ids' must be true or false, found 'no'"),
        (
            7,
            12,
            "'citations' must be one of footnotes, pandoc; found 'footnote';"
            " did you mean 'footnotes'?",
        ),
        (8, 16, "'changes_since' must be one of last-edition, none; found 'last'"),
        (9, 15, "'pdf_standard' must be one of ua-1, a-2b; found 'a2b'; did you mean 'a-2b'?"),
        (10, 15, f"'bluf_marking' {marking}; found 'RED'; did you mean 'TLP:RED'?"),
        (12, 5, "expected a section (a mapping of key: value), found 'x'"),
        (13, 5, "a section is missing required key 'heading'"),
        (14, 14, "'heading' must be text, found a list"),
        (15, 14, "'entries' must be a list, found 'x'"),
    ]


def test_every_field_of_an_entry_refuses_the_wrong_type() -> None:
    text = (
        "title: T\nsections:\n  - heading: H\n    entries:\n"
        "      - ref: [x]\n"
        "      - text: [x]\n        marking: [x]\n        confidence: [x]\n"
        "        likelihood: [x]\n        nocheck: x\n"
        "      - ref: a/b\n        comment: [x]\n"
        "      - ref: a/b\n        marking: TLP:BLUE\n        confidence: High\n"
        "        nocheck: [BRF1, [x]]\n        likelihood: lots\n"
        "      - ref: a/B\n"
    )
    assert refusals(brief_from_doc, text, "b.brief.yaml") == [
        (5, 14, "'ref' must be text, found a list"),
        (6, 15, "'text' must be text, found a list"),
        (7, 18, "'marking' must be text, found a list"),
        (8, 21, "'confidence' must be text, found a list"),
        (9, 21, "'likelihood' must be text, found a list"),
        (10, 18, "'nocheck' must be a list, found 'x'"),
        (12, 18, "'comment' must be text, found a list"),
        (
            14,
            18,
            "'marking' must be one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT,"
            " TLP:RED; found 'TLP:BLUE'; did you mean 'TLP:CLEAR'?",
        ),
        (
            15,
            21,
            "'confidence' must be one of high, moderate, low; found 'High'; did you mean 'high'?",
        ),
        (16, 19, "'BRF1' is not a check code such as BRF003"),
        (16, 25, "'nocheck' must be text, found a list"),
        (17, 21, "'likelihood' must be a number, found 'lots'"),
        (
            18,
            14,
            "reference 'a/B': 'B' is not an id (lowercase letters, digits and '-', starting"
            " with a letter or digit)",
        ),
    ]


def test_an_entry_that_is_not_a_mapping() -> None:
    text = "title: T\nsections:\n  - heading: H\n    entries:\n      - just words\n"
    assert refusals(brief_from_doc, text, "b.brief.yaml")[0] == (
        5,
        9,
        "expected an entry (a mapping of key: value), found 'just words'",
    )


def test_every_field_of_the_settings_refuses_the_wrong_type() -> None:
    text = listed(
        "author",
        "marking",
        "stale_days",
        "language",
        "portion_marks",
        "likelihood_ranges",
        "show_ids",
        "citations",
        "changes_since",
        "pdf_standard",
    )
    assert refusals(settings_from_doc, text + "checks: x\n", "briefer.yaml") == [
        (1, 9, "'author' must be text, found a list"),
        (2, 10, "'marking' must be text, found a list"),
        (3, 13, "'stale_days' must be text, found a list"),
        (4, 11, "'language' must be text, found a list"),
        (5, 16, "'portion_marks' must be text, found a list"),
        (6, 20, "'likelihood_ranges' must be text, found a list"),
        (7, 11, "'show_ids' must be text, found a list"),
        (8, 12, "'citations' must be text, found a list"),
        (9, 16, "'changes_since' must be text, found a list"),
        (10, 15, "'pdf_standard' must be text, found a list"),
        (11, 9, "expected 'checks' (a mapping of key: value), found 'x'"),
    ]
    assert refusals(settings_from_doc, "stale_days: 100001\nchecks:\n  disable: x\n") == [
        (1, 13, "'stale_days' must be a whole number from 0 to 100000, found '100001'"),
        (3, 12, "'disable' must be a list, found 'x'"),
    ]
    text = "stale_days: -1\nchecks:\n  disable: [BRF001, brf002, [x]]\nlanguage: e\n"
    assert refusals(settings_from_doc, text) == [
        (1, 13, "'stale_days' must be a whole number from 0 to 100000, found '-1'"),
        (3, 21, "'brf002' is not a check code such as BRF003"),
        (3, 29, "'disable' must be text, found a list"),
        (4, 11, "'language' must be a BCP 47 tag such as en, fr or pt-BR, found 'e'"),
    ]


def test_every_field_of_the_config_refuses_the_wrong_type() -> None:
    text = listed("workspace", "theme", "author", "marking", "stale_days", "editor")
    assert refusals(config_from_doc, text, "config.yaml") == [
        (1, 12, "'workspace' must be text, found a list"),
        (2, 8, "'theme' must be text, found a list"),
        (3, 9, "'author' must be text, found a list"),
        (4, 10, "'marking' must be text, found a list"),
        (5, 13, "'stale_days' must be text, found a list"),
        (6, 9, "'editor' must be text, found a list"),
    ]
    assert refusals(config_from_doc, "stale_days: 100001\nmarking: TLP:WHITE\n") == [
        (1, 13, "'stale_days' must be a whole number from 0 to 100000, found '100001'"),
        (
            2,
            10,
            "'marking' must be one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT,"
            " TLP:RED; found 'TLP:WHITE'; did you mean 'TLP:RED'?",
        ),
    ]


# ------------------------------------------------------------- every field read


def note(text: str, name: str = "sources/nk-note.yaml") -> m.Source:
    return source_from_doc(compose(text, name))


def test_settings_and_config_read_every_field() -> None:
    text = (
        "author: Ann\nmarking: TLP:AMBER\nstale_days: 0\nlanguage: de\nportion_marks: true\n"
        "likelihood_ranges: false\nshow_ids: TRUE\ncitations: pandoc\n"
        "changes_since: last-edition\npdf_standard: a-2b\nchecks:\n  disable: [BRF001, BRF010]\n"
    )
    s = settings_from_doc(compose(text, "briefer.yaml"))
    assert s == m.Settings(
        "Ann",
        "TLP:AMBER",
        0,
        m.CheckSettings(["BRF001", "BRF010"]),
        portion_marks=True,
        likelihood_ranges=False,
        show_ids=True,
        citations="pandoc",
        changes_since="last-edition",
        language="de",
        pdf_standard="a-2b",
    )
    assert s.pos["stale_days"] == (3, 13) and s.checks is not None
    assert s.checks.pos[""] == (12, 3)
    text = "workspace: ~/w\ntheme: dark\nauthor: Bo\nmarking: TLP:RED\nstale_days: 100000\n"
    c = config_from_doc(compose(text + "editor: vi\n", "config.yaml"))
    assert c == m.Config("~/w", "dark", "Bo", "TLP:RED", 100000, "vi")
    assert c.pos["editor"] == (6, 9)


def test_defaults_of_absent_fields_and_empty_files() -> None:
    assert settings_from_doc(compose("", "briefer.yaml")) == m.Settings()
    assert settings_from_doc(compose("# nothing yet\n", "briefer.yaml")) == m.Settings()
    assert config_from_doc(compose("", "config.yaml")) == m.Config()
    assert settings_from_doc(compose("author: A\n", "briefer.yaml")) == m.Settings("A")
    assert config_from_doc(compose("theme: t\n", "config.yaml")) == m.Config(theme="t")
    s = note("title: T\n")
    assert s == m.Source("nk-note", "T")
    b = brief_from_doc(compose("title: T\n", "b.brief.yaml"))
    assert b == m.Brief("T") and b.pos == {"": (1, 1), "title": (1, 8)}
    for build in (settings_from_doc, config_from_doc):
        assert refusals(build, "- a\n", "x.yaml") == [
            (1, 1, "expected a mapping of key: value at the top, found a list")
        ]
    assert refusals(brief_from_doc, "", "b.brief.yaml") == [
        (1, 1, "file is empty; expected a mapping of key: value")
    ]


def test_a_problem_names_its_file_and_quotes_its_line() -> None:
    with pytest.raises(LoadError) as err:
        source_from_doc(compose("", "sources/empty.yaml"))
    [p] = err.value.problems
    assert (p.path, p.line, p.col, p.context) == ("sources/empty.yaml", 1, 1, None)
    with pytest.raises(LoadError) as err:
        source_from_doc(compose("# a list\n- a\n", "sources/list.yaml"))
    [p] = err.value.problems
    assert (p.path, p.line, p.col, p.context) == ("sources/list.yaml", 2, 1, "- a")


def test_duplicate_item_id_names_the_first_line_and_quotes_its_own() -> None:
    text = (
        "title: T\ntakes:\n  - text: x\n    id: a1\n  - text: y\nfigures:\n  - value: 3\n"
        "    id: a1\n"
    )
    with pytest.raises(LoadError) as err:
        note(text, "sources/dup.yaml")
    [p] = err.value.problems
    assert (p.path, p.line, p.col, p.message, p.context) == (
        "sources/dup.yaml",
        8,
        9,
        "duplicate item id 'a1' (first at line 3)",
        "    id: a1",
    )


def test_two_bad_item_ids_are_two_problems_not_a_duplicate() -> None:
    text = "title: T\ntakes:\n  - text: x\n    id: A\n  - text: y\n    id: B\n"
    bad = "is not an id: use lowercase letters, digits and '-', starting with a letter or digit"
    assert refusals(source_from_doc, text) == [
        (4, 9, f"'id' 'A' {bad}"),
        (6, 9, f"'id' 'B' {bad}"),
    ]


def test_item_ids_are_given_per_kind_after_the_named_ones() -> None:
    text = (
        "title: T\ntakes:\n  - text: a\n  - text: b\n    id: t1\n  - text: c\n"
        "  - text: d\n    id: t3\n  - text: e\nquotes:\n  - text: q\n  - text: r\n    id: q2\n"
        "figures:\n  - value: 1\n  - value: 2\n"
    )
    s = note(text)
    assert [t.id for t in s.takes] == ["t2", "t1", "t4", "t3", "t5"]
    assert [q.id for q in s.quotes] == ["q1", "q2"]
    assert [f.id for f in s.figures] == ["f1", "f2"]
    # a named item of another kind may hold a take's id: it is skipped too
    s = note("title: T\ntakes:\n  - text: a\nquotes:\n  - text: q\n    id: t1\n")
    assert (s.takes[0].id, s.quotes[0].id) == ("t2", "t1")


def test_a_file_name_that_is_no_id_is_reported_at_the_top_mapping() -> None:
    with pytest.raises(LoadError) as err:
        note("# a note\n\ntitle: T\n", "sources/Not An Id.yaml")
    [p] = err.value.problems
    assert (p.line, p.col, p.context) == (3, 1, "title: T")


def test_the_id_key_wins_over_the_file_name() -> None:
    assert note("title: T\nid: given\n", "sources/other.yaml").id == "given"
    assert note("title: T\n", "sources/from-stem.yaml").id == "from-stem"


def test_an_entry_refers_or_speaks() -> None:
    text = (
        "title: T\nsections:\n  - heading: H\n    entries:\n      - ref: ' s/t1 '\n"
        "      - text: words\n        confidence: moderate\n        nocheck: [BRF002]\n"
    )
    ref, prose = brief_from_doc(compose(text, "b.brief.yaml")).sections[0].entries
    assert (ref.ref, ref.text, ref.comment) == (m.Ref("s", "t1"), None, None)
    assert (prose.ref, prose.text, prose.confidence, prose.nocheck) == (
        None,
        "words",
        "moderate",
        ["BRF002"],
    )
    assert prose.pos == {"": (6, 9), "text": (6, 15), "confidence": (7, 21), "nocheck": (8, 18)}


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            "1.5",
            "'likelihood' must be a probability from 0 to 1, found '1.5' (for 1.5 % write 0.015)",
        ),
        ("2", "'likelihood' must be a probability from 0 to 1, found '2' (for 2 % write 0.02)"),
        ("-1", "'likelihood' must be a probability from 0 to 1, found '-1'"),
    ],
)
def test_likelihood_hints_just_above_one(raw: str, message: str) -> None:
    text = "title: B\nsections:\n  - heading: H\n    entries:\n      - ref: s/t1\n"
    text += f"        likelihood: {raw}\n"
    assert refusals(brief_from_doc, text, "b.brief.yaml") == [(6, 21, message)]


def test_a_valid_language_tag_is_kept() -> None:
    b = brief_from_doc(compose("title: T\nlanguage: zh-Hant-TW\n", "b.brief.yaml"))
    assert b.language == "zh-Hant-TW"
    s = settings_from_doc(compose("language: fr\n", "briefer.yaml"))
    assert s.language == "fr"


# ------------------------------------------------------------- key tables, as saved

FULL_NOTE = """\
id: s
title: T
kind: report
publisher: P
author: A
identifier: I
source_type: public
url: u
archived_url: au
published: "2026"
accessed: 2026-01
reliability: B
descriptor: D
marking: TLP:RED
tags: [a, b]
summary: S
takes:
  - id: t1
    text: x
    draft: true
    credibility: 2
    page: 3
    span: [1, 2]
quotes:
  - id: q1
    text: y
    speaker: Sp
    speaker_inferred: false
    role: R
    date: "2026"
    credibility: 3
    page: 4
    span: [0, 1]
figures:
  - id: f1
    value: 5
    qualifier: about
    unit: u
    subject: s
    as_of: "2025"
    as_of_inferred: true
    attribution: att
    credibility: 4
    page: 5
    span: [2, 3]
notes: N
body: B
"""


def full_source() -> m.Source:
    """Every field set, made in code (no positions): written in schema order."""
    return m.Source(
        id="s",
        title="T",
        kind="report",
        publisher="P",
        author="A",
        url="u",
        published="2026",
        accessed="2026-01",
        reliability="B",
        marking="TLP:RED",
        tags=["a", "b"],
        summary="S",
        takes=[m.Take("t1", "x", 2, (1, 2), page=3, draft=True)],
        quotes=[m.Quote("q1", "y", "Sp", "R", "2026", 3, (0, 1), page=4, speaker_inferred=False)],
        figures=[
            m.Figure(
                "f1", 5, "about", "u", "s", "2025", "att", 4, (2, 3), page=5, as_of_inferred=True
            )
        ],
        notes="N",
        body="B",
        identifier="I",
        archived_url="au",
        source_type="public",
        descriptor="D",
    )


def test_a_new_note_is_written_in_schema_order() -> None:
    assert dump_source(full_source()) == FULL_NOTE
    assert note(FULL_NOTE, "sources/s.yaml") == full_source()


FULL_BRIEF = """\
title: T
subtitle: S
author: A
date: "2026"
language: fr
marking: TLP:AMBER
portion_marks: false
likelihood_ranges: true
show_ids: false
citations: pandoc
changes_since: none
pdf_standard: ua-1
bluf: BL
bluf_marking: TLP:CLEAR
sections:
  - heading: H
    entries:
      - ref: s/t1
        marking: TLP:RED
        comment: c
        confidence: low
        likelihood: 0.5
        nocheck: [BRF001]
      - text: prose
"""


def full_brief() -> m.Brief:
    entries = [
        m.Entry(m.Ref("s", "t1"), None, "c", "low", ["BRF001"], marking="TLP:RED", likelihood=0.5),
        m.Entry(None, "prose"),
    ]
    return m.Brief(
        "T",
        "S",
        "A",
        "2026",
        "TLP:AMBER",
        "BL",
        [m.Section("H", entries)],
        portion_marks=False,
        likelihood_ranges=True,
        show_ids=False,
        citations="pandoc",
        changes_since="none",
        language="fr",
        pdf_standard="ua-1",
        bluf_marking="TLP:CLEAR",
    )


def test_a_new_brief_is_written_in_schema_order() -> None:
    assert dump_brief(full_brief()) == FULL_BRIEF
    assert brief_from_doc(compose(FULL_BRIEF, "b.brief.yaml")) == full_brief()
    assert dump_brief(m.Brief("T")) == "title: T\nsections: []\n"
    assert brief_to_data(m.Brief("T")) == {"title": "T", "sections": []}


def test_data_of_each_object_in_schema_order() -> None:
    src = full_source()
    assert list(item_to_data(src.takes[0])) == [
        "id",
        "text",
        "draft",
        "credibility",
        "page",
        "span",
    ]
    assert list(item_to_data(src.quotes[0])) == [
        "id",
        "text",
        "speaker",
        "speaker_inferred",
        "role",
        "date",
        "credibility",
        "page",
        "span",
    ]
    assert list(item_to_data(src.figures[0])) == [
        "id",
        "value",
        "qualifier",
        "unit",
        "subject",
        "as_of",
        "as_of_inferred",
        "attribution",
        "credibility",
        "page",
        "span",
    ]
    assert item_to_data(m.Take("t1", "x")) == {"id": "t1", "text": "x"}
    assert list(source_to_data(src))[:3] == ["id", "title", "kind"]
    assert source_to_data(m.Source("s", "T")) == {"id": "s", "title": "T"}
    assert entry_to_data(full_brief().sections[0].entries[0]) == {
        "ref": "s/t1",
        "marking": "TLP:RED",
        "comment": "c",
        "confidence": "low",
        "likelihood": 0.5,
        "nocheck": ["BRF001"],
    }
    assert entry_to_data(m.Entry(None, "p")) == {"text": "p"}
    data = config_to_data(m.Config("w", "t", "a", "TLP:RED", 3, "vi"))
    assert list(data.items()) == [
        ("workspace", "w"),
        ("theme", "t"),
        ("author", "a"),
        ("marking", "TLP:RED"),
        ("stale_days", 3),
        ("editor", "vi"),
    ]
    assert config_to_data(m.Config()) == {}


def test_the_file_order_is_kept_and_new_keys_follow_in_schema_order() -> None:
    s = note("body: B\ntitle: T\nsummary: ''\nid: s\nnotes: gone\n", "sources/s.yaml")
    s.url, s.kind, s.notes = "u", "report", None
    s.takes.append(m.Take("t1", "x", span=(4, 9)))
    assert dump_source(s) == (
        "body: B\ntitle: T\nsummary: ''\nid: s\nkind: report\nurl: u\n"
        "takes:\n  - id: t1\n    text: x\n    span: [4, 9]\n"
    )
    text = "sections:\n  - entries:\n      - text: p\n    heading: H\ntitle: T\n"
    b = brief_from_doc(compose(text, "b.brief.yaml"))
    b.sections[0].entries[0].comment = None
    b.author = "A"
    assert dump_brief(b) == (
        "sections:\n  - entries:\n      - text: p\n    heading: H\ntitle: T\nauthor: A\n"
    )


def test_false_is_written_and_empty_lists_are_not() -> None:
    s = m.Source("s", "T", tags=[])
    s.takes.append(m.Take("t1", "x", draft=False))
    assert dump_source(s) == "id: s\ntitle: T\ntakes:\n  - id: t1\n    text: x\n    draft: false\n"
    e = m.Entry(m.Ref("a", "b"), nocheck=[])
    assert entry_to_data(e) == {"ref": "a/b"}


# ------------------------------------------------------------- load and save


def test_load_functions_read_the_file_and_stamp_it(tmp_path: Path) -> None:
    note_path = tmp_path / "nk.yaml"
    note_path.write_text("title: T\n", encoding="utf-8")
    assert load_source(note_path) == m.Source("nk", "T")
    assert load_source(str(note_path)).id == "nk"
    brief_path = tmp_path / "b.brief.yaml"
    brief_path.write_bytes(b"title: B\r\n")
    brief, stamp = load_brief(brief_path)
    assert brief == m.Brief("B")
    assert stamp == FileStamp.of(brief_path, b"title: B\r\n") and stamp.newline == "\r\n"
    settings = tmp_path / "briefer.yaml"
    settings.write_text("stale_days: 9\n", encoding="utf-8")
    assert load_settings(settings) == m.Settings(stale_days=9)
    config = tmp_path / "config.yaml"
    config.write_text("editor: nano\n", encoding="utf-8")
    assert load_config(config) == m.Config(editor="nano")
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: T\nkind: x\n", encoding="utf-8")
    with pytest.raises(LoadError) as err:
        load_source(bad)
    assert err.value.path == str(bad)


def test_save_functions_write_checked(tmp_path: Path) -> None:
    path = tmp_path / "b.brief.yaml"
    stamp = save_brief(full_brief(), path, None)
    assert path.read_text(encoding="utf-8") == FULL_BRIEF
    assert stamp == FileStamp.of(path, FULL_BRIEF.encode())
    b, read = load_brief(path)
    b.title = "Two"
    save_brief(b, path, read)
    assert path.read_text(encoding="utf-8") == FULL_BRIEF.replace("title: T", "title: Two", 1)
    with pytest.raises(ChangedOnDisk):
        save_brief(b, path, read)  # the stamp is of the text before the last save
    with pytest.raises(ChangedOnDisk) as err:
        save_brief(b, path, None)
    assert err.value.reason == "a file of that name already exists"
    src_path = tmp_path / "s.yaml"
    first = save_source(full_source(), src_path)
    assert src_path.read_text(encoding="utf-8") == FULL_NOTE
    with pytest.raises(ChangedOnDisk):
        save_source(full_source(), src_path)  # no stamp: a new file, and it exists
    save_source(m.Source("s", "Other"), src_path, first)
    assert src_path.read_text(encoding="utf-8") == "id: s\ntitle: Other\n"
