"""Seats of parliaments and governments, and of international organisations, that the gazetteer lacks: the town a
release of theirs happens in. Pure."""

from __future__ import annotations

# Parliaments and seats of government the venue table lacks: an organisation or a sentence naming one tells the
# clock of its capital ("Houses of the Oireachtas" is in Dublin, not in the Brussels its release mentions).
# The UN General Assembly sits at the UN headquarters: "speaks before the UN General Assembly at 3:15 p.m." is
# New York's time; so are the halls and chambers there ("en el Salón de la Asamblea General", "Trusteeship Council
# Chamber"), named with no city.
# London's Westminster Cathedral is London's: the gazetteer's bare "Westminster" is a town of Colorado, so "a Mass at
# Westminster Cathedral at 1:45pm" was read on Denver's clock. (Not "Westminster Abbey": a line of its own naming it
# reads as a venue, its venue word beside the town's name, which a seat's whole name would hide; schedule.py.)
_SEATS = """\
Oireachtas|Dáil Éireann|Seanad Éireann|Leinster House	IE	Europe/Dublin	Dublin, Ireland
Bundestag|Bundeskanzleramt	DE	Europe/Berlin	Berlin, Germany
Knesset	IL	Asia/Jerusalem	Jerusalem, Israel
Storting|Stortinget	NO	Europe/Oslo	Oslo, Norway
Folketing|Folketinget|Christiansborg	DK	Europe/Copenhagen	Copenhagen, Denmark
Riksdag|Riksdagen	SE	Europe/Stockholm	Stockholm, Sweden
Eduskunta	FI	Europe/Helsinki	Helsinki, Finland
Sejm	PL	Europe/Warsaw	Warsaw, Poland
Saeima	LV	Europe/Riga	Riga, Latvia
Seimas	LT	Europe/Vilnius	Vilnius, Lithuania
Riigikogu	EE	Europe/Tallinn	Tallinn, Estonia
Althing|Alþingi	IS	Atlantic/Reykjavik	Reykjavik, Iceland
Tweede Kamer|Binnenhof	NL	Europe/Amsterdam	The Hague, Netherlands
Lok Sabha|Rajya Sabha|Rashtrapati Bhavan	IN	Asia/Kolkata	New Delhi, India
State Duma	RU	Europe/Moscow	Moscow, Russia
Palais Bourbon|Hôtel Matignon|Quai d'Orsay	FR	Europe/Paris	Paris, France
Palazzo Chigi|Montecitorio|Palazzo Madama|Farnesina	IT	Europe/Rome	Rome, Italy
La Moncloa|Palacio de la Moncloa	ES	Europe/Madrid	Madrid, Spain
Holyrood	GB	Europe/London	Edinburgh, United Kingdom
Stormont	GB	Europe/London	Belfast, United Kingdom
Parliament Hill|Rideau Hall	CA	America/Toronto	Ottawa, Canada
Kantei	JP	Asia/Tokyo	Tokyo, Japan
Akasaka Palace	JP	Asia/Tokyo	Tokyo, Japan
Westminster Hall|Palace of Westminster|Lancaster House	GB	Europe/London	London, United Kingdom
Westminster Cathedral	GB	Europe/London	London, United Kingdom
Blue House|Cheong Wa Dae	KR	Asia/Seoul	Seoul, South Korea
Malacañang Palace|Malacañang|Malacanang	PH	Asia/Manila	Manila, Philippines
Casa Rosada	AR	America/Argentina/Buenos_Aires	Buenos Aires, Argentina
Palácio do Planalto|Planalto Palace|Itamaraty	BR	America/Sao_Paulo	Brasília, Brazil
Union Buildings	ZA	Africa/Johannesburg	Pretoria, South Africa
Great Hall of the People|Zhongnanhai|Diaoyutai State Guesthouse	CN	Asia/Shanghai	Beijing, China
Schloss Bellevue|Bellevue Palace	DE	Europe/Berlin	Berlin, Germany
Hofburg	AT	Europe/Vienna	Vienna, Austria
Rosenbad	SE	Europe/Stockholm	Stockholm, Sweden
Bundeshaus|Federal Palace	CH	Europe/Zurich	Bern, Switzerland
Quirinal Palace|Quirinale	IT	Europe/Rome	Rome, Italy
Hyderabad House|Sansad Bhavan	IN	Asia/Kolkata	New Delhi, India
UN General Assembly|United Nations General Assembly|UN Headquarters|UN headquarters|United Nations Headquarters\
	US	America/New_York	New York, United States
Trusteeship Council Chamber|Security Council Chamber|Economic and Social Council Chamber|ECOSOC Chamber\
|Salón del Consejo de Seguridad|Salle du Conseil de sécurité	US	America/New_York	New York, United States
"""


def seats() -> dict[str, tuple[str, str, str]]:
    """Name -> (country code, zone, display) of every seat of parliament or government."""
    found = {}
    for line in _SEATS.splitlines():
        names, country, zone, city = line.split("\t")
        for name in names.split("|"):
            found[name] = (country, zone, f"{name}, {city}")
    return found


