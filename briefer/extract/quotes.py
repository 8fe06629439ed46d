"""Quotes: text in double quotes, with the speaker found from the attribution around it.

A quote's ``text`` is exactly ``body[span[0]:span[1]]``. A speaker is only given when the
article names one (directly, or through a pronoun or title that fits exactly one person
named before); otherwise it stays None.
"""

from __future__ import annotations

import re

from ..model import Quote
from . import names
from .attribution import (
    AUX,
    DASH_AFTER,
    NO_COMMA_NAME,
    NO_COMMA_SUBJECT,
    STATED_BY,
    VERB,
    attribution,
    attribution_after,
    described_by,
    reported_words,
    sentence_end_speaker,
    without_scare_quotes,
)
from .fullest import fullest_names
from .inverted import parse_inverted
from .nearest import last_to_speak
from .nlp import UP, dateline_end, is_abbrev_period
from .paragraphs import (
    SPEECH_ACT,
    across_paragraphs,
    continuations,
    kept,
    quote_paragraphs,
    reported_in,
    subject_in,
    unattributed_words,
    whole_paragraph,
)
from .people import (
    Register,
    quoted_in,
)
from .readers import Article
from .resolve import BACK, NO_ONES_NAME, Context, Found, flat, norm_last
from .subjects import (
    BODY_RUN,
    VOICES,
    Who,
    not_a_body,
    parse_subject,
)
from .words import (
    ORG_WORDS,
)

_TITLE_CUE = re.compile(
    r"\b(?:titled|entitled|called|dubbed|named|headlined|headline|"
    r"book|film|report|song|album|slogan|motto|operation|term|word|"
    r"phrase|label|(?:policy|principle|doctrine|mantra|maxim)(?:\s+of)?)\s*,?\s*\Z",
    re.I,
)
_REACH = 400  # how far before or after a quote its attribution is looked for
_SMALL = frozenset("a an the of and or in on at to for by with from vs".split())


def _pairs(body: str, ps: int, pe: int) -> list[tuple[int, int]]:
    """(open mark, close mark) of each double-quoted stretch of a paragraph; an unclosed
    mark runs to the paragraph's end (a quote that goes on in the next paragraph)."""
    out = []
    i = ps
    lead = ps + len(body[ps:pe]) - len(body[ps:pe].lstrip())
    first = _FIRST_MARK.match(body, lead, pe)
    if (
        first
        and lead > 0
        and not _runs_on(body, lead)
        and attribution_after(body[first.end() : min(pe, first.end() + 200)])
    ):
        # 'The project opens a market,” its CEO X said.': the opening mark left out; the
        # quote runs from the paragraph's start (after a dateline) to the closing mark
        out.append((dateline_end(body, lead, first.end()) - 1, first.end() - 1))
        i = first.end()
    while i < pe:
        ch = body[i]
        # a closing mark typed for the opening one at the paragraph's start ('”We …,” says X')
        if ch in '“"' or (
            ch == "”"
            and (i == lead or (body[i + 1 : i + 2].isupper() and _AFTER_STOP.search(body, ps, i)))
            and (
                _closer(body, "“", i + 1, pe) > 0
                or (
                    re.match(r"”[ \t]?[A-Z]", body[i:pe])
                    and not re.search('[“”"]', body[i + 1 : pe])
                )
            )
        ):  # '” It could …' alone in its paragraph: the quote goes on from the one before
            j = _closer(body, ch, i + 1, pe)
            k = _reopened(body, i + 1, j + 2 if j >= 0 else pe)
            line_end = (
                _LINE_ENDS.search(body, i + 1, k if k >= 0 else pe) if j < 0 or k >= 0 else None
            )
            if line_end and not _INNER_ATTRIBUTION.search(body, i + 1, line_end.start()):
                # lines run together as one paragraph: a quote not closed before the next
                # opens ends with its line, when the next line opens a sentence of the
                # reporter's, not a mark
                out.append((i, line_end.start()))
                i = line_end.end()
                continue
            if k >= 0:
                # '"A. “B,” he said': a new sentence opens a new quote before this one
                # closed (two quote paragraphs run together): this one ends there, or at
                # its own attribution ('“A, X said on Monday. “B …')
                stop = k
                while stop > i + 1 and body[stop - 1].isspace():
                    stop -= 1
                inner = _INNER_ATTRIBUTION.search(body, i + 1, stop)
                out.append(
                    (i, inner.start() + 1) if inner and inner.start() > i + 20 else (i, k - 1)
                )
                i = k
                continue
            if j < 0:
                # '“Today prices rose …, the President announced.' (never closed): the
                # attribution at the paragraph's end is outside the quote; in lines run
                # together as one paragraph, at the end of the quote's line
                nl = body.find("\n", i + 1, pe)
                inner = _INNER_ATTRIBUTION.search(body, i + 1, nl) if nl > 0 else None
                if inner and inner.start() > i + 20:
                    out.append((i, inner.start() + 1))
                    i = nl
                    continue
                inner = _INNER_ATTRIBUTION.search(body, i + 1, pe)
                out.append((i, inner.start() + 1) if inner and inner.start() > i + 20 else (i, pe))
                break
            out.append((i, j))
            i = j + 1
            continue
        i += 1
    return out


