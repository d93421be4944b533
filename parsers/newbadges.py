"""The badge a site's news list sets before a fresh item: "NEW! April schedule updated", "New! Colouring pages",
"NEU! Termine online", "【NEW】", "[New]". It marks a post as recent, not what the line tells: a line so badged read as
the title of a card ("NEW! 4月のスケジュールを更新しました" under "2024年3月27日（水）", a shop's list of site updates)
and its post's day as an event's. The badge is taken off the line; what the line tells is read as it would be
without it. Only the badge with its mark ("!", brackets): "New York", "New Year's Concert", "Neue Termine" are words of
the line. Pure."""

from __future__ import annotations

import dataclasses
import re

from model import Article

# At a line's start (after spaces or a bullet): the word for "new" with an exclamation mark, or in brackets.
_BADGE = re.compile(r"(?m)^(?P<lead>[ \t]*(?:[-•·*][ \t]*)?)"
                    r"(?:(?:NEW|New|NEU|Neu|NOUVEAU|Nouveau|NUEVO|Nuevo|NUOVO|Nuovo|NIEUW|Nieuw)[ \t]*[!！]+"
                    r"|[【\[［](?:NEW|New|new|NEU|Neu)[】\]］])[ \t]*(?=\S)")


def article_without_new_badges(article: Article) -> Article:
    """`article` with the fresh-item badges opening its lines taken off; itself when it has none."""
    if "!" not in article.body and "！" not in article.body and "NEW" not in article.body \
            and "New" not in article.body and "new" not in article.body and "Ne" not in article.body:
        return article
    body = _BADGE.sub(lambda m: m.group("lead"), article.body)
    return article if body == article.body else dataclasses.replace(article, body=body)
