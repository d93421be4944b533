"""Which days, which relative day and which times date a sentence's event, if it is one; days told in the
past, history and topics put aside. Pure."""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from parsers import comingyear, extent, itinerary, monthstamp, notevents, pastdays, pastrelative, saidtoday, tense
from parsers.dates import DayPart, Mention
from parsers.mentions import DAY_KINDS
from parsers.moment import same_moment
from parsers.openinground import opening_round
from parsers.opensgoeson import opens_and_goes_on
from parsers.reading import Reading, opens
from parsers.relativedays import past_weekday
from parsers.verbs import DUTCH_STRONG_PAST, FRENCH_HAPPENING, GERMAN_STRONG_PAST

_HISTORY = dt.timedelta(days=366)

# "on Friday", as Spanish and Portuguese say it, "este viernes", "el viernes", "nesta sexta-feira", "na sexta-feira";
# French "ce jeudi", Italian "il giovedì", "questo sabato"
_ON = ("on ", "este ", "esta ", "el ", "nesta ", "neste ", "na ", "no ", "próximo ", "proximo ", "ce ", "il ",
       "questo ", "questa ", "prossimo ", "prossima ",
       # (Swedish, Danish and Norwegian: "på fredag", "nästa tisdag", "kommende mandag")
       "på ", "nu på ", "næste ", "nästa ", "kommende ", "kommande ", "førstkommende ", "førstkommande ",
       # (German: "am kommenden Montag", "am nächsten Dienstag": a weekday to come, clock or not)
       "am kommenden ", "am nächsten ",
       # (Greek: "την Τετάρτη", "τη Δευτέρα", "το Σάββατο", read only in a sentence in the future: lang_greek.py)
       "την ", "τη ", "το ",
       # (Polish: "w poniedziałek", "we wtorek", "w najbliższą środę": lang_polish.py)
       "w ", "we ")
_AM_LE = frozenset({"am ", "le "})  # "am Samstag", "le samedi": a weekday that opens with a clock time
# "di sabato sera ... alle 20,30": the Italian "on" before a weekday, the clock further on in the sentence
_DI = re.compile(r"(?<!\w)(?i:di)\s$")
# "ready for Thursday's by-elections", "voting in Friday's poll": a weekday in the possessive after "for" or "in" names
# the day of what follows it, what the sentence prepares for or takes part in; not "at Wednesday's summit, the text
# to be signed ..." (a topic, told beside the day's own programme), "follows Thursday's session", "put off Tuesday's
# appearance" (what came before or was called off).
_POSSESSIVE = re.compile(r"['’]s\s+\w")
_FOR_OR_IN = re.compile(r"\b(?:for|in)\s+$", re.IGNORECASE)
_PAST_VERB_AFTER = re.compile(r"\s*,?\s*(?:was|were|marked|saw|became|fell|brought|began|ended)\b")
# "... the preparations for the National Elections on 08 May 2019": a date that names a topic (not "will call on
# the Speaker on Monday 14 September": a visit to a person, on its day).
# "faz nesta sexta-feira (06) o último treino para o desfile de 7 de Setembro", "ensayan hoy para el desfile del 20
# de noviembre": a date after "para o/el ... de" names what the sentence's act is for (its topic), when another day
# of the sentence dates the act itself.
_FOR_THE_DATED_BEFORE = re.compile(r"\b(?:para|pelo|pela)\s+(?:o|a|os|as|el|la|los|las)\s+(?:[\w-]+\s+){1,3}"
                                   r"(?:de|do|da|del)\s+$", re.IGNORECASE)
_TOPIC_BEFORE = re.compile(r"\b(?:for|of|about|(?<!\bcall )(?<!\bcalls )(?<!\bcalling )on)\s+the\s+"
                           r"(?:[A-Z][\w-]*\s+){1,4}(?:on|of)\s+$")


def _for_the_dated(sentence: str, mention: Mention, mentions: list[Mention]) -> bool:
    """"o último treino para o desfile de 7 de Setembro" beside "nesta sexta-feira (06)": the date names what the act
    is for; the sentence's other day dates the act."""
    return any(m is not mention and m.kind in ("weekday", "relative", "published") for m in mentions) \
        and _FOR_THE_DATED_BEFORE.search(sentence, max(0, mention.start - 60), mention.start) is not None


# The happenings a day after "para a/o ... de" names, which take place on it whatever the act the sentence dates
# ("as inscrições para a prova de 14 de março", "o treino para o desfile de 7 de Setembro"): an exam, a match, a
# parade, an election, a race (not a document, a deadline or a period: "o prazo de 14 de março", "o edital de ...")
_HAPPENING_DATED = re.compile(r"\b(?:provas?|exames?|examen|vestibular|concursos?|desfiles?|jogos?|partidas?|partidos?"
                              r"|finais|final|cl[áa]ssicos?|eleiç(?:ão|ões)|elecci(?:ón|ones)|corridas?|carreras?"
                              r"|maratonas?|festivals?|festas?|fiestas?|paradas?|procissão|procesión|cerimônia"
                              r"|ceremonia|formatura|posse)\s+(?:de|do|da|del)\s+$", re.IGNORECASE)


