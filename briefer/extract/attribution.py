"""Attribution phrases: the words around a quote that name who said it ("X said", "said X",
"according to X", "X was quoted as saying", "In the words of X", "X: “…”") and the reporting
verbs they turn on. Each function reads one side of a quote and returns the speaker phrase
parsed (a ``Who``) or None; which person that phrase means is settled in ``quotes``.
"""

from __future__ import annotations

import re

from .inverted import parse_inverted
from .nlp import NAME_ABBREVS, UP
from .subjects import Who, parse_subject
from .words import ROLE_NOUNS

VERB = (
    r"(?:said|says|say|told|tells|stated|states|added|adds|noted|notes|explained|wrote|"
    r"writes|warned|warns|argued|argues|insisted|insists|declared|declares|announced|"
    r"asked|replied|claimed|claims|stressed|stresses|emphasi[sz]ed|observed|remarked|"
    r"continued|commented|recalled|acknowledged|admitted|conceded|urged|predicted|"
    r"tweeted|posted|testified|reported|concluded|cautioned|vowed|pledged|boasted|"
    r"responded|confirmed|countered|suggested|maintained|lamented|complained|"
    r"shouted|recounted|agreed|answered|admits|believes|thinks|put it|described|called|"
    r"explains|laments|recalls|recounts|observes|remarks|comments|concludes|cautions|"
    r"urges|predicts|replies|answers|responds|confirms|acknowledges|describes|announces|"
    r"assured|assures|clarified|clarifies|disclosed|revealed|reiterated|affirmed|asserted|"
    r"hailed|reports|pointed out|points out|highlighted|highlights|underlined|underscored|"
    r"mentioned|alleged|alleges|went on|goes on|elaborated|contended|charged|demanded|"
    r"appealed|questioned|wondered|joked|quipped|mused|shared|indicated|proclaimed|"
    r"exclaimed|pleaded|promised|threatened|denied|advised|informed|opined|asserts|"
    r"retorted|reasoned|texted|emailed|summed up|added|briefed|announces|notes|wrote|accused|"
    r"ruled|directed|ordered|termed|read out|reads out|was speaking|is speaking|"
    r"confessed|confesses|bemoaned|whispered|muttered|yelled|interjected|chimed in|objected|"
    r"protested|recalled|reflected|wrote back|posted on|quoted as saying|disagreed|read|reads|"
    r"congratulated|praised|condemned|repeated|repeats|insisted again|expressed|informs|"
    r"reacted|reacts|restated|restates|outlined|outlines|commended|commends)"
)
# verbs that report words only when they come before them ("X blamed the cut on “…”",
# "The office forecast “…” seas"); after a name they are no attribution ("criticized
# Sunak's plan, stating, “…”" is not Sunak's)
_VERB_BEFORE = (
    VERB[:-1] + r"|blamed|blames|forecast|dismissed|cited|welcomed|criticised|criticized|"
    r"slammed|rejected)"
)


_AFTER_INVERTED = re.compile(rf"\s*,?\s*{VERB}\s+(?P<who>.+)", re.S)


_ABBR_DOT = (
    "(?:"
    + "|".join(
        f"(?<=\\b{a})"
        for a in (
            *NAME_ABBREVS,
            *"Assn Assoc Inc Ltd Corp Bros Dept Govt Univ Intl Natl".split(),  # "… Assn., said"
        )
    )
    + r"|(?<=\b[A-Z]))\."
)


# auxiliaries and adverbs between a subject and its reporting verb: "X had said", "X has
# also told", "X would later say"
AUX = (
    r"(?:(?:has|had|have|would|will|did|does)\s+)?"  # not "was"/"is": "X was told …" heard it
    r"(?:(?:also|later|then|once|again|earlier|further|previously|however|too|[a-z]+ly)\s+)?"
)


_TICKER = r"\((?:[A-Z]{2,8}:\s*)?[A-Z][A-Za-z.]{1,9}\)"  # "Air Solvia (AS.TO) said"


