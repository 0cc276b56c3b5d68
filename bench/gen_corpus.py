"""Generate a deterministic corpus of realistic news articles as YAML files.

Usage: python bench/gen_corpus.py N OUTDIR [--seed S]

About 4 KB per article, with numbers, money, percents, dates, some Chinese text and some
accented names; spread over year/month subfolders, sometimes several articles per file.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import random
import sys
from pathlib import Path

COMMON = """
the of and to in a is that for it as was with be by on not he this are or his from at which
but have an they you were her she there been one all we their has would when if so no will
more what up out about who can said them into than its only other new some could time these
two may then do first any my now such like our over man me even most made after also did
many before must through back years where much your way well down should because each just
those people how too little state good very make world still own see men work long get here
between both life being under never day same another know while last might us great old year
off come since against go came right used take three states himself few house use during
without again place american around however home small found thought went say part once
general high upon school every don does got united left number course war until always away
something fact though water less public put think almost hand enough far took head yet
government system better set told nothing night end why called didn't eyes find going look
asked later knew point next program city business give group toward young days let room
president side social given present several order national possible rather second face per
among form important often things looked early white case john become large big need four
within felt along children saw best church ever least power development light thing seemed
family interest want members mind country area others done turned although open god service
problem certain kind different thus began door help means sense whole matter perhaps itself
york times law human line above name example action company hands local show whether five
history gave today either act feet across taken past quite anyone seen having death week
experience body word half really field am car words already themselves information tell
together college shall money period held keep sure free seems real probably behind clear
economy market growth investment industry trade export import policy reform minister
officials report bureau statistics quarter annual percent billion million revenue profit
shares investors bank central inflation rates tariff supply chain factory output retail
sales consumer spending housing property prices energy power grid solar wind battery electric
vehicles automaker semiconductor chip technology artificial intelligence model data cloud
platform startup venture capital funding round valuation merger acquisition regulator court
ruling lawsuit police arrested suspect investigation election vote parliament coalition
opposition candidate campaign protest climate emissions carbon flood drought typhoon
earthquake rescue hospital patients vaccine health ministry education students university
research scientists study published journal space rocket launch satellite mission football
match league championship coach players tournament season record transfer club fans stadium
museum exhibition festival film director actor music concert tourism visitors airport
airline flights railway metro station bridge highway construction project infrastructure
talent innovation entrepreneurs district province county village farmers harvest grain rice
""".split()

PLACES = ["Hangzhou", "Shanghai", "Beijing", "Shenzhen", "Chengdu", "Wuhan", "Nanjing",
          "Tianjin", "Guangzhou", "Xi'an", "London", "Paris", "Berlin", "Madrid", "Rome",
          "Tokyo", "Seoul", "Singapore", "Sydney", "Toronto", "Chicago", "Boston", "Mumbai",
          "Jakarta", "Nairobi", "Lagos", "Cairo", "Istanbul", "Moscow", "Warsaw", "Vienna",
          "Zürich", "Genève", "São Paulo", "Bogotá", "Montréal", "Málaga", "Kraków", "Reykjavík",
          "Düsseldorf", "Tromsø", "Córdoba", "Yangtze River Delta", "Zhejiang", "Guangdong"]
FIRST = ["Li", "Wang", "Zhang", "Chen", "Liu", "Maria", "John", "Anna", "David", "Sofia",
         "José", "François", "Zoë", "Søren", "Łukasz", "Renée", "Chloé", "Jürgen", "Ana",
         "Mohammed", "Fatima", "Hiroshi", "Min-jun", "Olga", "Pedro", "Emma", "Noah"]
LAST = ["Wei", "Ming", "Xiaoxiao", "Mujun", "Smith", "García", "Müller", "Dubois", "Rossi",
        "Nowak", "Kowalski", "Tanaka", "Kim", "Novak", "Silva", "Peña", "Åberg", "Brontë",
        "Johnson", "Okafor", "Haddad", "Ivanova", "Schröder", "Lefèvre", "Brown"]
SOURCES = ["Xinhua", "Reuters", "AP", "China Daily", "Le Monde", "El País", "Die Zeit",
           "The Guardian", "Nikkei", "Caixin", "City Desk", "Wire", "Bloomberg", "Süddeutsche"]
TAGS = ["economy", "industry", "technology", "politics", "science", "sports", "culture",
        "health", "climate", "transport", "education", "finance", "energy", "world", "china",
        "europe", "talent", "innovation", "property", "trade", "ai", "space"]
CJK_SENTENCES = [
    "杭州是浙江省的省会，历史悠久，经济发达。",
    "国家统计局发布数据显示，十月份工业增加值同比增长百分之五点二。",
    "人工智能产业快速发展，吸引了大量人才和投资。",
    "长江三角洲地区一体化发展取得新进展。",
    "地铁新线路开通后，市民出行更加便利。",
    "东京都政府は新しい交通計画を発表した。",
    "서울시는 새로운 교통 정책을 발표했다.",
    "研究人员在《自然》杂志上发表了最新成果。",
    "该项目总投资约三十亿元，预计明年完工。",
]
CURRENCIES = [("$", ""), ("US$", ""), ("€", ""), ("£", ""), ("", " yuan"), ("", " euros")]
SCALES = ["", " million", " billion", "bn", " trillion"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

_SYLLABLES = ["ka", "lo", "mi", "ren", "tan", "vor", "zel", "qu", "shi", "po", "dra", "xen",
              "ul", "bor", "fin", "gra", "hel", "jo", "kri", "mun", "nes", "ost", "pra", "rio",
              "sal", "tor", "ves", "wyn", "yak", "zor"]


class Vocabulary:
    """Zipf-weighted words: common English plus synthetic rare words for a large vocabulary."""

    def __init__(self, rng: random.Random, rare: int = 40_000) -> None:
        rare_words = {
            "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
            for _ in range(rare)
        }
        shuffled = sorted(rare_words)
        rng.shuffle(shuffled)
        self.words = COMMON + shuffled
        weights = [1.0 / (rank + 10) ** 1.15 for rank in range(len(self.words))]
        self.cumulative = list(itertools.accumulate(weights))

    def sample(self, rng: random.Random, k: int) -> list[str]:
        """`k` words drawn by Zipf weight."""
        total = self.cumulative[-1]
        return [self.words[bisect.bisect(self.cumulative, rng.random() * total)]
                for _ in range(k)]


def money(rng: random.Random) -> str:
    """An amount such as "$3.2 billion" or "450 million yuan"."""
    prefix, suffix = rng.choice(CURRENCIES)
    if rng.random() < 0.2:
        return f"{prefix}{rng.randint(1, 99)},{rng.randint(0, 999):03d}{suffix}"
    amount = rng.choice([f"{rng.randint(1, 999)}", f"{rng.randint(1, 99)}.{rng.randint(1, 9)}"])
    return f"{prefix}{amount}{rng.choice(SCALES)}{suffix}"


def person(rng: random.Random) -> str:
    """A name, sometimes accented."""
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def sentence(rng: random.Random, vocab: Vocabulary) -> str:
    """One sentence, often carrying a figure."""
    words = vocab.sample(rng, rng.randint(8, 22))
    roll = rng.random()
    if roll < 0.15:
        words.insert(rng.randrange(len(words)), money(rng))
    elif roll < 0.27:
        words.insert(rng.randrange(len(words)), f"{rng.randint(1, 60)}.{rng.randint(0, 9)} percent")
    elif roll < 0.37:
        words.insert(rng.randrange(len(words)), f"{rng.randint(2, 9000):,} {rng.choice(COMMON)}s")
    elif roll < 0.45:
        words += ["in", str(rng.randint(1990, 2026))]
    elif roll < 0.52:
        words += ["on", rng.choice(MONTHS), str(rng.randint(1, 28))]
    elif roll < 0.58:
        words.insert(0, f"{person(rng)} of {rng.choice(PLACES)} said")
    elif roll < 0.62:
        words += ["in", rng.choice(PLACES)]
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, vocab: Vocabulary, cjk: bool) -> str:
    """A paragraph of a few sentences, Chinese-flavoured when `cjk`."""
    if cjk and rng.random() < 0.6:
        return "".join(rng.choice(CJK_SENTENCES) for _ in range(rng.randint(3, 8)))
    return " ".join(sentence(rng, vocab) for _ in range(rng.randint(2, 5)))


def title(rng: random.Random, vocab: Vocabulary, cjk: bool) -> str:
    """A headline."""
    if cjk and rng.random() < 0.5:
        return rng.choice(CJK_SENTENCES).rstrip("。")
    patterns = [
        lambda: f"{rng.choice(PLACES)} {' '.join(vocab.sample(rng, 4))}",
        lambda: f"{' '.join(vocab.sample(rng, 3)).capitalize()} rises "
                f"{rng.randint(1, 30)}.{rng.randint(0, 9)} percent in {rng.choice(MONTHS)}",
        lambda: f"{person(rng)} {' '.join(vocab.sample(rng, 5))}",
        lambda: f"{' '.join(vocab.sample(rng, 4)).capitalize()} worth {money(rng)}",
        lambda: f"{' '.join(vocab.sample(rng, 6)).capitalize()}",
    ]
    return rng.choice(patterns)()


def yaml_text(value: str) -> str:
    """A double-quoted YAML scalar."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def article_yaml(rng: random.Random, vocab: Vocabulary, number: int,
                 body_bytes: tuple[int, int] = (2500, 5500)) -> tuple[str, str]:
    """(folder, YAML text) of one article, its body about `body_bytes` long."""
    cjk = rng.random() < 0.06
    year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    lines = [f"title: {yaml_text(title(rng, vocab, cjk))}"]
    roll = rng.random()
    if roll < 0.6:
        lines.append(f"date: {year}-{month:02d}-{day:02d}")
    elif roll < 0.97:
        lines.append(f"date: {year}-{month:02d}-{day:02d}T{rng.randint(0, 23):02d}:"
                     f"{rng.randint(0, 59):02d}:00Z")
    folder = f"{year}/{month:02d}" if roll < 0.97 else "undated"
    lines.append(f"source: {yaml_text(rng.choice(SOURCES))}")
    if rng.random() < 0.7:
        lines.append(f"author: {yaml_text(person(rng))}")
    lines.append(f"url: https://news.example.com/{year}/{number}")
    lines.append(f"tags: [{', '.join(rng.sample(TAGS, rng.randint(1, 4)))}]")
    if rng.random() < 0.5:
        lines.append(f"summary: {yaml_text(sentence(rng, vocab))}")
    body: list[str] = []
    size = 0
    target = rng.randint(*body_bytes)
    while size < target:
        body.append(paragraph(rng, vocab, cjk))
        size += len(body[-1].encode())
    lines.append("body: |")
    for index, text in enumerate(body):
        if index:
            lines.append("")
        lines.append("  " + text)
    return folder, "\n".join(lines) + "\n"


def generate(count: int, out: Path, seed: int = 1) -> int:
    """Write `count` articles under `out`; return the number of files written."""
    rng = random.Random(seed)
    vocab = Vocabulary(rng)
    files = 0
    number = 0
    while number < count:
        per_file = 1 if rng.random() < 0.8 else rng.randint(2, 6)
        per_file = min(per_file, count - number)
        docs = [article_yaml(rng, vocab, number + i) for i in range(per_file)]
        folder = out / docs[0][0]
        folder.mkdir(parents=True, exist_ok=True)
        text = "---\n".join(doc for _, doc in docs)
        (folder / f"a{number:07d}.yaml").write_text(text, encoding="utf-8")
        number += per_file
        files += 1
    return files


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    files = generate(args.count, args.outdir, args.seed)
    print(f"wrote {args.count} articles in {files} files under {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
