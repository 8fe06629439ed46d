"""Speakers for quotes that carry no attribution of their own: a quote run on from the
paragraph before, a paragraph that is only a quote after one that reports or opens with
someone, the one speaker quoted so far. Every speaker found here is marked inferred."""

from __future__ import annotations

import bisect
import re

from . import names
from .attribution import (
    AUX,
    END_INVERTED,
    END_SUBJECT,
    VERB,
)
from .inverted import parse_inverted
from .nlp import dateline_end, sentence_ends
from .people import (
    quoted_in,
)
from .referent import referent
from .resolve import WINDOW, Context, Found
from .subjects import (
    Who,
    parse_subject,
)
from .words import (
    ROLE_NOUNS,
)


def across_paragraphs(body: str, found: list[Found]) -> None:
    """A quote that runs on into the next paragraph has no closing mark; the next paragraph
    opens with a new one. The parts share the speaker named for any of them."""

    def joined(f: Found, g: Found) -> bool:
        return f.close >= len(body) or (
            body[f.close] not in '”"' and not body[f.close : g.open].strip()
        )

    for f, g in zip(found, found[1:], strict=False):  # speaker named before: forwards
        if f.speaker and not g.speaker and not g.attributed and joined(f, g):
            g.speaker, g.role, g.inferred = f.speaker, f.role, True
    for f, g in zip(reversed(found[:-1]), reversed(found[1:]), strict=False):  # after
        if g.speaker and not f.speaker and not f.attributed and joined(f, g):
            f.speaker, f.role, f.inferred = g.speaker, g.role, True


def continuations(body: str, local: list[Found]) -> None:
    """'"First part," he said. "Second part."': a quote with no attribution of its own that
    follows an attributed one in the same paragraph has the same speaker — not one inside
    a new sentence of other words ('… he said. Residents were told it was “too late”')."""
    for prev, f in zip(local, local[1:], strict=False):
        gap = body[prev.close + 1 : f.open]
        tail = re.split(r"[.!?][”\"’)]*\s", gap)[-1] if re.search(r"[.!?][”\"’)]*\s", gap) else ""
        if tail.strip() and not tail.rstrip().endswith((",", ":")):
            continue
        first = re.split(r"[.!?][”\"’)]*\s", gap)[0] if tail != gap else ""
        if (
            re.search(r"[.!?]\W*\Z", body[prev.open : prev.close + 1])
            and len(first.split()) > 6
            and not re.search(rf"\b{VERB}\b(?:\s+[\w’'-]+){{0,4}}\s*\Z", first)
        ):  # '“….” A spokesman for the agency said it had tried to …. “…”': other words
            continue
        if not f.attributed and prev.attributed and prev.speaker:
            f.speaker, f.role, f.attributed = prev.speaker, prev.role, True
            f.inferred = prev.inferred


def kept(body: str, f: Found) -> bool:
    """Whether a quote stands as a quote with no speaker found for it: it is attributed, or
    longer than five words (a short one alone is a scare quote or a term)."""
    return f.attributed or len(body[f.start : f.end].split()) > 5


def whole_paragraph(body: str, f: Found, units: list[tuple[int, int]]) -> bool:
    """Whether the quote ``f`` (three words or more) is all of its paragraph."""
    ps, pe = units[f.unit]
    return len(body[f.start : f.end].split()) >= 3 and not (
        body[ps : f.open].strip() or body[f.close + 1 : pe].strip(" \t\n.,")
    )


