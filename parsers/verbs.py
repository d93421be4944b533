"""Words several rules read the same way, defined once. Pure.

Verbs of saying: a day written beside one is when something was said ("the ministry said Thursday",
"announced on Friday that"), not when an event happens (tense.py, timeforms.py).
Verbs of planning and moving: a date after "scheduled for" is the one set, a date after "postponed from" the one
set aside (replaced.py, movedfrom.py).
French verbs of happening: a bare weekday right after one is the day of what the sentence announces (dating.py,
lang.py).
Words of putting off with no new day, beyond English: an event called off (findings.py), an item's notice that voids
the plan it tells (replaced.py).
Words of duty: a date or time beside one is when something must be done ("must register by noon", "are
asked to reply by Friday"), a deadline, not an event (deadlines.py, timeforms.py).
Verbs of the past beyond English: a Dutch or German preterite after "yesterday" (dating.py), a French participle of
holding a gathering before its day (pastdays.py). A biography's words of where one lives, in six languages: its town
is not where the event is (placeroles.py).
"""

from __future__ import annotations

# "told" and "tells" take whom they told ("told reporters on Monday"); rules that need the object add it.
TOLD = ("told", "tells")
SAYING = ("said", "says", "announced", "announces", *TOLD, "stated", "states", "confirmed", "confirms", "revealed",
          "reported", "disclosed", "declared", "wrote", "added", "explained")
SAID = "|".join(verb for verb in SAYING if verb not in TOLD)  # a pattern: the verbs that need no object
# A pattern: the duty laid on the reader or on someone ("must", "need to", "are asked", "is required").
DUTY = r"must|should|needs?\s+to|ha(?:s|ve)\s+to|asked|required|requested"
# Patterns: the verbs that set a date ("scheduled for", "slated for") and those that move it ("postponed to",
# "brought forward from").
PLANNED = r"set|scheduled|planned|announced|due|fixed|slated|arranged"
MOVED = r"postponed|moved|rescheduled|brought\s+forward|put\s+back|pushed\s+back|delayed|shifted"
# A pattern: the words that stamp a page or an item with when it was published or changed ("Last updated",
# "Aktualisiert", "Mis à jour", "Última actualización"), read as a stamp on its own line (blocks.py) and before a
# date (notevents.py).
STAMPED = (r"(?:last\s+)?(?:published|updated|posted|modified)|(?:zuletzt\s+)?aktualisiert|mis\s+[àa]\s+jour"
           r"|actualizado|[úu]ltima\s+actualizaci[óo]n"
           # the Arabic "آخر تحديث" (last updated), "تاريخ النشر" (date of publication), "نشر بتاريخ" (published on)
           r"|آخر\s+تحديث|تاريخ\s+(?:النشر|التحديث)|نشر\s+بتاريخ"
           # "Cette page a été générée le 11 septembre 2017", "This page was generated on": when a page was made
           r"|g[ée]n[ée]r[ée]e")
# A pattern: the words that join a new clause after a comma ("..., and the debate ...", "..., while the board ..."),
# where a clause's own words end (replaced.py, daytime.py, prose.py).
CLAUSE_JOINERS = r"and|but|while|whereas"

# Put off with no new day, as other tongues say it: "reporté sine die", "renvoyée à une date ultérieure", "aplazada sin
# fecha", "adiada sem data", "auf unbestimmte Zeit verschoben". A participle's stem (its ending of gender and number
# follows), then the words of no new day. (Not "repoussé à plus tard dans la journée", later the same day.)
_FRENCH_PUT_OFF = ("report", "ajourn", "renvoy", "repouss")
_FRENCH_NO_NEW_DAY = (r"sine\s+die", r"à\s+une\s+date\s+ultérieure", r"jusqu'à\s+nouvel\s+ordre",
                      r"à\s+plus\s+tard(?!\s+dans)")
_IBERIAN_PUT_OFF = ("aplazad", "pospuest", "postergad", "suspendid", "adiad")
_IBERIAN_NO_NEW_DAY = (r"sine\s+die", r"sin\s+fecha", "indefinidamente", r"hasta\s+nuevo\s+aviso", r"sem\s+data",
                       r"até\s+novo\s+aviso")
_GERMAN_NO_NEW_DAY = (r"auf\s+unbestimmte\s+zeit", r"bis\s+auf\s+weiteres")
_GERMAN_PUT_OFF = ("verschoben", "abgesagt")
# A pattern, in lower case (for lower-cased text or with re.IGNORECASE), to be set between word bounds.
PUT_OFF_NO_NEW_DAY = (rf"(?:{'|'.join(_FRENCH_PUT_OFF)})[ée]e?s?\s+(?:{'|'.join(_FRENCH_NO_NEW_DAY)})"
                      rf"|(?:{'|'.join(_IBERIAN_PUT_OFF)})[oa]s?\s+(?:{'|'.join(_IBERIAN_NO_NEW_DAY)})"
                      rf"|(?:{'|'.join(_GERMAN_NO_NEW_DAY)})\s+(?:{'|'.join(_GERMAN_PUT_OFF)})")