# International organisations and the town each sits in: a release of one whose name names no place, and whose
# text names none, is on the clock of its seat ("United Nations Media Accreditation and Liaison Unit": New York).
# Read in organisations' names only: a body named in a sentence ("the WHO said") is no place. Longest name first,
# so "United Nations Environment Programme" (Nairobi) wins over "United Nations".
# (Regional parliaments sit where their treaty seats them: the Central American Parliament in Guatemala City, its
# sittings on Guatemala's clock when a release names no town, only its members' "Bancada Guatemala".)
_ORGANISATION_SEATS = """\
United Nations|UN Secretariat|UN Secretary-General|UNICEF|UNDP|UNFPA|UN Women|UN Security Council\
|General Assembly|UN Spokesperson|UN Department of Global Communications|UN Peacekeeping	New York City
UNESCO|OECD|Organisation for Economic Co-operation and Development|International Energy Agency	Paris
Food and Agriculture Organization|FAO|World Food Programme|WFP|IFAD	Rome
UNHCR|World Health Organization|WHO|World Trade Organization|WTO|International Labour Organization|ILO|WMO|WIPO\
|ITU|OHCHR|International Committee of the Red Cross|ICRC|United Nations Office at Geneva|UNCTAD|Human Rights Council\
|World Meteorological Organization|International Organization for Migration|IOM|Gavi|Global Fund	Geneva
United Nations Environment Programme|UNEP|UN Environment|UN-Habitat	Nairobi
UNFCCC|Climate Change secretariat	Bonn
IAEA|International Atomic Energy Agency|UNIDO|OSCE|OPEC|UNODC|CTBTO\
|Organization for Security and Co-operation in Europe|Organisation for Security and Co-operation in Europe	Vienna
International Criminal Court|International Court of Justice|OPCW|Europol|Eurojust\
|Permanent Court of Arbitration	The Hague
Court of Justice of the European Union|European Investment Bank|Eurostat|European Court of Auditors	Luxembourg
European Central Bank|ECB	Frankfurt
Council of Europe|European Court of Human Rights	Strasbourg
International Monetary Fund|IMF|World Bank|Organization of American States|Inter-American Development Bank	Washington
African Union	Addis Ababa
ASEAN Secretariat	Jakarta
Commonwealth Secretariat|International Maritime Organization|IMO	London
ICAO|International Civil Aviation Organization	Montreal
Asian Development Bank	Manila
Bank for International Settlements	Basel
Interpol|INTERPOL	Lyon
League of Arab States|Arab League	Cairo
ECOWAS Commission	Abuja
Pacific Islands Forum	Suva
East African Community|East African Legislative Assembly|EALA|East African Court of Justice\
|African Court on Human and Peoples' Rights	Arusha
Southern African Development Community|SADC	Gaborone
Common Market for Eastern and Southern Africa|COMESA	Lusaka
Intergovernmental Authority on Development|IGAD	Djibouti
Economic Community of Central African States|ECCAS|CEEAC	Libreville
African Development Bank	Abidjan
Pan-African Parliament	Johannesburg
South Asian Association for Regional Cooperation|SAARC	Kathmandu
BIMSTEC	Dhaka
Mekong River Commission	Vientiane
Caribbean Community|CARICOM	Georgetown
Organisation of Eastern Caribbean States|Organization of Eastern Caribbean States|OECS	Castries
Association of Caribbean States	Port of Spain
Caribbean Disaster Emergency Management Agency|CDEMA	Bridgetown
Central American Integration System|Sistema de la Integración Centroamericana|SICA	San Salvador
Andean Community|Comunidad Andina	Lima
Mercosur|MERCOSUR	Montevideo
Organisation of Islamic Cooperation|Organization of Islamic Cooperation|Islamic Development Bank	Jeddah
Gulf Cooperation Council	Riyadh
Economic Cooperation Organization	Tehran
Indian Ocean Commission|Indian Ocean Rim Association	Port Louis
Pacific Islands Development Forum	Suva
Secretariat of the Pacific Regional Environment Programme|SPREP	Apia
Central American Parliament|Parlamento Centroamericano|Parlacen|PARLACEN	Guatemala City
Andean Parliament|Parlamento Andino	Bogotá
Latin American and Caribbean Parliament|Parlamento Latinoamericano y Caribeño|Parlamento Latinoamericano\
|Parlatino	Panama City
ASECNA|Agence pour la sécurité de la navigation aérienne en Afrique et à Madagascar	Dakar
Trilateral Cooperation Secretariat	Seoul
Southeast Asian Ministers of Education Organization|SEAMEO	Bangkok
Caribbean Examinations Council	Bridgetown
"""


def organisation_seats() -> dict[str, str]:
    """Organisation's name -> the town it sits in, as the gazetteer names it."""
    found: dict[str, str] = {}
    for line in _ORGANISATION_SEATS.splitlines():
        names, town = line.split("\t")
        found.update((name, town) for name in names.split("|"))
    return found