_AFTER_SUBJECT = re.compile(  # "?" for a lost apostrophe too: "Lind?s letter stated"
    rf"\s*,?\s*(?P<who>(?:[^.!?;:“”\"]|{_ABBR_DOT}|(?<=\w)\?(?=s\s)|{_TICKER}){{1,140}}?)"
    rf"\s+{AUX}{VERB}\b",
    re.S,
)


_BEFORE = re.compile(
    r"(?:[^“”\"]*(?:;|\bwhile\b|\bbut\b|,\s+and\b|,\s+as\b|\bwhereas\b)\s*)?"
    r"(?P<who>[^“”\"]{1,200}?)\s+"
    rf"{AUX}{_VERB_BEFORE}\b(?P<mid>[^“”\"]{{0,200}}?)"
    r"\s*[:,]?\s*\Z",
    re.S,
)


# "X told the supervisors on Thursday that 35 cases – more than half … – are “…”"
_BEFORE_THAT = re.compile(
    rf"(?P<who>[^“”\"]{{1,120}}?)\s+(?:[a-z]+ly\s+)?{VERB}\b(?P<mid>[^“”\"]{{0,120}}?\bthat\b"
    r"[^“”\"]{0,200}?)\s*[:,]?\s*\Z",
    re.S,
)


_ACCORDING = re.compile(r"\baccording to\s+(?P<who>[^“”\";]{1,120}?)\s*[:,]?\s*\Z", re.S | re.I)


STATEMENT = (
    r"(?:[a-z-]+[ \t]+){0,2}(?:statement|release|communiqu[eé]|letter|notice|circular|advisory)"
)


STATED_BY = re.compile(
    r"[.”\"\s]*(?:This|That|These\s+words|The\s+remarks?)\s+(?:was|were)\s+"
    r"(?:stated|said|made|written|posted|announced)\s+by\s+(?P<who>[^.;!?]{2,120})"
)


_QUOTED_AS = re.compile(
    r"[^.!?“”\"]{0,80}?\bquote[sd]\s+(?P<who>[^.!?“”\"]{2,120}?)\s+as\s+(?:saying|telling|stating)\b",
    re.S,
)


# '"…," the agency quoted him to have said.', '"…," the paper quotes Ana Lind, the minister.',
# '"…," PTI quoted Lind in a report': whom a news outlet quoted, at the sentence's end (not
# '"…," he said, as the paper quoted Lind …': he said it)
_QUOTED_WHOM = re.compile(
    rf"\s*,?\s*(?:(?!\b{VERB}\b)[^.!?“”\"\n]){{2,80}}?\bquote[sd]\s+"
    r"(?P<who>him|her|[A-Z][^.!?;“”\"\n]{1,100}?)"
    r"(?:\s+(?:to\s+have\s+said|in|from|on|while)\b|\s*(?:[.;]|\Z))"
)


# ", adding that …" after the verb: the sentence's end is still the attribution's
_TAIL = r"(?:,\s*(?:adding|noting|saying|stressing|warning|explaining|referring)\b[^“”\"]*)?"


END_INVERTED = re.compile(  # not "…, told The Times": whom the words were told
    rf",\s*(?!told\b|tells\b){VERB}\s+(?P<who>[^,;.!?“”\"]+(?:,[^,;.!?“”\"]+)?){_TAIL}\s*[.!?]?\s*\Z"
)


_TRAIL = r"(?:\s+(?:in|on|at|to|during|after|before|late|early|yesterday|today)\b[^,;.!?]{0,40})?"


# whom the words were told ("X told reporters.", "Y told The Hindu.")
_WHOM = (
    r"(?:(?<=told)|(?<=tells))\s+(?:reporters|journalists|newsmen|the\s+(?:media|press)"
    r"|(?:The\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3})"
)

