"""briefer import, issue 12 round 6: a speaker's name is written the way an analyst cites it
(``briefer/extract/names.py``), whatever sentence it was found in. Articles and names are
our own inventions."""

from __future__ import annotations

import pytest
from extract_helpers import extracted, quote_at
from extract_scoring import same_speaker

from briefer.extract import names


def _speaker(text: str, start: str) -> str | None:
    return quote_at(extracted(text), start).speaker


# ------------------------------------------------------------------ the parts


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("Tan Sri Harun Malik Osman", "Harun Malik Osman"),
        ("Datuk Seri Aminah Yusof", "Aminah Yusof"),
        ("Dato' Lim Wei Chen", "Lim Wei Chen"),
        ("Alhaji Musa Danjuma", "Musa Danjuma"),
        ("Chief Ade Okonkwo", "Ade Okonkwo"),
        ("UNHCR's Fleur Marchetti", "Fleur Marchetti"),
        ("NASA’s Orrin Tate", "Orrin Tate"),
        ("Off-spinner Kamal Nadeem", "Kamal Nadeem"),
        ("Ex-minister Juno Varga", "Juno Varga"),
    ],
)
def test_honorifics_owners_and_describing_words_are_not_the_name(name: str, written: str) -> None:
    assert names.tidy_person(name, "") == written


@pytest.mark.parametrize(
    "name",
    [
        "Iran's Coastal Watch",  # a country owns a body: the body's name
        "Will Ortega",  # a first name that is also a word, with one name after it
        "Mark Bello Adamu",  # a first name that is also a word: never a describing word
        "Sri Wahyuni Kusuma",  # "Sri" alone is a first name, not "Tan Sri"
        "Chief",  # nothing would be left
        "Tan Sri",
    ],
)
def test_names_that_only_look_like_they_carry_extra_words_are_kept(name: str) -> None:
    body = "The mark was left by the will of the people."
    assert names.tidy_person(name, body) == name


def test_a_capitalised_word_the_article_also_writes_in_lower_case_describes_the_person() -> None:
    body = "Food security is on the agenda. Security Osei Mensah Boateng spoke."
    assert names.tidy_person("Security Osei Mensah", body) == "Osei Mensah"
    assert names.tidy_person("Osei Mensah Boateng", body) == "Osei Mensah Boateng"


def test_initials_the_article_gives_with_the_name_are_part_of_it() -> None:
    body = "Ports Minister R. Anil Menon opened the berth. Anil Menon said more would follow."
    assert names.with_initials("Anil Menon", body) == "R. Anil Menon"
    assert names.with_initials("Menon", "Board chief V Menon spoke.") == "V Menon"
    assert names.with_initials("Kiran Das", "A.S. Kiran Das spoke.") == "A.S. Kiran Das"
    # two people with the same name and other initials: no way to tell which
    assert names.with_initials("Singh", "K. Singh and R. Singh spoke.") == "Singh"
    # a title written as initials, an article at a sentence's start: not initials of a name
    assert names.with_initials("Ivo Brandt", "said H.E. Ivo Brandt") == "Ivo Brandt"
    assert names.with_initials("Ivo Brandt", "A Ivo Brandt fan waved.") == "Ivo Brandt"
    assert names.with_initials("Ivo Brandt", "no initials for Ivo Brandt") == "Ivo Brandt"


def test_a_bodys_initials_are_written_as_the_article_spells_them_out() -> None:
    body = "The army's Joint Press Wing (JPW) said two posts were hit."
    assert names.spelled_out("JPW", body) == "Joint Press Wing"
    assert names.spelled_out("JPW", "JPW (Joint Press Wing) said so.") == "Joint Press Wing"
    assert names.spelled_out("JPW", "The JPW said so.") == "JPW"
    assert names.spelled_out("JPW", "The Joint Wing (JPW) said so.") == "JPW"  # no fit
    hyphen = "the Inter-Agency Flood Desk (IAFD) said"
    assert names.spelled_out("IAFD", hyphen) == "Inter-Agency Flood Desk"


# ------------------------------------------------------------- in an article


def test_a_malaysian_honorific_is_dropped_even_when_the_fullest_form_brings_it() -> None:
    text = (
        "Assembly row\n\n"
        "Former Speaker Tan Sri Harun Malik Osman has asked for the sitting to resume.\n\n"
        "“I am still waiting for an answer from the clerk,” Harun Malik Osman said.\n\n"
        "“The house cannot wait until March,” Osman said on Friday.\n"
    )
    assert _speaker(text, "I am still waiting") == "Harun Malik Osman"
    assert _speaker(text, "The house cannot") == "Harun Malik Osman"


def test_initials_given_once_stay_with_the_name_in_later_quotes() -> None:
    text = (
        "Port expansion\n\n"
        "Union Minister for Ports R. Anil Menon on Monday opened the new berth.\n\n"
        "R. Anil Menon was speaking at the harbour.\n\n"
        "“Cargo through the port has doubled in two years,” he said.\n\n"
        "“We will build two more berths,” Menon said.\n"
    )
    assert _speaker(text, "Cargo through the port") == "R. Anil Menon"
    assert _speaker(text, "We will build") == "R. Anil Menon"


# ------------------------------------------------------------------ the scorer


def test_the_scorer_takes_a_body_by_its_initials_as_the_same_body_only_when_paired() -> None:
    body = "The Fuel Pricing Board (FPB) announced the change."
    assert same_speaker("FPB", "Fuel Pricing Board", body)
    assert same_speaker("the Fuel Pricing Board", "FPB", body)
    assert not same_speaker("FPB", "Fuel Pricing Board", "The FPB announced it.")
    assert not same_speaker("FPB", "Fuel Board", body)
    assert not same_speaker("Ana Lind", "Lind", "Ana Lind (Lind) said")  # not initials
    assert not same_speaker(None, "FPB", body)
    # a one-word short name the article pairs with a body's words, not one of them
    regulator = "The National Power Regulator of Solvia (Nepors) set the rate."
    assert same_speaker("Nepors", "National Power Regulator of Solvia", regulator)
    assert same_speaker("the National Power Regulator of Solvia", "Nepors", regulator)
    assert not same_speaker("Nepors", "National Power Regulator of Solvia", "Nepors set it.")
    assert not same_speaker(
        "Regulator", "National Power Regulator", "National Power Regulator (Regulator)"
    )
    assert not same_speaker("Janowi", "Jan Widara", "President Jan Widara (Janowi) said")


# ------------------------------------------- round 6: who "he" and "the statement" are


def test_a_statement_read_out_is_the_named_spokesman_s_after_his_title_in_commas() -> None:
    text = (
        "Arrests made\n\n"
        "In a statement on Sunday, Force Public Relations Officer (FPRO), Ivo Brandt, said "
        "an operation was held.\n\n"
        "The spokesmen noted that the work went well.\n\n"
        "“Two of the suspects were among the gang that robbed the bank,” the statement read.\n"
    )
    q = quote_at(extracted(text), "Two of the suspects")
    assert (q.speaker, q.speaker_inferred) == ("Ivo Brandt", True)


def test_however_before_the_verb_and_repeated_as_a_reporting_verb() -> None:
    text = (
        "Coach stays\n\n"
        "“We never discussed his contract,” Board secretary Ada Okafor Bello told reporters.\n\n"
        "Bello however admitted that the coach was asked to explain himself.\n\n"
        "“The coach was asked and he has answered. It is a normal step.\n\n"
        "“There is no plan to sack the coach,” she repeated.\n"
    )
    src = extracted(text)
    assert quote_at(src, "The coach was asked").speaker == "Ada Okafor Bello"
    assert quote_at(src, "There is no plan").speaker == "Ada Okafor Bello"


def test_someone_unnamed_on_or_in_a_named_thing_is_no_one() -> None:
    text = (
        "Trains collide\n\n"
        "Two trains collided near the junction on Friday.\n\n"
        "“There was a loud bang and we fell from our seats,” a passenger on the Coral "
        "Express told reporters.\n\n"
        "A key witness in the fraud trial against former minister Ilse Varga told the court "
        "she was “surprised and shocked” by the boxes.\n"
    )
    src = extracted(text)
    assert quote_at(src, "There was a loud bang").speaker is None
    # a short quoted phrase with no speaker is not kept as a quote at all
    assert [q.speaker for q in src.quotes if q.text.startswith("surprised")] in ([], [None])


def test_a_court_and_where_it_sits_is_the_court_and_former_opens_no_name() -> None:
    text = (
        "Former Varland port minister jailed for bribes Eastport, Feb 2 (Wire) A court in "
        "Varland said on Monday it had jailed a former port minister. Ilo Tamsen, 61, ran the "
        'ports from 2019. Tamsen used "the powers of the offices he held in turn" to "win '
        'favours for firms and friends" over ten years, the Eastport Harbour Court in '
        'eastern Varland said in a statement. The bribes did "very grave harm to the '
        'trust of the public", the statement said.\n'
    )
    src = extracted(text)
    court = "Eastport Harbour Court"
    assert quote_at(src, "the powers of the offices").speaker == court
    assert quote_at(src, "win favours for firms").speaker == court
    assert quote_at(src, "very grave harm").speaker == court
    assert all("Former" not in (q.speaker or "") for q in src.quotes)


# ------------------------------------------------------- round 7 (holdout 13)


def test_two_single_marks_typed_for_a_double_one_are_a_quotation_mark() -> None:
    text = (
        "Seizure at the airport\n\n"
        "Port health chief Ade Olumide Bakare said fake syrups were seized on Monday.\n\n"
        "‘‘We will not let these goods reach the market,’’ Bakare said.\n"
    )
    q = quote_at(extracted(text), "We will not let")
    assert q.speaker == "Ade Olumide Bakare"
    assert q.text.endswith("market")


def test_an_ellipsis_glued_to_the_first_word_is_not_part_of_the_quote() -> None:
    text = (
        "Maize prices\n\n"
        "“Prices are too high this year,” said farmers’ leader Kofi Ansah Boateng.\n\n"
        "He added: “…I do not think buyers expected this after the harvest.”\n"
    )
    q = quote_at(extracted(text), "I do not think")
    assert q.speaker == "Kofi Ansah Boateng"


def test_a_paragraph_opening_with_a_closing_mark_goes_on_with_the_quote() -> None:
    text = (
        "Fake drinks\n\n"
        "“Buy medicines only at a pharmacy,” Director-General Ruth Amadi Obi told the "
        "press.\n\n"
        "” It may cost more, but a fake drink costs a life, and we see many of them.\n"
    )
    q = quote_at(extracted(text), "It may cost more")
    assert q.speaker == "Ruth Amadi Obi"


def test_he_goes_back_through_sentences_that_are_his_own() -> None:
    text = (
        "Airport seizure\n\n"
        "The agency's airport head, Emeka Obi Nwosu, spoke to reporters on Tuesday.\n\n"
        "Mr Nwosu said fake test strips from abroad were among the goods seized.\n\n"
        "He noted that the creams had no registration number.\n\n"
        "According to him, the agency also seized Glowmax Ultra powder in sachets.\n\n"
        "He said the goods came in through the cargo wing.\n\n"
        "“Importers of fake goods should stay away from this airport,” he said.\n"
    )
    q = quote_at(extracted(text), "Importers of fake goods")
    assert (q.speaker, q.speaker_inferred) == ("Emeka Obi Nwosu", True)


def test_a_body_cut_short_at_of_is_written_in_full() -> None:
    body = "the Northern Department of Roads and Bridges said. The Northern Department said"
    assert names.fuller_body("Northern Department", body) == (
        "Northern Department of Roads and Bridges"
    )
    two = "the Northern Department of Roads said; the Northern Department of Ports said"
    assert names.fuller_body("Northern Department", two) == "Northern Department"
    assert names.fuller_body("Harbour Board", "the Harbour Board said") == "Harbour Board"


def test_a_body_quoted_after_a_colon_keeps_its_whole_name() -> None:
    text = (
        "Hospitals hit\n\n"
        "Targeting two rural health groups, the Lakeland Department of Health and Care said "
        "in a statement: “The incident, found on Monday, has blocked several systems.”\n\n"
        "“Where it can, each hospital has gone back to paper,” the department said.\n"
    )
    src = extracted(text)
    assert quote_at(src, "The incident, found").speaker == "Lakeland Department of Health and Care"


# ------------------------------------------------------- round 8 (holdout 15)


def test_he_is_the_one_saying_after_a_place_phrase_and_a_short_form_gets_the_whole_name() -> None:
    text = (
        "Clusters found\n\n"
        "Health director-general Dr Wan Aziz Rahman said two clusters were found.\n\n"
        "On a cluster at Port Ula, Kota Baru, Dr Wan Aziz said the infection came from "
        "outside the factory.\n\n"
        "“There were 114 cases of flu-like illness in the town,” he said.\n"
    )
    q = quote_at(extracted(text), "There were 114 cases")
    assert q.speaker == "Wan Aziz Rahman"


def test_the_group_is_the_body_the_text_called_a_group_and_no_one_otherwise() -> None:
    text = (
        "Lions killed\n\n"
        "Nine lions broke into a pen, conservation group Open Plains Trust said in a "
        "release.\n\n"
        "“This shows the need for our predator programmes,” the group said.\n"
    )
    assert quote_at(extracted(text), "This shows the need").speaker == "Open Plains Trust"
    bare = (
        "Lions killed\n\n"
        "Nine lions broke into a pen near the park on Friday.\n\n"
        "“This shows the need for predator programmes in the area,” the group said.\n"
    )
    assert quote_at(extracted(bare), "This shows the need").speaker is None


def test_he_said_opens_a_chain_back_to_the_named_officer() -> None:
    text = (
        "Sea patrols\n\n"
        "Navy commander Rear Admiral Joel Adeyemi Bako spoke at the jetty on Monday.\n\n"
        "“We have arrested over 30 ships in six months,” Bako said.\n\n"
        "He said that the patrol was a normal exercise to guard the coast.\n\n"
        "“This exercise keeps us present at sea all year.\n\n"
        "“Our presence at sea is enough to reassure the traders.\n\n"
        "“The main problem we have is kidnapping on the creeks,” he said.\n"
    )
    q = quote_at(extracted(text), "The main problem")
    assert q.speaker == "Joel Adeyemi Bako"


def test_a_quote_ending_in_an_ellipsis_goes_on_to_its_attribution() -> None:
    text = (
        "Wheat harvest\n\n"
        "During a weekly review, Farm Minister Ravi Anand Chauhan said the crop was ripe.\n\n"
        "“The heat will speed up the harvest. The estimates are unlikely to change...” an "
        "official statement quoted the minister as saying.\n"
    )
    q = quote_at(extracted(text), "The heat will speed")
    assert q.speaker == "Ravi Anand Chauhan"


def test_a_body_named_in_its_note_and_the_people_word_in_front_of_it() -> None:
    text = (
        "Cholera outbreak\n\n"
        "There were 53 cases, according to a Salvian Health Ministry note published on "
        "Sunday.\n\n"
        "Three people died, the Health Ministry said.\n\n"
        "“The outbreak is under control and cases are falling,” the Health Ministry note "
        "said.\n"
    )
    q = quote_at(extracted(text), "The outbreak is under")
    assert q.speaker == "Salvian Health Ministry"
    assert names.fuller_body("Health Ministry", "the Health Ministry said") == "Health Ministry"


# ------------------------------------------------------- round 8 (holdout 14)


def test_a_one_word_speaker_gets_the_one_fuller_form_of_the_article() -> None:
    body = (
        "Health Minister Datuk Seri Amir Hakim said so. Police Commissioner of the RVP "
        "Miles Adeyemi Cole spoke. Mr. Cole agreed."
    )
    assert names.whole_name("Amir", body) == "Amir Hakim"
    assert names.whole_name("Cole", body) == "Miles Adeyemi Cole"
    two = "Ana Cole and Ben Cole spoke. Cole said so."
    assert names.whole_name("Cole", two) == "Cole"
    assert names.whole_name("Cole", "Mr. Cole said so.") == "Cole"


def test_a_name_keeps_the_junior_the_article_writes_after_it() -> None:
    assert names.with_suffix("Ben Acosta", "chief Gen. Ben Acosta, Jr. said") == "Ben Acosta, Jr."
    assert names.with_suffix("Ben Acosta", "Ben Acosta said") == "Ben Acosta"


def test_a_title_inside_a_long_run_ends_the_office_before_the_name() -> None:
    assert names.tidy_person("University of Lund Vice-Chancellor Ana Lind", "") == "Ana Lind"
    text = (
        "Funding call\n\n"
        "“Start-ups will not solve the funding gap for every university,” University of "
        "Lund Vice-Chancellor Ana Maria Lind said.\n"
    )
    assert quote_at(extracted(text), "Start-ups will not").speaker == "Ana Maria Lind"


def test_a_body_named_with_of_after_a_phrase_is_the_body() -> None:
    text = (
        "Hospitals hit\n\n"
        "Targeting the Hill Health Alliance and the Coast Alliance of Rural Health, the "
        "Lakeland Department of Premier and Cabinet said in a statement: “The incident has "
        "blocked several systems since Monday.”\n"
    )
    q = quote_at(extracted(text), "The incident has")
    assert q.speaker == "Lakeland Department of Premier and Cabinet"


def test_a_quote_running_over_many_paragraphs_is_the_one_named_before_the_run() -> None:
    text = (
        "Six held for robbery\n\n"
        "The police say six suspects were arrested for robbing drivers at gunpoint.\n\n"
        "The Commissioner of Police in Port State, Femi Adebayo Okon, confirmed the arrests "
        "to reporters at the command.\n\n"
        "He said the suspects were caught on January 2.\n\n"
        "‘‘On Jan. 2, a tip came in that armed men were robbing drivers on the bridge.\n\n"
        "‘‘Officers from the bridge station went to the scene at once.\n\n"
        "‘‘The robbers ran when they saw the officers but were chased and caught.\n\n"
        "‘‘Knives and a pistol were found on them.\n\n"
        "‘‘The suspects have confessed and will be charged in court,” he said.\n"
    )
    src = extracted(text)
    assert quote_at(src, "The suspects have confessed").speaker == "Femi Adebayo Okon"


def test_a_body_s_letters_before_a_name_and_the_commissioner_said() -> None:
    text = (
        "Robbery inquiry\n\n"
        "In fact Commissioner of the IPSF Miles Adeyemi told reporters the public knows "
        "more.\n\n"
        "While, Mr. Adeyemi confirmed that there were no arrests, he also chided those who "
        "hold back. “We made nine arrests, but there were no charges, and the inquiry goes "
        "on,” the Commissioner said.\n"
    )
    src = extracted(text)
    assert quote_at(src, "We made nine arrests").speaker == "Miles Adeyemi"


# ------------------------------------------------- round 9 (holdouts 16 and 17)


def test_name_forms_from_holdouts_16_and_17() -> None:
    # an office's letters before a name; initials with no dots, "A" among them
    assert names.tidy_person("PS Wanjiru Kamau Njoroge", "") == "Wanjiru Kamau Njoroge"
    assert names.with_initials("K Anand", "Defence Minister A K Anand said") == "A K Anand"
    # one word after a title stays itself; a surname alone in the article gets its name
    assert names.titled_alone("Brandt", "President Brandt spoke") is True
    assert names.titled_alone("Fuchs", "“…,” Fuchs, also the state secretary, said") is False


