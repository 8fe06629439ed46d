"""briefer import, issue 12, fourteenth stop (round 153, from the wrong speakers of stored
holdouts 114-120): how a name is read where it begins and ends, and a name written two
ways in one article. Sentences of our own, invented names."""

from __future__ import annotations

from extract_helpers import extracted, quote_at

from briefer.extract.subjects import parse_subject


def _speaker(text: str, start: str) -> str | None:
    return quote_at(extracted(text), start).speaker


def _speaker_and_role(text: str, start: str) -> tuple[str | None, str | None]:
    q = quote_at(extracted(text), start)
    return q.speaker, q.role


def test_a_name_never_starts_inside_a_word() -> None:
    """'HIV/AIDS. She also said' is no person 'S. She': the capital after a letter is part
    of a word, not an initial. Before, 'she said' went to 'S. She'."""
    text = (
        "Clinics short of gloves\n\n"
        "Clinics in the north are short of gloves, Mira Tolan, the country's health minister "
        "told KTN on Tuesday. The shortage grew with malaria and HIV/AIDS. She also "
        "said half the clinics had no syringes.\n\n"
        "“Every mother has the right to free care in a public clinic,” she said.\n\n"
        "Tolan said the ministry would buy gloves in bulk.\n"
    )
    assert _speaker(text, "Every mother") == "Mira Tolan"


def test_a_title_right_after_a_name_and_a_comma_is_that_person() -> None:
    """'Mira Tolan, the country's health minister told …': the title is her appositive, not
    a second person who could be 'she'. Before, the sentence named two people and 'she'
    was no one."""
    text = (
        "Births\n\n"
        "Deaths in childbirth have not fallen in ten years, Mira Tolan, the country's minister "
        "of health told KTN on Monday. “It is a shame,” she said.\n\n"
        "Tolan said a new fund would pay for midwives.\n"
    )
    assert _speaker(text, "It is a shame") == "Mira Tolan"


def test_a_headline_ending_in_says_does_not_name_the_next_paragraphs_first_word() -> None:
    """'…, minister says' ends a headline; 'Maternal', the first word of the paragraph
    after the blank line, is no one-word speaker of 'says'. Before, it was, and the
    sentence then named two people."""
    text = (
        "Death rate still too high, minister says\n\n"
        "Maternal deaths rose again this year, Mira Tolan, the country's minister of health "
        "told KTN on Monday. “It is alarming,” she said.\n\n"
        "Tolan said a new fund would pay for midwives.\n"
    )
    assert _speaker(text, "It is alarming") == "Mira Tolan"


def test_a_joined_surname_is_known_by_its_last_part() -> None:
    """'Governor Okello' after 'Jonas Mbabazi-Okello': the same man, written in full."""
    text = (
        "Banks cut rates\n\n"
        "Banks will lower their rates after Jonas Mbabazi-Okello (pictured), the governor of "
        "the Bank of Kivu (BOK), threatened to cap them.\n\n"
        "According to Governor Okello, the lending rate rose though the policy rate fell.\n\n"
        "“Banks must pass the cut on to borrowers,” Okello said.\n"
    )
    assert _speaker(text, "Banks must") == "Jonas Mbabazi-Okello"


def test_a_surname_with_al_is_one_person_with_or_without_the_hyphen() -> None:
    """'Al Harbi said' after 'Sami Al-Harbi': one man; 'he' after it is Sami Al-Harbi,
    not a second person 'Al Harbi'."""
    text = (
        "Gulf lender grows\n\n"
        "“Our books are clean,” Sami Al-Harbi, chief executive of Dune Bank, told reporters.\n\n"
        "Al Harbi said loan defaulters were settling their debts.\n\n"
        "“We will keep lending to builders,” he said.\n"
    )
    assert _speaker(text, "We will keep") == "Sami Al-Harbi"