END_SUBJECT = re.compile(
    rf",\s*(?P<who>[^,;“”\"]{{2,80}}?)\s+{AUX}{VERB}(?:{_WHOM})?{_TRAIL}{_TAIL}\s*[.!?]?\s*\Z"
)


# "…, X, deputy director of Y, said during a news conference": a subject with its role
_END_SUBJECT_ROLE = re.compile(
    rf",\s*(?P<who>[^;“”\"]{{2,160}}?),\s+{AUX}{VERB}{_TRAIL}{_TAIL}\s*[.!?]?\s*\Z"
)


# '“…” PPPRA said amid …': a name or acronym right after the quote, then the verb
NO_COMMA_NAME = re.compile(
    rf"\s*(?P<who>(?:the\s+)?(?:[{UP}][\w’'.-]*\s+){{0,4}}[{UP}][\w’'.-]*)\s+{AUX}{VERB}\b"
)


NO_COMMA_SUBJECT = re.compile(rf"\s*(?P<who>[^,;:“”\"]{{2,80}}?)\s+{AUX}{VERB}{_TRAIL}\s*[.!?]?\s*")


_Q_SUBJECT = re.compile(rf"\AQ?\s*(?:and|or)\s+Q,\s*(?P<who>[^,;“”\"]{{2,80}}?)\s+{VERB}\b")


def sentence_end_speaker(rest: str) -> Who | None:
    """ "… response to X, says Prime Minister Y." / "… to X, Y said." → Y. Quotes later in
    the sentence are read as one word, their comma kept ('“A” and “B,” X said': X)."""
    rest = re.sub(r"[“\"][^“”\"]*?(,?)[”\"]", r"Q\1", rest.replace("\u201a", ","))
    m = _Q_SUBJECT.search(rest)  # '“A” and “B,” X said on social media, adding …'
    if m and (who := parse_subject(m.group("who"))) is not None:
        return who
    m = END_INVERTED.search(rest)
    if m and (who := parse_inverted(m.group("who"))) is not None:
        return who
    m = END_SUBJECT.search(rest) or _END_SUBJECT_ROLE.search(rest)
    if m:
        return parse_subject(m.group("who"))
    return None


_PARTY_STATE = re.compile(r"(?<![\w-])([DRI]-[A-Z][a-z]{1,5})\.")


def attribution(before: str, after: str) -> tuple[Who | None, str]:
    """(the speaker phrase, "after" or "before": the side of the quote it was read from).
    A low mark "‚" that some pages print for a comma ('…"‚ she said') is read as one."""
    before, after = before.replace("\u201a", ","), after.replace("\u201a", ",")
    # "Patty Murray, D-Wash., said": a party and state's dot ends no sentence
    before, after = _PARTY_STATE.sub(r"\1 ", before), _PARTY_STATE.sub(r"\1 ", after)
    who = attribution_after(after)
    if who is not None and who.frame and (inner := reported_words(before)) is not None:
        return inner, "before"  # 'The minister stressed that “…”, the statement read': his
    if who is not None:
        return who, "after"
    return _attribution_before(before), "before"


def reported_words(before: str) -> Who | None:
    """The person or title a statement reports as saying the words after ``before`` ('The
    Prime Minister stressed that farmers “…”, the statement read'); None for a body, a
    pronoun or another frame."""
    inner = _attribution_before(before)
    if inner is None or inner.org or inner.frame or inner.pronoun:
        return None
    return inner if inner.name or inner.title else None


# a passive frame: "has been described as “…” by X", "was called “…” by X"
_DESCRIBED_AS = re.compile(
    r"\b(?:described|called|termed|labell?ed|branded|dubbed|hailed|criticised|criticized)"
    r"\s+(?:as\s+)?(?:an?\s+)?\Z"
)
_DESCRIBED_BY = re.compile(r"\s*,?\s*by\s+(?P<who>[^.;“”\"]{2,160})")


