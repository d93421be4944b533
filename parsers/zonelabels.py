"""The clocks zone labels name: each label's region and season (`CET`: Brussels in winter), the labels that name
different clocks in different places (`IST`: India, Ireland or Israel), and the long names an offset given beside
an ambiguous label settles it to. Data for zones.py, which reads times by them. Pure."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Label:
    zone: str  # the IANA zone of the label's region
    dst: bool | None  # True: a summer label, False: a winter one, None: either


# The region each label names; the first zone is the one shown when no place refines it.
LABELS: dict[str, Label] = {
    "CET": Label("Europe/Brussels", False),
    "CEST": Label("Europe/Brussels", True),
    "MEZ": Label("Europe/Berlin", False),
    "MESZ": Label("Europe/Berlin", True),
    "EET": Label("Europe/Athens", False),
    "EEST": Label("Europe/Athens", True),
    "WET": Label("Europe/Lisbon", False),
    "WEST": Label("Europe/Lisbon", True),
    "BST": Label("Europe/London", True),
    # India Standard Time, which releases mean by "IST" far more often than Ireland's summer clock (Irish Standard
    # Time, which pytz marks winter as DST of): Ireland's when the place is Irish, see AMBIGUOUS.
    "IST": Label("Asia/Kolkata", None),
    "MSK": Label("Europe/Moscow", None),
    "ET": Label("America/New_York", None),
    "EST": Label("America/New_York", False),
    "EDT": Label("America/New_York", True),
    "CT": Label("America/Chicago", None),
    "CST": Label("America/Chicago", False),
    "CDT": Label("America/Chicago", True),
    "MT": Label("America/Denver", None),
    "MST": Label("America/Denver", False),
    "MDT": Label("America/Denver", True),
    "PT": Label("America/Los_Angeles", None),
    "PST": Label("America/Los_Angeles", False),
    "PDT": Label("America/Los_Angeles", True),
    "AKST": Label("America/Anchorage", False),
    "AKDT": Label("America/Anchorage", True),
    "HST": Label("Pacific/Honolulu", None),
    "ADT": Label("America/Halifax", True),
    "NST": Label("America/St_Johns", False),
    "NDT": Label("America/St_Johns", True),
    # "9:30 a.m. NT": Newfoundland time, as Canada's advisories write it (the Northern Territory's where the place is
    # Australian, see AMBIGUOUS)
    "NT": Label("America/St_Johns", None),
    "AEST": Label("Australia/Sydney", False),
    "AEDT": Label("Australia/Sydney", True),
    "ACST": Label("Australia/Adelaide", False),
    "ACDT": Label("Australia/Adelaide", True),
    # "5pm AEDST": Australian Eastern (Central) Daylight Saving Time, as some regulators write summer time
    "AEDST": Label("Australia/Sydney", True),
    "ACDST": Label("Australia/Adelaide", True),
    "AWST": Label("Australia/Perth", None),
    "NZST": Label("Pacific/Auckland", False),
    "NZDT": Label("Pacific/Auckland", True),
    "HKT": Label("Asia/Hong_Kong", None),
    "SGT": Label("Asia/Singapore", None),
    "JST": Label("Asia/Tokyo", None),
    "KST": Label("Asia/Seoul", None),
    "PHT": Label("Asia/Manila", None),
    "WIB": Label("Asia/Jakarta", None),
    "WITA": Label("Asia/Makassar", None),
    "WIT": Label("Asia/Jayapura", None),
    "ICT": Label("Asia/Bangkok", None),
    "PKT": Label("Asia/Karachi", None),
    "SAST": Label("Africa/Johannesburg", None),
    "EAT": Label("Africa/Nairobi", None),
    "CAT": Label("Africa/Maputo", None),
    "WAT": Label("Africa/Lagos", None),
    "GST": Label("Asia/Dubai", None),
    # "AST" names the Atlantic clock where no place says Arabia (AMBIGUOUS below): a winter label, so Puerto
    # Rico, which keeps it all year, keeps its own zone.
    "AST": Label("America/Halifax", False),
    "AET": Label("Australia/Sydney", None),
    "NZT": Label("Pacific/Auckland", None),
    "MYT": Label("Asia/Kuala_Lumpur", None),
    "NPT": Label("Asia/Kathmandu", None),
    "IRST": Label("Asia/Tehran", None),
    # South America's clocks, as its ministries and exchanges abbreviate them.
    "BRT": Label("America/Sao_Paulo", False),
    "BRST": Label("America/Sao_Paulo", True),
    "ART": Label("America/Argentina/Buenos_Aires", None),
    "CLT": Label("America/Santiago", False),
    "CLST": Label("America/Santiago", True),
    "COT": Label("America/Bogota", None),
    "PET": Label("America/Lima", None),
    "UYT": Label("America/Montevideo", None),
    "VET": Label("America/Caracas", None),
    "PYT": Label("America/Asuncion", None),
    "GYT": Label("America/Guyana", None),
    # The clocks of Turkey, the Caucasus, Central and South Asia, the Indian Ocean and the Pacific, as their
    # governments' releases abbreviate them ("10:00 TRT", "14:00 MMT", "9am FJT").
    "TRT": Label("Europe/Istanbul", None),
    "AZT": Label("Asia/Baku", None),
    "UZT": Label("Asia/Tashkent", None),
    "AFT": Label("Asia/Kabul", None),
    "BTT": Label("Asia/Thimphu", None),
    "MMT": Label("Asia/Yangon", None),
    "BNT": Label("Asia/Brunei", None),
    "TLT": Label("Asia/Dili", None),
    "ULAT": Label("Asia/Ulaanbaatar", None),
    "MVT": Label("Indian/Maldives", None),
    "MUT": Label("Indian/Mauritius", None),
    "SCT": Label("Indian/Mahe", None),
    "CHST": Label("Pacific/Guam", None),  # ("ChST", Chamorro Standard Time, as Guam writes it)
    "PGT": Label("Pacific/Port_Moresby", None),
    "SBT": Label("Pacific/Guadalcanal", None),
    "VUT": Label("Pacific/Efate", None),
    "FJT": Label("Pacific/Fiji", None),
    "TOT": Label("Pacific/Tongatapu", None),
    "PACIFIC": Label("America/Los_Angeles", None),  # "1 p.m. Pacific", "All times are Eastern"
    "CENTRAL": Label("America/Chicago", None),
    "MOUNTAIN": Label("America/Denver", None),
    "EASTERN": Label("America/New_York", None),
    "PACIFICTIME": Label("America/Los_Angeles", None),
    "CENTRALTIME": Label("America/Chicago", None),
    "MOUNTAINTIME": Label("America/Denver", None),
    "ATLANTICTIME": Label("America/Halifax", None),
    "INDIASTANDARDTIME": Label("Asia/Kolkata", None),
    "ARABIASTANDARDTIME": Label("Asia/Riyadh", None),
    "GULFSTANDARDTIME": Label("Asia/Dubai", None),
    "EASTAFRICATIME": Label("Africa/Nairobi", None),
    # One clock, six hours behind UTC all year, from Guatemala to Costa Rica ("8:00 a.m. in Central America")
    "CENTRALAMERICATIME": Label("America/Guatemala", None),
    "AUSTRALIANEASTERNSTANDARDTIME": Label("Australia/Sydney", False),
    "AUSTRALIANEASTERNDAYLIGHTTIME": Label("Australia/Sydney", True),
    "CET/CEST": Label("Europe/Brussels", None),
    "CENTRALEUROPEANTIME": Label("Europe/Brussels", None),
    "CENTRALEUROPEANSUMMERTIME": Label("Europe/Brussels", True),
    "EASTERNEUROPEANTIME": Label("Europe/Athens", None),
    "WESTERNEUROPEANTIME": Label("Europe/Lisbon", None),
    "BRITISHSUMMERTIME": Label("Europe/London", True),
    "EASTERNTIME": Label("America/New_York", None),
    "EASTERNSTANDARDTIME": Label("America/New_York", False),
    "EASTERNDAYLIGHTTIME": Label("America/New_York", True),
    "MOSCOWTIME": Label("Europe/Moscow", None),
    "EET/EEST": Label("Europe/Athens", None),
    "WET/WEST": Label("Europe/Lisbon", None),
    "GMT/BST": Label("Europe/London", None),
    # "9:00 am EST/EDT": both of a clock's names, the season left to the date
    "EST/EDT": Label("America/New_York", None),
    "CST/CDT": Label("America/Chicago", None),
    "MST/MDT": Label("America/Denver", None),
    "PST/PDT": Label("America/Los_Angeles", None),
    "AEST/AEDT": Label("Australia/Sydney", None),
    "NZST/NZDT": Label("Pacific/Auckland", None),
    # The long names of the clocks above, as releases spell them out ("2 p.m. Central Standard Time").
    "CENTRALSTANDARDTIME": Label("America/Chicago", False),
    "CENTRALDAYLIGHTTIME": Label("America/Chicago", True),
    "MOUNTAINSTANDARDTIME": Label("America/Denver", False),
    "MOUNTAINDAYLIGHTTIME": Label("America/Denver", True),
    "PACIFICSTANDARDTIME": Label("America/Los_Angeles", False),
    "PACIFICDAYLIGHTTIME": Label("America/Los_Angeles", True),
    "ALASKATIME": Label("America/Anchorage", None),
    "HAWAIITIME": Label("Pacific/Honolulu", None),
    "HAWAII-ALEUTIANSTANDARDTIME": Label("Pacific/Honolulu", None),
    "ATLANTICSTANDARDTIME": Label("America/Halifax", False),
    "ATLANTICDAYLIGHTTIME": Label("America/Halifax", True),
    "NEWFOUNDLANDTIME": Label("America/St_Johns", None),
    "YUKONSTANDARDTIME": Label("America/Whitehorse", None),  # UTC-7 all year since 2020
    "YUKONTIME": Label("America/Whitehorse", None),
    "CENTRALEUROPEANSTANDARDTIME": Label("Europe/Brussels", False),
    "EASTERNEUROPEANSUMMERTIME": Label("Europe/Athens", True),
    "WESTERNEUROPEANSUMMERTIME": Label("Europe/Lisbon", True),
    "IRISHSTANDARDTIME": Label("Europe/Dublin", None),
    "IRISHTIME": Label("Europe/Dublin", None),  # "at 11am Irish time", as Dublin's advisories write it
    "MOSCOWSTANDARDTIME": Label("Europe/Moscow", None),
    "ISRAELSTANDARDTIME": Label("Asia/Jerusalem", False),
    "ISRAELDAYLIGHTTIME": Label("Asia/Jerusalem", True),
    "INDIANSTANDARDTIME": Label("Asia/Kolkata", None),
    "PAKISTANSTANDARDTIME": Label("Asia/Karachi", None),
    "NEPALSTANDARDTIME": Label("Asia/Kathmandu", None),
    "NEPALTIME": Label("Asia/Kathmandu", None),
    "MALAYSIASTANDARDTIME": Label("Asia/Kuala_Lumpur", None),
    "MALAYSIATIME": Label("Asia/Kuala_Lumpur", None),
    "NEWFOUNDLANDSTANDARDTIME": Label("America/St_Johns", False),
    "NEWFOUNDLANDDAYLIGHTTIME": Label("America/St_Johns", True),
    "CHINASTANDARDTIME": Label("Asia/Shanghai", None),
    "HONGKONGTIME": Label("Asia/Hong_Kong", None),
    "SINGAPORESTANDARDTIME": Label("Asia/Singapore", None),
    "PHILIPPINESTANDARDTIME": Label("Asia/Manila", None),
    "BANGLADESHSTANDARDTIME": Label("Asia/Dhaka", None),
    "PHILIPPINETIME": Label("Asia/Manila", None),
    "JAPANSTANDARDTIME": Label("Asia/Tokyo", None),
    "KOREASTANDARDTIME": Label("Asia/Seoul", None),
    "KOREANSTANDARDTIME": Label("Asia/Seoul", None),
    "WESTERNINDONESIATIME": Label("Asia/Jakarta", None),
    "CENTRALINDONESIATIME": Label("Asia/Makassar", None),
    "EASTERNINDONESIATIME": Label("Asia/Jayapura", None),
    "CENTRALAFRICATIME": Label("Africa/Maputo", None),
    "WESTAFRICATIME": Label("Africa/Lagos", None),
    "SOUTHAFRICASTANDARDTIME": Label("Africa/Johannesburg", None),
    "SOUTHERNAFRICATIME": Label("Africa/Johannesburg", None),
    "SOUTHAFRICANSTANDARDTIME": Label("Africa/Johannesburg", None),
    "AUSTRALIANCENTRALSTANDARDTIME": Label("Australia/Adelaide", False),
    "AUSTRALIANCENTRALDAYLIGHTTIME": Label("Australia/Adelaide", True),
    "AUSTRALIANWESTERNSTANDARDTIME": Label("Australia/Perth", None),
    "NEWZEALANDSTANDARDTIME": Label("Pacific/Auckland", False),
    "NEWZEALANDDAYLIGHTTIME": Label("Pacific/Auckland", True),
    # the long names as releases of the Caribbean, Africa, Arabia and Oceania also write them
    "EASTERNCARIBBEANTIME": Label("America/Port_of_Spain", None),  # UTC-4 all year, the OECS's and CARICOM's clock
    "EASTERNCARIBBEANSTANDARDTIME": Label("America/Port_of_Spain", None),
    "EASTAFRICANTIME": Label("Africa/Nairobi", None),
    "WESTAFRICANTIME": Label("Africa/Lagos", None),
    "CENTRALAFRICANTIME": Label("Africa/Maputo", None),
    "ARABIANSTANDARDTIME": Label("Asia/Riyadh", None),
    "IRANSTANDARDTIME": Label("Asia/Tehran", None),
    "AUSTRALIANEASTERNTIME": Label("Australia/Sydney", None),
    "AUSTRALIANCENTRALTIME": Label("Australia/Adelaide", None),
    "AUSTRALIANWESTERNTIME": Label("Australia/Perth", None),
    "NEWZEALANDTIME": Label("Pacific/Auckland", None),
}
# Labels that name different clocks in different places: the place decides, else the first is read.
AMBIGUOUS: dict[str, tuple[Label, ...]] = {
    "IST": (Label("Asia/Kolkata", None), Label("Europe/Dublin", None), Label("Asia/Jerusalem", False)),
    "AST": (Label("America/Halifax", False), Label("Asia/Riyadh", None)),
    "CST": (Label("America/Chicago", False), Label("Asia/Shanghai", None), Label("Australia/Adelaide", False)),
    # Australian releases write their eastern and central clocks without the "A" ("10am EST" in Sydney).
    "EST": (Label("America/New_York", False), Label("Australia/Sydney", False), Label("Australia/Brisbane", None)),
    "EDT": (Label("America/New_York", True), Label("Australia/Sydney", True)),
    "CDT": (Label("America/Chicago", True), Label("Australia/Adelaide", True)),
    "BST": (Label("Europe/London", True), Label("Asia/Dhaka", None)),  # British Summer or Bangladesh Standard Time
    # Pacific, Philippine or Pakistan Standard Time
    "PST": (Label("America/Los_Angeles", False), Label("Asia/Manila", None), Label("Asia/Karachi", None)),
    "NST": (Label("America/St_Johns", False), Label("Asia/Kathmandu", None)),  # Newfoundland or Nepal Standard Time
    "NT": (Label("America/St_Johns", None), Label("Australia/Darwin", None)),  # Newfoundland or Northern Territory
    "MST": (Label("America/Denver", False), Label("Asia/Kuala_Lumpur", None)),  # Mountain or Malaysia Standard Time
}
# The long name of each clock an ambiguous label may name, by whether that clock is then on summer time: what the
# label becomes once its offset from UTC, given beside it, says which clock it is ("10:30 IST (0500 GMT)": India's).
# A region with no name here is not settled by an offset (Adelaide's CST, Sydney's EST): the place decides.
NAMED_CLOCKS: dict[str, dict[bool, str]] = {
    "Europe/Dublin": {False: "Irish Standard Time", True: "Irish Standard Time"},
    "Asia/Kolkata": {False: "India Standard Time"},
    "Asia/Jerusalem": {False: "Israel Standard Time", True: "Israel Daylight Time"},
    "America/Chicago": {False: "Central Standard Time", True: "Central Daylight Time"},
    "Asia/Shanghai": {False: "China Standard Time"},
    "America/Halifax": {False: "Atlantic Standard Time"},
    "Asia/Riyadh": {False: "Arabia Standard Time"},
    "Europe/London": {True: "British Summer Time"},
    "Asia/Dhaka": {False: "Bangladesh Standard Time"},
    "America/Los_Angeles": {False: "Pacific Standard Time"},
    "Asia/Manila": {False: "Philippine Standard Time"},
    "Asia/Karachi": {False: "Pakistan Standard Time"},
    "America/St_Johns": {False: "Newfoundland Standard Time"},
    "Asia/Kathmandu": {False: "Nepal Standard Time"},
    "America/Denver": {False: "Mountain Standard Time"},
    "Asia/Kuala_Lumpur": {False: "Malaysia Standard Time"},
}
