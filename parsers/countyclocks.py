"""The counties of US states that keep several clocks, on the clock their state's main part does not keep. Pure."""

from __future__ import annotations

# Counties of the US states that keep several clocks, on the clock their state's main part does not keep ("Liberty
# Township, Porter County, Indiana" is on Central time, as north-west Indiana is; "Malheur County, Oregon" on
# Mountain time): read, as a town the gazetteer lacks is, only right before its state. State, zone, counties.
_COUNTY_CLOCKS = """\
Indiana	America/Chicago	Lake|Porter|LaPorte|La Porte|Newton|Jasper|Starke|Gibson|Posey|Vanderburgh|Warrick|Spencer|Perry
Michigan	America/Menominee	Gogebic|Iron|Dickinson|Menominee
Florida	America/Chicago	Escambia|Santa Rosa|Okaloosa|Walton|Holmes|Washington|Bay|Jackson|Calhoun
Kansas	America/Denver	Sherman|Wallace|Greeley|Hamilton
Texas	America/Denver	El Paso|Hudspeth
Oregon	America/Boise	Malheur
Idaho	America/Los_Angeles	Boundary|Bonner|Kootenai|Shoshone|Benewah|Latah|Clearwater|Nez Perce|Lewis
"""


def county_clocks() -> dict[tuple[str, str], str]:
    """("Porter County", "Indiana") -> the county's zone, for the counties on their state's other clock."""
    found: dict[tuple[str, str], str] = {}
    for line in _COUNTY_CLOCKS.splitlines():
        state, zone, counties = line.split("\t")
        found.update(((f"{county} County", state), zone) for county in counties.split("|"))
    return found