def described_by(before: str, rest: str) -> Who | None:
    """The speaker of a quoted phrase in a passive frame: 'The turnround has been described
    as “…” by David Rice, president of …' → David Rice."""
    passive = _DESCRIBED_BY.match(rest) if _DESCRIBED_AS.search(before) else None
    return parse_inverted(passive.group("who")) if passive else None


_WAS_QUOTED = re.compile(
    rf"\s*,?\s*(?P<who>(?:[^.!?“”\"]|{_ABBR_DOT}){{2,120}}?)\s+(?:was|were|is|has\s+been)"
    r"\s+(?:quoted|cited|reported)\s+(?:by\s+[^.!?“”\"]{2,80}?\s+)?as\s+(?:saying|telling|stating)\b",
    re.S,
)  # "X was quoted by the news agency as saying", "X was cited as saying by KUNA"


# '“…” — Lars Eek, port boss' (the paragraph ends with the name)
_QUOTED_BY = re.compile(
    rf"\s*,?\s*(?P<who>(?:[^.!?“”\"]|{_ABBR_DOT}){{2,80}}?)\s+(?:was|were)\s+quoted\s+(?:by|in)"
    r"\s+[^.!?“”\",]{2,60}?\s*(?:[.!?]|\Z)"
)


DASH_AFTER = re.compile(r"[ \t]*[—–][ \t]*(?P<who>[^.;“”\"\n]{2,120}?)[ \t]*\.?[ \t]*\Z")


_NEW_CLAUSE = re.compile(  # lower case: "WHO Director-General X told" is no "who" clause
    r"(?:[Ww]hile|[Ww]hereas|[Bb]ut|[Aa]nd|[Aa]lthough|[Tt]hough|[Bb]ecause|[Aa]s|[Ww]hen|"
    r"[Aa]fter|[Bb]efore|[Ss]ince|[Ww]hich|[Ww]here|[Ww]hom?)\b"
)


# '“…,” said a statement from the Dockers’ Union' / 'read a statement by X'
_FRAME_FROM = re.compile(
    rf"\s*,?\s*(?:said|says|read|reads|added|adds|stated|states|noted)\s+(?:a|the)\s+"
    rf"{STATEMENT}\s+(?:from|by|(?:issued|released|signed|written|sent)\s+by|of)\s+"
    r"(?P<who>[^.;“”\"]+)",
    re.S,
)


_SAID_THE_FRAME = re.compile(
    rf"\s*,?\s*(?:said|says|read|reads|added|adds|stated|states|noted)\s+(?:the|its)\s+"
    rf"(?:[a-z]+[’']s\s+)?(?P<kind>{STATEMENT})\s*(?:[.,;]|\Z)"
)


# '"…," read the Port Authority’s statement.': a statement its owner issued
_SAID_OWNED_FRAME = re.compile(
    r"\s*,?\s*(?:said|says|read|reads|added|adds|stated|states|noted)\s+"
    r"(?P<who>the\s+[A-Z][^.,;“”\"]{1,80}?[’']s\s+(?:[a-z-]+\s+)?statement)\s*(?:[.,;]|\Z)"
)


# '“…,” ANI reported quoting an official.' / '“…,” the paper said, citing Minister X.': a
# news outlet passing on someone's words
_REPORTED_QUOTING = re.compile(
    r"\s*,?\s*[^,.;:!?“”\"]{1,60}?\s+(?:reported|reports|said|says|wrote|writes)\s*,?\s+"
    r"(?:quoting|citing)\s+(?P<who>[^.;:!?“”\"]{2,80}?)\s*(?:[.;]|\Z)",
    re.S,
)


