"""Digits that designate rather than measure: aircraft models ("737 MAX 8", "787-9"), bills
("H.R. 3684", "S. 1234"), provisional designations of asteroids and comets ("2024 PT5",
"C/2023 A3") and the remnants of terminal escape codes ("\\x1b[31m", "[31m"); and code-like
tokens ("787-9", "23-cv-1234", "24/7"), skipped whole."""

from __future__ import annotations

import re

from hzreader.figures import _words as fw
from hzreader.figures._patterns import CJK, TOKEN

#: A Boeing model and its variant: "737", "787-9", "747-400", "737 MAX 8", "737-800s".
_AIRCRAFT = re.compile(r"7[0-8]7(?:-\d{1,3}[A-Z]{0,2}s?|s)?(?:\s?(?:MAX|Max)(?:\s?\d{1,2}s?)?)?"
                       r"(?![\w-])")
#: What after a bare "737" makes it the aircraft ("the 787 Dreamliner", "737 MAX").
_AIRCRAFT_AFTER = re.compile(r"\s?(?:MAX|Max|Dreamliner|jetliners?|airliners?|freighters?|"
                             r"fleet|family|programme|program|cockpit|fuselage)\b")

#: A bill before the number: "H.R. 3684", "S. 1234", "S.B. 1047", "H.Res. 12", "A.B. 5".
_BILL = re.compile(r"(?<![\w.])(?:H\.\s?R\.|S\.|[HSA]\.\s?B\.|[HS]\.\s?(?:J\.\s?|Con\.\s?)?Res\.|"
                   r"L\.\s?D\.|Pub\.\s?L\.)\s$")

#: A provisional designation after a year: two letters, then digits ("2024 PT5", "1997 XF11").
_PROVISIONAL = re.compile(r" [A-Z]{2}\d{1,3}(?![\w-])")
#: Letter pairs after a year that name something else ("in 2020 EU27 exports", "2024 GT3").
_NOT_DESIGNATIONS = frozenset("EU UK US GT RS FY HY CY MP PM QE GP TV".split())
#: A comet's or an interstellar object's designation before its year ("C/2023 A3", "1I/2017 U1").
_COMET_AFTER = re.compile(r"\d{4}(?: [A-Z]{1,2}\d{0,3})?(?![\w-])")

#: A terminal colour code left in text ("\x1b[31m" once its ESC is removed: "[31m", "[1;31m").
_SGR = re.compile(r"\[\d{1,3}(?:;\d{1,3})*m(?!\])")


#: After a number, a model may also be followed by what it counts ("40 737 jets").
_COUNTED_AIRCRAFT = re.compile(r"\s(?:jets|planes|aircraft|airliners|jetliners)\b")


def aircraft_end(text: str, s: int, raw: str, counted: bool = False) -> int | None:
    """End of a Boeing model name whose digits start at `s`, or None; `counted`: a number
    counts it ("40 737 jets")."""
    if len(raw) != 3 or raw[0] != "7" or raw[2] != "7" or raw[1] > "8":
        return None
    m = _AIRCRAFT.match(text, s)
    if m is None:
        return None
    if m.end() > s + 3 or _AIRCRAFT_AFTER.match(text, m.end()) or (
            counted and _COUNTED_AIRCRAFT.match(text, m.end())):
        return m.end()
    return None


def bill_before(text: str, s: int) -> bool:
    """Whether a bill's abbreviation stands right before `s` ("H.R. 3684", "S. 1234")."""
    return s >= 3 and text[s - 2] == "." and _BILL.search(text, max(0, s - 14), s) is not None


def designation_end(text: str, s: int, end: int) -> int | None:
    """End of an astronomical designation whose year starts at `s`, or None: "2024 PT5"
    (a provisional designation) or "C/2023 A3" (a comet)."""
    if end - s == 4 and text[end : end + 1] == " " and text[end + 1 : end + 3].isupper():
        m = _PROVISIONAL.match(text, end)
        if m is not None and text[end + 1 : end + 3] not in _NOT_DESIGNATIONS:
            return m.end()
    if s >= 2 and text[s - 1] == "/" and text[s - 2] in "CPDXIA" and (
            s == 2 or not text[s - 3].isalpha()):
        m = _COMET_AFTER.match(text, s)
        if m is not None:
            return m.end()
    return None


