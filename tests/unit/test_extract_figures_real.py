"""Figures as real news articles write them (issue 12, round 3): every pattern found while
measuring on real articles is pinned here in sentences of our own (no article text)."""

from __future__ import annotations

import pytest

from briefer import model as m
from briefer.extract import extract


def _src(text: str) -> m.Source:
    src = extract(text)
    body = src.body or ""
    for f in src.figures:  # a figure's span always holds the words it was read from
        assert f.span and 0 <= f.span[0] < f.span[1] <= len(body)
    return src


def _read(sentence: str, title: str = "Title line here") -> list[tuple[float, str | None, str]]:
    """(value, unit, the span's words) of every figure of ``sentence`` under a headline."""
    src = _src(f"{title}\n\n{sentence}\n")
    body = src.body or ""
    return [(f.value, f.unit, " ".join(body[f.span[0] : f.span[1]].split())) for f in src.figures]


def _values(sentence: str) -> list[float]:
    return [v for v, _, _ in _read(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # scales written with a capital, plurals after a number word
        ("The ferry fund holds 4.25 Trillion shillings.", [4_250_000_000_000]),
        ("Lenders offered 650 Billion pesos and 3 MILLION more.", [650_000_000_000, 3_000_000]),
        ("The pipeline lost three millions litres.", [3_000_000]),
        # currencies: naira with a scale or grouping, Ugandan shillings with a short scale
        ("The audit traced N52 billion and N7,500 in fees.", [52_000_000_000, 7500]),
        ("Buyers wore N95 masks on the N1 road.", []),
        ("The council paid Shs480m for a Shs9b road.", [480_000_000, 9_000_000_000]),
        # percent written 'pct'
        ("Yields rose 1.75 pct on the day.", [1.75]),
    ],
)
def test_scales_and_currencies(sentence: str, expected: list[float]) -> None:
    assert _values(sentence) == expected


def test_numbers_read_out_in_words() -> None:
    got = _read(
        "Tin exports rose three-point-four percent to 61-point-two billion U.S. dollars, or "
        "22-point-five percent of sales, up two-point-one percentage points. Shares to Peru "
        "fell point-three percentage points to four-and-a-half percent, and "
        "three-thousand-218 tonnes left the port."
    )
    assert got == [
        (3.4, "percent", "three-point-four percent"),
        (61_200_000_000, "dollars", "61-point-two billion U.S. dollars"),
        (22.5, "percent", "22-point-five percent"),
        (2.1, "percentage points", "two-point-one percentage points"),
        (0.3, "percentage points", "point-three percentage points"),
        (4.5, "percent", "four-and-a-half percent"),
        (3218, "tonnes", "three-thousand-218 tonnes"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Three hundred and twelve pupils sat the test.", [(312, "pupils")]),
        ("Floods cut off roughly three dozen villages.", [(36, "villages")]),
        # "a dozen" counts only the plural noun it stands before (holdout 12's and 13's keys)
        ("About a dozen boats and half a dozen trucks waited.", [(12, "boats"), (6, "trucks")]),
        ("The bell rang a dozen times.", []),
        ("One in 8 drivers failed the check.", [(1, "in 8")]),
        ("The budget is split in a 70:30 ratio between the towns.", [(70, "ratio"), (30, "ratio")]),
        ("Arrests rose to 12 480 in the year.", [(12480, None)]),
        ("The reserve covers 81, 000 hectares of marsh.", [(81000, "hectares")]),
        ("A magnitude-6.9 tremor shook the coast.", [(6.9, "magnitude")]),
        (
            "The drill pumps between two and 2.4 million litres a day.",
            [(2e6, None), (2.4e6, "litres")],
        ),
    ],
)
def test_written_counts_rates_ratios_and_groupings(
    sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(v, u) for v, u, _ in _read(sentence)] == expected


def test_thousands_with_a_space_never_swallow_a_date_or_a_year() -> None:
    assert _values("On March 9 150 guards came; in 2019 300 more came.") == [150, 300]
    assert _values("Of the 14 2021 cases, 3 were new.") == [14, 3]


@pytest.mark.parametrize(
    "sentence",
    [
        "The union called a 72-hour walkout.",  # a period written as a compound
        "The lender approved an 18-month facility.",
        "Dock workers were jailed for 18 years.",
        "Repairs will take the next 4 -9 months.",  # a range of a period
        "Sales slid from March 3 to 17, 2024, the agency said.",  # days of a month
        "Strikes are set for 12 and 19 November.",
        "Between June first and 21, the port shut twice.",
    ],
)
def test_periods_and_days_are_not_figures(sentence: str) -> None:
    assert _values(sentence) == []


def test_a_multi_day_compound_before_a_plural_is_still_a_length() -> None:
    assert _read("Nurses now work 10-hour shifts.") == [(10, "hour", "10-hour shifts")]


def test_tolls_written_with_a_participle() -> None:
    got = _read(
        "Clashes left at least nine injured and four detained. Among the nine injured, two "
        "were medics. A landslide left one dead, and a second one wounded three more on Monday."
    )
    assert [(v, u, w) for v, u, w in got] == [
        (9, "injured", "at least nine injured"),
        (4, "detained", "four detained"),
        (1, "dead", "one dead"),
        (3, "wounded", "three more"),
    ]
    assert _values("Storms left 12 dead and 30 missing; 1,500 evacuated families slept out.") == [
        12,
        30,
        1500,
    ]


def test_a_conversion_in_brackets_is_the_same_quantity() -> None:
    got = _read(
        "The ash rose 30,000 feet (9 km) and fell on farms 6 km (four miles) away. The plan "
        "saves €2 billion ($2.2 billion) and a bonus of £900 (US$1,100.50) each. The peak is "
        "a 2,900-metre (9,500 feet) cone, and 40 families (12 of them new) left."
    )
    assert [v for v, _, _ in got] == [30000, 6, 2_000_000_000, 900, 2900, 40, 12]


def test_noun_phrases_after_counts() -> None:
    got = _read(
        "Officers found seven other suspected cases, 150 remaining tenants and twelve "
        "firemen; 3 rice-growing districts lie in a six-kilometre belt."
    )
    assert [(v, u) for v, u, _ in got] == [
        (7, "cases"),
        (150, "tenants"),
        (12, "firemen"),
        (3, "districts"),
        (6, "kilometre"),
    ]


def test_a_group_out_of_a_whole_spans_the_phrase() -> None:
    assert _read("The firm will shut at least four of its depots.") == [
        (4, None, "at least four of its depots")
    ]


def test_top_as_a_verb_is_no_rank() -> None:
    assert _values("Losses could top 1200 farms. It is among the top 5 risks.") == [1200]


def test_a_headline_figure_counts_once() -> None:
    # only in the headline: kept
    assert [v for v, _, w in _read("Crews left the depot.", title="Fire toll climbs to 31")] == [31]
    # the story repeats it: the story's mention is the figure
    got = _read(
        "Bank says rates may fall if prices ease to 3.5 percent.",
        title="Rates may fall if inflation slows to 3.5 pct, bank says",
    )
    assert got == [(3.5, "percent", "3.5 percent")]


def test_a_toll_and_the_people_it_counts_are_one_figure() -> None:
    got = _read("Storm toll: 6 killed. At least six people died when the roof fell.")
    assert [(v, u) for v, u, _ in got] == [(6, "killed")]
    # two tolls of the same size stay two
    assert _values("Riots left five injured and five arrested.") == [5, 5]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("SMALL PRINT $4 billion to $6 billion of damage.", [4_000_000_000, 6_000_000_000]),
        ("The blaze is some 18 k.m. east of the dam.", [18]),
        ("He expects half percent more, or half a per cent at most.", [0.5]),
        ("The ferry sails at 9 p.m. (1800-1900 GMT) and at 6.45 (IST).", []),
        ("Plans for Reform 2.0 passed; output rose 9% in 2023-’24.", [9]),
        ("<img src='ads.php?zoneid=7&n=b1' border='0'> Exports rose 3%.", [3]),
    ],
)
def test_amounts_after_labels_units_with_dots_half_percent_and_page_noise(
    sentence: str, expected: list[float]
) -> None:
    assert _values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The utility lost R3.5 billion, the port Dh7 million and the mill USD 1.25 billion.",
            [(3_500_000_000, "R"), (7_000_000, "Dh"), (1_250_000_000, "USD")],
        ),
        ("Climbers left the K2 base; the R4 road reopened.", []),
        (
            "Prices rose 2.7pc, up 0.3pp on the month.",
            [(2.7, "percent"), (0.3, "percentage points")],
        ),
        (
            "About 2.4m people and 150k homes lost power.",
            [(2_400_000, "people"), (150_000, "homes")],
        ),
        ("She won the 400m final; 30m waves hit the pier.", []),
    ],
)
def test_money_codes_uk_percentages_and_millions_without_a_currency(
    sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(v, u) for v, u, _ in _read(sentence)] == expected