def attribution_after(after: str) -> Who | None:
    m = _FRAME_FROM.match(after)
    if m:
        return parse_inverted(re.sub(r"^the\s+", "", m.group("who").strip()))
    m = _SAID_OWNED_FRAME.match(after)
    if m and (owner := parse_subject(m.group("who"))) is not None and owner.name:
        return owner
    m = _SAID_THE_FRAME.match(after)
    if m:  # '"…," said the statement.': whoever issued it (as for "the statement said")
        return Who(title=[m.group("kind").split()[-1].lower()], frame=True)
    m = _WAS_QUOTED.match(after) or _QUOTED_BY.match(after)
    if m:  # '"…," Army Chief Gen. X was quoted as saying.' / '"…," he was quoted by ABC.'
        return parse_subject(m.group("who"))
    m = _QUOTED_AS.match(after) or _QUOTED_WHOM.match(after)
    if m:  # '"…," Kyodo News quoted Teodoro as saying.' / '"…," the paper quotes X, the …'
        return parse_inverted(m.group("who")) or parse_subject(m.group("who"))
    if after.strip():
        m = re.match(r"\s*,?\s*according\s+to\s+(?P<who>.+)", after, re.S | re.I)
        if m:
            who = parse_inverted(m.group("who"))
            if who:
                return who
        m = _AFTER_INVERTED.match(after)
        if m:
            who = parse_inverted(m.group("who"))
            if who:
                return who
        m = _REPORTED_QUOTING.match(after)
        if m:  # '“…,” ANI reported quoting an official.': the official's words, not ANI's
            return parse_subject(m.group("who")) or parse_inverted(m.group("who"))
        m = _AFTER_SUBJECT.match(after)
        if m and not _NEW_CLAUSE.match(m.group("who")):
            # '“…,” while Y pointed out that …' opens a new clause: Y speaks there, not here
            who = parse_subject(m.group("who"))
            if who:
                return who
    return None


# the whole sentence before its verb, from the sentence's start
_WHOLE_SUBJECT_BEFORE = re.compile(
    r"(?:\A|(?<=[.!?])\s)\s*(?P<who>[^“”\".!?]{2,200}?),?\s+"
    rf"{AUX}{_VERB_BEFORE}\b\s*[:,]?\s*\Z",
    re.S,
)


