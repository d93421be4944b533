"""Dates that name a document, not an event: "the Communique of 30 June", "In Saturday's communique", "the
figures will be published at 10:00 on 2 May", "available here (13.02.2025)". Pure."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from parsers import kinds
from parsers.gate import Gated
from parsers.mentions import Mention

_REACH = 100 + 30  # characters before a mention where a publication's words stand

# "the article, dated Tuesday, 29th October", "the Communique of 30 June 2012", "Gazette No. 2308/62 of 03.12.2022":
# a document named by its date; the date says when it was written, not that anything happens then.
# (Gated, as deadlines._DEADLINE_BEFORE: asked of the 40 characters before nearly every mention, few of which hold
# one of its words.)
_DOCUMENT_BEFORE = Gated(re.compile(
    r"(?:\bdated|\b(?:communiqu[eé]|declaration|resolution|decision|agreement|letter|report|order|decree|treaty"
    r"|gazette|notification|memorandum|protocol|accord|conclusions|directive|regulation|circular|judge?ment|ruling"
    r"|convention|charter|proclamation|ordinance|note\s+verbale|statement|article|release|notice"
    # "Loan Contract No. 4698/BL-GY of December 10, 2018": a contract or a loan named by the day it was signed
    r"|contract|loan"
    # "set up by the act of 14 June 2018", "the law of 3 May 2011": a law named by the day it was passed
    r"|act|law|statute|pact"
    # "the FIFA ranking of 20 December 2018", "el Ranking FIFA del 20 de diciembre": a table as it stood that day
    r"|ranking|standings|informe|comunicado|decreto|resoluci[oó]n|clasificaci[oó]n"
    # "las noticias del 26 de abril", "the news of 3 May": a day's news, a bulletin or podcast, named by its day
    r"|noticia|news"
    # "since a communication of April 4", "the correspondence of 3 May": a message named by the day it was sent
    r"|communication|correspondence)s?"
    r"(?-i:\s+[A-Z]{2,}\w*)?"  # the body that keeps it, after the noun: "Ranking FIFA del"
    # "Gazette No. 2308/62 of", "Resolution 2231 of", "Press Release: 2020-2021/1323 of": its number between.
    # ([\w/.-]*\d[\w/.-]* backtracks over a long run of word characters; it stays cheap only because it is
    # searched in `before`, the 40 characters ahead of a mention, never in a whole sentence.)
    # ("our letter Ref. No: 1386/09.01/EAC/20 of April 4": a reference before the number, a colon after it)
    r"(?:\s*:?\s*(?:(?:ref(?:erence)?\.?\s*)?(?:no\.?|nr\.?|number)\s*:?\s*)?[\w/.-]*\d[\w/.-]*)?\s+"
    r"(?:of|dated|del|de\s+fecha)"
    # "(Urdhër nr.69, datë 02.09.2022)", "(Decree no. 12, dated 9 May)", "vendimi i datës 02.09.2022": a paper's
    # number and its date in any language (Albanian "datë", "e datës"; Slovak "zo dňa", Czech "ze dne")
    # ("la proposta di legge regionale n. 117 del 29 novembre": the Italian and Spanish "n." for a number)
    # ("No: 1386/09.01/EAC/20 of April 4": a colon after the word for number, the sentence cut after "Ref.")
    r"|\b(?P<numbered>no\.?|nr\.?|n[º°]\.?|n\.|br\.|č\.)\s*:?\s*\d[\w/.-]*\s*,?\s+"
    r"(?:datë|date|dated|of|od|zo\s+dňa|ze\s+dne|vom|du|del)"
    r"|\b(?:e|i|të)\s+datës"
    # "apelu środowisk samorządowych z dnia 16 marca 2017 r.", "uchwała nr XII/3/2031 z dnia", "pismo z dnia": a
    # Polish appeal, resolution, letter, decree or act named by its day ("of the day"), a few words between
    r"|\b(?:apel|uchwa[lł]|pism|rozporz[aą]dze|ustaw|zarz[aą]dze|decyzj|komunikat|protok[oó][lł]|porozumie"
    r"|wnios[ek])\w*(?:\s+[\w/.-]+){0,3}?\s+z\s+dnia"
    # "In a statement on 3 March, the ministry said": the day a text was given out
    r"|\bin\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|letter|communiqu[eé]|press\s+release"
    r"|tweet|post|interview|message)(?:\s+(?:issued|released|published|posted|sent))?(?:\s+on)?"
    # "Urt. v. 4.5.2022", "Beschluss vom 3. März 2022", "Schreiben vom": a German paper named by its date
    r"|\b(?:urt\.|urteil|beschluss|bescheid|schreiben|erlass|verordnung|gesetz|mitteilung|pressemitteilung"
    r"|verf[üu]gung)(?:\s+[\w/.-]*\d[\w/.-]*)?\s+(?:vom|v\.)"
    # "Given under my hand this 3rd day of December", "Done at Kingstown this": the day a paper was signed; so "Given
    # under my hand and the Public Seal this", and "Given this 19th day of December, 2013, under my hand", the hand
    # and seal after the day
    r"|\b(?:given(?:\s+under\s+(?:my|our|the)\s+hands?"
    r"(?:\s+and\s+(?:the\s+)?(?:public\s+|great\s+|official\s+)?seal)?)?"
    r"|(?:done|signed|dated|sealed)(?:\s+(?:at|in)\s+[A-Z][\w'’ -]{1,40})?)\s*,?\s+this"
    # "Meeting Minutes - May 3 2022", "Minutes: 3 May 2022": the minutes of a meeting held, named by its day
    r"|\b(?:meeting\s+)?minutes\s*[-–—:]"
    # "registers dated April 29, 2022 and May 6, 2022": the second date of papers dated in a list
    r"|\bdated\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+[A-Z][a-z]+\.?\s+\d{4})\s+(?:and|&)"
    # A legislative file's papers, each with the day it was filed: "Rapport n° 12 ..., déposé le", "Texte n° 88
    # transmis au Sénat le", "Saisine en date du", "Antrag ..., eingereicht am" (the sitting is named otherwise)
    r"|\b(?:d[ée]pos[ée]e?s?|enregistr[ée]e?s?|transmise?s?(?:\s+(?:au|aux|à\s+la|à\s+l['’])\s*[\w'’-]+)?)(?:\s+le)?"
    # ("un communiqué daté du 8 novembre", "la lettre datée du 3 mars": a paper dated so, in French)
    r"|\ben\s+date(?:\s+du)?|\bdatée?s?(?:\s+du)?|\beingereicht(?:\s+am)?"
    # "publiée au Journal officiel du 7 décembre 2013": the issue of the official journal a law came out in
    r"|\bjournal\s+officiel(?:\s+de\s+la\s+r[ée]publique\s+fran[çc]aise)?(?:\s+du)?"
    # "Rapport n° 940 … (mis en ligne le 19 avril 2013 à 19 heures 52)": the minute the file's paper was put online
    r"|\bmise?s?\s+en\s+ligne(?:\s+le)?"
    # "Prochaine parution le : 13/05/2031 à 08h45", "Next release: 12 May 2031 at 9:30", "Nächste Veröffentlichung:
    # 13.05.2031": a statistics page's stamp of its next release, a publication however exact its minute
    r"|\b(?:prochaine\s+(?:parution|publication|diffusion)(?:\s+(?:le|pr[ée]vue\s+le))?"
    r"|next\s+(?:release|publication|update)(?:\s+(?:date|on|due))?"
    r"|n[äa]chste\s+(?:ver[öo]ffentlichung|aktualisierung)(?:\s+am)?"
    r"|pr[óo]xima\s+(?:publicaci[óo]n|difusi[óo]n|divulga[çc][ãa]o|publica[çc][ãa]o)(?:\s+(?:el|em))?"
    r"|prossima\s+(?:pubblicazione|diffusione)(?:\s+il)?)\s*:?"
    # "the 2023 Annual Report, laid before Parliament on 24th July 2024", "tabled in the House on": the day a paper
    # was laid, done (not "will be tabled on", a sitting to come)
    # (nor "will be formally laid before Parliament on": an adverb may stand between)
    r"|(?<!\bbe\s)(?<!\bbe\s\w{4}ly\s)(?<!\bbe\s\w{5}ly\s)(?<!\bbe\s\w{6}ly\s)(?<!\bbe\s\w{7}ly\s)"
    r"(?<!\bbe\s\w{8}ly\s)\b(?:laid|tabled)(?:\s+(?:before|in)\s+(?:the\s+)?[\w'’-]+(?:\s+of\s+[\w'’-]+)?)?(?:\s+on)?"
    r")\s*,?\s*(?:the\s+)?$", re.IGNORECASE),
    "dated", "communiqu", "declaration", "resolu", "decision", "agreement", "letter", "report", "order", "decre",
    "treaty", "gazette", "notification", "memorandum", "protocol", "accord", "conclusions", "directive", "regulation",
    "circular", "judg", "ruling", "convention", "charter", "proclamation", "ordinance", "note", "statement", "article",
    "release", "notice", "act", "loan", "law", "statute", "ranking", "standings", "informe", "comunicado",
    "clasificaci", "noticia", "news", "communication", "correspond", "tweet", "post", "interview", "message", "urt",
    "besch", "schreiben", "erlass",
    "verordnung", "gesetz", "mitteilung", "verf", "this", "minutes", "no", "nr", "n°", "nº", "br", "z dnia", "laid",
    "tabled", "n.", "dat", "pos", "enregistr", "transmi", "eingereicht", "journal",
    "ligne", "prochaine", "next", "chste", "xima", "prossima")
# (Above: "act" is in "contract" and "pact"; "n°", "nº": "paru au BALO n°38 du", the issue of a bulletin.)
# "In Saturday's communique", "the 3 March letter", "an April 10 email": a document named by the day it bears,
# its date set before the noun; the date says when it was written, not that anything happens then.
_PAPER_NOUNS = (r"communiqu[eé]|statement|letter|e-?mail|memo(?:randum)?|decree|circular|tweet|editorial|ruling"
                r"|judge?ment|press\s+release|declaration|resolution"
                # (not the name of an event the word opens: "the 26 March study visit", "its 26 March Report Stage";
                # nor the verb: "On 10 May at 11:00 she reports to the Senate")
                r"|report(?!s\b)(?!\s+(?:stage|launch|debate|back)\b)"
                r"|study(?!\s+(?:visit|tour|trip|day|session|week)\b)")
_DOCUMENT_AFTER = re.compile(rf"(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?(?:{_PAPER_NOUNS})s?\b", re.IGNORECASE)
# "The President will on Thursday receive letters of credence": a day between a modal and its verb dates the act; the
# paper after the verb is its object, not a paper named by that day.
_MODAL_BEFORE = re.compile(r"\b(?:will|shall|would|should|must|may|can|to)\s+$", re.IGNORECASE)
# (Owned, a paper that rules or directs is one too: "the bench's July 4 verdict"; unowned, "will publish the 3 March
# decision at a briefing on that day" may name the day it is made.)
_PAPER_RIGHT_AFTER = re.compile(rf"\s+(?:{_PAPER_NOUNS}|verdict|decision|order|directive|notification)s?\b",
                                re.IGNORECASE)
# "in the light of the Constitution bench's July 4 verdict": the date between its owner and the paper
_OWNER_BEFORE = re.compile(r"\w['’]s\s+$")
# "the report comes out on Wednesday 15 March", "The figures will be published at 10:00 on 2 May", "the agenda goes
# up at 3 p.m. tomorrow": the day a document appears, when the sentence names no happening (a press conference that
# launches it is one).
_PUBLICATION = Gated(re.compile(
    r"\b(?:report|study|survey|publication|data|figures|statistics|index|outlook|edition|bulletin|yearbook|book"
    r"|estimate|forecast|findings|results|agenda|minutes"
    # "its concluding observations will be published on 13 May": a body's written word (not a judgment or an opinion,
    # which a court reads out at a public sitting)
    r"|observations|recommendations|conclusions|guidelines|transcript|document|paper"
    r"|communiqu[eé]|declaration|statement)s?\b[^.;:]{0,60}?\b"
    r"(?:(?:is|are|will\s+be|to\s+be|gets?|being|be)\s+"
    r"(?:published|released|issued|made\s+public|posted|put\s+(?:online|up))|comes?\s+out|appears?"
    r"|go(?:es)?\s+(?:online|up))\b"
    r"[^.;]{0,60}$", re.IGNORECASE),
    "publish", "releas", "issue", "public", "posted", "online", "come", "appear", " up")
# "it will be available in full here (13.02.2025)", "published online (3 May)": the date of a linked document.
_LINKED_BEFORE = re.compile(
    r"\b(?:available|published|posted|online)\s+(?:in\s+full\s+)?(?:here|online|below)\s*\(?\s*$", re.IGNORECASE)


# "View the March 7, 2031 Meeting Agenda", "Download the 5 May minutes", "Watch the June 2 hearing video": a link
# that opens a meeting's papers or recording; the meeting's date names the file, and nothing is announced.
_OPEN_BEFORE = re.compile(r"\b(?:view|download|read|see|open|print|watch|listen\s+to)\s+(?:the\s+|our\s+)?$",
                          re.IGNORECASE)
# The papers a meeting's page links to ("Agenda", "Minutes", "Packet", "Video")
PAPERS = r"(?:agenda|minutes|packet|transcript|recording|video|audio)s?"
_PAPERS_AFTER = re.compile(rf"\s*(?:[\w-]+\s+){{0,2}}?{PAPERS}\b", re.IGNORECASE)


# "am 16. Februar 2017 veröffentlichten Manifest", "ist am 1. Juni 2017 in der Wochenzeitung erschienen", "wurde am
# 05.11.2021 ... veröffentlicht": a German text's day of publication, its participle after the date.
_ISSUED_AFTER_DE = re.compile(r"[^.;:!?,]{0,100}?\b(?:ver[öo]ffentlicht|erschienen|publiziert)(?:e|en|er|es)?\b")
_ISSUED_WORDS_DE = ("ffentlicht", "erschienen", "publiziert")  # one of them is in every match: a scan first
# "06.02.2023 tarihinde yayınlanan gündem maddeleri", "1 Mart 2024 tarihinde yayımladığımız ilan": a Turkish text's day
# of publication, "on the date" and the participle of publishing or announcing right after the date.
_ISSUED_AFTER_TR = re.compile(r"\s+tarihinde\s+(?:yay[ıi][nm]la|ilan\s+edil|duyurul)", re.IGNORECASE)
# "09/06/2014 tarihli, 7/150 sayılı kararıyla", "23/06/2014 tarihli raporunda", "09/06/2014 tarih ve 7/150 sayılı
# karar", "tarihli toplantının tutanak özeti": a Turkish paper named by its date ("dated"), its decision, report,
# letter or minutes a few words after; or its date and number ("tarih ve N sayılı"). Not "14.07.2014 tarihli Meclis
# Toplantısı", a meeting named so, nor "tarihli Meclis toplantısında bütçe raporu görüşülecek": the paper is what the
# meeting of that day takes up (the meeting's name in the locative, no participle after it: "tarihli toplantıda alınan
# kararlar" are the papers of a past meeting).
_MEETING_HELD_TR = r"(?:toplant|oturum|birle[şs]im)\w*?(?:[dt][ae])\b(?!\s+\w{2,}[lny][ae]n\b)"
_PAPER_NOUNS_TR = (r"karar|rapor|yaz[ıi]|tutana[kğ]|genelge|dilek[çc]e|[öo]nerge|teklif|protokol|s[öo]zle[şs]me"
                   r"|talimat|y[öo]netmelik")
_PAPER_AFTER_TR = re.compile(
    r"\s+tarih(?:\s+ve\s+[\w/.-]*\d[\w/.-]*\s+say[ıi]l[ıi]"
    rf"|li\s*,?(?:\s+(?!{_MEETING_HELD_TR})[\w/.'’-]+){{0,3}}?\s+(?:{_PAPER_NOUNS_TR})\w*)", re.IGNORECASE)
# "(Meclis kararı 09/06/2014, 7/151)", "Komisyon raporu 23/06/2014": the paper's noun, possessed, right before its date
# (possessed: not the bare noun of "karar saat 14.00'te açıklanacak", the decision announced at a time to come; and
# only where the date closes the reference, alone or with the paper's number: "faiz kararı 20 Mart Perşembe günü saat
# 14.00'te açıklanacak" is the day the decision is announced)
_PAPER_BEFORE_TR = re.compile(rf"\b(?:{_PAPER_NOUNS_TR})(?:[ıiuü]|s[ıiuü]|n[ıiuü]n)\s*:?\s*$", re.IGNORECASE)
# (or with a word on it and no clock before the bracket closes: "raporu 23/06/2014, kabul yönünde)")
_PAPER_REFERENCE_ENDS = re.compile(r"(?:\s*,\s*[\w/.-]*\d[\w/.-]*)?\s*(?:[);]|[.,]?\s*$)|\s*,[^()\d\n]{1,40}\)")


# "July 16, 2031 Harbour Board Agenda (26.78 KB)", "Minutes 3 May [PDF, 1.2 MB]": a link to a file, its size at the
# end of its label; the date names the file.
_FILE_SIZE_END = re.compile(r"[(\[]\s*(?:(?:pdf|docx?|xlsx?|pptx?|rtf|zip|mp3|mp4)\s*[,:;-]?\s*)?"
                            r"\d{1,4}(?:[.,]\d{1,2})?\s*(?:[kmg]i?b|[kmg]o|bytes)\s*[)\]]\s*$", re.IGNORECASE)
_FILE_LABEL = 160  # characters: a link's label, not a paragraph that ends with a size


def file_link(label: str) -> bool:
    """A link's label naming a file by its size at the end ("Harbour Board Agenda (26.78 KB)")."""
    return len(label) <= _FILE_LABEL and _FILE_SIZE_END.search(label) is not None


