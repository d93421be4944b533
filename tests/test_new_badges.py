"""A site's news list badges its fresh posts: "NEW! 4月のスケジュールを更新しました" under "2024年3月27日（水）". The
badge made the line read as a card's title and the post's day as an event (p59, lifecorp.jp: a shop's list of site
updates). The badge is taken off; a line that tells an event still tells it. The texts are ours."""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract
from parsers.newbadges import article_without_new_badges


def _summaries(body: str, zone: str = "Asia/Tokyo") -> list[str]:
    text = f"お知らせ\n\nSource: Hikari Mart\n\n{body}\n"
    return [e.summary for e in extract(text, source="t", reference=dt.date(2024, 3, 1), default_zone=zone).events]


def test_badged_site_updates_are_no_events() -> None:
    body = ("2024年3月27日（水）\n\nNEW! 5月のチラシを更新しました\n\n"
            "2024年3月27日（水）\n\nNEW! ぬりえをダウンロードできるよ！\n\n"
            "2024年3月20日（水）\n\n【NEW】店舗一覧を更新しました")
    assert _summaries(body) == []


def test_a_badged_event_is_still_read() -> None:
    body = "NEW! 2024年4月20日（土）午前10時から中央店で春の試食会を開催します。"
    assert len(_summaries(body)) == 1


def test_only_the_badge_goes() -> None:
    article = Article(source="t", title="News",
                      body="NEW! Spring tasting on Saturday\n- New! Colouring pages\n[NEW] Shop list")
    assert article_without_new_badges(article).body == "Spring tasting on Saturday\n- Colouring pages\nShop list"


def test_words_that_begin_with_new_stay() -> None:
    body = "New York office\nNew Year's Concert\nNEWS: schedule\nNeue Termine\nNEW YORK, May 3 (Reuters) -"
    article = Article(source="t", title="News", body=body)
    assert article_without_new_badges(article).body == body