def test_a_country_opening_the_sentence_before_is_no_one_he_could_be() -> None:
    """Round 154: '“…,” Oduya said. In 2016, Kivuland recorded a rise …. “…,” he said':
    a country is no person, so "he" is still Oduya. Before, the unknown capitalised word
    made the sentence name someone else and the quote went to no one."""
    text = (
        "Arrivals\n\n"
        "Tourism chief Peter Oduya spoke on Monday.\n\n"
        "“We can do better than last year,” Oduya said.\n\n"
        "In the first quarter, Zimbabwe recorded a 16% rise in arrivals. “We lost many "
        "visitors and we must win them back,” he said.\n"
    )
    assert _speaker(text, "We lost many") == "Peter Oduya"


def test_a_body_or_a_place_is_no_he() -> None:
    """Round 154: 'Oman Airports' and 'Salalah Airport' are no man: '“…,” he said' after a
    sentence naming the man and his airports body is the man's."""
    text = (
        "Airports\n\n"
        "In an interview with Bloomberg, Aimen Al Hosni, CEO, Oman Airports, said the year "
        "had been “very good”. “We are doing better than most airports in the region,” he "
        "said.\n"
    )
    assert _speaker(text, "We are doing better") == "Aimen Al Hosni"


def test_the_official_after_a_quoted_person_is_that_person() -> None:
    """Round 154: a sentence naming only "the official" (a title any speaker may hold),
    after Faisal Qadir was quoted: '“…,” he said' is Qadir's."""
    text = (
        "Research\n\n"
        "“Research is the heart of the plan,” Faisal Qadir, president of research at the "
        "foundation, said.\n\n"
        "“We should attract and keep the best minds,” the official said while noting the "
        "budget had grown.\n\n"
        "“We will take on the hardest problems first,” he said.\n"
    )
    assert _speaker(text, "We will take on") == "Faisal Qadir"


def test_an_office_then_hon_and_a_name_is_that_officeholder() -> None:
    """Round 155: 'Minister of Water, Land and Climate Change, Hon. Robert Pike' holds that
    office, so 'the Minister' after it is he. Before, the long office with its commas was
    not read as his, and "he" after "The Minister …" went to no one."""
    text = (
        "Forests\n\n"
        "The forestry agency planted 275 hectares last year.\n\n"
        "This was said by Minister of Water, Land and Climate Change, Hon. Robert Pike, "
        "in the budget debate on Tuesday.\n\n"
        "The Minister said communities must take part in caring for the forests. “We "
        "cannot plant a forest overnight,” he said.\n"
    )
    src = extracted(text)
    q = quote_at(src, "We cannot plant")
    assert q.speaker == "Robert Pike"
    assert q.role == "Minister of Water, Land and Climate Change"


def test_a_name_the_text_puts_after_in_is_no_one_he_could_be() -> None:
    """Round 154: 'investment in Kivu Rail' makes Kivu Rail a place or a body, so the
    sentence names no one and "he" is still the minister quoted before."""
    text = (
        "Railways\n\n"
        "“The railway now makes money,” Federal Minister for Railways Saad Rafiq said.\n\n"
        "However, he said there was a need for foreign investment in Kivu Rail to improve "
        "its finances. “We will need partners in the coming years,” he said.\n"
    )
    assert _speaker(text, "We will need partners") == "Saad Rafiq"


def test_it_said_after_a_body_and_a_which_clause_is_that_body() -> None:
    """Round 157: 'KTL, which posted revenues of $1.5 billion last year, confirmed the
    attack.' then '“…,” it said in a statement': the body is the sentence's subject past its
    clause. Before, the clause hid it and the quote went to no one."""
    text = (
        "Hack\n\n"
        "KTL, which posted revenues of $1.5 billion last year, confirmed the attack but "
        "declined to comment.\n\n"
        "“We can confirm that our systems are back online,” it said in a statement.\n"
    )
    assert _speaker(text, "We can confirm") == "KTL"


