"""Every hazard of the strict reader is reported at its file, line and column, with the
offending line quoted, and never as a traceback."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from briefer.errors import LoadError
from briefer.schema import load_brief, load_source

GOOD = """\
title: Good note
takes:
  - text: A take.
"""


def write(tmp_path: Path, text: str | bytes, name: str = "note.yaml") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode() if isinstance(text, str) else text)
    return p


def problem_of(path: Path, loader=load_source):
    with pytest.raises(LoadError) as info:
        loader(path)
    return info.value.problems


def assert_at(path: Path, line: int, col: int, words: str, loader=load_source) -> str:
    problems = problem_of(path, loader)
    text = "\n".join(str(p) for p in problems)
    assert f"{path}:{line}:{col}: " in text, text
    assert words.lower() in text.lower(), text
    return text


def test_good_note_loads(tmp_path):
    src = load_source(write(tmp_path, GOOD))
    assert src.title == "Good note" and src.id == "note"
    assert src.takes[0].id == "t1" and src.takes[0].text == "A take."


def test_alias_bomb_is_rejected_without_expanding(tmp_path):
    bomb = (
        "a: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
            for p, c in zip("abcdefgh", "bcdefghi", strict=True)
        )
        + "title: *i\n"
    )
    text = assert_at(write(tmp_path, bomb), 1, 4, "anchor &a")
    assert "alias" in text


def test_alias_in_value(tmp_path):
    p = write(tmp_path, "title: x\nsummary: &s hello\nnotes: *s\n")
    assert_at(p, 2, 10, "anchors are not allowed")
    assert_at(p, 3, 8, "aliases are not allowed")


def test_python_tag_is_rejected_and_never_run(tmp_path):
    p = write(tmp_path, "title: !!python/object/apply:os.system ['touch pwned']\n")
    assert_at(p, 1, 8, "tag '!!python/object/apply:os.system' is not allowed")
    assert not (tmp_path / "pwned").exists()


def test_local_tag_is_rejected(tmp_path):
    assert_at(write(tmp_path, "title: x\ntags: !custom [a]\n"), 2, 7, "tag '!custom'")


def test_duplicate_key_names_both_lines(tmp_path):
    p = write(tmp_path, "title: one\nkind: article\ntitle: two\n")
    assert_at(p, 3, 1, "duplicate key 'title' (first at line 1)")


def test_tab_indentation(tmp_path):
    p = write(tmp_path, "title: x\ntakes:\n\t- text: y\n")
    assert_at(p, 3, 1, "tab character")


def test_top_level_list(tmp_path):
    assert_at(write(tmp_path, "- title: x\n"), 1, 1, "expected a mapping")


def test_empty_file(tmp_path):
    assert_at(write(tmp_path, ""), 1, 1, "file is empty")
    assert_at(write(tmp_path, "# only a comment\n", "c.yaml"), 1, 1, "file is empty")


def test_file_over_ten_mib(tmp_path):
    p = write(tmp_path, b"title: x\nnotes: " + b"a" * (10 * 1024 * 1024) + b"\n")
    assert_at(p, 1, 1, "limit is 10 MiB")


def test_utf16_file(tmp_path):
    p = write(tmp_path, codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"))
    assert_at(p, 1, 1, "UTF-16 encoded; save it as UTF-8")


def test_invalid_utf8_points_at_the_byte(tmp_path):
    p = write(tmp_path, b"title: x\nsummary: caf\xe9 au lait\n")
    assert_at(p, 2, 13, "byte 0xe9 is not valid UTF-8; save the file as UTF-8")


def test_utf8_bom_is_fine(tmp_path):
    src = load_source(write(tmp_path, codecs.BOM_UTF8 + GOOD.encode()))
    assert src.title == "Good note"


def test_unknown_key_with_did_you_mean(tmp_path):
    p = write(tmp_path, "title: x\nreliabilty: B\n")
    assert_at(p, 2, 1, "unknown key 'reliabilty' in a source note; did you mean 'reliability'?")


def test_unknown_key_in_item(tmp_path):
    p = write(tmp_path, "title: x\nquotes:\n  - text: hi\n    speakr: Kim\n")
    assert_at(p, 4, 5, "did you mean 'speaker'?")


def test_figure_value_not_a_number(tmp_path):
    p = write(tmp_path, "title: x\nfigures:\n  - value: lots\n    unit: shells\n")
    assert_at(p, 3, 12, "'value' must be a number, found 'lots'")


def test_figure_value_with_thousands_separator_gets_a_hint(tmp_path):
    p = write(tmp_path, "title: x\nfigures:\n  - value: 15,000\n")
    assert_at(p, 3, 12, "without thousands separators")


def test_reliability_z(tmp_path):
    p = write(tmp_path, "title: x\nreliability: Z\n")
    assert_at(p, 2, 14, "'reliability' must be one of A, B, C, D, E, F; found 'Z'")


def test_marking_hint(tmp_path):
    p = write(tmp_path, "title: x\nmarking: amber\n")
    assert_at(p, 2, 10, "did you mean 'TLP:AMBER'?")


def test_missing_required_title(tmp_path):
    assert_at(write(tmp_path, "kind: article\n"), 1, 1, "missing required key 'title'")


def test_required_key_without_value(tmp_path):
    assert_at(write(tmp_path, "title:\nkind: article\n"), 1, 1, "'title' needs a value")


def test_duplicate_item_ids(tmp_path):
    p = write(
        tmp_path, "title: x\ntakes:\n  - id: t1\n    text: a\nquotes:\n  - id: t1\n    text: b\n"
    )
    assert_at(p, 6, 9, "duplicate item id 't1' (first at line 3)")


def test_id_not_a_slug(tmp_path):
    assert_at(write(tmp_path, "id: Bad Id\ntitle: x\n"), 1, 5, "'id' 'Bad Id' is not an id")


def test_file_stem_not_a_slug_without_id(tmp_path):
    assert_at(write(tmp_path, GOOD, "My Note.yaml"), 1, 1, "file name 'My Note' is not an id")


def test_wrong_type_mapping_for_text(tmp_path):
    assert_at(write(tmp_path, "title:\n  a: b\n"), 2, 3, "'title' must be text, found a mapping")


def test_syntax_error_is_located(tmp_path):
    p = write(tmp_path, 'title: "unclosed\nkind: article\n')
    problems = problem_of(p)
    assert problems[0].path == str(p) and problems[0].line >= 1


def test_several_documents(tmp_path):
    assert_at(write(tmp_path, "title: a\n---\ntitle: b\n"), 2, 1, "more than one YAML document")


def test_every_problem_in_a_file_is_reported(tmp_path):
    p = write(tmp_path, "title: x\nreliability: Z\nmarking: nope\nfigures:\n  - value: x\n")
    lines = [pr.line for pr in problem_of(p)]
    assert lines == [2, 3, 5]


def test_quoted_line_and_caret(tmp_path):
    p = write(tmp_path, "title: x\nreliability: Z\n")
    text = str(problem_of(p)[0])
    assert text.splitlines()[1:] == ["    reliability: Z", "                 ^"]


@pytest.mark.parametrize("raw", ["NO", "on", "2026-01-02", "1e3", "null-ish", "0x1F", "~x"])
def test_scalars_stay_text(tmp_path, raw):
    p = write(
        tmp_path,
        f"title: {raw}\ntakes:\n  - text: {raw}\nquotes:\n  - text: q\n"
        f"    speaker: {raw}\n    role: {raw}\n",
    )
    src = load_source(p)
    assert src.title == raw and src.takes[0].text == raw
    assert src.quotes[0].speaker == raw and src.quotes[0].role == raw  # date: a real date


def test_brief_entry_with_both_ref_and_text(tmp_path):
    p = write(
        tmp_path,
        "title: b\nsections:\n  - heading: H\n    entries:\n"
        "      - ref: a/t1\n        text: prose\n",
        "x.brief.yaml",
    )
    assert_at(p, 5, 9, "either 'ref'", load_brief)


def test_brief_bad_ref(tmp_path):
    p = write(
        tmp_path,
        "title: b\nsections:\n  - heading: H\n    entries:\n      - ref: nosuch\n",
        "x.brief.yaml",
    )
    assert_at(p, 5, 14, "not of the form SOURCE_ID/ITEM_ID", load_brief)


def test_brief_bad_confidence_and_nocheck(tmp_path):
    p = write(
        tmp_path,
        "title: b\nsections:\n  - heading: H\n    entries:\n"
        "      - ref: a/t1\n        confidence: sure\n        nocheck: [X1]\n",
        "x.brief.yaml",
    )
    problems = problem_of(p, load_brief)
    assert [(pr.line, pr.col) for pr in problems] == [(6, 21), (7, 19)]