def dated_happenings(sentence: str, mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """The days that name what the sentence's act is for, when that is a thing that happens on them ("as inscrições
    para a prova de 14 de março" beside "nesta segunda-feira": the exam is on 14 March, an event of its own), each
    with the words that name the happening, from its noun on."""
    found = []
    for m in mentions:
        if m.kind == "day" and m.first is not None and _for_the_dated(sentence, m, mentions) \
                and (noun := _HAPPENING_DATED.search(sentence, max(0, m.start - 30), m.start)) is not None:
            found.append((m, f"{noun.group().split()[0]}{sentence[m.end :]}"))  # "prova, que avalia ..."
    return found


def _possessive(sentence: str, mention: Mention, mentions: list[Mention]) -> bool:
    """"for Thursday's by-elections": the weekday of what follows it, when the sentence names no other day
    ("Preparations for Saturday's parade begin today": today)."""
    return not any(m is not mention and m.kind in DAY_KINDS for m in mentions) \
        and _POSSESSIVE.match(sentence, mention.end) is not None \
        and _FOR_OR_IN.search(sentence, max(0, mention.start - 8), mention.start) is not None


# "... will host the Minister of Defence of Lithuania at the Pentagon, Wednesday.": a weekday set off by a comma at the
# sentence's end, as American agencies write the day of what they announce
_CLOSING_WEEKDAY = re.compile(r",\s*$")


# "L'ouverture n'aura lieu que lundi.", "Les travaux commencent vendredi par ...": a French verb of happening right
# before a bare weekday (lang.py reads the weekday only there): the day of what the sentence announces ("ont lieu le
# lundi", with its article, is a habit). The verbs are verbs.FRENCH_HAPPENING, which lang.py's look-behinds read too.
_HAPPENS_BEFORE = re.compile(r"\b(?:" + "|".join(verb.replace(" ", r"\s+") for verb in FRENCH_HAPPENING) + r")\s+$")
# "D'après le communiqué diffusé ce samedi, la coupure commencera à 7 heures", "the statement released on Friday",
# "en un comunicado publicado este lunes": a weekday right after a participle of issuing dates the statement, not
# what it announces (its clock time keeps the day the text names before it).
# (Not after an auxiliary of what is to come, "sera publié ce vendredi à 10 heures", "will be released on Friday": the
# publication is the event.)
_ISSUED_BEFORE = re.compile(r"(?<!\bsera )(?<!\bseront )(?<!\bserá )(?<!\bserão )(?<!\bwill be )(?<!\bto be )"
                            r"\b(?:diffusée?s?|publiée?s?|rendue?s?\s+publics?|released|published|issued"
                            r"|publicad[oa]s?|difundid[oa]s?|divulgad[oa]s?|emitid[oa]s?|veröffentlicht\w*)\s+(?:on\s+)?$",
                            re.IGNORECASE)


def _closing_weekday(sentence: str, mention: Mention) -> bool:
    """Does the weekday close a sentence told as to come, after a comma ("..., Wednesday.")?"""
    return not sentence[mention.end :].strip(" .") and _CLOSING_WEEKDAY.search(sentence, 0, mention.start) is not None \
        and tense.tells_what_is_to_come(tense.without_asides(sentence))  # (not "who will travel ..., spoke ...")


def _told_before_the_day(sentence: str, mention: Mention, day: dt.date) -> bool:
    """Is a year-less day told in the past, and before `day` in its year, history?"""
    part = mention.first
    if part is None or part.year is not None or not tense.told_in_the_past(sentence, mention) \
            or tense.tells_what_is_to_come(sentence):
        return False
    try:
        return dt.date(day.year, part.month, part.day) < day
    except ValueError:
        return False


def sentence_dates(sentence: str, mentions: list[Mention],
                   context: Reading) -> tuple[list[Mention], Mention | None, list[Mention]]:
    """The days, the relative day and the times that date a sentence's event, if it is one."""
    named = [m for m in mentions if m.kind in ("day", "span")]
    history = [m for m in named if _historical(m, sentence, context, mentions)] if named else []
    days = _listed_days(sentence, [m for m in named if m not in history
                                   and not saidtoday.said_in_brackets(sentence, m)
                                   and not saidtoday.said_on_in_korean(sentence, m)
                                   and not _for_the_dated(sentence, m, mentions)
                                   and not _yesterday_named(m, mentions, sentence)])
    days = opens_and_goes_on(sentence, days)  # "opens on 4 October ... and continues on 5 October": one run
    if history and not days and opens(sentence, history[0]) and (part := history[0].first) is not None \
            and part.year is not None:
        # "Le 2 décembre 2014, ...": a sentence that opens with a day of history tells history (not "The room has
        # been closed since March 17, 2020", a state of things told in passing).
        with contextlib.suppress(ValueError):  # (a day the calendar lacks tells no day of history)
            context.history_day = dt.date(part.year, part.month, part.day)
    if not days:
        # "on day two" of the span named before; not "The Premier announced the mission on the opening day of
        # the show", told in the past: the day something was done then
        # (or "Round one starts at 4 PM": the first day of the games' span)
        spanned = itinerary.day_of_span(sentence, context.findings) or opening_round(sentence, context.findings)
        if spanned and not (tense.told_in_the_past(sentence, spanned[0]) and not tense.tells_what_is_to_come(sentence)):
            days = spanned
    gone: set[int] = set()
    # "elegido en las votaciones del 12 de octubre pasado, se reúne el 20 de junio": a day marked as past is history
    marked = [d for d in days if pastdays.marked_gone_by(sentence, d)]
    if marked or days and pastdays.past_before(sentence, days[0], context.published, context.day):
        # "left the state on 11 July", said in a release of 12 July: history, its times too. But "The minister, who
        # visited Kenya on 28 May, will travel to Uganda on 9 June", "The trial, which opened on 19 May, resumes on
        # Monday": a later day or weekday of the sentence that is not past stays
        past = [d for d in days if d in marked or pastdays.past_before(sentence, d, context.published, context.day)]
        gone = {id(m) for day in past for m in same_moment(sentence, day, mentions)}
        days = [d for d in days if d not in past]
        mentions = [m for m in mentions if id(m) not in gone]
    opening = mentions[0] if mentions and opens(sentence, mentions[0]) else None
    relative = opening if opening and opening.kind in ("relative", "weekday", "weekdays") and context.anchored else None
    # "holds talks on Tuesday, and is back on Wednesday 25th June": the weekday dates the first clause; the dated
    # day is a later clause's own (itinerary.weekday_clauses)
    if len(days) == 1 and context.anchored and (first := _weekday_clause_first(sentence, mentions, days[0])) \
            and not past_weekday(sentence, first, context) \
            and not pastdays.past_before(sentence, first, context.published, context.day):
        days, relative = [], first
    weekdays = [m for m in mentions if m.kind == "weekday"]
    if context.published is not None and context.day > context.published and weekdays and not days \
            and tense.future_marker(sentence) is None and all(tense.told_in_the_past(sentence, m) for m in weekdays) \
            and any(past_weekday(sentence, m, context) for m in weekdays):
        # "The exercise starts on June 16. ... A C-130 arrived on Monday." under a stamp of June 10: the story is
        # back in the stamp's week, and "On Wednesday a convoy moves" after it is that week's Wednesday (not "travels
        # on Friday, the office said on Thursday": a sentence with a weekday to come stays where it is).
        context.day = context.published
    if relative is None and not context.anchored and not days and context.month_named is not None:
        # "na segunda-feira (17), às 9h", "A semana fecha na sexta-feira (17) com a audiência" under "Publicado em
        # outubro" (not in the past: "publicada na edição de sexta-feira (14)" is a day the sentence tells in passing)
        relative = _numbered_in_the_month(mentions, context)
        if relative is not None and (tense.told_in_the_past(sentence, relative) or _PASSING.search(sentence)
                                     or not any(m.kind == "time" for m in mentions)
                                     and not _GATHERING.search(_clause_of(sentence, relative))):
            # "O ministro, que visitou a fábrica na quinta-feira (3), às 10h, ...": a day gone by; "Meio Ambiente e
            # Educação fazem isso na segunda-feira (27);": with no clock, no gathering named in its clause
            relative = None
    if relative is None and context.anchored and not days:
        # "... will give a news conference at 6:00 p.m. on Thursday": a weekday after "on" anywhere.
        # So are "am Samstag um 19.30 Uhr" and "le samedi à 10h": with a clock time, as a German or French
        # sentence in the past ("sagte am Montag") names none (the tense tests are English).
        # "The ministry said on Monday that he will speak on Thursday": not the day something was said.
        # "Running from Tuesday to Thursday, the visit ...": a span of weekdays anywhere, but not a weekly rule.
        timed = any(m.kind == "time" for m in mentions)
        of_time = itinerary.weekday_of_time(mentions) if timed else None  # "at 6 p.m. on Saturday" comes first
        relative = next((m for m in ([of_time] if of_time else []) + mentions
                         if (m.kind == "weekday" and (m.text.lower().startswith(_ON)
                                                      or (timed or tense.tells_what_is_to_come(sentence))
                                                      and _THIS.search(sentence, 0, m.start)
                                                      or timed and _PLANNED_FOR.search(sentence, 0, m.start)
                                                      or timed and m.text[:3].lower() in _AM_LE
                                                      or timed and _DI.search(sentence, 0, m.start) is not None
                                                      or timed and itinerary.weekday_after_time(sentence, m, mentions)
                                                      or itinerary.weekday_before_time(sentence, m, mentions)
                                                      and not _NEXT.search(sentence, 0, m.start)
                                                      or _possessive(sentence, m, mentions)
                                                      or _closing_weekday(sentence, m)
                                                      or " " not in m.text
                                                      and _HAPPENS_BEFORE.search(sentence, 0, m.start) is not None)
                             or m.kind == "weekdays" and not itinerary.weekly(sentence))
                         and not past_weekday(sentence, m, context)
                         and _ISSUED_BEFORE.search(sentence, max(0, m.start - 24), m.start) is None
                         and not pastdays.past_before(sentence, m, context.published, context.day)), None)
        if relative is None:
            days = _next_week(sentence, mentions, context, timed)
        elif (coming := _ahead(sentence, relative, context)) is not None:
            days, relative = [coming], None
        elif (this_week := _this_week(sentence, relative, context)) is not None:
            days, relative = [this_week], None
    if relative is None and context.anchored and not days:
        # "..., followed by a dinner later in the same evening", "... follows later the same day": the day in
        # context said again anywhere in the sentence dates it, as one that opens it does, and so does a day counted
        # from it ("the programme resumes the next day with ..."); not in the past ("was also awarded the same day").
        relative = next((m for m in mentions if m.kind == "relative" and (_SAME_DAY.search(m.text) or m.offset > 0)
                         and not tense.told_in_the_past(sentence, m)), None)
    today = next((m for m in mentions if m.kind == "published"), None) if context.anchored else None
    if today is not None and (saidtoday.said_today(sentence, today) or today.offset < 0):
        today = None  # "said today", "went through yesterday": when something was said or done
    relative = relative or today
    if relative is not None and pastrelative.said_then(sentence, relative):
        relative = None  # "The day before, the chief announced ...": when it was said
    if relative is not None and past_weekday(sentence, relative, context):
        relative = None  # "As of Wednesday the country had ...": a day of the week before the item's
    if relative is not None and pastdays.past_before(sentence, relative, context.published, context.day) \
            and not _arrived_for_a_stay(sentence, relative):
        relative = None
    if days and context.published is None and pastdays.past_before_newest(sentence, days[0], context.newest):
        # "The House rose on June 9" in a notice of July that gives no publication date (a later day of what is to
        # come, told after it, stays: "The committee, which met on 3 March, will meet again on 28 March")
        # (or before it: "will congratulate the team, which won the cup on 3 March, at a reception on 27 March")
        # (not a day that is the subject of a verb in the past: "(d) 2 November 2017 marked a century since ...")
        days = [d for d in days[1:] if pastdays.FUTURE.search(sentence, 0, d.start) is not None
                and not pastdays.past_before_newest(sentence, d, context.newest)
                and _PAST_VERB_AFTER.match(sentence, d.end) is None]
        relative = None
    if days and context.published is None and (pastdays.opens_a_french_report(sentence, days[0])
                                                or pastdays.french_held_before(sentence, days[0])
                                                or pastdays.opens_a_german_report(sentence, days[0])):
        # "Le mercredi 12 novembre 2025, ..., le ministre a tenu une conférence de presse" with no stamp: a day opening
        # a French report in the passé composé, nothing of the sentence to come, was over when the text was written
        # (so too "a tenu à Dakar, ..., du mercredi 18 au jeudi 19 septembre 2019, un atelier": held, then the day;
        # and the German "Einen Tag vor dem Feiertag, am 2. Oktober 2018, baten die Botschafter zum Empfang")
        days, relative = [], None
    if days and context.published is None and pastdays.past_report(sentence, days[0]):
        # "... 11 Aralık 2023 günü saat 19:00'da ... bir resepsiyon düzenledi." with no stamp: a Turkish sentence that
        # ends in a verb of the past (or an Estonian one told in the past) tells what was done on its day, its clock
        # with it
        gone |= {id(m) for m in same_moment(sentence, days[0], mentions)}
        days, relative = [], None
    if days and context.published is None and context.newest is None and context.findings \
            and context.year_evidence and _told_before_the_day(sentence, days[0], context.day):
        # With no date of writing nor a full date, the day of what the item already told is the newest it knows:
        # "is due to open on Sunday, March 1st. ... The mayor opened the visitation room on February 19th."
        days, relative = [], None
    if days and context.published is None and context.month_named is not None and context.month_stamped \
            and monthstamp.told_by_the_month(sentence, days[0], context.month_named):
        # "Publicado em março de 2024" over "foi realizada nesta terça-feira (19/3)": a stamp that names only its month
        # fixes no day (its 15th is a stand-in); a day of that month told as done was over when the month's item was
        # written, whatever its day
        days, relative = [], None
    if days and context.published is None and context.newest is None and not any(m.kind == "time" for m in mentions) \
            and pastdays.past_of_no_year(sentence, days[0]):
        # "held a reception on July 14th" in a round-up that gives no year nor date (not a row with a clock, "How
        # the set was designed Mon 25 Sep, 10.30am": a talk's title)
        days, relative = [], None
    if days and context.published is not None and not any(m.kind == "time" for m in mentions) \
            and pastdays.past_of_stamp(sentence, days[0], context.published):
        days, relative = [], None  # "danced in a qualifying round on Sept. 11" under a stamp of 26 September
    times = [m for m in mentions if m.kind == "time" and id(m) not in gone]
    if not days and relative is None and times:
        # "The minister opened the crossing on Monday at 10am": the time of a weekday gone by is gone by too.
        # ("Este sábado, a las 07:00 horas, lo despidieron" under a Saturday's stamp, once "este domingo" was named:
        # the context is past the stamp, and a weekday set aside as history takes its times with it.)
        ahead = context.published is not None and context.day > context.published
        past = [m for m in mentions if m.kind == "weekday" and (
            past_weekday(sentence, m, context)
            or ahead and pastdays.past_before(sentence, m, context.published, context.day))]
        gone = {id(m) for day in past for m in same_moment(sentence, day, mentions)}
        if _told_of_yesterday(sentence, mentions, times):
            gone |= {id(m) for m in times}
        times = [m for m in times if id(m) not in gone]
    if not days and relative is not None and relative.kind == "published" and context.published is None \
            and context.month_named is not None and context.month_stamped:
        # "Mañana habrá más movilizaciones" under "Marzo de 2019" alone: the item was written on a day of that month
        # it does not give; the day in context is an event's (the day the item calls for, written before it), so
        # counting "tomorrow" from it guesses. No day, no event (nor its times on the day in context).
        return [], None, []
    return days, relative, times


# "publicada na edição de sexta-feira (14)", "publié dans l'édition du": a day told of where something was printed
_PASSING = re.compile(r"\b(?:publicad[oa]s?|publi[ée]e?s?|published|edi[çc][ãa]o|edici[óo]n|[ée]dition)\b",
                      re.IGNORECASE)


# A gathering named ("com a audiência pública", "a sessão solene", "a posse do governador"), which dates by its day
# alone ("posse" is a swearing-in, not the possession of arms, drugs or goods: "a posse de armas")
_GATHERING = re.compile(r"(?i:\b(?:audi[eê]ncia"
                        r"|posse(?!\s+(?:ilegal\s+)?de\s+(?:armas?|drogas?|entorpecentes|bens|terras?|im[óo]veis"
                        r"|muni[çc][ãa]o)\b)|sess[ãa]o|reuni[ãa]o|assembleia|confer[eê]ncia|cerim[ôo]nia"
                        r"|semin[áa]rio|f[óo]rum|audiencia|sesi[óo]n|reuni[óo]n|asamblea|conferencia|ceremonia"
                        r"|hearing|meeting|session|conference|ceremony|s[ée]ance|r[ée]union)\w*)")
_CLAUSE_MARKS = ";:"


def _clause_of(sentence: str, mention: Mention) -> str:
    """The words of `sentence` between the semicolons or colons around `mention`."""
    start = max(sentence.rfind(mark, 0, mention.start) for mark in _CLAUSE_MARKS) + 1
    ends = [at for mark in _CLAUSE_MARKS if (at := sentence.find(mark, mention.end)) >= 0]
    return sentence[start : min(ends, default=len(sentence))]


_FIRST_DAYS = 7  # the days of a month an item stamped with the month before may name by weekday and figure alone


def _numbered_in_the_month(mentions: list[Mention], context: Reading) -> Mention | None:
    """A weekday given with its day of the month ("na segunda-feira (17)") in an item a month stamp alone dates
    ("Publicado em outubro de 2022"): no day in context anchors it, but its figure is that day of the stamped month,
    if the weekday fits it."""
    month = context.month_named
    if month is None:
        return None
    # (or of the month after it, for one of its first days where the weekday misses the stamped month: "na próxima
    # quinta-feira (1º)" under "Publicado em dezembro de 2014" is 1 January 2015, an item written late in a month
    # telling the next one's first days; "na segunda-feira (17)" that misses December is no day of January's)
    following = (month + dt.timedelta(days=32)).replace(day=1)
    for mention in mentions:
        if mention.kind != "weekday" or mention.weekday is None or not 1 <= mention.offset <= 31:
            continue
        for base in (month, following) if mention.offset <= _FIRST_DAYS else (month,):
            with contextlib.suppress(ValueError):
                if base.replace(day=mention.offset).weekday() == mention.weekday:
                    return mention
    return None


# "Gisteren om 10.00 uur opende de minister ...", "Gestern um 10 Uhr eröffnete der Minister ...": Dutch and German put
# the finite verb second, right after "yesterday" and its clock; a preterite there (weak, in -de/-te, or one of the
# strong ones news tells most) tells the day gone by, which the English tenses do not see.
_V2_PAST_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:om|um)[ \t]+\d{1,2}(?:[.:]\d\d)?[ \t]*(?:uur|Uhr|u\.)?[ \t]*,?[ \t]*)?"
    rf"(?:[a-zäöüë]{{2,}}(?:de|te|den|ten)|{'|'.join((*DUTCH_STRONG_PAST, *GERMAN_STRONG_PAST))})\b")


