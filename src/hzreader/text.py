"""Make untrusted text safe to show: no escape sequences or control characters survive."""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable
from functools import cached_property, lru_cache
from typing import NamedTuple

#: The longest payload of a string sequence (OSC, DCS, SOS, PM, APC) removed with it.
STRING_PAYLOAD_MAX = 512

# Whole escape sequences first, so their parameters do not show up as stray text. A sequence
# goes whole only when it is complete, else only its introducer goes (with an OSC's number and
# title, `_OSC_OPEN`) and the text after it stays (tryout15: a stray U+009D deleted the rest of
# its paragraph). A string sequence (OSC, DCS, SOS, PM, APC) is complete when its terminator
# (BEL, ESC \ or ST) ends a payload of at most `STRING_PAYLOAD_MAX` printable ASCII characters
# (no control, no line break; an OSC's starts with its number). UTF-8 read as Latin-1 is full
# of C1 controls (杭 is E6 9D AD), but the character before its ST (U+009C) is never ASCII: it
# loses no text. A CSI is complete when its final byte comes after at most 64 parameter and 8
# intermediate bytes (a space is no intermediate: "ESC [ 12 people" keeps "12 people"), another
# ESC sequence when its final character follows its intermediates. `_INVISIBLE` removes every
# control left.
_PAYLOAD = rf"[ -~]{{0,{STRING_PAYLOAD_MAX}}}(?:\x07|\x1b\\|\x9c)"  # ... BEL or ST
# An OSC whose terminator never comes (figs31, tryout16: "\\e]0;title and 7 cats" kept
# "0;title"): its number, ";" and the word glued to it (the title, a link) go, as a terminal
# would take them; the text after the next space stays (tryout15). "\\x9d2024 budget" has no ";".
_OSC_OPEN = r"[0-9]{1,5};[^\s\x00-\x1f\x7f-\x9f]*"
_CSI_REST = r"(?:[0-?]{0,64}[!-/]{0,8}[@-~])?"  # parameters, intermediates, final byte
# Each branch starts with one character, so that the search skips to those at C speed.
_ESCAPE_SEQUENCES = (
    rf"""
    \x1b(?:\](?=[0-9]){_PAYLOAD}           # OSC
          |\]{_OSC_OPEN}                  # OSC never terminated: its number and title
          |[PX^_]{_PAYLOAD}                # DCS, SOS, PM, APC
          |\[{_CSI_REST}                   # CSI
          |(?:[!-/]{{0,8}}[0-~])?)          # other ESC sequences
  | \x9d(?=[0-9]){_PAYLOAD}                # 8-bit OSC
  | \x9d{_OSC_OPEN}                        # ... never terminated
  | \x90{_PAYLOAD} | \x98{_PAYLOAD} | \x9e{_PAYLOAD} | \x9f{_PAYLOAD}  # DCS, SOS, PM, APC
  | \x9b{_CSI_REST}                        # 8-bit CSI
    """
)

#: The characters every escape sequence above starts with.
_ESCAPE_STARTS = "\x1b\x9b\x9d\x90\x98\x9e\x9f"

# C0 controls except tab and newline, DEL, C1 controls, the Arabic letter mark, the zero-width
# space, bidi marks, embeddings, overrides and isolates, the BOM, interlinear annotation marks
# and Unicode tag characters (invisible text). The zero-width non-joiner (U+200C) stays:
# Persian and Indic words are spelled with it; the joiner (U+200D) stays between letters
# and between emoji (`_keep_joiner`).
_INVISIBLE_FORMAT = ("\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
                     "\ufeff\ufff9-\ufffb\U000e0000-\U000e007f")
_INVISIBLE = f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_INVISIBLE_FORMAT}]"
#: Emoji (pictographs, symbols and dingbats) that a joiner makes one ("👨‍👩‍👧‍👦", "👩‍⚕️",
#: "🏳️‍🌈"); the one before it may end in a variation selector or a skin tone ("🧑🏽‍💻").
_EMOJI = "[\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
_EMOJI_END = "[\ufe0f\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
#: Letters of the alphabets written with spaces between words: Latin, Greek, Cyrillic.
_SPACED_LETTERS = ("A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u052f"
                   "\u1e00-\u1fff")
