"""Organisations named by a nationality or in their own language, and the country each stands in. Pure."""

from __future__ import annotations

# "Australian Government", "Scottish Government", "Saudi G20 Presidency": an organisation named by its
# nationality stands in that country; so does one named in its own language ("Norges Bank", "Sveriges Riksbank",
# "Magyar Nemzeti Bank", "Banco de México": central banks and agencies keep their own names in English releases).
# Read in organisations' names only ("her French counterpart" in a sentence is who, not where).
# So does a body of the National Health Service, named by its initials ("NHS Borders", "NHS Oxfordshire ...").
# Arabic names a body's country by the adjective with its article, feminine or masculine ("وزارة الداخلية التونسية",
# the Tunisian interior ministry).
# Adjective=country, as the gazetteer names it ("_" for a space).
_NATIONALITIES = """\
Australian=Australia Scottish=Scotland Welsh=Wales Irish=Ireland British=United_Kingdom Canadian=Canada
American=United_States Indian=India Kenyan=Kenya Nigerian=Nigeria South_African=South_Africa German=Germany
French=France Italian=Italy Spanish=Spain Dutch=The_Netherlands Belgian=Belgium Swiss=Switzerland
Austrian=Austria Swedish=Sweden Norwegian=Norway Danish=Denmark Finnish=Finland Polish=Poland Czech=Czechia
Greek=Greece Turkish=Turkey Japanese=Japan Chinese=China Korean=South_Korea Singaporean=Singapore
Malaysian=Malaysia Indonesian=Indonesia Philippine=Philippines Thai=Thailand Vietnamese=Vietnam
Pakistani=Pakistan Bangladeshi=Bangladesh Sri_Lankan=Sri_Lanka Mexican=Mexico Brazilian=Brazil
Argentine=Argentina Chilean=Chile Colombian=Colombia Peruvian=Peru Egyptian=Egypt Ghanaian=Ghana
Ethiopian=Ethiopia Ugandan=Uganda Tanzanian=Tanzania Rwandan=Rwanda Saudi=Saudi_Arabia
Emirati=United_Arab_Emirates Israeli=Israel Ukrainian=Ukraine Russian=Russia Portuguese=Portugal
Hungarian=Hungary Romanian=Romania Bulgarian=Bulgaria Croatian=Croatia Serbian=Serbia Slovak=Slovakia
Slovenian=Slovenia Estonian=Estonia Latvian=Latvia Lithuanian=Lithuania Icelandic=Iceland Maltese=Malta
Cypriot=Cyprus Zambian=Zambia Zimbabwean=Zimbabwe Jamaican=Jamaica Moroccan=Morocco Tunisian=Tunisia
Jordanian=Jordan Lebanese=Lebanon Qatari=Qatar Omani=Oman Kuwaiti=Kuwait Iranian=Iran Iraqi=Iraq
Afghan=Afghanistan Nepalese=Nepal Mongolian=Mongolia Taiwanese=Taiwan Fijian=Fiji Samoan=Samoa Palestinian=Palestine
Tasmanian=Tasmania Hawaiian=Hawaii Alaskan=Alaska
NHS=United_Kingdom
Norges=Norway Sveriges=Sweden Danmarks=Denmark Suomen=Finland Íslands=Iceland Eesti=Estonia Latvijas=Latvia
Lietuvos=Lithuania Polski=Poland Česká=Czechia Slovenska=Slovakia Slovenije=Slovenia Magyar=Hungary
Hrvatska=Croatia Srbije=Serbia României=Romania Deutsche=Germany Österreichische=Austria Oesterreichische=Austria
Schweizerische=Switzerland Nederlandsche=The_Netherlands España=Spain Italia=Italy México=Mexico Brasil=Brazil
Perú=Peru Pilipinas=Philippines Maghrib=Morocco
التونسية=Tunisia التونسي=Tunisia المصرية=Egypt المصري=Egypt السعودية=Saudi_Arabia السعودي=Saudi_Arabia
الإماراتية=United_Arab_Emirates الإماراتي=United_Arab_Emirates القطرية=Qatar القطري=Qatar البحرينية=Bahrain
البحريني=Bahrain الكويتية=Kuwait الكويتي=Kuwait العمانية=Oman العماني=Oman الأردنية=Jordan الأردني=Jordan
اللبنانية=Lebanon اللبناني=Lebanon السورية=Syria السوري=Syria العراقية=Iraq العراقي=Iraq الفلسطينية=Palestine
الفلسطيني=Palestine المغربية=Morocco المغربي=Morocco الجزائرية=Algeria الجزائري=Algeria الليبية=Libya الليبي=Libya
السودانية=Sudan السوداني=Sudan اليمنية=Yemen اليمني=Yemen الموريتانية=Mauritania الموريتاني=Mauritania
"""


def nationalities() -> dict[str, str]:
    """Nationality adjective ("South African") -> the country's name in the gazetteer."""
    pairs = (pair.split("=") for pair in _NATIONALITIES.split())
    return {adjective.replace("_", " "): country.replace("_", " ") for adjective, country in pairs}