def test_one_word_speakers_get_the_names_the_article_gives_them() -> None:
    text = (
        "Trade talks\n\n"
        "Austria's representative to the G20 Hubert Lang Fuchs said tariffs should go.\n\n"
        "“We represent 28 member states, not only two,” Fuchs, also the state secretary "
        "for finance, told reporters.\n\n"
        "The Minister of Youth and Sports, Sunday Okoro, said the grass would be cut.\n\n"
        "“If we tell Nigerians we have no money, they will ask why,” Okoro said.\n"
    )
    src = extracted(text)
    assert quote_at(src, "We represent 28").speaker == "Hubert Lang Fuchs"
    assert quote_at(src, "If we tell").speaker == "Sunday Okoro"


def test_a_company_the_text_never_names_is_no_speaker_and_a_description_is_no_name() -> None:
    text = (
        "Cyber breach\n\n"
        "A defence firm said its systems were breached by an unknown party.\n\n"
        "“There is no evidence to date of any data loss,” the company said.\n\n"
        "EDUCATION Secretary Orla Quinn Hart praised the school's results.\n\n"
        "West Solvia’s Tory MP, who took the post in January, told the Herald: “The pupils "
        "have done very well this year.”\n"
    )
    src = extracted(text)
    assert quote_at(src, "There is no evidence").speaker is None
    assert quote_at(src, "The pupils have done").speaker in (None, "Orla Quinn Hart")


def test_an_office_s_letters_as_the_speaker_are_the_one_who_holds_it() -> None:
    text = (
        "Court backlog\n\n"
        "Chief Justice of Solvia RK Varma on Wednesday said cases were piling up.\n\n"
        "CJI Varma said repeated delays add to the burden of the court.\n\n"
        "“Matters do come up but they are not disposed of,” the CJI said.\n"
    )
    assert quote_at(extracted(text), "Matters do come up").speaker == "RK Varma"
    assert names.office_holder("CJI", "the CJI and CJI Ana and CJI Bo") is None
    assert names.office_holder("NATO", "NATO Ana Lind") is None


# ------------------------------------------------------- round 10 (holdout 18)


def test_mr_before_a_surname_is_no_title_that_keeps_the_short_form() -> None:
    body = "Prime Minister Bill Orton met unions. “We hold,” Mr Orton told reporters."
    assert names.titled_alone("Orton", body) is False
    assert names.whole_name("Orton", body) == "Bill Orton"


# ------------------------------------------------------- round 11 (holdout 19)


def test_a_slip_for_mr_before_a_surname_is_the_person_of_that_surname() -> None:
    text = (
        "Nurses' strike\n\n"
        "In Nairobi on Saturday, union General-Secretary Joel Otieno Wekesa said talks "
        "go on.\n\n"
        "“The strike is still on,” said Mr Wekesa.\n\n"
        "“The two nurses who treated the sick are not traitors,” My Wekesa said.\n"
    )
    assert quote_at(extracted(text), "The two nurses").speaker == "Joel Otieno Wekesa"
    assert names.a_slip_before("Grace Wekesa", "grace and Joel Wekesa") == "Grace Wekesa"


def test_name_then_title_then_body_before_told_is_the_person() -> None:
    text = (
        "Fishing ban\n\n"
        "“The ban was only 45 days before, and the pay was lower,” R. Devan, President, "
        "Coastal Fishermen Welfare Association told reporters.\n"
    )
    q = quote_at(extracted(text), "The ban was only")
    assert q.speaker == "R. Devan"


# ------------------------------------------------------- round 12 (holdout 20)


def test_two_capitals_inside_a_name_are_initials_and_an_unnamed_office_is_no_one() -> None:
    body = "Party leader Andrew RT Morgan spoke. Later Mr Morgan said more."
    assert names.whole_name("Morgan", body) == "Andrew RT Morgan"
    assert names.whole_name("Wambui", "Ann Wambui MP spoke.") == "Ann Wambui"
    text = (
        "Research grants\n\n"
        "The university's Vice-Chancellor opened the new laboratory on Monday.\n\n"
        "“With the help of central funds we will hire forty researchers,” the V-C said.\n"
    )
    assert quote_at(extracted(text), "With the help").speaker is None
    assert names.office_letters("V-C") and not names.office_letters("KNUN")


# ------------------------------------------------------- round 13 (holdout 21)


# ------------------------------------- one article, one quote, who said it