def test_dollar_codes_phone_numbers_and_ages_in_brackets() -> None:
    assert [(v, u) for v, u, _ in _read("Canberra lent $US6 billion and CHF 8 million.")] == [
        (6_000_000_000, "$US"),
        (8_000_000, "CHF"),
    ]
    assert _values("Maya Odhiambo (41) was charged; 17 others were freed.") == [17]
    assert 254 not in _values("Call the desk on +254 711 000 222 after 5 deaths.")
    assert 20 not in _values("Ring (020) 555 0199 for help.")  # a leading zero: a code


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The county gets Sh 4.2Billion and the board 6.1Billion.", [4_200_000_000, 6_100_000_000]),
        ("Growers share a subsidy of 52 thousand crore rupees.", [520_000_000_000]),
        (
            "Each family gets 300,000 Kenyan shillings (around 2,300 U.S. dollars) in aid.",
            [300_000],
        ),
    ],
)
def test_glued_scales_thousand_crore_and_a_conversion_with_an_adjective(
    sentence: str, expected: list[float]
) -> None:
    assert _values(sentence) == expected


def test_a_weekday_ends_the_noun_phrase() -> None:
    assert _read("The toll rose to 23 late Tuesday.") == [(23, None, "23")]


def test_trillions_lira_square_brackets_and_an_exchange_rate_note() -> None:
    got = _read(
        "Trade reached $3t. Two editors were fined 5,250TL [$1,940] each. The surplus hit "
        "212 billion yuan ($29.9 billion). ($1 = 7.1 Chinese yuan)"
    )
    assert [(v, u) for v, u, _ in got] == [
        (3_000_000_000_000, "$"),
        (2, "editors"),
        (5250, "TL"),
        (212_000_000_000, "yuan"),
    ]


def test_a_written_count_out_of_a_number() -> None:
    got = _read("The court jailed five of 38 defendants.")
    assert got == [
        (5, "of 38 defendants", "five of 38 defendants"),
        (38, "defendants", "38 defendants"),
    ]


def test_age_ranges_are_not_figures() -> None:
    assert _values(
        "Some 3 million doses go to children aged 6 to 10 and to teens between the ages of "
        "13 and 16."
    ) == [3_000_000]


def test_power_units_glued_to_the_number_and_a_decimal_fold() -> None:
    got = _read("The grid adds 2.5GW this year and 140MW of storage after a 3.5-fold rise.")
    assert [(v, u) for v, u, _ in got] == [(2.5, "GW"), (140, "MW"), (3.5, "times")]


def test_news_agency_scales_and_naira_exchange_rates() -> None:
    got = _read(
        "Of N21.4trn, N3.9trn goes to debt; 74 bln shillings and 2 mln tonnes; N412.50 a dollar."
    )
    assert [v for v, _, _ in got] == [
        21_400_000_000_000,
        3_900_000_000_000,
        74_000_000_000,
        2_000_000,
        412.5,
    ]


def test_an_amount_written_in_two_scaled_parts() -> None:
    got = _read(
        "The plan of 12 thousand 300 billion rupees gives Rs 3 billion 25 crore to ports and "
        "Rs 815 crore 40 lakh to roads; 4 million 200 tonnes is no such amount."
    )
    assert [v for v, _, _ in got] == [
        12_300_000_000_000,
        3_250_000_000,
        8_154_000_000,
        4_000_000,
        200,
    ]


def test_capital_short_scales_with_a_currency_and_one_of_many() -> None:
    got = _read(
        "Deals of $350M and $1.4B closed; a £8K fee; 4K screens sold; it is one of 9,200 suits."
    )
    assert [(v, u) for v, u, _ in got] == [
        (350_000_000, "$"),
        (1_400_000_000, "$"),
        (8000, "£"),
        (9200, "suits"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Five deaths were reported in the hills and two in the valley.", [5, 2]),
        ("Doctors saw 38 people, including four with burns.", [38, 4]),
        ("Of these 20, eleven cases were confirmed and six were probable.", [20, 11, 6]),
        ("Tests covered 30 known cases, with 12 local,” seven attributed to travel.", [30, 12, 7]),
        # no count before: the word stays a bare word
        ("The council met and two were absent.", []),
    ],
)
def test_a_count_whose_noun_is_left_out(sentence: str, expected: list[float]) -> None:
    assert _values(sentence) == expected


def test_a_participle_and_a_noun_before_the_counted_plural() -> None:
    assert _read("The province hired 240 trained forest rangers.") == [
        (240, "rangers", "240 trained forest rangers")
    ]


def test_a_toll_free_number_is_never_one_big_figure() -> None:
    assert 1_800_555 not in _values("Call 1 800 555-0100 to register.")


def test_a_one_word_page_title_does_not_make_the_lead_a_headline() -> None:
    page = (
        "<html><head><title>Energy</title></head><body>"
        "<p>Energy prices rose 4 percent in May, the agency said on Monday.</p>"
        "<p>Prices rose 4 percent again in June, traders said in a note.</p></body></html>"
    )
    src = extract(page, fmt="html")
    body = src.body or ""
    assert [body[f.span[0] : f.span[1]] for f in src.figures] == ["4 percent"]
    assert src.figures[0].span and src.figures[0].span[0] < body.index("again")


def test_dollar_signs_with_a_country_prefix_and_a_space() -> None:
    got = _read("Brasilia set aside R$ 7 billion, Taipei NT$45 billion and Lima US$ 2 million.")
    assert [(v, u) for v, u, _ in got] == [
        (7_000_000_000, "R$"),
        (45_000_000_000, "NT$"),
        (2_000_000, "US$"),
    ]


def test_rates_written_with_a_word() -> None:
    got = _read("Two in five adults and three in 10 teens vape; she won two in three days.")
    assert [(v, u) for v, u, _ in got] == [(2, "in 5"), (3, "in 10")]


def test_a_magnitude_written_after_the_number() -> None:
    got = _read("A 5.7 magnitude aftershock and a 6.3-magnitude quake hit; Magnitude 4.8 later.")
    assert [(v, u) for v, u, _ in got] == [
        (5.7, "magnitude"),
        (6.3, "magnitude"),
        (4.8, "magnitude"),
    ]


def test_quarter_points() -> None:
    got = _read("Rates fell a quarter of a percentage point, then three-quarters of a point.")
    assert [(v, u) for v, u, _ in got] == [(0.25, "percentage points"), (0.75, "percentage points")]


def test_degrees_with_a_sign_and_their_conversion() -> None:
    got = _read("Warming of 2° Celsius (3.6° Fahrenheit) would bring 45°C (113°F) days.")
    assert [(v, u) for v, u, _ in got] == [(2, "° Celsius"), (45, "°C")]


def test_rupees_with_a_dot_before_a_space() -> None:
    assert _read("The board cleared Rs. 2,400 crore for canals.") == [
        (24_000_000_000, "Rs.", "Rs. 2,400 crore")
    ]


def test_model_and_mission_names_with_a_number() -> None:
    got = _read(
        "Warsaw sent 18 Leopard 2 tanks and bought 9 Boeing 737 jets; a Falcon 9 rocket flew "
        "and Windows 11 shipped, but in Gdansk 40 people protested."
    )
    assert [(v, u) for v, u, _ in got] == [(18, "tanks"), (9, "jets"), (40, "people")]
    # a headline in title case keeps its count
    assert _values("Storms Kill 14 In Coastal Towns As Rivers Rise") == [14]


# ---------------------------------------------------------- round 4 (from holdout 10)


def test_a_count_of_whom_and_a_count_with_its_noun_left_out_before_a_participle() -> None:
    got = _read(
        "Twelve rangers were charged, five of whom were held in custody and four previously "
        "freed; the other three were never found."
    )
    assert [(v, s) for v, _, s in got] == [
        (12, "Twelve rangers"),
        (5, "five"),
        (4, "four"),
        (3, "three"),  # "the other three were …": the rest of the group, a count
    ]
    # no count before the participle: a bare word stays a bare word
    assert _values("The board met on Monday and four stayed late.") == []


def test_a_second_hedged_count_of_the_same_noun() -> None:
    got = _read("Each cot held two babies and sometimes three, nurses wrote.")
    assert [(v, s) for v, _, s in got] == [(2, "two babies"), (3, "three")]
    assert _values("The choir sang and sometimes three joined in.") == []


def test_noon_and_midnight_are_times() -> None:
    assert _values("By 12 noon the ferry had left, and at 12 midnight 40 cars waited.") == [40]


def test_the_same_count_in_british_and_american_spelling_is_one_figure() -> None:
    got = _read("Inspectors visited 14 voting centers. At these 14 centres turnout was low.")
    assert [(v, s) for v, _, s in got] == [(14, "14 voting centers")]


def test_fractions_in_words() -> None:
    got = _read(
        "The charter passed with a two-thirds majority; one-fifth of the seats changed hands "
        "and a third of the budget went to ferries."
    )
    assert [(round(v, 4), u, s) for v, u, s in got] == [
        (0.6667, "share", "two-thirds majority"),
        (0.2, "share", "one-fifth"),
        (0.3333, "share", "a third"),
    ]
    assert got[0][0] == 2 / 3  # exact, as the key is
    # ordinals and shares of time are no fractions
    assert _values("She won a third term after a quarter of a century in office.") == []
    assert _values("Sales fell in three quarters of the financial year.") == []
    assert _values("Sales fell in the first three quarters of 2025.") == []


