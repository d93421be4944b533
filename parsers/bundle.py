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
    lines = text.split("\n")
    headers = _header_lines(lines)
    if not headers:
        return _single_article(lines, source)
    articles = []
    for number, (title_at, source_at) in enumerate(headers):
        body_end = headers[number + 1][0] if number + 1 < len(headers) else len(lines)
        match = _SOURCE_LINE.match(lines[source_at])
        articles.append(
            Article(
                source=source,
                title=" ".join(lines[title_at].split()),
                body="\n".join(lines[source_at + 1 : body_end]).strip("\n"),
                org=match.group("org") if match else "",
            )
        )
    return articles


def _header_lines(lines: list[str]) -> list[tuple[int, int]]:
    """(title line, Source line) index pairs of every item header."""
    headers = []
    # (Only a line holding "Source:" can match: a substring test passes over the others, megabytes of them.)
    for at in [at for at, line in enumerate(lines) if "Source:" in line]:
        line = lines[at]
        if not _SOURCE_LINE.match(line):
            continue
        title_at = at - 1
        while title_at >= 0 and not lines[title_at].strip():
            title_at -= 1
        # A title is one line standing alone: blank (or nothing) above it.
        if title_at >= 0 and title_at < at - 1 and (title_at == 0 or not lines[title_at - 1].strip()):
            headers.append((title_at, at))
    return headers


def _single_article(lines: list[str], source: str) -> list[Article]:
    content = [line for line in lines if line.strip()]
    if not content:
        return []
    title = " ".join(content[0].split())
    first = next(i for i, line in enumerate(lines) if line.strip())
    return [Article(source=source, title=title, body="\n".join(lines[first + 1 :]).strip("\n"))]
