"""A day named only to say when something was said or done ("said today", "The Cabinet today adopted"), a "today"
that means "nowadays", and births and deaths: dates that are not events. Pure."""
from __future__ import annotations

import re

from parsers.dates import Mention
from parsers.datescan import TOMORROWS_GATHERING
from parsers.gate import Gated
from parsers.lang_malay import WEEKDAYS as MALAY_WEEKDAYS
from parsers.verbs import KOREAN_SAID

_REACH = 40  # characters before a mention where its saying verb stands

# Matched against lower-cased text (IGNORECASE would keep the regex engine from skipping ahead).
_LIFE = Gated(re.compile(r"\b(?:was|were)\s+born\b|\b(?:died|passed\s+away|was\s+killed|was\s+assassinated)\b"),
              "born", "died", "passed", "killed", "assassinated")
# "said today", "issued this statement today", "released a report today", „Heute gedenken wir“ (a quote): said.
# ("The Forum chose the Speaker today", "swore in the Cabinet today": an irregular past and its object, done.)
_SAID_BEFORE = re.compile(r"(?:[„“\"«‚‘]|\b(?:(?:said|says|announced|stated|declared|noted|confirmed|told\s+\w+)"
                          r"\s*[,:]?\s*[\"“]?|(?:issued|released|published|delivered|gave|made\s+public|took|chose"
                          r"|swore)\s+(?:[\w'’-]+\s+){1,4}))\s*$", re.IGNORECASE)
# "Lo dio a conocer hoy la cancillería", "anunció hoy el ministerio", "informou hoje o ministério": a Spanish or
# Portuguese verb of making known right before "hoy"/"hoje": the day of the saying, not an event.
_SAID_BEFORE_IBERIAN = re.compile(r"\b(?:(?:anunci|inform|confirm|comunic|declar|afirm|indic|report)(?:ó|ou|aron|aram)"
                                  r"|dijo|dijeron|disse|disseram|señaló|señalaron|destacó|destacou"
                                  r"|(?:dio|dieron|deu|deram)\s+a\s+(?:conocer|conhecer))\s*$", re.IGNORECASE)
# "Сегодня об этом в агентстве ТАСС сообщил генеральный секретарь", "рассказал сегодня журналистам": a Russian verb
# of telling, in the past, in the clause of "сегодня": the day the news was told, not an event ("Сегодня в Минске
# пройдёт заседание" has none: a gathering today).
_TOLD_RU = re.compile(r"(?<!\w)(?:сообщил|рассказал|заявил|сказал|объявил|отметил|подчеркнул|пояснил|уточнил|добавил"
                      r"|проинформировал)(?:а|и|о)?(?!\w)", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:.!?]")


def _told_in_its_clause(sentence: str, mention: Mention) -> bool:
    """Does the clause of "сегодня" hold a Russian verb of telling in the past?"""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, mention.start)]
    stop = _CLAUSE_MARK.search(sentence, mention.end)
    return _TOLD_RU.search(sentence, marks[-1] if marks else 0,
                           stop.start() if stop is not None else len(sentence)) is not None