#: A zero-width space between two such letters marks a break between words ("Zero\u200bwidth"
#: is two words for search): it becomes a space. Elsewhere (Chinese, Japanese, Thai) it goes.
_WORD_BREAK = f"(?<=[{_SPACED_LETTERS}])\u200b+(?=[{_SPACED_LETTERS}])"


def _keep_joiner(found: re.Match[str]) -> str:
    """A zero-width joiner between two letters (or a letter's marks) stays, as in Indic
    spelling ("क्‍ष"), and so does one between two emoji: "👨‍👩‍👧‍👦" is one family, which
    Rich (so the reading pane's wrap) and terminals that join emoji count as one glyph of
    two cells. Elsewhere it goes, between Latin, Greek, Cyrillic or Chinese letters too:
    it joins nothing there, and Rich would count "a‍b" one cell where most terminals
    draw two."""
    text, at = found.string, found.start()
    before = text[at - 1] if at else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    if not (before and after):
        return ""
    if unicodedata.category(before)[0] in "LM" and unicodedata.category(after)[0] in "LM":
        unjoined = _joining().unjoined_letters
        return "" if unjoined.match(before) or unjoined.match(after) else "\u200d"
    joining = _joining()
    return "\u200d" if joining.emoji_end.match(before) and joining.emoji.match(after) else ""
_LINE_BREAKS = "\r\n|[\r\u2028\u2029\x85\x0b\x0c]"
_LINE_BREAK_CHARS = "\r\u2028\u2029\x85\x0b\x0c"
# Lone surrogates (from undecodable file names) cannot be encoded for the terminal.
_SURROGATES = "[\ud800-\udfff]"
# Everything the passes below would touch; text without any of it is returned as it is.
_UNSAFE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b\u200d-\u200f\u2028-\u202e\u2060-\u2064"
    "\u2066-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
)


#: The one table of Chinese, Japanese and Korean character ranges (a regex class body): Hangul
#: jamo, CJK radicals, kana, bopomofo, CJK ideographs, Hangul syllables, compatibility
#: ideographs and half-width katakana. Search matches any substring of such text.
CJK_RANGES = (
    "\u1100-\u11ff\u2e80-\u2fdf\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
)


#: Letters that a zero-width joiner never joins (`_keep_joiner`).
_UNJOINED_LETTERS = f"[{_SPACED_LETTERS}{CJK_RANGES}]"

_SAFE_BYTES = bytes([10, *range(32, 127), *range(128, 256)])
_ASCII_BYTES = bytes(range(128))


def _is_safe(text: str) -> bool:
    """True when `clean_text` has nothing to do; a quick test, byte-wise in C.

    No ASCII control byte may remain once the safe bytes are deleted from the UTF-8 form; the
    non-ASCII characters (the bytes left once ASCII is deleted) are checked with `_UNSAFE`.
    """
    data = text.encode("utf-8", "surrogatepass")
    if data.translate(None, _SAFE_BYTES):
        return False
    return text.isascii() or not _UNSAFE.search(non_ascii_chars(data))


def non_ascii_chars(utf8: bytes) -> str:
    """The non-ASCII characters of a UTF-8 text, in order: what is left once the ASCII bytes
    are deleted (byte-wise in C, much faster than scanning the text with a regex)."""
    return utf8.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def clean_text(text: str) -> str:
    """Remove escape sequences and invisible controls; keep newlines; tabs become spaces.

    Each pass runs (and its pattern is compiled) only if the text holds what it removes."""
    if _is_safe(text):
        return text
    patterns = _cleaning()
    if _holds_any(text, _LINE_BREAK_CHARS):
        text = patterns.line_breaks.sub("\n", text)
    # what is removed leaves a NUL (removed last), so that a removal between two spaces
    # leaves one space, not two: a double space reads as a column gap (a table's)
    if _holds_any(text, _ESCAPE_STARTS):
        text = _closed(patterns.escape_sequences.sub("\x00", text))
    if "\u200b" in text:
        text = patterns.word_break.sub(" ", text)
    if _UNSAFE.search(text):  # (the invisible characters are all unsafe)
        text = _closed(patterns.invisible.sub("\x00", text))
    if "\u200d" in text:
        text = patterns.joiner.sub(_keep_joiner, text)
    if _UNSAFE.search(text):  # (and so are the surrogates)
        text = patterns.surrogates.sub("\ufffd", text)
    return text.replace("\t", "    ")


