"""The last to speak: a speaker for a quote whose attribution fixed no one ("he said" or
"the minister said" when the sentences before name more than one person or word that
might be one) or that has no attribution at all. It is the person who spoke last before
the quote — by a quote of their own, or by words the text reports ("X said that …",
"X, the minister, told reporters …") — when nothing since names anyone else or has anyone
else speak. Every speaker found here is marked inferred, for the analyst to check."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable

from .attribution import AUX, VERB
from .nlp import sentence_ends
from .people import in_spans, quoted_in
from .resolve import Context, Found, norm_last
from .subjects import CAP_RUN, split_name
from .words import ORG_WORDS, ROLE_NOUNS

_REACH = 1500  # characters before a quote searched for who spoke last
_AFTER_VERB = re.compile(r"(?:\bsaid|\bsays|\b[Aa]ccording\s+to|\btold\s+by)\s+\Z")
# a reporting verb and what stands before it in its clause (its subject, for "X said")
_SPEECH = re.compile(rf"\b{AUX}{VERB}\b")
_IN_PLACE = re.compile(r"\b(?:in|at|from|near|outside)\s+(?:[a-z]+\s+)?\Z")
_PASSIVE = re.compile(r"\b(?:been|be|being|was|were|is|are)\s+\Z")
_PRONOUN = re.compile(r"(?:[Hh]e|[Ss]he)\b")


def _surname(name: str) -> str:
    return name.lstrip("~?").split()[-1] if name.strip("~?") else ""


# a name and perhaps its appositive in commas: "X", "X, a vendor at the market,"
_NAME_APPOSITIVE = rf"(?P<run>{CAP_RUN.pattern})(?:\s*,(?P<app>[^,.;“”\"\n]{{2,160}}),)?"
# a name, perhaps its appositive, then a reporting verb: "X, a vendor at the market, told"
_REPORTER = re.compile(
    rf"{_NAME_APPOSITIVE}(?:\s+(?:on\s+)?(?:\w+day|yesterday|today|earlier|later))?"
    rf"\s+{AUX}{VERB}\b"
)
# a name and any verb right before a quote it opens: "Rydell, addressing farmers, hoped, “…"
_VERB_THEN_QUOTE = re.compile(
    rf"{_NAME_APPOSITIVE}\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|[a-z]{{3,}}s)\s*[,:]\s*(?=[“\"])"
)
# "X, who …, said": the name before a relative clause ("who spoke for the director, Y,")
_REPORTER_WHO = re.compile(
    rf"(?P<run>{CAP_RUN.pattern}),\s+who\b[^.;“”\"\n]{{2,250}}?,\s+{AUX}{VERB}\b"
)
# "he said", "…, said she.": a speaking by whoever "he" stands for (not "said he was")
_HE_SAID = re.compile(
    rf"\b(?:(?P<p>[Hh]e|[Ss]he)\s+(?:{AUX}{VERB}\b|(?:[a-z]+ly\s+)?[a-z]{{3,}}ed\s*[,:]\s*(?=[“\"]))"
    rf"|{VERB}\s+(?P<q>he|she)\s*[.,])"
)  # and "He admired, “…": any verb that opens a quote
# "The manager also disclosed", "the minister said": a speaking by whoever holds the title
_TITLE_SAID = re.compile(
    rf"\b[Tt]he\s+(?P<title>(?:[\w-]+\s+){{0,2}}?(?P<head>[a-z][\w-]+))\s+{AUX}{VERB}\b"
)
_AFTER_SAID = re.compile(rf"\b(?:said|says|[Aa]ccording\s+to)\s+(?P<run>{CAP_RUN.pattern})")


def _person(run: str, at: int, ctx: Context) -> str | None:
    """The person a name run stands for: the register's fuller name, or the run itself
    when it is a name of two words or more; None for a body, a place or a title alone."""
    _prefix, name = split_name(run)
    if not name or name in ctx.orgs or norm_last(name) in ORG_WORDS | ROLE_NOUNS:
        return None  # "the Prime Minister said": a title, whom it names is for ``resolve``
    if re.search(r"[a-z][A-Z]", name) and not re.match(r"(?:Mc|Mac|De|Di|Da|La|Le)[A-Z]", name):
        return None  # "ArcelorMittal said": a company's name, not a person's
    p = ctx.register.full(name, at + 1)
    if p is not None:
        return p.name
    if len(name.split()) >= 2 or ctx.register.said_single(name):
        return name
    return None


def _others_in_sentence(body: str, at: int, name: str, ctx: Context) -> bool:
    """Whether the sentence around ``at`` names a known person other than ``name`` ("Premier
    X met Y, and X said …": then a quote after it may be either's)."""
    ends = sentence_ends(body, max(0, at - 400), min(len(body), at + 400))
    lo = max([e for e in ends if e <= at], default=max(0, at - 400))
    hi = min([e for e in ends if e > at], default=min(len(body), at + 400))
    return any(
        n[:1] not in "?~" and _surname(n) != _surname(name)
        for _a, names in ctx.register.mentions(body, lo, hi, ctx.quoted)
        for n in names
    )


def _speakings(
    body: str, lo: int, hi: int, found: list[Found], ctx: Context
) -> list[tuple[int, int, str]]:
    """Who spoke in [lo, hi), in order: (start, end of the speaking, name) for each quote
    with a speaker and each person a reporting verb follows ("X, the minister, said"; "X,
    who …, said") or comes right before ("according to X")."""
    first = bisect.bisect_left(found, lo, key=lambda g: g.open)  # found is in text order
    last = bisect.bisect_left(found, hi, key=lambda g: g.open)
    out = [(g.open, g.close + 1, g.speaker) for g in found[first:last] if g.speaker]
    for pattern in (_REPORTER, _REPORTER_WHO, _AFTER_SAID, _VERB_THEN_QUOTE):
        for m in pattern.finditer(body, lo, hi + 1):  # + 1: the mark a verb opens
            if quoted_in(m.start(), m.end(), ctx.quoted) or in_spans(m.start(), ctx.quoted):
                continue
            app = m.groupdict().get("app")
            run, at = m.group("run"), m.start("run")
            if (
                re.search(r"[’']s?\Z", run)
                and not app
                and not re.search(r"[’']s?\s+(?:comments|remarks)\b", m.group())
            ):  # "Ghana’s confirmed cases": an owner, not one who speaks ("Ahmed's comments
                continue  # came at …" are his words)
            if app and CAP_RUN.fullmatch(app.strip()):  # "the chairman, X, said"
                run, at = app.strip(), m.start("app") + len(app) - len(app.lstrip())
            sentence = body[max(lo, at - 300) : at]
            if pattern is not _REPORTER_WHO and re.search(
                r",\s*(?:who|which)\b[^.!?]*\Z", sentence
            ):
                continue  # inside a relative clause: its owner spoke
            if (name := _person(run, at, ctx)) is not None and not _others_in_sentence(
                body, at, name, ctx
            ):
                out.append((at, m.end(), name))
    out.sort()

    def he_fits(m: re.Match[str]) -> Callable[[str], bool]:
        gender = "f" if (m.group("p") or m.group("q")).lower() == "she" else "m"
        return lambda name: ctx.register.compatible(name, gender)

    def title_fits(m: re.Match[str]) -> Callable[[str], bool]:
        words = m.group("title").lower().split()
        return lambda name: ctx.register.may_be(name, words, len(body) + 1)

    # "…, he said." goes on with who spoke (not "Mayor Lina Holt met Rui Matos. She said …"
    # after Brandt spoke); then "The manager also disclosed that …", with the "he" found
    _carry_on(body, out, ((m, he_fits(m)) for m in _HE_SAID.finditer(body, lo, hi + 1)), ctx)
    titles = (
        (m, title_fits(m))
        for m in _TITLE_SAID.finditer(body, lo, hi)
        if m.group("head").lower() in ROLE_NOUNS
    )
    _carry_on(body, out, titles, ctx)
    return out


def _carry_on(
    body: str,
    out: list[tuple[int, int, str]],
    hits: Iterable[tuple[re.Match[str], Callable[[str], bool]]],
    ctx: Context,
) -> None:
    """Add to ``out`` each speaking by "he" or a title (a match, and whether a name fits
    it) that carries on with whoever spoke last before it, when that one fits and no one
    else is named or speaks between; ``out`` stays in text order."""
    for m, fits in hits:
        if in_spans(m.start(), ctx.quoted):
            continue
        ends = [e for e in out if e[1] <= m.start()]
        if not ends:
            continue
        _start, end, name = max(ends, key=lambda e: e[1])  # the last to have spoken
        if fits(name) and _nobody_else(body, end, m.start(), name, ctx):
            bisect.insort(out, (m.start(), m.end(), name))


def _nobody_else(body: str, lo: int, hi: int, name: str, ctx: Context) -> bool:
    """Whether [lo, hi) names no one but ``name`` (a title only ``name`` holds, or a word
    after a preposition, a place, aside) and has no one else speak."""
    for a, names in ctx.register.mentions(body, lo, hi, ctx.quoted):
        if all(_surname(n) == _surname(name) for n in names):
            continue
        if all(n[:1] == "?" and ctx.register.may_be(name, [n[1:]], len(body) + 1) for n in names):
            continue  # "the group CEO of the marketplace" for the CEO who spoke
        if all(n[:1] == "~" and " " not in n for n in names) and _IN_PLACE.search(
            body, max(0, a - 30), a
        ):
            continue  # "a vendor at the market in central Accra": a place
        return False
    for m in _SPEECH.finditer(body, lo, hi):
        if in_spans(m.start(), ctx.quoted) or _PASSIVE.search(
            body, max(lo, m.start() - 8), m.start()
        ):
            continue  # "59 aircraft have been ordered": no one speaks
        clause = re.split(r"[.!?;]\s|,\s", body[max(lo, m.start() - 80) : m.start()])[-1]
        if not clause.strip():  # "The group CEO of the firm, which …, believes": the
            sentence = re.split(r"[.!?]\s", body[max(lo, m.start() - 300) : m.start()])[-1]
            clause = re.match(r"\s*(?:[Tt]he\s+)?(?:[\w-]+\s+){0,3}?[\w-]+(?=\s+of\b|,)", sentence)
            clause = clause.group() if clause else ""  # sentence's subject, before "of"
        if _surname(name) in clause or _PRONOUN.match(clause.strip()):
            continue
        if re.fullmatch(r"\s*(?:which|who|that)\s*", clause):
            continue  # "the marketplace, which claims a third of sales": whom it follows
        the = re.fullmatch(
            r"\s*[Tt]he\s+((?:[\w-]+\s+){0,3}?[\w-]+)(?:\s+(?:also|further|later|then|again))?\s*",
            clause,
        )  # "The manager also disclosed"
        if the and ctx.register.may_be(name, the.group(1).lower().split(), len(body) + 1):
            continue  # "the minister explained": the one who spoke, by title
        return False  # "The company said …": someone else spoke since
    return True


def last_to_speak(body: str, found: list[Found], ctx: Context) -> None:
    """Give a quote with no speaker the person who spoke last (``_speakings``), when its
    own attribution allows it ("he" someone not known as a woman, "the minister" someone
    with no other role) and nothing since names or has anyone else speak. A quote with no
    attribution must open its paragraph or a sentence, with the speaking in the same
    paragraph or the one before."""
    units = ctx.units
    for f in found:
        if f.speaker or f.term or (f.attributed and f.pending is None):
            continue
        ps = units[f.unit][0]
        in_sentence = False
        if f.pending is None:
            lead = body[ps : f.open].strip()
            in_sentence = bool(lead) and not re.search(r"[.!?:]\W*\Z", lead)
            if not re.search(r"[.!?…]\W*\Z", body[f.start : f.close + 2]):
                continue  # a pull quote set as a heading ends with no stop
        wide = max(units[max(0, f.unit - 3)][0], f.open - _REACH)
        lo = max(units[max(0, f.unit - 1)][0], wide) if f.pending is None else wide
        # "he said" in the paragraph before goes on with whom it stands for, named further back
        spoke = [e for e in _speakings(body, wide, f.open, found, ctx) if e[0] >= lo]
        if not spoke:
            continue
        _start, end, name = spoke[-1]
        if f.pending is None and in_sentence and body[end : f.open].strip():
            continue  # inside a sentence of other words, not right after its speaker's verb
        who = f.pending
        if who is not None:
            if name in ctx.orgs:
                continue  # "he" is no body
            if who.pronoun and not ctx.register.compatible(name, who.gender):
                continue
            if who.title and (
                who.title[-1] not in ROLE_NOUNS  # "the 60-year-old": an age, nobody's office
                or who.qualified  # "the Director of Port Works": an office of its own
                or any(w in ORG_WORDS or w.startswith("spokes") for w in who.title)
                or not ctx.register.may_be(name, who.title, len(body) + 1)
            ):  # "the Finance Ministry spokesman": someone the body sent, not X
                continue
        if not _nobody_else(body, end, f.open, name, ctx):
            continue
        f.speaker, f.inferred, f.attributed = name, True, True
