"""What is not the article: ads, promotions, share bars, newsletter boxes, related links.

Pages mark such blocks in their `class`, `id`, `role`, `aria-label` or `data-*` names
(`<div class="ad-slot">`, `<aside aria-label="Advertisement">`); a block so marked is dropped
before the text is taken, from a page (`drop_marked_blocks`) and from a feed item's HTML
(`is_marked`). A short line that only asks the reader to subscribe goes too (`is_promo_line`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

#: Words (in a class, id, role, aria-label or data- name) that mark a block as not the article.
MARKER_WORDS = frozenset({
    "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot",
    "adunit", "dfp", "sponsor", "sponsored", "sponsors", "promo", "promos",
    "promotion", "promoted", "sharing", "sharebar", "sharetools", "social", "newsletter",
    "newsletters", "subscribe", "subscription", "signup", "related", "recommended",
    "recommendations", "outbrain", "taboola", "paywall", "cookie", "cookies", "consent",
    "popup", "modal", "comments", "comment",
})
#: "share" marks a share bar only beside one of these ("share-price" is a stock's price).
_SHARE_COMPANIONS = frozenset({"bar", "buttons", "button", "tools", "links", "icons", "menu",
                               "widget", "this", "article", "story", "post", "on", "via"})
#: Attributes whose words are looked at.
_MARKER_ATTRIBUTES = ("class", "id", "role", "aria-label", "data-component", "data-module",
                      "data-type", "data-testid")
#: Elements never dropped, whatever their names say (`<article class="has-ads">`).
_KEPT = frozenset({"html", "body", "main", "article"})
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
#: A short line that only asks to subscribe or sign up (no marker around it).
_PROMO_LINE = re.compile(
    r"^(?:advertisement|sponsored( content)?|(?:subscribe|sign up|register)\b.*\b"
    r"(?:newsletter|newsletters|updates|our emails?)\b.*)[.!:]?$", re.IGNORECASE)
_PROMO_WORDS = 12


def _words(value: str) -> Iterable[str]:
    """`"ad-slot adContainer"` → ad, slot, ad, container (lower case)."""
    return (word.lower() for word in _WORD.findall(value))


def is_marked(tag: str, attributes: Iterable[tuple[str, str | None]]) -> bool:
    """True when an element's names mark it as an ad, promotion, share bar and the like."""
    if tag in _KEPT:
        return False
    for name, value in attributes:
        if name.startswith("data-ad"):
            return True
        if value and name in _MARKER_ATTRIBUTES:
            words = set(_words(value))
            if not MARKER_WORDS.isdisjoint(words) or (
                    "share" in words and not _SHARE_COMPANIONS.isdisjoint(words)):
                return True
    return False


#: A link to another story, written as a line of the text ("Related: Plant closes").
_RELATED_LINE = re.compile(r"^(?:related|read more|see also|also read|more on this)"
                           r"(?: stories| articles| coverage| story)?\s*:", re.IGNORECASE)
#: A Chinese page's links to other stories and its ads ("相关阅读：…", "广告"), short.
_PROMO_LINE_ZH = re.compile(r"^(?:相关阅读|相关新闻|相关报道|延伸阅读|推荐阅读|广告)[:：]?.{0,40}$")


def is_promo_line(text: str) -> bool:
    """True for a short paragraph such as "Subscribe to our newsletter", "Advertisement",
    "Related: …" or "相关阅读：…" (links to other stories)."""
    text = text.strip()
    short = len(text.split()) <= _PROMO_WORDS
    return (short and (_PROMO_LINE.match(text) is not None or _RELATED_LINE.match(text)
                       is not None)) or _PROMO_LINE_ZH.match(text) is not None


def drop_marked_blocks(tree: Any) -> int:
    """Remove the marked blocks of an lxml HTML tree (not one holding most of the page's
    text: a wrapper with an unlucky name); the number removed."""
    body = tree.find("body")
    total = len((body if body is not None else tree).text_content())
    doomed = [element for element in tree.iter()
              if isinstance(element.tag, str)
              and is_marked(element.tag.lower(), element.attrib.items())]
    removed = 0
    for element in doomed:
        if element.getparent() is None or not _attached(element, tree):  # inside one gone
            continue
        if total and len(element.text_content()) * 2 > total:
            continue
        element.drop_tree()
        removed += 1
    return removed


def _attached(element: Any, root: Any) -> bool:
    """False once an ancestor of `element` was dropped."""
    node = element
    while node.getparent() is not None:
        node = node.getparent()
    return node is root