def _attribution_before(before: str) -> Who | None:
    if (first := _SAID_FIRST.search(before)) and (who := parse_inverted(first.group("who"))):
        return who  # "Said De Lille: “…”"
    colon = _NAME_COLON.fullmatch(before)
    lower = re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", colon.group("who")) if colon else []
    if colon and (not lower or lower[-1] in ROLE_NOUNS):  # "X told Y: “…”" is X's
        # 'Brandt: “…”' — only a person the article has named (see resolve)
        who = parse_subject(colon.group("who"))
        if who is not None and who.name and not who.org:
            who.known_only = True
            return who
    if of := _IN_THE_WORDS_OF.search(before):  # "In the words of Minister X, “…”"
        who = parse_subject(of.group("who"))
        if who is not None and who.name:
            return who
    if words := _IN_WORDS.search(before):  # "In his words, “…”": whom "his" stands for
        his = (words.group(1) or words.group(2)).lower() == "his"
        return Who(pronoun=True, gender="m" if his else "f")
    if before.strip():
        m = _ACCORDING.search(before)
        if m:
            who = parse_subject(m.group("who")) or parse_inverted(m.group("who"))
            if who:
                return who
        clean = without_scare_quotes(before)  # same length
        inverted = _INVERTED_BEFORE.search(before)
        if inverted:  # '“The cranes,” said port boss X, “arrive …”': the quote's second part
            who = parse_inverted(inverted.group("who"))
            if who is not None:
                return who
        if spoke := _SPOKE_OF.search(clean):  # "X spoke of her last hours at home: “…”"
            who = parse_subject(spoke.group("who"))
            if who is not None and who.name:
                return who
        if with_x := _WITH_SOMEONE.search(clean):  # "…, with Minister X calling it “…”"
            who = parse_subject(with_x.group("who") or with_x.group("who2"))
            if who is not None and who.name:
                return who
        described = _DESCRIBING.search(clean)
        if described:  # "He hinted at …, describing it as “…”": the sentence's subject
            opener = _OPENER.match(clean)
            who = parse_subject(opener.group("who")) if opener else None
            if who is not None:
                return who
        if _SAYING_LAST.search(clean) and (opener := _OPENER_APPOS.match(clean)):
            # "X, confirming the incident, highlighted the dangers, stating, “…”"
            who = parse_subject(opener.group("who"))
            if who is not None and (who.name or who.title):
                return who
        owned = _THEIR_WORDS.search(clean)
        if owned and not _BEFORE.search(clean, owned.end()):
            # "Y’s campaign promise to use “…”": the words are Y's
            who = parse_subject(owned.group("who"))
            if who is not None and who.name and not who.org:
                return who
        if quoted_as := _QUOTED_AS_SAYING.search(clean):  # "X is quoted as saying “…”"
            who = parse_subject(quoted_as.group("who"))
            if who is not None:
                return who
        if quoted_x := _HAS_QUOTED_AS.search(clean):  # "Reuters has quoted X as saying “…”"
            text = quoted_x.group("who")
            titled = re.fullmatch(
                r"(?P<role>[^,]{2,80}),\s*(?P<name>(?:[A-Z][\w.’'-]*\s*){2,4})", text
            )
            if titled:  # "Tarvo Oil chief executive, Mina Achterberg": the name after the title
                text = titled.group("name").strip()
            who = parse_inverted(text) or parse_subject(text)
            if who is not None and titled and who.name and not who.role:
                who.role = titled.group("role").strip()
            if who is not None and not who.pronoun:
                return who
        if (whole := _WHOLE_SUBJECT_BEFORE.search(clean)) and re.search(
            r",\s+and\b", whole.group("who")
        ):  # a list in the subject's own words is no subject: "X, Minister for Youth, Sport,
            # and Social Welfare, said:" (an office's list), "Mrs Hart, who gave evidence to
            # the Health, Wellbeing, and Local Government Committee, said:" (a relative clause)
            who = parse_subject(whole.group("who"))
            if (
                who is not None
                and who.name
                and not who.org
                and (" and " in (who.role or "") or re.search(r",\s+who\s", whole.group("who")))
            ):
                return who
        for pattern in (_BEFORE, _BEFORE_THAT):
            m = pattern.search(clean)
            who = parse_subject(m.group("who")) if m else None
            if m and who is None:
                who = _coordinated(m.group("who"))
            if m and who is None and (again := pattern.search(clean, m.start("mid"))):
                # "In a video posted on YouTube, X said: “…”": the first verb had no subject
                m, who = (
                    again,
                    parse_subject(again.group("who")) or _coordinated(again.group("who")),
                )
            if m and who is not None:
                # "X said 100 buildings were lost in Balmoral, where Y said there was “…”":
                # a person named with a reporting verb nearer the quote is its speaker
                near = _BEFORE.search(clean, m.start("mid"))
                later = parse_subject(near.group("who")) if near else None
                if later and later.name and not (later.org or later.pronoun or later.title):
                    return later
                inserted = re.fullmatch(r".*,\s*((?:the|a|an)\s+[^,]+?)\s*", m.group("who"), re.S)
                if inserted and re.match(r"\s*,", m.group("mid")):
                    # "Nigerians, the president said, should bear …": an inserted "the
                    # president said" names the speaker; the words before are the subject
                    return parse_subject(inserted.group(1))
                return who
        if colon := _PERSON_COLON.search(clean):
            # "Ports chief Ana Lind was upbeat: “…”", "X was quick to respond: “…”": a
            # sentence about one named person, ending in a colon before the words
            who = parse_subject(colon.group("who"))
            if who is not None and who.name and not who.org and len(who.name.split()) >= 2:
                return who
    return None


