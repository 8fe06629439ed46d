"""Who the words of an attribution name: the subject of a reporting verb split into a name,
a role, a title or a body ("Defense Minister Shin Won-sik", "said the ministry", "Kim, the
minister,"), read from the text alone. The register of people an article names, which
resolves "he" and "the minister", is in ``people``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .nlp import NAME_ABBREVS, UP, is_abbrev_period
from .words import (
    ABBREV_TITLES,
    ADJECTIVE_TITLES,
    COUNTRIES,
    HONORIFICS,
    LEAD_PREPOSITIONS,
    NOT_PERSON_LAST,
    OFFICE_LEADS,
    ORG_WORDS,
    PEOPLE_NOUNS,
    PLACES,
    PORTFOLIOS,
    PRONOUNS,
    ROLE_NOUNS,
    SHIP_PREFIXES,
    STOP,
    TITLE_ABBREVS,
    TITLE_WORDS,
)

# a capitalised word; a dot only after an initial or a known abbreviation ("Gen.", "U.S."),
# so a name never runs over the end of a sentence ("… Jens Stoltenberg. His words …")
_ABBREVS = "|".join(NAME_ABBREVS)
# a capitalised word, an initial, or letters joined by "&" ("AT&T", "T&T": one token)
TOKEN = (
    rf"(?:[A-Z]{{1,3}}&[A-Z]{{1,3}}\b|(?:[A-Z]\.){{2,}}|(?:{_ABBREVS}|[{UP}])\.|[{UP}][\w’'\-]*)"
)
PARTICLE = (
    r"(?:de|da|del|der|di|du|van|von|bin|binti|bint|al|la|le|dos|das|ibn|ter|ole|arap|ur|ul|ud)"
)
_GAP = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"  # spaces and at most one line break (not a blank line)
# an Arabic article or kin word joined to a surname by a hyphen: "Essam al-Eryan"
JOINED_LEAD = r"(?:al|el|ad|ar|as|at|an|ash|ud|ul|ibn|bin|abu|abd)"
JOINED = rf"{JOINED_LEAD}-[{UP}][\w’'\-]*"
CAP_RUN = re.compile(
    rf"(?<![\w’']){TOKEN}(?:{_GAP}(?:{PARTICLE}{_GAP}){{0,2}}(?:{TOKEN}|{JOINED}))*"
)


# what opens a line that links another article: "Read:", "READ MORE:", "Also read:"
SEE_ALSO = re.compile(
    r"(?:^|\n)[ \t]*(?i:(?:also[ \t]+)?read(?:[ \t]+(?:more|also))?|related|see[ \t]+also)"
    r"[ \t]*:[^\n]*\Z"
)


def by_line(text: str, m: re.Match[str]) -> list[re.Match[str]]:
    """A capitalised run cut at its line breaks: a caption's "Arthur Sales" and the next
    line's "Flemming Berg" are two names, not one."""
    if "\n" not in m.group():
        return [m]
    pieces, at = [], m.start()
    for line in m.group().split("\n"):
        if piece := CAP_RUN.match(text, at + len(line) - len(line.lstrip()), at + len(line)):
            pieces.append(piece)
        at += len(line) + 1
    return pieces


# "the statement", "a joint statement", "the press release": words that stand for the body or
# person who issued them
FRAME = re.compile(
    r"(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(statement|release|communiqu[eé]|letter|notice|circular|advisory)",
    re.I,
)
# "Ana Lind’s letter", "Lind's statement" ("?" stands for the apostrophe in text whose
# encoding lost it: "Lind?s letter")
_OWNED_FRAME = re.compile(
    rf"(?:[Tt]he[ \t]+)?((?:[{UP}][\w.-]*[ \t]+(?:(?:of|for|and)[ \t]+)?){{0,5}}[{UP}][\w-]*)"
    r"[’'?]s[ \t]+(?:[a-z-]+[ \t]+)?(?:statement|letter|post|tweet|email|note|memo)"
)
PRONOUN_GENDER = {"he": "m", "she": "f"}
# "the Health Ministry note", "a Port Authority statement": the body named in the frame
_INLINE_ISSUER = re.compile(
    rf"(?:the|a|an)\s+((?:[{UP}][\w’'&.-]*\s+){{1,5}})"
    r"(?:statement|release|communiqu[eé]|letter|notice|note|memo|circular|advisory)"
)


def run_start(text: str, start: int, end: int) -> int:
    """Where a capitalised run in text[start:end] really starts: after its line break when
    the line before the break is a paragraph, not a hard-wrapped line ("… via Reuters" /
    "Xi asked …" is "Xi"; "[Ana" / "Lind]" in text wrapped at 80 columns is "Ana Lind")."""
    br = text.find("\n", start, end)
    if br < 0:
        return start
    return br + 1 if br - (text.rfind("\n", 0, start) + 1) > _WRAP else start


_WRAP = 100  # longer lines are paragraphs, not text hard-wrapped at a column


def _acronym(word: str) -> bool:
    """ "WHO", "IT": a body's letters, never the small word they spell."""
    return len(word) >= 3 and word.isupper()


# titles that mean the same office: "the judge" after "Justice X"
_SAME_TITLE = (
    frozenset({"judge", "justice"}),
    frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    frozenset({"chairman", "chairwoman", "chairperson", "chair", "boss"}),
    frozenset({"skipper", "captain"}),
    frozenset({"boss", "leader"}),
)


# short forms of titles: "the CM added" after "Chief Minister X"
_SHORT_TITLES = {
    "cm": ("chief", "minister"),
    "pm": ("prime", "minister"),
    "dg": ("director", "general"),
    "ceo": ("chief", "executive"),
    "md": ("managing", "director"),
    "cs": ("cabinet", "secretary"),
}


# a newspaper named for a day: "the Sunday Times", "Saturday Star"
_PAPER_DAY = re.compile(
    r"(?:Sunday|Saturday|Monday|Weekend)\s+(?:Times|Telegraph|Mail|Express|Post|Observer|"
    r"Herald|Tribune|Standard|Nation|Star|Mirror|Independent|World|Sun|News|Argus|Age)"
)


def _without_lead_words(tokens: list[str]) -> list[str]:
    """``tokens`` less the everyday words that open them ("The", "Earlier", "Monday"), but
    not the day of a newspaper's name ("The Sunday Times") or a Balinese name's "I"."""
    while (
        tokens
        and tokens[0].lower().strip(".,") in STOP | LEAD_PREPOSITIONS
        and not _acronym(tokens[0])
    ):
        if len(tokens) == 2 and _PAPER_DAY.fullmatch(" ".join(tokens)):
            break
        if tokens[0] == "I" and len(tokens) > 2 and tokens[1] in _BALINESE:
            break  # "I Gusti Putu Arya": a Balinese name opens with "I"
        tokens = tokens[1:]
    return tokens


def _norm(word: str) -> str:
    w = word.lower().strip(".,’'")
    return ABBREV_TITLES.get(w, w)


@dataclass(slots=True)
class Who:
    """A parsed speaker phrase."""

    name: str | None = None
    role: str | None = None
    pronoun: bool = False
    title: list[str] = field(default_factory=list)  # "the North Korean leader" → words
    org: bool = False
    gender: str | None = None  # "m" for "he", "f" for "she"
    frame: bool = False  # "the statement said": whoever issued the statement
    known_only: bool = False  # 'Brandt: “…”': a speaker only if the article named them
    qualified: bool = False  # "the Director of Port Works": a title with its office named
    plural: bool = False  # "they said": a body's people, only when a body is the subject


def join_role(prefix: str | None, appositive: str | None) -> str | None:
    parts = [p.strip(" ,") for p in (prefix, appositive) if p and p.strip(" ,")]
    return ", ".join(parts) or None


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:the|a|an|its|his|her|their)\s+", "", text.strip(" ,"), flags=re.I)


# an office that names its portfolio: "Minister for Labour", "Secretary of State for Trade"
_PORTFOLIO_OPEN = re.compile(
    r"\b(?:Minister|Ministry|Secretary|Department|Commissioner|[Cc]ommittee|[Ss]ubcommittee|"
    r"Council|Commission|Board)\s+(?:of|for|on)\s+(?:the\s+)?(?:[A-Z][\w’'-]*,?\s*)+\Z"
)  # "… subcommittee on Aviation Operations, Safety and Security": one office


