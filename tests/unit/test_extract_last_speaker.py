"""briefer import: the last to speak (``briefer/extract/nearest.py``) and the name forms
the ninth measurement's development batches (holdouts 79-81, 2026-12-04) showed wrong.
Every article here is our own words; each pattern was seen in real news pages."""

from __future__ import annotations

import pytest
from extract_helpers import extracted as _src
from extract_helpers import speaker_and_inferred as _speaker

from briefer.extract import nearest
from briefer.extract.people import Register
from briefer.extract.resolve import Context

# ------------------------------------------- "he said" after someone reported speaking


def test_he_said_after_one_word_named_reporting_among_names_of_things() -> None:
    # the vans' names are no people; "Okonjo said that …" is the one who spoke before "he"
    src = _src(
        "Car exports\n\n"
        "Speaking at the launch of the two new vans, Nouvel Express and Nouvel Van, Okonjo "
        "said that car exports reached 80 billion dirhams last year, noting that cars lead "
        "all exports.\n\n"
        "“It is also the first sector for added value,” he said, hoping other sectors "
        "would follow.\n"
    )
    assert _speaker(src, "It is also the first") == ("Okonjo", True)


def test_he_pointed_out_after_the_minister_explained() -> None:
    # the sentence between has "the minister" speak: the minister is the one who spoke
    src = _src(
        "Car exports\n\n"
        "Okonjo said that car exports reached 80 billion dirhams last year.\n\n"
        "The plant had to change its line, the minister explained, adding that local "
        "engineers now run the robots.\n\n"
        "“Despite the change, the plant kept every worker,” he pointed out.\n"
    )
    assert _speaker(src, "Despite the change") == ("Okonjo", True)


def test_a_quote_run_after_he_said_in_the_paragraph_before() -> None:
    # "he said" in the paragraph before stands for the man named further back; a quote run
    # that opens the next paragraph is his
    src = _src(
        "Shop prices\n\n"
        "“We all pay more for fuel and freight,” chief executive Tane Moana told the radio.\n\n"
        "On average Moana sees rises from suppliers of about 9 percent. The chain has had "
        "about 1000 price rises in ten months, he said. That is twice last year's.\n\n"
        "“What we see is shipping rates up 640 percent and fuel up 30 percent.\n\n"
        "“We work closely with our suppliers to absorb what we can.”\n"
    )
    assert _speaker(src, "What we see is shipping") == ("Tane Moana", True)
    assert _speaker(src, "We work closely") == ("Tane Moana", True)


def test_a_title_and_a_relative_clause_between_are_the_one_who_spoke() -> None:
    # "The group CEO of the marketplace, which claims …, believes": the CEO speaking, not
    # someone new (his role was never registered: no one else holds it)
    src = _src(
        "Online shops\n\n"
        "Speaking at the opening of two depots, Mr Halvorsen said the biggest problem was "
        "trust.\n\n"
        "The group CEO of the marketplace, which claims a third of all online sales, believes "
        "the problem is peculiar to young markets.\n\n"
        "“If a seller sends a red shirt instead of a blue one, trust is gone,” he said.\n"
    )
    assert _speaker(src, "If a seller sends") == ("Halvorsen", True)


def test_she_said_after_two_people_met_is_not_the_man_who_spoke_before() -> None:
    src = _src(
        "Cranes\n\n"
        "Port boss Ivo Brandt said the cranes were late.\n\n"
        "Mayor Lina Holt met Rui Matos later.\n\n"
        "She said the city would pay.\n\n"
        "“The money is there and it will be spent.”\n"
    )
    assert _speaker(src, "The money is there")[0] is None


def test_the_ambassador_of_another_people_is_not_the_one_known() -> None:
    src = _src(
        "Vote\n\n"
        "Tarnish Ambassador Ana Lind said the vote showed that no one could be bullied.\n\n"
        "The Solvian ambassador said that his country held back because the text would not "
        "help “ease the tension and keep the talks going.”\n"
    )
    assert _speaker(src, "ease the tension")[0] is None


# --------------------------------------------- a verb that opens a quote, any verb


def test_a_name_then_any_verb_and_a_comma_opens_the_quote() -> None:
    src = _src(
        "Farm deal\n\n"
        "President Tomas Rydell announced on Saturday that the deal would lift farm exports.\n\n"
        "Rydell, addressing farmers across the country, hoped, “So, we will get that done "
        "pretty quickly.”\n\n"
        "He admired, “It will be the largest deal ever made for farmers.”\n"
    )
    assert _speaker(src, "So, we will get") == ("Tomas Rydell", True)
    assert _speaker(src, "It will be the largest") == ("Tomas Rydell", True)