# a sentence's end at a line's end, and a next line that opens with no quotation mark
_LINE_ENDS = re.compile(r"(?<=[.!?…])[ \t]*\n(?=[ \t]*[^\s“”\"‘’'])")


def _runs_on(body: str, at: int) -> bool:
    """Whether the line before ``at`` leaves a quote open (its last mark opens one)."""
    line = body[max(0, at - 2000) : at].rstrip()
    line = line[line.rfind("\n") + 1 :]
    curly = max(line.rfind("“"), line.rfind("”"))
    if curly >= 0 and line.rfind('"') < curly:
        return line[curly] == "“"
    return line.count('"') % 2 == 1


# a paragraph whose first mark closes a quote: words, then ',”' / '."' with no opening mark
_FIRST_MARK = re.compile(r"[^“”\"\n]{20,600}?[,.!?][”\"](?=[ \t])")
_REOPEN = re.compile(r"(?<=[.!?])\s+([“\"])(?=[{UP}])".replace("{UP}", UP))


def _reopened(body: str, start: int, end: int) -> int:
    """Where an opening mark starts a new sentence in body[start:end] ('… verified. “Once
    we …' or '… results. "Since …'), -1 when none does."""
    m = _REOPEN.search(body, start, end)
    return m.start(1) if m else -1


_INNER_ATTRIBUTION = re.compile(
    rf",[ \t]*(?:the[ \t]+[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*){{0,3}}|"
    rf"(?:[\w’'.-]+[ \t]+){{0,3}}[{UP}][\w.’'-]*(?:[ \t]+[{UP}][\w.’'-]*){{0,4}}|he|she)"
    rf"[ \t]+{AUX}{VERB}"
    r"(?:[ \t]+(?:on|in|at|during|late|early|yesterday|today|this|last)\b[^,.;!?“”\"]{0,40})?"
    r"[.!?]?[ \t]*\Z"
)


# a sentence's or line's end right before a mark: '… said Hlathi. ”The survivors …' opens a
# quote
_AFTER_STOP = re.compile(r"(?:[.!?”][ \t]+|\n[ \t]*)\Z")
# an opening mark typed where the closing one belongs: after the quote's last comma or
# stop, before the attribution's lower-case words
_OPENER_AS_CLOSER = re.compile(r"(?<=[,.!?])“(?=[ \t]+[a-z])")


def _closer(body: str, mark: str, start: int, end: int) -> int:
    """Where the quote opened by ``mark`` closes: a straight mark closes at the next
    straight or curly closing mark (typed text mixes them: '"… dollars,” said'); a curly
    one at its ”, else at a straight mark, else at a “ typed by mistake at the paragraph's
    end; -1 when it runs on."""
    if mark == '"':
        hits = [j for j in (body.find('"', start, end), body.find("”", start, end)) if j >= 0]
        return min(hits) if hits else -1
    j = body.find("”", start, end)
    if typed := _OPENER_AS_CLOSER.search(body, start, j if j >= 0 else end):
        j = typed.start()  # '“… at the current price,“ he said': an opening mark typed
    straight = body.find('"', start, j if j >= 0 else end)
    if (
        straight >= 0
        and re.match(r"[\s.,;:!?)]|\Z", body[straight + 1 : straight + 2])
        and (body[straight - 1 : straight] in ",.!?")
    ):  # '“… of life," reports Khan. "So …”': typed marks mixed, the straight one closes
        j = straight
    if j < 0:
        tail = body[start:end].rstrip()
        if tail.endswith("“") and len(tail) > 1:
            j = start + len(tail) - 1
    return j


