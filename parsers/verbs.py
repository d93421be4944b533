"""Words several rules read the same way, defined once. Pure.

Verbs of saying: a day written beside one is when something was said ("the ministry said Thursday",
"announced on Friday that"), not when an event happens (tense.py, timeforms.py).
Verbs of planning and moving: a date after "scheduled for" is the one set, a date after "postponed from" the one
set aside (replaced.py, movedfrom.py).
Words of duty: a date or time beside one is when something must be done ("must register by noon", "are
asked to reply by Friday"), a deadline, not an event (deadlines.py, timeforms.py).
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