def test_double_as_the_second_verb_after_to() -> None:
    got = _read("The board plans to cut fees and double ferry sailings by 2030.")
    assert [(v, u) for v, u, _ in got] == [(2, "times")]
    assert _values("Critics saw a double standard and double talk.") == []


def test_a_count_after_the_from_three_on_and_a_stressed_single() -> None:
    got = _read(
        "The four wardens who were suspended appealed. Only one ferry sailed, and just one "
        "deckhand stayed."
    )
    assert [(v, s) for v, _, s in got] == [
        (4, "four wardens"),
        (1, "one ferry"),
        (1, "one deckhand"),
    ]
    # a bare "one" is no count ("the two mayors" is: round eight)
    assert _values("One ferry left while one of them stayed.") == []


def test_the_same_count_told_again_with_another_noun_is_one_figure() -> None:
    got = _read(
        "Only 212 deputies backed the charter. In all, 212 members voted yes and 97 members "
        "voted no."
    )
    assert [(v, s) for v, _, s in got] == [(212, "212 deputies"), (97, "97 members")]
    # in one sentence two counts of one size are two things
    got = _read("The fund sent 1,300 radios to 1,300 schools.")
    assert [(v, s) for v, _, s in got] == [(1300, "1,300 radios"), (1300, "1,300 schools")]
    # a measure is no count: "40 km" and "40 rangers" stay two
    assert _values("The fire spread 40 km. Then 40 rangers arrived.") == [40, 40]
    # a round number told with other nouns is two counts, unless the same qualifier says more
    assert _values("The fund bought 20 trucks. It reached 20 villages.") == [20, 20]
    assert _values("Over 30 ports shut. Over 30 harbours stayed closed.") == [30]


def test_the_same_measure_or_money_written_otherwise_is_one_figure() -> None:
    assert _values("Crews held an 6-kilometer zone. Nobody entered the 6 km zone.") == [6]
    assert _values("Cocoa rose to 3,150ghc a bag. At GH¢3,150 farmers sold.") == [3150]


def test_a_subsection_number_is_a_reference() -> None:
    assert _values("The bill failed under Section 9 subsection 3 of the charter.") == []


def test_a_count_after_said_with_its_noun_left_out() -> None:
    got = _read("Of the nine people rescued, the mayor said five are fishermen.")
    assert [(v, s) for v, _, s in got] == [(9, "nine people"), (5, "five")]


def test_a_small_count_told_again_with_the_same_words_is_one_figure() -> None:
    got = _read(
        "Three Coast Guard cutters left the port. Later at least three Coast Guard (CG) boats "
        "came back, and three tugs too."
    )
    assert [(v, s) for v, _, s in got] == [(3, "Three Coast Guard cutters"), (3, "three tugs")]


def test_a_bare_count_after_a_tally_verb() -> None:
    got = _read("With two new deaths, the toll from the fever rose to five, doctors said.")
    assert [(v, s) for v, _, s in got] == [(2, "two new deaths"), (5, "five")]
    assert _values("The ferry rose to five metres of swell and fell.") == [5]


def test_what_a_written_count_after_the_or_only_is_not() -> None:
    assert _values("The four of them left early. Only one thing matters now.") == []
    assert _values("Only one way out remained, and the three-day talks ended.") == []


def test_a_written_toll_with_were() -> None:
    got = _read("Two were killed and five were hurt when the crane fell.")
    assert [(v, u, s) for v, u, s in got] == [
        (2, "killed", "Two were killed"),
        (5, "hurt", "five were hurt"),
    ]
    assert _values("The two were killed in the crash.") == []  # the pair named before


def test_one_toll_told_twice_with_other_words_is_one_figure() -> None:
    got = _read(
        "Rioters left five injured and seven detained. Police said seven were arrested and "
        "five were wounded; a raid wounded three others and three were hurt."
    )
    assert [(v, s) for v, _, s in got] == [
        (5, "five injured"),
        (7, "seven detained"),
        (3, "three others"),
    ]


def test_a_count_after_of_which() -> None:
    got = _read("The board has 15 members, of which nine are women.")
    assert [(v, s) for v, _, s in got] == [(15, "15 members"), (9, "nine")]


def test_a_tickers_change_on_a_line_of_its_own_is_no_figure() -> None:
    assert _values("FERRY\n-0.0350\nFerry shares fell 2 percent on Monday.") == [2]
    assert _values("+1.25%\nThe index rose.") == []


def test_one_of_the_nouns_just_counted() -> None:
    got = _read("Nine wardens were charged, four of whom were held. One warden is still at large.")
    assert [(v, s) for v, _, s in got] == [(9, "Nine wardens"), (4, "four"), (1, "One warden")]
    # a source, a way of speaking, or no count before: no figure
    assert _values("Six wardens were charged. One warden said the trial was unfair.") == [6]
    assert _values("Six ferries ran. Cars moved from one ferry to another.") == [6]
    assert _values("One warden is still at large.") == []


def test_both_ends_of_a_range_of_counts() -> None:
    got = _read("Around 300-400 people gathered at the pier.")
    assert [(v, u, s) for v, u, s in got] == [
        (300, None, "Around 300"),
        (400, "people", "400 people"),
    ]
    # labels, seasons, names and scores are no ranges of counts
    assert _values("Pupils in grades 6-8 sat the 2024-25 tests.") == []


def test_a_range_word_only_joins_two_numbers_next_to_each_other() -> None:
    got = _read("The bank cut rates by 25 bps to 5.5 per cent.")
    assert [(v, u) for v, u, _ in got] == [(25, "bps"), (5.5, "percent")]


def test_a_written_count_of_people_harmed_with_the_noun_left_out() -> None:
    got = _read("The fever has infected 310 people and killed nine, doctors said.")
    assert [(v, s) for v, _, s in got] == [(310, "310 people"), (9, "nine")]
    assert _values("The storm killed at least four overnight.") == [4]


def test_a_count_of_events_after_last_or_first() -> None:
    got = _read("The club lost its last three finals but won the first two races of May.")
    assert [(v, s) for v, _, s in got] == [(3, "three finals"), (2, "two races")]
    assert _values("The last two years and the past three weeks were dry.") == []


def test_an_age_after_a_person_written_in_lower_case() -> None:
    assert _values("The mayor, 58, will chair the talks with 14 crews.") == [14]
    assert _values("Her husband, 61, and a farmer, 45, were hurt.") == []


def test_double_before_the_and_a_share_after_by() -> None:
    got = _read("Fares hit 1,410, more than double the 640 of May, after a cut by a fifth.")
    assert [(v, u, s) for v, u, s in got] == [
        (1410, None, "1,410"),
        (2, "times", "more than double"),
        (640, None, "640"),
        (0.2, "share", "a fifth"),
    ]
    assert _values("A third party ran on a double ticket, decided by a third party.") == []


def test_a_part_of_a_group_is_a_count_of_its_own() -> None:
    got = _read("The pier has two cranes. Four bidders qualified, two of them foreign firms.")
    assert [(v, u, s) for v, u, s in got] == [
        (2, "cranes", "two cranes"),
        (4, "bidders", "Four bidders"),
        (2, None, "two"),
    ]
    got = _read("She said two of her deckhands were hurt; two officers were hurt too.")
    assert [(v, s) for v, _, s in got] == [(2, "two of her deckhands"), (2, "two officers")]
    # the same noun, or another part of the same size, is a repeat
    assert _values("At least 12 rangers died. At least 12 of our rangers were lost.") == [12]


def test_both_sides_of_a_word_ratio_after_its_and_a_hedged_share() -> None:
    got = _read(
        "The port lost five of its seven cranes, a fall by almost a quarter, to 30 percent."
    )
    assert [(v, u, s) for v, u, s in got] == [
        (5, None, "five of its seven cranes"),
        (7, "cranes", "seven cranes"),
        (0.25, "share", "almost a quarter"),
        (30, "percent", "30 percent"),
    ]


# ------------------------------------------------ round 5 (holdout 11 as development data)


def test_a_decimal_comma_before_a_percent() -> None:
    got = _read("The union took a 6,5% rise, then asked for 8,25 percent in May.")
    assert [(v, u, s) for v, u, s in got] == [
        (6.5, "percent", "6,5%"),
        (8.25, "percent", "8,25 percent"),
    ]
    # and before a measure: "2,5 km"
    assert _read("The fence runs 3,5 km.") == [(3.5, "km", "3,5 km")]
    # thousands keep their comma: 1,500 is fifteen hundred
    assert _values("Some 1,500 teachers marched.") == [1500]


def test_rand_written_against_its_number() -> None:
    got = _read("Clerks won an R650 transport allowance. The R650 monthly sum starts in June.")
    assert [(v, u) for v, u, _ in got] == [(650, "R")]
    # roads are named so in the same countries
    assert _values("Trucks used the R512 past the docks. The R21 highway shut.") == []