# "Call for candidates 2031 - PDF, 836.38 KB, English", "Privacy statement – DOCX 96 KB": a documents list's row, the
# file's type and size after its name, with no brackets (its language may follow)
_FILE_TYPE_AND_SIZE = re.compile(r"\s[–—-]\s*(?:pdf|docx?|xlsx?|pptx?|rtf|odt|zip)\s*[,:;-]?\s*"
                                 r"\d{1,4}(?:[.,]\d{1,2})?\s*(?:[kmg]i?b|[kmg]o)\b(?:\s*[,;-]\s*[^\W\d_]+)?\s*$",
                                 re.IGNORECASE)


def file_row(label: str) -> bool:
    """A line naming a file by its size: a link's label ("Agenda (26.78 KB)") or a documents list's row ("Call for
    candidates - PDF, 836.38 KB, English")."""
    return file_link(label) or len(label) <= _FILE_LABEL and _FILE_TYPE_AND_SIZE.search(label) is not None


# A sitting named by its number and day ("Sitting no. 41 of 12 March", "Mbledhja e Kuvendit nr. 5, datë 12 mars") is
# the sitting itself, to come, not a paper
_SITTING = re.compile(r"\b(?:sittings?|meetings?|sessions?|hearings?|mbledhj\w*|seanc\w*|sjednic\w*|sednic\w*|schůz\w*"
                      r"|zasadnut\w*|séance|seduta|sesi[oó]n|sitzung|vergadering)\b", re.IGNORECASE)