def _closed(text: str) -> str:
    """`text` without the NULs that stand where something was removed; of the two spaces
    around a removal, one goes."""
    return _cleaning().gap.sub("", text).replace("\x00", "") if "\x00" in text else text


#: The characters whose removal `removed_controls` tells: C0 but tab and line breaks (ESC,
#: which starts every 7-bit escape sequence, among them), DEL, C1 but NEL (a line break), and
#: the invisible ones `_INVISIBLE` removes (bidi overrides such as U+202E, which reorder what
#: is shown; the zero-width space, which becomes a space or goes); not the joiner U+200D,
#: which mostly stays.
_TOLD_CONTROLS = f"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f{_INVISIBLE_FORMAT}]"
#: How many characters a warning names (then "…").
TOLD_MOST = 12


def removed_controls(text: str, most: int = TOLD_MOST) -> list[str]:
    """The characters `clean_text` removes from `text` (controls, with the escape sequences
    they start, and invisible formatting), as `U+001B`, each once, in the order met: what
    is worth a warning; `most` of them, then "…" when there are more. Tabs and line breaks
    are not told."""
    if _is_safe(text):
        return []
    return code_points(_cleaning().told_controls.finditer(text), most)


def first_told(text: str) -> int | None:
    """The index of the first character of `text` `removed_controls` would tell; None."""
    if _is_safe(text):
        return None
    found = _cleaning().told_controls.search(text)
    return found.start() if found else None


def removed_kind(names: Iterable[str]) -> str:
    """What the characters named by `removed_controls` are: "control characters",
    "invisible characters" (U+200B, U+202E: formatting) or "control and invisible
    characters"."""
    invisible = {len(name) > 6 or name >= "U+00A0" for name in names if name != "…"}
    return ("control and invisible characters" if len(invisible) == 2 else
            "invisible characters" if invisible == {True} else "control characters")


def code_points(found: Iterable[re.Match[str]], most: int = TOLD_MOST) -> list[str]:
    """The characters matched, as `U+001B`, each once, the first `most` of them and "…"
    when there are more."""
    names: list[str] = []
    for match in found:
        name = f"U+{ord(match.group()):04X}"
        if name not in names:
            if len(names) == most:
                return [*names, "…"]
            names.append(name)
    return names

def _holds_any(text: str, chars: str) -> bool:
    """True when `text` holds one of `chars` (a few: a scan in C for each)."""
    return any(char in text for char in chars)


#: What `escaped` writes for the characters with a short C escape.
_SHORT_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\\": "\\\\"}


def _escape_one(found: re.Match[str]) -> str:
    char = found.group()
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_NAME_UNSAFE = re.compile(r"[\n\\]|" + _UNSAFE.pattern)
_TO_ESCAPE = r"[\n\t\\]|" + _UNSAFE.pattern


class _Cleaning:
    """What cleans text that is not safe as it is (`clean_text`): each pattern compiled when
    first needed (most text needs none, the index's fingerprint only `word_break`)."""

    @cached_property
    def escape_sequences(self) -> re.Pattern[str]:
        return re.compile(_ESCAPE_SEQUENCES, re.VERBOSE)

    @cached_property
    def invisible(self) -> re.Pattern[str]:
        return re.compile(_INVISIBLE)

    @cached_property
    def gap(self) -> re.Pattern[str]:
        """What was removed between two spaces, and one of them."""
        return re.compile("(?<= )\x00+ ")

    @cached_property
    def joiner(self) -> re.Pattern[str]:
        return re.compile("\u200d")

    @cached_property
    def word_break(self) -> re.Pattern[str]:
        return re.compile(_WORD_BREAK)

    @cached_property
    def line_breaks(self) -> re.Pattern[str]:
        return re.compile(_LINE_BREAKS)

    @cached_property
    def surrogates(self) -> re.Pattern[str]:
        return re.compile(_SURROGATES)

    @cached_property
    def told_controls(self) -> re.Pattern[str]:
        return re.compile(_TOLD_CONTROLS)


