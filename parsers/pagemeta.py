"""A web page's headline and publication date. Pure: the page's text and tree in, values out.

The headline is the article's own: the heading that opens the main content when it
agrees with the page's declared title, else og:title or <title> without the site's
name ("… | News | European Parliament", "BMFSFJ - …"). A logo heading ("Energy.gov")
or a survey banner is never the headline. The publication date comes from the page's
metadata and byline, read by htmldate; it is the article's reference date, not an event.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from typing import Any
from zoneinfo import ZoneInfo

from parsers.mainpart import is_furniture, tag_of
from parsers.yearclues import MONTH_FIRST

_HEADINGS = ("h1", "h2", "h3")
_PIPE = re.compile(r"\s+(?:\||::|·|»)\s+")  # what joins a headline to the site's name in a <title>
_DASH = re.compile(r"\s+[-–—:]\s+|:\s+(?=[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}$)")
# "Consilium", "Stadt Ahlen", "TALENT Schweiz", "Detroit/Wayne County Port Authority": a name, not a clause.
# ("Bundeskanzleramt Österreich", "Mairie de Évry", "Ústí": a capital beyond ASCII starts a word of it too)
_CAPITAL = "[A-ZÀ-ÖØ-Þ]"
_NAME = re.compile(rf"(?:{_CAPITAL}[\w.&'/]*)(?:\s+(?:{_CAPITAL}[\w.&'/]*|of|and|for|de|der|des|du)){{0,4}}")
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND"
    "|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Alabama|Alaska|Arizona|Arkansas|California|Colorado"
    "|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine"
    "|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire"
    "|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island"
    "|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming"
)
_TOWN = r"[A-Z][a-zA-Z'.-]+(?: [A-Z][a-zA-Z'.-]+){0,2}"
# A town in a postal address line: "…, Cleveland, OH 44114" (US), "London SW1A 2AA" (UK),
# "Kampstraße 13, 59227 Ahlen" (DE, FR, ...; a four-digit code, as in AT and CH, only after a street, since
# "2025 Meeting Schedule" starts with a year): at the start of the line or after a comma, at its end.
_POSTAL = re.compile(
    rf"(?:^|, )(?:(?P<us>{_TOWN},? (?:{_US_STATES}))\.? \d{{5}}(?:-\d{{4}})?"
    rf"|(?P<uk>{_TOWN}),? [A-Z]{{1,2}}\d[A-Z\d]? \d[A-Z]{{2}}"
    r"|(?:[A-Z]{1,2}-\d{4,5}|\d{5}|(?<=, )\d{4}) (?P<eu>[A-ZÄÖÜÉ][a-zäöüßéèà]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+)?))\W*$"
)
# A year closing a date before a word ("February 28, 2023 Cancelled"), not a four-digit code before its town.
_DATED_CODE = re.compile(r"(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}\s*$)")
# lines of a text node, and "100 Main St | White Salmon, WA 98672", "210 Main Ave NW   Riverton, ND  58554",
# "6:30 p.m. │ Board Room │ 12 N Elm Rd Riverton WA" (a box-drawing bar)
_ADDRESS_PARTS = re.compile(r"\n|\s[|\u2502]\s|\s{3,}")
# A street and the town and state code closing a part of a line, no ZIP code ("2210 N Elm Rd Riverton WA"): the
# house number and the street's kind (Rd, Ave, ...) make it a US address; codes only, a state's name is a word.
_STREET_TOWN = re.compile(
    r"^\d{1,6} (?:[NSEW]\.? )?(?:[A-Z][\w'.-]* ){1,3}(?:Rd|St|Ave|Blvd|Dr|Ln|Pkwy|Hwy|Ct|Pl|Way|Road|Street"
    rf"|Avenue|Drive|Lane)\.?,? (?P<us>{_TOWN},? (?:{_US_STATES[:_US_STATES.index('|Alabama')]}))$")
# A state and ZIP code alone on a line ("KS 67202"), and the town closing the line before ("455 N Main Wichita,").
_STATE_LINE = re.compile(rf"(?:{_US_STATES})\.? \d{{5}}")
_TOWN_TAIL = re.compile(r"(?<![\w'.-])[A-Z][a-zA-Z'.-]+(?: [A-Z][a-zA-Z'.-]+){0,2},?$")
_DIGITS = re.compile(r"\d{4}|\d[A-Z]{2}\b")  # a postal code: four digits or more, or a UK code's inward part
_ADDRESS_LINE = 160  # characters: an address line, not a paragraph
_QUOTES = str.maketrans("’‘“”", "''\"\"")  # one character for one: positions stay where they were
_WORDS = re.compile(r"[^\W_]+")
_MENU_ROLES = frozenset({"navigation", "menu", "menubar"})
_MIN_HEADLINE = 5  # characters: "Menu", "News" and one-letter icons are not headlines
# The latest date htmldate may accept: a fixed bound, not today's, so reading a page needs no clock.
_LATEST = "2099-12-31"
# <meta property="article:published_time" content="...">: the page's declared publication, by any of its names
_DECLARED_META = (r"""<meta\b(?=[^>]{0,500}\b(?:itemprop|property|name)\s*=\s*["'](?:datePublished"""
                  r"""|article:published_time|parsely-pub-date)["'])[^>]{0,500}\b(?:content|value)\s*=\s*["']""")
# <meta itemprop="datePublished" value="2031-03-12T15:35:00+00:00">: a publication day the page declares.
_DECLARED = re.compile(_DECLARED_META + r"(\d{4}-\d\d-\d\d)", re.IGNORECASE)
_STAMP_DRIFT = 2  # days: a declared day in UTC and a byline in local time, or an embargo, differ by one
# content="2022-05-04T00:53:29.274Z": the declared instant, in UTC.
_DECLARED_UTC = re.compile(
    _DECLARED_META + r"""(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(?:Z|[+]00:?00)["']""", re.IGNORECASE)


def published_date(text: str, url: str = "") -> dt.date | None:
    """The page's publication date from its metadata, byline or stamp (htmldate); None if it has none.

    A date the page declares in its markup as the day it was published wins when htmldate's guess is days
    away from it: htmldate then read the stamp of another story (a teaser in a sidebar, newer than the page).
    A day read off an instant declared in UTC is the day on the clock of the site's country, where one clock
    tells it ("2022-05-04T00:53Z" on an Argentine daily was written on 3 May, as its byline says)."""
    day = _published_utc_day(text)
    if day is not None and (swapped := _month_first_stamp(text, url, day)) is not None:
        day = swapped
    utc = _declared_utc(text) if day is not None and url else None
    if day is None or utc is None or utc.date() != day:
        return day
    from parsers.sitecountry import site_country  # the gazetteer's countries, only for a page stamped in UTC

    # (the address the page names for itself, where it was fetched from a mirror or a local copy)
    country = site_country(url) or next((c for a in _SELF_ADDRESS.findall(text) if (c := site_country(a))), None)
    return utc.astimezone(ZoneInfo(country.zone)).date() if country is not None else day


_SELF_ADDRESS = re.compile(r"""<(?:link\b[^>]{0,200}\brel\s*=\s*["']canonical["']"""
                           r"""|meta\b[^>]{0,200}\bproperty\s*=\s*["']og:url["'])"""
                           r"""[^>]{0,200}?\b(?:href|content)\s*=\s*["'](https?://[^"'\s]+)""", re.IGNORECASE)


# The page's own address, with or without its scheme ("//www.fema.gov/hurricane-maria")
_OWN_ADDRESS = re.compile(r"""<(?:link\b[^>]{0,200}\brel\s*=\s*["']canonical["']"""
                          r"""|meta\b[^>]{0,200}\bproperty\s*=\s*["']og:url["'])"""
                          r"""[^>]{0,200}?\b(?:href|content)\s*=\s*["']((?:https?:)?//[^"'\s]+)""", re.IGNORECASE)
# The top-level domains of sites that write their dates month first: the United States' own and the country codes of
# the month-first countries
_MONTH_FIRST_DOMAINS = frozenset({"gov", "mil", *(country.lower() for country in MONTH_FIRST)})


def _month_first_stamp(text: str, url: str, day: dt.date) -> dt.date | None:
    """The day of a slashed stamp that reads both ways ("Last Updated: 10/03/2017"), month first, when the page is of a
    site that writes dates so and the stamp was read day first; None otherwise."""
    if day.day > 12 or day.day == day.month:
        return None
    day_first = re.compile(rf"(?<![\d/]){day.day:0>2}/{day.month:0>2}/{day.year}(?![\d/])"
                           rf"|(?<![\d/]){day.day}/{day.month}/{day.year}(?![\d/])")
    if day_first.search(text) is None:
        return None
    hosts = [urllib.parse.urlsplit(url).hostname or ""] + [urllib.parse.urlsplit(a).hostname or ""
                                                             for a in _OWN_ADDRESS.findall(text)]
    if not any(host.rstrip(".").rsplit(".", 1)[-1].lower() in _MONTH_FIRST_DOMAINS for host in hosts if "." in host):
        return None
    return dt.date(day.year, day.day, day.month)


def _declared_utc(text: str) -> dt.datetime | None:
    found = _DECLARED_UTC.search(text)
    if found is None:
        return None
    try:
        return dt.datetime.fromisoformat(found.group(1)).replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def _published_utc_day(text: str) -> dt.date | None:
    import htmldate  # imported when a page is read: it takes a while to load

    try:
        found = htmldate.find_date(text, original_date=True, extensive_search=False, outputformat="%Y-%m-%d",
                                   min_date="1995-01-01", max_date=_LATEST)
    except (ValueError, TypeError):  # htmldate raises on markup it cannot parse at all
        found = None
    guessed = dt.date.fromisoformat(found) if found else None
    declared = _declared_date(text)
    if guessed is not None and declared is None and _only_event_times(text, found or ""):
        guessed = None  # a calendar's <time class="fsStartTime">: the day of an event, not of the page
    if declared is not None and (guessed is None or abs((guessed - declared).days) > _STAMP_DRIFT):
        return declared
    if guessed is not None and declared is None and (stamped := _stamped_date(text)) is not None \
            and stamped != guessed and abs((stamped - guessed).days) <= _STAMP_DRIFT \
            and _dated_address(text, guessed):
        # ".../2022/05/06/match-report" stamped <time datetime="2022-05-07 13:43"> and "datePublished": "2022-05-07":
        # the address was made when the story was drafted; the page's own stamp says when it came out
        return stamped
    return guessed


# "datePublished": "2022-05-07T13:43:46-05:00" in the page's JSON-LD: its own word for the day it came out
_LINKED_DATA_PUBLISHED = re.compile(r""""datePublished"\s*:\s*"(\d{4}-\d\d-\d\d)""")


def _stamped_date(text: str) -> dt.date | None:
    """The publication day the page's JSON-LD declares, else the day of its first <time datetime> that is no event's
    start or end; None if it has neither."""
    from parsers.pagestamps import EVENT_DATE_WORD

    found = _LINKED_DATA_PUBLISHED.search(text)
    day = found.group(1) if found else None
    if day is None:
        for tag in _TIME_TAG.findall(text):
            fields = {key.lower(): value for key, value in _ATTRIBUTE.findall(tag)}
            if re.match(r"\d{4}-\d\d-\d\d", fields.get("datetime", "")) \
                    and not EVENT_DATE_WORD.search(fields.get("class", "")):
                day = fields["datetime"][:10]
                break
    try:
        return dt.date.fromisoformat(day) if day else None
    except ValueError:
        return None


def _dated_address(text: str, day: dt.date) -> bool:
    """Does the page's own address (its canonical link or og:url) hold `day`, as "/2022/05/06/" or "2022-05-06"?"""
    written = re.compile(rf"/{day.year}/{day.month:02}/{day.day:02}/|\b{day.isoformat()}\b")
    return any(written.search(address) for address in _OWN_ADDRESS.findall(text))


_TIME_TAG = re.compile(r"<time\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""\b(datetime|class)\s*=\s*["']([^"']*)["']""", re.IGNORECASE)


