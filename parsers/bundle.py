"""Split a plain-text bundle of press releases into articles. Pure.

The bundle format: a title line, a blank line, `Source: ORG`, a blank line,
then body paragraphs; the next item starts at the next title, i.e. the next
line that is followed (after blank lines) by a `Source:` line. Text with no
such header is read as one article titled by its first line.
"""

from __future__ import annotations

import re

from model import Article

_SOURCE_LINE = re.compile(r"[ \t]*Source:[ \t]*(?P<org>[^\n]*?)[ \t]*$")


def split_bundle(text: str, source: str) -> list[Article]:
    """The articles of a bundle, in the order they appear."""
    if "\r" in text:  # (two copies of a bundle of megabytes, spared where it has no carriage return)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    headers = _headers(text)
    if not headers:
        return _single_article(text.split("\n"), source)
    articles = []
    for number, (title, source_end, org) in enumerate(headers):
        # The lines after the Source line up to the next item's title line, as the text has them.
        body_end = headers[number + 1][0][0] - 1 if number + 1 < len(headers) else len(text)
        articles.append(Article(source=source, title=" ".join(text[title[0] : title[1]].split()),
                                body=text[source_end + 1 : body_end].strip("\n"), org=org))
    return articles


# An item's header: its title line (start, end), where its Source line ends, the organisation that line names
_Header = tuple[tuple[int, int], int, str]


def _headers(text: str) -> list[_Header]:
    """Every item header, found where the text holds "Source:" (str.find passes over megabytes of the rest)."""
    headers: list[_Header] = []
    at = text.find("Source:")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        match = _SOURCE_LINE.match(text[start:end])
        title = _title_above(text, start) if match else None
        if match and title is not None:
            headers.append((title, end, match.group("org")))
        at = text.find("Source:", end)
    return headers


def _title_above(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the title over the line starting at `start`: a line standing alone, blank lines (at least
    one) between it and that line, and a blank line (or nothing) above it; None where there is none."""
    blank = 0
    while start > 0:
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            above = text.rfind("\n", 0, start - 1) + 1 if start > 0 else 0
            return (start, end) if blank and (start == 0 or not text[above : start - 1].strip()) else None
        blank += 1
    return None


def _single_article(lines: list[str], source: str) -> list[Article]:
    content = [line for line in lines if line.strip()]
    if not content:
        return []
    title = " ".join(content[0].split())
    first = next(i for i, line in enumerate(lines) if line.strip())
    return [Article(source=source, title=title, body="\n".join(lines[first + 1 :]).strip("\n"))]
