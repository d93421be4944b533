"""Where an article's events happen when an event names no place: the zone of its unlabelled times. Pure."""

from __future__ import annotations

from model import Article
from parsers.places import COUNTRY, REGION, Place, best_place, find_places
from parsers.reading import Reading

_REPEATED = 2  # times a town is named before its zone is taken for the text's unplaced times


def is_local(context: Reading) -> bool:
    """Has the article said its times are local ("Note: All times local")?"""
    return context.zone_label.lower().startswith("local")


def area_of(article: Article, context: Reading) -> Place | None:
    """Where the item's events happen when one names no place: for the zone of its unlabelled times.

    The place the text says things happen in, else the place in its title, else its
    organisation's ("New Zealand Government", "Governor of Colorado"), else the town or
    region it names most ("Montpelier, VT" under each entry of a schedule).
    """
    home = best_place(find_places(article.org))
    main = context.main_place()
    if home is not None and (main is None or (not context.main_place_repeated and home.kind in (COUNTRY, REGION)
                                              and not is_local(context))):
        # A diary of "New Zealand Government" naming a trip to Bangkok once; "a victim from New Mexico"
        # in a schedule of the Governor of Colorado.
        return home
    found = main or best_place(find_places(article.title)) or home
    if found is not None:
        return found
    counts: dict[str, tuple[int, int, Place]] = {}
    for block in context.blocks:
        for mention in find_places(block.text):
            if mention.place.kind != COUNTRY:  # a country merely named is often a topic ("aggression against Ukraine")
                seen, _, place = counts.get(mention.place.name, (0, 0, mention.place))
                counts[mention.place.name] = (seen + 1, place.specificity, place)
    # A town named once, away from any event ("Journalist, The Guardian, London" in a speaker's
    # affiliation), says nothing of where the events are; one named again and again does.
    repeated = [c for c in counts.values() if c[0] >= _REPEATED]
    return max(repeated, key=lambda c: (c[0], c[1]))[2] if repeated else None
