"""Office-holders and their terms, from about 2005 on: facts only, read by parsers/officeholders.py. Pure data.
Heads of state and government and some of their ministers; heads of international bodies; governors, premiers and
other heads of subnational governments; mayors of large cities. An office a title many offices share ("Governor",
"Premier", "Mayor") is told from the others by its holders' names only, so a surname many hold is "-" there.

OFFICES_TSV: an office a line, its key and the office as a note names it; then, on lines that open with a tab, its
titles (|-separated), the words a text puts before or after a holder's name to say they hold it ("Prime Minister",
"Bundeskanzler").
HOLDERS_TSV, one term a line: office key, full name, other full forms (|-separated: another spelling, the name
in its own order), surname forms (|-separated; empty: the last word of the full name; "-": none, for a surname
many hold), start and end (YYYY-MM-DD, or YYYY-MM when the day is uncertain; "-": in office on 1 December 2026
as far as known). A person with two terms of one office has two lines. An end is the day the successor took office.
One string each rather than a tuple literal: it compiles in milliseconds.
"""

OFFICES_TSV = """\
un-sg	UN Secretary-General
	Secretary-General|Secretary General|UN Secretary-General|UN Secretary General|U.N. Secretary-General
	United Nations Secretary-General|United Nations Secretary General|UN chief
nato-sg	NATO Secretary General
	Secretary General|Secretary-General|NATO Secretary General|NATO Secretary-General|NATO chief
ec-president	President of the European Commission
	President|Commission President|European Commission President|EU Commission President
	President of the European Commission|President of the Commission|Présidente|Président|Kommissionspräsident
	Kommissionspräsidentin
euco-president	President of the European Council
	President|European Council President|President of the European Council|Président
ep-president	President of the European Parliament
	President|European Parliament President|EP President|President of the European Parliament
	Parliament President|Présidente|Président
eu-hr	EU High Representative
	High Representative|EU High Representative|High Representative/Vice-President|HR/VP
	EU foreign policy chief
imf-md	IMF Managing Director
	Managing Director|IMF Managing Director|IMF chief|Managing Director of the IMF
wb-president	World Bank President
	President|World Bank President|President of the World Bank|World Bank Group President
who-dg	WHO Director-General
	Director-General|Director General|WHO Director-General|WHO Director General|WHO chief
wto-dg	WTO Director-General
	Director-General|Director General|WTO Director-General|WTO Director General|WTO chief
ecb-president	ECB President
	President|ECB President|President of the ECB|President of the European Central Bank|EZB-Präsident
	EZB-Präsidentin
oecd-sg	OECD Secretary-General
	Secretary-General|Secretary General|OECD Secretary-General|OECD Secretary General
unhcr	UN High Commissioner for Refugees
	High Commissioner|UN High Commissioner for Refugees|High Commissioner for Refugees|UNHCR chief
unicef-ed	UNICEF Executive Director
	Executive Director|UNICEF Executive Director
unfpa-ed	UNFPA Executive Director
	Executive Director|UNFPA Executive Director|Executive Director of UNFPA|UNFPA chief
undp-admin	UNDP Administrator
	Administrator|UNDP Administrator
iaea-dg	IAEA Director General
	Director General|Director-General|IAEA Director General|IAEA Director-General|IAEA chief
auc-chair	Chairperson of the African Union Commission
	Chairperson|AU Commission Chairperson|AUC Chairperson|Chairperson of the African Union Commission
	Chairperson of the AU Commission|Chairman of the AU Commission
asean-sg	ASEAN Secretary-General
	Secretary-General|Secretary General|ASEAN Secretary-General|ASEAN Secretary General
cw-sg	Commonwealth Secretary-General
	Secretary-General|Secretary General|Commonwealth Secretary-General|Commonwealth Secretary General
us-president	President of the United States
	President|U.S. President|US President|American President|President of the United States|Präsident
	Président|Presidente
us-state	US Secretary of State
	Secretary of State|U.S. Secretary of State|US Secretary of State|Secretary
us-defense	US Secretary of Defense
	Secretary of Defense|Defense Secretary|U.S. Defense Secretary|US Defense Secretary
	U.S. Secretary of Defense|US Secretary of Defense|Secretary of War|War Secretary|Secretary
uk-pm	UK Prime Minister
	Prime Minister|British Prime Minister|UK Prime Minister|U.K. Prime Minister|Premier ministre britannique
uk-foreign	UK Foreign Secretary
	Foreign Secretary|British Foreign Secretary|UK Foreign Secretary|U.K. Foreign Secretary
uk-defence	UK Defence Secretary
	Defence Secretary|UK Defence Secretary|British Defence Secretary|Secretary of State for Defence
fr-president	President of France
	President|French President|Président|Président de la République|Presidente|Präsident|Staatspräsident
fr-pm	Prime Minister of France
	Prime Minister|French Prime Minister|Premier ministre|Première ministre
fr-foreign	French Foreign Minister
	Foreign Minister|French Foreign Minister|Minister for Europe and Foreign Affairs
	ministre des Affaires étrangères|ministre de l'Europe et des Affaires étrangères
fr-defence	French Defence Minister
	Defence Minister|French Defence Minister|Minister of the Armed Forces|Armed Forces Minister
	ministre des Armées|ministre de la Défense
de-chancellor	Chancellor of Germany
	Chancellor|German Chancellor|Federal Chancellor|Bundeskanzler|Bundeskanzlerin|Kanzler|Kanzlerin|chancelier
	chancelière
de-president	President of Germany
	President|German President|Federal President|Bundespräsident|Bundespräsidentin
de-foreign	German Foreign Minister
	Foreign Minister|German Foreign Minister|Federal Foreign Minister|Außenminister|Außenministerin
	Bundesaußenminister|Bundesaußenministerin
de-defence	German Defence Minister
	Defence Minister|German Defence Minister|Defense Minister|German Defense Minister|Verteidigungsminister
	Verteidigungsministerin|Bundesverteidigungsminister|Bundesverteidigungsministerin
ca-pm	Prime Minister of Canada
	Prime Minister|Canadian Prime Minister|Premier ministre|Premier ministre du Canada
ca-foreign	Canadian Foreign Minister
	Foreign Minister|Foreign Affairs Minister|Minister of Foreign Affairs|Canadian Foreign Minister
	Minister of Foreign Affairs of Canada
ca-defence	Canadian Defence Minister
	Defence Minister|Minister of National Defence|Canadian Defence Minister|National Defence Minister
au-pm	Prime Minister of Australia
	Prime Minister|Australian Prime Minister
au-foreign	Australian Foreign Minister
	Foreign Minister|Foreign Affairs Minister|Minister for Foreign Affairs|Australian Foreign Minister
au-defence	Australian Defence Minister
	Defence Minister|Minister for Defence|Australian Defence Minister
nz-pm	Prime Minister of New Zealand
	Prime Minister|New Zealand Prime Minister|NZ Prime Minister
jp-pm	Prime Minister of Japan
	Prime Minister|Japanese Prime Minister|Japan's Prime Minister|Prime Minister of Japan
jp-foreign	Japanese Foreign Minister
	Foreign Minister|Japanese Foreign Minister|Minister for Foreign Affairs
	Minister for Foreign Affairs of Japan
jp-defense	Japanese Defense Minister
	Defense Minister|Defence Minister|Japanese Defense Minister|Minister of Defense
	Minister of Defense of Japan
in-pm	Prime Minister of India
	Prime Minister|Indian Prime Minister|Prime Minister of India
in-president	President of India
	President|Indian President|President of India
in-foreign	Indian External Affairs Minister
	External Affairs Minister|Minister of External Affairs|Foreign Minister|Indian Foreign Minister|EAM
in-defence	Indian Defence Minister
	Defence Minister|Raksha Mantri|Indian Defence Minister|Minister of Defence
kr-president	President of South Korea
	President|South Korean President|Korean President|President of the Republic of Korea|President of Korea
cn-president	President of China
	President|Chinese President|President of China|President of the People's Republic of China
cn-premier	Premier of China
	Premier|Chinese Premier|Premier of the State Council
ru-president	President of Russia
	President|Russian President|President of Russia|Präsident
ru-pm	Prime Minister of Russia
	Prime Minister|Russian Prime Minister
br-president	President of Brazil
	President|Brazilian President|Presidente|Presidenta|President of Brazil|Presidente da República
ar-president	President of Argentina
	President|Argentine President|Argentinian President|Presidente|Presidenta|President of Argentina
mx-president	President of Mexico
	President|Mexican President|Presidente|Presidenta|President of Mexico
co-president	President of Colombia
	President|Colombian President|Presidente|President of Colombia
cl-president	President of Chile
	President|Chilean President|Presidente|Presidenta|President of Chile
pe-president	President of Peru
	President|Peruvian President|Presidente|Presidenta|President of Peru
za-president	President of South Africa
	President|South African President|President of South Africa
ng-president	President of Nigeria
	President|Nigerian President|President of Nigeria
ke-president	President of Kenya
	President|Kenyan President|President of Kenya
eg-president	President of Egypt
	President|Egyptian President|President of Egypt
et-pm	Prime Minister of Ethiopia
	Prime Minister|Ethiopian Prime Minister
gh-president	President of Ghana
	President|Ghanaian President|President of Ghana
id-president	President of Indonesia
	President|Indonesian President|President of Indonesia
tr-president	President of Turkey
	President|Turkish President|President of Turkey|President of Türkiye
tr-pm	Prime Minister of Turkey
	Prime Minister|Turkish Prime Minister
pk-pm	Prime Minister of Pakistan
	Prime Minister|Pakistani Prime Minister|Prime Minister of Pakistan
bd-pm	Prime Minister of Bangladesh
	Prime Minister|Bangladeshi Prime Minister|Prime Minister of Bangladesh
ph-president	President of the Philippines
	President|Philippine President|Filipino President|President of the Philippines
th-pm	Prime Minister of Thailand
	Prime Minister|Thai Prime Minister|Prime Minister of Thailand
my-pm	Prime Minister of Malaysia
	Prime Minister|Malaysian Prime Minister|Prime Minister of Malaysia
sg-pm	Prime Minister of Singapore
	Prime Minister|Singapore Prime Minister|Singaporean Prime Minister|Prime Minister of Singapore
il-pm	Prime Minister of Israel
	Prime Minister|Israeli Prime Minister|Prime Minister of Israel
ir-president	President of Iran
	President|Iranian President|President of Iran
ua-president	President of Ukraine
	President|Ukrainian President|President of Ukraine|Präsident|Président
it-pm	Prime Minister of Italy
	Prime Minister|Italian Prime Minister|Premier|Presidente del Consiglio|Prime Minister of Italy
it-president	President of Italy
	President|Italian President|Presidente della Repubblica|President of the Italian Republic
es-pm	Prime Minister of Spain
	Prime Minister|Spanish Prime Minister|Presidente del Gobierno|Prime Minister of Spain
nl-pm	Prime Minister of the Netherlands
	Prime Minister|Dutch Prime Minister|Minister-President|Minister-president|premier
be-pm	Prime Minister of Belgium
	Prime Minister|Belgian Prime Minister|Premier ministre|premier
pl-pm	Prime Minister of Poland
	Prime Minister|Polish Prime Minister|Premier
pl-president	President of Poland
	President|Polish President|President of Poland
se-pm	Prime Minister of Sweden
	Prime Minister|Swedish Prime Minister|statsminister
dk-pm	Prime Minister of Denmark
	Prime Minister|Danish Prime Minister|statsminister
no-pm	Prime Minister of Norway
	Prime Minister|Norwegian Prime Minister|statsminister
fi-pm	Prime Minister of Finland
	Prime Minister|Finnish Prime Minister|pääministeri
fi-president	President of Finland
	President|Finnish President|President of Finland|President of the Republic of Finland
at-chancellor	Chancellor of Austria
	Chancellor|Austrian Chancellor|Federal Chancellor|Bundeskanzler|Bundeskanzlerin
at-president	President of Austria
	President|Austrian President|Federal President|Bundespräsident
ie-pm	Taoiseach
	Taoiseach|Irish Prime Minister|Prime Minister
ie-president	President of Ireland
	President|Irish President|President of Ireland|Uachtarán
pt-pm	Prime Minister of Portugal
	Prime Minister|Portuguese Prime Minister|Primeiro-Ministro|primeiro-ministro
pt-president	President of Portugal
	President|Portuguese President|Presidente da República
gr-pm	Prime Minister of Greece
	Prime Minister|Greek Prime Minister
cz-president	President of the Czech Republic
	President|Czech President
ee-pm	Prime Minister of Estonia
	Prime Minister|Estonian Prime Minister
us-vp	Vice President of the United States
	Vice President|U.S. Vice President|US Vice President|Vice President of the United States|Vice-President
tw-president	President of Taiwan
	President|Taiwanese President|President of Taiwan|President of the Republic of China
lk-president	President of Sri Lanka
	President|Sri Lankan President|President of Sri Lanka
dz-president	President of Algeria
	President|Algerian President|President of Algeria|Président|Président de la République
tz-president	President of Tanzania
	President|Tanzanian President|President of Tanzania
cd-president	President of the Democratic Republic of the Congo
	President|Congolese President|Président|Président de la République
sn-president	President of Senegal
	President|Senegalese President|President of Senegal|Président|Président de la République
zw-president	President of Zimbabwe
	President|Zimbabwean President|President of Zimbabwe
vn-pm	Prime Minister of Vietnam
	Prime Minister|Vietnamese Prime Minister|Prime Minister of Vietnam|Prime Minister of Viet Nam
gb-monarch	Monarch of the United Kingdom
	Queen|King|Her Majesty Queen|Her Majesty The Queen|His Majesty King|His Majesty The King|HM Queen|HM King
jp-emperor	Emperor of Japan
	Emperor|Japanese Emperor|His Majesty the Emperor|His Majesty Emperor
es-monarch	King of Spain
	King|Spanish King|King of Spain|Rey|His Majesty King|Su Majestad el Rey
nl-monarch	Monarch of the Netherlands
	Queen|King|Dutch Queen|Dutch King|Koningin|Koning|Her Majesty Queen|His Majesty King
be-monarch	King of the Belgians
	King|Belgian King|King of the Belgians|Roi|Koning|His Majesty King
dk-monarch	Monarch of Denmark
	Queen|King|Danish Queen|Danish King|Dronning|Her Majesty Queen|His Majesty King
th-monarch	King of Thailand
	King|Thai King|King of Thailand|His Majesty King
us-gov-al	Governor of Alabama
	Governor|Gov.
us-gov-ak	Governor of Alaska
	Governor|Gov.
us-gov-az	Governor of Arizona
	Governor|Gov.
us-gov-ar	Governor of Arkansas
	Governor|Gov.
us-gov-ca	Governor of California
	Governor|Gov.
us-gov-co	Governor of Colorado
	Governor|Gov.
us-gov-ct	Governor of Connecticut
	Governor|Gov.
us-gov-de	Governor of Delaware
	Governor|Gov.
us-gov-fl	Governor of Florida
	Governor|Gov.
us-gov-ga	Governor of Georgia
	Governor|Gov.
us-gov-hi	Governor of Hawaii
	Governor|Gov.
us-gov-id	Governor of Idaho
	Governor|Gov.
us-gov-il	Governor of Illinois
	Governor|Gov.
us-gov-in	Governor of Indiana
	Governor|Gov.
us-gov-ia	Governor of Iowa
	Governor|Gov.
us-gov-ks	Governor of Kansas
	Governor|Gov.
us-gov-ky	Governor of Kentucky
	Governor|Gov.
us-gov-la	Governor of Louisiana
	Governor|Gov.
us-gov-me	Governor of Maine
	Governor|Gov.
us-gov-md	Governor of Maryland
	Governor|Gov.
us-gov-ma	Governor of Massachusetts
	Governor|Gov.
us-gov-mi	Governor of Michigan
	Governor|Gov.
us-gov-mn	Governor of Minnesota
	Governor|Gov.
us-gov-ms	Governor of Mississippi
	Governor|Gov.
us-gov-mo	Governor of Missouri
	Governor|Gov.
us-gov-mt	Governor of Montana
	Governor|Gov.
us-gov-ne	Governor of Nebraska
	Governor|Gov.
us-gov-nv	Governor of Nevada
	Governor|Gov.
us-gov-nh	Governor of New Hampshire
	Governor|Gov.
us-gov-nj	Governor of New Jersey
	Governor|Gov.
us-gov-nm	Governor of New Mexico
	Governor|Gov.
us-gov-ny	Governor of New York
	Governor|Gov.
us-gov-nc	Governor of North Carolina
	Governor|Gov.
us-gov-nd	Governor of North Dakota
	Governor|Gov.
us-gov-oh	Governor of Ohio
	Governor|Gov.
us-gov-ok	Governor of Oklahoma
	Governor|Gov.
us-gov-or	Governor of Oregon
	Governor|Gov.
us-gov-pa	Governor of Pennsylvania
	Governor|Gov.
us-gov-ri	Governor of Rhode Island
	Governor|Gov.
us-gov-sc	Governor of South Carolina
	Governor|Gov.
us-gov-sd	Governor of South Dakota
	Governor|Gov.
us-gov-tn	Governor of Tennessee
	Governor|Gov.
us-gov-tx	Governor of Texas
	Governor|Gov.
us-gov-ut	Governor of Utah
	Governor|Gov.
us-gov-vt	Governor of Vermont
	Governor|Gov.
us-gov-va	Governor of Virginia
	Governor|Gov.
us-gov-wa	Governor of Washington
	Governor|Gov.
us-gov-wv	Governor of West Virginia
	Governor|Gov.
us-gov-wi	Governor of Wisconsin
	Governor|Gov.
us-gov-wy	Governor of Wyoming
	Governor|Gov.
ca-on-premier	Premier of Ontario
	Premier|Ontario Premier|Premier of Ontario
ca-qc-premier	Premier of Quebec
	Premier|Quebec Premier|Québec Premier|Premier of Quebec|Premier ministre|premier ministre du Québec
ca-bc-premier	Premier of British Columbia
	Premier|B.C. Premier|BC Premier|Premier of British Columbia
ca-ab-premier	Premier of Alberta
	Premier|Alberta Premier|Premier of Alberta
ca-mb-premier	Premier of Manitoba
	Premier|Manitoba Premier|Premier of Manitoba
ca-sk-premier	Premier of Saskatchewan
	Premier|Saskatchewan Premier|Premier of Saskatchewan
ca-ns-premier	Premier of Nova Scotia
	Premier|Nova Scotia Premier|Premier of Nova Scotia
ca-nb-premier	Premier of New Brunswick
	Premier|New Brunswick Premier|Premier of New Brunswick
ca-nl-premier	Premier of Newfoundland and Labrador
	Premier|Premier of Newfoundland and Labrador
ca-pe-premier	Premier of Prince Edward Island
	Premier|Premier of Prince Edward Island|P.E.I. Premier|PEI Premier
au-nsw-premier	Premier of New South Wales
	Premier|NSW Premier|New South Wales Premier|Premier of New South Wales
au-vic-premier	Premier of Victoria
	Premier|Victorian Premier|Premier of Victoria
au-qld-premier	Premier of Queensland
	Premier|Queensland Premier|Premier of Queensland
au-wa-premier	Premier of Western Australia
	Premier|WA Premier|Western Australian Premier|Premier of Western Australia
au-sa-premier	Premier of South Australia
	Premier|SA Premier|South Australian Premier|Premier of South Australia
au-tas-premier	Premier of Tasmania
	Premier|Tasmanian Premier|Premier of Tasmania
de-bw-mp	Ministerpräsident of Baden-Württemberg
	Ministerpräsident|Ministerpräsidentin|Minister-President|Minister President
de-by-mp	Ministerpräsident of Bavaria
	Ministerpräsident|Ministerpräsidentin|Minister-President|Minister President|Bavarian Premier
de-be-mayor	Governing Mayor of Berlin
	Regierender Bürgermeister|Regierende Bürgermeisterin|Governing Mayor|Mayor|Bürgermeister|Bürgermeisterin
de-bb-mp	Ministerpräsident of Brandenburg
	Ministerpräsident|Ministerpräsidentin|Minister-President|Minister President
de-hb-mayor	Mayor and President of the Senate of Bremen
	Bürgermeister|Bürgermeisterin|Präsident des Senats|Mayor|President of the Senate
de-hh-mayor	First Mayor of Hamburg
	Erster Bürgermeister|Erste Bürgermeisterin|First Mayor|Mayor
de-he-mp	Ministerpräsident of Hesse
	Ministerpräsident|Ministerpräsidentin|Minister-President|Minister President
de-mv-mp	Ministerpräsident of Mecklenburg-Vorpommern
	Ministerpräsident|Ministerpräsidentin|Minister-President|Minister President
de-ni-mp	Ministerpräsident of Lower Saxony
	Ministerpräsident|Ministerpräsidentin|Minister-President|Minister President
de-nw-mp	Ministerpräsident of North Rhine-Westphalia
	Ministerpräsident|Ministerpräsidentin|Minister-President|Minister President
de-rp-mp	Ministerpräsident of Rhineland-Palatinate
	Ministerpräsident|Ministerpräsidentin|Minister-President|Minister President
de-sl-mp	Ministerpräsident of Saarland
	Ministerpräsident|Ministerpräsidentin|Minister-President|Minister President
de-sn-mp	Ministerpräsident of Saxony
	Ministerpräsident|Ministerpräsidentin|Minister-President|Minister President
de-st-mp	Ministerpräsident of Saxony-Anhalt
	Ministerpräsident|Ministerpräsidentin|Minister-President|Minister President
de-sh-mp	Ministerpräsident of Schleswig-Holstein
	Ministerpräsident|Ministerpräsidentin|Minister-President|Minister President
de-th-mp	Ministerpräsident of Thuringia
	Ministerpräsident|Ministerpräsidentin|Minister-President|Minister President
hk-ce	Chief Executive of Hong Kong
	Chief Executive|Hong Kong Chief Executive|HKSAR Chief Executive|Chief Executive of Hong Kong
	Chief Executive of the HKSAR|Chief Executive of the Hong Kong Special Administrative Region
mo-ce	Chief Executive of Macao
	Chief Executive|Macao Chief Executive|Macau Chief Executive|Chief Executive of Macao|Chief Executive of Macau
	Chief Executive of the Macao SAR
gb-sct-fm	First Minister of Scotland
	First Minister|Scottish First Minister|First Minister of Scotland|Scotland's First Minister
gb-wls-fm	First Minister of Wales
	First Minister|Welsh First Minister|First Minister of Wales|Wales' First Minister
gb-nir-fm	First Minister of Northern Ireland
	First Minister|Northern Ireland First Minister|First Minister of Northern Ireland
in-up-cm	Chief Minister of Uttar Pradesh
	Chief Minister|Uttar Pradesh Chief Minister|UP Chief Minister|Chief Minister of Uttar Pradesh
in-mh-cm	Chief Minister of Maharashtra
	Chief Minister|Maharashtra Chief Minister|Chief Minister of Maharashtra
in-gj-cm	Chief Minister of Gujarat
	Chief Minister|Gujarat Chief Minister|Chief Minister of Gujarat
us-nyc-mayor	Mayor of New York City
	Mayor|New York City Mayor|NYC Mayor|New York Mayor|Mayor of New York|Mayor of New York City
us-la-mayor	Mayor of Los Angeles
	Mayor|Los Angeles Mayor|L.A. Mayor|LA Mayor|Mayor of Los Angeles
us-chi-mayor	Mayor of Chicago
	Mayor|Chicago Mayor|Mayor of Chicago
us-hou-mayor	Mayor of Houston
	Mayor|Houston Mayor|Mayor of Houston
us-phl-mayor	Mayor of Philadelphia
	Mayor|Philadelphia Mayor|Mayor of Philadelphia
us-sf-mayor	Mayor of San Francisco
	Mayor|San Francisco Mayor|S.F. Mayor|Mayor of San Francisco
us-dc-mayor	Mayor of the District of Columbia
	Mayor|D.C. Mayor|DC Mayor|Mayor of the District of Columbia|Mayor of Washington
us-bos-mayor	Mayor of Boston
	Mayor|Boston Mayor|Mayor of Boston
us-sea-mayor	Mayor of Seattle
	Mayor|Seattle Mayor|Mayor of Seattle
ca-tor-mayor	Mayor of Toronto
	Mayor|Toronto Mayor|Mayor of Toronto
ca-mtl-mayor	Mayor of Montreal
	Mayor|Montreal Mayor|Mayor of Montreal|mairesse de Montréal|maire de Montréal|mairesse|maire
ca-van-mayor	Mayor of Vancouver
	Mayor|Vancouver Mayor|Mayor of Vancouver
gb-lon-mayor	Mayor of London
	Mayor|Mayor of London|London Mayor
fr-par-mayor	Mayor of Paris
	Mayor|Mayor of Paris|Paris Mayor|maire de Paris|maire|mairesse
es-mad-mayor	Mayor of Madrid
	Mayor|Mayor of Madrid|Madrid Mayor|Alcalde|alcalde de Madrid|Alcaldesa|alcaldesa de Madrid
it-rom-mayor	Mayor of Rome
	Mayor|Mayor of Rome|Rome Mayor|sindaco|sindaca|sindaco di Roma|sindaca di Roma
jp-tok-governor	Governor of Tokyo
	Governor|Tokyo Governor|Governor of Tokyo|Tokyo Metropolitan Governor
kr-seo-mayor	Mayor of Seoul
	Mayor|Seoul Mayor|Mayor of Seoul|Seoul Metropolitan Mayor
au-syd-lord-mayor	Lord Mayor of Sydney
	Lord Mayor|Lord Mayor of Sydney|Sydney Lord Mayor
unesco-dg	UNESCO Director-General
	Director-General|Director General|UNESCO Director-General|UNESCO Director General|UNESCO chief
	Directrice générale|Directeur général
fao-dg	FAO Director-General
	Director-General|Director General|FAO Director-General|FAO Director General|FAO chief
ilo-dg	ILO Director-General
	Director-General|Director General|ILO Director-General|ILO Director General|ILO chief
wfp-ed	WFP Executive Director
	Executive Director|WFP Executive Director|WFP chief
unep-ed	UNEP Executive Director
	Executive Director|UNEP Executive Director|UN Environment Executive Director|UNEP chief
ohchr	UN High Commissioner for Human Rights
	High Commissioner|UN High Commissioner for Human Rights|High Commissioner for Human Rights
	UN human rights chief|U.N. human rights chief
itu-sg	ITU Secretary-General
	Secretary-General|Secretary General|ITU Secretary-General|ITU Secretary General|ITU chief
wipo-dg	WIPO Director General
	Director General|Director-General|WIPO Director General|WIPO Director-General|WIPO chief
iom-dg	IOM Director General
	Director General|Director-General|IOM Director General|IOM Director-General|IOM chief
icao-sg	ICAO Secretary General
	Secretary General|Secretary-General|ICAO Secretary General|ICAO Secretary-General
imo-sg	IMO Secretary-General
	Secretary-General|Secretary General|IMO Secretary-General|IMO Secretary General
unctad-sg	UNCTAD Secretary-General
	Secretary-General|Secretary General|UNCTAD Secretary-General|UNCTAD Secretary General|UNCTAD chief
osce-sg	OSCE Secretary General
	Secretary General|Secretary-General|OSCE Secretary General|OSCE Secretary-General
coe-sg	Council of Europe Secretary General
	Secretary General|Secretary-General|Council of Europe Secretary General
	Secretary General of the Council of Europe
idb-president	Inter-American Development Bank President
	President|IDB President|BID President|Inter-American Development Bank President
	President of the Inter-American Development Bank|Presidente del BID
adb-president	Asian Development Bank President
	President|ADB President|Asian Development Bank President|President of the Asian Development Bank
ebrd-president	EBRD President
	President|EBRD President|President of the EBRD
	President of the European Bank for Reconstruction and Development
eib-president	EIB President
	President|EIB President|President of the EIB|President of the European Investment Bank|EIB Group President
afdb-president	African Development Bank President
	President|AfDB President|African Development Bank President|President of the African Development Bank
	President of the African Development Bank Group
oas-sg	OAS Secretary General
	Secretary General|Secretary-General|OAS Secretary General|OAS Secretary-General|Secretary General of the OAS
	Secretario General
unga-president	President of the UN General Assembly
	President of the General Assembly|General Assembly President|UNGA President|PGA
	President of the UN General Assembly|President of the United Nations General Assembly
us-treasury	US Secretary of the Treasury
	Treasury Secretary|Secretary of the Treasury|U.S. Treasury Secretary|US Treasury Secretary|Secretary
uk-chancellor	Chancellor of the Exchequer
	Chancellor|Chancellor of the Exchequer|UK Chancellor|British Chancellor
de-finance	German Finance Minister
	Finance Minister|German Finance Minister|Federal Finance Minister|Finanzminister|Finanzministerin
	Bundesfinanzminister|Bundesfinanzministerin
ca-finance	Canadian Finance Minister
	Finance Minister|Minister of Finance|Canadian Finance Minister|Federal Finance Minister
it-finance	Italian Minister of Economy and Finance
	Finance Minister|Economy Minister|Italian Finance Minister|Italian Economy Minister
	Minister of Economy and Finance|ministro dell'Economia
it-foreign	Italian Foreign Minister
	Foreign Minister|Italian Foreign Minister|Minister of Foreign Affairs|ministro degli Esteri
es-foreign	Spanish Foreign Minister
	Foreign Minister|Spanish Foreign Minister|Minister of Foreign Affairs|ministro de Asuntos Exteriores
	ministra de Asuntos Exteriores
es-defence	Spanish Defence Minister
	Defence Minister|Defense Minister|Spanish Defence Minister|ministro de Defensa|ministra de Defensa
nl-foreign	Dutch Foreign Minister
	Foreign Minister|Dutch Foreign Minister|Minister of Foreign Affairs|minister van Buitenlandse Zaken
pl-foreign	Polish Foreign Minister
	Foreign Minister|Polish Foreign Minister|Minister of Foreign Affairs
kr-foreign	South Korean Foreign Minister
	Foreign Minister|South Korean Foreign Minister|Korean Foreign Minister|Minister of Foreign Affairs
br-foreign	Brazilian Foreign Minister
	Foreign Minister|Brazilian Foreign Minister|Minister of Foreign Affairs|Chanceler|chanceler
za-foreign	South African Minister of International Relations
	Foreign Minister|International Relations Minister|Minister of International Relations and Cooperation
	South African Foreign Minister
"""