# "The minutes of Sitting no. 41", "the conclusions of Government session no. 12", "zápisnica zo zasadnutia vlády":
# the paper of a sitting, named by the sitting's number and day, is still a paper
_PAPER_OF_A_SITTING = re.compile(
    r"\b(?:minutes|records?|conclusions?|decisions?|transcripts?|verbatim|proceedings|reports?|summary|resolutions?"
    r"|zápisnic\w*|zápis\w*|zapisni\w*|uznesen\w*|zaključ\w*|procès-verbal|compte\s+rendu|actas?|verbale"
    r"|protokoll\w*|niederschrift)\s+(?:[\w.-]+\s+){0,3}$", re.IGNORECASE)
_PAPER_REACH = 60  # characters ahead of the sitting's word


def _paper_before(sentence: str, before: str, after_end: int) -> bool:
    """Do the words ahead of a date name a paper by its date ("Decree no. 12 of", "the Communique of", "The minutes
    of Sitting no. 41 of")? A numbered sitting ("Sitting no. 41 of") is the sitting itself."""
    found = _DOCUMENT_BEFORE.search(before)
    if found is None:
        return False
    sitting = _SITTING.search(before, 0, found.start()) if found.group("numbered") else None
    if sitting is None:
        return True
    at = sentence.rfind(before, 0, after_end) + sitting.start()  # where the sitting's word is in the sentence
    return _PAPER_OF_A_SITTING.search(sentence[max(0, at - _PAPER_REACH) : at]) is not None


