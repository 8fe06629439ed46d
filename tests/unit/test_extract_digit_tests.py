"""The tests a number written in digits must pass before it is a figure (digit_tests.py, and
the reference test numbers.py keeps): each named test pinned on a sentence of our own where
it turns the number down, and on a near sentence where it lets the number through."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefer.extract import digit_tests as dt
from briefer.extract import numbers as num


def _digits(sentence: str, number: str) -> dt.Digits:
    """The first number written ``number`` in ``sentence``, as the tests read it."""
    m = next(m for m in num.DIGIT_RE.finditer(sentence) if m.group() == number)
    return num._read_digits(sentence, m, 0, len(sentence))


def _figure(sentence: str, number: str) -> num.Hit | None:
    """What the number written ``number`` in ``sentence`` makes: a figure or None."""
    m = next(m for m in num.DIGIT_RE.finditer(sentence) if m.group() == number)
    return num._digit_hit(sentence, m, 0, len(sentence), [])


Test = Callable[[dt.Digits], bool]


@pytest.mark.parametrize(
    ("test", "sentence", "number"),
    [
        pytest.param(
            dt._telephone_number,
            "For bookings ring 0733 418 902 before noon.",
            "418",
            id="telephone-number",
        ),
        pytest.param(
            dt._model_name,
            "The dealer sold a Corolla 5 last spring to a farmer from the valley.",
            "5",
            id="model-name",
        ),
        pytest.param(dt._score, "The visitors won 3-2 after extra time.", "3", id="score"),
        pytest.param(
            dt._age_after_a_name, "Oduya Mwangi, 47, runs the ferry.", "47", id="age-after-name"
        ),
        pytest.param(
            dt._calibre, "Soldiers unloaded 105mm shells at the depot.", "105", id="calibre"
        ),
        pytest.param(
            dt._letter_before_a_name,
            "Nurses handed out N95 masks at the gate.",
            "N95",
            id="letter-before-a-name",
        ),
        pytest.param(
            dt._days_of_a_month,
            "The fair runs from March 3 to 9 in the old market.",
            "9",
            id="days-of-a-month",
        ),
        pytest.param(
            dt._street_number,
            "The clinic moved to 4417 Harbour Road in the spring.",
            "4417",
            id="street-number",
        ),
        pytest.param(
            dt._airliner_model,
            "The carrier grounded its 787 fleet for checks.",
            "787",
            id="airliner-model",
        ),
        pytest.param(
            dt._number_to_call, "Send an SMS to 40404 to register.", "40404", id="number-to-call"
        ),
        pytest.param(
            dt._hour_of_today, "The pumps have run since 6 this morning.", "6", id="hour-of-today"
        ),
        pytest.param(
            dt._list_of_ages,
            "The three climbers were 58, 61 and 64 years old.",
            "61",
            id="list-of-ages",
        ),
        pytest.param(
            dt._version_name,
            "Analysts called the plan Vision 2.0 in their notes.",
            "2.0",
            id="version-name",
        ),
        pytest.param(
            dt._dotted_date, "The readings of 14.06.2023 were lost.", "14.06", id="dotted-date"
        ),
        pytest.param(
            dt._age_group, "Loans went to the 25-34 age group first.", "34", id="age-group"
        ),
        pytest.param(
            dt._legal_age,
            "Parliament debated a voting age of 16 last week.",
            "16",
            id="legal-age",
        ),
        pytest.param(
            dt._age_in_brackets, "Kamau Otieno (52) was fined.", "52", id="age-in-brackets"
        ),
        pytest.param(
            num._reference_number,
            "Flight 212 landed late at the coast.",
            "212",
            id="reference-number",
        ),
    ],
)
def test_a_named_test_turns_the_number_down(test: Test, sentence: str, number: str) -> None:
    assert test(_digits(sentence, number))
    assert _figure(sentence, number) is None


@pytest.mark.parametrize(
    ("test", "sentence", "number", "value"),
    [
        pytest.param(
            dt._score,
            "The visitors scored 3-2 more goals than in all of last season.",
            "3",
            3,
            id="score-a-range-of-counts",
        ),
        pytest.param(
            dt._calibre,
            "The storm dropped 105mm of rain overnight.",
            "105",
            105,
            id="calibre-rain",
        ),
        pytest.param(
            dt._letter_before_a_name,
            "Diesel now sells at N950 per litre in the north.",
            "N950",
            950,
            id="letter-before-a-price",
        ),
        pytest.param(
            dt._airliner_model,
            "The carrier bought 787 seats for the summer charter.",
            "787",
            787,
            id="airliner-number-of-seats",
        ),
        pytest.param(
            dt._hour_of_today,
            "Police detained 14 this morning near the port.",
            "14",
            14,
            id="count-this-morning",
        ),
        pytest.param(
            dt._version_name,
            "Shares of the firm rose 2.0 percent on Monday.",
            "2.0",
            2,
            id="version-name-a-percent",
        ),
        pytest.param(
            num._reference_number,
            "The plane carried 212 passengers to the coast.",
            "212",
            212,
            id="reference-a-count",
        ),
    ],
)
def test_a_named_test_lets_a_figure_through(
    test: Test, sentence: str, number: str, value: float
) -> None:
    assert not test(_digits(sentence, number))
    hit = _figure(sentence, number)
    assert hit is not None and hit.value == value


def test_the_first_of_two_hours_after_from_is_no_figure() -> None:
    """'open from 8 to 10 in the morning': both numbers are hours. Before, the words before
    the 8 were matched from seven characters back ("n from "), so only "until" was ever
    seen and the 8 was taken for a figure."""
    from briefer.extract import extract

    src = extract(
        "Clinic hours\n\nThe clinic is open from 8 to 10 in the morning for 300 patients.\n"
    )
    assert [f.value for f in src.figures] == [300]


def test_an_international_phone_number_in_spaced_groups_is_no_figure() -> None:
    """'+254 700 123 456': a telephone number, though its groups look like thousands. Before,
    it was read whole as one spaced number (254,700,123,456). A plus before a change ("+5%")
    stays a figure."""
    from briefer.extract import extract

    src = extract(
        "Hotline\n\nCall the hotline on +254 700 123 456 if 20 people are missing. Calls rose "
        "+5% this week.\n"
    )
    assert [f.value for f in src.figures] == [20, 5]


def test_millimetres_of_rain_by_town_are_figures() -> None:
    """'Kadoma had 20mm and Chegutu 7mm': rainfall listed by town, no weapon in the
    sentence. Before, a glued "mm" with no rain word just before it was taken for a calibre
    and dropped. "152mm shells" stays a calibre."""
    from briefer.extract import extract

    src = extract(
        "Rain at last\n\nThe heaviest falls were in Kadoma, which had 20mm, and Chegutu with "
        "7mm. The army fired 152mm shells at the range on Monday.\n"
    )
    assert [f.value for f in src.figures] == [20, 7]


def test_a_capital_k_after_two_digits_is_thousands_not_a_resolution() -> None:
    """'703K pieces', 'up from 464K a year earlier', '12K viewers': thousands. '4K screens',
    '16K displays' and 'shot in 8K' are resolutions. Before, a capital K was never a
    scale, so 703K was read as 703."""
    from briefer.extract import extract

    src = extract(
        "Mail and screens\n\nRegistered mail rose to 703K pieces, up from 464K a year earlier. "
        "The shop sold 4K screens and 16K displays; the film, shot in 8K, drew 12K viewers.\n"
    )
    assert [f.value for f in src.figures] == [703_000, 464_000, 12_000]