def _only_event_times(text: str, day: str) -> bool:
    """Is every <time> of `day` in the markup named as an event's start or end ("fsStartTime", "dtstart")?"""
    from parsers.pagestamps import EVENT_DATE_WORD

    named = []
    for tag in _TIME_TAG.findall(text):
        fields = {key.lower(): value for key, value in _ATTRIBUTE.findall(tag)}
        if fields.get("datetime", "").startswith(day):
            named.append(bool(EVENT_DATE_WORD.search(fields.get("class", ""))))
    return bool(named) and all(named)


def _declared_date(text: str) -> dt.date | None:
    """The publication day a <meta> element declares ("datePublished", "article:published_time"), in its
    `content` or, as microdata may write it, its `value`."""
    found = _DECLARED.search(text)
    if found is None:
        return None
    try:
        return dt.date.fromisoformat(found.group(1))
    except ValueError:
        return None


def page_title(root: Any, container: Any, url: str) -> str:
    """The article's headline (see the module docstring); '' when the page has none.

    In order: a heading of the main content that agrees with og:title or <title>; og:title;
    the content's (else the page's) first <h1>; <title>; the content's first <h2>/<h3>.
    A heading agreeing with a declared title is preferred inside the content, then anywhere.
    """
    site = _site_words(root, url)
    social = strip_site_name(_meta(root, "og:title") or _meta(root, "twitter:title"), site)
    tab = strip_site_name(_first_text(root, "title"), site)
    inside = [(tag, h) for tag, h in _headings(container) if not _is_site(h, site)]
    headings = [h for _, h in [*inside, *_headings(root)]]
    # A declared title of one word ("MEDEF") is the site's name: it finds no heading ("MEDEF-MINDEF talks").
    named = [declared for declared in (social, tab) if len(declared.split()) > 1]
    for heading in headings:
        for declared in named:
            # A heading holding the declared title and more (a kicker, a byline): the title, as the heading spells it.
            at = heading.translate(_QUOTES).find(declared.translate(_QUOTES)) if declared else -1
            rest = heading[at + len(declared) :].lstrip()
            if at >= 0 and not rest.startswith(":"):  # "…: Moving Forward" goes on with the title
                return heading[at : at + len(declared)]
    for heading in headings:
        if any(_agree(heading, declared) for declared in named):
            return heading
    if social and not _is_site(social, site):
        return social
    first = [h for tag, h in inside if tag == "h1"]
    first = first or [h for tag, h in _headings(root) if tag == "h1" and not _is_site(h, site)]
    if first:
        return first[0]
    if tab and not _is_site(tab, site):
        return tab
    return inside[0][1] if inside else ""


