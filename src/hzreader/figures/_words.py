"""Word tables for `hzreader.figures`: number words, currencies and context words (the units
of measure and of time are in `_unit_words`)."""

from __future__ import annotations

_UNIT_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
#: "one" → 1 … "nineteen" → 19.
UNITS: dict[str, int] = {word: i for i, word in enumerate(_UNIT_WORDS)}
#: "twenty" → 20 … "ninety" → 90.
TENS: dict[str, int] = {
    word: 20 + 10 * i
    for i, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
}


def word_number(word: str) -> float | None:
    """The value of one English number word, lower case: "six" 6, "twenty" 20, "twenty-one"
    21; None for any other word, and for "zero" (no count or range end is written so)."""
    if UNITS.get(word):
        return float(UNITS[word])
    tens, _, unit = word.partition("-")
    if tens in TENS and (not unit and tens == word or UNITS.get(unit)):
        return float(TENS[tens] + (UNITS[unit] if unit else 0))
    return None
#: Words that multiply the number before them ("3 billion", "two dozen").
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "dozen": 12.0, "lakh": 1e5, "crore": 1e7,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9,
    "tn": 1e12, "trn": 1e12, "trln": 1e12,
}

_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
#: "first" → 1 … "hundredth" → 100.
ORDINALS: dict[str, int] = {word: i + 1 for i, word in enumerate(_ORDINAL_WORDS)}
ORDINALS.update(
    {word: 20 + 10 * i for i, word in enumerate(
        "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split())}
)
ORDINALS.update({"hundredth": 100, "thousandth": 1000})

#: Fraction denominators: "third(s)" → 3.
FRACTIONS: dict[str, int] = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
for _word, _n in ORDINALS.items():
    if 3 <= _n <= 10 or _n in (100, 1000):
        FRACTIONS[_word] = _n
        FRACTIONS[_word + "s"] = _n

#: Month names and abbreviations as written in news datelines (capitalised only).
MONTHS: dict[str, int] = {}
for _i, _name in enumerate(
    "January February March April May June July August September October November December"
    .split()
):
    MONTHS[_name] = _i + 1
    MONTHS[_name[:3]] = _i + 1
MONTHS["Sept"] = 9

WEEKDAYS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs "
    "Fri Sat Sun".split()
)

#: Currency written before the amount: "$5", "HK$12", "RMB 45", "€3".
CURRENCY_PREFIXES = frozenset(
    "$ US$ HK$ A$ AU$ C$ CA$ S$ NZ$ NT$ R$ M$ £ € ¥ ₹ ₩ ₽ ₺ ₦ "
    "RMB CNY USD EUR GBP JPY HKD AUD CAD SGD CHF INR KRW SEK NOK DKK CZK PLN Rs Rs. Rp "
    # figs16: the Macau pataca ("MOP 18.9 billion", "MOP$5,000") and the ringgit ("RM5.2bn")
    "MOP MOP$ RM MYR NZD TWD".split()
)
_CURRENCY_NAMES = (
    "dollars dollar yuan renminbi euros euro pounds pound sterling yen won rupees rupee "
    "rupiah ringgit baht pesos peso rubles ruble roubles rouble francs franc rand dirhams "
    "dirham riyals riyal lira reais real dong kyat tenge cents cent pence patacas pataca "
    "kronor krona kroner krone koruna zloty zlotys forint forints shekels shekel hryvnia"
).split()
_CURRENCY_LANDS = (
    "US|U\\.S\\.|American|Hong Kong|HK|Australian|Canadian|Singapore|Singaporean|New Taiwan|"
    "NT|New Zealand|Swiss|Japanese|South Korean|Korean|Indian|Indonesian|Mexican|Russian|"
    "Macao|Macau|Brazilian|Philippine|Thai|Turkish|Egyptian|Malaysian|Swedish|Danish|"
    "Norwegian|Czech|Polish|Hungarian|Israeli|Ukrainian"
)
#: Codes of crypto coins, money valued in the coin (figs24: BTC, ETH; figs33: stablecoins and
#: others). `_currency` takes them into its codes; not DOGE, ADA (an agency, an act).
CRYPTO_CODES = ("BTC", "ETH", "USDT", "USDC", "SOL", "XRP", "BNB", "DAI")
#: Regex: a currency written after the amount ("3 billion yuan", "10 US dollars").
CURRENCY_AFTER = (
    r"(?:euro|Euro)\scents?|"  # "20 euro cents": hundredths of a euro
    rf"(?:(?:{_CURRENCY_LANDS})\s)?(?:{'|'.join(_CURRENCY_NAMES)})(?:\ssterling)?"
    r"|(?:Swedish|Danish|Norwegian|Czech|Icelandic)\scrowns?"  # bare "crowns" may be won
    r"|RMB|CNY|USD|EUR|GBP|JPY|HKD|AUD|SGD|CHF|SEK|NOK|DKK|CZK|PLN"
    rf"|{'|'.join(CRYPTO_CODES)}|bitcoins?"  # figs24: crypto amounts are money in the coin
    # ("4,500 BTC"); figs33: stablecoins and other coins by their codes ("160 billion USDT")
    r"|gwei"  # figs26: a billionth of an ether ("fees fell to 30 gwei"), as cents of a dollar
)

#: Fractions written as one character after the digits ("2½ furlongs", "16½-13½").
VULGAR_FRACTIONS: dict[str, float] = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
#: Words before a number that say it is approximate or a bound; the span includes them.
APPROXIMATORS = frozenset({
    "over", "nearly", "about", "around", "almost", "approximately", "roughly", "some",
    "circa", "more than", "less than", "fewer than", "as much as", "as many as",
    "as few as", "as little as", "up to", "at least", "at most", "close to", "upwards of",
    "upward of", "in excess of", "no fewer than", "no more than", "no less than",
    "not more than", "an estimated", "just over", "just under", "well over", "just about",
    "slightly more than", "slightly less than", "just more than", "just less than",
    "nearly half", "almost exactly", "more than half", "approx.",
    "as high as", "as low as",  # figs24: bounds, as "as much as"
})
#: "under" as a bound, before money and percentages only (`_context.approx_of`; figs34).
UNDER = frozenset({"under"})
#: Approximators that may stand before a time of day ("about 11pm").
TIME_APPROXIMATORS = frozenset({"about", "around", "approximately", "roughly"})
#: Approximators that may also stand before a year ("around 2015").
YEAR_APPROXIMATORS = frozenset({"around", "about", "circa", "approximately", "roughly"})

#: Words that end the counted noun phrase (prepositions, determiners, verbs, adverbs).
STOP_WORDS = frozenset("""
of in on at to from by with for into onto over under about across after before during since
between among through per via than as like including within without against toward towards
amid around near beyond behind below above upon off out up down
and or but nor so yet while whereas if when that which who whom whose where whether because
although though unless until once
ahead apart away short back
the a an this these those their its his her our my your each every all some any no not
it they them we he she there here what
is are was were be been being am has have had do does did will would can could may might
must shall should said says say saying told
also still now then only just even already ago earlier later respectively apiece altogether
alone each both either neither such very too again ever never yet
""".split())

#: Verbs in the third person that end a counted noun phrase after its plural head ("trial of
#: 17,604 patients finds", "poll of 2,000 voters puts"; figs33): headline verbs, not nouns a
#: plural may carry before its head (those follow `PLURAL_MODIFIERS`: "sales calls").
S_VERBS = frozenset("""
finds shows suggests reveals puts warns claims sees backs wants gets makes takes gives calls
urges hits faces wins loses leads tops needs plans admits denies seeks joins links confirms
predicts indicates concludes highlights supports opposes favours favors rejects agrees
expects fears believes thinks feels tells asks gains doubles halves triples remains stays
becomes goes comes returns starts begins ends marks signals sparks prompts triggers offers
brings helps fails sues demands accuses blames praises slams hails welcomes
""".split())
#: Plurals that go before a plural head as a modifier ("100 sales calls", "3 arms deals").
PLURAL_MODIFIERS = frozenset(
    "sales arms sports savings goods news customs earnings systems services operations "
    "communications economics electronics".split())
#: Past tenses that end a counted noun phrase ("a crowd of 41,237 saw Rovers extend …":
#: no noun after the number; figs33); not those also used as modifiers ("paid rides", "cut
#: flowers", "left turns").
PAST_VERBS = frozenset("""
saw said took made went came gave got won told found met ran sold bought
brought thought led fell rose built sent spent began became knew grew drew threw wrote spoke
chose stood sat fled flew fought caught taught watched witnessed attended cheered
""".split())
#: Words after a verb's object begins ("enters its third week").
DETERMINERS = frozenset("its the a an their his her our this that these those my your".split())
#: Plural nouns that do not end in "s".
IRREGULAR_PLURALS = frozenset(
    "people children men women police staff personnel cattle sheep fish deer aircraft "
    "livestock poultry feet teeth mice geese data media crew folk youth offspring "
    "head spacecraft watercraft swine bison salmon alumni criteria phenomena "
    "spectra nuclei fungi bacteria larvae algae stimuli".split()  # figs30: "10^6 spectra"
)
#: Singular nouns ending in "men" (a plural ending: "policemen", "gunmen").
NOT_PLURAL_MEN = frozenset("specimen regimen abdomen acumen stamen hymen omen semen".split())
#: Words after a plural noun that make it a verb ("runners sets off"): particles.
VERB_PARTICLES = frozenset("off out up down away back".split())
#: Words that say a "pounds" figure is a weight, not money ("weighed in at 226 pounds").
WEIGHT_WORDS = frozenset(
    "weigh weighs weighed weighing weight weights heavier lighter heaviest lightest".split())
#: Verbs before a number that is dialled ("call 101", "dial 911").
DIAL_VERBS = frozenset("call calling called dial dialling dialing dialled dialed ring".split())
#: Emergency numbers ("911 calls", "a 999 call", "the 112 line"): names of a service. Only
#: 911 and 999 are never a count before a plural ("112 calls" may be counted).
EMERGENCY_NUMBERS = frozenset("911 999 112 000 111 101".split())
#: Words after an emergency number that make it the service's name, not a count or a figure.
EMERGENCY_AFTER = frozenset(
    "call calls caller callers calling operator operators dispatcher dispatchers dispatch line "
    "lines number emergency emergencies service services centre center centres centers system "
    "recording recordings tape tapes hotline".split())
#: Words after "three-point" in basketball: a name of the shot, not a count.
THREE_POINT_NAMES = frozenset(
    "range line shot shots attempt attempts arc play plays shooting shooter percentage".split())
#: Words ending in "s" that are not plural nouns.
NOT_PLURAL = frozenset(
    "news this its his hers ours yours theirs was has is does thus plus less unless "
    "across perhaps always sometimes nevertheless whereas besides towards afterwards "
    "upwards downwards outwards as us yes bus gas lens series species means chaos ethos "
    "percent indoors outdoors overseas upstairs downstairs backwards forwards "
    "canvas atlas bias alias christmas pancreas texas kansas arkansas sees".split()
)

#: Lower-case words that turn the number after them into a name or code ("Line 10").
NAME_PREFIXES = frozenset(
    "article articles rule rules section sections clause clauses chapter paragraph line lines "
    "route highway expressway freeway interstate bus flight flights platform gate terminal "
    "room page pages version level phase stage grade type category class model channel "
    "exit reactor item annex appendix episode season hotline tel telephone phone fax mobile "
    "code no nos number batch unit block building gen series mark lap junction junctions "
    "log ref reference case district proposition prop precinct ward".split()
)
#: Capitalised words that may stand right before a key figure ("In 2015", "About 30").
CAPITAL_OK = frozenset("""
the in on at by for from since of and or to with only just all another its their his her our
total last between under among after before during until when while each every including
exactly but yet so then now still also even meanwhile overall these those some about over
nearly around almost roughly approximately fewer less more up top there here that which what
whereas although though if once as than against per via like within without through toward
towards across into onto upon some any another fully nearly barely another nearly around
roughly estimated an a this those today tonight yesterday ci
add bake serve serves cut mix cook boil simmer roast stir whisk beat chop pour heat preheat
allow rest chill freeze use makes yields
""".split())

#: Verbs after which a bare ordinal word is a ranking ("ranked fourth").
RANK_VERBS = frozenset(
    "ranked ranks rank ranking finished finishes finish finishing came comes come placed "
    "places place seeded sit sits sat sitting lie lies lying stand stands standing".split()
)
#: Verbs that, followed by "to", make a bare ordinal a ranking ("rose to third").
RANK_MOVES = frozenset(
    "rose climbed slipped fell dropped moved jumped rising climbing slipping falling "
    "dropping moving jumping sank surged advanced rise rises climb climbs slip slips fall falls "
    "drop drops move moves jump jumps lifted lifts lift lifting sent sends send".split()
)
#: Objects between a ranking move and "to" ("lifts them to fourth", "sent her to third").
RANK_OBJECTS = frozenset("them it him her us".split())
#: Superlatives written after an ordinal with a space ("second largest").
SUPERLATIVES = frozenset(
    "largest biggest highest lowest best worst busiest richest fastest strongest most-visited "
    "oldest youngest smallest longest tallest poorest wealthiest".split()
)
#: Nouns a ranking ordinal takes with it ("first place").
RANK_NOUNS = frozenset("place position spot rank seed".split())
#: Nouns after "straight"/"consecutive" in a streak ("the fifth straight year").
STREAK_NOUNS = frozenset(
    "year month week day quarter time season term game match win victory title session "
    "round half edition defeat loss draw final semi-final semifinal quarter-final "
    "quarterfinal appearance start podium shutout race series "
    # economic streaks (figs14): "the third increase in a row", "a fourth straight rate cut"
    "increase rise hike cut fall decline drop gain reduction "
    # a central bank's rate-setting meetings (figs27): "for a third straight meeting"
    "meeting".split()
)
#: One word that may stand between "straight" and the streak's noun ("fifth straight league
#: win", "fourth consecutive home defeat"), or before "in a row" ("third league win in a row").
STREAK_MODIFIERS = frozenset(
    "league home away cup road Test playoff top-flight rate price monthly quarterly annual".split()
)
#: Results of play that a spelled ordinal after a possessive ranks within a season ("his
#: eighth win of the season", "her third title this year"; not "its third cut this year").
SEASON_RESULTS = frozenset(
    "win wins victory victories title titles goal goals century centuries medal medals "
    "podium podiums trophy defeat defeats loss losses draw draws shutout try tries hat-trick "
    "pole final major".split()
)
#: Words before an ordinal that own it: "his eighth win", "their fifth title".
POSSESSIVES_OWN = frozenset("his her their its our my your".split())
#: Adjectives allowed between a year-like number and a plural noun for a count ("2000 new jobs").
COUNT_ADJECTIVES = frozenset(
    "new more other additional extra local foreign small large major registered listed "
    "private public young old full-time part-time".split()
)
#: Nouns after a year that keep it a year ("1990 levels", "2019 prices"), not a count.
YEAR_NOUNS = frozenset(
    "levels level prices highs lows peak peaks baseline standards figures values terms".split()
)
#: Capitalised plural endings of a people counted ("120 million Americans", "300 Britons").
PEOPLE_ENDINGS = ("ans", "ons", "ers", "ats", "ites", "ists", "ese")
#: Words before a decade written as a percent ("low 40s percent") that belong to it.
DECADE_PARTS = frozenset("low high upper lower mid".split())
#: Words around "the first half" or "the third quarter" that make it part of a game or race.
GAME_WORDS = frozenset(
    "ran scored goal goals trailed trailing halftime half-time kicked penalty penalties tries "
    "innings swam rode lap laps minute minutes shots possession unanswered outscored "
    "outscoring touchdown touchdowns rebounds three-pointers".split()
)
#: Words before a hyphenated or dashed pair of numbers that make it a score ("won 112-104").
SCORE_WORDS = frozenset(
    "won win wins beat beats beating lost lose loses defeated victory trailed trail trailing "
    "led lead leads leading score scored scoring scores drew draw tied edged routed thrashed "
    "judges judge scorecards cards passed voted vote votes approved rejected confirmed "
    "adopted ruled ruling splitting".split()
)
#: Decades of life come after these ("in her 70s" is an age).
POSSESSIVES = frozenset("his her their my your our its".split())
#: People whose age may follow them between commas ("the patient, 71, said").
PERSON_NOUNS = frozenset(
    "man woman boy girl patient victim driver teacher farmer worker resident suspect "
    "official owner student player coach mother father wife husband son daughter doctor "
    "nurse pilot passenger tourist survivor defendant singer actor actress artist writer "
    "founder chairman chairwoman president director villager engineer scientist veteran "
    "minister mp senator congressman congresswoman judge officer mayor governor executive "
    "chief boss manager premier leader lawyer journalist photographer pensioner footballer "
    "striker midfielder defender goalkeeper captain champion athlete runner politician "
    "businessman businesswoman entrepreneur billionaire professor researcher soldier "
    "firefighter activist campaigner teenager child grandmother grandfather priest "
    "presenter broadcaster author novelist poet composer designer chef prodigy pupil "
    "schoolboy schoolgirl rapper dancer musician climber swimmer skater gymnast winner "
    "cyclist sprinter marathoner jockey boxer golfer".split()  # figs29: "The winner, 24,"
)
#: Groups of people whose age follows "under"/"over" ("children under 5", "residents are
#: over 65", "voters under 30").
AGE_GROUPS = frozenset(
    "children kids adults people voters residents women men patients those anyone everyone "
    "teenagers pupils students workers drivers smokers girls boys babies infants users "
    "citizens pensioners retirees individuals respondents americans britons participants "
    "woman man person adult patient child".split()
)
#: Verbs after which "at 8" is a time of day ("due in at 8", "kicks off at 7").
TIME_VERBS = frozenset(
    "due starts start started begins begin began off opens open opened closes close closed "
    "arrives arrive arrived leaves leave departs depart departed resumes resume resumed "
    "meet meets met lands land landed".split()
)
#: Words that may follow "at 8" as a time ("at 8 tonight").
TIME_AFTER = frozenset("tonight tomorrow today this on sharp in every each".split())
#: Verbs of racing before a bare race time ("clocked 37.43").
RACE_VERBS = frozenset("clocked clocking timed ran swam".split())
#: Nouns a spelled number takes with a hyphen as a count ("three-bedroom", "five-member").
HYPHEN_COUNT_NOUNS = frozenset(
    "bedroom bed room storey story floor member seat lane man woman person game match race "
    "stage hole page point part car vehicle course team nation country city party set frame "
    "leg round".split()
)
#: Nouns of an achievement after a digit ordinal and a name ("99th World Cup win", "her
#: 5th Grand Slam title"): the ordinal counts, the name does not swallow it.
ACHIEVEMENT_NOUNS = frozenset(
    "win wins victory title titles goal goals century centuries appearance appearances start "
    "starts medal medals podium cap caps race major crown trophy hit triumph".split()
)
#: Video resolutions, which "p" after digits makes ("1080p"), not pence.
RESOLUTIONS = frozenset("144 240 360 480 576 720 1080 1440 2160 4320".split())
#: Words that end a street name after a house number ("88 Century Avenue").
STREET_WORDS = frozenset(
    "Street St Avenue Ave Road Rd Lane Boulevard Blvd Drive Square Alley Way Place Hutong "
    "Terrace Court Plaza Park Row Crescent Gardens Parkway Circle".split()
)

#: Words after "one-day", "five-day" that name a format of cricket, not a length of time
#: ("the third one-day international"; "a one-day strike" stays a duration).
MATCH_FORMATS = frozenset(
    "international internationals cricket format formats cup squad squads captain captaincy "
    "specialist specialists".split()
)
#: Verbs before "a second", "a third" that make it a goal, not a fraction ("added a third").
GOAL_VERBS = frozenset("added scored netted grabbed headed slotted fired curled nodded "
                       "tapped volleyed converted".split())

#: Times of day said in a word (figs16): "at midnight" (0), "by noon" (12).
CLOCK_WORDS: dict[str, float] = {"midnight": 0.0, "noon": 12.0, "midday": 12.0}
#: A change by a factor, a multiplier as "5x" (figs29): "Sales doubled", "costs were halved".
MULTIPLIED: dict[str, float] = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0,
                                "quadrupled": 4.0, "halved": 0.5}
#: Words before a clock word that make it a time ("at midnight", "until noon").
CLOCK_WORD_BEFORE = frozenset(
    "at by until till before after from since past around about approximately to".split())
#: Nouns after one ("a midnight deadline", "the noon curfew").
CLOCK_WORD_NOUNS = frozenset("deadline curfew cutoff cut-off start kick-off kickoff".split())