def _ends_list(parts: list[str], i: int) -> bool:
    """Whether parts[i:] run on, each a short capitalised part, to one that ends the list
    with "and" ("Employment and Skills"), so they are a portfolio's list, not a name."""
    for part in parts[i:]:
        words = part.split()
        if not 1 <= len(words) <= (8 if "and" in words else 5) or not all(
            w[:1].isupper() or (w in ("and", "&") and k < len(words) - 1)
            for k, w in enumerate(words)
        ):
            return False
        if words[0] in ("and", "&") or "and" in words or "&" in words:
            return True
    return False


_BODY_PLURAL_OWNS = re.compile(rf"[{UP}][\w&.-]*s[’']\s+(?:[{UP}][\w-]*\s+)*[{UP}][\w-]*\Z")


def is_role(text: str) -> bool:
    """ "the commander of U.S. Forces Korea", "South Korea’s defense minister"."""
    t = text.strip(" ,")
    if not t or len(t.split()) > 14:
        return False
    if re.match(r"(?:who|which|that|where|when|adding|saying)\b", t, re.I):
        return False
    if re.search(rf"\b{_SAY}\b", t):
        return False  # "the Minister noted that …": a clause, not a role
    starts_ok = (
        t[0].islower()
        or re.match(r"(?:the|a|an|its|his|her|their)\s", t, re.I)
        or re.fullmatch(r"[A-Z]{2,8}(?:\s+[a-z][\w-]*){1,4}", t)  # "SMMT chief executive"
        # "Greater London Assembly Conservative housing spokesman": a body, then the role
        or (
            re.fullmatch(r"(?:[A-Z][\w’'&.-]*\s+){1,6}(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*", t)
            and _title_head(t.split()[-1])
        )
        or "’s" in t
        or "'s" in t
        or _BODY_PLURAL_OWNS.search(t)  # "Solvia Labs’ Chief Executive": a body's office
    )
    if (
        re.match(r"[a-z]+(?:s|ed|ing)?\s+(?!of\b)[a-z]+\s", t)
        and not (  # "the civil defense regional director": lower-case words, then the title
            re.fullmatch(r"(?:the|a|an|its|his|her|their)(?:\s+[a-z][\w’'-]*){1,5}", t)
            and _title_head(t.split()[-1])
            and not set(t.split()) & {"by", "from", "with", "to", "for", "at", "in", "on"}
        )
        and not any(_title_head(w) for w in t.split()[:3])
        and not _head_is_title(t)
    ):
        return False  # "strengthen partnerships and …": a clause, not a role
    return bool(starts_ok) and any(
        _title_head(w) and w not in ADJECTIVE_TITLES for w in re.findall(r"[\w.’'-]+", t)
    )


def _head_is_title(t: str) -> bool:
    """Whether lower-case words after an article end, before the first "at", "of", "for"
    or "in", in a title ("the communication and public relations manager at X")."""
    head = re.match(
        r"(?:the|a|an|its|his|her|their)((?:\s+[a-z][\w’'-]*){1,6}?)\s+(?:at|of|for|in)\s", t
    )
    return head is not None and _title_head(head.group(1).split()[-1])


def _is_title_word(tok: str) -> bool:
    """ "Gen.", "Minister", "Director-General", "I.G."."""
    if _norm(tok) in TITLE_WORDS:
        return True
    if tok.replace(".", "").lower() in TITLE_ABBREVS and (tok.isupper() or "." in tok):
        return True
    parts = [_norm(p) for p in tok.split("-")]
    return len(parts) > 1 and all(p in TITLE_WORDS for p in parts)


