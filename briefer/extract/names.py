"""The written form of a speaker's name, settled once every quote has its speaker.

The rules that find a speaker read one sentence at a time, and a sentence often wraps the
name in words that are not part of it. This pass looks at the finished name and at the
whole article, and writes the name the way an analyst would cite it:

- without an owner in front ("UNHCR's Fleming" is Fleming; the fuller form is found later);
- without honorifics of any country ("Tan Sri", "Datuk Seri", "Alhaji", "Chief");
- without a describing word that opened the sentence ("Off-spinner Ana Lind", "Security
  Ana Lind" after "Minister of Agriculture and Food"): a word the article also uses in
  lower case, or one hyphenated with a lower-case part, when a name of two words is left;
- a body written by its initials, as the article spells it out once
  ("Inter Services Public Relations (ISPR)" makes "ISPR" the words).

Nothing here finds a speaker or changes who said what: only how the name is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from .nlp import PLACE_BEFORE, UP
from .subjects import (
    BODY_RUN,
    CAP_RUN,
    JOINED,
    PARTICLE,
    SEE_ALSO,
    SHORT_TITLE_LETTERS,
    _is_title_word,
    by_line,
)
from .words import (
    ABBREV_TITLES,
    COMPANY_ENDINGS,
    COMPANY_WORDS,
    HONORIFICS,
    LEAD_PREPOSITIONS,
    OFFICE_LEADS,
    ORG_WORDS,
    PEOPLE_NOUNS,
    ROLE_NOUNS,
    STOP,
    TITLE_ABBREVS,
    TITLE_WORDS,
    WEEKDAYS,
)

# honorifics of more than one word, longest first (Malaysia's federal and state titles)
_HONORIFIC_RUNS = (
    ("datuk", "seri", "panglima"),
    ("tan", "sri"),
    ("puan", "sri"),
    ("toh", "puan"),
    ("datuk", "seri"),
    ("dato", "seri"),
    ("dato", "sri"),
    ("datuk", "patinggi"),
    ("datin", "paduka"),
    ("datin", "seri"),
    ("junior", "grade"),  # the rest of a rank: "Lieutenant Junior Grade Ana Lind"
    ("yang", "berhormat"),
    ("yang", "amat", "berhormat"),
    ("his", "royal", "highness"),
    ("her", "royal", "highness"),
    ("his", "highness"),
    ("her", "highness"),
    ("his", "excellency"),
    ("her", "excellency"),
    ("his", "majesty"),
    ("her", "majesty"),
)
# honorifics of one word, on top of words.HONORIFICS (which the sentence rules strip too)
_HONORIFIC_WORDS = frozenset(
    "datuk dato datin tun yb yab haji hajah hajjah chief pastor reverend rev evangelist "
    "apostle prophet oba obi igwe kumari shreemati sushri janab begum honourable "
    "honorable".split()
)
# first names that are English words: never taken for a describing word
_WORD_NAMES = frozenset(
    """
mark will bill frank grace hope joy faith rose victor sunny rich gift precious patience
mercy blessing favour favor godwin goodluck comfort charity prudence constance honour
honor justice sterling earnest ernest chance chase dawn april may june summer autumn
holly ivy lily daisy violet amber pearl ruby crystal jewel melody harmony carol skip
buck dean drew gene guy jack jay kent lance miles neil pat ray rob roy sandy wade
""".split()
)
# offices written by their letters before a name, beyond words.TITLE_ABBREVS
_OFFICE_LETTERS = frozenset("ps cs cji pm dpp ag gm coo cns cas igp sg ps.".split())
# words that open sentences and are never part of a name ("My Lind said", a slip for "Mr";
# "Some Grab drivers said": not a longer form of "Grab"); a weekday may be ("Sunday Okoro")
_EVERYDAY = (STOP - WEEKDAYS) | LEAD_PREPOSITIONS | {"my", "your"}
_TOKEN_WORD = re.compile(r"[\w’'.-]+")


def _bare(token: str) -> str:
    return token.lower().replace("’", "'").rstrip(".").removesuffix("'")


def _honorific_len(tokens: list[str]) -> int:
    """How many of ``tokens``' first words are an honorific ("Tan Sri", "Datuk", "Alhaji")."""
    low = [_bare(t) for t in tokens]
    for run in _HONORIFIC_RUNS:
        if tuple(low[: len(run)]) == run:
            return len(run)
    if low and (low[0] in _HONORIFIC_WORDS or low[0] in HONORIFICS):
        return 1
    return 0


