"""Figures: numbers with their qualifier, unit, subject, date and source.

A figure's ``span`` covers the words it was read from ("approximately 15,000 North Korean
soldiers"), so ``body[span[0]:span[1]]`` always holds its number. Dates, times, years,
calibres (152mm shells), ordinals and model names (Su-27) are not figures.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from ..model import Figure, Quote
from ..walk import number_ok
from . import numbers as num
from .counts import (
    HARMED_BEFORE,
    IN_A_RANKING,
    WORD_LIST_PCT,
    WORD_RANGE_END,
    after_determiner,
    alone_on_line,
    converted,
    counted,
    plural_after,
    word_compound,
)
from .figure_words import (
    MEASURED,
    PERIOD,
    VERBS_AFTER,
    plural,
    words_after,
)
from .meta import title as headline
from .nlp import find_dates, sentences
from .readers import Article, Block
from .repeats import (
    _CASUALTY,
    _PASSIVE,
    _PCT_UNITS,
    _QUAL,
    _STOP_WORDS,
    _UNIT_SYMBOL,
    _drop_count_repeats,
    _drop_people_repeats,
    _drop_repeats,
    _drop_take_repeats,
)

# longest first, so "just over" wins over "over"
_QUAL_RE = re.compile(
    r"\b(" + "|".join(sorted((re.escape(q) for q in _QUAL), key=len, reverse=True)) + r")\s+\Z",
    re.I,
)
_WORD_QUALS = frozenset(
    {
        "approximately",
        "nearly",
        "almost",
        "more than",
        "at least",
        "fewer than",
        "less than",
        "up to",
        "as many as",
        "an estimated",
        "roughly",
        "around",
        "close to",
        "no fewer than",
    }
)
_SOURCE_NOUNS = re.compile(
    r"(?i:intelligence|ministry|officials?|analysts?|agency|police|"
    r"report|survey|data|census|estimates?|government|authorities|"
    r"army|military|institute|office|bureau|managers|experts|"
    r"researchers|scientists|economists|sources|spokes\w+|commission|"
    r"service)|\s[A-Z]"
)
_REPORTING = (
    r"(?:reported|reports|estimated|estimates|estimate|said|says|say|counted|"
    r"found|puts?|announced|claimed|claims|recorded|confirmed|stated|told|"
    r"believes?|assessed|assesses)"
)
_ACCORDING = re.compile(
    r"(?i:\baccording\s+to)\s+(?:(?:the\s+)?(?:latest\s+|official\s+|new\s+)?(?:estimates|figures|"
    r"data|numbers|reports?|a\s+report|a\s+survey|an\s+assessment|a\s+count|statistics|"
    r"a\s+tally|tallies)\s+(?:by|from|of)\s+)?(?P<who>[^,;.]+?(?:\.[A-Z][^,;.]*?)*)"
    r"\s*(?=[,;]|\.(?:\s|\Z)|\Z)"
)
_LEADING = re.compile(
    rf"^(?P<who>[^,;]{{2,80}}?)\s+(?:has\s+|have\s+|had\s+)?"
    rf"(?:\w+ly\s+)?{_REPORTING}\b"
)
_TRAILING = re.compile(
    rf",\s*(?P<who>[^,;]{{2,60}}?)\s+{_REPORTING}\b[^,;]*\Z|"
    rf",\s*(?:said|says|according\s+to)\s+(?P<who2>[^,;]{{2,60}}?)\s*"
    r"[.!?]?\Z"
)
_AS_OF_PREP = re.compile(
    r"\b(?:as\s+of|in|on|during|through|at\s+the\s+end\s+of|"
    r"by\s+the\s+end\s+of|end-)\s*\Z",
    re.I,
)


def _qualifier(text: str, start: int) -> tuple[str | None, int, str]:
    """(qualifier as the model names it, where its words start, the words as written)."""
    m = _QUAL_RE.search(text[max(0, start - 20) : start])
    if not m:
        return None, start, ""
    raw = " ".join(m.group(1).lower().split())
    return _QUAL.get(raw), start - (len(m.group(0))), raw


_LONGEST = 1500  # a "sentence" longer than this (no punctuation) is read in pieces


def _subject_tail(text: str, pos: int, end: int) -> str:
    """Rest of the clause after the unit: "being sent to Russia"."""
    rest = text[pos:end]
    m = re.match(r"[^,;:.!?()\[\]“”\"]*", rest)
    tail = m.group() if m else ""
    tail = re.split(
        r"\s+(?:and|but|while|which|who|that|after|before|because|as)\s+", tail, maxsplit=1
    )[0]
    return " ".join(tail.split()[:10])


def _clause_before(text: str, start: int, s_start: int) -> str:
    """The words before a multiplier: "Production capacity reportedly (doubled)"."""
    clause = text[s_start:start]
    clause = re.split(
        r"[,;:(]|\b(?:and|but|while|that|say|says|said|reported|show|shows|"
        r"indicate|indicates)\b",
        clause,
    )[-1]
    words = clause.split()
    while words and (
        words[-1].lower() in _STOP_WORDS
        or words[-1].lower().endswith("ly")
        or words[-1].lower() in VERBS_AFTER
        or words[-1].lower() in ("rose", "grew", "went", "more", "than", "nearly", "almost")
    ):
        words.pop()
    return " ".join(words[-10:])


def _flat(text: str | None) -> str | None:
    return " ".join(text.split()) or None if text else None


def _strip_the(text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", text.strip(" ,.")).strip()


def _attribution(text: str, s_start: int, s_end: int, at: int) -> str | None:
    sentence = text[s_start:s_end]
    m = _ACCORDING.search(sentence)
    if m:
        return _strip_the(m.group("who")) or None
    m = _LEADING.match(sentence)
    if (
        m
        and s_start + m.end() <= at
        and len(m.group("who").split()) <= 8
        and _SOURCE_NOUNS.search(m.group("who"))
        and not re.search(r"\d", m.group("who"))
    ):
        return _strip_the(m.group("who")) or None
    m = _TRAILING.search(sentence.rstrip(".!?"))
    if m:
        who = m.group("who") or m.group("who2")
        if who and len(who.split()) <= 8 and not re.search(r"\d", who):
            return _strip_the(who) or None
    return None


def _clause(text: str, s_start: int, s_end: int, at: int) -> tuple[int, int]:
    """The stretch between the commas or semicolons around ``at`` (not a number's comma)."""
    lo, hi = s_start, s_end
    for m in re.finditer(r"[,;](?!\d)", text[s_start:s_end]):
        pos = s_start + m.start()
        if pos < at:
            lo = pos + 1
        elif pos > at:
            hi = pos
            break
    return lo, hi


def _as_of(
    text: str, s_start: int, s_end: int, at: int, dates: list[tuple[int, int, str | None]]
) -> str | None:
    """A date the figure holds for: "as of DATE" anywhere in the sentence, "in/on/during
    DATE" or a full date in the figure's own clause. ``dates``: find_dates of the sentence."""
    for ds, _de, iso in dates:
        if iso and re.search(r"\bas\s+of\s*\Z", text[max(s_start, ds - 10) : ds], re.I):
            return iso
    s_start, s_end = _clause(text, s_start, s_end, at)
    for ds, _de, iso in dates:
        if (
            s_start <= ds < s_end
            and iso
            and (_AS_OF_PREP.search(text[max(s_start, ds - 25) : ds]) or len(iso) == 10)
        ):
            return iso
    for m in re.finditer(r"\b(1[89]\d\d|20\d\d)\b", text[s_start:s_end]):
        at = s_start + m.start()
        if _AS_OF_PREP.search(text[max(s_start, at - 25) : at]):
            return m.group(1)
    return None


def find_figures(
    art: Article,
    *,
    takes_spans: list[tuple[int, int]] | None = None,
    quotes: list[Quote] | None = None,
) -> list[Figure]:
    body = art.body
    regions: list[tuple[int, int]] = []
    heads: list[tuple[int, int]] = []  # the headline (never a dateline or a related link)
    title = " ".join(headline(art).split())
    for i, b in enumerate(art.blocks):
        flat = " ".join(art.text(b).split())
        if (
            not heads
            and title
            and (flat == title or (len(title.split()) >= 4 and flat.startswith(title)))
        ) or (i <= 2 and b.kind == "paragraph" and _QUOTED_HEADLINE.fullmatch(flat)):
            heads.append((b.start, b.end))
        elif b.kind in ("paragraph", "quote") or (
            b is art.blocks[-1]
            and len(art.blocks) > 1
            and art.blocks[-2].kind in ("paragraph", "quote")
            and _cut_short(flat, b)
        ):
            regions.append((b.start, b.end))
        elif b.kind == "list":
            regions.extend(b.items)
    figures = _drop_count_repeats(
        body,
        _drop_people_repeats(
            _drop_repeats(
                _drop_take_repeats(
                    _below_zero(
                        body,
                        _million_tonnes(
                            body, _with_minor_units(body, _figures_in(body, regions, quotes or []))
                        ),
                    ),
                    takes_spans or [],
                ),
                body,
            ),
            body,
        ),
    )
    # a figure only in a headline ("Death toll hits 150") counts; one the story repeats
    # is the story's, which says more about it ("2.5 pct" in the headline, "2.5 percent")
    kept: list[Figure] = []
    for f in _drop_repeats(_figures_in(body, heads, quotes or [])):
        if not any(_echo(f, g) for g in (*figures, *kept)):
            kept.append(f)
    if kept:
        figures = sorted([*kept, *figures], key=lambda f: f.span[0] if f.span else -1)
    for i, f in enumerate(figures, 1):
        f.id = f"f{i}"
    return figures


# "2.9 million metric tonnes (MT)": the article says what "MT" stands for
_MT_IS_TONNES = re.compile(r"\b(?:metric\s+)?(?:tonnes|tons)\s*\(MT\)", re.I)
_IN_MILLION_TONNES = re.compile(r"\bmillion\s+(?:metric\s+)?(?:tonnes|tons)\b|\bMTPA\b", re.I)


def _million_tonnes(body: str, figures: list[Figure]) -> list[Figure]:
    """ "6 MTPA" is six million tonnes a year and "4Mt" four megatonnes; "505 MT" is 505
    million tonnes in an article that counts in million tonnes ("1,020 million tonnes",
    "MTPA"), and metric tonnes otherwise ("500 MT of rice")."""
    millions = bool(_IN_MILLION_TONNES.search(body)) and not _MT_IS_TONNES.search(body)
    for f in figures:
        mt = f.span is not None and (
            re.search(r"\dMt\b", body[f.span[0] : f.span[1]]) is not None
            or re.match(r"[-–]\d+(?:\.\d+)?Mt\b", body[f.span[1] : f.span[1] + 12]) is not None
        )  # "4Mt", and the 4.5 of "4.5–5Mt"
        if f.unit == "MTPA" or mt or (f.unit == "MT" and millions and f.value < 100_000):
            exact = Decimal(str(f.value)) * 1_000_000
            f.value = int(exact) if exact == exact.to_integral_value() else float(exact)
    return figures


def _below_zero(body: str, figures: list[Figure]) -> list[Figure]:
    """ "35 below zero", "5 degrees below zero": a temperature under nought is negative."""
    for f in figures:
        if (
            f.span
            and f.value > 0
            and (
                _BELOW_ZERO.match(body, f.span[1])
                or re.search(r"\bbelow\s+zero\s*\Z", body[f.span[0] : f.span[1]])
            )
        ):
            f.value = -f.value
    return figures


_BELOW_ZERO = re.compile(r"(?:\s+degrees?)?\s+below\s+zero\b", re.I)


# an amount in a currency's main unit, then its cents: "112 shillings and 45 cents"
_MAJOR_MONEY = re.compile(
    r"\A(?:[$€£₹₦]|Rs\.?|K?[Ss]hs?\.?|KShs?\.?|G[Hh][Cc¢₵]|[A-Z]{3}|[A-Z]{1,2}\$)\s?\d[\d,]*\Z"
    r"|\A\d[\d,]*\s+(?i:dollars|euros|pounds|rupees|shillings|naira|pesos|rand|cedis|ringgit)\Z"
)
_AND_MINOR = re.compile(r"\s+and\s+(\d{1,2})\s?(cents?|paise|kobo|centavos|pesewas|pence)\b")


def _with_minor_units(body: str, figures: list[Figure]) -> list[Figure]:
    """A whole amount and its hundredths told as one ("112 shillings and 45 cents", "Rs 40
    and 50 paise") is one figure, 112.45; the hundredths are no figure of their own. Pence
    join pounds only (the shilling's pence were twelfths)."""
    out: list[Figure] = []
    joined_to = -1
    for f in figures:
        if f.span and f.span[0] < joined_to:
            continue  # the "45 cents" now inside the amount before it
        text = body[f.span[0] : f.span[1]] if f.span else ""
        minor = _AND_MINOR.match(body, f.span[1]) if f.span else None
        if (
            f.span
            and minor
            and _MAJOR_MONEY.match(text)
            and (minor.group(2) != "pence" or text.startswith("£") or "pound" in text.lower())
        ):
            f.value = round(f.value + int(minor.group(1)) / 100, 2)
            f.span = (f.span[0], minor.end())
            joined_to = minor.end()
        out.append(f)
    return out


# a headline in quotes at the top, as some papers print it ("‘Ministry Needs N81m To Clear
# Weed’"): its figures are a headline's, the story's own restatement counts
_QUOTED_HEADLINE = re.compile(r"‘[^‘’“”]{10,120}’|“[^‘’“”]{10,120}”")


def _year_counts(body: str, hit: num.Hit, ss: int, se: int) -> bool:
    """A number that looks like a year counts when a qualifier goes before it and a noun
    after ("about 2000 troops"), or a verb before it and a plural noun after ("hired 2000
    new nurses"); "in 2018", "the 2019 floods" are years."""
    words = words_after(body, hit.end, se)
    if not words:
        return False
    if _qualifier(body, hit.start)[0]:
        return True
    verb = re.search(r"\b([a-z]+)\s+\Z", body[max(ss, hit.start - 20) : hit.start])
    return bool(
        verb
        and _GAINED.fullmatch(verb.group(1))
        and plural(words[-1].group())
        and all(w.group()[:1].islower() for w in words)
    )


# verbs that take a count of people or things: "registered 2000 new teachers"
_GAINED = re.compile(
    r"(?:register|recruit|hire|employ|train|deploy|enrol|enroll|admit|vaccinate|treat|"
    r"rescue|evacuate|arrest|plant|distribute|donate|build|buy|sell|add|create)(?:s|ed|d)?"
    r"|built|bought|sold|has|have|had|needs?"
)


def _cut_short(flat: str, b: Block) -> bool:
    """The last line of a page copied short ("The board voted on the holding ben"), after a
    paragraph: no heading but a sentence cut off, read as one; a line of six words or more,
    most of them in lower case, ending in a lower-case word or a number without punctuation
    (related headlines at the end come after a heading such as "More on this:")."""
    words = flat.split()
    lower = sum(1 for w in words[1:] if w[:1].islower())
    return (
        b.kind == "heading"
        and not b.level
        and len(words) >= 6
        and lower * 3 >= (len(words) - 1) * 2
        and (flat[-1:].islower() or flat[-1:].isdigit())
    )


def _figures_in(body: str, regions: list[tuple[int, int]], quotes: list[Quote]) -> list[Figure]:
    figures: list[Figure] = []
    for rs, re_ in regions:
        for ss, se in sentences(body, rs, re_):
            for ps, pe in _pieces(body, ss, se):
                figures.extend(_sentence_figures(body, ps, pe, quotes))
    return figures


def _echo(head: Figure, other: Figure) -> bool:
    """A headline's figure the story states again: the same value, both a percentage or
    neither ("Eight injured" and "eight people were injured")."""
    return float(head.value) == float(other.value) and (head.unit in _PCT_UNITS) == (
        other.unit in _PCT_UNITS
    )


def _pieces(body: str, ss: int, se: int) -> list[tuple[int, int]]:
    """A sentence, or pieces of at most _LONGEST characters cut at spaces."""
    out = []
    while se - ss > _LONGEST:
        cut = body.rfind(" ", ss + _LONGEST // 2, ss + _LONGEST)
        cut = cut if cut > ss else ss + _LONGEST
        out.append((ss, cut))
        ss = cut
    out.append((ss, se))
    return out


def _sentence_figures(body: str, ss: int, se: int, quotes: list[Quote]) -> list[Figure]:
    out = []
    found_dates = find_dates(body, ss, se)
    dates = [(ds, de) for ds, de, _ in found_dates]
    notes = [m.span() for m in _RATE_NOTE.finditer(body, ss, se)]
    read_to = -1  # the end of a word ratio ("four of 31 defendants") already read
    for hit in num.scan(body, ss, se, dates):
        if (notes and num._inside(hit.start, notes)) or hit.start < read_to:
            continue  # "($1 = 7.09 yuan)": the exchange rate used, not a figure of the story
        if hit.kind == "digit" and alone_on_line(body, hit.start, hit.end):
            continue  # "-0.0400" on a line of its own: a page's ticker, not prose
        rs = _RS_CUT.search(body, max(0, hit.start - 6), hit.start) if hit.start == ss else None
        if rs and hit.kind == "digit" and not hit.unit:  # "Rs. 500 crore" read as two sentences
            hit.start, hit.unit = rs.start(), "Rs."
        qual, qstart, raw_qual = _qualifier(body, hit.start)
        if hit.kind == "year" and not _year_counts(body, hit, ss, se):
            continue  # "in 2018"; "this year over 2018" (no noun: a comparison, not a count)
        top = re.search(r"\btop\s+\Z", body[max(ss, qstart - 5) : qstart], re.I)
        if (
            top
            and num._word_before(body, qstart - 4, ss) not in num._MODALS
            and (
                IN_A_RANKING.search(body, max(ss, qstart - 40), qstart - 4)
                or not plural_after(body, hit, se)
            )
        ):
            continue  # "one of the top 10 threats": a rank ("set to top 1000 homes" is not);
            # "the top two teams go up": a count of the teams
        on = _RANGE_ON.match(body, hit.end, se)
        if (PERIOD.match(body, hit.end, se) or (on and PERIOD.match(body, on.end(), se))) and (
            hit.kind in ("digit", "word") and not hit.unit
        ):
            continue  # "the last 12 months", "42 days", "four years", "6 -12 months": periods
        if converted(body, qstart, hit.end, ss, se) and not _SPELLED_BEFORE.search(
            body, max(ss, qstart - 80), qstart
        ):
            continue  # "4 km (2.5 miles)", "€5 billion ($5.4 billion)": the same, converted
        if hit.kind == "word" and _CLOCK_BEFORE.search(body, max(ss, qstart - 40), qstart):
            continue  # "this evening from around six": an hour
        if hit.kind == "word" and _spelled_then_digits(body, hit, ss, se):
            continue  # "Two Thousand and Seventy Cedis (GH₵2,070.00)": the digits are the figure
        if (
            hit.kind in ("word", "digit")
            and not hit.unit
            and (box := _BY_FEET.match(body, hit.end, se))
        ):
            hit.unit = box.group(1)  # "1 by 40 feet truck", "2 x 20ft containers": trucks counted
        if hit.kind in ("word", "digit") and (either := _OR_SO.match(body, hit.end, se)):
            hit.end = either.end()  # "three or fewer suppliers": the noun comes after
        if hit.kind == "word" and (
            num.LABEL_BEFORE.search(body, max(ss, hit.start - 12), hit.start)
            or re.search(r"\b(?i:under|over)-\Z", body[max(ss, hit.start - 6) : hit.start])
        ):
            continue  # "Form Four candidates": a class; "under-five deaths": an age group
        if (
            hit.kind == "word"
            and body[hit.start].isupper()
            and re.search(r"[a-z]\s+\Z", body[max(ss, hit.start - 3) : hit.start])
            and re.match(r"\s+[A-Z][a-z]", body[hit.end : se])
        ):
            continue  # "a plot at Ten Acres", "the Four Seasons": a name in the sentence
        measure = _MEASURE_COMPOUND.match(body, hit.end, se) if hit.kind == "word" else None
        if measure:  # "a six-kilometre zone"
            hit.unit, hit.end = measure.group(1), measure.end()
        elif hit.kind == "word" and not hit.unit and not hit.scaled and hit.value >= 2:
            compound = word_compound(body, hit.end, se)
            if compound:  # "a nine-member panel", "the two-round vote", as "9-member"
                hit.unit, hit.end = compound.group(1), compound.end()
        ratio = (
            _WORD_RATIO.match(body, hit.end, se)
            if hit.kind == "word" and not hit.unit and not hit.scaled and hit.value >= 2
            else None
        )
        if ratio:  # "four of 31 defendants", as "4 of 31 defendants"
            hit.unit, hit.ratio_of, hit.end = "of", ratio.group(1), ratio.end()
            read_to = hit.end
        pct = num.PERCENT.match(body, hit.end, se) if hit.kind == "word" else None
        upper = WORD_RANGE_END.match(body, hit.end, se) if hit.kind == "word" else None
        if (
            upper
            and not pct
            and not hit.unit
            and (shared := num.PERCENT.match(body, upper.end(), se))
        ):  # "between two and three per cent": the lower end is a percentage too
            hit.unit = "percentage points" if shared.group("pp") else "percent"
        elif (
            hit.kind == "word"
            and not pct
            and not hit.unit
            and WORD_LIST_PCT.match(body, hit.end, se)
        ):
            hit.unit = "percent"  # "cuts of two, three, five percent": each one a percentage
        casualty = _CASUALTY.match(body, hit.end, se) if not hit.unit else None
        if casualty and (
            hit.kind not in ("digit", "word")
            or (hit.kind == "word" and after_determiner(body, hit.start, ss))
            or (hit.value < 2 and casualty.group(1).lower() not in _DEATHS)
            or (hit.value >= 2 and _TOLL_NOUN.fullmatch(casualty.group(1)))
        ):
            casualty = None  # "the eight injured" (a group named again), "one hurt";
            # "5,000 casualties" is a noun phrase like any other
        were = (
            _WERE.match(body, hit.end, se)
            if not casualty
            and hit.kind in ("word", "digit")
            and hit.value >= 2
            and not hit.unit
            and not hit.scaled
            else None
        )
        if were and not after_determiner(body, hit.start, ss):
            # "Two were killed", "14 were injured"; "Eight were pulled out": a count of
            # people (or things) the verb's subject, the noun left out
            casualty = _CASUALTY.match(body, were.end(), se) or _PASSIVE.match(body, were.end(), se)
            if casualty and _TOLL_NOUN.fullmatch(casualty.group(1)):
                casualty = None
        more = (
            _MORE.match(body, hit.end, se)
            if hit.kind == "word" and hit.value >= 2 and not hit.unit
            else None
        )
        if pct:  # "four percent"
            hit.unit = "percentage points" if pct.group("pp") else "percent"
            hit.end += pct.end() - pct.start()
        elif casualty:  # "four killed", "eight injured and six detained", "one dead"
            hit.unit, hit.end = casualty.group(1), casualty.end()
        elif more and not after_determiner(body, hit.start, ss):
            hit.end = more.end()  # "wounded eight more", "two more patients"
        elif (
            hit.kind == "word"
            and not hit.scaled
            and not hit.unit
            and raw_qual not in _WORD_QUALS
            and not counted(body, hit, ss, se)
        ):
            continue  # "the two countries", "one of them" are not figures
        unit = hit.unit
        end = hit.end
        subject = None
        if hit.kind == "multiplier":
            words = words_after(body, hit.end, se)
            if words and hit.participle:
                end = words[-1].end()
                subject = body[words[0].start() : end]
            else:
                subject = _clause_before(body, qstart, ss) or None
        else:
            words = (
                []
                if hit.unit in ("percent", "percentage points")
                else words_after(body, hit.end, se)
            )
            harm = (
                HARMED_BEFORE.search(body, max(ss, hit.start - 30), hit.start)
                if unit is None and not words and hit.kind in ("word", "digit")
                else None
            )
            if harm:  # "and killed three": the people harmed, the verb their unit
                verb = harm.group(1).lower()
                unit = verb[:-3] + "ed" if verb.endswith("ing") else verb
            elif unit is None and words:
                first = words[0].group()
                # "51.5 GW capacity": a unit symbol is the unit, the rest says of what
                unit = (
                    first
                    if _UNIT_SYMBOL.fullmatch(first) or _MEASURE_WORD.fullmatch(first)
                    else words[-1].group().rstrip("’'")
                )
            elif unit == "of" and words:  # "21 of 50 provinces"
                unit = f"of {hit.ratio_of} {words[-1].group()}"
            elif unit == "of":
                unit = f"of {hit.ratio_of}"
            if words:
                end = words[-1].end()
            phrase = body[words[0].start() : end] if words else ""
            of = (
                re.match(r"\s+of\s+", body[hit.end : se])
                if hit.unit in ("percent", "percentage points", "share")
                else None
            )
            group = (
                _OF_GROUP.match(body, hit.end, se)
                if hit.kind == "word" and not words and not unit
                else None
            )
            if of:  # "40% of the shells fail to fire" → "the shells"
                subject = _of_phrase(body, hit.end + of.end(), se) or None
            elif group:  # "three of its plants": the span reads the whole phrase
                subject = _of_phrase(body, group.end(1), se) or None
                if subject:
                    end = group.end(1) + len(subject)
            elif phrase:
                tail = _noun_phrase(_subject_tail(body, end, se))
                subject = " ".join(f"{phrase} {tail}".split()) or None
            else:  # "$2.5 billion in aid"; "inflation rose to 9 percent a year earlier"
                tail = _noun_phrase(_subject_tail(body, end, se))
                what = re.match(r"(?:in|of)\s+(.+)|(for\s+.+)", tail)
                if what:
                    subject = what.group(1) or what.group(2)
                else:
                    subject = _clause_subject(body, qstart, ss) or None
            if subject == unit:
                subject = None
        fig = Figure(
            "",
            hit.value,
            qual,
            _flat(unit),
            _flat(subject),
            _as_of(body, ss, se, hit.start, found_dates),
            _flat(_attribution(body, ss, se, hit.start)),
            span=(qstart, end),
        )
        if fig.attribution is None:  # a figure inside a quote is the speaker's
            fig.attribution = _speaker_at(quotes, hit.start)
        out.append(fig)
        at = body.rfind(hit.ratio_of or "\0", hit.start + 1, hit.end)
        if (
            hit.ratio_of is not None
            and at > 0
            and hit.unit == "of"
            and " in " not in body[hit.start : at]
        ):
            # "18 of 31 countries": the 31 countries are a figure too ("1 in 10" is a rate)
            noun = unit.split()[-1] if unit and len(unit.split()) > 2 else None
            out.append(
                Figure(
                    "",
                    num._value(hit.ratio_of),
                    None,
                    noun,
                    None,
                    fig.as_of,
                    fig.attribution,
                    span=(at, end),
                )
            )
    return [f for f in out if number_ok(f.value)]  # a number the note could not load again


# a measure before the noun it measures: "a 200 gram fish", "a 40 tonne truck", "6 metre walls"
_MEASURE_WORD = re.compile(
    r"(?:kilo)?grams?|tonnes?|tons?|kilos?|kilograms?|(?:kilo|centi|milli)?met(?:re|er)s?|"
    r"miles?|feet|foot|inch(?:es)?|litres?|liters?|gallons?|acres?|hectares?|ounces?"
    r"|dollars?|euros?|pounds?|rupees?|shillings?|naira|rand|yuan|yen",  # "a 500 dollar fine"
    re.I,
)
_PREPS = ("of ", "in ", "from ", "for ", "at ", "on ", "across ", "among ", "to ", "with ")
_TIME_CUT = re.compile(
    r"\b(?:since|ago|earlier|later|last|this\s+(?:year|month|week)|next|until|till|during|"
    r"compared|than|by\s+the\s+end|(?:a|one|the)\s+(?:year|month|week|day|decade)s?\b|"
    r"in\s+(?:1[89]|20)\d\d|per\s+(?:year|month|day|week)|a\s+(?:year|month|day|week)\b)",
    re.I,
)


def _of_phrase(body: str, pos: int, end: int) -> str:
    """The noun phrase after "percent of": "the shells" of "the shells fail to fire"."""
    det = re.match(r"\s*((?:the|its|their|his|her|our|these|those|all)\s+)?", body[pos:end])
    start = pos + (det.end() if det else 0)
    words = words_after(body, start, end)
    if not words:
        return _noun_phrase(_subject_tail(body, pos, end))
    return body[pos : words[-1].end()].strip()


def _clause_subject(body: str, start: int, s_start: int) -> str:
    """What a number without a noun is about, from the words before it, without the verb:
    "Inflation (rose to) 9 percent", "North Korea (earned about) $2.5 billion"."""
    words = _clause_before(body, start, s_start).split()
    while words and (
        words[-1].lower() in VERBS_AFTER
        or words[-1].lower().endswith("ed")
        or words[-1].lower() in _STOP_WORDS
        or words[-1].lower() in ("worth", "cost", "costs", "paid", "spent", "earned", "totaled")
    ):
        words.pop()
    return " ".join(words)


def _noun_phrase(tail: str) -> str:
    """The words that say what is counted, from the rest of a clause: cut at a time
    expression ("a year earlier", "since", "in 2024") and never end on a function word."""
    cut = _TIME_CUT.search(tail)
    words = (tail[: cut.start()] if cut else tail).split()
    while words and (
        words[-1].lower() in _STOP_WORDS
        or words[-1].lower() in VERBS_AFTER
        or (len(words) > 1 and re.fullmatch(r"[a-z]+ed", words[-1]))  # "ships waited"
    ):
        words.pop()
    return " ".join(words)


# a written amount spelt out and then given in digits in brackets, as legal and official
# texts do: "Two Thousand and Seventy Ghana Cedis (GH₵2,070.00)", "forty-one (41)"
_SPELLED_THEN_DIGITS = re.compile(
    rf"(?:(?:[\s,-]+|\s+and\s+)(?:(?i:hundred|thousand|million|billion|{num._WNUM})\b"
    r"|[A-Z][a-z]+\b|(?i:dollars|rupees|shillings|naira|cedis|rand|pounds|euros)\b))*"
    r"\s*\(\s*[^\d()\s]{0,5}\s?\d"
)


def _spelled_then_digits(body: str, hit: num.Hit, ss: int, se: int) -> bool:
    """A written amount in hundreds or more whose digits follow in brackets, and are kept
    there (never "five million dollars ($5m)": the digits are the converted copy, the words
    the figure; "one Kalix Van (2018)" is a count and a year)."""
    end = hit.end
    spelled = _SPELLED_THEN_DIGITS.match(body, end, se)
    if not spelled or not (
        hit.scaled or re.search(r"(?i:hundred|thousand|million|billion)", spelled.group())
    ):
        return False
    paren = body.rfind("(", end, spelled.end()) + 1
    return not MEASURED.search(body, max(ss, paren - 40), paren) or bool(
        _SPELLED_BEFORE.search(body, max(ss, paren - 80), paren)
    )


_CLOCK_BEFORE = re.compile(
    r"\b(?:morning|afternoon|evening|night|tonight|today|tomorrow)\s+(?:from|at|until|till|by|"
    r"after|before)\s+\Z",
    re.I,
)
_SPELLED_BEFORE = re.compile(  # "Ten Dollars (": the digits after are the figure (above)
    rf"\b(?i:{num._WNUM}|hundred|thousand|million|billion)\s+(?:[A-Z][a-z]+\s+){{1,3}}\(\s*\Z"
)
_BY_FEET = re.compile(r"\s+(?:by|x|×)\s+\d{2}\s*-?\s*(?:ft|feet|foot)\s+([a-z]{3,})\b")
_OR_SO = re.compile(r"\s+or\s+(?:more|fewer|less|over|above|under)\b(?!\s+than\b)(?=\s+[a-z])")
_OF_GROUP = re.compile(r"\s+of(\s+)(?=(?:the|those|these|its|their|our|his|her)\s+(?!own\b)[a-z])")
_WORD_RATIO = re.compile(r"\s+(?:out\s+of\s+(?:the\s+)?|of\s+)(\d[\d,]*)\b(?![.,]\d)")
_RATE_NOTE = re.compile(r"\(\s*(?:[A-Z]{1,3})?[$€£¥₹]?\s?1\s*=\s*[^()]{1,40}\)")
_RS_CUT = re.compile(r"\bRs\.\s*\Z")
_RANGE_ON = re.compile(rf"\s*(?:-|–|to|and|or|,)\s*(?:\d+|{num._WNUM})\b", re.I)  # "15, 20 years"
_MORE = re.compile(r"\s+more\b(?!\s+(?:than|of)\b)", re.I)
_DEATHS = frozenset("dead killed death deaths fatality".split())
_TOLL_NOUN = re.compile(r"deaths?|fatalit(?:y|ies)|casualt(?:y|ies)", re.I)
_WERE = re.compile(
    r"\s+(?:were|(?:have|had)(?:\s+(?:already|since|also|now))?\s+been|are|remain|remained)"
    r"(?:\s+(?:also|reportedly|later|still|now|confirmed))?(?=\s)",
    re.I,
)
_MEASURE_COMPOUND = re.compile(
    r"-(kilomet(?:re|er)|km|met(?:re|er)|mile|foot|feet|inch|tonne|ton|kilogram(?:me)?|kg|hectare|"
    r"acre|percent|megawatt|gigawatt)s?\b",
    re.I,
)


def _speaker_at(quotes: list[Quote], at: int) -> str | None:
    """The speaker of the quote that holds offset ``at`` (quotes are in body order)."""
    i = bisect.bisect_right(quotes, at, key=lambda q: q.span[0] if q.span else -1) - 1
    while i >= 0:
        q = quotes[i]
        if q.span and q.span[0] <= at < q.span[1]:
            return q.speaker
        if q.span and q.span[1] <= at:
            return None
        i -= 1
    return None