_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def split_name(run: str) -> tuple[str | None, str]:
    """ "Army Gen. Xavier Brunson" → ("Army Gen.", "Xavier Brunson"); "Trump’s" → "Trump"."""
    tokens = run.split()
    for k in range(len(tokens) // 2, 1, -1):
        if tokens[-2 * k : -k] == tokens[-k:]:
            tokens = tokens[:-k]  # "Minister JP Nadda JP Nadda": a name printed twice
            break
    if tokens:
        tokens[-1] = re.sub(r"[’']s?\Z", "", tokens[-1]) or tokens[-1]
        if len(tokens[-1]) > 2 and not re.fullmatch(r"(?:[A-Z]\.)+|[JS]r\.", tokens[-1]):
            tokens[-1] = tokens[-1].rstrip(".")  # "Modi." at a sentence's end, not "Jr."
    tokens = _without_lead_words(tokens)
    if len(tokens) >= 3 and tokens[-1] in _WEEKDAYS:
        tokens = tokens[:-1]  # "Nirmala Sitharaman Saturday (estimated …)": when, not who
    if tokens and tokens[0] in SHIP_PREFIXES and len(tokens) >= 2:
        return None, ""  # "KRI Sultan Hasanuddin", "HMS Victory": a ship, no one
    if (
        3 <= len(tokens) <= 4
        and re.fullmatch(r"[A-Z]{3,6}", tokens[0])
        and all(
            re.fullmatch(rf"[{UP}][a-zà-ÿ’'-]+", t)
            and _norm(t) not in TITLE_WORDS | ORG_WORDS | HONORIFICS | NOT_PERSON_LAST
            for t in tokens[1:]
        )
    ):  # "(Commissioner of the) RVIPF Ana Lind": a body's letters, then the name
        return tokens[0], " ".join(tokens[1:])
    body_end = max((i for i, t in enumerate(tokens[:-2]) if _norm(t) in ORG_WORDS), default=-1)
    if (
        body_end >= 1
        and 2 <= len(tokens) - body_end - 1 <= 3
        and all(
            re.fullmatch(rf"[{UP}][a-zà-ÿ’'-]+", t)
            and _norm(t) not in TITLE_WORDS | ORG_WORDS | HONORIFICS | NOT_PERSON_LAST | PLACES
            for t in tokens[body_end + 1 :]
        )
    ):  # "(chair of the) Harbour Owners Association Ana Lind": the body, then the name
        return " ".join(tokens[: body_end + 1]), " ".join(tokens[body_end + 1 :])
    suffix = None
    while len(tokens) >= 3 and all(t in _POST_NOMINALS for t in tokens[-1].split("-")):
        tokens.pop()  # "Jane Marriott CMG OBE", "… CMG-OBE": honours after the name
    if len(tokens) >= 4 and tokens[-2] in SUFFIX_TITLES and re.fullmatch(r"[A-Z]{2,5}", tokens[-1]):
        tokens.pop()  # "Ann Wambui MSP SNP": her party's letters after the office
    if len(tokens) >= 3 and tokens[-1] in SUFFIX_TITLES:
        suffix = tokens.pop()  # "Ann Wambui MP": the office after the name
    owner = None
    mark = max(  # "Amnesty International’s", "Vell Ports’" (a plural's owner mark)
        (i for i, t in enumerate(tokens[:-1]) if re.search(r"[’']s\Z|s[’']\Z", t)), default=-1
    )
    if (
        0 <= mark
        and len(tokens) - mark - 1 >= 2
        and (mark >= 1 or any(_title_head(t) for t in tokens[mark + 1 : -1]))
    ):  # not "Iran's Red Crescent": a place's body
        owner = " ".join(tokens[: mark + 1])  # "Amnesty International’s Ana Lind": Ana Lind
        tokens = tokens[mark + 1 :]
    last_title = -1
    for i, tok in enumerate(tokens[:-1]):
        if _is_title_word(tok) or tok.lower().strip(".") in HONORIFICS or _title_head(tok):
            last_title = i
    if (
        0 <= last_title < len(tokens) - 3
        and _norm(tokens[last_title + 1]) in NOT_PERSON_LAST | ORG_WORDS
        and not tokens[last_title + 2][:1].islower()  # "Mayor Bill de Blasio"
    ):
        last_title += 1  # "DIG Operations Ali Raza": the office's department is the title's
    prefix = " ".join(tokens[: last_title + 1]) or None
    lead = last_title + 1  # "Minister of Agriculture and | Food Security Ana Lind": an
    while (
        0 < lead < len(tokens) - 2
        and _norm(tokens[lead]) in OFFICE_LEADS  # office's words are never a name's start,
        and not tokens[lead + 1][:1].islower()  # but "Bill de Blasio" is a name
    ):
        lead += 1
    if lead > last_title + 1:
        if prefix and any(_title_head(t) for t in prefix.split()):
            prefix = " ".join(tokens[:lead])  # "City Council Member | Ana Lind"
        else:
            prefix = None  # "Food Security": no title, no role
        last_title = lead - 1
    if owner:
        prefix = f"{owner} {prefix}" if prefix else owner
    if prefix and all(t.lower().strip(".") in HONORIFICS for t in prefix.split()):
        prefix = None  # "Mr." is no role
    elif prefix and not any(_title_head(t) for t in prefix.split()):
        words = prefix.split()
        if (
            len(tokens) - len(words) >= 2
            and all(_norm(w) in OFFICE_LEADS | TITLE_WORDS for w in words)
            and _norm(tokens[-1]) not in ORG_WORDS | NOT_PERSON_LAST
        ):  # "County Executive X Y", "Food Security X Y": office words, then the name
            return join_role(prefix, suffix), " ".join(tokens[len(words) :])
        return suffix, _no_office_lead(tokens)  # "North American Free Trade Agreement"
    if last_title < 0:
        return join_role(prefix, suffix), _no_office_lead(tokens)
    return join_role(prefix, suffix), " ".join(tokens[last_title + 1 :])


_PORTFOLIO_AND_BEFORE = re.compile(rf"((?:[{UP}][\w’'-]*[ \t]+){{1,3}})(?:and|&)[ \t]+\Z")


def portfolio_before(text: str) -> str | None:
    """ "Agriculture and " at the end of ``text`` (before "Rural Development Minister X"):
    the first portfolio of the title that follows, when all its words are an office's."""
    m = _PORTFOLIO_AND_BEFORE.search(text)
    if m and all(_norm(w) in OFFICE_LEADS for w in m.group(1).split()):
        return m.group()
    return None


def _no_office_lead(tokens: list[str]) -> str:
    """A run without a title, less the office's words it starts with, when a name of two
    words is left: "Food Security Ana Lind" (after "Minister of Agriculture and") is Ana
    Lind; "Health Solvia" and "Food Security Agency" stay whole (bodies)."""
    k = 0
    while k < len(tokens) - 2 and _norm(tokens[k]) in OFFICE_LEADS:
        k += 1  # a name of two words at least is left: "Health Canada" is a body's name
    if k and _norm(tokens[-1]) not in ORG_WORDS | NOT_PERSON_LAST:
        return " ".join(tokens[k:])
    return " ".join(tokens)


# offices written after a name ("Ann Wambui MP", "Ken Ode QC")
SUFFIX_TITLES = frozenset("MP MLA MCA MEP MSP MNA MPP QC KC SC SAN".split())
# honours written after a name (British orders and decorations)
_POST_NOMINALS = frozenset(
    "OBE MBE CBE KBE DBE CMG KCMG DCMG GCMG CVO LVO MVO KCVO DCVO GCVO CB KCB GCB DSO FREng FRS "
    "FRSE FMedSci FRCP FRCS FRSA".split()
)


_TITLE_HEADS = frozenset(
    "king queen prince princess pope judge justice rev sir lord lady dame marshal major "
    "doctor professor ceo speaker attorney inspector commissioner premier senator".split()
)


def _title_head(tok: str) -> bool:
    """A word that makes a title by itself ("Minister", "Gen.", "Director-General", "I.G."),
    not one that only qualifies one ("Trade", "National", "Foreign")."""
    if tok.lower().strip(".") in HONORIFICS:
        return True
    if tok.replace(".", "").lower() in TITLE_ABBREVS and (tok.isupper() or "." in tok):
        return True
    words = [_norm(p) for p in tok.split("-")]
    return any(
        w in ROLE_NOUNS
        or w in _TITLE_HEADS
        or w in ABBREV_TITLES.values()
        or _PROFESSION.fullmatch(w)  # "a geophysicist at the USGS"
        for w in words
    )


_PROFESSION = re.compile(r"[a-z]{3,}(?:ologist|ysicist|onomist|ographer|ematician)s?")


def _lower_role_before(text: str) -> str | None:
    """A lower-case role right before a name: "Ukrainian intelligence chief"."""
    m = re.search(  # "Food Chamber (SPPK) chairman": the body's letters belong to the role
        rf"((?:[{UP}][\w’'.-]*\s+)*(?:\([A-Z]{{2,8}}\)\s+)?(?:[a-z][\w’'-]*\s+){{0,3}}([a-z]+))\s*\Z",
        text,
    )
    if m and _norm(m.group(2)) in ROLE_NOUNS:
        words = m.group(1).split()
        for i in range(len(words) - 2, -1, -1):  # "Mayor X met port boss": "port boss"
            w = words[i]
            if w[:1].islower() and (w in STOP or w in _VERBISH or re.fullmatch(r"[a-z]{2,}ed", w)):
                words = words[i + 1 :]
                break
        while words and words[0].lower() in STOP:
            words = words[1:]
        return " ".join(words) or None
    return None


# past tenses that are no "-ed" word: a verb cuts a lower-case role ("X met port boss Y")
_VERBISH = frozenset(
    "met told said saw took gave left led won lost made became hit sent brought "
    "thanked urged asked named hired fired replaced succeeded joined called is was are were "
    "has have had will would with to by from for".split()
)


# the name words that follow a Balinese "I" ("I Wayan Koster", "I Gusti Putu X"): a name
_BALINESE = frozenset("Gusti Wayan Made Nyoman Ketut Putu Kadek Komang Gede Nengah Gde".split())


def _name_ok(name: str) -> bool:
    tokens = name.split()
    if not tokens or len([t for t in tokens if not re.fullmatch(PARTICLE, t)]) > 5:
        return False
    if len(tokens) == 1 and _norm(tokens[0]) in OFFICE_LEADS:
        return False  # "said Energy and …": a portfolio, never a one-word name
    if any(
        t.lower().strip(".,") in STOP
        and not _acronym(t)
        and not (t == "A." and i < len(tokens) - 1)
        and not (t == "A" and 0 < i < len(tokens) - 1)  # "Mark A Milley": an initial
        and not (t == "I" and i == 0 and len(tokens) > 2 and tokens[1] in _BALINESE)
        for i, t in enumerate(tokens)
    ):  # "A. Solomon Raju": an initial, not the article
        return False
    if all(_is_title_word(t) or _norm(t) in ROLE_NOUNS | _TITLE_LEADS for t in tokens):
        return False  # "Minister", "The Minister", "Senior Governor": a title, not a name
    if _norm(tokens[0]) in _FORMER_WORDS or (len(tokens) == 2 and _norm(tokens[-1]) in PLACES):
        return False  # "Former China (justice minister)", "Late Kenya": no one's name
    return all(
        t[0].isupper() or re.fullmatch(PARTICLE, t) or re.fullmatch(JOINED, t) for t in tokens
    )


_FORMER_WORDS = frozenset("former ex late outgoing erstwhile".split())
# titles and office words a person's name never ends in: a capitalised run ending in one is
# an office ("Force Public Relations Officer"), and after one "of X" the name follows ("said
# Minister of Fisheries X"); a portfolio's last word too ("… Disaster Management and Y")
OFFICE_ENDS = frozenset(
    "minister secretary president governor commissioner director chairman chairwoman "
    "chairperson spokesman spokeswoman spokesperson ambassador premier mayor officer manager "
    "coordinator superintendent inspector management development affairs relations resources "
    "adviser advisor executive registrar treasurer administrator".split()
)
# "the Harbour Court in eastern Kenya": a body, and where it sits
BODY_RUN = rf"[{UP}][\w’'&.-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[{UP}][\w’'&.-]*){{0,7}}"
# where a body sits, after its name: " in eastern Kenya", " based in Ula" (quotes.py too)
IN_PLACE = r"\s+(?:in|at|based\s+in)\s+(?:the\s+)?(?:[a-z]+\s+)?"
_BODY_IN_PLACE = re.compile(rf"((?:[Tt]he\s+)?{BODY_RUN}){IN_PLACE}[{UP}][^,]{{0,40}}")


# an honorific and one capitalised word: a person's surname even when the word is a title
_HONORIFIC_SURNAME = re.compile(rf"(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+([{UP}][\w’'-]+)")


# "a chartered accountant", "a critic of the board": an appositive that says what the
# person is, by a word for a person
_A_PERSON = re.compile(
    r"(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*)(?:\s+(?:of|at|in|for|from|with)\b.*)?",
    re.S,
)


def person_word(word: str) -> bool:
    """A word for a person or people ("nurse", "officials", "residents")."""
    low = word.lower()
    return low in ROLE_NOUNS | PEOPLE_NOUNS or low.rstrip("s") in ROLE_NOUNS | PEOPLE_NOUNS


# short forms of Muhammad that open a name, never an office's letters ("Md Mohibur Rahman")
_MUHAMMAD = re.compile(r"(?:\A|\s)(Md\.?|Mohd\.?|Muhd\.?)\Z")


def muhammad_back(name: str, role: str | None) -> tuple[str, str | None]:
    """ "… Relief Md Mohibur Rahman": the "Md" read as the end of the office ``role`` is
    the first word of ``name``."""
    if role and (m := _MUHAMMAD.search(role)):
        return f"{m.group(1)} {name}", role[: m.start()].strip(" ,") or None
    return name, role


def name_lead_back(who: Who | None) -> Who | None:
    """``who`` with its name's "Md" back from the end of its role (``muhammad_back``)."""
    if who is not None and who.name:
        who.name, who.role = muhammad_back(who.name, who.role)
    return who


def parse_subject(who: str) -> Who | None:
    """The subject of an attribution verb, read backwards: "Kim, the minister," /
    "Defense Minister Shin Won-sik" / "he" / "the North Korean leader"."""
    return name_lead_back(_parse_subject(who))


def _parse_subject(who: str) -> Who | None:
    who = re.sub(r",?\s*who\s*\Z", "", who.strip()).strip(" ,")
    if who.endswith(".") and not is_abbrev_period(who, len(who) - 1):
        who = who[:-1]  # "… according to the Department of Defence.": the sentence's stop
    if joined := re.search(rf"(?:\A|,[ \t]*|(?<![\w’'-])(?:[a-z]+\s+){{1,3}})({JOINED})\Z", who):
        return Who(joined.group(1))  # "(even though) al-Hamad said": the surname, its article
    from .inverted import parse_inverted  # it reads with this module's pieces: import late

    signed = _SIGNED_BY.search(who)
    if signed and FRAME.search(who):  # "The union’s letter, signed by its chair X, said"
        inner = parse_inverted(signed.group(1)) or parse_subject(signed.group(1))
        if inner is not None and inner.name and not inner.org:
            return inner
    if issued := _FRAME_OF.fullmatch(who):  # "a press note from the ministry stated"
        inner = parse_subject(issued.group(1)) or parse_inverted(issued.group(1))
        if inner is not None and (inner.org or inner.name) and not inner.pronoun:
            return inner
    inline = _INLINE_ISSUER.fullmatch(who)
    if inline and _norm(inline.group(1).split()[-1]) in ORG_WORDS:
        return Who(" ".join(inline.group(1).split()), org=True)  # "the Port Authority note"
    if (
        inline
        and re.fullmatch(r"[A-Z]{2,8}", inline.group(1).strip())
        and not SHORT_TITLE_LETTERS.fullmatch(inline.group(1).strip())
    ):
        return Who(inline.group(1).strip(), org=True)  # "an NCP statement said": its letters
    if frame := FRAME.fullmatch(who):
        return Who(frame=True, title=[frame.group(1).lower()])
    if owned := _OWNED_FRAME.fullmatch(who):  # "Brandt’s letter stated": Brandt's words
        inner = parse_subject(owned.group(1))  # "the Port Authority’s statement said": its
        if inner is not None and inner.name:
            return inner
    if body := _body_voice(who):  # "a department spokesman", "an IMD official": the body
        return body
    if (
        (name_role := _NAME_THE_ROLE.fullmatch(who))
        and is_role(name_role.group("role"))
        and (head := _trailing_name(name_role.group("name")))
        and head.name
        and not head.org
        and len(head.name.split()) >= 2
    ):  # "Anna Rawlings the commission chair": a name, then its role with no comma
        head.role = join_role(head.role, _strip_article(name_role.group("role")))
        return head
    bare = _NAME_A_ROLE.fullmatch(who)  # "Surinder Singh a participant in the drive"
    if (
        bare
        and any(
            person_word(w)
            or re.fullmatch(r"[a-z]{4,}(?:ant|ent|er|or|ist|ian)", w)  # "participant", "trader"
            for w in bare.group(2).split()[1:4]
        )
    ):
        inner = parse_subject(bare.group(1))
        if inner is not None and inner.name and not inner.org and len(inner.name.split()) >= 2:
            inner.role = join_role(inner.role, _strip_article(bare.group(2)))
            return inner
    if nat := re.fullmatch(
        r"(?:[Tt]he\s+)?([A-Z][a-z]+(?:an|ese|ish|ian|i|ch|ine))\s+government", who
    ):
        return Who(f"{nat.group(1)} government", org=True)  # "the Philippine government said"
    if office := re.fullmatch(r"(?:[Tt]he\s+)?([A-Z][\w.]*[’']s)\s+[Oo]ffice", who):
        return Who(f"{office.group(1)} Office", org=True)  # "the PM’s office said": a body
    if aged := re.fullmatch(r"the\s+(\d{1,3})-year-old(?:\s+[a-z]+)?", who):
        return Who(title=[f"{aged.group(1)}-year-old"])  # the one person of that age
    if obj := re.fullmatch(r"(?:[Ii]n\s+)?(him|her)(?:\s+(?:own\s+)?words)?", who):
        # "according to him", "in her words": the pronoun's person
        return Who(pronoun=True, gender="m" if obj.group(1) == "him" else "f")
    if re.fullmatch(rf"[{UP}][a-z]{{2,}}", who) and _norm(who) in ROLE_NOUNS | TITLE_WORDS:
        return Who(who, known_only=True)  # "Imam said" after "Baba Imam": a surname, if known
    hon = _HONORIFIC_SURNAME.fullmatch(who)
    if hon and _norm(hon.group(1)) in _SURNAME_TITLES:  # not "Mr President", an address
        return Who(hon.group(1))  # "Ms King", "Dr Bishop": a surname, though also a title
    low = who.lower()
    last = low.split()[-1] if low.split() else ""
    if low == "they":  # '“…,” they said' after "The Medical Association … stuck to …"
        return Who(pronoun=True, org=True, plural=True)
    if last in PRONOUNS and (
        len(low.split()) == 1 or low.split()[-2] in STOP or low.split()[-2].endswith(",")
    ):
        # "it said": a body, never a person
        return Who(pronoun=True, org=last == "it", gender=PRONOUN_GENDER.get(last))
    # "X Y addressing the media on Monday, July 25, said": the participle's phrase, with
    # no comma before it, runs to the verb and names no speaker
    # ("While speaking to the press, X said", "Also speaking, X said": no name before it)
    for phrase in re.finditer(rf"([{UP}][\w’'.-]*)[ \t]+(?:{_PARTICIPLES})\b[^“”\"]*\Z", who):
        if phrase.group(1).lower() not in STOP and not _title_head(phrase.group(1)):
            who = who[: phrase.end(1)]
        break
    # "… Relations (ISPR)", a share's ticker "Air Solvia (AS.TO)", "(NYSE: SLV)"
    who = re.sub(r"\s*\((?:[A-Z]{2,8}:\s*)?[A-Z][A-Za-z.]{1,9}\)\s*\Z", "", who)
    who = re.sub(r"\s*\([^()]{1,40}\)", "", who)  # "Lina Holt (Solvik Party)"
    who = re.sub(r"\s+[—–]\s+([^—–,]{2,80}?)\s+[—–]\s*", r", \1, ", who)  # "X — the boss — said"
    who = re.sub(r"\s+[—–]\s+([^—–,]{2,80}?)\s*\Z", r", \1", who).strip(" ,")
    parts = [
        p.strip()
        for i, p in enumerate(who.split(","))
        if not re.fullmatch(r"\s*\d{1,3}\s*", p)
        and not (i and _ADVERBIAL.match(p.strip()))
        and not (i and re.fullmatch(r"\s*[DRI]-[A-Z][A-Za-z.]{1,8}\s*", p))  # "X, D-Wash.,"
    ]  # "X, speaking to the BBC, said": the participle's object is not the speaker
    if not parts:
        return None
    if len(parts) >= 2 and re.match(rf"(?:{_PARTICIPLES})\b", parts[0], re.I):
        parts = parts[1:]  # "Speaking to the BBC, the minister": the BBC only listened
    merged = parts[:1]  # "Minister of Health, Welfare and Sports": one office, its commas
    for i, part in enumerate(parts[1:], 1):  # aside
        words = [w for w in part.split() if w not in ("and", "&")]
        if words and all(w[:1].isupper() and _norm(w) in OFFICE_LEADS for w in words):
            merged[-1] = f"{merged[-1]}, {part}"
        elif words and _PORTFOLIO_OPEN.search(merged[-1]) and _ends_list(parts, i):
            merged[-1] = f"{merged[-1]}, {part}"  # "Minister for Labour, Employment and Skills"
        else:
            merged.append(part)
    parts = merged
    for i, part in enumerate(parts[1:], 1):  # "Wilk, who sits on the committee,"
        if re.match(r"(?:who|whose|which)\b", part, re.I):
            parts = parts[:i]
            break
        # "the Liberal MP who represents …": the appositive ends at its relative clause
        parts[i] = re.split(r"\s+(?:who|whose|which)\s", part, maxsplit=1)[0]
    if (
        (
            len(parts) >= 4
            or (  # "X, partner and chair of data, privacy and cybersecurity for Y": one office
                len(parts) == 3
                and parts[1][:1].islower()
                and not re.match(r"(?:a|an|the)\s", parts[1])  # "X, a nurse on duty, sitting …"
                and not re.match(r"(?!managing\b)[a-z]+ing\b", parts[2])  # "…, sitting in the hall"
            )
        )
        and (first := _trailing_name(parts[0]))
        and first.name
        and not first.org
        and len(first.name.split()) >= 2
        and (_title_head(parts[1].split()[0]) or is_role(parts[1]) or _cap_role(parts[1]))
    ):  # "Rina Ray, Secretary, Department of School Education, MHRD, said": the person first
        first.role = join_role(first.role, ", ".join(parts[1:]))
        return first
    if len(parts) >= 2 and re.fullmatch(r"[A-Z]{2,5}", parts[-1]):
        head = _trailing_name(parts[-2])  # "Jane Otieno, CJ, said": an office's letters
        if head and head.name and len(head.name.split()) >= 2 and not head.org:
            head.role = join_role(head.role, parts[-1])
            return head
    if len(parts) >= 3 and re.search(r"\bby\b[^,]*\Z", parts[-3]) and is_role(parts[-1]):
        # "In a statement by his adviser, X Y, the governor said": X Y only signed it
        return _title_phrase(parts[-1])
    if (
        len(parts) >= 3
        and (
            _org(parts[-1])
            or CAP_RUN.fullmatch(parts[-1])  # "…, Solvia Telecom said"
            or (  # "Ana Lind, Director, Office of Labour Statistics, said"
                (body_of := _BODY_OF.fullmatch(parts[-1]))
                and _norm(body_of.group("head")) in ORG_WORDS
            )
        )
        and parts[-2].split()
        and (is_role(parts[-2]) or _title_head(parts[-2].split()[0]) or _cap_role(parts[-2]))
    ):  # "Ana Lind, President, Harbour Workers Association told": Lind, its president
        head = _trailing_name(parts[-3])
        if head and head.name and not head.org and len(head.name.split()) >= 2:
            head.role = join_role(head.role, f"{parts[-2]}, {parts[-1]}")
            return head
    if len(parts) >= 2 and re.match(
        r"(?:of|from|at|with)\s+(?:the\s+)?[{UP}]".replace("{UP}", UP), parts[-1]
    ):
        head = _trailing_name(parts[-2])  # "Jim Porter, of the Fish Producers Group, said"
        if head and head.name and not head.org and len(head.name.split()) >= 2:
            head.role = join_role(head.role, parts[-1])
            return head
    # NAME, ROLE  → name from the first part, role from the others ("Justin Mc, NASUWT
    # National Official Northern Ireland": a title inside a capitalised office)
    if len(parts) >= 2 and (
        is_role(parts[-1])
        or _cap_role(parts[-1])
        or _title_first(parts[-1])
        or _office_inside(parts[-1])
        or ((a_person := _A_PERSON.fullmatch(parts[-1])) and person_word(a_person[1]))
    ):
        head = _trailing_name(parts[-2])
        tail = re.split(r"\s(?:--|—|–)\s|\)\s", parts[-2])[-1]  # after a dateline
        lead = len(tail.split()) - len((head.name or "").split()) if head else 0
        if head and (lead > 3 or len(head.name or "") < 3):
            head = None  # "In a post on the platform X, the minister": X is no name
        if head:
            head.role = join_role(head.role, _strip_article(parts[-1]))
            return head
    # ROLE, NAME
    if len(parts) >= 2 and is_role(parts[-2]):
        m = CAP_RUN.fullmatch(parts[-1])
        if m:
            prefix, name = split_name(parts[-1])
            if _name_ok(name):
                return Who(name, join_role(_strip_article(parts[-2]), prefix))
    if (
        len(parts) >= 2
        and (org_head := CAP_RUN.fullmatch(parts[-2]))
        and re.fullmatch(r"(?:the|a|an)\s[^,]*\b[a-z]+", parts[-1])
        and _norm(parts[-1].split()[-1]) in ORG_WORDS
    ):  # "IG Metall, the country’s biggest union, said": a body, named by its appositive
        return Who(org_head.group(), org=True)
    placed = _BODY_IN_PLACE.fullmatch(parts[-1])
    after_place = parts[-1][placed.end(1) :].split() if placed else []
    if (
        placed
        and any(_norm(t) in ORG_WORDS for t in placed.group(1).split())
        and not (  # "President of X Federation in Nepal Khom Prasad Ghimire": a name after
            4 <= len(after_place) <= 5 and all(t[:1].isupper() for t in after_place[1:])
        )
    ):
        parts[-1] = placed.group(1)  # "the Harbour Court in eastern Kenya": the court
    last_part = parts[-1] if len(parts) == 1 else ""  # not an appositive ("X, a minister of Y")
    nobody = _SOMEONE_AT.fullmatch(last_part)
    if nobody and (nobody.group("noun") not in _SPEAKS_FOR or nobody.group("noun") != "statement"):
        return None  # "a passenger on the Mewar Express", "a witness in the trial against X"
    body_of = _BODY_OF.fullmatch(parts[-1])
    if body_of and _norm(body_of.group("head")) in ORG_WORDS:
        tail = body_of.group("name").split()
        k = len(body_of.group("lead").split()) + 1  # the words up to the head
        person_after_title = any(
            (_is_title_word(t) or (t[:1].isupper() and _norm(t) in ROLE_NOUNS))
            and len(tail) - i > 2
            and all(w[:1].isupper() and _norm(w) not in ORG_WORDS for w in tail[i + 1 :])
            for i, t in enumerate(tail[k:], k)
        )
        if not person_after_title:  # "the Department of Health", "Bank of Solvia"
            return Who(" ".join(tail), org=True)
    office = _HEAD_OF.fullmatch(last_part)
    if office and office.group("title").lower() not in _SPEAKS_FOR:
        # "the Chairman of the Harbour Authority": its chairman, not the authority
        return Who(title=[office.group("title").lower()], qualified=True)
    if len(parts) >= 2 and (named := name_then_office(parts[-2], parts[-1])):
        return named  # "Mrs Ana Lind, Manager Tarn Air Holidays,": she speaks, that is her post
    person_of = _name_of_body(parts[-1])  # "Ana Lind of the Harbour Trust": Lind speaks
    found = (
        person_of
        or _trailing_name(parts[-1])
        or _title_phrase(parts[-1])
        or _possessive_title(parts[-1])
        or _bare_title(parts[-1])
        or _lower_org(parts[-1])
        or _name_of_body(parts[-1])
    )
    # the name before lower-case appositives: "X, a 34-year-old mother, sitting in the dark
    # with her children, told AFP", "X, a crane driver from Y, said" (one "a/an" appositive
    # is enough: it describes a person)
    first_cap = len(parts) - 1
    while first_cap > 0 and parts[first_cap][:1].islower():
        first_cap -= 1
    if found is None and first_cap < len(parts) - 1:
        head_run = CAP_RUN.fullmatch(parts[first_cap])
        prefix, name = split_name(parts[first_cap]) if head_run else (None, "")
        tokens = name.split()
        if (
            head_run
            and 2 <= len(tokens) <= 4
            and _name_ok(name)
            and tokens[0].lower() not in STOP | PLACES
            and _norm(tokens[-1]) not in ORG_WORDS | NOT_PERSON_LAST
            and (
                len(parts) - first_cap >= 3
                or re.match(r"(?:a|an|one\s+of)\s", parts[first_cap + 1])
            )  # "X, one of those who escaped, said"
        ):
            role = _strip_article(parts[first_cap + 1]) if is_role(parts[first_cap + 1]) else None
            return Who(name, join_role(prefix, role))
    if found is None and (trail := _TRAILING_PHRASE.fullmatch(parts[-1])):
        # "Chief Minister X in a tweet", "X on Monday": the phrase after the name
        inner = parse_subject(", ".join([*parts[:-1], trail.group(1)]))
        if inner is not None and inner.name and not inner.org:
            return inner
    return found


# an unnamed voice of a body: "a department spokesman", "an IMD official", "a spokesperson
# for the department", "an official of the Harbour Workers Association"
VOICES = r"(?:spokes(?:man|woman|person)|officials?|representative)"
_VOICE_AFTER = re.compile(
    rf"(?:(?P<article>[Aa]n?|[Tt]he)\s+)?(?P<body>{BODY_RUN}|[a-z]+(?:[’']s)?)\s+{VOICES}"
)
_VOICE_OF = re.compile(
    rf"(?:[Aa]n?|[Tt]he)\s+{VOICES}\s+(?:for|of|from|at|with)\s+(?:the\s+)?"
    rf"(?P<body>{BODY_RUN}|[a-z]+)"
)
_NAME_THE_ROLE = re.compile(
    rf"(?P<name>{CAP_RUN.pattern})\s+(?P<role>the\s+[a-z][\w\s’'-]{{2,60}})"
)
# letters of a country, not of a body: "a US official" names no body
_COUNTRY_LETTERS = frozenset("US UK USA UAE DRC PRC ROK DPRK KSA".split())


def _body_voice(who: str) -> Who | None:
    """ "the Election Commission officials", "an IMD official", "a department spokesman",
    "a spokesperson for the department": an unnamed voice speaks for a body the article
    names, so the body (a kind in lower case only names the one body of that kind the
    article named before: ``known_only``; "the army spokesman" is a title, maybe of someone
    named before). See ``quotes._spokesperson`` for the voice after the verb."""
    m = _VOICE_AFTER.fullmatch(who) or _VOICE_OF.fullmatch(who)
    if m is None:
        return None
    owned = re.search(r"[’']s\Z", m.group("body"))
    body = re.sub(r"[’']s\Z", "", " ".join(m.group("body").split()))
    words = body.split()
    if m.re is _VOICE_AFTER and not m.group("article"):
        # "GAZT spokesperson told", "RailState officials said": a body's own name, no article
        if body.islower() or len(words) > 1 and not (set(map(_norm, words)) & ORG_WORDS):
            return None
        if len(words) == 1 and (_norm(body) in ORG_WORDS | PLACES | STOP or body in COUNTRIES):
            return None  # "Ministry spokesman", "Kenya spokesman": no body's own name
        if not not_a_body(body):
            return Who(body, org=True)
        return None
    if body.islower():
        definite = re.match(r"[Tt]he\s", who) and m.re is _VOICE_AFTER
        if len(words) == 1 and _norm(body) in ORG_WORDS and (owned or not definite):
            return Who(body, org=True, known_only=True)  # "the department": the one named
        return None
    if (
        any(_norm(w) in ORG_WORDS for w in words) or re.fullmatch(r"[A-Z]{2,6}", words[-1])
    ) and not not_a_body(body):
        return Who(body, org=True)
    return None


def not_a_body(name: str) -> bool:
    """Whether the capitalised words before or after an unnamed voice ("a US official", "a
    Chinese official", "the Kenya spokesman", "a Minister spokesman") name a country, a
    people or a title rather than a body it could speak for."""
    words = name.split()
    if len(words) >= 2 and _norm(words[-1]) in ORG_WORDS and not _title_head(words[-1]):
        return False  # "the American Trucking Association": a place's word opens its name
    return (
        not words
        or name in _COUNTRY_LETTERS
        or _norm(words[0]) in PLACES
        or (len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+(?:ese|ian|ean|ish)", name) is not None)
        or _title_head(words[-1])
    )


# someone the text does not name, placed by a preposition: "a passenger on the X", "a
# prosecution witness in the trial against X"; the name after it is not the speaker
_SOMEONE_AT = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z][\w-]*)\s+"
    r"(?:on|in|of|at|from|against|aboard|near|outside|inside|with|for)\s+[^,;]*"
)
# "the Chairman of the Harbour Authority", "its director at the X": the holder of an office
_HEAD_OF = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<title>Chairman|Chairwoman|Chairperson|Chair|Director|"
    r"Director-General|Director General|President|Chief Executive|Governor|Secretary-General|"
    r"Secretary General|Head|Commissioner|Managing Director|chairman|chairwoman|chairperson|"
    r"director|director-general|president|chief executive|governor|secretary-general|head|"
    r"commissioner|managing director)\s+(?:of|at)\s+(?:the\s+)?"
    rf"[{UP}][\w’'&.-]*(?:\s+(?:of|for|and|&)?\s*[{UP}][\w’'&.-]*)*"
)
# "the Department of Health", "Lakeland Department of Roads and Bridges": a body's name
# with "of"/"for" in it
_BODY_OF = re.compile(
    rf"(?:[Tt]he\s+)?(?P<name>(?P<lead>(?:[{UP}][\w’'&.-]*\s+){{0,3}})(?P<head>[{UP}][\w-]*)"
    rf"\s+(?:of|for)\s+(?:the\s+)?[{UP}][\w’'&.-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*"
    rf"[{UP}][\w’'&.-]*){{0,6}})"
)
# people who speak for a body: "a spokesman for the X" is the X's word (read elsewhere)
_SPEAKS_FOR = frozenset(
    "spokesman spokeswoman spokesperson representative official officials source sources "
    "statement spokespeople".split()
)


