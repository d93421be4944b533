"""States, provinces, islands and tribal nations that the city gazetteer lacks, with the zone of their clocks. Pure.

"Poultney, VT", "the Governor of Colorado", "Bali time": a region tells the zone of an
unlabelled time as well as a city does. Where a region spans zones, the zone of its
most populous part is given and marked uncertain (as the gazetteer does for countries).
"""

from __future__ import annotations

# name, postal abbreviation ("" when none is in use), country code, zone; "?" marks a region spanning zones.
# The counties of Ireland and Northern Ireland, and County Durham, as addresses write them ("Kilcock, Co. Kildare",
# "County Tyrone"); the bare names are left out ("Clare", "Down", "Kerry", "Mayo" are words and names too).
# The states of Malaysia whose names are no one's and no other place's ("Sarawak"; not "Sabah", a name of Kuwait's
# emirs, nor "Penang", "Perak", "Melaka"/"Malacca", whose names towns and straits share).
# Hawaii as Hawaiian writes it, with its ʻokina ("County of Hawaiʻi"), and the islands of Hawaii whose names are no
# other place's or word's ("Oʻahu", "Kauai"; not "Maui", a name, nor "Lanai", a veranda).
# The regions of New Zealand whose names no other country's places share ("Manawatu Striders", "Waikato"); not
# "Canterbury", "Nelson", "Marlborough", "West Coast" or "Tasman".
# The archipelagos that keep another clock than their country's mainland ("Governo Regional dos Açores", "Gobierno
# de Canarias"): an hour behind Lisbon, Madrid's hour behind Madrid; not "Madeira", a wood and a wine (its towns
# say its clock).
# The states of Brazil that keep a clock behind Brasília's ("Governo do Estado de Mato Grosso", "Secretaria de Saúde
# de Rondônia": an hour behind, and off summer time where the state was); not "Amazonas" (a department of Colombia, a
# state of Venezuela, a river) nor "Acre" (a measure of land).
# The states of Brazil on Brasília's hour whose names no other place or word shares ("Governo do Estado do Ceará",
# "Governo de Sergipe"), each with the clock of its own capital: the North-East kept no summer time when the
# South-East did; not "Bahia" (Bahía Blanca, a Spanish bay), "Pará" (a Portuguese "for"), "Paraná" (a river and an
# Argentine town), "Espírito Santo", "Santa Catarina" (saints), "Amazonas" (see above); nor the states on São
# Paulo's own clock (Goiás, Minas Gerais, Rio Grande do Sul), which Brazil's clock already gives and whose towns
# the gazetteer names.
# The states of Brazil left out above, read only after one of their bodies ("Assembleia Legislativa de Santa Catarina",
# "Governo do Estado do Amazonas": places._seat_of_a_state): there the name is the state's, not a saint's, a river's,
# a word or a town abroad ("Santa Catarina", Nuevo León, and "Paraná", Entre Ríos, stay towns elsewhere).
# The states of Mexico that keep a clock other than Mexico City's ("Congreso del Estado de Sonora", "Gobierno de
# Quintana Roo"): Sonora keeps UTC-7 all year, Sinaloa and Baja California Sur UTC-7, Baja California the Pacific
# clock, Quintana Roo UTC-5 all year; not Chihuahua, whose capital the gazetteer knows, nor Nayarit, whose coast
# around Bahía de Banderas keeps Mexico City's clock.
# Sabah as its own bodies name it ("Sabah State Assembly", "Yang di-Pertua Negeri Sabah"): the state, not the name
# of Kuwait's emirs (see Sarawak above).
# Åland as Swedish writes it, and in the genitive its bodies' names take ("Ålands lagting", "Ålands landskapsregering").
# The provinces of Argentina whose names no other place or word shares ("Legislatura de la Provincia de Tierra del
# Fuego", "Gobierno del Chubut", "Jujuy"): Argentina keeps one clock, UTC-3 (the Chilean half of Tierra del Fuego keeps
# UTC-3 too); not Entre Ríos (a Brazilian town), Catamarca (a town the gazetteer knows), La Pampa, Misiones,
# Corrientes or Salta (words).
# Tottori, a prefecture of Japan whose capital the gazetteer knows only as "Tottori-shi" ("Tottori Prefectural
# Assembly").
# The departments of Colombia whose names no other place or word shares ("Contraloría de Cundinamarca", "Gobernación
# de Antioquia"): Colombia keeps one clock, UTC-5; not Santander (a bank, a Spanish town), Bolívar, Córdoba,
# Magdalena, Sucre, Atlántico, Meta, Cauca, Huila, Nariño, Tolima, Cesar, Arauca, Amazonas or San Andrés (names,
# words, rivers, towns elsewhere), nor Caquetá, Putumayo, Guaviare, Guainía, Vaupés or Vichada (rivers that run on
# into Brazil or Venezuela, an hour behind).
# The counties of Great Britain whose names no other country's places share ("Nottinghamshire County Council",
# "NHS Oxfordshire ...": the county tells the clock as its towns do); not "Kent", "Durham", "Essex" or "Hampshire".
_REGIONS = """\
Alabama	AL	US	America/Chicago
Alaska	AK	US	America/Anchorage?
Arizona	AZ	US	America/Phoenix
Arkansas	AR	US	America/Chicago
California	CA	US	America/Los_Angeles
Colorado	CO	US	America/Denver
Connecticut	CT	US	America/New_York
Delaware	DE	US	America/New_York
Florida	FL	US	America/New_York?
Georgia	GA	US	America/New_York
Hawaii	HI	US	Pacific/Honolulu
Hawaiʻi		US	Pacific/Honolulu
Oahu		US	Pacific/Honolulu
Oʻahu		US	Pacific/Honolulu
Kauai		US	Pacific/Honolulu
Kauaʻi		US	Pacific/Honolulu
Molokai		US	Pacific/Honolulu
Molokaʻi		US	Pacific/Honolulu
Idaho	ID	US	America/Boise?
Illinois	IL	US	America/Chicago
Indiana	IN	US	America/Indiana/Indianapolis?
Iowa	IA	US	America/Chicago
Kansas	KS	US	America/Chicago?
Kentucky	KY	US	America/New_York?
Louisiana	LA	US	America/Chicago
Maine	ME	US	America/New_York
Maryland	MD	US	America/New_York
Massachusetts	MA	US	America/New_York
Michigan	MI	US	America/Detroit
Minnesota	MN	US	America/Chicago
Mississippi	MS	US	America/Chicago
Missouri	MO	US	America/Chicago
Montana	MT	US	America/Denver
Nebraska	NE	US	America/Chicago?
Nevada	NV	US	America/Los_Angeles
New Hampshire	NH	US	America/New_York
New Jersey	NJ	US	America/New_York
New Mexico	NM	US	America/Denver
New York State	NY	US	America/New_York
North Carolina	NC	US	America/New_York
North Dakota	ND	US	America/Chicago?
Ohio	OH	US	America/New_York
Oklahoma	OK	US	America/Chicago
Oregon	OR	US	America/Los_Angeles?
Pennsylvania	PA	US	America/New_York
Rhode Island	RI	US	America/New_York
South Carolina	SC	US	America/New_York
South Dakota	SD	US	America/Chicago?
Tennessee	TN	US	America/Chicago?
Texas	TX	US	America/Chicago?
Utah	UT	US	America/Denver
Vermont	VT	US	America/New_York
Virginia	VA	US	America/New_York
West Virginia	WV	US	America/New_York
Wisconsin	WI	US	America/Chicago
Wyoming	WY	US	America/Denver
District of Columbia	DC	US	America/New_York
Washington State		US	America/Los_Angeles
Puerto Rico	PR	US	America/Puerto_Rico
Guam	GU	US	Pacific/Guam
Navajo Nation		US	America/Denver
Hopi Reservation		US	America/Phoenix
Tohono O'odham Nation		US	America/Phoenix
Cherokee Nation		US	America/Chicago
Chickasaw Nation		US	America/Chicago
Choctaw Nation		US	America/Chicago
Muscogee Nation		US	America/Chicago
Calif.		US	America/Los_Angeles
Fla.		US	America/New_York
Ontario	ON	CA	America/Toronto
Quebec	QC	CA	America/Toronto
British Columbia	BC	CA	America/Vancouver
Alberta	AB	CA	America/Edmonton
Manitoba	MB	CA	America/Winnipeg
Saskatchewan	SK	CA	America/Regina
Nova Scotia	NS	CA	America/Halifax
New Brunswick	NB	CA	America/Moncton
Newfoundland	NL	CA	America/St_Johns
Prince Edward Island	PE	CA	America/Halifax
Yukon	YT	CA	America/Whitehorse
New South Wales	NSW	AU	Australia/Sydney
Queensland	QLD	AU	Australia/Brisbane
South Australia		AU	Australia/Adelaide
Western Australia		AU	Australia/Perth
Tasmania	TAS	AU	Australia/Hobart
Northern Territory		AU	Australia/Darwin
Australian Capital Territory	ACT	AU	Australia/Sydney
Bali		ID	Asia/Makassar
Java		ID	Asia/Jakarta
Sumatra		ID	Asia/Jakarta
Sarawak		MY	Asia/Kuching
Sabah State		MY	Asia/Kuching
Negeri Sabah		MY	Asia/Kuching
County Carlow		IE	Europe/Dublin
Co. Carlow		IE	Europe/Dublin
Co Carlow		IE	Europe/Dublin
County Cavan		IE	Europe/Dublin
Co. Cavan		IE	Europe/Dublin
Co Cavan		IE	Europe/Dublin
County Clare		IE	Europe/Dublin
Co. Clare		IE	Europe/Dublin
Co Clare		IE	Europe/Dublin
County Cork		IE	Europe/Dublin
Co. Cork		IE	Europe/Dublin
Co Cork		IE	Europe/Dublin
County Donegal		IE	Europe/Dublin
Co. Donegal		IE	Europe/Dublin
Co Donegal		IE	Europe/Dublin
County Dublin		IE	Europe/Dublin
Co. Dublin		IE	Europe/Dublin
Co Dublin		IE	Europe/Dublin
County Galway		IE	Europe/Dublin
Co. Galway		IE	Europe/Dublin
Co Galway		IE	Europe/Dublin
County Kerry		IE	Europe/Dublin
Co. Kerry		IE	Europe/Dublin
Co Kerry		IE	Europe/Dublin
County Kildare		IE	Europe/Dublin
Co. Kildare		IE	Europe/Dublin
Co Kildare		IE	Europe/Dublin
County Kilkenny		IE	Europe/Dublin
Co. Kilkenny		IE	Europe/Dublin
Co Kilkenny		IE	Europe/Dublin
County Laois		IE	Europe/Dublin
Co. Laois		IE	Europe/Dublin
Co Laois		IE	Europe/Dublin
County Leitrim		IE	Europe/Dublin
Co. Leitrim		IE	Europe/Dublin
Co Leitrim		IE	Europe/Dublin
County Limerick		IE	Europe/Dublin
Co. Limerick		IE	Europe/Dublin
Co Limerick		IE	Europe/Dublin
County Longford		IE	Europe/Dublin
Co. Longford		IE	Europe/Dublin
Co Longford		IE	Europe/Dublin
County Louth		IE	Europe/Dublin
Co. Louth		IE	Europe/Dublin
Co Louth		IE	Europe/Dublin
County Mayo		IE	Europe/Dublin
Co. Mayo		IE	Europe/Dublin
Co Mayo		IE	Europe/Dublin
County Meath		IE	Europe/Dublin
Co. Meath		IE	Europe/Dublin
Co Meath		IE	Europe/Dublin
County Monaghan		IE	Europe/Dublin
Co. Monaghan		IE	Europe/Dublin
Co Monaghan		IE	Europe/Dublin
County Offaly		IE	Europe/Dublin
Co. Offaly		IE	Europe/Dublin
Co Offaly		IE	Europe/Dublin
County Roscommon		IE	Europe/Dublin
Co. Roscommon		IE	Europe/Dublin
Co Roscommon		IE	Europe/Dublin
County Sligo		IE	Europe/Dublin
Co. Sligo		IE	Europe/Dublin
Co Sligo		IE	Europe/Dublin
County Tipperary		IE	Europe/Dublin
Co. Tipperary		IE	Europe/Dublin
Co Tipperary		IE	Europe/Dublin
County Waterford		IE	Europe/Dublin
Co. Waterford		IE	Europe/Dublin
Co Waterford		IE	Europe/Dublin
County Westmeath		IE	Europe/Dublin
Co. Westmeath		IE	Europe/Dublin
Co Westmeath		IE	Europe/Dublin
County Wexford		IE	Europe/Dublin
Co. Wexford		IE	Europe/Dublin
Co Wexford		IE	Europe/Dublin
County Wicklow		IE	Europe/Dublin
Co. Wicklow		IE	Europe/Dublin
Co Wicklow		IE	Europe/Dublin
County Antrim		GB	Europe/London
Co. Antrim		GB	Europe/London
Co Antrim		GB	Europe/London
County Armagh		GB	Europe/London
Co. Armagh		GB	Europe/London
Co Armagh		GB	Europe/London
County Down		GB	Europe/London
Co. Down		GB	Europe/London
Co Down		GB	Europe/London
County Fermanagh		GB	Europe/London
Co. Fermanagh		GB	Europe/London
Co Fermanagh		GB	Europe/London
County Londonderry		GB	Europe/London
Co. Londonderry		GB	Europe/London
Co Londonderry		GB	Europe/London
County Tyrone		GB	Europe/London
Co. Tyrone		GB	Europe/London
Co Tyrone		GB	Europe/London
County Durham		GB	Europe/London
Co. Durham		GB	Europe/London
Co Durham		GB	Europe/London
Selangor		MY	Asia/Kuala_Lumpur
Johor		MY	Asia/Kuala_Lumpur
Kedah		MY	Asia/Kuala_Lumpur
Pahang		MY	Asia/Kuala_Lumpur
Kelantan		MY	Asia/Kuala_Lumpur
Terengganu		MY	Asia/Kuala_Lumpur
Negeri Sembilan		MY	Asia/Kuala_Lumpur
Andhra Pradesh		IN	Asia/Kolkata
Arunachal Pradesh		IN	Asia/Kolkata
Assam		IN	Asia/Kolkata
Bihar		IN	Asia/Kolkata
Chhattisgarh		IN	Asia/Kolkata
Goa		IN	Asia/Kolkata
Gujarat		IN	Asia/Kolkata
Haryana		IN	Asia/Kolkata
Himachal Pradesh		IN	Asia/Kolkata
Jharkhand		IN	Asia/Kolkata
Karnataka		IN	Asia/Kolkata
Kerala		IN	Asia/Kolkata
Madhya Pradesh		IN	Asia/Kolkata
Maharashtra		IN	Asia/Kolkata
Manipur		IN	Asia/Kolkata
Meghalaya		IN	Asia/Kolkata
Mizoram		IN	Asia/Kolkata
Nagaland		IN	Asia/Kolkata
Odisha		IN	Asia/Kolkata
Orissa		IN	Asia/Kolkata
Rajasthan		IN	Asia/Kolkata
Sikkim		IN	Asia/Kolkata
Tamil Nadu		IN	Asia/Kolkata
Telangana		IN	Asia/Kolkata
Tripura		IN	Asia/Kolkata
Uttar Pradesh		IN	Asia/Kolkata
Uttarakhand		IN	Asia/Kolkata
West Bengal		IN	Asia/Kolkata
Jammu and Kashmir		IN	Asia/Kolkata
Ladakh		IN	Asia/Kolkata
Puducherry		IN	Asia/Kolkata
Limpopo		ZA	Africa/Johannesburg
Gauteng		ZA	Africa/Johannesburg
Mpumalanga		ZA	Africa/Johannesburg
KwaZulu-Natal		ZA	Africa/Johannesburg
Eastern Cape		ZA	Africa/Johannesburg
Western Cape		ZA	Africa/Johannesburg
Northern Cape		ZA	Africa/Johannesburg
North West Province		ZA	Africa/Johannesburg
Scotland		GB	Europe/London
Wales		GB	Europe/London
England		GB	Europe/London
Northern Ireland		GB	Europe/London
Bedfordshire		GB	Europe/London
Buckinghamshire		GB	Europe/London
Cambridgeshire		GB	Europe/London
Derbyshire		GB	Europe/London
Gloucestershire		GB	Europe/London
Herefordshire		GB	Europe/London
Hertfordshire		GB	Europe/London
Lancashire		GB	Europe/London
Leicestershire		GB	Europe/London
Lincolnshire		GB	Europe/London
Northamptonshire		GB	Europe/London
Nottinghamshire		GB	Europe/London
Oxfordshire		GB	Europe/London
Shropshire		GB	Europe/London
Staffordshire		GB	Europe/London
Warwickshire		GB	Europe/London
Wiltshire		GB	Europe/London
Worcestershire		GB	Europe/London
Yorkshire		GB	Europe/London
North Yorkshire		GB	Europe/London
South Yorkshire		GB	Europe/London
West Yorkshire		GB	Europe/London
East Riding of Yorkshire		GB	Europe/London
Cumbria		GB	Europe/London
Merseyside		GB	Europe/London
Tyne and Wear		GB	Europe/London
Greater Manchester		GB	Europe/London
Aberdeenshire		GB	Europe/London
Ayrshire		GB	Europe/London
East Ayrshire		GB	Europe/London
North Ayrshire		GB	Europe/London
South Ayrshire		GB	Europe/London
Lanarkshire		GB	Europe/London
North Lanarkshire		GB	Europe/London
South Lanarkshire		GB	Europe/London
Renfrewshire		GB	Europe/London
East Renfrewshire		GB	Europe/London
Dunbartonshire		GB	Europe/London
Perthshire		GB	Europe/London
Stirlingshire		GB	Europe/London
Clackmannanshire		GB	Europe/London
Scottish Borders		GB	Europe/London
Dumfries and Galloway		GB	Europe/London
Argyll and Bute		GB	Europe/London
West Lothian		GB	Europe/London
East Lothian		GB	Europe/London
Midlothian		GB	Europe/London
Pembrokeshire		GB	Europe/London
Carmarthenshire		GB	Europe/London
Monmouthshire		GB	Europe/London
Denbighshire		GB	Europe/London
Flintshire		GB	Europe/London
Ceredigion		GB	Europe/London
Gwynedd		GB	Europe/London
Powys		GB	Europe/London
Northland		NZ	Pacific/Auckland
Waikato		NZ	Pacific/Auckland
Bay of Plenty		NZ	Pacific/Auckland
Hawke's Bay		NZ	Pacific/Auckland
Taranaki		NZ	Pacific/Auckland
Manawatu		NZ	Pacific/Auckland
Manawatū		NZ	Pacific/Auckland
Manawatu-Whanganui		NZ	Pacific/Auckland
Manawatū-Whanganui		NZ	Pacific/Auckland
Whanganui		NZ	Pacific/Auckland
Otago		NZ	Pacific/Auckland
Southland		NZ	Pacific/Auckland
Mato Grosso		BR	America/Cuiaba
Mato Grosso do Sul		BR	America/Campo_Grande
Rondônia		BR	America/Porto_Velho
Rondonia		BR	America/Porto_Velho
Roraima		BR	America/Boa_Vista
Ceará		BR	America/Fortaleza
Ceara		BR	America/Fortaleza
Sergipe		BR	America/Maceio
Alagoas		BR	America/Maceio
Pernambuco		BR	America/Recife
Paraíba		BR	America/Fortaleza
Piauí		BR	America/Fortaleza
Maranhão		BR	America/Fortaleza
Rio Grande do Norte		BR	America/Fortaleza
Tocantins		BR	America/Araguaina
Amapá		BR	America/Belem
Santa Catarina		BR	America/Sao_Paulo
Espírito Santo		BR	America/Sao_Paulo
Paraná		BR	America/Sao_Paulo
Bahia		BR	America/Bahia
Pará		BR	America/Belem
Amazonas		BR	America/Manaus
Acre		BR	America/Rio_Branco
Sonora		MX	America/Hermosillo
Sinaloa		MX	America/Mazatlan
Baja California Sur		MX	America/Mazatlan
Baja California		MX	America/Tijuana
Quintana Roo		MX	America/Cancun
Åland		AX	Europe/Mariehamn
Ålands		AX	Europe/Mariehamn
Tottori		JP	Asia/Tokyo
Tierra del Fuego		AR	America/Argentina/Ushuaia
Chubut		AR	America/Argentina/Catamarca
Jujuy		AR	America/Argentina/Jujuy
Cundinamarca		CO	America/Bogota
Antioquia		CO	America/Bogota
Boyacá		CO	America/Bogota
Casanare		CO	America/Bogota
Risaralda		CO	America/Bogota
Quindío		CO	America/Bogota
Norte de Santander		CO	America/Bogota
La Guajira		CO	America/Bogota
Chocó		CO	America/Bogota
Açores		PT	Atlantic/Azores
Azores		PT	Atlantic/Azores
Canarias		ES	Atlantic/Canary
Canary Islands		ES	Atlantic/Canary
"""