def escape_end(text: str, s: int) -> int | None:
    """End of a terminal colour code around the digits at `s` ("[31m", "\\x1b[1;31m"), or
    None. Without an escape before it, "[31m" must not be closed ("[31m]" is a measure)."""
    if s == 0 or text[s - 1] != "[":
        return None
    m = _SGR.match(text, s - 1)
    if m is None:
        return None
    return m.end()


#: Words of wind and sea near "Force 10" that make it the Beaufort scale.
_WIND = re.compile(r"(?i)gale|wind|storm|gust|beaufort|hurricane|squall|sea\b|seas\b")


def beaufort_force(text: str, force: int, raw: str) -> bool:
    """Whether "Force N" at `force` is a wind on the Beaufort scale ("a Force 10 gale",
    "gale force 9") and not a name ("Task Force 76", "Air Force 1")."""
    if not raw.isdigit() or int(raw) > 12:
        return False
    if text[force] == "F" and force >= 2 and text[force - 1] == " " and \
            text[force - 2].isalpha():
        start = text.rfind(" ", 0, force - 1) + 1
        if text[start].isupper() and text[start : force - 1] not in ("A", "An", "The"):
            return False  # "Task Force 10", "Air Force 1"
    return _WIND.search(text, max(0, force - 60), force + 60) is not None


#: Words of a tropical storm near "Category 4" that make it the Saffir-Simpson scale (figs19).
_STORM = re.compile(r"(?i)hurrican|storm|cyclon|typhoon|saffir|landfall|\bwinds?\b")


def storm_category(text: str, word: int, raw: str) -> bool:
    """Whether "Category N" (or "Cat N") at `word` rates a hurricane on the Saffir-Simpson
    scale ("a Category 4 storm", "strengthened to a Category 5"), as "Force 10" rates a wind;
    not a category of anything else ("Category 2 visa", "Cat 5 cable")."""
    if not raw.isdigit() or not 1 <= int(raw) <= 5:
        return False
    return _STORM.search(text, max(0, word - 80), word + 80) is not None


_PRESSURE = re.compile(r"(?i)pressure|barometr|millibar|isobar|hurrican|storm|cyclon|typhoon|"
                       r"depression|\blows?\b")


def air_pressure(text: str, s: int) -> bool:
    """Whether "938 mb" at `s` is an air pressure in millibars (a word of weather near it),
    not a sloppy megabyte ("900 mb of storage")."""
    return _PRESSURE.search(text, max(0, s - 80), s + 80) is not None


#: Words near "320 K" that make it kelvin, and near "200 bar" that make it a pressure (figs23).
_TEMPERATURE = re.compile(r"(?i)kelvin|temperat|cool|chill|heat|warm|\bcold|\bhot|degrees|"
                          r"absolute\szero|cryogen|superconduct|helium|thermal|celsius|°C")
_BAR_PRESSURE = re.compile(r"(?i)pressur|\bpsi\b|atmospher|tyre|tire|compress|tank|cylinder|"
                           r"boiler|espresso|pump|hydraulic|\bgas|vacuum|reactor|surface|cloud|\bdepth|"
                           r"\bdiv(?:e|er|ing)\b|ocean|planet")


def science_unit(text: str, s: int, unit: str) -> bool:
    """Whether " K" or " bar" after the number at `s` is kelvin or bar: a word of
    temperature (pressure) within 80 characters ("cooled to 320 K", "a pressure of 0.1 bar"),
    not a "5 K" run or a "5 bar gate" (figs23)."""
    words = _TEMPERATURE if unit == "K" else _BAR_PRESSURE
    return words.search(text, max(0, s - 80), s + 80) is not None


def seed_end(text: str, s: int, end: int) -> int | None:
    """End of a seeding in brackets after a name ("Sinner (1) beat Fritz (4)"), or None."""
    if end - s > 2 or text[end : end + 1] != ")" or s < 3 or text[s - 2] != " ":
        return None
    space = text.rfind(" ", max(0, s - 30), s - 2)
    word = text[space + 1 : s - 2]
    return end + 1 if word[:1].isupper() and word.isalpha() else None