# a name, then its appositive with the commas left out: "Surinder Singh a participant in …"
_NAME_A_ROLE = re.compile(
    rf"((?:[{UP}][\w’'.-]*\s+){{1,3}}[{UP}][\w’'.-]*)\s+((?:a|an)\s+[a-z][^,;:“”\"]{{2,80}})"
)
_FRAME_OF = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|note|communiqu[eé]|"
    r"notice|circular|advisory)\s+(?:from|by|of|issued\s+by)\s+(.{2,100})"
)
_SIGNED_BY = re.compile(r"\b(?:signed|written|sent|issued)\s+by\s+([^,;]{2,80})")
_TRAILING_PHRASE = re.compile(
    r"(.+?)\s+(?:in|on|at|during|via|through|from)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"[^,]{1,40}"
)


def name_then_office(name_part: str, office: str) -> Who | None:
    """A person's name, then in commas a title and the capitalised body it is held at
    ("Mrs Ana Lind, Manager Tarn Air Holidays"): the person, with the title and body as the
    role; None for anything else."""
    tokens = office.split()
    if (
        len(tokens) < 2
        or not (_is_title_word(tokens[0]) or _norm(tokens[0]) in ROLE_NOUNS)
        or not all(t[:1].isupper() for t in tokens[1:])
        or not CAP_RUN.fullmatch(name_part)
    ):
        return None
    prefix, name = split_name(name_part)
    if not (_name_ok(name) and 2 <= len(name.split()) <= 4 and not is_role(name)):
        return None
    if any(_is_title_word(t) for t in name.split()):
        return None
    return Who(name, join_role(prefix, office))


