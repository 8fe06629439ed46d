"""The speaker named after an inverted reporting verb: "said Army Gen. Xavier Brunson, the
commander of U.S. Forces Korea", "said Kim, who …", "said the minister", "said the SCDF in a
Facebook post". Split from ``subjects``, whose pieces (names, roles, titles, bodies) it
reads with; ``subjects.parse_subject`` reads the subject before the verb."""

from __future__ import annotations

import re

from .nlp import UP
from .subjects import (
    _HONORIFIC_SURNAME,
    _SURNAME_TITLES,
    _TITLE_LEADS,
    _VERBISH,
    BODY_RUN,
    CAP_RUN,
    OFFICE_ENDS,
    SHORT_TITLE_LETTERS,
    Who,
    _is_title_word,
    _lower_role_before,
    _name_ok,
    _norm,
    _office_of,
    _org,
    _strip_article,
    _title_head,
    _trailing_name,
    is_role,
    join_role,
    split_name,
)
from .words import (
    OFFICE_LEADS,
    ORG_WORDS,
    PORTFOLIOS,
    ROLE_NOUNS,
    STOP,
    TITLE_ABBREVS,
    TITLE_WORDS,
)

# "Energy and | Infrastructure Minister Ana Lind", "Union Railways and | IT Minister …": the
# first portfolio of a minister who holds two, cut off from the title by "and"
_PORTFOLIO_AND = re.compile(rf"((?:[{UP}][\w’'-]*[ \t]+){{1,3}})(?:and|&)[ \t]+(?=[{UP}])")


def _long_cap_role(text: str) -> bool:
    """ "Kenya Airways Group Managing Director and Chief Executive Officer": an office in
    capitals, joined by small words, that holds a title's word."""
    words = text.split()
    return (
        2 <= len(words) <= 12
        and all(w[:1].isupper() or w in ("and", "of", "for", "the", "&") for w in words)
        and any(_is_title_word(w) or _title_head(w) for w in words)  # "Superintendent"
    )