def quote_paragraphs(
    body: str, found: list[Found], units: list[tuple[int, int]], ctx: Context | None = None
) -> None:
    """A paragraph that is nothing but a quote, right after a paragraph whose last quote has
    a speaker, continues that speaker's words; so does one right after a line that
    introduces quotes and names one person ("Key points from Haluk Görgün's statements:").
    Both are marked inferred."""
    last_in: dict[int, Found] = {}
    for f in found:
        last_in[f.unit] = f
    last_speaker = None  # the speaker of the last quote before, for "he" in the intro
    for f in found:
        if f.speaker:
            last_speaker = f.speaker
        if f.speaker or f.attributed or f.unit == 0:
            continue
        ps, pe = units[f.unit]
        rest = body[ps:pe].replace(body[f.open : min(f.close + 1, pe)], "", 1)  # may run on
        rest = re.sub(
            r"\((?:reporting|writing|editing|additional reporting)\b[^)]*\)", "", rest, flags=re.I
        )
        if rest.strip(" \t\n.,;:!?") or f.open != ps + len(body[ps:pe]) - len(body[ps:pe].lstrip()):
            continue
        prev = last_in.get(f.unit - 1)
        if (
            prev is None
            and f.close < pe
            and body[f.end - 1 : f.end].isalnum()
            and not body[f.close + 1 : pe].strip()
        ):  # '“The trust we offer will continue”' alone: a pull quote set as a heading
            continue  # ('“We will rebuild every home”.' ends a sentence: a quote)
        if prev is not None and prev.speaker:
            f.speaker, f.role, f.inferred = prev.speaker, prev.role, True
            last_in[f.unit] = f
        elif (
            prev is None
            and ctx is not None
            and (said := _reported_by(body, units, f, ctx, last_speaker))
        ):
            # 'Mr Lapsley said they were far less devastating.' then a quote paragraph
            f.speaker, f.role, f.inferred = said[0], said[1], True
            last_in[f.unit] = f
            last_speaker = f.speaker
        elif (
            prev is None and ctx is not None and (only := _only_speaker(body, units, f, ctx, found))
        ):
            # '“…,” said Ana Lind.' / 'Sales were lower in the north.' / '“…”': the one
            # person quoted so far, past a paragraph or two that name no one
            f.speaker, f.role, f.inferred = only[0], only[1], True
            last_in[f.unit] = f
        elif prev is None and ctx is not None:
            ls, le = units[f.unit - 1]
            gap = body[le : units[f.unit][0]]  # a heading between the two paragraphs
            if gap.strip():
                ls, le = le + len(gap) - len(gap.lstrip()), le + len(gap.rstrip())
            intro = body[ls:le].rstrip()
            if intro.endswith(":") and len(intro) < 200:
                names = {
                    n
                    for _at, ns in ctx.register.mentions(body, ls, le, ctx.quoted)
                    for n in ns
                    if n[:1] not in "?~"
                }
                if len(names) == 1:
                    p = ctx.register.full(next(iter(names)), f.open + 1)
                    f.speaker, f.role, f.inferred = next(iter(names)), p.role if p else None, True
                    last_in[f.unit] = f


# "He did not see …", "She believes …", "He also expected …": a thought reported of "he"
_THOUGHT = re.compile(
    r"(He|She)\s+(?:(?:also|further|still)\s+)?(?:(?:did|does|do|would|could)\s+not\s+)?"
    r"(?:see|sees|saw|believes?|believed|think|thinks|thought|expects?|expected|hopes?|"
    r"hoped|feels?|felt|doubts?|doubted)\b"
)