def _name_of_body(text: str) -> Who | None:
    """ "Tomas Rydell of the dockers' union", "Ana Ruiz from Oxfam": the person before
    "of/from/at"; never an office ("Director of Public Health …") or a body ("Bank of …")."""
    m = re.fullmatch(rf"({CAP_RUN.pattern})\s+(?:of|from|at|with)\s+\S.*", text, re.S)
    if not m:
        return None
    prefix, name = split_name(m.group(1))
    tokens = name.split()
    if (
        2 <= len(tokens) <= 4
        and _name_ok(name)
        and tokens[0].lower() not in STOP | PLACES
        and _norm(tokens[-1]) not in ORG_WORDS | NOT_PERSON_LAST
        and not _title_head(tokens[-1])
        and all(re.fullmatch(rf"[{UP}][\w’'-]*\.?", t) for t in tokens)
    ):
        return Who(name, prefix)
    return None


def _lower_org(text: str) -> Who | None:
    """ "the farmers' cooperative", "the health ministry": a body named in lower case."""
    m = re.fullmatch(r"(?:the\s+)?((?:[\w’'-]+\s+){0,3}([a-z]+))", text.strip(), re.I)
    if m and _norm(m.group(2)) in ORG_WORDS and not m.group(1)[:1].isupper():
        named = [w for w in m.group(1).split() if w[:1].isupper()]
        if len(named) == 1 and _acronym(named[0]):
            return Who(named[0], org=True)  # "the official IRNA news agency": IRNA
        return Who(m.group(1), org=True)
    return None