def _told_of_yesterday(sentence: str, mentions: list[Mention], times: list[Mention]) -> bool:
    """"began a four-day visit last night: he landed at the airport at 7.40 pm": a sentence told in the past of the
    day before the item's, which names no other day, tells the times of that day gone by."""
    said = [m for m in mentions if m.kind == "published"]
    return bool(said) and all(m.offset < 0 for m in said) and (
        tense.told_in_the_past(sentence, times[0]) or any(_V2_PAST_AFTER.match(sentence, m.end) for m in said))


# "this Friday at 6.00pm", "this coming Monday at 10am": with a clock time, the weekday of the days to come; so too
# without one in a sentence that tells what is to come ("will hold the final rehearsal this Wednesday (tomorrow)").
# ("next Tuesday" is read by _next_week.)
_THIS = re.compile(r"\bthis\s+(?:coming\s+)?$", re.IGNORECASE)
# The French "ce dimanche" (this Sunday), which the French grammar reads as one weekday mention, "ce" and all
_CE = re.compile(r"(?i:ce)\s")
# "scheduled for Monday at 10am", "set for Tuesday at 2 p.m.": with a clock time, the day a plan names.
_PLANNED_FOR = re.compile(r"\b(?:set|scheduled|rescheduled|planned|slated|due|fixed|arranged|called|moved|postponed)"
                          r"\s+(?:[\w'’-]+\s+){0,4}?for\s+$", re.IGNORECASE)
