"""What one article says of its currency: a bare 元 in a Taiwanese or Hong Kong story is the
local dollar, and a ¥ the yen or the yuan as the article reads it (`ArticleCurrency`, applied
to the figures of each of its parts)."""

from __future__ import annotations

from hzreader.figures._currency import ArticleYen, article_yen, yen_cue
from hzreader.figures._traditional import (
    dollar_after_cjk,
    in_local_currency,
    is_traditional,
    local_currency,
)
from hzreader.figures._unit_price import code_of
from hzreader.figures._units import Placed


class ArticleCurrency:
    """The local currency of one article (`_traditional.local_currency` of its title,
    summary and body, else of its source), looked for only once a part written in
    traditional characters has an amount in yuan (or in bare dollars)."""

    def __init__(self, title: str, summary: str, body: str, source: str = "") -> None:
        self._texts = (title, summary, body)
        self._source = source
        self._code: str | None = None
        self._yen: str | None = None
        self._amount_yen = ArticleYen(self._texts[1:])

    def apply(self, text: str, figures: list[Placed]) -> list[Placed]:
        """`figures` of `text`, one part of the article, with a bare 元 in the article's
        local currency where its paragraph names none (`in_local_currency`), and a ¥ in the
        article's reading of ¥ where its part says nothing of it (`article_yen`)."""
        yen = False
        for figure in figures:  # a loop, not any(): most paragraphs have no such figure
            code = code_of(figure[5])  # "CNY/m²": a price per square metre in yuan (figs29)
            if code == "CNY" or code == "USD" and dollar_after_cjk(text, figure[0], figure[2]):
                break
            yen = yen or code == "JPY"
        else:
            return self._as_article_yen(text, figures) if yen else figures
        if "¥" in text or "￥" in text:
            figures = self._as_article_yen(text, figures)
        if not is_traditional(text):
            return figures  # simplified Chinese: 元 is the yuan (and $ the US dollar)
        if self._code is None:
            self._code = local_currency(self._texts, self._source)
        return in_local_currency(text, figures, self._code) if self._code else figures

    def _as_article_yen(self, text: str, figures: list[Placed]) -> list[Placed]:
        """`figures` with each ¥ amount in the article's currency for ¥ when `text` names
        neither the yen nor the yuan (one reading of ¥ per article, title included)."""
        if yen_cue(text):
            return figures
        if self._yen is None:
            self._yen = article_yen(self._texts[1:])
        out = []
        for f in figures:
            code = code_of(f[5])
            if code in ("CNY", "JPY") and ("¥" in f[2] or "￥" in f[2]):
                read = self._amount_yen(f[2]) or self._yen  # the same amount's
                if read and read != code:
                    f = (*f[:5], read + f[5][3:], *f[6:])
            out.append(f)
        return out
