"""Legacy charsets beyond Latin-1 (windows-1251, KOI8-R, GBK, Big5, Shift_JIS, ...): real text
in them is read as declared; UTF-8 text declared in them (a server's or template's mistake)
is read as UTF-8, said once. A local HTTP server in the test process; no other network."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from hzreader.cli import main
from hzreader.feeds._decode import charset_of, codec_name, misdeclared_utf8
from hzreader.feeds._garbled import ODD_SHARE, garbled, odd_share
from hzreader.feeds._http import Response
from hzreader.feeds._sources import Fetched, parse
from hzreader.files import load_paths

from conftest import serving

RU = ("Центральный банк России повысил ключевую ставку до 16% годовых. По словам аналитиков, "
      "инфляция в октябре составила 7,5%, а рубль ослаб на 3% к доллару. «Мы ожидаем "
      "замедления роста цен в первом квартале 2027 года», — сказала председатель банка.")
RU_PLAIN = RU.replace("«", '"').replace("»", '"').replace("—", "-")  # (KOI8-R has no « — »)
UK = "Київ: ціни на хліб зросли на 5%; їжа дорожчає, а гривня ґрунтовно слабшає."
ZH_S = ("国家统计局今天发布数据显示，10月份全国居民消费价格同比上涨2.1%，环比持平。其中，城市"
        "上涨2.0%，农村上涨2.3%；食品价格上涨5%，非食品价格上涨1.5%。")
ZH_T = ("行政院主計總處今日公布，10月消費者物價指數年增2.1%，創下近三個月新高。其中食物類上漲"
        "5%，蔬菜價格受颱風影響大幅上揚，油料費則因國際油價下跌而減少。")
JA = ("日本銀行は本日、政策金利を0.5%に引き上げると発表した。物価上昇率は目標の2%を上回る"
      "状態が続いており、植田総裁は記者会見で「賃金と物価の好循環が強まっている」と述べた。")
KO = ("한국은행은 오늘 기준금리를 연 3.5%로 동결했다고 밝혔다. 물가 상승률은 2%대로 "
      "내려왔지만 가계부채 증가세가 여전히 우려된다고 이창용 총재가 기자간담회에서 말했다.")
PL = ("Narodowy Bank Polski podniósł stopy procentowe o 0,25 punktu; złoty umocnił się wobec "
      "euro, a inflacja spadła do 4,5% w październiku. Źródła: GUS.")
EL = ("Η Τράπεζα της Ελλάδος ανακοίνωσε ότι ο πληθωρισμός μειώθηκε στο 2,5% τον Οκτώβριο, "
      "ενώ η ανεργία έπεσε κάτω από το 10% για πρώτη φορά από το 2010.")
TR = "Merkez Bankası faizi yüzde 50'de sabit tuttu; enflasyon Ekim ayında %48,6 oldu."

#: (the label a server or document gives, the text): each read right when declared.
SAMPLES = [
    ("windows-1251", RU), ("koi8-r", RU_PLAIN), ("gbk", ZH_S), ("gb2312", ZH_S),
    ("gb18030", ZH_S), ("big5", ZH_T), ("shift_jis", JA), ("koi8-u", UK), ("ibm866", RU_PLAIN),
    ("iso-8859-5", RU_PLAIN), ("euc-jp", JA), ("euc-kr", KO), ("windows-1250", PL),
    ("iso-8859-2", PL), ("windows-1253", EL), ("iso-8859-7", EL), ("windows-1254", TR),
]
IDS = [label for label, _ in SAMPLES]


def rss(text: str, encoding: str, declared: str = "") -> bytes:
    """A feed of one item titled by the text's first 20 characters, the text its body."""
    head = f'<?xml version="1.0" encoding="{declared}"?>\n' if declared else ""
    return (f"{head}<rss version=\"2.0\"><channel><title>Wire</title><item><title>{text[:20]}"
            f"</title><guid>w1</guid><description>{text}</description></item></channel></rss>"
            ).encode(encoding)


def _fetched(data: bytes, content_type: str) -> Fetched:
    return Fetched(data, "http://wire.example/f", Response("http://wire.example/f", data,
                                                           content_type))


