"""Numbered rows of days under a sentence that says something will take place as they list ("The council's
elections will take place as follows:" / "1. District: 11 August 2016." / "2. Region: 17 August 2016."): each row is a
day of what the lead-in announces, an event, not a line that only says which day it is. Pure.

    Uchaguzi wa viongozi utafanyika kama ifuatavyo:     the lead-in: what takes place, no day of its own
    1. Ngazi ya Wilaya: tarehe 11 Agosti, 2016.         the district round, on 11 August 2016
    2. Ngazi ya Mkoa: tarehe 17 Agosti, 2016.           the regional round, on 17 August 2016

Only a lead-in that closes on a colon and says that something takes place (English "will take place", "will be
held"; Swahili "utafanyika"; French "aura lieu", "se tiendront"; Spanish "tendrá lugar", "se celebrarán"; German
"finden ... statt"; Indonesian "akan digelar"), so that a list of deadlines ("Applications are due as follows:") or of
day headings over timed rows ("The Minister's engagements are:") stays as it was; and only rows that open with a number
or a bullet and a short label before a colon, one after the other right under it.
"""

from __future__ import annotations

import re

from parsers.blocks import Block

# Says that what the sentence names takes place: the verbs of holding and happening, in the lead-in's language.
_TAKES_PLACE = re.compile(
    r"\b(?:will\s+(?:take\s+place|be\s+held|be\s+conducted)|(?:is|are)\s+to\s+(?:take\s+place|be\s+held)"
    r"|\w*(?:ta|takao|takayo|takapo)fanyika"
    r"|aur(?:a|ont)\s+lieu|se\s+tiendr(?:a|ont)|se\s+d[ée]rouler(?:a|ont)"
    r"|tendr[áa]n?\s+lugar|se\s+(?:celebrar|realizar|llevar)[áa]n?"
    r"|finde[nt]\s+(?:[\w-]+\s+){0,8}?statt"
    r"|akan\s+(?:digelar|dilaksanakan|diadakan|berlangsung))\b", re.IGNORECASE)
_CLOSES_ON_A_COLON = re.compile(r":\s*$")
# "1. District: ", "2) Mkoa: ", "- Round two: ": a numbered or bulleted row's label before its colon (no digit in it:
# not a clock "10:30").
_ROW_LABEL = re.compile(r"\s*(?:\d{1,2}[.)]|[-•*–])\s+[^:\d\n]{1,40}:\s*\S")


_ROWS_REACH = 12  # rows of one list under its lead-in


def lead_over_the_row(sentence: str, number: int, blocks: dict[int, Block]) -> str | None:
    """The lead-in over `sentence`, a numbered row in paragraph `number` (`blocks`, the item's by number), when the
    rows above it run up to a sentence that announces, closing on a colon, what takes place on them; else None."""
    if _ROW_LABEL.match(sentence) is None:
        return None
    for above in range(number - 1, max(-1, number - 1 - _ROWS_REACH), -1):
        block = blocks.get(above)
        if block is None:
            return None
        text = block.text.strip()
        if _ROW_LABEL.match(text) is not None:
            continue  # a row of the same list, above this one
        last = text.rsplit("\n", 1)[-1]
        return last if _CLOSES_ON_A_COLON.search(last) and _TAKES_PLACE.search(last) else None
    return None