HOLDERS_TSV = """\
un-sg	Kofi Annan			1997-01-01	2007-01-01
un-sg	Ban Ki-moon		Ban	2007-01-01	2017-01-01
un-sg	António Guterres			2017-01-01	-
nato-sg	Jaap de Hoop Scheffer		de Hoop Scheffer	2004-01-01	2009-08-01
nato-sg	Anders Fogh Rasmussen		Fogh Rasmussen|Rasmussen	2009-08-01	2014-10-01
nato-sg	Jens Stoltenberg			2014-10-01	2024-10-01
nato-sg	Mark Rutte			2024-10-01	-
ec-president	Romano Prodi			1999-09-16	2004-11-22
ec-president	José Manuel Barroso	José Manuel Durão Barroso	Barroso	2004-11-22	2014-11-01
ec-president	Jean-Claude Juncker			2014-11-01	2019-12-01
ec-president	Ursula von der Leyen		von der Leyen	2019-12-01	-
euco-president	Herman Van Rompuy		Van Rompuy	2009-12-01	2014-12-01
euco-president	Donald Tusk			2014-12-01	2019-12-01
euco-president	Charles Michel			2019-12-01	2024-12-01
euco-president	António Costa		-	2024-12-01	-
ep-president	Josep Borrell		Borrell	2004-07-20	2007-01-16
ep-president	Hans-Gert Pöttering			2007-01-16	2009-07-14
ep-president	Jerzy Buzek			2009-07-14	2012-01-17
ep-president	Martin Schulz		-	2012-01-17	2017-01-17
ep-president	Antonio Tajani			2017-01-17	2019-07-03
ep-president	David Sassoli			2019-07-03	2022-01-11
ep-president	Roberta Metsola			2022-01-18	-
eu-hr	Javier Solana			1999-10-18	2009-12-01
eu-hr	Catherine Ashton		Ashton	2009-12-01	2014-11-01
eu-hr	Federica Mogherini			2014-11-01	2019-12-01
eu-hr	Josep Borrell		Borrell	2019-12-01	2024-12-01
eu-hr	Kaja Kallas			2024-12-01	-
imf-md	Rodrigo de Rato		de Rato	2004-06-07	2007-11-01
imf-md	Dominique Strauss-Kahn			2007-11-01	2011-05-18
imf-md	Christine Lagarde			2011-07-05	2019-09-12
imf-md	Kristalina Georgieva			2019-10-01	-
wb-president	Paul Wolfowitz			2005-06-01	2007-07-01
wb-president	Robert Zoellick	Robert B. Zoellick		2007-07-01	2012-07-01
wb-president	Jim Yong Kim		-	2012-07-01	2019-02-01
wb-president	David Malpass			2019-04-09	2023-06-01
wb-president	Ajay Banga			2023-06-02	-
who-dg	Lee Jong-wook		-	2003-07-21	2006-05-22
who-dg	Margaret Chan		-	2007-01-04	2017-07-01
who-dg	Tedros Adhanom Ghebreyesus	Tedros Adhanom	Tedros	2017-07-01	-
wto-dg	Pascal Lamy			2005-09-01	2013-09-01
wto-dg	Roberto Azevêdo	Roberto Azevedo		2013-09-01	2020-09-01
wto-dg	Ngozi Okonjo-Iweala			2021-03-01	-
ecb-president	Jean-Claude Trichet			2003-11-01	2011-11-01
ecb-president	Mario Draghi			2011-11-01	2019-11-01
ecb-president	Christine Lagarde			2019-11-01	-
oecd-sg	Donald Johnston		-	1996-06-01	2006-06-01
oecd-sg	Ángel Gurría	Angel Gurría|José Ángel Gurría	Gurría|Gurria	2006-06-01	2021-06-01
oecd-sg	Mathias Cormann			2021-06-01	-
unhcr	António Guterres			2005-06-15	2016-01-01
unhcr	Filippo Grandi			2016-01-01	2026-01-01
unicef-ed	Ann Veneman		Veneman	2005-05-01	2010-05-01
unicef-ed	Anthony Lake		-	2010-05-01	2018-01-01
unicef-ed	Henrietta Fore	Henrietta H. Fore	Fore	2018-01-01	2022-01-01
unicef-ed	Catherine Russell		-	2022-02-01	-
unfpa-ed	Thoraya Obaid	Thoraya Ahmed Obaid	Obaid	2001-01-01	2011-01-01
unfpa-ed	Babatunde Osotimehin		Osotimehin	2011-01-01	2017-06-04
unfpa-ed	Natalia Kanem		Kanem	2017-06	2025-07-16
unfpa-ed	Diene Keita	Diène Keita	Keita	2025-07-16	-
undp-admin	Kemal Derviş	Kemal Dervis	Derviş|Dervis	2005-08-15	2009-03
undp-admin	Helen Clark		-	2009-04-17	2017-04-19
undp-admin	Achim Steiner			2017-06-19	2025-06
iaea-dg	Mohamed ElBaradei			1997-12-01	2009-12-01
iaea-dg	Yukiya Amano			2009-12-01	2019-07-18
iaea-dg	Rafael Grossi	Rafael Mariano Grossi		2019-12-03	-
auc-chair	Alpha Oumar Konaré	Alpha Oumar Konare	Konaré|Konare	2003-09-16	2008-04-28
auc-chair	Jean Ping			2008-04-28	2012-10-15
auc-chair	Nkosazana Dlamini-Zuma	Nkosazana Dlamini Zuma	Dlamini-Zuma|Dlamini Zuma	2012-10-15	2017-03-14
auc-chair	Moussa Faki Mahamat		Faki|Faki Mahamat	2017-03-14	2025-02-15
auc-chair	Mahmoud Ali Youssouf			2025-02-15	-
asean-sg	Ong Keng Yong		-	2003-01-01	2008-01-01
asean-sg	Surin Pitsuwan		Surin|Pitsuwan	2008-01-01	2013-01-01
asean-sg	Le Luong Minh	Lê Lương Minh	-	2013-01-01	2018-01-01
asean-sg	Lim Jock Hoi		-	2018-01-01	2023-01-01
asean-sg	Kao Kim Hourn		-	2023-01-01	-
cw-sg	Don McKinnon			2000-04-01	2008-04-01
cw-sg	Kamalesh Sharma		-	2008-04-01	2016-04-01
cw-sg	Patricia Scotland	Baroness Scotland	-	2016-04-01	2025-04-01
cw-sg	Shirley Botchwey	Shirley Ayorkor Botchwey	Botchwey	2025-04-01	-
us-president	George H. W. Bush	George H.W. Bush|George Bush	Bush	1989-01-20	1993-01-20
us-president	Bill Clinton	William J. Clinton	Clinton	1993-01-20	2001-01-20
us-president	George W. Bush	George Bush	Bush	2001-01-20	2009-01-20
us-president	Barack Obama			2009-01-20	2017-01-20
us-president	Donald Trump	Donald J. Trump		2017-01-20	2021-01-20
us-president	Joe Biden	Joseph R. Biden|Joseph R. Biden Jr.|Joseph Biden		2021-01-20	2025-01-20
us-president	Donald Trump	Donald J. Trump		2025-01-20	-
us-state	Condoleezza Rice		Rice	2005-01-26	2009-01-20
us-state	Hillary Clinton	Hillary Rodham Clinton	Clinton	2009-01-21	2013-02-01
us-state	John Kerry			2013-02-01	2017-01-20
us-state	Rex Tillerson			2017-02-01	2018-03-31
us-state	Mike Pompeo	Michael R. Pompeo		2018-04-26	2021-01-20
us-state	Antony Blinken	Antony J. Blinken		2021-01-26	2025-01-20
us-state	Marco Rubio			2025-01-21	-
us-defense	Donald Rumsfeld			2001-01-20	2006-12-18
us-defense	Robert Gates	Robert M. Gates		2006-12-18	2011-07-01
us-defense	Leon Panetta	Leon E. Panetta		2011-07-01	2013-02-27
us-defense	Chuck Hagel			2013-02-27	2015-02-17
us-defense	Ash Carter	Ashton Carter|Ashton B. Carter	-	2015-02-17	2017-01-20
us-defense	Jim Mattis	James Mattis|James N. Mattis		2017-01-20	2019-01-01
us-defense	Mark Esper	Mark T. Esper		2019-07-23	2020-11-09
us-defense	Lloyd Austin	Lloyd J. Austin III|Lloyd J. Austin		2021-01-22	2025-01-20
us-defense	Pete Hegseth			2025-01-25	-
uk-pm	Tony Blair			1997-05-02	2007-06-27
uk-pm	Gordon Brown			2007-06-27	2010-05-11
uk-pm	David Cameron			2010-05-11	2016-07-13
uk-pm	Theresa May		-	2016-07-13	2019-07-24
uk-pm	Boris Johnson			2019-07-24	2022-09-06
uk-pm	Liz Truss			2022-09-06	2022-10-25
uk-pm	Rishi Sunak			2022-10-25	2024-07-05
uk-pm	Keir Starmer	Sir Keir Starmer		2024-07-05	-
uk-foreign	Jack Straw			2001-06-08	2006-05-05
uk-foreign	Margaret Beckett			2006-05-05	2007-06-28
uk-foreign	David Miliband			2007-06-28	2010-05-12
uk-foreign	William Hague			2010-05-12	2014-07-15
uk-foreign	Philip Hammond			2014-07-15	2016-07-13
uk-foreign	Boris Johnson			2016-07-13	2018-07-09
uk-foreign	Jeremy Hunt			2018-07-09	2019-07-24
uk-foreign	Dominic Raab			2019-07-24	2021-09-15
uk-foreign	Liz Truss			2021-09-15	2022-09-06
uk-foreign	James Cleverly			2022-09-06	2023-11-13
uk-foreign	David Cameron	Lord Cameron		2023-11-13	2024-07-05
uk-foreign	David Lammy			2024-07-05	2025-09-05
uk-foreign	Yvette Cooper			2025-09-05	-
uk-defence	Des Browne			2006-05-05	2008-10-03
uk-defence	John Hutton			2008-10-03	2009-06-05
uk-defence	Bob Ainsworth			2009-06-05	2010-05-12
uk-defence	Liam Fox			2010-05-12	2011-10-14
uk-defence	Philip Hammond			2011-10-14	2014-07-15
uk-defence	Michael Fallon			2014-07-15	2017-11-02
uk-defence	Gavin Williamson			2017-11-02	2019-05-01
uk-defence	Penny Mordaunt			2019-05-01	2019-07-24
uk-defence	Ben Wallace			2019-07-24	2023-08-31
uk-defence	Grant Shapps			2023-08-31	2024-07-05
uk-defence	John Healey			2024-07-05	-
fr-president	Jacques Chirac			1995-05-17	2007-05-16
fr-president	Nicolas Sarkozy			2007-05-16	2012-05-15
fr-president	François Hollande	Francois Hollande		2012-05-15	2017-05-14
fr-president	Emmanuel Macron			2017-05-14	-
fr-pm	Dominique de Villepin		de Villepin|Villepin	2005-05-31	2007-05-17
fr-pm	François Fillon	Francois Fillon		2007-05-17	2012-05-15
fr-pm	Jean-Marc Ayrault			2012-05-15	2014-03-31
fr-pm	Manuel Valls			2014-03-31	2016-12-06
fr-pm	Bernard Cazeneuve			2016-12-06	2017-05-15
fr-pm	Édouard Philippe	Edouard Philippe	-	2017-05-15	2020-07-03
fr-pm	Jean Castex			2020-07-03	2022-05-16
fr-pm	Élisabeth Borne	Elisabeth Borne		2022-05-16	2024-01-09
fr-pm	Gabriel Attal			2024-01-09	2024-09-05
fr-pm	Michel Barnier			2024-09-05	2024-12-13
fr-pm	François Bayrou	Francois Bayrou		2024-12-13	2025-09-09
fr-foreign	Philippe Douste-Blazy			2005-06-02	2007-05-18
fr-foreign	Bernard Kouchner			2007-05-18	2010-11-14
fr-foreign	Alain Juppé	Alain Juppe		2011-02-27	2012-05-16
fr-foreign	Laurent Fabius			2012-05-16	2016-02-11
fr-foreign	Jean-Marc Ayrault			2016-02-11	2017-05-17
fr-foreign	Jean-Yves Le Drian		Le Drian	2017-05-17	2022-05-20
fr-foreign	Catherine Colonna			2022-05-20	2024-01-11
fr-foreign	Stéphane Séjourné	Stephane Sejourne	Séjourné|Sejourne	2024-01-11	2024-09-21
fr-foreign	Jean-Noël Barrot	Jean-Noel Barrot		2024-09-21	-
fr-defence	Hervé Morin	Herve Morin		2007-05-18	2010-11-14
fr-defence	Gérard Longuet	Gerard Longuet		2011-02-27	2012-05-16
fr-defence	Jean-Yves Le Drian		Le Drian	2012-05-16	2017-05-17
fr-defence	Florence Parly			2017-06-21	2022-05-20
fr-defence	Sébastien Lecornu	Sebastien Lecornu		2022-05-20	2025-09-09
de-chancellor	Gerhard Schröder	Gerhard Schroeder	Schröder|Schroeder	1998-10-27	2005-11-22
de-chancellor	Angela Merkel			2005-11-22	2021-12-08
de-chancellor	Olaf Scholz			2021-12-08	2025-05-06
de-chancellor	Friedrich Merz			2025-05-06	-
de-president	Horst Köhler	Horst Koehler	Köhler|Koehler	2004-07-01	2010-05-31
de-president	Christian Wulff			2010-06-30	2012-02-17
de-president	Joachim Gauck			2012-03-18	2017-03-19
de-president	Frank-Walter Steinmeier			2017-03-19	-
de-foreign	Frank-Walter Steinmeier			2005-11-22	2009-10-28
de-foreign	Guido Westerwelle			2009-10-28	2013-12-17
de-foreign	Frank-Walter Steinmeier			2013-12-17	2017-01-27
de-foreign	Sigmar Gabriel			2017-01-27	2018-03-14
de-foreign	Heiko Maas			2018-03-14	2021-12-08
de-foreign	Annalena Baerbock			2021-12-08	2025-05-06
de-foreign	Johann Wadephul			2025-05-06	-
de-defence	Franz Josef Jung		-	2005-11-22	2009-10-28
de-defence	Karl-Theodor zu Guttenberg		zu Guttenberg|Guttenberg	2009-10-28	2011-03-03
de-defence	Thomas de Maizière	Thomas de Maiziere	de Maizière|de Maiziere	2011-03-03	2013-12-17
de-defence	Ursula von der Leyen		von der Leyen	2013-12-17	2019-07-17
de-defence	Annegret Kramp-Karrenbauer			2019-07-17	2021-12-08
de-defence	Christine Lambrecht			2021-12-08	2023-01-19
de-defence	Boris Pistorius			2023-01-19	-
ca-pm	Pierre Elliott Trudeau	Pierre Trudeau	Trudeau	1968-04-20	1979-06-04
ca-pm	Pierre Elliott Trudeau	Pierre Trudeau	Trudeau	1980-03-03	1984-06-30
ca-pm	Paul Martin		-	2003-12-12	2006-02-06
ca-pm	Stephen Harper			2006-02-06	2015-11-04
ca-pm	Justin Trudeau		Trudeau	2015-11-04	2025-03-14
ca-pm	Mark Carney			2025-03-14	-
ca-foreign	Peter MacKay			2006-02-06	2007-08-14
ca-foreign	Maxime Bernier			2007-08-14	2008-05-26
ca-foreign	Lawrence Cannon			2008-10-30	2011-05-18
ca-foreign	John Baird		-	2011-05-18	2015-02-03
ca-foreign	Rob Nicholson			2015-02-09	2015-11-04
ca-foreign	Stéphane Dion	Stephane Dion		2015-11-04	2017-01-10
ca-foreign	Chrystia Freeland			2017-01-10	2019-11-20
ca-foreign	François-Philippe Champagne	Francois-Philippe Champagne	Champagne	2019-11-20	2021-01-12
ca-foreign	Marc Garneau			2021-01-12	2021-10-26
ca-foreign	Mélanie Joly	Melanie Joly	Joly	2021-10-26	2025-05-13
ca-foreign	Anita Anand			2025-05-13	-
ca-defence	Gordon O'Connor	Gordon O’Connor	-	2006-02-06	2007-08-14
ca-defence	Peter MacKay			2007-08-14	2013-07-15
ca-defence	Rob Nicholson			2013-07-15	2015-02-09
ca-defence	Jason Kenney			2015-02-09	2015-11-04
ca-defence	Harjit Sajjan	Harjit S. Sajjan		2015-11-04	2021-10-26
ca-defence	Anita Anand			2021-10-26	2023-07-26
ca-defence	Bill Blair			2023-07-26	2025-05-13
ca-defence	David McGuinty			2025-05-13	-
au-pm	John Howard		-	1996-03-11	2007-12-03
au-pm	Kevin Rudd			2007-12-03	2010-06-24
au-pm	Julia Gillard			2010-06-24	2013-06-27
au-pm	Kevin Rudd			2013-06-27	2013-09-18
au-pm	Tony Abbott			2013-09-18	2015-09-15
au-pm	Malcolm Turnbull			2015-09-15	2018-08-24
au-pm	Scott Morrison			2018-08-24	2022-05-23
au-pm	Anthony Albanese			2022-05-23	-
au-foreign	Alexander Downer			1996-03-11	2007-12-03
au-foreign	Stephen Smith		-	2007-12-03	2010-09-14
au-foreign	Kevin Rudd			2010-09-14	2012-02-22
au-foreign	Bob Carr		-	2012-03-13	2013-09-18
au-foreign	Julie Bishop			2013-09-18	2018-08-28
au-foreign	Marise Payne			2018-08-28	2022-05-23
au-foreign	Penny Wong			2022-05-23	-
au-defence	Brendan Nelson			2006-01-27	2007-12-03
au-defence	Joel Fitzgibbon			2007-12-03	2009-06-09
au-defence	John Faulkner			2009-06-09	2010-09-14
au-defence	Stephen Smith		-	2010-09-14	2013-09-18
au-defence	Kevin Andrews			2014-12-23	2015-09-21
au-defence	Marise Payne			2015-09-21	2018-08-28
au-defence	Christopher Pyne			2018-08-28	2019-05-29
au-defence	Linda Reynolds			2019-05-29	2021-03-30
au-defence	Peter Dutton			2021-03-30	2022-05-23
au-defence	Richard Marles			2022-06-01	-
nz-pm	Helen Clark		-	1999-12-10	2008-11-19
nz-pm	John Key		-	2008-11-19	2016-12-12
nz-pm	Bill English		-	2016-12-12	2017-10-26
nz-pm	Jacinda Ardern			2017-10-26	2023-01-25
nz-pm	Chris Hipkins			2023-01-25	2023-11-27
nz-pm	Christopher Luxon			2023-11-27	-
jp-pm	Junichiro Koizumi	Koizumi Junichiro		2001-04-26	2006-09-26
jp-pm	Shinzo Abe	Abe Shinzo|Shinzō Abe	Abe	2006-09-26	2007-09-26
jp-pm	Yasuo Fukuda	Fukuda Yasuo		2007-09-26	2008-09-24
jp-pm	Taro Aso	Aso Taro|Tarō Asō	Aso	2008-09-24	2009-09-16
jp-pm	Yukio Hatoyama	Hatoyama Yukio		2009-09-16	2010-06-08
jp-pm	Naoto Kan	Kan Naoto	-	2010-06-08	2011-09-02
jp-pm	Yoshihiko Noda	Noda Yoshihiko		2011-09-02	2012-12-26
jp-pm	Shinzo Abe	Abe Shinzo|Shinzō Abe	Abe	2012-12-26	2020-09-16
jp-pm	Yoshihide Suga	Suga Yoshihide		2020-09-16	2021-10-04
jp-pm	Fumio Kishida	Kishida Fumio		2021-10-04	2024-10-01
jp-pm	Shigeru Ishiba	Ishiba Shigeru		2024-10-01	2025-10-21
jp-pm	Sanae Takaichi	Takaichi Sanae		2025-10-21	-
jp-foreign	Katsuya Okada	Okada Katsuya		2009-09-16	2010-09-17
jp-foreign	Seiji Maehara	Maehara Seiji		2010-09-17	2011-03-07
jp-foreign	Koichiro Gemba	Gemba Koichiro		2011-09-02	2012-12-26
jp-foreign	Fumio Kishida	Kishida Fumio		2012-12-26	2017-08-03
jp-foreign	Taro Kono	Kono Taro|Tarō Kōno		2017-08-03	2019-09-11
jp-foreign	Toshimitsu Motegi	Motegi Toshimitsu		2019-09-11	2021-11-10
jp-foreign	Yoshimasa Hayashi	Hayashi Yoshimasa		2021-11-10	2023-09-13
jp-foreign	Yoko Kamikawa	Kamikawa Yoko		2023-09-13	2024-10-01
jp-foreign	Takeshi Iwaya	Iwaya Takeshi		2024-10-01	2025-10-21
jp-foreign	Toshimitsu Motegi	Motegi Toshimitsu		2025-10-21	-
jp-defense	Itsunori Onodera	Onodera Itsunori		2012-12-26	2014-09-03
jp-defense	Gen Nakatani	Nakatani Gen		2014-12-24	2016-08-03
jp-defense	Tomomi Inada	Inada Tomomi		2016-08-03	2017-07-28
jp-defense	Itsunori Onodera	Onodera Itsunori		2017-08-03	2018-10-02
jp-defense	Takeshi Iwaya	Iwaya Takeshi		2018-10-02	2019-09-11
jp-defense	Taro Kono	Kono Taro|Tarō Kōno		2019-09-11	2020-09-16
jp-defense	Nobuo Kishi	Kishi Nobuo		2020-09-16	2022-08-10
jp-defense	Yasukazu Hamada	Hamada Yasukazu		2022-08-10	2023-09-13
jp-defense	Minoru Kihara	Kihara Minoru		2023-09-13	2024-10-01
jp-defense	Gen Nakatani	Nakatani Gen		2024-10-01	2025-10-21
jp-defense	Shinjiro Koizumi	Koizumi Shinjiro		2025-10-21	-
in-pm	Manmohan Singh	Dr. Manmohan Singh|Dr Manmohan Singh	Singh	2004-05-22	2014-05-26
in-pm	Narendra Modi	Shri Narendra Modi		2014-05-26	-
in-president	A. P. J. Abdul Kalam	A.P.J. Abdul Kalam|APJ Abdul Kalam	Kalam	2002-07-25	2007-07-25
in-president	Pratibha Patil	Pratibha Devisingh Patil	-	2007-07-25	2012-07-25
in-president	Pranab Mukherjee			2012-07-25	2017-07-25
in-president	Ram Nath Kovind			2017-07-25	2022-07-25
in-president	Droupadi Murmu	Smt. Droupadi Murmu		2022-07-25	-
in-foreign	Pranab Mukherjee			2006-10-24	2009-05-22
in-foreign	S. M. Krishna	S.M. Krishna	-	2009-05-22	2012-10-26
in-foreign	Salman Khurshid			2012-10-28	2014-05-26
in-foreign	Sushma Swaraj			2014-05-26	2019-05-30
in-foreign	S. Jaishankar	Dr. S. Jaishankar|Subrahmanyam Jaishankar|Dr S Jaishankar	Jaishankar	2019-05-30	-
in-defence	Pranab Mukherjee			2004-05-22	2006-10-24
in-defence	A. K. Antony	A.K. Antony	Antony	2006-10-26	2014-05-26
in-defence	Manohar Parrikar			2014-11-09	2017-03-13
in-defence	Nirmala Sitharaman			2017-09-03	2019-05-30
in-defence	Rajnath Singh	Shri Rajnath Singh	-	2019-05-31	-
kr-president	Roh Moo-hyun		Roh	2003-02-25	2008-02-25
kr-president	Lee Myung-bak		-	2008-02-25	2013-02-25
kr-president	Park Geun-hye		-	2013-02-25	2017-03-10
kr-president	Moon Jae-in		Moon	2017-05-10	2022-05-10
kr-president	Yoon Suk Yeol	Yoon Suk-yeol	Yoon	2022-05-10	2025-04-04
kr-president	Lee Jae-myung	Lee Jae Myung	-	2025-06-04	-
cn-president	Hu Jintao		-	2003-03-15	2013-03-14
cn-president	Xi Jinping		Xi	2013-03-14	-
cn-premier	Wen Jiabao		Wen	2003-03-16	2013-03-15
cn-premier	Li Keqiang		-	2013-03-15	2023-03-11
cn-premier	Li Qiang		-	2023-03-11	-
ru-president	Vladimir Putin			2000-05-07	2008-05-07
ru-president	Dmitry Medvedev	Dmitri Medvedev		2008-05-07	2012-05-07
ru-president	Vladimir Putin			2012-05-07	-
ru-pm	Vladimir Putin			2008-05-08	2012-05-07
ru-pm	Dmitry Medvedev	Dmitri Medvedev		2012-05-08	2020-01-15
ru-pm	Mikhail Mishustin			2020-01-16	-
br-president	Luiz Inácio Lula da Silva	Luiz Inacio Lula da Silva|Lula da Silva	Lula	2003-01-01	2011-01-01
br-president	Dilma Rousseff		Dilma|Rousseff	2011-01-01	2016-08-31
br-president	Michel Temer			2016-08-31	2019-01-01
br-president	Jair Bolsonaro	Jair Messias Bolsonaro		2019-01-01	2023-01-01
br-president	Luiz Inácio Lula da Silva	Luiz Inacio Lula da Silva|Lula da Silva	Lula	2023-01-01	-
ar-president	Néstor Kirchner	Nestor Kirchner	-	2003-05-25	2007-12-10
ar-president	Cristina Fernández de Kirchner	Cristina Kirchner	-	2007-12-10	2015-12-10
ar-president	Mauricio Macri			2015-12-10	2019-12-10
ar-president	Alberto Fernández	Alberto Fernandez	-	2019-12-10	2023-12-10
ar-president	Javier Milei			2023-12-10	-
mx-president	Vicente Fox		-	2000-12-01	2006-12-01
mx-president	Felipe Calderón	Felipe Calderon	Calderón|Calderon	2006-12-01	2012-12-01
mx-president	Enrique Peña Nieto	Enrique Pena Nieto	Peña Nieto|Pena Nieto	2012-12-01	2018-12-01
mx-president	Andrés Manuel López Obrador		López Obrador	2018-12-01	2024-10-01
mx-president	Claudia Sheinbaum	Claudia Sheinbaum Pardo		2024-10-01	-
co-president	Álvaro Uribe	Alvaro Uribe|Álvaro Uribe Vélez		2002-08-07	2010-08-07
co-president	Juan Manuel Santos		-	2010-08-07	2018-08-07
co-president	Iván Duque	Ivan Duque|Iván Duque Márquez		2018-08-07	2022-08-07
co-president	Gustavo Petro			2022-08-07	2026-08-07
cl-president	Michelle Bachelet			2006-03-11	2010-03-11
cl-president	Sebastián Piñera	Sebastian Pinera|Sebastián Piñera Echenique	Piñera|Pinera	2010-03-11	2014-03-11
cl-president	Michelle Bachelet			2014-03-11	2018-03-11
cl-president	Sebastián Piñera	Sebastian Pinera|Sebastián Piñera Echenique	Piñera|Pinera	2018-03-11	2022-03-11
cl-president	Gabriel Boric			2022-03-11	2026-03-11
pe-president	Ollanta Humala			2011-07-28	2016-07-28
pe-president	Pedro Pablo Kuczynski		Kuczynski	2016-07-28	2018-03-23
pe-president	Martín Vizcarra	Martin Vizcarra		2018-03-23	2020-11-10
pe-president	Pedro Castillo			2021-07-28	2022-12-07
pe-president	Dina Boluarte			2022-12-07	2025-10-10
za-president	Thabo Mbeki			1999-06-14	2008-09-25
za-president	Kgalema Motlanthe			2008-09-25	2009-05-09
za-president	Jacob Zuma		Zuma	2009-05-09	2018-02-14
za-president	Cyril Ramaphosa			2018-02-15	-
ng-president	Olusegun Obasanjo			1999-05-29	2007-05-29
ng-president	Umaru Musa Yar'Adua	Umaru Yar'Adua|Umaru Musa Yar’Adua	Yar'Adua|Yar’Adua	2007-05-29	2010-05-05
ng-president	Goodluck Jonathan	Goodluck Ebele Jonathan	-	2010-05-06	2015-05-29
ng-president	Muhammadu Buhari			2015-05-29	2023-05-29
ng-president	Bola Tinubu	Bola Ahmed Tinubu		2023-05-29	-
ke-president	Mwai Kibaki			2002-12-30	2013-04-09
ke-president	Uhuru Kenyatta			2013-04-09	2022-09-13
ke-president	William Ruto	William Samoei Ruto		2022-09-13	-
eg-president	Hosni Mubarak			1981-10-14	2011-02-11
eg-president	Mohamed Morsi	Mohammed Morsi		2012-06-30	2013-07-03
eg-president	Abdel Fattah el-Sisi	Abdel Fattah al-Sisi	el-Sisi|El-Sisi|Sisi	2014-06-08	-
et-pm	Meles Zenawi		Meles|Zenawi	1995-08-23	2012-08-20
et-pm	Hailemariam Desalegn		Hailemariam|Desalegn	2012-08-21	2018-04-02
et-pm	Abiy Ahmed	Abiy Ahmed Ali	Abiy	2018-04-02	-
gh-president	John Kufuor	John Agyekum Kufuor	Kufuor	2001-01-07	2009-01-07
gh-president	John Atta Mills	John Evans Atta Mills	Atta Mills|Mills	2009-01-07	2012-07-24
gh-president	John Mahama	John Dramani Mahama	Mahama	2012-07-24	2017-01-07
gh-president	Nana Akufo-Addo	Nana Addo Dankwa Akufo-Addo	Akufo-Addo	2017-01-07	2025-01-07
gh-president	John Mahama	John Dramani Mahama	Mahama	2025-01-07	-
id-president	Susilo Bambang Yudhoyono		Yudhoyono	2004-10-20	2014-10-20
id-president	Joko Widodo		Widodo|Jokowi	2014-10-20	2024-10-20
id-president	Prabowo Subianto		Prabowo	2024-10-20	-
tr-pm	Recep Tayyip Erdoğan	Recep Tayyip Erdogan	Erdoğan|Erdogan	2003-03-14	2014-08-28
tr-pm	Ahmet Davutoğlu	Ahmet Davutoglu	Davutoğlu|Davutoglu	2014-08-28	2016-05-24
tr-pm	Binali Yıldırım	Binali Yildirim	Yıldırım|Yildirim	2016-05-24	2018-07-09
tr-president	Abdullah Gül	Abdullah Gul	Gül|Gul	2007-08-28	2014-08-28
tr-president	Recep Tayyip Erdoğan	Recep Tayyip Erdogan	Erdoğan|Erdogan	2014-08-28	-
pk-pm	Yousaf Raza Gilani	Syed Yousaf Raza Gilani	Gilani	2008-03-25	2012-06-19
pk-pm	Nawaz Sharif	Muhammad Nawaz Sharif	Sharif	2013-06-05	2017-07-28
pk-pm	Imran Khan		-	2018-08-18	2022-04-10
pk-pm	Shehbaz Sharif	Shahbaz Sharif|Muhammad Shehbaz Sharif	Sharif	2022-04-11	2023-08-14
pk-pm	Shehbaz Sharif	Shahbaz Sharif|Muhammad Shehbaz Sharif	Sharif	2024-03-04	-
bd-pm	Sheikh Hasina		Hasina	2009-01-06	2024-08-05
ph-president	Gloria Macapagal Arroyo	Gloria Macapagal-Arroyo	Arroyo	2001-01-20	2010-06-30
ph-president	Benigno Aquino III	Benigno S. Aquino III	Aquino	2010-06-30	2016-06-30
ph-president	Rodrigo Duterte	Rodrigo Roa Duterte	Duterte	2016-06-30	2022-06-30
ph-president	Ferdinand Marcos Jr.	Ferdinand R. Marcos Jr.|Bongbong Marcos	Marcos	2022-06-30	-
th-pm	Abhisit Vejjajiva		Abhisit	2008-12-17	2011-08-05
th-pm	Yingluck Shinawatra		Yingluck	2011-08-05	2014-05-07
th-pm	Prayut Chan-o-cha	Prayuth Chan-ocha|Prayut Chan-ocha	Prayut|Prayuth	2014-08-24	2023-08-22
th-pm	Srettha Thavisin		Srettha	2023-08-22	2024-08-14
my-pm	Abdullah Ahmad Badawi		Badawi	2003-10-31	2009-04-03
my-pm	Najib Razak	Najib Tun Razak	Najib	2009-04-03	2018-05-10
my-pm	Mahathir Mohamad		Mahathir	2018-05-10	2020-03-01
my-pm	Muhyiddin Yassin		Muhyiddin	2020-03-01	2021-08-16
my-pm	Ismail Sabri Yaakob		Ismail Sabri	2021-08-21	2022-11-24
my-pm	Anwar Ibrahim		Anwar	2022-11-24	-
sg-pm	Lee Hsien Loong		-	2004-08-12	2024-05-15
sg-pm	Lawrence Wong		-	2024-05-15	-
il-pm	Ehud Olmert			2006-04-14	2009-03-31
il-pm	Benjamin Netanyahu			2009-03-31	2021-06-13
il-pm	Naftali Bennett			2021-06-13	2022-06-30
il-pm	Yair Lapid			2022-07-01	2022-12-29
il-pm	Benjamin Netanyahu			2022-12-29	-
ir-president	Mahmoud Ahmadinejad			2005-08-03	2013-08-03
ir-president	Hassan Rouhani			2013-08-03	2021-08-03
ir-president	Ebrahim Raisi			2021-08-03	2024-05-19
ir-president	Masoud Pezeshkian			2024-07-28	-
ua-president	Viktor Yushchenko			2005-01-23	2010-02-25
ua-president	Viktor Yanukovych			2010-02-25	2014-02-22
ua-president	Petro Poroshenko			2014-06-07	2019-05-20
ua-president	Volodymyr Zelenskyy	Volodymyr Zelensky	Zelenskyy|Zelensky	2019-05-20	-
it-pm	Silvio Berlusconi			2001-06-11	2006-05-17
it-pm	Romano Prodi			2006-05-17	2008-05-08
it-pm	Silvio Berlusconi			2008-05-08	2011-11-16
it-pm	Mario Monti			2011-11-16	2013-04-28
it-pm	Enrico Letta			2013-04-28	2014-02-22
it-pm	Matteo Renzi			2014-02-22	2016-12-12
it-pm	Paolo Gentiloni			2016-12-12	2018-06-01
it-pm	Giuseppe Conte			2018-06-01	2021-02-13
it-pm	Mario Draghi			2021-02-13	2022-10-22
it-pm	Giorgia Meloni			2022-10-22	-
it-president	Giorgio Napolitano			2006-05-15	2015-01-14
it-president	Sergio Mattarella			2015-02-03	-
es-pm	José Luis Rodríguez Zapatero		Zapatero|Rodríguez Zapatero	2004-04-17	2011-12-21
es-pm	Mariano Rajoy			2011-12-21	2018-06-02
es-pm	Pedro Sánchez	Pedro Sanchez	-	2018-06-02	-
nl-pm	Jan Peter Balkenende		Balkenende	2002-07-22	2010-10-14
nl-pm	Mark Rutte			2010-10-14	2024-07-02
be-pm	Guy Verhofstadt			1999-07-12	2008-03-20
be-pm	Yves Leterme			2008-03-20	2008-12-30
be-pm	Herman Van Rompuy		Van Rompuy	2008-12-30	2009-11-25
be-pm	Yves Leterme			2009-11-25	2011-12-06
be-pm	Elio Di Rupo		Di Rupo	2011-12-06	2014-10-11
be-pm	Charles Michel			2014-10-11	2019-10-27
be-pm	Sophie Wilmès	Sophie Wilmes	Wilmès|Wilmes	2019-10-27	2020-10-01
be-pm	Alexander De Croo		De Croo	2020-10-01	2025-02-03
be-pm	Bart De Wever		De Wever	2025-02-03	-
pl-pm	Donald Tusk			2007-11-16	2014-09-22
pl-pm	Ewa Kopacz			2014-09-22	2015-11-16
pl-pm	Beata Szydło	Beata Szydlo	Szydło|Szydlo	2015-11-16	2017-12-11
pl-pm	Mateusz Morawiecki			2017-12-11	2023-12-13
pl-pm	Donald Tusk			2023-12-13	-
pl-president	Lech Kaczyński	Lech Kaczynski	Kaczyński|Kaczynski	2005-12-23	2010-04-10
pl-president	Bronisław Komorowski	Bronislaw Komorowski		2010-08-06	2015-08-06
pl-president	Andrzej Duda			2015-08-06	2025-08-06
pl-president	Karol Nawrocki			2025-08-06	-
se-pm	Göran Persson	Goran Persson	Persson	1996-03-22	2006-10-06
se-pm	Fredrik Reinfeldt			2006-10-06	2014-10-03
se-pm	Stefan Löfven	Stefan Lofven	Löfven|Lofven	2014-10-03	2021-11-30
se-pm	Magdalena Andersson		Andersson	2021-11-30	2022-10-18
se-pm	Ulf Kristersson			2022-10-18	-
dk-pm	Anders Fogh Rasmussen		Fogh Rasmussen|Rasmussen	2001-11-27	2009-04-05
dk-pm	Lars Løkke Rasmussen	Lars Lokke Rasmussen	Løkke Rasmussen|Rasmussen	2009-04-05	2011-10-03
dk-pm	Helle Thorning-Schmidt			2011-10-03	2015-06-28
dk-pm	Lars Løkke Rasmussen	Lars Lokke Rasmussen	Løkke Rasmussen|Rasmussen	2015-06-28	2019-06-27
dk-pm	Mette Frederiksen			2019-06-27	-
no-pm	Jens Stoltenberg			2005-10-17	2013-10-16
no-pm	Erna Solberg			2013-10-16	2021-10-14
no-pm	Jonas Gahr Støre	Jonas Gahr Store	Støre|Gahr Støre	2021-10-14	-
fi-pm	Matti Vanhanen			2003-06-24	2010-06-22
fi-pm	Mari Kiviniemi			2010-06-22	2011-06-22
fi-pm	Jyrki Katainen			2011-06-22	2014-06-24
fi-pm	Alexander Stubb			2014-06-24	2015-05-29
fi-pm	Juha Sipilä	Juha Sipila	Sipilä|Sipila	2015-05-29	2019-06-06
fi-pm	Antti Rinne			2019-06-06	2019-12-10
fi-pm	Sanna Marin			2019-12-10	2023-06-20
fi-pm	Petteri Orpo			2023-06-20	-
fi-president	Tarja Halonen			2000-03-01	2012-03-01
fi-president	Sauli Niinistö	Sauli Niinisto	Niinistö|Niinisto	2012-03-01	2024-03-01
fi-president	Alexander Stubb			2024-03-01	-
at-chancellor	Wolfgang Schüssel	Wolfgang Schuessel	Schüssel|Schuessel	2000-02-04	2007-01-11
at-chancellor	Alfred Gusenbauer			2007-01-11	2008-12-02
at-chancellor	Werner Faymann			2008-12-02	2016-05-09
at-chancellor	Christian Kern		-	2016-05-17	2017-12-18
at-chancellor	Sebastian Kurz			2017-12-18	2019-05-28
at-chancellor	Brigitte Bierlein			2019-06-03	2020-01-07
at-chancellor	Sebastian Kurz			2020-01-07	2021-10-11
at-chancellor	Karl Nehammer			2021-12-06	2025-01-10
at-chancellor	Christian Stocker			2025-03-03	-
at-president	Heinz Fischer		-	2004-07-08	2016-07-08
at-president	Alexander Van der Bellen		Van der Bellen	2017-01-26	-
ie-pm	Bertie Ahern			1997-06-26	2008-05-07
ie-pm	Brian Cowen			2008-05-07	2011-03-09
ie-pm	Enda Kenny			2011-03-09	2017-06-14
ie-pm	Leo Varadkar			2017-06-14	2020-06-27
ie-pm	Micheál Martin	Micheal Martin	-	2020-06-27	2022-12-17
ie-pm	Leo Varadkar			2022-12-17	2024-04-09
ie-pm	Simon Harris			2024-04-09	2025-01-23
ie-pm	Micheál Martin	Micheal Martin	-	2025-01-23	-
ie-president	Mary McAleese			1997-11-11	2011-11-11
ie-president	Michael D. Higgins	Michael D Higgins	Higgins	2011-11-11	2025-11-11
ie-president	Catherine Connolly			2025-11-11	-
pt-pm	José Sócrates	Jose Socrates	Sócrates|Socrates	2005-03-12	2011-06-21
pt-pm	Pedro Passos Coelho		Passos Coelho	2011-06-21	2015-11-26
pt-pm	António Costa	Antonio Costa	Costa	2015-11-26	2024-04-02
pt-pm	Luís Montenegro	Luis Montenegro	-	2024-04-02	-
pt-president	Aníbal Cavaco Silva	Anibal Cavaco Silva	Cavaco Silva	2006-03-09	2016-03-09
pt-president	Marcelo Rebelo de Sousa		Rebelo de Sousa	2016-03-09	2026-03-09
gr-pm	Kostas Karamanlis	Kostas Karamanlis|Costas Karamanlis	Karamanlis	2004-03-10	2009-10-06
gr-pm	George Papandreou	Giorgos Papandreou	Papandreou	2009-10-06	2011-11-11
gr-pm	Lucas Papademos	Loukas Papademos	Papademos	2011-11-11	2012-05-17
gr-pm	Antonis Samaras			2012-06-20	2015-01-26
gr-pm	Alexis Tsipras			2015-01-26	2015-08-27
gr-pm	Alexis Tsipras			2015-09-21	2019-07-08
gr-pm	Kyriakos Mitsotakis			2019-07-08	-
cz-president	Václav Klaus	Vaclav Klaus		2003-03-07	2013-03-07
cz-president	Miloš Zeman	Milos Zeman		2013-03-08	2023-03-08
cz-president	Petr Pavel		-	2023-03-09	-
ee-pm	Kaja Kallas			2021-01-26	2024-07-23
us-vp	Dick Cheney	Richard B. Cheney|Richard Cheney		2001-01-20	2009-01-20
us-vp	Joe Biden	Joseph R. Biden|Joseph R. Biden Jr.|Joseph Biden		2009-01-20	2017-01-20
us-vp	Mike Pence	Michael R. Pence		2017-01-20	2021-01-20
us-vp	Kamala Harris	Kamala D. Harris		2021-01-20	2025-01-20
us-vp	JD Vance	J.D. Vance|J. D. Vance		2025-01-20	-
tw-president	Chen Shui-bian		-	2000-05-20	2008-05-20
tw-president	Ma Ying-jeou		-	2008-05-20	2016-05-20
tw-president	Tsai Ing-wen		Tsai	2016-05-20	2024-05-20
tw-president	Lai Ching-te	William Lai	Lai	2024-05-20	-
lk-president	Mahinda Rajapaksa		Rajapaksa	2005-11-19	2015-01-09
lk-president	Maithripala Sirisena		Sirisena	2015-01-09	2019-11-18
lk-president	Gotabaya Rajapaksa		Rajapaksa	2019-11-18	2022-07-14
lk-president	Ranil Wickremesinghe		Wickremesinghe	2022-07-21	2024-09-23
lk-president	Anura Kumara Dissanayake		Dissanayake	2024-09-23	-
dz-president	Abdelaziz Bouteflika			1999-04-27	2019-04-02
dz-president	Abdelmadjid Tebboune			2019-12-19	-
tz-president	Jakaya Kikwete	Jakaya Mrisho Kikwete		2005-12-21	2015-11-05
tz-president	John Magufuli	John Pombe Magufuli		2015-11-05	2021-03-17
tz-president	Samia Suluhu Hassan		Samia|Suluhu|Suluhu Hassan	2021-03-19	-
cd-president	Joseph Kabila			2001-01-26	2019-01-24
cd-president	Félix Tshisekedi	Félix Antoine Tshisekedi	Tshisekedi	2019-01-24	-
sn-president	Abdoulaye Wade		Wade	2000-04-01	2012-04-02
sn-president	Macky Sall		Sall	2012-04-02	2024-04-02
sn-president	Bassirou Diomaye Faye		Diomaye Faye	2024-04-02	-
zw-president	Robert Mugabe			1987-12-31	2017-11-21
zw-president	Emmerson Mnangagwa			2017-11-24	-
vn-pm	Nguyễn Tấn Dũng	Nguyen Tan Dung	-	2006-06-27	2016-04-07
vn-pm	Nguyễn Xuân Phúc	Nguyen Xuan Phuc	-	2016-04-07	2021-04-05
vn-pm	Phạm Minh Chính	Pham Minh Chinh	-	2021-04-05	-
gb-monarch	Elizabeth II		-	1952-02-06	2022-09-08
gb-monarch	Charles III		-	2022-09-08	-
jp-emperor	Akihito		Akihito	1989-01-07	2019-04-30
jp-emperor	Naruhito		Naruhito	2019-05-01	-
es-monarch	Juan Carlos	Juan Carlos I	-	1975-11-22	2014-06-19
es-monarch	Felipe VI		-	2014-06-19	-
nl-monarch	Beatrix		Beatrix	1980-04-30	2013-04-30
nl-monarch	Willem-Alexander		Willem-Alexander	2013-04-30	-
be-monarch	Albert II		-	1993-08-09	2013-07-21
be-monarch	Philippe		-	2013-07-21	-
dk-monarch	Margrethe II	Margrethe	-	1972-01-14	2024-01-14
dk-monarch	Frederik X		-	2024-01-14	-
th-monarch	Bhumibol Adulyadej		Bhumibol	1946-06-09	2016-10-13
us-gov-al	Bob Riley			2003-01	2011-01
us-gov-al	Robert Bentley			2011-01	2017-04-10
us-gov-al	Kay Ivey			2017-04-10	-
us-gov-ak	Frank Murkowski			2002-12	2006-12
us-gov-ak	Sarah Palin			2006-12	2009-07-26
us-gov-ak	Sean Parnell			2009-07-26	2014-12
us-gov-ak	Bill Walker		-	2014-12	2018-12
us-gov-ak	Mike Dunleavy			2018-12	-
us-gov-az	Janet Napolitano			2003-01	2009-01
us-gov-az	Jan Brewer			2009-01	2015-01
us-gov-az	Doug Ducey			2015-01	2023-01
us-gov-az	Katie Hobbs			2023-01	-
us-gov-ar	Mike Huckabee			1996-07	2007-01
us-gov-ar	Mike Beebe			2007-01	2015-01
us-gov-ar	Asa Hutchinson			2015-01	2023-01
us-gov-ar	Sarah Huckabee Sanders		Huckabee Sanders|Sanders	2023-01	-
us-gov-ca	Arnold Schwarzenegger			2003-11	2011-01
us-gov-ca	Jerry Brown	Edmund G. Brown Jr.|Edmund G. Brown	-	2011-01	2019-01
us-gov-ca	Gavin Newsom			2019-01	-
us-gov-co	Bill Owens		-	1999-01	2007-01
us-gov-co	Bill Ritter			2007-01	2011-01
us-gov-co	John Hickenlooper			2011-01	2019-01
us-gov-co	Jared Polis			2019-01	-
us-gov-ct	Jodi Rell	M. Jodi Rell		2004-07	2011-01
us-gov-ct	Dannel Malloy	Dan Malloy|Dannel P. Malloy		2011-01	2019-01
us-gov-ct	Ned Lamont			2019-01	-
us-gov-de	Ruth Ann Minner		Minner	2001-01	2009-01
us-gov-de	Jack Markell			2009-01	2017-01
us-gov-de	John Carney			2017-01	2025-01
us-gov-de	Matt Meyer		-	2025-01	-
us-gov-fl	Jeb Bush		Bush	1999-01	2007-01
us-gov-fl	Charlie Crist			2007-01	2011-01
us-gov-fl	Rick Scott		-	2011-01	2019-01
us-gov-fl	Ron DeSantis			2019-01	-
us-gov-ga	Sonny Perdue			2003-01	2011-01
us-gov-ga	Nathan Deal			2011-01	2019-01
us-gov-ga	Brian Kemp			2019-01	-
us-gov-hi	Linda Lingle			2002-12	2010-12
us-gov-hi	Neil Abercrombie			2010-12	2014-12
us-gov-hi	David Ige			2014-12	2022-12
us-gov-hi	Josh Green		-	2022-12	-
us-gov-id	Dirk Kempthorne			1999-01	2006-05
us-gov-id	Jim Risch			2006-05	2007-01
us-gov-id	Butch Otter	C. L. Otter|C.L. "Butch" Otter		2007-01	2019-01
us-gov-id	Brad Little			2019-01	-
us-gov-il	Rod Blagojevich			2003-01	2009-01
us-gov-il	Pat Quinn			2009-01	2015-01
us-gov-il	Bruce Rauner			2015-01	2019-01
us-gov-il	JB Pritzker	J.B. Pritzker|J. B. Pritzker	Pritzker	2019-01	-
us-gov-in	Mitch Daniels			2005-01	2013-01
us-gov-in	Mike Pence			2013-01	2017-01
us-gov-in	Eric Holcomb			2017-01	2025-01
us-gov-in	Mike Braun			2025-01	-
us-gov-ia	Tom Vilsack			1999-01	2007-01
us-gov-ia	Chet Culver			2007-01	2011-01
us-gov-ia	Terry Branstad			2011-01	2017-05
us-gov-ia	Kim Reynolds		-	2017-05	-
us-gov-ks	Kathleen Sebelius			2003-01	2009-04
us-gov-ks	Mark Parkinson			2009-04	2011-01
us-gov-ks	Sam Brownback			2011-01	2018-01
us-gov-ks	Jeff Colyer			2018-01	2019-01
us-gov-ks	Laura Kelly		-	2019-01	-
us-gov-ky	Ernie Fletcher			2003-12	2007-12
us-gov-ky	Steve Beshear			2007-12	2015-12
us-gov-ky	Matt Bevin			2015-12	2019-12
us-gov-ky	Andy Beshear			2019-12	-
us-gov-la	Kathleen Blanco	Kathleen Babineaux Blanco		2004-01	2008-01
us-gov-la	Bobby Jindal			2008-01	2016-01
us-gov-la	John Bel Edwards		-	2016-01	2024-01
us-gov-la	Jeff Landry			2024-01	-
us-gov-me	John Baldacci			2003-01	2011-01
us-gov-me	Paul LePage			2011-01	2019-01
us-gov-me	Janet Mills		-	2019-01	-
us-gov-md	Bob Ehrlich	Robert Ehrlich|Robert L. Ehrlich Jr.		2003-01	2007-01
us-gov-md	Martin O'Malley	Martin O’Malley	O'Malley|O’Malley	2007-01	2015-01
us-gov-md	Larry Hogan			2015-01	2023-01
us-gov-md	Wes Moore		-	2023-01	-
us-gov-ma	Mitt Romney			2003-01	2007-01
us-gov-ma	Deval Patrick		-	2007-01	2015-01
us-gov-ma	Charlie Baker		-	2015-01	2023-01
us-gov-ma	Maura Healey			2023-01	-
us-gov-mi	Jennifer Granholm			2003-01	2011-01
us-gov-mi	Rick Snyder			2011-01	2019-01
us-gov-mi	Gretchen Whitmer			2019-01	-
us-gov-mn	Tim Pawlenty			2003-01	2011-01
us-gov-mn	Mark Dayton			2011-01	2019-01
us-gov-mn	Tim Walz			2019-01	-
us-gov-ms	Haley Barbour			2004-01	2012-01
us-gov-ms	Phil Bryant			2012-01	2020-01
us-gov-ms	Tate Reeves			2020-01	-
us-gov-mo	Matt Blunt			2005-01	2009-01
us-gov-mo	Jay Nixon			2009-01	2017-01
us-gov-mo	Eric Greitens			2017-01	2018-06
us-gov-mo	Mike Parson			2018-06	2025-01
us-gov-mo	Mike Kehoe			2025-01	-
us-gov-mt	Brian Schweitzer			2005-01	2013-01
us-gov-mt	Steve Bullock			2013-01	2021-01
us-gov-mt	Greg Gianforte			2021-01	-
us-gov-ne	Dave Heineman			2005-01	2015-01
us-gov-ne	Pete Ricketts			2015-01	2023-01
us-gov-ne	Jim Pillen			2023-01	-
us-gov-nv	Kenny Guinn			1999-01	2007-01
us-gov-nv	Jim Gibbons			2007-01	2011-01
us-gov-nv	Brian Sandoval			2011-01	2019-01
us-gov-nv	Steve Sisolak			2019-01	2023-01
us-gov-nv	Joe Lombardo			2023-01	-
us-gov-nh	John Lynch		-	2005-01	2013-01
us-gov-nh	Maggie Hassan			2013-01	2017-01
us-gov-nh	Chris Sununu			2017-01	2025-01
us-gov-nh	Kelly Ayotte			2025-01	-
us-gov-nj	Jon Corzine			2006-01	2010-01
us-gov-nj	Chris Christie			2010-01	2018-01
us-gov-nj	Phil Murphy		-	2018-01	2026-01
us-gov-nj	Mikie Sherrill			2026-01	-
us-gov-nm	Bill Richardson			2003-01	2011-01
us-gov-nm	Susana Martinez		-	2011-01	2019-01
us-gov-nm	Michelle Lujan Grisham		Lujan Grisham	2019-01	-
us-gov-ny	George Pataki			1995-01	2007-01
us-gov-ny	Eliot Spitzer			2007-01	2008-03
us-gov-ny	David Paterson			2008-03	2010-12
us-gov-ny	Andrew Cuomo	Andrew M. Cuomo		2011-01	2021-08
us-gov-ny	Kathy Hochul			2021-08	-
us-gov-nc	Mike Easley			2001-01	2009-01
us-gov-nc	Bev Perdue	Beverly Perdue		2009-01	2013-01
us-gov-nc	Pat McCrory			2013-01	2017-01
us-gov-nc	Roy Cooper		-	2017-01	2025-01
us-gov-nc	Josh Stein		-	2025-01	-
us-gov-nd	John Hoeven			2000-12	2010-12
us-gov-nd	Jack Dalrymple			2010-12	2016-12
us-gov-nd	Doug Burgum			2016-12	2024-12
us-gov-nd	Kelly Armstrong		-	2024-12	-
us-gov-oh	Bob Taft			1999-01	2007-01
us-gov-oh	Ted Strickland			2007-01	2011-01
us-gov-oh	John Kasich			2011-01	2019-01
us-gov-oh	Mike DeWine			2019-01	-
us-gov-ok	Brad Henry		-	2003-01	2011-01
us-gov-ok	Mary Fallin			2011-01	2019-01
us-gov-ok	Kevin Stitt			2019-01	-
us-gov-or	Ted Kulongoski			2003-01	2011-01
us-gov-or	John Kitzhaber			2011-01	2015-02
us-gov-or	Kate Brown		-	2015-02	2023-01
us-gov-or	Tina Kotek			2023-01	-
us-gov-pa	Ed Rendell			2003-01	2011-01
us-gov-pa	Tom Corbett			2011-01	2015-01
us-gov-pa	Tom Wolf			2015-01	2023-01
us-gov-pa	Josh Shapiro			2023-01	-
us-gov-ri	Donald Carcieri	Don Carcieri		2003-01	2011-01
us-gov-ri	Lincoln Chafee			2011-01	2015-01
us-gov-ri	Gina Raimondo			2015-01	2021-03
us-gov-ri	Dan McKee			2021-03	-
us-gov-sc	Mark Sanford			2003-01	2011-01
us-gov-sc	Nikki Haley			2011-01	2017-01
us-gov-sc	Henry McMaster			2017-01	-
us-gov-sd	Mike Rounds			2003-01	2011-01
us-gov-sd	Dennis Daugaard			2011-01	2019-01
us-gov-sd	Kristi Noem			2019-01	2025-01
us-gov-sd	Larry Rhoden			2025-01	-
us-gov-tn	Phil Bredesen			2003-01	2011-01
us-gov-tn	Bill Haslam			2011-01	2019-01
us-gov-tn	Bill Lee		-	2019-01	-
us-gov-tx	Rick Perry			2000-12	2015-01
us-gov-tx	Greg Abbott			2015-01	-
us-gov-ut	Jon Huntsman Jr.	Jon Huntsman	Huntsman	2005-01	2009-08
us-gov-ut	Gary Herbert			2009-08	2021-01
us-gov-ut	Spencer Cox		-	2021-01	-
us-gov-vt	Jim Douglas		-	2003-01	2011-01
us-gov-vt	Peter Shumlin			2011-01	2017-01
us-gov-vt	Phil Scott		-	2017-01	-
us-gov-va	Mark Warner			2002-01	2006-01
us-gov-va	Tim Kaine			2006-01	2010-01
us-gov-va	Bob McDonnell			2010-01	2014-01
us-gov-va	Terry McAuliffe			2014-01	2018-01
us-gov-va	Ralph Northam			2018-01	2022-01
us-gov-va	Glenn Youngkin			2022-01	2026-01
us-gov-va	Abigail Spanberger			2026-01	-
us-gov-wa	Christine Gregoire	Chris Gregoire		2005-01	2013-01
us-gov-wa	Jay Inslee			2013-01	2025-01
us-gov-wa	Bob Ferguson		-	2025-01	-
us-gov-wv	Joe Manchin			2005-01	2010-11
us-gov-wv	Earl Ray Tomblin		Tomblin	2010-11	2017-01
us-gov-wv	Jim Justice			2017-01	2025-01
us-gov-wv	Patrick Morrisey			2025-01	-
us-gov-wi	Jim Doyle		-	2003-01	2011-01
us-gov-wi	Scott Walker		-	2011-01	2019-01
us-gov-wi	Tony Evers			2019-01	-
us-gov-wy	Dave Freudenthal			2003-01	2011-01
us-gov-wy	Matt Mead			2011-01	2019-01
us-gov-wy	Mark Gordon		-	2019-01	-
ca-on-premier	Dalton McGuinty			2003-10	2013-02
ca-on-premier	Kathleen Wynne			2013-02	2018-06-29
ca-on-premier	Doug Ford		-	2018-06-29	-
ca-qc-premier	Jean Charest			2003-04	2012-09
ca-qc-premier	Pauline Marois			2012-09	2014-04
ca-qc-premier	Philippe Couillard			2014-04	2018-10
ca-qc-premier	François Legault			2018-10	-
ca-bc-premier	Gordon Campbell		-	2001-06	2011-03
ca-bc-premier	Christy Clark		-	2011-03	2017-07
ca-bc-premier	John Horgan			2017-07	2022-11
ca-bc-premier	David Eby			2022-11	-
ca-ab-premier	Ralph Klein			1992-12	2006-12
ca-ab-premier	Ed Stelmach			2006-12	2011-10
ca-ab-premier	Alison Redford			2011-10	2014-03
ca-ab-premier	Dave Hancock		-	2014-03	2014-09
ca-ab-premier	Jim Prentice			2014-09	2015-05
ca-ab-premier	Rachel Notley			2015-05	2019-04
ca-ab-premier	Jason Kenney			2019-04	2022-10
ca-ab-premier	Danielle Smith		-	2022-10	-
ca-mb-premier	Gary Doer			1999-10	2009-10
ca-mb-premier	Greg Selinger			2009-10	2016-05
ca-mb-premier	Brian Pallister			2016-05	2021-09
ca-mb-premier	Heather Stefanson			2021-11	2023-10
ca-mb-premier	Wab Kinew			2023-10	-
ca-sk-premier	Lorne Calvert			2001-02	2007-11
ca-sk-premier	Brad Wall		-	2007-11	2018-02
ca-sk-premier	Scott Moe			2018-02	-
ca-ns-premier	Rodney MacDonald		-	2006-02	2009-06
ca-ns-premier	Darrell Dexter			2009-06	2013-10
ca-ns-premier	Stephen McNeil			2013-10	2021-02
ca-ns-premier	Iain Rankin			2021-02	2021-08
ca-ns-premier	Tim Houston			2021-08	-
ca-nb-premier	Shawn Graham		-	2006-10	2010-10
ca-nb-premier	David Alward			2010-10	2014-10
ca-nb-premier	Brian Gallant			2014-10	2018-11
ca-nb-premier	Blaine Higgs			2018-11	2024-11
ca-nb-premier	Susan Holt			2024-11	-
ca-nl-premier	Danny Williams		-	2003-11	2010-12
ca-nl-premier	Kathy Dunderdale			2010-12	2014-01
ca-nl-premier	Tom Marshall		-	2014-01-24	2014-09-26
ca-nl-premier	Paul Davis		-	2014-09-26	2015-12-14
ca-nl-premier	Dwight Ball		-	2015-12	2020-08
ca-nl-premier	Andrew Furey			2020-08	2025-05
ca-nl-premier	John Hogan		-	2025-05-09	2025-10-29
ca-nl-premier	Tony Wakeham			2025-10-29	-
ca-pe-premier	Robert Ghiz			2007-06	2015-02
ca-pe-premier	Wade MacLauchlan			2015-02	2019-05
ca-pe-premier	Dennis King		-	2019-05	2025-02
ca-pe-premier	Rob Lantz			2025-02-21	2025-12-12
ca-pe-premier	Bloyce Thompson		-	2025-12-12	2026-02
ca-pe-premier	Rob Lantz			2026-02	-
au-nsw-premier	Morris Iemma			2005-08	2008-09
au-nsw-premier	Nathan Rees		-	2008-09	2009-12
au-nsw-premier	Kristina Keneally			2009-12	2011-03
au-nsw-premier	Barry O'Farrell	Barry O’Farrell	O'Farrell|O’Farrell	2011-03	2014-04
au-nsw-premier	Mike Baird		-	2014-04	2017-01
au-nsw-premier	Gladys Berejiklian			2017-01	2021-10
au-nsw-premier	Dominic Perrottet			2021-10	2023-03
au-nsw-premier	Chris Minns			2023-03	-
au-vic-premier	Steve Bracks			1999-10	2007-07
au-vic-premier	John Brumby			2007-07	2010-12
au-vic-premier	Ted Baillieu			2010-12	2013-03
au-vic-premier	Denis Napthine			2013-03	2014-12
au-vic-premier	Daniel Andrews		-	2014-12	2023-09
au-vic-premier	Jacinta Allan		-	2023-09	-
au-qld-premier	Peter Beattie			1998-06	2007-09
au-qld-premier	Anna Bligh			2007-09	2012-03
au-qld-premier	Campbell Newman		-	2012-03	2015-02
au-qld-premier	Annastacia Palaszczuk			2015-02	2023-12
au-qld-premier	Steven Miles		-	2023-12	2024-10
au-qld-premier	David Crisafulli			2024-10	-
au-wa-premier	Alan Carpenter		-	2006-01	2008-09
au-wa-premier	Colin Barnett			2008-09	2017-03
au-wa-premier	Mark McGowan			2017-03	2023-06
au-wa-premier	Roger Cook		-	2023-06	-
au-sa-premier	Mike Rann			2002-03	2011-10
au-sa-premier	Jay Weatherill			2011-10	2018-03
au-sa-premier	Steven Marshall		-	2018-03	2022-03
au-sa-premier	Peter Malinauskas			2022-03	-
au-tas-premier	Paul Lennon		-	2004-03	2008-05
au-tas-premier	David Bartlett		-	2008-05	2011-01
au-tas-premier	Lara Giddings			2011-01	2014-03
au-tas-premier	Will Hodgman			2014-03	2020-01
au-tas-premier	Peter Gutwein			2020-01	2022-04
au-tas-premier	Jeremy Rockliff			2022-04	-
de-bw-mp	Günther Oettinger	Guenther Oettinger		2005-04	2010-02
de-bw-mp	Stefan Mappus			2010-02	2011-05
de-bw-mp	Winfried Kretschmann			2011-05	-
de-by-mp	Edmund Stoiber			1993-05	2007-10
de-by-mp	Günther Beckstein			2007-10	2008-10
de-by-mp	Horst Seehofer			2008-10	2018-03
de-by-mp	Markus Söder	Markus Soeder	Söder|Soeder	2018-03	-
de-be-mayor	Klaus Wowereit			2001-06	2014-12
de-be-mayor	Michael Müller	Michael Mueller	-	2014-12	2021-12
de-be-mayor	Franziska Giffey			2021-12	2023-04
de-be-mayor	Kai Wegner			2023-04	-
de-bb-mp	Matthias Platzeck			2002-06	2013-08
de-bb-mp	Dietmar Woidke			2013-08	-
de-hb-mayor	Jens Böhrnsen	Jens Boehrnsen		2005-11	2015-07
de-hb-mayor	Carsten Sieling			2015-07	2019-08
de-hb-mayor	Andreas Bovenschulte			2019-08	-
de-hh-mayor	Ole von Beust		von Beust	2001-10	2010-08
de-hh-mayor	Christoph Ahlhaus			2010-08	2011-03
de-hh-mayor	Olaf Scholz		-	2011-03	2018-03
de-hh-mayor	Peter Tschentscher			2018-03	-
de-he-mp	Roland Koch		-	1999-04	2010-08
de-he-mp	Volker Bouffier			2010-08	2022-05
de-he-mp	Boris Rhein			2022-05	-
de-mv-mp	Harald Ringstorff			1998-11	2008-10
de-mv-mp	Erwin Sellering			2008-10	2017-07
de-mv-mp	Manuela Schwesig			2017-07	-
de-ni-mp	Christian Wulff			2003-03	2010-07
de-ni-mp	David McAllister			2010-07	2013-02
de-ni-mp	Stephan Weil			2013-02	2025-05
de-ni-mp	Olaf Lies			2025-05	-
de-nw-mp	Peer Steinbrück	Peer Steinbrueck		2002-11	2005-06
de-nw-mp	Jürgen Rüttgers	Juergen Ruettgers	Rüttgers|Ruettgers	2005-06	2010-07
de-nw-mp	Hannelore Kraft			2010-07	2017-06
de-nw-mp	Armin Laschet			2017-06	2021-10
de-nw-mp	Hendrik Wüst	Hendrik Wuest	Wüst|Wuest	2021-10	-
de-rp-mp	Kurt Beck		-	1994-10	2013-01
de-rp-mp	Malu Dreyer			2013-01	2024-07
de-rp-mp	Alexander Schweitzer			2024-07	-
de-sl-mp	Peter Müller	Peter Mueller	-	1999-09	2011-08
de-sl-mp	Annegret Kramp-Karrenbauer			2011-08	2018-03
de-sl-mp	Tobias Hans		-	2018-03	2022-04
de-sl-mp	Anke Rehlinger			2022-04	-
de-sn-mp	Georg Milbradt			2002-04	2008-05
de-sn-mp	Stanislaw Tillich			2008-05	2017-12
de-sn-mp	Michael Kretschmer			2017-12	-
de-st-mp	Wolfgang Böhmer	Wolfgang Boehmer		2002-05	2011-04
de-st-mp	Reiner Haseloff			2011-04	-
de-sh-mp	Peter Harry Carstensen		Carstensen	2005-04	2012-06
de-sh-mp	Torsten Albig			2012-06	2017-06
de-sh-mp	Daniel Günther	Daniel Guenther		2017-06	-
de-th-mp	Dieter Althaus			2003-06	2009-10
de-th-mp	Christine Lieberknecht			2009-10	2014-12
de-th-mp	Bodo Ramelow			2014-12	2020-02-05
de-th-mp	Thomas Kemmerich			2020-02-05	2020-03-04
de-th-mp	Bodo Ramelow			2020-03-04	2024-12
de-th-mp	Mario Voigt			2024-12	-
hk-ce	Donald Tsang	Donald Tsang Yam-kuen	-	2005-06-21	2012-07-01
hk-ce	Leung Chun-ying	CY Leung|C Y Leung|C.Y. Leung	-	2012-07-01	2017-07-01
hk-ce	Carrie Lam	Carrie Lam Cheng Yuet-ngor	-	2017-07-01	2022-07-01
hk-ce	John Lee	John Lee Ka-chiu|Lee Ka-chiu	-	2022-07-01	-
mo-ce	Edmund Ho	Edmund Ho Hau-wah	-	1999-12-20	2009-12-20
mo-ce	Fernando Chui Sai-on	Chui Sai-on|Chui Sai On	-	2009-12-20	2019-12-20
mo-ce	Ho Iat-seng	Ho Iat Seng	-	2019-12-20	2024-12-20
mo-ce	Sam Hou-fai	Sam Hou Fai	-	2024-12-20	-
gb-sct-fm	Jack McConnell			2001-11	2007-05
gb-sct-fm	Alex Salmond			2007-05	2014-11
gb-sct-fm	Nicola Sturgeon			2014-11	2023-03
gb-sct-fm	Humza Yousaf			2023-03	2024-05
gb-sct-fm	John Swinney			2024-05	-
gb-wls-fm	Rhodri Morgan		-	2000-02	2009-12
gb-wls-fm	Carwyn Jones		-	2009-12	2018-12
gb-wls-fm	Mark Drakeford			2018-12	2024-03
gb-wls-fm	Vaughan Gething			2024-03	2024-08
gb-wls-fm	Eluned Morgan		-	2024-08	-
gb-nir-fm	Ian Paisley		Paisley	2007-05	2008-06
gb-nir-fm	Peter Robinson		-	2008-06	2016-01
gb-nir-fm	Arlene Foster		-	2016-01	2017-01
gb-nir-fm	Arlene Foster		-	2020-01	2021-06
gb-nir-fm	Paul Givan			2021-06	2022-02
gb-nir-fm	Michelle O'Neill	Michelle O’Neill	-	2024-02	-
in-up-cm	Mayawati			2007-05	2012-03
in-up-cm	Akhilesh Yadav		-	2012-03	2017-03
in-up-cm	Yogi Adityanath		Adityanath	2017-03	-
in-mh-cm	Prithviraj Chavan		-	2010-11	2014-09
in-mh-cm	Devendra Fadnavis			2014-10	2019-11
in-mh-cm	Uddhav Thackeray		-	2019-11	2022-06
in-mh-cm	Eknath Shinde			2022-06	2024-12
in-mh-cm	Devendra Fadnavis			2024-12	-
in-gj-cm	Narendra Modi			2001-10	2014-05
in-gj-cm	Anandiben Patel		-	2014-05	2016-08
in-gj-cm	Vijay Rupani			2016-08	2021-09
in-gj-cm	Bhupendra Patel		-	2021-09	-
us-nyc-mayor	Michael Bloomberg	Michael R. Bloomberg		2002-01-01	2014-01-01
us-nyc-mayor	Bill de Blasio		de Blasio	2014-01-01	2022-01-01
us-nyc-mayor	Eric Adams		-	2022-01-01	2026-01-01
us-nyc-mayor	Zohran Mamdani			2026-01-01	-
us-la-mayor	Antonio Villaraigosa			2005-07-01	2013-07-01
us-la-mayor	Eric Garcetti			2013-07-01	2022-12-12
us-la-mayor	Karen Bass		Bass	2022-12-12	-
us-chi-mayor	Richard M. Daley	Richard Daley	Daley	1989-04	2011-05
us-chi-mayor	Rahm Emanuel			2011-05	2019-05
us-chi-mayor	Lori Lightfoot			2019-05	2023-05
us-chi-mayor	Brandon Johnson		-	2023-05	-
us-hou-mayor	Bill White		-	2004-01	2010-01
us-hou-mayor	Annise Parker		-	2010-01	2016-01
us-hou-mayor	Sylvester Turner		-	2016-01	2024-01
us-hou-mayor	John Whitmire			2024-01	-
us-phl-mayor	John Street		-	2000-01	2008-01
us-phl-mayor	Michael Nutter			2008-01	2016-01
us-phl-mayor	Jim Kenney			2016-01	2024-01
us-phl-mayor	Cherelle Parker		-	2024-01	-
us-sf-mayor	Gavin Newsom			2004-01	2011-01
us-sf-mayor	Ed Lee	Edwin Lee|Edwin M. Lee	-	2011-01	2017-12
us-sf-mayor	Mark Farrell		-	2018-01	2018-07
us-sf-mayor	London Breed		Breed	2018-07	2025-01
us-sf-mayor	Daniel Lurie			2025-01	-
us-dc-mayor	Anthony Williams	Anthony A. Williams	-	1999-01	2007-01
us-dc-mayor	Adrian Fenty			2007-01	2011-01
us-dc-mayor	Vincent Gray	Vincent C. Gray	-	2011-01	2015-01
us-dc-mayor	Muriel Bowser			2015-01	-
us-bos-mayor	Thomas Menino	Thomas M. Menino|Tom Menino		1993-07	2014-01
us-bos-mayor	Marty Walsh	Martin J. Walsh|Martin Walsh	-	2014-01	2021-03
us-bos-mayor	Kim Janey			2021-03	2021-11
us-bos-mayor	Michelle Wu		-	2021-11	-
us-sea-mayor	Greg Nickels			2002-01	2010-01
us-sea-mayor	Mike McGinn			2010-01	2014-01
us-sea-mayor	Ed Murray		-	2014-01	2017-09
us-sea-mayor	Jenny Durkan			2017-11	2022-01
ca-tor-mayor	David Miller		-	2003-12	2010-12
ca-tor-mayor	Rob Ford		-	2010-12	2014-12
ca-tor-mayor	John Tory		Tory	2014-12	2023-02
ca-tor-mayor	Olivia Chow		Chow	2023-07	-
ca-mtl-mayor	Gérald Tremblay		-	2001-11	2012-11
ca-mtl-mayor	Denis Coderre			2013-11	2017-11
ca-mtl-mayor	Valérie Plante			2017-11	2025-11
ca-van-mayor	Sam Sullivan		-	2005-12	2008-12
ca-van-mayor	Gregor Robertson		-	2008-12	2018-11
ca-van-mayor	Kennedy Stewart		-	2018-11	2022-11
ca-van-mayor	Ken Sim		-	2022-11	-
gb-lon-mayor	Ken Livingstone		Livingstone	2000-05-04	2008-05-04
gb-lon-mayor	Boris Johnson		-	2008-05-04	2016-05-09
gb-lon-mayor	Sadiq Khan		Khan	2016-05-09	-
fr-par-mayor	Bertrand Delanoë		Delanoë	2001-03	2014-04
fr-par-mayor	Anne Hidalgo		-	2014-04	2026-03
es-mad-mayor	Alberto Ruiz-Gallardón		Ruiz-Gallardón|Gallardón	2003-06	2011-12
es-mad-mayor	Ana Botella		Botella	2011-12	2015-06
es-mad-mayor	Manuela Carmena		Carmena	2015-06	2019-06
es-mad-mayor	José Luis Martínez-Almeida		Martínez-Almeida|Almeida	2019-06	-
it-rom-mayor	Walter Veltroni			2001-06	2008-02
it-rom-mayor	Gianni Alemanno			2008-04	2013-06
it-rom-mayor	Ignazio Marino		-	2013-06	2015-10
it-rom-mayor	Virginia Raggi			2016-06	2021-10
it-rom-mayor	Roberto Gualtieri			2021-10	-
jp-tok-governor	Shintaro Ishihara			1999-04	2012-10
jp-tok-governor	Naoki Inose			2012-12	2013-12
jp-tok-governor	Yoichi Masuzoe			2014-02	2016-06
jp-tok-governor	Yuriko Koike			2016-08	-
kr-seo-mayor	Oh Se-hoon		-	2006-07	2011-08
kr-seo-mayor	Park Won-soon		-	2011-10	2020-07
kr-seo-mayor	Oh Se-hoon		-	2021-04	-
au-syd-lord-mayor	Clover Moore		-	2004-03	-
unesco-dg	Koïchiro Matsuura		Matsuura	1999-11-15	2009-11-15
unesco-dg	Irina Bokova			2009-11-15	2017-11-15
unesco-dg	Audrey Azoulay			2017-11-15	2025-11-15
unesco-dg	Khaled El-Enany	Khaled El Enany|Khaled El-Anany	El-Enany|El Enany	2025-11-15	-
fao-dg	Jacques Diouf			1994-01-01	2012-01-01
fao-dg	José Graziano da Silva		Graziano da Silva|Graziano	2012-01-01	2019-08-01
fao-dg	Qu Dongyu		-	2019-08-01	-
ilo-dg	Juan Somavía		Somavía	1999-03-04	2012-10-01
ilo-dg	Guy Ryder		-	2012-10-01	2022-10-01
ilo-dg	Gilbert Houngbo	Gilbert F. Houngbo		2022-10-01	-
wfp-ed	Josette Sheeran			2007-04	2012-04
wfp-ed	Ertharin Cousin		-	2012-04	2017-04
wfp-ed	David Beasley			2017-04	2023-04
wfp-ed	Cindy McCain		McCain	2023-04	-
unep-ed	Klaus Töpfer	Klaus Toepfer	Töpfer|Toepfer	1998-02	2006-03
unep-ed	Achim Steiner			2006-06	2016-06
unep-ed	Erik Solheim			2016-06	2018-11
unep-ed	Inger Andersen		-	2019-02	-
ohchr	Louise Arbour			2004-07-01	2008-07-01
ohchr	Navi Pillay	Navanethem Pillay	Pillay	2008-09-01	2014-09-01
ohchr	Zeid Ra'ad Al Hussein	Zeid Ra’ad Al Hussein|Zeid Ra'ad al-Hussein|Prince Zeid	Zeid	2014-09-01	2018-09-01
ohchr	Michelle Bachelet			2018-09-01	2022-09-01
ohchr	Volker Türk		Türk	2022-10-17	-
itu-sg	Hamadoun Touré		Touré	2007-01-01	2015-01-01
itu-sg	Houlin Zhao		-	2015-01-01	2023-01-01
itu-sg	Doreen Bogdan-Martin			2023-01-01	-
wipo-dg	Kamil Idris			1997-11	2008-10-01
wipo-dg	Francis Gurry			2008-10-01	2020-10-01
wipo-dg	Daren Tang		-	2020-10-01	-
iom-dg	William Lacy Swing	William L. Swing	-	2008-10-01	2018-10-01
iom-dg	António Vitorino			2018-10-01	2023-10-01
iom-dg	Amy Pope		-	2023-10-01	-
icao-sg	Raymond Benjamin		-	2009-08-01	2015-08-01
icao-sg	Fang Liu		-	2015-08-01	2021-08-01
icao-sg	Juan Carlos Salazar		-	2021-08-01	-
imo-sg	Efthimios Mitropoulos			2004-01-01	2012-01-01
imo-sg	Koji Sekimizu			2012-01-01	2016-01-01
imo-sg	Kitack Lim		-	2016-01-01	2024-01-01
imo-sg	Arsenio Dominguez	Arsenio Domínguez	-	2024-01-01	-
unctad-sg	Supachai Panitchpakdi		Supachai	2005-09-01	2013-09-01
unctad-sg	Mukhisa Kituyi			2013-09-01	2021-02-15
unctad-sg	Rebeca Grynspan			2021-09-13	-
osce-sg	Marc Perrin de Brichambaut		Perrin de Brichambaut	2005-06	2011-06
osce-sg	Lamberto Zannier			2011-07-01	2017-07-01
osce-sg	Thomas Greminger			2017-07-18	2020-07-18
osce-sg	Helga Schmid	Helga Maria Schmid	-	2020-12-04	2024-09
osce-sg	Feridun Sinirlioğlu		Sinirlioğlu	2024-09	-
coe-sg	Thorbjørn Jagland	Thorbjorn Jagland		2009-10-01	2019-09-18
coe-sg	Marija Pejčinović Burić		Pejčinović Burić	2019-09-18	2024-09-18
coe-sg	Alain Berset			2024-09-18	-
idb-president	Luis Alberto Moreno		-	2005-10-01	2020-10-01
idb-president	Mauricio Claver-Carone		Claver-Carone	2020-10-01	2022-09
idb-president	Ilan Goldfajn			2022-12-19	-
adb-president	Haruhiko Kuroda			2005-02-01	2013-03
adb-president	Takehiko Nakao			2013-04-28	2020-01-17
adb-president	Masatsugu Asakawa			2020-01-17	2025-02-24
adb-president	Masato Kanda			2025-02-24	-
ebrd-president	Jean Lemierre			2000-07	2008-07
ebrd-president	Thomas Mirow			2008-07	2012-07
ebrd-president	Suma Chakrabarti	Sir Suma Chakrabarti	-	2012-07	2020-10
ebrd-president	Odile Renaud-Basso			2020-10	-
eib-president	Philippe Maystadt			2000-01	2012-01
eib-president	Werner Hoyer			2012-01	2024-01
eib-president	Nadia Calviño		Calviño	2024-01	-
afdb-president	Donald Kaberuka			2005-09	2015-09
afdb-president	Akinwumi Adesina	Akinwumi A. Adesina		2015-09-01	2025-09-01
afdb-president	Sidi Ould Tah		Ould Tah	2025-09-01	-
oas-sg	José Miguel Insulza			2005-05-26	2015-05-26
oas-sg	Luis Almagro			2015-05-26	2025-05
oas-sg	Albert Ramdin			2025-05	-
unga-president	Jan Eliasson			2005-09	2006-09
unga-president	Haya Rashed Al-Khalifa	Sheikha Haya Rashed Al-Khalifa|Haya Rashed Al Khalifa	-	2006-09	2007-09
unga-president	Srgjan Kerim			2007-09	2008-09
unga-president	Miguel d'Escoto Brockmann	Miguel d'Escoto	d'Escoto	2008-09	2009-09
unga-president	Ali Abdussalam Treki		Treki	2009-09	2010-09
unga-president	Joseph Deiss			2010-09	2011-09
unga-president	Nassir Abdulaziz Al-Nasser		Al-Nasser	2011-09	2012-09
unga-president	Vuk Jeremić			2012-09	2013-09
unga-president	John William Ashe	John Ashe	-	2013-09	2014-09
unga-president	Sam Kutesa	Sam Kahamba Kutesa		2014-09	2015-09
unga-president	Mogens Lykketoft			2015-09	2016-09
unga-president	Peter Thomson		-	2016-09	2017-09
unga-president	Miroslav Lajčák			2017-09	2018-09
unga-president	María Fernanda Espinosa		-	2018-09	2019-09
unga-president	Tijjani Muhammad-Bande		Muhammad-Bande	2019-09	2020-09
unga-president	Volkan Bozkır	Volkan Bozkir		2020-09	2021-09
unga-president	Abdulla Shahid		-	2021-09	2022-09
unga-president	Csaba Kőrösi			2022-09	2023-09
unga-president	Dennis Francis		-	2023-09	2024-09
unga-president	Philemon Yang		-	2024-09	2025-09
unga-president	Annalena Baerbock			2025-09	2026-09
us-treasury	John Snow		-	2003-02	2006-06
us-treasury	Hank Paulson	Henry Paulson|Henry M. Paulson	Paulson	2006-07	2009-01
us-treasury	Tim Geithner	Timothy Geithner|Timothy F. Geithner	Geithner	2009-01	2013-01
us-treasury	Jack Lew	Jacob Lew|Jacob J. Lew	Lew	2013-02	2017-01
us-treasury	Steven Mnuchin	Steven T. Mnuchin		2017-02	2021-01
us-treasury	Janet Yellen	Janet L. Yellen		2021-01	2025-01
us-treasury	Scott Bessent			2025-01	-
uk-chancellor	Gordon Brown		-	1997-05-02	2007-06-28
uk-chancellor	Alistair Darling			2007-06-28	2010-05-11
uk-chancellor	George Osborne			2010-05-11	2016-07-13
uk-chancellor	Philip Hammond			2016-07-13	2019-07-24
uk-chancellor	Sajid Javid			2019-07-24	2020-02-13
uk-chancellor	Rishi Sunak			2020-02-13	2022-07-05
uk-chancellor	Nadhim Zahawi			2022-07-05	2022-09-06
uk-chancellor	Kwasi Kwarteng			2022-09-06	2022-10-14
uk-chancellor	Jeremy Hunt			2022-10-14	2024-07-05
uk-chancellor	Rachel Reeves			2024-07-05	-
de-finance	Peer Steinbrück	Peer Steinbrueck		2005-11-22	2009-10-28
de-finance	Wolfgang Schäuble	Wolfgang Schaeuble	Schäuble|Schaeuble	2009-10-28	2017-10-24
de-finance	Olaf Scholz			2018-03-14	2021-12-08
de-finance	Christian Lindner			2021-12-08	2024-11-07
de-finance	Jörg Kukies	Joerg Kukies		2024-11-07	2025-05-06
de-finance	Lars Klingbeil			2025-05-06	-
ca-finance	Ralph Goodale			2003-12	2006-02
ca-finance	Jim Flaherty			2006-02	2014-03
ca-finance	Joe Oliver		-	2014-03	2015-11
ca-finance	Bill Morneau			2015-11	2020-08
ca-finance	Chrystia Freeland			2020-08	2024-12
ca-finance	Dominic LeBlanc			2024-12	2025-03
ca-finance	François-Philippe Champagne		Champagne	2025-03	-
it-finance	Tommaso Padoa-Schioppa		Padoa-Schioppa	2006-05	2008-05
it-finance	Giulio Tremonti			2008-05	2011-11
it-finance	Vittorio Grilli			2012-07	2013-04
it-finance	Fabrizio Saccomanni			2013-04	2014-02
it-finance	Pier Carlo Padoan			2014-02	2018-06
it-finance	Giovanni Tria			2018-06	2019-09
it-finance	Roberto Gualtieri			2019-09	2021-02
it-finance	Daniele Franco		-	2021-02	2022-10
it-finance	Giancarlo Giorgetti			2022-10	-
it-foreign	Massimo D'Alema	Massimo D’Alema	D'Alema|D’Alema	2006-05	2008-05
it-foreign	Franco Frattini			2008-05	2011-11
it-foreign	Giulio Terzi	Giulio Terzi di Sant'Agata	Terzi	2011-11	2013-03
it-foreign	Emma Bonino			2013-04	2014-02
it-foreign	Federica Mogherini			2014-02	2014-10
it-foreign	Paolo Gentiloni			2014-10	2016-12
it-foreign	Angelino Alfano			2016-12	2018-06
it-foreign	Enzo Moavero Milanesi		Moavero|Moavero Milanesi	2018-06	2019-09
it-foreign	Luigi Di Maio		Di Maio	2019-09	2022-10
it-foreign	Antonio Tajani			2022-10	-
es-foreign	Miguel Ángel Moratinos		Moratinos	2004-04	2010-10
es-foreign	Trinidad Jiménez		-	2010-10	2011-12
es-foreign	José Manuel García-Margallo		García-Margallo|Margallo	2011-12	2016-11
es-foreign	Alfonso Dastis			2016-11	2018-06
es-foreign	Josep Borrell		Borrell	2018-06	2019-11
es-foreign	Arancha González Laya		González Laya	2020-01	2021-07
es-foreign	José Manuel Albares		Albares	2021-07	-
es-defence	José Bono		-	2004-04	2006-04
es-defence	Carme Chacón		Chacón	2008-04	2011-12
es-defence	Pedro Morenés		Morenés	2011-12	2016-11
es-defence	María Dolores de Cospedal		Cospedal|de Cospedal	2016-11	2018-06
es-defence	Margarita Robles		-	2018-06	-
nl-foreign	Ben Bot		-	2003-12	2007-02
nl-foreign	Maxime Verhagen			2007-02	2010-10
nl-foreign	Uri Rosenthal		-	2010-10	2012-11
nl-foreign	Frans Timmermans			2012-11	2014-11
nl-foreign	Bert Koenders			2014-11	2017-10
nl-foreign	Halbe Zijlstra			2017-10	2018-02
nl-foreign	Stef Blok		-	2018-03	2021-05
nl-foreign	Sigrid Kaag			2021-05	2021-09
nl-foreign	Wopke Hoekstra			2022-01	2023-09
nl-foreign	Hanke Bruins Slot		Bruins Slot	2023-09	2024-07
pl-foreign	Anna Fotyga			2006-05	2007-11
pl-foreign	Radosław Sikorski	Radek Sikorski	Sikorski	2007-11	2014-09
pl-foreign	Grzegorz Schetyna			2014-09	2015-11
pl-foreign	Witold Waszczykowski			2015-11	2018-01
pl-foreign	Jacek Czaputowicz			2018-01	2020-08
pl-foreign	Zbigniew Rau		-	2020-08	2023-11
pl-foreign	Radosław Sikorski	Radek Sikorski	Sikorski	2023-12	-
kr-foreign	Ban Ki-moon		Ban	2004-01	2006-11
kr-foreign	Yu Myung-hwan		-	2008-02	2010-09
kr-foreign	Kim Sung-hwan		-	2010-10	2013-03
kr-foreign	Yun Byung-se		-	2013-03	2017-06
kr-foreign	Kang Kyung-wha		-	2017-06	2021-02
kr-foreign	Chung Eui-yong		-	2021-02	2022-05
kr-foreign	Park Jin		-	2022-05	2024-01
kr-foreign	Cho Tae-yul		-	2024-01	2025-07
br-foreign	Celso Amorim		Amorim	2003-01	2011-01
br-foreign	Antonio Patriota	Antônio Patriota	Patriota	2011-01	2013-08
br-foreign	Mauro Vieira		Vieira	2015-01	2016-05
br-foreign	José Serra		-	2016-05	2017-02
br-foreign	Aloysio Nunes	Aloysio Nunes Ferreira	-	2017-03	2019-01
br-foreign	Ernesto Araújo		Araújo	2019-01	2021-03
br-foreign	Carlos França		-	2021-04	2023-01
br-foreign	Mauro Vieira		Vieira	2023-01	-
za-foreign	Nkosazana Dlamini-Zuma	Nkosazana Dlamini Zuma	Dlamini-Zuma|Dlamini Zuma	1999-06	2009-05
za-foreign	Maite Nkoana-Mashabane		Nkoana-Mashabane	2009-05	2018-02
za-foreign	Lindiwe Sisulu		Sisulu	2018-02	2019-05
za-foreign	Naledi Pandor		Pandor	2019-05	2024-07
za-foreign	Ronald Lamola		Lamola	2024-07	-
"""
