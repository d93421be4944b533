"""A news page whose endless scroll appends the next stories, each an <article> with its own <h1>: the page's
article is the story under the page's headline. The page is a twin of our own."""

from __future__ import annotations

from parsers.html import html_article

STORY = """<article class="entry"><header><h1>{title}</h1><p>{stamp}</p></header>
<div class="body"><p>{text}</p><p>{more}</p></div></article>"""

PAGE = """<html><head><title>Harbour fair on Saturday | The Coast Daily</title></head><body>
<nav><a href="/">Home</a></nav><main><div class="scroll">{stories}</div></main><footer>The Coast Daily</footer>
</body></html>""".format(stories="".join([
    STORY.format(title="Harbour fair on Saturday", stamp="6 May 2031 05:30",
                 text="The yearly harbour fair opens on Saturday 7 May from 6:00 to 21:00 on the quay, with stalls "
                      "from the fishing villages and music on the pier all day long.",
                 more="Boats will be blessed by the harbour chaplain before the first market stalls open."),
    STORY.format(title="Two held after a night-time break-in", stamp="5 May 2031 20:18",
                 text="The break-in happened yesterday afternoon at about 16:00, when three men forced the door of "
                      "a warehouse near the station and took tools and copper cable.",
                 more="The two men held will see a judge on Monday 9 May at 10:00 in the town court."),
]))


def test_the_page_is_the_story_under_its_headline() -> None:
    article = html_article(PAGE.encode("utf-8"), url="https://news.example/fair", source="test")
    assert "harbour fair" in article.body
    assert "break-in" not in article.body, "the next story is another page's"
    assert "judge" not in article.body


def test_a_page_of_one_story_keeps_it_whole() -> None:
    single = PAGE.replace(PAGE[PAGE.index('<article class="entry"><header><h1>Two'):PAGE.index("</div></main>")], "")
    article = html_article(single.encode("utf-8"), url="https://news.example/fair", source="test")
    assert "quay" in article.body
    assert "chaplain" in article.body


def test_of_stories_one_after_another_the_one_under_the_title() -> None:
    import lxml.html

    from parsers.mainpart import one_story
    root = lxml.html.document_fromstring(PAGE)
    scroll = next(root.iter("main"))
    story = one_story(scroll, "Harbour fair on Saturday")
    assert story.tag == "article"
    assert "quay" in story.text_content()
    assert "warehouse" not in story.text_content()
    assert one_story(scroll, "A headline no story has") is scroll, "no story under the title: all stay"
