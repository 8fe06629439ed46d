"""Numbers in prose: digits with separators and scales ("15,000", "2.5 million", "5,2
million", "$4bn"), written numbers ("five million"), percentages, ratios ("21 of 50"),
compounds ("500,000-shell") and multipliers ("doubled", "fourfold").

Dates, times, years, calibres, ordinals, model names (Su-27, G7) and references such as
"Resolution 2231" are recognised and left out (years are reported as kind "year" so a
qualifier like "about 2000" can still make them a count).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .nlp import UP as _UP

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORDS = {w: i for i, w in enumerate(_ONES)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
SCALES = {
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "millions": 10**6,  # "two millions barrels"
    "billions": 10**9,
    "trillions": 10**12,
    "dozen": 12,  # "two dozen people" (never "a dozen": too loose to be a count)
    "lakh": 10**5,  # Indian English: 1 lakh = 100,000; 1 crore = 10 million
    "lakhs": 10**5,
    "lac": 10**5,
    "lacs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
    "cr": 10**7,
    "crs": 10**7,
    "lakh crore": 10**12,
    "thousand crore": 10**10,  # "69 thousand crore rupees"
    "thousand crores": 10**10,
    "lakh crores": 10**12,
}
_SHORT = {
    "k": 1000,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "bil": 10**9,  # "RM19.7bil"
    "tri": 10**12,  # "3.9tri/-" (Tanzanian shillings)
    "mil": 10**6,
    "t": 10**12,
    "tn": 10**12,
    "trn": 10**12,
}
_FOLD = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twenty": 20,
    "hundred": 100,
    "thousand": 1000,
}

_W1 = "|".join(_ONES[1:])
_WT = "|".join(_TENS)
_WNUM = rf"(?:(?:{_WT})(?:[- ](?:{'|'.join(_ONES[1:10])}))?|{_W1})"
DIGIT_RE = re.compile(
    r"(?P<cur>(?:US|CA|CDN|C|A|AU|NZ|HK|S|R|NT|MX|TT|G|J|EC|Bds|BZ|ZWL|ZW|B|Z|L|FJD|FJ)\$\s?(?=\d)|TT(?=\d)|\$(?:US|A|AU|NZ|C|HK|S)\s?(?=\d)|\$|€|£|¥|₩|₹|₦|[¢₵](?=\d)|Rs\.?\s?|INR\s?|(?<![A-Za-z])K?[Ss]h\s?(?=\d)|G[Hh][Cc¢₵]\s?"
    r"|(?:U?Shs|USh|UGX|(?<![A-Za-z])shs)\.?\s?|[NRPK](?=\d)"  # naira "N78 billion", Ugandan
    # "Shs253m" and "shs2300", rand
    r"|(?:T[Ss]hs?|N\$|E£|₱)\.?\s?(?=\d)"  # Tanzanian shillings, Namibian dollars, Egyptian pounds
    r"|(?:USD|EUR|GBP|KES|NGN|ZAR|AED|SAR|QAR|TRY|CNY|RMB|JPY|CAD|AUD|PKR|BDT|LKR|EGP|GHS|TZS"
    r"|MYR|IDR|PHP|CHF|SEK|NOK|DKK|PLN|HUF|CZK|RON|UAH|RUB|BRL|MXN|ARS|KRW|TWD|HKD|SGD|THB"
    r"|NZD|ILS|KWD|BHD|OMR|MAD|ETB|RWF|ZMW|Dhs?|QR|SR|TL|Tk|Rp|RM|Php|KSh|Kshs?\.?|Kes"
    r"|SSP|F?CFA|XOF|XAF|MWK|MK|SLE|SLL|LE|Br|MVR|NPR|MMK|KHR|LAK|VND|BWP|NAD|MZN|AOA|SDG|LYD"
    r"|Bt|RO|OR(?=\d))"  # Thai baht "Bt6 billion", Omani rials "RO 5 million", "OR900 million"
    r"\s?(?=\d))?"  # "USD 2.05 billion", "Dh5 million"
    r"(?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?![\d,])"  # Indian grouping: 1,10,000
    # thousands set apart by spaces, sure when two groups or more, a decimal comma or a
    # measure glued after: "1 068 569", "R4 241,11", "10 000MT"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3}){2,}(?:,\d\d)?(?![\d,])"
    r"|\d{1,3}[ \u00a0\u202f]\d{3}(?:,\d\d(?![\d,])|(?=[A-Za-z]))"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:‚\d{3})+(?:\.\d+)?"  # ‚: a low mark some pages print
    # a decimal comma before a scale, a percent or a measure: "5,2 million", "7,5%", "2,5 km"
    r"|\d+,\d{1,2}(?=\s*(?:thousand|million|billion|trillion|mn|bn)\b"
    r"|\s?(?:%|percent\b|per\s+cent\b|°"
    r"|(?:km|kg|tonnes?|tons?|met(?:re|er)s?|lit(?:re|er)s?|hectares?|ha|degrees|euros?)\b))"
    # a decimal comma right after a currency's letters or sign: "BWP7,28", "R1,85", "€3,50"
    r"|(?<=[A-Z$€£₦₹¥])\d{1,6},\d\d(?![\d,]|\.\d)"
    r"|\d+(?:\.\d+)?)"
    r"(?P<scale>\s*(?i:(?:lakh|thousand)\s+crores?|thousand|(?:m|b|tr)illions?|lakhs?|lacs?|crores?)\b"
    r"|\s?(?i:crs?)\b(?!\.\w)"  # "Rs 3500 cr": crore
    r"|\s?(?:[mM]n|[bB]n|[tT]n|[tT]rn|[bB]ln|[mM]ln)\b"
    r"|(?:[bB]il|[mM]il|tri)\b"  # "RM19.7bil", "3.9tri/-"
    r"|(?:k|m|b|t|K|M|B|T)\b)?"  # "700 Billion",
    # "86 bln", "Shs119.8Bn"; "k" … "t"
)
WORD_RE = re.compile(
    rf"\b(?P<w>half(?:\s+an?)?(?=\s+(?:an?\s+)?(?:million|billion|dozen)\b)|half-(?=dozen\b)|an?|"
    rf"{_WNUM})(?:\b|(?<=-))"  # "a half-dozen mines": six
    rf"(?:\s+(?P<hund>hundred)(?:(?:\s+and)?\s+(?P<rest>{_WNUM})\b(?!-))?(?:\s+and)?)?"
    rf"(?:(?:\s+|(?<=-))(?P<scale>thousand\s+crores?|thousand|(?:m|b|tr)illions?|lakhs?|crores?|dozen)\b)?"
    rf"|\b(?P<bare>{_WNUM})\b",
    re.I,
)
MULT_RE = re.compile(
    r"\b(?P<m>doubl(?:ed|ing|es)|tripl(?:ed|ing|es)|quadrupl(?:ed|ing|es)|halv(?:ed|ing|es)"
    r"|(?P<n>[a-z]+|\d+)-?fold"
    r"|(?P<comp>(?:double|triple|twice)(?=\s+(?:as|what|the|that|its|their|his|her|last|this)\b))"
    r"|(?P<inf>double|triple|quadruple|halve))\b",  # "double the 598", "expected to double"
    re.I,
)

_WEAPON = re.compile(
    r"\W*(?:\w+\W+){0,3}?(?:shells?|guns?|artillery|howitzers?|rounds?|"
    r"ammunition|cannons?|mortars?|rifles?|munitions?|barrels?|rockets?|"
    r"launchers?|projectiles?|ammo)\b",
    re.I,
)
_REF_NOUNS = frozenset(
    """
