"""A sentence told in the future, told in the present as a calendar's title is: "The Minister will open the fair and
address the guests" -> "The Minister opens the fair and addresses the guests". Pure."""

from __future__ import annotations

import re

from parsers.gate import Gated
from parsers.placenames import PERSON_TITLES

# ("will" first, the word boundary before it as a look-behind: the engine then jumps from one "will" to the next.)
# "will therefore open" -> "opens", "will instead be held" -> "is held": adverbs between "will" and its verb
_WILL = Gated(re.compile(r"will(?<!\wwill)\s+(?:(?:also|therefore|then|now|again|only|still|first|already|thus"
                         r"|jointly|instead|later|soon|formally|officially|personally|briefly|shortly|finally"
                         r"|subsequently|likely|probably|next|together|publicly|virtually"
                         r"|thereafter|afterwards|meanwhile|immediately|separately|additionally|simultaneously"
                         r"|directly|physically|once\s+more|once|even"
                         # "will on Thursday receive", "will this afternoon open": a day between the modal and its verb
                         r"|on\s+(?:[A-Z][a-z]+day|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)"
                         r"|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening))\s+)*"
                         r"(?P<verb>[a-z]+(?:-[a-z]+)?)\b"), "will")  # ("will co-chair" -> "co-chairs")
_PLURAL_PRONOUNS = frozenset({"they", "we", "you", "both", "all", "others", "several", "many", "leaders", "people"})
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it", "this", "that", "who", "which", "one", "each", "everyone"})
_SINGULAR_ENDINGS = ("ss", "us", "is", "ics", "'s", "’s", "news")


def in_the_present(text: str) -> str:
    """"The Minister will open" -> "The Minister opens"; "Ministers will meet" -> "Ministers meet"; and the acts
    joined to the first in its clause: "will tour the area and meet leaders" -> "tours the area and meets leaders"."""
    if not _WILL.could_match(text):
        return text
    pieces, done = [], 0
    several: bool | None = None  # the number of the subject of the "will" before, for one joined to it
    while (will := _WILL.search(text, done)) is not None:
        clause_end = _CLAUSE_END.search(text, will.end())
        end = clause_end.start() if clause_end else len(text)
        verb = will.group("verb")
        before = text[: will.start()]
        # "The minister will open the fair and will meet staff": the second "will" has the first's subject
        several = several if several is not None and _JOINED_WILL.search(before) else _plural(before)
        if verb == "not":
            # "The committee will not meet" -> "does not meet" (not "nots meet"); "will not be" -> "is not"
            be = _NOT_BE.match(text, will.end())
            pieces += [text[done : will.start()], ("are not" if several else "is not") if be
                       else "do not" if several else "does not"]
            done = be.end() if be else will.end()
            continue
        if several:
            pieces += [text[done : will.start()], _plural_present(verb, text[: will.start()])]
            done = will.end()
            continue
        joined = _JOINED_ACT.sub(lambda act: act.group()[: act.start("verb") - act.start()]
                                 + _present(act.group("verb")), text[will.end() : end])
        pieces += [text[done : will.start()], _present(verb), joined]
        done = end
    return "".join(pieces) + text[done:]


_NOT_BE = re.compile(r"\s+be\b")  # "will not be available" -> "is not available"
# "... and will meet": a "will" joined to the one before, of its subject
_JOINED_WILL = re.compile(r"(?:,|\band|\bbut|\bor|\bthen)\s+$")

# Acts a "will" clause joins to its first ("will open the bridge, meet staff and unveil a plaque"): only these, for
# after "and" a noun may stand as well ("will visit Paris and Lyon"); not one of a noun's phrase ("and tour of", "and
# open day") nor one that ends the clause ("the past and present."). Verbs that are as often nouns before another
# noun ("trade and travel policy", "business leaders and travel agents", "the return leg") are not among them.
_ACTS = ("meet|visit|hold|host|address|open|sign|speak|deliver|tour|present|launch|discuss|give|chair|lay|attend"
         "|join|receive|answer|brief|announce|unveil|inspect|inaugurate|welcome|hear|accompany|witness|take|observe"
         "|participate|engage|interact|outline|highlight|officiate|commission|make|sit|convene|reconvene|resume"
         "|adjourn|consider|decide|adopt|approve|celebrate|honour|honor|perform|gather|arrive|depart|leave|proceed"
         "|conclude")
_JOINED_ACT = re.compile(rf"(?:,\s+|\s+and\s+(?:then\s+|also\s+|later\s+)?|\s+then\s+)(?P<verb>{_ACTS})\b"
                         r"(?=\s+\w)(?!\s+(?:of|and|by|for|to|day|days|house|air)\b)")
# Where the clause of "will" ends: a sentence's stop, an aside, another clause ("where he will ...").
_CLAUSE_END = re.compile(r"[.;:()]|\bwill\b|\b(?:where|who|which|whose|while|when|before|after|because|as|if"
                         r"|that|whom)\b")


