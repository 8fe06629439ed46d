"""The scorer of the real-article measurements (tests/unit/extract_scoring.py): a figure
counts when it has the key's value and was read at the key's place in the text."""

from __future__ import annotations

from extract_scoring import score_figures

from briefer.extract import extract

TEXT = (
    "Grades for the ferry exam\n\n"
    "A pass mark is anything between 40 and 90 on the new scale. "
    "The gale reached 140 kilometres per hour near the harbour, and 60 boats stayed in port.\n"
)


def test_a_figure_read_inside_the_keys_words_matches() -> None:
    src = extract(TEXT)
    body = src.body or ""
    spans = {" ".join(body[f.span[0] : f.span[1]].split()) for f in src.figures if f.span}
    assert "between 40 and 90" not in spans  # the words of the key hold two figures
    score = score_figures(
        src,
        [
            {"value": 40, "near": "between 40 and 90"},
            {"value": 90, "near": "40 and 90"},
            {"value": 140, "near": "140 kilometres per hour near"},
            {"value": 60, "near": "60 boats"},
        ],
    )
    assert score.misses == []
    assert score.matched == 4


def test_the_same_value_elsewhere_or_another_value_does_not_match() -> None:
    src = extract(TEXT)
    # the 90 of "40 and 90" is not at the place of "pass mark is anything", nor is 140
    score = score_figures(
        src,
        [
            {"value": 90, "near": "pass mark is anything"},
            {"value": 41, "near": "between 40 and 90"},
            {"value": 140, "near": "the harbour"},
        ],
    )
    assert score.matched == 0
    assert len(score.misses) == 3


def test_a_key_ending_in_the_comma_a_quote_text_drops_still_matches() -> None:
    from extract_scoring import score_real

    src = extract(
        "Strike\n\nThe union chief Ana Lind said it would “go on for a while,” she said.\n"
    )
    want = {"quotes": [{"starts": "go on for a while,", "speaker": "Ana Lind"}], "figures": []}
    assert score_real(src, want).quotes_right == 1
    other = {"quotes": [{"starts": "go on for a year", "speaker": "Ana Lind"}], "figures": []}
    assert score_real(src, other).quotes_right == 0


def test_an_opening_ellipsis_on_either_side_is_no_word_of_the_quote() -> None:
    from extract_scoring import score_real

    src = extract(
        "Fares\n\nThe councillor Ana Lind said: “…This plan is one of those puzzles we "
        "must solve.”\n\nIvo Brandt said: “...Fares will rise for every rider this year.”\n"
    )
    want = {
        "quotes": [
            {"starts": "… This plan is one of", "speaker": "Ana Lind"},
            {"starts": "Fares will rise for every", "speaker": "Ivo Brandt"},
        ],
        "figures": [],
    }
    assert score_real(src, want).quotes_right == 2
    other = {"quotes": [{"starts": "… That plan is one", "speaker": "Ana Lind"}], "figures": []}
    assert score_real(src, other).quotes_right == 0


def test_a_wrong_speaker_that_is_the_keys_person_named_another_way_is_told_apart() -> None:
    from extract_scoring import another_form

    assert another_form("Kishan Reddy", "G. Kishan Reddy")
    assert another_form("Eastern Command of Indian Army", "Eastern Command")
    assert another_form("UNHCR's Fleming", "Fleming")
    assert not another_form("Ana Lind", "Ben Lind")
    assert not another_form("Harbour Board", "Ana Lind")
    assert not another_form(None, "Ana Lind")


def test_a_repeating_fraction_keyed_to_a_few_places_matches_the_fraction() -> None:
    from extract_scoring import same_value

    src = extract("Grid losses\n\nTwo-thirds of the towns lost power, and a third of the mines.\n")
    keys = [{"value": 0.6667, "near": "Two-thirds"}, {"value": 0.333, "near": "a third"}]
    assert score_figures(src, keys).matched == 2
    # a key of one or two places, or a whole number, is exact
    assert not same_value(0.34, 0.3)
    assert not same_value(3.2, 3)
    assert not same_value(0.6667, 0.7)