def test_an_amount_with_its_currency_sign_and_its_code_is_one_figure() -> None:
    got = _read("Regulators fined the bank €120 million. The fine of EUR 120 million is final.")
    assert [(v, u) for v, u, _ in got] == [(120_000_000, "€")]


def test_a_range_of_periods_written_with_a_comma_is_no_figure() -> None:
    assert _values("Dockers have waited for the last 15, 20 years for a pension.") == []


def test_a_count_written_as_one_word_with_a_number_word() -> None:
    got = _read("A nine-member jury heard the case before a two-round ballot.")
    assert [(v, u) for v, u, _ in got] == [(9, "member"), (2, "round")]
    # periods, repeats, parts of one structure are no count
    assert _values("A two-day, three-tier, two-time, five-star plan.") == []


def test_the_lower_end_of_a_range_of_counts_in_words() -> None:
    got = _read("The envoy said four-five treaties are still being drafted.")
    assert [(v, s) for v, _, s in got] == [(4, "four"), (5, "five treaties")]
    assert _values("The talks took two-three days.") == []
    # with "or", "to" or "between … and", as the digits "20 to 30 people"
    got = _read("Guards held two or three smugglers; between five and seven boats sank.")
    assert [(v, s) for v, _, s in got] == [
        (2, "two"),
        (3, "three smugglers"),
        (5, "five"),
        (7, "seven boats"),
    ]
    assert _values("Boats sank within two to three weeks.") == []


def test_two_equal_shares_in_one_sentence_are_two_figures() -> None:
    got = _read("Growers had cut 30 percent of the oats and 30 percent of the rye by noon.")
    assert [(v, u) for v, u, _ in got] == [(30, "percent"), (30, "percent")]
    # told again in another sentence, it is one
    assert _values("Turnout hit 30 percent. Officials said 30 percent was a record.") == [30]


def test_a_ratio_with_a_colon_after_the_word_ratio() -> None:
    got = _read("In the hills the nurse to patient ratio is 1:12,500. Talks resume at 10:30.")
    assert [(v, u, s) for v, u, s in got] == [(1, "ratio", "1"), (12_500, "ratio", "12,500")]


def test_a_last_line_cut_short_is_read_as_a_sentence() -> None:
    src = _src(
        "Port fees rise\n\nShippers paid more this year.\n\n"
        "A $30 per tonne levy has already been charged after the harbour board vo"
    )
    body = src.body or ""
    assert [(f.value, body[f.span[0] : f.span[1]]) for f in src.figures if f.span] == [(30, "$30")]
    src = _src("Port fees rise\n\nShippers paid more this year.\n\nThe port plans a total of 14")
    assert [f.value for f in src.figures] == [14]
    # a short closing heading stays a heading, and so do related headlines after a heading
    src = _src(
        "Port fees rise\n\nShippers paid more this year.\n\nMore on ports:\n\n"
        "Harbour strike goes on, ships near 300"
    )
    assert src.figures == []
    src = _src("Port fees rise\n\nShippers paid more this year.\n\nTop 10 Ports")
    assert src.figures == []


def test_a_count_after_other_is_a_count_as_after_the() -> None:
    got = _read("The other five ferries kept sailing, unlike the other two.")
    assert [(v, s) for v, _, s in got] == [(5, "five ferries")]


def test_a_street_number_is_no_figure() -> None:
    assert _values("Pickets stood at 240 Harbour Road and 18 Kelp Lane.") == []
    got = _read("Some 300 Mill Road tenants signed.")
    assert [(v, u) for v, u, _ in got] == [(300, "tenants")]


def test_a_count_after_another_is_a_count() -> None:
    got = _read("Two boats sank at dawn. Another three boats sank, and another two ferries.")
    assert [(v, s) for v, _, s in got] == [
        (2, "Two boats"),
        (3, "three boats"),
        (2, "two ferries"),
    ]


def test_more_currencies_written_before_the_number() -> None:
    got = _read(
        "Pupils pay SSP 40,000 a term; the county paid TSh 3 billion, FCFA 9,000 each and "
        "MK 1,800 a bag, while the loan is ₱250 million."
    )
    assert [(v, u) for v, u, _ in got] == [
        (40_000, "SSP"),
        (3_000_000_000, "TSh"),
        (9_000, "FCFA"),
        (1_800, "MK"),
        (250_000_000, "₱"),
    ]
    # two letters before a small number stay a model's name
    assert _values("The LE 5 and the MK 2 are old models.") == []


def test_a_capitalised_label_before_a_number_is_a_class_or_a_stage() -> None:
    got = _read("Standard 8 pupils and Form Four candidates sat exams; Season 3 drew 900 fans.")
    assert [(v, s) for v, _, s in got] == [(900, "900 fans")]
    # a label in lower case is no label: "in the first week 3 people died"
    assert _values("In the first week 3 people died.") == [3]


def test_an_age_group_is_no_figure() -> None:
    assert _values("Residents over 65 and children under 5 enrol; under-five deaths fell.") == []
    assert _values("Posts for 18- to 24-year-olds; patients aged over 60 wait.") == []
    # a count after "over" is still one
    got = _read("Residents over 1,000 signed, and workers under 30 percent of pay.")
    assert [v for v, _, _ in got] == [1000, 30]


def test_telephone_groups_round_the_clock_and_scores_are_no_figures() -> None:
    assert _values("Call the desk on 0733 456 789 or 020 555 1234.") == []
    assert _values("A 24-7 desk followed a 2-1 win and a 0-3 defeat.") == []
    assert _values("The 24-7 desk took 80 calls.") == [80]


def test_a_half_or_a_quarter_of_a_scale() -> None:
    got = _read(
        "Two and a half million seedlings and a quarter of a million tools arrived; "
        "prices rose four and a half percent."
    )
    assert [(v, u) for v, u, _ in got] == [
        (2_500_000, "seedlings"),
        (250_000, "tools"),
        (4.5, "percent"),
    ]
    assert _values("The sail took three and a half hours.") == []


def test_more_units_written_against_the_number() -> None:
    got = _read("A 40km² reserve, a 6ft fence, a 330kV line and 95mm of rain; 2m³ of sand.")
    assert [(v, u) for v, u, _ in got] == [
        (40, "km²"),
        (6, "ft"),
        (330, "kV"),
        (95, "mm"),
        (2, "m³"),
    ]
    # a calibre stays out
    assert _values("Crews fired 120mm shells.") == []


def test_a_date_written_with_dots_is_no_figure() -> None:
    assert _values("On 14.02.2025 and on 3.4.25, 60 barges left.") == [60]
    assert _values("Growth was 12.03. Then it was 4.5.") == [12.03, 4.5]


def test_number_as_a_verb_before_a_count() -> None:
    assert _values("Those displaced now number 40,000, and the herders number 2 million.") == [
        40_000,
        2_000_000,
    ]
    assert _values("Bus number 12 and the serial number 4,512 were logged.") == []


def test_a_clause_number_or_a_step_is_no_figure() -> None:
    src = _src(
        "Port rules\n\n(1) The board shall meet.\n(2) It has 9 members.\n\nStep 3: hire 40 pilots."
    )
    body = src.body or ""
    assert [body[f.span[0] : f.span[1]] for f in src.figures if f.span] == [
        "9 members",
        "40 pilots",
    ]


def test_a_share_of_one_half_after_by() -> None:
    assert _read("Catches fell by half.") == [(0.5, "share", "half")]
    assert _read("Fuel use was cut by nearly half in May.") == [(0.5, "share", "nearly half")]
    assert _values("The yacht won by half a length, led by half the crew.") == []


# ------------------------------------------------------------------ round six (holdout 12)


def test_a_word_in_quotes_after_a_range_of_counts() -> None:
    # an opening quote written as a closing one (’) still opens the noun phrase
    got = _read("There are four to five ’ghost’ clinics in the province.")
    assert [(v, w) for v, _, w in got] == [(4, "four"), (5, "five ’ghost’ clinics")]
    assert _read("Seven ‘idle’ ferries were sold.") == [(7, "ferries", "Seven ‘idle’ ferries")]
    # the quote closes and the noun goes on
    assert _read("Clerks found 12 “phantom” pupils.") == [(12, "pupils", "12 “phantom” pupils")]
    # a quote closing right after the number opens nothing
    assert _values("The city backs the 'Beyond 500' plan.") == [500]


def test_the_lower_end_of_a_range_of_percentages_in_words() -> None:
    got = _read("The bank aims for between two and three per cent, or one to four percent.")
    assert [(v, u) for v, u, _ in got] == [
        (2, "percent"),
        (3, "percent"),
        (1, "percent"),
        (4, "percent"),
    ]
    assert _values("The choir sang between two and three.") == []  # neither a noun nor percent


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The cartel will trim output by 2.5 mbd in June.", 2_500_000),
        ("Exports rose to 1.2 mb/d last week.", 1_200_000),
        ("The field pumps 0.8 mmbpd.", 800_000),
        ("The refinery takes 2 MMb/d.", 2_000_000),
        ("The terminal ships 450 kb/d.", 450_000),
    ],
)
def test_barrels_a_day_with_the_scale_in_the_abbreviation(sentence: str, value: int) -> None:
    got = _read(sentence)
    assert [(v, u) for v, u, _ in got] == [(value, "barrels per day")]


