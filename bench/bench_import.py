"""Speed and quality of `hzreader import`: `python bench/bench_import.py [ITEMS]`.

- items per second from a generated 5,000-item RSS feed file: parsing alone, a first import
  into an empty folder (parse, render, validate, atomic write with fsync) and a second import
  (every item unchanged);
- article pages per second for main-text extraction (the saved pages of
  tests/fixtures/feeds/), and the extraction quality on them: word-level precision, recall and
  F1 against the hand-made gold text (`*.gold.txt`), for trafilatura as used by hzreader and,
  when installed, for jusText and readability-lxml, plus the whole page's text as a baseline.

Timings vary with the machine's load: report them with the conditions they were taken in.
"""

from __future__ import annotations

import importlib.util
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from hzreader.feeds import Importer, ImportOptions, Job
from hzreader.feeds._html import html_to_paragraphs
from hzreader.feeds._page import parse_page
from hzreader.feeds._sources import Fetched, parse

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "feeds"
PAGES = ["news_page.html", "page_divs.html", "page_blog.html"]
RUNS = 5


def _big_feed(items: int) -> bytes:
    spec = importlib.util.spec_from_file_location("make_big_feed",
                                                  FIXTURES / "make_big_feed.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.big_feed(items)  # type: ignore[no-any-return]


def feed_speed(items: int) -> None:
    """Items per second: parse only, first import, unchanged re-import."""
    data = _big_feed(items)
    with tempfile.TemporaryDirectory(prefix="hzreader-bench-") as folder:
        feed = Path(folder) / "big.xml"
        feed.write_bytes(data)
        parse_times = []
        for _ in range(3):
            started = time.perf_counter()
            parsed = parse(Fetched(data, str(feed)))
            parse_times.append(time.perf_counter() - started)
        assert len(parsed.entries) == items
        into = Path(folder) / "lib"
        importer = Importer(ImportOptions(into, remember=False, workers=1))
        started = time.perf_counter()
        (first,) = importer.run([Job(str(feed), into, False)])
        first_time = time.perf_counter() - started
        started = time.perf_counter()
        (second,) = Importer(ImportOptions(into, remember=False, workers=1)).run(
            [Job(str(feed), into, False)])
        second_time = time.perf_counter() - started
    assert first.counts["new"] == items and second.counts["unchanged"] == items
    print(f"feed of {items:,} items, {len(data) / 1e6:.1f} MB")
    print(f"  parse only          {items / statistics.median(parse_times):>8,.0f} items/s")
    print(f"  first import        {items / first_time:>8,.0f} items/s  ({first_time:.1f} s)")
    print(f"  unchanged re-import {items / second_time:>8,.0f} items/s  ({second_time:.1f} s)")


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.casefold()))


def _score(predicted: str, gold: str) -> tuple[float, float, float]:
    got, want = _words(predicted), _words(gold)
    overlap = sum((got & want).values())
    precision = overlap / max(1, sum(got.values()))
    recall = overlap / max(1, sum(want.values()))
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return precision, recall, f1


def _extractors() -> dict[str, Callable[[bytes], str]]:
    found: dict[str, Callable[[bytes], str]] = {
        "hzreader (trafilatura)": lambda data: parse_page(data).entries[0].body,
        "whole page text": lambda data: "\n".join(html_to_paragraphs(
            data.decode("utf-8", "replace"))),
    }
    try:
        import justext

        def run_justext(data: bytes) -> str:
            paragraphs = justext.justext(data, justext.get_stoplist("English"))
            return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

        found["jusText"] = run_justext
    except ImportError:
        pass
    try:
        from readability import Document

        def run_readability(data: bytes) -> str:
            summary = Document(data.decode("utf-8", "replace")).summary(html_partial=True)
            return "\n".join(html_to_paragraphs(summary))

        found["readability-lxml"] = run_readability
    except ImportError:
        pass
    return found


def page_quality_and_speed() -> None:
    """Word-level P/R/F1 per extractor over the saved pages, and pages/s for hzreader's."""
    pages = [(FIXTURES / name).read_bytes() for name in PAGES]
    golds = [(FIXTURES / name.replace(".html", ".gold.txt")).read_text(encoding="utf-8")
             for name in PAGES]
    print(f"text extraction on {len(pages)} saved pages (word-level, micro-averaged per page)")
    print(f"  {'extractor':<24}{'P':>7}{'R':>7}{'F1':>7}")
    for name, extract in _extractors().items():
        scores = [_score(extract(page), gold) for page, gold in zip(pages, golds, strict=True)]
        p, r, f = (statistics.mean(s[i] for s in scores) for i in range(3))
        print(f"  {name:<24}{p:>7.3f}{r:>7.3f}{f:>7.3f}")
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        for page in pages * 10:
            parse_page(page)
        times.append(time.perf_counter() - started)
    print(f"  hzreader page extraction: {len(pages) * 10 / statistics.median(times):,.0f} "
          f"pages/s (median of {RUNS} runs over {len(pages) * 10} pages)")


if __name__ == "__main__":
    feed_speed(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
    page_quality_and_speed()