# a person, then a short predicate with no other name, ending in a colon
_PERSON_COLON = re.compile(
    rf"(?:\A|(?<=[.!?])\s)\s*(?P<who>(?:[{UP}][\w’'.-]*\s+){{0,3}}(?:[a-z][\w’'-]*\s+){{0,2}}"
    rf"[{UP}][\w’'.-]*\s+[{UP}][\w’'.-]*)\s+(?:was|is|had|has|seemed|sounded|appeared|remained|struck)\b"
    r"[a-z ,’'-]{0,60}:\s*\Z"
)


_HAS_QUOTED_AS = re.compile(
    r"\bquoted\s+(?P<who>[^.!?“”\"]{2,120}?)\s+as\s+(?:saying|telling|stating)\s*[:,]?\s*\Z"
)
_QUOTED_AS_SAYING = re.compile(
    r"(?:\A|(?<=[.!?])\s+)(?P<who>[^.!?“”\"]{2,120}?)\s+(?:was|were|is|has\s+been)\s+quoted\s+"
    r"(?:by\s+[^.!?“”\"]{2,80}?\s+)?as\s+(?:saying|telling|stating)\b[^.!?“”\"]{0,80}?[:,]?\s*\Z"
)


def _coordinated(text: str) -> Who | None:
    """ "X thanked his supporters and told the crowd, “…”": the subject of the first of two
    joined verbs, past a lead clause ("When asked about it, X laughed and said, “…”"); a
    person by name only."""
    for part in (text, text.rsplit(",", 1)[1]) if "," in text else (text,):
        co = _COORDINATED.fullmatch(part.strip())
        who = parse_subject(co.group("who")) if co else None
        if who is not None:
            return who if who.name and not who.org and not who.title else None
    return None


_COORDINATED = re.compile(
    r"(?P<who>[^;]+?)\s+(?:(?:also|only|just|simply|[a-z]{3,}ly)\s+)?"
    r"(?:[a-z]+ed|[a-z]+[^s]s|met|gave|took|went|came|made|"
    r"left|led|won|sent|brought|paid|held|spent|thanked)\b[^;]*?,?\s+and(?:\s+(?:then|later|"
    r"also))?",
    re.S,
)


_IN_THE_WORDS_OF = re.compile(
    r"\b[Ii]n\s+the\s+words\s+of\s+(?P<who>[^,;:“”\"]{2,100}?)\s*[:,]?\s*\Z"
)


_IN_WORDS = re.compile(
    r"(?:\b[Ii]n\s+(his|her)|(?<![\w’'])([Hh]is|[Hh]er))\s+(?:own\s+)?words\s*[:,]?\s*\Z"
)  # "In his words, “…”", "Her words: “…”"


_GOING_ON = r"(?:adding|noting|saying|stressing|warning|explaining)\b"
# "Said De Lille: “…”", "Says the mayor, Bob Smith: “…”": a sentence opening with the verb
_SAID_FIRST = re.compile(
    r"(?:\A|(?<=[.!?”\"\n])[ \t]*)(?:Said|Says|Added|Adds|Reads|Read)[ \t]+"
    r"(?P<who>[^:;.“”\"]{2,100}?)[ \t]*"
    r"[:,][ \t]*\Z"
)
# '“The cranes,” said port boss X, “…”', '…, said Ivo Brandt: “…”', '…, said Ivo Brandt,
# adding: “…”' (not "told X," / "asked X,": X is who was spoken to)
_INVERTED_BEFORE = re.compile(
    r"[,”\"][ \t]*(?!(?:told|tells|informed|asked|briefed|assured|urged)\b)"
    rf"{VERB}[ \t]+(?P<who>[^,;.:“”\"]{{2,80}}(?:,(?![ \t]*{_GOING_ON})[^,;.:“”\"]{{2,80}})?)"
    rf"(?:[ \t]*,[ \t]*{_GOING_ON})?[ \t]*[,:][ \t]*\Z"
)


_SPOKE_OF = re.compile(
    r"(?:\A|(?<=[.!?])\s+)(?P<who>[^,;:.“”\"]{2,100}?)\s+spoke\s+(?:of|about|on)\b[^“”\":]{0,120}:\s*\Z"
)