article resolution section chapter no no. number route rt rte highway flight room page title unit
bill act decree ordinance
phase level stage category class gate pier berth platform terminal building road street line
division regiment battalion brigade squadron fleet vol version tier lot zone sector district
ward grade item paragraph clause rule form model type block figure table annex appendix
subsection sub-section subclause sub-clause schedule channel
""".split()
)
# a capitalised label before a number names a class, a stage or an episode: "Standard 8
# pupils", "Form Four candidates", "Season 3", "Week 3", "Episode 4" (never "the week 3 …")
LABEL_BEFORE = re.compile(
    r"\b(?:Standard|Form|Class|Grade|Primary|Year|Season|Episode|Pillar|Matchday|Lap|Week|Day|"
    r"Term|Match|Round|Game|Minute|Stage|Tier|Zone|Level|Phase|Group|Part|Book|Act|Scene|Step|"
    r"Camp|(?i:round)\s+of)\s+\Z"  # "Camp 16", "the round of 16": names of a place, a stage
)
_AGE_GROUP_BEFORE = re.compile(
    r"\b(?i:people|persons|those|adults|anyone|everyone|residents|citizens|voters|children|kids|"
    r"women|men|seniors|patients|workers|pensioners|girls|boys|individuals)\s+"
    r"(?:(?:aged|who\s+are)\s+)?(?:over|under|above|below|between|older\s+than|younger\s+than)\s+\Z"
)
_PEOPLE_NOUNS = frozenset("people children men women staff personnel cattle".split())
_METRE_NOUNS = frozenset(
    "waves walls hurdles runners races relays swimmers sprints events finals heats trees "
    "cliffs towers buildings dunes drops falls".split()
)
# things measured in metres ("a 10m cliff"); "the 100m final" is an event's name
_METRE_THINGS = frozenset("waves walls trees cliffs towers buildings dunes drops falls".split())
# a measure a glued "m" scales, never metres: "3m bpd", "600m cubic feet"
_MILLION_UNITS = frozenset("bpd cubic tcf bcm".split())
# nouns that end in "s" and are no plural: "a 10-day measles campaign" is a period
SINGULAR_S = frozenset(
    "measles mumps rabies diabetes herpes news series species bus gas campus status census "
    "virus crisis basis analysis thesis bonus focus chaos atlas canvas lens congress".split()
)
_MAGNITUDE = re.compile(r"\bmagnitude[- ]\Z", re.I)
_PERIOD_NOUNS = frozenset(
    "second seconds minute minutes hour hours day days night nights week weeks month months "
    "year years decade decades".split()
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORDINAL_WORDS = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
)
_DAY_RANGE_BEFORE = re.compile(
    rf"\b{_MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?|{_ORDINAL_WORDS})\s*"
    r"(?:-|–|to|and|through|until|till)\s*\Z"
)
_DAY_RANGE_AFTER = re.compile(
    rf"(?:st|nd|rd|th)?\s*(?:-|–|to|and|or|through)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?!\w)"
)
_MODALS = frozenset("to will would could may might can should did does ll".split())
_CURRENCY_WORDS = re.compile(
    r"\s+(?:U\.?S\.?\s+)?(dollars|euros|won|yen|rubles|roubles|pounds|yuan|"
    r"hryvnias?|rupees|francs|shillings|naira|pesos|rand|dirhams|riyals)\b",
    re.I,
)
PERCENT = _PERCENT = re.compile(
    r"\s?(?:%|percent\b|per\s+cent\b|pct\b)|pc\b|(?P<pp>\spercentage\s+points?|pp)\b", re.I
)
# barrels a day with the scale inside the abbreviation: "mbd", "mmbpd", "MMb/d" (million),
# "kbd", "kb/d" (thousand); "bpd" alone is plain barrels, and a lone capital "Mb/d" is left
# alone (the trade writes thousands so, the press millions)
_BARRELS_A_DAY = re.compile(r"\s?(?:(?P<k>[mM]m|MM|m|k)(?i:bpd|bd|b/d|bbl/d)|(?i:bpd|b/d|bbl/d))\b")
_MILLION_MASS = re.compile(r"\s?(mkg)\b")  # million kg ("4.5 MMT" the keys read as 4.5)
# after a letter currency's sum, what makes it an exchange rate: "N160 to the dollar", "at
# N197 official exchange rate"
_TO_THE_DOLLAR = re.compile(
    r"\s+(?:to|per|against)\s+(?:the|one|a|1)\s+(?:US\s+|U\.S\.\s+)?"
    r"(?:dollar|euro|pound|yuan|rand|dirham|riyal)\b"
    r"|\s+(?:official\s+)?exchange\s+rate\b|\s+official\s+exchange\b"
)
# a unit written against the number ("30km", "485,000ha", "130kmh", "100 km/h" below)
_GLUED_UNIT = (
    r"(?:km/h|kmh|kph|mph|mm|km|kg|cm|ha|ghc|t|C|F|TL|[kMGT]W[hp]?|MWe|bpd|bcm|tcf|Mt|MT|mt)\b"
    r"|(?:km|m|cm)[²³23](?!\w)|sq\.?(?:km|m|ft|mi)\b"  # "30km²", "2m³", "39sqkm"
    r"|(?:kV|kVA|[GMk]Hz|ft|ml|mg|lbs?|oz|mAh|[KMGT]B|MP)\b"  # "400kV", "6ft", "150ml"
    r"|(?:mw|MWh?|TEU|teu)\b|c(?:/l)?\b"  # "600mw", "10,000teu"; "28c", "250.00c/l": cents
    r"|ppl\b"  # "a 2ppl rise": pence per litre (milk, fuel)
    r"|gms?\b|[KMGT]WH\b"  # "7gm of heroin", "3.4TWH" in capitals
    r"|p\b(?=\s+(?:per|a|an|on|off|more|less|in|for)\b)"  # "18p per litre": pence
    r"|l\b(?![’'])"  # "6,000l a month", "a 50l-a-day limit": litres
    r"|\s?k\.m\.(?!\w)"
    r"|per\s?cent\b|percent\b|Kg\b|KG\b|[kMG]bps\b"  # "43per cent", "2.4percent", "64Kg", "35Mbps"
)
_TIME_AFTER = re.compile(
    r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|o[’']clock\b|"
    r"hrs\b|local\s+time\b|noon\b|midnight\b)|:\d\d"  # "12 noon"
    r"|\s?\((?:IST|GMT|UTC|EST|EDT|CET|CEST|BST|PST|PDT|JST|WAT|EAT|SAST)\)"  # "4.30 (IST)"
    r"|[-–]\d{3,4}\s?(?:GMT|UTC)\b",  # "(1200-1400 GMT)"
    re.I,
)


@dataclass(slots=True)
class Hit:
    start: int  # first character of the number (or currency sign)
    end: int  # after the number words (scale, percent sign, unit suffix)
    value: int | float
    kind: str  # "digit" | "word" | "year" | "multiplier"
    unit: str | None = None
    scaled: bool = False
    participle: bool = False  # "doubling X": the subject follows
    ratio_of: str | None = None


def _value(text: str, scale: int | float = 1) -> int | float:
    text = text.replace("\u201a", ",")  # "R1‚536.25": a low mark printed for the comma
    text = re.sub(r"[ \u00a0\u202f]", "", text)  # "1 068 569": thousands set apart
    if re.fullmatch(r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?", text):
        text = text.replace(",", "")  # Indian grouping: 1,10,000
    if "," in text and not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        text = text.replace(",", ".")  # decimal comma: "5,2 million"
    else:
        text = text.replace(",", "")
    exact = Decimal(text) * Decimal(scale)  # 16.6 billion is 16600000000, not …000002
    if exact == exact.to_integral_value():
        return int(exact)
    return round(float(exact), 6)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _word_before(body: str, pos: int, floor: int) -> str:
    m = re.search(r"([\w.]+)\s+\Z", body[max(floor, pos - 30) : pos])
    return m.group(1).lower() if m else ""


_NAME_BEFORE = re.compile(  # "Falcon 9", "iPhone 15", "PAR-BRO 60" (capitals with a hyphen)
    rf"(?<=[\w,;:’'\")] )([{_UP}][a-z]+|[a-z]+[{_UP}]\w*|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})+) \Z"
)
_NOT_NAMES = frozenset(
    """
