"""The word lists the speaker rules read: titles, roles, bodies, places, honorifics and the
small words that never start a name. Plain data; ``subjects``, ``people``, ``quotes`` and
``names`` import them from here."""

from __future__ import annotations

# words that make a title in front of a name ("Army Gen.", "Defense Minister")
TITLE_WORDS = frozenset(
    """
gen general lt lieutenant col colonel maj major adm admiral capt captain sgt sergeant cmdr
commander brig marshal army navy air force marine dr doctor mr mrs ms miss prof professor sen
senator rep representative gov governor mayor president vice prime minister secretary deputy
chief chancellor ambassador director spokesman spokeswoman spokesperson chairman chairwoman
chair chairperson ceo king queen prince princess pope judge justice rev sir lord lady dame
premier leader
supreme officer envoy speaker attorney inspector head commissioner pres foreign defense
member councilmember councilman councilwoman
controller inspector supervisor marshal attorney commandant curator clerk
taoiseach tanaiste tánaiste
defence interior finance economy trade state national security intelligence adviser advisor
executive official analyst economist researcher founder editor coach prosecutor
astronaut pilot engineer scientist physicist nurse teacher lawyer
minster class coroner supt insp undersecretary brigadier commodore corporal
fr canon monsignor msgr revd venerable ven
""".split()  # "Prime Minster X": a slip for "Minister" that papers print; a cleric's title
)  # ("Fr. X", "Canon X", "Msgr X", "Ven. X")
# nouns that make a lower-case role ("intelligence chief", "the defense minister")
ROLE_NOUNS = frozenset(
    """
chief minister leader president spokesman spokeswoman spokesperson commander general official
analyst director head envoy ambassador secretary adviser advisor researcher economist
professor expert governor mayor lawmaker senator diplomat officer negotiator premier chancellor
ceo executive founder editor fellow correspondent chairman chairwoman chair chairperson prosecutor
judge farmer publisher
resident worker organiser organizer activist admiral colonel captain sergeant lieutenant
brigadier commodore corporal
spokesperson representative strategist scholar historian manager owner trader economist
mp mla legislator councillor councilor congressman congresswoman deputy
astronaut pilot engineer scientist physicist nurse teacher lawyer
commissioner superintendent administrator coordinator sheriff herder fisherman volunteer
boss driver operator employee vendor shopkeeper merchant doctor physician surgeon lecturer
principal headteacher student parent villager protester demonstrator campaigner investigator
detective constable soldier veteran patient miner trucker passenger investor banker broker
consultant contractor architect journalist reporter photographer pastor priest imam bishop
cleric rabbi elder survivor witness victim mother father widow labourer laborer technician
neighbour neighbor friend colleague relative cousin brother sister wife husband son daughter
partner uncle aunt nephew niece grandson granddaughter grandmother grandfather
coach trainer skipper referee umpire dean rector provost registrar auditor comptroller
treasurer warden magistrate ombudsman collector tehsildar sarpanch headman chieftain emir
archbishop cardinal ayatollah mufti solicitor counsel advocate ranger
author co-author astronomer biologist chemist geologist epidemiologist virologist
climatologist meteorologist seismologist volcanologist ecologist sociologist psychologist
anthropologist archaeologist criminologist demographer statistician mathematician novelist
filmmaker actor actress musician athlete footballer cricketer goalkeeper midfielder
entrepreneur pharmacist dentist midwife paramedic firefighter king queen prince princess
monarch master headmaster harbourmaster harbormaster postmaster
member councilmember councilman councilwoman
controller inspector supervisor marshal attorney commandant curator clerk
taoiseach tanaiste tánaiste undersecretary
""".split()
)
ABBREV_TITLES = {
    "gen": "general",
    "adm": "admiral",
    "col": "colonel",
    "lt": "lieutenant",
    "maj": "major",
    "capt": "captain",
    "sgt": "sergeant",
    "prof": "professor",
    "dr": "doctor",
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "pres": "president",
    "cmdr": "commander",
    "fr": "father",
    "msgr": "monsignor",
    "revd": "reverend",
    "ven": "venerable",
}
ORG_WORDS = frozenset(
    """
ministry agency office department service command council committee kremlin pentagon treasury
government administration union bank fund institute center centre group company party court
commission association authority news times post reuters kcna ap afp yonhap tass ria
bureau staff military forces police embassy federation alliance university college
organization organisation assembly parliament congress senate ministry army navy
school hospital club cooperative coalition network corporation foundation board guard
airline mission contingent battalion brigade regiment corps bhd berhad tbk
""".split()
)
PLACES = frozenset(
    """
north south east west new united republic kingdom states saint san los las
korea korean russia russian ukraine ukrainian china chinese america american europe european
japan japanese iran israel india france germany britain poland nato
mount mt lake cape fort gulf bay
canada canadian australia australian british english french german italian spanish
mexican brazilian peruvian chilean nigerian kenyan ghanaian african asian indian
pakistani indonesian philippine filipino turkish egyptian
""".split()
)
HONORIFICS = frozenset(
    "mr mrs ms miss dr prof sir hon rt engr ald smt shri shrimati alhaji alhaja alh hajiya "
    "mallam otunba comrade barrister barr cllr h.e excellency datuk dato datu datin seri madam "
    "madame cr ratu".split()
)  # stripped from a name: "Engr. X", "Rt. Hon. X", "Alhaji X", "Shri X", "Cr X" (councillor),
# "Ratu X" (a Fijian chief's title)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
STOP = WEEKDAYS | frozenset(
    """
but and yet so then also however meanwhile still now later earlier today yesterday on in at
the a an this that these those when
while after before as if asked speaking it its we i they he she you our their his her there
here what why how where who which according last next furthermore moreover additionally
separately elsewhere nevertheless nonetheless instead indeed besides overall finally thus
hence therefore otherwise likewise similarly accordingly
already some no any every each many most several both even only just again once although
though because since despite amid almost nearly such another few either neither whether
""".split()  # the last two lines: "Already, KNUT Secretary-General X", "No Robusta coffee
)  # was on offer", "Some Grab drivers": words that open a sentence and never a name
# prepositions that open a sentence before a name ("For Ana Lind, the figures are good
# news"); not "To", a surname ("To Lam")
LEAD_PREPOSITIONS = frozenset(
    "for with from by of into among amongst like unlike under over without within through "
    "across against towards toward upon".split()
)
# title words that, in lower case, are adjectives: "Medina, the major towns where …" has no
# role ("Major Ana Lind" keeps hers: capitalised)
ADJECTIVE_TITLES = frozenset({"major"})
# the letters before a ship's name (navies and merchant ships): "KRI Sultan Hasanuddin"
SHIP_PREFIXES = frozenset(
    "KRI HMS USS USNS INS HMAS HMNZS HMCS BRP PNS TCG ARA RFS KD MV MT SS RV CGS HNLMS FGS "
    "ROKS JS NNS GNS KNS".split()
)
PRONOUNS = frozenset({"he", "she", "it"})
# titles any officeholder or speaker may be called ("the official said" after a minister)
GENERIC_TITLES = frozenset(
    "expert analyst scholar researcher academic observer official boss".split()
)
# words that say a person is a man or a woman: honorifics and gendered roles
GENDER_WORDS = {
    **dict.fromkeys(
        "mr sir lord king prince spokesman chairman congressman businessman father husband "
        "son brother grandfather uncle boy man councilman assemblyman policeman fireman".split(),
        "m",
    ),
    **dict.fromkeys(
        "mrs ms miss lady dame queen princess spokeswoman chairwoman congresswoman "
        "businesswoman mother wife daughter sister grandmother aunt girl woman councilwoman "
        "assemblywoman policewoman widow".split(),
        "f",
    ),
}
# dotted or short forms of ranks and offices ("I.G. Boora", "DG Deswal", "SP Rao")
TITLE_ABBREVS = frozenset(
    "ig dg dig adg ig sp ssp dsp cm mp mla md cmd ceo cfo cto dgp avm igp cp acp dcp asp "
    "aig cds coas vc dc td fm pm dpm ocpd ocs gm coo".split()
)
# words of an office or of a minister's portfolio: never the first word of a person's name
# ("Minister of Agriculture and Food Security Ana Lind", "City Council Member Ana Lind",
# "Union Railways and IT Minister Ana Lind"); only leading words are dropped, and only while
# a name is left
# the portfolio of an office: "the finance minister" is not the Farming Minister
PORTFOLIOS = frozenset(
    """
affairs energy resources development health security defence defense commerce industry
industries finance education environment transport transportation agriculture technology
science services relations operations mining mines railways railway food interior
infrastructure trade labour labor tourism fisheries petroleum housing works information
communications culture sports youth planning economy treasury immigration lands aviation
ports shipping maritime highways telecommunications innovation water welfare forestry
livestock irrigation budget revenue customs heritage arts climate gender women children
farming fishing sport broadcasting media communication parliamentary legal justice law home
external power electricity textiles petroleum statistics coal steel oil gas fertiliser
fertilizers chemicals
""".split()
)
OFFICE_LEADS = PORTFOLIOS | frozenset(
    """
member members council city county union board cabinet committee parliament ministry
department federal municipal regional provincial district state resource supervision
military veterans
""".split()
)
# last words of capitalised runs that name a place, thing or event, not a person
NOT_PERSON_LAST = frozenset(
    """
delta river sea ocean gulf pipeline province region district city county island islands
mountains valley street road avenue square airport port station terminal field fields basin
africa asia america europe day week month year war act bill law treaty accord agreement
programme program project initiative plan index report survey summit conference forum games
cup league award prize border line control force forces rifles guard police army navy
affairs energy resources development health security defence defense commerce industry
industries finance education environment transport agriculture technology science sciences
services relations operations castle palace temple church mosque tower hall park stadium
museum square bridge centre center women men election elections poll polls referendum
shillings dollars euros pounds rupees naira cedis yuan yen rand billion million trillion
""".split()
)
# words for people in general ("critics", "an onlooker"): no one named
PEOPLE_NOUNS = frozenset(
    "critic observer supporter opponent citizen local people residents locals authorities "
    "police officials others many some both all rescuer relative neighbour neighbor "
    "friend family families parent child children voter user shopper customer source "
    "eyewitness commuter traveller traveler fan spectator onlooker accountant surveyor "
    "planner landlord tenant homeowner renter buyer seller shareholder businessman "
    "businesswoman player sprinter runner lifter swimmer boxer jockey striker defender "
    "pupil".split()
)
# the legal endings of a company's name ("the Vodacom Group", "Solvia Holdings", "X Ltd")
COMPANY_ENDINGS = frozenset(
    "Group Holdings PLC Plc plc Ltd Limited Inc Corporation Corp Company".split()
)
# words that end a company's name and never a person's: its legal ending or its trade
COMPANY_WORDS = COMPANY_ENDINGS | frozenset(
    "Airways Airlines Air Motors Telecom Energy Petroleum Oil Mining Resources Bank Insurance "
    "Pharma Foods Breweries Cement Steel Properties Logistics Shipping Enterprise "
    "Enterprises".split()
)

# the world's countries and a few lands often named alone, as one-line names (never a person:
# "In 2016, Zimbabwe recorded a 16% rise" names no one "he" could be); those that are also
# people's names ("Jordan", "Georgia", "Chad") are left out
COUNTRIES = frozenset(
    line.strip()
    for line in """
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia
Austria|Azerbaijan|Bahamas|The Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize
Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso
Burundi|Cabo Verde|Cape Verde|Cambodia|Cameroon|Canada|Central African Republic|Chile
China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czechia|Czech Republic|Denmark
Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea
Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|The Gambia|Germany|Ghana
Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India
Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Kazakhstan|Kenya
Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein
Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands
Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique
Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea
North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru
Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saint Lucia|Samoa|San Marino
Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia
Solomon Islands|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname
Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Timor-Leste|Togo|Tonga
Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine
United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|Venezuela
Vietnam|Yemen|Zambia|Zimbabwe|Hong Kong|Macau|Puerto Rico|Greenland|Scotland|Wales|England
""".replace("\n", "|").split("|")
    if line.strip()
)