def test_barrels_a_day_without_a_scale_letter_keep_their_number() -> None:
    assert _values("The well gives 900 bpd and the rig 5 Mb/d.") == [900, 5]
    got = _read("Supply fell 1.5 million b/d in May.")
    assert got == [(1_500_000, "barrels per day", "1.5 million b/d")]


def test_barrels_a_day_told_twice_in_two_ways_are_one_figure() -> None:
    got = _read("Ministers agreed to cut 7 million barrels a day. The 7 mbd cut starts soon.")
    assert [(v, w) for v, _, w in got] == [(7_000_000, "7 million barrels")]


def test_equal_percentages_on_two_things_in_one_sentence_are_two() -> None:
    got = _read("Ruritania put a 30% levy on U.S. cheese, 15% on wine and 30% on honey.")
    assert [(v, w) for v, _, w in got] == [(30, "30%"), (15, "15%"), (30, "30%")]
    # told again in one sentence about the same thing: one figure
    assert _values("Rents rose 30%, a 30% rise on the year before.") == [30]


def test_another_count_of_the_same_size_in_one_sentence() -> None:
    got = _read("Divers freed 14 people from the hull and another 14 are still inside.")
    assert [(v, w) for v, _, w in got] == [(14, "14 people"), (14, "14")]
    got = _read("Crews saved 9 people and another 9 people were found later.")
    assert [v for v, _, _ in got] == [9, 9]
    # in a later sentence "another" may restate the number: one figure
    got = _read("The board offered 4% more. Staff then accepted an additional 4% in May.")
    assert [v for v, _, _ in got] == [4]


def test_a_count_before_were_and_a_participle() -> None:
    got = _read("Six sailors drowned. Five were pulled from the sea and 11 were injured.")
    assert [(v, u, w) for v, u, w in got] == [
        (6, "sailors", "Six sailors"),
        (5, "pulled", "Five were pulled"),
        (11, "injured", "11 were injured"),
    ]
    # after a determiner the group is named again; "were used to" is no count
    assert _values("The five were pulled out. Three were used to it.") == []
    # the same people told again with another verb: one count, as "4 killed" … "four people"
    got = _read("Nine people were hurt, and 9 were taken to a clinic.")
    assert [(v, w) for v, _, w in got] == [(9, "Nine people")]


def test_the_two_with_a_word_of_their_own_before_the_noun() -> None:
    got = _read("The two front wagons of the tram were crushed.")
    assert got == [(2, "wagons", "two front wagons")]
    got = _read("Judges freed the two jailed reporters on Friday.")
    assert got == [(2, "reporters", "two jailed reporters")]
    # a rank is no count ("the two countries" is: round eight)
    assert _values("The deal split the work between the two lowest bidders.") == []


def test_top_n_is_a_count_unless_it_ranks_within_a_list() -> None:
    got = _read("The top two clubs will then meet the bottom three sides in May.")
    assert [(v, w) for v, _, w in got] == [(2, "two clubs"), (3, "three sides")]
    # one of a ranking's top places, or a top number without a noun, is a rank
    assert _values("Rabies is one of the top 10 threats to herders.") == []
    assert _values("Two of the region’s top five mills shut down.") == [2]
    assert _values("She finished in the top ten.") == []


def test_a_hedged_bare_number_is_not_a_later_exact_count() -> None:
    got = _read("More than 6,000 have crossed since January. The new site will hold 6,000 people.")
    assert [(v, w) for v, _, w in got] == [(6000, "More than 6,000"), (6000, "6,000 people")]
    # the same words again (no qualifier either time): one figure
    got = _read("Of these 700, most were freed. The 700 workers went home.")
    assert [(v, w) for v, _, w in got] == [(700, "700 workers")]


def test_one_unit_a_price_is_given_for_is_no_count() -> None:
    assert _values("Lenders sold 40 barrels. Last week one barrel was worth $90.") == [40, 90]
    assert _values("Brokers traded 300 shares; one share cost $4.") == [300, 4]


def test_a_sum_in_dollars_repeats_the_same_sum_with_a_sign() -> None:
    got = _read("The bag held US$3 million. Three million dollars in cash, she said.")
    assert [(v, w) for v, _, w in got] == [(3_000_000, "US$3 million")]


def test_a_measure_before_its_noun_is_the_unit() -> None:
    got = _read("Crews caught 300-400 kilograms. These 400 kilogram sharks are rare.")
    assert [(v, u) for v, u, _ in got] == [(300, None), (400, "kilograms")]  # told once
    assert _read("A 20 tonne truck tipped over.") == [(20, "tonne", "20 tonne truck")]


def test_a_count_of_people_left_out_after_a_verb_or_before_their_fate() -> None:
    assert _values("Magistrates charged three with arson and freed two.") == [3, 2]
    assert _values("Eleven remain in hospital; four fled the scene.") == [11, 4]
    assert _values("Of the 40 staff, nine tested positive.") == [40, 9]
    # a group named again, or the number of a thing, is no new count
    assert _values("The two survived.") == []
    assert _read("Six ferries remained at the quay.") == [(6, "ferries", "Six ferries")]


def test_a_match_result_after_won_beat_or_lost_is_no_figure() -> None:
    assert _values("Accra won 2-1 in extra time, then lost 1-2 at home.") == []
    assert _values("The Lions beat Tema 3-0 and led 2-0 at the break.") == []
    # a range of things won is counted
    assert _values("The firm won 5-6 new clients and 10-15 percent more trade.") == [5, 6, 10, 15]


def test_one_of_a_number_of_things_is_a_ratio() -> None:
    got = _read("Lagos is one of five cities with a metro line.")
    assert [(v, w) for v, _, w in got] == [(1, "one"), (5, "five cities")]
    assert _values("It was one of twelve bids.") == [1, 12]
    assert _values("It was one of 1,200 bids.") == [1200]  # one of many
    # "one of the …" and "one of two years" stay out
    assert _values("She is one of the judges.") == []
    assert _values("It was one of two years of drought.") == []


def test_millimetres_of_rain_written_against_the_number() -> None:
    assert _read("It rained 80mm on Friday.") == [(80, "mm", "80mm")]
    assert _values("Rainfall of 45mm was recorded.") == [45]
    # a calibre stays out, whatever verb comes before it
    assert _values("The depot received 155mm shells.") == []


def test_a_fraction_before_a_verb_in_the_plural_is_a_share() -> None:
    got = _read("Of the nurses, a quarter were men and two thirds say they will stay.")
    assert [(v, w) for v, _, w in got] == [(0.25, "a quarter"), (2 / 3, "two thirds")]
    assert _values("Most agreed; a third disagreed.") == [1 / 3]
    # ordinals stay out
    assert _values("He won a third term, and a third plant is planned.") == []


def test_a_participle_before_several_words_of_its_noun() -> None:
    assert _read("Nine suspected illegal tin miners were held.") == [
        (9, "miners", "Nine suspected illegal tin miners")
    ]
    assert _values("Four elected on Sunday took their seats.") == []


def test_a_decimal_read_out_with_spaces_before_a_percent_or_a_scale() -> None:
    assert _read("Rents have climbed four point six percent since spring.") == [
        (4.6, "percent", "four point six percent")
    ]
    assert _read("At one point two guards left the gate.") == [(2, "guards", "two guards")]


def test_a_letter_for_a_currency_before_a_price_or_grouped_thousands() -> None:
    assert _read("The stolen pipe was worth R27 000 in all.") == [(27000, "R", "R27 000")]
    assert _values("Petrol went from N210 to N340 per litre.") == [210, 340]
    assert _values("Drivers took the R512 to Brits and wore N95 masks.") == []
    assert _read("Traders sold a sack of maize at ¢250.") == [(250, "¢", "¢250")]
    # a word of price just before: "prices rose from N…", "the price of a sack went from N…"
    assert _values("Prices rose from N150 to N260.") == [150, 260]
    assert _values("The price of a sack of beans went from N900 to N1200.") == [900, 1200]
    assert _values("Drivers paid tolls on the R512 to Brits; fares on route K2 rose.") == []


def test_an_age_after_a_stray_comma_or_between_two_ages() -> None:
    assert _values("The uncle, aged, 47, and his niece were held.") == []
    assert _values("The six recruits are aged between 19 and 27.") == [6]


def test_an_hour_of_the_day_and_a_channel_are_no_figures() -> None:
    assert _values("We have queued since 6 this morning, a driver said.") == []
    assert _values("Police arrested 12 this morning.") == [12]  # a count, no hour
    assert _values("Channel 9′s crew filmed 40 houses.") == [40]