the a an some about around nearly over under more only just all at in on by for of with to
from and but than least almost roughly approximately another additional top last next first
total another and or since until till between among per plus minus some estimated
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december jan feb mar apr jun jul aug sep sept
oct nov dec
""".split()
)


def _model_name(body: str, m: re.Match[str], ss: int, se: int) -> bool:
    """A capitalised name right before a small whole number inside a sentence of ordinary
    case: a model or a mission ("Leopard 2", "Falcon 9", "Boeing 737", "Apollo 11"). A
    headline in title case ("Floods Kill 12") is no such name."""
    raw = m.group("num")
    if not raw.isdigit() or len(raw) > 4 or m.group("scale"):
        return False
    before = _NAME_BEFORE.search(body, max(ss, m.start() - 30), m.start())
    if not before or before.group(1).lower() in _NOT_NAMES:
        return False
    if "-" in before.group(1) and re.match(r"\s+(?:[a-z]{1,3}|[a-z]+s)\b", body[m.end() : se]):
        return False  # "TNT-RDX 40 kg", "AB-CD 12 trucks": a measure or a count after
    if re.search(
        r"\b(?:in|at|from|near|across|into|to|throughout|around|outside|inside|within)\s+\Z",
        body[max(ss, before.start() - 12) : before.start()],
        re.I,
    ):
        return False  # "in Kabul 20 people fled": a place, then a count
    if re.match(r"\s*(?:%|percent\b|per\s+cent\b|pct\b)", body[m.end() : se], re.I):
        return False
    words = [w for w in re.findall(r"[^\W\d][\w’'-]*", body[ss:se])[1:] if len(w) > 2]
    capitals = sum(1 for w in words if w[0].isupper())
    return len(words) < 2 or capitals * 4 < len(words) * 3  # title case: most capitalised


def _label_range(body: str, start: int, ss: int, se: int) -> bool:
    """ "grades 6-8", "classifications 1-9 require": a range right after a plural word that
    is no count of things ("costs 10-15 dollars", "rates 5-7%" are)."""
    rng = _RANGE_RUN.match(body, start, se)
    if not rng:
        return False
    label = re.search(r"\b([A-Za-z]{4,})\s+\Z", body[max(ss, start - 40) : start])
    word = label.group(1).lower() if label else ""
    return (
        word.endswith("s")
        and word not in _NOT_NAMES
        and not _COUNTED_AFTER_RANGE.match(body, rng.end(), se)
    )


_RANGE_RUN = re.compile(r"\d+[-–]\d+")
_FORMATION_AFTER = (
    r"\s+(?:Corps|Division|Brigade|Battalion|Regiment|Squadron|Command)\b(?!\s+[a-z]{3,}s\b)"
)
_AIRLINER_MODELS = frozenset("707 727 737 747 757 767 777 787".split())
_AIRLINER_AFTER = (
    r"(?:-\d|s\b|\s*(?:MAX|Max|max|fleets?|flights?|jets?|aircraft|planes?|airliners?|family|"
    r"Dreamliners?)\b|\s+(?:and|or)\s+7[0-8]7\b)"
)
_SUBSECTION_BEFORE = re.compile(
    r"\b(?i:section|article|rule|regulation|clause|paragraph|s\.)\s*\d+[A-Z]?\s*(?:\(\w+\)\s*)*\(\Z"
)
_MONEY_RANGE_BEFORE = re.compile(r"(?:[$€£¥₹₦]|\bRs\.?\s?)\d+(?:\.\d+)?[-–]\Z")
# a plural label before a list of numbers: "classes 5, 8 and 9", "wards 3 and 4"
_LABEL_LIST_BEFORE = re.compile(
    r"\b(?:classes|grades|standards|wards|phases|sections|stages|categories|sectors|zones)\s+"
    r"(?:\d{1,2}\s*(?:,|and|or|&)\s*)*\Z",
    re.I,
)
_AGES_LIST_AFTER = r"(?:\s*,\s*\d{1,3})*\s*,?\s*(?:and|or)\s+\d{1,3}\s+years?\s+old\b"
_RESULT_BEFORE = re.compile(  # "won 2-1", "beat Kenya 3-0", "drew 1-1 with", "trail 0-2"
    r"\b(?:won|win|wins|lost|lose|loses|drew|draw|beat|beats|defeated|edged|thrashed|routed|"
    r"trail|trails|trailed|leads|led)\s+(?:(?:[A-Z][\w’'.-]*|the|a|by)\s+){0,3}\Z"
)
# nothing counted after a score: "won 5-10 percent more", "won 5-6 new clients" are ranges
_NO_COUNT_AFTER = (
    r"(?![\d,.]|[-–]\d)(?!\s*(?:%|percent\b|per\s+cent\b|(?:[a-z]+\s+)?[a-z]+s\b|thousand\b"
    r"|million\b|billion\b|[mb]n\b))"
)
_RAIN_BEFORE = re.compile(  # "it rained 80mm", "rainfall of 45mm", "Lagos recorded 60mm"
    r"\b(?:rain\w*|downpours?|precipitation|snow\w*|showers?|recorded|received)\b[^.;:!?]{0,30}\Z",
    re.I,
)


def _match_result(body: str, start: int, num_end: int, ss: int, se: int) -> bool:
    """Either side of a match's result after won/beat/lost/drew/led: "won 2-1", "beat Leeds
    3-0", "lost 1-2 at home" (never "won 5-6 new clients": a range of things counted)."""
    if re.match(r"[-–]\d{1,2}" + _NO_COUNT_AFTER, body[num_end:se]):  # the first side
        return bool(_RESULT_BEFORE.search(body, max(ss, start - 40), start))
    first = re.search(r"(?<![\d,.])\d{1,2}[-–]\Z", body[max(ss, start - 4) : start])
    return bool(
        first
        and re.match(_NO_COUNT_AFTER, body[num_end:se])
        and _RESULT_BEFORE.search(body, max(ss, start - 44), start - len(first.group()))
    )


_SCORE_NOUN = r"\s+(?:win|victory|defeat|loss|draw|lead|scoreline)\b"  # "a 1-0 win"
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Drive|"
    r"Dr|Place|Court|Highway|Hwy)\b(?!\s+[a-z]{3,}s\b)"  # "300 Ford Road workers" are counted
)
# "an R800 housing allowance", "R350 grants": rand before a word that is no road's ("the
# R512 between …", "the R21 highway" are roads)
_RAND_AFTER = re.compile(
    r"\s+(?!(?:road|highway|route|freeway|motorway|between|towards?|near|at|to|from|into|in|"
    r"on|outside|via|past|and|or)\b)[a-z]{3,}\b"
)
# a letter for a currency ("N180", "R19") is money, not a name, when thousands follow
# after a space ("R19 000") or a price per unit does ("N180 to N300 per litre")
_LETTER_MONEY_AFTER = re.compile(
    r"[ \u00a0]\d{3}(?![\d,.]\d)"
    r"|(?:\s*(?:to|-|–)\s*[NRPK]\d+(?:\.\d+)?)?\s+per\s+(?:\d+\s?)?[a-z]{2,}\b"  # "per 50kg bag"
    r"|\s+an?\s+(?:hour|day|week|month|year|litre|liter|kilo|kg|unit|head|night|bag|sack|"
    r"tonne|ton|bale|bottle|loaf|pack|packet|crate)\b"  # "R49 an hour", "K110 a bag"
    r"|-(?:million|billion|trillion)\b"  # "R1-million", "R10-billion"
)
# a letter for a currency in a range with another of the same letter: "from N525 to N370",
# "between N370 to N380", "as high as R20 to as low as R12": both ends are money
_LETTER_RANGE_AFTER = r"\s*(?:to|and|-|–)\s*(?:as\s+[a-z]+\s+as\s+)?{cur}\d"
_LETTER_RANGE_BEFORE = r"{cur}\d[\d,.]*\s*(?:to|and|-|–)\s*(?:as\s+[a-z]+\s+as\s+)?\Z"
_PRICE_BEFORE = re.compile(  # "prices rose from N180 to N300", "the price of rice went from N900"
    r"\b(?:prices?|costs?|fares?|fees?|sells?|sold|selling|paid|pays?|charged?|worth|buys?|"
    r"bought|buying|priced)"
    r"(?:\s+(?:of|for)(?:\s+[\w’'-]+){1,4}?)?"
    r"(?:\s+(?:rose|rising|risen|fell|falling|fallen|went|jumped|climbed|increased|dropped|"
    r"moved|up|down|now|going))?"
    r"\s+(?:at|from|to|for|of|by|is|was|are|were)\s+(?:[NRPK]\d[\d,.]*\s+(?:to|and)\s+)?\Z"
    # "will pay K110 for a bag", "floor price K110", "a loss of K118"
    r"|\b(?:pay|pays|paid|paying|charges?|charged|costs?|prices?|fees?|fares?|(?:loss|profit|"
    r"saving)s?\s+of)\s+\Z",
    re.I,
)
_COUNTED_AFTER_RANGE = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|[a-z]+s\b)")


_PERSON_NOUN_BEFORE = re.compile(  # "the mayor, 58,", "her husband, 61,"
    r"\b(?i:the|a|an|her|his|their|its|our)\s+(?:[a-z]+\s+)?(?:man|woman|boy|girl|mother|father|"
    r"son|daughter|wife|husband|mayor|minister|chief|head|leader|president|driver|farmer|"
    r"officer|victim|suspect|resident|widow|teacher|student|pilot|captain|nurse|doctor|"
    r"worker|owner|founder|chairman|chairwoman|spokesman|spokeswoman)\s*,\s*\Z"
)


def _count_range_end(body: str, start: int, end: int, se: int) -> bool:
    """The 400 of "300-400 people": the larger end of a range of whole numbers before a
    word in lower case (never "2024-25", "Su-27", "27-3", nor labels: "grades 6-8")."""
    a = re.search(r"(?<![\w.,-])(\d{1,6})(\.\d{1,2})?[-–]\Z", body[max(0, start - 11) : start])
    b = body[start:end]
    whole = b.split(".")[0]
    return bool(
        a
        and not _label_range(body, start - len(a.group()), 0, se)
        and re.fullmatch(r"\d+(?:\.\d{1,2})?", b)
        and (a.group(2) is None and "." not in b or whole.isdigit() and int(whole) < 100)
        and float(a.group(1) + (a.group(2) or "")) < float(b) < 10**7
        and len(whole) - len(a.group(1)) <= 1
        and re.match(r"\s+[a-z]", body[end:se])
    )  # "2.5-3 litres", "3-3.5 litres": small measures with a decimal on either end


