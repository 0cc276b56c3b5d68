"""The work done per file and per article, in worker processes or in-line (for `store_sync`).

Everything here is picklable and free of database access: files in, rows out. What only the
first pass needs (reading YAML, the full-text values) loads when first used: the second
pass's workers are fresh processes that never read a file, and keep ≈ 1.5 MB less each.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias

from hzreader._hashes import sha1
from hzreader.index._body import pack_body, unpack_body
from hzreader.index._db import FIGURE_BITS, UNDATED
from hzreader.index._prefixes import forget_word_starts, prefix_text
from hzreader.model import FIGURE_KINDS, Article, Problem, article_key

if TYPE_CHECKING:  # the first pass's, loaded when first used
    from hzreader.files import FilePart, LoadResult

_CANARY = (
    "Launched in 2015, it has drawn over 12,000 projects, with nearly 400 projects forming "
    "companies boasting registered capital surpassing 3 billion yuan ($422 million) and more "
    "than 10 near-unicorn enterprises. Output grew 5.2 percent year-on-year in October; the "
    "second phase takes 18 months, costs €1.5bn and, on March 3, 2024, a third of the 2,368 "
    "staff moved. Q3 2025 revenue rose to HK$4.5 trillion from 1.2tn in the 1990s. At 12:30 "
    "rates rose 50 bp. 2025年，杭州市地区生产总值15356亿元，增长5.6%，吸引2368个项目。"
    " In H1 2025 it sold at 14.5 times earnings for 212 Swedish crowns; 约30万居民受益。"
    " One man said No 10 took 911 calls at 20 euro cents; 5条新线开通，9.8亿人次，"
    "排队一个多小时，电话0571-87654321。 The C++26 draft costs 20000-30000 yuan."
    " The 737 MAX 8 carried 178 passengers; Greens won 12 of 51 seats; the yen hit 158 per"
    " dollar; a crowd of 33,000 saw the asteroid 2024 PT5 in a Force 10 gale; 约12万辆次。"
    " Rs 1.2 lakh crore, 27pc, a third of it by 14.30 GMT; seven years and six months; 11 gold,"
    " 8 silver and 14 bronze medals; 两个半小时，九个季度，梅开二度，城市共35个。"
    "分两批发放，时速160公里，前10个月。"
    " Arsenal are second on 31 points after their fifth straight league win. "
    "The $208M deal, HK$2B, 59 pounds of beef, the 5,000-strong Wagner Group, men aged 23, "
    "27 and 31, a one-bedroom flat a third more than in 2020; he gave 5 tickets to one. "
    "Jobs fell by 8 m; €4,50, $1.5bn-2bn, 38 of the state's 58 counties, down 6.3 points to "
    "23.7%, the third most visited, her first novel at 24; Python 3.12 beats 3.11. "
    "A crowd of 12 500 fans; 3% to 4%, $1.2 bln, 2.998e8 metres per second, cooled to 320 K, "
    "1.4 μm, a one-in-three chance, from 12 scientists to 240. "
    "The odds are 1 in 292.2 million; three hundred and twenty million dollars over two to "
    "four days at midnight, RM5.2 billion, £1.5bn-£2bn, 13.2m b/d and 2.5pp in FY2026. "
    "台北市將撥出1.2兆元，每月1,000元，3萬個家庭；港幣50億元，逾百億元。"
    "3亿5千万元，百分之零点五，历时42日，拿下13席，约50名人大代表。"
    " It was the fourth named storm of the season; Labour won 22 seats, the Conservatives"
    " held 11 and independents six; 全线共有桥梁隧道132座。"
    " Hackers stole 4,500 BTC; ₹1,64,900, 1'250'000 francs, 45,5 %, 140/90 mmHg, $5 to $6"
    " million, aged between 17 and 19, 6min 17sec ahead, 100 million satoshis."
    " A hurricane went from Category 1 to Category 4 in 24 hours at 938 mb; the 1906 canvas, "
    "$1.2bn-$1.5bn, 17 shots to nine, 89 by 93 cm, the 90+3rd; District 9 won easily. "
    "判處有期徒刑8年6月，氣溫攝氏33度，2奈米，两市，每10万人52例，生抽2汤匙。"
    "自113年6月1日起，港幣2.5億，三成半。"
    "第38分钟，排名小组第二，首三季，近5个赛季，4000國際單位（1931—2024），二十届三中全会。"
    "於民國108年至112年間，3.6万名跑者参赛，约15万瓶饮用水，年内第三次，小米手环10，"
    "2026杭州马拉松，今（30）日，半个百分点，二级应急响应。"
    " Highs of 25-28C, 1 in 3,000, .NET 9 runs, the 10-year gilt yield, a 1:1 draw, waves of"
    " 8 m, 45 per 100,000 people; he dies at 94. Add 3 eggs."
    " It rose by 3.5 million, or 6.3%; it leaves United 8 points behind; aged 50 to 70; the"
    " 100m hurdles; 4 cases per 1,000 people; fees of 30 gwei."
    " Serves 4-6: 2 cups, 4,50 €, 8 m euros, aged 5-11, India 287/6 (50 ov), the third increase"
    " in a row; 再低两三度，每10万人口52.3。"
    "台積電(2330)收在1,085元，本月12日，位居全国前十，收入约港币50亿元。"
    "二〇一九至二〇二三年，5~8万元，排名前10%的家庭，上百架次，按揭利率為P-1.75厘，有期徒刑6月，"
    "56圈，53面，（2024）京0105民初12345号。"
    " Petrol is $3.12 a gallon; sales doubled in 1H26; Hoxha, 29, to eight years and six months;"
    " a lap of 1m 34.486s, 3.5 mSv, +9.2 points, C# 14 ships; 1死48傷，数十亿元，800名工程师。"
    " HR 0.73 (95% CI 0.64–0.90); Kane (90+3); A 1m wall stands, a 2m-high fence; C turns 55;"
    " the 121-115 win; （HR 0.81，）"
    "户型面积90㎡至140㎡，单价4.5万/㎡，相对湿度百分之70至95，东京23区，全程42.195㎞。"
    " Trial of 500 patients shows benefit; turnout was 60%, down 3 points; the index closed at"
    " 7,412.5 points; 50 m in fog; 160 billion USDT; Salah (12'); the 200m in 19.19; the House"
    " 218 to 214."
    " Diesel cost 6 USD/gal, gold 2,400 USD/oz; Under $5 each; a 1m-strong crowd; the single"
    " sold 1m; the median age rose to 40.7 years."
    "企业约有400家，超过了二十万人，八旬老人，3位百岁老人，总投资超过 500亿元。"
)
#: Japanese (kana) is read apart from the rest (its kanji are not folded as traditional
#: Chinese are), so it has a sample of its own (figs32).
_CANARY_JA = ("平均価格は1億1,181万円、約3割の世帯、金利は約0.3ポイント上昇、発売戸数は4,762戸、"
              "1平方メートル当たり168.2万円、気温は35度、猛暑日が10日続いた、16日間、東京23区、"
              "TOPIXは20ポイント上昇、5分で先制。午後5時30分、2025年3月期、マグニチュード7.1、"
              "最大風速40メートル、作業に3時間30分、約300社。")
#: A title and a body: what one part of an article says, another may not (a bare 元).
_CANARY_ARTICLE = ("總經費554億元", "總經費約新台幣554億元。")
#: The eighteenth round's figs35 cases (tryout19): doses, yen, minus, net buying, tolls, trials.
_CANARY_35 = ("Take 5 mL and 200 mcg; a 1,600 W ThermoJet; 97 seats on 24.9%, down from 121; kills"
              " 27; rated it 4.5/5; pour 1 shot over 2 scoops; 41% (95% CI 38.2-44.4; p<0.001);"
              " 1 1/2 cups; polls gave her a 5-point lead. 每美元155日圓，負3.5%，"
              "外資買超新台幣156億元，約為64.9%，1.8公升。")


@functools.lru_cache(maxsize=1)
def code_key() -> str:
    """A digest of hzreader's own source files and of Python's version. While it is the
    same, so is `figures_version`, which is dearer (it loads every figure rule and runs
    the extractor: ≈ 0.1 s); "" when the sources cannot be read (then it is never the same)."""
    package = Path(__file__).resolve().parent.parent
    digest = sha1(repr(sys.version_info[:3]).encode())
    try:
        for path in sorted(package.rglob("*.py")):
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    except OSError:
        return ""
    return digest.hexdigest()


def figures_version() -> str:
    """What the figure extractor finds in a sample text (figures are redone if it changes)."""
    from hzreader.figures import article_figure_rows, extract

    found: list[object] = [
        (f.start, f.end, f.kind, f.value, f.unit, f.sentence_start, f.sentence_end)
        for text in (_CANARY, _CANARY_JA, _CANARY_35) for f in extract(text)]
    title, body = _CANARY_ARTICLE
    found.extend(article_figure_rows("", body, title))
    # What the figures columns mean: kinds are stored as their place in FIGURE_KINDS.
    layout = ("offsets in the stored title, summary or body", FIGURE_KINDS, FIGURE_BITS)
    return sha1(repr((layout, found)).encode()).hexdigest()


#: One encoder for all rows (`json.dumps` with options builds a new one per call).
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)


def _json(value: object) -> str:
    """Compact JSON; values YAML has but JSON lacks (dates, sets) become text."""
    return _JSON.encode(value)


class WorkerSetup(NamedTuple):
    """What a sync's workers share: the database's compression dictionary (`index._body`)
    and its dense prefixes (`index._prefixes`; None while they are not chosen: the first
    pass then leaves an article's `prefixes` row to the second)."""

    dictionary: bytes = b""
    dense: frozenset[str] | None = None


#: No dictionary, dense prefixes not chosen.
_NO_SETUP = WorkerSetup()
#: This worker process's `WorkerSetup` (`set_up_worker`).
_setup = _NO_SETUP


def set_up_worker(dictionary: bytes, dense: frozenset[str] | None) -> None:
    """Worker setup: the sync's `WorkerSetup`."""
    global _setup
    _setup = WorkerSetup(dictionary, dense)


def article_row(article: Article, dictionary: bytes = b"") -> tuple[Any, ...]:
    """The column values of `article` for `_ARTICLE_INSERT` (after rowid and file_id)."""
    from hzreader.query import timestamp

    published = None if article.published is None else timestamp(article.published)
    return (
        UNDATED if published is None else published, article.id, article.path, article.line,
        article.title, published, int(article.date_precision), article.source, article.author,
        article.url, _json(list(article.tags)), _json(list(article.related)),
        _json(dict(article.extra)), article_key(article), article.summary,
        pack_body(article.body, dictionary),
    )


def problem_row(problem: Problem) -> tuple[Any, ...]:
    """The column values of `problem` (after file_id)."""
    return problem.path, problem.message, problem.line, problem.column, problem.severity


#: A file changed less than this long before it was read could change again without a new
#: stamp: within the same tick of its file system's clock (2 s on FAT, 1 s on some network
#: file systems, a few ms on ext4), with the same size. Its stamp is then stored as
#: `stored_stamp` says, and the next sync compares its content digest.
RACY_NS = 3_000_000_000
#: The mtime stored for such a file: never a file's, so the next sync looks at it again.
RECHECK_MTIME = -1


def recheck(mtime_ns: int, read_at_ns: int) -> bool:
    """Whether a file's stamp cannot vouch for its content: it was read (up to `read_at_ns`)
    so soon after it changed that another change could keep its stamp (`RACY_NS`)."""
    return read_at_ns - mtime_ns < RACY_NS


def stored_stamp(stamp: tuple[int, int], again: bool) -> tuple[int, int]:
    """The (size, mtime_ns) to store for a file read with `stamp` (`again`: `recheck`)."""
    return (stamp[0], RECHECK_MTIME) if again and stamp[0] >= 0 else stamp


def stamp_of(file: str) -> tuple[int, int]:
    """(size, mtime_ns) of a file; (-1, -1) when it cannot be read (re-read next time)."""
    try:
        stat = os.stat(file)
    except OSError:
        return -1, -1
    return stat.st_size, stat.st_mtime_ns


#: A file at least this big is cut into parts at document starts, parsed side by side ...
SPLIT_MIN_BYTES = 4 * 1024 * 1024
#: ... of about this many bytes each.
PART_BYTES = 1024 * 1024

#: A task for `parse_batch`: (file, root) for a whole file, (file, root, part) for a part.
ParseTask: TypeAlias = "tuple[str, str] | tuple[str, str, FilePart]"


class ParsedFile(NamedTuple):
    """What a worker found in one file or one part of a file, as rows for the database."""

    file: str
    stamp: tuple[int, int]
    problems: list[Any]
    articles: list[Any]
    #: Of a part: which, with `LoadResult.documents`, `mappings` and `numbered` of it.
    part: FilePart | None = None
    documents: int = 0
    mappings: int = 0
    numbered: Sequence[tuple[int, int]] = ()
    #: From the first part of a file just cut: the other parts, still to parse.
    later: Sequence[FilePart] = ()
    #: Of a whole file (or from the first part, of the file cut): the `ContentDigest` of
    #: the bytes read, and whether its stamp cannot vouch for them (`recheck`).
    digest: int | None = None
    again: bool = False
    #: The file was gone when it was to be read: a removal, not a problem.
    gone: bool = False


def parse_batch(batch: Sequence[ParseTask], setup: WorkerSetup | None = None
                ) -> list[ParsedFile]:
    """Worker: load files or parts; per file its stamp, problem rows and `article_rows`
    (with `setup`, by default the worker's). A big whole file is cut into parts here: its
    first part is parsed and the rest come back in `later`."""
    from hzreader.files import ContentDigest, load_file, plan_parts

    setup = _setup if setup is None else setup
    out = []
    for task in batch:
        file, root = task[0], task[1]
        part = task[2] if len(task) == 3 else None
        later: list[FilePart] = []
        cut: tuple[int | None, int] | None = None  # of a file cut here: digest, when
        if part is None and _size(file) >= SPLIT_MIN_BYTES:
            whole = ContentDigest()
            try:
                parts = plan_parts(file, PART_BYTES, whole)
            except OSError:  # load_file says why
                parts = []
            if len(parts) > 1:
                part, later = parts[0], parts[1:]
                cut = (whole.value, time.time_ns())
        result = load_file(Path(file), Path(root), part)
        out.append(_parsed(file, result, part, later, setup, cut or (None, time.time_ns())))
    return out


def _size(file: str) -> int:
    """A file's size; 0 when it cannot be read (then `load_file` tells why)."""
    try:
        return os.stat(file).st_size
    except OSError:
        return 0


def _parsed(file: str, result: LoadResult, part: FilePart | None,
            later: Sequence[FilePart], setup: WorkerSetup,
            read: tuple[int | None, int]) -> ParsedFile:
    """The rows of one `load_file` result (`read`: the digest of a file just cut into parts,
    and when the file was read)."""
    if result.gone and (part is None or later):
        return ParsedFile(file, (-1, -1), [], [], gone=True)
    # The stat taken before reading, so a later change is seen by the next sync; none when
    # it failed (or a part found the file changed), so the file is read again next time.
    stamp = result.stamp if result.stamp is not None and not result.stale else (-1, -1)
    digest, read_at = (result.digest, read[1]) if part is None else read
    mtime = stamp[1] if part is None else part.stamp[1]
    return ParsedFile(file, stamp, [problem_row(p) for p in result.problems],
                      article_rows(result.articles, setup), part, result.documents,
                      result.mappings, result.numbered, later, digest,
                      recheck(mtime, read_at))


#: What the writer gets of one article: its `article_row`, its `fts` values and its row of
#: `prefixes` (None when the dense prefixes are not chosen yet).
ArticleRows = tuple[tuple[Any, ...], tuple[str, ...], str | None]


def article_rows(articles: Sequence[Article], setup: WorkerSetup = _NO_SETUP
                 ) -> list[ArticleRows]:
    """The rows of some articles for the `articles` (and `bodies`), `fts` and `prefixes`
    tables."""
    from hzreader.index._fts_query import index_values

    dictionary, dense = setup
    return [(article_row(a, dictionary),
             index_values(a.title, a.summary, a.tags, a.source, a.author, a.body),
             None if dense is None else prefix_text(
                 (a.title, a.summary, *a.tags, a.source, a.author, a.body), dense))
            for a in articles]


#: One row of the `figures` table, its columns in order (with its unit as text, the writer
#: gives it its code).
FigureRow = tuple[int, int, int, int, int, int, int, float | None, str, float | None, bool, int,
                  str]
_KIND_CODES = {kind: code for code, kind in enumerate(FIGURE_KINDS)}
#: An article for the second pass: rowid, title, summary, tags (JSON), source, author, stored
#: body, whether its figures are wanted, whether its row of `prefixes` is.
SecondPassRow = tuple[int, str, str, str, str, str, bytes, bool, bool]


def second_pass(rows: Sequence[SecondPassRow], dense: frozenset[str],
                dictionary: bytes | None = None
                ) -> tuple[list[int], list[FigureRow], list[tuple[int, str]]]:
    """Worker: the rowids done, the figures of those that want them (each article's in
    reading order) and the `prefixes` rows of those that want one (`dense`: the prefixes
    written as their absence; `dictionary` as for `parse_batch`)."""
    from hzreader.figures import article_figure_rows

    dictionary = _setup.dictionary if dictionary is None else dictionary
    if not any(row[8] for row in rows):  # no first letters owed (the figures' part)
        forget_word_starts()
    figures: list[FigureRow] = []
    prefixes: list[tuple[int, str]] = []
    codes = _KIND_CODES
    for rowid, title, summary, tags, source, author, stored, want_figures, want_prefixes in rows:
        body = unpack_body(stored, dictionary)
        if want_prefixes:
            prefixes.append((rowid, prefix_text(
                (title, summary, *json.loads(tags), source, author, body), dense)))
        if not want_figures:
            continue
        first = rowid << FIGURE_BITS
        found = article_figure_rows(summary, body, title, source)[: 1 << FIGURE_BITS]
        figures.extend((first + number, field, start, stop - start, start - sentence_start,
                        sentence_stop - stop, codes[kind], value, unit, high, age, day, word)
                       for number, (field, start, stop, sentence_start, sentence_stop, kind,
                                    value, unit, high, age, day, word) in enumerate(found))
    return [row[0] for row in rows], figures, prefixes