# Its needles (parsers/gate.py): one word of each way of saying no new day, one word each (the words may part at a line)
PUT_OFF_NO_NEW_DAY_NEEDLES = ("sine", "ultérieure", "ordre", "tard", "fecha", "indefinidamente", "aviso", "data",
                              "unbestimmte", "weiteres")

# French verbs of happening: "L'ouverture n'aura lieu que lundi.", "Les travaux commencent vendredi par ...", "La
# Chambre tiendra mardi ...": a bare weekday right after one is the day of what the sentence announces. Each one's
# words parted by one space, as lang.py's look-behinds (of fixed width) read them.
FRENCH_HAPPENING = ("lieu", "lieu que", "commence", "commencent", "débute", "débutent", "tiendra", "ouvrira")

# Korean verbs of saying in the past ("밝혔다", "발표했습니다"): a day of the month right before one closing the
# sentence is the day the news was told (lang_korean.py, saidtoday.py).
KOREAN_SAID = ("밝혔", "발표했", "전했", "말했", "알렸", "공시했", "설명했", "공개했", "보도했", "공지했", "통보했")

# Dutch and German preterites of the strong verbs news tells most ("hield", "sprach"), each one's singular then its
# plural; a weak one is read by its ending (-de, -te), and the rule that reads them both builds its pattern from these
# (dating.py).
DUTCH_STRONG_PAST = ("was", "waren", "had", "hadden", "hield", "hielden", "sprak", "spraken", "kwam", "kwamen", "ging",
                     "gingen", "gaf", "gaven", "nam", "namen", "bezocht", "bezochten", "zei", "zeiden", "vond",
                     "vonden", "sloot", "sloten", "begon", "begonnen")
GERMAN_STRONG_PAST = ("war", "hatte", "hatten", "kam", "kamen", "sprach", "sprachen", "gab", "gaben", "fand", "fanden",
                      "begann", "begannen", "schloss", "schlossen")
# ... and those a report tells its day's deed with ("Am 3. Mai 2019 eröffnete ...", "baten die Botschafter zum
# Empfang"): pastdays.opens_a_german_report, which adds the weak ones in -ete.
GERMAN_REPORTED_PAST = (*GERMAN_STRONG_PAST, "waren", "bat", "baten", "lud", "luden", "hielt", "hielten", "traf",
                        "trafen", "empfing", "empfingen", "beging", "begingen", "ging", "gingen", "nahm", "nahmen")

# French participles of holding a gathering ("a tenu", "ont organisé", "avait accueilli"), masculine singular; the
# rule that reads them adds the endings of gender and number (pastdays.py). (Not the participles of a plan, "a fixé",
# "a prévu": the day is still to come.)
FRENCH_HELD = ("tenu", "organisé", "accueilli", "abrité", "célébré", "clôturé", "inauguré", "animé")

# The words of a speaker's biography that place where one lives or works ("based in", "né à", "nacida en", "nascido
# em", "geboren in", "nata a"), in six languages: each language's words (patterns, some with a look-behind that keeps
# out a reflexive "se vit", "si vive" or a call "¡Vive"), then the words of place that follow them (placeroles.py).
RESIDENCE = (
    ((r"based", "born", "raised", "lives", "living", "resides", "residing", r"grew\s+up", "headquartered",
      r"lives\s+and\s+works"), r"in\s+(?:the\s+)?"),
    ((r"née?", r"née?\(e\)", r"(?:il|elle)\s+vit", r"(?<!\bse\s)vit(?:\s+et\s+travaille)?", r"bas[ée]e?"),
     r"(?:à|au|en)\s+"),
    ((r"nacid[oa]", r"(?<![¡!])(?<!\bse\s)viv[ei](?:\s+y\s+trabaja)?", r"radicad[oa]"), r"en\s+"),
    ((r"nascid[oa]", r"viv[ei](?:\s+e\s+trabalha)?", r"radicad[oa]"), r"(?:em|no|na)\s+"),
    (("geboren", r"lebt(?:\s+und\s+arbeitet)?", "wohnt", "aufgewachsen"), r"in\s+"),
    ((r"nat[oa]", r"(?<!\bsi\s)viv[ei](?:\s+e\s+lavora)?"), r"(?:a|in)\s+"),
)
