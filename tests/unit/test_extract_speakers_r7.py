"""briefer import, issue 12, fifteenth stop (round 167, from quotes of stored holdouts
121-135 that had a speaker right after them and got none, or a name with another's
possessive in it). Sentences of our own, invented names and bodies."""

from __future__ import annotations

from extract_helpers import extracted, quote_at


def _speaker_and_role(text: str, start: str) -> tuple[str | None, str | None]:
    q = quote_at(extracted(text), start)
    return q.speaker, q.role


def test_a_place_owning_a_body_is_not_the_bodys_name() -> None:
    """'Norland’s Dairyco, the region’s biggest milk firm, …' then '“…,” Dairyco said':
    Dairyco. Before, 'Dairyco said' took the fuller name 'Norland’s Dairyco' and the quote
    was then given to no one."""
    text = (
        "Milk firm lifts profit\n\n"
        "Norland’s Dairyco, the region’s biggest milk firm, reported a 7 per cent rise in "
        "profit for the quarter.\n\n"
        "“Strong sales of yoghurt let us absorb the higher cost of feed,” Dairyco said.\n"
    )
    assert _speaker_and_role(text, "Strong sales")[0] == "Dairyco"


def test_a_party_owning_a_person_is_not_part_of_his_name() -> None:
    """'Labour's Peter Vance accused …' and later 'said Mr Vance': the person is Peter
    Vance. Before, both quotes went to "Labour's Peter Vance"."""
    text = (
        "Fee rise slipped out\n\n"
        "Labour's Peter Vance accused ministers of hiding the rise, calling it \"a tax on "
        'learning by stealth".\n\n'
        '"They want nobody to notice until the bills arrive," said Mr Vance.\n'
    )
    assert _speaker_and_role(text, "a tax on learning")[0] == "Peter Vance"
    assert _speaker_and_role(text, "They want nobody")[0] == "Peter Vance"


def test_said_an_office_a_comma_then_the_name() -> None:
    """'said Superintendent of Police, Hari Lamsal, spokesperson for the bureau': the name
    between the commas. Before, an office with 'of' and no lower-case word was no role,
    and both quotes of the paragraph had no speaker."""
    text = (
        "Gang held over lottery texts\n\n"
        "“They told victims by text that they had won a car,” said Superintendent of Police, "
        "Hari Lamsal, spokesperson for the bureau. “Then they asked for a fee to release "
        "it.”\n"
    )
    assert _speaker_and_role(text, "They told victims") == (
        "Hari Lamsal",
        "Superintendent of Police",
    )
    assert _speaker_and_role(text, "Then they asked")[0] == "Hari Lamsal"


def test_said_a_bodys_gm_with_a_field_then_the_name() -> None:
    """'said Portco’s GM for sales and planning, Ana de Wet': "GM" is a title's letters,
    and the office runs to the comma. Before, the speaker was "Portco’s GM"."""
    text = (
        "Fruit exports by rail climb\n\n"
        "“We moved more boxes by rail in six months than in all of last year,” said Portco’s "
        "GM for sales and planning, Ana de Wet.\n"
    )
    assert _speaker_and_role(text, "We moved more") == (
        "Ana de Wet",
        "Portco’s GM for sales and planning",
    )


def test_a_ministers_portfolio_list_before_his_name() -> None:
    """'State Minister for Water, Power and Coastal Works Rafiq Mollah said': one office,
    its commas and all, then the name. Before, a last part of more than five words was
    no list's end, and the quote had no speaker."""
    text = (
        "New gas well opens\n\n"
        '"We expect eight million cubic feet a day from this well," State Minister for '
        "Water, Power and Coastal Works Rafiq Mollah said at the opening.\n"
    )
    assert _speaker_and_role(text, "We expect eight") == (
        "Rafiq Mollah",
        "State Minister for Water, Power and Coastal Works",
    )


def test_a_bodys_letters_then_spokesperson_with_no_article() -> None:
    """'GAL spokesperson told reporters' after 'the General Authority of Levies (GAL)': the
    body. Before, 'General' made the letters a title's, and the quote had no speaker."""
    text = (
        "Levy on sugary drinks\n\n"
        "The General Authority of Levies (GAL) said the levy would cover 12 products.\n\n"
        '"We have met traders and held workshops on the new levy," GAL spokesperson told '
        "reporters.\n"
    )
    assert _speaker_and_role(text, "We have met")[0] == "General Authority of Levies"


