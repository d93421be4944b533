"""The country a text's script belongs to, when the script is written in one country only (Japanese kana, Korean
Hangul, Thai, Georgian, Greek ...): the last clue to where an item's events are, when nothing else names a place. Pure.
(Scripts of several countries, Arabic, Cyrillic, Devanagari, say nothing of one clock. Han is written in China, Taiwan,
Hong Kong, Macau and Singapore, all on UTC+8 all year: China's clock is theirs.)"""

from __future__ import annotations

import re

from parsers.lang_chinese import ERA_FIRST_YEARS
from parsers.placeindex import lookup
from parsers.places import Place

# The script's letters, and the country that writes it.
_SCRIPTS = (
    (re.compile(r"[\u3040-\u30ff]"), "Japan"),  # hiragana and katakana; kanji alone would be Chinese too
    (re.compile(r"[\uac00-\ud7af]"), "South Korea"),
    (re.compile(r"[\u0e00-\u0e7f]"), "Thailand"),
    (re.compile(r"[\u10a0-\u10ff]"), "Georgia"),
    (re.compile(r"[\u0530-\u058f]"), "Armenia"),
    (re.compile(r"[\u0590-\u05ff]"), "Israel"),
    (re.compile(r"[\u1780-\u17ff]"), "Cambodia"),
    (re.compile(r"[\u0e80-\u0eff]"), "Laos"),
    (re.compile(r"[\u0d80-\u0dff]"), "Sri Lanka"),
    (re.compile(r"[\u1000-\u109f]"), "Myanmar"),
    # Greek: Greece's, and Cyprus's, whose clock is the same all year (EET, and EEST on the EU's days)
    (re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"), "Greece"),
    (re.compile(r"[\u4e00-\u9fff]"), "China"),  # after kana: kanji in a Japanese text
)
_LETTER = re.compile(r"[^\W\d_]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_SOME_KANA = 2  # one "の" is a loan in Taiwanese writing too
# Of the text's letters, the share the script must have: a film's title or a name quoted in an English text is not
# the text's language (Japanese writes a third or more of its letters in kana, the rest in kanji).
_SHARE = 0.2


# A year of one of Japan's eras ("平成27年", "令和元年"): a calendar no other country keeps, in kanji alone.
_ERA_YEAR = re.compile(rf"(?:{'|'.join(ERA_FIRST_YEARS)})\s*(?:元|[1-9]\d?)\s*年")


def script_country(text: str) -> Place | None:
    """The country of the one-country script `text` is mostly written in (or of the one-country calendar its
    years are told in)."""
    if text.isascii():
        return None
    if _ERA_YEAR.search(text):
        return lookup("Japan")
    letters = len(_LETTER.findall(text))
    for script, country in _SCRIPTS:
        if letters and len(script.findall(text)) >= _SHARE * letters:
            if country == "China" and len(_KANA.findall(text)) >= _SOME_KANA:
                return lookup("Japan")  # "地域福祉部と協議": kanji with a few kana are Japanese; Chinese writes none
            return lookup(country)
    return None
