"""CPU per stage of a cold index build, per article, in one process (no pool, no database).

Usage: python bench/profile_cold.py CORPUS [--files N] [--cprofile STAGE]

Runs the work a worker does for each article of the first N files of CORPUS, stage by
stage, and prints the CPU milliseconds per article of each stage: parse (YAML to
`Article`), row (the `articles` row with its compressed body), fts (the index text),
prefixes (the first letters), figures (`figures.article_figures`), unpack (reading a
compressed body back, as the second pass does), second_pass (the second pass's worker
function as a whole: unpack, first letters, figures, their rows; batches of 200).
`--cprofile STAGE` prints that stage's profile instead. Run it with `PYTHONPATH=OTHER/src`
to measure another checkout's code with the same script (figures: `article_figure_rows`,
what the workers call, where the code has it; `article_figures` otherwise).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def main() -> int:
    """Time each stage over the same articles."""
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--cprofile")
    args = parser.parse_args()
    import json

    import hzreader.figures
    from hzreader.files import load_file
    from hzreader.index._body import pack_body, train_dictionary, unpack_body
    from hzreader.index._fts_query import index_values
    from hzreader.index._prefixes import choose_dense, prefix_text
    from hzreader.index._work import article_row, second_pass

    figures = getattr(hzreader.figures, "article_figure_rows", None) or \
        hzreader.figures.article_figures

    files = sorted(args.corpus.rglob("*.yaml"))[: args.files]
    articles = []
    started = time.process_time()
    for file in files:
        articles.extend(load_file(file, args.corpus).articles)
    parse = time.process_time() - started
    dictionary = train_dictionary(a.body for a in articles[:400])
    stored = [pack_body(a.body, dictionary) for a in articles]
    stages: dict[str, Callable[[Any], object]] = {
        "row": lambda a: article_row(a, dictionary),
        "fts": lambda a: index_values(a.title, a.summary, a.tags, a.source, a.author, a.body),
        "prefixes": lambda a: prefix_text(
            (a.title, a.summary, *a.tags, a.source, a.author, a.body)),
        "figures": lambda a: figures(a.summary, a.body),
    }
    count = len(articles)
    print(f"{count} articles from {len(files)} files; CPU ms per article:")
    print(f"  parse {parse * 1000 / count:.3f}")
    for name, stage in stages.items():
        if args.cprofile == name:
            profile = cProfile.Profile()
            profile.enable()
        started = time.process_time()
        for article in articles:
            stage(article)
        took = time.process_time() - started
        if args.cprofile == name:
            profile.disable()
            pstats.Stats(profile).sort_stats("tottime").print_stats(25)
        print(f"  {name} {took * 1000 / count:.3f}")
    started = time.process_time()
    for body in stored:
        unpack_body(body, dictionary)
    print(f"  unpack {(time.process_time() - started) * 1000 / count:.3f}")
    dense = choose_dense((a.title, a.summary, *a.tags, a.source, a.author, a.body)
                         for a in articles[:500])
    rows = [(rowid, a.title, a.summary, json.dumps(list(a.tags)), a.source, a.author, body,
             True, True) for rowid, (a, body) in enumerate(zip(articles, stored, strict=True))]
    if args.cprofile == "second_pass":
        profile = cProfile.Profile()
        profile.enable()
    started = time.process_time()
    for first in range(0, count, 200):
        second_pass(rows[first : first + 200], dense, dictionary)
    took = time.process_time() - started
    if args.cprofile == "second_pass":
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)
    print(f"  second_pass {took * 1000 / count:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