def _digit_hit(
    body: str, m: re.Match[str], ss: int, se: int, dates: list[tuple[int, int]]
) -> Hit | None:
    start, num_end = m.start(), m.end("num")
    raw, cur = m.group("num"), m.group("cur")
    if not raw.replace("\u201a", "").isascii():
        return None  # "𝟒, 𝟐𝟎𝟐𝟓": letters styled as digits dress a dateline or a slogan
    prev = body[start - 1] if start > ss else " "
    prev2 = body[start - 2] if start - 1 > ss else " "
    range_end = (
        prev in "-–"
        and prev2.isdigit()
        and re.match(
            r"\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b|thousand|million|billion|"
            r"trillion|crore|lakh|bn\b|mn\b)",
            body[start:se],
            re.I,
        )
    ) or _count_range_end(body, start, m.end("num"), se)  # the 12 of "$11-12 billion", "10-15%"
    range_end = range_end or bool(
        prev in "-–"
        and re.fullmatch(r"\d+(?:\.\d+)?", raw)
        and _MONEY_RANGE_BEFORE.search(body, max(ss, start - 16), start)
    )  # the 23 of "₹22-23", "$5-6": money on both ends
    if (
        not range_end
        and (
            prev.isalnum()
            or prev in "/:@#_"
            or (prev == "." and prev2 != ".")  # ".50"; "..30,000" is an ellipsis
            or (prev == "-" and (prev2.isalnum() or prev2 in ")]"))
        )
        and not _MAGNITUDE.search(body, max(ss, start - 12), start)
    ):
        return None  # G7, Su-27, 2024-25, 1/2, .50, (SM)-3; "magnitude-7.8" is a figure
    if (
        "," not in raw
        and re.match(r"-\d", body[m.end("num") : m.end("num") + 2])
        and (name := re.search(rf"([{_UP}][\w’'-]+) \Z", body[max(ss, start - 30) : start]))
        and name.group(1).lower() not in _NOT_NAMES
    ):
        return None  # "Qinhuangdao 27-3": a name with a number ("Around 300-400 people" is not)
    if "," not in raw and _label_range(body, start, ss, se):
        return None  # "grades 6-8", "classifications 1-9": labels, not a range of counts
    if not cur and _model_name(body, m, ss, se):
        return None  # "Leopard 2 tanks", "a Falcon 9 rocket", "Windows 11": a name
    if cur and cur[0].isalpha() and prev.isalnum():
        return None  # "MRs5", "UN5": letters glued to a word are no currency
    if (
        not cur
        and (
            (prev == "+" and re.match(r"[\s\d-]{6}", body[num_end:se]))
            or (  # "1-800-88-8855", "0800-123-4567": groups of digits joined by hyphens
                "," not in raw
                and "." not in raw
                and re.match(r"(?:-\d{2,4}){2,}(?![\d,.]\d)", body[num_end:se])
            )
            or (
                re.fullmatch(r"0\d{2,}", raw)
                and raw != "000"
                and not (
                    len(raw) == 3
                    and re.search(r"(?<!\d)\d{1,3},\s\Z", body[max(ss, start - 6) : start])
                )
            )  # "24, 006 new voters": the thousands of a number with a stray space
            or (
                re.fullmatch(r"\d{2,4}", raw)
                and re.search(
                    r"(?<![\d,.])0\d{2,4}(?:[ -]\d{2,4})*[ -]\Z", body[max(ss, start - 20) : start]
                )
            )
        )
    ):
        return None  # "+254 700 …", "(020) 123 …", "0722 123 456": a telephone number
    if not cur and (
        (raw == "24" and re.match(r"-7\b", body[num_end:se]))
        or (
            re.fullmatch(r"\d{1,2}", raw)
            and (
                re.match(r"[-–]\d{1,2}" + _SCORE_NOUN, body[num_end:se])
                or (
                    re.search(r"(?<![\d,.])\d{1,2}[-–]\Z", body[max(ss, start - 4) : start])
                    and re.match(_SCORE_NOUN, body[num_end:se])
                )
                or _match_result(body, start, num_end, ss, se)
            )
        )
    ):
        return None  # "a 24-7 service" (as 24/7); "a 1-0 win", "won 2-1": a score
    if (
        not cur
        and len(raw) <= 3
        and re.match(r"\s*\)", body[num_end:se])
        and re.search(rf"[{_UP}][\w’'-]+\s*\(\s*\Z", body[max(ss, start - 30) : start])
        and not re.search(r"day\s*\(\s*\Z", body[max(ss, start - 12) : start], re.I)
    ):
        return None  # "Amal Reyes (35) was charged": an age
    if _inside(start, dates) or _inside(num_end - 1, dates):
        return None
    if (
        not cur
        and prev == "("
        and re.match(r"\)", body[num_end:se])
        and re.search(r"(?:\A|\n)[ \t]*\(\Z", body[max(0, start - 8) : start])
    ):
        return None  # "(2) The board shall …": a clause's number at the start of a line
    if (
        not cur
        and prev == "("
        and re.match(r"\)", body[num_end:se])
        and _SUBSECTION_BEFORE.search(body, max(ss, start - 40), start)
    ):
        return None  # "Section 135 (1) (a)": a subsection
    if (
        not cur
        and (
            (prev == "*" and body[num_end : num_end + 1] == "#")
            or re.match(r"\s+(?:hot|help|tip|toll-free\s+)?line\b", body[num_end:se], re.I)
            or re.match(r"-(?:\d{3}|[A-Z]{3,})-", body[num_end:se])  # "1-877-…", "1-800-TIPS"
            or re.match(r"-(?=\d?[A-Z])[\dA-Z]{4}\b", body[num_end:se])  # "800-TIPS", "800-4CTU"
            or re.search(r"-[A-Z]{4}\s*\(\Z", body[max(ss, start - 8) : start])  # "TIPS (8477)"
            or re.search(
                r"\b(?:(?:[Ss]end|[Tt]ext)\s+(?:an\s+)?SMS|SMS|[Dd]ial|[Cc]all|[Tt]ext|[Pp]hone|"
                r"WhatsApp)\s+(?:(?:on|to|at|the)\s+)?\Z"
                r"|\b[Cc]all\s+the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:on|at)\s+\Z",
                body[max(ss, start - 32) : start],
            )
        )
    ):
        return None  # "dial *147#", "the city's 311 hotline", "SMS to 31373": a number to call
    if not cur and (
        re.match(
            r"(?:\s*[-–]\s*\d{1,3})?\s*(?:age[- ]?(?:group|bracket|band|range)s?)\b",
            body[num_end:se],
        )
        or (
            prev in "-–"
            and re.search(r"(?<![\d,.])\d{1,3}[-–]\Z", body[max(ss, start - 4) : start])
            and re.match(r"\s*age[- ]?(?:group|bracket|band|range)s?\b", body[num_end:se])
        )
    ):
        return None  # "the 12-17 age group": ages
    if not cur and (
        re.match(_FORMATION_AFTER, body[num_end:se])
        or (raw in _AIRLINER_MODELS and re.match(_AIRLINER_AFTER, body[num_end:se]))
    ):
        return None  # "16 Corps" is a unit's name; "its 737 and 787 fleet", "737 flights": models
    if not cur and (
        _LABEL_LIST_BEFORE.search(body, max(ss, start - 40), start)
        or re.match(_AGES_LIST_AFTER, body[num_end:se])
    ):
        return None  # "classes 5, 8 and 9": labels; "were 66, 70 and 95 years old": ages
    if not cur and (prev in "=&" or (prev in "'\"" and prev2 == "=")):
        return None  # "zoneid=5", "border='0'": markup or a web address, not prose
    if prev in "’'" and len(raw) == 2 and not cur:
        return None  # "in 2021-’22", "back in ’98": a year
    if re.fullmatch(r"\d{1,2}\.0", raw) and re.search(
        rf"[{_UP}][\w’'-]+ \Z|\b(?i:campaign|version|edition|mission|programme|program|plan)\s+\Z",
        body[max(ss, start - 30) : start],
    ):
        return None  # "Modi 3.0", "Industry 4.0", "the campaign 2.0": a name
    if (
        not cur
        and len(raw) <= 2
        and (
            _DAY_RANGE_BEFORE.search(body, max(ss, start - 30), start)
            or _DAY_RANGE_AFTER.match(body, num_end, se)
        )
    ):
        return None  # "January 1 to 20, 2023", "on 15 and 20 December": days of a month
    scale_txt = " ".join((m.group("scale") or "").lower().split())
    if (
        cur in ("N", "R", "P", "K")
        and not (
            scale_txt
            or "," in raw
            or re.search(r"\.\d\d$", raw)
            or re.match(r",\s\d{3}(?!\d)", body[m.end() : se])  # "K30, 000.00": a stray space
            or (cur == "R" and len(raw) >= 3 and _RAND_AFTER.match(body, m.end(), se))
            or _LETTER_MONEY_AFTER.match(body, m.end(), se)
            or _PRICE_BEFORE.search(body, max(ss, start - 60), start)
            or _TO_THE_DOLLAR.match(body, m.end(), se)  # "N160 to the dollar": a rate
            or re.match(_LETTER_RANGE_AFTER.format(cur=cur), body[m.end() : se])
            or re.search(_LETTER_RANGE_BEFORE.format(cur=cur), body[max(ss, start - 40) : start])
        )
    ):
        return None  # "N95 masks", "K2", "the R512 to": a name; "N78 billion", "R5,000" are money
    if (cur or "").strip() in ("LE", "MK", "Br") and not (scale_txt or "," in raw or len(raw) >= 3):
        return None  # "the LE 5", "an MK 2": a model; "MK 2,500", "LE 5 billion" are money
    metres = False
    if scale_txt in ("k", "m", "b", "t") and not cur:
        noun = re.match(r"\s+([A-Za-z]+)\b", body[m.end() : se])
        head = noun.group(1).lower() if noun else ""
        if not (
            m.group("scale") in ("k", "m")  # "4K screens" is a resolution
            and (
                head in _PEOPLE_NOUNS
                or head in _MILLION_UNITS
                or (len(head) > 3 and head.endswith("s"))
            )
            and head not in _METRE_NOUNS
        ):
            scale_txt = ""  # "100m" is metres, "$5m" and "1.2m people" are millions
            metres = m.group("scale") == "m" and bool(
                (head in _METRE_THINGS or f"{head}s" in _METRE_THINGS)
                and re.search(r"\b(?:a|an|the)\s+\Z", body[max(ss, start - 5) : start], re.I)
            )  # "off a 10m cliff", "the 6m waves": a length
    end = m.end() if scale_txt else num_end
    after = body[end:se]
    if metres:
        return Hit(start, end + 1, _value(raw), "digit", "m")
    barrels = _BARRELS_A_DAY.match(after) if not cur else None
    if barrels and not (scale_txt and barrels.group("k")):
        # "3.7 mbd", "450 kb/d": the unit's first letter is the scale; "1.5 million b/d"
        k = (barrels.group("k") or "").lower()[:1]
        scale = {"k": 1000, "m": 10**6}.get(k) or SCALES.get(scale_txt) or _SHORT.get(scale_txt, 1)
        value = _value(raw, scale)
        return Hit(start, end + barrels.end(), value, "digit", "barrels per day", scale > 1)
    mass = _MILLION_MASS.match(after) if not (cur or scale_txt) else None
    if mass:  # "149.97 mkg": million kg, as the tea trade writes it
        return Hit(start, end + mass.end(), _value(raw, 10**6), "digit", "kg", True)
    if re.fullmatch(r"\d+(?:\.\d+)?", raw) and not cur and re.match(r"[x×]\b", after):
        value = _value(raw)
        return Hit(start, end + 1, value, "multiplier", "times")  # "50x", "3.5×"
    if (
        re.match(r"[A-Za-z]", after)
        and not re.match(_GLUED_UNIT, after)
        and not re.match(r"(?:pct|pc|pp)\b", after)
    ):
        return None  # 1st, 1990s, 10x, 5am; "3.5pc", "0.4pp" are percentages
    if re.match(r"\s?min(?:ute)?s?\s+read", after, re.I):
        return None  # "2 min read": a site's note on the reading time
    if _TIME_AFTER.match(after) or re.match(r"\d|/\d", after[:2]):  # 24/7, 9/11
        return None
    if re.fullmatch(r"\d{1,2}\.\d{1,2}", raw) and re.match(r"\.(?:\d{4}|\d{2})\b", after):
        return None  # "12.03.2024": a date written with dots
    if (
        re.match(r"\s+in\s+the\s+(?:morning|afternoon|evening)\b", after)
        or re.match(r"\s+(?:at|by|until|from)\s*\Z", body[max(ss, start - 7) : start])
        and re.match(r"\s*(?:-|to|and)\s*\d{1,2}\s+in\s+the\b", after)
    ):
        return None  # "closes at 4 in the afternoon"
    if re.match(
        r"\s+(?:this|that|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night)\b", after
    ) and re.search(
        r"\b(?:since|at|by|until|till|from|before|after)\s+\Z", body[max(ss, start - 7) : start]
    ):
        return None  # "in line since 5 this morning" ("arrested 12 this morning" is a count)
    if re.match(r"&\d", after) or (prev == "&" and prev2.isdigit()):
        return None  # "STP 3&4": a name
    if re.match(r"[- ]?generation\b|\s+and\s+\d+(?:\.\d+)?[- ]generation\b", after, re.I):
        return None  # "4.5-generation fighters", "4 and 4.5 generation": a label
    if (
        re.match(r"-?(?:mm|millimet(?:er|re)s?)\b", after, re.I)
        and not re.match(
            r"mm\s+(?:of\s+(?:rain|rainfall|snow|water)|(?:fell|rain|rainfall)\b)", after, re.I
        )
        and not (
            _RAIN_BEFORE.search(body, max(ss, start - 40), start)
            and not _WEAPON.match(after, re.match(r"-?\w+", after).end())  # type: ignore[union-attr]
        )
    ):
        return None  # 152mm, 155-millimetre: a calibre ("120mm of rain", "rained 80mm": a measure)
    if re.match(r"\s(?:mm|millimet(?:er|re)s?)\b", after, re.I):
        if _WEAPON.match(after[re.match(r"\s\w+", after).end() :]):  # type: ignore[union-attr]
            return None  # "152 mm shells" is a calibre; "40 mm of rain" is not
    if re.match(
        r"-?(?:cal(?:iber|ibre)?)\b|-year-old\b|\s?(?:mm|millimet\w*)\s+(?:calib)", after, re.I
    ):
        return None
    if (
        (
            re.search(r"[A-Z][\w’'-]+\.?,\s*\Z", body[max(ss, start - 40) : start])
            or _PERSON_NOUN_BEFORE.search(body, max(ss, start - 40), start)
        )
        and re.match(r"\s*[,;]|\.(?:\s|\Z)", after)
        and len(raw) <= 3
    ):
        return None  # "Beatriz Camacho, 61, …", "the mayor, 58, …", "X Jr., 53;": an age
    if (
        len(raw) <= 3
        and re.search(
            r"\b(?:retirement|pension|pensionable|voting|minimum|drinking|marriage|legal)\s+"
            r"ages?\b[^.;%]{0,30}\Z",
            body[max(ss, start - 50) : start],
            re.I,
        )
        and not re.match(
            r"\s*(?:%|percent\b|per\s+cent\b|(?:million|billion|thousand|lakh|crore)\b|"
            r"[a-z]{3,}s\b)",
            after,
        )
    ):
        return None  # "the retirement age rising from 62 to 64": ages
    if (
        len(raw) <= 3
        and (
            re.match(r"\s+(?:years?\s+)?(?:and|or)\s+(?:older|over|above|younger|under)\b", after)
            or re.search(
                # "aged 40", "aged, 56" (a stray comma), "aged between 18 and 32"
                r"\b(?:aged?|ages?\s+of),?\s+(?:(?:over|under|above|below|between)\s+)?\Z",
                body[max(ss, start - 18) : start],
            )
            or (  # "people over 65 can enrol", "children under 5": an age, no noun after
                _AGE_GROUP_BEFORE.search(body, max(ss, start - 40), start)
                and raw.isdigit()
                and int(raw) <= 120
                and not re.match(r"\s*(?:%|percent\b|per\s+cent\b|[a-z]{3,}s\b)", after)
            )
            or re.match(r"-\s+(?:to|and)\s+\d{1,3}-years?-olds?\b", after)  # "18- to 24-year-olds"
            or re.search(  # "children aged 5 to 11", "between the ages of 12 and 17"
                r"\b(?:aged?|ages\s+of),?\s+(?:between\s+)?\d{1,3}\s*(?:-|–|to|and)\s*\Z",
                body[max(ss, start - 32) : start],
            )
        )
    ):
        return None  # "volunteers 65 and older", "aged 65 years and over": an age
    if re.match(r"\)", after) and re.search(
        r"(?:day|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s*\(\Z",
        body[max(ss, start - 12) : start],
        re.I,
    ):
        return None  # "on Wednesday (7)": the day of the month
    if (re.match(r"\s+[NSEW]\.?\s+[A-Z]", after) and len(raw) >= 3) or (
        not cur and "," not in raw and _STREET_AFTER.match(after)
    ):
        return None  # "11648 S. Peoria St.", "101 Main Street": a street number
    if (
        not cur
        and (
            _word_before(body, start, ss).rstrip(".") in _REF_NOUNS
            or _word_before(body, start, ss) in _REF_NOUNS
            or LABEL_BEFORE.search(body, max(ss, start - 12), start)
        )
        and not (  # "the rebels now number 3,000": the verb, a count
            _word_before(body, start, ss) == "number"
            and ("," in raw or scale_txt)
            and not re.search(
                r"\b(?:a|the|phone|serial)\s+number\s+\Z", body[max(ss, start - 20) : start], re.I
            )
        )
    ):
        return None  # "Section 301"; "BIG NUMBER $1 billion" is an amount
    scale = SCALES.get(scale_txt) or _SHORT.get(scale_txt) or 1
    value = _value(raw, scale)
    if (
        prev in "-−"
        and "." in raw
        and not cur
        and (start - 1 == ss or not body[start - 2].isalnum())
        and not re.search(r"\d\s*[-−]\Z", body[max(ss, start - 4) : start])
    ):  # "the -0.1% rate": a negative value (never a range's second end "6 -12")
        value, start = -value, start - 1
    if end < len(body) and body[end] in "½¼¾" and not scale_txt:  # "3½ per cent"
        value = value + {"½": 0.5, "¼": 0.25, "¾": 0.75}[body[end]]
        end += 1
        after = body[end:se]
    unit = cur
    is_year = not cur and not scale_txt and re.fullmatch(r"1[89]\d\d|20\d\d|2100", raw) is not None
    hit = Hit(start, end, value, "year" if is_year else "digit", unit, bool(scale_txt))
    if is_year and re.match(r"s\b|-\d", after):
        return None
    mag = _MAGNITUDE.search(body, max(ss, start - 12), start)
    if mag and not cur and not scale_txt:  # "a magnitude-7.8 quake", "magnitude 6.1"
        hit.kind, hit.unit, hit.start = "digit", "magnitude", mag.start()
        return hit
    pm = _PERCENT.match(after)
    cw = _CURRENCY_WORDS.match(after)
    ratio = re.match(
        r"\s+(?:of|out\s+of)\s+(?:the\s+)?(?:[\w’']+[’']s\s+)?(\d[\d,]*)\b", after
    ) or re.match(r"\s+in\s+(\d{1,3})\b(?![,.]\d)", after)
    compound = re.match(r"-([A-Za-z]+)(?:-[a-z]+)*\b", after)  # "20-square-kilometre"
    if (
        compound
        and compound.group(1).lower() in _PERIOD_NOUNS
        and not cur
        and not scale_txt
        and not (
            (noun := re.match(r"\s+([a-z]{3,}s)\b", body[end + compound.end() : se]))
            and noun.group(1) not in SINGULAR_S
        )
    ):
        return None  # "a 48-hour strike", "a 9-month deal": a period ("12-hour shifts" stays)
    if pm:
        hit.kind = "digit"
        hit.unit = "percentage points" if pm.group("pp") else "percent"
        hit.end = end + pm.end()
    elif cw and not cur:
        hit.unit, hit.end = cw.group(1), end + cw.end()
    elif ratio and not cur and not is_year:
        hit.unit, hit.ratio_of, hit.end = "of", ratio.group(1), end + ratio.end()
    elif compound and not is_year and compound.group(1) in SCALES and not scale_txt:
        # "$17-billion mine": a scale written with a hyphen
        hit.value = _value(raw, SCALES[compound.group(1)])
        hit.scaled, hit.end = True, end + compound.end(1)
    elif compound and not is_year and compound.group(1).lower() == "fold":
        hit.kind, hit.unit, hit.end = "multiplier", "times", end + compound.end()  # "2.5-fold"
    elif compound and not is_year:
        hit.unit, hit.end = compound.group()[1:], end + compound.end()
    else:
        unit_m = re.match(
            rf"°\s?(?:Celsius|Fahrenheit|C|F)\b|{_GLUED_UNIT}|\s(?:km/h|kmh|kph|mph)\b"
            r"|\s[Mm]agnitude\b",
            after,
        )
        if unit_m:  # "a 6.2 magnitude quake": the magnitude is the unit
            unit = unit_m.group().strip()
            hit.unit = "magnitude" if unit.lower() == "magnitude" else unit
            hit.end = end + unit_m.end()
    return hit


