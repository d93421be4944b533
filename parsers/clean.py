"""Text cleaning at the parsers' edge: only characters XML 1.0 and iCalendar can carry. Pure.

XML 1.0 (section 2.2) forbids the C0 controls but tab, line feed and carriage
return, lone surrogates, and U+FFFE/U+FFFF; RFC 5545 (3.1) forbids the controls
too, DEL included. One such character in a title would make every later Atom
feed unwritable, so articles are cleaned before events are made of them, and
events read back from an older store are cleaned before they are rendered.
C1 controls (U+0080-U+009F) are legal XML but never text: they are what
Windows-1252 bytes decoded as Latin-1 become, so they go too. Noncharacters
U+FDD0-U+FDEF and U+nFFFE/U+nFFFF of the other planes are "discouraged" by
XML 1.0; they carry no text either.
"""

from __future__ import annotations

import dataclasses
import re

from model import Article, Event

_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17))
    + "]"
)


def clean_text(text: str) -> str:
    """`text` without the characters XML 1.0 and iCalendar cannot carry (they carry no meaning)."""
    return _FORBIDDEN.sub("", text)


# The same test in two steps: a class of Basic Multilingual Plane ranges is searched ten times
# faster than one that also lists the other planes' noncharacters, and those planes are rare.
_FORBIDDEN_BMP = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def is_clean(text: str) -> bool:
    if _FORBIDDEN_BMP.search(text) is not None:
        return False
    # isascii() reads a flag of the string: most texts need no scan for the other planes. Nor does one whose
    # UTF-16 is two bytes a character (each beyond the BMP takes four): encoding is a copy, a tenth of a search.
    return text.isascii() or len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text) \
        or _FORBIDDEN.search(text) is None


def clean_article(article: Article) -> Article:
    """`article` with its title, body, organisation and URL cleaned; itself when nothing needed it."""
    texts = (article.title, article.body, article.org, article.url)
    if all(is_clean(text) for text in texts):
        return article
    title, body, org, url = map(clean_text, texts)
    return dataclasses.replace(article, title=title, body=body, org=org, url=url)


def clean_event(event: Event) -> Event:
    """`event` with every text cleaned: an event stored before cleaning existed heals here."""
    cleaned: dict[str, object] = {}
    for field in dataclasses.fields(event):
        value = getattr(event, field.name)
        if isinstance(value, str) and not is_clean(value):
            cleaned[field.name] = clean_text(value)
        elif isinstance(value, tuple) and not all(is_clean(v) for v in value):
            cleaned[field.name] = tuple(clean_text(v) for v in value)
    return dataclasses.replace(event, **cleaned) if cleaned else event  # type: ignore[arg-type]
