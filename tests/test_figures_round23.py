"""Round 23 (figs23): tryout13's English figure findings, each fixed by a general rule and
tested on sentences of its own, with the neighbours that must stay as they were."""

from __future__ import annotations

import pytest

from hzreader.figures import extract


def _figs(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


# --- "bln" and "trln", the wire services' scales ------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Sales were $1.2 bln last year.", ("$1.2 bln", "money", 1.2e9, "USD")),
    ("a $1.2bln deal", ("$1.2bln", "money", 1.2e9, "USD")),
    ("Debt hit 3 trln roubles.", ("3 trln roubles", "money", 3e12, "RUB")),
    ("It had 1.2 bln users.", ("1.2 bln users", "count", 1.2e9, "users")),
    ("Profit was $300 mln.", ("$300 mln", "money", 3e8, "USD")),  # as before
])
def test_bln_and_trln_scale_a_number(text: str, want: tuple[str, str, float, str]) -> None:
    assert _figs(text) == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("Revenue rose to $14.7B in the quarter.", ("$14.7B", 14.7e9, "USD")),
    ("The company posted $386M in profit.", ("$386M", 386e6, "USD")),
    ("Brussels fined it €3B.", ("€3B", 3e9, "EUR")),
    ("It announced a $10B buyback.", ("$10B", 10e9, "USD")),
    ("A $40K salary.", ("$40K", 40e3, "USD")),
])
def test_tryout13s_upper_case_money(text: str, want: tuple[str, float, str]) -> None:
    """figs21's rule on tryout13's sentences."""
    assert _figs(text) == [(want[0], "money", want[1], want[2])]


@pytest.mark.parametrize("text", [
    "The Apple M3 chip and the Ryzen 7 7800X3D are B2B products.",
    "It has 386M users.",
    "The bln of it",
])
def test_model_names_and_bare_letters_stay_nothing(text: str) -> None:
    assert _figs(text) == []
