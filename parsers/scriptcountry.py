"""The country a text's script belongs to, when the script is written in one country only (Japanese kana, Korean
Hangul, Thai, Georgian, Greek, Cyrillic with Ukrainian's own letters ...): the last clue to where an item's events
are, when nothing else names a place. Pure.
(Scripts of several countries, Arabic, Cyrillic, Devanagari, say nothing of one clock. Han is written in China, Taiwan,
Hong Kong, Macau and Singapore, all on UTC+8 all year: a text in Chinese that names one of these lands again and again
is set there (`han_land`), any other on China's clock, which is theirs.)"""

from __future__ import annotations

import re

from parsers.lang_chinese import ERA_FIRST_YEARS, HAN
from parsers.placeindex import lookup
from parsers.places import Place

_KANA = re.compile(r"[\u3040-\u30ff]")
# The script's letters, and the country that writes it.
_SCRIPTS = (
    (_KANA, "Japan"),  # hiragana and katakana; kanji alone would be Chinese too
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
    (HAN, "China"),  # after kana: kanji in a Japanese text
)
# Cyrillic is written in many countries, but "ї", "є" and "ґ" in Ukrainian alone, which never writes "ы", "э", "ъ"
# or "ё" (Russian and Belarusian do): a text mostly in Cyrillic with those letters and none of these is Ukrainian,
# and Ukraine keeps one clock.
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN = re.compile(r"[їєґЇЄҐ]")
_NOT_UKRAINIAN = re.compile(r"[ыэъёЫЭЪЁ]")
_SOME_UKRAINIAN = 2  # a name with one "ї" quoted in a Russian text is no Ukrainian text
_LETTER = re.compile(r"[^\W\d_]")
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
            if country == "China":
                return han_land(text, letters) or lookup(country)
            return lookup(country)
    if letters and len(_CYRILLIC.findall(text)) >= _SHARE * letters \
            and len(_UKRAINIAN.findall(text)) >= _SOME_UKRAINIAN and _NOT_UKRAINIAN.search(text) is None:
        return lookup("Ukraine")
    return None


# The lands that write Chinese, by their names in Han (traditional and simplified), and the place each stands for.
# (Not "中國", "中国": the country is named as a topic as often as a place, "中國政府"; its towns say where.)
_HAN_LANDS = {
    "香港": "Hong Kong", "澳門": "Macao", "澳门": "Macao", "臺灣": "Taiwan", "台灣": "Taiwan", "台湾": "Taiwan",
    "臺北": "Taipei", "台北": "Taipei", "北京": "Beijing", "上海": "Shanghai", "廣州": "Guangzhou", "广州": "Guangzhou",
    "深圳": "Shenzhen", "新加坡": "Singapore",
}  # fmt: skip
_HAN_LAND = re.compile("|".join(_HAN_LANDS))
_HAN_REPEATED = 2  # a land named once is a topic ("香港社會服務聯會"); named again and again, it is where the text is


def han_land(text: str, letters: int) -> Place | None:
    """The Chinese-speaking land a text mostly written in Han names most, twice at least: "立法會 議程 2014年4月30日
    星期三上午11時正" over members' questions about "香港" is Hong Kong's Legislative Council, on Hong Kong's clock."""
    if not letters or len(HAN.findall(text)) < _SHARE * letters:
        return None
    named: dict[str, int] = {}
    for found in _HAN_LAND.finditer(text):
        land = _HAN_LANDS[found.group()]
        named[land] = named.get(land, 0) + 1
    if not named:
        return None
    land, times = max(named.items(), key=lambda item: item[1])
    return lookup(land) if times >= _HAN_REPEATED else None