def test_a_bodys_own_name_then_officials_with_no_article() -> None:
    """'Trackwise officials said': the body, one word of its own. A country's name before
    "spokesman" stays no one's."""
    text = (
        "Boxes pile up before strike\n\n"
        "Containers waiting at the port rose to 1,180 a day last week.\n\n"
        "“Shippers moved boxes early, expecting the strike,” Trackwise officials said.\n\n"
        "“Talks between the union and the port will resume on Monday,” Kenya spokesman said.\n"
    )
    assert _speaker_and_role(text, "Shippers moved")[0] == "Trackwise"
    assert _speaker_and_role(text, "Talks between")[0] is None


def test_an_office_owned_by_a_place_with_a_possessive_then_the_name() -> None:
    """'said the airport terminal’s acting manager, Saeed bin Harib': the lower-case office
    may hold a possessive ("terminal’s"). Before, the office was read as a title alone and
    the quote had no speaker."""
    text = (
        "Drugs found in luggage\n\n"
        "“Our officers suspected this passenger, who looked confused at the checkpoint,” said "
        "the airport terminal’s acting manager, Saeed bin Harib.\n"
    )
    assert _speaker_and_role(text, "Our officers") == (
        "Saeed bin Harib",
        "airport terminal’s acting manager",
    )


def test_the_company_said_reaches_the_firm_past_a_headline_and_two_sentences() -> None:
    """'Lowveld Sugar Ltd says …' opens the paragraph under a headline with no full stop;
    two sentences later '“…,” the company said': the firm. Before, only the two sentences
    just before the quote were read, and the headline hid the firm's sentence."""
    text = (
        "Cane output to rise\n\n"
        "Lowveld Sugar Ltd says raw sugar output could rise by a quarter in two years after "
        "good rains.\n\n"
        "The company, which owns two estates in the south, said output would rise to 535,000 "
        "tonnes next season.\n\n"
        "This year's crop was hit by drought and will be about 410,000 tonnes.\n\n"
        "“Irrigation was cut during the drought and some fields were left fallow,” the company "
        "said in a statement.\n"
    )
    assert _speaker_and_role(text, "Irrigation was cut")[0] == "Lowveld Sugar Ltd"


def test_the_airline_said_is_the_firm_that_said_so_before() -> None:
    """'Skyway Holdings said it would drop four routes' then '“…,” the airline said': the
    firm, as for "the company". Before, the speaker was the word "airline"."""
    text = (
        "Airline cuts routes\n\n"
        "Skyway Holdings said it would drop four routes from March as fuel costs climb.\n\n"
        "“We cannot fly empty seats between small towns at these prices,” the airline said.\n"
    )
    assert _speaker_and_role(text, "We cannot fly")[0] == "Skyway Holdings"


def test_told_an_outlet_after_a_quote_with_no_comma_names_the_teller() -> None:
    """'“…” Mina Rai, spokesperson at the council, told The Valley Times, “…”': the speaker
    is Mina Rai, not the paper she told. Before, '…, told The Valley Times' was read as an
    inverted verb and the first quote went to the paper."""
    text = (
        "New buses wait a month\n\n"
        "“At the operator’s request we have agreed to wait a month before the new buses run” "
        "Mina Rai, spokesperson at the council, told The Valley Times, “We hope the depot is "
        "ready before the festival.”\n"
    )
    assert _speaker_and_role(text, "At the operator") == (
        "Mina Rai",
        "spokesperson at the council",
    )


def test_said_a_bodys_president_and_ceo_at_an_event() -> None:
    """'“…,” said KVA president and CEO Rita Holm at the opening event': two titles joined
    by "and", the second in capitals, then the name and where she said it. Before, the
    quote after 'he said.' went to the man of the sentence before."""
    text = (
        "Plant opens\n\n"
        "The company's chairman Omar Vell opened the plant on Monday. Built by Kanto Vehicles "
        "America (KVA), the truck is unlike any on the market, he said. “This plant is a "
        "milestone for us and for the state,” said KVA president and CEO Rita Holm at the "
        "opening event.\n"
    )
    assert _speaker_and_role(text, "This plant is") == ("Rita Holm", "KVA president and CEO")