@lru_cache(maxsize=1)
def _cleaning() -> _Cleaning:
    """The `_Cleaning` patterns (compiled on first use: most text never needs them)."""
    return _Cleaning()


class _Joining(NamedTuple):
    """What decides whether a zero-width joiner stays (`_keep_joiner`), and what escapes a
    name (`escaped`): the dearest patterns to compile (≈ 4 ms, mostly the wide character
    ranges of `_UNJOINED_LETTERS`), compiled on first use, not at start-up."""

    emoji: re.Pattern[str]
    emoji_end: re.Pattern[str]
    unjoined_letters: re.Pattern[str]
    to_escape: re.Pattern[str]


@lru_cache(maxsize=1)
def _joining() -> _Joining:
    """The `_Joining` patterns, compiled once."""
    return _Joining(re.compile(_EMOJI), re.compile(_EMOJI_END), re.compile(_UNJOINED_LETTERS),
                    re.compile(_TO_ESCAPE))


def escaped(text: str) -> str:
    """A file name shown whole and safely, as `ls -b` shows it: each control or invisible
    character as an escape (`\\x1b`, `\\n`, `\\u202e`) and an undecodable byte as `\\xNN`,
    so the name can still be found and typed; a backslash is doubled, so no two names look
    the same."""
    if not _NAME_UNSAFE.search(text):
        return text
    return _joining().to_escape.sub(_escape_one, text)


def clean_line(text: str) -> str:
    """Like `clean_text`, and fold all whitespace runs (newlines included) to one space."""
    return " ".join(clean_text(text).split())

@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Case-fold, strip accents and simplify Chinese: `Café` → `cafe`, `台積電` → `台积电`.
    Used on both query and text, so either script finds both."""
    text = text.casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Compatibility forms may decompose to capitals ("™" → "TM"): lower those too.
    folded = stripped.casefold()
    if not folded.isascii() and _han().search(folded) is not None and \
            _traditional().search(folded) is not None:
        folded = folded.translate(simplified_chinese())
    return folded


@lru_cache(maxsize=1)
def _han() -> re.Pattern[str]:
    """Chinese characters (the unified ideographs and their first extension); compiled on
    first use (≈ 1 ms: not at start-up)."""
    return re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def simplified_chinese() -> dict[int, str]:
    """The `str.translate` table from traditional Chinese characters to simplified ones,
    one for one (`hzreader._hanzi`; read on first use)."""
    from hzreader._hanzi import SIMPLIFIED, TRADITIONAL

    return {ord(old): new for old, new in zip(TRADITIONAL, SIMPLIFIED, strict=True)}


@lru_cache(maxsize=1)
def _traditional() -> re.Pattern[str]:
    """Any traditional character of the table (a scan costs a twentieth of a translation:
    text in simplified characters is left as it is)."""
    from hzreader._hanzi import TRADITIONAL

    return re.compile(f"[{TRADITIONAL}]")


def escape_rules_digest() -> str:
    """A digest of the escape-sequence rules `clean_text` applies (for the index's
    fingerprint: the index holds cleaned text; cleaning a canary would compile the patterns,
    ≈ 1 ms of every start)."""
    return f"{zlib.crc32((_ESCAPE_SEQUENCES + _INVISIBLE).encode()):08x}"


def chinese_table_digest() -> str:
    """A digest of the traditional-to-simplified table `fold` uses (for the index's
    fingerprint: ≈ 0.1 ms, where folding a canary would compile the table's pattern, ≈ 2 ms
    of every start)."""
    from hzreader._hanzi import SIMPLIFIED, TRADITIONAL

    return f"{zlib.crc32((TRADITIONAL + SIMPLIFIED).encode()):08x}"


def counted(count: int, noun: str, plural: str = "") -> str:
    """ "1 article", "2 articles", "3,001 files": `count` and `noun` in the right number
    (`plural` when adding "s" is wrong)."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"
