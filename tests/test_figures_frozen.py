"""`extract` finds exactly the frozen figures of tests/data/figures_frozen.json.

The file (labelled sentences and generated-corpus paragraphs, written by
bench/freeze_figures.py) pins every field of every figure, so a change made for speed cannot
change what is found. A rule changed on purpose regenerates it (see that script).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from hzreader.figures import extract

CASES = json.loads((Path(__file__).parent / "data" / "figures_frozen.json")
                   .read_text(encoding="utf-8"))


def _fields(text: str) -> list[list[object]]:
    """Every figure of `text` as the file stores it (its text left out: it is the span; its
    high end only when it is a range, `bench/freeze_figures.frozen`; not its age mark,
    which tests/test_figure_store17.py checks)."""
    return [[*fields[:2], *fields[3:8], *(fields[8:9] if f.high is not None else ())]
            for f in extract(text) for fields in (dataclasses.astuple(f),)]


def test_the_file_is_big_enough_to_mean_something() -> None:
    assert len(CASES) >= 700
    assert sum(len(case["figures"]) for case in CASES) >= 1300
    assert sum(any("\u4e00" <= c <= "\u9fff" for c in case["text"]) for case in CASES) >= 100


@pytest.mark.parametrize("chunk", range(8))
def test_extract_finds_exactly_the_frozen_figures(chunk: int) -> None:
    differ = [(case["text"][:80], _fields(case["text"]), case["figures"])
              for case in CASES[chunk::8] if _fields(case["text"]) != case["figures"]]
    assert differ == []
