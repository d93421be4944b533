"""Places named in scripts without capitals (Arabic, Chinese, Japanese), found by a table of their names. Pure.

places.py finds a name where a capital letter opens it; these scripts have none, and Chinese and Japanese put no space
between words, so a name is found by the table alone: the capitals, and the towns and countries releases most often
hold events in. Arabic writes "in", "to" and "and" as one letter before the word ("بالقاهرة", in Cairo). (Korean needs
no table: Hangul is written in one country, on one clock; see scriptcountry.py.)
"""

from __future__ import annotations

import functools
import re

from parsers.fieldnames import alternatives
from parsers.lang_arabic import ARABIC_LETTERS
from parsers.placeindex import Place, lookup
from parsers.placemention import PlaceMention

# name as written -> the gazetteer's name
ARABIC_NAMES = {
    "القاهرة": "Cairo", "الإسكندرية": "Alexandria", "الاسكندرية": "Alexandria", "الرياض": "Riyadh",
    "جدة": "Jeddah", "دبي": "Dubai", "أبوظبي": "Abu Dhabi", "أبو ظبي": "Abu Dhabi", "ابوظبي": "Abu Dhabi",
    "الشارقة": "Sharjah", "الدوحة": "Doha", "المنامة": "Manama", "مسقط": "Muscat", "بغداد": "Baghdad",
    "أربيل": "Erbil", "اربيل": "Erbil", "دمشق": "Damascus", "بيروت": "Beirut", "عمّان": "Amman", "القدس": "Jerusalem",
    "الرباط": "Rabat", "الدار البيضاء": "Casablanca", "مراكش": "Marrakesh", "الخرطوم": "Khartoum",
    "نواكشوط": "Nouakchott", "صنعاء": "Sanaa", "عدن": "Aden", "جيبوتي": "Djibouti", "مقديشو": "Mogadishu",
    "جنيف": "Geneva", "نيويورك": "New York", "باريس": "Paris", "لندن": "London", "واشنطن": "Washington",
    "بروكسل": "Brussels", "فيينا": "Vienna", "موسكو": "Moscow", "بكين": "Beijing", "طوكيو": "Tokyo",
    "أديس أبابا": "Addis Ababa", "نيروبي": "Nairobi", "برلين": "Berlin", "روما": "Rome", "مدريد": "Madrid",
    "أنقرة": "Ankara", "إسطنبول": "Istanbul", "اسطنبول": "Istanbul", "طهران": "Tehran", "إسلام آباد": "Islamabad",
    "نيودلهي": "New Delhi", "نيو دلهي": "New Delhi", "مكة المكرمة": "Makkah", "مكة": "Makkah",
    "مصر": "Egypt", "السعودية": "Saudi Arabia", "الإمارات": "United Arab Emirates", "الامارات": "United Arab Emirates",
    "قطر": "Qatar", "البحرين": "Bahrain", "الكويت": "Kuwait", "سلطنة عمان": "Oman", "سلطنة عُمان": "Oman",
    "الأردن": "Jordan", "الاردن": "Jordan", "لبنان": "Lebanon", "سوريا": "Syria", "سورية": "Syria", "العراق": "Iraq",
    "المملكة المغربية": "Morocco", "تونس": "Tunisia", "الجزائر": "Algeria", "ليبيا": "Libya", "السودان": "Sudan",
    "اليمن": "Yemen", "موريتانيا": "Mauritania",
}  # fmt: skip
_HAN_AND_KANA = {
    "北京": "Beijing", "上海": "Shanghai", "广州": "Guangzhou", "廣州": "Guangzhou", "深圳": "Shenzhen",
    "香港": "Hong Kong", "澳门": "Macau", "澳門": "Macau", "台北": "Taipei", "臺北": "Taipei", "重庆": "Chongqing",
    "重慶": "Chongqing", "天津": "Tianjin", "南京": "Nanjing", "武汉": "Wuhan", "武漢": "Wuhan", "成都": "Chengdu",
    "杭州": "Hangzhou", "新加坡": "Singapore", "东京": "Tokyo", "東京": "Tokyo", "大阪": "Osaka", "京都": "Kyoto",
    "横浜": "Yokohama", "横滨": "Yokohama", "名古屋": "Nagoya", "福岡": "Fukuoka", "福冈": "Fukuoka", "札幌": "Sapporo",
    "神戸": "Kobe", "広島": "Hiroshima", "广岛": "Hiroshima", "首尔": "Seoul", "首爾": "Seoul", "纽约": "New York",
    "紐約": "New York", "ニューヨーク": "New York", "日内瓦": "Geneva", "日內瓦": "Geneva", "ジュネーブ": "Geneva",
    "巴黎": "Paris", "パリ": "Paris", "伦敦": "London", "倫敦": "London", "ロンドン": "London", "华盛顿": "Washington",
    "華盛頓": "Washington", "ワシントン": "Washington", "布鲁塞尔": "Brussels", "布魯塞爾": "Brussels",
    "ブリュッセル": "Brussels", "莫斯科": "Moscow", "モスクワ": "Moscow", "柏林": "Berlin", "ベルリン": "Berlin",
    "维也纳": "Vienna", "維也納": "Vienna", "ウィーン": "Vienna", "曼谷": "Bangkok", "バンコク": "Bangkok",
    "雅加达": "Jakarta", "ジャカルタ": "Jakarta", "吉隆坡": "Kuala Lumpur", "马尼拉": "Manila", "マニラ": "Manila",
    "河内": "Hanoi", "ハノイ": "Hanoi", "ソウル": "Seoul",
    "中国": "China", "中國": "China", "韩国": "South Korea", "韓國": "South Korea", "韓国": "South Korea",
}  # fmt: skip
# ("مسقط رأسه", his birthplace, is no Muscat)
_ARABIC_NAME = re.compile(rf"(?<![{ARABIC_LETTERS}])(?P<clitic>[وفب]|وب|إلى\s|الى\s|في\s)?"
                          rf"(?P<name>{alternatives(ARABIC_NAMES)})(?![{ARABIC_LETTERS}])(?!\s+رأس)")