# "Resolution 73/71 of the General Assembly of 5 December 2018", "la Resolución 73/71 de la Asamblea General de las
# Naciones Unidas del 5 de diciembre de 2018": a numbered act with the body that passed it, then its day.
# (the body's name opens with a capital and holds no verb nor a word that sets a day or place: "Draft resolution
# 81/12 of the Second Committee will be put to the vote on Tuesday" is a vote to come)
_NOT_IN_A_NAME = (r"will|shall|would|is|are|was|were|be|been|has|have|had|to|se|sera|seront|será|serán|est|sont|a|ont"
                  r"|ha|han|fue|fueron|été|es|son|wird|ist|on|at|in|en|el|le|à|am|um|which|que|qui")
_BODY_NAME = rf"[A-ZÀ-Ý][\w'’-]*(?:\s+(?!(?i:{_NOT_IN_A_NAME})\b)[\w'’-]+){{0,8}}?"
_ACT_OF_A_BODY = re.compile(r"\b(?i:resolution|resoluci[oó]n|résolution|decision|decisi[oó]n|décision)\s+"
                            r"(?i:no\.?\s*)?\d[\w/.-]*\s+(?i:of\s+the|de\s+la|de\s+l['’]|del|du)\s*"
                            rf"{_BODY_NAME}(?:\s*,?\s+(?i:of|del|de|du|adopted\s+on|adopt[ée]+\s+le|aprobada\s+el))?"
                            r"\s*$")  # ("du 4 décembre": "du" in the date)
