"""Key-figure rules fixed after the third new-user tryout (Swedish crowns, valuation multiples,
half years, ages, live-blog labels, vague and scaled Chinese counts).

Each rule is tested on sentences of its own, with the cases that must stay as they were.
"""

from __future__ import annotations

from hzreader.figures import extract


def _found(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


def test_an_updated_at_label_after_an_entry_stamp_is_no_figure() -> None:
    assert _found("01:05 GMT: Updated at 01:05 — Democrats have flipped three seats") == [
        ("01:05", "time", 1.08333333333333, ""),  # figs29: a stamp heading a paragraph,
        # a zone after (a time's value is tidied to 15 digits)
        ("three seats", "count", 3.0, "seats")]
    assert _found("Last updated at 18:20 — police say") == []
    # unchanged: a time in the running text
    assert _found("The polls closed at 21:00 — two hours late.") == [
        ("21:00", "time", 21.0, ""), ("two hours", "duration", 2.0, "hours")]


def test_crowns_kronor_and_nordic_codes_are_money() -> None:
    assert _found("Shares fell to 212 Swedish crowns.") == [
        ("212 Swedish crowns", "money", 212.0, "SEK")]
    assert _found("Sales of SEK 12bn and 500 million kronor; NOK 3bn and 40 million Danish "
                  "kroner.") == [
        ("SEK 12bn", "money", 12e9, "SEK"), ("500 million kronor", "money", 5e8, "SEK"),
        ("NOK 3bn", "money", 3e9, "NOK"), ("40 million Danish kroner", "money", 4e7, "DKK")]
    assert _found("It cost 90 zlotys.") == [("90 zlotys", "money", 90.0, "PLN")]
    # bare crowns may be won, not paid: a count, as before
    assert _found("She has won three crowns.") == [("three crowns", "count", 3.0, "crowns")]


def test_a_valuation_multiple_is_a_number_not_a_count() -> None:
    assert _found("The deal values it at 14.5 times earnings.") == [
        ("14.5 times", "number", 14.5, "")]
    assert _found("It trades at 20 times forward profits.") == [("20 times", "number", 20.0, "")]
    assert _found("Output is 2.5 times the 2020 level.") == [
        ("2.5 times", "number", 2.5, ""), ("2020", "year", 2020.0, "")]


def test_a_half_year_with_its_year_is_a_date_and_h2_alone_is_hydrogen() -> None:
    assert _found("Profit in H1 2025 rose.") == [("H1 2025", "date", 2025.0, "")]
    assert _found("H2 production rose 5%.") == [("5%", "percent", 5.0, "percent")]
    assert _found("In H1, sales fell.") == []


def test_at_the_age_of_is_an_age() -> None:
    assert _found("She won a scholarship at the age of 17.") == [
        ("17", "duration", 17.0, "years")]
    assert _found("He died at the age of 94 in Paris.") == [("94", "duration", 94.0, "years")]


def test_vague_chinese_tens_are_approximate_and_scaled_counts_take_their_noun() -> None:
    assert _found("数十家企业入驻，几百人参加。") == [  # figs29: "several", as 上百 (was no figure)
        ("数十家企业", "count", 10.0, "企业"), ("几百人", "count", 100.0, "人")]
    assert _found("约30万居民受益。") == [("约30万居民", "count", 3e5, "居民")]
    assert _found("三十万游客涌入。") == [("三十万游客", "count", 3e5, "游客")]
    # unchanged: money, and a scaled number with no noun after it
    assert _found("增加30万元。") == [("30万元", "money", 3e5, "CNY")]
    assert _found("人口达1200万，居民增多。") == [("1200万", "number", 1.2e7, "")]