# (the rule each pins is its id; every article and name is our own invention)
WHO_SAID_IT = [
    pytest.param(
        "Oil output\n\n"
        "Petroleum Minister Hanson Lokobiri opened the retreat in the capital.\n\n"
        "The minister said the retreat was held to set the year's goals.\n\n"
        "“The first target is to see how we can ramp up production.”\n",
        "The first target",
        "Hanson Lokobiri",
        id="a_bare_quote_paragraph_after_one_where_the_minister_reports",
    ),
    pytest.param(
        "Airline results\n\n"
        "Group chief executive Mesfin Kilavo spoke at the briefing.\n\n"
        "Outlining some milestones of the year, Mr Kilavo said\n\n"
        "“Last year, for the first time in seven years, we made an operating profit.”\n",
        "Last year, for the first",
        "Mesfin Kilavo",
        id="a_short_line_ending_in_said_introduces_the_quote_after_it",
    ),
    pytest.param(
        "Wind farms\n\n"
        "“We are not going to let this be shut down,” said state Senator Stephen Swenson, a "
        "sponsor of the bill.\n",
        "We are not going to",
        "Stephen Swenson",
        id="said_a_lower_case_word_then_a_capitalised_title_and_name",
    ),
    pytest.param(
        "Curriculum\n\n"
        "Education CS Gerald Magutu has launched the training.\n\n"
        "Speaking at the launch, CS Magutu said: “Let us stop wasting time.”\n",
        "Let us stop wasting",
        "Gerald Magutu",
        id="an_office_s_letters_before_a_surname",
    ),
    pytest.param(
        "Rankings\n\n"
        "University of Lakeland DVC R and Provost Mike Brookes said the result was “an excellent "
        "result for the state”.\n",
        "an excellent result",
        "Mike Brookes",
        id="a_body_then_a_capitalised_role_noun_then_the_person",
    ),
    pytest.param(
        "Rankings\n\n"
        "Chief executive Catrin Jacks spoke first. She added THE comments on funding were, "
        "“like a rating agency warning a government about a downgrade.”\n",
        "like a rating agency",
        None,
        id="a_small_word_in_capitals_is_no_body",
    ),
    pytest.param(
        "Strike\n\n"
        "Union rep Anne Blaire said: “We are campaigning to make the employers negotiate.”\n\n"
        "She added: “Our claim was about more than pay.”\n\n"
        "A spokesperson from the University said: “It is too early to tell what the impact of "
        "the strike has been.”\n",
        "It is too early",
        None,
        id="a_spokesperson_from_a_body_is_no_one_named_and_not_the_one_quoted_before",
    ),
    pytest.param(
        "Fake doctors\n\n"
        "The Solvia Medical Practitioners and Dentists Council (SMPDC) raised concern over "
        "unlicensed clinics.\n\n"
        "“To verify a doctor, send the full name by SMS,” the council advised.\n",
        "To verify a doctor",
        "Solvia Medical Practitioners and Dentists Council",
        id="a_body_with_and_in_its_name_its_letters_spell",
    ),
    pytest.param(
        "Diamonds\n\n"
        "President Mokwena Masire said the country wanted a bigger share.\n\n"
        "“It makes no sense for us to stay in the rough space only,” Masire said.\n\n"
        "Meanwhile, De Beers chief executive Al Cooke said after a meeting with Masire that they "
        "had a “constructive discussion” with the president.\n\n"
        "“We want to play our role in a strong partnership,” he was quoted as saying.\n",
        "We want to play",
        "Al Cooke",
        id="a_company_before_its_officer_is_no_second_person_for_he",
    ),
    pytest.param(
        "Bandits\n\n"
        "Ten bandits, according to the Army in a statement by its spokesman, Brigadier General "
        "Texas Chukwudi, were killed.\n\n"
        "The statement said 18 motorcycles were recovered.\n\n"
        "“The public is advised to report anything suspicious,” the statement added.\n",
        "The public is advised",
        "Texas Chukwudi",
        id="a_statement_by_its_spokesman_comma_name",
    ),
    pytest.param(
        "Exams\n\n"
        "Twenty teachers have been fired for leaking papers, Education CS Prof Gerald Magutu has "
        "said.\n\n"
        "Last week, the minister said marking would start at once.\n\n"
        "“We shall start moving the papers next week,” he said.\n",
        "We shall start moving",
        "Gerald Magutu",
        id="kenya_s_cs_is_the_minister",
    ),
    pytest.param(
        "Imports\n\n"
        "Ajit Nivaran Cabral, the central bank governor, spoke to reporters.\n\n"
        "He said that the items are imported to Sri Lanka as well and that in his view they "
        "are not essential.\n\n"
        "“That is causing a heavy outflow of foreign exchange,” he said.\n",
        "That is causing",
        "Ajit Nivaran Cabral",
        id="a_place_after_to_is_never_a_person_he_could_be",
    ),
    pytest.param(
        "Drought\n\n"
        "One Daniel Obera, who spoke to the paper, has lost 28 cattle.\n\n"
        "“The area is too dry and without grass at all,” Obera said.\n",
        "The area is too dry",
        "Daniel Obera",
        id="one_before_a_name_is_no_part_of_it",
    ),
    pytest.param(
        "Dams\n\n"
        "The plan was announced by Minister for Water Resources Duraisamy in the Assembly.\n\n"
        "Duraisamy said the dams would be full by June. “A total of 200 ponds will be "
        "restored,” he added.\n",
        "A total of 200 ponds",
        "Duraisamy",
        id="an_office_ends_at_its_last_office_word_before_a_one_word_name",
    ),
    pytest.param(
        "Navy\n\n"
        "The Chief of Naval Staff, Vice Admiral Ibok-Ete Ekwe Ibara, has said piracy is down.\n\n"
        "Admiral Ibok Ibara said the waters were safer.\n\n"
        "“Collectively, these pose serious challenges to the nation,” he said.\n",
        "Collectively, these pose",
        "Ibok-Ete Ekwe Ibara",
        id="a_first_name_that_begins_a_hyphenated_one",
    ),
    pytest.param(
        "Navy drill\n\n"
        "The Chief of the Solvian Navy, Rear Admiral Awal Gambari, stated that the exercise "
        "would secure the waters.\n\n"
        "“One of my priorities is the readiness of the fleet.” the Solvian Navy Chief said.\n",
        "One of my priorities",
        "Awal Gambari",
        id="a_full_stop_in_the_quote_then_the_capitalised_title_said",
    ),
    pytest.param(
        "Journalist attacked\n\n"
        "In a statement, the Press Council said it was distressed to learn of the attack.\n\n"
        "“Every citizen has the right to express an opinion,” it said.\n",
        "Every citizen has",
        "Press Council",
        id="it_said_after_in_a_statement_the_body_said",
    ),
    pytest.param(
        "Police reform\n\n"
        "“We are bringing basic reforms to the police force,” said Interior Minister, Wais "
        "Ahmad Barmek in a meeting on police skills.\n",
        "We are bringing basic",
        "Wais Ahmad Barmek",
        id="said_office_comma_name_then_in_a_meeting",
    ),
    pytest.param(
        "Doping\n\n"
        "The Athletics Board released a statement arguing that the result shows its resolve, it "
        "said:\n\n"
        "“A large majority of the 28 are retired, and very few remain active in sport.\n",
        "A large majority",
        "Athletics Board",
        id="a_paragraph_ending_in_said_and_a_colon_introduces_the_next",
    ),
    pytest.param(
        "Treaty lapses\n\n"
        "The lapse has caused concern, with UN Secretary-General Anton Gutera calling it a "
        "“grave moment for international peace and security.”\n",
        "grave moment for",
        "Anton Gutera",
        id="with_someone_calling_it",
    ),
    pytest.param(
        "Camp fills\n\n"
        "Bousseyna Mohamed Arabo spoke of her last hours in her hometown: “They came and "
        "attacked our village.”\n",
        "They came and attacked",
        "Bousseyna Mohamed Arabo",
        id="spoke_of_something_then_a_colon",
    ),
    pytest.param(
        "Smuggling\n\n"
        "Customs Comptroller Mohammed Garba praised the officers.\n\n"
        "“I want to thank the members of the public who gave us information”. Mohammed said\n",
        "I want to thank",
        "Mohammed Garba",
        id="a_full_stop_after_the_mark_then_a_name_and_said_ending_the_paragraph",
    ),
    pytest.param(
        "Research grants\n\n"
        "The heads of several universities, including Vice-Chancellor G. Hemant Kumaran, met the "
        "grants chairman on Wednesday.\n\n"
        "Prof. Kumaran said the last major central funding came years ago.\n\n"
        "“With central funding, the university published 600 papers,” the V-C said.\n",
        "With central funding",
        "G. Hemant Kumaran",
        id="the_v_c_is_the_vice_chancellor_named_before",
    ),
    pytest.param(
        "Gas imports\n\n"
        "Minister for Petroleum and Natural Resources Shahid Karim Abbasov says the country "
        "could buy far more gas.\n\n"
        "“We will be one of the top five markets in the world.” Abbasov said.\n",
        "We will be one",
        "Shahid Karim Abbasov",
        id="an_office_ends_at_its_last_office_word_and_the_name_has_three_words",
    ),
    pytest.param(
        "Clearances\n\n"
        "“We are trying our best to speed up the clearances,” informs Babul Sukhdev.\n",
        "We are trying our best",
        "Babul Sukhdev",
        id="informs_after_the_quote",
    ),
    pytest.param(
        "Plastic ban\n\n"
        "In the words of Environment Cabinet Secretary Judith Wanjala, “The ministry has "
        "banned all plastic bags.”\n",
        "The ministry has banned",
        "Judith Wanjala",
        id="in_the_words_of_someone",
    ),
    pytest.param(
        "Typhoon\n\n"
        "Around 2,500 residents were evacuated, said Norma Talon, the civil defense regional "
        "director. “Hopefully it brings only rain,” she said.\n",
        "Hopefully it brings",
        "Norma Talon",
        id="a_role_of_lower_case_words_after_the_name_then_she_said",
    ),
    pytest.param(
        "Rail strike\n\n"
        "Transport Minister Andrew Constant said the union had refused the offer.\n\n"
        "Constant on Wednesday did not mince words.\n\n"
        "“Ultimately the roadways will be a mess,” he was quoted by ABC.\n",
        "Ultimately the roadways",
        "Andrew Constant",
        id="he_was_quoted_by_a_broadcaster",
    ),
    pytest.param(
        "Rail strike\n\n"
        "The Teamsters Solvia Rail Conference (TSRC) union has 3,300 members.\n\n"
        "“We require fatigue countermeasures to protect our members,” said the TSRC union in "
        "statement issued before the strike.\n",
        "We require fatigue",
        "Teamsters Solvia Rail Conference",
        id="said_the_letters_then_union",
    ),
    pytest.param(
        "Defence fair\n\n"
        "“We attach great importance to our defence industry,” Anadolu quotes Erdal Koc as "
        "saying in a video message.\n",
        "We attach great importance",
        "Erdal Koc",
        id="an_agency_quotes_someone_as_saying",
    ),
    pytest.param(
        "Demolition\n\n"
        "According to Kumar Mariyan from the Land Rights Samiti, there has been no respite for "
        "80 families. “The officials pasted a notice on January 18,” he said.\n",
        "The officials pasted",
        "Kumar Mariyan",
        id="according_to_at_the_start_of_a_sentence_then_he_said",
    ),
    pytest.param(
        "Flights grounded\n\n"
        "Solvia Airways, the national airline, has issued a travel advisory.\n\n"
        "“Passengers are advised not to proceed to the airport,” the airline said.\n",
        "Passengers are advised",
        "Solvia Airways",
        id="the_airline_is_the_airways_named_before",
    ),
    pytest.param(
        "Eviction\n\n"
        "Uma Dev, a resident, arrived with her children. “They razed our homes,” she said.\n\n"
        "Another resident said that 450 families lived there. “The remaining families have been "
        "running from pillar to post,” she said.\n",
        "The remaining families",
        None,
        id="she_after_another_resident_said_is_no_one_named",
    ),
    pytest.param(
        "Lithium mine\n\n"
        "Minister for Mining and Industry Nicole Mansell said: “The company has shown it can "
        "export ore within a short time.”\n",
        "The company has shown",
        "Nicole Mansell",
        id="minister_for_two_portfolios_joined_by_and_then_the_name",
    ),
    pytest.param(
        "Doctors strike\n\n"
        "“The syndicate backs the doctors’ demands for the minister to go,” said syndicate "
        "treasurer Essam al-Eryani.\n",
        "The syndicate backs",
        "Essam al-Eryani",
        id="an_arabic_article_joined_to_the_surname_by_a_hyphen",
    ),
    pytest.param(
        "Envoys summoned\n\n"
        "The envoys “were summoned by the ministry following the sanctions”, the official "
        "IRNA news agency reported.\n",
        "were summoned by the",
        "IRNA",
        id="the_official_news_agency_is_its_letters",
    ),
    pytest.param(
        "Envoy summoned\n\n"
        "The head of the delegation was summoned to the Solvian Foreign Ministry on Monday, "
        "the ministry said.\n\n"
        "“The head of the delegation was summoned today,” the ministry said in a statement.\n",
        "The head of the delegation",
        "Solvian Foreign Ministry",
        id="a_day_after_on_is_no_part_of_a_body_s_name",
    ),
    pytest.param(
        "Envoy summoned\n\n"
        "During the meeting, Dirk Schuler was informed about the capital’s stance on “the "
        "absolute unacceptability of sanctions as pressure.”\n",
        "the absolute unacceptability",
        None,
        id="someone_who_was_informed_is_not_the_speaker",
    ),
    pytest.param(
        "Fuel price\n\n"
        "The statement signed by the Chief Communications Officer of the firm, Garba Deen "
        "Musa, did not say how much the price had moved.\n\n"
        "Musa, in his statement, said the change is ‘’in line with current market realities. ’’"
        "\n\n"
        "‘’We sincerely regret any trouble this may have caused,’’ the statement adds.\n",
        "We sincerely regret",
        "Garba Deen Musa",
        id="a_left_and_right_single_mark_open_and_the_statement_s_signer_named_after_his_title",
    ),
    pytest.param(
        "Security council\n\n"
        "In a statement by the Spokesperson to the Governor, Sulaiman Bala Idris, noted that "
        "the meeting was held at Government House.\n\n"
        "The statement read in parts: “Governor Dauda Lawal presided over the meeting.\n",
        "Governor Dauda Lawal presided",
        "Sulaiman Bala Idris",
        id="a_statement_by_a_title_is_the_person_named_after_it",
    ),
    pytest.param(
        "Syrup recalled\n\n"
        "Datuk Eisah Rahim, senior director, says the company failed to declare the alcohol.\n\n"
        "Rahim is quoted as saying of the issue in a statement “The ministry granted the offer "
        "as the label did not mention alcohol.”\n",
        "The ministry granted",
        "Eisah Rahim",
        id="is_quoted_as_saying_before_the_quote",
    ),
    pytest.param(
        "Cocoa price\n\n"
        "Cocobod CEO Kwame Asante Boadu said the sector was the backbone of the economy.\n\n"
        "The Cocobod CEO also announced a package “for farmers who kept sound practices in "
        "their farms”.\n",
        "for farmers who kept",
        "Kwame Asante Boadu",
        id="the_ceo_is_the_one_whose_role_is_written_ceo",
    ),
    pytest.param(
        "Commission under fire\n\n"
        "The chairman of the commission, Adamu Bello, disclosed this in an interview.\n\n"
        "Reacting to calls for his sacking, the commission boss said those calling for it were "
        "paid.\n\n"
        "He said, “It is on record that I am the first sitting chairman to testify in court.”\n",
        "It is on record",
        "Adamu Bello",
        id="the_boss_is_the_chairman_and_he_is_the_boss",
    ),
    pytest.param(
        "Trawlers found\n\n"
        "According to Coast Guard (Eastern Region) Commandant, Rajan Tovell, the fishermen were "
        "found far north of the port during a patrol.\n\n"
        "“Our team searched the three trawlers and found nothing,” he said.\n",
        "Our team searched",
        "Rajan Tovell",
        id="according_to_an_office_a_comma_and_a_name_then_he_said",
    ),
    pytest.param(
        "Containers seized\n\n"
        "The Customs Controller in the area, Baba Imam, who led reporters round the yard, said "
        "arms were found in a car.\n\n"
        "Imam said: “We have on display today nine seized containers.”\n",
        "We have on display",
        "Baba Imam",
        id="a_surname_that_is_also_a_title_is_the_person_known_by_it",
    ),
    pytest.param(
        "Boy freed\n\n"
        "A boy who was kidnapped has been released. “We are very happy. He is safe and sound.” "
        "said Raja Bashir, the uncle of the boy.\n",
        "We are very happy",
        "Raja Bashir",
        id="a_full_stop_in_the_quote_then_said_in_lower_case",
    ),
    pytest.param(
        "Buses return\n\n"
        "“We ask our members to bring their buses back to the road,” said the federation "
        "spokesperson Halim Oduya.\n",
        "We ask our members",
        "Halim Oduya",
        id="the_lower_case_title_then_the_name_after_said",
    ),
    pytest.param(
        "Seed reaches districts\n\n"
        "Farming, Fisheries and Rural Affairs Minister, Oren Talbek today said every district "
        "had its share of seed.\n\n"
        "“No district was left without seed,” the Minister told reporters.\n",
        "No district was left",
        "Oren Talbek",
        id="a_capitalised_office_a_comma_and_the_name_before_its_verb",
    ),
    pytest.param(
        "Subsidy cuts\n\n"
        "Farming Minister Oren Talbek said on Monday that the seed had arrived.\n\n"
        "“The farm sector gets nine billion euros a year,” the finance minister continued.\n",
        "The farm sector gets",
        None,
        id="the_finance_minister_is_not_the_farming_minister",
    ),
    pytest.param(
        "Strike fears\n\n"
        "Meanwhile, Dock Workers Union boss Petra Valdin was worried about the strike. “The "
        "strike could be taken over by outsiders,” the union leader told the newspapers.\n",
        "The strike could be",
        "Petra Valdin",
        id="the_union_leader_is_the_union_boss",
    ),
    pytest.param(
        "Ferry sinks\n\n"
        "Onlooker Mari Ostra, one of those who escaped unhurt, said: ''Thank God everybody is "
        "alive. It is a miracle.''\n",
        "Thank God everybody",
        "Mari Ostra",
        id="two_straight_single_marks_and_one_of_those_who_after_a_name",
    ),
    pytest.param(
        "Boat damaged\n\n"
        "The Lakeland Coast Guard said all passengers were safe.\n\n"
        "“The boat was damaged in its forward part,” the LCG said in an incident report.\n",
        "The boat was damaged",
        "Lakeland Coast Guard",
        id="a_body_s_initials_are_the_body_named_in_full_without_brackets",
    ),
    pytest.param(
        "Seats sold out\n\n"
        "“Our fleet is already fully deployed so we cannot add seats,” Air Solvia (AS.TO) said "
        "while responding.\n",
        "Our fleet is already",
        "Air Solvia",
        id="a_share_ticker_between_a_company_and_its_verb",
    ),
    pytest.param(
        "Ferry inquiry\n\n"
        "Coast guard spokesman Lieutenant Junior Grade Tomas Ruel Abad said an inquiry had "
        "begun.\n\n"
        "“The port staff are helping us find the cause,” he said.\n",
        "The port staff",
        "Tomas Ruel Abad",
        id="the_rest_of_a_rank_is_no_part_of_the_name",
    ),
    pytest.param(
        "Camp reopens\n\n"
        "Fleur Marchetti, a spokeswoman for the refugee agency, visited the camp.\n\n"
        "“We hope to open the school before the rains,” UNHCR's Marchetti said.\n",
        "We hope to open",
        "Fleur Marchetti",
        id="an_owner_before_a_surname_gives_way_to_the_fullest_name",
    ),
    pytest.param(
        "Border clash\n\n"
        "A statement from the army's Joint Press Wing (JPW) said two posts were hit.\n\n"
        "“Troops returned fire and the posts are secure,” said JPW.\n",
        "Troops returned fire",
        "Joint Press Wing",
        id="a_body_quoted_by_its_initials_is_written_in_words",
    ),
    pytest.param(
        "Harbour traffic rises\n\n"
        "Ports Minister R. Anil Menon on Tuesday said cargo was up.\n\n"
        "R. Anil Menon was speaking during the 3rd Shipping Working Group Meeting under G20 "
        "underway in Kochi.\n\n"
        "“Our cargo after the storm has now increased by a fifth,” he said.\n",
        "Our cargo after",
        "R. Anil Menon",
        id="he_is_the_subject_when_the_other_names_follow_a_preposition",
    ),
    pytest.param(
        "Harbour talks\n\n"
        "Anil Menon met Orla Quist Brennan at the harbour on Tuesday.\n\n"
        "“We have agreed on the berths,” he said.\n",
        "We have agreed",
        None,
        id="he_is_no_one_when_the_other_name_is_the_object_of_a_verb",
    ),
    pytest.param(
        "Oil output cut\n\n"
        "Speaking to reporters after a video meeting with ministers of the oil exporters, "
        "Tahmasbi said, “An agreement was reached to cut output in May.”\n\n"
        "“There was only a problem with one member which had to cut more,” he added.\n\n"
        "Furthermore, Tahmasbi said, the Saudi energy minister said in the meeting that his "
        "country along with Kuwait had agreed to cut more.\n\n"
        "“We hope that prices will settle by Monday,” he added.\n",
        "We hope that prices",
        "Tahmasbi",
        id="x_said_comma_then_another_speaks_in_the_clause_x_is_still_he",
    ),
    pytest.param(
        "Launch date set\n\n"
        "The agency will launch its next satellite in May, its Chairman Ravi Kannan "
        "announced on Thursday.\n\n"
        "“We launched the hundredth rocket in January and the next one is ready,” the "
        "Chairman of the Southern Space Research Organisation said.\n",
        "We launched the hundredth",
        "Ravi Kannan",
        id="the_chairman_of_a_body_is_its_chairman_not_the_body",
    ),
    pytest.param(
        "Crash inquiry\n\n"
        "Oren Dutt Malik, a railway official, said early reports suggested the Coral Express "
        "had stopped and that the driver of the Hill Express had missed a signal.\n\n"
        "“These are matters for the inquiry and no one should guess,” he said.\n",
        "These are matters",
        "Oren Dutt Malik",
        id="he_is_the_one_who_said_not_the_people_his_clause_speaks_of",
    ),
    pytest.param(
        "Border numbers\n\n"
        "“The fall in crossings shows a change,” said Coastal Security chief Rhona Tall.\n",
        "The fall in crossings",
        "Rhona Tall",
        id="a_body_s_lower_case_chief_then_the_name_is_the_person",
    ),
    pytest.param(
        "Flights cancelled\n\n"
        "Hundreds of passengers waited at the gates on Sunday.\n\n"
        "In a statement, Lakeside Airways expressed, “We had to cancel some flights, but "
        "most flights will leave as planned.”\n",
        "We had to cancel",
        "Lakeside Airways",
        id="a_body_expressed_then_its_quote",
    ),
    pytest.param(
        "Results row\n\n"
        "Schools had announced the results by then.\n\n"
        "Ana Maria Lind, principal secretary of the department, told DH, “We will take "
        "the opinion of the advocate general.”\n",
        "We will take",
        "Ana Maria Lind",
        id="told_then_an_outlet_before_the_quote_keeps_the_speaker",
    ),
    pytest.param(
        "Farm output\n\n"
        "Minister for Information and Broadcasting Chaudhry Amir Rana said farm output "
        "grew.\n\n"
        "“This shows what our farms can do,” Amir remarked.\n",
        "This shows what",
        "Chaudhry Amir Rana",
        id="a_portfolio_word_before_the_name_is_the_office",
    ),
    pytest.param(
        "Gas prices\n\n"
        "Replying in the house, Fuel Minister Tomas Reyes Ortega said gas prices rose.\n\n"
        "“Our own rise has been only five per cent,” he told the house.\n\n"
        "As far as the Gulf CP (Contract Price) is concerned, it rose by half, he said.\n\n"
        "“So I want to put these facts before the members today,” he said.\n",
        "So I want to put",
        "Tomas Reyes Ortega",
        id="he_reaches_back_past_a_sentence_that_ends_he_said",
    ),
    pytest.param(
        "Exam results\n\n"
        "Ravi Kumar Singh, principal secretary, said the results would stand.\n\n"
        "D Shashi Kumar, head of the school owners' body, said, “We have held back some "
        "results.”\n\n"
        "Kumar said schools kept results back where marking was wrong.\n\n"
        "“Under the old order we must hold the exams again for these pupils,” he added.\n",
        "Under the old order",
        "D Shashi Kumar",
        id="a_surname_two_people_share_is_the_one_whose_name_ends_in_it",
    ),
    pytest.param(
        "Exam leaks\n\n"
        "The Lakeside Teachers Union has accused officials at the ministry of leaking the "
        "exams.\n\n"
        "“Our aim is fair exams for every pupil in the county, and leaks end that.”\n",
        "Our aim is fair",
        "Lakeside Teachers Union",
        id="a_body_whose_accusation_is_reported_speaks_the_quote_paragraph_after",
    ),
    pytest.param(
        "Jet deal\n\n"
        "French foreign minister Jean-Yves Le Gall visited Delhi on Monday.\n\n"
        "“You can only ever be a partner if you keep your word,” Le Gall said.\n",
        "You can only",
        "Jean-Yves Le Gall",
        id="a_hyphenated_first_name_makes_the_fullest_name",
    ),
    pytest.param(
        "Bus strike\n\n"
        "Bus owners say their protests will go on until the government talks.\n"
        "During a press briefing, chair of the Bus Owners Association Peter Njau Kamau, "
        "stated that they will be back on Monday. He claimed that the protest will go on. "
        "According to Kamau, they feel the government ignores attacks on drivers.\n"
        "“We will be back out there on Monday, and we are sorry for the trouble.”\n",
        "We will be back",
        "Peter Njau Kamau",
        id="a_body_then_its_chairs_name_and_according_to_him_before_the_quote",
    ),
    pytest.param(
        "Fertiliser prices\n\n"
        "Urging a rollback, former Chief Minister K.R. Devaraj on Sunday said the Union "
        "Minister for Fertiliser S.K. Rao should speak to Prime Minister Anil Varma.\n\n"
        "“The Minister should seek a larger subsidy for fertiliser,” he said on Twitter.\n",
        "The Minister should seek",
        "K.R. Devaraj",
        id="the_one_who_said_on_sunday_and_the_people_his_clause_names",
    ),
    pytest.param(
        "City budget\n\n"
        "At the meeting today, council member Ravi Dutt Malhotra said it was too late for "
        "changes like those Mayor Ostrow proposed.\n\n"
        "“By the time we have a budget printed in two volumes, it cannot be unmade.”\n",
        "By the time we have",
        "Ravi Dutt Malhotra",
        id="a_council_member_said_then_a_quote_paragraph_despite_a_name_in_his_clause",
    ),
    pytest.param(
        "Pangolins rescued\n\n"
        "“From the state of the animals, they were held for weeks,” Orla Quist of the "
        "Harbour Wildlife Foundation told the Daily Ledger.\n",
        "From the state",
        "Orla Quist",
        id="a_person_of_a_body_speaks_not_the_body",
    ),
    pytest.param(
        "Royalties\n\n"
        "“Most auctioned blocks will start output this year,” said Coal and Mines Minister "
        "Ravi Prakash Joshi.\n",
        "Most auctioned",
        "Ravi Prakash Joshi",
        id="a_portfolio_like_coal_before_a_minister_s_name_is_the_office",
    ),
    pytest.param(
        "New route\n\n"
        "“This is an exciting moment for us,” says Lakeside Airways Group Managing Director "
        "and Chief Executive Officer, Piotr Anders Nowak.\n",
        "This is an exciting",
        "Piotr Anders Nowak",
        id="a_long_office_in_capitals_then_the_name_after_says",
    ),
    # round twenty-four (dev batch 34)
    pytest.param(
        "Milk prices\n\n"
        "“Our buyers will pay more,” said Ana Lind, the buyer for Dairy North. “Farmers are "
        "calmer now that the rise is here,” said a Valley Milk spokesman.\n",
        "Farmers are calmer",
        "Valley Milk",  # the body its unnamed spokesman speaks for, never Ana Lind (since the
        # eleventh stop: the keys of holdouts 79-90 give such words to the body)
        id="said_a_body_s_spokesman_is_the_body_not_the_speaker_before",
    ),
    pytest.param(
        "Fuel review\n\n"
        "Fisheries Secretary Tomas Ilagan said the harbours were calm.\n\n"
        "“The rise follows the landed cost of fuel,” said Imre Kovalo Director General of "
        "the Fuel Board.\n\n"
        "He added, “Kerosene fell by two per cent this month.”\n",
        "Kerosene fell",
        "Imre Kovalo",
        id="a_name_then_its_title_without_a_comma_is_the_speaker_and_he_after",
    ),
    pytest.param(
        "Car imports\n\n"
        "The ban was announced by Trade Secretary Tomas Ilagan III who said ports would "
        "check every ship.\n\n"
        "“We are checking the papers of every car in every port,” Ilagan said.\n",
        "We are checking",
        "Tomas Ilagan III",
        id="a_generational_suffix_stays_in_the_fullest_name",
    ),
    pytest.param(
        "School meals\n\n"
        "The Minister for Youth, Sport, and Social Welfare, Abena Serwaa Mensah has given "
        "an update on school meals.\n\n"
        "On a morning radio show, the Youth Minister answered the cooks' complaints.\n\n"
        "She told them the ministry is working to pay them sooner.\n\n"
        "Explaining the process, she stated, “Every payment goes through the districts "
        "first.”\n",
        "Every payment goes",
        "Abena Serwaa Mensah",
        id="a_portfolio_listing_several_areas_is_one_office_for_she_later",
    ),
    # round twenty-five (dev batches 35 and 36)
    pytest.param(
        "Birth rates\n\nMaternal deaths fell: Health Minister RK Sethi RK Sethi said the wards "
        "had changed.\n\nNew Delhi: Deaths fell by 37 points, said Union Health Minister RK Sethi "
        "on Monday. “We save thirty mothers every single day,” he said.\n",
        "We save thirty",
        "RK Sethi",
        id="a_name_printed_twice_is_one_name",
    ),
    pytest.param(
        "Exam delays\n\nA Poornima of Tiruchy, who cleared the Teacher Eligibility Test (TET) in "
        "2013, "
        "said the board held the exam in July.\n\nAnother candidate, K Selvan from Salem, told the "
        "Tribune, ‘I cleared the test in 2013 but no post came.” He worried that many others wait "
        "too.\n\n“The government said it would fill every post this year,” he said.\n",
        "The government said",
        "K Selvan",  # never the test's name, which the code once gave
        id="a_thing_named_with_its_initials_is_no_person_for_he",
    ),
    pytest.param(
        "Aftershock\n\n“It is an aftershock of the series from last week,” Ana Brekke, a "
        "geophysicist at the Survey told the Daily Ledger.\n",
        "It is an aftershock",
        "Ana Brekke",
        id="a_name_then_a_profession_at_a_body_without_its_closing_comma",
    ),
    pytest.param(
        "Towers\n\nIvo Kasprzak, the Chief Operating Officer (North and East), Solvia Telecom "
        "said, “We have led the rollout in the hills for years.”\n",
        "We have led",
        "Ivo Kasprzak",
        id="name_role_then_a_company_without_a_body_word",
    ),
    pytest.param(
        "Offensive\n\nSolvia’s Chief of Army Staff, Ivo Brandt has said troops recorded "
        "gains.\n\nThe army chief who spoke to journalists after meeting with President Ana Lind "
        "on Monday said troops had taken two towns.\n\n“The troops are putting in their very "
        "best,” he said.\n",
        "The troops are putting",
        "Ivo Brandt",
        id="a_relative_clause_naming_another_does_not_hide_the_subject",
    ),
    pytest.param(
        "Drought\n\nChief Minister Ivo Brandt said relief was coming.\n\n‘Rs 327cr for fodder’\n\n"
        "“But they did not answer our letters of March and May. Three ministers went to the "
        "capital.\n\nBut we were not given a meeting at all,” the CM said. Brandt said more was "
        "released.\n",
        "But they did not answer",
        "Ivo Brandt",
        id="a_quote_closed_in_the_next_paragraph_by_a_title",
    ),
    pytest.param(
        "Relief\n\nChief Minister Ivo Brandt said relief is coming. Elaborating on the works, "
        "Brandt said it has released Rs 460 crore. A sum of Rs 780 crore is with the deputy "
        "commissioners.\n\n“We have also launched work on water,” he said.\n",
        "We have also launched",
        "Ivo Brandt",
        id="plural_officials_are_no_one_person_for_he",
    ),
    pytest.param(
        "Locusts\n\n“The swarms may reach the capital within days if the wind holds,” said the "
        "Union farm ministry’s Locust Watch Office (LWO) deputy director RK Gupte.\n",
        "The swarms may",
        "RK Gupte",
        id="a_body_s_lower_case_title_then_the_name",
    ),
    pytest.param(
        "Volcano\n\n“Stay out of the six-kilometre zone,” the Solvian Institute of Volcanology "
        "(Solvolc) announced on Sunday.\n\nSince then a “faint glow at the crater” has been seen, "
        "the agency added.\n",
        "faint glow at",
        "Solvian Institute of Volcanology",
        id="the_agency_is_the_body_quoted_just_before",
    ),
    pytest.param(
        "Volcano\n\n“Stay out of the six-kilometre zone,” the Solvian Institute of Volcanology "
        "(Solvolc) announced on Sunday.\n\nThe threat level was raised to level 2, with Solvolc "
        "warning the volcanic activity is “probably of magmatic origin, which could lead to more "
        "eruptions.”\n",
        "probably of magmatic",
        "Solvolc",
        id="with_a_body_warning_a_clause_then_its_words",
    ),
    pytest.param(
        "Water\n\nBills will rise in March.\n\nSaid Van Rooyen: “I will fight to keep the poorest "
        "homes out of this tariff.”\n",
        "I will fight",
        "Van Rooyen",
        id="said_then_the_name_and_a_colon",
    ),
    pytest.param(
        "Water\n\nMayor Ana van Rooyen spoke on Monday.\n\nThe new limit was “to make up for the "
        "months of missing the target”‚ she said.\n",
        "to make up for",
        "Ana van Rooyen",
        id="a_low_mark_printed_for_a_comma",
    ),
    pytest.param(
        "Fertiliser\n\n“Farmers will pay the old price this year,” the PM’s office said in a "
        "statement.\n\n“Last year the bag cost Rs 1,700 and the state paid Rs 500 of it,” the "
        "statement read.\n",
        "Last year the bag",
        "PM’s Office",
        id="the_statement_read_is_the_body_quoted_last",
    ),
    pytest.param(
        "Fertiliser\n\n“Prime Minster Ravi Anand Kumar has said farmers come first,” the PM’s "
        "office "
        "said.\n\nThe meeting was chaired by Prime Minister Ravi Anand Kumar.\n\nThe Prime "
        "Minister "
        "stressed that farmers “should pay the old rates this year”, the statement read.\n",
        "should pay the old",
        "Ravi Anand Kumar",
        id="the_person_s_words_a_statement_reports_and_a_misprinted_title",
    ),
    # round twenty-six (dev batches 36 and 39)
    pytest.param(
        "Exams\n\nAna Lind of Tiruchy said the board held the tests in July. “Usually, after the "
        "board holds an exam, the key is out in two weeks,” she said.\n",
        "Usually, after the board",
        "Ana Lind",
        id="a_name_of_a_place_said_is_the_person_for_she",
    ),
    pytest.param(
        "Fine\n\nSpeaking after the case, Mr Ivo Brandt said that he was annoyed. He told the "
        "radio: “I got a book of law and went from there.” A spokesman for the Harbour Agency "
        "said it had tried to persuade Mr Brandt to let it take over. “The outcome is a good "
        "result for Mr Brandt and we are pleased.\n",
        "The outcome is a good",
        None,
        id="a_quote_after_a_sentence_of_other_words_is_no_continuation",
    ),
    pytest.param(
        "Fine\n\nMr Ivo Brandt said that he was annoyed at the agency.\n\nA spokesman for the "
        "Harbour Agency said it had tried to persuade Mr Brandt to let it take over.\n\n“We "
        "could have mounted a stronger case,” he said.\n",
        "We could have mounted",
        None,
        id="a_spokesman_for_a_body_said_makes_he_no_one_named",
    ),
    pytest.param(
        "Aid\n\nStephane Obrandt, the UN aid chief, on Monday said that he was "
        "pained.\n\nObrandt, who is also the relief coordinator, said he hopes all parties will "
        "move forward.\n\nAll parties must allow access, he said.\n\n“The United Nations "
        "continues to call for access to every town,” he said.\n",
        "The United Nations continues",
        "Stephane Obrandt",
        id="a_title_between_a_name_and_its_verb_is_his_own",
    ),
    pytest.param(
        "Quotas\n\nJim Porter, of the South Coast Fish Producers Group, said: “It is an unwelcome "
        "year for the fleet.”\n",
        "It is an unwelcome",
        "Jim Porter",
        id="a_name_of_a_body_in_commas_is_the_person",
    ),
    pytest.param(
        "Car sales\n\nMika Haworth, SMMT chief executive, said: “September is always a barometer "
        "of the market.”\n",
        "September is always",
        "Mika Haworth",
        id="a_role_opening_with_a_body_s_letters",
    ),
    pytest.param(
        "Budget\n\nAs Mayor Bill de Brasio proposes a budget, a fight looms.\n\n“The goal is to "
        "make the city the fairest in the land,” said de Brasio.\n",
        "The goal is to make",
        "Bill de Brasio",
        id="a_surname_with_a_lower_case_particle",
    ),
    pytest.param(
        "Rail\n\nLoading passed 1,020 million tonnes, the Railway Ministry said on "
        "Saturday.\n\n“This milestone reflects support from coal and cement,” a press note from "
        "the ministry stated.\n",
        "This milestone reflects",
        "Railway Ministry",
        id="a_press_note_from_the_ministry_stated",
    ),
    pytest.param(
        "Aid\n\nMonday’s 20-truck convoy would have been the first of two that would have carried "
        "flour and other food, enough to feed some 185,000 people for one month, UN spokesman "
        "Stephane Dujardin said. “But aid workers have not reached the east since July.”\n",
        "But aid workers",
        "Stephane Dujardin",
        id="a_quote_after_a_sentence_ending_in_x_said",
    ),
    pytest.param(
        "Inflation\n\nInflation rose to 6.99 percent, the Solvia Statistics Office (SSO) has "
        "announced.\n\n“The food index increased by 1.66 per cent. This was mainly due to "
        "drought.” SSO said in a statement.\n\nPrices rose again.\n",
        "The food index increased",
        "Solvia Statistics Office",
        id="a_bare_attribution_after_the_full_stop_with_where_it_was_said",
    ),
    pytest.param(
        "Teachers\n\n“On May 2 the ministry will launch the largest teacher training project,” "
        "Rina Roy, Secretary, Department of School Education, MSE, said.\n",
        "On May 2 the ministry",
        "Rina Roy",
        id="a_name_then_a_title_a_department_and_a_body_s_letters",
    ),
    pytest.param(
        "Deal\n\n“The courageous will of our members has set a new standard for workers”, reacted "
        "Chuck Brennan, vice-president of the union, quoted in the press release.\n",
        "The courageous will",
        "Chuck Brennan",
        id="reacted_reports_words",
    ),
    pytest.param(
        "Fishing ban\n\n“We will ensure that no boat goes to sea until June 14,” Fisheries "
        "Department Assistant Director A. Solomon Rao told the Herald.\n",
        "We will ensure",
        "A. Solomon Rao",
        id="an_initial_a_is_no_article",
    ),
    pytest.param(
        "Ebola\n\nWHO medical officer Stephane Hugon, just back from Tarvo, said: “In the forest "
        "region the outbreak is not over.”\n",
        "In the forest region",
        "Stephane Hugon",
        id="just_back_from_a_place_is_no_role",
    ),
    pytest.param(
        "Rescue\n\nTwo crews were lifted off by helicopter, said Coast Guard Operations Specialist "
        "First Class Morgan Gallo.\n\n“They ran aground and their vessel took on water,” Gallo "
        "said.\n",
        "They ran aground",
        "Morgan Gallo",
        id="a_rank_s_class_is_no_first_name",
    ),
    pytest.param(
        "Tourism\n\nThe turnround has been described as “excellent and pleasantly surprising” by "
        "David Rivas, president of the Solvia Tourism Authority.\n",
        "excellent and pleasantly",
        "David Rivas",
        id="described_as_then_by_the_speaker",
    ),
    pytest.param(
        "Housing\n\nAndrew Bodin, Solvia Assembly Conservative housing spokesman, said: “No one "
        "can live in a building site.”\n",
        "No one can live",
        "Andrew Bodin",
        id="a_body_s_name_then_a_lower_case_role_after_the_name",
    ),
    pytest.param(
        "Mali\n\nWagnar issued a rare statement on Monday on the battles.\n\n“The radicals "
        "increased the number of mass attacks,” the private military group said in the "
        "statement.\n",
        "The radicals increased",
        None,
        id="a_long_lower_case_group_is_no_one_s_name",
    ),
    pytest.param(
        "Heat deaths\n\n“What I want to stress is that these deaths can be prevented,” said "
        "County Coroner Michelle Jordan.\n",
        "What I want to stress",
        "Michelle Jordan",
        id="a_coroner_is_a_title",
    ),
    pytest.param(
        "Spending\n\n“We had to work under very hard topline numbers,” Senate Appropriations "
        "Chair Patty Morrow, D-Wash., said on the floor.\n",
        "We had to work",
        "Patty Morrow",
        id="a_party_and_state_tag_after_the_name",
    ),
    pytest.param(
        "Budget\n\nPrime Minister Kevin Rudman unveiled the plan on Tuesday.\n\n“Today we "
        "launched a plan to support jobs,” he said.\n\nThe centrepiece of the plan is a $15 "
        "billion programme for schools.\n\nIt also includes one-off payments of up to "
        "$950.\n\n“We will fund the largest ever single investment in housing,” he said.\n",
        "We will fund the largest",
        "Kevin Rudman",
        id="he_again_past_sentences_that_bring_in_no_one",
    ),
    pytest.param(
        "Strike\n\nSpeaking on the strike, Justin McCann, NASUWT National Official Northern "
        "Ireland, said: “Our members would rather be in school with their pupils.”\n",
        "Our members would",
        "Justin McCann",
        id="an_office_with_a_title_inside_and_a_place_after_the_name",
    ),
    pytest.param(
        "Tourism\n\nAfter the show opened, Abdel Noor said, “It is a new beginning.”\n\nHe said "
        "that “it would be an understatement to say it was hard” for tourism, after the uprising "
        "that ousted President Hosni Mubarek.\n\n“The road will be long and sometimes bumpy,” he "
        "said.\n",
        "The road will be long",
        "Abdel Noor",
        id="he_said_that_opens_a_sentence_of_the_same_he",
    ),
    pytest.param(
        "Gas\n\nQatar found a gas field, Energy Minister Mohammad Bin Saleh Al Sadi was quoted as "
        "saying on Sunday.\n\nAl-Sadi, who also runs the state oil firm, said “we are very "
        "pleased” with the find.\n",
        "we are very pleased",
        "Mohammad Bin Saleh Al Sadi",
        id="a_hyphened_surname_written_apart_before",
    ),
    pytest.param(
        "Oxygen\n\nExpressing grief, Chief Minister Arvin Kejri once again flagged the short "
        "supply of oxygen. “This is very painful. Their lives could have been saved.”\n",
        "This is very painful",
        "Arvin Kejri",
        id="a_participle_phrase_before_the_subject_of_the_sentence_before",
    ),
    pytest.param(
        "Raid\n\nDistrict police chief Supt Md Asri A. Wahid said the raid was carried out by the "
        "Customs Department.\n\n“The seizure was carried out by the Customs,” he said in a "
        "statement here.\n",
        "The seizure was carried",
        "Md Asri A. Wahid",
        id="an_initial_a_inside_a_name_and_supt_a_title",
    ),
    pytest.param(
        "Drugs\n\nCustoms Auckland Airport acting manager Ben Wellsby credited the seizure to the "
        "checks. “Customs uses several tools including intelligence to find risky passengers.”\n",
        "Customs uses several",
        "Ben Wellsby",
        id="a_body_and_a_lower_case_title_open_the_sentence_before",
    ),
    pytest.param(
        "Transfer\n\n“He will be a great addition to the group,” Jose Mourano stated.\n\nOn his "
        "part, Romelo Lukaka thanked the Tarvo fans for standing behind him and he promised to "
        "deliver for his new club.\n\n“I would like to start by thanking the fans for four "
        "wonderful seasons.”\n",
        "I would like to start",
        "Romelo Lukaka",
        id="he_after_the_sentence_s_own_named_subject",
    ),
    pytest.param(
        "Recruitment\n\n“This is the first recruitment rally in this region in two years,” said "
        "Lieutenant Colonel Devinder Anandan, PRO Defence Jammu.\n",
        "This is the first recruitment",
        "Devinder Anandan",
        id="a_titled_name_then_the_office_after_the_comma",
    ),
    pytest.param(
        "Army\n\nSurinder Singhal a participant in the recruitment drive said, “I passed my "
        "running test and the medical checks.”\n",
        "I passed my running",
        "Surinder Singhal",
        id="a_name_then_its_appositive_without_commas",
    ),
    # round 34
    pytest.param(
        "Fair\n\nTrade Minister Halvard Abdel Onsumo spoke to exhibitors on the first morning.\n\n"
        "After Culture Minister Pieter Vandaal opened the fair, Abdel Onsumo said, “This is a "
        "fresh start for our stands.”\n\nHe said that “it would be too little to call it a slow "
        "season” for the region's growers.\n",
        "it would be too little",
        "Halvard Abdel Onsumo",
        id="he_after_a_sentence_whose_leading_clause_names_someone_else",
    ),
    pytest.param(
        "Ferry fares\n\nRiders are angry about the new fare.They say the route was never "
        "consulted.Commuter Oksana Tull said: “We feel ignored. The route deserves better.“We are "
        "thinking of sharing cars instead. It costs less to park.“A few of us have asked the "
        "board to meet us.”\n",
        "A few of us have",
        "Oksana Tull",
        id="paragraphs_glued_together_by_a_copy_are_read_apart",
    ),
    pytest.param(
        "Mine\n\nMines Minister Rashid Bin Omar El Tayeb opened the site on Monday.\n\n"
        "“We hope to ship the first ore within two years” from the northern pit, El Tayeb "
        "told reporters.\n",
        "We hope to ship the",
        "Rashid Bin Omar El Tayeb",
        id="a_quote_then_where_then_the_name_told_reporters",
    ),
    pytest.param(
        "Mine\n\nThe find was announced by Mines Minister Rashid Bin Omar El Tayeb.\n\n"
        "El-Tayeb, who also chairs the state miner, said “we are delighted” with the find. He "
        "said it was part of a plan by the state to “open the north to careful mining” over "
        "time.\n",
        "open the north to careful",
        "Rashid Bin Omar El Tayeb",
        id="he_after_the_surname_written_with_a_hyphen",
    ),
    pytest.param(
        "Ferries\n\nSpeaking on radio, National Chairman of the Lagoon Ferry Owners and Pilots "
        "Association of Badagry (LAFOPAB), Comrade Idowu Banjoko said the short routes would "
        "not change.\n\nAccording to the LAFOPAB National Chairman, “We have not raised the "
        "fare on the short routes because so many people use them.”\n",
        "We have not raised the",
        "Idowu Banjoko",
        id="a_long_title_with_its_letters_before_the_name_then_the_title_again",
    ),
    pytest.param(
        "Seizure\n\nPort Tamsin duty manager Orla Brennick credited the find to the checks the "
        "service runs on every ship.\n\n“We read the cargo lists long before the ship docks and "
        "we pick the boxes to open.”\n",
        "We read the cargo lists",
        "Orla Brennick",
        id="a_quote_paragraph_after_one_whose_subject_is_a_titled_person",
    ),
    pytest.param(
        "Crash\n\nFarmer Orla Brennick died when her van left the coast road on Monday.\n\n"
        "“She was the kindest neighbour we ever had and we will miss her.”\n",
        "She was the kindest neighbour",
        None,
        id="a_quote_paragraph_after_one_about_a_person_who_does_not_speak",
    ),
    pytest.param(
        "Sugar\n\nThe cabinet on Friday capped sugar exports for the season.\n\nAccording to "
        "a statement issued by the Ministry of Trade, Supplies and Consumer Protection, the cap "
        'begins at once.\n\n"Mill prices have climbed for five months in a row," said the '
        'statement.\n\n"Stocks must be kept for the home market first," said the '
        "ministry's statement.\n",
        "Stocks must be kept for",
        "Ministry of Trade, Supplies and Consumer Protection",
        id="said_the_statement_after_a_statement_by_a_ministry_with_a_list_of_portfolios",
    ),
    pytest.param(
        "Haze\n\nAir quality has improved, according to the Department of Environment.\n\n"
        "Its director-general, Datuk Seri Wan Azmi Rizal Wan Hamid, said 60 of 64 "
        "stations read moderate.\n\n“No station has recorded unhealthy air today,” he told "
        "reporters.\n",
        "No station has recorded unhealthy",
        "Wan Azmi Rizal Wan Hamid",
        id="he_after_a_long_name_behind_a_malaysian_honorific",
    ),
    pytest.param(
        "Border\n\nThe Area Controller of the Kebbi Command, Sani Dauda, reopened the gate on "
        "Monday.\n\nThe controller, while reading out the new rules, noted that trade would "
        "resume.\n\nHe stated, “The gate was shut because the rules were abused.”\n",
        "The gate was shut because",
        "Sani Dauda",
        id="he_after_the_controller_noted",
    ),
    pytest.param(
        "Ruling\n\nThe ruling by Judge Marta R. Church in the district court surprised the "
        "firm.\n\nNevertheless, the judge wrote, “the firm plainly lost business because of "
        "the rival's conduct.”\n",
        "the firm plainly lost business",
        "Marta R. Church",
        id="the_judge_named_before_with_a_surname_that_is_also_a_building",
    ),
    pytest.param(
        "Storm\n\nThe Solvian Weather Office in Port Ula said the storm would reach the coast "
        "tonight.\n\nIt warned of “very strong gusts” along the whole northern shore.\n",
        "very strong gusts",
        "Solvian Weather Office",
        id="it_warned_of_a_quoted_phrase_after_a_body_named_with_its_city",
    ),
    pytest.param(
        "Mine\n\nProvincial relief spokesman Haroon Baig, confirming the collapse, spoke of the "
        "risks the crews face, stating, “Old shafts like this one give way without any "
        "warning.”\n",
        "Old shafts like this one",
        "Haroon Baig",
        id="name_then_an_aside_then_a_verb_then_stating",
    ),
    pytest.param(
        "Sprint\n\nAthlete Tamar Okoye won the 60m final in 6.37 seconds.\n\nHe rose to "
        "fame last year, taking silver in the 100m behind team-mate Ruben Alcott.\n\nHe told "
        "the Solvia Herald: “Nobody keeps the silver medals in their head.”\n",
        "Nobody keeps the silver medals",
        "Tamar Okoye",
        id="he_told_after_a_sentence_of_the_same_he_naming_someone_else",
    ),
    pytest.param(
        "Harbour\n\nPort Ula, May 3 (PTI) Union Minister of Fisheries, Daven Koshy and Minister "
        "of Roads and Bridges, Tamsin Rao on Sunday opened the new wharf.\n\nRao joined by "
        "video.\n\n“The wharf will serve about 900 boats,” the Fisheries Minister said.\n",
        "The wharf will serve about",
        "Daven Koshy",
        id="two_offices_and_two_names_in_one_sentence_the_title_is_the_right_one",
    ),
    pytest.param(
        "Harbour\n\nUnion Minister of Fisheries Daven Koshy opened the new wharf on Sunday.\n\n"
        "The Fisheries Minister said the wharf would serve about 900 boats.\n\nThe state has "
        "set aside Rs 700 crore for harbours, he said.\n\n“We have approved more harbour "
        "projects than ever before,” he said.\n",
        "We have approved more harbour",
        "Daven Koshy",
        id="he_after_the_minister_s_title_opened_a_sentence",
    ),
    pytest.param(
        "Fishing\n\nThe Minister for Fisheries, Abena Serwaa Ofori Mensah said the season "
        "would close.\n\nMadam Ofori Mensah explained: “The catch has fallen for ten years in a "
        "row.”\n",
        "The catch has fallen for",
        "Abena Serwaa Ofori Mensah",
        id="madam_before_part_of_a_name_is_an_honorific",
    ),
    pytest.param(
        "Reactor\n\nThe check “showed the reactor met every required level,” said a statement "
        "from Reactor Safety & Licensing Board on Monday.\n",
        "showed the reactor met every",
        "Reactor Safety & Licensing Board",
        id="a_statement_from_a_body_whose_name_has_an_ampersand",
    ),
    pytest.param(
        "Grid\n\nPower Minister Rohan Bedi blamed the outage on “regions drawing more than "
        "their share of power”.\n",
        "regions drawing more than their",
        "Rohan Bedi",
        id="a_quoted_phrase_after_blamed",
    ),
    pytest.param(
        "Storm\n\nThe Solvian Coastal Authority forecast “rough to very rough” seas along the "
        "whole northern shore.\n",
        "rough to very rough",
        "Solvian Coastal Authority",
        id="a_quoted_phrase_after_forecast",
    ),
    pytest.param(
        "Reef\n\nThe Solvian government said Monday two of its patrol boats were hit by "
        "trawlers making “reckless and unlawful turns” near the reef.\n",
        "reckless and unlawful turns",
        "Solvian government",
        id="the_nationality_government_said_then_a_quoted_phrase",
    ),
    pytest.param(
        "Strike\n\nThe Herald has quoted Tarvo Oil chief executive, Mina Achterberg as saying, "
        "“we can keep the plant running with the staff we have for months.”\n",
        "we can keep the plant",
        "Mina Achterberg",
        id="a_paper_has_quoted_a_titled_name_as_saying",
    ),
    pytest.param(
        "Doping\n\n“The sample shows a steroid applied from outside,” said the SAFed.\n",
        "The sample shows a steroid",
        "SAFed",
        id="said_the_and_a_body_s_letters",
    ),
    # after the third measurement (holdouts 47-50 read for their misses)
    pytest.param(
        "Boats\n\nThe opposition's shadow home minister, Tamsin Grey, criticized Holt’s plan, "
        "stating, “Despite every promise, the crossings keep rising.”\n",
        "Despite every promise, the crossings",
        "Tamsin Grey",
        id="criticized_someone_s_plan_stating_is_not_that_someone_s",
    ),
    pytest.param(
        "Taxis\n\nOmar Farsi, Director of Planning and Business Development at the Public "
        "Transport Agency of the Roads and Transport Authority (RTA), said, “Trips have grown "
        "every year for five years.”\n",
        "Trips have grown every year",
        "Omar Farsi",
        id="a_name_then_a_very_long_title_of_a_body",
    ),
    pytest.param(
        "Rice\n\nJakarta – President Bima Santoso (Bimo) ordered more rice into the markets.\n\n"
        "“Growers are glad the grain price is high,” said President Bimo at the harvest.\n",
        "Growers are glad the grain",
        "Bima Santoso",
        id="the_name_in_brackets_a_person_goes_by",
    ),
    pytest.param(
        "Broadband\n\nTaoiseach Ciaran Doyle told the Dáil the plan could cost €3 billion.\n\n"
        "Speaking on Tuesday, the Taoiseach said: “Without the plan, 540,000 homes will go "
        "without fast broadband.”\n",
        "Without the plan, 540,000 homes",
        "Ciaran Doyle",
        id="the_taoiseach_is_a_title",
    ),
    pytest.param(
        "Levy\n\n“We set the levy in rupiah so visitors need not follow the dollar,” said Bali "
        "Governor I Made Sutrisna at the council.\n",
        "We set the levy in",
        "I Made Sutrisna",
        id="a_balinese_name_opening_with_i",
    ),
    # round 52 (this stop): the statement quoted after its body said something
    pytest.param(
        "Wages\n\nThe Ministry of Labour said a monthly rise of $9 had been agreed after a "
        "week of talks with the unions.\n\n“The floor for garment workers has been set at "
        "$151 a month,” the statement said, up from $142.\n",
        "The floor for garment workers",
        "Ministry of Labour",
        id="the_statement_said_after_a_sentence_the_body_said",
    ),
    pytest.param(
        "Hydropower\n\nThe Ministry of Energy, Water Resources and Irrigation approved the sale "
        "last month.\n\nThe grid operator may now sell 41 megawatts abroad, the Ministry said "
        "in a statement on Tuesday.\n\n“Two river plants may sell their power on the "
        "exchange,” the statement said.\n",
        "Two river plants may sell",
        "Ministry of Energy, Water Resources and Irrigation",
        id="the_ministry_said_in_a_statement_is_the_ministry_named_before",
    ),
    pytest.param(
        "Port strike\n\nThe Dock and Harbour Workers Union (DHWU) turned down the offer.\n\n"
        "In a statement, DHWU said it had read the offer “with deep regret” and the strike "
        "would go on.\n\n“DHWU will widen the strike to every berth,” it said.\n",
        "DHWU will widen the strike",
        "Dock and Harbour Workers Union",
        id="it_said_after_in_a_statement_its_letters_said",
    ),
    # round 53: an office's letters after "said the", and "the lawmaker"
    pytest.param(
        "Shipyard\n\nPrime Minister Arun Mehra opened two new dry docks at Kandla on "
        "Friday.\n\n“Ships we once bought abroad will now be built at home,” said the PM "
        "while touring the yard.\n",
        "Ships we once bought abroad",
        "Arun Mehra",
        id="said_the_pm_is_the_prime_minister",
    ),
    pytest.param(
        "Tariffs\n\nRep. Lorna Baptista filed a motion against the rate rise on Monday.\n\n"
        "The rise “will weigh on every household”, Baptista said.\n\n“We ask the utility to "
        "defer it”, the lawmaker said.\n",
        "We ask the utility to",
        "Lorna Baptista",
        id="the_lawmaker_is_the_representative",
    ),
    pytest.param(
        "Turnout\n\nChief Election Commissioner Tariq Aziz Malik says 78 percent of voters "
        "took part.\n\nHe spoke at a briefing at the commission on Monday.\n\nThe CEC "
        "regretted the deaths of nine people in clashes, but said the day was calm overall."
        "\n\nVoting stopped at 12 polling stations, he said.\n\n“People came out in great "
        "numbers,” he said.\n",
        "People came out in great",
        "Tariq Aziz Malik",
        id="the_cec_then_he_said_is_the_chief_election_commissioner",
    ),
    # round 55: a statement with its owner written before it
    pytest.param(
        "Refunds\n\nThe regulator fined the ferry line €3.1 million on Friday.\n\n“The line "
        "kept the fares of sailings it had cancelled,” read the Solvian Consumer Authority’s "
        "statement.\n",
        "The line kept the fares",
        "Solvian Consumer Authority",
        id="read_the_body_s_statement",
    ),
    pytest.param(
        "Refunds\n\nThe regulator fined the ferry line €3.1 million on Friday.\n\n“The line "
        "kept the fares of sailings it had cancelled,” the Solvian Consumer Authority’s "
        "statement said.\n",
        "The line kept the fares",
        "Solvian Consumer Authority",
        id="the_body_s_statement_said",
    ),
    # round 56: "Eng" as an engineer's honorific, not the surname Eng
    pytest.param(
        "Airline\n\nThe carrier's managing director, Eng Rashidi Mkwawa, said the fleet had "
        "grown to 12 aircraft.\n\n“Cargo flown out of Dodoma has doubled,” said Eng Mkwawa.\n",
        "Cargo flown out of Dodoma",
        "Rashidi Mkwawa",
        id="eng_is_an_engineer_s_honorific",
    ),
    pytest.param(
        "Budget\n\nOpposition leader Tan Wei Ling said the budget was thin.\n\n“The deficit "
        "will grow next year,” Eng Seng Chai said.\n",
        "The deficit will grow next",
        "Eng Seng Chai",
        id="eng_as_a_surname_stays",
    ),
    # round 57: "Sheikh" before a Gulf ruler's name, which runs on with "bin"
    pytest.param(
        "Tram\n\nSheikh Hamdan bin Saeed Al Nuaimi, ruler of the emirate, opened the tram "
        "line in 2014.\n\n“The tram was a bet on the city’s future,” Sheikh Hamdan said.\n",
        "The tram was a bet",
        "Hamdan bin Saeed Al Nuaimi",
        id="sheikh_is_a_gulf_ruler_s_honorific",
    ),
    pytest.param(
        "Vote\n\nPrime Minister Sheikh Rehana Akter cast her vote in Khulna.\n\n“People will "
        "vote freely,” Sheikh Rehana Akter said.\n",
        "People will vote freely",
        "Sheikh Rehana Akter",
        id="sheikh_as_part_of_a_name_stays",
    ),
    pytest.param(
        "Tram\n\nHis Highness Sheikh Hamdan bin Saeed Al Nuaimi opened the tram line in "
        "2014, with Sheikh Omar bin Hamdan bin Saeed Al Nuaimi, his son.\n\n“The tram was a "
        "bet on the city’s future,” Sheikh Hamdan said.\n",
        "The tram was a bet",
        "Hamdan bin Saeed Al Nuaimi",
        id="his_highness_and_a_son_named_after_his_father",
    ),
    # round 58: a capitalised office before a name in commas is no one's name
    pytest.param(
        "Vote buying\n\nAccording to Force Public Relations Officer, Acting DCP Bayo "
        "Olanrewaju, N540,000 was taken from the two men.\n\nHe said “the team on election "
        "duty caught the suspects handing out cash.”\n",
        "the team on election duty",
        "Bayo Olanrewaju",
        id="according_to_an_office_then_the_name_in_commas",
    ),
    # round 59: a quote paragraph after a paragraph reporting what a body's letters said
    pytest.param(
        "Tariffs\n\nThe regulator allowed a 19 per cent rise for the Harbour Water Board "
        "(HWB).\n\nBut the HWB said it would lose out because of the ruling.\n\n“The ruling "
        "leaves the board unable to build the plants it planned.”\n",
        "The ruling leaves the board",
        "Harbour Water Board",
        id="a_quote_paragraph_after_the_body_s_letters_said",
    ),
    # round 60: two initials run together before a surname
    pytest.param(
        "RK Venkataraman has said 41,000 cases will be heard by March.\n\nGiving figures "
        "for the year, CJI Venkataraman said, “Last year the court disposed of more cases than "
        "were filed.”\n\nJustice Venkataraman pointed out that 30,000 cases came in.\n",
        "Last year the court disposed",
        "RK Venkataraman",
        id="two_initials_run_together",
    ),
    pytest.param(
        "Ships\n\nThe yard opened on Friday.\n\nPM Arun Mehra said, “We will build our own "
        "ships.”\n",
        "We will build our own",
        "Arun Mehra",
        id="an_office_s_two_letters_are_no_initials",
    ),
    # round 61: a newspaper named for a day
    pytest.param(
        "Doping\n\nLast week, The Sunday Times said 9,000 samples showed “cheating on a scale "
        "nobody had suspected” at the games.\n",
        "cheating on a scale nobody",
        "Sunday Times",
        id="a_newspaper_named_for_a_day",
    ),
    # round 62: a Balinese name after a title, then its birth-order name alone
    pytest.param(
        "Nickel\n\nThe ministry’s metals director general I Gusti Putu Ardana expects output "
        "to rise.\n\n“We are hopeful because the island has the ore,” Putu said on Thursday."
        "\n\nThe east, Putu added, is where the plants will go.\n",
        "We are hopeful because the",
        "I Gusti Putu Ardana",
        id="a_balinese_name_after_a_title_then_its_middle_name",
    ),
    # round 63 (after the fourth measurement): "he" after a sentence about one person
    pytest.param(
        "Drill\n\nOdell Pranger, now a lab technician at the college, remembers the 1994 "
        "quake.\n\n“The house shook hard,” he said.\n",
        "The house shook hard",
        "Odell Pranger",
        id="he_after_a_sentence_whose_subject_nobody_else_names",
    ),
    pytest.param(
        "Housing\n\nNo Bumi discount for affordable homes\n\n“Developers can apply to waive "
        "the quota,” he said.\n",
        "Developers can apply to waive",
        None,
        id="a_heading_is_no_one_he_could_be",
    ),
    # round 64: two capitalised titles joined by "and" in the commas after a name
    pytest.param(
        "Results\n\nR Venkatesh, Chief Operating Officer and Executive Director, said: “The "
        "quarter saw us win many projects.”\n",
        "The quarter saw us win",
        "R Venkatesh",
        id="a_name_then_two_capitalised_titles_joined_by_and",
    ),
    # round 65: how a name is written, from holdouts 51-54's wrong speakers
    pytest.param(
        "Water\n\n“The city owes its council millions,” said Honourable Tendai Moyo.\n",
        "The city owes its council",
        "Tendai Moyo",
        id="honourable_is_an_honorific",
    ),
    pytest.param(
        "Sugar\n\n“Prices will range from P50 to P60,” said Senior Undersecretary Mario Delgado.\n",
        "Prices will range from P50",
        "Mario Delgado",
        id="undersecretary_is_a_title",
    ),
    pytest.param(
        "Palm oil\n\n“We expect output to rise,” GAPSO Wibowo said.\n",
        "We expect output to rise",
        "Wibowo",
        id="a_body_s_letters_before_its_man_s_name",
    ),
    pytest.param(
        "Oxygen\n\n“Patients could have been saved,” said SCL Mehta, the hospital chief.\n",
        "Patients could have been saved",
        "SCL Mehta",
        id="three_initials_stay",
    ),
    pytest.param(
        "Grants\n\n“We heard good news all year,” said Secretary Renato U. Lim Jr.\n",
        "We heard good news all",
        "Renato U. Lim Jr.",
        id="jr_keeps_its_full_stop",
    ),
    pytest.param(
        "Beds\n\nHealth chief Dr Maryam Abdool-Singh spoke on Monday.\n\n“Today, I thank "
        "the staff,” Singh said.\n",
        "Today, I thank the staff",
        "Maryam Abdool-Singh",
        id="a_surname_alone_after_its_double_barrelled_name",
    ),
    # round 66: a statement named by its body's letters
    pytest.param(
        "Cruises\n\nThe Harbour Cruise Port (HCP) expects 5 million passengers.\n\n“The "
        "new pier is the envy of the region,” an HCP statement said last month.\n",
        "The new pier is the",
        "Harbour Cruise Port",
        id="an_acronym_s_statement_said",
    ),
    # round 67: a relative clause after a name in commas, and a lower-case minister's list
    pytest.param(
        "Budgets\n\nTwo provinces handed their budgets to Treasurer Colin Abey.\n\nAbey, "
        "receiving them, said the state would back the provinces.\n\nCoast Governor Rana "
        "Tavo, who handed his budget to Abey, said the plan had three aims.\n\n“This budget "
        "lays the ground for the next 30 years,” he said.\n",
        "This budget lays the ground",
        "Rana Tavo",
        id="a_relative_clause_in_commas_after_the_subject_names_no_speaker",
    ),
    pytest.param(
        "Floods\n\nThe minister of Relief Affairs, Disaster Management and Social Development, "
        "Hauwa Bello Musa, spoke on Thursday.\n\nShe said, “Floods have hit many states this "
        "year.”\n",
        "Floods have hit many states",
        "Hauwa Bello Musa",
        id="the_minister_of_a_list_of_portfolios_then_her_name",
    ),
    # round 68: the same title before the surname alone and before the whole name
    pytest.param(
        "Water\n\nRegional Manager, Engineer Salum Kitwana presented the projects.\n\nEng "
        "Kitwana said the pipes are for new projects.\n\n“The five contracts cost 4.9bn/-,” "
        "Engineer Kitwana explained.\n",
        "The five contracts cost",
        "Salum Kitwana",
        id="a_title_before_the_surname_and_the_whole_name_is_one_man",
    ),
    # round 69: a sentence opening with "So" before a surname
    pytest.param(
        "Council\n\n“I would like to make a motion,” Marsh said last night.\n\nCouncil "
        "Member Ellen Marsh's motion passed.\n\nSo Marsh made another motion to spend $1 "
        "million.\n",
        "I would like to make",
        "Ellen Marsh",
        id="so_before_a_surname_is_no_first_name",
    ),
    # round 70: a paragraph of a short quote after a paragraph quoting someone
    pytest.param(
        "Quake\n\n“Many houses are damaged,” said Staff Sgt. Rodel Manalo in the town.\n\n"
        "“It was really strong.”\n",
        "It was really strong",
        "Rodel Manalo",
        id="a_short_quote_paragraph_after_someone_s_quote",
    ),
    # round 71: a capitalised title in commas after a name is that person's role
    pytest.param(
        "Garments\n\nRahim Uddin, President, Solvian Garment Makers Association (SGMA) spoke "
        "at a press conference on Sunday.\n\nIn the event, the president said, “We need more "
        "openness in the trade.”\n",
        "We need more openness in",
        "Rahim Uddin",
        id="a_capitalised_title_in_commas_after_a_name_is_his_role",
    ),
    # round 72 (holdouts 55-58, after their first pass): words that open a sentence and
    # never a name
    pytest.param(
        "Schools\n\nThe ministry will train 90,000 teachers this year.\n\nAlready, KUTA "
        "Secretary-General Ivo Brandt has told teachers to stay away while dismissing the "
        'plan as "a waste of public money."\n',
        "a waste of public money",
        "Ivo Brandt",
        id="an_adverb_and_comma_before_the_speaker_is_no_name",
    ),
    pytest.param(
        "Fares\n\nRidely explained why the fee was charged. “Almost a fifth of the drivers "
        "choose to accept rides by hand.”\n\nSome Ridely drivers said they were never told.\n",
        "Almost a fifth of the",
        "Ridely",
        id="some_before_a_name_makes_no_longer_form_of_it",
    ),
    # round 73 (holdouts 56 and 59 after their first pass)
    pytest.param(
        "Donors\n\nHealth Minister Ana Lind has urged people to register.\n\nMrs Lind, who "
        "spoke to the Health, Housing, and Local Government Committee, said: “We have turned "
        "the decline around.”\n",
        "We have turned the decline",
        "Ana Lind",
        id="a_list_inside_a_who_clause_gives_no_subject",
    ),
    pytest.param(
        "Fares\n\nThe Executive Chairman, Ivo Brandt, said fares are set abroad.\n\nAccording "
        "to him, fares are paid in dollars, since the local coin is not taken in Tarsa and "
        "Velm, the major towns where pilgrims meet.\n\nHe said: “Between our two countries "
        "there is no exchange of the coin.”\n",
        "Between our two countries there",
        "Ivo Brandt",
        id="the_major_towns_is_no_role_of_a_town",
    ),
    # round 74 (holdout 55 after its first pass): "The" before a name opening a sentence
    pytest.param(
        "Harvest\n\n“The grapes are ripening well,” said Ivo Brandt, a manager at the "
        "growers' body.\n\nThe Tarsa Dam was at 85 percent in the Velm region.\n\nThe Upper "
        "Karst was still in drought, and in places it was critical. Growers in the Oran region "
        "who took water from the Oran Dam had enough, but those who relied on run-off were "
        "under pressure, he said.\n\n“The north received almost no rain this season.”\n",
        "The north received almost no",
        None,  # not "Upper Karst"; Ivo Brandt, three sentences back, is not reached
        id="the_before_a_sentence_s_name_makes_it_no_person",
    ),
    # round 75 (holdouts 59 and 60 after their first pass)
    pytest.param(
        "Donors\n\nThe minister met soldiers who had signed up as donors.\n\nBrigadier Ivo "
        "Brandt said “as soldiers we are used to defending the public all our lives.”\n",
        "as soldiers we are used",
        "Ivo Brandt",
        id="a_brigadier_is_a_rank_not_a_name",
    ),
    pytest.param(
        'Extradition\n\nThe accused was flown back on Tuesday.\n\n"Several cases are under '
        'way, and the others will be sent back soon," SNA reported quoting an official.\n',
        "Several cases are under way",
        None,
        id="an_agency_reporting_quoting_an_official_is_not_the_speaker",
    ),
    pytest.param(
        'Extradition\n\nThe accused was flown back on Tuesday.\n\n"Several cases are under '
        'way, and the others will be sent back soon," the agency reported, citing Home '
        "Minister Ana Lind.\n",
        "Several cases are under way",
        "Ana Lind",
        id="an_agency_reporting_citing_a_minister_is_the_minister",
    ),
    # round 76 (holdout 59 after its first pass): a capitalised two-word title, then "of"
    pytest.param(
        "Resistance\n\nAbout 58,000 people had a resistant infection last year.\n\nProfessor "
        'Dame Ana Lind, Chief Executive of SHSA, said: "Resistance is a crisis of today, not '
        'of the future."\n',
        "Resistance is a crisis of",
        "Ana Lind",
        id="a_chief_executive_of_a_body_after_the_name",
    ),
    pytest.param(
        "Resistance\n\nAbout 58,000 people had a resistant infection last year.\n\nIvo "
        'Brandt, Chief Executive of the Solvian Health Agency, said: "Resistance is a crisis '
        'of today."\n',
        "Resistance is a crisis of",
        "Ivo Brandt",
        id="a_chief_executive_of_a_named_agency_is_the_person_not_the_agency",
    ),
    # round 77 (probing the appositive offices round 76 opened): two titles joined by
    # "and", and a title "in" a subject "at" a body
    pytest.param(
        "Labs\n\nThe firm raised $12 million.\n\nAna Lind, Founder and CEO of Solvia Labs, "
        "said: “We will hire forty engineers next year.”\n",
        "We will hire forty engineers",
        "Ana Lind",
        id="founder_and_ceo_of_a_company",
    ),
    pytest.param(
        "Air\n\nThe airline lost $3 million.\n\nIvo Brandt, President and Chief Executive "
        "Officer of Solvia Air, said: “The summer will bring the fares back.”\n",
        "The summer will bring the",
        "Ivo Brandt",
        id="president_and_chief_executive_officer_of_an_airline",
    ),
    pytest.param(
        "Prices\n\nPrices rose 4% in May.\n\nAna Lind, Senior Lecturer in Economics at "
        "Solvia University, said: “Food drove most of the rise this spring.”\n",
        "Food drove most of the",
        "Ana Lind",
        id="a_lecturer_in_a_subject_at_a_university_is_no_university",
    ),
    # round 78 (probing appositive offices): a body's plural possessive, an office and its
    # body in commas, a minister's list of portfolios
    pytest.param(
        "Labs\n\nThe firm raised $12 million.\n\nAna Lind, Solvia Labs’ Chief Executive, "
        "said: “We will hire forty engineers next year.”\n",
        "We will hire forty engineers",
        "Ana Lind",
        id="a_body_s_plural_possessive_office_after_the_name",
    ),
    pytest.param(
        "Jobs\n\nJobless claims fell by 3,000.\n\nAna Lind, Director, Office of Labour "
        "Statistics, said: “The market is cooling slowly.”\n",
        "The market is cooling slowly",
        "Ana Lind",
        id="director_comma_office_of_is_the_director",
    ),
    pytest.param(
        "Jobs\n\nJobless claims fell by 3,000.\n\nAna Lind, Minister for Labour, Employment "
        "and Skills, said: “The market is cooling slowly.”\n",
        "The market is cooling slowly",
        "Ana Lind",
        id="a_minister_s_list_of_portfolios_after_the_name",
    ),
    pytest.param(
        "Jobs\n\nJobless claims fell by 3,000.\n\nIvo Brandt, Minister for Youth, Sport, and "
        "Social Welfare, said: “The market is cooling slowly.”\n",
        "The market is cooling slowly",
        "Ivo Brandt",
        id="a_minister_s_list_of_portfolios_with_a_serial_comma",
    ),
    # round 79 (probing sentence openers in our own words)
    pytest.param(
        "Ports\n\nCargo rose 12% this year.\n\nFor Ana Lind, the ports chief, the figures are "
        "good news. “We expect more growth next year,” she said.\n",
        "We expect more growth next",
        "Ana Lind",
        id="a_preposition_opening_the_sentence_is_no_first_name",
    ),
    pytest.param(
        "Ports\n\nCargo rose 12% this year.\n\nPorts chief Ana Lind was upbeat: “We expect "
        "more growth next year.”\n",
        "We expect more growth next",
        "Ana Lind",
        id="a_sentence_about_one_person_ending_in_a_colon",
    ),
    pytest.param(
        "Ports\n\nCargo rose 12% this year.\n\nAna Lind was joined by Ivo Brandt at the "
        "gate: “We expect more growth next year.”\n",
        "We expect more growth next",
        None,
        id="a_colon_after_a_sentence_naming_two_people_names_no_one",
    ),
    # round 80 (holdout 56 after its first pass): a quote paragraph after a sentence that
    # opens with one person, whatever its verb
    pytest.param(
        "Festival\n\nMore than 4,500 tickets were sold.\n\nFestival director Ana Lind put "
        "the rise in sales down to the directors who came.\n\n“Having the film makers here "
        "adds another side to the films.”\n",
        "Having the film makers here",
        "Ana Lind",
        id="a_quote_paragraph_after_a_sentence_opening_with_one_person",
    ),
    # round 81 (holdout 56 after its first pass): the one speaker so far, past narration
    pytest.param(
        "Festival\n\nMore than 4,500 tickets were sold.\n\n“Having the film makers here "
        "adds another side to the films,” said festival director Ana Lind.\n\nSales were a "
        "little lower in the north than a year before.\n\n“We are not sure why the north was "
        "down this time.”\n",
        "We are not sure why",
        "Ana Lind",
        id="a_quote_paragraph_past_narration_is_the_one_speaker_s",
    ),
    pytest.param(
        "Festival\n\nMore than 4,500 tickets were sold.\n\n“Having the film makers here "
        "adds another side to the films,” said festival director Ana Lind.\n\nSales were a "
        "little lower in the north, where Ivo Brandt runs the cinema.\n\n“We are not sure "
        "why the north was down this time.”\n",
        "We are not sure why",
        None,
        id="a_quote_paragraph_past_narration_naming_another_is_no_one_s",
    ),
    pytest.param(
        "Festival\n\nMore than 4,500 tickets were sold.\n\n“Having the film makers here "
        "adds another side to the films,” said festival director Ana Lind.\n\nCinema owners "
        "said sales were a little lower in the north.\n\n“We are not sure why the north was "
        "down this time.”\n",
        "We are not sure why",
        None,
        id="a_quote_paragraph_past_others_reported_speech_is_no_one_s",
    ),
    # round 82 (holdouts 55 and 56 after their first pass)
    pytest.param(
        "Wine\n\nGrape prices rose 20%.\n\n“It is really disappointing given the demand for "
        "our wines,” Ana Lind, executive director of the Velm County Grape Growers Assn., "
        "said of the prices.\n",
        "It is really disappointing given",
        "Ana Lind",
        id="a_body_s_abbreviation_with_a_full_stop_inside_the_appositive",
    ),
    pytest.param(
        "Betting\n\nFines rose to £60 million.\n\n“They are very profitable companies but it "
        "does cause distress,” said chief executive of the Betting Commission (BC) Ana Lind, "
        "in a hearing on Tuesday.\n",
        "They are very profitable companies",
        "Ana Lind",
        id="said_a_role_of_a_body_then_the_name",
    ),
    # round 83 (holdout 57 after its first pass): a capitalised office in commas is nobody
    # else in the sentence
    pytest.param(
        "Rules\n\nThe government released its rules on Monday.\n\nIvo Brandt, Principal "
        "Scientific Adviser, stressed the core principle of the rules. “We focus on sandboxes "
        "for new ideas,” he said.\n",
        "We focus on sandboxes for",
        "Ivo Brandt",
        id="a_capitalised_adviser_in_commas_is_no_second_person",
    ),
    # round 84 (holdout 60 after its first pass): a ship and a mission are no one
    pytest.param(
        "Troops\n\nPresident Ana Lind saw off the contingent on Friday.\n\n“Today, Solvia "
        "is proud of its soldiers,” she said at the base.\n\nThe sailors will travel on the "
        "warship KRI Sultan Hasanuddin to relieve the crew now there.\n\n“Today, Solvia is "
        "proud of its part in keeping the peace,” she said.\n",
        "Today, Solvia is proud of its part",
        "Ana Lind",
        id="a_ship_s_name_is_no_person",
    ),
    pytest.param(
        "Troops\n\nPresident Ivo Brandt saw off the contingent on Friday.\n\n“Today, Solvia "
        "is proud of its soldiers,” he said at the base.\n\nThe force joins the United "
        "Nations Organization Stabilization Mission in the Velm Republic.\n\n“Today, Solvia "
        "is proud of its part in keeping the peace,” he said.\n",
        "Today, Solvia is proud of its part",
        "Ivo Brandt",
        id="a_mission_is_a_body_not_a_person",
    ),
    # round 85 (holdout 57 after its first pass): two offices joined by a slash, and a
    # capitalised "Head of the …" before the name
    pytest.param(
        "Batteries\n\nThe plant will cost $9.8 billion.\n\n“We will build it in August, "
        "this is no fairy tale,” said Investment Minister/Head of the Investment Board (SIB) "
        "Ana Lind in a meeting with investors on Saturday.\n",
        "We will build it in",
        "Ana Lind",
        id="two_offices_joined_by_a_slash_before_the_name",
    ),
    pytest.param(
        "Batteries\n\nThe plant will cost $9.8 billion.\n\n“We will build it in August,” "
        "said Head of the Investment Board Ivo Brandt in a meeting.\n",
        "We will build it in",
        "Ivo Brandt",
        id="said_head_of_the_board_then_the_name",
    ),
    # round 86 (probing attribution forms in our own words): whom one spoke to is no
    # speaker
    pytest.param(
        "Port\n\nHarbour master Ana Lind met the union on Monday.\n\nSpeaking to the BBC, the "
        "harbour master said: “The ships are waiting.”\n",
        "The ships are waiting",
        "Ana Lind",
        id="speaking_to_a_broadcaster_then_the_title_is_the_title_s_holder",
    ),
    # guards written after the ninth stop's review, for behaviours no test pinned down
    pytest.param(
        "Port\n\nHarbour master Ana Lind met the union on Monday.\n\nWriting in the Daily "
        "Post, the harbour master said: “The ships are waiting.”\n",
        "The ships are waiting",
        "Ana Lind",
        id="writing_in_a_paper_then_the_title_is_the_title_s_holder",
    ),
    pytest.param(
        "Coffee\n\nThe cafe sells 40 kinds of tea.\n\nNo Robusta coffee was on offer. “We "
        "only roast Arabica beans here,” Ivo Brandt said.\n",
        "We only roast Arabica beans",
        "Ivo Brandt",
        id="no_before_a_capitalised_word_makes_no_name",
    ),
    # round 87 (probing attribution forms in our own words): the verb before the name, a
    # colon or "adding:" before the quote
    pytest.param(
        "Coffee\n\nThe cafe sells 40 kinds of tea.\n\nNo coffee was on offer, said manager "
        "Ivo Brandt: “We only roast Arabica beans.”\n",
        "We only roast Arabica beans",
        "Ivo Brandt",
        id="said_the_name_then_a_colon",
    ),
    pytest.param(
        "Port\n\nThe port will reopen in May, said harbour master Ana Lind, adding: “The "
        "cranes are already being tested.”\n",
        "The cranes are already being",
        "Ana Lind",
        id="said_the_name_then_adding_and_a_colon",
    ),
    pytest.param(
        "Port\n\nThe port of Vell closed on Monday after the storm.\n\nAna Lind’s message "
        "was clear: “The cranes will be back by May.”\n",
        "The cranes will be back by",
        "Ana Lind",
        id="a_name_s_message_was_clear_then_a_colon",
    ),
    # round 89 (the precision risk the ninth stop noted): a sentence about what someone
    # else did to the person gives a quote paragraph after it to no one
    pytest.param(
        "Port news\n\nThe port of Vell closed on Monday after the storm.\n\nIvo Brandt was "
        "thanked by the mayor for his work.\n\n“We cannot promise anything before June.”\n",
        "We cannot promise anything before",
        None,
        id="thanked_by_someone_then_a_quote_paragraph_is_no_one_s",
    ),
    pytest.param(
        "Port news\n\n“The port is closed,” said harbour master Ivo Brandt.\n\nMayor Ana Lind "
        "said the crews worked hard.\n\nHarbour master Ivo Brandt was named by the board as "
        "its chair.\n\n“We cannot promise anything before June.”\n",
        "We cannot promise anything before",
        None,
        id="named_by_a_board_then_a_quote_paragraph_is_no_one_s",
    ),
    pytest.param(
        "Port news\n\n“The port is closed,” said harbour master Ivo Brandt.\n\nMayor Ana Lind "
        "said the crews worked hard.\n\nHarbour master Ivo Brandt put the delay down to the "
        "storm.\n\n“We cannot promise anything before June.”\n",
        "We cannot promise anything before",
        "Ivo Brandt",
        id="a_sentence_opening_with_a_known_speaker_then_a_quote_paragraph_is_his",
    ),
    # round 90 (holdout 66, after its first pass): a title of two leading words, then "of"
    # and a body's two letters before the name
    pytest.param(
        "Rupee\n\nThe central bank sold dollars on Friday.\n\n“We will act again if the rupee "
        "keeps falling,” said Deputy Senior Governor of VB Tomas Rydell at the bank.\n\n“The "
        "swings are too wide,” Rydell said.\n",
        "We will act again if",
        "Tomas Rydell",
        id="deputy_senior_governor_of_two_letters_then_the_name",
    ),
    pytest.param(
        "Rupee\n\nThe central bank sold dollars on Friday.\n\n“We will act again if the rupee "
        "keeps falling,” said Deputy Governor of VB Tomas Rydell at the bank.\n\n“The swings are "
        "too wide,” Rydell said.\n",
        "The swings are too wide",
        "Tomas Rydell",
        id="a_body_s_two_letters_after_of_are_no_initials_of_the_name",
    ),
    # round 91 (holdouts 62 and 65, after their first pass): "Cr" (councillor) is an
    # honorific; a body's letters spelled out by words whose first letters they are
    pytest.param(
        "Dam\n\nMayor Tomas Rydell spoke on Monday.\n\n“The dam is at 12 per cent,” said "
        "Cr Ana Lind, who chairs the water board.\n",
        "The dam is at 12",
        "Ana Lind",
        id="cr_before_a_name_is_an_honorific",
    ),
    pytest.param(
        "Floods\n\nThe Solvian Nations appealed for help on Monday.\n\n“The pace of the "
        "floods is frightening,” the SN said.\n",
        "The pace of the floods",
        "Solvian Nations",
        id="a_body_s_letters_spelled_out_by_its_words_first_letters",
    ),
    # round 92 (holdout 63, after its first pass): "in Parma, Ohio," names a place, never a
    # person "she" could stand for
    pytest.param(
        "Plant closes\n\nLORDSVILLE — Workers met at the union hall on Monday.\n\n“I was "
        "blindsided,” said Carla Jonas, 40 years old. She said she is now open to a transfer to "
        "a plant in Texas. But her partner still works at another plant in Parma, Ohio, while "
        "her daughter is close to finishing high school. “It is really hard on a family,” she "
        "said.\n",
        "It is really hard on",
        "Carla Jonas",  # round 152: no one but her is named since (till then: no one)
        id="a_word_after_a_town_and_a_comma_is_a_place_not_a_person",
    ),
    # round 93 (holdout 64, after its first pass): a word in a list after a title is no
    # person; "Like X," before a name is no first name
    pytest.param(
        "Homes\n\nThe scheme was set up in 2018 by the Prime Minister as part of the Homes, "
        "Chances, Work and Growth programme.\n\nThe Prime Minister said the plan is to grow, "
        "as “we are trying to build a thousand homes a year.”\n",
        "we are trying to build",
        None,
        id="a_word_in_a_capitalised_list_after_a_title_is_no_person",
    ),
    pytest.param(
        "Slum\n\n“I was at work when the bulldozers came,” said Rahimuddin, a builder from the "
        "east.\n\nLike Rahimuddin, most residents now live in tents. “We had no notice at "
        "all,” Rahimuddin said.\n",
        "I was at work when",
        "Rahimuddin",
        id="like_before_a_name_is_no_first_name",
    ),
    # round 94 (holdout 65, after its first pass): a name at a line's end and a caption's
    # name on the next line are two names
    pytest.param(
        "Transfers\n\nThe club paid a record fee this week.\n\n“We have done a few deals "
        "this way,” said Berg.\n\nREAD MORE: What the club paid for striker Tomas Rydell\nAnders "
        "Berg – Photo by the club\n\n“It is a chance we have to take,” Berg said.\n",
        "We have done a few",
        "Anders Berg",
        id="a_name_ending_a_line_and_a_caption_s_name_are_two_names",
    ),
    # round 95 (holdouts 65 and 66, after their first pass): a "Read:" line is another
    # article's headline, no fuller name; "the club" is the one "… FC" named before
    pytest.param(
        "Mobile money\n\nThe service now has 40 million users.\n\n“Our users send more every "
        "month,” said Solvacom.\n\nRead: Solvacom Launches Pay App\n\nThe service grew 9 per "
        "cent in a year.\n",
        "Our users send more every",
        "Solvacom",
        id="a_read_line_s_headline_gives_no_fuller_name",
    ),
    pytest.param(
        "Fine\n\nThe association fined Harbour Rovers FC on Monday.\n\n“We are pleased to say "
        "the matter is closed,” the club said.\n",
        "We are pleased to say",
        "Harbour Rovers FC",
        id="the_club_is_the_one_fc_named_before",
    ),
    # round 97 (holdout 61, after its first pass): honours after a name; "the agency" after
    # a body's mixed-case letters
    pytest.param(
        "Visas\n\nThe embassy opened a new office.\n\nAmbassador Jane Okoro CMG-OBE said: "
        "“This is a great day for students.”\n",
        "This is a great day",
        "Jane Okoro",
        id="honours_after_a_name_are_no_part_of_it",
    ),
    pytest.param(
        "Meals\n\nEvery pupil will get a daily meal, the Department of Schooling (DepSch) said "
        "on Monday.\n\nThe plan may reach three million pupils, the DepSch said.\n\nThe agency "
        "said the plan will help.\n\n“Hunger fell by half last year,” the agency said in a "
        "statement.\n",
        "Hunger fell by half last",
        "DepSch",
        id="the_agency_two_sentences_after_a_body_s_mixed_case_letters",
    ),
    # round 98 (holdout 63, after its first pass): the verb capitalised after a quote, then a
    # comma, the name and a dash before the office
    pytest.param(
        "Wages\n\nUnions marched on Labour Day.\n\n“We want the lowest wage raised to a "
        "million.” Said, Tomas Rydell – Harbour Workers Union.\n\n“We need a wage law this "
        "year.” Said, Ana Lind – Vell Municipality MP.\n",
        "We need a wage law",
        "Ana Lind",
        id="said_capitalised_after_the_quote_then_the_name_and_a_dash",
    ),
    # round 99 (holdouts 62, 65 and 66, after their first pass)
    pytest.param(
        "Results\n\nThe board lost €5.6m last year.\n\nLind, a chartered accountant who was a "
        "critic of Brandt in the past, said: “These results give me no pleasure.”\n",
        "These results give me no",
        "Lind",
        id="a_name_then_a_to_be_appositive_with_a_person_word",
    ),
    pytest.param(
        "Drought\n\nProvincial minister Anton Vos spoke on Monday.\n\nHowever, Vos has kept the "
        "warning up for farmers, saying dams need three wet seasons. “We are most concerned "
        "about farming.”\n",
        "We are most concerned about",
        "Anton Vos",
        id="however_then_the_known_subject_then_a_quote",
    ),
    pytest.param(
        "Betting\n\nThe firms went to court.\n\n“Solbet has paid every tax it owes in the "
        "country,” Solbet outlined in a statement.\n",
        "Solbet has paid every tax",
        "Solbet",
        id="outlined_reports_words",
    ),
    pytest.param(
        "Stadium\n\n“Only $6.7 million has been contracted,” Tomas Rydell said.\n\nThis, he "
        "added, covers the water system.\n\n“Out of this amount, $3.8 million is paid,” said "
        "the Treasury boss.\n",
        "Out of this amount",
        "Tomas Rydell",
        id="the_capitalised_office_boss_after_the_one_speaker",
    ),
    pytest.param(
        "Budget\n\n“We will cut the deficit,” said Ana Lind.\n\n“Taxes will not rise this "
        "year,” said the Finance Ministry spokesman.\n",
        "Taxes will not rise this",
        "Finance Ministry",  # the body its spokesman speaks for, never Ana Lind
        id="a_body_s_unnamed_spokesman_is_the_body",
    ),
    pytest.param(
        "Listings\n\nNew listings raised $3.1b this year.\n\n“Funds raised rose fourfold on "
        "the year before.” Ana Lind, Solvia Audit’s markets leader said.\n",
        "Funds raised rose fourfold on",
        "Ana Lind",
        id="a_name_its_appositive_and_the_verb_after_a_quote_s_full_stop",
    ),
    # round 100 (holdout 64, after its first pass): the end of a body's name after "and",
    # then the whole name's letters, is no person
    pytest.param(
        "Evictions\n\nLawyer Ana Lind said the evictions went on all week.\n\nHundreds slept "
        "in canoes, Ana Lind, co-director of the legal group Rights and Shelter Initiatives "
        "(RSI) said by phone.\n\n“There is a disaster on the lagoon,” she said.\n",
        "There is a disaster on",
        "Ana Lind",
        id="a_body_s_name_ending_after_and_before_its_letters_is_no_person",
    ),
    # round 101 (holdout 65, after its first pass): a surname with its Arabic article in
    # lower case opens the subject, or stands after a conjunction
    pytest.param(
        "Games\n\nAthletics chief Karim al-Nasser spoke in Doha.\n\nThe press day was also "
        "attended by board head Sheikh Nasser bin Ali al-Kuwari.\n\n“The stadium is ready,” "
        "al-Nasser said.\n",
        "The stadium is ready",
        "Karim al-Nasser",
        id="a_lower_case_arabic_article_opening_the_subject",
    ),
    pytest.param(
        "Games\n\nAthletics chief Karim al-Nasser spoke in Doha.\n\nThe press day was also "
        "attended by board head Sheikh Nasser bin Ali al-Kuwari.\n\nThere will be no road races, "
        "even though al-Nasser said that “we plan to add road races later”.\n",
        "we plan to add road",
        "Karim al-Nasser",
        id="a_lower_case_arabic_article_after_a_conjunction",
    ),
    # round 102 (holdout 66, after its first pass): a one-word speaker the article also
    # writes with a company's ending is that company
    pytest.param(
        "Mobile money\n\nThe service is partly owned by the Solvacom Group.\n\n“We now have 40 "
        "million users,” said Solvacom.\n",
        "We now have 40 million",
        "Solvacom Group",
        id="a_one_word_speaker_written_elsewhere_with_group",
    ),
    # round 103 (holdouts 64 and 65, after their first pass): an opening mark typed twice;
    # a country owning a body's name is no part of it
    pytest.param(
        "Football\n\nSports minister Ana Lind spoke on Monday.\n\n““These campaigns need "
        "$25 million,” Lind said.\n",
        "These campaigns need $25 million",
        "Ana Lind",
        id="an_opening_mark_typed_twice",
    ),
    pytest.param(
        "Rents\n\nA rent cap starts in February.\n\nIn a statement, Solvia's Ministry of "
        "Housing said it plans to publish the index “during the month of February.”\n",
        "during the month of February",
        "Ministry of Housing",
        id="a_country_s_ministry_is_the_ministry",
    ),
    # round 104 (holdout 63, after its first pass): two words in quotes are no quote, but
    # their attribution names the speaker of the quote that goes on after it
    pytest.param(
        "Plant\n\nThe plant closed on Monday.\n\n“So frustrating,” said Jim Okafor, who has "
        "worked at the plant for 17 years. “I am angry and bitter. Watching the last car go by "
        "was hard.”\n",
        "I am angry and bitter",
        "Jim Okafor",
        id="a_two_word_quote_s_attribution_carries_to_the_quote_after_it",
    ),
    # round 105 (holdout 62, after its first pass): an unnamed spokesperson who reports the
    # words, however the sentence goes on, is no one the text names
    pytest.param(
        "Storms\n\nThe utility has 29,000 customers without power.\n\nA spokesperson for the "
        "utility told Farmweek said that the cuts are “broadly split between both storms”.\n",
        "broadly split between both storms",
        None,
        id="an_unnamed_spokesperson_told_a_paper_is_no_one",
    ),
    # round 106 (holdout 72, after its first pass): a closing mark typed to open a quote
    # after a sentence or line; a participle between the name and the verb
    pytest.param(
        "Mine\n\nBodies were found on Friday.\n\n”We believe more are trapped,” said Captain "
        "Leonard Okoro. ”The survivors told police they went in as groups.”\n",
        "The survivors told police they",
        "Leonard Okoro",
        id="a_closing_mark_typed_to_open_a_quote_after_a_sentence",
    ),
    pytest.param(
        "Pit\n\nSix miners died on Thursday.\n\nRegional disaster coordinator Ana Lind "
        "confirming the incident said, “We do not know how the men got into the pit.”\n",
        "We do not know how",
        "Ana Lind",
        id="a_participle_phrase_between_the_name_and_said",
    ),
    # round 107 (probing, in our own words, forms the seventh measurement's batches use)
    pytest.param(
        "Airline\n\nSolvia Airways cut 3,800 jobs last year.\n\nSolvia Airways said it was "
        "aiming to break even. “Market conditions are showing improvement,” the company said.\n",
        "Market conditions are showing improvement",
        "Solvia Airways",
        id="the_company_said_after_a_named_subject_said",
    ),
    pytest.param(
        "Route\n\nThe first flight left on Monday.\n\nSenator Ana Lind, chair of the Senate "
        "subcommittee on Aviation Operations, Safety and Security, added: “This nonstop flight "
        "will help the whole region.”\n",
        "This nonstop flight will help",
        "Ana Lind",
        id="an_office_on_a_list_of_portfolios_after_the_name",
    ),
    pytest.param(
        "Cruise\n\nTourism Minister Ana Lind spoke at the port.\n\nLind, who visited the port "
        "together with Transport Minister Ivo Brandt on Wednesday, said the government was "
        "determined to help. “We want cruise passengers to enjoy their stay.”\n",
        "We want cruise passengers to",
        "Ana Lind",
        id="a_person_named_in_the_subject_s_who_clause_is_not_the_speaker",
    ),
    pytest.param(
        "Sanitation\n\nThe state met its target.\n\n“Twenty-one districts are now free of it,” "
        "said Union Drinking Water and Sanitation Minister Ana Lind.\n",
        "Twenty-one districts are now free",
        "Ana Lind",
        id="said_a_portfolio_of_two_joined_by_and_then_the_title_and_name",
    ),
    pytest.param(
        "Airline\n\nSolvia Air chief executive Ana Lind said the results reflect strong demand."
        "\n\n“We anticipated the return of demand for leisure travel,” the CEO said.\n",
        "We anticipated the return of",
        "Ana Lind",
        id="the_ceo_is_the_body_s_chief_executive_named_before",
    ),
    pytest.param(
        "Fish\n\nThe mackerel quota may be cut by 61%.\n\nFisheries Minister Michael Creed met "
        "the industry on Monday. The scientists expressed concerns, but the Minister said that "
        "they need to weigh all the advice. “These talks will be very difficult.”\n",
        "These talks will be very",
        "Michael Creed",
        id="the_last_clause_s_subject_reports_the_words_after_it",
    ),
    # round 108 (holdouts 70 and 71, after their first pass): a name's particle capitalised
    # at a sentence's start; "TD" and "Publisher" are titles
    pytest.param(
        "Tax\n\nAnalyst Ernst van Zyl studied the data.\n\n“The evasion rate is striking,” "
        "Van Zyl said.\n",
        "The evasion rate is striking",
        "Ernst van Zyl",
        id="a_particle_capitalised_at_a_sentence_s_start_is_the_same_name",
    ),
    pytest.param(
        "Vote\n\n“Germany is still calling the shots,” said Independent TD Shane Ross.\n",
        "Germany is still calling the",
        "Shane Ross",
        id="td_is_a_title_before_the_name",
    ),
    pytest.param(
        "Papers\n\n“The newspaper business will survive,” said MediaNews Publisher Dean "
        "Singleton.\n",
        "The newspaper business will survive",
        "Dean Singleton",
        id="publisher_is_a_title_before_the_name",
    ),
    # round 109 (holdout 70, after its first pass): a wire dateline before the subject of
    # the sentence that reports the words; a scare quote inside the attribution; a
    # paragraph about another side between a speaker and a quote paragraph
    pytest.param(
        "Party\n\nVELL: Deputy Prime Minister Ana Lind said that she is confident of keeping "
        "the party post. “I have been challenged before.”\n",
        "I have been challenged before",
        "Ana Lind",
        id="a_dateline_before_the_reporting_sentence_s_subject",
    ),
    pytest.param(
        "Party\n\ndate 2023-01-05 VELL: Deputy Prime Minister Ana Lind said that she is "
        "confident of keeping the party post. “I have been challenged before.”\n",
        "I have been challenged before",
        "Ana Lind",
        id="a_stored_page_s_date_line_run_into_the_dateline",
    ),
    pytest.param(
        "Vote\n\n“We are feeling very comfortable about the whole thing,” prominent “no” "
        "campaigner Ana Lind told The Herald.\n",
        "We are feeling very comfortable",
        "Ana Lind",
        id="a_scare_quote_inside_the_attribution_after_the_quote",
    ),
    pytest.param(
        "Vote\n\n“We are feeling very comfortable about the whole thing,” campaigner Ana Lind "
        "told The Herald.\n\nThe “yes” side is confident too, but knows it has a big job to do."
        "\n\n“This will be a full court press, no stone left unturned.”\n",
        "This will be a full",
        None,
        id="a_paragraph_about_another_side_stops_the_one_speaker_inference",
    ),
    # round 110 (holdout 70, after its first pass): "…, the Chairman X says." ends the
    # sentence: the names before the comma are in what X says
    pytest.param(
        "Final result\n\nSri Lankans will know who their next President will be by 6pm tomorrow, "
        "the Chairman of the Elections Commission Tomas Rydell says.\n\nHe told reporters at a "
        "briefing in Vell this evening that the results would come in by midnight.\n\n“We should "
        "have a third of the results in by 6 am tomorrow,” he said.\n",
        "We should have a third",
        "Tomas Rydell",
        id="names_before_the_comma_of_a_sentence_ending_x_says_are_what_x_says",
    ),
    # round 111 (holdouts 67 and 71, after their first pass): an office ending in lower-case
    # words before the name, then honours; double primes printed for quotation marks
    pytest.param(
        "Prize\n\nTwelve teams made the list.\n\n“Engineering is crucial to growth across the "
        "region,” said Chair of the Solvia Prize judging panel Ana Lind CBE FREng.\n",
        "Engineering is crucial to growth",
        "Ana Lind",
        id="said_chair_of_the_prize_judging_panel_then_the_name_and_honours",
    ),
    pytest.param(
        "Papers\n\nThe paper will close.\n\n″Over the last two years we tried everything,″ "
        "publisher Ana Lind said.\n",
        "Over the last two years",
        "Ana Lind",
        id="double_primes_printed_for_quotation_marks",
    ),
    # round 112 (probing in our own words): "said Minister of the Interior X" — an office
    # with "of the" before the name; guard: "the Managing Director of the Vell Airports
    # Company Limited, X," names no one called "Limited"
    pytest.param(
        "Police\n\nThe force grew.\n\n“We hired 500 officers,” said Minister of the Interior "
        "Ana Lind.\n",
        "We hired 500 officers",
        "Ana Lind",
        id="said_minister_of_the_interior_then_the_name",
    ),
    pytest.param(
        "Airport\n\nThe terminal opened.\n\nMeanwhile, the Managing Director of the Vell "
        "Airports Company Limited, Ivo Brandt, has said that the terminal will draw airlines.\n\n"
        "“We have that advantage and we will use it,” he said.\n",
        "We have that advantage and",
        "Ivo Brandt",
        id="a_company_limited_after_of_the_is_no_name",
    ),
    pytest.param(
        "Port\n\n“The cranes will be back by May,” Vell Ports’ Ana Lind said.\n",
        "The cranes will be back by",
        "Ana Lind",
        id="a_plural_body_s_owner_mark_before_the_name",
    ),
    # round 114 (holdout 69, after its first pass): a participle's phrase leading the
    # sentence ("In welcoming the figure for cruise passenger arrivals, X said …") holds no
    # second person; a later "he outlined" is X's
    pytest.param(
        "Cruise\n\nTourism Minister Edmund Okoro spoke on Monday.\n\nIn welcoming the figure "
        "for cruise passenger arrivals, Okoro said this segment is key to the ministry’s plan, "
        "while highlighting Vell’s part in it.\n\n“Vell has had a great year, with 197 calls,” "
        "he outlined.\n",
        "Vell has had a great",
        "Edmund Okoro",
        id="a_leading_participle_phrase_holds_no_second_person",
    ),
    # round 115 (holdouts 77 and 78, after their first pass): "the NGO said" is the one
    # body the text called an NGO; "Commodore" and "Brigadier" before a surname are ranks
    pytest.param(
        "Rescue\n\nThe NGO Sea Help Vell ran the boat.\n\n“The rescue happened around 4pm,” "
        "the NGO said.\n",
        "The rescue happened around 4pm",
        "Sea Help Vell",
        id="the_ngo_is_the_body_called_an_ngo",
    ),
    pytest.param(
        "Air\n\nAir Commodore Ibikunle Okoro spoke on Monday.\n\n“We trained 200 pilots,” "
        "Commodore Okoro said.\n",
        "We trained 200 pilots",
        "Ibikunle Okoro",
        id="commodore_before_a_surname_is_a_rank",
    ),
    pytest.param(
        "Army\n\nThe Army Chief of Staff General Tomas A Rydell said the shortfall was large.\n\n"
        "Jobs elsewhere may be to blame. Gen Rydell said:\n“There is a lot of opportunity out "
        "there.”\n",
        "There is a lot of",
        "Tomas A Rydell",
        id="a_middle_a_is_an_initial",
    ),
    # round 116 (holdout 74, after its first pass): "This was stated by X, TITLE" gives X
    # (not the title); "Ratu" is an honorific
    pytest.param(
        "Mothers\n\nDeaths fell sharply.\n\n“We are saving nearly 12,000 mothers a year.” This "
        "was stated by A K Lind, Union Minister for Health and Family Welfare during a press "
        "conference on Monday.\n",
        "We are saving nearly 12,000",
        "A K Lind",
        id="stated_by_the_name_then_its_office",
    ),
    pytest.param(
        "Health\n\n“Specialists are few,” said Health Minister Ratu Atonio Okoro.\n",
        "Specialists are few",
        "Atonio Okoro",
        id="ratu_is_an_honorific",
    ),
    # round 117 (holdout 76, after its first pass): an office with a lower-case portfolio
    # before the name ("Minister of State for heritage X")
    pytest.param(
        "Parks\n\nThe budget rose by 20%.\n\n“This gives us total funding for nature of over "
        "€90m,” said Minister of State for heritage Ivo Brandt\n\nMinister Brandt said the "
        "increase will allow work to continue on the parks.\n\n“The rangers will get more staff "
        "and better pay this year,” Minister Brandt said.\n",
        "The rangers will get more",
        "Ivo Brandt",
        id="said_minister_of_state_for_a_lower_case_portfolio_then_the_name",
    ),
    # round 118 (holdout 73, after its first pass): a nationality before an office is no
    # first name ("said Norwegian Minister of Fisheries and Oceans X")
    pytest.param(
        "Cod\n\n“We still need to rebuild the cod stock,” said Solvian Minister of Fisheries and "
        "Oceans Cecilie Lind.\n",
        "We still need to rebuild",
        "Cecilie Lind",
        id="said_a_nationality_and_minister_of_a_portfolio_pair_then_the_name",
    ),
    # round 119 (holdout 68, after its first pass): a body's name broken over a line in
    # hard-wrapped text is still the body "the commission" stands for
    pytest.param(
        "Water\n\nIn fact, the National Water\nCommission is warning that it cannot guarantee "
        "even the limited supply.\n\n“Some areas will not be able to receive piped water,” the "
        "commission said.\n",
        "Some areas will not be",
        "National Water Commission",
        id="a_body_s_name_broken_over_a_line_is_the_one_the_commission_stands_for",
    ),
    # round 140 (holdouts 85, 93, 99, twelfth stop): a name with Arabic or Urdu particles
    # ("bin", "Al", "el-", "ur") is one name, and its short form gets it whole
    pytest.param(
        "Oil\n\nOutput will stay near 1 million barrels per day (bpd), said Minister of Oil and "
        "Gas, Salim bin Nasser Al Harthy, adding it would be hard to cut it.\n\nAsked if the "
        "goal was in reach, Al Harthy said, “We are investing in the old wells first.”\n",
        "We are investing in",
        "Salim bin Nasser Al Harthy",
        id="a_five_word_name_with_bin_and_al_is_the_fullest_form_of_its_surname",
    ),
    pytest.param(
        "Satellite\n\nThe launch is set for March, the project’s adviser Karim el-Masry told "
        "a local paper.\n\n“The satellite is built entirely by our own engineers,” Masry "
        "added.\n",
        "The satellite is built",
        "Karim el-Masry",
        id="a_surname_written_without_its_joined_article_is_the_same_person",
    ),
    pytest.param(
        "Floods\n\nDr. Tariq ur Rehman, who heads the relief group, visited the camps.\n\n"
        "Tariq said 300 boats were at work. “About 2 million people have lost their homes,” he "
        "told reporters.\n",
        "About 2 million people",
        "Tariq ur Rehman",
        id="a_first_name_said_alone_after_a_name_joined_by_ur",
    ),
    # a fuller name is one the article writes in its own words: one the speaker says inside
    # the quote is no form of the speaker's name (the eleventh stop's review found it)
    pytest.param(
        "Mill\n\nThe mill will shut in March, SteelCorp said on Friday.\n\nSteelCorp said: "
        "“After a long review, SteelCorp Weirton will lay off 900 workers and close two "
        "lines.”\n",
        "After a long review",
        "SteelCorp",
        id="a_fuller_name_inside_the_quote_is_not_the_speaker_s",
    ),
    # round 141 (holdouts 94 and 98): whom a news outlet quoted, with no "as saying"
    pytest.param(
        "Clinics\n\nThe health minister, Dr Ana Lind, spoke in the capital.\n\n“We have 300 "
        "clinics with no doctor at all,” the Solvian News Agency quoted her to have said.\n",
        "We have 300 clinics",
        "Ana Lind",
        id="an_outlet_quoted_her_to_have_said",
    ),
    pytest.param(
        "Outbreak\n\nCases rose again this week.\n\n“We are following up about 300 "
        "contacts,” the Tarnby Herald quotes Tomas Rydell, the ministry spokesperson.\n",
        "We are following up",
        "Tomas Rydell",
        id="a_paper_quotes_a_name_and_its_appositive",
    ),
    pytest.param(
        "Rights\n\nThe broadcaster paid more than the rival bid.\n\n“We won the deal after "
        "offering the board a higher fee,” the news agency quoted Rydell in a report filed "
        "from Tarnby.\n",
        "We won the deal",
        "Rydell",
        id="an_agency_quoted_a_name_in_a_report",
    ),
    # round 143 (holdouts 100-105): office words and letters around a name are not the name
    pytest.param(
        "Budget\n\nFinance minister Ana Lindqvist Saturday put the deficit at 3.5%. "
        "FM Lindqvist also said debt had fallen.\n\n“We will keep the deficit near 3%,” the "
        "Finance Minister added.\n",
        "We will keep the deficit",
        "Ana Lindqvist",
        id="a_weekday_after_a_name_and_office_letters_before_its_surname",
    ),
    pytest.param(
        "Festival\n\nTarnby OCPD Tomas Rydell Berg told a news conference the route was set."
        "\n\n“People may gather, but they must keep to the rules,” he said.\n",
        "People may gather",
        "Tomas Rydell Berg",
        id="a_district_and_its_police_chief_s_letters_before_the_name",
    ),
    pytest.param(
        "Medicines\n\nMinister of Health Sudarmo said the subsidy was needed.\n\n“If the "
        "shortage comes, it will be very serious for 900 clinics,” the minister said.\n",
        "If the shortage comes",
        "Sudarmo",
        id="a_minister_of_health_with_one_name",
    ),
    pytest.param(
        "Quotas\n\nThe catch limit was cut again.\n\n“It is astounding that owners would "
        "be paid so little,” the Association's Ana Lindqvist told the radio.\n",
        "It is astounding",
        "Ana Lindqvist",
        id="a_body_s_person_is_the_person",
    ),
    pytest.param(
        "Quotas\n\nFisheries Minister Tomas Rydell MSP SNP condemned the deal.\n\n“Our "
        "boats are made to pay for the greed of others,” said Tomas Rydell MSP SNP.\n",
        "Our boats are made",
        "Tomas Rydell",
        id="an_office_s_letters_and_a_party_s_after_the_name",
    ),
    pytest.param(
        "Boats\n\nThe boats will be sunk at once in four places, director at the "
        "Directorate General of Marine and Fisheries Resource Supervision Ana Lindqvist said "
        "on Monday.\n\n“This will be the first sinking this year,” Lindqvist said.\n",
        "This will be the first",
        "Ana Lindqvist",
        id="an_office_s_last_words_before_the_name",
    ),
    pytest.param(
        "Catch\n\nOver the years, the Ministry of Agriculture, Fisheries, Water and Land "
        "Reform has disclosed little.\n\n“This 5% cut is a careful decision,” the ministry "
        "said.\n",
        "This 5% cut is",
        "Ministry of Agriculture, Fisheries, Water and Land Reform",
        id="a_ministry_s_portfolios_of_land_and_community",
    ),
    # round 144 (holdouts 97-104): a body the article names in full, then by a common noun or
    # a short form, is the body by its full name
    pytest.param(
        "Wallets\n\nTwo wallets were approved by the Bank of Tarnland, the regulator says. "
        "TN Bank said its wallet was still in the sandbox.\n\nThe central bank told the "
        "paper: “Approval is needed for every wallet that takes remittances.”\n",
        "Approval is needed for",
        "Bank of Tarnland",
        id="the_central_bank_is_the_one_country_s_bank_named",
    ),
    pytest.param(
        "Loan\n\nThe IMF board approved the $5.5bn programme on Friday.\n\nThe deal will "
        "help the country escape the “boom and bust cycles of the past”, the fund said.\n",
        "boom and bust cycles",
        "IMF",
        id="the_fund_in_economic_news_is_the_imf",
    ),
    pytest.param(
        "Rain\n\nThe Tarnland Meteorological department has told farmers to expect more "
        "rain.\n\n“The rain will go on over the coast and the highlands,” the met department "
        "said.\n",
        "The rain will go",
        "Tarnland Meteorological department",
        id="the_met_department_is_the_meteorological_department_named",
    ),
    pytest.param(
        "Storm\n\nThe Solvia and Tarn Meteorological Service has raised the alert.\n\n“A "
        "storm warning means storm winds are expected within 36 hours,” the Met Service "
        "explains.\n",
        "A storm warning means",
        "Solvia and Tarn Meteorological Service",
        id="a_body_s_name_written_short_word_by_word",
    ),
    pytest.param(
        "Robbery\n\nThe Tarn Police Service has arrested four men.\n\n“All the suspects "
        "will be charged this week,” the Tarn Police said.\n",
        "All the suspects will",
        "Tarn Police Service",
        id="a_body_s_name_without_the_word_for_its_kind",
    ),
    pytest.param(
        "Mill\n\nThe SLV Group will close its paper mill in March.\n\n“We will help every "
        "worker find another post,” SLV added.\n",
        "We will help every",
        "SLV Group",
        id="a_group_s_letters_alone_are_the_group",
    ),
    pytest.param(
        "Talks\n\nThe UN Security Council met on Monday.\n\n“We are ready to send more "
        "aid at once,” the UN said.\n",
        "We are ready to",
        "UN",
        id="a_body_is_not_a_council_of_it",
    ),
    # round 145 (holdouts 106-108 after their first pass, and 103-105): short titles with
    # "of", an honorific before a word that is also an adjective, and the unnamed voice of a
    # body (RULES.md: an unnamed spokesperson of a body the article names speaks for it)
    pytest.param(
        "Money home\n\nRemittances rose in May, the Bangko Sentral ng Pilipinas (BSP) "
        "reported on Friday.\n\n“Remittances from sea-based workers grew 4 percent,” the "
        "central bank said.\n",
        "Remittances from sea-based workers",
        "Bangko Sentral ng Pilipinas",
        id="the_central_bank_by_its_own_name",
    ),
    pytest.param(
        "Workers\n\nIn a written reply, Minister of State for External Affairs Ana Lind said "
        "700,000 workers came home.\n\n“Our missions are helping every worker who asks,” "
        "said MoS.\n",
        "Our missions are helping",
        "Ana Lind",
        id="a_minister_of_state_written_short",
    ),
    pytest.param(
        "Troops\n\nMinister of Defence and Military Veterans Ana Lindqvist spoke to the "
        "committee.\n\n“The force is stretched thin,” she said.\n",
        "The force is stretched",
        "Ana Lindqvist",
        id="military_veterans_is_the_office_s",
    ),
    pytest.param(
        "Cards\n\nCards are ready at 60 offices, said Christa Senior of the Electoral "
        "Office.\n\n“About 300,000 cards are still waiting to be collected,” Miss Senior "
        "said.\n",
        "About 300,000 cards are",
        "Christa Senior",
        id="an_honorific_before_a_surname_that_is_also_an_adjective",
    ),
    pytest.param(
        "Navy\n\nThe chief of naval staff (CNS), Admiral Tomas Rydell, spoke on Monday.\n\n"
        "“We hope we will get some more money this year”, said the CNS.\n",
        "We hope we will",
        "Tomas Rydell",
        id="a_title_s_letters_after_it_in_lower_case",
    ),
    pytest.param(
        "Beds\n\nThe Department for Harbours said it had no beds left.\n\n“This includes "
        "over 7,000 people housed by the state,” said a department spokesman.\n",
        "This includes over 7,000",
        "Department for Harbours",
        id="a_department_spokesman_speaks_for_the_department_named",
    ),
    pytest.param(
        "Heat\n\nTemperatures will rise across the south.\n\n“Severe heat is likely in the "
        "southern districts,” a Met Office official told the agency.\n",
        "Severe heat is likely",
        "Met Office",
        id="an_official_of_a_body_named_before_the_word",
    ),
    pytest.param(
        "Turnout\n\nTurnout was high in both seats.\n\n“The turnout in the first seat was "
        "around 76 per cent,” the Election Commission officials told the agency.\n",
        "The turnout in the",
        "Election Commission",
        id="officials_of_a_body_named_before_the_word",
    ),
    pytest.param(
        "Festival\n\nThe Tarn City Tourism Association will sell 80 seats.\n\n“We would "
        "like people to enjoy the parade,” said an official of the association.\n",
        "We would like people",
        "Tarn City Tourism Association",
        id="an_official_of_the_kind_named_before",
    ),
    pytest.param(
        "Accounts\n\nSolvia filed its accounts late in October. Asked why, a Solvia "
        "representative said: “We have now filed our accounts.”\n",
        "We have now filed",
        "Solvia",
        id="a_body_named_after_a_sentence_s_end",
    ),
    pytest.param(
        "Troops\n\nTroops were cut to 15,000, said the army spokesman, Brigadier Tomas "
        "Rydell.\n\nThe army spokesman said the cut followed a “threat assessment of the "
        "ground situation” in the north.\n",
        "threat assessment of the",
        "Tomas Rydell",
        id="the_army_spokesman_is_the_one_named",
    ),
    pytest.param(
        "Talks\n\nThe talks went on late.\n\n“Nothing is agreed yet,” a senior official said.\n",
        "Nothing is agreed yet",
        None,
        id="a_senior_official_is_no_one",
    ),
    pytest.param(
        "Talks\n\nThe talks went on late.\n\n“Nothing is agreed yet,” said a US official.\n",
        "Nothing is agreed yet",
        None,
        id="a_country_s_official_after_the_verb_is_no_one",
    ),
    pytest.param(
        "Talks\n\nThe talks went on late.\n\n“Nothing is agreed yet,” said a Chinese official.\n",
        "Nothing is agreed yet",
        None,
        id="a_people_s_official_after_the_verb_is_no_one",
    ),
    # round 146 (holdouts 106-108 after their first pass, and 96): the sentence's subject
    # says the words after a participle of saying, past an aside or a lead clause
    pytest.param(
        "Jets\n\nThe army will buy 40 jets. Rydell, however, remained tight-lipped about the "
        "models being considered, noting that “the bidding is a secret process.”\n",
        "the bidding is a",
        "Rydell",
        id="noting_that_after_an_aside_is_the_subject_s",
    ),
    pytest.param(
        "Food\n\nThe army has asked for more. Lindqvist painted a grim picture of the force, "
        "telling lawmakers: “We cannot beg for food for soldiers.”\n",
        "We cannot beg for",
        "Lindqvist",
        id="telling_someone_after_a_colon_is_the_subject_s",
    ),
    pytest.param(
        "Ban\n\nPrime Minister Tomas Rydell today repeated the plan to ban plastic bags, "
        "declaring “the time for half measures is over.”\n",
        "the time for half",
        "Tomas Rydell",
        id="an_adverb_of_time_before_the_verb",
    ),
    pytest.param(
        "Jets\n\nThe papers said a deal was close. However, when asked about it, Rydell only "
        "laughed and said, “That is probably their wish.”\n",
        "That is probably their",
        "Rydell",
        id="laughed_and_said_after_a_lead_clause",
    ),
    pytest.param(
        "Drill\n\n“The drill was agreed years ago,” the head of army public relations, "
        "Brigadier Tomas Rydell, was cited as saying by the state news agency.\n",
        "The drill was agreed",
        "Tomas Rydell",
        id="was_cited_as_saying_by",
    ),
    pytest.param(
        "Boats\n\nA boat with 300 people on board was sinking.\n\n“The caller said there "
        "are over 300 people on board,” IOM spokesman in Tarnby Ana Lindqvist wrote in an "
        "email.\n",
        "The caller said there",
        "Ana Lindqvist",
        id="a_spokesman_in_a_city_then_the_name",
    ),
    # round 147 (holdout 109 after its first pass)
    pytest.param(
        "Prices\n\nOn prices, President of the Grocers Association of T&T Tomas Rydell "
        "said the market was fierce.\n\n“Shoppers will see any unfair price at once,” he "
        "said.\n",
        "Shoppers will see any",
        "Tomas Rydell",
        id="letters_joined_by_an_ampersand_are_one_word",
    ),
    pytest.param(
        "Freeze\n\nPrices of 500 items stay frozen, said SLVU Enterprise yesterday.\n\n“This "
        "freeze will help families through a hard year,” SLVU Enterprise said in a "
        "statement.\n",
        "This freeze will help",
        "SLVU Enterprise",
        id="a_body_s_letters_then_enterprise_is_the_body",
    ),
    pytest.param(
        "Prices\n\nPrices rose 1.2 percent, according to the Kingdom’s General Authority of "
        "Statistics, also known as GSTA.\n\nIn its report, GSTA said the rise “resulted from "
        "higher prices of transport.”\n",
        "resulted from higher prices",
        "General Authority of Statistics",
        id="a_body_also_known_by_its_letters",
    ),
    pytest.param(
        "Grocers\n\nTwo chains hold 90% of the market.\n\n“If competition worked, prices "
        "would fall,” Anna Lindqvist the commission chair said.\n",
        "If competition worked, prices",
        "Anna Lindqvist",
        id="a_name_then_the_role_with_no_comma",
    ),
    pytest.param(
        "Sugar\n\nPrime Minister Tomas Rydell ordered checks in every market.\n\n“I order "
        "every district to check prices daily,” the Premier said on Wednesday.\n",
        "I order every district",
        "Tomas Rydell",
        id="the_premier_is_the_prime_minister",
    ),
    pytest.param(
        "Vegetables\n\nPrices are falling.\n\n“Local produce is now in the market,” said "
        "President of the Federation of Fruit Traders in Tarnland Khom Prasad Rydell.\n",
        "Local produce is now",
        "Khom Prasad Rydell",
        id="an_office_a_country_then_the_name_after_said",
    ),
    # round 150 (holdouts 110-111 after their first pass): a paragraph cut off on a comma
    # still ends its sentence, and a one-word speaker known as "he" is never "she"
    pytest.param(
        "Flights\n\nIbrahim Lind said the ministry granted the request of Tarn Air for more "
        "flights,\n\nThe Area Manager of Tarn Air, Mr Tomas Okoro, said the second daily "
        "flight shows the airline cares.\n\nHe said: “This flight brings our total to 31 "
        "weekly flights.”\n",
        "This flight brings our",
        "Tomas Okoro",
        id="a_paragraph_cut_off_on_a_comma_ends_its_sentence",
    ),
    pytest.param(
        "Flights\n\nLind said this on Tuesday at the launch of the new route.\n\n“All other "
        "airlines are welcome to fly here,” he said.\n\nLind said the ministry granted the "
        "request of Tarn Air for more flights,\n\nThe Area Manager of Tarn Air, Mrs Ana Okoro, "
        "said the second daily flight shows the airline cares.\n\nShe said: “This flight "
        "brings our total to 31 weekly flights.”\n",
        "This flight brings our",
        "Ana Okoro",
        id="a_one_word_speaker_who_is_he_is_not_she",
    ),
    pytest.param(
        "Flights\n\nKana said this on Tuesday at the launch by Tarn Airlines.\n\n“All other "
        "airlines are welcome,” he said.\n\nThe Area Manager, Tarn Airlines in Solvia, Mrs "
        "Ana Okoro, said the second daily flight shows the airline cares.\n\nShe said: “This "
        "flight brings our total to 31 weekly flights.”\n",
        "This flight brings our",
        "Ana Okoro",
        id="an_airline_between_commas_is_no_person",
    ),
    # round 151 (holdouts 112-114 after their first pass)
    pytest.param(
        "Courts\n\nChief Justice Alfonse Owiny-Rydell asked for a bigger budget.\n\n“We need "
        "a change of course,” Justice Rydell said.\n",
        "We need a change",
        "Alfonse Owiny-Rydell",
        id="the_tail_of_a_double_barrelled_surname",
    ),
    pytest.param(
        "Water\n\nCity of Tarnby has announced that only two pumps work.\n\nIn a statement, "
        "CoT said: “Residents should store water for the next 48 hours.”\n",
        "Residents should store water",
        "City of Tarnby",
        id="a_body_s_letters_with_a_small_word_in_lower_case",
    ),
    pytest.param(
        "Homes\n\nRents rose again.\n\n“We need to stop families becoming homeless,” said "
        "Hearth Ireland director of advocacy Tomas Rydell.\n",
        "We need to stop",
        "Tomas Rydell",
        id="a_body_then_its_director_of_a_field_then_the_name",
    ),
    # round 152 (holdouts 110, 83 and 85): places after "in", alone or in a list, are no one
    # "he" could be
    pytest.param(
        "In the last 3 years, the survey looked for gold in Rajasthan, Bihar, Jharkhand, Odisha, "
        "Maharashtra, Uttar Pradesh, Madhya Pradesh, Karnataka, Kerala, Andhra Pradesh and "
        "Arunachal Pradesh, Union Minister Tomas Rydell said in a written reply in Lok Sabha.\n\n"
        '"As a result of the survey, 9.8 tonnes of gold were found in Rajasthan (6.78 tonnes), '
        'Jharkhand (2 tonnes) and Karnataka (1.02 tonnes) over three seasons," he added.\n',
        "As a result of the",
        "Tomas Rydell",
        id="places_after_in_are_no_one_he_could_be",
    ),
    pytest.param(  # a guard: the one who said it, not the one the paper also quoted
        "Rights\n\nThe minister, Ana Lind, signed the deal on Monday.\n\n“We won the deal "
        "after a long fight,” she said, as the news agency quoted Tomas Rydell on the price.\n",
        "We won the deal",
        "Ana Lind",
        id="she_said_as_an_agency_quoted_someone_else",
    ),
    # round 142 (holdout 105, after its first pass): a cleric's title is no part of the name
    pytest.param(
        "Feast\n\nThe feast drew 20,000 people on Sunday.\n\n“We thank everyone who walked "
        "with us,” said Fr. Tomas Rydell, the parish priest.\n",
        "We thank everyone who",
        "Tomas Rydell",
        id="father_abbreviated_before_a_name",
    ),
    pytest.param(
        "Roof\n\n“The grants have kept our roof on,” said Canon Ana Lind, who runs the "
        "cathedral’s works.\n\n“We still need 2 million pounds,” Msgr. Tomas Rydell said.\n",
        "The grants have kept",
        "Ana Lind",
        id="canon_before_a_name",
    ),
    pytest.param(
        "Roof\n\n“The grants have kept our roof on,” said Canon Ana Lind, who runs the "
        "cathedral’s works.\n\n“We still need 2 million pounds,” Msgr. Tomas Rydell said.\n",
        "We still need",
        "Tomas Rydell",
        id="monsignor_abbreviated_with_a_full_stop_before_a_name",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), WHO_SAID_IT)
