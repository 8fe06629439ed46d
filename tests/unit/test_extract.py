"""briefer import: the seed article, the patterns article, readers, title/byline/date and
quick takes. Every item must be text of the article (``body[span]``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer import model as m
from briefer.extract import extract
from briefer.extract.readers import read_text, sniff

REPO = Path(__file__).resolve().parents[2]
ARTICLES = REPO / "tests" / "data" / "articles"
# written for the tests with the structure of the seed article of the import issue: quick
# takes, one quote with a rank and a role, hedged figures
SEED = ARTICLES / "seed_shells.txt"


def assert_never_invents(src: m.Source) -> None:
    body = src.body or ""
    for item in [*src.takes, *src.quotes]:
        assert item.span is not None
        assert body[item.span[0] : item.span[1]] == item.text
    for f in src.figures:
        assert f.span is not None and f.span[0] < f.span[1] <= len(body)


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


# ------------------------------------------------------------------ the seed


@pytest.fixture(scope="module")
def seed() -> m.Source:
    return extract(seed_text())


def test_seed_title_and_body(seed: m.Source) -> None:
    assert seed.title.startswith("Shells for a Distant War:")
    assert seed.body == seed_text()
    assert seed.id == "shells-for-a-distant-war-how-varnias-factories-feed-its-ally"
    assert seed.kind == "article"


def test_seed_exactly_four_quick_takes(seed: m.Source) -> None:
    assert [t.text for t in seed.takes] == [
        "President Aren Volkov’s order to raise shell output serves the ally’s campaign.",
        "Plant capacity has reportedly doubled, easing the ally’s shortages.",
        "Several thousand Varnian troops have been sent, and their losses are heavy.",
        "In return, Varnia may gain access to advanced weapons know-how.",
    ]
    assert [t.id for t in seed.takes] == ["t1", "t2", "t3", "t4"]


def test_seed_brunson_quote(seed: m.Source) -> None:
    assert len(seed.quotes) == 1
    q = seed.quotes[0]
    assert q.text.startswith("In exchange, the ally is widening what it shares on space,")
    assert q.text.endswith("parts to put it to use")
    assert q.speaker == "Dana Whitcombe"
    assert q.role == "Army Gen., commander of Allied Forces East"
    assert q.speaker_inferred is None  # named right there
    assert_never_invents(seed)


def test_seed_figures(seed: m.Source) -> None:
    got = {(f.value, f.qualifier) for f in seed.figures}
    assert got == {(15000, "approximately"), (5000, "nearly"), (2, None)}
    by_value = {f.value: f for f in seed.figures}
    soldiers = by_value[15000]
    assert soldiers.unit == "soldiers"
    assert soldiers.attribution == "Southern intelligence"
    assert "Varnian soldiers" in (soldiers.subject or "")
    assert by_value[5000].unit == "casualties"
    body = seed.body or ""
    assert "doubl" in body[by_value[2].span[0] : by_value[2].span[1]]
    assert "15,000" in body[soldiers.span[0] : soldiers.span[1]]
    for f in seed.figures:
        print(f"seed figure: {f.text!r} span={f.span}")


# -------------------------------------------------------------- the patterns


@pytest.fixture(scope="module")
def patterns() -> m.Source:
    return extract((ARTICLES / "patterns.txt").read_text(encoding="utf-8"))


def _quote(src: m.Source, start: str) -> m.Quote:
    return next(q for q in src.quotes if q.text.startswith(start))


def test_patterns_meta(patterns: m.Source) -> None:
    assert patterns.title == "Shell Factories Run Day and Night as Exports to the Front Grow"
    assert patterns.author == "Ada Brennan"
    assert patterns.published == "2025-03-03"
    # "•", "-", "*" and "–" bullets all make takes
    assert len(patterns.takes) == 4
    assert patterns.takes[3].text == "Workers now put in 12-hour shifts."


@pytest.mark.parametrize(
    ("start", "speaker", "role"),
    [
        # "…," said X, the ROLE
        ("Our workers have never", "Omar Sidibe", "Lt. Gen., director of the Munitions Bureau"),
        # X said: "…"
        ("We will match every shell", "Hana Ito", "Defence Minister"),
        # "…," the minister said → the one minister named before
        ("Nobody should doubt", "Hana Ito", "Defence Minister"),
        # according to X, "…" (surname → the full name given before)
        ("the front line has barely", "Hana Ito", "Defence Minister"),
        # X, who stated … that "…"
        ("the plants cannot keep", "Pavel Orlov", None),
        # X told … that "…", then "…," she said
        ("the factories are working", "Ruth Kemper", "Analyst"),
        ("They have no spare lines", "Ruth Kemper", "Analyst"),
        # "…," the North Korean leader said
        ("Production must grow", "Kim Jong Un", "North Korean leader"),
    ],
)
def test_patterns_attributions(
    patterns: m.Source, start: str, speaker: str, role: str | None
) -> None:
    q = _quote(patterns, start)
    assert (q.speaker, q.role) == (speaker, role)


def test_patterns_no_guessed_speaker(patterns: m.Source) -> None:
    # "Kim met Putin. '…,' he said": two people, so no speaker
    assert _quote(patterns, "This partnership will outlast").speaker is None
    # a long quote with no attribution is kept, without a speaker
    assert _quote(patterns, "Nobody has explained where").speaker is None


def test_patterns_scare_quotes_and_titles_are_not_quotes(patterns: m.Source) -> None:
    texts = [q.text for q in patterns.quotes]
    for phrase in (
        "strategic asset",
        "fit for use",
        "Shells for the Front Line",
        "the only quiet place",
    ):
        assert not any(phrase in t for t in texts), phrase
    assert len(patterns.quotes) == 10
    assert_never_invents(patterns)


@pytest.mark.parametrize(
    ("words", "value", "qualifier", "unit"),
    [
        ("approximately 15,000 soldiers", 15000, "approximately", "soldiers"),
        ("nearly 5,000 casualties", 5000, "nearly", "casualties"),
        ("about 40%", 40, "about", "percent"),
        ("five million rounds", 5_000_000, None, "rounds"),
        ("almost one million people", 1_000_000, "nearly", "people"),
        ("over two million", 2_000_000, "more than", None),
        ("about $2.5 billion", 2_500_000_000, "about", "$"),
        ("some 500,000-shell", 500_000, "about", "shell"),
        ("5,2 million euros", 5_200_000, None, "euros"),
        ("Some 21 of 50 districts", 21, "about", "of 50 districts"),
        ("12 percent", 12, None, "percent"),
        ("fourfold", 4, None, "times"),
        ("tripled", 3, None, "times"),
        ("doubled", 2, None, "times"),
        ("At least 300 engineers", 300, "at least", "engineers"),
        ("more than 1,200 welders", 1200, "more than", "welders"),
        ("fewer than 80 inspectors", 80, "fewer than", "inspectors"),
        ("up to 2,500 temporary staff", 2500, "up to", "staff"),
        ("around 4,000 people", 4000, "about", "people"),
        ("12-hour", 12, None, "hour"),
    ],
)
def test_patterns_number_forms(
    patterns: m.Source, words: str, value: float, qualifier: str | None, unit: str | None
) -> None:
    body = patterns.body or ""
    hits = [f for f in patterns.figures if words in body[f.span[0] : f.span[1]]]
    assert len(hits) == 1, [body[f.span[0] : f.span[1]] for f in patterns.figures]
    f = hits[0]
    assert (f.value, f.qualifier, f.unit) == (value, qualifier, unit)
    assert isinstance(f.value, int)


def test_patterns_figure_context(patterns: m.Source) -> None:
    by_words = {(patterns.body or "")[f.span[0] : f.span[1]]: f for f in patterns.figures}
    soldiers = by_words["approximately 15,000 soldiers"]
    assert soldiers.as_of == "2025-03"
    assert soldiers.attribution == "South Korean intelligence"
    assert by_words["about 40%"].attribution == "Seoul Institute"
    assert by_words["tripled"].subject == "the workforce"
    assert by_words["doubled"].subject == "output"


def test_patterns_negatives(patterns: m.Source) -> None:
    """Dates, times, calibres, years, ordinals and model names are not figures."""
    values = [f.value for f in patterns.figures]
    for not_a_figure in (152, 122, 2023, 2025, 2026, 1990, 10, 30, 9, 5, 23, 27):
        assert not_a_figure not in values, not_a_figure
    body = patterns.body or ""
    spans = [body[f.span[0] : f.span[1]] for f in patterns.figures]
    for words in (
        "152mm",
        "10:30",
        "12 February",
        "9 a.m",
        "March 5",
        "3rd",
        "KN-23",
        "Su-27",
        "122-mm",
        "2026",
        "1990",
        "2023",
    ):
        assert not any(words in s for s in spans), words
    assert len(patterns.figures) == 21  # with the 50 districts of "21 of 50 districts"
    assert_never_invents(patterns)
    for f in patterns.figures:
        print(f"patterns figure: {f.text!r} as_of={f.as_of} by={f.attribution}")


# --------------------------------------------------------------------- readers


def test_sniff() -> None:
    assert sniff("<!doctype html><p>x</p>") == "html"
    assert sniff("<div><p>a</p><p>b</p></div>") == "html"
    assert sniff("# Title\n\nText") == "markdown"
    assert sniff("Title\n=====\n\nText") == "markdown"
    assert sniff("Plain title\n\n- a bullet\n\nText.") == "text"
    assert sniff("He wrote 3 < 4 and 5 > 2.") == "text"


MARKDOWN = """---
title: Front Matter Title
author: Jo Bloggs
---
# The *Real* Title