# the things "a dozen" or "half a dozen" counts: a plural noun, at most two words on
_DOZEN_OF = re.compile(
    r"(?:\s+[a-z][a-z-]*){0,2}?\s+(?:(?!times\b)[a-z]{2,}(?<!s)s|people|men|women|children)\b"
)


def _word_hit(body: str, m: re.Match[str], ss: int) -> Hit | None:
    if m.group("bare"):
        word = m.group("bare").lower()
        return Hit(m.start(), m.end(), _words_value(word), "word")
    word = m.group("w").lower()
    hund, scale = m.group("hund"), m.group("scale")
    if not hund and not scale:
        if word in ("a", "an") or word.startswith("half"):
            return None
        return Hit(m.start(), m.end(), _words_value(word), "word")
    if (
        scale
        and scale.lower() == "dozen"
        and (word in ("a", "an") or word.startswith("half"))
        and not _DOZEN_OF.match(body, m.end())
    ):
        return None  # "a dozen times", "half a dozen of": a rough size; "a dozen ships" counts
    if word.startswith("half"):
        base: int | float = 0.5
    elif word in ("a", "an"):
        base = 1
    else:
        base = _words_value(word)
    if hund:
        base = base * 100 + (_words_value(m.group("rest")) if m.group("rest") else 0)
    if scale:
        base *= SCALES[" ".join(scale.lower().split())]
    value = int(base) if float(base).is_integer() else base
    return Hit(m.start(), m.end(), value, "word", scaled=True)