def publisher(root: Any) -> str:
    """Who publishes the page: og:site_name, application-name, else the site's part of the <title>.

    It often names the place ("Stadt Ahlen", "Detroit/Wayne County Port Authority"), where the
    page's unlabelled times are kept: the article's `org`, as a bundle's "Source:" line is.
    """
    named = _meta(root, "og:site_name") or _meta(root, "application-name")
    if named:
        return named
    tab = _first_text(root, "title")
    parts = _PIPE.split(tab)
    if len(parts) > 1:
        return parts[-1]
    pieces = _DASH.split(tab)
    if len(pieces) > 1 and _NAME.fullmatch(pieces[-1].strip()):
        return pieces[-1].strip()
    headlines = " ".join(h.text_content() for h in root.iter("h1"))
    return _site_card(_meta(root, "og:title"), f"{tab} {headlines}")


_WORD = re.compile(r"[^\W\d_]{4,}")


def _site_card(card: str, headings: str) -> str:
    """og:title when it shares no word with the page's <title> and headlines: a site that copies its home page's
    card into every page ("Harbour News, the best of the island's sport") names itself there, not the article."""
    if not card or not headings.strip():
        return ""
    words = {w.casefold() for w in _WORD.findall(headings)}
    return card if not any(w.casefold() in words for w in _WORD.findall(card)) else ""