_ACT_REACH = 120  # a resolution's number and a body's long name ahead of the day


# "l'arrêté préfectoral du 13 octobre", "le décret n° 2020-1262 du 16 octobre", "la loi du 3 mai", "l'ordinanza del 8
# ottobre", "la delibera n. 12 del": a French or Italian act named by the day it was signed (the English, Spanish and
# German nouns are in _DOCUMENT_BEFORE). "Of" must join them: "le conseil votera l'arrêté le 13 octobre" is a sitting.
_ACT_BEFORE = re.compile(
    r"\b(?:arr[êe]t[ée]|d[ée]cret|ordonnance|circulaire|d[ée]lib[ée]ration|loi|ordinanza|delibera|circolare|dpcm"
    # ("due proposte di deliberazione consiliare del 22 novembre": an Italian council's deliberation)
    r"|deliberazion[ei])s?"
    r"(?:\s+(?:pr[ée]fectora|municipa|minist[ée]rie|interminist[ée]rie|communa|r[ée]giona|comuna|sindaca)"
    r"(?:l|le|ls|les|li|e)?"
    # ("la loi organique n° 2013-1114 du 6 décembre 2013": an organic or constitutional law)
    r"|\s+(?:organique|constitutionnelle)s?|\s+consiliar[ei])?"
    r"(?:\s+(?:n[º°o]?\.?|nr\.?)\s*[\w/.-]*\d[\w/.-]*)?\s+(?P<of>du|del|dell['’])?\s*$", re.IGNORECASE)