_WITH_SOMEONE = re.compile(
    r"\bwith\s+(?P<who>[^,;:“”\"]{2,100}?)\s+(?:calling|describing|terming|saying|warning|"
    r"adding|noting|urging)\s+(?:it|them|this|that|the\s+[\w-]+(?:\s+[\w-]+)?)?\s*"
    r"(?:as\s+)?(?:an?\s+)?\Z"
    # "with Phivolcs warning the volcanic activity is “…”": a clause of what they said
    r"|\bwith\s+(?P<who2>[^,;:“”\"]{2,100}?)\s+(?:saying|warning|adding|noting|stating)\s+"
    r"(?:that\s+)?[^,;:.“”\"]{2,80}?\s+(?:is|are|was|were|will\s+be|would\s+be)\s+\Z"
)


_DESCRIBING = re.compile(
    r",\s*(?:describing|calling|terming|branding|labell?ing|dubbing)\s+"
    r"(?:it|them|this|that|him|her|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:as\s+)?\Z"
)


# the subject opening a sentence: "He", "Mr Streeting", "The minister", "Ivo Brandt"
_OPENER = re.compile(
    rf"\s*(?P<who>(?:He|She|(?:The\s+)?(?:[{UP}][\w.’'-]*\s+){{0,4}}[{UP}][\w.’'-]*|"
    r"The\s+[a-z]+(?:\s+[a-z]+)?))\s+(?:also\s+)?[a-z]+(?:ed|s)?\b"
)


# a participle of saying that ends the words before a quote: "…, stating, “…”"
_SAYING_LAST = re.compile(
    r",\s*(?:saying|stating|adding|noting|declaring|explaining|warning|insisting|arguing|"
    r"stressing|telling\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?:\s+that)?"
    r"\s*[:,]?\s*\Z"
)  # ", noting that “…”", ", telling lawmakers: “…”"
# the subject opening a sentence, past an aside between commas: "X, confirming it, noted"
_OPENER_APPOS = re.compile(
    rf"\s*(?P<who>[{UP}][\w.’'-]*(?:(?:\s+[\w.’'-]+){{0,6}}?\s+[{UP}][\w.’'-]*)?|"
    r"The\s+[a-z]+(?:\s+[a-z]+)?)(?:,\s*[a-z][^,;“”\"]{2,80},)?"
    r"\s+(?:(?:also|today|yesterday|[a-z]{3,}ly)\s+)?"
    r"(?:[a-z]+(?:ed|s)|spoke|gave|made|took|sent|met|led|went|came)\b"
)


_THEIR_WORDS = re.compile(
    rf"(?P<who>(?:[{UP}][\w.-]*[ \t]+){{0,3}}[{UP}][\w-]*)[’']s[ \t]+(?:[a-z-]+[ \t]+){{0,2}}"
    r"(?:promise|pledge|vow|claim|remarks?|comments?|warning|words|description|assertion|"
    r"statement|call|threat|boast|message|response|reply|answer|verdict|advice)\b"
    r"[^“”\"]{0,80}\Z"
)


_NAME_COLON = re.compile(  # "Brandt: “…”", "Fire chief Rui Matos: “…”"
    rf"\s*(?P<who>(?:[{UP}][\w’'.-]*[ \t]+){{0,3}}(?:[a-z][\w’'-]*[ \t]+){{0,2}}"
    rf"(?:[{UP}][\w’'.-]*[ \t]+){{0,3}}[{UP}][\w’'.-]*)[ \t]*:[ \t]*"
)


# a short quoted term inside the words around a quote ('said Canada is “fighting” the …',
# 'prominent “no” campaigner X told')
_SCARE = re.compile(r"[“\"]([^“”\"]{1,40})[”\"]")


def without_scare_quotes(text: str) -> str:
    """``text`` with each short quoted term's marks read as spaces (the same length)."""
    return _SCARE.sub(lambda q: " " + q.group(1) + " ", text)