def _clause_start(body: str, ps: int, pos: int, floor: int) -> int:
    """Start of the sentence that contains ``pos`` (not before ``floor``)."""
    i = pos - 1
    while i > max(ps, floor):
        if body[i] in ".!?" and body[i + 1 : i + 2].isspace():
            if not (body[i] == "." and is_abbrev_period(body, i)):
                return i + 1
        i -= 1
    return max(ps, floor)


def _clause_end(body: str, pos: int, pe: int, ceiling: int) -> int:
    i = pos
    stop = min(pe, ceiling)
    while i < stop:
        if body[i] in ".!?;" and (i + 1 >= stop or body[i + 1].isspace()):
            if not (body[i] == "." and is_abbrev_period(body, i)):
                return i
        i += 1
    return stop


def _is_title_or_term(content: str, before: str) -> bool:
    words = content.split()
    if len(words) <= 2:
        return True  # scare quotes and quoted terms
    if (
        _TITLE_CUE.search(before)
        and len(words) <= 8
        and not re.search(r"\b(?:he|she|they|what|which)\s+(?:\w+\s+)?called\s*\Z", before)
    ):  # "what he called “an air strike”" is speech
        return True  # a long stretch after "called" is speech: 'which she called “an …'
    if content.rstrip()[-1:] in ".!?,…":
        return False
    caps = [w for w in words if w.lower() not in _SMALL]
    return len(words) <= 12 and all(w[:1].isupper() or not w[:1].isalpha() for w in caps)


