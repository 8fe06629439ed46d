"""The text side of the checks: placing a word of a YAML value at its file line and column
(every scalar style), and the lexicon's word matching."""

from __future__ import annotations

import pytest
import yaml

from briefer.checks.lexicon import is_month_may, lexicon, sentences
from briefer.checks.locate import FileText


def locate_all(doc: str, word: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """Where the locator puts ``word`` of key ``v``'s value, and where it really is (the
    word is written once in the file, so a search finds it)."""
    root = yaml.compose(doc, Loader=yaml.SafeLoader)
    ((_, node),) = root.value
    start = (node.start_mark.line + 1, node.start_mark.column + 1)
    at = FileText(doc).locator(node.value, start)
    got = at(node.value.index(word))
    for n, line in enumerate(doc.split("\n"), 1):
        if word in line:
            return got, (n, line.index(word) + 1)
    raise AssertionError(f"{word} not in the file")


@pytest.mark.parametrize(
    "doc",
    [
        "v: the cranes could stop\n",
        "v: the cranes are idle\n  and they could stop\n",
        "v: |\n  the cranes are idle\n  and they could stop\n",
        "v: |2+  # indent given\n    the cranes\n     and they could stop\n",
        "v: >-\n    the cranes are idle\n\n    and they could stop\n",
        "v: 'the cranes''  idle, they\n  could stop'\n",
        'v: "the \\"cranes\\"\\tare\\u0020idle \\\n   and they could stop"\n',
        "v: >\r\n  the cranes\r\n  they could stop\r\n",
    ],
)
def test_word_located_in_every_scalar_style(doc):
    got, real = locate_all(doc, "could")
    assert got == real


def test_locator_falls_back_to_value_start_when_file_differs():
    doc = "v: |\n  the cranes could stop\n"
    at = FileText(doc.replace("cranes", "ships")).locator("the cranes could stop\n", (1, 4))
    assert at(11) == (1, 4)
    assert FileText(None).locator("x", (3, 9))(0) == (3, 9)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Traffic fell in May 2025.", True),
        ("May 12 was the last ship.", True),
        ("The last ship left on 12 May.", True),
        ("It stopped in May, then resumed.", True),
        ("Since mid-May the port is idle.", True),
        ("Theresa May met the union.", True),
        ("May the port reopen? Nobody knows.", False),
        ("The port may reopen.", False),
        ("It is idle. May traffic resume? Perhaps.", False),
    ],
)
def test_may_the_month_or_the_verb(text, month):
    start = text.find("May") if "May" in text else text.find("may")
    assert is_month_may(text, start) is month
    assert any(m.start == start for m in lexicon().vague_terms(text)) is (not month)


def test_vague_terms_whole_words_outside_quotes():
    lex = lexicon()
    text = (
        'Dismay and mayhem; "it may work," he said; “perhaps” too; `could` in code; '
        "the port could close, perhaps soon, and probably not this year; could not."
    )
    assert [m.text for m in lex.vague_terms(text)] == ["could", "perhaps", "probably not"]


def test_icd_terms_by_column_longest_first():
    lex = lexicon()
    ms = lex.icd_terms(
        "Very unlikely, then unlikely; highly probable; almost certainly; a "
        "remote chance; a remote site; likelihood; probably not."
    )
    assert [(m.text, m.what.column, lex.rows[m.what.row].low) for m in ms] == [
        ("Very unlikely", "likelihood", 5),
        ("unlikely", "likelihood", 20),
        ("highly probable", "probability", 80),
        ("almost certainly", "likelihood", 95),
        ("remote chance", "probability", 1),
    ]


def test_lexicon_has_both_columns_and_their_ranges():
    rows = lexicon().rows
    assert [(r.likelihood, r.probability, r.low, r.high) for r in rows] == [
        ("almost no chance", "remote", 1, 5),
        ("very unlikely", "highly improbable", 5, 20),
        ("unlikely", "improbable", 20, 45),
        ("roughly even chance", "roughly even odds", 45, 55),
        ("likely", "probable", 55, 80),
        ("very likely", "highly probable", 80, 95),
        ("almost certain", "nearly certain", 95, 99),
    ]


def test_confidence_levels_and_sentences():
    lex = lexicon()
    text = "Gen. Smith left. We have high confidence. Confidence is low! It is moderate."
    assert [m.text for m in lex.confidence_levels(text)] == ["high confidence", "Confidence is low"]
    assert [text[a:b].strip() for a, b in sentences(text)] == [
        "Gen. Smith left.",
        "We have high confidence.",
        "Confidence is low!",
        "It is moderate.",
    ]


def test_an_abbreviation_ends_no_sentence_but_a_word_ending_like_one_does():
    text = "Output fell approx. 5 percent. The Panapprox. Another one starts here."
    assert [text[a:b].strip() for a, b in sentences(text)] == [
        "Output fell approx. 5 percent.",
        "The Panapprox.",
        "Another one starts here.",
    ]


@pytest.mark.parametrize(
    ("quote", "there"),
    [
        ("We have not loaded a ship since the spring.", True),
        ("we have  not loaded\na ship since the spring.", True),
        ("“We have not loaded a ship …  the spring.”", True),
        ("We have [...] a ship ... spring", True),
        ("[The harbour] has not loaded a ship since the spring.", False),
        ("We have not loaded [any vessel] since the spring.", True),
        ("We have loaded a ship since the spring.", False),
        ("the spring … We have not loaded", False),  # pieces must come in order
    ],
)
def test_quote_in_body(quote, there):
    from briefer.checks.sourcing import quote_in_body

    body = 'Intro. "We have not loaded a ship since the\n  spring," he said.'
    assert quote_in_body(quote, body) is there