def test_an_office_registered_as_a_name_is_no_he() -> None:
    """Round 157: 'Nasser al Harthi, Senior Public Prosecutor, said …': the office after
    the name is no second person, so '“…,” he said' is al Harthi's."""
    text = (
        "Fraud\n\n"
        "Nasser al Harthi, Senior Public Prosecutor, said fraud cases are growing as schemes "
        "change with technology. “Fraud cases are rising every month,” he said in a radio "
        "interview.\n"
    )
    assert _speaker(text, "Fraud cases are rising") == "Nasser al Harthi"


def test_md_before_a_name_is_the_name_s_first_word() -> None:
    """Round 158: 'State Minister for Disaster Relief Md Rafiqul Hasan said': "Md" (for
    Muhammad) opens his name; it is not the end of the office. Before, the speaker was
    "Rafiqul Hasan" and the role ended in "Md"."""
    text = (
        "Floods\n\n"
        "Around 20 lakh people were hit by the floods, State Minister for Disaster Relief Md "
        "Rafiqul Hasan said today.\n\n"
        "“We are taking every step to help them,” he said.\n"
    )
    assert _speaker_and_role(text, "We are taking every step") == (
        "Md Rafiqul Hasan",
        "State Minister for Disaster Relief",
    )
    who = parse_subject("State Minister for Disaster Relief Md Rafiqul Hasan")
    assert who is not None
    assert (who.name, who.role) == ("Md Rafiqul Hasan", "State Minister for Disaster Relief")


def test_two_titles_joined_by_and_before_a_name_are_one_office() -> None:
    """Round 159: 'says KBL Group CEO and Managing Director Ana Karoki': one woman with both
    titles, not a speaker called "KBL Group CEO". Before, the words before "and" were read
    as the speaker."""
    text = (
        "Brewer warns on tax\n\n"
        "“It will hurt sales because someone has to pay for it,” says KBL Group CEO and "
        "Managing Director Ana Karoki.\n"
    )
    assert _speaker_and_role(text, "It will hurt sales") == (
        "Ana Karoki",
        "KBL Group CEO and Managing Director",
    )


def test_a_field_of_work_before_a_title_is_no_name() -> None:
    """Round 160: 'said the Public Relations Officer' and 'said Finance and Economic
    Development Minister …' name no one called "Public Relations" or "Economic
    Development". Before, those words were read as a name with the title after it."""
    text = (
        "Fees\n\n"
        "“The university has not denied it, but it gives us reasons,” said the Public "
        "Relations Officer.\n"
    )
    assert _speaker(text, "The university has not") is None
    text = (
        "Inflation\n\n"
        "“The change of currency has hit the base of the price index,” said Finance and "
        "Economic Development Minister, Professor Tendai Moyo justifying the pause.\n\n"
        "He said the figures would wait for twelve months of prices in the new currency, to "
        "compare “like with like in terms of currencies.”\n"
    )
    src = extracted(text)
    assert quote_at(src, "The change of currency").speaker != "Economic Development"
    assert quote_at(src, "like with like").speaker == "Tendai Moyo"


def test_a_division_is_no_he() -> None:
    """Round 161: 'the Kivu Division of Wildlife' leaves "Kivu Division", a body, among the
    names before '“…,” he told'; the man quoted is the conservancy director. Before, "he"
    went to "Kivu Division"."""
    text = (
        "Bears\n\n"
        "The Kivu Division of Wildlife Resources says 81 bears were killed for safety this "
        "year.\n\n"
        "Highland Wildlife Conservancy director Karl Robson said he questions the state's "
        "numbers. Kivu could be home to as few as 2,500 bears, he said.\n\n"
        "“I doubt the Kivu Division has any idea how many bears there are,” he told reporters.\n"
    )
    assert _speaker(text, "I doubt the") == "Karl Robson"


def test_a_name_then_a_lower_case_office_with_commas_inside_it() -> None:
    """Round 162: 'Sean Kehoe, partner and head of data, privacy and security for KLA Field
    Dublin, said …': the man first, then his office, commas and all. Before, the office was
    cut at its first comma (and in a stored article the body's last words were the
    speaker)."""
    text = (
        "Fines\n\n"
        "Sean Kehoe, partner and head of data, privacy and security for KLA Field Dublin, "
        "said the regulator played a “central role in shaping the rules” this year.\n"
    )
    assert _speaker_and_role(text, "central role in shaping") == (
        "Sean Kehoe",
        "partner and head of data, privacy and security for KLA Field Dublin",
    )