def _trim(body: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (body[s].isspace() or body[s] in '“"'):
        s += 1  # '““These campaigns …': an opening mark typed twice
    lead = re.match(r"(?:…|\.\.\.)[ \t]*(?=\w)", body[s:e])  # '“… the rest”': the words
    if lead:  # quoted start after the ellipsis
        s += lead.end()
    while e > s and (body[e - 1].isspace() or body[e - 1] == ","):
        e -= 1
    return s, e


# a nickname in quotes inside a name ('Ana “Red” Lind'): no quote, and not part of the name
_NICKNAME = re.compile(
    rf"\b([{UP}][a-zà-ÿ’'-]+[ \t]+)([“\"‘][{UP}][\w’'.-]{{0,20}}[”\"’])(?=[ \t]+[{UP}][a-zà-ÿ])"
)


def _without_nicknames(text: str) -> str:
    """``text`` with each nickname between a first name and a surname blanked out, its
    length kept (offsets stay those of the article's text)."""
    return _NICKNAME.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


# '“… a year.” Lind said.': a sentence of a name and a reporting verb alone attributes the
# quote before it, though the quote ended with its own full stop
# a speaker the text leaves unnamed: "A spokesperson from the University said:", ", said a
# resident", ", another official said"
_UNNAMED_BEFORE = re.compile(
    rf"(?:\A\s*|[.!?]\s+|,\s+)(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[{UP}][\w’'&-]*\s+){{0,4}}[a-z]"
    rf"[^“”\".;:]{{0,80}}?\s+{VERB}"
    r"\s*[:,]?\s*\Z"
)
_UNNAMED_AFTER = re.compile(
    rf"\s*,?\s*(?:(?:an?|another|one)\s+[a-z][^“”\".;:]{{0,80}}?\s+{VERB}\b|{VERB}\s+"
    rf"(?:an?|another|one)\s+(?:[{UP}][\w’'&-]*\s+){{0,4}}[a-z])"  # "said a Valley Milk spokesman"
)
# an unnamed spokesperson of a body the text names: "a spokeswoman for Meta", "a spokesperson
# of Byju’s", "the Finance Ministry spokesman" (the body speaks, through its spokesperson)
_SPOKES_FOR = re.compile(
    rf"\s*,?\s*(?:{VERB}\s+)?(?:\b(?:[Aa]n?|[Tt]he|[Aa]nother|[Oo]ne)\s+)"
    rf"(?:(?P<before>{BODY_RUN}|[a-z]+)\s+)?(?P<role>{VOICES})"
    rf"(?:\s+(?:for|of|from|at)\s+(?:the\s+)?(?P<after>{BODY_RUN}|[a-z]+))?"
)
# a sentence opening with an unnamed spokesperson or official who reports the words that
# follow (no name in an appositive): "A spokesperson for the ESB told Agriland said that …"
_UNNAMED_LEAD = re.compile(
    r"(?:\A\s*|[.!?]\s+)(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w-]+\s+){0,2}"
    r"(?:spokesperson|spokesman|spokeswoman|source|official|representative)\b"
    r"(?:\s+(?:for|from|of|at|with|in)\s+[^,.;:“”\"]{2,60}?)?"
    rf"\s+(?:{VERB})\b[^,“”\"]*\Z"
)
# "… in a statement", "… on Monday": where or when, after the verb of a bare attribution
_BARE_TRAIL = r"(?:[ \t]+(?:in|on|at|to|during|yesterday|today)\b[^.!?\n“”\"]{0,40})?"
_BARE_AFTER_STOP = re.compile(
    rf"\.[ \t]+(?P<rest>(?:[{UP}][\w’'-]+[ \t]+){{0,2}}[{UP}][\w’'-]+[ \t]+{VERB}{_BARE_TRAIL})"
    r"[ \t]*\.?[ \t]*(?:\n|\Z)"
)
_BARE_ATTRIBUTION = re.compile(
    rf"[ \t]+(?:[{UP}][\w’'-]+[ \t]+){{0,2}}[{UP}][\w’'-]+[ \t]+{VERB}{_BARE_TRAIL}[ \t]*\.?[ \t]*"
    r"(?:\n|\Z)"
)


# a reporting verb capitalised after a quote, its subject after it: '“…” Said, Ana Lind.'
_CAPITAL_SAID = re.compile(rf"[ \t]*(?:Said|Says|Added|Adds),?[ \t]+(?=[{UP}])")


# '“… exchanges.” Tham Tuck Seng, PwC Singapore’s markets leader said.': a name, an
# appositive and the verb ending the sentence after a quote that ended its own
_NAMED_THEN_VERB = re.compile(
    rf"[ \t]+(?:[{UP}][\w’'.-]*[ \t]+){{1,3}}[{UP}][\w’'.-]*,[^.!?“”\"\n]{{2,100}}?[ \t]+{VERB}"
    rf"{_BARE_TRAIL}[ \t]*\.[ \t]*(?:\n|\Z|(?=[{UP}“\"]))"
)


# two straight single marks typed for a double one: opening before a word, closing otherwise
_TWO_STRAIGHT = re.compile(r"(?<!')''(?!')(?:(?=[\w])()|)")


def _introduced(body: str, unit: tuple[int, int]) -> str | None:
    """The clause that ends a paragraph with a reporting verb ("The IAAF released a statement,
    it said:", "Mr Lind said", "… and that:"), introducing the quote that opens the next
    one; None otherwise."""
    text = body[unit[0] : unit[1]].rstrip()
    tail = re.split(r"(?<=[.!?”\"])\s+", text)[-1]
    ends = re.search(rf"\b{VERB}\s*:?\Z", tail) or re.search(
        rf"\b{VERB}\b[^.!?]*\bthat\s*:\Z", tail
    )  # "Mr X said" with nothing after it; "The owner said that the protests … and that:"
    return tail + " " if ends else None


def find_quotes(art: Article, register: Register) -> list[Quote]:
    # read for speakers (quote texts come from art.body): nicknames blanked, and two single
    # marks typed for a double one (‘‘ … ’’, '' … '') read as one, the same length
    body = _without_nicknames(art.body).replace("‘‘", " “").replace("’’", "” ")
    body = body.replace("″", '"')  # a double prime printed for a straight mark (AP's feed)
    body = _TWO_STRAIGHT.sub(lambda m: ' "' if m.group(1) else '" ', body)
    body = re.sub(r"‘’(?=\w)", " “", body)  # "‘’In line …’’": a left and a right single mark
    found: list[Found] = []
    paragraphs = [b for b in art.blocks if b.kind in ("paragraph", "quote", "list")]
    paragraphs.sort(key=lambda b: b.start)
    units = [
        (ps, pe)
        for b in paragraphs
        for ps, pe in (b.items if b.kind == "list" else [(b.start, b.end)])
    ]
    pairs_of = [_pairs(body, ps, pe) for ps, pe in units]
    quoted = sorted((o, c + 1) for pairs in pairs_of for o, c in pairs)
    register.learn_short_titles(body)
    register.honourables(body, quoted)
    for block in art.blocks:
        if block.kind == "heading":
            continue
        register.scan(body, block.start, block.end)
    register.speakers(body, quoted)
    register.learn(body, quoted)
    ctx = Context(body, register, quoted)
    ctx.units = units
    for n_unit, (ps, pe) in enumerate(units):
        ctx.lo = units[max(0, n_unit - BACK)][0]
        pairs = pairs_of[n_unit]
        local: list[Found] = []
        prev_close = ps  # the end of the last real quote: scare quotes are read through
        for n, (o, c) in enumerate(pairs):
            s, e = _trim(body, o + 1, c)
            next_open = next(  # a scare quote ('prominent "no" campaigner X told') goes on
                (a for a, b in pairs[n + 1 :] if len(body[a + 1 : b].split()) > 2), pe
            )
            b_start = _clause_start(body, ps, o, max(prev_close, o - _REACH))
            before = body[b_start:o]
            gap = (units[n_unit - 1][1], ps) if n_unit else (ps, ps)  # a line read as a heading
            before_unit = gap if body[gap[0] : gap[1]].strip() else units[max(0, n_unit - 1)]
            intro = None
            if not body[ps:o].strip() and n_unit and (intro := _introduced(body, before_unit)):
                before = intro  # "Ana Lind in a statement said:" ends the paragraph before
            term = s >= e or _is_title_or_term(body[s:e], before)
            if term and not (
                s < e
                and body[c - 1 : c] in (",", "!", "?")
                and len(body[s:e].split()) <= 2
                and not before.strip()
            ):
                continue
            # '“It’s frustrating,” said X, who …. “I’m angry …”': two words are no quote of
            # their own, but their attribution is the speaker of the quote that goes on
            prev_close = c + 1
            f = Found(s, e, o, c, unit=n_unit, term=term)
            after = (
                without_scare_quotes(
                    body[c + 1 : _clause_end(body, c + 1, pe, min(next_open, c + _REACH))]
                )
                if c < pe
                else ""
            )
            capital = _CAPITAL_SAID.match(body, c + 1, pe) if c < pe else None
            if capital:  # '“…” Said, Ana Lind – Port Board.': the verb capitalised
                after = (
                    " said "
                    + body[capital.end() : _clause_end(body, capital.end(), pe, c + _REACH)]
                )
            dash = DASH_AFTER.match(body, c + 1, pe) if c < pe else None
            bare = _BARE_AFTER_STOP.match(body, c + 1, pe) if c < pe else None
            if dash:
                after = " said " + dash.group("who")
            elif bare:  # '“… her economy”. Garba said' ending the paragraph
                after = ", " + bare.group("rest")
            elif (
                not capital
                and body[s:e].endswith(".")
                and "," not in (body[c - 1], body[c + 1 : c + 2])
                and not _BARE_ATTRIBUTION.match(body, c + 1, pe)
                and not _NAMED_THEN_VERB.match(body, c + 1, pe)
                and not re.match(r"[ \t]+(?:an?|the)[ \t]+[a-z]", body[c + 1 : c + 8])
                # '“… impacted...” an official statement quoted the minister': it goes on
                and not re.match(rf"[ \t]+{VERB}[ \t]+[{UP}]", body[c + 1 : c + 40])
                # '"… safe and sound." said Ana Lind': a lower-case verb goes on too
                and not re.match(
                    rf"[ \t]+the[ \t]+(?:[{UP}][\w’'-]*[ \t]+){{1,4}}{VERB}[ \t]*[.,]",
                    body[c + 1 : c + 80],
                )  # '“… speedily.” the Nigerian Navy Chief said.'
            ):
                after = ""  # '"… a year." He added …': the sentence ended in the quote
            stated = STATED_BY.match(body, c + 1, min(len(body), c + 300))  # "This was stated by X"
            if stated:  # "… by the Secretary General of the Alliance, Ada Lind": the name
                who_text = stated.group("who")
                named = re.search(r",\s*([^,]+?)\s*\Z", who_text)
                whole = parse_inverted(who_text)  # "by J P Nadda, Union Minister for …"
                if whole is not None and whole.name and not whole.org:
                    after = " said " + who_text
                else:
                    after = " said " + (named.group(1) if named else who_text)
            mid = (
                bool(after)
                and body[c - 1 : c] not in (",", ".", "!", "?", "…")
                and not re.match(rf"\s*(?:[,.!?;:—–)-]|{VERB}\b)", after)
            )
            if mid:
                # a quoted phrase inside a sentence ('a “firm and clear” response …, says
                # X'): the speaker is named at the sentence's end, or before the quote
                rest = body[c + 1 : _clause_end(body, c + 1, pe, c + _REACH)]
                who, side = sentence_end_speaker(rest), "after"
                if who is None:  # 'described as “…” by David Rice, president'
                    who = described_by(before, rest)
                if who is None and not before.strip() and len(body[s:e].split()) >= 4:
                    # '“… have been evacuated” District collector X said.': the comma
                    # left out, the quote opening its sentence and the speaker ending it
                    m_end = NO_COMMA_SUBJECT.fullmatch(rest) or NO_COMMA_NAME.match(rest)
                    who = parse_subject(m_end.group("who")) if m_end else None
                    if who is None and _NAME_ROLE_TOLD.match(rest):
                        who = attribution_after(rest)  # '“…” X, spokesperson at KMC, told
                if who is None:
                    who, side = attribution(before, "")
                elif who.frame and (inner := reported_words(before)) is not None:
                    who, side = inner, "before"  # 'The PM stressed that farmers “…” despite
                    # the rise, the statement read': his words, which the statement reports
            else:
                who, side = attribution(before, after)
            if who is None and c >= pe and n_unit + 1 < len(units):
                # a quote broken over a line ('"… The board head [X' / 'Y] asked …," Z
                # said.'): the next line closes it, and the attribution follows the close
                who = _run_on_attribution(body, *units[n_unit + 1])
            unnamed_lead = _UNNAMED_LEAD.search(before)
            if who is not None and not mid and unnamed_lead:
                who = None  # "A spokesperson for the ESB told Agriland said that … “…”": the
                # unnamed spokesperson's words, not Agriland's
            if who is None and (
                _UNNAMED_BEFORE.search(before)
                or _UNNAMED_AFTER.match(after)
                or unnamed_lead
                or _ANONYMOUS.search(body, ps, o)  # "An officer, seeking anonymity, said …"
            ):
                f.attributed = True  # "A resident from the district said: “…”": said by
                # someone the text does not name, not by whoever was quoted before
                _spokesperson(f, before, after, ctx, o)  # "said a spokeswoman for Meta"
            if who is not None and _ANONYMOUS.search(before + " " + after):
                f.attributed = True  # '“…,” the official said, speaking on condition of
                who = None  # anonymity': someone the text does not name, on purpose
            if who is not None:
                f.attributed = True
                at = o
                prev_speakers = [g for g in local if g.speaker]
                if prev_speakers:  # a quote earlier in this paragraph was the last one
                    ctx.last_speaker, ctx.last_unit = prev_speakers[-1].speaker, n_unit
                if who.pronoun and side == "before" and not (who.org and intro):
                    # "he" stands for someone before it; "It warned of “…”": so does "it"
                    pron = r"\b(?:it|its)\b" if who.org else r"\b(?:he|she)\b"
                    hit = list(re.finditer(pron, before, re.I))
                    at = b_start + hit[-1].start() if hit else o
                ctx.resolve(f, who, at)
                if not f.speaker and who.title and who.title[-1].startswith("spokes"):
                    _spokesperson(f, before, after, ctx, o)  # "the Finance Ministry spokesman"
                elif not f.speaker and not who.org and (who.pronoun or who.title):
                    f.pending = who
                if intro and f.speaker:
                    f.inferred = True  # named in the paragraph before, not the quote's own
            elif not before.strip() and not quoted_in(ps, o, quoted):
                # '… X, who …, said evacuations are too slow. "It is so important …"': the
                # sentence before, in the same paragraph, reports one known person's words
                said = reported_in(body, ps, o, ctx) or subject_in(body, ps, o, ctx)
                if (
                    not said
                    and not body[ps:o].strip()
                    and n_unit
                    and not pairs_of[n_unit - 1]
                    and not unattributed_words(body, ps, pe, pairs)
                    and re.search(r"[.!?…]\W*\Z", body[s:e])  # not a pull quote set as a heading
                ):  # a paragraph that is only a quote, after one that reports X's words
                    p_start, p_end = units[n_unit - 1]  # ("She said that 10,200 people …")
                    p_stop = p_start + len(body[p_start:p_end].rstrip())
                    said = reported_in(body, p_start, p_stop, ctx)
                    if not said and SPEECH_ACT.search(body, p_start, p_stop):
                        # "X credited the find to …" then “…”: X's (not "X died …")
                        said = subject_in(body, p_start, p_stop, ctx)
                if said:
                    f.speaker, f.role, f.inferred, f.attributed = said[0], said[1], True, True
            local.append(f)
        continuations(body, local)
        for f in local:
            if f.speaker:
                ctx.last_speaker, ctx.last_unit = f.speaker, n_unit
        found.extend(
            f for f in local if not f.term and (kept(body, f) or whole_paragraph(body, f, units))
        )  # kept: '"It was really strong."' (a whole paragraph)
    across_paragraphs(body, found)
    quote_paragraphs(body, found, units, ctx)
    last_to_speak(body, found, ctx)
    found[:] = [f for f in found if f.speaker or kept(body, f)]  # a pull quote: dropped
    _written_forms(body, found, ctx)
    fullest_names(body, found, ctx)
    _written_forms(body, found, ctx)  # the fullest form may bring an honorific back
    return [
        Quote(
            f"q{i}",
            art.body[f.start : f.end],
            flat(f.speaker),
            flat(f.role),
            span=(f.start, f.end),
            speaker_inferred=True if f.speaker and f.inferred else None,
        )
        for i, f in enumerate(found, 1)
    ]


# '“…” Ana Lind, spokesperson at the council, told The Times': the comma left out before the
# closing mark, then a name, its role between commas, and the verb
_NAME_ROLE_TOLD = re.compile(
    rf"[ \t]*[{UP}][\w’'.-]*(?:[ \t]+[{UP}][\w’'.-]*){{1,3}},[^,;“”\"]{{2,80}},[ \t]*{VERB}\b"
)


def _spokesperson(f: Found, before: str, after: str, ctx: Context, at: int) -> None:
    """An unnamed spokesperson of a body the text names speaks for it: "said a spokeswoman
    for Meta", "a spokesperson of Byju’s said", "said the Finance Ministry spokesman" give
    the body, with the spokesperson as its role."""
    spokes = _SPOKES_FOR.search(before) or _SPOKES_FOR.match(after)
    named = (spokes.group("after") or spokes.group("before")) if spokes else None
    if named and (named.islower() and named not in ORG_WORDS or not_a_body(named)):
        named = None  # "a senior official", "a US official", "the spokesperson for the day"
    if spokes and named:
        ctx.resolve(f, Who(named, org=True), at)
        if f.speaker and f.speaker.lower() in ORG_WORDS:
            f.speaker = None  # "a spokesperson from the University": no body named
        f.role = spokes.group("role") if f.speaker else None


_ANONYMOUS = re.compile(
    r"\b(?:anonymity|not\s+to\s+be\s+(?:named|identified)|not\s+authori[sz]ed\s+to\s+"
    r"(?:speak|talk|comment)|declined\s+to\s+be\s+(?:named|identified)|withheld)\b"
)


def _run_on_attribution(body: str, ns: int, ne: int) -> Who | None:
    """The named speaker after the first closing mark of the paragraph [ns, ne), when that
    paragraph opens no quote before it (it ends a quote the paragraph before opened)."""
    m = re.match(r'[^“”"]{0,400}?[”"]', body[ns:ne])
    if m is None or not re.search(r"[\w.,!?]", m.group()[:-1]):
        return None
    close = ns + m.end() - 1
    if body[close - 1 : close] not in (",", ".", "!", "?"):
        return None  # a quoted word, not the end of a quote
    who = attribution_after(body[close + 1 : _clause_end(body, close + 1, ne, close + _REACH)])
    # a name, or a title the article gives one person ("…,” the CM said.")
    return who if who is not None and (who.name or who.title) and not who.pronoun else None


_NAMES_BEFORE = 8000  # an article's worth of text before a quote, for its speaker's name
_NAMES_AFTER = 3000


def _written_forms(body: str, found: list[Found], ctx: Context) -> None:
    """Each speaker's name as an analyst cites it (``names``): a body's initials spelled
    out, a person's name without an owner, honorifics or describing words in front. Each
    is read in the text around its quote (``_NAMES_BEFORE`` characters before it and
    ``_NAMES_AFTER`` after), so a long input of many articles stays linear."""
    whole = body
    # the text with what is quoted blanked out: a fuller name is one the article writes in its
    # own words, not one a speaker says ("SteelCorp Weirton will lay off" in SteelCorp's quote)
    unquoted = _blank(whole, ctx.quoted)
    done: dict[str, tuple[int, str | None]] = {}  # speaker → (where, written) just before
    for f in found:
        if not f.speaker:
            continue
        if f.speaker in done and f.open - done[f.speaker][0] < _NAMES_AFTER:
            f.speaker = done[f.speaker][1]  # the same speaker a few quotes on: same text
            if f.speaker is None:
                f.role = None
            continue
        said_as = f.speaker
        lo, hi = max(0, f.open - _NAMES_BEFORE), f.close + _NAMES_AFTER
        body, own = whole[lo:hi], unquoted[lo:hi]
        holder = names.office_holder(f.speaker, body) if f.speaker.isupper() else None
        if holder:  # "the CJI said" after "CJI Lalit": Lalit, an office is no body
            written = holder
            ctx.orgs.discard(f.speaker)
        elif names.office_letters(f.speaker):
            written = None  # "the V-C said" with no name written after "V-C": no one named
        elif f.speaker in ("THE", "AND", "FOR", "BUT", "NOT", "ALL", "THIS", "THAT"):
            written = None  # "She added THE comments …": a word in capitals, no body
        elif f.speaker in ctx.orgs or norm_last(f.speaker) in ORG_WORDS:
            written = names.fuller_body(names.spelled_out(f.speaker, body), body, own)
            owned = _OWNER_BEFORE_BODY.match(written)
            rest = written[owned.end() :].split() if owned else []
            if len(rest) >= 2 and any(w.lower() in ORG_WORDS for w in rest):
                written = " ".join(rest)  # "Spain's Ministry of Housing": the ministry (not
                # "the PM’s Office": one word of its own, the owner names it)
            if f.speaker in ctx.orgs:
                ctx.orgs.add(written)
        elif f.speaker.isupper() or re.fullmatch(r"[A-Z][a-z][A-Z]", f.speaker):
            written = names.spelled_out(f.speaker, body)  # "ISPR", "CoH": a body's letters
            if written == f.speaker:  # "TCL added" after "The TCL Group will …"
                written = names.fuller_body(written, body, own)
        else:
            written = names.tidy_person(names.untitled(f.speaker, body), body)
            if names.titled_alone(written, body):  # "President Brandt": not "Ana Brandt", his
                written = names.with_suffix(names.with_initials(written, body), body)  # kin
                f.speaker = written
                done[said_as] = (f.open, written)
                continue
            written = names.whole_name(names.a_slip_before(written, body), own)
            if (company := names.company_form(written, body)) != written:
                written = company  # "Vodacom" in "the Vodacom Group": a body, by its name
                ctx.orgs.add(written)
            written = names.with_initials(written, body)
            written = names.with_suffix(written, body)
            owned = re.search(r"[’']s\s+(.*)\Z", written)
            if owned and len(owned.group(1).split()) < 2:
                written = None  # "East Solvia’s Tory": a description, nobody's name
        if written and written.lower() in NO_ONES_NAME:
            written = None  # "the company said", a body the text never names: no one to cite
        done[said_as] = (f.open, written)
        f.speaker = written
        if written is None:
            f.role = None


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span's characters (not its line breaks) made spaces (spans sorted
    by start; the same length, so offsets stay the article's)."""
    out, at = [], 0
    for a, b in spans:
        a, b = max(a, at), min(b, len(text))
        if a < b:
            out += [text[at:a], _LINE_RUN.sub(lambda m: " " * len(m.group()), text[a:b])]
            at = b
    out.append(text[at:])
    return "".join(out)


_LINE_RUN = re.compile(r"[^\n]+")


# a place or body owning a body's name: "Spain's " in "Spain's Ministry of Housing"
_OWNER_BEFORE_BODY = re.compile(rf"[{UP}][\w.-]*(?:[ \t]+[{UP}][\w.-]*)?[’']s[ \t]+(?=[{UP}])")
