"""Make untrusted text safe to show: no escape sequences or control characters survive."""

from __future__ import annotations

import re

# Whole escape sequences first, so their parameters do not show up as stray text.
_ESCAPE_SEQUENCES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?              # CSI ... final byte
  | \x9b[0-?]*[ -/]*[@-~]?                # 8-bit CSI
  | (?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?   # OSC ... BEL or ST
  | (?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c]*(?:\x1b\\|\x9c)?  # DCS, SOS, PM, APC
  | \x1b[ -/]*[0-~]?                      # other ESC sequences
    """,
    re.VERBOSE,
)

# C0 controls except tab and newline, DEL, C1 controls, bidi embeddings, overrides and
# isolates, zero-width characters and the BOM, line/paragraph separators, interlinear marks.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x85\x0b\x0c]")


def clean_text(text: str) -> str:
    """Remove escape sequences and invisible controls; keep newlines; tabs become spaces."""
    if text.isprintable():
        return text
    text = _LINE_BREAKS.sub("\n", text)
    text = _ESCAPE_SEQUENCES.sub("", text)
    text = _INVISIBLE.sub("", text)
    return text.replace("\t", "    ")


def clean_line(text: str) -> str:
    """Like `clean_text`, and fold all whitespace runs (newlines included) to one space."""
    return " ".join(clean_text(text).split())