def test_a_body_then_an_office_then_a_name_is_the_officer() -> None:
    """Round 163: 'stated Ministry of Roads and Transport Principal Secretary John Kiprop':
    the ministry's officer, not the ministry. Before, the speaker was a body cut short
    ("Ministry of Roads and Transport Principal")."""
    text = (
        "Roads\n\n"
        "“We have finished choosing the bidders for the first phase,” stated Ministry of Roads "
        "and Transport Principal Secretary John Kiprop.\n"
    )
    assert _speaker_and_role(text, "We have finished choosing") == (
        "John Kiprop",
        "Ministry of Roads and Transport Principal Secretary",
    )


def test_the_spokesperson_is_the_public_relations_officer_named_before() -> None:
    """Round 164: 'the police spokesperson' after 'Force Public Relations Officer, ACP Ade
    Oyelaran, said …' is Oyelaran, a public relations officer being a body's spokesperson.
    Before, the quote went to the police as a body."""
    text = (
        "Fraud ring\n\n"
        "The Kivu Police Force said it had arrested six people over a fraud ring.\n\n"
        "The Force Public Relations Officer, ACP Ade Oyelaran, said the suspects had posed as "
        "foreign investors. “They used false names to win trust,” Oyelaran explained in the "
        "statement.\n\n"
        "Another suspect was arrested in the capital on Friday.\n\n"
        "“This suspect stole a huge sum from a widow,” the police spokesperson explained "
        "further in the statement.\n"
    )
    assert _speaker(text, "This suspect stole") == "Ade Oyelaran"


def test_he_said_after_a_participle_clause_is_still_the_same_he() -> None:
    """Round 165: 'Referring to the floods in the north, he said Prime Minister Ravi Kant has
    announced relief.' then '“…,” he said': the man named in what "he" said is spoken of,
    not the new "he". Before, the quote went to Ravi Kant."""
    text = (
        "Floods\n\n"
        "The floods are under control, Minister of State for Home Affairs Arun Mehra said on "
        "Thursday.\n\n"
        "“We will build back better,” he said.\n\n"
        "Referring to the floods in the north, he said Prime Minister Ravi Kant has already "
        "announced relief of Rs 2,000 crore.\n\n"
        "“It is a matter of the heart. The states asked for help and got it,” he said.\n"
    )
    assert _speaker(text, "It is a matter of the heart") == "Arun Mehra"


def test_a_body_with_of_in_its_name_then_a_lower_case_title_then_a_name() -> None:
    """Round 166: 'according to National Dockworkers of Kivu (Nadok) spokesperson Ama
    Sefu': the spokeswoman, with her body's whole name in her role. Before, the speaker
    was "National Dockworkers", the body cut at "of"."""
    text = (
        "Wage deal\n\n"
        "The wage deal is an “attack on every working family”, according to National "
        "Dockworkers of Kivu (Nadok) spokesperson Ama Sefu.\n"
    )
    assert _speaker_and_role(text, "attack on every working") == (
        "Ama Sefu",
        "National Dockworkers of Kivu spokesperson",
    )


def test_a_country_that_is_also_a_name_stays_a_person() -> None:
    """Round 154's review: "Jordan", "Georgia" and "Chad" are people's names too, so they are
    not in words.COUNTRIES; '“…,” said Jordan' then '“…,” he said' is still Jordan's."""
    text = (
        "Oil finds\n\n"
        "Energy Minister Karl Lind opened the new field on Monday, and he thanked the crews.\n\n"
        "“We have seventeen prospects left to drill,” said Jordan.\n\n"
        "“The next wells will be drilled this year,” he said.\n"
    )
    assert _speaker(text, "The next wells") == "Jordan"