def _speech_in(body: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a quote of more than three words starts in [lo, hi): a scare quote ('could
    “greatly influence” whether …') is the reporter's sentence, not a quote of its own."""
    i = bisect.bisect_left(spans, (lo, -1))
    while i < len(spans) and spans[i][0] < hi:
        if len(body[spans[i][0] : spans[i][1]].split()) > 3:
            return True
        i += 1
    return False


def _reported_by(
    body: str, units: list[tuple[int, int]], f: Found, ctx: Context, speaker: str | None = None
) -> tuple[str, str | None] | None:
    """(name, role) of the one person whose words the paragraph right before ``f`` reports
    in its last sentence ("Mr X said they were far less devastating."), when that paragraph
    quotes nothing and names no other known person; else None."""
    ls, le = units[f.unit - 1]
    if le > f.open or body[le : units[f.unit][0]].strip() or _speech_in(body, ls, le, ctx.quoted):
        return None  # a heading or other text between, or quotes in that paragraph
    ends = [e for e in sentence_ends(body, ls, le) if e < le - 1]
    start = ends[-1] if ends else ls
    last = body[start:le].strip()
    m = _REPORTED_START.match(last)  # "Ken Ode, the donor envoy, said the funds had left."
    who = parse_subject(m.group("who")) if m else None
    if (according := _ACCORDING_LEAD.match(last)) is not None:
        who = parse_subject(according.group("who"))  # "According to X, they feel …"
    if who is None or not who.name:
        m = _REPORTED.search(last)
        who = parse_subject(m.group("who")) if m else None
    if (
        who is None
        and not _SPEAKS_OF_SOMEONE.search(body, f.start, f.end)
        and (about := _about_one(body, start, le, ctx))
    ):  # "Festival director Ana Lind put the rise down to the guests." then a quote
        # paragraph: the one person the sentence opens with, and the paragraph names (not
        # when the words speak of a "she" or "he": "Farmer X died …" then "“She was …”")
        return about
    if who is None and (lead := _THOUGHT.match(last)):
        # 'He did not see any chance of …' then a quote paragraph: his words, as after "he
        # said" (what he thinks is reported as what he says)
        who = Who(pronoun=True, gender="m" if lead.group(1) == "He" else "f")
    register = ctx.register
    if who is not None and who.pronoun and not who.org:
        # 'He added that the crews were angry.' then a quote paragraph: whom "he" is
        at = start + len(body[start:le]) - len(body[start:le].lstrip())
        if m is not None and (own := _own_subject(body, at, at + m.end("who"), ctx, who.gender)):
            return own  # "On his part, Lukaku thanked the fans and he promised …": Lukaku
        p = referent(register, body, max(0, at - WINDOW), at, ctx.quoted, speaker, who.gender)
        return (p.name, p.role) if p else None
    if (
        who is not None
        and who.org
        and who.name
        and who.name[:1].isupper()
        and (
            len(who.name.split()) >= 2
            or (re.fullmatch(r"[A-Z]{2,8}", who.name) and not names.office_letters(who.name))
        )  # "But the NWC said it would suffer." then its words
        and not register.mentions(body, ls, le, ctx.quoted)
    ):  # "The Harbour Workers Union has accused the board …" then its letter, quoted
        ctx.orgs.add(who.name)
        return who.name, None
    if who is None or not who.name or who.org or who.pronoun or who.title:
        return None
    name, role = who.name, who.role
    if len(name.split()) == 1:
        p = register.full(name, f.open)
        if p is None:
            return None
        name, role = p.name, role or p.role
    hi = (
        start + len(last)
        if m is None
        else start + (len(body[start:le]) - len(body[start:le].lstrip())) + m.end("who")
    )
    mentioned = register.mentions(body, ls, min(le, hi), ctx.quoted)  # not the clause's
    known = {n for _at, ns in mentioned for n in ns if n[:1] not in "?~"}
    if known - {name}:
        return None
    p = register.full(name, f.open)
    return name, role or (p.role if p else None)


# a paragraph about another side that may speak: 'The "yes" side is confident too, …'
_OTHER_SIDE = re.compile(
    r"\s*(?:The|the|Its|its|Their|their)\s+(?:[\w“”\"'’-]+\s+){0,2}(?:side|camp|team|party|"
    r"government|opposition|group|campaign|union|company|board|council|ministry|police)\b"
)
# words that speak of a "he" or "she": about someone, not by the person named before
_SPEAKS_OF_SOMEONE = re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]e|[Hh]im|[Hh]is)\b")


def _only_speaker(
    body: str, units: list[tuple[int, int]], f: Found, ctx: Context, found: list[Found]
) -> tuple[str, str | None] | None:
    """(speaker, role) of the one speaker every quote before ``f`` has, when the one or two
    paragraphs since the last of them name no one and quote nothing, and ``f`` speaks of
    no "he" or "she"; else None."""
    before = [g for g in found if g.speaker and g.close < f.open]
    if not before or len({g.speaker for g in before}) != 1:
        return None
    if any(not g.speaker and g.close < f.open and g.unit > before[-1].unit for g in found):
        return None  # a quote nobody was found for stands between
    last = before[-1]
    if not 2 <= f.unit - last.unit <= 3:
        return None
    if _SPEAKS_OF_SOMEONE.search(body, f.start, f.end):
        return None
    for u in range(last.unit + 1, f.unit):
        lo, hi = units[u]
        if _speech_in(body, lo, hi, ctx.quoted) or ctx.register.mentions(body, lo, hi, ctx.quoted):
            return None
        if _OTHER_SIDE.match(body, lo, hi):
            return None  # 'The "yes" side is confident too, …': another side is in view
        if re.search(rf"\b(?:{VERB})\b", body[lo:hi]) and not re.search(
            r"\b(?:said|says)\s+(?:he|she)\b|\b(?:he|she)\s+(?:said|says)\b", body[lo:hi]
        ):
            return None  # someone unnamed reports something ("officials said …")
    return (last.speaker, last.role) if last.speaker else None


def _about_one(body: str, start: int, end: int, ctx: Context) -> tuple[str, str | None] | None:
    """(name, role) of the known person, named in full, that the sentence body[start:end]
    opens with ("Festival director Ana Lind was delighted …"), when the rest of the
    paragraph's last sentence names no one else; else None."""
    at = start + len(body[start:end]) - len(body[start:end].lstrip())
    found = [
        (a, {n for n in ns if n[:1] not in "?~"})
        for a, ns in ctx.register.mentions(body, at, end, ctx.quoted)
    ]
    names = set().union(*(ns for _a, ns in found)) if found else set()
    if len(names) != 1 or not found or not found[0][1]:
        return None
    name = next(iter(names))
    if len(name.split()) < 2 or not body.startswith(name, found[0][0]):
        return None  # a surname alone, or a title that fits: not sure enough
    if not _OPENS_WITH.fullmatch(body[at : found[0][0]]):
        return None
    if _DONE_BY.search(body, found[0][0], end):
        return None  # "Ana Lind was thanked by the mayor …": the sentence is about what
        # someone else did, and the words may be that someone's
    p = ctx.register.full(name, end)
    return (name, p.role) if p else None


# a passive with its doer: "was thanked by", "were named by", "is warmly praised by"
_DONE_BY = re.compile(
    r"\b(?:was|were|is|are|been|got|gets)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+by\b"
)

# what may stand before the name that opens a sentence: a capitalised title and a few
# lower-case words of a role ("Festival director ")
_OPENS_WITH = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,3}(?:[a-z][\w’'-]*\s+){0,2}")


_ACCORDING_LEAD = re.compile(r"According\s+to\s+(?P<who>[^,;:“”\"]{2,80}?),")


def unattributed_words(body: str, ps: int, pe: int, pairs: list[tuple[int, int]]) -> bool:
    """Whether the paragraph's text outside its quotes has words of its own: an attribution
    ("…,” Ana Lind said.") or any sentence, so it is no bare quote run on from before."""
    outside, at = [], ps
    for o, c in pairs:
        outside.append(body[at:o])
        at = c + 1
    outside.append(body[at:pe])
    return bool(re.search(r"[A-Za-z]{2,}", " ".join(outside)))


def _own_subject(
    body: str, lo: int, hi: int, ctx: Context, gender: str | None
) -> tuple[str, str | None] | None:
    """The one known person text[lo:hi] (a subject ending in "he") names, of that gender."""
    own = {
        n.lstrip("~")
        for _a, ns in ctx.register.mentions(body, lo, hi, ctx.quoted)
        for n in ns
        if (n[:1] not in "?~" and ctx.register.compatible(n, gender))
        or (n[:1] == "~" and len(n.split()) >= 2)  # a full name nobody registered yet
    }
    if len(own) != 1:
        return None
    name = next(iter(own))
    p = ctx.register.full(name, hi)
    return (p.name, p.role) if p else (name, None)


def reported_in(body: str, ps: int, at: int, ctx: Context) -> tuple[str, str | None] | None:
    """(name, role) of the one known person whose words the sentence right before ``at``
    (in the same paragraph, from ``ps``) reports ("X, who …, said evacuations are too
    slow."), when that sentence names no one else; else None."""
    lo = max(ps, at - 1000)  # a bounded look back keeps one long paragraph linear
    ends = [e for e in sentence_ends(body, lo, at) if body[e:at].strip()]
    start = ends[-1] if ends else lo
    # "The board is not hiding anything, said its chairman X Y." then the quote
    inv = END_INVERTED.search(body, start, at)
    who = parse_inverted(inv.group("who")) if inv else None
    if who is None and (tail := END_SUBJECT.search(body, start, at)):
        # "The convoy was the first of two, UN spokesman X Y said." then the quote
        who = parse_subject(tail.group("who"))
        if who is not None and who.pronoun and tail.group("who").strip() in ("he", "she"):
            pass  # "…, he said." then the quote: whom "he" stands for (below)
        elif who is not None and (who.pronoun or not who.name or who.org):
            who = None
    hi = at  # where names may stand that would make the sentence someone else's
    lead = start + len(body[start:at]) - len(body[start:at].lstrip())
    lead = dateline_end(body, lead, at)  # "KUALA LUMPUR: Deputy Prime Minister X said that …"
    according = _ACCORDING_LEAD.match(body, lead, at)
    if who is None and according:  # "According to X, they feel that …. “…”"
        who = parse_subject(according.group("who"))
        hi = according.end("who")
    if who is None:
        m = _REPORTED_START.match(body, lead, at)
        clauses = list(_BUT_CLAUSE.finditer(body, lead, at))
        if clauses and (later := _REPORTED_START.match(body, clauses[-1].end(), at)):
            m = later  # "The scientists expressed concerns, but the Minister said that …": the
            # last clause's subject reports the words that follow
        who = parse_subject(m.group("who")) if m else None
        if m and who is not None:  # "X said she will meet Y": Y is in the reported clause
            hi = m.end("who")
    register = ctx.register
    if who is not None and who.pronoun and not who.org and who.gender:
        # "X, chair of the owners, said …. He claimed that …. “…”": whom "he" stands for
        own = _own_subject(body, lead, hi, ctx, who.gender) if hi < at else None
        if own:  # "On his part, Lukaku thanked the fans and he promised …": Lukaku
            return own
        p = referent(register, body, max(0, start - WINDOW), start, ctx.quoted, None, who.gender)
        return (p.name, p.role) if p else None
    if who is not None and who.title and not who.name and not who.frame:
        # "The minister said the retreat was …": the one person holding that title
        p = register.by_title(who.title, at)
        named = {n for _at, ns in register.mentions(body, start, hi, ctx.quoted) for n in ns}
        return (p.name, p.role) if p and not named - {p.name} - {"?" + who.title[-1]} else None
    if who is None or not who.name or who.org or who.pronoun or who.title:
        return None
    p = register.full(who.name, at)
    if p is None and register.said_single(who.name):  # "Lind said he was not …. “…”"
        named = {n for _at, ns in register.mentions(body, start, at, ctx.quoted) for n in ns}
        return None if named else (who.name, who.role)
    if p is None or who.name.split()[-1] != p.name.split()[-1]:
        return None
    aside = _WHO_CLAUSE.search(body, start, hi)  # "Borg, who visited with Minister X, said"
    named = {
        n
        for a, ns in register.mentions(body, start, hi, ctx.quoted)
        if not (aside and aside.start() <= a < aside.end())
        for n in ns
    }
    if named - {p.name}:
        return None
    return p.name, who.role or p.role


def subject_in(body: str, ps: int, at: int, ctx: Context) -> tuple[str, str | None] | None:
    """(name, role) of the person who is the subject of the sentence right before ``at`` in
    the same paragraph ("PM X thanked the donors. “…”", "The prime minister said that ….
    “…”", "He lamented …. “…”"): the sentence must open with that person (a name, a title
    that fits one person, or he/she standing for one) and quote nothing; else None."""
    lo = max(ps, at - 1000)
    ends = [e for e in sentence_ends(body, lo, at) if body[e:at].strip()]
    start = ends[-1] if ends else lo
    start += len(body[start:at]) - len(body[start:at].lstrip())
    start = dateline_end(body, start, at)
    if start >= at or quoted_in(start, at, ctx.quoted):
        return None
    register = ctx.register
    pronoun = re.match(r"(He|She)\b", body[start:at])
    if pronoun:
        gender = "m" if pronoun.group(1) == "He" else "f"
        p = referent(register, body, max(0, start - WINDOW), start, ctx.quoted, None, gender)
        return (p.name, p.role) if p else None
    opening = _PARTICIPLE_LEAD.match(body, start, at)  # "Expressing grief, X flagged …"
    if opening:
        start = opening.end()
    if adverb := _ADVERB_LEAD.match(body, start, at):  # "However, Bredell has kept …"
        start = adverb.end()
    found = register.mentions(body, start, at, ctx.quoted)
    if not found:
        return None
    first_at, names = found[0]
    lead = body[start:first_at]
    role_lead = re.fullmatch(r"(?:[A-Z][\w.’'-]*\s+)+((?:[a-z][\w-]*\s+){1,3})", lead)
    if len(names) != 1 or not (
        re.fullmatch(r"(?:(?:The|the|[A-Z][\w.’'-]*)\s+)*", lead)
        or (role_lead and role_lead.group(1).split()[-1].lower() in ROLE_NOUNS)
    ):  # "Customs Auckland Airport acting manager Ben Wells credited …": a title first
        return None  # the sentence opens with something else, or the name fits two people
    others = {n for _a, ns in found[1:] for n in ns} - names
    if others and _SAID_WORD.search(body, first_at, at):
        return None  # "A met B, who said …": the words may be B's
    name = next(iter(names))
    if name[:1] in "?~":
        return None
    p = register.full(name, at) or register.full_exact(name, at)
    return (p.name, p.role) if p else (name, None)


# a second clause joined to a sentence's first: its subject may report the words after it
_BUT_CLAUSE = re.compile(r",\s+(?:but|while|whereas|although|though)\s+")
# a relative clause set off by commas after the subject: the people it names are not who
# speaks ("Borg, who visited the port with Transport Minister X on Wednesday, said …")
_WHO_CLAUSE = re.compile(r",\s*who\s[^,;:“”\"]{2,160},")
# a person's act of speaking in other words than a reporting verb: "X credited the find
# to …", "X thanked the crews": a quote paragraph right after it is X's
SPEECH_ACT = re.compile(  # not "X was thanked by the mayor": what the mayor did
    r"[A-Za-z](?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bis)(?<!\bare)(?<!\bbe)"
    r"(?:,[^,;.“”\"]{2,90},)?\s+(?:also\s+)?(?:credited|thanked|urged|praised|blamed|"
    r"welcomed|criticised|criticized|appealed|assured|lamented|attributed|defended|"
    r"dismissed|hailed|commended|congratulated|cautioned|advised|encouraged|reiterated|"
    r"recounted|spoke|addressed)\b"
)
_PARTICIPLE_LEAD = re.compile(r"[A-Z][a-z]+ing\b[^,;.“”\"]{0,80},\s+")
_ADVERB_LEAD = re.compile(
    r"(?:However|Meanwhile|Still|Yet|Moreover|Furthermore|Also|Separately|Earlier|Later|"
    r"Nevertheless|Nonetheless|Indeed|Now)\s*,\s+"
)
_SAID_WORD = re.compile(rf"\b{VERB}\b")
# verbs that report words only in the sentence before a quote paragraph ("He also
# expressed optimism that …" then “…”), never as an attribution beside a quote
_REPORTING = rf"(?:{VERB}|expressed|voiced|explained)"
_REPORTED_START = re.compile(rf"(?P<who>[^;:“”\"]{{2,160}}?)\s+{AUX}{_REPORTING}\b[^“”\"]*")


# the last sentence of a paragraph reporting someone's words: "X said they were …"
_REPORTED = re.compile(
    rf"(?:\A|,\s+)(?P<who>[^,;:“”\"]{{2,80}}?),?\s+{AUX}{_REPORTING}\b[^“”\"]*\Z"
)  # "…, the Inspector General, X Y, says …": the comma after the name too
