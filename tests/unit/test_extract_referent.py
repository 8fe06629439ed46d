"""briefer import: whom "he" or "she" stands for (``briefer/extract/referent.py``) and the
parts of the register of people (``people.Register``) it reads. Every sentence here is our
own words."""

from __future__ import annotations

import pytest

from briefer.extract.people import Register
from briefer.extract.referent import referent


def _register(text: str) -> Register:
    """The register as the extractor fills it for ``text`` (one block, no quotes)."""
    register = Register()
    register.learn_short_titles(text)
    register.honourables(text, [])
    register.scan(text, 0, len(text))
    register.speakers(text, [])
    register.learn(text, [])
    return register


def _who(text: str, gender: str, last_speaker: str | None = None) -> tuple[str, str | None] | None:
    """(name, role) of whom the pronoun opening the last sentence of ``text`` stands for."""
    at = text.rindex(". ") + 2
    p = referent(_register(text), text, 0, at, [], last_speaker, gender)
    return (p.name, p.role) if p else None


@pytest.mark.parametrize(
    ("text", "gender", "who"),
    [
        pytest.param(
            "Finance Minister Ada Obi opened the new bridge on Monday. She said",
            "f",
            ("Ada Obi", "Finance Minister"),
            id="the_one_person_the_sentence_before_names",
        ),
        pytest.param(
            "During a visit to the Tarn mill, Director Mara Kell said the orders had doubled. "
            "She added",
            "f",
            ("Mara Kell", "Director"),
            id="the_one_saying_it_not_the_place_she_visited",
        ),
        pytest.param(
            "Ms Ada Obi met Mr Tomas Rydell at the harbour. She said",
            "f",
            ("Ada Obi", None),
            id="she_passes_over_the_man",
        ),
        pytest.param(
            "Ms Ada Obi met Mr Tomas Rydell at the harbour. He said",
            "m",
            ("Tomas Rydell", None),
            id="he_passes_over_the_woman",
        ),
        pytest.param(
            "Energy Minister Ada Obi spoke on Monday. In March, Zimbabwe raised its fuel "
            "prices. She said",
            "f",
            ("Ada Obi", "Energy Minister"),
            id="a_country_is_no_one_and_the_sentence_before_it_is_read",
        ),
        pytest.param(
            "Governor Tane Moana opened the port on Friday. He later met President Ada Obi. "
            "He said",
            "m",
            ("Tane Moana", "Governor"),
            id="a_sentence_of_the_same_he_sends_the_search_further_back",
        ),
        pytest.param(
            "Governor Tane Moana opened the port on Friday. Okonjo said the port was late. He said",
            "m",
            ("Okonjo", None),
            id="a_one_word_name_that_said_something_is_someone",
        ),
    ],
)
def test_whom_the_pronoun_stands_for(text: str, gender: str, who: tuple[str, str | None]) -> None:
    assert _who(text, gender) == who


def test_two_people_nobody_knows_the_gender_of_are_no_one() -> None:
    assert _who("Ada Obi met Tomas Rydell at the harbour. He said", "m") is None


def test_a_title_in_the_sentence_before_is_the_speaker_quoted_last() -> None:
    text = (
        "Governor Tane Moana opened the port on Friday. The governor said the port was "
        "late. He said"
    )
    assert _who(text, "m", last_speaker="Tane Moana") == ("Tane Moana", "Governor")


def test_the_register_parts_referent_reads() -> None:
    text = (
        "Crowds gathered in Port Tarn on Monday. Okonjo said the port was late. "
        "Mwale said the ships were full. Ada Okonjo, a pilot, agreed."
    )
    register = _register(text)
    okonjo, mwale = text.index("Okonjo said"), text.index("Mwale said")
    # one-word subjects of reporting verbs, by offset, the upper end left out
    assert register.said_singles_between(0, len(text)) == [(okonjo, "Okonjo"), (mwale, "Mwale")]
    assert register.said_singles_between(okonjo, mwale) == [(okonjo, "Okonjo")]
    assert register.said_singles_between(mwale + 1, len(text)) == []
    # a name after "in" is a place from there on
    assert not register.named_as_place("Port Tarn", 5)
    assert register.named_as_place("Port Tarn", okonjo)
    assert not register.named_as_place("Okonjo", len(text))
    # the names with a word, once they are named
    assert register.names_with("Okonjo", len(text)) == {"Ada Okonjo"}
    assert register.names_with("Okonjo", okonjo) == set()
    assert register.person("Ada Okonjo", len(text)).role == "pilot"