def test_who_said_it(text: str, start: str, speaker: str | None) -> None:
    assert quote_at(extracted(text), start).speaker == speaker


def test_a_short_quote_paragraph_nobody_is_found_for_is_left_out() -> None:
    """A pull quote of a few words set as its own paragraph, with no one quoted before it,
    is no quote of the article (as before round 70)."""
    src = extracted("Storm\n\n“Rebuild every home”\n\nThe storm hit the coast on Monday.\n")
    assert [q.text for q in src.quotes] == []


def test_an_unclosed_quote_in_lines_run_together_ends_with_its_line() -> None:
    """Round 96 (holdout 61, after its first pass): text copied a paragraph a line, read as
    one paragraph. A quote that never closes ends with its line when the next line is the
    reporter's sentence; the lines after it are no quote, so the people they name are seen
    ("she" after "Principal Mary Okafor thanked Lind" is not Lind)."""
    src = extracted(
        "Reading week\nMinister Ana Lind visited the school on Monday with a box of books and "
        "a film crew\n“Reading is the key to every door a child will open. Every child deserves "
        "a book.\nA study last year found 43% of homes have no books at all.\nLind also urged "
        "parents to read to their children every night.\nPrincipal Mary Okafor thanked Lind "
        "and the bank that paid for the books.\n“It was so good to hear how she values "
        "reading,” she said.\n"
    )
    assert [q.text for q in src.quotes] == [
        "Reading is the key to every door a child will open. Every child deserves a book.",
        "It was so good to hear how she values reading",
    ]
    assert quote_at(src, "It was so good").speaker is None


def test_an_opening_mark_typed_to_close_a_quote_closes_it() -> None:
    """Round 106 (holdout 72, after its first pass): '“…,“ she said.' — an opening mark
    typed after the quote's comma, before the attribution — closes the quote; before, the
    quote ran on over the attribution to the next closing mark."""
    src = extracted(
        "Fuel\n\nPrime Minister Ana Lind spoke on Monday.\n\n“This means the state pays RM3 "
        "billion at the current price,“ she said. “We will review it in June.”\n"
    )
    assert [(q.text, q.speaker) for q in src.quotes] == [
        ("This means the state pays RM3 billion at the current price", "Ana Lind"),
        ("We will review it in June.", "Ana Lind"),
    ]