@pytest.mark.parametrize(("label", "text"), SAMPLES, ids=IDS)
def test_real_legacy_text_is_read_as_declared(label: str, text: str) -> None:
    codec = codec_name(label)
    data = rss(text, codec)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # real text in these charsets is no UTF-8
    for parsed in (parse(_fetched(data, f"application/rss+xml; charset={label}")),
                   parse(Fetched(rss(text, codec, label), "wire.xml"))):
        (entry,) = parsed.entries
        assert (entry.title, entry.body) == (text[:20], text)
        assert parsed.problems == []
    assert odd_share(text, codec) < 0.05


@pytest.mark.parametrize(("label", "text"), SAMPLES, ids=IDS)
def test_utf8_declared_legacy_is_read_as_utf8_with_one_warning(label: str, text: str) -> None:
    data = rss(text, "utf-8")
    assert garbled(data, codec_name(label), data.decode())
    parsed = parse(_fetched(data, f"application/rss+xml; charset={label}"))
    (entry,) = parsed.entries
    assert (entry.title, entry.body) == (text[:20], text)
    assert parsed.problems == [f"Wire: served as {label} but written in UTF-8; read as UTF-8"]
    parsed = parse(Fetched(rss(text, "utf-8", label), "wire.xml"))
    assert (parsed.entries[0].body, parsed.problems) == (
        text, [f"Wire: declares {label} but written in UTF-8; read as UTF-8"])


@pytest.fixture
def served() -> Iterator[tuple[str, dict[str, tuple[str, bytes]]]]:
    """A server answering each path with (content type, body)."""
    routes: dict[str, tuple[str, bytes]] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            content_type, body = routes[self.path]
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    with serving(Handler) as base:
        yield base, routes


@pytest.mark.parametrize(("label", "text"), SAMPLES[:7], ids=IDS[:7])
def test_both_through_import(served: tuple[str, dict[str, tuple[str, bytes]]], tmp_path: Path,
                             label: str, text: str, capsys: pytest.CaptureFixture[str]) -> None:
    base, routes = served
    content_type = f"text/xml; charset={label}"
    routes["/real.xml"] = (content_type, rss(text, codec_name(label)))
    routes["/utf8.xml"] = (content_type, rss(text, "utf-8").replace(b"w1", b"w2"))
    assert main(["import", f"{base}/real.xml", f"{base}/utf8.xml", "--into",
                 str(tmp_path)]) == 0
    articles = load_paths([tmp_path]).articles
    assert [(a.title, a.body.strip()) for a in articles] == [(text[:20], text)] * 2
    assert capsys.readouterr().err == (
        f"  Wire: served as {label} but written in UTF-8; read as UTF-8\n")


def test_a_page_declaring_gbk_in_utf8() -> None:
    html = (f'<html><head><meta charset="gbk"><title>{ZH_S[:20]}</title></head><body>'
            f"<article><h1>{ZH_S[:20]}</h1><p>{ZH_S}</p><p>{ZH_S}</p></article></body></html>")
    parsed = parse(_fetched(html.encode(), "text/html"))
    assert ZH_S in parsed.entries[0].body
    assert parsed.problems == ["http://wire.example/f: declares gbk but written in UTF-8; "
                               "read as UTF-8"]


def test_english_with_a_few_utf8_symbols_served_as_windows_1251() -> None:
    text = "Prices rose 5% — the café’s €3 coffee"
    assert charset_of(text.encode(), "text/xml; charset=windows-1251") == "utf-8"
    assert charset_of(text.encode(), "text/xml; charset=shift_jis") == "utf-8"


def test_legacy_bytes_that_happen_to_be_utf8_but_read_well_stay_declared() -> None:
    # "зі» Ші" in windows-1251 is E7 B3 BB 20 D8 B3, which is also UTF-8 ("系 سي"); read
    # in 1251 it is Ukrainian letters, not mojibake: the declared set wins.
    data = "зі» Ші".encode("cp1251")
    assert data.decode("utf-8") == "\u7cfb \u0633"
    assert odd_share(data.decode("cp1251"), "cp1251") < ODD_SHARE
    assert charset_of(data, "text/plain; charset=windows-1251") == "cp1251"
    assert misdeclared_utf8(data, "text/plain; charset=windows-1251") == ""
    # an acronym in capitals (C6 B1 in ISO-8859-5, "Ʊ" in UTF-8) is no capital inside a word
    acronym = "News: ЦБ".encode("iso8859-5")
    assert acronym.decode("utf-8") == "News: \u01b1"
    assert charset_of(acronym, "text/plain; charset=iso-8859-5") == "iso8859-5"