# "The meeting formally came to an end this afternoon", "the talks concluded today", "The session was held this
# morning": the day of writing named right after a verb telling the thing over or done (its own end, or that it
# took place): history told on the day, not an event to come. ("The talks end this afternoon" is in the present.)
_OVER_BEFORE = re.compile(r"(?<!\bwill )(?<!\bto )(?<!\bbe )(?<!\bis )(?<!\bare )"
                          r"\b(?:ended|closed|concluded|finished|adjourned|wrapped\s+up"
                          r"|came\s+to\s+(?:an?\s+)?(?:end|close)|drew\s+to\s+(?:an?\s+)?close|took\s+place"
                          r"|(?:was|were)\s+held)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# "The Cabinet today adopted", "Today I set out": what the author did or does as they write.
# "Today Dr. Jane Roe (D-Springfield) introduced": the subject's name may stand between.
_PAST_AFTER = re.compile(r"^\s*,?\s*(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|\([^()]{1,40}\))\s+){0,6}"
                         # ("Today selected players are available", "Today invited guests will tour": a participle
                         # before its noun and the noun's verb is an adjective, nothing done)
                         r"(?:\w+ed(?!\s+[\w-]+\s+(?:are|is|will|can|may)\b)|said|held|made|met|gave|took|sent|wrote|began|won|paid|I|we"
                         # irregular pasts: "The Forum today chose the Speaker", "today swore in the Cabinet"
                         r"|chose|swore|spoke|told|brought|sought|struck|became|went|came|saw|heard|found|left|rose"
                         r"|sat|lost|led|drew|threw|grew|knew|ran|shook|sold|bought|taught|fought)\b")
# "Heute hat die Präsidentin ... den Bescheid übergeben", "heute wurde der Vertrag unterzeichnet": a German perfect or
# passive of a deed, its participle closing the clause, done as the text was written ("Heute hat die Band ihren
# Auftritt" has no participle: it happens today).
# ("Heute hat der 4. Senat darüber verhandelt, ob ...": an ordinal's full stop ends nothing, a participle may open
# with its prefix, "entschieden", and a clause of what was heard may follow it after a comma.)
_DONE_AFTER_DE = re.compile(r"\s*(?:hat|haben|hatte|hatten|wurde|wurden|ist|sind)\b(?:[^.;:!?]|(?<=\d)\.){0,160}?"
                            r"(?<!\bzu\s)\b(?:ge\w{3,}(?:t|en)|\w{3,}iert|\w*(?:über|unter|ver|er|be|ent|zer)\w*(?:t|en))"
                            r"\s*(?:worden\s*)?(?:[.;:!?]|,\s*(?:ob|dass|daß|wie|weil|nachdem|warum|wann|inwieweit"
                            r"|inwiefern)\b)")
_HEUTE_OPENING = re.compile(r"\s*Heute\b")


# "their first summit since the former President died", "the first visit after the founder passed away": a death
# named only as the point a count starts from, in a clause opened by "since"/"after" that holds no figure of its own;
# the sentence's day is its main clause's, not the death's. ("since he died on 5 May 2020" dates the death: history.)
_SINCE_CLAUSE = re.compile(r"\b(?:since|after|following)\b[^,;:()\d]*$")
_CLAUSE_END = re.compile(r"[,;:()]")


def of_a_life(sentence: str) -> bool:
    """A birth or a death: history, however recent (`sentence` lower-cased); not one told as a count's starting
    point in a clause of its own with no figure ("the first since the President died")."""
    if not _LIFE.could_match(sentence):
        return False
    for life in _LIFE.pattern.finditer(sentence):
        since = _SINCE_CLAUSE.search(sentence, 0, life.start())
        end = _CLAUSE_END.search(sentence, life.end())
        after = sentence[life.end():end.start() if end is not None else len(sentence)]
        if since is None or any(c.isdigit() for c in after):
            return True
    return False


# "as strong today as it was", "as high school is today", "But today, the cost is": today as
# "nowadays", set against the past; not the day of anything.
# ("the one instrument ready today to meet the goals": what is at hand in the present age, too)
_NOWADAYS_BEFORE = re.compile(r"(?:\b(?:is|are|am|ready|viable|feasible)|^\W*but)\s*$", re.IGNORECASE)
_NOWADAYS_AFTER = re.compile(r"^\s*as\b")
# "vor denen das Land heute steht", "Heute präsentiert sich das Viertel renoviert", "signifie aujourd'hui":
# "heute", "aujourd'hui" with a verb of being or standing, set against the past: nowadays.
_NOWADAYS_VERBS = (r"(?:ist|sind|steht|stehen|gilt|gelten|bleibt|bleiben|lebt|leben|existiert|existieren"
                   r"|(?:präsentiert|präsentieren|zeigt|zeigen)\s+sich|gibt\s+es|signifie|signifient|est|sont|reste"
                   r"|restent|demeure|demeurent|vit|vivent|existe|existent"
                   # "beherbergt heute ein Museum", "dient heute als Anleger", "abrite aujourd'hui": what a place
                   # houses or serves as, nowadays
                   r"|beherbergt|beherbergen|dient|dienen|liegt|liegen|gehört|gehören|heißt|heißen|umfasst|umfassen"
                   r"|abrite|abritent|sert|servent"
                   # "hoy vivimos tiempos difíciles", "hoje enfrentamos": a Spanish or Portuguese "hoy"/"hoje" with a
                   # verb of what we live through, in the first person plural, the present age (not "es", "hay",
                   # "há": "la inauguración es hoy" is a day; nor "se enfrentan hoy", two sides' match that day)
                   r"|vivimos|vivemos|enfrentamos|atravesamos)")
_NOWADAYS_VERB_BEFORE = re.compile(rf"\b{_NOWADAYS_VERBS}\s*$", re.IGNORECASE)  # ("Vivimos hoy ...", a capital)
# "sind noch heute von Spyri geprägt", "ist auch heute ein Ort der Begegnung": "noch", "immer noch", or "auch" before
# what the thing is, between the verb and "heute" say the state lasts into the present age (with no clock time: "ist
# noch heute bis 18 Uhr geöffnet"; "ist auch heute beim Rat in Brüssel" is also today)
_NOWADAYS_VERB_STILL_BEFORE = re.compile(rf"\b{_NOWADAYS_VERBS}\s+(?:immer\s+)?noch\s+$", re.IGNORECASE)
_NOWADAYS_VERB_ALSO_BEFORE = re.compile(rf"\b{_NOWADAYS_VERBS}\s+auch\s+$", re.IGNORECASE)
_WHAT_IT_IS_AFTER = re.compile(r"\s+(?:ein|eine|einer|eines|der|die|das|noch|immer|sehr|ganz)\b", re.IGNORECASE)
# "A todo ello se añade hoy la amenaza", "A las dificultades se suma hoy ...", "A isso soma-se hoje": what adds up to
# what the sentence opens with ("A ..."), the present age; not "Argentina se suma hoy a la alianza", a day's act
_ADDED_TO_BEFORE = re.compile(r"^\W*(?:A|Al|À|Às|Ao|Aos)\s[^.;]{0,80}?"
                              r"\b(?i:se\s+añaden?|se\s+suman?|soma-se|somam-se|acrescenta-se|acrescentam-se)\s*$")
# "serait aujourd'hui une mauvaise affaire", "wäre heute kaum bezahlbar": a conditional of being with a judgement
# after it, what would hold in the present age; not "Le vote serait aujourd'hui, selon ...", a day reported
_CONDITIONAL_BEFORE = re.compile(r"\b(?:serait|seraient|wäre|wären)\s*$")
_JUDGEMENT_AFTER = re.compile(r"\s+(?:une?|des|du|bien|trop|plus|moins|très|assez|pas|kaum|nicht|sehr|zu|viel|ein|eine"
                              r"|kein|keine)\b", re.IGNORECASE)
# "wie es früher war, heute ist und in Zukunft sein könnte", "autrefois ..., aujourd'hui ...": "heute",
# "aujourd'hui" after a word for the old days in the same sentence is the present age.
_FORMERLY = re.compile(r"\b(?:früher|damals|einst|ehemals|autrefois|jadis|naguère)\b", re.IGNORECASE)
# "Die Partei hat schon immer den Wohnungsbau gefördert, heute setzt sie sich für ... ein": a constancy of the past
# before the "heute" sets it against the present age.
_ALWAYS_BEFORE = re.compile(r"\b(?:schon\s+immer|seit\s+jeher|von\s+jeher)\b", re.IGNORECASE)
# "So, wie sich Städte heute nicht mehr platt walzen lassen": "heute nicht mehr", no longer in the present age (not
# a day's change of plan, "tagt heute nicht mehr im Paul-Löbe-Haus, sondern im Reichstagsgebäude").
_NO_LONGER_AFTER = re.compile(r"\s*nicht\s+mehr\b(?![^.;]*,\s*sondern\b)", re.IGNORECASE)
_NOWADAYS_VERB_AFTER = re.compile(rf"^\s*(?:noch\s+|encore\s+)?{_NOWADAYS_VERBS}\b")
# "Vandaag is een belangrijke dag", "vandaag zijn er meer dan ...": the Dutch "vandaag" with a verb of being after
# it, and no clock in the sentence ("Vandaag is de persconferentie om 14.00 uur" is the day's), the present age
_NOWADAYS_VERB_AFTER_NL = re.compile(r"\s*(?:is|zijn|blijft|blijven|geldt|gelden)\b")
# "das heute meist genutzte Erdgas", "werden heute schon eingespeist", "feiert man heute", "aujourd'hui encore": a
# "heute" qualified as a habit or a state of the age (most, already, often, one does), not a day's act ("heute
# noch" is "later today"); "die heute zumeist verwendeten Lösungen", "sont aujourd'hui le plus souvent en nylon".
_NOWADAYS_ADVERB_AFTER = re.compile(r"^\s*(?:schon|bereits|zumeist|meist|meistens|oft|häufig|selten|kaum|vor\s+allem"
                                    r"|weitgehend|überwiegend|vorwiegend|größtenteils|längst|zunehmend|fast|weltweit"
                                    r"|vielfach|vielerorts|gemeinhin|üblicherweise|gut|immer\s+(?:mehr|öfter|häufiger)"
                                    r"|encore|déjà|souvent|le\s+plus\s+souvent|généralement|majoritairement|largement"
                                    r"|rarement|plus\s+que\s+jamais)\b", re.IGNORECASE)
_ONE_DOES_BEFORE = re.compile(r"\bman\s*$")
# "soit produit aujourd'hui par d'autres firmes", "les travaux de X, aujourd'hui unanimement rejetés par la
# communauté": a French "aujourd'hui" inside a passive with its agent ("par ..."), the participle before or after it,
# tells a state of the present age or a thing done, not a day to come ("sera remis aujourd'hui par le ministre" is
# one, and stays). Seen in pages-p53, lopinion.fr.
_PARTICIPLE_FR = r"[^\W\d_]{2,}(?:é|ée|és|ées|is|ise|ises|it|its|ite|ites|u|ue|us|ues)"
_PARTICIPLE_BEFORE_FR = re.compile(rf"\b{_PARTICIPLE_FR}\s*$", re.IGNORECASE)
_AGENT_AFTER_FR = re.compile(rf"\s*,?\s*(?:[^\W\d_]+ment\s+)?(?:{_PARTICIPLE_FR}\s+)?par\s", re.IGNORECASE)
_PARTICIPLE_AGENT_AFTER_FR = re.compile(rf"\s*,?\s*(?:[^\W\d_]+ment\s+)?(?P<p>{_PARTICIPLE_FR})\s+par\s",
                                        re.IGNORECASE)
# ("est inauguré aujourd'hui par le maire", "la médaille est remise aujourd'hui par le ministre", "un concert donné
# aujourd'hui par l'orchestre": the participle of an act done once, on a day, in a present passive is that day's event;
# only the participles of a lasting state or a practice, "produit", "fabriqué", "rejetées", tell the present age)
_ACT_OF_A_DAY_FR = re.compile(r"(?:inaugur|remis|décern|sign|ouvert|présent|lanc|accueilli|reçu|célébr|organis|dévoil"
                              r"|prononc|proclam|annonc|rendu|donn|jou|visit|tenu|pos[ée])", re.IGNORECASE)
_FUTURE_BEFORE_FR = re.compile(r"\b(?:sera|seront|serait|seraient|va\s+être|vont\s+être|doit\s+être|doivent\s+être)\b",
                               re.IGNORECASE)
# "ist bis heute in Familienbesitz", "jusqu'à aujourd'hui" (to this day); "wird heute als Lager genutzt" (what it
# is used as now): the present age, when the sentence gives no clock time ("bis heute 18 Uhr" is a deadline).
# ("todavía hoy sigue teniendo una fuerza brutal", "aún hoy se recuerda", "hasta hoy", "ainda hoje", "até hoje": a
# Spanish or Portuguese "still today" or "to this day", the present age; seen in pages-p52, farodevigo.es)
_TO_THIS_DAY_BEFORE = re.compile(r"(?:\bbis|\bjusqu['’]\s*(?:à\s*)?|\b(?:todav[íi]a|a[úu]n|hasta|ainda|at[ée]))\s*$",
                                 re.IGNORECASE)
# "el establecimiento donde hoy estudia", "la casa en que hoy vive": a Spanish "hoy" in a relative clause with a verb
# of a lasting state (studying, living, working somewhere) is the present age, not a day.
_RELATIVE_BEFORE_ES = re.compile(r"\b(?:donde|que|quien|quienes)\s*$", re.IGNORECASE)
_STATE_AFTER_ES = re.compile(r"\s*(?:estudian?|viven?|trabajan?|residen?|siguen?|permanecen?|existen?|albergan?"
                             r"|funcionan?|ocupan?)\b", re.IGNORECASE)
# "a business which today is mostly cloud services", "the mill, which today houses a bakery": an English "today"
# between a relative pronoun and a verb of a lasting state is the present age, not a day.
_RELATIVE_BEFORE_EN = re.compile(r"\b(?:which|that|who|where)\s*,?\s*$", re.IGNORECASE)
_STATE_AFTER_EN = re.compile(r"\s*,?\s*(?:is|are|remains?|stands?|lies|lie|serves?|houses?|employs?|has|have|holds?"
                             r"|makes?\s+up|accounts?\s+for)\b", re.IGNORECASE)
# "two centuries up to today", "letters from 1850 to today": an English today closing a stretch of time is the present
# age.
# ("moved from Wednesday to today" is a day: only a stretch from a year or an age is the present's)
_UP_TO_TODAY = re.compile(r"(?:\bup\s+(?:un)?to|\bfrom\s+(?:the\s+)?(?:(?:1[5-9]|20)\d\d|\d{1,2}(?:st|nd|rd|th)"
                          r"\s+century|(?:early|late)\s+\d{4}s|antiquity|(?:the\s+)?(?:founding|beginning|start))\b"
                          r"[^.;:]{0,60}?\bto)\s*$", re.IGNORECASE)
_AS_NOW_AFTER = re.compile(r"^\s*(?:noch\s+)?als\b")
# "le CILSS réunit aujourd'hui 13 Etats membres", "the union today counts 27 member states", "zählt heute 30
# Mitglieder": a verb of numbering with a today and a count of members, what a body is made of nowadays, not a day.
_NUMBERS = (r"(?:compte|comptent|réunit|réunissent|regroupe|regroupent|rassemble|rassemblent|comprend|comprennent"
            r"|totalise|has|have|counts|numbers|comprises|zählt|zählen|umfasst|umfassen|cuenta\s+con|cuentan\s+con"
            r"|reúne|reúnen|agrupa|agrupan|tem|têm|conta\s+com|reúne)")
_NUMBERS_BEFORE = re.compile(rf"\b{_NUMBERS}\s*$", re.IGNORECASE)
_NUMBERS_OPENING = re.compile(rf"\s*{_NUMBERS}\b", re.IGNORECASE)
_MEMBERS_AFTER = re.compile(rf"\s*(?:{_NUMBERS}\s+)?(?:a\s+)?(?:plus\s+de\s+|more\s+than\s+|over\s+|some\s+"
                            r"|mehr\s+als\s+|über\s+|rund\s+|más\s+de\s+|mais\s+de\s+)?\d[\d.,]*\s+(?:[\w'’-]+\s+){0,2}?"
                            r"(?:membres?|members?|member\s+states|mitglieder|mitgliedstaaten|miembros|membros)\b",
                            re.IGNORECASE)


# "Today, the painter is known for her murals", "Today, the village has become a suburb": "Today," opening a
# sentence that tells what someone or something lastingly is now (known, home to, become), not what happens ("is
# part of a delegation visiting ..." happens).
# "Today in Ruritania, demand for cement outstrips supply": one quantity set against another, at present.
_STATE_NOW_AFTER = re.compile(
    r"(?-i:\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})?"
    r"\s*,\s*(?:[\w.'’-]+\s+){1,6}?(?:(?:is|are|has|have|remains?)\s+(?:still\s+|now\s+|widely\s+|best\s+|also\s+)?"
    r"(?:known|recogni[sz]ed|regarded|considered|home|become|grown|called|famous|renowned)"
    r"|outstrips?|outpaces?|outnumbers?|outweighs?|exceeds?|surpass(?:es)?|dwarfs?)\b", re.IGNORECASE)
# "Today almost half of the country's people, 2.2 million, live on humanitarian aid", "Today, one in five children
# depends on ...": a share or a count of people, then a verb of their lasting state: the present age, not a day
# ("Today 300 delegates gather in Kigali" tells the day's act, and stays).
_COUNT_LIVES_AFTER = re.compile(
    r"\s*,?\s*(?:(?:almost|nearly|about|around|some|over|more\s+than|fewer\s+than|less\s+than|roughly)\s+)?"
    r"(?:half|a\s+third|a\s+quarter|two[\s-]thirds|three[\s-]quarters|most|the\s+majority|one\s+(?:in|out\s+of)\s+\w+"
    r"|\d[\d,.]*\s*(?:%|per\s*cent|percent|million|billion)?)\b"
    r"(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,80}?\b(?:live|lives|depend|depends|rely|relies|survive|survives|lack|lacks|go\s+hungry"
    r"|goes\s+hungry|remain|remains)\b", re.IGNORECASE)
# "Today, more than ever, we need ...", "Today, we face a crisis", "Today, the world must ...": a "Today," opening a
# general truth of the present age, not an act of the day ("Today, we launch the plan" is one).
# ("Today, on World Day against Trafficking, we remember the victims": an occasion's aside before the subject, and a
# verb of mind or word, remembering, honouring, reaffirming, said for the day, no act that happens on it)
_NOWADAYS_OPENING = re.compile(
    r"\s*,\s*(?:(?:on|as|at)\s+[^,.;:]{3,80},\s*)?"
    r"(?:more\s+than\s+ever|as\s+never\s+before|(?:we|our\s+\w+|the\s+world|people|humanity|everyone)\s+"
    r"(?:all\s+)?(?:need|must|face|live|know|see|stand|remain|cannot|can|share|remember|recall|honou?r|commemorate"
    r"|pay\s+tribute|reflect|recogni[sz]e|reaffirm|renew|recommit|call\s+on|urge)\b)", re.IGNORECASE)
# "whether that meant touring village halls in the 1950s or a podcast today": a today set
# against a past age in the same sentence is the present age.
_PAST_AGE = Gated(re.compile(r"\b(?:1[5-9]|20)\d0s\b|\btraditionally\b|\bin\s+the\s+past\b"
                             r"|\b(?:years|decades|centuries|generations)\s+ago\b|\bused\s+to\b|\bback\s+then\b",
                             re.IGNORECASE), "0s", "traditionally", "past", "ago", "used", "back")
_CONTRAST = re.compile(r"\b(?:or|but|while|whereas|than|yet|and)\b", re.IGNORECASE)
# "told BSS today (16 June)", "said on Tuesday (4 May)": a date in brackets after a saying names when it was said.
_SAID_BRACKET = re.compile(r"\b(?:said|says|announced|stated|declared|noted|confirmed|told(?:\s+\w+){1,3})\s*,?\s*"
                           r"(?:today|yesterday|on\s+\w+day)?\s*\(\s*$", re.IGNORECASE)


# (The Malay and Indonesian weekdays, and before a bracketed date "Minggu", Sunday, which elsewhere is "week", and
# "Jum'at", Friday's older spelling)
_SAID_WEEKDAYS = "|".join([*MALAY_WEEKDAYS, "jum'at", "minggu"])
# "ujar Syafrin Liputo, Jumat (1/12/2023)", "Menurut Kepala Dinas Ani Lestari, Kamis (3/7)", "katanya, Senin (": the
# Indonesian press gives the day of a saying as a weekday and its date in brackets after the speaker's name. The
# speaker's office, name and place may be parted by commas ("kata Kepala Biro ..., Brigjen Pol X, di Mabes Polri,
# Jumat (10/2/2017)"); not words of a deed to come ("menurut rencana, apel akan digelar di Monas, Sabtu (11/2)").
# ("Menurut panitia, seluruh peserta wajib hadir di Monas, Sabtu (11/2)": after "menurut", according to, the comma
# closes the source and what it says follows: no comma within the speaker's words there)
# (and the verb's active and passive forms: "menyampaikannya dalam jumpa pers ..., Senin (23/6)", "Hal itu disampaikan
# Ketua ... di Cikini, Senin (23/6)", "mengatakan", "dijelaskan", "ditegaskan": said so, there, that day; not after
# "akan", "bakal" or "hendak", or "segera" (soon) after them, a saying to come: "akan menyampaikan sikapnya di DPR,
# Senin (30/6)", "akan segera menyampaikan ...")
_SAYING_ID = (r"(?:menyampaikan|mengatakan|menjelaskan|mengungkapkan|menegaskan|menuturkan|menerangkan|memaparkan"
              r"|di(?:sampaikan|katakan|jelaskan|ungkapkan|tegaskan|tuturkan|terangkan|paparkan))(?:nya)?")
_TO_COME_ID = r"(?<!akan\s)(?<!bakal\s)(?<!hendak\s)(?<!segera\s)"  # fixed-width look-behinds, one a word
_SAID_BRACKET_ID = re.compile(r"\b(?:(?:(?:kata|ujar|ucap|jelas|tutur|ungkap|terang)(?:nya)?|"
                              + _TO_COME_ID + _SAYING_ID
                              + r")(?:,?\s+(?!(?:akan|digelar|diadakan|dilaksanakan|berlangsung|dimulai)\b)[\w.'’-]+)"
                              r"{0,16}|menurut(?:nya)?(?:\s+[\w.'’-]+){0,8})"
                              rf"\s*,\s*(?:{_SAID_WEEKDAYS})\s*\(\s*$", re.IGNORECASE)
_REACH_ID = 180  # a verb, an office, a name and a place of sixteen words, a weekday


# "(Visited 340 times, 5 visits today)", "87 views today": a page's counter of its readers, page furniture.
_COUNT_BEFORE = re.compile(r"\b\d[\d,.]*\s+(?:visits?|views?|hits?|reads?|readers?|visitors?|downloads?|clicks?"
                           r"|visitas|visualizaciones|lecturas|visites|vues|lectures|Aufrufe|Besuche|Zugriffe)\s*$",
                           re.IGNORECASE)


def opens_done_today(text: str) -> bool:
    """Does the paragraph open with "Heute" and tell, in the German perfect or passive, what was done ("Heute hat der
    Senat ... verhandelt, ob ...")?"""
    opening = _HEUTE_OPENING.match(text)
    return opening is not None and _DONE_AFTER_DE.match(text, opening.end()) is not None


def said_in_brackets(sentence: str, mention: Mention) -> bool:
    """A date in brackets right after a verb of saying ("told BSS today (16 June)"): the day of the saying."""
    return _SAID_BRACKET.search(sentence, max(0, mention.start - _REACH), mention.start) is not None \
        or _SAID_BRACKET_ID.search(sentence, max(0, mention.start - _REACH_ID), mention.start) is not None


# "지하철 6호선이 15일 문을 연다고 서울시가 14일 발표했다": a Korean day standing between the quoting
# "-다고"/"-라고" and the verb of saying that closes the sentence dates the saying (the city announced it on the
# 14th), not what is quoted.
_KOREAN_QUOTE_BEFORE = re.compile(r"[다라]고\s+(?:[\uac00-\ud7a3\w]+\s+){0,3}$")
# (The words between are not a quote's own "-다고 ... 밝혔다": "예고했고 17일 발표회를 연다고 밝혔다" quotes the
# presentation on the 17th; nor is "발표회", a presentation, the verb "발표했다".)
_KOREAN_SAYING_AFTER = re.compile(r"\s*(?:(?![\uac00-\ud7a3]*[다라]고\s)[\uac00-\ud7a3]+\s+){0,2}"
                                  r"(?:발표(?=했|한|하|됐)|밝힌|밝혀|" + "|".join(KOREAN_SAID) + ")"
                                  r"[\uac00-\ud7a3]*[.!]?[\s\"”’)]*$")


def said_on_in_korean(sentence: str, mention: Mention) -> bool:
    """Is the day the day of a Korean saying that closes the sentence, after what it quotes?"""
    return _KOREAN_SAYING_AFTER.match(sentence, mention.end) is not None \
        and _KOREAN_QUOTE_BEFORE.search(sentence, 0, mention.start) is not None


def said_today(sentence: str, mention: Mention) -> bool:
    """"said today", "The Cabinet today adopted": the day something was said or done, not an event."""
    before = sentence[max(0, mention.start - _REACH) : mention.start]
    return bool(_SAID_BEFORE.search(before) or _PAST_AFTER.match(sentence[mention.end :])
                or (mention.offset == 0 and _OVER_BEFORE.search(before) is not None)
                or (mention.offset == 0 and mention.text.lower() in ("hoy", "hoje")
                    and _SAID_BEFORE_IBERIAN.search(before) is not None)
                or (mention.offset == 0 and mention.text.lower() == "сегодня"
                    and _told_in_its_clause(sentence, mention))
                or _COUNT_BEFORE.search(before) is not None
                or (mention.offset == 0 and _counted_members(sentence, mention, before))
                or (mention.offset == 0 and (_NOWADAYS_BEFORE.search(before)
                                             or _NOWADAYS_AFTER.match(sentence[mention.end :])))
                or (mention.offset == 0 and mention.text[:1] in "HhAa"  # "heute", "aujourd'hui"
                    and (_NOWADAYS_VERB_BEFORE.search(before) is not None
                         or _ADDED_TO_BEFORE.search(sentence, 0, mention.start) is not None
                         or _CONDITIONAL_BEFORE.search(before) is not None
                         and _JUDGEMENT_AFTER.match(sentence, mention.end) is not None
                         or _NOWADAYS_VERB_AFTER.match(sentence[mention.end :]) is not None
                         or _FORMERLY.search(sentence, 0, mention.start) is not None
                         or ((_ALWAYS_BEFORE.search(sentence, 0, mention.start) is not None
                              or _NOWADAYS_VERB_STILL_BEFORE.search(before) is not None
                              or _NOWADAYS_VERB_ALSO_BEFORE.search(before) is not None
                              and _WHAT_IT_IS_AFTER.match(sentence, mention.end) is not None
                              or _NO_LONGER_AFTER.match(sentence, mention.end) is not None)
                             and _CLOCK_OR_UHR.search(sentence) is None)
                         or _DONE_AFTER_DE.match(sentence, mention.end) is not None
                         or _passive_with_agent_fr(sentence, mention, before)
                         or ((_NOWADAYS_ADVERB_AFTER.match(sentence[mention.end :]) is not None
                              or _ONE_DOES_BEFORE.search(before) is not None)
                             and _CLOCK_TIME.search(sentence) is None)
                         or (_RELATIVE_BEFORE_ES.search(before) is not None
                             and _STATE_AFTER_ES.match(sentence, mention.end) is not None)
                         or ((_TO_THIS_DAY_BEFORE.search(before) is not None
                              or _AS_NOW_AFTER.match(sentence[mention.end :]) is not None)
                             and _CLOCK_TIME.search(sentence) is None)))
                or (_POSSESSIVE.match(sentence, mention.end) is not None and _CLOCK_TIME.search(sentence) is None
                    and not (mention.offset > 0 and _AHEAD_OF.search(before) is not None
                             and TOMORROWS_GATHERING.match(sentence, mention.start)))
                or (mention.offset == 0 and _nowadays(sentence, mention))
                or (mention.offset == 0 and mention.text.lower() == "vandaag"
                    and _NOWADAYS_VERB_AFTER_NL.match(sentence, mention.end) is not None
                    and _CLOCK_OR_UHR.search(sentence) is None)
                or (mention.offset == 0 and _WITH_BEFORE.search(before) is not None
                    and _A_COUNT_AFTER.match(sentence, mention.end) is not None
                    and _CLOCK_OR_UHR.search(sentence) is None))


def _passive_with_agent_fr(sentence: str, mention: Mention, before: str) -> bool:
    """"produit aujourd'hui par d'autres firmes", "aujourd'hui unanimement rejetés par la communauté": a French
    "aujourd'hui" in a passive with its agent, and no future nor clock time: the present age or a thing done."""
    if not mention.text.lower().startswith("aujourd") or _CLOCK_TIME.search(sentence) is not None \
            or _FUTURE_BEFORE_FR.search(before) is not None:
        return False
    if (after := _PARTICIPLE_AGENT_AFTER_FR.match(sentence, mention.end)) is not None:
        return _ACT_OF_A_DAY_FR.match(after.group("p")) is None
    participle = _PARTICIPLE_BEFORE_FR.search(before)
    return participle is not None and _AGENT_AFTER_FR.match(sentence, mention.end) is not None \
        and _ACT_OF_A_DAY_FR.match(participle.group().strip()) is None


# "Mit heute 158 Instituten in 98 Ländern bietet es ...", "with today some 900 staff", "avec aujourd'hui 40 antennes":
# a today between "with" and a count, no verb of its own, is the size of something nowadays, not a day.
_WITH_BEFORE = re.compile(r"\b(?:mit|with|avec|con|com)\s*$", re.IGNORECASE)
_A_COUNT_AFTER = re.compile(r"\s*(?:(?:rund|über|mehr\s+als|fast|knapp|more\s+than|over|some|about|nearly|almost"
                            r"|plus\s+de|près\s+de|environ|más\s+de|cerca\s+de|casi|mais\s+de|quase)\s+)?"
                            r"\d[\d.,]*\s+[^\W\d]", re.IGNORECASE)


def _counted_members(sentence: str, mention: Mention, before: str) -> bool:
    """"réunit aujourd'hui 13 Etats membres", "today counts 27 member states": the members a body numbers nowadays."""
    after = _MEMBERS_AFTER.match(sentence, mention.end)
    return after is not None and _CLOCK_TIME.search(sentence) is None \
        and (_NUMBERS_BEFORE.search(before) is not None or _NUMBERS_OPENING.match(after.group()) is not None)


def present_count(sentence: str, mention: Mention) -> bool:
    """"Today almost half of the people, 2.2 million, live on aid": a "today" before a count of the present age."""
    return mention.text.lower() == "today" and _COUNT_LIVES_AFTER.match(sentence, mention.end) is not None \
        and _CLOCK_TIME.search(sentence) is None


def _nowadays(sentence: str, mention: Mention) -> bool:
    """"Today, X is known for ...", or a today set against a past age: the present age, not a day."""
    if mention.text.lower() != "today":
        return False
    if _CLOCK_TIME.search(sentence) is not None:
        return False
    if _RELATIVE_BEFORE_EN.search(sentence, max(0, mention.start - _REACH), mention.start) is not None \
            and _STATE_AFTER_EN.match(sentence, mention.end) is not None:
        return True
    if present_count(sentence, mention):
        return True  # "Today almost half of the people, 2.2 million, live on aid": a count of the present age
    if _STATE_NOW_AFTER.match(sentence, mention.end) is not None or _NOWADAYS_OPENING.match(sentence, mention.end) \
            or _UP_TO_TODAY.search(sentence, max(0, mention.start - 100), mention.start) is not None:
        return True
    if _THAN_THE_PAST.search(sentence, mention.end) is not None:
        return True  # "Homes today burn faster than they used to": the present age set against the past
    # the past age before the today, a word of contrast between: "in the 1950s or a podcast today"; not "Today the
    # Mayor unveils a memorial to miners lost 100 years ago", whose today dates the sentence's own act
    past = _PAST_AGE.search(sentence, 0, mention.start)
    return past is not None and _CONTRAST.search(sentence, past.end(), mention.start) is not None


# "than they used to", "than ever before", "than in the past", "than twenty years ago": a comparison with the past
# after a "today", which makes it the present age.
_THAN_THE_PAST = re.compile(r"\bthan\s+(?:(?:it|they|he|she|we|you|people|there)\s+)?(?:used\s+to\b|ever\b"
                            r"|before\b|in\s+(?:the\s+)?past\b|(?:[\w-]+\s+){0,2}(?:years|decades|generations)\s+ago\b)",
                            re.IGNORECASE)
# "Today's decision will help", "today's vote shows": what the day's act means, told without a time; "today's
# press conference starts at 10:00" gives one, and stays. So does a gathering named after "ahead of tomorrow's" or
# "before tomorrow's" ("landed ahead of tomorrow's official opening of the session"): the day of what someone comes
# for, whatever the clock (datescan.TOMORROWS_GATHERING).
_POSSESSIVE = re.compile(r"['’]s\s")
# "ahead of", "before", "in advance of" right before "tomorrow's": the gathering someone comes for
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|before|in\s+advance\s+of)\s+$")
_CLOCK_TIME = re.compile(r"\d[:.h]\d\d|\d\s*[ap]\.?\s?m\b", re.IGNORECASE)
_CLOCK_OR_UHR = re.compile(r"\d[:.h]\d\d|\d\s*[ap]\.?\s?m\b|\d\s*Uhr\b", re.IGNORECASE)  # "um 18 Uhr", too