_OF_OPENS = re.compile(r"(?i:du|del|dell['’])\s*")  # the "du" a French date's mention opens with ("du 13 octobre")
_ACT_WORDS = ("arrêt", "arret", "écret", "ecret", "ordonnance", "circulaire", "libération", "liberation", "loi",
              "ordinanza", "delibera", "circolare", "dpcm")


def _act_before(sentence: str, before: str, start: int) -> bool:
    """A French or Italian act named by its date: "l'arrêté préfectoral du", "il decreto n. 12 del"."""
    lowered = before[-_ACT_REACH:].lower()
    if not any(word in lowered for word in _ACT_WORDS):
        return False
    found = _ACT_BEFORE.search(before[-_ACT_REACH:])
    return found is not None and (found.group("of") is not None
                                  or start >= 0 and _OF_OPENS.match(sentence, start) is not None)


def named(sentence: str, before: str, after_end: int) -> bool:
    """A document named by its date: "the Communique of DATE" (`before`, the words ahead of the mention) or
    "DATE's communique" (the words from `after_end`, where the mention ends), or a link to a meeting's papers
    ("View the DATE Meeting Agenda"), or a file's link with its size ("DATE Agenda (26.78 KB)")."""
    start = sentence.rfind(before, 0, after_end) + len(before) if before else -1  # where the mention starts
    return (_paper_before(sentence, before, after_end) or _LINKED_BEFORE.search(before) is not None
            or _act_before(sentence, before, start)
            or start > 0 and _ACT_OF_A_BODY.search(sentence, max(0, start - _ACT_REACH), start) is not None
            or file_link(sentence)
            or _DOCUMENT_AFTER.match(sentence, after_end) is not None and _MODAL_BEFORE.search(before) is None
            or (any(word in sentence for word in _ISSUED_WORDS_DE)
                and _ISSUED_AFTER_DE.match(sentence, after_end) is not None)
            or ("tarihinde" in sentence and _ISSUED_AFTER_TR.match(sentence, after_end) is not None)
            or ("tarih" in sentence and _PAPER_AFTER_TR.match(sentence, after_end) is not None)
            or (_PAPER_BEFORE_TR.search(before[-40:]) is not None
                and _PAPER_REFERENCE_ENDS.match(sentence, after_end) is not None)
            or (_OPEN_BEFORE.search(before) is not None and _PAPERS_AFTER.match(sentence, after_end) is not None))


# "13.09.2031 - BT-Drucksache 21/1357", "2 March 2031 – Document A/HRC/58/12", "04/05/2031: Doc. 15321": a row of a
# parliament's record of a file, a day and then only a paper's designation and number: the day the paper was printed.
_DESIGNATION = re.compile(
    r"(?:[A-Z]{1,4}\s*[-‐‑–]\s*)?"
    # (a parliament's register of printed papers only: "Bill C-21" and "Paper 2" are what a sitting or an exam takes up)
    r"(?:drucksache|bundestagsdrucksache|plenarprotokoll|dokument|document|doc\.|docket|ref\.|reference"
    r"|az\.|aktenzeichen)\s*(?:no\.?|nr\.?|n[º°]\.?)?\s*[A-Z]{0,4}[\w/.()-]*\d[\w/.()-]*", re.IGNORECASE)