def _words_value(word: str) -> int:
    parts = re.split(r"[- ]", word.lower())
    return sum(WORDS.get(p, 0) for p in parts)


_INFINITIVE_BEFORE = re.compile(
    r"\b(?:to|will|would|could|can|should|must|may|might|shall)\s+[a-z]+\b[^.;:!?,]{0,80}"
    r"\b(?:and|or)\s+\Z"
)


def _verb_slot(body: str, pos: int, ss: int) -> bool:
    """ "double" at ``pos`` is a verb: after a modal or "to" ("expected to double"), or the
    second verb of one ("to cut costs and double output")."""
    if _word_before(body, pos, ss) in _MODALS:
        return True
    return bool(_INFINITIVE_BEFORE.search(body, max(ss, pos - 110), pos))


def _mult_hit(m: re.Match[str]) -> Hit | None:
    word = m.group("m").lower()
    if m.group("n") is not None:
        n = m.group("n").lower()
        value: int | float | None = int(n) if n.isdigit() else _FOLD.get(n)
        if value is None:
            return None
    else:
        value = {"doub": 2, "trip": 3, "quad": 4, "halv": 0.5, "twic": 2}[word[:4]]
    return Hit(m.start(), m.end(), value, "multiplier", "times", participle=word.endswith("ing"))


def scan(body: str, ss: int, se: int, dates: list[tuple[int, int]]) -> list[Hit]:
    """Every number in body[ss:se], in order, none overlapping."""
    early = _spoken(body, ss, se)  # "40-point-six", "One in 10", "a 64:36 ratio"
    early_spans = [(h.start, h.end) for h in early]
    digits: list[Hit] = []
    for m in DIGIT_RE.finditer(body, ss, se):
        if (digits and m.start() < digits[-1].end) or _inside(m.start(), early_spans):
            continue  # the 50 of "21 of 50"
        hit = _digit_hit(body, m, ss, se, dates)
        if hit:
            digits.append(hit)
    hits = sorted(early + _join_scales(body, _join_groups(body, digits)), key=lambda h: h.start)
    taken = [(h.start, h.end) for h in hits]
    for m in WORD_RE.finditer(body, ss, se):
        if not m.group().strip() or _inside(m.start(), taken):
            continue
        hit = _word_hit(body, m, ss)
        if hit:
            hits.append(hit)
    for m in MULT_RE.finditer(body, ss, se):
        if m.group("inf") and not _verb_slot(body, m.start(), ss):
            continue  # "a double standard"; "expected to double" is a figure
        hit = _mult_hit(m)
        if hit and not _inside(m.start(), taken):
            hits.append(hit)
    for m in _HALF_POINT.finditer(body, ss, se):
        if not _inside(m.start(), [(h.start, h.end) for h in hits]):
            hits.append(Hit(m.start(), m.end(), 0.5, "digit", "percentage points"))
    for m in _HALF_PERCENT.finditer(body, ss, se):  # "half a percent", "half percent"
        if not _inside(m.start(), [(h.start, h.end) for h in hits]):
            hits.append(Hit(m.start(), m.end(), 0.5, "digit", "percent"))
    for m in _BY_HALF.finditer(body, ss, se):  # "fell by half", as "cut by a fifth"
        if _AFTER_BY_HALF.match(body, m.end(), se) and not _inside(
            m.start("h"), [(h.start, h.end) for h in hits]
        ):
            hits.append(Hit(m.start("h"), m.end(), 0.5, "digit", "share"))
    for m in _HALF_OF.finditer(body, ss, se):  # "more than half the state", "the other half"
        g = "h" if m.group("h") else "o"
        if not _inside(m.start(g), [(h.start, h.end) for h in hits]):
            hits.append(Hit(m.start(g), m.end(g), 0.5, "digit", "share"))
    for m in _FRACTION.finditer(body, ss, se):  # "two-thirds", "a fifth of the budget"
        hit = _fraction_hit(body, m, se)
        if hit:
            of_scale = _OF_A_SCALE.match(body, m.end(), se)
            if of_scale:  # "a quarter of a million": 250,000
                hit.value = _value(str(hit.value), SCALES[of_scale.group(1).lower()])
                hit.kind, hit.unit, hit.scaled, hit.end = "digit", None, True, of_scale.end()
            hits = [h for h in hits if h.end <= hit.start or h.start >= hit.end]
            hits.append(hit)
    for m in _QUARTER_POINT.finditer(body, ss, se):  # "a quarter of a percentage point"
        hits = [h for h in hits if h.end <= m.start() or h.start >= m.end()]
        share = 0.75 if (m.group("n") or "").lower() == "three" else 0.25
        hits.append(Hit(m.start(), m.end(), share, "digit", "percentage points"))
    hits.sort(key=lambda h: h.start)
    _share_scales(body, hits)
    return hits


