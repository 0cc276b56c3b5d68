"""Markdown files: YAML front matter (title, date, ...) or a first `#` heading for the title (a
first heading that repeats the front matter's title, in full or shortened, is dropped); the text
rendered by markdown-it and turned into plain paragraphs (no Markdown left). Code blocks are
left out: they are not article text."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from hzreader.feeds._dates import parse_date
from hzreader.feeds._decode import decode
from hzreader.feeds._html import html_to_paragraphs
from hzreader.feeds._model import Entry, Parsed, SourceError, fingerprint
from hzreader.text import clean_line, counted, fold

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)",
                           re.DOTALL)
_WORD = re.compile(r"\w+")
#: markdown-it's tokens of fenced (```) and indented code: not article text, so not read for
#: figures ("a code block with 99 problems" is no count); the import says how many it left out.
CODE_BLOCKS = frozenset({"fence", "code_block"})
_HEADING = re.compile(r"^ {0,3}#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)


def _front_matter_error(front: str, path: str, error: yaml.YAMLError) -> str:
    """The YAML error of the front matter (which starts on the file's second line), with
    its line, column and hint as `hzreader --check` words them."""
    from hzreader.files import yaml_problem

    problem = yaml_problem(front, path, line_offset=1)
    if problem is None:  # the article reader takes what PyYAML's loader did not
        return f"bad YAML front matter: {clean_line(str(error))[:160]}"
    where = f"line {problem.line}" if problem.line is not None else ""
    where += f", column {problem.column}" if where and problem.column is not None else ""
    return f"bad YAML front matter{' at ' + where if where else ''}: {problem.message}"


def parse_markdown(data: bytes, path: str, content_type: str = "") -> Parsed:
    """The article of one Markdown file; `SourceError` when it has no title or no text."""
    from markdown_it import MarkdownIt  # installed with rich

    text = decode(data, content_type)  # UTF-8 (or as declared), else windows-1252
    renderer = MarkdownIt("commonmark", {"html": False}).enable("table")
    meta: dict[str, Any] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as error:
            raise SourceError(_front_matter_error(match.group(1), path, error)) from None
        meta = loaded if isinstance(loaded, dict) else {}
        text = text[match.end():]
    title = clean_line(str(meta.get("title") or ""))
    heading = _HEADING.search(text)
    if not title:
        if heading is None:
            raise SourceError("no title: give it a `title:` in front matter or a `# heading`")
        title = _heading_text(renderer, heading)
        text = text[:heading.start()] + text[heading.end():]
    elif heading is not None and not text[:heading.start()].strip() and \
            repeats_title(_heading_text(renderer, heading), title):
        text = text[heading.end():]  # the title again, as the first line of the text
    tokens = renderer.parse(text)
    prose = [token for token in tokens if token.type not in CODE_BLOCKS]
    paragraphs = html_to_paragraphs(renderer.renderer.render(prose, renderer.options, {}))
    if not paragraphs:
        raise SourceError("no text after the title")
    code = len(tokens) - len(prose)
    problems = [f"{counted(code, 'code block')} left out of the text (code is not read "
                "for figures)"] if code else []
    body = "\n\n".join(paragraphs)
    date = _date(meta.get("date"))
    tags = meta.get("tags") or meta.get("categories") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    tag_list = [clean_line(str(t)) for t in tags if isinstance(t, (str, int, float))] if \
        isinstance(tags, list) else []
    url = clean_line(str(meta.get("url") or ""))
    article_id = clean_line(str(meta.get("id") or "")) or url or f"file:{path}"
    return Parsed("markdown", "", "", problems=problems, entries=[Entry(
        id=article_id,
        title=title,
        body=body,
        date=date,
        source=clean_line(str(meta.get("source") or "")),
        author=clean_line(str(meta.get("author") or "")),
        url=url,
        summary=clean_line(str(meta.get("summary") or meta.get("description") or "")),
        tags=tuple(dict.fromkeys(t for t in tag_list if t)),
        fingerprint=fingerprint(title, body, date, sorted(map(str, meta.items()))),
    )])


def repeats_title(heading: str, title: str) -> bool:
    """True when a first heading says the title again: the same words once case, accents
    and punctuation are folded away, or the title's first words (a shortened title, as in
    `# Slow-roast lamb` under "Slow-roast lamb: 4 hours at 150°C") or the title and more."""
    heading_words, title_words = _WORD.findall(fold(heading)), _WORD.findall(fold(title))
    shorter = min(len(heading_words), len(title_words))
    return shorter > 0 and heading_words[:shorter] == title_words[:shorter]


def _heading_text(renderer: Any, heading: re.Match[str]) -> str:
    """A `#` heading's text, as plain text."""
    return " ".join(html_to_paragraphs(renderer.renderInline(heading.group(1))))


def _date(value: Any) -> dt.date | None:
    """A front-matter date: a YAML date or date-time, or text in RFC 822 / ISO 8601 form."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        text = value.strip()
        if len(text) == 10:
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                return None
        return parse_date(text)
    return None