def test_one_thing_in_a_list_of_counts() -> None:
    assert _read("Wardens seized three sacks of rice, one rifle, four phones and cash.") == [
        (3, "sacks", "three sacks"),
        (1, "rifle", "one rifle"),
        (4, "phones", "four phones"),
    ]
    assert _read("Wardens seized two knives, and one rifle.") == [
        (2, "knives", "two knives"),
        (1, "rifle", "one rifle"),
    ]
    assert _values("They found three sacks, one of them empty.") == [3]


def test_a_family_or_a_crew_of_a_number() -> None:
    assert _read("A family of five waited in the hall.") == [(5, None, "five")]
    assert _values("The team of experts left the Group of Seven summit.") == []


def test_a_number_word_inside_a_capitalised_name() -> None:
    assert _values("Nine men were held at a farm at Ten Acres, Sandton, on Friday.") == [9]
    assert _values("Inspectors seized Goldvale ZIP-TOX 40 powder in sachets.") == []
    assert _read("Guards found KL-RDX 40 kg of it.") == [(40, "kg", "40 kg")]


def test_a_sum_in_words_before_dollar_and_a_noun_repeats_the_sum_with_a_sign() -> None:
    assert _read(
        "Nurses want a $9,000 raise. None would strike over a nine thousand dollar raise."
    ) == [(9000, "$", "$9,000 raise")]
    assert _read("Buyers paid a 500 dollar fee.") == [(500, "dollar", "500 dollar fee")]


def test_tons_and_tonnes_of_the_same_amount_are_one_figure() -> None:
    assert _values("Output will reach 2.4 million tonnes. It is 2.4 millions tons, he said.") == [
        2_400_000
    ]


def test_the_same_sum_given_to_two_named_owners_is_two_figures() -> None:
    assert _values(
        "Tolo County has allocated Sh75 million for a hall. Later, Bura County has allocated "
        "Sh75 million too."
    ) == [75_000_000, 75_000_000]
    # the same owner, or a sum told again with no owner, is one figure
    assert _values("Tolo has allocated Sh75 million. In May Tolo has allocated Sh75 million.") == [
        75_000_000
    ]
    assert _values("Tolo has allocated Sh75 million. The Sh75 million will build a hall.") == [
        75_000_000
    ]


# ---------------------------------------------------------- round 8 (from holdouts 14-21)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a pair or a group named with "the" or a possessive is a count, as "two allies"
        ("Talks between the two ports resumed.", [(2, "ports", "two ports")]),
        ("Voss and Kell spoke; the two ministers agreed.", [(2, "ministers", "two ministers")]),
        ("She praised their two provinces for the work.", [(2, "provinces", "two provinces")]),
        # … but one of them is a part of its whole: no count of the whole
        ("One of the two clerks resigned.", []),
        # the rest of a group counted before: "the other N" and a verb
        (
            "Nine sailors swam ashore and the other three were lifted out.",
            [(9, "sailors", "Nine sailors"), (3, None, "three")],
        ),
        # "N or fewer" / "N or more" before the noun counts the noun
        ("Firms with three or fewer mills lost most.", [(3, "mills", "three or fewer mills")]),
        # a step of a change: "by five"
        ("The club will grow its squad by five.", [(5, None, "five")]),
        # "had already been" + a participle, the noun left out
        (
            "The fleet needs six vans and two had already been ordered.",
            [(6, "vans", "six vans"), (2, "ordered", "two had already been ordered")],
        ),
        # an amount spelt out, then its digits in brackets: the digits are the figure
        (
            "The fee is Four Hundred and Ten Dollars ($410.00) a bag.",
            [(410, "$", "$410.00")],
        ),
        ("Arrivals reached ninety-one thousand and six (91,006).", [(91006, None, "91,006")]),
        # a glued "m" before barrels a day or cubic feet is millions, not metres
        ("Kelvar pumps 4.5m bpd.", [(4_500_000, "barrels per day", "4.5m bpd")]),
        ("The plant can take 300m cubic feet a day.", [(300_000_000, "feet", "300m cubic feet")]),
        # a letter for a currency: a range of it, a rate per hour, a hyphenated scale
        ("The rate fell from N610 to N455.", [(610, "N", "N610"), (455, "N", "N455")]),
        ("Pickers earn R38 an hour.", [(38, "R", "R38")]),
        ("The court set a R3-million bail.", [(3_000_000, "R", "R3-million bail")]),
        ("They asked for R12-billion in aid.", [(12_000_000_000, "R", "R12-billion")]),
        # "cr" after rupees is crore
        ("The Rs 720 cr bridge opened.", [(7_200_000_000, "Rs", "Rs 720 cr bridge")]),
        # the thousands written out: the lakh of the other end is not shared
        (
            "A stall costs Rs 40,000 to Rs 2 lakh.",
            [(40_000, "Rs", "Rs 40,000"), (200_000, "Rs", "Rs 2 lakh")],
        ),
        # "sh" at the end of a word is no shilling: "publish 600"
        ("The lab will publish 600 short papers.", [(600, "papers", "600 short papers")]),
        # units written against the number: megawatts in lower case, containers, cents
        ("Each turbine gives about 450mw.", [(450, "mw", "about 450mw")]),
        ("The yard moved 8,000teu of boxes.", [(8000, "teu", "8,000teu")]),
        ("Bread rose by 35c and milk by 120.00c/l.", [(35, "c", "35c"), (120, "c/l", "120.00c/l")]),
        # numbers to dial, labels in a list, ages in a list: none is a figure
        ("Dial *312# or call the 411 hotline.", []),
        ("Marks for grades 4, 6 and 7 are out.", []),
        ("The riders were 71, 74 and 80 years old.", []),
        # letters styled as digits dress a dateline
        ("Tolvik – 𝟑 𝐌𝐚𝐲 𝟐𝟎𝟑𝟎 – Nurses marched.", []),
        # "half million" without an article; "double last year's"
        ("An extra half million bales came.", [(500_000, "bales", "half million bales")]),
        ("Prices are double last year's level.", [(2, "times", "double")]),
        # a period with a season's word; a plural without an s
        ("He signed for three seasons over two winter months.", []),
        ("Officials grounded four aircraft.", [(4, "aircraft", "four aircraft")]),
        # "one" in a list of named things, and "one X and one Y"
        (
            "Guards seized 9 cars, one Tarvo Sedan (2019), and one Kalix Van (2018).",
            [(9, "cars", "9 cars"), (1, "Sedan", "one Tarvo Sedan"), (1, "Van", "one Kalix Van")],
        ),
        (
            "The gift is split between one village school and one city clinic.",
            [(1, "school", "one village school"), (1, "clinic", "one city clinic")],
        ),
        # "N by M feet truck": N trucks
        ("Agents held 1 by 40 feet truck.", [(1, "truck", "1"), (40, "feet", "40 feet truck")]),
        # a number like a year after a verb of gaining, before a plural noun, is a count
        ("The board hired 2000 new nurses.", [(2000, "nurses", "2000 new nurses")]),
        ("Voters recalled 2019 polls.", []),
        # money on both ends of a range; "Rs 10- 35" keeps rupees on the second end
        ("Tea sells at ₹41-43 a kg.", [(41, "₹", "₹41"), (43, "₹", "43")]),
        ("Fees rose by Rs 12- 40 per unit.", [(12, "Rs", "Rs 12"), (40, "Rs", "40")]),
        (
            "We aim at $ 40-50 billions of trade.",
            [(40_000_000_000, None, "40"), (50_000_000_000, None, "50 billions")],
        ),
        # an ellipsis is no decimal point
        ("Nobody stops..12,000 riders fall.", [(12_000, "riders", "12,000 riders")]),
        # a plural of capitals; "N out of the M"
        ("The two MPs left.", [(2, "MPs", "two MPs")]),
        (
            "Five out of the 2,300 guards failed.",
            [
                (5, "of 2,300 guards", "Five out of the 2,300 guards"),
                (2300, "guards", "2,300 guards"),
            ],
        ),
        # an -ing word before more words of a noun: "three boarding secondary schools"
        (
            "Kits went to four boarding primary schools.",
            [(4, "schools", "four boarding primary schools")],
        ),
        ("Over a dozen people ran.", [(12, "people", "Over a dozen people")]),
        # a list of numbers in words before one percent sign: each a percentage
        (
            "Cuts of two, four, six percent failed.",
            [(2, "percent", "two"), (4, "percent", "four"), (6, "percent", "six percent")],
        ),
        # a vote's tally in words: both sides
        ("The final vote was eight to three.", [(8, None, "eight"), (3, None, "three")]),
        ("They went from six to one shop.", []),
        # half a thing after "more than", "up to"; "the other half of"
        ("More than half the wards lost power.", [(0.5, "share", "More than half")]),
        ("The other half of the gift went abroad.", [(0.5, "share", "half")]),
        ("He waited half an hour.", []),
        # a subsection, a route, an age group, a toll-free number: none is a figure
        ("It is an offence under Section 88 (2) (b) of the code.", []),
        ("A tree fell on Rt. 44 near Pella.", []),
        ("Jabs are open to the 15-19 age group and to children between 10 and 14 years.", []),
        ("Report it by calling 1-800-44-7120 now.", []),
        # a military formation's name, airliner models, a name's version, a time in words
        ("A colonel of 21 Corps said so.", []),
        ("Tarn Air parks its 757 and 767 fleet; some 757 flights go on.", []),
        ("The campaign 3.0 opened.", []),
        ("Talks start this evening from around seven.", []),
        # a word ending in s that is no plural: "a 12-day mumps drive" is a period
        ("They ran a 12-day mumps drive.", []),
        # "a dozen" is no restatement of an exact 12 told before
        (
            "Rangers kept 12 goats. Then over a dozen people came.",
            [(12, "goats", "12 goats"), (12, "people", "over a dozen people")],
        ),
    ],
)
def test_round_eight_forms(sentence: str, expected: list[tuple[float, str | None, str]]) -> None:
    assert _read(sentence) == expected