_TITLE_TAIL = re.compile(r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[^,;.“”\"]{2,80}?)?\s*(?:[,.;]|\Z)")


def _name_then_title(run: str, rest: str) -> Who | None:
    """ "said Imre Kovalo Director General of the Fuel Board": a name, then its title with
    the comma left out; the name is the words before the title's."""
    tokens = run.split()
    k = len(tokens)
    while k > 2 and _norm(tokens[k - 1]) in TITLE_WORDS | _TITLE_LEADS:
        k -= 1
    tail = _TITLE_TAIL.match(rest)
    if k == len(tokens) or not tail or _norm(tokens[k - 1]) in TITLE_WORDS | _TITLE_LEADS:
        return None
    prefix, name = split_name(" ".join(tokens[:k]))
    if prefix or not _name_ok(name) or len(name.split()) < 2 or _org(name):
        return None
    if _norm(name.split()[-1]) in PORTFOLIOS:
        return None  # "the Public Relations Officer": a field of work, then its officer
    return Who(name, (" ".join(tokens[k:]) + tail.group()).strip(" ,.;"))


_PARTICLE_SURNAME = re.compile(
    rf"((?:de|da|di|du|van|von|del|della|der|le|la|dos|das)\s+[{UP}][\w’'-]+)\s*[.,;]?"
)


_OWNED_TITLE_NAME = re.compile(
    rf"the\s+(?P<role>(?:(?!of\b)[\w’'-]+\s+){{1,8}}?[\w-]*[’']s\s+(?:(?!of\b)[\w’'-]+\s+){{0,5}}?"
    rf"(?:[a-z][\w-]*\s+){{0,2}}(?P<head>[a-z][\w-]*))\s+(?P<name>{CAP_RUN.pattern})\s*[.,;]?\s*"
)


# an office "Title of/for (the) …" ending in a lower-case word, then the name: "Chair of the
# Africa Prize judging panel X", "Minister of State for heritage X"
_TITLE_OF_THEN_NAME = re.compile(
    rf"(?P<role>[{UP}][\w-]*(?:\s+[{UP}][\w-]*){{0,2}}\s+(?:of|for)\s+(?:the\s+)?"
    rf"[^,;:“”\"]{{2,80}}?\s+(?!(?:and|or|of|for|the|in|on|at|to|&)\b)[a-z][\w-]*)\s+"
    rf"(?P<name>[{UP}][\w’'.-]*(?:\s+[{UP}][\w’'.-]*){{1,3}})\s*(?:[.,;]|\Z)"
)


_ROLE_OF_BODY_NAME = re.compile(
    rf"(?P<role>(?:the\s+)?(?:[a-z][\w-]*\s+){{1,3}}(?:of|at|for)\s+(?:the\s+)?"
    rf"|(?:[{UP}][\w-]*(?:/[{UP}][\w-]*)?\s+){{1,3}}of\s+the\s+)"  # "Minister/Head of the"
    rf"(?P<body>(?:[{UP}][\w’'&.-]*\s+){{2,8}}[{UP}][\w’'-]*)"
    r"(?=\s*(?:[,.;]|\Z)|\s+(?:in|at|on|during|while|after|before|when)\b)"
)


# a lower-case word for a person by what they do: "attendee", "trader", "resident", "vendor"
_PERSON_NOUN_END = re.compile(r"[a-z]{2,}(?:ee|er|or|ist|ian|ent|ant|man|woman|person)\Z")


# a body's name, lower-case words ending in a title, then a name: "Kantar business
# development director Emer Healy"
_OWNER_ROLE_NAME = re.compile(
    rf"({CAP_RUN.pattern}|{BODY_RUN})[ \t]+((?:[a-z][\w-]*[ \t]+){{0,3}}[a-z][\w-]*)[ \t]+"
    rf"({CAP_RUN.pattern})[ \t]*[.,;]?"
)  # the body's name may have "of" in it: "National Metalworkers of South Africa spokesperson …"


# a title, then an honorific that opens the name: "Chief of Healthcare Facilities Mr. X Y"
_TITLE_HONORIFIC_NAME = re.compile(
    rf"(.{{3,120}}?)[ \t]+(?:Mr|Mrs|Ms|Dr|Prof|Engr)\.?[ \t]+({CAP_RUN.pattern})[ \t]*[.,;]?"
)


_WHERE_SAID = re.compile(  # "… in a Facebook post on Wednesday night.": where it was said
    r"(.+?)\s+(?:(?:in|on|via|through)\s+(?:a|an|its|his|her|their)|at\s+the)\s+[^,;]{1,60}?"
    r"\.?\s*\Z"
)  # "… at the inaugural event"


def _body_title_name(text: str) -> Who | None:
    """ "Ministry of Transport and Infrastructure Principal Secretary John Mosonik": a body
    named from its kind ("Ministry", "Department"), an office and the officer's name; the
    officer, with the body and the office as the role."""
    words = text.strip(" .,;").split()
    if len(words) < 4 or _norm(words[0]) not in ORG_WORDS:
        return None
    for i in range(1, len(words) - 2):
        if not (words[i][:1].isupper() and _is_title_word(words[i])):
            continue
        rest = " ".join(words[i + 1 :])
        if not CAP_RUN.fullmatch(rest):
            continue
        prefix, name = split_name(rest)
        if _name_ok(name) and len(name.split()) >= 2:
            role = join_role(" ".join(words[: i + 1]), prefix)
            return Who(name, role)
    return None


def parse_inverted(text: str) -> Who | None:
    """The speaker after an inverted verb: "said Army Gen. Xavier Brunson, the commander of
    U.S. Forces Korea" / "said Kim, who …" / "said the minister"; "said the SCDF in a
    Facebook post" is the SCDF (the words read again without where it was said)."""
    who = _parse_inverted(text)
    if who is None and (where := _WHERE_SAID.fullmatch(text.strip())):
        who = _parse_inverted(where.group(1))
    return who


def _parse_inverted(text: str) -> Who | None:
    text = re.sub(r"\s*\([^()]{1,40}\)", "", text.strip())  # "Lina Holt (Solvik Party)"
    if (
        (hon := _TITLE_HONORIFIC_NAME.fullmatch(text))
        and any(_is_title_word(w) or _norm(w) in ROLE_NOUNS for w in hon.group(1).split())
        and not re.search(r"\band\b|&", hon.group(1))
    ):  # "said HMC’s Chief of Healthcare Facilities Mr. Hamad Al Khalifa": the honorific
        prefix, name = split_name(hon.group(2))  # opens the name; before it, his title
        if _name_ok(name) and len(name.split()) >= 2:
            return Who(name, _strip_article(hon.group(1).strip(" ,")))
    if low := _PARTICLE_SURNAME.fullmatch(text):
        return Who(low.group(1))  # "said de Blasio.": a surname with its particle
    if hon := _HONORIFIC_SURNAME.match(text):
        if _norm(hon.group(1)) in _SURNAME_TITLES and re.match(
            r"\s*(?:[,.;]|\Z)", text[hon.end() :]
        ):
            return Who(hon.group(1))  # "said Ms King.": a surname that is also a title
    if (owner := _OWNER_ROLE_NAME.fullmatch(text)) and (
        _norm(owner.group(2).split()[-1]) in ROLE_NOUNS
        or (  # "said MANA president and CEO Richard Haas": the second title opens the run
            owner.group(2).split()[-1] in ("and", "&")
            and _norm(owner.group(2).split()[0]) in ROLE_NOUNS
            and (second := split_name(owner.group(3))[0]) is not None
            and _title_head(second.split()[-1])
        )
        or (  # "Focus Ireland director of advocacy Mike Allen": the office "of" a field
            (of := re.match(r"(?:[a-z-]+\s+)?([a-z-]+)\s+(?:of|for)\s", owner.group(2)))
            and _norm(of.group(1)) in ROLE_NOUNS
        )
    ):  # "said Kantar business development director Emer Healy": the body, her title, her
        prefix, name = split_name(owner.group(3))
        if _name_ok(name) and len(name.split()) >= 2:
            role = f"{owner.group(1)} {owner.group(2)}"
            if prefix and role.endswith(("and", "&")):
                return Who(name, f"{role} {prefix}")  # "MANA president and CEO"
            return Who(name, join_role(role, prefix))
    # "said the town’s mayor, Lina Holt" / "said Solvik’s mayor, Lina Holt": ROLE, NAME
    rn = re.match(
        rf"([^,;.]{{2,100}}?),\s*({CAP_RUN.pattern})\s*"
        r"(?:[,.;]|\Z|(?:in|at|on|during|while|after|before|when)\b)",  # "…, X Y in a meeting"
        text,
    )
    titled = split_name(rn.group(1)) if rn else (None, "")
    if titled[0] and _name_ok(titled[1]) and len(titled[1].split()) >= 2:
        rn = None  # "said Lt Col X Y, PRO Defence Jammu": a titled name, then the office
    if rn and (is_role(rn.group(1)) or _long_cap_role(rn.group(1))):
        prefix, name = split_name(rn.group(2))
        if _name_ok(name) and len(name.split()) >= 2:
            return Who(name, join_role(_strip_article(rn.group(1)), prefix))
    # "according to a statement by the Port Authority": whoever issued it
    text = re.sub(
        r"\A(?:a|the|its|their)\s+(?:[a-z-]+\s+){0,2}?(?:statement|release|communiqu[eé])\s+"
        r"(?:by|from|of|issued\s+by)\s+",
        "",
        text,
    )
    pa = _PORTFOLIO_AND.match(text)
    if pa and (
        all(_norm(w) in OFFICE_LEADS for w in pa.group(1).split())
        or _norm(pa.group(1).split()[-1]) in PORTFOLIOS  # "Union Drinking Water and Sanitation"
        or _norm(pa.group(1).split()[-1]) in ROLE_NOUNS  # "EABL Group CEO and Managing Director"
    ):
        inner = parse_inverted(text[pa.end() :])  # "said Energy and Water Minister Ana Lind"
        if inner and inner.name and not inner.org and inner.role:
            inner.role = f"{pa.group()}{inner.role}"
            return inner
    if owned := _OWNED_TITLE_NAME.fullmatch(text):
        # "said the Union farm ministry’s Locust Board deputy director KL Gurjar": the body's
        # officer, named after the lower-case title that ends the phrase
        prefix, name = split_name(owned.group("name"))
        if _name_ok(name) and len(name.split()) >= 2 and _norm(owned.group("head")) in ROLE_NOUNS:
            return Who(name, join_role(owned.group("role"), prefix))
    if held := _ROLE_OF_BODY_NAME.match(text):
        # "said chief executive of the Betting Commission (BC) Ana Lind": the body's words
        # end at its last body word; the name follows
        words = held.group("body").split()
        cut = max((i for i, w in enumerate(words) if _norm(w) in ORG_WORDS), default=-1)
        name = " ".join(words[cut + 1 :])
        if (
            cut >= 0
            and 2 <= len(name.split()) <= 3
            and _name_ok(name)
            and any(_title_head(x) for w in held.group("role").split() for x in w.split("/"))
        ):
            role = f"{held.group('role').strip()} {' '.join(words[: cut + 1])}"
            return Who(name, role)
    if (office_then := _TITLE_OF_THEN_NAME.match(text)) and _title_head(
        office_then.group("role").split()[0]
    ):  # "said Chair of the Africa Prize judging panel Ana Lind": the office ends in lower
        # case, the name follows
        prefix, name = split_name(office_then.group("name"))
        if _name_ok(name) and len(name.split()) >= 2:
            return Who(name, join_role(office_then.group("role"), prefix))
    if (
        re.search(rf"\s(?:in|at)\s+[{UP}]\S*\s+[{UP}]", text)
        and (placed := _trailing_name(text))
        and placed.name
        and not placed.org
        and placed.role
        and len(placed.name.split()) >= 2
    ):  # "said President of X Entrepreneurs in Nepal Khom Prasad Ghimire": the office, where
        return placed  # it is, then the name
    lead = re.match(rf"the\s+(?=[{UP}])", text)
    if lead and (org_run := CAP_RUN.match(text, lead.end())) and _org(org_run.group()):
        officer = re.match(r"\s+([a-z]+)\s*(?:[,.;]|\Z)", text[org_run.end() :])
        if officer and _norm(officer.group(1)) in ROLE_NOUNS:  # "said the Finance Ministry
            # spokesman": its officer, unnamed (whoever holds that title, if one was named)
            words = f"{org_run.group()} {officer.group(1)}".split()
            return Who(title=[_norm(w) for w in words], qualified=True)
        return Who(_org(org_run.group()), org=True)  # "said the Solvik Port Authority"
    if (
        lead
        and (letters := re.match(r"([A-Z]{2,8})\s+([a-z]+)\b", text[lead.end() :]))
        and _norm(letters.group(2)) in ORG_WORDS
    ):
        return Who(letters.group(1), org=True)  # "said the TSRC union": the body's letters
    if (
        lead
        and (acr := re.fullmatch(r"([A-Z][A-Za-z]{1,7})\s*[.,;]?", text[lead.end() :].strip()))
        and sum(c.isupper() for c in acr.group(1)) >= 2
        and acr.group(1).lower() not in TITLE_ABBREVS
        and not SHORT_TITLE_LETTERS.fullmatch(acr.group(1))
    ):
        return Who(acr.group(1), org=True)  # "said the IMF.", "said the CBAt.": a body's letters
    amp = re.match(BODY_RUN, text)
    if amp and "&" in amp.group() and _org(amp.group()):
        return Who(_org(amp.group()), org=True)  # "from Nuclear Safety & Security Commission"
    m = CAP_RUN.match(text)
    chief = m and re.match(
        r"[ \t]+((?:[a-z][\w-]*[ \t]+){1,2})(?=[{UP}])".replace("{UP}", UP), text[m.end() :]
    )
    if m and chief and _lower_role_before(chief.group(1)):
        # "said Homeland Security chief Ana Lind": the body's chief, named after the title
        inner = parse_inverted(text[m.end() + chief.end() :])
        if inner and inner.name and not inner.org:
            inner.role = join_role(f"{m.group()} {chief.group(1).strip()}", inner.role)
            return inner
    if not m:
        # "said the federation spokesperson Halim Oduya": the name the title is written before
        named = re.match(
            rf"the\s+((?:[a-z][\w’'-]*\s+){{0,3}}[a-z][\w’'-]*)\s+({CAP_RUN.pattern})\s*(?:[,.;]|\Z)",
            text,
        )
        if named and _norm(named.group(1).split()[-1]) in ROLE_NOUNS:
            prefix, name = split_name(named.group(2))
            if _name_ok(name) and len(name.split()) >= 2:
                return Who(name, join_role(named.group(1), prefix))
        t = re.match(r"the\s+((?:[\w’'.-]+\s+){0,4}?([A-Za-z]+))\b", text, re.I)
        if t and _norm(t.group(2)) in ROLE_NOUNS:
            return Who(title=[_norm(w) for w in t.group(1).split()])
        held = re.match(rf"the\s+((?:[{UP}][\w’'.-]*\s+){{1,3}}([a-z]+))\s*(?:[,.;]|\Z)", text)
        if held and _norm(held.group(2)) in ROLE_NOUNS:  # "said the Treasury boss."
            return Who(title=[_norm(w) for w in held.group(1).split()])
        if t and t.group(1) == t.group(2) and SHORT_TITLE_LETTERS.fullmatch(t.group(2)):
            return Who(title=[t.group(2).lower()])  # "said the PM": the prime minister
        run = re.match(r"the\s+((?:(?:[a-z][\w’'-]*|[A-Z]{2,8})[ \t]+){1,3}[a-z]+)\b", text)
        if run and (  # "said the foreign secretary": the first role noun ends the title
            k := next((i for i, w in enumerate(run.group(1).split()) if _norm(w) in ROLE_NOUNS), 0)
        ):
            title = run.group(1).split()[: k + 1]
            if not any(w in STOP or w in _VERBISH for w in title):
                return Who(title=[_norm(w) for w in title])
        if (
            t
            and _norm(t.group(2)) in ORG_WORDS
            and t.group(1)[:1].islower()
            and re.match(r"\s*(?:[,.;]|\Z|(?:in|on|at|during|after|before)\b)", text[t.end() :])
        ):  # "said the ministry in a March report": a body, named in lower case
            return Who(t.group(1), org=True)
        lower = re.match(rf"((?:[a-z][\w’'-]*\s+){{1,3}})(?=[{UP}])", text)
        if lower and _lower_role_before(lower.group(1)):
            inner = parse_inverted(text[lower.end() :])
            if inner and inner.name and not inner.org:
                inner.role = join_role(_lower_role_before(lower.group(1)), inner.role)
                return inner
        if lower and len(lower.group(1).split()) <= 2:
            inner = parse_inverted(text[lower.end() :])  # "said state Senator X Y": a title
            if (
                inner
                and inner.name
                and not inner.org
                and inner.role
                and len(inner.name.split()) >= 2
            ):
                inner.role = f"{lower.group(1)}{inner.role}"
                return inner
            run = CAP_RUN.match(text, lower.end())
            prefix, name = split_name(run.group()) if run else ("", "")
            if (
                run
                and _PERSON_NOUN_END.search(lower.group(1).split()[-1])
                and not prefix
                and _name_ok(name)
                and 2 <= len(name.split()) <= 4
                and re.match(r"\s*(?:[,.;]|\Z)", text[run.end() :])
            ):  # "said event attendee Tom Lacey", "said fellow trader Ana Lind": who he is
                return Who(name, lower.group(1).strip())
        return None
    org = _org(m.group())
    if org and (body_officer := _body_title_name(text)):
        return body_officer  # "Ministry of Transport Principal Secretary John Mosonik"
    if org:
        return Who(org, org=True)
    prefix, name = split_name(m.group())
    rest = text[m.end() :]
    if trailing := _name_then_title(m.group(), rest):
        return trailing
    if not _name_ok(name) or (
        len(name.split()) >= 2 and _norm(name.split()[-1]) in OFFICE_ENDS
    ):  # "said Norwegian Minister of Fisheries and Oceans X": an office, then the name
        # "said Inspector-General of Police X", "said Commissioner of Police X"
        of = re.match(r"\s+of\s+(?:the\s+)?", rest)
        run2 = CAP_RUN.match(text, m.end() + of.end()) if of else None
        joined = re.match(r"[ \t]+(?:and|&)[ \t]+", text[run2.end() :]) if run2 else None
        if run2 and joined:  # "Minister of Foreign Affairs and | International Cooperation X Y"
            run2 = CAP_RUN.match(text, run2.end() + joined.end()) or run2
        office = _office_of(text[: run2.start()], run2.group()) if run2 else None
        return Who(office[1], office[0]) if office else None
    nxt = re.match(r"\s+([a-z]+)", rest)
    if len(name.split()) == 1 and nxt and _norm(nxt.group(1)) in ROLE_NOUNS:
        # "said Solvik mayor Lina Holt": the name after the lower-case role
        after = re.match(rf"\s+((?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)\s+({CAP_RUN.pattern})", rest)
        if after and _norm(after.group(1).split()[-1]) in ROLE_NOUNS:
            prefix2, name2 = split_name(after.group(2))
            if _name_ok(name2) and len(name2.split()) >= 2:
                return Who(name2, join_role(f"{m.group()} {after.group(1)}", prefix2))
        return None  # "a Canadian expert", "says Australian official": no one named
    appositive = None
    a = re.match(r"\s*,\s*((?:the|a|an)\s[^,;]+?|[a-z][^,;]+?)\s*(?:,|;|\Z)", rest)
    if (
        a
        and not a.group(1).startswith(("who ", "which ", "adding", "in ", "on ", "at "))
        and is_role(a.group(1))
    ):
        appositive = _strip_article(a.group(1))
    return Who(name, join_role(prefix, appositive))