_ARABIC_TEXT = re.compile(rf"[{ARABIC_LETTERS}]")
# A name a place lends, not the place (places.py's "the Paris Agreement", "The New York Times"): in Arabic the word
# comes first ("اتفاق باريس", "اتفاقيات جنيف", "صحيفة القدس")
_ARABIC_LENT_TO = re.compile(rf"(?<![{ARABIC_LETTERS}])(?:اتفاق|اتفاقية|اتفاقيات|معاهدة|إعلان|اعلان|بروتوكول"
                             r"|ميثاق|مبادئ|مجموعة|نادي|صحيفة|جريدة)\s+$")
_LENT_REACH = 12
_HAN_NAME = re.compile(alternatives(_HAN_AND_KANA))
_UNCASED = re.compile(rf"[{ARABIC_LETTERS}\u3040-\u30ff\u4e00-\u9fff]")
# Chinese and Japanese "in", "at" and "to" before a place, and the "held in" after a place ("在北京", "于东京",
# "東京で", "東京にて")
_HAN_IN_BEFORE = re.compile(r"(?:在|于|於|赴|到|前往|访问|訪問)$")
_KANA_IN_AFTER = re.compile(r"(?:で|にて|に於いて|において|に)")
# "在韓国日本大使館" (Japan's embassy in Korea), "驻北京办事处": a mission or office named after its seat, a body that
# may meet anywhere
_OFFICE_AFTER = re.compile(r"[^\s、。，,()（）|]{0,6}?"
                           r"(?:大使館|大使馆|領事館|领事馆|事務所|办事处|辦事處|代表部|代表处|代表處)")


def uncased_places(text: str) -> list[PlaceMention]:
    """The places of the table named in `text`, in order."""
    if text.isascii() or _UNCASED.search(text) is None:
        return []
    arabic = _ARABIC_NAME.finditer(text) if _ARABIC_TEXT.search(text) else ()  # (a regex dear on long texts)
    found = [PlaceMention(m.start("name"), m.end("name"), place, (m.group("clitic") or "و").strip() != "و")
             for m in arabic if (place := _place(ARABIC_NAMES[" ".join(m.group("name").split())]))
             and not _ARABIC_LENT_TO.search(text, max(0, m.start() - _LENT_REACH), m.start())]
    for name in _HAN_NAME.finditer(text):
        # Only a name said as where something is: Chinese and Japanese glue names into the names of bodies and
        # offices ("台北事務所", the Taipei office; "北京大学"), and a diary's rows name every stop of a journey
        # ("高知→大阪→ソウル市") while the item's clock stays home.
        place = _place(_HAN_AND_KANA[name.group()])
        if place is not None and (_HAN_IN_BEFORE.search(text, max(0, name.start() - 2), name.start())
                                  or _KANA_IN_AFTER.match(text, name.end())) \
                and not _OFFICE_AFTER.match(text, name.end()):
            found.append(PlaceMention(name.start(), name.end(), place, True))
    return sorted(found, key=lambda mention: mention.start)


@functools.cache
def _place(name: str) -> Place | None:
    return lookup(name)