def dated_paper_tr(what: str) -> bool:
    """Is `what`, the words after a row's leading date, a Turkish paper the date names ("tarihli toplantının tutanak
    özeti okunacak": the minutes of the meeting of that day are read)?"""
    return "tarih" in what and _PAPER_AFTER_TR.match(" " + what.lstrip(" –—-:,")) is not None


def paper_number(what: str) -> bool:
    """Is `what`, the words of a dated row, only a paper's designation and number ("BT-Drucksache 21/1357")?"""
    return _DESIGNATION.fullmatch(what.strip(" –—-:|,.")) is not None


# "Date 03-01-2031 Agenda Transcript   Date 02-22-2031 Agenda": a row of a meeting's papers, each cell a date and the
# names of its files; with the dates set aside, nothing is left but those names, so nothing is announced.
_PAPER_NAME = re.compile(r"agendas?|minutes|transcripts?|packets?|videos?|audio|recordings?", re.IGNORECASE)
_PAPER_ROW_WORD = re.compile(r"(?:date|agendas?|minutes|transcripts?|packets?|videos?|audio|recordings?|amended"
                             r"|revised|draft|pdf|summary|and)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+|\d+")


def cited_by_owner(sentence: str, start: int, end: int) -> bool:
    """A paper cited by its day and owned by whoever issued it, the date at sentence[start:end] ("the ministry's
    3 March circular"): what was decided or written then, not a day to come."""
    return _OWNER_BEFORE.search(sentence, max(0, start - 30), start) is not None \
        and _PAPER_RIGHT_AFTER.match(sentence, end) is not None


def papers_only(sentence: str, mentions: Sequence[Mention]) -> bool:
    """The sentence, its dates (`mentions`) set aside, holds only the names of a meeting's papers ("Agenda",
    "Minutes", "Transcript") and the label "Date": a list of files, no meeting announced."""
    if not mentions:
        return False
    # (Most sentences let go at the first word before or after their first date: spared the sort below.)
    first = mentions[0]
    word = _WORD.search(sentence, 0, first.start) or _WORD.search(sentence, first.end)
    if word is None or _PAPER_ROW_WORD.fullmatch(word.group()) is None:
        return False
    named, at = False, 0
    # (Word by word, from the start: a sentence lets go at its first word of its own.)
    for start, end in sorted((m.start, m.end) for m in mentions) + [(len(sentence), len(sentence))]:
        for word in _WORD.finditer(sentence, at, max(at, start)):
            if _PAPER_ROW_WORD.fullmatch(word.group()) is None:
                return False
            named = named or _PAPER_NAME.fullmatch(word.group()) is not None
        at = max(at, end)
    return named


# "Board Meeting   Nov 18, 2025   43m 27s", "Special Board Meeting   Apr 03, 2026   01h 58m": a video archive's row, the
# recording's day then its length, in hours and minutes or minutes and seconds, each with its unit, closing the row.
# The day is when the recording was made: a file of a past meeting, as a dated link to its minutes is; nothing is
# announced. (lang.py already reads such a length as no clock; the day alone made an all-day event of each row.)
_RECORDING_LENGTH = re.compile(
    r"[ \t\u00a0]+(?:0?[0-6]\s?h\s?[0-5]?\d\s?(?:m|mn|min)|\d{1,3}\s?m(?:in)?\s?[0-5]?\d\s?s(?:ec)?)\.?"
    r"[ \t\u00a0]*(?:$|\n)")


def recording_day(sentence: str, mention: Mention, published: dt.date | None = None) -> bool:
    """Is the day `mention` a recording's, its length in units right after it ending the row ("Nov 18, 2025
    43m 27s")? Not a day after the item's publication (`published`): "Budget workshop   Jan 21, 2031   2h 00m" in a
    list of webinars to come is a session and its length, no recording yet."""
    if mention.kind != "day" or mention.first is None or _RECORDING_LENGTH.match(sentence, mention.end) is None:
        return False
    day = mention.first.in_year(mention.first.year) if mention.first.year else None
    return published is None or day is None or day <= published


# "From 10:30am Monday morning the poll, the all-conference teams and the preview video are online at ...": the
# time first, then what appears; the sentence's subject is what is put out, and its verb says it is out.
_PUBLISHED_AFTER = Gated(re.compile(
    r"^[^.;]{0,40}?\b(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:poll|rankings?|report|study|survey|data|figures"
    r"|statistics|results|video|recording|documents?|papers?|list)s?\b[^.;]{0,80}?\b(?:is|are|will\s+be|goes|go)\s+"
    r"(?:online|available|posted|published|released|put\s+online)\b", re.IGNORECASE),
    "online", "available", "posted", "published", "released")