def postal_place(root: Any) -> str:
    """The town of the postal address the page gives most often ("Cleveland, OH 44114", "59227 Ahlen",
    "London SW1A 2AA"): where its publisher is, for the zone of times whose text names no place.

    An address is a line of its own (a text node of the page, or a line or a "|"-separated part of
    one), or ends one after a street; "Wichita,<br>KS 67202" breaks the town from its state and code.
    """
    towns = []
    body = next(root.iter("body"), root)
    before = ""  # the line before, for a state and code set on a line of their own
    for element in body.iter():
        if tag_of(element) in ("script", "style", "noscript", "template"):
            continue
        for text in (element.text, element.tail):
            if not text or not text.strip():
                continue
            if len(text) >= _ADDRESS_LINE:
                before = ""
                continue
            whole = " ".join(text.split())
            parts = _ADDRESS_PARTS.split(text.strip())
            for number, line in enumerate([whole, *(" ".join(part.split()) for part in parts if len(parts) > 1)]):
                tail = _TOWN_TAIL.search(before) if _STATE_LINE.match(line) else None
                match = (_POSTAL.search(line) or (_POSTAL.search(f"{tail.group()} {line}") if tail else None)) \
                    if _DIGITS.search(line) else None
                if (match := match or _STREET_TOWN.search(line)) and not _in_menu(element) \
                        and (number == 0 or match.group("us")) \
                        and not (match.groupdict().get("eu") and _DATED_CODE.search(line, 0, match.start("eu"))):
                    # A line of a text node ends an address only in the US form (town, state, ZIP code): a
                    # paragraph broken in the markup ends lines anywhere ("the May 6, 2020 Airport" is no
                    # postal code 2020 of a town Airport).
                    towns.append(_us_state_named(match.group("us")) or match.group("uk") or match.group("eu"))
                    break
            before = whole
    return max(towns, key=towns.count) if towns else ""