# "will present it next Monday at 10 a.m.", "will be in Winnipeg next Tuesday": that weekday of the week after the
# item's (stamped on a Friday, the Monday three days on; on a Tuesday, "next Thursday" is nine days on, two days on
# being "this Thursday").
_NEXT = re.compile(r"\bnext\s+$", re.IGNORECASE)
# "le dimanche prochain", "el próximo martes", "na próxima terça-feira", "martedì prossimo", "am kommenden Sonntag":
# the first such weekday after the item's day (under a Thursday's stamp, "dimanche prochain" is three days on; under
# a Tuesday's, "mardi prochain" is a week on, never the stamp's own day).
_AHEAD_IN = re.compile(r"(?i)^(?:(?:am|el|na|no|il)\s+)?(?:pr[óo]xim[oa]|prossim[oa]|nächsten|kommenden)\s")
_AHEAD_AFTER = re.compile(r"\s+(?i:prochaine?|prossim[oa])\b")
# "Les travaux de lundi prochain porteront sur ...": the weekday as an attribute of what it dates, not a day of its own
_OF_A_DAY = re.compile(r"\b(?i:de|del|di|do|da)\s+$")
_SAME_DAY = re.compile(r"\b(?:same|that)\s+(?:day|morning|afternoon|evening|night)\b", re.IGNORECASE)


