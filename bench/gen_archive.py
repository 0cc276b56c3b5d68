"""Generate one multi-document YAML archive of many articles, as export tools write them.

Usage: python bench/gen_archive.py OUT.yaml [--articles 10000] [--mb 100] [--seed 1]

Each article is a YAML document that starts with a `---` line; the bodies are sized so the
whole file comes to about `--mb` megabytes (the articles of `gen_corpus.py`, only longer).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from gen_corpus import Vocabulary, article_yaml  # noqa: E402

#: Bytes of an article besides its body (title, date, source, tags, summary ...).
_HEAD_BYTES = 560


def generate(out: Path, articles: int = 10_000, megabytes: float = 100.0, seed: int = 1) -> int:
    """Write the archive to `out`; return its size in bytes."""
    rng = random.Random(seed)
    vocab = Vocabulary(rng)
    per_article = int(megabytes * 1_000_000 / articles) - _HEAD_BYTES
    spread = max(per_article // 3, 1)
    body_bytes = (max(per_article - spread, 100), per_article + spread)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as stream:
        for number in range(articles):
            _, text = article_yaml(rng, vocab, number, body_bytes)
            stream.write("---\n")
            stream.write(text)
    return out.stat().st_size


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--mb", type=float, default=100.0, help="about this many megabytes")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    size = generate(args.out, args.articles, args.mb, args.seed)
    print(f"wrote {args.articles} articles, {size / 1e6:.1f} MB, to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