def _trailing_name(text: str) -> Who | None:
    runs = list(CAP_RUN.finditer(text))
    if not runs or runs[-1].end() != len(text):
        return None
    run = runs[-1]
    tokens = run.group().split()
    if (
        re.search(r"\b(?:to|of|at|for|in)\s+the\s*\Z", text[: run.start()])
        and len(tokens) >= 3
        and re.fullmatch(r"[A-Z]{2,6}", tokens[0])
        and _name_ok(" ".join(tokens[1:]))
        and _norm(tokens[-1]) not in ORG_WORDS
    ):  # "Ambassador to the UN Ana Lind": the body's letters end the title, she speaks
        return Who(" ".join(tokens[1:]))
    org = _org(run.group())
    if org:
        return Who(org, org=True)
    prefix, name = split_name(run.group())
    if not prefix and _plural_noun(name):
        return None  # "Critics called the plan …", "Residents said": no one named
    before = text[: run.start()]
    if (
        len(tokens) == 2
        and tokens[0].lower().strip(".") in ("mr", "mrs", "miss", "ms", "mx")
        and re.fullmatch(rf"[{UP}][a-z’'-]+", name)
        and name.lower() not in STOP
        and not _title_head(name)
    ):  # "Miss Senior said": a surname, whatever else the word may mean
        return Who(name)
    office = _office_of(before, run.group()) or _office_of(before, name)
    if office:  # "Minister for Mining and | Industry Ana Lind": the run holds the office's end
        return Who(office[1], office[0])
    placed = re.search(r"((?:\S+\s+){0,8}\S+)\s+(?:in|at)\s+\Z", before)
    if (
        placed
        and not prefix
        and 3 <= len(tokens) <= 4
        and any(_title_head(w) for w in placed.group(1).split())
        and _name_ok(" ".join(tokens[1:]))
        and _norm(tokens[0]) not in ORG_WORDS | NOT_PERSON_LAST
        and not {_norm(t) for t in tokens[1:]} & (ORG_WORDS | NOT_PERSON_LAST | PLACES)
    ):  # "IOM spokesman in | Rome Federico Soda", "President of … Entrepreneurs in | Nepal
        # Khom Prasad Ghimire": where the office is, then the name
        role = " ".join(f"{before.strip()} {tokens[0]}".split()[-10:])
        return Who(" ".join(tokens[1:]), role)
    if not _name_ok(name) or (
        re.search(r"\b(?:of|in|at|from|near|for|and|to|with)\s+\Z", before) and not prefix
    ):  # "of Chicago", "in Thiruvananthapuram", "and Farmers' Welfare"; "X, confirmed in a
        return None  # conversation with Vanguard, said": Vanguard heard it
    last = name.split()[-1]
    first = name.split()[0]
    surname = (  # "Stephen King", "Ben Major", "Tom Bishop": a name, not a title
        len(name.split()) == 2
        and last.lower() in _SURNAME_TITLES
        and not (_acronym(first) or _is_title_word(first) or _title_head(first))
        and _norm(first) not in ORG_WORDS | PLACES | STOP
    )
    if (
        (_title_head(last) or _norm(last) in ROLE_NOUNS)
        and last.lower() not in ABBREV_TITLES
        and not surname
    ):
        # "Isro Chairman", "Research Organisation Chairman": a title ("Ila Sen" is not)
        words = [_norm(w) for w in name.split()]
        return Who(title=words)
    owned = re.fullmatch(rf"([{UP}][\w&.-]*)[’']s\s+({CAP_RUN.pattern})", run.group())
    if (
        owned
        and _norm(owned.group(1)) in ORG_WORDS
        and 2 <= len(owned.group(2).split()) <= 3
        and not any(
            _norm(t) in ORG_WORDS | NOT_PERSON_LAST | PLACES for t in owned.group(2).split()
        )
        and _name_ok(owned.group(2))
    ):  # "the Association's Martin Exel": the body's man, not the body
        return Who(owned.group(2))
    if re.search(r"\b(?:the|a)\s*\Z", before, re.I) and not prefix:
        # "the Defense Ministry", "the Inter Services Public Relations": a body speaking
        is_org = _norm(name.split()[-1]) in ORG_WORDS or len(name.split()) >= 1
        return Who(name, org=True) if is_org else None
    if _norm(name.split()[-1]) in ORG_WORDS:
        return Who(name, org=True)
    lower_role = _lower_role_before(before)
    return Who(name, join_role(lower_role, prefix) if lower_role else prefix)