def _this_week(sentence: str, mention: Mention, context: Reading) -> Mention | None:
    """"this Wednesday", "this coming Friday": counted from the day the item was written (its publication date, or
    its first full date), as "tomorrow" is, not from the day the text last named ("... on Friday, February 17. We will
    hold the final rehearsal this Wednesday (tomorrow)" under a stamp of Tuesday the 14th is the 15th)."""
    base = context.published or context.opening
    if base is None or base == context.day or mention.kind != "weekday" or mention.weekday is None \
            or _THIS.search(sentence, 0, mention.start) is None and _CE.match(mention.text) is None:
        return None  # (on the day of writing still, the weekday is read in context as any other)
    day = base + dt.timedelta(days=(mention.weekday - base.weekday()) % 7)
    return mention._replace(kind="day", first=DayPart(day.day, day.month, day.year, mention.weekday))


def _ahead(sentence: str, mention: Mention, context: Reading) -> Mention | None:
    """"le dimanche prochain", "el próximo martes": the first such weekday after the item's day, as a day of the
    calendar (its "prochain" taken into the mention, so that a title leaves it out with the weekday)."""
    if mention.kind != "weekday" or mention.weekday is None or mention.offset \
            or _OF_A_DAY.search(sentence, 0, mention.start):
        return None  # (a weekday with its day of the month, "na próxima quinta-feira, dia 7", is read by its number)
    after = _AHEAD_AFTER.match(sentence, mention.end)
    if after is None and _AHEAD_IN.match(mention.text) is None:
        return None
    base = context.published or context.day
    day = base + dt.timedelta(days=(mention.weekday - base.weekday() - 1) % 7 + 1)
    end = after.end() if after is not None else mention.end
    return mention._replace(kind="day", first=DayPart(day.day, day.month, day.year, mention.weekday), end=end,
                            text=sentence[mention.start : end])