def test_an_amount_converted_after_a_singular_currency_word_is_no_figure() -> None:
    got = _read("They asked a 20 million peso ransom. A 5 million rupee (Dh2,200) bond was set.")
    assert [v for v, _, _ in got] == [20_000_000, 5_000_000]


def test_the_same_large_count_told_again_with_another_noun_is_one_figure() -> None:
    got = _read("Agents seized two million sticks of tobacco. In all two million cigars were held.")
    assert [v for v, _, _ in got] == [2_000_000]
    # containers counted in TEU and then as containers: one figure
    assert _values("The port moved 6,000teu. Staff hailed 6,000 empty containers moved.") == [6000]


def test_rupees_with_and_without_a_point_are_one_unit() -> None:
    got = _read("The target is Rs 4,210 billion. The Rs.4,210 billion goal stands.")
    assert [v for v, _, _ in got] == [4_210_000_000_000]


def test_a_count_after_a_harm_verb_takes_the_verb_and_is_not_told_again_later() -> None:
    got = _read("Fever has sickened 40 people and killed two. Of those, two people were old.")
    assert got == [(40, "people", "40 people"), (2, "killed", "two")]


def test_a_headline_printed_in_quotes_gives_way_to_the_story() -> None:
    src = _src(
        "‘Council Needs R40m To Fix Harbour Wall’\n"
        "The mayor said it will cost the council R40 million to fix the wall.\n"
    )
    body = src.body or ""
    assert [(f.value, body[f.span[0] : f.span[1]]) for f in src.figures if f.span] == [
        (40_000_000, "R40 million")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # thousands with a stray space after the comma, whatever the last three digits are
        (
            "The county signed up 241, 537 new voters. A further 31, 004 joined later.",
            [(241_537, "voters", "241, 537 new voters"), (31_004, None, "31, 004")],
        ),
        ("Bail was set at K45, 000.00 each.", [(45_000, "K", "K45, 000.00")]),
        ("Peak demand reached 2, 451mw on Monday.", [(2451, "mw", "2, 451mw")]),
        # ... but never a date before a count, nor a list of numbers
        ("On March 14, 300 marchers came.", [(300, "marchers", "300 marchers")]),
        (
            "Points of 4, 7, 150 and 210 were lost.",
            [(4, None, "4"), (7, None, "7"), (150, None, "150"), (210, None, "210")],
        ),
        # "mkg": million kilograms, the scale in the unit's first letter
        (
            "Exports reached 148.32 mkg against 161.2 mkg a year before.",
            [(148_320_000, "kg", "148.32 mkg"), (161_200_000, "kg", "161.2 mkg")],
        ),
        # a range of small measures with a decimal on either end gives both ends
        (
            "Men should drink 3-3.5 litres a day and women 1.5-2.5 litres.",
            [(3, None, "3"), (3.5, "litres", "3.5 litres")]
            + [(1.5, None, "1.5"), (2.5, "litres", "2.5 litres")],
        ),
        # a measure converted after ", or"; the second of two conversions in one bracket
        (
            "The lake is 300 feet, or 91 meters, deep. The road ran 40 miles, or 64 kilometers.",
            [(300, "feet", "300 feet"), (40, "miles", "40 miles")],
        ),
        (
            "Ruritania will earn 2.4 billion Ruritanian dollars ($1.3 billion; €1.2 billion).",
            [(2_400_000_000, "dollars", "2.4 billion Ruritanian dollars")],
        ),
        # names of a place and a stage, and a site's reading time, are no figures
        ("Fire broke out at Camp 12 on Monday. Borduria reached the round of 16.", []),
        ("3 min read\nSoldiers patrolled the border.", []),
        # a possessive plural ends the noun: the pilots are counted, once
        ("Two pilots were held. The two pilots' lawyers objected.", [(2, "pilots", "Two pilots")]),
        # "the three men" right after "three workers": the same people, pointed back at
        (
            "Police detained three workers on Monday. The three men were questioned. "
            "The three suspects were then freed.",
            [(3, "workers", "three workers")],
        ),
        # one thing in a list set out with semicolons, or last after "and"
        (
            "Police found 12 swords; two pistols; one crossbow; one old musket; five knives "
            "and one axe.",
            [(12, "swords", "12 swords"), (2, "pistols", "two pistols")]
            + [(1, "crossbow", "one crossbow"), (1, "musket", "one old musket")]
            + [(5, "knives", "five knives"), (1, "axe", "one axe")],
        ),
        # one of a kind just counted, with a word before the noun; a person told of is not
        (
            "Four males and two females died at the scene and one female cyclist died later.",
            [(4, "males", "Four males"), (2, "females", "two females")]
            + [(1, "cyclist", "one female cyclist")],
        ),
        (
            "Rescuers pulled 30 migrants ashore. One young migrant, who gave his name as Tomas, "
            "said the boat sank.",
            [(30, "migrants", "30 migrants")],
        ),
        # one quantity told again with its unit spelt otherwise, or a guess worded otherwise
        (
            "Rice sells at N9,000 per 25-kilogram bag. Traders say a 25kg bag is dear.",
            [(9000, "N", "N9,000"), (25, "kilogram", "25-kilogram bag")],
        ),
        (
            'Mines dug 600 000 t in 2020. "We hit 600 000 t last year," he said.',
            [(600_000, "t", "600 000 t")],
        ),
        (
            "Rains displaced some 14,000 across the plain. Aid reached an estimated 14,000 "
            "displaced in camps.",
            [(14_000, None, "some 14,000")],
        ),
        # a share, then a count of the same size: two figures
        (
            "Students fought a 100% rise in fees. The marchers, numbering at least 100, shut it.",
            [(100, "percent", "100%"), (100, None, "at least 100")],
        ),
        ("A half-dozen wells ran dry.", [(6, "wells", "half-dozen wells")]),
        (
            "Floods drove 140 families from home; seventy-two are staying in a church.",
            [(140, "families", "140 families"), (72, None, "seventy-two")],
        ),
        # a glued "m" before a thing measured in metres is a length; an event's name is not
        ("A bus fell off a 12m cliff near Tarvo. He won the 100m race.", [(12, "m", "12m cliff")]),
        # "of the two X" counts them, unless a part of the pair comes before "of"
        (
            "The panel awaits the appointment of the two student members, Ada Obi and Tunde Ayo.",
            [(2, "members", "two student members")],
        ),
        ("Either of the two sons may inherit.", []),
        (
            "Orders went out for two Tarvo drones. The first of the two drones lands in May.",
            [(2, "drones", "two Tarvo drones")],
        ),
        # "these two X" points back at a count of that size, whatever the noun
        (
            'Guards seized two Ruritanian trawlers. "We asked about the papers of these two '
            'ships," he said.',
            [(2, "trawlers", "two Ruritanian trawlers")],
        ),
    ],
)
def test_round_nine_forms(sentence: str, expected: list[tuple[float, str | None, str]]) -> None:
    assert _read(sentence) == expected


def test_an_amount_and_its_cents_are_one_figure() -> None:
    assert _read("Diesel now sells at 112 shillings and 45 cents a litre.") == [
        (112.45, "shillings", "112 shillings and 45 cents")
    ]
    assert _values("Milk costs Rs 40 and 50 paise, bread $3 and 20 cents.") == [40.5, 3.2]
    # the pence of old shillings were twelfths: left as told
    assert _values("The fare was 4 shillings and 9 pence in 1950.") == [4, 9]


def test_pence_per_litre_glued_to_the_number() -> None:
    assert _read("Solvia raised its milk price by 2ppl to 20.6ppl.") == [
        (2, "ppl", "2ppl"),
        (20.6, "ppl", "20.6ppl"),
    ]


def test_a_low_mark_printed_for_the_thousands_comma() -> None:
    # some pages print "‚" (a low quotation mark) where the comma goes
    assert _read("Homes using up to 6‚000l a month will pay R1‚536.25 from March.") == [
        (6000, "l", "up to 6‚000l"),
        (1536.25, "R", "R1‚536.25"),
    ]


def test_litres_glued_to_the_number() -> None:
    assert _values("A 50l-a-day limit replaces the 87l one.") == [50, 87]