# titles that are also common surnames
_SURNAME_TITLES = frozenset(
    "king bishop major judge prince marshal chancellor pope dean warden sheriff knight "
    "earl duke baron priest cardinal constable provost chief".split()
)


def _plural_noun(word: str) -> bool:
    """ "Critics", "Residents", "Officials": a plural of a word for people, not a name."""
    w = word.lower()
    if " " in w or not w.endswith("s"):
        return False
    stems = {w[:-1], w[:-2], w[:-3] + "y" if w.endswith("ies") else w[:-1]}
    return bool(stems & (ROLE_NOUNS | PEOPLE_NOUNS)) or w in PEOPLE_NOUNS


def _office_of(before: str, run: str) -> tuple[str, str] | None:
    """ "Director of | Public Health Denise Burley" → ("Director of Public Health",
    "Denise Burley"): after "TITLE of", a run of three or more words is the office's name
    followed by the person's (two words)."""
    m = re.search(
        rf"((?:[{UP}][\w’'.-]*\s+(?:of\s+(?:the\s+)?)?){{0,4}}([{UP}][\w’'.-]*))\s+"
        rf"((?:of|for)(?:\s+the)?)\s+((?:[{UP}][\w’'.-]*,?\s+){{1,3}}(?:and|&)\s+)?\Z",
        before,
    )  # "Minister for | Schools Vera Lomani", "Minister for Water and | Sanitation X Y",
    # "Minister of the | Interior Ana Lind" too
    tokens = run.split()
    if (
        m
        and len(tokens) == 2
        and not m.group(4)
        and _norm(tokens[0]) in PORTFOLIOS
        and any(_title_head(w) for w in m.group(1).split())
        and re.fullmatch(rf"[{UP}][a-zà-ÿ’'-]{{2,}}", tokens[1])
        and _norm(tokens[1]) not in ORG_WORDS | NOT_PERSON_LAST | OFFICE_LEADS | PLACES
        and not _title_head(tokens[1])
    ):  # "Minister of | Health Sujudi": a portfolio, then a person of one name
        return f"{m.group(1)} {m.group(3)} {tokens[0]}", tokens[1]
    if not m or len(tokens) < 3 or not any(_title_head(w) for w in m.group(1).split()):
        return None  # "President of the Presidency of | Defense Industry Haluk Gorgun" passes
    # the office's name ends at its last office word ("Natural | Resources Shahid Khaqan
    # Abbasi": three words of name); otherwise the person's name is the last two words
    ends = [i for i, t in enumerate(tokens[:-1]) if _norm(t) in OFFICE_LEADS | ORG_WORDS]
    cut = ends[-1] + 1 if ends and len(tokens) - ends[-1] - 1 <= 4 else len(tokens) - 2
    name = " ".join(tokens[cut:])
    if (
        not _name_ok(name)
        or len(name.split()) < 2  # "… of the Ghana Airports Company | Limited": no one
        or _norm(tokens[-1]) in ORG_WORDS | NOT_PERSON_LAST
    ):
        return None
    return f"{m.group(1)} {m.group(3)} {m.group(4) or ''}{' '.join(tokens[:cut])}", name