# ----------------------------------------------------------- guards: no one, still


def test_he_said_after_a_quote_by_another_body_speaking_since_is_no_one() -> None:
    # "The company said …" between: someone else spoke since the worker
    src = _src(
        "Plant closes\n\n"
        "“It is a slap in the face,” worker Ana Goodwin said.\n\n"
        "The company said 60 of the 262 workers had been placed.\n\n"
        "“Our focus remains on the employees at every plant we run.”\n"
    )
    assert _speaker(src, "Our focus remains")[0] is None


def test_a_company_name_in_one_word_is_no_person_to_carry_on() -> None:
    src = _src(
        "Layoffs\n\n"
        "SteelCorp announced that it will lay off 100 workers at its tin plant.\n\n"
        "SteelCorp said in a statement on Monday that the cuts would come in phases, "
        "starting this week.\n\n"
        "“This was a very difficult decision to make for the whole team.”\n"
    )
    assert all(q.speaker in (None, "SteelCorp") for q in src.quotes)


def test_a_one_word_name_with_a_capital_inside_is_a_company_not_a_person() -> None:
    # the guard of the last to speak, asked directly: both words are subjects of "said"
    text = "SteelCorp said the cuts would come in phases. McKenzie said it was a sad day.\n"
    register = Register()
    register.speakers(text, [])
    ctx = Context(text, register, [])
    assert register.said_single("SteelCorp") and register.said_single("McKenzie")
    assert nearest._person("SteelCorp", 0, ctx) is None
    assert nearest._person("McKenzie", 0, ctx) == "McKenzie"


# ------------------------------------------------------------ the forms of names


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        pytest.param(
            "Vote\n\n“This is extraordinary,” Tarnish Ambassador to the UN Ilko Varga told "
            "reporters after the vote.\n",
            "This is extraordinary",
            "Ilko Varga",
            id="a_body_s_letters_end_the_title_before_the_name",
        ),
        pytest.param(
            "Grocery\n\n“Inflation fell for a second month,” said Tarnstat business "
            "development director Ana Lind.\n",
            "Inflation fell",
            "Ana Lind",
            id="a_body_s_name_lower_case_title_then_the_name",
        ),
        pytest.param(
            "Shops\n\nThe country director of a consultancy, Ini Okafor, confirmed in a phone "
            "call with Vanguard, said: “Our client is not leaving the country.”\n",
            "Our client is not leaving",
            "Ini Okafor",
            id="the_paper_she_spoke_with_is_no_speaker",
        ),
        pytest.param(
            "Roads\n\nSuperintendent Tom Rourke, of the roads policing bureau, made the "
            "appeal on Friday.\n\n“There have been 25 deaths in August alone,” Supt Rourke "
            "stressed.\n",
            "There have been 25 deaths",
            "Tom Rourke",
            id="a_title_printed_short_before_the_surname_is_the_full_name",
        ),
        pytest.param(
            "Roads\n\nThe head of the safety authority, Engineer Ama Owusu Ansah, spoke at the "
            "launch.\n\nIng Owusu Ansah noted that “men remain the most vulnerable road "
            "users by far.”\n",
            "men remain the most vulnerable",
            "Ama Owusu Ansah",
            id="ing_is_engineer_spelled_short",
        ),
        pytest.param(
            "Flat fire\n\n“Three of the occupants were taken to hospital for smoke "
            "inhalation,” said the TCDF in a Facebook post on Wednesday night.\n",
            "Three of the occupants",
            "TCDF",
            id="where_it_was_said_after_an_inverted_body",
        ),
        pytest.param(
            "Refuse\n\nIn a press statement, Tarnby Mayor Clllr Rudo Mhaka spoke of the "
            "backlog.\n\n“We have convened this meeting to update residents on refuse,” "
            "Clllr Rudo Mhaka said.\n",
            "We have convened this meeting",
            "Rudo Mhaka",
            id="a_word_with_no_vowel_before_a_name_is_an_honorific_however_typed",
        ),
        pytest.param(
            "Ramadan\n\n“I do try to give more during Ramadan, yes,” said event attendee Tom "
            "Lacey.\n",
            "I do try to give more",
            "Tom Lacey",
            id="said_a_lower_case_word_for_what_he_does_then_his_name",
        ),
        pytest.param(
            "Orders\n\n“We have only received 20 percent of our orders,” said U Kyaw Lwin, "
            "who runs a garment factory in the city.\n",
            "We have only received",
            "Kyaw Lwin",
            id="u_before_a_burmese_name_is_mr",
        ),
        pytest.param(
            "Hospitals\n\n“This is a project of great size,” said THC’s Chief of Healthcare "
            "Facilities Mr. Hamad Al Tamimi.\n",
            "This is a project of great size",
            "Hamad Al Tamimi",
            id="an_honorific_opens_the_name_after_a_long_title",
        ),
        pytest.param(
            "Sanctions\n\n“Furthermore, Tarnia will impose sanctions on 21 people,” according "
            "to a press release from the Department of Harbour Works.\n",
            "Furthermore, Tarnia will impose",
            "Department of Harbour Works",
            id="the_sentence_s_stop_is_no_part_of_a_body_s_name",
        ),
        pytest.param(
            "Trade\n\nA month after the pact was signed, Tarnia’s Consul General to Dubai Ravi "
            "Mehra has said trade could double.\n\n“Trade between the two was $60 billion "
            "before the pandemic,” said Mehra, in an interview.\n",
            "Trade between the two",
            "Ravi Mehra",
            id="a_place_after_to_is_no_part_of_the_name",
        ),
    ],
)
def test_name_forms(text: str, start: str, speaker: str) -> None:
    assert _speaker(_src(text), start)[0] == speaker


