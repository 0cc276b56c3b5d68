"""What figures measure (`Figure.unit`) and the sentence each stands in."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from hzreader.figures import extract
from hzreader.figures._figure_unit import unit_of
from hzreader.figures._sentences import sentence_ends
from hzreader.figures._units import with_units
from hzreader.model import Figure

ROOT = Path(__file__).resolve().parent.parent


def _units(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.kind, f.unit) for f in extract(text)]


def _unit(text: str, span: str, kind: str) -> str:
    """The unit of a figure `span` of `kind` in `text`, as the extractor might find it."""
    start = text.index(span)
    return unit_of(Figure(start, start + len(span), span, kind), text)


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("It cost 3 billion yuan ($422 million).", "3 billion yuan", "CNY"),
    ("It cost 3 billion yuan ($422 million).", "$422 million", "USD"),
    ("Profit was HK$9.9 billion.", "HK$9.9 billion", "HKD"),
    ("The fund raised US$500 million.", "US$500 million", "USD"),
    ("A deal worth A$1.3 billion.", "A$1.3 billion", "AUD"),
    ("Tickets cost £45 or €52.", "£45", "GBP"),
    ("Tickets cost £45 or €52.", "€52", "EUR"),
    ("RMB 45 billion was raised.", "RMB 45 billion", "CNY"),
    ("Sales of 4.3 trillion yen.", "4.3 trillion yen", "JPY"),
    ("It earned 6 billion Canadian dollars.", "6 billion Canadian dollars", "CAD"),
    ("It earned 1.3 trillion US dollars.", "1.3 trillion US dollars", "USD"),
    ("Rents of 4,800 Swiss francs.", "4,800 Swiss francs", "CHF"),
    ("A fee of 45 USD.", "45 USD", "USD"),
])
def test_money_units_in_english(text: str, span: str, unit: str) -> None:
    assert (span, "money", unit) in _units(text)


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("总投资约30亿元，预计明年完工。", "30亿元", "CNY"),
    ("总投资约30亿元，预计明年完工。", "30亿", "CNY"),  # the currency right after the span
    ("出口额达45.6亿美元。", "45.6亿美元", "USD"),
    ("营收120亿港元。", "120亿港元", "HKD"),
    ("罚款5000万欧元。", "5000万欧元", "EUR"),
    ("售价3万日元。", "3万日元", "JPY"),
    ("価格は5万円です。", "5万円", "JPY"),
    ("投资¥500万。", "¥500万", "CNY"),
    ("It costs ¥500 in Tokyo.", "¥500", "JPY"),
    ("人民币300亿元", "人民币300亿元", "CNY"),
])
def test_money_units_in_chinese_and_japanese(text: str, span: str, unit: str) -> None:
    assert _unit(text, span, "money") == unit


@pytest.mark.parametrize(("text", "span", "kind", "unit"), [
    ("增长5.2%", "5.2%", "percent", "percent"),
    ("提高3个百分点", "3个百分点", "percent", "points"),
    ("增长百分之五点二", "百分之五点二", "percent", "percent"),
    ("cut by 25bp", "25bp", "percent", "points"),
    ("共有12个项目落地", "12个项目", "count", "项目"),
    ("2368家企业入驻", "2368家企业", "count", "企业"),
    ("接待10万人次", "10万人次", "count", "人次"),
    ("面积100平方公里", "100平方公里", "quantity", "km²"),
    ("气温30℃", "30℃", "quantity", "°C"),
    ("电池5000毫安时", "5000毫安时", "quantity", "mAh"),
    ("产量达500万吨", "500万吨", "quantity", "t"),
    ("a 5,000mAh battery", "5,000mAh", "quantity", "mAh"),
    ("a 120Hz screen", "120Hz", "quantity", "Hz"),
    ("a 65W charger", "65W", "quantity", "W"),
    ("工期18个月", "18个月", "duration", "months"),
    ("历时3年", "3年", "duration", "years"),
])
def test_units_the_extractor_may_span(text: str, span: str, kind: str, unit: str) -> None:
    assert _unit(text, span, kind) == unit


def test_percent_and_points_are_told_apart_and_basis_points_are_points() -> None:
    """Basis points are valued in percentage points (25 bp → 0.25), so their unit says so."""
    got = _units("Unemployment fell 0.4 percentage points to 5.1 percent; the bank cut "
                 "rates by 25 basis points.")
    assert [u for _, _, u in got] == ["points", "percent", "points"]


def test_quantity_units_are_symbols() -> None:
    got = {t: u for t, _, u in _units(
        "The 120 kilometers line runs at 350 km/h, with 42.2 degrees Celsius heat in "
        "700,000 square meters and 5.6 million tons of cargo.")}
    assert got == {"120 kilometers": "km", "350 km/h": "km/h", "42.2 degrees Celsius": "°C",
                   "700,000 square meters": "m²", "5.6 million tons": "t"}


def test_count_units_are_the_counted_noun_as_written() -> None:
    text = ("Launched in 2015, it has drawn over 12,000 projects and more than 10 "
            "near-unicorn enterprises, and 68 Fortune 500 companies in 30 countries and "
            "regions.")
    counts = [(t, u) for t, k, u in _units(text) if k == "count"]
    assert counts == [("over 12,000 projects", "projects"),
                      ("more than 10 near-unicorn enterprises", "near-unicorn enterprises"),
                      ("68 Fortune 500 companies", "Fortune 500 companies"),
                      ("30 countries and regions", "countries and regions")]


def test_durations_and_ages() -> None:
    got = _units("Lin, 64, hiked for three decades; the 28-year-old trained six months, "
                 "aged 18 to 24.")
    assert [(t, u) for t, _, u in got] == [("64", "years"), ("three decades", "decades"),
                                           ("28-year-old", "years"), ("six months", "months"),
                                           ("aged 18 to 24", "years")]  # figs26


def test_listed_numbers_share_the_unit_of_their_neighbour() -> None:
    assert _units("Maturities of 20, 30 and 50 years.") == [
        ("20", "duration", "years"), ("30", "duration", "years"),
        ("50 years", "duration", "years")]
    assert [u for _, _, u in _units("Prices rose from 3 to 5 percent.")] == [
        "percent", "percent"]
    # figs16: a range with "to" is one figure, in the unit of its second number
    assert _units("Prices rose 3 to 5 percent.") == [("3 to 5 percent", "percent", "percent")]
    assert [u for _, _, u in _units("between 5 and 10 billion yuan")] == ["CNY", "CNY"]


def test_kinds_without_units_have_none() -> None:
    got = _units("In 2015, on Sept 28, it ranked third-largest and the index hit 51.2.")
    assert got and all(u == "" for _, _, u in got)


def test_sentence_spans() -> None:
    text = ("Mr. Li said the U.S. economy grew 5 percent. Then exports fell 3 percent! "
            "杭州投资30亿元。增长了5%。")
    figures = extract(text)
    spans = [text[f.sentence_start : f.sentence_end] for f in figures]
    assert spans[:2] == ["Mr. Li said the U.S. economy grew 5 percent.",
                         "Then exports fell 3 percent!"]
    for figure in figures:
        assert figure.sentence_start <= figure.start < figure.end <= figure.sentence_end
    synthetic = with_units(text, [Figure(text.index("30亿元"), text.index("30亿元") + 5,
                                         "30亿元", "money")])[0]
    assert text[synthetic.sentence_start : synthetic.sentence_end] == "杭州投资30亿元。"
    assert synthetic.unit == "CNY"


def test_sentence_ends_skip_abbreviations_and_decimals() -> None:
    text = "Dr. Wang paid $3.5 billion. J. Smith of the U.K. agreed. It ended."
    ends = sentence_ends(text)
    assert [text[:e] for e in ends] == ["Dr. Wang paid $3.5 billion.",
                                        "Dr. Wang paid $3.5 billion. J. Smith of the U.K. agreed."]


def test_a_figure_without_a_sentence_mark_spans_the_text() -> None:
    figure = extract("a rise of 5 percent")[0]
    assert (figure.sentence_start, figure.sentence_end) == (0, 19)


def _load_eval():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("figures_eval",
                                                  ROOT / "bench" / "figures_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["figures_eval"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["figures_labelled.yaml", "figures_units.yaml"])
def test_unit_accuracy_on_the_labelled_sets(name: str) -> None:
    evaluation = _load_eval()
    report = evaluation.score(evaluation.load(ROOT / "tests" / "data" / name), extract)
    assert report.overall.unit_labelled >= 50
    assert report.overall.unit_accuracy >= 0.95, report.wrong_unit


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("Kipchoge won in 2:11:53 on Sunday.", "2:11:53", "seconds"),
    ("他以2小时08分15秒夺冠。", "2小时08分15秒", "seconds"),
    ("央行下调23个基点。", "23个基点", "points"),
    ("The meeting lasted 3 hours.", "3 hours", "hours"),
    ("Battery life reached 14 hours 20 minutes.", "14 hours 20 minutes", "seconds"),
    ("He won by 1 minute 42 seconds.", "1 minute 42 seconds", "seconds"),
    ("京沪高铁最快4小时18分可达。", "4小时18分", "seconds"),
])
def test_a_unit_names_what_the_value_is_counted_in(
        text: str, span: str, unit: str) -> None:
    (figure,) = [f for f in extract(text) if f.text == span]
    assert figure.unit == unit
