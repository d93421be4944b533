"""A time told alone of a happening the item dated before another: that happening's day, not the last day named. Pure.

    The draws for the cup's last sixteen are made on Wednesday, 20 December.    the draws' day
    The ties of the intermediate round are played on 31 January.                another happening, the last day named
    The men's draw starts at 17:00.                                              "draw": the draws', 20 December

A time with no day of its own falls on the day in context, which is the last one named. When its sentence names,
by a word of its subject, a day-long happening told before, and not the one told last, a careful reader puts it on
the day of the one it names. Only one such happening, on one day: two of them leave the day in context.
"""

from __future__ import annotations

import re

from parsers.findings import Finding

_WORD = re.compile(r"[^\W\d_]{4,}")
# Words that name no happening of their own: verbs of timing, and the words every item says.
_NO_NAME = frozenset(
    "will would shall starts start started begins begin began opens open opened follows follow followed held hold "
    "holds takes take took place places time times made make makes there their this that these those then also "
    "with from after before about into onto over each both first second third last next same other others event "
    "events session sessions part parts minister ministers president government council members member public "
    "media press people today tomorrow morning afternoon evening night hour hours local around until".split())
_SUBJECT_WORDS = 6  # a sentence's subject is in its first words
_LOOK_BACK = 12  # findings told before the time's sentence that it may name


def _names(text: str) -> set[str]:
    """The words of `text` that may name a happening, singular ("draws" and "draw" alike)."""
    found = set()
    for word in _WORD.findall(text.lower()):
        single = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
        if word not in _NO_NAME and single not in _NO_NAME:
            found.add(single)
    return found


def named_again(clause: str, findings: list[Finding], announced: Finding | None) -> Finding | None:
    """The one day-long finding told before `announced` whose happening the clause's subject names again, when the
    clause does not name `announced`'s."""
    if announced is None or announced.time is not None:
        return None
    subject = _names(" ".join(clause.split()[:_SUBJECT_WORDS]))
    if not subject or subject & _names(announced.summary):
        return None
    # (the happenings told just before: a reader looks back a few, and a programme of hundreds is not read again)
    named = [f for f in findings[-_LOOK_BACK:] if f is not announced and f.time is None
             and f.first == f.last != announced.first and subject & _names(f.summary)]
    if len({f.first for f in named}) != 1:
        return None
    return named[-1]
