"""The counted noun after a Chinese number and its classifier: "2368个项目" → 项目,
"70个大中城市", "30个国家和地区", "5条新线开通" → 新线 (a verb ends the noun); and the noun
before a number that has only a classifier after it ("城市共35个" → 城市)."""

from __future__ import annotations

from hzreader.figures import _zh_words as zw

#: A person's suffix that makes a noun of the lexicon someone ("工程" → "工程师").
_PERSON_SUFFIXES = frozenset("师员者")


def noun_end(text: str, pos: int) -> int:
    """The end of the counted noun phrase after a classifier ("项目", "大中城市", "国家和地区")."""
    end = pos
    q = pos
    seen = False
    while q < len(text):
        for size in (6, 5, 4, 3, 2, 1):
            word = text[q : q + size]
            if len(word) < size:
                continue  # near the end of the text
            if word in zw.NOUNS:
                q += size
                if text[q : q + 1] in _PERSON_SUFFIXES:
                    q += 1  # "800名工程师": engineers, not 工程 (figs30)
                end, seen = q, True
                break
            if word in zw.MODIFIERS and not seen:
                q += size
                break
        else:
            if seen and text[q : q + 1] in zw.NOUN_JOINS and q + 1 < len(text):
                after = noun_end(text, q + 1)
                if after > q + 1:
                    end = q = after
                    continue
            break
        if q != end and seen:
            break
    return end


def count_end(text: str, pos: int) -> int:
    """The end of a count after its classifier: the noun phrase from `NOUNS`, or else a short
    run of up to four characters that ends at punctuation or 和/的 ("12个篮板和8次助攻")."""
    end = noun_end(text, pos)
    if end > pos:
        return end
    if text[pos + 1 : pos + 2] in ("旬", "岁") and text[pos] in _AGE_NUMERALS:
        return pos  # "3位百岁老人", "80多位八旬老人": the age is a figure of its own (figs34)
    j = pos
    if _verb(text, pos) and noun_end(text, pos + 2) == pos + 2:
        return pos  # "提前两轮夺冠": a verb right after the classifier, no noun ("参赛选手"
        # is one: the verb makes a modifier of itself before a noun)
    while j < len(text) and j - pos < 4 and "\u4e00" <= text[j] <= "\u9fff" and \
            text[j] not in zw.NOUN_BOUNDARIES:
        if j > pos and _verb_at(text, j):
            return j  # "5条新线开通": the verb is not part of the noun
        j += 1
    if j > pos and (j == len(text) or text[j] in zw.NOUN_BOUNDARIES or _verb_at(text, j)):
        return j
    if j - pos == 4 and text[j - 2 : j] in zw.NOUNS:
        return j  # "2.1万个老旧小区改造": a noun of the lexicon ends the run, a verb after it
    return pos


#: Numerals of an age written as 百岁 or N旬 (`_zh_ages`).
_AGE_NUMERALS = frozenset("百五六七八九")


def _verb_at(text: str, j: int) -> bool:
    """Whether a verb or an adverb before one starts at `j`, ending a counted noun."""
    return _verb(text, j) or text[j : j + 1] in zw.NOUN_ADVERBS and (
        text[j] in "已均" or _verb(text, j + 1))


def _verb(text: str, j: int) -> bool:
    """Whether a verb of `NOUN_VERBS` starts at `j` and is not the start of a noun made from it
    ("参赛" ends "跑者参赛"; "参赛者", "受灾户" are nouns)."""
    if text[j : j + 2] in zw.NOUN_VERBS:
        return text[j + 2 : j + 3] not in zw.VERB_NOUN_SUFFIXES or not text[j + 2 : j + 3]
    return text[j : j + 3] in zw.NOUN_VERBS


#: Words between a noun and its number ("城市共35个", "高校3074所", "志愿者达1.2万名").
_BETWEEN = ("共有", "总数", "合计", "共", "有", "达", "约", "为", "则")
_BETWEEN_LAST = frozenset(word[-1] for word in _BETWEEN)


def noun_before(text: str, pos: int) -> str:
    """The counted noun phrase (ending in a noun of two or more characters from `NOUNS`, with
    the nouns, modifiers and joined nouns before it) that ends right before the number at
    `pos`, perhaps with 共/有/达… between them ("试点城市共35个" → 试点城市, "桥梁隧道132座"
    → 桥梁隧道), or ""."""
    q = pos
    if q and text[q - 1] in _BETWEEN_LAST:
        for word in _BETWEEN:
            if text.endswith(word, 0, q):
                q -= len(word)
                break
    size = _word_before(text, q, zw.NOUNS)
    if not size:
        return ""
    start = q - size
    while True:  # the whole phrase: "桥梁隧道132座", "桥梁和隧道", "中小学校120所"
        step = _word_before(text, start, zw.NOUNS) or _word_before(text, start, zw.MODIFIERS)
        if not step and text[start - 1 : start] in zw.NOUN_JOINS and \
                (joined := _word_before(text, start - 1, zw.NOUNS)):
            step = joined + 1
        if not step or q - start + step > _LONGEST_BEFORE:
            return text[start:q]
        start -= step


#: The longest noun phrase read before a number (characters).
_LONGEST_BEFORE = 10


def _word_before(text: str, end: int, words: frozenset[str]) -> int:
    """The size of the longest word of `words` (two or more characters) ending at `end`, or 0."""
    for size in (6, 5, 4, 3, 2):
        if end >= size and text[end - size : end] in words:
            return size
    return 0