_ONE_DIGIT = "zero|one|two|three|four|five|six|seven|eight|nine"
_SPOKEN_RE = re.compile(
    rf"(?<![\w.-])(?:(?P<int>\d+|{_WNUM})-)?point-(?P<dec>(?:{_ONE_DIGIT})(?:-(?:{_ONE_DIGIT}))*"
    rf"|\d+)\b(?!-)"
    # "three point two percent": spaced, only before a percent or a scale ("at one point two
    # men left" is no number)
    rf"|(?<![\w.-])(?P<int2>\d+|{_WNUM})\s+point\s+(?P<dec2>(?:{_ONE_DIGIT})(?:\s+(?:{_ONE_DIGIT}))*)"
    r"(?=\s+(?:percent\b|per\s+cent\b|percentage\s+points?\b|(?:thousand|million|billion|trillion)\b))"
    # "six-and-a-half", and "two and a half" before a scale or a percent
    rf"|(?<![\w.-])(?P<ah>\d+|{_WNUM})(?:-and-a-half\b|\s+and\s+a\s+half\b"
    r"(?=\s+(?:thousand|million|billion|trillion|percent\b|per\s+cent\b)))"
    rf"|(?<![\w.-])(?P<th>{_WNUM})-thousand-(?P<thr>\d{{1,3}}|{_WNUM})\b(?!-)"
    rf"|\b(?P<rate>one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?P<of>\d{{1,3}}|{_WNUM})"
    r"\b(?![-,.]\d)(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?)\b)"
    rf"|(?<![\w:.,])(?P<ra>\d{{1,3}}):(?P<rb>\d{{1,3}})(?=\s+(?:ratio|split)\b)"
    r"|\bratios?\s+(?:(?:is|was|of|at|stands\s+at|stood\s+at)\s+)?(?:about\s+|around\s+)?"
    r"(?P<ra2>\d{1,3}):(?P<rb2>\d{1,3}(?:,\d{3})*)(?![\d:]|[.,]\d)",  # "ratio is 1:16,000"
    re.I,
)
_SPOKEN_SCALE = re.compile(r"\s+(thousand|million|billion|trillion)\b", re.I)


def _num_or_words(text: str) -> int:
    return int(text) if text.isdigit() else _words_value(text)


def _spoken(body: str, ss: int, se: int) -> list[Hit]:
    """Numbers read out as broadcasters write them ("five-point-two percent", "78-point-nine
    billion", "point-six percentage points", "six-and-a-half percent", "two-thousand-557"),
    a rate written in words ("One in 10") and a ratio with a colon ("a 64:36 ratio")."""
    out: list[Hit] = []
    for m in _SPOKEN_RE.finditer(body, ss, se):
        for a, b in (("ra", "rb"), ("ra2", "rb2")):
            if m.group(a):  # "a 64:36 ratio", "a ratio of 1:16,000": both sides are figures
                out.append(Hit(m.start(a), m.end(a), int(m.group(a)), "digit", "ratio"))
                rb = int(m.group(b).replace(",", ""))
                out.append(Hit(m.start(b), m.end(b), rb, "digit", "ratio"))
        if m.group("ra") or m.group("ra2"):
            continue
        if m.group("rate"):  # "one in 10 people": a rate, its 10 is no count of its own
            of = str(_num_or_words(m.group("of")))
            rate = WORDS[m.group("rate").lower()]
            out.append(Hit(m.start(), m.end(), rate, "digit", f"in {of}"))
            continue
        value: int | float
        if m.group("dec") or m.group("dec2"):
            whole_text = m.group("int") or m.group("int2")
            whole = _num_or_words(" ".join(whole_text.split())) if whole_text else 0
            dec = m.group("dec") or m.group("dec2")
            digits = (
                dec
                if dec.isdigit()
                else "".join(str(WORDS[w.lower()]) for w in re.split(r"[-\s]+", dec))
            )
            value = _value(f"{whole}.{digits}")
        elif m.group("ah"):
            value = _num_or_words(m.group("ah")) + 0.5
        else:
            value = _words_value(m.group("th")) * 1000 + _num_or_words(m.group("thr"))
        hit = Hit(m.start(), m.end(), value, "digit")
        scale = _SPOKEN_SCALE.match(body, hit.end, se)
        if scale:
            hit.value = _value(str(value), SCALES[scale.group(1).lower()])
            hit.scaled, hit.end = True, scale.end()
        pct = PERCENT.match(body, hit.end, se)
        cw = _CURRENCY_WORDS.match(body, hit.end, se)
        if pct:
            hit.unit = "percentage points" if pct.group("pp") else "percent"
            hit.end = pct.end()
        elif cw:
            hit.unit, hit.end = cw.group(1), cw.end()
        out.append(hit)
    return out


_SCALE_IN = re.compile(
    r"(?i:(lakh|thousand)\s+crores?|thousand|(?:m|b|tr)illions?|lakhs?|crores?|mn|bn|trn|tn)\b"
)


def _scale_in(text: str, last: bool = True) -> int:
    """The scale of a number's words ("Rs 5 billion" → 10**9), else 1; with ``last`` only
    a scale the words end with."""
    m = next(iter(reversed(list(_SCALE_IN.finditer(text)))), None)
    if not m or (last and text[m.end() :].strip()):
        return 1
    word = " ".join(m.group().lower().split())
    return SCALES.get(word) or _SHORT.get(word) or 1


def _join_scales(body: str, hits: list[Hit]) -> list[Hit]:
    """One amount written in two scaled parts: "Rs 5 billion 40 crore" (5.4 billion),
    "1720 crore 11 lakh", "14 thousand 500 billion rupees" (14,500 billion)."""
    out: list[Hit] = []
    for h in hits:
        a = out[-1] if out else None
        if (
            a is not None
            and a.scaled
            and h.scaled
            and a.kind == h.kind == "digit"
            and body[a.end : h.start] == " "
            and not body[h.start].isalpha()  # the second part has no currency of its own
        ):
            sa, sb = _scale_in(body[a.start : a.end]), _scale_in(body[h.start : h.end], False)
            if sa > sb > 1:  # "5 billion 40 crore"
                a.value = _value(str(a.value)) + h.value
            elif sa == 1000 and sb > sa:  # "14 thousand 500 billion"
                a.value = a.value * sb + h.value
            else:
                out.append(h)
                continue
            a.end, a.unit = h.end, h.unit or a.unit
            continue
        out.append(h)
    return out


_PHONE_RUN = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+\s?[-–.]?\d")  # "1 800 863-6582"


_GROUPED = re.compile(r"(?P<cur>[^\d\s]{1,4}\s?)?\d{1,3}(?:[ \u00a0\u202f]\d{3})*")


def _comma_space_group(body: str, a: Hit, h: Hit) -> bool:
    """ "139, 876 new voters", "K30, 000.00", "1, 882mw": thousands with a stray space after
    the comma, never a list ("2, 3, 5 percent", "12, 150 and 200") nor a date ("May 12, 200
    people")."""
    if body[h.start : h.start + 3] == "000":
        return True
    return not (
        re.match(r"\d{3}\s*(?:,\s*\d|(?:and|or)\s+\d)", body[h.start : h.start + 12])
        or re.search(r"(?:\d,\s*|\b(?:and|or)\s+)\Z", body[max(0, a.start - 8) : a.start])
        or re.search(rf"\b{_MONTH}\s+\Z", body[max(0, a.start - 12) : a.start])
    )