def test_a_full_name_with_its_surname_mistyped_is_the_person_named_before() -> None:
    """'Managing Director Tomas Walinde said …' and later '“…,” Tomas Walnde said': a slip
    of one letter in the surname of a full name is the same man. Before, the quote went to
    'Tomas Walnde', someone the text never names."""
    text = (
        "Airline loss narrows\n\n"
        "Managing Director Tomas Walinde said the airline cut its loss by a third.\n\n"
        "“We flew fuller planes on fewer routes this half,” Tomas Walnde said.\n"
    )
    assert _speaker_and_role(text, "We flew fuller")[0] == "Tomas Walinde"


def test_a_spokesperson_for_a_body_whose_name_opens_with_a_nations_word() -> None:
    """'A spokesperson for the American Haulage Association said, “…”': the association.
    Before, a name opening with a nation's word was read like "a US official", no body."""
    text = (
        "Haulage slows\n\n"
        "Freight volumes fell 4% in May.\n\n"
        "A spokesperson for the American Haulage Association said, “Volumes are down, rates "
        "are down and costs are up for every carrier.”\n"
    )
    assert _speaker_and_role(text, "Volumes are down")[0] == "American Haulage Association"


def test_said_the_lower_case_office_joined_by_and_then_the_name() -> None:
    """'said the communication and public relations manager at the Market Authority, Ruth
    Amanya': the words before "at" end in a title, so the phrase is her office. Before, a
    lower-case phrase with no title among its first three words was read as a clause."""
    text = (
        "Rules take effect\n\n"
        "“Once the rules are published in the Gazette, they become law,” said the "
        "communication and public relations manager at the Market Authority, Ruth Amanya.\n"
    )
    assert _speaker_and_role(text, "Once the rules") == (
        "Ruth Amanya",
        "communication and public relations manager at the Market Authority",
    )


def test_commended_after_a_quote_names_the_speaker() -> None:
    """'“…,” commended Kagiso Moeti, the exchange's chief executive': "commended" reports
    words too. Before, it was no attribution verb and the quote had no speaker."""
    text = (
        "Listings day\n\n"
        "“This is the first time the exchange has had so many listings in one day,” "
        "commended Kagiso Moeti, the exchange's chief executive.\n"
    )
    assert _speaker_and_role(text, "This is the first")[0] == "Kagiso Moeti"


def test_the_treasury_said_is_a_body() -> None:
    """'“…,” the Treasury said': a ministry by its own one-word name, as "the Pentagon".
    Before, "Treasury" was no body's word and the quote had no speaker."""
    text = (
        "Listings review\n\n"
        "Bankers met ministers on Tuesday to review the rules for floating a company.\n\n"
        "“We want more growing firms to list here and stay here,” the Treasury said.\n"
    )
    assert _speaker_and_role(text, "We want more")[0] == "Treasury"


def test_a_one_word_owner_after_a_title_is_no_person() -> None:
    """'The chief executive officer of Horizon Capital Bhd, SkyAsia’s parent company, …':
    "SkyAsia’s" owns the company and is nobody, and "Horizon Capital Bhd" is a body; "he"
    is the man named before. Before, SkyAsia was registered as that chief executive, and
    'he told reporters' went to no one."""
    text = (
        "Airline fares\n\n"
        "KOTA KINABALU: Tan Sri Kamal Hadi says SkyAsia will try to cut its fares.\n\n"
        "The chief executive officer of Horizon Capital Bhd, SkyAsia’s parent company, also "
        "asked people to be patient as the airline recovered.\n\n"
        "“Despite the losses in revenue, our fares are still among the lowest,” he told "
        "reporters.\n"
    )
    assert _speaker_and_role(text, "Despite the losses")[0] == "Kamal Hadi"


def test_names_ending_in_a_bodys_word_are_no_he() -> None:
    """A name ending in "International", "Scheme", "Bhd", "Confederation" or "Trust" is a
    body's, never the "he" of a quote (referent passes over it)."""
    from briefer.extract.referent import _never_he

    for body in ("Portline International", "Coastal Health Insurance Scheme", "Horizon Bhd"):
        assert _never_he(body), body
    for body in ("General Confederation", "Kruger Park Trust"):
        assert _never_he(body), body
    assert not _never_he("Ana Lind")