def _engineer(tokens: list[str], body: str) -> int:
    """1 when ``tokens`` open with "Eng" or "Eng." as East African papers write an
    engineer's honorific ("Eng Ana Lind"), told from the surname Eng ("Eng Seng Chai") by
    the article also writing the last name outside this whole name ("Lind added", "Eng
    Ana Lind" for "Eng Lind")."""
    if _bare(tokens[0]) != "eng" or len(tokens) < 2:
        return 0
    whole = [(m.start(), m.end()) for m in re.finditer(re.escape(" ".join(tokens)), body)]
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(tokens[-1])}(?![\w’'-])", body):
        if not any(a <= m.start() < b for a, b in whole):
            return 1
    return 0


def _sheikh(tokens: list[str], body: str) -> int:
    """1 when ``tokens`` open with "Sheikh" as a Gulf ruler's honorific: the article writes
    the name after it on with "bin" or "bint" ("Sheikh Ana bin Said Al Lind"); "Sheikh
    Hasina", a name, stays."""
    if _bare(tokens[0]) not in ("sheikh", "sheikha", "shaikh", "shaikha", "sheik"):
        return 0
    if len(tokens) < 2:
        return 0
    lead = rf"{re.escape(tokens[0])}[ \t]+{re.escape(tokens[1])}[ \t]+(?:bin|bint|ibn)[ \t]"
    return 1 if re.search(lead, body) else 0


def _lower_in(word: str, body: str) -> bool:
    """Whether ``word`` is written in lower case somewhere in ``body`` ("security")."""
    low = word.lower()
    if low == word:
        return False
    return re.search(rf"(?<![\w’'-]){re.escape(low)}(?![\w’'-])", body) is not None


def _describing(token: str, body: str) -> bool:
    """A capitalised word in front of a name that describes the person, not names them."""
    word = _bare(token)
    if word in _WORD_NAMES:
        return False
    if "-" in token and any(p[:1].islower() for p in token.split("-")[1:]):
        return True  # "Off-spinner", "Ex-minister", "Co-founder"
    if word in TITLE_WORDS or word in OFFICE_LEADS or word in ROLE_NOUNS or word in PEOPLE_NOUNS:
        return True  # "Minister", "Onlooker Ana Lind"
    return _lower_in(token, body)


# words before a name that are no part of it and no initial: the Burmese "U" and "Daw" (Mr
# and Mrs), and a Roman numeral that ends a body's name ("PT Pelindo II R. J. Lino")
_NOT_A_NAME_LEAD = frozenset({"U", "Daw", "II", "III", "IV", "VI"})


def _person_like(tokens: list[str]) -> bool:
    return bool(tokens) and all(
        re.fullmatch(rf"[{UP}][\w’'.-]*|{PARTICLE}", t) or re.fullmatch(JOINED, t) for t in tokens
    )


def tidy_person(name: str, body: str) -> str:
    """``name`` without an owner, honorifics or describing words in front (see the module's
    text); ``name`` itself when what would be left is not a name."""
    tokens = name.split()
    last_title = max(
        (i for i, t in enumerate(tokens[:-2]) if _title_token(t) or _bare(t) in ROLE_NOUNS),
        default=-1,
    )  # "… DVC R and Provost Mike Brooks"
    if last_title >= 0 and _person_like(tokens[last_title + 1 :]):
        tokens = tokens[last_title + 1 :]  # "University of X Vice-Chancellor Ana Lind"
    owner = max((i for i, t in enumerate(tokens[:-1]) if re.search(r"[’']s\Z", t)), default=-1)
    whose = re.sub(r"[’']s\Z", "", tokens[owner]) if owner >= 0 else ""
    if (whose.isupper() or _bare(whose) in ORG_WORDS) and _person_like(tokens[owner + 1 :]):
        tokens = tokens[owner + 1 :]  # "UNHCR's Fleming", "NASA’s Ana Lind", not "Iran's X"
    if (
        len(tokens) >= 2
        and re.fullmatch(r"[A-Z]{4,8}", tokens[0])  # not initials: "SCL Gupta"
        and not _office_letters_any(tokens[0])
        and _person_like(tokens[1:])
        and not _norm_org(tokens[-1])
        and tokens[-1] not in COMPANY_WORDS  # "NTUC Enterprise": a body's whole name
    ):
        tokens = tokens[1:]  # "GAPKI Susanto": the body's letters, then its man's name
    if (
        len(tokens) >= 2
        and tokens[0].isupper()
        and tokens[0].replace(".", "").lower() in TITLE_ABBREVS | _OFFICE_LETTERS
        and _person_like(tokens[1:])
    ):
        tokens = tokens[1:]  # "PS Ana Lind", "CJI Ana Lind", "CS Magutu": an office's letters
    while len(tokens) > 1:
        k = _honorific_len(tokens) or _engineer(tokens, body) or _sheikh(tokens, body)
        if k and len(tokens) - k >= 1 and _person_like(tokens[k:]):
            tokens = tokens[k:]
            continue
        if len(tokens) >= 3 and _describing(tokens[0], body) and _person_like(tokens[1:]):
            tokens = tokens[1:]
            continue
        if (
            len(tokens) >= 3
            and re.fullmatch(r"[B-DF-HJ-NP-TV-Z][b-df-hj-np-tv-z]{2,}\.?", tokens[0])
            and _person_like(tokens[1:])
        ):  # "Clllr Ana Lind": a word with no vowel is an honorific, however typed
            tokens = tokens[1:]
            continue
        if len(tokens) >= 3 and tokens[0] in _NOT_A_NAME_LEAD and _person_like(tokens[1:]):
            tokens = tokens[1:]  # "U Kyaw Win", "PT Pelindo II R. J. Lino"
            continue
        if len(tokens) >= 3 and tokens[0] == "One" and _person_like(tokens[1:]):
            tokens = tokens[1:]  # "One Daniel Obage, who spoke to the paper,": a way to say "a"
            continue
        break
    return " ".join(tokens)


def _title_token(token: str) -> bool:
    """A title's word ("Minister", "Gen.", "Vice-Chancellor", "Commissioners")."""
    return _is_title_word(token) or (token.endswith("s") and _is_title_word(token[:-1]))


def _name_part(token: str) -> bool:
    """A word that may be part of a person's name: capitalised or an initial, and no
    title, office, honorific or body's initials."""
    word = _bare(token)
    if len(token) <= 2 and token.isupper():  # "Andrew RT Davies": initials, not "Rt Hon";
        return word not in TITLE_ABBREVS | _OFFICE_LETTERS | {"mp", "qc", "kc"}  # "X Y MP"
    return (
        token[:1].isupper()
        and word not in _EVERYDAY
        and not _title_token(token)
        and word not in OFFICE_LEADS
        and word not in HONORIFICS
        and word not in _HONORIFIC_WORDS
        and word not in ORG_WORDS
        and not (len(token) > 2 and token.isupper() and "." not in token)  # "UU" initials
        and not re.search(r"[’']s\Z", token)
    )


def company_form(name: str, body: str) -> str:
    """A one-word speaker the article also writes with a company's ending ("said Vodacom"
    after "South Africa’s Vodacom Group"): that one form; ``name`` itself otherwise."""
    if " " in name or not name[:1].isupper():
        return name
    forms = {
        " ".join(m.group().split())
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}[ \t]+{_COMPANY_END}(?![\w’'-])", body)
    }
    return forms.pop() if len(forms) == 1 else name


_COMPANY_END = f"(?:{'|'.join(sorted(COMPANY_ENDINGS))})"


def whole_name(name: str, body: str) -> str:
    """A name given as one word ("Matthews", "Dzulkefly") as the one fuller form the
    article writes it in ("Michael Matthews" after "Commissioner of the Police Michael
    Matthews"; "Dzulkefly Ahmad" after "Datuk Seri Dzulkefly Ahmad"); the word itself when
    the article writes none, or two."""
    if " " in name or not name[:1].isupper():
        return name
    joined = {
        m.group()
        for m in re.finditer(rf"(?<![\w’'-])[{UP}][\w’']+-{re.escape(name)}(?![\w’'-])", body)
    }
    if len(joined) == 1 and not re.search(rf"(?<![\w’'-]){re.escape(name)} [{UP}]", body):
        # "Richards said" after "Dr Maryam Abdool-Richards": the double-barrelled name
        fuller = whole_name(joined.pop(), body)
        return fuller if " " in fuller else name
    forms = set()
    for m in (line for run in CAP_RUN.finditer(body) for line in by_line(body, run)):
        if SEE_ALSO.search(body, max(0, m.start() - 40), m.start()):
            continue  # "Read: Safaricom Unveils M-Pesa": another article's headline
        tokens = m.group().split()
        if PLACE_BEFORE.search(body, max(0, m.start() - 14), m.start()):
            tokens = tokens[1:]  # "the governor of Tarnby Ivo Brezan": a place ends there
        if name not in tokens or len(tokens) < 2:
            continue
        i = tokens.index(name)
        if i and tokens[i - 1] in ("bin", "bint", "ibn"):
            continue  # "Hamdan bin Mohammed …": Mohammed is his father
        tidied = tidy_person(" ".join(tokens), body).split()
        words = [t for t in tidied if t not in ("bin", "bint", "ibn", "al")]  # "X bin Y Al Z"
        if name in tidied and 2 <= len(words) <= 4 and all(map(_name_part, words)):
            forms.add(" ".join(tidied))  # "Health Minister Datuk Seri Ana Lind": Ana Lind
            continue
        j = i
        while j > 0 and i - j < 2 and _name_part(tokens[j - 1]):
            j -= 1  # the given names before a surname
        k = i + 1
        if j == i:
            while k < len(tokens) and k - i <= 2 and _name_part(tokens[k]):
                k += 1  # the surname after a given name
        form = tokens[j:k]
        if len(form) >= 2 and all(_name_part(t) or t == name for t in form):
            form = tidy_person(" ".join(form), body).split()  # "Eng Lind": Lind alone
            if len(form) >= 2:
                forms.add(" ".join(form))
    return forms.pop() if len(forms) == 1 else name


def a_slip_before(name: str, body: str) -> str:
    """A two-word name whose first word is an everyday word ("My Lind", a slip for "Mr
    Lind"), when the article names one person by that surname in full ("Seth Lind"): that
    person."""
    tokens = name.split()
    if len(tokens) != 2 or tokens[0].lower() not in _EVERYDAY:
        return name
    whole = whole_name(tokens[1], body)
    return whole if whole != tokens[1] and whole != name else name


# titles printed short before a name, and the words the article may spell them out in
_SPELT_OUT = {
    **ABBREV_TITLES,
    "supt": "superintendent",
    "insp": "inspector",
    "ing": "engineer",
    "engr": "engineer",
    "det": "detective",
    "cpl": "corporal",
    "amb": "ambassador",
    "cdr": "commander",
}


def untitled(name: str, body: str) -> str:
    """A name given with its title in front ("Supt Murphy", "Ing Obiri Yeboah") as the one
    fuller name the article writes after that title, or after the title spelled out
    ("Superintendent Tom Murphy", "Engineer May Obiri Yeboah"); ``name`` when it writes
    none, or two."""
    tokens = name.split()
    if not 2 <= len(tokens) <= 3:
        return name
    head = _bare(tokens[0])
    if head not in _SPELT_OUT and not _title_token(tokens[0]):
        return name
    titles = {re.escape(tokens[0]), re.escape(tokens[0].rstrip("."))}
    if head in _SPELT_OUT:
        titles.add(_SPELT_OUT[head].capitalize())
    rest = r"[ \t]+".join(re.escape(t) for t in tokens[1:])
    fuller = {
        m.group(1)
        for m in re.finditer(
            rf"\b(?:{'|'.join(sorted(titles))})\.?[ \t]+((?:[{UP}][\w’'-]+[ \t]+){{1,2}}{rest})\b",
            body,
        )
    }
    return fuller.pop() if len(fuller) == 1 else name


def titled_alone(name: str, body: str) -> bool:
    """Whether the article writes the one word ``name`` right after a title ("President
    Brandt"): then a fuller "Ana Brandt" elsewhere may be someone else (his daughter)."""
    if " " in name:
        return False
    for at in _mentions(name, body):
        word = _WORD_BEFORE.search(body, max(0, at - 40), at)
        if word and _title_token(word.group(1)) and _bare(word.group(1)) not in HONORIFICS:
            fuller = rf"{re.escape(word.group(1))}[ \t]+(?:[{UP}][\w’'-]+[ \t]+){{1,2}}{name}\b"
            if re.search(fuller, body):
                continue  # "Engineer Kayilla" after "Engineer Jabiri Kayilla": the same man
            return True  # "President Brandt", not "Mr Brandt"
    return False


_WORD_BEFORE = re.compile(r"(?<![\w.-])([\w.-]+)[ \t]+\Z")


def _mentions(name: str, body: str) -> Iterator[int]:
    """Where ``name`` stands in ``body`` as whole words (``str.find``: fast on long text)."""
    at = body.find(name)
    while at >= 0:
        end = at + len(name)
        if not _glued(body[at - 1 : at]) and not _glued(body[end : end + 1]):
            yield at
        at = body.find(name, at + 1)


def _glued(ch: str) -> bool:
    return bool(ch) and (ch.isalnum() or ch in "_’'-")


def office_letters(name: str) -> bool:
    """Whether ``name`` is an office written by its letters ("CJI", "V-C", "PS")."""
    letters = name.replace(".", "").replace("-", "").lower()
    return name.isupper() and letters in TITLE_ABBREVS | _OFFICE_LETTERS


def office_holder(letters: str, body: str) -> str | None:
    """The person an office written by its letters stands for ("the CJI said" after "CJI
    Lalit": Lalit, as fully as the article names him); None when it is no office's letters
    or the article writes no one, or two people, after them."""
    if not office_letters(letters):
        return None
    held = {
        m.group(1)
        for m in re.finditer(rf"\b{re.escape(letters)}[ \t]+([{UP}][\w’'-]+)\b", body)
        if _name_part(m.group(1))
    }
    if len(held) != 1:
        return None
    return whole_name(held.pop(), body)


def with_suffix(name: str, body: str) -> str:
    """``name`` with the "Jr.", "Sr." or "II" the article writes after it ("Ana Lind, Jr.",
    "Tomas Ilagan III")."""
    found = {
        m.group(1)
        for m in re.finditer(
            rf"{re.escape(name)}(,?[ \t]+(?:Jr|Sr)\.?|[ \t]+(?:II|III|IV))(?![\w’'-])", body
        )
    }
    return name + found.pop() if len(found) == 1 else name


def with_initials(name: str, body: str) -> str:
    """``name`` with the initials the article writes in front of it ("Kishan Reddy" →
    "G. Kishan Reddy", "Narayanan" → "V Narayanan", "A.S. Kiran Kumar"), when every time
    the article gives initials there they are the same; ``name`` itself otherwise."""
    if not name or name[:1].islower():
        return name
    initials = set()
    single = "[A-Z]" if re.match(r"[A-Z]\.?[ \t]", name) else "[B-HJ-Z]"  # "A K Antony"
    lead_re = re.compile(
        rf"(?<![\w’'.&-])((?:[A-Z]\.[ \t]?){{1,3}}|[A-Z]{{2}}|{single})[ \t]+\Z"
    )  # "G. Kishan Reddy", "DY Chandrachud" (two initials run together), "V Narayanan"
    for at in _mentions(name, body):  # the name first, then what stands before it: linear
        before = lead_re.search(body, max(0, at - 12), at)
        if before is None:
            continue
        lead = before.group(1).replace(" ", "").rstrip()
        if _bare(lead) in HONORIFICS or lead.replace(".", "").lower() in TITLE_ABBREVS:
            continue  # "H.E. Ana Lind" (His Excellency), "D.G. Ana Lind": a title
        if lead in _NOT_A_NAME_LEAD:
            continue  # what tidy_person drops is no initial: "U Kyaw Win", "… II R. J. Lino"
        if len(lead) == 2 and lead.isupper() and not _initials_pair(lead):
            continue  # "PM Ana Lind", "US Ana Lind": an office or a place, not initials
        if re.search(
            r"\b(?:of|at|from|for|the)[ \t]+\Z", body[max(0, at - 20) : at - len(before.group())]
        ):
            continue  # "Deputy Governor of BI Mirza Adityaswara": the body's letters
        initials.add(lead)
    if len(initials) != 1:
        return name
    (lead,) = initials
    return f"{lead} {name}"


def _initials_pair(lead: str) -> bool:
    """Whether two capitals run together before a name are its initials ("DY", "KM"), not
    an office's letters ("PM", "DG") or a place's ("US", "UK")."""
    return not _office_letters_any(lead) and lead.lower() not in (
        "us",
        "uk",
        "eu",
        "un",
        "au",
        "ua",
        "tv",
        "hq",
        "ok",
    )


def _office_letters_any(token: str) -> bool:
    """Whether ``token`` is an office's letters of any list: a title's ("DG"), an office
    written before a name ("CJI"), or one standing for a person ("PM", "MD")."""
    return (
        token.lower() in TITLE_ABBREVS | _OFFICE_LETTERS
        or SHORT_TITLE_LETTERS.fullmatch(token) is not None
    )


# days and months: "the Foreign Ministry on Monday" is no longer name of the ministry
_WHEN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\b"
)


def fuller_body(name: str, body: str, own: str | None = None) -> str:
    """A body's name cut short at "of"/"for" ("Harbour Department") as the article writes it
    in full ("Harbour Department of Roads and Bridges"), when it writes one such form; else
    the one fuller name the article writes outside quotes (``own``: the text with quotes
    blanked) with a word of its kind after it ("Ghana Police" → "Ghana Police Service",
    "TCL" → "TCL Group"), or that it shortens word by word ("Met Service" → "Trinidad and
    Tobago Meteorological Service")."""
    word = rf"[{UP}][\w’'&.-]*"
    more = rf"(?:[ \t]+(?:and|&|of|for|the)?[ \t]*{word})*"
    tail = rf"(?:[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?(?!{_WHEN}){word}{more})"
    forms = set()
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}{tail}", body):
        words = m.group().split()
        cut = next(
            (
                i
                for i, w in enumerate(words)
                if _title_token(w) and len(words) - i > 2 and _person_like(words[i + 1 :])
            ),
            len(words),
        )
        if cut > len(name.split()) + 1:  # "University of Lund Vice-Chancellor X": the body
            # not the stop that ends the sentence ("… of National Defence.")
            forms.add(re.sub(r"(?<=[a-z]{2})\.\Z", "", " ".join(words[:cut])))
    if not forms and len(name.split()) >= 2:
        # "the Health Ministry" after "a Salvian Health Ministry note": the one people's or
        # country's word the article writes in front of the name
        forms = {
            m.group(1) + " " + name
            for m in re.finditer(
                rf"\b([{UP}][a-z]+(?:an|ian|ese|ish|i))[ \t]+{re.escape(name)}\b", body
            )
        }
    if not forms and own is not None:
        forms = {b for b in _body_names(own) if _kind_added(name, b) or _shortened(name, b)}
    return next(iter(forms)) if len(forms) == 1 else name


# the words that only say what kind of body a name is ("Ghana Police | Service", "TCL | Group")
_KIND_ENDS = COMPANY_ENDINGS | {"Service", "Services"}


def _body_names(text: str) -> set[str]:
    """Every body's name in ``text``: a run of capitalised words ending in a word for a body
    ("Ghana Police Service", "TCL Group"), less a leading "The"."""
    names = set()
    for m in (m for line in text.splitlines() for m in re.finditer(BODY_RUN, line)):
        tokens = m.group().split()
        while tokens and tokens[0] in ("The", "A", "An"):
            tokens = tokens[1:]
        if len(tokens) >= 2 and (tokens[-1] in _KIND_ENDS or tokens[-1].lower() in ORG_WORDS):
            names.add(" ".join(tokens))
    return names


def _kind_added(name: str, long: str) -> bool:
    """ "Ghana Police Service" for "Ghana Police", "TCL Group" for "TCL": one word of the
    body's kind after the name ("UN Security Council" is no kind of the UN)."""
    words, more = name.split(), long.split()
    return more[: len(words)] == words and len(more) == len(words) + 1 and more[-1] in _KIND_ENDS


def _shortened(name: str, long: str) -> bool:
    """ "Met Service" for "Trinidad and Tobago Meteorological Service": the same last word,
    and each word before it begins a word of ``long``, in order, one of them cut."""
    words, more = name.split(), long.split()
    if len(words) < 2 or more[-1] != words[-1] or len(more) <= len(words):
        return False
    i, cut = 0, False
    for w in words[:-1]:
        if len(w) < 3 or not w[:1].isupper():
            return False
        while i < len(more) - 1 and not more[i].lower().startswith(w.lower()):
            i += 1
        if i == len(more) - 1:
            return False
        cut = cut or len(more[i]) > len(w)
        i += 1
    return cut


def spelled_out(name: str, body: str) -> str:
    """A body's initials ("ISPR") as the article spells them out once, in the form
    "Inter Services Public Relations (ISPR)" or "ISPR (Inter Services Public Relations)";
    the initials themselves when the article never does, or does in two ways."""
    if not re.fullmatch(r"[A-Z][A-Z&]{1,7}|[A-Z][a-z][A-Z]", name):
        return name  # "ISPR", "CoH" (City of Harare), "DoH"
    words = (
        rf"[{UP}][\w’'.&-]*(?:[ \t]+(?:(?:of|for|and|on|de|&)[ \t]+)?(?:the[ \t]+)?"
        rf"[{UP}][\w’'.&-]*){{1,8}}"
    )
    forms = set()
    for pattern in (
        rf"({words})[ \t]*\({re.escape(name)}\)",
        rf"\b{re.escape(name)}[ \t]*\(({words})\)",
    ):
        for m in re.finditer(pattern, body):
            form = _fitting_end(m.group(1).split(), name)
            if form:
                forms.add(form)
    for m in re.finditer(  # "the General Authority of Statistics, also known as GASTAT"
        rf"({words}),?[ \t]+(?:also[ \t]+)?(?:known|referred[ \t]+to)[ \t]+as[ \t]+"
        rf"(?:the[ \t]+)?{re.escape(name)}\b",
        body,
    ):
        tokens = m.group(1).split()
        owner = max((i for i, t in enumerate(tokens[:-1]) if re.search(r"[’']s\Z", t)), default=-1)
        tokens = [t for t in tokens[owner + 1 :]]  # "the Kingdom’s General Authority …"
        if len(tokens) >= 2 and tokens[0] != "The":
            forms.add(" ".join(tokens).rstrip(".,"))
    if not forms:  # "the PCG said" after "the Philippine Coast Guard said": the one body
        for m in re.finditer(rf"(?<![\w’'-]){words}", body):  # whose initials they are
            run = m.group().split()
            for k, j in combinations(range(len(run) + 1), 2):
                part = run[k:j]
                if (
                    j - k >= 2
                    and part[0][:1].isupper()
                    and part[0] != "The"
                    and not any(w.endswith(".") and len(w) > 2 for w in part[:-1])  # sentences
                    and (
                        any(_norm_org(w) for w in part)
                        or (len(part) == len(name) and all(w[:1].isupper() for w in part))
                        or "".join(w[:1] for w in part) == name  # "CoH": "City of Harare"
                    )  # "the UN" after "United Nations": each word's first letter
                    and spells(part, name)
                ):
                    forms.add(" ".join(part).rstrip(".,"))
    return next(iter(forms)) if len(forms) == 1 else name


def _norm_org(word: str) -> bool:
    low = word.lower().strip(".,’'")
    return low in ORG_WORDS or low.removesuffix("s") in ORG_WORDS


def spells(words: list[str], initials: str) -> bool:
    """Whether all of ``words`` spell ``initials``: by their capitalised words ("Kenya
    Wildlife Service", KWS) or every word ("Department of Health", DOH)."""
    want = initials.replace("&", "").upper()
    caps = [p for w in words for p in w.split("-") if p[:1].isupper()]
    every = [w for w in words if w != "&"]
    return len(want) >= 2 and (
        "".join(p[0] for p in caps).upper() == want or "".join(w[0] for w in every).upper() == want
    )


def _fitting_end(words: list[str], initials: str) -> str | None:
    """The last of ``words`` whose capitalised words' first letters spell ``initials``
    (small words inside aside): "Army's Inter Services Public Relations" for "ISPR" is
    "Inter Services Public Relations"."""
    want = initials.replace("&", "").upper()
    for k in range(len(words)):
        caps = [p for w in words[k:] for p in w.split("-") if p[:1].isupper()]
        if words[k][:1].isupper() and "".join(p[0] for p in caps).upper() == want:
            return " ".join(words[k:])
    return None