def _next_week(sentence: str, mentions: list[Mention], context: Reading, timed: bool) -> list[Mention]:
    """"next Monday": the day it names, as a day of the calendar; without a clock time not as an attribute
    ("Next Monday's session brings ...": the sentence tells what the session holds)."""
    for mention in mentions:
        if mention.kind != "weekday" or mention.weekday is None:
            continue
        if (coming := _ahead(sentence, mention, context)) is not None:
            if past_weekday(sentence, mention, context):
                continue
            return [coming]
        if (said := _NEXT.search(sentence, 0, mention.start)) is None:
            continue
        # Without a clock, a bound is no event's day ("runs until next Monday", "will decide by next Friday"): the
        # deadline's words stand before "next", so the day is weighed with it. (With a clock the time would be left
        # on the item's day: "accepted until next Monday at 5 p.m." keeps its day.)
        bound = not timed and notevents.deadline(sentence, mention._replace(start=said.start()), mentions)
        if not bound and not past_weekday(sentence, mention, context) \
                and (timed or not sentence.startswith(("'s", "’s"), mention.end)):
            base = context.published or context.day
            day = base + dt.timedelta(days=7 - base.weekday() + mention.weekday)
            return [mention._replace(kind="day", first=DayPart(day.day, day.month, day.year, mention.weekday))]
    return []


