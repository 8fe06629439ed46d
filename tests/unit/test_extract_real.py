"""briefer import on what real articles do (issue 12): every pattern found in real news
articles while measuring is pinned here in sentences of our own (no article text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import extracted as _src
from extract_helpers import speaker_and_inferred as _speaker

from briefer.extract import extract

# ------------------------------------------------------------------- speakers


def test_pronoun_resolves_across_paragraphs_and_is_marked_inferred() -> None:
    src = _src(
        "Ferry strike enters its second week\n\n"
        "Harbour director Lena Marsh said on Monday that no sailings would run before Friday.\n\n"
        "The union has not replied to the offer.\n\n"
        "“We cannot move a single boat without the crews on board,” she said.\n"
    )
    assert _speaker(src, "We cannot move") == ("Lena Marsh", True)
    assert src.quotes[0].role == "Harbour director"


def test_he_stated_after_the_role_named_in_the_paragraph_before() -> None:
    src = _src(
        "Fishing quotas cut again\n\n"
        "The Minister of Fisheries, Karl Dunne, announced the cut in a statement.\n\n"
        "Furthermore, the Minister noted that the fleet had shrunk for years.\n\n"
        "He stated, “The stocks need three quiet seasons before boats return in numbers.”\n"
    )
    assert _speaker(src, "The stocks need") == ("Karl Dunne", True)


def test_a_paragraph_that_is_only_a_quote_continues_the_quote_before() -> None:
    src = _src(
        "Mill to close\n\n"
        "“The order book is empty and the power bill has tripled,” owner Piet Vos said.\n\n"
        "“We kept going as long as the bank let us, and that was longer than most.”\n"
    )
    assert _speaker(src, "We kept going") == ("Piet Vos", True)


def test_a_closing_quote_nobody_is_named_for_stays_without_speaker() -> None:
    src = _src(
        "Bridge reopens\n\n"
        "“The repairs took longer than planned,” engineer Maria Olsen said.\n\n"
        "Traffic officer Dan Kerr met the mayor, Ruth Amis, at the toll gate on Sunday.\n\n"
        "“Nobody should cross it at night until the lights are fixed and checked.”\n"
    )
    assert _speaker(src, "Nobody should cross") == (None, None)


def test_two_people_in_the_nearest_sentence_means_no_one() -> None:
    src = _src(
        "Talks in the capital\n\n"
        "Ana Ruiz met Tomas Berg in the capital on Tuesday.\n\n"
        "“We agreed on nothing, but we agreed to meet again,” he said.\n"
    )
    assert _speaker(src, "We agreed on nothing") == (None, None)


def test_the_subject_wins_over_a_person_in_a_reported_clause() -> None:
    src = _src(
        "Board shake-up\n\n"
        "“The accounts are in order,” chair Ana Ruiz said on Monday.\n\n"
        "Ruiz allowed that Tomas Berg might still step down before the vote.\n\n"
        "“We will see. The members decide, not me,” she said.\n"
    )
    assert _speaker(src, "We will see.") == ("Ana Ruiz", True)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # an adverb between the name and the verb
        (
            "Mayor Ines Duarte later wrote, “The clinic stays open for as long as I am mayor.”",
            "Ines Duarte",
        ),
        # quoted by a paper
        (
            "The plan will be “ready before the winter storms arrive,” the Tallinn Herald quoted "
            "Peter Lind as saying.",
            "Peter Lind",
        ),
        # a lower-case body: "described … as"
        (
            "The dockworkers' union described the offer as “an insult to every worker here”.",
            "dockworkers' union",
        ),
        # the last reporting verb of a sentence gives the speaker, not the first
        (
            "The council has said it will study the plan, while Harbourton warned it "
            "“will not sit idly by”.",
            "Harbourton",
        ),
        # "the governor" names no one: no speaker, and never the council
        (
            "The council has said it will study the plan, while the governor warned it "
            "“will not survive a single winter”.",
            None,
        ),
    ],
)
def test_attribution_frames(sentence: str, speaker: str | None) -> None:
    src = _src("Title line here\n\n" + sentence)
    assert src.quotes[0].speaker == speaker


def test_a_lone_title_is_never_a_name() -> None:
    src = _src("Title line here\n\nThe Minister said: “We have our own drones and need no others.”")
    assert src.quotes[0].speaker is None


def test_titles_in_dotted_and_hyphenated_forms() -> None:
    src = _src(
        "Border on alert\n\n"
        "Troops are on alert, Inspector General D.K. Rao said on Monday.\n\n"
        "I.G. Rao said patrols had begun along the river.\n\n"
        "“We are ready for anything they try,” he said.\n\n"
        "Director-General Mira Osei said: “The new posts open in spring and not a day later.”\n"
    )
    assert _speaker(src, "We are ready") == ("D.K. Rao", True)
    osei = next(q for q in src.quotes if q.speaker == "Mira Osei")
    assert osei.role == "Director-General"


# -------------------------------------------------------------------- figures


def _values(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in _src("Title line here\n\n" + sentence).figures]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "There were three new cases and four new deaths on Monday.",
            [(3, "cases"), (4, "deaths")],
        ),
        ("Police said two of the victims were children.", [(2, None)]),
        ("Twelve teams of nurses will be sent to the valley.", [(12, "teams")]),
        ("The mill employs 1,10,000 people.", [(110000, "people")]),
        (
            "Farmers sold 2.9 lakh tonnes of wheat worth 3 crore rupees.",
            [(290000, "tonnes"), (30000000, "rupees")],
        ),
        ("Orders saw a 50x jump.", [(50, "times")]),
        ("The bank cut rates by half a percentage point.", [(0.5, "percentage points")]),
        (
            "Output rose from 900,000 to between 1.4 and 1.6 million barrels.",
            [(900000, None), (1400000, None), (1600000, "barrels")],
        ),
        ("Tariffs range from 10 to 25 percent.", [(10, "percent"), (25, "percent")]),
        ("Some 18 of 31 countries signed.", [(18, "of 31 countries"), (31, "countries")]),
        ("The drone crossed the border six times.", [(6, "times")]),
        # not figures: dates, periods, ranks, names, references, a rate around the clock
        ("The vote is on May 10.", []),
        ("Prices fell over the last 12 months.", []),
        ("Forty-two days must pass before the all-clear; 42 days is the rule.", []),
        ("It ranked first for seven consecutive years.", []),
        ("It is the 4th-largest port and a G20 member under Section 301.", []),
        ("Most signed; the two largest economies did not.", []),
        ("The radar works 24/7.", []),
    ],
)
def test_figure_forms(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert _values(sentence) == expected


def test_figure_subjects_are_noun_phrases() -> None:
    src = _src(
        "Title line here\n\n"
        "Inflation rose to 9 percent a year earlier. Inspectors counted 14 new plants in the "
        "northern province since 2020. Donors pledged $4 million in aid. About 40% of the "
        "pumps fail in summer.\n"
    )
    subjects = {f.value: f.subject for f in src.figures}
    assert subjects[9] == "Inflation"
    assert subjects[14] == "new plants in the northern province"
    assert subjects[4_000_000] == "aid"
    assert subjects[40] == "the pumps"


def test_figures_without_a_date_take_the_articles_date_marked_inferred() -> None:
    src = _src(
        "Port traffic falls\n\n"
        "HARBOURTON, Nov. 28, 2026 – Port traffic fell sharply this autumn as 40 ships were "
        "turned away, officials said, in a season that few in the city had expected to be so "
        "bad for the pilots, the tug crews, the chandlers and the dock hands who serve them. "
        "The customs office put the loss at about $12 million as of March 2026.\n"
    )
    assert src.published == "2026-11-28"  # a dateline in a long lead paragraph
    by_value = {f.value: f for f in src.figures}
    assert (by_value[40].as_of, by_value[40].as_of_inferred) == ("2026-11-28", True)
    assert (by_value[12_000_000].as_of, by_value[12_000_000].as_of_inferred) == ("2026-03", None)


# -------------------------------------------------------- titles, takes, pages


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Monday, June 17, 2024\n\nPort strike spreads to three more cities\n\nBody text.",
            "Port strike spreads to three more cities",
        ),
        (
            "Energy\n\nRefinery output falls for a third month\n\nBody text.",
            "Refinery output falls for a third month",
        ),
        (
            "HomeNewsPort strike spreads\n\nPort strike spreads to three more cities\n\nBody.",
            "Port strike spreads to three more cities",
        ),
        ("The port closed on Monday after a week of talks broke down over pay and hours.\n", ""),
    ],
)
def test_the_title_is_the_headline(text: str, title: str) -> None:
    assert _src(text).title == title


def test_a_prose_story_gets_draft_takes_from_its_lead() -> None:
    src = _src(
        "Port traffic falls\n\n"
        "HARBOURTON (Wire) – Port traffic fell sharply this autumn as ships were turned away. "
        "Officials blamed the dredging delays. A third sentence is not a take.\n\n"
        "“It will pass,” a pilot said.\n"
    )
    assert [t.text for t in src.takes] == [
        "Port traffic fell sharply this autumn as ships were turned away.",
        "Officials blamed the dredging delays.",
    ]
    assert all(t.draft for t in src.takes)


def test_bullets_stay_real_takes_not_drafts() -> None:
    src = _src("Title line here\n\n- First real take of the story\n- Second real take\n")
    assert [t.draft for t in src.takes] == [None, None]


def test_web_text_one_paragraph_a_line_and_page_furniture() -> None:
    src = _src(
        "Drone shot down near the border\n"
        "Two fighter jets tracked the drone after it crossed the border, the ministry said.\n"
        "The wreck was found near a farm.\n"
        "- Advertisement -\n"
        "ALSO READ: 15 wounded in blast at a market\n"
    )
    assert src.title == "Drone shot down near the border"
    assert [f.value for f in src.figures] == [2]


def test_a_real_looking_web_page_keeps_only_the_story() -> None:
    """Cookie banner, menus, breadcrumb, share buttons, related and most-read lists, a
    newsletter box and comments (all in tests/data/articles/web/ferry_page.html, our own
    words): none of it reaches the items."""
    page = Path(__file__).resolve().parents[1] / "data" / "articles" / "web" / "ferry_page.html"
    src = extract(page.read_text(encoding="utf-8"), name=page.name)
    body = src.body or ""
    for furniture in (
        "cookies",
        "Subscribe",
        "Share on",
        "Related stories",
        "Sign up",
        "morning briefing",
        "comments",
        "disgrace",
        "Most read",
        "©",
    ):
        assert furniture not in body, furniture
    assert (src.title, src.author, src.published) == (
        "Ferry strike enters second week as talks stall",
        "Mina Castell",
        "2026-03-09",
    )
    assert sorted(f.value for f in src.figures) == [4, 40, 300, 2300]
    assert [(q.speaker, q.speaker_inferred) for q in src.quotes] == [
        ("Lena Marsh", True),
        ("Omar Velde", None),
    ]


# ------------------------------------- patterns the first real holdout batch showed


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a quoted phrase inside a sentence: the speaker named at its end, not a name in it
        (
            "Ports will get a “swift and firm” answer to the fees set by Governor Ada Lind, "
            "says Harbour Minister Tomas Berg.",
            "swift and firm",
            "Tomas Berg",
        ),
        # a scare quote before the quote does not hide the attribution
        (
            "Trade minister Rosa Klee, who once ran the port, said the town is “fighting” the "
            "“unfair fees with every legal tool we have.”",
            "unfair fees",
            "Rosa Klee",
        ),
        # "told … that …, are “…”" with a long stretch between
        (
            "County health director Nia Cole told the board on Monday that 35 cases – more "
            "than half of the 60 found in the county so far – are “linked to the two clinics.”",
            "linked to the two clinics",
            "Nia Cole",
        ),
        # "ROLE, NAME, said" and later the surname alone
        (
            "Port traffic rose, Minister for Ports and Shipping, Ravi Mehra, said on Monday.\n\n"
            "“The new berths are full every night,” Mehra noted.",
            "The new berths",
            "Ravi Mehra",
        ),
        # an office's name between "Director of" and the person
        (
            "Director of Public Works Ines Falk said crews were out. “We will clear the roads "
            "by noon,” she said.",
            "We will clear",
            "Ines Falk",
        ),
        # a relative clause in the appositive, with an abbreviation in it
        (
            "Tom Reyes, the MP who represents the riding of Sault Ste. Marie, wrote that the "
            "town will “not give up its mill.”",
            "not give up its mill",
            "Tom Reyes",
        ),
        # a possessive is not part of the name the surname resolves to
        (
            "President Ada Lind’s new fees start on Monday.\n\n“Nobody will get around them,” "
            "Lind said.",
            "Nobody will get around",
            "Ada Lind",
        ),
    ],
)
def test_speakers_from_the_first_holdout_batch(text: str, start: str, speaker: str) -> None:
    src = _src("Title line here\n\n" + text)
    assert _speaker(src, start)[0] == speaker


def test_he_resolves_where_the_pronoun_stands_not_at_the_quote() -> None:
    src = _src(
        "Wind power record\n\n"
        "Energy Minister Omar Haddad on Sunday said wind capacity had doubled in a decade.\n\n"
        "He said the progress reflects the plan of President Ada Lind, who has made "
        "“clean power the core of every budget since then.”\n"
    )
    assert _speaker(src, "clean power the core") == ("Omar Haddad", True)


def test_a_pronoun_after_a_comma_and_a_platform_named_x() -> None:
    src = _src(
        "Wind power record\n\n"
        "Minister for Energy, Omar Haddad, said on Sunday that capacity had doubled.\n\n"
        "In a post on the platform X, the minister said that with 50 GW and rising, "
        "“we are building the grid of the next century.”\n\n"
        "In another post on X, he said, “Wind is now our cheapest power by far.”\n"
    )
    assert _speaker(src, "we are building")[0] == "Omar Haddad"
    assert _speaker(src, "Wind is now")[0] == "Omar Haddad"


def test_a_title_word_is_no_title_by_itself() -> None:
    src = _src(
        "Trade talks\n\n"
        "Foreign Minister Lena Dahl said her country would use the North American Free Trade "
        "Agreement and the World Trade Organization.\n\n"
        "“This is the strongest step we have ever taken,” she said.\n"
    )
    assert _speaker(src, "This is the strongest")[0] == "Lena Dahl"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The plan targets CA$29.8 billion in goods.", [(29_800_000_000, "CA$")]),
        ("Imports worth 16.6 billion dollars were hit.", [(16_600_000_000, "dollars")]),
        ("Investors pledged Rs 32.45 lakh crore.", [(32_450_000_000_000, "Rs")]),
        ("Farmers got one lakh pumps.", [(100_000, "pumps")]),
        ("Capacity reached 51.5 GW capacity overall.", [(51.5, "GW")]),
        ("The (SM)-3 missile and the Qinhuangdao 27-3 field.", []),
    ],
)
def test_figure_forms_from_the_first_holdout_batch(
    sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _values(sentence) == expected


def test_draft_takes_do_not_hide_the_leads_figures() -> None:
    src = _src(
        "Hospital outbreak\n\n"
        "Two intensive-care patients died after an infection spread through the ward this "
        "month, the hospital said. Later two of the patients were moved.\n\n"
        "“We are testing every tap,” a doctor said.\n"
    )
    assert src.takes and all(t.draft for t in src.takes)
    body = src.body or ""
    assert [body[f.span[0] : f.span[1]] for f in src.figures] == ["Two intensive-care patients"]


def test_post_and_comment_counters_are_page_furniture() -> None:
    src = _src("Title line here\n\nA story about 40 ships.\n\n  • 445 Posts\n  • 0 Comments\n")
    assert [f.value for f in src.figures] == [40]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "BRUSSELS — NATO chief Ada Lind said on Monday: “We will not be divided by anyone.”",
            "NATO chief",
        ),
        (
            "July 3, 2024 / 12:41 AM\n\nDefence Minister Ada Lind said: “We will not be divided.”",
            "Defence Minister",
        ),
        # a typo glued to a word still yields the name
        (
            "UNpeacekeeping chief Ada Lind told reporters: “The mission stays as long as needed.”",
            "UNpeacekeeping chief",
        ),
        # the appositive, not the clause after it
        (
            "“The mission will stay as long as it is needed,” said Army Gen. Ada Lind, the "
            "commander of Allied Forces East, who arrived on Monday.",
            "Army Gen., commander of Allied Forces East",
        ),
    ],
)
def test_datelines_never_leak_into_roles_or_titles(text: str, role: str) -> None:
    src = _src("Talks resume\n\n" + text)
    assert src.title == "Talks resume"
    assert [(q.speaker, q.role) for q in src.quotes] == [("Ada Lind", role)]


# ------------------------------------------ bodies as speakers (the fourth dev batch)


def test_a_body_speaks_and_it_said_refers_back_to_it() -> None:
    src = _src(
        "Border post attacked\n\n"
        "“The attackers were held at the outer fence by the guards on duty,” the army said, "
        "adding that “in the long exchange of fire the rest were pinned down”.\n\n"
        "“Last night raiders from across the river tried to reach two posts,” it said.\n\n"
        "“As soon as the patrol closed the road” it came under fire, the military said in a "
        "statement. “All the raiders were stopped at the bridge,” but during the fight “two "
        "guards were hurt badly,” it said.\n"
    )
    got = [(q.text[:12], q.speaker, q.speaker_inferred) for q in src.quotes]
    assert got == [
        ("The attacker", "army", None),
        ("in the long ", "army", None),
        ("Last night r", "army", True),
        ("As soon as t", "military", None),
        ("All the raid", "military", None),
        ("two guards w", "military", True),
    ]


def test_a_named_body_with_its_acronym_and_was_quoted_as_saying() -> None:
    src = _src(
        "Border post attacked\n\n"
        "“Two posts were hit in the night and held,” the Inter Services Press Office (ISPO) "
        "said in a statement.\n\n"
        "“Nobody may cross that river again,” Army Chief Gen. Omar Haddad was quoted as "
        "saying in the statement.\n"
    )
    assert [q.speaker for q in src.quotes] == ["Inter Services Press Office", "Omar Haddad"]


def test_written_percent_and_a_noun_in_quotes() -> None:
    assert _values("The target is four percent this year.") == [(4, "percent")]
    assert _values("Three “raiders” were caught at dawn.") == [(3, "raiders")]


# --------------------------------------------------- the fifth real dev batch


def test_a_dateline_before_the_name_and_a_place_after_of() -> None:
    src = _src(
        "Visit ends\n\n"
        "HARBOURTON, June 4 (Wire) -- Mara Voss, president of the University of Lindfield, "
        "said her school will not retreat “because of any one quarrel in the world.”\n"
    )
    assert _speaker(src, "because of any one quarrel")[0] == "Mara Voss"


def test_a_nationality_before_a_role_names_no_one() -> None:
    src = _src(
        "Trade talks\n\n"
        "Closer trade is “vital for the whole region and for every port in it,” said a Danish "
        "expert on shipping on Tuesday, after the talks.\n"
    )
    assert src.quotes[0].speaker is None


def test_the_expert_said_after_the_expert_was_quoted_by_name() -> None:
    src = _src(
        "Trade talks\n\n"
        "The plan is of great weight, Ilse Maren, a lecturer at Lindfield College, told the "
        "paper.\n\n"
        "“The plan reaches ports that never had a line before,” Maren said.\n\n"
        "Shipments along the route rose 9 percent last year.\n\n"
        "“Our port was one of the first to sign up,” the expert said.\n"
    )
    assert _speaker(src, "Our port was one") == ("Ilse Maren", True)


def test_a_quote_ending_in_an_ellipsis_and_a_comma_goes_on() -> None:
    src = _src(
        "Drone contracts\n\n"
        "“These orders show the ministry's plan to equip every unit with new systems...,” "
        "the defence ministry said.\n"
    )
    assert src.quotes[0].speaker == "defence ministry"


def test_generation_labels_are_not_figures() -> None:
    assert _values("It wants 4.5-generation jets, or 4 and 4.5 generation fighters.") == []


def test_paragraphs_that_start_like_page_furniture_are_kept() -> None:
    src = _src(
        "Title line here\n\n"
        "Home Minister Ada Lind said 40 posts were added.\n\n"
        "Search teams found 12 survivors on Monday.\n\n"
        "Closer ties were agreed with 3 neighbours.\n\n"
        "Related talks will open in May with 5 delegations.\n"
    )
    assert [f.value for f in src.figures] == [40, 12, 3, 5]


# --------------------------------------------------- the sixth real dev batch


def test_mixed_quote_marks_and_a_misspelt_surname() -> None:
    src = _src(
        "Exports record\n\n"
        "Exports rose 27% this year, Agency President Omar Haddad said on Monday.\n\n"
        '"We reached every goal we set for the year and then some more,” said Hadad. He '
        "added that new deals were signed.\n\n"
        '"This is a sign of trust in our industry," the official stressed.\n'
    )
    assert [(q.text[:10], q.speaker, q.speaker_inferred) for q in src.quotes] == [
        ("We reached", "Omar Haddad", True),
        ("This is a ", "Omar Haddad", True),
    ]


def test_quote_paragraphs_after_a_line_that_introduces_them() -> None:
    src = _src(
        "Exports record\n\n"
        "Agency head Omar Haddad answered questions on the radio on Monday.\n\n"
        "Key points from Omar Haddad's remarks:\n\n"
        '"We began deliveries of the new patrol boats at the start of the year."\n\n'
        '"We are testing every system on land, at sea and in the air this year."\n'
    )
    assert [(q.speaker, q.speaker_inferred) for q in src.quotes] == [
        ("Omar Haddad", True),
        ("Omar Haddad", True),
    ]


def test_a_curly_quote_typed_backwards_at_the_paragraphs_end() -> None:
    src = _src(
        "Drills\n\n"
        "Defence Minister Ada Lind said: “We have our own drones. We build them day and "
        "night for our army. “\n"
    )
    assert src.quotes[0].speaker == "Ada Lind"
    assert src.quotes[0].text.endswith("for our army.")


def test_an_office_title_of_the_office_of() -> None:
    src = _src(
        "Exports record\n\n"
        "President of the Office of Defense Industry Omar Haddad noted that exports rose.\n\n"
        "“We thank our companies for every record they broke,” Haddad said.\n"
    )
    assert src.quotes[0].speaker == "Omar Haddad"


def test_a_range_with_a_hyphen_shares_its_scale() -> None:
    assert _values("Deals worth $11-12 billion are planned.") == [
        (11_000_000_000, "$"),
        (12_000_000_000, None),
    ]


# --------------------------------------------------- the seventh real dev batch


def test_the_minister_said_when_two_ministers_are_named() -> None:
    src = _src(
        "Hospital beds\n\n"
        "Health Minister Nadia Rahim chaired a meeting on orders from Chief Minister Karim "
        "Saleh on Monday.\n\n"
        "The health minister reviewed the number of beds. Secretary Tom Reyes gave a report.\n\n"
        "The minister said, “We are adding beds for patients at every public hospital.”\n"
    )
    assert _speaker(src, "We are adding beds") == ("Nadia Rahim", True)


def test_a_party_word_in_the_title_and_a_long_that_clause() -> None:
    src = _src(
        "Pipeline talks\n\n"
        "Premier Rachel Lund says talks between the province, the federal government and the "
        "builder are moving and that she is sure work on the line will be “back on track by "
        "the summer.”\n\n"
        "The Labour premier, who filed the province's case on Tuesday, said she believes the "
        "neighbour's concerns — its five conditions — are “for the most part, quite fair.”\n"
    )
    assert _speaker(src, "back on track")[0] == "Rachel Lund"
    assert _speaker(src, "for the most part") == ("Rachel Lund", True)


def test_story_continues_below_is_furniture() -> None:
    src = _src(
        "Pipeline talks\n\n"
        "“We will keep talking until the door is closed for good,” Premier Rachel Lund said.\n\n"
        "Story continues below\nThis advertisement has not loaded yet, but your article "
        "continues below.\n\n"
        "“Nobody should doubt that we want this line built.”\n"
    )
    assert _speaker(src, "Nobody should doubt") == ("Rachel Lund", True)


def test_a_hyphenated_scale_and_a_bill_number() -> None:
    assert _values("The $17-billion mine opened; Bill 12 gives the power.") == [
        (17_000_000_000, "$")
    ]


# ------------------- patterns the second holdout batch showed (after its first pass)


def test_this_was_stated_by_and_titles_after_it() -> None:
    src = _src(
        "Spending summit\n\n"
        "“Member states must spend more than two percent of output on defence”.\n\n"
        "This was stated by the Secretary General of the Alliance, Ada Lind. Her words came "
        "at the summit.\n\n"
        "“Our first purpose is to prevent war and keep the peace,” the secretary-general said.\n\n"
        "“Without a strong industry there is no strong defence,” added the Secretary General.\n\n"
        "“We will do more,” Lind added.\n"
    )
    assert [q.speaker for q in src.quotes] == ["Ada Lind"] * 4


def test_a_title_that_fits_no_one_stops_the_search_for_he() -> None:
    src = _src(
        "Spending summit\n\n"
        "President Tom Reyes had been critical of members who failed to pay.\n\n"
        "The Secretary General confirmed that only five members paid in full. He said: "
        "“It is realistic that every member reaches this goal.”\n"
    )
    assert src.quotes[0].speaker is None


def test_he_said_after_the_sentence_that_quoted_him_to_someone() -> None:
    src = _src(
        "Spending summit\n"
        "Secretary General Ada Lind said 23 of 32 members will pay in full.\n"
        "“Twenty-three members will pay two percent or more this year,” Lind told President "
        "Tom Reyes in his office.\n"
        "“This is the biggest rise in decades,” she said.\n"
        "The pledge was made ten years ago. | WIRE\n"
    )
    assert _speaker(src, "This is the biggest") == ("Ada Lind", True)


def test_a_one_word_title_before_a_name() -> None:
    src = _src("Moon flight\n\nAstronaut Reid Lowe described the mood: “We are all fired up.”")
    assert (src.quotes[0].speaker, src.quotes[0].role) == ("Reid Lowe", "Astronaut")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dengue is one of the top 10 threats.", []),
        ("Deaths rose sharply this year over 2018.", []),
        ("It landed after roughly four and a half hours.", []),
        ("Work on STP 3&4 is slowed.", []),
        ("Only eight of the 30 members paid.", [(8, None), (30, "members")]),
    ],
)
def test_figure_forms_from_the_second_holdout_batch(
    sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _values(sentence) == expected


# ------------------- patterns the third holdout batch showed (after its first pass)


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a capitalised role phrase ending in a title word is no name
        (
            "Moon launch\n\nIndian Space Agency chairman Ravi Menon spoke after the launch.\n\n"
            "“We are back on track after the snag,” a beaming Indian Space Agency Chairman "
            "said after the launch.",
            "We are back on track",
            "Ravi Menon",
        ),
        # a name after "in", "of" or "and" is a place or part of a title, never the speaker;
        # the phrase "in Thiruvan" between the commas is skipped, so the speaker is the
        # person before it (round 3; the annotation of the real case wants that person)
        (
            "Moon launch\n\nDirector of the rocket lab Asha Nair, in Thiruvan said “It is as "
            "sound as the last one, like any launch.”",
            "It is as sound",
            "Asha Nair",
        ),
        # two letters swapped in a surname
        (
            "Moon launch\n\nAgency head Kiran Radhakrishnan declared success on Sunday.\n\n"
            "“The engine did its job extremely well on the day,” said Radhakirshnan.",
            "The engine did",
            "Kiran Radhakrishnan",
        ),
        # a surname alone after the full name was used only as a subject
        (
            "Wheat ban\n\nFarmer Navtej Hale hoarded half of his wheat this year.\n\n"
            "“This ban is appalling for all of us here,” Hale said.",
            "This ban is appalling",
            "Navtej Hale",
        ),
    ],
)
def test_speakers_from_the_third_holdout_batch(text: str, start: str, speaker: str | None) -> None:
    assert _speaker(_src(text), start)[0] == speaker


def test_he_is_never_someone_only_named_in_passing() -> None:
    src = _src(
        "Quake\n\n"
        "The wall around Kumamoto Castle was damaged, NHK reported.\n\n"
        "“Because of the darkness the damage is still unclear to us,” he said.\n"
    )
    assert src.quotes[0].speaker is None


def test_an_acronym_is_a_body_and_the_official_is_not_it() -> None:
    src = _src(
        "Quake\n\n"
        "The semi-official ISNA quoted an agency official as saying there were no deaths.\n\n"
        "“The number of casualties could still rise tonight,” added the official.\n"
    )
    assert src.quotes[0].speaker is None


def test_read_links_are_furniture() -> None:
    src = _src(
        "Moon launch\n"
        "Agency chairman Ravi Menon spoke proudly after the launch.\n"
        "Read: Moon mission 2: 'Rocket Women' lead the second mission\n"
        "“We fixed the snag and came back in style,” he added.\n"
    )
    assert _speaker(src, "We fixed the snag")[0] == "Ravi Menon"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It worked in volunteers 65 and older.", []),
        ("It protects adults aged 65 years and over.", []),
        ("A government official said on Wednesday (7) that 16 died.", [(16, None)]),
        ("Police seized guns at 11648 S. Peoria St. on Sunday.", []),
        ("The country has 3½ per cent of its ships laid up.", [(3.5, "percent")]),
    ],
)
def test_figure_forms_from_the_fourth_holdout_batch(
    sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _values(sentence) == expected


def test_a_capitalised_appositive_role_and_a_long_title_with_of() -> None:
    src = _src(
        "Launch\n\n"
        "Asha Rao, Space Agency Chairman, said: “An entirely successful launch for a customer "
        "this time.”\n\n"
        "Union Minister Karan Lal said the ban would stay. “For us the country is first, and "
        "every citizen gets enough wheat,” the Union Minister of State for Agriculture and "
        "Farmers' Welfare told reporters here.\n"
    )
    assert _speaker(src, "An entirely successful")[0] == "Asha Rao"
    assert _speaker(src, "For us the country")[0] == "Karan Lal"


def test_a_quoted_headline_line_in_web_text() -> None:
    src = _src(
        "'Back with flying colours,' says agency chief Ravi Menon after the launch\n"
        "Agency chairman Ravi Menon spoke proudly after the launch.\n"
        "He said, “I am extremely happy to announce that the craft is in orbit.”\n"
    )
    assert _speaker(src, "I am extremely happy")[0] == "Ravi Menon"


def test_a_number_at_the_very_end_of_the_text() -> None:
    assert [f.value for f in extract("0", fmt="html").figures] == [0]  # no IndexError


def test_the_agency_is_the_body_named_by_its_acronym_just_before() -> None:
    src = _src(
        "Flood warning\n\n"
        "Rivers rose through the night. A first NHMS estimate puts the damage at up to "
        "$2 billion. The agency notes that “the worst of the flooding is still to come in the "
        "lower valley.”\n\n"
        "Crews cleared roads. NHMS and the FRA met on Friday. The agency said “roads in the "
        "north will stay closed until the water drops.”\n\n"
        "Officials counted the cost. The agency said “nobody should drive through standing "
        "water tonight.”\n"
    )
    assert _speaker(src, "the worst of the flooding") == ("NHMS", True)
    # two acronyms in reach: which body spoke is not sure, the bare word stays
    assert _speaker(src, "roads in the north")[0] == "agency"
    assert _speaker(src, "nobody should drive")[0] == "agency"


def test_a_quote_opening_its_sentence_and_its_speaker_with_no_comma() -> None:
    src = _src(
        "Floods\n\n"
        "Water reached the market square on Sunday.\n\n"
        "“Most of the old quarter is flooded. 2,000 families have left” district collector "
        "Meera Das said.\n\n"
        "The reply was a “very slow and careless” effort, the report said.\n"
    )
    assert _speaker(src, "Most of the old quarter")[0] == "Meera Das"
    # a quoted phrase inside a sentence is not read that way
    assert all(q.speaker is None for q in src.quotes if q.text.startswith("very slow"))


def test_a_possessive_appositive_role_registers_the_person_for_he() -> None:
    src = _src(
        "Launch\n\n"
        "The rocket left the pad at dawn, a moment called by Mira Okafor, Orbita’s head of "
        "flight safety, as “a clean and calm start.”\n\n"
        "“Every stage worked exactly as we had planned it,” she said.\n"
    )
    assert _speaker(src, "Every stage worked") == ("Mira Okafor", True)
    assert src.quotes[-1].role == "Orbita’s head of flight safety"


def test_a_lower_case_name_particle_keeps_the_name_whole() -> None:
    src = _src(
        "Drought\n\n"
        "County Governor Samuel ole Kisio said the dams were dry.\n\n"
        "“We need water more than rain for the herds this year,” said the governor.\n\n"
        "“Every borehole will run on solar power,” Governor Kisio said.\n"
    )
    assert _speaker(src, "We need water")[0] == "Samuel ole Kisio"
    assert _speaker(src, "Every borehole")[0] == "Samuel ole Kisio"


def test_the_reporting_verb_nearest_the_quote_names_its_speaker() -> None:
    src = _src(
        "Fires\n\n"
        "The fire chief, Tom Wyle, said 80 sheds were lost near the river, where Premier "
        "Ada Krohn said there was “hardly anything left standing” after the front passed.\n"
    )
    assert _speaker(src, "hardly anything left")[0] == "Ada Krohn"


def test_present_tense_verbs_and_has_before_the_verb() -> None:
    src = _src(
        "Herders\n\n"
        "Premier Lia Varga has described the storm as “the hardest night this town has seen” "
        "in a radio address.\n\n"
        '"We sold half the goats before the rains failed", herder Omar Kibet, laments.\n\n'
        '"The school sends the children home every week", Kibet explains.\n'
    )
    assert _speaker(src, "the hardest night")[0] == "Lia Varga"
    assert _speaker(src, "We sold half")[0] == "Omar Kibet"
    assert _speaker(src, "The school sends")[0] == "Omar Kibet"


def test_he_goes_on_meaning_the_last_speaker_when_nobody_else_is_named() -> None:
    src = _src(
        "Storm night\n\n"
        "Mayor Ivo Brandt spoke from the town hall on Sunday.\n\n"
        "“The river came over the wall just after midnight,” Mr Brandt told the radio.\n\n"
        "He thanked the volunteers of the Harbour Rescue Service and the Red Cross.\n\n"
        "“I owe every one of them a dry bed and a hot meal,” he said.\n\n"
        "“My thoughts are with the families who lost their homes,” he said.\n"
    )
    assert _speaker(src, "I owe every one") == ("Ivo Brandt", True)
    assert _speaker(src, "My thoughts are with") == ("Ivo Brandt", True)


def test_a_title_before_the_name_it_belongs_to_is_no_second_person() -> None:
    src = _src(
        "Power cuts\n\n"
        "The grid operator cut supply on Saturday.\n\n"
        "On Sunday, the Minister of Power and Water, Dr Ama Obi apologised at a briefing.\n\n"
        "He said, “Please accept our apologies for a hard weekend without light.”\n"
    )
    assert _speaker(src, "Please accept our") == ("Ama Obi", True)


def test_a_lower_case_office_before_the_name_and_a_body_with_a_trailer() -> None:
    src = _src(
        "Fires and herds\n\n"
        '"They were fast fires and they hit the farms first," said fire commissioner '
        "Ken Adair.\n\n"
        "“Cattle are thin and the goats are weak in the dry districts,” said the ministry in "
        "a May report on the harvest.\n"
    )
    assert _speaker(src, "They were fast fires")[0] == "Ken Adair"
    assert src.quotes[0].role == "fire commissioner"
    assert _speaker(src, "Cattle are thin")[0] == "ministry"


def test_a_closing_mark_typed_for_the_opening_one_at_a_paragraph_start() -> None:
    src = _src(
        "Dry wells\n\n"
        "The herders walked for three days.\n\n"
        "”We carried the calves the last stretch to the water,” says Amina Waweru.\n"
    )
    assert _speaker(src, "We carried the calves")[0] == "Amina Waweru"
    assert src.quotes[0].text.startswith("We carried")


def test_a_quote_paragraph_after_a_paragraph_reporting_one_persons_words() -> None:
    src = _src(
        "Fire season\n\n"
        "Fire chief Nora Quill said the wind would turn by evening.\n\n"
        "While the fires are large, Ms Quill said they were slower than last year.\n\n"
        '"It is not the same day as the big fire, the ground is wetter this time."\n\n'
        "Premier Abel Dunn met Nora Quill, and Dunn said the army would help.\n\n"
        '"We will send every truck we have to the hills tonight."\n\n'
        "The weather office said the rain would come on Monday.\n\n"
        '"Showers will reach the coast before they reach the ranges."\n'
    )
    assert _speaker(src, "It is not the same day") == ("Nora Quill", True)
    assert _speaker(src, "We will send every truck")[0] is None  # two people named
    assert _speaker(src, "Showers will reach")[0] is None  # a body: not read this way


def test_a_name_followed_by_two_lower_case_appositives_before_the_verb() -> None:
    src = _src(
        "Typhoon\n\n"
        "“The roof is shaking and the lights went out an hour ago,” Rosa Lindqvist, a "
        "nurse on night duty, sitting in the hall with her two sons, told reporters.\n\n"
        "“In Manila, officials said the ferries will stay in port,” the radio reported.\n"
    )
    assert _speaker(src, "The roof is shaking") == ("Rosa Lindqvist", None)
    assert src.quotes[0].role == "nurse on night duty"


def test_units_glued_to_numbers_negative_rates_shillings_and_a_range_start() -> None:
    src = _src(
        "Storm and rates\n\n"
        "Gusts reached 120 km/h on the coast and 95kmh inland; the fire burnt 12,500ha. "
        "The bank kept its -0.2% rate. Fodder sells at Sh150 a bale. Then 8,000-9,000 "
        "people left the valley. Repairs take the next 6 -12 months.\n"
    )
    body = src.body or ""
    got = {(f.value, body[f.span[0] : f.span[1]].split()[0]) for f in src.figures if f.span}
    assert {(120, "120"), (95, "95kmh"), (12500, "12,500ha"), (-0.2, "-0.2%")} <= got
    assert (150, "Sh150") in got and (8000, "8,000") in got
    assert all(f.value != -12 for f in src.figures)  # a range's end, not a negative
    km = next(f for f in src.figures if f.value == 120)
    assert body[km.span[0] : km.span[1]].startswith("120 km/h")


def test_more_reporting_verbs_and_a_one_word_name_with_a_role() -> None:
    src = _src(
        "Harvest\n\n"
        "Ama Owusu, the CEO of the Grain Board, answered her critics on Friday.\n\n"
        "Owusu clarified, “The price committee decides the price; the board does not.”\n\n"
        'Premier Kofi Mensah hailed the deal as "a fair day for every grower" in the square.\n\n'
        "“Better seasons are coming for all of us,” he assured the growers.\n\n"
        "Kwesi, a fisherman who gave only one name, crossed twice that night.\n\n"
        '"The water rose faster than I have ever seen," he told reporters.\n\n'
        "Yaw, a ferry pilotman on the night shift, stayed on the far bank.\n\n"
        '"We tied every boat to the trees and waited," he said.\n'
    )
    assert _speaker(src, "The price committee")[0] == "Ama Owusu"
    assert _speaker(src, "a fair day for every")[0] == "Kofi Mensah"
    assert _speaker(src, "Better seasons")[0] == "Kofi Mensah"
    assert _speaker(src, "The water rose") == ("Kwesi", True)
    assert src.quotes[-2].role == "fisherman"
    # a one-word name with no known role: not resolved, and never someone named before
    assert _speaker(src, "We tied every boat")[0] is None


def test_a_named_agency_speaks_on_as_it() -> None:
    src = _src(
        "Eruption\n\n"
        "No one was hurt after the VGMC warned villagers to stay away. The geological agency "
        'said the mountain was "still in a very active phase" at dusk.\n\n'
        '"Overall the activity remains very high," it said in a statement.\n'
    )
    assert _speaker(src, "still in a very active") == ("VGMC", True)
    assert _speaker(src, "Overall the activity") == ("VGMC", True)


def test_a_title_just_before_its_name_and_a_mount_are_no_other_person() -> None:
    src = _src(
        "Prices\n\n"
        "Growers are angry with the Chief Executive Officer of Ghana Grain Board, Kojo Asante.\n\n"
        "Meanwhile, the Public Relations Officer for the board, Efua Mensah said they met "
        "the growers.\n\n"
        "“We talked to the growers before we set any price,” she added.\n\n"
        "Rescue teams near Mount Kerel were led by Ato Boateng, a Basarnas spokesperson.\n\n"
        "“The slopes are quiet today, so the villages are safe for now,” he said.\n"
    )
    assert _speaker(src, "We talked to the growers") == ("Efua Mensah", True)
    assert _speaker(src, "The slopes are quiet") == ("Ato Boateng", True)


def test_ghana_cedis_before_and_after_the_number() -> None:
    src = _src(
        "Cocoa\n\nThe bag price rose from GHC800 to GHC1,250, or from 1,250ghc to 2,010ghc per "
        "64kg; growers wanted GH₵2100 and got GH¢550 more.\n"
    )
    body = src.body or ""
    got = {(f.value, body[f.span[0] : f.span[1]]) for f in src.figures if f.span}
    assert {(800, "GHC800"), (1250, "GHC1,250"), (2010, "2,010ghc"), (2100, "GH₵2100")} <= got
    assert (550, "GH¢550") in got


def test_an_inserted_attribution_a_two_word_surname_and_a_one_word_name() -> None:
    src = _src(
        "Border\n\n"
        "President Ana Lucía Ruiz Marín spoke on Friday.\n\n"
        "“We will meet them halfway on the river,” Ruiz Marín said.\n\n"
        "Farmers, the president said, should accept the plan to “keep the valley fed for "
        "ten more years”.\n\n"
        "Camp chief Pedro Alves said, “We clear only the empty tents.”\n\n"
        "But one migrant who gave only his first name, Tomás, said the camp was cleared.\n\n"
        "“They pushed us out at night,” he said.\n"
    )
    assert _speaker(src, "We will meet them")[0] == "Ana Lucía Ruiz Marín"
    assert _speaker(src, "keep the valley fed")[0] == "Ana Lucía Ruiz Marín"
    # a one-word name that is the subject of a reporting verb is whom "he" stands for
    # (round 3; before, nobody), never Pedro Alves named earlier
    assert _speaker(src, "They pushed us out") == ("Tomás", True)


def test_a_long_quote_after_called_and_mixed_marks_around_reports() -> None:
    src = _src(
        "Plants\n\n"
        "Council head Rita Lenz vowed to fight the plan, which she called “an attack on our "
        "jobs, our plants and our contracts.\n\n"
        "“The future of the whole brand is at stake and we will resist,” she warned.\n\n"
        "Our correspondent Omar Daud spent the day in the town.\n\n"
        '“I walked through the flooded market this morning and saw nobody at all," reports '
        'Daud. "So this is one town and we have forty more like it.”\n'
    )
    assert _speaker(src, "an attack on our jobs")[0] == "Rita Lenz"
    assert _speaker(src, "I walked through the flooded")[0] == "Omar Daud"
    assert _speaker(src, "So this is one town")[0] == "Omar Daud"


def test_said_the_authority_and_a_number_word_inside_a_word() -> None:
    src = _src(
        "Protests\n\n"
        "Minister Rosa Quispe spoke after the march. The petrol bombs were meant “to burn the "
        "station down, but the officers kept calm,” said the authority.\n\n"
        "Tensions rose again at night; the tenants left and tenfold more police came.\n"
    )
    assert _speaker(src, "to burn the station")[0] is None
    assert [f.value for f in src.figures] == [10]  # "tenfold", never "Tensions"/"tenants"


def test_a_nationality_before_a_title_is_no_unknown_person() -> None:
    src = _src(
        "Evacuation\n\n"
        "“It was a frightening night,” said town resident Lea Morrow.\n\n"
        "As a Canadian Ranger, Morrow also had to knock on doors.\n\n"
        "“Some people told me they did not want to leave,” she said.\n"
    )
    assert _speaker(src, "Some people told me") == ("Lea Morrow", True)


# ------------------------------------------------- round 3: mechanisms, not phrases


@pytest.mark.parametrize(
    "verb",
    ["pointed out", "highlighted", "underlined", "mentioned", "alleged", "went on", "quipped"],
)
def test_the_reporting_verb_lexicon_after_and_before_a_quote(verb: str) -> None:
    src = _src(
        "Cranes\n\n"
        f"“The new cranes come far too late for this season,” yard boss Ivo Brandt {verb}.\n\n"
        f"Dock worker Nadia Sousa {verb}: “Nobody asked the crews before the order went out.”\n"
    )
    assert _speaker(src, "The new cranes come")[0] == "Ivo Brandt"
    assert _speaker(src, "Nobody asked the crews")[0] == "Nadia Sousa"


def test_a_name_with_an_a_appositive_or_of_a_body_before_the_verb() -> None:
    src = _src(
        "Cranes\n\n"
        "Ivo Brandt, a crane driver from the north quay, said: “We lift half of what we did.”\n\n"
        "“The yard has never been this quiet in spring,” Nadia Sousa of the dockers’ union "
        "said.\n\n"
        "“Orders will come back after the holidays,” Rui Matos from the port office said.\n\n"
        "“The quay walls need work first,” the Director of Port Works said.\n"
    )
    assert _speaker(src, "We lift half")[0] == "Ivo Brandt"
    assert _speaker(src, "The yard has never")[0] == "Nadia Sousa"
    assert _speaker(src, "Orders will come back")[0] == "Rui Matos"
    assert _speaker(src, "The quay walls")[0] is None  # an office nobody was named for


def test_a_quote_before_a_new_clause_is_not_its_speakers() -> None:
    src = _src(
        "Copper\n\n"
        "President Mara Solis hailed the deal as “a good day for the valley,” while Economy "
        "Minister Tito Vaca pointed out that the mine would take years to open.\n"
    )
    assert _speaker(src, "a good day for the valley")[0] == "Mara Solis"


def test_a_speaker_gets_the_fullest_name_the_article_gives_before_or_after() -> None:
    src = _src(
        "Cranes\n\n"
        "“The yard lifts half of what it did,” Brandt said.\n\n"
        "Ivo Brandt has run the north quay for ten years.\n\n"
        "Minister Rosa Quispe met Teodoro Ruiz Marín on Friday.\n\n"
        "“We will meet them halfway on the river,” Ruiz Marín said.\n\n"
        "By Ana Duarte\n\n"
        "“The crews will not wait another year,” Duarte said.\n"
    )
    assert _speaker(src, "The yard lifts half")[0] == "Ivo Brandt"
    assert _speaker(src, "We will meet them")[0] == "Teodoro Ruiz Marín"
    assert _speaker(src, "The crews will not")[0] == "Ana Duarte"  # never "By Ana Duarte"


def test_a_partial_name_two_people_share_stays_as_the_article_gives_it() -> None:
    src = _src(
        "Cranes\n\n"
        "Ivo Brandt and Lena Brandt run the yard together.\n\n"
        "“The yard lifts half of what it did,” Brandt said.\n"
    )
    assert _speaker(src, "The yard lifts half")[0] == "Brandt"


def test_she_after_a_man_and_a_woman_named_with_mr_and_ms_is_the_woman() -> None:
    src = _src(
        "Cranes\n\n"
        "Ms Lina Holt met Mr Ivo Brandt at the quay on Monday.\n\n"
        "“The new cranes come far too late for this season,” she said.\n"
    )
    assert _speaker(src, "The new cranes come") == ("Lina Holt", True)


def test_she_after_a_sentence_naming_only_a_man_is_no_one_never_him() -> None:
    src = _src(
        "Cranes\n\n"
        "Lina Holt, the mayor, said her office would help. Ivo Brandt, the yard boss, said "
        "he was grateful for it.\n\n"
        "“The new cranes come far too late for this season,” she said.\n\n"
        "Mayor Rosa Quispe met Tomas Rydell at the quay on Monday.\n\n"
        "“Nobody asked the crews before the order went out,” he said.\n"
    )
    # Brandt is a man ("said he was"): "she" is not Brandt; an older woman is not sure
    assert _speaker(src, "The new cranes come")[0] is None
    # two people, neither known as a man or a woman: no one
    assert _speaker(src, "Nobody asked the crews")[0] is None


def test_a_name_the_article_shows_is_a_person_can_be_he() -> None:
    src = _src(
        "Cranes\n\n"
        "Ivo Brandt lost his job at the yard in March.\n\n"
        "“The new cranes come far too late for this season,” he said.\n\n"
        "Nadia Sousa, 41, has worked on the quay for years.\n\n"
        "“Nobody asked the crews before the order went out,” she said.\n\n"
        "Tamil Port has been quiet for weeks.\n\n"
        "“Not one ship came in this week,” he said.\n"
    )
    assert _speaker(src, "The new cranes come") == ("Ivo Brandt", True)
    assert _speaker(src, "Nobody asked the crews") == ("Nadia Sousa", True)
    assert _speaker(src, "Not one ship") == (None, None)  # a place is nobody's "he"


def test_the_union_or_the_ministry_is_the_one_body_of_that_kind_named_before() -> None:
    src = _src(
        "Cranes\n\n"
        "The Harbour Workers Union met the yard’s owners on Monday.\n\n"
        "“The new cranes come far too late for this season,” the union said.\n\n"
        "In a letter, the Ministry of Ports and Shipping said the order stood.\n\n"
        "“Nothing will change before the spring,” the ministry said.\n\n"
        "The Finance Ministry later questioned the cost.\n\n"
        "“The order is twice the price of last year’s,” the ministry said.\n"
    )
    assert _speaker(src, "The new cranes come") == ("Harbour Workers Union", True)
    assert _speaker(src, "Nothing will change") == ("Ministry of Ports and Shipping", True)
    # two ministries named before: no speaker rather than a guess or the bare word
    assert _speaker(src, "The order is twice")[0] is None


def test_the_statement_said_is_whoever_issued_the_statement() -> None:
    src = _src(
        "Cranes\n\n"
        "The Harbour Workers Union issued a statement on Monday night.\n\n"
        "“The new cranes come far too late for this season,” the statement said.\n\n"
        "“Nobody asked the crews,” said a statement from the Solvik Port Authority.\n\n"
        "Some people said the strike should end. “It has gone on long enough,” the letter "
        "added.\n"
    )
    assert _speaker(src, "The new cranes come") == ("Harbour Workers Union", True)
    assert _speaker(src, "Nobody asked the crews")[0] == "Solvik Port Authority"
    assert _speaker(src, "It has gone on")[0] is None  # nobody said who wrote the letter


def test_who_and_verbs_only_people_do_show_a_name_is_a_persons() -> None:
    src = _src(
        "Cranes\n\n"
        "Ivo Brandt, who runs the crane yard, has seen worse winters.\n\n"
        "“The new cranes come far too late for this season,” he said.\n\n"
        "Nadia Sousa spoke to reporters after the meeting.\n\n"
        "“Nobody asked the crews before the order went out,” she said.\n\n"
        "“We lift half of what we did,” Brandt, the yard boss, told them.\n"
    )
    assert _speaker(src, "The new cranes come") == ("Ivo Brandt", True)
    assert _speaker(src, "Nobody asked the crews") == ("Nadia Sousa", True)
    assert _speaker(src, "We lift half")[0] == "Ivo Brandt"


def test_it_said_after_a_sentence_whose_subject_is_a_body() -> None:
    src = _src(
        "Floods\n\n"
        "Ivo Brandt, the mayor, toured the camps on Monday.\n\n"
        "The Northern Relief Council of the Red Lantern earlier announced that two camps "
        "had closed.\n\n"
        "“Whole streets were washed away in a single night,” it said in a statement.\n\n"
        "The water fell on Tuesday.\n\n"
        "“We have no clean water left in the camp,” it said.\n\n"
        "Long queues formed as the Fuel Pricing Board (FPB) announced the change.\n\n"
        "“There is enough fuel for every station in the region” FPB said as queues grew "
        "longer by the hour.\n"
    )
    assert _speaker(src, "Whole streets were") == (
        "Northern Relief Council of the Red Lantern",
        True,
    )
    # the initials as the article spells them out once: the fullest form of the name
    assert _speaker(src, "There is enough fuel")[0] == "Fuel Pricing Board"
    # the body quoted last goes on as "it"
    assert _speaker(src, "We have no clean") == ("Northern Relief Council of the Red Lantern", True)


def test_two_quotes_share_one_attribution_and_a_body_named_by_its_appositive() -> None:
    src = _src(
        "Cranes\n\n"
        "“The cranes come far too late” and “nobody asked the crews at all,” Ivo Brandt "
        "said.\n\n"
        "Dockfolk, the country’s oldest dockers’ union, called the order a mistake that "
        "“leaves the quay empty for a year.”\n\n"
        "In a press release issued by the Solvik Port Authority, it said the order stood.\n\n"
        "“The cranes will come in the spring,” the statement said.\n"
    )
    assert _speaker(src, "The cranes come far")[0] == "Ivo Brandt"
    assert _speaker(src, "nobody asked the crews")[0] == "Ivo Brandt"
    assert _speaker(src, "leaves the quay empty")[0] == "Dockfolk"
    assert _speaker(src, "The cranes will come") == ("Solvik Port Authority", True)


def test_a_quote_after_a_sentence_reporting_one_persons_words_in_its_paragraph() -> None:
    src = _src(
        "Smoke\n\n"
        "Planes moved 400 people out on Monday. Regional Chief Ana Duarte, who speaks for "
        "nine villages far from any road, said the planes came too slowly. “Every hour the "
        "smoke gets thicker and the pilots see less of the strip.” More flights are planned.\n\n"
        "The army flew 300 people out. Ana Duarte met Ivo Brandt, who said the strip was "
        "closed. “Nobody can land there before the wind turns.”\n\n"
        "Minister of the Interior General Rui Matos spoke on the radio.\n\n"
        "“About 2,400 people” took part in the marches, the Minister said.\n"
    )
    assert _speaker(src, "Every hour the smoke") == ("Ana Duarte", True)
    assert _speaker(src, "Nobody can land")[0] is None  # the sentence names two people
    assert _speaker(src, "About 2,400 people")[0] == "Rui Matos"


def test_a_quote_never_closed_with_its_attribution_at_the_paragraphs_end() -> None:
    src = _src(
        "Cocoa\n\n"
        "The farmers cheered when President Ama Mensah read out the new price on Saturday.\n\n"
        "“From today the price of a bag rises by a third for every grower in the region, "
        "the President announced.\n\n"
        "Farm leader Kofi Ansah accused the board of “short-changing the growers” again.\n"
    )
    q = next(q for q in src.quotes if q.text.startswith("From today"))
    assert q.text.endswith("region")  # the attribution is not part of the quote
    assert (q.speaker, q.speaker_inferred) == ("Ama Mensah", True)
    assert _speaker(src, "short-changing the growers")[0] == "Kofi Ansah"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("said Solvik mayor Lina Holt", "Lina Holt"),
        ("said Solvik’s mayor, Lina Holt", "Lina Holt"),
        ("said the town’s mayor, Lina Holt", "Lina Holt"),
        ("Lina Holt (Solvik Party) said", "Lina Holt"),
        ("said Lina Holt (Solvik Party)", "Lina Holt"),
    ],
)
def test_role_and_name_orders_after_the_quote(attribution: str, speaker: str) -> None:
    src = _src(f"Cranes\n\n“The new cranes come far too late for this season,” {attribution}.\n")
    assert _speaker(src, "The new cranes come")[0] == speaker


def test_a_participle_between_name_and_verb_and_a_possessive_title() -> None:
    src = _src(
        "Cranes\n\n"
        "Lina Holt, the mayor of Solvik, visited the quay on Monday.\n\n"
        "Holt, speaking to the BBC, said “the new cranes come far too late for this season.”\n\n"
        "“Nobody asked the crews before the order went out,” Solvik’s mayor said.\n\n"
        "Mayor Rosa Quispe met port boss Ivo Brandt on Tuesday.\n\n"
        "“We lift half of what we did,” the port boss said.\n"
    )
    assert _speaker(src, "the new cranes come")[0] == "Lina Holt"  # never "BBC"
    assert _speaker(src, "Nobody asked the crews")[0] == "Lina Holt"
    # "Mayor Rosa Quispe met port boss": the role is "port boss", not the clause
    assert _speaker(src, "We lift half") == ("Ivo Brandt", True)


def test_a_place_before_a_role_word_and_his_is_no_person() -> None:
    src = _src(
        "Floods\n\n"
        "Solvik Valley chief minister said his team was ready for the rain.\n\n"
        "“We will not leave anyone behind in the camps,” he said.\n"
    )
    assert _speaker(src, "We will not leave")[0] is None


def test_the_n_year_old_is_the_one_person_given_that_age() -> None:
    src = _src(
        "Floods\n\n"
        "Lina Holt, 54, lost her house to the river. Ivo Brandt, 61, lost his boat.\n\n"
        "“The water came up through the floor in minutes,” the 54-year-old said.\n\n"
        "“We asked the council for a wall in May,” the 60-year-old said.\n"
    )
    assert _speaker(src, "The water came up") == ("Lina Holt", True)
    assert _speaker(src, "We asked the council")[0] is None  # nobody is 60


def test_courts_rulings_the_judge_and_an_acronym_that_spells_a_word() -> None:
    src = _src(
        "Ruling on the port\n\n"
        "“The order to close the quay was not lawful,” Justice Ivo Brandt ruled.\n\n"
        "“The crews must be paid for every week they lost,” the judge said.\n\n"
        "“Closed quays spread no disease at all,” the WHO said.\n"
    )
    assert _speaker(src, "The order to close")[0] == "Ivo Brandt"
    assert _speaker(src, "The crews must be paid") == ("Ivo Brandt", True)
    assert _speaker(src, "Closed quays spread")[0] == "WHO"


def test_a_name_and_a_colon_before_a_quote_only_for_someone_named_before() -> None:
    src = _src(
        "Cranes\n\n"
        "Yard boss Ivo Brandt met the crews on Monday.\n\n"
        "Brandt: “They arrive far too late for this season.”\n\n"
        "Update: “Five cranes came in on the night ship.”\n\n"
        "Holt: “Nobody asked the crews before the order went out.”\n"
    )
    assert _speaker(src, "They arrive far") == ("Ivo Brandt", None)
    assert _speaker(src, "Five cranes came")[0] is None
    assert _speaker(src, "Nobody asked the crews")[0] is None  # nobody called Holt before


def test_he_after_a_one_word_speaker_is_that_speaker_never_someone_older() -> None:
    src = _src(
        "Cranes\n\n"
        "Port boss Ivo Brandt said the cranes were late.\n\n"
        "“They arrive far too late for this season,” said Mwangi.\n\n"
        "“We asked in May and nobody listened,” he added.\n"
    )
    assert _speaker(src, "They arrive far") == ("Mwangi", None)
    assert _speaker(src, "We asked in May") == ("Mwangi", True)  # was Ivo Brandt


def test_words_owned_by_a_person_before_a_quote() -> None:
    src = _src(
        "Cranes\n\n"
        "The mayor would not comment on union leader Ivo Brandt’s campaign promise to use "
        "“every crane in the yard” against the plan.\n"
    )
    assert _speaker(src, "every crane in the yard")[0] == "Ivo Brandt"


def test_short_titles_termed_and_a_split_quote_around_an_inverted_attribution() -> None:
    src = _src(
        "Floods\n\n"
        "Speaking to reporters, Chief Minister Lina Holt said, “Every family will get help "
        "within a week.”\n\n"
        "“We have sent twenty rescue teams to the river,” the CM added.\n\n"
        "Opposition leader Ivo Brandt termed the package “too little, too late for the "
        "farmers”.\n\n"
        "“The new cranes,” said port boss Rui Matos, “arrive far too late for this season.”\n"
    )
    assert _speaker(src, "We have sent twenty") == ("Lina Holt", True)
    assert _speaker(src, "too little, too late")[0] == "Ivo Brandt"
    assert _speaker(src, "arrive far too late")[0] == "Rui Matos"


def test_she_after_a_sentence_whose_subject_is_the_one_known_woman() -> None:
    src = _src(
        "Power cuts\n\n"
        "Grid chief Ivo Brandt briefed the press on Sunday.\n\n"
        "“The grid remains tight this week,” said Brandt.\n\n"
        "Energy minister Lina Holt said she had asked Brandt for a plan. “We cannot go on "
        "like this,” she said.\n"
    )
    assert _speaker(src, "We cannot go on") == ("Lina Holt", True)


def test_a_titled_one_word_name_is_not_extended_to_a_relative_named_in_passing() -> None:
    src = _src(
        "Trade\n\n"
        "President Brandt spoke on Monday; his daughter Ana Brandt stood beside him.\n\n"
        "“We will win this trade fight with ease,” Brandt said.\n"
    )
    assert _speaker(src, "We will win")[0] == "Brandt"


def test_it_said_after_a_headline_and_critics_are_no_one() -> None:
    src = _src(
        "Ports\n\n"
        "The Solvik Times reported the delay first.\n\n"
        "“Nobody asked the crews at all,” it said.\n\n"
        "Critics called the plan “a waste of public money and time.”\n\n"
        "“The quay will stay shut all winter long,” Residents said.\n"
    )
    assert _speaker(src, "Nobody asked the crews") == ("Solvik Times", True)
    assert _speaker(src, "a waste of public")[0] is None
    assert _speaker(src, "The quay will stay")[0] is None


def test_a_speaker_named_by_the_first_word_of_a_name_gets_the_whole_name() -> None:
    src = _src(
        "Talks\n\n"
        "Wu Jinhai met the envoy on Monday. Lina Holt lost her home in the fire.\n\n"
        "“The door will only open wider,” Wu said.\n\n"
        "“We got out with the clothes we had on,” Lina said.\n"
    )
    assert _speaker(src, "The door will only")[0] == "Wu Jinhai"
    assert _speaker(src, "We got out")[0] == "Lina Holt"


def test_a_quote_paragraph_after_a_paragraph_reporting_what_he_said() -> None:
    src = _src(
        "Cranes\n\n"
        "Port boss Ivo Brandt said the cranes were late.\n\n"
        "He added that the crews were angry.\n\n"
        "“We were never asked about any of it.”\n\n"
        "Mayor Lina Holt met Rui Matos later.\n\n"
        "She said the city would pay.\n\n"
        "“The money is there and it will be spent.”\n"
    )
    assert _speaker(src, "We were never asked") == ("Ivo Brandt", True)
    assert _speaker(src, "The money is there")[0] is None  # two people: "she" is not sure


def test_capitalised_title_appositives_and_dashes_around_a_role() -> None:
    src = _src(
        "Cranes\n\n"
        "“They arrive far too late for this season,” Ivo Brandt, CEO of Solvik Ports, told "
        "reporters.\n\n"
        "“Nobody asked the crews before the order went out,” Lina Holt — the union’s "
        "secretary — said.\n"
    )
    assert _speaker(src, "They arrive far") == ("Ivo Brandt", None)
    assert src.quotes[0].role == "CEO of Solvik Ports"
    assert _speaker(src, "Nobody asked the crews")[0] == "Lina Holt"


def test_he_after_a_one_word_subject_of_a_reporting_verb() -> None:
    src = _src(
        "Launch\n\n"
        "Mission chief Ivo Brandt watched from the control room.\n\n"
        "Addressing the crowd, Sarin said the rocket had reached its orbit.\n\n"
        "“The first sixteen satellites are already out,” he said.\n\n"
        "Mr Brandt said the next launch was in May. “We are ready for it,” he added.\n"
    )
    assert _speaker(src, "The first sixteen") == ("Sarin", True)
    assert _speaker(src, "We are ready")[0] == "Ivo Brandt"  # "Mr Brandt" is the one known


def test_according_to_a_body_or_its_statement() -> None:
    src = _src(
        "Cranes\n\n"
        "The cranes are “far too late for this season to matter,” according to the Solvik "
        "Port Authority.\n\n"
        "The yard is “closed until the spring at the earliest,” according to a statement by "
        "the Harbour Workers Union.\n"
    )
    assert _speaker(src, "far too late")[0] == "Solvik Port Authority"
    assert _speaker(src, "closed until the spring")[0] == "Harbour Workers Union"


def test_kin_and_neighbours_are_roles_but_a_list_after_a_name_is_not() -> None:
    src = _src(
        "Fire\n\n"
        "Lina Holt, 54, watched her street burn on Tuesday.\n\n"
        "Her neighbour, Ivo Brandt, stayed to fight the flames with a garden hose.\n\n"
        "“I could not just leave the house,” he said.\n\n"
        "We found Rui Matos, his wife and son carrying water to the goats.\n\n"
        "“Most of the herd has died this month,” says Matos.\n"
    )
    assert _speaker(src, "I could not") == ("Ivo Brandt", True)
    assert _speaker(src, "Most of the herd")[0] == "Rui Matos"


def test_a_name_with_particles_named_in_passing_is_the_fullest_form() -> None:
    src = _src(
        "Talks\n\n"
        "Marta van der Berg met the envoys late on Monday.\n\n"
        "“We will not sign anything this week,” van der Berg said.\n"
    )
    assert _speaker(src, "We will not sign")[0] == "Marta van der Berg"


@pytest.mark.parametrize(
    "honorific",
    ["Engr.", "Hon.", "Rt. Hon.", "Alhaji", "Barrister", "Comrade", "Shri", "Ald."],
)
def test_honorifics_of_many_countries_are_not_the_speaker(honorific: str) -> None:
    src = _src(
        f"Cranes\n\n“They arrive far too late for this season,” said {honorific} Ivo Brandt.\n"
    )
    assert _speaker(src, "They arrive far")[0] == "Ivo Brandt"


@pytest.mark.parametrize(
    "attribution",
    [
        "said AVM Ivo Brandt",
        "said IGP Ivo Brandt",
        "said ACP Ivo Brandt",
        "said Commissioner of Police Ivo Brandt",
        "said Inspector-General of Police Ivo Brandt",
        "said His Excellency Ivo Brandt",
        "said H.E. Ivo Brandt",
    ],
)
def test_police_and_air_force_ranks_and_offices_before_a_name(attribution: str) -> None:
    src = _src(f"Cranes\n\n“They arrive far too late for this season,” {attribution}.\n")
    assert _speaker(src, "They arrive far")[0] == "Ivo Brandt"


def test_a_long_name_with_particles() -> None:
    src = _src("Cranes\n\n“They arrive far too late,” said Saif Rashid bin Hamad Al Nuaimi.\n")
    assert _speaker(src, "They arrive far")[0] == "Saif Rashid bin Hamad Al Nuaimi"


def test_a_quoted_phrase_then_a_subject_with_its_role_and_an_adding_clause() -> None:
    src = _src(
        "Typhoon\n\n"
        "By nightfall, “nearly 90,000 people” had left the coast, Ivo Brandt, deputy head of "
        "the civil defence office, said at a briefing, adding that the storm would land at "
        "dawn.\n"
    )
    assert _speaker(src, "nearly 90,000 people")[0] == "Ivo Brandt"


def test_a_country_that_said_something_is_not_whom_he_stands_for() -> None:
    src = _src(
        "Talks\n\n"
        "Foreign office spokesman Ivo Brandt briefed reporters in the capital.\n\n"
        "Solvania said the talks would resume. “We are ready to talk at any time,” he said.\n\n"
        "Floods have hit towns across Solvania this month.\n"
    )
    assert _speaker(src, "We are ready") == ("Ivo Brandt", True)


def test_a_phrase_between_commas_and_a_first_verb_without_subject() -> None:
    src = _src(
        "Cranes\n\n"
        "Yard boss Ivo Brandt spoke on Monday.\n\n"
        "Ivo Brandt, in a post on X, said: “They arrive far too late for this season.”\n\n"
        "In a video posted online, Lina Holt said: “Nobody asked the crews at all.”\n"
    )
    assert _speaker(src, "They arrive far")[0] == "Ivo Brandt"  # never "X"
    assert _speaker(src, "Nobody asked the crews")[0] == "Lina Holt"


def test_an_acronym_that_spells_who_is_no_relative_clause() -> None:
    src = _src(
        "Health\n\n"
        "“The next weeks are critical,” WHO Director-General Ivo Brandt told a briefing.\n"
    )
    assert _speaker(src, "The next weeks")[0] == "Ivo Brandt"


def test_an_initialled_form_is_the_same_person_and_a_title_without_its_article() -> None:
    src = _src(
        "Quake\n\n"
        "At least 900 people died, President Tarik Oran said on Monday.\n\n"
        "Photo: T. Oran at the crisis centre.\n\n"
        "Oran said 2,000 buildings had fallen.\n\n"
        "“We do not know how high the toll will go,” he said.\n\n"
        "Finance Minister Ivo Brandt spoke on Saturday.\n\n"
        "“We will pay each foreign loan on time,” federal minister said in a statement.\n"
    )
    assert _speaker(src, "We do not know") == ("Tarik Oran", True)
    assert _speaker(src, "We will pay each") == ("Ivo Brandt", True)


def test_a_quote_after_a_sentence_whose_subject_is_one_person() -> None:
    src = _src(
        "Budget\n\n"
        "Prime Minister Ivo Brandt met his cabinet on Monday.\n\n"
        "PM Brandt thanked the donors for the loan. “They stood by us in a hard year.”\n\n"
        "The prime minister said the next government must keep the plan. “I ask every "
        "member to see it through.”\n\n"
        "Finance chief Lina Holt said the loan was cheap. Ivo Brandt agreed with her. Holt "
        "then left. “It is the best deal we could get.”\n"
    )
    assert _speaker(src, "They stood by us") == ("Ivo Brandt", True)
    assert _speaker(src, "I ask every member") == ("Ivo Brandt", True)
    assert _speaker(src, "It is the best deal") == ("Lina Holt", True)


def test_the_minister_when_nobody_has_that_title_is_the_one_just_quoted() -> None:
    src = _src(
        "Budget\n\n"
        "“The story about the loan was overblown,” Ivo Brandt said.\n\n"
        "Brandt explained that the money would pay for roads.\n\n"
        "“Only a small part of it will meet the wage bill,” the minister said.\n"
    )
    assert _speaker(src, "Only a small part") == ("Ivo Brandt", True)


def test_describing_it_as_what_he_called_and_a_never_closed_quote_with_a_day() -> None:
    src = _src(
        "Health\n\n"
        "Health chief Ivo Brandt spoke on Monday.\n\n"
        "He hinted at using spare beds in private clinics, describing it as “a means to an "
        "end”.\n\n"
        "Spokesman Rui Matos confirmed the toll from what he called “a drone strike.”\n\n"
        "“We have to keep the pumps running for the long haul, port minister Lina Holt said "
        "on Wednesday.\n\n"
        "Commissioners Pakorn Wattana and Ana Duarte held a briefing.\n\n"
        "“The count will take another week,” Mr Pakorn said.\n"
    )
    assert _speaker(src, "a means to an end")[0] == "Ivo Brandt"
    assert _speaker(src, "a drone strike")[0] == "Rui Matos"
    q = next(q for q in src.quotes if q.text.startswith("We have to keep"))
    assert q.speaker == "Lina Holt" and q.text.endswith("long haul")
    assert _speaker(src, "The count will")[0] == "Pakorn Wattana"


def test_an_office_running_into_a_name_and_the_minister_three_paragraphs_on() -> None:
    src = _src(
        "Census\n\n"
        "Principal Secretary for State Department of Planning Ana Torres said the count "
        "was nearly done.\n\n"
        "“We hope to reach the last homes by tonight,” said Torres.\n\n"
        "“The story about the loan was overblown,” Ivo Brandt said.\n\n"
        "The story ran on Monday.\n\n"
        "Brandt explained that the money would pay for roads.\n\n"
        "“Only a small part of it will meet the wage bill,” the minister said.\n"
    )
    assert _speaker(src, "We hope to reach")[0] == "Ana Torres"  # never "Planning Ana Torres"
    assert _speaker(src, "Only a small part") == ("Ivo Brandt", True)


def test_a_never_closed_quote_whose_attribution_starts_with_an_acronym() -> None:
    src = _src(
        "Oil\n\n"
        "“We have to keep the oil flowing to markets for years, UAE energy minister Ivo "
        "Brandt said on Wednesday.\n"
    )
    q = src.quotes[0]
    assert (q.speaker, q.text.endswith("for years")) == ("Ivo Brandt", True)


def test_never_closed_quote_lines_continue_the_speaker_of_the_line_before() -> None:
    src = _src(
        "Loot\n"
        "Minister Ivo Brandt spoke in Abuja on Monday.\n"
        "“The sum looks large, but contractors were not paid for years,” he added.\n"
        "“So when we paid them, they settled their own debts first.\n"
        "“The truth is that many have been paid and will go back to the sites.”\n"
        "The rains have slowed the work.\n"
    )
    assert _speaker(src, "So when we paid") == ("Ivo Brandt", True)
    assert _speaker(src, "The truth is that") == ("Ivo Brandt", True)


def test_a_quoted_policy_name_is_no_quote() -> None:
    src = extract(
        "Mines\n\nAlake said the action followed due process, underscoring the policy of “Use it "
        "or Lose it,” as set in the guidelines.\n"
    )
    assert [q.speaker for q in src.quotes if q.speaker] == []