**By Ann Lee** | 4 May 2025

## Key points

- First point, **bold**
  and wrapped
- Second point

Para with "a quote of many words in it," Ann Lee said.

> “A block-quoted statement that is long enough,” said Bo Kim.
"""


def test_markdown_reader() -> None:
    src = extract(MARKDOWN, fmt="markdown")
    assert src.title == "The Real Title"
    assert src.author == "Ann Lee"
    assert src.published == "2025-05-04"
    assert [t.text for t in src.takes] == ["First point, **bold**\n  and wrapped", "Second point"]
    assert [(q.speaker, q.text[:12]) for q in src.quotes] == [
        ("Ann Lee", "a quote of m"),
        ("Bo Kim", "A block-quot"),
    ]
    assert src.body == MARKDOWN
    assert_never_invents(src)


def test_markdown_front_matter_title_when_no_h1() -> None:
    src = extract("---\ntitle: From Front Matter\n---\n\nJust a paragraph.\n", fmt="markdown")
    assert src.title == "From Front Matter"


HTML = """<!DOCTYPE html><html><head><title>Page title | Site</title>
<meta name="author" content="Meta Author"><script>var q = "“not a quote at all here”";</script>
<style>p { color: red }</style></head><body>
<nav><ul><li>Home</li><li>World</li></ul></nav><header><p>Site banner 2025</p></header>
<article><header><h1>The &ldquo;Headline&rdquo; &amp; More</h1><p>By Cy Dee</p></header>
<h2>Highlights</h2><ol><li>One take</li><li>Two <em>takes</em></li></ol>
<p>The minister said: &ldquo;We will keep the border open for as long as needed.&rdquo;</p>
<blockquote><p>Block text about 300 trucks.</p></blockquote>
<aside>Sidebar with 999 widgets</aside></article>
<footer>Copyright 1,234 readers</footer></body></html>"""


def test_html_reader_drops_scripts_styles_navigation() -> None:
    """The stdlib reader (used when trafilatura finds no main text in a page)."""
    from briefer.extract.html_reader import read_html

    art = read_html(HTML)
    assert "var q" not in art.body and "color: red" not in art.body
    assert "Home" not in art.body and "Site banner" not in art.body
    assert "Sidebar" not in art.body and "Copyright" not in art.body
    kinds = [b.kind for b in art.blocks]
    assert kinds == ["heading", "paragraph", "heading", "list", "paragraph", "quote"]
    src = extract(HTML)  # trafilatura: the same items from this small page
    assert src.title == "The “Headline” & More"
    assert src.author == "Cy Dee"
    assert [t.text for t in src.takes] == ["One take", "Two takes"]
    # a counted noun is a figure (issue 12), even in a take: "Two takes"
    assert [f.value for f in src.figures] == [2, 300]
    assert [q.text for q in src.quotes] == ["We will keep the border open for as long as needed."]
    assert src.quotes[0].speaker is None  # "the minister" names nobody
    assert_never_invents(src)


def test_plain_text_takes_fallback_to_first_list() -> None:
    text = "Title line\n\nIntro paragraph here.\n\n1. first\n2) second\n\nMore text.\n"
    src = extract(text)
    assert [t.text for t in src.takes] == ["first", "second"]


def test_takes_heading_variants() -> None:
    for heading in ("Key Takeaways", "KEY POINTS:", "At a glance", "Summary", "Highlights"):
        text = (
            f"Title\n\n- not this one\n\nPara.\n\n{heading}\n\n– chosen one\n– chosen two\n\nEnd."
        )
        assert [t.text for t in extract(text).takes] == ["chosen one", "chosen two"], heading


def test_no_takes_no_quotes() -> None:
    src = extract("Just a title\n\nA short paragraph with nothing in it.")
    assert src.takes == [] and src.quotes == [] and src.figures == []
    assert src.title == "Just a title"


def test_crlf_and_bom_are_normalised() -> None:
    src = extract("\ufeffTitle\r\n\r\nShe said 40 people came.\r\n")
    assert src.body == "Title\n\nShe said 40 people came.\n"
    assert src.title == "Title"
    assert [f.value for f in src.figures] == [40]


def test_unknown_format_is_an_error() -> None:
    from briefer.errors import BrieferError

    with pytest.raises(BrieferError, match="^unknown format 'pdf'; use one of "):
        extract("x", fmt="pdf")


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        (
            "“We are ready for any outcome here,” according to Defence Minister Ana Kowalczyk.",
            "Ana Kowalczyk",
            "Defence Minister",
        ),
        (
            "“We are ready for any outcome here,” Kim, the party leader, said on Monday.",
            "Kim",
            "party leader",
        ),
        ("“Are we ready for any outcome?” asked Ana Kowalczyk.", "Ana Kowalczyk", None),
        (
            "Ana Kowalczyk said in a statement on Monday: “We are ready for any outcome here.”",
            "Ana Kowalczyk",
            None,
        ),
        ("Ana Kowalczyk, 54, said: “We are ready for any outcome here.”", "Ana Kowalczyk", None),
        (
            "South Korea’s defense minister, Shin Won-sik, said “the army is ready for anything”.",
            "Shin Won-sik",
            "South Korea’s defense minister",
        ),
        (
            "Ukrainian intelligence chief Kyrylo Budanov told Reuters that “the plan failed "
            "completely”.",
            "Kyrylo Budanov",
            "Ukrainian intelligence chief",
        ),
        (
            "“All units are ready for any outcome,” the Defense Ministry said.",
            "Defense Ministry",
            None,
        ),
        # no person named: a pronoun or title stays without speaker
        (
            "Kowalczyk met the press. “We are ready for any outcome here,” "
            "said the prime minister.",
            None,
            None,
        ),
        ("“We are ready for any outcome here,” he said.", None, None),
    ],
)
def test_attribution_variants(sentence: str, speaker: str | None, role: str | None) -> None:
    src = extract("Title\n\n" + sentence)
    assert len(src.quotes) == 1
    assert (src.quotes[0].speaker, src.quotes[0].role) == (speaker, role)
    assert_never_invents(src)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The army lost 1.5 million shells.", [(1_500_000, None, "shells")]),
        ("Prices rose 3.2% in May.", [(3.2, None, "percent")]),
        ("Sales hit $1.2bn last year.", [(1_200_000_000, None, "$")]),
        ("They spent €300m on drones.", [(300_000_000, None, "€")]),
        ("Turnout was 64.5 per cent.", [(64.5, None, "percent")]),
        ("Rain fell: 40 mm of it.", [(40, None, "mm")]),
        ("Temperatures hit 45°C.", [(45, None, "°C")]),
        ("Trade grew tenfold.", [(10, None, "times")]),
        ("Exports halved in a year.", [(0.5, None, "times")]),
        ("It is twice as large.", [(2, None, "times")]),
        ("Nearly half a million people fled.", [(500_000, "nearly", "people")]),
        ("Roughly two hundred thousand homes were hit.", [(200_000, "about", "homes")]),
        ("Fewer than 1 in 10 voted.", [(1, "fewer than", "of 10")]),
        ("In 2024, 3,000 people died.", [(3000, None, "people")]),
        ("About 2,500 troops and 300 tanks.", [(2500, "about", "troops"), (300, None, "tanks")]),
        # not figures
        ("The 2022 invasion began.", []),
        ("At 10:45 the sirens sounded.", []),
        ("He fired 155 mm shells.", []),
        ("A 7.62mm rifle was found.", []),
        ("Some 1990s tanks remain.", []),
        ("On 24 February 2022 troops crossed.", []),
        ("The F-16 and the S-400.", []),
        ("Resolution 2231 expired.", []),
        ("Route 66 was closed.", []),
        ("The 3rd brigade moved.", []),
        ("One of the two men left.", []),
        ("They met at 9 a.m. and at 4 pm.", []),
    ],
)
def test_number_forms(sentence: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    src = extract("Title\n\n" + sentence)
    assert [(f.value, f.qualifier, f.unit) for f in src.figures] == expected


def test_quote_running_over_paragraphs_shares_its_speaker() -> None:
    text = (
        "Title\n\nKim said the talks had failed. “We came with an open mind and a real "
        "offer, and they walked away.\n\n“Now the burden is on them to come back,” Kim "
        "Jong Un said.\n\n“This is not a quote that belongs to anyone at all,” a sign "
        "read.\n\nAna Kowalczyk said: “First part of a long statement that goes on.\n\n"
        "“And the second part of that statement, without attribution.”\n"
    )
    src = extract(text)
    assert [q.speaker for q in src.quotes] == [
        "Kim Jong Un",
        "Kim Jong Un",
        None,
        "Ana Kowalczyk",
        "Ana Kowalczyk",
    ]
    assert_never_invents(src)


def test_names_with_two_particles() -> None:
    text = (
        'Aid pledged\n\nThe Commission pledged 15 million euros. "Solidarity is not a '
        'slogan," Commission President Ursula von der Leyen wrote on social media.\n'
    )
    src = extract(text, fmt="text")
    assert [(q.text, q.speaker, q.role) for q in src.quotes] == [
        ("Solidarity is not a slogan", "Ursula von der Leyen", "Commission President")
    ]
    assert_never_invents(src)


def test_paragraphs_glued_by_a_copy_are_read_apart_and_abbreviations_are_not() -> None:
    body = (
        "The fare doubles in May.Riders say it was never put to them.About 200 signed.\n\n"
        "Crews from St.Louis and the U.S.Army came. See e.g.The report, and Booking.com too.\n"
    )
    art = read_text(body)
    texts = [art.text(b) for b in art.blocks]
    assert texts == [
        "The fare doubles in May.",
        "Riders say it was never put to them.",
        "About 200 signed.",
        "Crews from St.Louis and the U.S.Army came. See e.g.The report, and Booking.com too.",
    ]
    assert all(art.body[b.start : b.end] == art.text(b) for b in art.blocks)