def _join_groups(body: str, hits: list[Hit]) -> list[Hit]:
    """Thousands written with a space ("15 940", "1 250 000") or a stray space after the
    comma ("76, 000") are one number, not two."""
    out: list[Hit] = []
    for h in hits:
        a = out[-1] if out else None
        gap = body[a.end : h.start] if a else ""
        if (
            a is not None
            and not re.search(r"(?:\d[\s\u00a0]|[+(])\Z", body[max(0, a.start - 2) : a.start])
            and not _PHONE_RUN.match(body, a.start)
            and (
                gap in (" ", "\u00a0", "\u202f") or (gap == ", " and _comma_space_group(body, a, h))
            )
            and a.kind == "digit"
            and not (a.scaled or a.ratio_of)
            and (lead := re.fullmatch(_GROUPED, body[a.start : a.end]))
            and (not a.unit or lead.group("cur"))  # "R19 000": a currency before is kept
            and re.match(r"\d{3}(?:\.\d+)?(?!\d)(?![,.]\d)", body[h.start : h.end])
            and h.kind == "digit"
            and not h.scaled
            and isinstance(a.value, int)
        ):
            a.value = a.value * 1000 + h.value
            a.end, a.kind, a.unit, a.ratio_of = h.end, "digit", h.unit or a.unit, h.ratio_of
            continue
        out.append(h)
    return out


_HALF_POINT = re.compile(r"\bhalf\s+(?:a|one)\s+(?:percentage\s+)?point\b", re.I)
_QUARTER_POINT = re.compile(
    r"\b(?:(?P<n>a|one|three)[\s-]+)?quarters?\s+(?:of\s+)?(?:a|one)\s+(?:percentage\s+)?point\b",
    re.I,
)
_FRACTION = re.compile(
    r"\b(?P<n>one|two|three|four|five|six|seven|nine|a)(?P<sep>[ -])"
    r"(?P<d>thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b(?!-)",
    re.I,
)
_BY_HALF = re.compile(
    r"\bby\s+(?:(?:almost|nearly|about|around|roughly|more\s+than|over|some)\s+)?(?P<h>half)\b",
    re.I,
)
_AFTER_BY_HALF = re.compile(  # never "by half a length", "by half the team"
    r"\s*(?:[,.;:)]|\Z|(?:in|to|from|on|over|since|and|or|this|last|between|after)\b)", re.I
)
# half a thing, after a word that makes it a share: "more than half the state", "the other
# half of the cash", "up to half a mile"; never "half an hour", "the first half", "half
# time" (periods) nor "half a dozen" (read as six). "Nearly half of the wells", "with half of
# the funding", "was half of Lind's estimate" count (the keys of dev batches 34-35 all do; older
# keys read it both ways).
_HALF_OF = re.compile(
    r"\b(?:(?:more|less|fewer)\s+than|nearly|almost|about|around|roughly|over|some|just|"
    r"up\s+to|with|was|were|is|are|be)\s+(?P<h>half)\b"
    r"(?=\s+(?:of\s+)?(?:the|its|their|all|a\s+(?!dozen|day|week|month|year|century|decade|"
    r"minute|second|hour|season|term)\w|[A-Z][\w’'-]*[’']s\s))"
    r"(?!\s+(?:of\s+)?(?:the|its|their|a)\s+(?:day|week|month|year|century|decade|season|term|"
    r"match|game|race|hour|time|way)s?\b)"
    r"|\b(?:the|an?)\s+other\s+(?P<o>half)\b(?=\s+of\b)",
    re.I,
)
_OF_A_SCALE = re.compile(r"\s+of\s+an?\s+(million|billion|trillion)\b", re.I)
_DENOMINATORS = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
_FRACTION_OF_TIME = re.compile(
    r"(?:\s+of)?\s+(?:(?:a|an|the|this|that|its|each|every|last|next)\s+)?(?:[a-z]+\s+)?"
    r"(?:century|centuries|decade|year|month|week|day|hour|mile|inch|way|season|term)s?\b"
    r"|\s+of\s+(?:fiscal\s+|FY\s*)?(?:1[89]|20)\d\d\b",  # "three quarters of 2024"
    re.I,
)


_BY_BEFORE = re.compile(
    r"\bby\s+(?:(?:almost|nearly|about|around|roughly|over|more\s+than|less\s+than|"
    r"just\s+over|just\s+under|some)\s+)?\Z",
    re.I,
)
_AFTER_BY_SHARE = re.compile(
    r"\s*(?:[,.;:)]|\Z|(?:in|to|from|on|over|since|and|or|this|last|a|the|between|after)\b)",
    re.I,
)


# "a third were women", "two thirds say they …": a share of a group, told with a verb in the
# plural ("a third term", "a third is planned" are ordinals)
_SHARE_VERB = re.compile(
    r"\s+(?:were|are|have|say|said\s+they|think|believe|want|(?:dis)?agreed?|oppose[ds]?|supported)\b",
    re.I,
)


def _fraction_hit(body: str, m: re.Match[str], se: int) -> Hit | None:
    """A fraction in words: "two-thirds majority", "one-fifth", "a third of the budget",
    "two thirds of voters". Written with a space it needs "of" or "majority" after it ("a
    third term" is an ordinal), unless plural ("two thirds is owned": no ordinal is; but
    "three quarters" may be of a year); never a fraction of time or way ("a quarter of a century",
    "three quarters of the year")."""
    n, d = m.group("n").lower(), m.group("d").lower()
    if (
        m.group("sep") == " "
        and not (n not in ("one", "a") and d in ("thirds", "fifths", "sixths", "eighths", "tenths"))
        and not re.match(r"\s+(?:of|majority)\b", body[m.end() : se])
        and not _SHARE_VERB.match(body, m.end(), se)
        and not (
            _BY_BEFORE.search(body, max(0, m.start() - 24), m.start())
            and _AFTER_BY_SHARE.match(body, m.end(), se)
        )
    ):
        return None  # "cut by a fifth," is a share; "a third party", "a third term" are not
    if _FRACTION_OF_TIME.match(body, m.end(), se):
        return None
    if d.endswith("s") != (n not in ("one", "a")):
        return None  # "one thirds", "two third": no fraction
    value = (1 if n == "a" else WORDS[n]) / _DENOMINATORS[d.rstrip("s")]
    return Hit(m.start(), m.end(), value, "digit", "share")  # a share, as "percent" is


_HALF_PERCENT = re.compile(r"\bhalf\s+(?:a\s+)?(?:percent\b|per\s+cent\b|%)", re.I)
_RANGE_GAP = re.compile(r"\s*(?:-|–|to|and|or)\s*(?:US\$|\$|€|£)?\Z")
_SCALE_WORD = re.compile(
    r"\s*(thousand|(?:m|b|tr)illions?|lakhs?|lacs?|crores?|crs?|mn|bn|tn|trn|bln|mln)\b", re.I
)


def _share_scales(body: str, hits: list[Hit]) -> None:
    """ "between 1.4 and 1.6 million", "10 to 25 percent": the first number of a range
    takes the second's scale and unit; so does a number word after "between" or "from"
    ("between one and 1.1 million barrels")."""
    for a, b in zip(hits, hits[1:], strict=False):
        word_start = (
            a.kind == "word"
            and b.kind == "digit"
            and b.scaled
            and re.search(r"\b(?:between|from)\s+\Z", body[max(0, a.start - 9) : a.start], re.I)
        )
        if (a.kind != "digit" and not word_start) or b.kind not in ("digit", "word") or a.scaled:
            continue
        if re.search(r"\d,\d{3}(?!\d)", body[a.start : a.end]):
            continue  # "Rs 50,000 to Rs 1 lakh": the thousands written out, no scale to share
        if a.unit and b.unit and a.unit != b.unit:
            continue
        if a.unit in ("percent", "percentage points") and b.unit != a.unit:
            continue  # "up 0.4 per cent to 1.72 million": a rise, then the new total
        if not _RANGE_GAP.match(body[a.end : b.start]) or b.start - a.end > 8:
            continue
        lead = re.match(r"\D*[\d.,]+", body[b.start : b.end])
        num_end = b.start + (len(lead.group()) if lead else 0)
        scale = _SCALE_WORD.match(body, num_end)
        if scale and b.scaled:
            word = scale.group(1).lower()
            a.value = _value(str(a.value), SCALES.get(word) or _SHORT.get(word) or 1)
            a.scaled = True
            if word_start:  # the span reads "between one": the word alone is no figure
                a.start = body.rfind(" ", 0, a.start - 1) + 1
        if b.unit in ("percent", "percentage points") or (b.unit and not a.unit and scale):
            a.unit = b.unit
        elif (
            a.unit
            and not (b.unit or b.scaled)
            and not body[a.start].isdigit()
            and b.kind == "digit"
        ):
            b.unit = a.unit  # "Rs 10- 35 per unit": the second end is rupees too