def test_an_unnamed_spokesperson_speaks_for_the_body_the_text_names() -> None:
    src = _src(
        "Layoffs\n\n"
        "“We are reshaping some of our markets,” a spokesperson of Byju’s said on Thursday.\n\n"
        "“The fine is about record keeping,” said a spokeswoman for Meta.\n\n"
        "“It is too early to tell,” said a spokesperson from the University.\n"
    )
    assert [(q.speaker, q.role) for q in src.quotes] == [
        ("Byju’s", "spokesperson"),
        ("Meta", "spokeswoman"),
        (None, None),  # no body named: "the University" is no name
    ]


def test_it_added_after_a_one_word_speaker_nobody_knows_as_a_person() -> None:
    src = _src(
        "Results\n\n"
        "“Double-digit growth was partly offset by higher costs,” Tarnmart said.\n\n"
        "“The company opened 16 new stores in the half,” it added.\n"
    )
    assert _speaker(src, "The company opened") == ("Tarnmart", True)


def test_it_added_after_a_person_is_not_that_person() -> None:
    src = _src(
        "Results\n\n"
        "Chief executive Ana Lind presented the results on Monday.\n\n"
        "“Double-digit growth was partly offset by higher costs,” Lind said.\n\n"
        "“The company opened 16 new stores in the half,” it added.\n"
    )
    assert _speaker(src, "The company opened")[0] != "Lind"
    assert _speaker(src, "The company opened")[0] != "Ana Lind"


def test_a_name_then_her_office_at_a_body_and_the_manager_disclosed() -> None:
    # "NAME, Manager BODY, disclosed": she speaks and that is her post (no person called
    # "Tarn Air Holidays"); "The manager also disclosed …" goes on with her, so the quote
    # run that opens the next paragraph is hers ("59 aircraft have been ordered" is no one
    # speaking)
    src = _src(
        "Airline plans\n\n"
        "Mrs Seble Tadesse, Manager Tarn Air Holidays, disclosed this during a tour of the "
        "airline’s hangars.\n\n"
        "Tadesse said revenue stood at $2.7 billion.\n\n"
        "She added that the carrier flies 92 aircraft while 59 aircraft have been ordered.\n\n"
        "The manager also disclosed that the airline carries 238,000 tonnes of cargo a year.\n\n"
        "“Today we are the second fastest growing carrier in the world.\n\n"
        "“We use the capital as our main hub.”\n"
    )
    assert _speaker(src, "Today we are the second") == ("Seble Tadesse", True)
    assert _speaker(src, "We use the capital") == ("Seble Tadesse", True)


def test_a_roman_numeral_ends_the_body_s_name_not_the_person_s() -> None:
    src = _src(
        "Port\n\n“It is not the port’s fault,” said President Director of PT Pelabuhan II "
        "R. J. Lino on Monday.\n"
    )
    assert _speaker(src, "It is not the port")[0] == "R. J. Lino"