# "on Tuesday, and to be back on", "on Tuesday and flies home on": a joint between two clauses.
# ("On Saturday evening he speaks at a town hall; he returns on Sunday, 25 September": a semicolon parts them too)
_CLAUSES_APART = re.compile(r"[^.;:()]*?(?:,\s*(?:and\s+|then\s+|before\s+)?|\s+and\s+|\s+before\s+|\s*;\s*)(?!\d)"
                            r"[^.;:()]*")


def _weekday_clause_first(sentence: str, mentions: list[Mention], day: Mention) -> Mention | None:
    """"on WEEKDAY" ending a clause before another clause that gives a dated day of another weekday: the first
    clause's day ("He holds bilateral talks on Tuesday, and is back on Wednesday 25th June 2025")."""
    before = [m for m in mentions if m.end <= day.start]
    if len(before) != 1 or before[0].kind != "weekday" or not before[0].text.lower().startswith("on ") \
            or any(m.kind == "time" for m in mentions):  # "..., and the vote is on Wednesday 25 June at 10:00"
        return None
    weekday = before[0]
    first = day.first
    if first is None or first.weekday is None or first.weekday == weekday.weekday \
            or not sentence.lower().endswith("on ", 0, day.start) \
            or not _CLAUSES_APART.fullmatch(sentence, weekday.end, day.start) \
            or notevents.deadline(sentence, weekday, mentions):  # "Registration closes on Friday, and ..."
        return None
    return weekday


def _listed_days(sentence: str, days: list[Mention]) -> list[Mention]:
    """The days a sentence dates events by; not a later date that only names a topic
    ("... briefs them on the preparations for the National Elections on 08 May 2019")."""
    return days[:1] + [m for m in days[1:] if not _TOPIC_BEFORE.search(sentence[max(0, m.start - 60) : m.start])]


# The verbs of a report of what a body did: "held the forum", "organised a seminar", "hosted the talks"; and of
# what happened: "the press conference took place on 2 August 2031" (said only of what is over).
_ACTIVE_PAST = re.compile(r"\b(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )"
                          r"(?:(?:held|hosted|organi[sz]ed|convened)\s+(?:the|a|an|its|their)\s|took\s+place\b"
                          # the same report in Spanish and Portuguese: "conmemoraron los días 14, 15 y 16 de febrero
                          # de 2019", "firmaron un comunicado", "celebraram"
                          r"|(?:celebraron|conmemoraron|realizaron|organizaron|firmaron|celebró|conmemoró|realizó"
                          r"|organizó|firmó|tuvo\s+lugar|celebraram|comemoraram|realizaram|organizaram|assinaram"
                          r"|celebrou|comemorou|realizou|assinou|teve\s+lugar|decorreu)\b"
                          # a body's own history: "a new era began when the Airport Authority assumed administration
                          # of both airports" (pages-p53, flypittsburgh.com), "the Board took over the management"
                          r"|(?:era|chapter)\s+(?:began|started|opened)\b"
                          r"|(?:assumed|took\s+over)\s+(?:the\s+|its\s+|their\s+)?(?:administration|control|management"
                          r"|operation|responsibility|ownership|office|command|presidency|chair(?:manship)?)\b)")
