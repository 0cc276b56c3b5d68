"""A search typed over a slow one: how long the newer one waits (issue 16, keys at 100k).

Usage: python bench/bench_typed_search.py [--cache DIR] [--corpus DIR] [--runs 5]

A broad field query (`body:s` reads every word of every body that starts with "s": about a
second at 100,000 articles) is started in a thread, as the app starts each key's search;
50 ms later the next query (`body:shanghai`) is asked. Without serial numbers the newer
search waits for the older one to finish; with them (what the app does) the older one is
stopped and the newer one answers at once. Prints both medians per pair of queries. `--cache`
is an XDG_CACHE_HOME holding the corpus's warm index (default: the current one).
"""

from __future__ import annotations

import argparse
import os
import statistics
import threading
import time
from pathlib import Path

PAIRS = [("body:s", "body:shanghai"), ("body:s title:t", "body:sh title:tr"),
         ("summary:s", "summary:shanghai")]


def main() -> None:
    """Time each pair, old-style and with serials, alternating."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", help="XDG_CACHE_HOME with the warm index")
    parser.add_argument("--corpus", default="/tmp/hzbench-100k")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.cache:
        os.environ["XDG_CACHE_HOME"] = args.cache
    from hzreader.index import ArticleStore, SearchInterrupted, store_path
    from hzreader.query import parse_query

    store = ArticleStore.open(store_path([Path(args.corpus)]))
    store.find(parse_query("warm"))
    serial = 0
    for broad, narrow in PAIRS:
        waits: dict[bool, list[float]] = {False: [], True: []}
        for _ in range(args.runs):
            for with_serials in (False, True):
                serial += 2

                def older(number: int = serial - 1, typed: bool = with_serials,
                          text: str = broad) -> None:
                    try:
                        store.find(parse_query(text), serial=number if typed else None)
                    except SearchInterrupted:
                        pass

                thread = threading.Thread(target=older)
                thread.start()
                time.sleep(0.05)  # the next key comes 50 ms later
                began = time.perf_counter()
                store.find(parse_query(narrow), serial=serial if with_serials else None)
                waits[with_serials].append(time.perf_counter() - began)
                thread.join()
        old, new = (statistics.median(waits[flag]) * 1000 for flag in (False, True))
        print(f"{broad!r} then {narrow!r}: the newer answer after {old:.0f} ms waiting, "
              f"{new:.0f} ms with serials")


if __name__ == "__main__":
    main()