def _plural(subject: str) -> bool:
    """Does the subject before "will" name several ("Ministers", "A and B", "they")? Then the verb keeps its form."""
    clause = re.split(r"[,;:()]|\b(?:where|who|which|that|when|while)\b", subject)[-1]
    if _TWO_SUBJECTS.search(clause):
        return True  # "The President of Ghana and the Prime Minister of Togo"
    # The head of "X of Y" is X: "The Minister of Foreign Affairs", "The Council of Ministers", "The Department of
    # Trade and Industry", "The Minister for Foreign Affairs", "The Committee on Budgets", "The Envoy to the Sahel" are
    # one; "Heads of State" are several.
    head = _OF.split(clause, 1)[0]
    words = head.split()
    if not words:
        return False
    last = words[-1].lower()
    if last in _SINGULAR_PRONOUNS:
        return False
    if last in _PLURAL_PRONOUNS or _first_person(words) or " and " in f" {head.lower()} ":  # ("I travel", as "we")
        return True
    if len(words) >= 2 and words[-1][:1].isupper() and _TITLE.fullmatch(words[-2]) \
            and not _TITLES.fullmatch(words[-1]):  # ("Director Generals", "Minister Counsellors": several)
        return False  # "Deputy Secretary Jones", "Governor Williams", "Dr. Evans": one person, named after a title
    return last.endswith("s") and not last.endswith(_SINGULAR_ENDINGS)


# Capitalised words that may stand before the pronoun "I" ("On Monday I will ..."); after any other capitalised word
# "I" is a numeral ("World War I", "Phase I")
_BEFORE_I = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                       "tomorrow", "tonight", "then", "there", "here", "now", "later", "next", "also"})


def _first_person(words: list[str]) -> bool:
    """Is the subject's last word the pronoun "I", not a Roman numeral?"""
    if words[-1] != "I":
        return False
    before = words[-2] if len(words) > 1 else ""
    if not before[:1].isupper() or before.lower().strip(",") in _BEFORE_I:
        return True
    # "In Geneva I will meet", "As Minister I will attend": a name after a preposition or "as" is the sentence's
    # opening phrase, and "I" its subject; "World War I", "Phase I", "during Phase I" are numerals
    opening = words[-3].lower() if len(words) > 2 else ""
    return opening in _OPENING_WORDS and before.strip(",") not in _NUMBERED_NOUNS


# Words before a name that open a phrase of place, time or role ahead of the subject ("In Geneva I ...")
_OPENING_WORDS = frozenset({"in", "at", "on", "from", "to", "after", "before", "since", "as", "while", "when", "upon",
                            "outside", "inside", "near", "beyond", "across", "within", "throughout"})
# Nouns a Roman numeral follows ("World War I", "Phase I", "Part I", "Title I")
_NUMBERED_NOUNS = frozenset({"War", "Phase", "Part", "Title", "Chapter", "Article", "Volume", "Stage", "Section",
                             "Book", "Act", "Round", "Group", "Level", "Tier", "Class", "Annex", "Schedule", "Pillar",
                             "Module", "Unit", "Category", "Division", "Period",
                             # rooms so numbered: "The hearing in Courtroom I will begin"
                             "Courtroom", "Room", "Hall", "Chamber", "Salle", "Sala", "Saal", "Wing", "Block",
                             "Building", "Floor", "Gate", "Terminal", "Auditorium"})


# The titles a person's surname follows ("Secretary Jones", "Mr. Harris"): a name ending in "s" is still one person.
# Titles in the plural: "Director Generals", "Minister Counsellors" are several, not one person's name.
_TITLES = re.compile(r"(?:General|Director|Minister|Counsellor|Secretarie|Governor|Ambassador|Commissioner|Senator"
                     r"|Judge|Admiral|Commander|Councillor)s")
# (not "General": "General Elections" are several)
_TITLE = re.compile(rf"(?:{PERSON_TITLES}|Secretary|Commissioner|Director|Judge|General(?=\.)|Counsellor|Admiral"
                    r"|Representative|Rep\.|Sen\.|Gov\.|Prof\.?|Professor|Chair|Chairman|Chairwoman|Councillor"
                    r"|Councilmember|Commander)")


_OF = re.compile(r"\s+(?:of|for|on|to)\s+")  # ("The Minister for Foreign Affairs", "The Committee on Budgets" too)
_TWO_SUBJECTS = re.compile(r"\s(?:and|&)\s+(?:the|his|her|their|its|a|an)\s", re.IGNORECASE)


def _plural_present(verb: str, subject: str) -> str:
    """'meet' -> 'meet', 'be' -> 'are': "Ministers will be briefed" is "Ministers are briefed"; "I will be" is "I
    am"."""
    if verb != "be":
        return verb
    return "am" if subject.split()[-1:] == ["I"] else "are"


def _present(verb: str) -> str:
    """'meet' -> 'meets': calendar titles speak in the present."""
    irregular = {"be": "is", "have": "has", "do": "does", "go": "goes"}
    if verb in irregular:
        return irregular[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"