def test_they_said_after_a_body_as_the_subject_is_that_body() -> None:
    """'The Federal Fraud Agency officials said that they had broken up a gang. “…,” they
    said': the body. Before, "they" was read as no speaker at all."""
    text = (
        "Cyber crime cases rise\n\n"
        "The Federal Fraud Agency (FFA) officials said that they had broken up a gang that "
        "sold phone numbers.\n\n"
        "“An investigation in the case is still going on,” they said.\n"
    )
    assert _speaker_and_role(text, "An investigation")[0] == "Federal Fraud Agency"


def test_they_said_after_people_is_no_one() -> None:
    """'Two residents said …. “…,” they said': no body is the subject, so no speaker (the
    residents are not named)."""
    text = (
        "Water cut\n\n"
        "Two residents of the estate said the taps ran dry on Monday.\n\n"
        "“We have had no water for three days and nobody tells us why,” they said.\n"
    )
    assert _speaker_and_role(text, "We have had")[0] is None


def test_a_quote_after_an_anonymous_source_in_its_paragraph_is_no_ones() -> None:
    """'A senior officer at the ministry, seeking anonymity, agreed that … “…”': the
    words of someone the text does not name, on purpose. Before, the quote went to the
    farmer quoted in the paragraph before."""
    text = (
        "Fertiliser sold on the black market\n\n"
        "“The price is so high that I simply can't afford it,” said farmer Hari Thapa.\n\n"
        "A senior officer at the farm ministry, seeking anonymity, agreed that illegal trade "
        "in fertiliser has grown. “Farmers near the border buy it across the border. If we "
        "stop that, they will have nothing to plant with.”\n"
    )
    assert _speaker_and_role(text, "Farmers near the border")[0] is None


def test_datu_is_an_honorific_not_a_first_name() -> None:
    """'Sabah Education Director Datu Rahman Saidin said …': "Datu", a Malaysian honour
    like "Datuk", is no part of his name. Before, the speaker was 'Datu Rahman Saidin'."""
    text = (
        "Exam results improve\n\n"
        "“The number of candidates with top grades rose by 684 this year,” Sabah Education "
        "Director Datu Rahman Saidin said at the announcement.\n"
    )
    assert _speaker_and_role(text, "The number of candidates")[0] == "Rahman Saidin"


def test_a_participle_phrase_after_the_name_names_where_not_who() -> None:
    """'Finance Minister Ravi Lall, tabling the Finance Bill in the Senate said that the
    rules would ensure the “…”': the minister; the Senate is where he tabled it. Before,
    the quote went to the Senate."""
    text = (
        "Gaming rules\n\n"
        "Finance Minister Ravi Lall, tabling the Finance Bill in the Senate said that the "
        "rules would ensure that the “vulnerable would be protected and gaming fairly "
        "conducted”.\n"
    )
    assert _speaker_and_role(text, "vulnerable would be")[0] == "Ravi Lall"


def test_a_surname_written_once_with_the_wrong_case_is_the_same_person() -> None:
    """'The health minister, Mara D’Ost, …' then '“…,” D’ost said': the text's slip of
    case; the speaker is Mara D’Ost. Before, it was 'D’ost', a name the text never
    gives in full."""
    text = (
        "Ambulance delays\n\n"
        "The health minister, Mara D’Ost, released the figures on Tuesday.\n\n"
        "“It is heartbreaking to see these delays,” D’Ost said.\n\n"
        "D’ost said the figures rose and fell with demand across the state.\n\n"
        "“We are doing almost twice as many call-outs as the next state,” D’ost said.\n"
    )
    assert _speaker_and_role(text, "We are doing")[0] == "Mara D’Ost"


def test_the_airline_said_is_not_a_firm_named_before_someone_else_spoke() -> None:
    """'Skyway Holdings said …. Ana Lind said …. “…,” the airline said': someone else
    spoke since the firm, so the firm is not taken for "the airline". Without that stop
    (round 168), the four-sentence search passes over Ana Lind and takes the firm."""
    text = (
        "Airline cuts routes\n\n"
        "Skyway Holdings said it would drop four routes from March.\n\n"
        "Ana Lind said fares would rise by a fifth.\n\n"
        "“We cannot fly empty seats between small towns at these prices,” the airline said.\n"
    )
    assert _speaker_and_role(text, "We cannot fly")[0] != "Skyway Holdings"