def test_half_of_a_thing_after_a_hedge_or_a_verb_is_a_share() -> None:
    assert _values("About half of the wells in Tarvo ran dry.") == [0.5]
    assert _values("The runway costs $28 million, with half of the funding from Solvia.") == [
        28_000_000,
        0.5,
    ]
    assert _values("The cull was half of Lind’s first estimate.") == [0.5]
    # half of a period is no share
    assert _values("He worked half of the day and was half of the way home.") == []


def test_million_tonnes_written_mt_in_an_article_counting_in_millions() -> None:
    assert _values(
        "Loading reached 1,020 million tonnes. Coal gave 505 MT and cement 4.2 MT; the mill "
        "makes 6 MTPA."
    ) == [1_020_000_000, 505_000_000, 4_200_000, 6_000_000]
    # metric tonnes where the article never counts in millions
    assert _values("The port shipped 500 MT of rice to Tarvo.") == [500]


def test_below_zero_is_negative_and_a_percent_rise_shares_no_scale() -> None:
    assert _values("It fell to 35 below zero in Tarvo.") == [-35]
    assert _values("Jobs were up 0.4 per cent to 1.86 million.") == [0.4, 1_860_000]


def test_megatonnes_glued_to_the_number_and_the_range_before_them() -> None:
    assert _values("The mine will produce 4.5–5Mt a year and the old one 4Mt.") == [
        4_500_000,
        5_000_000,
        4_000_000,
    ]


def test_ghana_cedis_written_with_a_lower_case_h_or_c() -> None:
    assert _values("A crate went from GhC4,000.00 to Ghc5,500.00 this season.") == [4000, 5500]


def test_lanes_seats_laps_and_wickets_written_as_one_word_with_a_number_word() -> None:
    assert _values(
        "Tarvo will build a four-lane bypass. A two-seater trainer crashed. Solvia won by a "
        "three-wicket margin after a two-lap lead and a two-kilogramme parcel."
    ) == [4, 2, 3, 2, 2]
    # the stages of a plan are no count
    assert _values("The plan has a three-tier design.") == []


def test_ages_in_a_list_of_names_and_a_retirement_age_are_no_figures() -> None:
    assert _values("The injured were Ana Lind, 35; Tomas Rydell Jr., 53; and Ode Brandt, 49.") == []
    assert _values("The pension age will rise from 62 to 64 for 3 million workers.") == [3_000_000]


def test_numbers_to_call_or_text_are_no_figures() -> None:
    assert (
        _values(
            "Call the harbour police at 999, Tip Line at 800-TIPS (8477), or 800-4CTU. Report "
            "oiled birds to 1-877-OWL-BIRD. Send an SMS to 31373."
        )
        == []
    )
    assert _values("Police called 12 witnesses.") == [12]


def test_dollars_of_other_countries_and_kenyan_shillings_in_mixed_case() -> None:
    """Figure round 17: the Trinidad, Guyana and Jamaica dollars ("TT$", "TT", "G$", "J$")
    and "Kes" before a number are money."""
    assert _values(
        "The budget is TT$61.2 billion against revenue of TT52 billion. The fund paid out "
        "G$38.4 billion. Bus fares rise by J$150. Profit was Kes31.5 billion."
    ) == [61_200_000_000, 52_000_000_000, 38_400_000_000, 150, 31_500_000_000]


def test_a_letter_for_a_currency_after_pay_a_price_or_a_loss() -> None:
    """A letter before a number is money after "pay", "floor price" or "a loss of", and
    before "a bag" or "per 50kg bag"; a model or a road stays no figure."""
    assert _values(
        "The board will pay K120 for a bag of maize. Growers sell at a loss of K95/ per 50kg "
        "bag. The floor price K130 stands."
    ) == [120, 95, 50, 130]
    assert _values("The K110 tractor sold well and route R21 was shut.") == []


def test_units_glued_in_capitals_grams_pence_and_a_letter_rate_to_the_dollar() -> None:
    """Figure round 18 (holdouts 56, 57 and 59 after their first pass): "3.4TWH" in
    capitals, "7gm", "18p per litre", and a letter currency read as an exchange rate ("N160
    to the dollar", "at N197 official exchange rate"); a bare "N160" stays no figure."""
    assert _values(
        "The plant used 3.4TWH of power. Police found 7gm of heroin. The levy adds 18p per "
        "litre. The rate was N160 to the dollar, and pilgrims paid at N197 official exchange "
        "rate."
    ) == [3.4, 7, 18, 160, 197]
    assert _values("The N160 bus and the 1080p screen are new.") == []


def test_a_letter_rate_per_or_against_a_currency() -> None:
    """The other two forms of a letter currency's exchange rate (a guard: they passed when
    written): "N160 per dollar", "N750 against the dollar"; a bus route stays no figure."""
    assert _values("The naira traded at N160 per dollar, then N750 against the dollar.") == [
        160,
        750,
    ]
    assert _values("The N750 bus route closed.") == []


def test_a_capitalised_glued_scale_and_floors_and_rooms_in_words() -> None:
    """Figure round 19 (holdouts 64 and 65 after their first pass): a scale glued with a
    capital ("Shs119.8Bn", "$2.5Mn", "5 Trn"), and floors and rooms counted in words ("a
    five-storey block", "two-bedroom flats", "a 300-bed hospital"); a one-room school is no
    count the keys take."""
    assert _values("The board collected Shs119.8Bn, and $2.5Mn went on 5 Trn of debt.") == [
        119_800_000_000,
        2_500_000,
        5_000_000_000_000,
    ]
    assert _values("A five-storey block fell near two-bedroom flats and a 300-bed hospital.") == [
        5,
        2,
        300,
    ]
    assert _values("The village has a one-room school.") == []


# ------------------------------ eleventh stop (holdouts 86 and 91, after their scoring)


def test_a_decimal_comma_right_after_a_currency() -> None:
    src = _src(
        "Roaming\n\nThe operator cut calls by 75%, from BWP7,28 to BWP1,85 a minute, and data "
        "from R27,51 to R1,77 a megabyte.\n"
    )
    assert sorted(f.value for f in src.figures) == [1.77, 1.85, 7.28, 27.51, 75]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Prices rose 43per cent and data 2.4percent last year.", [2.4, 43]),
        ("A 64Kg bag sells for shs2300, up from shs1,800.", [64, 1800, 2300]),
        ("Plans of 35Mbps and 75Mbps are on offer.", [35, 75]),
    ],
)
def test_units_glued_to_the_number(sentence: str, values: list[float]) -> None:
    assert sorted(f.value for f in _src(f"Prices\n\n{sentence}\n").figures) == values


# round 148 (holdouts 108-109 after their first pass, and older batches): thousands set apart
# by spaces with a decimal comma or a measure glued on, and money written the Malaysian and
# Zimbabwean way
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The basket cost R4 241,11 in May, up R143,27 from R4097,84.", [4241.11, 143.27, 4097.84]),
        ("The roll lists 1 068 569 new voters.", [1068569]),
        ("The board bought 10 000MT of maize.", [10000]),
        (
            "The ships will cost RM19.7bil, and RM200mil more for spares.",
            [19_700_000_000, 200_000_000],
        ),
        ("A loaf now costs ZWL$89, up from ZWL$80.", [89, 80]),
    ],
)
def test_space_thousands_decimal_commas_and_money_codes(
    sentence: str, expected: list[float]
) -> None:
    assert _values(sentence) == expected


def test_mt_is_tonnes_when_the_article_says_so() -> None:
    text = (
        "The harvest fell to 2.9 million metric tonnes (MT) from 3.5 million MT. The board "
        "bought 10 000MT of maize."
    )
    assert _values(text)[-1] == 10000


# round 149 (holdout 110 after its first pass): "tri" glued after money is trillion (East
# African "3.9tri/-"), and "sqkm" glued on is a measure
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Revenue rose to 3.9tri/- from 3.4tri/- a year before.",
            [3_900_000_000_000, 3_400_000_000_000],
        ),
        ("The licence covers 39sqkm of the valley.", [39]),
    ],
)
def test_trillions_written_short_and_square_kilometres_glued_on(
    sentence: str, expected: list[float]
) -> None:
    assert _values(sentence) == expected


# round 156 (holdouts 121-123 after their first pass): Omani rials ("OR900 million",
# "RO 5 million"), Thai baht ("Bt6 billion"), Fijian and Canadian dollars written with
# their letters before "$"; a plural fraction in words needs no "of" ("two thirds is owned")
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The airline lost OR900 million last year.", [900_000_000]),
        ("The carrier owes Bt94.5 billion to creditors.", [94_500_000_000]),
        ("Profit reached FJD$25.4 million.", [25_400_000]),
        ("The union asked for CDN$1.3 billion.", [1_300_000_000]),
        ("Of this forest, two thirds is owned by families.", [2 / 3]),
    ],
)
def test_rials_baht_lettered_dollars_and_plural_fractions(
    sentence: str, expected: list[float]
) -> None:
    assert _values(sentence) == pytest.approx(expected)


def test_omani_rials_written_ro_are_money() -> None:
    assert _read("The port cost RO 5 million to build.") == [(5_000_000, "RO", "RO 5 million")]