def _org(run: str) -> str | None:
    """ "the Defense Ministry", "U.S. Forces Korea": a body speaking, named in full."""
    tokens = _without_lead_words(run.split())
    if _PAPER_DAY.fullmatch(" ".join(tokens)):
        return " ".join(tokens)  # "The Sunday Herald"
    if tokens and _norm(tokens[-1]) in ORG_WORDS and len(tokens) <= 6:
        return " ".join(tokens)
    return None


def _title_first(text: str) -> bool:
    """ "CEO of Solvik Ports", "Minister of Ports": an appositive opening with a title."""
    words = text.split()
    if not 2 <= len(words) <= 20 or not words[0][:1].isupper():
        return False
    # "Minister of Ports", "Dutch Deputy Minister of Health, Welfare and Sports"; "Chief
    # Executive of UKHSA" (a title's word after a title's head); "Founder and CEO of X",
    # "President and Chief Executive Officer of X" (two titles joined); "Senior Lecturer
    # in Economics at X"
    return any(
        words[k + 1] in ("of", "for", "at", "in")
        and (
            _title_head(words[k])
            or (_is_title_word(words[k]) and any(_title_head(w) for w in words[:k]))
        )
        and all(
            w[:1].isupper() or (0 < i < k and w in ("and", "&")) for i, w in enumerate(words[:k])
        )
        and (k < 3 or "and" in words[:k] or "&" in words[:k])
        for k in range(min(6, len(words) - 1))
    )


def _office_inside(text: str) -> bool:
    """ "NASUWT National Official Northern Ireland": capitalised words with a title among
    them and a body's letters first, an office and where it is held."""
    words = text.split()
    return (
        2 <= len(words) <= 8
        and re.fullmatch(r"[A-Z]{2,8}", words[0]) is not None
        and all(w[:1].isupper() for w in words)
        and any(_title_head(w) for w in words[1:-1])
    )


def _cap_role(text: str) -> bool:
    """ "Isro Chairman", "Defence Minister", "Chief Executive Officer and Managing Director":
    a short capitalised phrase ending in a title (two titles joined by "and" too)."""
    words = text.split()
    caps = [w for w in words if w not in ("and", "&")]
    return (
        1 <= len(caps) <= 6
        and len(words) - len(caps) <= 1
        and words[0] not in ("and", "&")
        and all(w[:1].isupper() for w in caps)
        and _title_head(words[-1])
    )


_PARTICIPLES = (
    "speaking|addressing|responding|reacting|commenting|talking|briefing|testifying|"
    "appearing|writing|confirming|explaining|announcing|describing"
)
_ADVERBIAL = re.compile(
    r"(?:just\s+back|back|fresh|returning)\s+from\b|"  # "X, just back from Guinea, said"
    r"(?:speaking|addressing|writing|responding|reacting|commenting|talking|asked|quoted|"
    r"interviewed|briefing|testifying|appearing|posting|in|on|at|during|after|before|via|"
    r"tabling|presenting|opening|launching|unveiling|inaugurating|delivering|introducing|"
    r"welcoming|attending|touring|chairing|releasing|"  # "X, tabling the bill in the Senate"
    r"through|when|while|however|meanwhile|though|too|also|nonetheless|nevertheless|moreover|"
    r"furthermore|instead|separately|later|earlier|for\s+(?:his|her|its|their)\s+part|"
    r"(?:[a-z]+ed|led|run|held|won|made)\s+by)\b"
)  # "X, in a post on X, said", "X, however, said": a phrase that names no speaker


def _bare_title(text: str) -> Who | None:
    """ "federal minister", "finance minister" (a title with its article left out, as some
    outlets write it) → the words of the title."""
    m = re.fullmatch(r"((?:[a-z][\w-]*\s+){0,2}([a-z]+))", text.strip())
    if m and m.group(1).split()[0] in _INDEFINITE:
        return None  # "one trader said", "another resident said": someone not named
    if m and _norm(m.group(2)) in ROLE_NOUNS and not any(w in STOP for w in m.group(1).split()):
        return Who(title=[_norm(w) for w in m.group(1).split()])
    return None


_INDEFINITE = frozenset(
    "a an one another some several many two three four five other each every any".split()
)


def _possessive_title(text: str) -> Who | None:
    """ "Solvik’s mayor", "the town’s mayor" → the words of the title."""
    m = re.fullmatch(r"(?:the\s+)?[\w-]+[’']s\s+((?:[a-z][\w-]*\s+){0,3}([a-z-]+))", text.strip())
    if m and _norm(m.group(2)) in ROLE_NOUNS:
        return Who(title=[_norm(w) for w in m.group(1).split()])
    return None


def _title_phrase(text: str) -> Who | None:
    """ "the North Korean leader", "the secretary-general" → the words of the title."""
    m = re.search(r"\b(?:[Tt]he)\s+((?:[\w’'.-]+\s+){0,4}?([A-Za-z-]+))\s*\Z", text)
    if m and any(
        _norm(w) in ROLE_NOUNS
        or _norm(w) in _SHORT_TITLES
        or (w.isupper() and w.lower() in TITLE_ABBREVS)  # "the DC": the article spells it out
        for w in m.group(2).split("-")
    ):
        return Who(title=[_norm(w) for w in m.group(1).replace("-", " ").split()])
    # "the Union Minister of State for Agriculture and …": the words up to the title's head
    m = re.search(r"\b[Tt]he\s+((?:[\w’'-]+\s+){0,3}?([\w-]+))\s+(?:of|for)\s+[^,;]*\Z", text)
    if m and _norm(m.group(2)) in ROLE_NOUNS:
        return Who(title=[_norm(w) for w in m.group(1).split()], qualified=True)
    return None


# words that may open a title after a name ("Managing Director", "Acting Chief Executive")
_TITLE_LEADS = frozenset("managing acting assistant associate senior principal permanent".split())


# an office's letters, which stand for a person ("said the PM"), not a body
SHORT_TITLE_LETTERS = re.compile(r"PM|CM|DC|SP|DG|IG|CEO|CFO|MD|MP|MLA|CJI|VC|PS|CS|GM|ED")


# reporting verbs that say someone spoke
_SAY = (
    r"(?:said|says|told|tells|stated|states|added|adds|noted|notes|explained|wrote|writes|"
    r"warned|warns|argued|insisted|declared|announced|claimed|stressed|tweeted|informed|"
    r"cautioned|urged|testified|confirmed|disclosed|revealed|recalled|remarked|observed|"
    r"pointed out|points out|highlighted|underlined|underscored|mentioned|alleged|explains|"
    r"emphasi[sz]ed|reiterated|asserted|acknowledged|admitted|argues|insists|laments|"
    r"recounted|concluded|predicted|lamented|complained|conceded|replied|responded|"
    r"asked|clarified|assured|affirmed|elaborated|contended|quipped|joked|wrote on|"
    r"confessed|bemoaned|whispered|muttered|yelled|interjected|objected|protested|"
    r"disagreed|read out)"
)  # the speech verbs of quotes.VERB (not "called", "ordered", "read" …: no speaking)
