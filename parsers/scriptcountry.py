"""The country a text's script belongs to, when the script is written in one country only (Japanese kana, Korean
Hangul, Thai, Georgian ...): the last clue to where an item's events are, when nothing else names a place. Pure.
(Scripts of several countries, Han, Arabic, Cyrillic, Devanagari, say nothing of one clock.)"""

from __future__ import annotations

from parsers.placeindex import lookup
from parsers.places import Place

# (first and last code point of the script's block, the country that writes it)
_SCRIPTS = (
    (0x3040, 0x30FF, "Japan"),  # hiragana and katakana; kanji alone would be Chinese too
    (0xAC00, 0xD7AF, "South Korea"),
    (0x0E00, 0x0E7F, "Thailand"),
    (0x10A0, 0x10FF, "Georgia"),
    (0x0530, 0x058F, "Armenia"),
    (0x0590, 0x05FF, "Israel"),
    (0x1780, 0x17FF, "Cambodia"),
    (0x0E80, 0x0EFF, "Laos"),
    (0x0D80, 0x0DFF, "Sri Lanka"),
    (0x1000, 0x109F, "Myanmar"),
)
_ENOUGH = 8  # letters of the script: a name or a quoted word in an English text is not the text's language


def script_country(text: str) -> Place | None:
    """The country of the one-country script `text` is written in, if it writes at least a few words in it."""
    if text.isascii():
        return None
    counts = [0] * len(_SCRIPTS)
    for char in text:
        point = ord(char)
        if point < 0x0530:
            continue
        for at, (first, last, _) in enumerate(_SCRIPTS):
            if first <= point <= last:
                counts[at] += 1
                break
    best = max(range(len(_SCRIPTS)), key=counts.__getitem__)
    return lookup(_SCRIPTS[best][2]) if counts[best] >= _ENOUGH else None