#: A term before the name of a bond, a loan or a rate on one: "the 10-year gilt yield",
#: "Two-year Treasury yields", "the 30-year mortgage rate", "a three-month T-bill", "the
#: 10-year US Treasury", "a two-year fixed-rate mortgage", "the one-month Hibor", "the
#: five-year LPR" (as 十年期国债: a name, no duration).
_TERM_OF = re.compile(
    r"(?:\s(?:[A-Z][A-Za-z.]*|government|benchmark|sovereign|fixed(?:-rate)?|"
    r"inflation-linked|index-linked|interbank|swap)){0,2}"
    r"\s(?:bonds?|gilts?|Treasury|Treasuries|T-bills?|notes?|[Bb]unds?|JGBs?|OATs?|BTPs?|"
    r"yields?|mortgages?|loans?|swaps?|bills?|debt|paper|securities|deposits?|rates?(?!\sof\b)"
    # interbank and benchmark rates by name (figs16): "the one-month Hibor", "one-year LPR"
    r"|[Hh]ibor|HIBOR|[Ll]ibor|LIBOR|[Ss]hibor|SHIBOR|[Ee]uribor|EURIBOR|[Tt]ibor|TIBOR"
    r"|SOFR|SONIA|LPRs?|CNH\sHibor)\b")
#: A duration written as a term: "10-year", "Two-year", "three-month", "10 year".
_TERM = re.compile(r"[\s-](?:year|month|week)$")


def names_a_term(text: str, start: int, end: int) -> bool:
    """Whether the duration at `start:end` is the term in a bond's or loan's name."""
    return _TERM.search(text, max(start, end - 6), end) is not None and \
        _TERM_OF.match(text, end) is not None


def skip_token(text: str, pos: int) -> int:
    """The end of the code-like token at `pos` ("787-9", "3.4.1", "24/7"), to resume after."""
    m = TOKEN.match(text, pos)
    end = m.end() if m else pos
    if end > pos and (cjk := CJK.search(text, pos, end)):
        end = cjk.start()  # "C919大飞机": the code ends where the Chinese begins
    return max(end, pos + 1)  # always forward


#: What before digits may start a designation (`designated_end`), checked first for speed.
DESIGNATION_BEFORE = ("[", "(", "/")


#: A page reference before digits: "annual report, 1991, p. 14", "pp. 3–5" (not "Sep. 14").
_PAGE_BEFORE = re.compile(r"(?<![\w.])pp?\.\s$")
_PAGES = re.compile(r"\d{1,4}(?:[–-]\d{1,4})?(?![\w%])")


def footnote_end(text: str, s: int, end: int) -> int | None:
    """End of a footnote marker ("horses.[1]", "the project,[2]", a list line "[1] Mathieu-
    Favier's plan"): one to three digits in square brackets glued to what is before them, or
    at the start of a line; None otherwise."""
    if end - s > 3 or text[end : end + 1] != "]" or not text[s - 1 : s] == "[":
        return None
    if s == 1 or text[s - 2] == "\n" or not text[s - 2].isspace():
        return end + 1
    return None


def designated_end(text: str, s: int, end: int, raw: str) -> int | None:
    """Where digits that name something end: an aircraft, a bill, an asteroid or comet, a
    terminal colour code, a footnote marker or a page; None for digits that may be a figure
    (cheap checks first)."""
    before = text[s - 1 : s]
    if before == "[":
        return escape_end(text, s) or footnote_end(text, s, end)
    if before == "(":
        return seed_end(text, s, end)
    if raw[0] == "7" and (model := aircraft_end(text, s, raw)) is not None:
        return model
    if before == " " and text[s - 2 : s - 1] == "." and bill_before(text, s):
        return skip_token(text, end)
    if before == " " and text[s - 2 : s - 1] == "." and _PAGE_BEFORE.search(
            text, max(0, s - 5), s) and (pages := _PAGES.match(text, s)):
        return pages.end()  # "p. 14", "pp. 3–5": a page reference
    if end - s == 4 or before == "/":
        return designation_end(text, s, end)
    return None


#: A capitalised Latin name glued to the Chinese before it ("苹果iPhone 16", "搭载Snapdragon 8").
_GLUED_NAME = re.compile(r"[\u2e80-\u9fff]([A-Za-z]*[A-Z][A-Za-z]*)$")


def glued_name(text: str, start: int) -> bool:
    """Whether a Latin name glued to Chinese stands before the space before `start`, naming
    the number there ("苹果iPhone 16", "华为Mate 60")."""
    if text[start - 1 : start] != " " or not text[start - 2 : start - 1].isalpha():
        return False
    m = _GLUED_NAME.search(text, max(0, start - 24), start - 1)
    return m is not None and m.group(1) not in fw.MONTHS and m.group(1) not in fw.WEEKDAYS