# "The Embassy marked the start of the Presidency with a reception on 1 July 2022", "gave a dinner on": a deed of
# the subject, done, told before its day (not "holds its session on 6 October, closing a year in which it chaired
# the organisation": a deed of another time, after the day)
_DID_BEFORE = re.compile(r"\b(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )"
                         r"(?:marked|celebrated|commemorated|gave|welcomed|inaugurated|unveiled|launched|attended"
                         r"|visited|received|chaired|delivered|signed)\s+(?:the|a|an|its|their|his|her)\s")
# "El encuentro fue el lunes 25 de octubre", "A reunião foi na segunda-feira, 3": what happened, "was" right before a
# day with no year (not "fue aplazada al lunes 25": a day a thing was moved to, with its participle)
_TOOK_PLACE_ON = re.compile(r"\b(?:fue|fueron|foi|foram)\s+(?:(?:el|la|en|na|no|em|a|ao)\s+)?$")
_TOOK_REACH = 60
# "yesterday, Monday 20th February", "yesterday (20 February)": the date only says which day gone by.
_APPOSITION = re.compile(r"\s*[,(]?\s*")


def _yesterday_named(mention: Mention, mentions: list[Mention], sentence: str) -> bool:
    return any(m.kind == "published" and m.offset < 0 and m.end <= mention.start
               and _APPOSITION.fullmatch(sentence, m.end, mention.start) for m in mentions)


def _historical(mention: Mention, sentence: str, context: Reading, mentions: list[Mention]) -> bool:
    first = mention.first
    # (a run's last day: "los días 15 y 16 de febrero" reaches the item's newest day)
    latest = mention.last if mention.kind == "span" and mention.last is not None and mention.last.year else first
    if first is not None and latest is not None and context.published is None and not context.row and (
            first.year is not None
            and (context.newest is None
                 or (latest.year, latest.month, latest.day) >= context.newest.timetuple()[:3])
            and (_ACTIVE_PAST.search(sentence) or _DID_BEFORE.search(sentence, 0, mention.start))
            and tense.told_in_the_past(sentence, mention)
            or first.year is None and _TOOK_PLACE_ON.search(sentence, max(0, mention.start - _TOOK_REACH),
                                                            mention.start) is not None):
        # "UNRCCA held the Fifth Expert Forum in Ashgabat on 10 December 2022": the item's newest day, told in the
        # active past with no stamp to weigh it against, is a report of what happened (a later post line is
        # weighed as the stamp is, below); so is a day with no year the meeting "was" on ("La reunión fue el lunes 25
        # de octubre"), whose year is only a guess
        return True
    if first is None or first.year is None:
        return False
    if any((d.year, d.month, d.day) == (first.year, first.month, first.day) for d in context.anniversaries):
        return True  # "became independent on 30 November 1966" in an item of its anniversary, "Monday 30 November"
    # (ages before the newest year an undated item writes: a programme's "2015", not a target's "Strategy 2025")
    if context.published is None and first.year < max(context.written_years(), default=first.year) - comingyear.AGES \
            and tense.told_in_the_past(sentence, mention):
        return True  # "On 24 October 1964 Zambia became independent" in an item that writes 2015: its history
    if context.newest is None:
        return False
    if (context.row or any(m.kind == "time" for m in same_moment(sentence, mention, mentions))) \
            and not tense.told_in_the_past(sentence, mention):
        # a list's row: a meeting of an archive's year, not history told beside the list's newest; so too a day
        # with its clock, told as to come ("reaches Colombo Port on Saturday, 21 May 2016 at 1:30pm" in a page of
        # advisories whose newest is of 2017): an announcement of its own
        return False
    try:
        day = dt.date(first.year, first.month, first.day)
    except ValueError:
        return True
    return day < context.newest - _HISTORY or ("anniversary" in sentence.lower() and day < context.newest)


_ARRIVED = re.compile(r"\b(?:arrived|landed)\b", re.IGNORECASE)


def _arrived_for_a_stay(sentence: str, today: Mention) -> bool:
    """"arrived in Sri Lanka today (25) for a four-day official visit": the arrival is told done, but the visit it
    opens, counted in days, runs from today on (an event under way, not history)."""
    return today.kind == "published" and today.offset == 0 \
        and _ARRIVED.search(sentence, 0, today.start) is not None \
        and extent.counted_days(sentence, today) is not None