# The abbreviations news style writes after a town ("ANNAPOLIS, Md. —", "London, Ont."): read only there.
AFTER_A_TOWN = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York State", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina",
    "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas", "Va.": "Virginia", "Vt.": "Vermont",
    "Wash.": "Washington State", "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
    "D.C.": "District of Columbia", "Ont.": "Ontario", "Que.": "Quebec", "B.C.": "British Columbia",
    "Alta.": "Alberta", "Man.": "Manitoba", "Sask.": "Saskatchewan", "N.S.": "Nova Scotia", "N.B.": "New Brunswick",
    "Nfld.": "Newfoundland", "P.E.I.": "Prince Edward Island",
}


# Capitals the city table lacks (it keeps towns of 100,000 outside Europe), named in releases without their
# province or state ("Victoria": British Columbia's), and the towns of a province's other clock. The seats of
# government of the provinces, territories and states of federations that keep several clocks; not those whose name
# is a word, a first name or a larger town abroad ("Concord", "Helena", "Pierre", "Dover", "Salem", "Bismarck").
CITIES = {
    "Victoria": ("CA", "America/Vancouver", "Victoria, Canada"),
    "Whitehorse": ("CA", "America/Whitehorse", "Whitehorse, Canada"),
    "Yellowknife": ("CA", "America/Edmonton", "Yellowknife, Canada"),
    "Iqaluit": ("CA", "America/Iqaluit", "Iqaluit, Canada"),
    "Charlottetown": ("CA", "America/Halifax", "Charlottetown, Canada"),
    "Fredericton": ("CA", "America/Moncton", "Fredericton, Canada"),
    "Juneau": ("US", "America/Juneau", "Juneau, United States"),
    "Annapolis": ("US", "America/New_York", "Annapolis, United States"),
    "Frankfort": ("US", "America/New_York", "Frankfort, United States"),
    "Montpelier": ("US", "America/New_York", "Montpelier, United States"),
    "Harrisburg": ("US", "America/New_York", "Harrisburg, United States"),
    "Trenton": ("US", "America/New_York", "Trenton, United States"),
    "Jefferson City": ("US", "America/Chicago", "Jefferson City, United States"),
    "Carson City": ("US", "America/Los_Angeles", "Carson City, United States"),
    "Cheyenne": ("US", "America/Denver", "Cheyenne, United States"),
    # Labrador's towns keep Atlantic time, half an hour behind the island of Newfoundland's clock, though both are
    # one province ("O'Brien Hall Labrador City ... 9:30 A.M."); not "Labrador" alone (a town of Queensland too, and
    # a dog)
    "Labrador City": ("CA", "America/Goose_Bay", "Labrador City, Canada"),
    "Wabush": ("CA", "America/Goose_Bay", "Wabush, Canada"),
    "Happy Valley-Goose Bay": ("CA", "America/Goose_Bay", "Happy Valley-Goose Bay, Canada"),
    "Churchill Falls": ("CA", "America/Goose_Bay", "Churchill Falls, Canada"),
    # the towns of the Azores, on the islands' clock, an hour behind Lisbon's; not "Horta" (a town of Spain too) nor
    # "Lagoa" (a lagoon)
    "Ponta Delgada": ("PT", "Atlantic/Azores", "Ponta Delgada, Portugal"),
    "Angra do Heroísmo": ("PT", "Atlantic/Azores", "Angra do Heroísmo, Portugal"),
    "Praia da Vitória": ("PT", "Atlantic/Azores", "Praia da Vitória, Portugal"),
    "Vila do Porto": ("PT", "Atlantic/Azores", "Vila do Porto, Portugal"),
    # Capitals of small states and territories that the city table keeps under another spelling ("Port-Vila",
    # "Nuku‘alofa") or lacks; releases write them so ("In Port Vila, the Minister meets ..."). Not "Hamilton" (a
    # town of Canada, New Zealand and Scotland too) nor "St George's" (a hall's or a church's name as often).
    "Port Vila": ("VU", "Pacific/Efate", "Port Vila, Vanuatu"),
    "Port-Vila": ("VU", "Pacific/Efate", "Port Vila, Vanuatu"),
    "Nuku'alofa": ("TO", "Pacific/Tongatapu", "Nuku'alofa, Tonga"),
    "Nuku’alofa": ("TO", "Pacific/Tongatapu", "Nuku'alofa, Tonga"),
    "Nuku‘alofa": ("TO", "Pacific/Tongatapu", "Nuku'alofa, Tonga"),
    "Nukualofa": ("TO", "Pacific/Tongatapu", "Nuku'alofa, Tonga"),
    "Koror": ("PW", "Pacific/Palau", "Koror, Palau"),
    "Ngerulmud": ("PW", "Pacific/Palau", "Ngerulmud, Palau"),
    "São Tomé": ("ST", "Africa/Sao_Tome", "São Tomé, São Tomé and Príncipe"),
    "Sao Tome": ("ST", "Africa/Sao_Tome", "São Tomé, São Tomé and Príncipe"),
    "Lobamba": ("SZ", "Africa/Mbabane", "Lobamba, Eswatini"),
    "Tórshavn": ("FO", "Atlantic/Faroe", "Tórshavn, Faroe Islands"),
    "Torshavn": ("FO", "Atlantic/Faroe", "Tórshavn, Faroe Islands"),
    "Brades": ("MS", "America/Montserrat", "Brades, Montserrat"),
    "St Peter Port": ("GG", "Europe/Guernsey", "St Peter Port, Guernsey"),
    "St. Peter Port": ("GG", "Europe/Guernsey", "St Peter Port, Guernsey"),
    "St Helier": ("JE", "Europe/Jersey", "St Helier, Jersey"),
    "St. Helier": ("JE", "Europe/Jersey", "St Helier, Jersey"),
    "Hagåtña": ("GU", "Pacific/Guam", "Hagåtña, Guam"),
    "Hagatna": ("GU", "Pacific/Guam", "Hagåtña, Guam"),
    "Nouméa": ("NC", "Pacific/Noumea", "Nouméa, New Caledonia"),
    "Noumea": ("NC", "Pacific/Noumea", "Nouméa, New Caledonia"),
    "Prishtina": ("XK", "Europe/Belgrade", "Pristina, Kosovo"),
    "Kralendijk": ("BQ", "America/Kralendijk", "Kralendijk, Bonaire"),
    "Port-of-Spain": ("TT", "America/Port_of_Spain", "Port of Spain, Trinidad and Tobago"),
}


def regions() -> list[tuple[str, str, str, str]]:
    """(name, abbreviation, country code, zone) of every region."""
    return [tuple(line.split("\t")) for line in _REGIONS.splitlines() if line]  # type: ignore[misc]