def _us_state_named(town: str | None) -> str:
    """"White Salmon, WA" with the state the gazetteer knows it by: "WA" alone could be Western Australia,
    but before a five-digit ZIP code, or after a US street ("12 N Elm Rd"), it is Washington State."""
    if not town:
        return ""
    return town[:-2] + "Washington State" if town.endswith(" WA") else town


def _in_menu(element: Any) -> bool:
    """Inside a navigation menu ("Jobs 17985 Titel" is a count, not a postal code)."""
    return any(tag_of(a) == "nav" or (a.get("role") or "").lower() in _MENU_ROLES
               for a in (element, *element.iterancestors()))


def strip_site_name(title: str, site: set[str]) -> str:
    """'Venezuela: … | News | European Parliament' -> 'Venezuela: …'; 'BMFSFJ - Kabinett …' -> 'Kabinett …'."""
    parts = _PIPE.split(title)
    title = max(parts, key=len) if len(parts) > 1 else title  # the headline is the longest part
    pieces = re.split(f"({_DASH.pattern})", title)  # text, separator, text, ...
    while len(pieces) > 2 and (_is_site(pieces[-1], site) or _NAME.fullmatch(pieces[-1].strip())):
        del pieces[-2:]
    while len(pieces) > 2 and _is_site(pieces[0], site):
        del pieces[:2]
    return "".join(pieces).strip()


def _site_words(root: Any, url: str) -> set[str]:
    """Folded names the site goes by: og:site_name, application-name and its host's labels."""
    names = {_fold(_meta(root, "og:site_name")), _fold(_meta(root, "application-name"))}
    host = urllib.parse.urlsplit(url).hostname or ""
    labels = [label for label in host.split(".") if label not in ("www", "com", "org", "gov", "net", "de", "uk")]
    names.update(_fold(label) for label in labels)
    names.add(_fold(host.removeprefix("www.")))
    return {n for n in names if len(n) >= 2}


def _is_site(text: str, site: set[str]) -> bool:
    """Is `text` the site's name ('Stadt Ahlen', 'Malay Mail', 'Energy.gov') rather than a headline?"""
    if text.strip().lower().endswith((".gov", ".org", ".com", ".de", ".eu", ".uk")):
        return True
    folded = _fold(text)
    words = folded.split()
    if not words or folded in site or folded.replace(" ", "") in site:
        return True
    return len(words) <= 3 and any(len(w) >= 4 and w in site for w in words)


def _agree(heading: str, declared: str) -> bool:
    """A heading and the declared title name the same article: most words of the shorter are in the longer."""
    a, b = set(_WORDS.findall(heading.casefold())), set(_WORDS.findall(declared.casefold()))
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    # A heading that also holds a byline ("… By Jane Doe Published on …") is more than the headline.
    return bool(short) and len(short & long_) >= 0.6 * len(short) and len(heading) <= 1.5 * len(declared) + 10


def _headings(element: Any) -> list[tuple[str, str]]:
    found = []
    for heading in element.iter():
        tag = _heading_tag(heading)
        if tag in _HEADINGS and not any(is_furniture(a) for a in (heading, *heading.iterancestors())):
            text = " ".join(heading.text_content().replace("\xad", "").split())
            if len(text) >= _MIN_HEADLINE:
                found.append((tag, text))
    return found


def _heading_tag(element: Any) -> str:
    """An element's heading level as a tag: <h2>, or a <div role="heading" aria-level="1"> as "h1" (a board's
    meeting page names its meeting so); ARIA's default level is 2."""
    if (element.get("role") or "").lower() != "heading":
        return tag_of(element)
    level = (element.get("aria-level") or "2").strip()
    return f"h{level}" if level.isdigit() else ""


def _meta(root: Any, name: str) -> str:
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == name:
            content = " ".join((meta.get("content") or "").split())
            if content:
                return content
    return ""


def _first_text(root: Any, tag: str) -> str:
    element = next(root.iter(tag), None)
    return " ".join(element.text_content().split()) if element is not None else ""


def _fold(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))
