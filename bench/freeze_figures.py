"""Write tests/data/figures_frozen.json: texts and the figures `extract` finds in them.

`tests/test_figures_frozen.py` checks that `extract` still finds exactly these figures (every
field: span, text, kind, value, unit, sentence span), so that a change made for speed cannot
change the output. The texts: every labelled sentence (tests/data/figures_labelled*.yaml,
figures_units.yaml) and paragraphs of the generated 100k corpus (bench/gen_corpus.py, sampled
with a fixed seed; the Chinese ones all kept).

When a rule is changed on purpose (more accurate figures), regenerate the file with the new
rules and review the diff: `python bench/freeze_figures.py [CORPUS]`. To freeze another
checkout's output, put its src first: `PYTHONPATH=/tmp/main-src python bench/freeze_figures.py`.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "tests" / "data" / "figures_frozen.json"
PARAGRAPHS = 200
CHINESE = 40


def corpus_paragraphs(corpus: str) -> list[str]:
    """`PARAGRAPHS` paragraphs of the corpus, `CHINESE` of them with CJK when there are."""
    from hzreader.files import load_paths
    from hzreader.model import figure_texts

    files = sorted(str(Path(folder) / name) for folder, _, names in os.walk(corpus)
                   for name in names if name.endswith((".yaml", ".yml")))
    rng = random.Random(1216)
    rng.shuffle(files)
    plain: list[str] = []
    cjk: list[str] = []
    for file in files[:600]:
        for article in load_paths([file]).articles:
            for _, paragraph in figure_texts(article.summary, article.body):
                text = paragraph.text
                (cjk if any("\u2e80" <= c <= "\uffef" for c in text) else plain).append(text)
    rng.shuffle(plain)
    rng.shuffle(cjk)
    chosen = cjk[:CHINESE]
    return chosen + plain[: PARAGRAPHS - len(chosen)]


def frozen(figure: Any) -> tuple[Any, ...]:
    """A figure's fields as the file keeps them: all but its text (it is the span), and the
    high end (range13) only for a range, so that single values keep their seven fields."""
    fields = dataclasses.astuple(figure)
    # (not `Figure.age`, which tests/test_figure_store17.py checks)
    return fields[:2] + fields[3:8] + (fields[8:9] if fields[8] is not None else ())


def main() -> None:
    """Extract every text with the code on the path and write the file."""
    sys.path.insert(0, str(HERE))
    import figures_eval

    from hzreader.figures import extract

    corpus = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hzbench-100k"
    texts = [item.text for item in figures_eval.load_all()]
    texts += [item.text for item in figures_eval.load(figures_eval.UNITS_LABELLED)]
    texts += corpus_paragraphs(corpus)
    cases = [{"text": text, "figures": [frozen(f) for f in extract(text)]} for text in texts]
    lines = ",\n".join(json.dumps(case, ensure_ascii=False) for case in cases)
    OUT.write_text(f"[\n{lines}\n]\n", encoding="utf-8")
    print(f"{OUT}: {len(cases)} texts, {sum(len(c['figures']) for c in cases)} figures, "
          f"{OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