# "Im Verlag Hoffmann und Campe erscheint die Studie am 19. November", "Le livre paraîtra le 3 mai", "El informe se
# publicará el 4 de junio", "il volume sarà pubblicato il 3 maggio", "o relatório será publicado em 5 de março": the
# day a book, a report or an issue comes out, told in German, French, Spanish, Italian or Portuguese, its verb in the
# clause before the date or right after it ("Die Studie wird am 19. November erscheinen"). Only beside a noun of
# something printed (not "der Minister erscheint am 3. Mai vor dem Ausschuss", who appears in person; not
# "comparaîtra le 3 mai", who appears before a court).
_ISSUE_VERB_ABROAD = Gated(re.compile(
    r"\b(?:erschein(?:t|en)|(?:parai|paraî)(?:t|tra|ssent|tront)|(?:sera|seront)\s+publi[ée]e?s?"
    r"|sort(?:ira)?\s+en\s+librairie|se\s+publica(?:r[áa])?|ser[áa]\s+publicad[oa]s?|(?:sale|saldr[áa])\s+a\s+la\s+venta"
    r"|(?:sar[àa]|verr[àa])\s+pubblicat[oa]|(?:esce|uscir[àa])\s+in\s+libreria|chega(?:r[áa])?\s+[àa]s\s+livrarias)\b",
    re.IGNORECASE),
    "erschein", "parai", "paraî", "publi", "librair", "venta", "pubblicat", "libreria", "livrarias")
_PRINTED_ABROAD = re.compile(
    r"(?:studie|(?<!besu)buch|bücher|bericht|report|ausgabe|heft|roman|magazin|zeitschrift|publikation|atlas"
    r"|katalog|verlag)(?:e|en|es|s|n)?\b"
    r"|\b(?:livre|rapport|étude|ouvrage|numéro|revue|publication|recueil|album|essai|annuaire|édition"
    r"|libro|informe|estudio|obra|número|novela|revista|publicación|edición|anuario|editorial"
    r"|rapporto|volume|romanzo|rivista|pubblicazione|edizione|saggio"
    r"|livro|relatório|estudo|publicação|edição)s?\b", re.IGNORECASE)
# A gathering the same clause names: the day is that launch's, not only the print's ("paraîtra le 3 mai, présenté lors
# d'une conférence de presse"); and a person appearing before a body or at its sitting, who may speak of a report
# ("erscheint am 3. Mai vor dem Ausschuss, um den Bericht zu erläutern", "paraîtra devant la commission").
_GATHERING_ABROAD = re.compile(
    r"konferenz|vorstellung|präsentation|lesung|veranstaltung|conf[ée]rence|pr[ée]sentation|lancement|rencontre"
    r"|d[ée]dicace|presentaci[óo]n|rueda\s+de\s+prensa|acto\b|presentazione|conferenza|lançamento|apresenta[çc][ãa]o"
    r"|anhörung|sitzung|séance|audience|audiencia|sesi[óo]n|seduta|audizione|audiência|sessão"
    r"|\bvor\s+(?:de[mnr]|die|das)\b|\bdevant\b|\bante\s+(?:el|la|los|las)\b|\bdavanti\b|\bperante\b",
    re.IGNORECASE)


def _published_abroad(sentence: str, start: int, end: int | None) -> bool:
    """Does the clause of the mention at sentence[start:end] tell a printed thing coming out on that day, in German or
    a Romance language (_ISSUE_VERB_ABROAD)?"""
    clause_start = max(sentence.rfind(mark, 0, start) for mark in ";.!?") + 1
    ends = [at for mark in ";.!?" if (at := sentence.find(mark, end if end is not None else start)) >= 0]
    clause = sentence[max(clause_start, start - _REACH) : min(ends, default=len(sentence))]
    return _ISSUE_VERB_ABROAD.search(clause) is not None and _PRINTED_ABROAD.search(clause) is not None \
        and _GATHERING_ABROAD.search(clause) is None


def published_then(sentence: str, start: int, end: int | None = None) -> bool:
    """A document appears on the day (or at the time) the mention gives, and nothing else happens then."""
    if _published_abroad(sentence, start, end):
        return True
    if _PUBLICATION.search(sentence[max(0, start - _REACH) : start]) is None and (
            end is None or _PUBLISHED_AFTER.search(sentence[end:]) is None):
        return False
    # (the clause of the mention alone: "ends its session on 9 May; its observations will be published on 13 May")
    clause_end = sentence.find(";", start)
    return kinds.classify(sentence[sentence.rfind(";", 0, start) + 1 : clause_end if clause_end >= 0 else None]) \
        == kinds.EVENT
