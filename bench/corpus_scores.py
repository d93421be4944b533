"""The text corpora scored as the held-out sets are: `presscal extract FILE --format ics`, no
reference date, then the shared scorer. Prints each corpus and the figures pooled over all facts
(recall weighted by required facts, precision by published events).

    .venv/bin/python bench/corpus_scores.py [--keep DIR]

--keep DIR keeps each corpus's calendar as DIR/NAME.ics, so that two checkouts' calendars can be compared.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_ics.py"
# Sets of organisations the rules had never met, first scored blind (see README, tests): some became
# development sets once scored, the others are held out and never tuned on.
# world-third and world-fourth were held out for two sessions (blind 0.534 and 0.655 F1; 0.547 and 0.666 at a9cb581,
# scored twice) and are developed against from session 5 on; world-fifth, -sixth and -seventh replace them.
# world-eighth, -ninth and -tenth were built in session 5 as development sets: scored blind once, then read.
# world-eleventh was built in session 6 and scored blind at c28e9eb (0.45 / 0.444), held out for session 7 (0.45 / 0.463
# at dd4dac5), and is developed against from session 8 on, when a new held-out set replaces it.
# world-twelfth was built in session 8 as a development set (Asia-Pacific, South and Central Asia, Latin America, the
# Caribbean, Oceania) and scored blind once at 0769ef1: recall 0.5, precision 0.724, timed 5/13.
# world-fourteenth was built in session 9 as a development set (Europe, Africa, city and regional governments, courts,
# regulators, a UN agency, a parliament's committees) and scored blind once at 587ef3e: recall 0.636, precision 0.697.
# world-fifteenth was built in session 9 as a development set (consulates, police and fire services, universities,
# sports bodies, NGOs, trade and regional bodies) and scored blind once at b1e7c8e: recall 0.774, precision 0.692.
# world-seventeenth was built in session 10 as a development set (a tribal government, a province, an election agency,
# a court's hearing list, a space agency, a museum, a sports media day, an earnings call, city halls in German, French
# and Spanish) and scored blind once at 4272b67: recall 0.725, precision 0.717.
# world-eighteenth was built in session 11 as a development set (UN regional commissions, development banks, a treaty
# secretariat, parliaments, prime ministers' offices, foreign and defence ministries; Malay and Spanish items) and
# scored blind once at 2d33b17: recall 0.767, precision 0.75.
# world-nineteenth was built in session 11 as a development set (central banks of Asia, Africa, Latin America and the
# Caribbean, a news agency, a high commission, a ministry, an electoral commission, a statistics office's release
# calendar, a police advisory, a council meeting notice, a court hearing) and scored blind once (see its .md).
# world-twentieth was built in session 11 as a development set (tribunals and courts, foreign, finance and defence
# ministries, a head of state, UN and regional bodies of five continents; items in German, Spanish and Norwegian) and
# scored blind once at 5fe40c2: recall 0.694, precision 0.837.
# world-twentyfirst was built in session 11 as a development set (legislatures, their committees and parliamentary
# assemblies of every continent) and scored blind once (see its .md).
# world-twentysecond was built in session 12 as a development set (public-health agencies, a market regulator, an
# earnings call, launch providers and a space agency, sports bodies, transport authorities, meteorological services, a
# stock exchange; one item in Spanish) and scored blind once at 3b208ff (beb8dc9 after a rebase): recall 0.789,
# precision 0.654.
DEVELOPED = {"world-fresh", "world-held", "diaries-dev", "world-third", "world-fourth", "world-eighth", "world-ninth",
             "world-tenth", "world-eleventh", "world-twelfth", "world-fourteenth", "world-fifteenth",
             "world-seventeenth", "world-eighteenth", "world-nineteenth", "world-twentieth", "world-twentyfirst",
             "world-twentysecond"}
# world-twentythird was built in session 12 as a development set (a royal household, a head of state's and a
# governor-general's diaries, a high commission, city halls, a province and a territory, a foundation, an NGO,
# universities, a museum's friends, a scientific academy; one item in Portuguese) and scored blind once at 7637c47
# (2a721d9 after the rebase): recall 0.6, precision 0.658.
DEVELOPED |= {"world-twentythird"}
# world-twentyfourth was built in session 12 as a development set (trade unions, chambers of commerce, political
# parties, a human-rights commission, an electricity and a telecom regulator, an environmental agency, a church
# leaders' consultation, a think tank; one item in Spanish) and scored blind once at 20ed352 (5c80ab2; 5b49b2e after the
# rebase on 2f9614d; later rebases carry the same text and gold): recall 0.769, precision 0.763.
DEVELOPED |= {"world-twentyfourth"}
# world-twentyfifth was built in session 13 as a development set (an observatory and a planetarium, a concert society,
# an orchestra, a theatre, an opera premiere in German, two botanic gardens, a port authority, two courts, a football
# club, a film festival's academy, a national library) and scored blind once at bdb1ca2: recall 0.683, precision 0.733.
DEVELOPED |= {"world-twentyfifth"}
# world-twentysixth was built in session 13 as a development set (health boards and hospitals, a parish, a county
# and a French commune's council, a school district, water consultations, a diocese, a debates commission, a statistics
# office, a research council; one item in French) and scored blind once at c1f4cd8: recall 0.212, precision 0.371.
DEVELOPED |= {"world-twentysixth"}
# world-twentyninth was built in session 14 as a development set (governments and public bodies of smaller states and
# territories: northern Canadian legislatures and cabinet offices, island presidents' and prime ministers' offices, a
# Baltic and a Mediterranean parliament, a met office, Gibraltar, the Isle of Man, a statistics office) and scored blind
# once at e096818: recall 0.893, precision 0.825.
DEVELOPED |= {"world-twentyninth"}
# world-twentyseventh was built in session 14 as a development set (companies, markets and travel: shareholder
# meetings in Tokyo and Sydney, a company's employee sessions, a stock exchange, four airports, a zoo, an art museum,
# a trade fair, a motor show, a museum opening; one item in German) and scored blind once at 8291a09: recall 0.524,
# precision 0.464.
DEVELOPED |= {"world-twentyseventh"}
# world-twentyeighth was built in session 14 as a development set (cultural institutes, consulates, a marathon, a rugby
# union, a conference, public-diplomacy bodies, an NGO campaign; one item in Italian) and scored blind once at e90e7b1:
# recall 0.556, precision 0.674.
DEVELOPED |= {"world-twentyeighth"}
# world-thirtieth was built in session 15 as a development set (ministries, presidencies and public agencies of Asia,
# Africa, the Middle East and Latin America and the Caribbean: foreign, interior, information, education and health
# ministries, a presidency, a press information department, an independence committee; one item in Spanish) and scored
# blind once at 4831b2a: recall 0.758, precision 0.674.
DEVELOPED |= {"world-thirtieth"}
# world-thirtyfirst was built in session 15 as a development set (transport, utilities and infrastructure: transit
# agencies, transport departments and ministries, a railway, a metro project, two electricity regulators, a water
# district, a power utility and a train operator's engineering works; one item in Spanish) and scored blind once at
# 8a11ff5: recall 0.711, precision 0.622.
DEVELOPED |= {"world-thirtyfirst"}
# world-thirtysecond was built in session 16 as a development set (regional and intergovernmental organisations of
# the global South and foreign ministries: Caribbean, Andean, Islamic, African, Indian Ocean, Mekong, Pacific and South
# Asian bodies, a regional assembly, two foreign ministries; one item in Spanish) and scored blind once at b0408b7:
# recall 0.733, precision 0.697.
DEVELOPED |= {"world-thirtysecond"}
# world-thirtythird was built in session 16 as a development set (health, science, weather and research bodies:
# observatories, a polar research centre, PAHO, a health ministry's vaccination hours, WHO/Europe, a space agency, a
# research institute, a science centre, a geological survey, an academy of sciences) and scored blind once at 2e75f99:
# recall 0.806, precision 0.816.
DEVELOPED |= {"world-thirtythird"}
# world-thirtyfourth was built in session 17 as a development set (governments and public bodies of Europe, North
# America and Oceania, weighted toward clock times: mayors' and ministers' advisories, a council's meeting table, a
# government's schedule, parliaments' broadcast lists and briefings, two councils with no event) and scored blind once
# at af13c11: recall 0.727, precision 0.781.
DEVELOPED |= {"world-thirtyfourth"}
# world-thirtyfifth was built in session 17 as a development set (governments, embassies and national agencies of
# Africa, the Middle East, South and East Asia and Latin America: an embassy's national day, a royal court, a
# presidency, a tourism committee, a trade-promotion agency (in Spanish), news agencies, a census, election
# commissions) and scored blind once at 0d2d576: recall 0.742, precision 0.667.
DEVELOPED |= {"world-thirtyfifth"}
# world-thirtysixth was built in session 18 as a development set (international and intergovernmental bodies of
# every continent: a treaty organisation, UN information service, agency, programmes and funds, a sports federation,
# an economic forum's secretariat, two courts, two Latin American regional organisations (in Spanish), a seabed
# authority, a development bank and a governing council with no event) and scored blind once (see its .md).
DEVELOPED |= {"world-thirtysixth"}
# world-thirtyseventh was built in session 18 as a development set (parliaments and their committees, presidents' and
# prime ministers' offices and a defence department of Europe, Africa, the Americas and Oceania: weekly programmes,
# visit itineraries, a committee's hearings, an outreach table with times as column heads, one item each in Spanish
# and German, two items with no event) and scored blind once at a623e92: recall 0.705, precision 0.911.
DEVELOPED |= {"world-thirtyseventh"}
# world-thirtyeighth was built in session 18 as a development set (foreign ministries, embassies, a high commission,
# a consulate general and UN country offices of Africa, the Pacific, Europe and the Americas: a national day, an open
# house, mobile consulates (in Spanish), a press card, an ambassadors' conference (in Czech), a weekly briefing, a
# visit (in Bulgarian), two items with no event) and scored blind once at 4bf0a78: recall 0.533, precision 0.6.
DEVELOPED |= {"world-thirtyeighth"}
# world-thirtyninth was built in session 18 as a development set (armed forces, police, coast guard, space, election,
# statistics and state-government notices of Africa, Europe, East Asia, North America and Oceania: an armed forces day
# programme in "08h00" times, a release calendar table, polling hours, a launch time, a passing-out parade, a media
# advisory, an inauguration programme, flyover times in a column, two items with no event) and scored blind once
# at f1fac12: recall 0.286, precision 0.552.
DEVELOPED |= {"world-thirtyninth"}
# world-fortieth was built in session 19 as a development set (defence ministries, armed forces' and a defence
# league's press offices, a navy, police forces, interior ministries and a justice ministry of the Nordic and Baltic
# states, Germany, Ireland, East Asia, the Gulf, Africa, the Caribbean and South America: four-figure programme times
# (in Danish), "kl." times (in Swedish), "8h35" (in Portuguese), "07:45 horas" (in Spanish), years worked out from a
# weekday or an anniversary, two items with no event) and scored blind once (see its .md).
DEVELOPED |= {"world-fortieth"}
# world-fortyfirst was built in session 19 as a development set (offices of presidents, prime ministers and a
# premier, press units, a head of state's agenda, a foreign ministry's visit programme and a UN information centre of
# Asia, Africa, the Americas, Oceania and Europe: schedules and visits abroad with times without labels in New York,
# Washington, Sofia and Nairobi, Nepal's clock, field cards in French, an itinerary crossing zones in Portuguese, two
# items with no event) and scored blind once at 45a9453: recall 0.533, precision 0.675.
DEVELOPED |= {"world-fortyfirst"}
# world-fortysecond was built in session 20 as a development set (cultural and sporting bodies of Africa, Asia, Europe,
# the Americas and Oceania: a football league's fixture list, a national library's talk card, an Olympic confederation
# (in German), a book fair (in Spanish), a film festival's opening (in Swedish), an orchestra's season with times before
# yearless dates, a commencement schedule with times on their own lines, an opera's premieres, a national archive's
# card, a university lecture, a football draw with a CET label, two items with no event) and scored blind once at
# 020d0be: recall 0.745, precision 0.82.
DEVELOPED |= {"world-fortysecond"}
# world-fortythird was built in session 20 as a development set (infrastructure and public services of North and
# South America, Europe, Africa, South Asia and Oceania: a utilities board's hearing table in two zones of one
# province, election bodies (one in Spanish), regulators, an airport's agenda, a regional press office (in German), a
# runway closure in "0900L", flu clinics, a railway open day on the morning summer time began, a town hall (in Spanish),
# a disaster office, two items with no event) and scored blind once at 77cb3c7: recall 0.75, precision 0.735.
DEVELOPED |= {"world-fortythird"}
# world-fortyfourth was built in session 21 as a development set (courts, a parliament, election commissions, an army,
# defence ministries, armed forces and a foreign ministry of Eastern Europe, Africa, South and South-East Asia and Latin
# America: "15.00 pm" hearings, a "from 10 am" hearing just after summer time ended, items in Romanian, Indonesian and
# Spanish, yearless weekdays under a stamp or dateline, "08h00 to 17h00", a table one cell per line, two items with no
# event) and scored blind once at 860b255: recall 0.714, precision 0.69.
DEVELOPED |= {"world-fortyfourth"}
# world-fortyfifth was built in session 21 as a development set (development banks, UN programmes and missions,
# intergovernmental agencies, a prime minister's office (in Nynorsk), foreign ministries and embassies announcing
# visits, of the Caribbean, Central America, the Middle East, Africa, South Asia, the Nordic region and the Pacific:
# AST cards, agenda rows in two zones, a New York/Kabul pair, years from datelines and stamps, two items with no event)
# and scored blind once (see its .md).
DEVELOPED |= {"world-fortyfifth"}
# world-fortysixth was built in session 22 as a development set (city, municipal and regional governments, a metro, a
# transport office, water and electricity utilities, health ministries and civil-protection bodies of Africa, Latin
# America, South-East Asia, the Caucasus and Southern Europe: a programme in "09h30" times, day lines over "de 08h00 à
# 16h00" (in French), day headings the weekend summer time began (in Italian), "pukul 06.00 WIB" (in Indonesian),
# Portuguese and Spanish items, a dotted stamp, two items with no event) and scored blind once at 6de5557: recall
# 0.889, precision 0.812.
DEVELOPED |= {"world-fortysixth"}
# world-fortyseventh was built in session 22 as a development set (think tanks, a technology company's launch, a
# research institute, a science-engagement association, a university's exhibition, learned societies, trade-show
# organisers, an NGO, an investor-relations association and a listed company's investor calendar, of North America,
# Europe, Asia-Pacific, the Middle East and Africa: one instant on five clocks, 'CEST // EST', standard-time labels in
# summer, a live blog's stamps, a day's programme in CET, deadlines beside an exhibition, registration periods, a
# postponed show, three items with no event) and scored blind once at 218f56c: recall 0.85, precision 0.769.
DEVELOPED |= {"world-fortyseventh"}
# world-fortyeighth was built in session 23 as a development set (foreign, trade and economy ministries, prime
# ministers' offices, parliaments' committees, a Gulf summit's host, a UN office and a Baltic Sea council, of Asia,
# Oceania, the Nordic and Baltic countries, Central Europe and the Gulf: yearless day headings and dotted day.month
# rows under a titled year, weekdays that settle the year, a year glued to a time, two clocks for one publication,
# Canberra mornings on the previous UTC day, two items with no event) and scored blind once (see its .md).
DEVELOPED |= {"world-fortyeighth"}
# world-fortyninth was built in session 23 as a development set (a premier's weekly schedule with times in a column of
# their own, a deputy prime minister's "All times local" itinerary, a police mail's "1145 TODAY", hospital, regulator,
# court and police-authority advisories whose zone only the place or the organisation settles, a regional council's
# two-day tour, a protocol guide, a wire's undated session and a call for submissions, two items with no event) and
# scored blind once (see its .md).
DEVELOPED |= {"world-fortyninth"}
# world-fiftieth was built in session 24 as a development set (international and regional bodies: a UN climate panel's
# press conference in 'Korea time' with four other clocks, a standards body's table of cross-month assemblies
# ('28-2 September-October 2026'), a UN aviation agency's labels and times in two columns, a chess tournament's
# 'noon CET; 4 AM PST' in March, yearless dates under datelines and stamps, deadlines beside a federation's assembly,
# a 'Last update' line, items in French and Spanish, two items with no event) and scored blind once (see its .md).
DEVELOPED |= {"world-fiftieth"}
# world-fiftyfirst was built in session 24 as a development set (election offices, health and agriculture ministries,
# regional parliaments in German, an education ministry in Spanish, central banks, governors' offices, an embassy's
# national day in French and a statistics office, of Oceania, the Caribbean, Europe, Latin America, Africa and Asia:
# bare weekdays under a stamp, a year only in the end of a span, a stamp with a clock, a date given up for another,
# a session's reserve day, three items with no event) and scored blind once (see its .md).
DEVELOPED |= {"world-fiftyfirst"}
# world-fiftysecond was built in session 24 as a development set (a hospital, police and fire services, chambers of
# commerce, a museum, a train drivers' union in Spanish, a university, a library's opening in Italian, an airport's
# inauguration in French and a cathedral: cards of fields, 'WHEN:' lists of bare weekdays, a time card under a date
# heading, a four-digit '1100' beside a column heading, 'Tuesday, 4.4.', yearless dates under stamps taken from page
# addresses, one with no year at all, two items with no event) and scored blind once (see its .md).
DEVELOPED |= {"world-fiftysecond"}
# world-fiftyfourth was built in session 25 as a development set (a city council's meeting list, city halls of the
# United States, Denmark's prime minister's office in Danish, a state legislature's week ahead, the UN's SDG Media Zone,
# a German town's cancelled reception, an embassy's circular in table cells, a business federation's programme, a trade
# association's hearing notice, a department's media advisory, a youth-band association and an Italian union: yearless
# rows under a month heading, a weekday that settles the year, a heading whose date and weekday disagree, 'ATL',
# clocks with no label far from Brussels, three items with no required event) and scored blind once (see its .md).
DEVELOPED |= {"world-fiftyfourth"}
# world-fiftythird was built in session 25 as a development set (a budget consultation and a graduation in Fiji, a law
# faculty's calendar in Chile, a selection exam's deadlines in Mexico, a cricket tour, a port, a museum in Makati, a
# runway closure in Dhaka, a central bank's timetable, an anniversary programme and a festivities company in Peru, a
# regional council, a festival in Nepal and a police open day in Honiara: day headings over 'Hora:' rows, day headings
# split over two lines, a weekday-day calendar under month headings, itinerary rows run together on one line, deadlines
# with a named clock, stamps with clocks, three items with no event) and scored blind once (see its .md).
DEVELOPED |= {"world-fiftythird"}
# world-fiftyfifth was built in session 25 as a development set (twelve items of twelve organisations of Central Asia,
# the Caucasus, the Gulf, the Baltic, Eastern Europe and the Caribbean: a prime minister chairing a regional authority,
# a government's evening briefings, foreign ministries' visits and conferences, a UN regional centre, a consulate's
# daily bulletin with dotted clocks, a state news agency's daily agenda, an Italian prime minister's day in Bahrain on
# the clock of the place, an emergency order, an accreditation notice; wire datelines and stamps, three items with no
# event) and scored blind once (see its .md).
DEVELOPED |= {"world-fiftyfifth"}
# world-fiftysixth was built in session 26 as a development set (fourteen items of fourteen organisations: a rugby
# union's media schedule abroad, shires of Western Australia, councils of New Zealand, a Canadian city, a South African
# metro, a chamber of commerce in Mauritius, a triathlon association, a university, a Japanese ministry, a court of
# appeal, Korea's central bank and a hockey federation: '11h30' rows under yearless day headings on a named clock,
# labels in a column above their values, New Zealand's summer time ending between two rows, a two-column date list,
# stamps with clocks, deadlines, two items with no event) and scored blind once (see its .md).
DEVELOPED |= {"world-fiftysixth"}
# world-fiftyseventh was built in session 26 as a development set (fourteen items of fourteen organisations: two US
# state transport departments, a National Park Service office, a museum service and an art museum, an arts festival, a
# Palauan research centre, a medical NGO's invitation in German, Chile's congress, a standards body, Sweden's foreign
# ministry, a book fair and a city government in Mexico, an embassy: a closure on one day and a run of weekdays, a list
# of Fridays under one clock, a weekday with no date under a yearless stamp, three items in Spanish, two with no
# required event) and scored blind once (see its .md).
DEVELOPED |= {"world-fiftyseventh"}
# world-fiftyeighth was built in session 26 as a development set (twelve items of twelve organisations: Ethiopia's
# prime minister's office on an African Union summit, Senegal's presidency and foreign ministry in French, Kerala's
# government, two Philippine agencies, two Norwegian municipalities in Norwegian, two sports leagues' media notices, a
# provincial government of Indonesia, a forum in Rabat in French: yearless dates under stamps and datelines, a dotted
# date in a title over a clock in the body, '7:00 ET' with no am/pm, two items with no event) and scored blind once
# (see its .md).
DEVELOPED |= {"world-fiftyeighth"}
# world-fiftyninth was built in session 27 as a development set (fourteen items of fourteen organisations: St Helena's
# port control, Spain's football federation in Spanish, Brazil's electoral court in Portuguese, a Dutch town hall in
# Dutch, New Caledonia's government news in French, Dubai's transport authority, a Latin American development bank, an
# embassy's and a secretariat's conference agendas in Tajikistan, an Italian university, a German regional court's
# trial preview, a Caribbean utility regulator, Kuwait's cabinet and Tuvalu's government: weekdays with a day number
# and no month, a table one cell per line, dotted dates with 'jeweils' times, one instant on four clocks with a slip,
# two items with no event) and scored blind once (see its .md).
DEVELOPED |= {"world-fiftyninth"}
# world-sixtieth was built in session 27 as a development set (fourteen items of fourteen organisations: state
# agencies of Alaska and Hawaii, an Arizona county board, a Kentucky fiscal court, a Saskatchewan city, Newfoundland's
# power utility, Ireland's health service, Transport for London, a Queensland community cabinet, the City of Adelaide,
# Karnataka's governor, a Brazilian municipal health office in Portuguese, a Mexican state government in Spanish, an
# NGO network: zones with no summer time or a half-hour offset and no label, a 'GMT' launch in British summer time,
# a week of yearless day headings under a stamp, committee lists run together, one item with no event) and scored
# blind once (see its .md).
DEVELOPED |= {"world-sixtieth"}
# world-sixtyfirst was built in session 28 as a development set (fourteen items of fourteen organisations: two central
# banks, a health regulator's board, a Philippine city's Holy Week advisory, a constitutional court, two universities,
# Logan Airport's runway notice, a football confederation's table one cell a line, a court of appeal, a Mexican city's
# forums with no year, two hospitals' open days with no year, a Ghanaian assembly; Spanish, German, Portuguese,
# French and Italian items; three items with no event) and scored blind once (see its .md).
DEVELOPED |= {"world-sixtyfirst"}
# world-sixtysecond was built in session 28 as a development set (fourteen items of fourteen organisations: state
# governments of India and Brazil, a chief minister's office, ministries of education and culture, an intergovernmental
# council of education ministers, an embassy's and a high commission's pages, museums, an upper house's committee and a
# media event in Geneva: cell-per-line tables in MDT, "11.15 a.m." rows under a season heading, "10h00" fields, "9h30"
# in Portuguese with a yearless "sexta-feira (6/5)", "0930 to 1215 hrs" office hours, stamps over yearless dates,
# three items with no event) and scored blind once (see its .md).
DEVELOPED |= {"world-sixtysecond"}
# world-sixtythird was built in session 28 as a development set (fourteen items of fourteen organisations: a Land
# parliament's plenary timetable in German, two dioceses' diaries (one with no year at all), a Spanish regional
# government's day agenda, two fire services' open days, four police advisories for parades, a trade fair's timetable
# one cell a line, three chambers of commerce; week agendas with day headings over unlabelled times; one item with no
# event) and scored blind once (see its .md).
DEVELOPED |= {"world-sixtythird"}
# world-sixtyfourth was built in session 29 as a development set (fourteen items of fourteen organisations: a treaty
# organisation, a lower house's citation in Spanish, a UN agency, a parliament's presidency in Croatian, a defence
# ministry, a foreign ministry, a parliament's secretariat, a treaty secretariat, a UN regional commission, two Pacific
# parliaments' committees, a civil-service ministry, a U.S. House committee and a Hansard: yearless dates under
# datelines, stamps and citation dates, "a la hora 15", "09 00 hrs", "10:00 a.m. MT (Noon ET)", unlabelled times in
# Tonga and the Solomon Islands; two items with no required event) and scored blind once (see its .md).
DEVELOPED |= {"world-sixtyfourth"}
# world-sixtyfifth was built in session 29 as a development set (fourteen items of fourteen organisations: day agendas
# and programmes of presidents, a chancellor, a minister, a mayor's office and a royal visit, a city congress's and a
# senate committee's hearing calendars, a UN conference's media page, a prime minister's diary that moves from Brunei
# to Jakarta; yearless dates under stamps, "10h00" rows, "Hora:" labels on their own line, WIB / WIT clocks, a day
# moved to Sunday; two items with no event) and scored blind once (see its .md).
DEVELOPED |= {"world-sixtyfifth"}
# world-eightyfirst was built in session 34 as a development set (fourteen items of fourteen organisations: a health
# minister's week under weekday headings ("7h30", "16h :"), a Danish "Torsdag ... kl. 09:15" after a Wednesday stamp, a
# Paraguayan senate session moved to "el martes 17, a las 9:00", Italy's 4 November rows ("ore 9.15"), a meeting in La
# Paz at "17:00 horas (horario de Chile)", a Swedish "Torsdagen den 15 maj kl 13:45", a Norwegian "måndag 18. mars"
# with no stamp, a Dutch week agenda of day headings, Guyana's "from May 19 to 24", New Caledonia's sittings "à 08
# heures 30", MONTSAME's "10:00AM:" rows, an Indonesian "pukul 16.00 WIB", a Polish "Początek o 10:15"; one item with
# no event) and scored blind once at 78830c7: recall 0.85, precision 0.86, timed 28/31; after development (session
# 34): recall 0.975, precision 0.933, timed 31/31 (see its .md).
DEVELOPED |= {"world-eightyfirst"}
# world-eightyfourth was built in session 35 as a development set (fifteen items of fifteen organisations: foreign and
# defence ministries' and heads of state's travel, councils and accreditation notices; a Portuguese programme under
# "8 de fevereiro, sábado – São Paulo" headings, an OSCE media page of "08:30–09:45 (TBC)" rows, a Turkish "bugün"
# under "Yayın Tarihi: 10.07.2025", a G7 press conference "le lendemain midi", a Brussels council "at 10:00 A.M. on
# Monday 17 and on Tuesday 18", Montevideo's clock in Ecuadorian and Argentine papers, "10.00 hora local (15.00 GMT)",
# Ottawa rows with Paris's clock in brackets, a Russian "в среду, 26 августа, с 15:35 до 15:55"; two items with no
# required event: a deadline-only accreditation notice and a report of past meetings) and scored blind once at ac68d6e:
# recall 0.702, precision 0.75, timed 24/37; after development (session 35): recall 0.915, precision 0.862, timed
# 34/37 (see its .md).
DEVELOPED |= {"world-eightyfourth"}
# world-eightyseventh was built in session 36 as a development set (fifteen items of fifteen organisations:
# legislatures and their committees, a speaker's week, a head of state's visit to a Landtag, a foreign ministry's
# briefing and a wire agenda of defence and foreign ministers: Maryland's "9:00 A.M." lines over committee rows and
# "BUDGET HEARINGS - 1:00 P.M." headings, Chile's "09:30 a 14:00" under "este jueves 6 de enero", Brazilian weekday
# headings "SEGUNDA-FEIRA (14)" / "Segunda (27)" under month stamps with Cuiabá's UTC-4, Chihuahua's and Hermosillo's
# clocks, a Westminster programme of "1030 ..." rows under "Monday 11 October" with no year, an embassy page clock,
# "Zeit:" lines under German day headings, Turin's "10.15 ..." and bare "11 sesta" rows, a Bavarian stamp with a wrong
# year, Europa Press's "-- 09.30 horas:" rows under a wire dateline; two items with no event) and scored blind once
# at e725181: recall 0.262, precision 0.4, timed 17/61; after development (session 36, 792d6fe): recall 0.6,
# precision 0.684, timed 36/61 (see its .md).
DEVELOPED |= {"world-eightyseventh"}
# world-eightyeighth was built in session 37 as a development set (fourteen items of fourteen organisations of the UN
# system: peacekeeping and political missions' press notices (UNMISS's "Date:Wednesday 15 May 2019" / "Time:10:00-11:00"
# in Juba's UTC+3 of 2019, UNAMI's "10:00 a.m. New York time (5:00 p.m. Baghdad time)", MONUSCO's "dès 15h, heure de
# Kinshasa", UNSMIL's days in Tunis and Switzerland, MINUSMA's briefing), OCHA's "QUAND: Vendredi le 21 septembre 2012
# à 18h30" in Abidjan and a visit to Abuja under a "Last updated" stamp, a UNU forum "2:00-4.00 PM" in Tokyo, a Spanish
# delegates' handbook of day lines and "entre las 8.00 y las 9.00 horas", UNESCO Montevideo's "el jueves 22, a las 9:00
# horas" under a stamp; two items with no event) and scored blind once at 29b7b64a: recall 0.524, precision 0.5, timed
# 5/7; after development (session 37, be16a1f4): recall 0.81, precision 0.75, timed 6/7 (see its .md).
DEVELOPED |= {"world-eightyeighth"}
# world-ninetieth was built in session 37 as a development set (fourteen items of fourteen organisations: parliaments
# and their committees, foreign and defence ministries on five continents: Rabat's "Lundi à 15h" and "Mardi ... 15h00"
# under stamps, Quito's summons moved from "08:30" to "07:00", the Rada's "Thursday, October 7 ... at 16:00" and
# Barcelona's "Luni 13 aprilie ... ora 10.30" with no year, Bern's daily "um 11 Uhr und um 14 Uhr" with members named
# per day, the Legislative Yuan's "16日", "18、19日" under a stamp, Hanoi's "7 giờ 15", Port Moresby's "10am on Tuesday
# 9th August, 2022", Czech "Jednou větou 18.2." notes; two items with no event) and scored blind once (see its .md).
DEVELOPED |= {"world-ninetieth"}
# world-ninetyfirst was built in session 38 as a development set (fifteen items of fifteen international and
# intergovernmental bodies and offices: WMO's "on 17 June from 9:30 to 11:00, CICG" with no label, an OSCE mission's
# Russian "в пятницу, 25 марта, в 15:00" with no year, UNODC's "Vienna time (CEST)" beside an embargo, the APRM's
# "TIME: 09h30 / WHERE: AU Conference Centre.", a Tyrolean "Beginn:"/"Ende:" card, UNDP's Swedish "klockan 15.00 i
# Stockholm (14.00 i London /10.00 i New York)", the IRMCT's two hearing days, SEGIB's "A las 13.00 horas" under a
# stamp, a consulate's hours and holidays under an OTS release; two items with no event) and scored blind once (see
# its .md).
DEVELOPED |= {"world-ninetyfirst"}
# world-ninetysecond was built in session 38 as a development set (fourteen items of fourteen organisations: foreign
# and defence ministries, embassies and high commissions on five continents: a Turkish tour of Africa by days under
# the release number's date, with the embassy's hours and holiday table, Helsinki's Swedish "Kl. 9.00–10.45" rows
# under "Torsdagen den 29 augusti" with no year, Brunei's "1030hrs", Kingstown's "Monday August 15, at 9:00 am",
# Montevideo's "Hoy a las 17.15" under a stamp, Cameroon's "ce dimanche dès 20heures" and "Le jour de l'an, dès
# 8heures", London's "Saturday 27th October at 1:45pm", day facts from "amanhã", "tomorrow morning", "today"; two
# items with no event: a readout under a stamp with a clock, two readouts of calls paid) and scored blind once (see
# its .md).
DEVELOPED |= {"world-ninetysecond"}
# world-ninetythird was built in session 38 as a development set (fifteen items of fourteen European and Atlantic
# institutions and national government press offices: the Court of Auditors' Swedish "Tisdagen den 1 juli 2014
# kl. 10.30" under its venue block, Lisbon's "Terça-feira, dia 18" / "10h30" rows under a stamp, the CoR's "press
# conference (10 April, 15:00)", Eurojust's "Monday 4 May at 12:00" in Prague, the Elysee's yearless "Lundi 8 mai" /
# "10h30 :" week, Nicosia's "Στις 7μμ" in Athens, the EMCDDA's "10:00 CET (Brussels time)" under a Lisbon dateline,
# Europol's RSVP and set-up times beside its press conference, Vilnius's "14 val." rows, Lendava's "9.45-" rows; two
# items with no event) and scored blind once (see its .md).
DEVELOPED |= {"world-ninetythird"}
# world-ninetyfifth was built in session 39 as a development set (fourteen items of fourteen parliaments, senates,
# regional and state assemblies and a parliamentary group: Barcelona's "Dilluns, 27" / "09:30h" agenda of the week the
# clocks went back, Aosta's "mercoledì 20 e giovedì 21 settembre 2017, alle ore 9.00", Seville's "Hora: 2025-06-24
# 12:00:00.0" rows, Gauteng's committee hearings, Mariehamn's "klockan 10" with no year, the Mexican Senate's "próximo
# jueves, 1 de febrero", a Basque "ostegun honetan, irailak 19" with "09:30ean", Tottori's "6月14日 | 木曜 | 午前10時"
# table, Erfurt's "gegen 14 Uhr (Sitzungsbeginn 13 Uhr)", the Italian Senate's "Mercoledì 25 alle 10", The Hague's
# "om half twee", Kota Kinabalu's "Thursday (Nov 12)"; two items with no event) and scored blind once at 5560b4fe:
# recall 0.205, precision 0.204, timed 9/41; after development (session 39, 3cf72d2e): recall 0.727, precision 0.694,
# timed 31/41 (see its .md).
DEVELOPED |= {"world-ninetyfifth"}
# world-ninetyfourth was built in session 38 as a development set (fourteen items of fourteen offices of the UN system
# outside New York and Geneva: UNIC Tokyo's "日時:2015年8月17日(月)10時~11時30分" and "10:05 基調講演" rows in Kobe,
# UNFPA Brazil's "Neste sábado (16/11) ... das 14h às 16h" with no year, the ILO's Moscow hour "с 12.00 до 13.00 по
# мск" on "11 апреля", MINUSCA's days of a Secretary-General's visit, UNDP's "from 9 to 12 September" under a stamp,
# CINU's "3 de septiembre, a las 16.30" in Corrientes, UNFICYP's "Thursday evening ... between 7.30pm and 9.30pm", a
# Dakar dateline "4 mars (APS)" over "mercredi, à 14h 30", UN Women's "Quand : Mardi 25 juin 2019, 08h30", UNHCR's
# Greek "από την Τρίτη 23 έως και την Πέμπτη 25 Αυγούστου" with no year, UNESCO's "A las 10:00 ..." day in Asunción;
# two items with no event) and scored blind once (see its .md).
DEVELOPED |= {"world-ninetyfourth"}
# world-ninetysixth was built in session 38 as a development set (fifteen items of fifteen defence and foreign
# ministries, armed forces and heads of state's offices: the Norwegian court's "17.10.2021 Minnegudstjeneste" rows
# with "(11.00)" at the end and Sami twins, two Bundeswehr press invitations whose "7:00 Uhr ...8:30 Uhr ..." rows are
# glued together, the French Army's "Lundi 21 juin à 15 heures :" under a blog stamp, Wellington's "6.30pm - 9.30pm"
# in NZST, Luxembourg's "Dimanche 28 avril à 14.30 heures" with Luxembourgish "um hallwer 3", Durban's "10h00", Rome's
# "mercoledì, alle 10.30" under a stamp, yearless days in Guayaquil, the Caribbean, Moscow and Valparaíso, Maputo's
# day under a page clock, Indonesian spans in Malaysia and Bangkok; one item with no event) and scored blind once (see
# its .md).
DEVELOPED |= {"world-ninetysixth"}
# world-ninetyseventh was built in session 38 as a development set (fifteen items of fifteen parliaments and
# legislatures: the State Duma's day of "В 14:10 ..." lines with list rows, the Argentine Senate's "A las 9" /
# "Media hora después" under a stamp, PACE's "11 h 00" lines under yearless weekday headings, Kerala's IST session
# days, a Brazilian week whose dates contradict their weekdays, a Slovak "v stredu 21. apríla 2021 o 14.00 hod.",
# British Columbia's Orders of the Day "2 p.m." line, Tegucigalpa's UTC-6, a Japanese Diet schedule run together on
# one line ("5/8(木)09:00~衆・総務委員会..."), Canberra's and Abuja's day facts, Olympia's "Monday 3/2/09" headings over
# "12:00pm in ..." rows, a yearless Greek visit; two items with no event: standing hours and a void convocation) and
# scored blind once at 7965ec8: recall 0.667, precision 0.722, timed 31/46; after development (session 38,
# 384cb66): recall 0.907, precision 0.793, timed 44/46 (see its .md).
DEVELOPED |= {"world-ninetyseventh"}
# world-ninetyninth was built in session 40 as a development set (fifteen items of fifteen international agencies and
# ministries: a Presidency's media advisory under a page clock, Venice's "(ore 11-15)", Asunción's "today, Monday,
# 1 August" with no year, Kuala Lumpur's "中午12時" and "傍晚5時" under "(吉隆坡23日訊)", a Slovak "vo štvrtok (19. 2.)"
# under a TASR dateline, an event card "datum 27 maart 2014 08:30", a briefing postponed to "Friday 24 May at 15h00",
# a Thai span "20-23 กันยายน", Szczecin's "1400-1600 – ..." rows, Reykjavik's "0900GMT" rows, Darmstadt's programme
# rows, Leipzig's "08.45 to 09.30 | ..." rows; two items with no event) and scored blind once at 524663c: recall
# 0.783, precision 0.829, timed 17/18; after development (session 40): recall 0.957, precision 0.919, timed 17/18
# (see its .md).
DEVELOPED |= {"world-ninetyninth"}
# world-hundredfirst was built in session 41 as a development set (fifteen items of fifteen foreign and defence
# ministries, EU institutions, allied armed forces and intergovernmental bodies: a minister's mission to Canberra and
# Adelaide with "(ore 8:45 ora locale)" then bare "(ore 20:30, ...)" in another Australian clock, a Western Balkans
# trip of "On Monday" / "On Tuesday" under a stamp, a "When:" block in Kyiv, Polish, Croatian, Finnish, Romanian,
# Dutch and Greek notices ("godz. 14.00", "kello 13.15", "om 14u00", "vanaf 13.45 uur", "στις 10:00"), "at 1730" in
# Wiesbaden, a European Council "Indicative programme" of rows; two items with no required event) and scored blind
# once (see its .md).
DEVELOPED |= {"world-hundredfirst"}
# world-eightyninth was built in session 37 as a development set (fourteen items of fourteen organisations: heads of
# government's and governors' offices, a Senate chancellery's week and a cabinet aviso: Berlin's "WORT-BILD-TERMIN:
# 19.00 Uhr" rows under weekday headings, Indore's "At 4.05 pm" narrative in IST under a stamp, Guadalajara's UTC-6,
# Polish "godz. 13.10" rows on "jutro, tj. 18 września br." with arrival deadlines, Austria's "7. Jänner 2026",
# Estonia's NB8 day in Helsinki, a New Jersey trip with no year, Luxembourg's "ce jeudi 12 mars 2020 à 18 heures",
# Mahikeng's "10h00 – 12h30" rows; one Vietnamese report with no event) and scored blind once at 8db24aca: recall
# 0.586, precision 0.7, timed 15/26; after development (session 37, e8d82686): recall 1.0, precision 0.919, timed
# 26/26 (see its .md).
DEVELOPED |= {"world-eightyninth"}
# world-eightysecond was built in session 35 as a development set (fourteen items of fourteen organisations of the UN
# system and treaty bodies: a regional conference's newsroom in Gyeongju ("Monday, 27 September, 09:00 hours"), UNESCO
# Bangkok's yearless news list ("at 19:30hrs ... Lumpini Park"), WHO's daily journal in Guam with its programme of work
# in columns ("Morning    08:30    12:00") and rapporteurs meeting "at 17:45 on Tuesday", a UNCCD advisory, a UNU-IAS
# programme under "2017•04•19", IPBES's media times in Medellín, a Ramsar notification, an INCB launch "11 a.m. (CET)",
# a UNOWA "Vendredi 29 novembre 2013, à 12h30" in Dakar, an ILO press-release list, UNWTO's yearless "Monday (18
# January)", a Geneva week ahead of weekdays under "12 Aug 2019"; two items with no event) and scored blind once at
# 0de3328: recall 0.5, precision 0.419, timed 6/16; after development (session 35): recall 0.812, precision 0.879,
# timed 11/16 (see its .md).
DEVELOPED |= {"world-eightysecond"}
# world-seventyfifth was built in session 32 as a development set (fourteen items of fourteen organisations: a foreign
# minister's month agenda (day headings over "9h -" rows), a space agency's "ore 09:45" programme, a defence ministry's
# parade "HOY" at "16:00 hora local", a foreign ministry's trip "á þriðjudaginn" in Icelandic, a navy's training
# rows in Guam (ChST, no label), an energy agency's event card, an army academy's ceremonies, a space centre's launch
# in "UAE time", a Khaan Quest wire, an animal-health body's press programme, an observatory's "14:00 CEST", the IHO
# Assembly; two items with no event) and scored blind once at 7dabe62: recall 0.744, precision 0.812, timed 26/33;
# after development (99de6cf): recall 0.93, precision 1.0, timed 33/33 (see its .md).
DEVELOPED |= {"world-seventyfifth"}
# world-seventysixth was built in session 33 as a development set (fourteen items of fourteen organisations: FAO's
# Latin American regional office ("10:00 am Chile; 7 am Nicaragua"), UNICEF's Panama office and Spanish committee (a
# yearless "Jueves, 5 de mayo"), two WHO regional offices, a Caribbean fisheries body's meeting table, two Brazilian
# governors' agendas ("Segunda-feira (27.11)", summer time), Ecuador's inauguration rows, a Chilean agenda in Honduras
# on Chile's clock, Argentina's "11 hora de Argentina" for New York, Honduran arrivals; two items with no event) and
# scored blind once at 27ccbb5: recall 0.545, precision 0.492, timed 12/27; after development (6dc1f96): recall 0.727,
# precision 0.613, timed 19/27 (see its .md).
DEVELOPED |= {"world-seventysixth"}
# world-seventyeighth was built in session 33 as a development set (fourteen items of fourteen organisations of
# Asia-Pacific, the Middle East and Africa: a prime minister's tour by ASEAN summit and official trip, a Micronesian
# state visit by patrol boat, Nauru's Independence Day rows ("31stJan (Sun)", "Time : 8:00am"), a "14:00 Japan Time"
# launch, a GNA-datelined handover with no year, a Lusaka show programme ("at about 13:00 hours", "at midday"), a
# "today (Tuesday) at 10am" video conference, a French and an Algerian visit notice, a Beirut day agenda in rows, an
# Arabic Royal Court notice, Radio Nepal's three-day dialogue; two items with no required event) and scored blind once
# at 4b4902a: recall 0.524, precision 0.732, timed 8/12 (0.756 precision against the gold as corrected after, one
# optional fact's terms); after development (0a29455): recall 0.762, precision 0.976, timed 12/12 (see its .md).
DEVELOPED |= {"world-seventyeighth"}
# world-seventyninth was built in session 34 as a development set (fourteen items of fourteen organisations: offices
# of presidents, premiers, governors and ministers-president: an Argentine province's agenda rows under town headings
# with a yearless "Lunes 22 de septiembre", a provincial agenda under a weekday date, a West Java governor's day
# "Selasa (4/3)" in WIB, a presidential visit in Wita under a WIB stamp, a Land's "11.00 Uhr: |" rows, Guam's
# inauguration with no zone written, "6 p.m. Central Time" in Frankfort, an Atlantic "2:30 PM" in Fredericton, a
# Congolese governor's tour, a yearless "hoy viernes 5 de septiembre" in three Mexican states, "2 p.m. local time" in
# Calgary, a national day agenda of bare hours "a las 11"; two items with no required event) and scored blind once at
# 4afed01: recall 0.776, precision 0.864, timed 35/46; after development (2d2cc95): recall 0.98, precision 0.98,
# timed 45/46 (see its .md).
DEVELOPED |= {"world-seventyninth"}
# world-eightieth was built in session 34 as a development set (fourteen items of fourteen international bodies: a UN
# agency's media advisory (a "10:00, Thursday, 3 December" row under a stamp), a laboratory's briefing "from 3pm to
# 5.30pm (CEST)" with no year, a congress's "1100-1130" media rows in Korea (no zone written), a sports federation's
# "11:00 am local time (GMT-5), which is 12:00 pm ET", a fund's General Assembly rows ("13h00 to 18h00") under a stamp,
# an oil cartel's meeting moved "to December 7 instead of December 4" under a misleading page date, a climate fund's
# "from October 18 to 20", Spanish, Portuguese and French notices with weekday-only dates; two items with no event)
# and scored blind once at 8da2c3f: recall 0.552, precision 0.6, timed 4/15; after development (89849a9): recall
# 0.897, precision 0.829, timed 14/15 (see its .md).
DEVELOPED |= {"world-eightieth"}
# world-eightythird was built in session 35 as a development set (fourteen items of fourteen organisations: parliaments'
# order papers, notices and minutes and heads of government's trips in the Commonwealth, the Pacific and the
# Caribbean: a Turks and Caicos proclamation "at 10 o'clock in the forenoon", a Sydney daily program "At 11.00 am this
# day", a Saipan order of business in columns (CALENDAR DAY | TIME), Eswatini's opening "this coming Friday", Seychelles
# sittings "Monday 8th – Wednesday 10th", Guernsey's "tomorrow (Tuesday 14th April) at 2pm", Liberian and Sierra
# Leonean trips by legs, a Delhi sitting at 11:00 A.M. IST, a Malay "pada 2.50 petang" day in Sabah, a Nitijela
# sitting "Thursday April 15" under a month stamp, Montserrat townhalls on London time; two items with no event) and
# scored blind once at c729369: recall 0.727, precision 0.66, timed 11/12; after development (4a8f15f): recall
# 0.955, precision 0.789, timed 12/12 (see its .md).
DEVELOPED |= {"world-eightythird"}
# world-sixtyseventh was built in session 30 as a development set (fifteen items of fifteen organisations: two German
# Länder's ministers' plans in rows (a table and one cell a line), a health ministry's day, a regional government's
# extraordinary cabinet (weekday only), a regional conference's programme rows (weekday only), a human-rights
# commission's hearings moved, a boundary commission's meetings in towns of two zones, a defence ministry's advisory,
# a cabinet "at 11 a.m. (local time)", a president's visit to Northern Cyprus, a governor's press conferences, a
# foreign ministry's "próximo martes", a development bank's public meeting; two items with no event) and scored
# blind once at 5ac1675 (see its .md): recall 0.786, precision 0.86, timed 30/37; after development (a1c83e2):
# recall 0.952, precision 0.978, timed 37/37.
DEVELOPED |= {"world-sixtyseventh"}
# world-sixtysixth was built in session 30 as a development set (fourteen items of fourteen organisations: parliaments
# and their clerks in Samoa, Barbados, Guyana, the Dominican Republic, Bangladesh and Rwanda, prime ministers'
# offices of St Vincent, Nepal, Haiti and the Cook Islands, a UN treaty body in Geneva, UNOOSA in Vienna, the AU's
# ECOSOCC in Addis Ababa, a Bangkok press club; yearless dates under datelines and stamps, weekdays without a year,
# unlabelled times in Apia (summer time), Kathmandu (UTC+5:45), Bangkok; two items with no event) and scored blind
# once at 2954ebf (recall 0.679, precision 0.811, timed 9/9); 0.964 / 1.0, 9/9 after development at aa9ffeb
# (see its .md).
DEVELOPED |= {"world-sixtysixth"}
# world-sixtyeighth was built in session 30 as a development set (twelve items of twelve organisations: media
# advisories and press notes of ministries of finance, education, agriculture, environment and culture in Seychelles,
# South Africa, Bangladesh, Fiji, Mongolia and Angola, a space agency's week of webinars (PhST), a court's ceremonial
# sitting in Port Moresby, a Kyiv press conference, the CIS's sessions under a Minsk dateline; yearless dates under
# stamps, unlabelled times in Victoria, Johannesburg, Dhaka, Kyiv, Port Moresby; two items with no event) and scored
# blind once at 6290ae8 (recall 0.812, precision 0.652, timed 8/9); 0.938 / 0.944, 9/9 after development at
# 9c14c3b (see its .md).
DEVELOPED |= {"world-sixtyeighth"}
# world-sixtyninth was built in session 30 as a development set (eleven items of eleven organisations: press
# releases and advisories of foreign ministries of Solomon Islands, Chile, Costa Rica and Oman, a high commission in
# Honiara, the UN in Fiji, IOM Panama, Turkmenistan's People's Council, a Brazilian Chamber committee, a news site's
# programme of a presidential day in Buenos Aires; yearless dates whose year comes from a stamp or a weekday,
# unlabelled times in Buenos Aires, Brasilia and Panama; two items with no event) and scored blind once at 5bae750
# (recall 0.353, precision 0.471, timed 3/11); 0.765 / 0.833, 9/11 after development at a5bd2e6 (see its .md).
DEVELOPED |= {"world-sixtyninth"}
# world-seventieth was built in session 31 as a development set (fourteen items of fourteen organisations: a French
# Prime Minister's day of talks, a French minister's agenda in rows, Germany's foreign ministry, Spain's Congress,
# Austria's parliament week, order papers and sittings of Botswana, Mauritius and Saint Lucia, Zimbabwe's committee
# week, Tanzania's foreign ministry in Swahili, Sri Lanka's committees "on the 5 th", the Prime Ministers' offices of
# Antigua and Barbuda and of Dominica; yearless dates under stamps and datelines, unlabelled times in Paris, Madrid,
# Vienna, Gaborone, Port Louis, Dar es Salaam and Castries; one item with no event) and scored blind once at 2eb0358
# (recall 0.788, precision 0.882, timed 30/33); 1.0 / 0.917, 33/33 after development at cbbeacf (see its .md).
DEVELOPED |= {"world-seventieth"}
# world-seventyfirst was built in session 31 as a development set (fourteen items of fourteen organisations: four UN
# treaty bodies' session timetables (weekday headings over country-first rows, "DD Month (Weekday)" rows with two
# slots, "at Geneva time" once for a whole list, hours given by a rule), IMO's news page with meetings in Apia,
# Washington and Nairobi, a U.S. embassy's itinerary across Malaysia and Brunei, the SCO's defence ministers, the UPU's
# media invitation in French, Montenegro's foreign ministry, Brazil's defence minister's day, UNRIC, Italy's OECD
# representation; yearless dates under stamps and datelines; two items with no event) and scored blind once at e4add00
# (recall 0.573, precision 0.628, timed 20/49); 0.987 / 0.976, 49/49 after development at e2f69a1 (see its .md).
DEVELOPED |= {"world-seventyfirst"}
# world-seventysecond was built in session 30 as a development set (twelve items of twelve organisations: a governor's
# day agenda in Chetumal, a central bank's table of two-day board meetings whose year only the weekdays give, an armed
# forces' anniversary ceremony in WIB, a justice ministry's press-coverage table, a statistics office's release list
# with unlabelled times in Ramallah, a defence ministry's parade at "las diez de la mañana", a provincial governor's
# agenda, two Arabic interior-ministry notices (a press conference moved an hour, tests moved to a yearless Thursday), a
# flyover in Port Moresby; two items with no event) and scored blind once at c821bf2 (recall 0.314, precision 0.405,
# timed 9/17); 0.829 / 0.892, 15/17 after development at 489a8d2 (see its .md).
DEVELOPED |= {"world-seventysecond"}
# world-seventythird was built in session 32 as a development set (fourteen items of fourteen organisations: two UN
# treaty bodies (a country-first row list "at Geneva time", a release with "at 3 p.m. on Wednesday, 4 September"), the
# Human Rights Council's order of the day, the Conference on Disarmament's weekly planning table, the AU Peace and
# Security Council's month, the Arab Parliament's week, the FFA in Honiara, SEAMEO's media programme in "hrs" rows in
# Hanoi, UNIFIL's "tomorrow" under a dated title, IORA in Colombo, the CTI-CFF's rows in Manado (WITA), the Geneva
# Environment Network, AUDA-NEPAD's events in New York; yearless dates under stamps and headings, unlabelled times in
# Geneva, Hanoi, Manado and New York; one item with no event, ALADI's minutes) and scored blind once at eab1db9
# (recall 0.608, precision 0.688, timed 17/35); 0.922 / 0.967, 33/35 after development at 5e90aa7 (see its .md).
DEVELOPED |= {"world-seventythird"}
# world-seventyfourth was built in session 32 as a development set (fourteen items of fourteen organisations: an
# Azorean regional government's day agenda on four clocks (Azores, Lisbon, Brussels, Madeira; "hora local, mais duas
# do que nos Açores"), summoning orders and notices of two Pakistani provincial assemblies, an Indian state assembly,
# the Nigerian Senate's moved resumption, Portugal's parliament ("nos dias 11 e 12" under a month stamp), Bolivia's
# assembly's moved session, Alberta's committee table, a Kenyan county assembly's adjournment motion, Korea's
# National Assembly in Korean ("다음달 2~4일", then "5일"), Vanuatu's Parliament "at 8.30am today", Western Australia's
# estimates week; two items with no event) and scored blind once at b829051 (recall 0.458, precision 0.462, timed
# 10/22); 0.958 / 0.73, 21/22 after development at 5d18f91 (see its .md).
DEVELOPED |= {"world-seventyfourth"}
# world-seventyseventh was built in session 33 as a development set (fourteen items of fourteen European parliaments
# and governments: the Dutch Tweede Kamer's day agenda ("16.00 tot ca. 17.00 uur"), the Belgian Chamber's weekly
# report, the Italian Camera's "domani ... dalle 10:45", the Hellenic Parliament's COSAC programme, the Slovak
# government's programme (times on lines of their own), Iceland's Alþingi ("kl. 9-12" under a stamp), Luxembourg's
# Chamber in Luxembourgish, the German Bundesrat's yearly table, the Croatian cabinet's cancelled sitting, Bulgaria's
# National Assembly, the Greek Prime Minister's "on Monday" with "May 2-4", the Serbian Assembly's moved sitting, the
# Albanian Kuvendi, the Finnish Eduskunta; no zone written anywhere; two items with no event) and scored blind once
# at 1a19646 (recall 0.267, precision 0.419, timed 12/43); 0.911 / 0.904, 41/43 after development at 6f906de (see its
# .md).
DEVELOPED |= {"world-seventyseventh"}
# world-eightyfifth was built in session 36 as a development set (fourteen items of fourteen international agencies
# and intergovernmental bodies: an IOM online press conference "at 10am GMT" in Where/When/Who rows, an OCHA advisory
# "WHEN? From 25 to 28 April 2017", river- and lake-basin councils (Entebbe "on 14 July, 2016", the Niger Basin's "le
# 7 novembre prochain" under a report, Kigali rows "May 2 to 3" under a Sunday date line), a Brasília consultation
# "segunda-feira (19), às 9h" with no year, a coffee council "Wednesday, 18 March at 09:30" in London under a 2008
# stamp, a timber council "10:00 hours on Monday, 9 November 2009" in Yokohama, a bank forum "The event's second day",
# a fund's "On June 16, one day prior", an OHADA tour "du 7 au 12 juillet 2024", ARIPO's "tomorrow's official
# opening"; two items with no event: a tuna commission's report and a forum postponed sine die) and scored blind once
# at f837174: recall 0.75, precision 0.667, timed 3/5; after development (session 36, six rules): recall 0.8,
# precision 0.792, timed 3/5 (see its .md).
DEVELOPED |= {"world-eightyfifth"}
# world-thirteenth was built in session 8 (15 twins, 15 new organisations) and scored blind once (see its .md for the
# commit); it joins the held-out pool, never read nor tuned on. world-sixteenth was built the same way in session 9
# (15 twins, 15 new organisations of every continent) and joins it too.
# world-eightysixth was built in session 36 as a development set (fourteen items of fourteen organisations: heads of
# government's and state's schedules and itineraries, EU and regional agendas: a French minister's week under "Mardi
# 8 avril" headings with a 15h00 in London, Agence Europe's "Tuesday 21 May" with no year, an Odisha chief minister's
# "today" dated only by "Next Day (November 9, Sunday)", a German "Am Montag, 4. September" with no year, a Sofia
# press conference "at 11:15 CET", "(ADT)" rows, a Tongan Forum week of yearless weekdays, WHAT/WHO/WHEN/WHERE blocks,
# Algiers's unlabelled "A 11h35" under a stamp, a Chihuahua "este viernes 12 de febrero" whose year closes the text;
# one item with no event) and scored blind once at 7533d08: recall 0.726, precision 0.937, timed 31/41; after
# development (session 36): recall 0.903, precision 0.964, timed 39/41 (see its .md).
DEVELOPED |= {"world-eightysixth"}
# world-ninetyeighth was built in session 37 as a development set (fourteen items of fourteen organisations: offices
# of heads of government and of state, governors, a mayor and their press services: a state chancellery's bullet
# stamps "18.10.2018, Thüringer Staatskanzlei", visit programmes in Ouagadougou and Algiers ("vers 22 heures", "Vers
# 13h"), Brazilian governors' weeks in Ceará and Sergipe, a Guatemalan transfer of power with no year, a Japanese
# governor's diary under Heisei-era headings with a trip to Korea, "hoje (Segunda-feira), 15 de Setembro, pelas 10
# horas" in Luanda, a royal programme in Chinese under "2019年12月20日"; two items with no required event) and scored
# blind once at 206d2b2f: recall 0.28, precision 0.358, timed 6/38; after development (session 37): recall 0.68,
# precision 0.735, timed 25/38 (see its .md).
DEVELOPED |= {"world-ninetyeighth"}
# world-hundredth was built in session 41 as a development set (fourteen items of fourteen offices of heads of state
# and government: a Japanese governor's week of "12時 ..." rows under "2月11日(月曜日・祝日)*" with a visit to Taiwan
# after "以下は現地時間", the Canary president's "9:30 (hora Madrid)" beside an unlabelled "17:30 h" in Gáldar,
# Yonhap's Korean "(20일ㆍ금)" rows under an input stamp, the Swedish court's "kl. 10.00" under a calendar filter,
# Maranhão's "10h – ..." rows under "15 de dezembro (sexta-feira)" with no year, Lombardy's "– ore 12, ..." lines
# after their paragraph, Quindío's "martes 8 y miércoles 9 de septiembre" under a later governor's header, Sabah's
# "pukul 2 petang ini", Belgrade's "18.00 časova", an Icelandic state visit "á miðvikudaginn"; one item with no
# event) and scored blind once at a2708750: recall 0.574, precision 0.607, timed 34/53; after development (session
# 41, 16a1b299): recall 0.721, precision 0.754, timed 42/53 (see its .md).
DEVELOPED |= {"world-hundredth"}
# world-hundredsecond was built in session 41 as a development set (fourteen items of fourteen national and regional
# governments and agencies outside Europe and North America: Stats SA's "Lock up: 11:00" / "Embargo: 11:30" fields, a
# Salta invitation for "el próximo martes 26 desde las 10" with no year, Rio Branco's UTC-5 under a month stamp,
# Gauteng's "Venue:" lines above and below their "Time:" lines, Porto Velho's "sábado (17) e domingo (18)", Montevideo's
# summer time of 2005, a Hindi cabinet notice in IST, Darwin's UTC+9:30 count timeline of "5:30 pm" lines over bullets,
# Lawas's "this Sunday (May 28)", a Philippine memorandum, Nepal's UTC+5:45 in Nepali; two items with no event) and
# scored blind once (see its .md).
DEVELOPED |= {"world-hundredsecond"}
# world-hundredthird was built in session 41 as a development set (fifteen items of fifteen legislatures and their
# committees in Latin America, Africa, Asia, Oceania and Eastern Europe: San Salvador's "Lunes 13 de mayo:" over
# "9:00 a.m.: Comisión ..." bullets with no year, Panama's "Hoy miércoles ... a las 2:00 p.m." before "el lunes 11 de
# agosto", Caracas's UTC-4:30 of 2013, "mercredi à 9 h 30" in Algiers under a Monday stamp, Guam's "8:30AM" lines over
# bills, Kenyan county tables (day rows over venues, "| 9.00AM |" columns), "terça-feira 15, às 9 horas" under a month
# stamp, "pukul 09.00 wib", Manila's "09:30 AM" rows, the Fono's Saturdays at "10a.m." with no year, Bucharest's
# "ora 14:00", Astana's UTC+5 of 2024; one item with no event, the transcript of a past committee meeting) and scored
# blind once at f930b49c: recall 0.778, precision 0.744, timed 26/32; after development (session 41): recall 0.806,
# precision 0.806, timed 27/32 (see its .md).
DEVELOPED |= {"world-hundredthird"}
# world-hundredfourth was built in session 41 as a development set (fifteen items of fifteen local and regional bodies
# on five continents: city halls and councils, a transit authority, a water district, a fire department, a police
# headquarters, a county's forums, Hong Kong's district forums, a shire's meeting dates and a school board, every time
# without a zone label: Regina's own clock, "a las 14´30 horas", an Argentine table of "12,00" / "19,30" cells,
# "Donnerstag, 18. Dezember" with no year, Ukiah's and Embu's clocks, "June 10 (Thursday) at 2.30pm" cards, a list
# "January 18th" ... under "in 2017" with "starts at 2.00pm" below, a press conference moved a day, a cancelled
# meeting and a cancelled hearing) and scored blind once at 2ba4b953: recall 0.173, precision 0.273, timed 9/52;
# after development (session 41): recall 0.808, precision 0.857, timed 42/52 (see its .md).
DEVELOPED |= {"world-hundredfourth"}
# world-hundredeighth was built in session 42 as a development set (fourteen items of fourteen governments,
# presidencies, cabinets and prime ministers' offices of small states and territories: Montenegro's "u 11.00 sati",
# Iceland's "klukkan tíu á morgun" under a Vísir stamp, Colombo's UTC+5:30, "Ora 11:00 - ..." agenda rows in Kosovo,
# Shkodër's "rreth orës 10:00", Andorra's "a partir de les 21.15 hores", a Gambian itinerary of "10:30-10:45am  Barra
# ..." rows, Russian "во вторник, 19 ноября" / "20 декабря" with no year, Nuuk's UTC-2 of 2022, Tokelau's Fono moved
# to July, Nevis's clock; two items with no event: a weekly rule and a report of a meeting already held) and scored
# blind once at cd9456d3: recall 0.773, precision 0.724, timed 13/17; after development (session 42): recall 0.955,
# precision 0.889, timed 16/17 (see its .md).
DEVELOPED |= {"world-hundredeighth"}
# world-hundredfifth was built in session 42 as a development set (fifteen items of fifteen offices, programmes,
# missions and tribunals of the United Nations system: UNAMID in Khartoum on UTC+2, the ICTY's weekly briefing, the
# ILO's "ao meio-dia (hora de Brasília)", a Turkish notice of the Committee on Missing Persons in Cyprus with no year,
# UNDP Ukraine, UN-Habitat Fukuoka's "7月19日(水)午後3時", UNIC Rio in Rio's summer time, WHO Kenya's field card, the
# STL's "11.00 AM (C.E.T)" in August, the UN Staff College's Italian retreat, UNIC Manama in Arabic, two day-only
# items and one that announces nothing) and scored blind once at ffdbd6f6: recall 0.619, precision 0.538, timed
# 8/14; after development (session 42): recall 0.81, precision 0.75, timed 12/14 (see its .md).
DEVELOPED |= {"world-hundredfifth"}
# world-hundredsixth was built in session 42 as a development set (fourteen items of fourteen embassies, consulates
# and missions announcing events in their host countries: Rio's "às 8h30" in a Serviço block, "giovedi' 9 giugno"
# under a Belgrade dateline with no year, "sabato 14 maggio dalle 10 alle 16" in Washington, "il 2 giugno, ore 20" in
# Buenos Aires with no year nor stamp, flag hoistings "at 7.30am" and "at 7am" in Abu Dhabi and Dubai, "am 20.5." under
# "16.05.2006" in Berlin, Moscow's "к 17:30", a Mexican consulate's "- De martes 3 a sábado 7" ranges under three
# venues, Japanese outreach days "2021年5月29日(土)", a French consular tour with a booking window "à 17h00 (PT)",
# Montevideo's "Hora: 19:30 hrs." fields under weekday headings, a Chinese festival "9月21、22日"; two items with no
# event, a consulate's holiday closures and an embassy's cancelled outreach missions) and scored blind once (see its
# .md).
DEVELOPED |= {"world-hundredsixth"}
# world-hundredseventh was built in session 42 as a development set (fourteen items of fourteen intergovernmental
# organisations other than the UN, their presidencies and host years: the Italian G20 Presidency's "19:00:" and
# "10:00 – 12:00:" rows in Bari and Matera under a stamp "12.14", the ACHPR's "10:00 – 12: 00 Hours (EAT)" with GMT
# and CAT equivalents, a SADC PF circular's "09:45 hours GMT +2 (Johannesburg Time Zone)", APEC's "1:00 p.m. PST"
# with EST and Singapore clocks, CHOGM 2018's "12:00 noon on Sunday 15 April", a Russian BRICS programme by days,
# Manila's "- 7 pm | ..." rows, days of the UfM, the Council of Europe's Congress, the Nordic ministers, the World
# Bank, the Eurasian Council and the AfCFTA under stamps with clocks; one report with no event) and scored blind once
# at 6dfc96de: recall 0.868, precision 0.842, timed 28/31; after development (session 42, 5441309a): recall 0.943,
# precision 0.912, timed 30/31 (see its .md).
DEVELOPED |= {"world-hundredseventh"}
# world-hundredninth was built in session 43 as a development set (fifteen items of fifteen defence ministries,
# armed forces, navies and guards: a naval academy's oath "sabato 2 dicembre, alle 10.30" under a stamp, a French
# ship's "Lundi 6 octobre" over "15h00 à 17h00 –" rows with the year only in the title, Kolkata's "0900 hrs to 1400
# hrs" rows, a Portuguese "pelas 21h30", Fleet Week's "9 a.m. –" rows in Eastern time, a Swiss "von 12.30 bis 16.15",
# an open day in AEST, Phoenix's MST all year, Rapid City's "10 a.m. Friday, Feb. 15" with no year, Köln-Wahn's
# "Sonntag, 12. August" with no year, the PLA Hong Kong Garrison's "上午9时至下午1时", a Spanish "a las 11:00 horas",
# a Malay "9.00 pagi hingga 5.00 petang"; a past graduation and a page of weekly routines announce nothing) and
# scored blind once (see its .md).
DEVELOPED |= {"world-hundredninth"}
# world-hundredeleventh was built in session 43 as a development set (fourteen items of fourteen offices of mayors,
# governors, presidents and premiers: Prato's "Martedì 28 ottobre: / ore 9:" rows after the autumn change, Turin's
# next-day rows glued on one line ("...pubblico)Ore 16:30"), Malacañang's Filipino "alas 4:15 ng hapon" with no year,
# Styria's "Sonntag, 4. Jänner 2026" in Innsbruck, Bogotá's "lunes 1 de enero" with no year, Puebla's day headings
# "14 de octubre" / "18 octubre" over bare "09:00" rows in Mexico's last summer time, New Taipei's "民國113年5月9日",
# Maebashi's "午前10時30分" rows under 令和6年, Taoyuan's "111年10月11日下午12時40分", Suzuka's table rows under a month
# stamp, Westchester's "Monday, April 15 / 2 p.m."; two items with no required event: a mayor's diary of the day and
# an activity report written after the week, with Chinese "※現地時間" rows) and scored blind once (see its .md).
DEVELOPED |= {"world-hundredeleventh"}
# world-hundredtenth was built in session 43 as a development set (fifteen items of fifteen parliaments, speakers,
# committees and parliamentary groups of Asia, Africa, the Middle East and Latin America: Cairo's sittings "في الحادية
# عشرة والربع صباحًا" the day after a midnight stamp, Porto-Novo's "à 13 heures", a Brazilian week with no year and a
# slipped "quarta-feira (15)", Akita's Heisei table under a 2018 posting stamp, Niigata's "明日10月18日(火)13時",
# Beirut's sittings in words, Manado's "pukul 11:00WITA", Bogotá's "el lunes a las 8 de la mañana" under a Saturday
# stamp, Ushuaia's "a partir de las 10", Aguascalientes's summer time of 2021, a Tunisian decree, a Korean day-only
# session, a Thai agenda in Thai digits and the Buddhist era, and one chamber's standing hours that announce nothing)
# and scored blind once at 5584ce62: recall 0.35, precision 0.472, timed 12/37; after development (session 43):
# recall 0.4, precision 0.526, timed 14/37 (see its .md).
DEVELOPED |= {"world-hundredtenth"}
# world-hundredtwelfth was built in session 43 as a development set (fourteen items of fourteen international agencies,
# development and reserve banks and intergovernmental scientific and standards bodies: ICTP's anniversary programme of
# "09:00 Inauguration" rows under "Monday, 6 October", ECMWF's workshop rows "9.30 : ..." under "Day 1: Weds 10th June"
# with no year, SESAR JU's "3.30 pm: press briefing" under an event card "14:30 > 14:30", Codex's "12:00 (noon) CET" in
# September from Rome, a Viennese "Termin:" after "Ort:", Russian, French and Spanish notices of sessions by day only;
# three items with no event: a signing reported the day after, a bank's regulatory releases, a past decision) and
# scored blind once at 3ac0ba5: recall 0.333, precision 0.352, timed 5/29; after development (session 43, 99c9c60):
# recall 0.487, precision 0.49, timed 10/29 (see its .md).
DEVELOPED |= {"world-hundredtwelfth"}
# world-hundredthirteenth was built in session 44 as a development set (fourteen items of fourteen United Nations
# offices, programmes and funds in the field: UNICEF Juba's "10:00 – 11:00 (local time; GMT+3)" over agenda rows run
# into one line, Cape Town's "Time: 13h45-15h00", Washington's "de 15.00 a 17.00 horas(ET)", Brasília's "segunda-feira,
# 29 de novembro, às 10h" with no year, Amman's "9 a.m.", French releases of days and spans with and without a year,
# an Arabic and English events page, two Russian items with no event: press conferences told after the fact) and
# scored blind once (see its .md).
DEVELOPED |= {"world-hundredthirteenth"}
# world-hundredfifteenth was built in session 44 as a development set (fourteen items of fourteen national and
# regional government press offices and ministries on four continents: Cape Town's "Time: 12:30 to 14:00" field,
# Georgetown's "from 10:00hrs", Dakar's "ce samedi 02 Mai ... à partir de 10h" under a dateline, a Bengali "সকাল সাড়ে
# ১০টায়" under an English update stamp, Bolzano's "Dienstag, 28. Jänner, / um 11 Uhr" on lines of their own with no
# year, an Italian minister's "alle 12" / "alle 12.30" / "Alle 15.00", a Czech "15:10 – 15:55" programme, Río
# Gallegos's "mañana 30 de junio a las 9:30", the Swiss Federal Council's "ca. 08.30 Uhr" and "ca. 12.20 Uhr",
# Polish "o godz. 11.00" notices under their own dates and a "KIEDY / godz 09:30" card, Funchal's "amanhã,
# quarta-feira ... por volta das 17h30"; two items with no event: a ministry's guide to invitations and a prefecture's
# record of a press conference already held) and scored blind once (see its .md).
DEVELOPED |= {"world-hundredfifteenth"}
# world-hundredfourteenth was built in session 44 as a development set (fourteen items of thirteen foreign
# ministries: Havana's "a las 10:00, hora local" under a dateline, Taipei's "2月18日(週六)上午11時" under a
# briefing of ROC year 112, Zagreb's "u 12.30 sati" and Skopje's "(10 sati)", a Slovenian events list of "9.00-"
# rows under "Ponedeljek / 19. junij 2023", visits by day only in Georgian, Arabic, German and English (Astana,
# Kuwait, Gaborone, Hanoi, Schengen); two items with no event: a reply under the Official Information Act, a page
# of past highlights) and scored blind once at 960d626: recall 0.55, precision 0.75, timed 4/10; after development
# (session 44, 75a344e): recall 0.85, precision 0.8, timed 9/10 (see its .md).
DEVELOPED |= {"world-hundredfourteenth"}
# world-hundredsixteenth was built in session 44 as a development set (fifteen items of fifteen intergovernmental
# bodies: treaty, river and fisheries commissions, a regional court, a cancer agency, regional organisations of Africa,
# the Americas and Asia: the OMVS's "lundi 14 décembre à 9H" in Conakry, the CCJ's "10:00 a.m. on Monday, April 16"
# with no year, a San Ysidro "Tuesday, November 27, 7:00 p.m." under a stamp, IARC's flattened agenda rows "09:15 –
# 09:20 1. ...", Danube Day's "1 PM - 2 PM" under "Day 1 – Wednesday 4 July", an Arabic span with its Hijri twin,
# ECCAS's "du 20 au 26 juin" under "ce mardi 20 juin" with no year, Bangkok's "Time: 08:00:00 - 18:00:00"; one
# report written on a meeting's first day announces nothing) and scored blind once at f7be4446: recall 0.654, precision
# 0.875, timed 9/15; after development (session 44): recall 0.923, precision 0.914, timed 14/15 (see its .md).
DEVELOPED |= {"world-hundredsixteenth"}
# world-hundredfortyfirst was built in session 50 as a development set (fifteen items of fifteen courts, regulators,
# central banks, election bodies, ombudsmen and audit and statistics offices on five continents: Jakarta's "Kamis, 27
# Juni 2019, dimulai pukul 12.30 WIB", Poland's polling "od 7:00 do 21:00" and results "w poniedziałek o godzinie 10",
# a Census embargo "From Tuesday, June 18, at 10 a.m. EDT" with no year, a Michigan card "DATE: / TIME: 9:00 a.m.",
# Shimane's early voting "10月20日(水)から10月30日(土)まで" with no year, Maputo's meeting moved "para o dia 26 de
# Fevereiro corrente", Bolivia's "elecciones judiciales del tres de diciembre", Río Negro's "Horario: 10 a 11" rows
# under day headings, Perth's "On the Thursday ... between 12 and three"; two items with no event: a report of a
# first public hearing, an audit briefing with no date) and scored blind once at 4a25775d: recall 0.381, precision
# 0.645, timed 5/16; after development (session 50, c2a6ace8): recall 0.905, precision 0.8, timed 14/16 (see its .md).
DEVELOPED |= {"world-hundredfortyfirst"}
# world-hundredfortysecond was built in session 51 as a development set (fourteen items of fourteen foreign
# ministries, embassies, high commissions and consulates: Madrid's Grito rows "20:50 horas: ...", McAllen's "del 14 al
# 15 de septiembre de 4:00-10:00 p.m.", an Israeli spokesperson's "arrives in Israel today (20 August)", Armenia's
# "9-10 июля" with no year, Slovakia's "v utorok (18. 11.)", a Managua town hall, São Paulo's "5月7日(火)、8日(水)、9日
# (木)" with no year, Sydney's polling "بدءا من اليوم الجمعة الموافق 1 ديسمبر 2023", Atlanta's "2월 6일부터" monthly,
# Washington's ballots "on Saturday, 08 May 2010 from 9:00 a.m."; a past reception in Vienna, a consulate's partial
# closure and a consulate's suspension announce nothing) and scored blind once at 813e57f1: recall 0.444, precision
# 0.609, timed 6/13; after development (session 51): recall 0.611, precision 0.68, timed 8/13 (see its .md).
DEVELOPED |= {"world-hundredfortysecond"}
# world-hundredfortyfifth was built in session 51 as a development set (fourteen items of fourteen
# ministries, ministers' offices, city halls and officials: Paris's untimed rows under "Lundi 27
# septembre" with one "10h30 :", Korea's weekly plan of "△1일(월) / 10:00" rows under "다음 주(7월 1일~5일)",
# Washington and "9:30 a.m. MDT" advisories, Santiago de Compostela's "10.00 h" rows for "o luns 23 de
# marzo" a week before summer time, Nashik's "tomorrow (Nov. 5)", Buenos Aires's "12.00:" rows under
# "jueves 27 de mayo", Oslo's "Time 10.00–11.00" above its title, Konya's visit moved from "5 Mart
# 2026 Perşembe" to "6 Mart 2026 Cuma", Czech ministers' "9:00" rows, Lisbon's budget "quinta-feira
# ... pelas 12h00", IKN's "pukul 20.00 WITA" after "13.00 WIB", a May "10:30 a.m. EST"; two items with
# no event: a minister's diary of a past day, a mayor's "agenda realizada") and scored blind once at
# f1f86bcb: recall 0.875, precision 0.676, timed 38/42; after development (session 51, c70e157d):
# recall 0.938, precision 0.927, timed 40/42 (see its .md).
DEVELOPED |= {"world-hundredfortyfifth"}
# world-hundredfiftysecond was built in session 53 as a development set (fourteen items of fourteen regional
# and local governments: Tenterfield's "26 February 2025 9.00am for 9.30am" rows across the end of
# Australia's summer time, Palmerston North's "9.00am on Monday, 9 October 2017" (NZDT), Turku's "ma
# 26.10.2009 klo 18.00" the day after summer time ended, Saulkrasti's "trešdien, 4. novembrī plkst. 11:00"
# with the year from "Nr.33/2020", Viljandi's "16. novembril algusega kell 17", Malmö's "21 jan" list at
# "klockan 13.00" with "23 juni kl. 09.00", Shannon's "Lundi 8 décembre 2025 à 20 h 30" and 2026 list "dès
# 19 h 30", Taizhou's "6月8日(星期一)上午9点30分", Taipei's "10月10日上午7時30分", Chungnam's "10:00" rows
# dated only by the stamp, Ogre's "2021. gada 1. jūlijā plkst.10.00"; three items with no event: Waikato's
# cancellations, Køge's cancelled March meeting, Yanai's record of the mayor's past days) and scored blind
# once at 8203a93f: recall 0.591, precision 0.481, timed 26/44; after development (session 53, c66d7206):
# recall 0.886, precision 0.83, timed 39/44; after its leftovers (nord53): recall 0.909, precision 0.93, timed
# 40/44 (see its .md).
DEVELOPED |= {"world-hundredfiftysecond"}
# world-hundredfortyseventh was built in session 52 as a development set (fourteen items of fourteen central
# banks, financial and market regulators, statistics offices, audit offices and a development bank: Munich's
# "Montag, 29.10.2012, 19 Uhr" the day after summer time ended, the EBA's "9am to 11:30am UK time", BNDES's
# "nesta quinta, às 13 horas", KfW's "an diesem Dienstag (18.30 Uhr)", ESMA's "Friday 29 May" by conference call,
# a Japanese record with a trip "4月29日から5月4日まで", Consob's "Domani ... dalle 10.45" under "MILANO, 10 GIU",
# EIOPA's "Timeline 2020" rows under file stamps of 2023, Lima's "a las 2.00 p. m.", Bogotá's "desde las 9 de la
# mañana", Nancy's "Samedi 20 septembre, 10h00"; three items with no event: Insee's "Prochaine parution", a CBS
# look back at a February press conference, INEGI's extended census deadline) and scored blind once at
# b4d14ae2: recall 0.769, precision 0.478, timed 6/8; after development (session 52, 5f4ee5c8): recall 0.923,
# precision 0.812, timed 7/8 (see its .md).
DEVELOPED |= {"world-hundredfortyseventh"}
# world-hundredfortyeighth was built in session 52 as a development set (fourteen items of fourteen
# ministries, provincial and state governments, a county and a national committee in Africa, South Asia,
# South-East Asia, Oceania and the Caribbean: KwaZulu-Natal's "Date: / Event: / Time : 9 am" blocks,
# Malabar's "Monday March 26, 2012 at 4:30 pm", Pakistan's "on Sunday (tomorrow)", Samoa's "this Friday at
# 6.00pm" and "Saturday at 4.00am" (UTC+13), Malaysia's "three days starting from Nov 22", Ogun's "Friday,
# 29th January" with no year, Bayelsa's "Wednesday the 14th", Kavieng's "tomorrow (Tuesday 29th August)",
# Madang's "Tuesday, 3rd January", "April 15, 2020 at 11:00 (Kigali time)", Dhaka's ten days "From March 17",
# Cebu's "flag-raising ceremony at 7:30 a.m."; two items with no event: a programme postponed with no new
# date, an opening already done) and scored blind once at 6f36640d: recall 0.882, precision 0.763,
# timed 7/7; after development (session 52, 9574f9ee): recall 1.0, precision 0.969, timed 7/7 (see its .md).
DEVELOPED |= {"world-hundredfortyeighth"}
# world-hundredfortysixth was built in session 52 as a development set (fifteen items of fifteen courts,
# tribunals, judicial councils, an ombudsman, a prosecutor's office and electoral bodies: Frankfurt's "am 20.03.,
# 22.03. und 29.03. ... sowie am 19.04., 21.04. und 28.04.2023 ... um 09:30 Uhr" across the change to summer time,
# Mexico City's debates "el nueve de mayo ... a las 16:00 y a las 19:00 horas", the Défenseur des droits' "14h30 -"
# row, Iwate's count "22日午後8時", Vitória's "Serviço: 15h30m – / 16h –", Waseca's "10 a.m. Tuesday, Nov. 21",
# Sinaloa's "próximo 29 de febrero", Jharkhand's "23 नवंबर को सुबह आठ बजे", the CSM's "martedì prossimo, 24 gennaio,
# alle 11", Dresden's "Donnerstag, dem 22. April 2021, um 9.00 Uhr", Monterrey's "el primero de mayo, en el mismo
# horario", Manaus's "segunda-feira (02/01), às 17h" with no stamp, Kingman's "10 a.m. Thursday, Feb. 7"; two items
# with no event: Poland's Constitutional Tribunal's ruling told in the past, a ceremony told after the fact) and
# scored blind once at 396e64a9: recall 0.621, precision 0.763, timed 13/23; after development (session 52,
# 1a5131f7): recall 0.931, precision 0.923, timed 21/23 (see its .md).
DEVELOPED |= {"world-hundredfortysixth"}
# world-hundredfortyninth was built in session 52 as a development set (fourteen items of parliamentary
# committees, armed forces, defence ministries, military press offices and UN missions: the Air Force Academy's
# "no later than 7 a.m. Wednesday, May 23" under "5/21/2012", a MARADMIN "3-6 September 2024" with "NLT" deadlines,
# Pretoria's "between 09h00 and 16h00 on Tuesday 23 July 2013", the Senate's "Tuesday, March 21, 2000 / 2:30 p.m."
# rows, HASC's "(Open – 11:00am ET – 2118 Rayburn/Webex)" and one "4:00PM" with no label, Syracuse's "WHEN: ... 10
# a.m., Sunday September 9, 2012", UNMIL's "Thursday 1st September 2011", Chile's "domingo 5 de marzo al mediodía"
# and "del 17 al 19 de marzo", Munster's "Termin: Donnerstag, 18.04.2024", Baghdad's "الساعة 700 ... 14/7/2016",
# Cairo's "من غد الأحد حتى الخامس عشر من مارس"; Ecuador's communiqué and a Lebanese Army report announce nothing)
# and scored blind once at b8b011b4: recall 0.688, precision 0.571, timed 6/9; after development (session 52):
# recall 0.875, precision 0.75, timed 9/9 (see its .md).
DEVELOPED |= {"world-hundredfortyninth"}
# world-hundredfiftythird was built in session 53 as a development set (fifteen items of fifteen NGOs, UN country
# offices, foundations, chambers of commerce and business associations: Kampala's "Friday December 20, 2019, between
# 7:30 am to 10:00 am", Beirut's "الأربعاء 21 آب الساعة الحادية عشرة صباحاً" under "14/08/2019", Saigon's "thứ Ba,
# ngày 16/07/2019, từ 8g30 – 12g00" under a bulletin week "Từ 6-12/7/2019", Berlin's "am 18. November 2008 um 11:30
# Uhr" beside a book out on the 19th, "am Mittwoch, den 21. September 2011, um 10:30 Uhr" with a reply deadline, Dar es
# Salaam's "saa Nne Asubuhi hadi saa Sita Mchana", NaCoNGO's three election days, Perry's "Thursday, March 16 ... noon"
# and Delta's "March 15, 11:30 am to 1:30 pm" just after summer time began, IKOHI's "24 – 26 Juni 2014" after a past
# "Senin (23/6)", the CCI de l'Indre's "jeudi 8 juin de 8h30 à 12h30", Jakarta's "Rabu, 17 Juli 2019 / 09.00 – 12.00
# WIB"; a past AEF presentation, a foundation's deadlines and the Thai Chamber's past index announce nothing)
# and scored blind once at d588cf58: recall 0.786, precision 0.857, timed 10/10; after development (session 53,
# 497b6591): recall 1.0, precision 1.0, timed 10/10 (see its .md).
DEVELOPED |= {"world-hundredfiftythird"}
# world-hundredfortythird was built in session 51 as a development set (fifteen items of fifteen defence, police,
# coast guard, civil-protection and emergency bodies of fifteen countries: Guadalajara's "a las 10,00 horas" under
# "el sábado día 12", Matera's "- 9.30" rows under "lunedì prossimo 10 aprile" with no year, Singapore's "Wednesday
# morning (July 24) ... at 2am", Lisbon's "às 11:05 horas", Warsaw's "o godz. 11:00" rows under "20 lipca –
# Warszawa", Jakarta's "Besok jam 07.00 WIB", Tabuk's sirens "الساعة الـ (1) ظهرًا" on a Hijri date only, Hong Kong's
# shuttle-bus timetable rows; two reports of past ceremonies, in French and Korean, announce nothing) and scored blind
# once at 8ca50846: recall 0.294, precision 0.308, timed 4/15; after development (session 51, 5dd96a1e): recall 0.706,
# precision 0.727, timed 10/15 (see its .md).
DEVELOPED |= {"world-hundredfortythird"}
# world-hundredthirtythird was built in session 48 as a development set (fourteen items of fourteen ministries of
# health, culture, environment, transport and tourism and national agencies for space, meteorology, disaster management
# and parks, on five continents: Vienna's "Donnerstag, 7. Mai 2009, 12.30 Uhr", Berlin's open days "am Sonntag ab etwa
# 12.30 Uhr" under "21./22. August 2004", a launch "nesta quarta-feira (17), às 15h45 (horário de Brasília)", Chad's
# "du Mardi 15 au 22 juin 2021", Jakarta's events "16 dan 23 Maret 2024", Rome's "mercoledì 12 aprile alle 12", Korea's
# weekly schedule of "11:00 / 장관 / ..." rows under "9.22.(일)", NiMet's "Tuesday, 23rd January, 2024", Glace Bay's
# "Date: Saturday, November 18, 2017" over "The ceremony begins at 11:00 a.m."; three items announce nothing: a report
# of a vaccination launch, a record of a past press conference, the start of autumn) and scored blind once at
# e44df274: recall 0.4, precision 0.641, timed 5/15; after development (session 48, df779c47): recall 0.84,
# precision 0.917, timed 14/15 (see its .md).
DEVELOPED |= {"world-hundredthirtythird"}
# world-hundredthirtyseventh was built in session 49 as a development set (fifteen items of fifteen public-service
# bodies on five continents: transport operators, an airport, a port, police, fire and civil-protection services,
# power and water utilities, a road authority: Seville's drill "entre las 12,00 y las 13,00 horas", the EuroAirport's
# night works "von Mittwoch, 2. bis Freitag 4. November ... jeweils ab 23.55 Uhr", Lyon's "Lundi 18 et mardi 19
# septembre ... dès 21h15", Tunisia's "Demain, dimanche 1er mars 2026" and "à 7 heures du matin", Anjo's "11月10日(日)
# 午前9時~正午" under 令和6年, Seoul's line 6 "15일 오전 10시" under "14일 발표했다", Victoria's CFA rows "Ballan:
# Wednesday February 22 at 7pm" with a locality named Denver, a Colombian drill card "Hora: 10:00 Am. / Lugar: Pekín";
# two items with no event: a drill held the day before, a deadline notice) and scored blind once at cd1d039a: recall
# 0.615, precision 0.757, timed 15/24 (see its .md).
DEVELOPED |= {"world-hundredthirtyseventh"}
# world-hundredthirtysecond was built in session 48 as a development set (fourteen items of fourteen electoral
# commissions, courts, ombudsmen, central banks and statistics offices: release previews one cell a line under day
# headings, Sint Maarten's "October 8 2013 / 7:30 p.m.-9:00 p.m." cards with no zone, Caracas' "este domingo 30 de
# junio" with no year, Korean early voting "23일(금)과 24일(토)" "오전 6시부터 오후 6시까지", the IBGE's "Monday (15th),
# 2 pm:" rows, Brasília's "a partir das 10h"; four items with no event) and scored blind once at 3a800673: recall
# 0.556, precision 0.75, timed 7/16; after development (session 48, dc347182): recall 0.75, precision 0.821, timed
# 14/16 (see its .md).
DEVELOPED |= {"world-hundredthirtysecond"}
# world-hundredthirtieth was built in session 48 as a development set (fifteen items of fifteen intergovernmental
# bodies: a treaty organisation, a court of arbitration, regional forums, parliamentary assemblies, a language
# institute, a basin commission, Arab funds and councils, a UN regional office, a treaty's meeting of States Parties,
# research bodies: CELAC's "hacia las 17:00 horas (20:00 GMT)" under an EFE dateline "Buenos Aires, 24 ene" with no
# year, the PCA's "about 11 am CEST (The Hague)", a Praia programme of "11h00:" rows under "3 de maio de 2024" that
# also names "o 5 de Maio", a Dakar "WHEN : Tuesday 25 June 2019, 08h30", Vienna's "1 p.m. (CEST)", Russian, Arabic and
# Chinese day facts under stamps, an APF "lundi" inside "du vendredi 5 juillet au mardi 9 juillet 2019"; a report of
# a council's meeting announces nothing) and scored blind once at 1895e0fb: recall 0.591, precision 0.643, timed
# 3/10 (see its .md).
DEVELOPED |= {"world-hundredthirtieth"}
# world-hundredtwentyeighth was built in session 47 as a development set (fifteen items of fifteen national parliaments,
# governments, presidents' offices and foreign and defence ministries: a Montenegrin event card "Početak događaja /
# 16.10.2018. 11:00h" one cell a line under "Danas u 11:00 sati", the Uzbek Senate's "2020 йил 24 март куни соат 15.00
# да", Riga's "18.jūlijā plkst. 16:50" under "17.07.2012", Tegucigalpa's "15.00 horas locales (21.00)", Tallinn's
# "Esmaspäeval ... kell 14.30", a Vietnamese "sáng thứ hai ngày 23/5", a Bosnian "u četvrtak, 18. aprila" and an
# Albanian "sot, të mërkurën, 18 dhjetor ... në orën 11:00" with no year, an Azerbaijani session calendar of rules;
# two items announce nothing: a year's travel plan by months, a report of a past press conference) and scored blind once
# at 19a95b27: recall 0.529, precision 0.579, timed 6/9; after development (session 47, f976d2a6): recall 0.765,
# precision 0.81, timed 8/9 (see its .md).
DEVELOPED |= {"world-hundredtwentyeighth"}
# world-hundredtwentythird was built in session 46 as a development set (fourteen items of fourteen embassies,
# consulates, cultural institutes abroad and ministerial trips abroad: the Goethe-Institut's "Montag, 22. November 2021,
# 18.30 Uhr", Budapest's "am 31. Mai von 11 bis 14 Uhr", a Japan Foundation card "Time : 18:30" above its date, Korean
# mobile consular days with the year only in the title "2022년", a Colombian mobile consulate over one "Horario:" line,
# Beirut's Arabic "30 حزيران", a Philippine table cell, Brazil's minister at "20h (hora local)" in Madrid, Paraguay's
# president "a las 10" in La Paz; two items with no event: an embassy closure, a report of a past consular visit) and
# scored blind once at 73a6fbc1: recall 0.778, precision 0.769, timed 10/11; after development (session 46): recall
# 1.0, precision 0.96, timed 11/11 (see its .md).
DEVELOPED |= {"world-hundredtwentythird"}
# world-hundredtwentyfirst was built in session 46 as a development set (fifteen items of fifteen city, municipal and
# regional governments and councils: Tlaquiltenango's "Viernes 29 de Septiembre de 2023 a las 10:00 horas", emoji cards
# and "Data: 07/09/2022 / Hora: 18h30min" rows in Brazil, Italian first and second calls "alle ore 20:45", Jaworzno's
# "w czwartek, 22 listopada o godz. 9.00" under a stamp, Beylikdüzü's "saat 10:00 da", Daegu's "오전 10시", Altdorf's
# "Die öffentlichen Sitzungen beginnen um 19.30 Uhr" over a year of undated-time rows, Miami-Dade's advisory; two items
# announce nothing: a record of a held press conference, a standing rule) and scored blind once at 38b4f51d: recall
# 0.462, precision 0.514, timed 12/26; after development (session 46, 1a3fced7): recall 1.0, precision 0.917, timed
# 26/26 (see its .md).
DEVELOPED |= {"world-hundredtwentyfirst"}
# world-hundredtwentyfifth was built in session 46 as a development set (twelve items of twelve universities,
# academies, observatories, a national library and a museum: Leipzig's "am 12. Oktober um 19.00 Uhr" under
# "Wintersemester 2011/12", a Bordeaux defence under "Soutenances du 11/12/2025", an observatory's "March 28, 8 - 9:30
# pm" rows with no year, "August 27th; the doors open at 8:00 pm" under a stamp, the BNE's "el día 3 a las siete de la
# tarde" and "el 18 a las 19 horas" in a month named once, Turin's three days, Polish and Brazilian cards, a Chinese
# "明天" under a stamp; one report of a ceremony held announces nothing) and scored blind once at bcd66ac4: recall
# 0.435, precision 0.636, timed 5/15; after development (session 46): recall 0.522, precision 0.696, timed 6/15
# (see its .md).
DEVELOPED |= {"world-hundredtwentyfifth"}
# world-hundredseventeenth was built in session 45 as a development set (fourteen items of fourteen defence
# ministries, armed forces, navies, coast guards and military schools: a Honolulu media underway "WHEN: Monday, July 1
# ... at 10 a.m." under an EDT bulletin stamp, West Point's graduation week under undated "Tuesday"/"Wednesday"
# headings before "May 23", Ghana's "from 0700hrs to 1600hrs", a Japanese garrison's "10:00~11:00" rows, Polish
# "24.06. SOBOTA – 13:00 do 21:00", the Nunziatella's "sabato 16 alle 10" with "Ore 10.35 - 11.10" rows, Moscow's
# "25 и 29 апреля, а также 3 мая, с началом в 22:00" (UTC+4 in 2013), Taipei's "9月7至11日", Botswana's "This
# Friday", an Argentine "Desde hoy ... hasta el jueves 29", New Zealand's "Wednesday 21 April, from 9.30am" with no
# year, Prague's "od 14.00 hodin", Budapest's "10 órakor"; one report of a ceremony held that afternoon announces
# nothing) and scored blind once at 0eef8782: recall 0.733, precision 0.781, timed 20/27; after development
# (session 45, b6405f50): recall 0.9, precision 0.938, timed 25/27 (see its .md).
DEVELOPED |= {"world-hundredseventeenth"}
# world-hundredtwentieth was built in session 45 as a development set (fourteen items of fourteen international
# agencies, research centres, development banks, parliaments and NGO secretariats: ICRISAT's "on February 5, is set to
# begin at 2:30 pm" under a stamp, BCIE's card "Hora: 9:00 a.m. Centroamérica", the Parlatino's "del 4 al 6 de
# diciembre próximo" in its fiftieth year with no year stated, WCPFC's indicative meetings of 2026, COL's bulleted
# forums, the Boao Forum's "将于4月8日至4月11日举行" under "1月25日电",
# Transparency International's press conference card, the IILP's "4 Nov 2024 | 17h30" in Praia, Gavi's
# "Monday 26 June: 08.30-18.00" with its next meetings; two items with no
# event: the IKSR's past ministers' conference, the RCC's report of a past meeting) and scored blind once at becf3c0b:
# recall 0.667, precision 0.724, timed 5/6; after development (session 45): recall 1.0, precision 1.0, timed 6/6
# (see its .md).
DEVELOPED |= {"world-hundredtwentieth"}
# world-hundredeighteenth was built in session 45 as a development set (fourteen items of fourteen parliaments,
# senates and regional or state assemblies of Europe, the Americas, Africa and Asia, twelve not in English: open days
# with no year ("am Samstag (28. September) um 11 Uhr"), Czech sitting cards ("bude zahájena 23. listopadu v 9
# hodin"), a Legislative Yuan agreement under ROC year 112, Nova Scotia's "October 8, 2024 - 1:00pm to 3:00pm", a
# Kenyan gazette notice, Buenos Aires hearings under "Viernes 12" headings with register deadlines, a postponed
# sitting in Calabria, a Japanese session table one cell per line, an Arabic time in words; one report of past
# sittings announces nothing) and scored blind once at 1b459429: recall 0.4, precision 0.432, timed 7/20; after
# development (session 45, f00d5265): recall 0.84, precision 0.769, timed 18/20 (see its .md).
DEVELOPED |= {"world-hundredeighteenth"}
# world-hundrednineteenth was built in session 44 as a development set (fourteen items of fourteen offices of
# presidents, premiers, governors and regional heads of government on five continents: the Czech president's
# regional visit as rows run together on two lines ("10:30 - ... * fototermín 10:35 - ..."), a Basque article of
# weekdays under a stamp, Romania's "De la ora 11.00" programme for "duminică, 1 decembrie" with no year, Tuscany's
# "..., ore 17.30" after the place, Swedish county governors' "Kl 10:50" and "fredag 27 mars klockan 13.30",
# Gujarati digits "સવારે ૮/૦૦ કલાકે", Yucatán's "este domingo" under a dateline, Kanagawa's
# "9月9日金曜日から11日日曜日まで", Paraíba's "Hora: 16h" cards; two items announce no event: an order's new expiry
# and a reply to a letter) and scored blind once at 15a344a4: recall 0.242, precision 0.559, timed 8/29; after
# development (session 44, fa1796fa): recall 0.606, precision 0.78, timed 19/29 (see its .md).
DEVELOPED |= {"world-hundrednineteenth"}
# world-hundredtwentysecond was built in session 46 as a development set (fifteen items of fifteen courts, electoral
# bodies, an ombudsman's committee, audit and regulatory bodies and central banks, nine not in English: Banxico's
# report moved "al viernes ..., el 29 de agosto", a Czech list of 2022 meeting days ("10. března") under a heading,
# Ankara's "22 Ocak 2026 Perşembe ... saat 14.00'te", Bank Al-Maghrib's "mercredi 13 octobre prochain", the Bank of
# Japan's eight "来年" meetings ("1月28─29日、...、10月31─11月1日"), Chad's electoral chronogramme, Mexico's debates
# as a list of days, Rondônia's "nesta quinta-feira (6) ... às 9 horas", Pawtucket's "Wednesday, Oct. 12, at 7 p.m."
# with no year, Melbourne's "at 9.30" under a live blog's stamp, London's "12.00 noon"; two items with no event: a
# record of a past hearing, a registration deadline notice) and scored blind once at c79cc908: recall 0.4, precision
# 0.714, timed 4/6; after development (session 46, 3b99aaa1): recall 0.933, precision 0.939, timed 5/6 (see its .md).
DEVELOPED |= {"world-hundredtwentysecond"}
# world-hundredtwentyfourth was built in session 46 as a development set (twelve items of twelve health and
# civil-protection bodies: a Bavarian ministry's "am\n\n29. Dezember 2022 von 14:00-15:00 Uhr," one field a line,
# the MHRA's pilot public board session, a French defence zone's tsunami exercise "de 10h à 10h30", Italy's civil
# protection press conference "alle ore 10.30" and exercise "dal 24 al 27 ottobre", US hospital districts' board
# notices, Salta's weekend vaccination posts, Peru's vacunatón with no year, Fukui's 令和4年 exercise; one report of
# a past exercise announces nothing) and scored blind once at 2a8869bd: recall 0.583, precision 0.632, timed 7/10;
# after development (session 46, d8123fc6): recall 0.75, precision 0.722, timed 9/10 (see its .md).
DEVELOPED |= {"world-hundredtwentyfourth"}
# world-hundredtwentyseventh was built in session 47 as a development set (fifteen items of fifteen international and
# regional organisations: the Parliament of MERCOSUR's "às 11 horas" in "Montevidéu", the Arab Labour Organization's
# "من العاشرة صباحًا" under "السبت ١٩ نيسان ٢٠٢٥", the ICGLR's summit calendar of day rows, ASBU's "من 6 إلى 9 جوان
# الجاري" in a text of 2009, the CPLP assembly's "Programa de terça-feira:" over "09:30 — sessão plenária", GEO Week's
# "11:00-11:30 CET | 20:00-20:30 AEST | 05:00-05:30 EDT", the Mano River Union's "le dimanche prochain" under a stamp;
# a central bank's report of a session opened today announces nothing) and scored blind once at 8194c127: recall
# 0.714, precision 0.897, timed 4/9; after development (session 47, fc02fdcf): recall 0.821, precision 0.931, timed
# 7/9 (see its .md).
DEVELOPED |= {"world-hundredtwentyseventh"}
# world-hundredtwentysixth was built in session 47 as a development set (fourteen items of fourteen government offices
# publishing leaders' and ministers' schedules and media advisories: Oregon's week ahead of "9:00 a.m." rows under
# "Monday, August 22, 2005", Pennsylvania's "2pm" under "UPDATE 4.17.20", Michigan's governor "today" and "On Tuesday"
# in a tip sheet, Health Canada's "09:15 AM (NT)", the CFIA's "11:00 AM (PT)", a Halifax "TIME: 9:30 a.m." card under
# an Ottawa dateline, the NSW Premier's "8.30am today", an Indian minister's timed day "Tomorrow", Tripura's "On
# November 15", Kenyan swearing-ins by county, Cebu's "Holy Mass at 7:30 a.m."; three items announce nothing: tours
# postponed, a written answer quoting a past diary, a political statement) and scored blind once at 77b5533f: recall
# 0.833, precision 0.639, timed 12/16; after development (session 47): recall 1.0, precision 1.0, timed 16/16 (see
# its .md).
DEVELOPED |= {"world-hundredtwentysixth"}
# world-hundredtwentyninth was built in session 48 as a development set (fifteen items of fifteen city, regional and
# provincial governments and councils on five continents, eleven not in English: Sakarya's capitals "14/07/2014
# PAZARTESİ GÜNÜ SAAT 14.00'TE" over agenda items "09/06/2014 tarihli", Gaziantep's next sitting "17 Mayıs 2013 Cuma
# günü saat 15.00'te", Kotamobagu's "pukul 09.00 wita", Jambi's "Selasa, (28/5)" under a stamp, Broken Hill's rows
# "Monday 15 April 2024 – Works Committee, commencing at 5:30pm" on South Australian time, Buffalo City's "at 10h30 for
# 11h00", Bahía Blanca's "Mañana jueves, a partir de las 11hs", Sejong's "5일 오전 10시", Livingstone's "at 2.00pm on
# Tuesday, 9 December 2025"; one item announces nothing: the record of a past press conference) and scored blind once
# at 07e04f47: recall 0.611, precision 0.542, timed 11/17; after development (session 48): recall 0.944, precision
# 0.95, timed 16/17 (see its .md).
DEVELOPED |= {"world-hundredtwentyninth"}
# world-hundredthirtyfirst was built in session 48 as a development set (fifteen items of fifteen offices of heads of
# state and government, foreign and defence ministries and a consulate: a Swedish press call with an empty "Tid:" field,
# a Costa Rican agenda card "Hora: 9:30 a.m." under "mañana viernes 09 de enero del 2009", a Bolivian "a las 09.00 ...
# a las 10.30" row under "13/06/2024", a Bosnian "u ponedjeljak, 3. aprila ... od 16 sati" with no year, Suriname's
# "13:00 uur Surinaamse tijd / 18:00 uur Nederlandse tijd", a Lithuanian "2 val. popiet" in Chicago, a Tajik "23 июн ...
# то 28 июн", a Greek visit of the day, an Arabic two-day programme in Paris, Panama's trip "el domingo ... jueves 11
# de diciembre"; one item, an arrival already made, announces nothing) and scored blind once at 324a5363: recall
# 0.455, precision 0.652, timed 3/9 (see its .md).
DEVELOPED |= {"world-hundredthirtyfirst"}
# world-hundredthirtyfourth was built in session 49 as a development set (fourteen items of fourteen listed companies'
# investor-relations and corporate notices on four continents: Seoul's IR "오는 19일 오후 4시" and its call "오전 10시"
# under "입력 2002.04.17", Tokyo's results briefing "5月28日(木)16時~" under "2020年4月20日", general meetings "am
# Mittwoch, dem 26. August 2015, ab 10:00 Uhr", a DGAP notice hard-wrapped under "2018-05-14 / 15:06", "le jeudi 8
# juin 2017 à 15 heures", "el día 6 de junio de 2007, a las 12.00 horas", an Italian "il 24 febbraio ... il 25 mattina"
# with no year, Sydney's calendar one cell a line ("20 February / 10:00 AEDT"), VIG's calendar with the day on its own
# line over "March 2024"; a report of a capital markets day and a standing rule announce nothing) and scored blind once
# at 7bd82260: recall 0.583, precision 0.688, timed 11/12; after development (session 49, 4e63970e): recall 0.792,
# precision 0.886, timed 11/12 (see its .md).
DEVELOPED |= {"world-hundredthirtyfourth"}
# world-hundredthirtyeighth was built in session 50 as a development set (fourteen items of fourteen offices of heads
# of government, governors of provinces and states, and foreign and defence ministries on four continents: East
# Kalimantan's visit "31 Januari hingga 1 Februari 2024" after a meeting told in the past, Afyonkarahisar's
# "19.10.2021 Salı günü saat 15.00'te", Ankara's two visits "11 Temmuz 2017 ... 12 Temmuz 2017", Praia's "na
# quarta-feira" under "21 Ago", the Marche's "Lunedì 5 dicembre, Milano:" paragraphs, Pará's "Terça-feira (26), 10h
# –" with no month or year, Burgenland's "9.00 Uhr" rows, Risaralda's "Jueves 19" agenda with no year, Gauteng's card
# "Date: 6 and 7 March 2025 / Time: 09:00", a Minnesota blog's "at 8:15 this morning, central time", Entre Ríos's
# "este sábado 15 de febrero" with no year, Melaka's "pada 4 Februari"; a Japanese governor's activity report of past
# days announces nothing) and scored blind once at afc937f4: recall 0.583, precision 0.514, timed 8/14; after
# development (session 50, 1dbd1c2f): recall 0.667, precision 0.818, timed 9/14; after its leftovers (13e0ea3d):
# recall 0.792, precision 0.84, timed 11/14 (see its .md).
DEVELOPED |= {"world-hundredthirtyeighth"}
# world-hundredthirtyfifth was built in session 49 as a development set (fifteen items of fifteen universities,
# academies, research institutes, an observatory, a library and museums on five continents: IIT Delhi's "09:33 hrs :"
# rows, UFRJ's "9h – Salão ..." rows under "o próximo dia 8 de setembro", Berlin's "jeweils montags, 18 Uhr 15 bis 20
# Uhr ... Beginn: 17. Oktober 2005", a rehearsal's "9.00am" rows, Funes's "a partir de las 20", Boston's "Kevin Powell
# — Thursday, February 1, 6 – 7:30 p.m.", Melbourne's "9pm, 11pm & 12.30am" under "Saturday 14 May" with no year,
# Geneva's "Samedi / 14h, 15h, 16h", Taipei's "上午9時", the Lincei's "alle 12", a Beirut seminar "عند العاشرة والنصف",
# ALLEA's "held in Brussels and online on 11-12 May 2022"; a closed call for abstracts and a report of a past lecture
# announce nothing) and scored blind once at b56d69a1: recall 0.74, precision 0.943, timed 35/47; after development
# (session 49, ea050490): recall 0.78, precision 0.957, timed 36/47 (see its .md).
DEVELOPED |= {"world-hundredthirtyfifth"}
# world-hundredthirtysixth was built in session 49 as a development set (fifteen items of fifteen trade unions,
# dioceses, chambers of commerce, a bar association and NGOs on five continents: Force Ouvrière's "A Saintes : 11 h
# Palais de Justice" rows under "le 21 septembre" with no year, ver.di's "Am 6.12. ... um 8.45 Uhr", GdP Hamburg's
# "10:00 Uhr Kundgebung zum Auftakt" rows, Huesca's "a las 10,30 horas" and "Mañana", a Candiota assembly "às 17:30
# horas em primeira convocação", Paisley's card "Sunday,October31,2021,12:00 PM", Makati's "WHEN: Wednesday, April 4,
# 9:00 am", a CGIL strike "alle 9" under "Roma, 11 dic."; a Senegalese report of a past workshop announces nothing)
# and scored blind once at 8d3c109a: recall 0.571, precision 0.725, timed 16/28 (see its .md).
DEVELOPED |= {"world-hundredthirtysixth"}
# world-hundredthirtyninth was built in session 50 as a development set (fourteen items of fourteen bodies of the UN
# system and of regional organisations of Africa, Asia, the Americas and the Arab world, eleven not in English: the UN
# in Madagascar's "Ce mercredi" under "Antananarivo, le 10 mai 2016", Parlacen's "el martes 16 de enero, a las 14
# horas" (Guatemala) and "la sesión ordinaria del 25 próximo", OCHA's four rows "Thursday, 14 February, 8:00pm." in
# Jerusalem and Gaza, a World Bank card "WHEN?  Wednesday 26 June 2013, from 12.00 p.m", CXC's "6:00 pm (AST)",
# Rio's "às 22h45", an Arabic "يوم ١٢ نوفمبر المقبل", Russian and Spanish days with no year; two reports written on
# the day announce nothing) and scored blind once at 914529ae: recall 0.632, precision 0.679, timed 7/8; after
# development (session 50, b9acd266): recall 0.737, precision 0.84, timed 8/8 (see its .md).
DEVELOPED |= {"world-hundredthirtyninth"}
# world-hundredfortieth was built in session 50 as a development set (fourteen items of fourteen parliaments, senates,
# regional and state assemblies and city councils in ten languages on four continents: Lazio's week of hearings as
# "ore 10,30 | I Commissione" rows under "Martedì 13 febbraio", the Czech Senate's "23.-27.6.2019" trips, Seoul's
# 2026 sessions "2월 24일~3월 13일", Bangkok's "15 กรกฎาคม 2553 เวลา 10.00 น.", Madhya Pradesh's
# "18 से 21 दिसंबर" with no year, Rotterdam's "Datum: woensdag 24 juni / Aanvangstijd: 9.30 uur" cards with no
# year, PEI's committee days, Sundbyberg's "Klockan 18.00"; Himachal Pradesh's sitting hours and Costa Rica's
# periods of sessions announce nothing) and scored
# blind once at 33cf0782: recall 0.552, precision 0.618, timed 10/17; after development (session 50): recall 0.931,
# precision 0.821, timed 16/17 (see its .md).
DEVELOPED |= {"world-hundredfortieth"}
# world-hundredfortyfourth was built in session 51 as a development set (fourteen items of fourteen international and
# intergovernmental bodies: a security treaty organisation, a Sahel development authority, a sea commission, a drug
# control commission, a culture organisation, a UN expert committee's region, a wine organisation, the Rhine navigation
# commission, the Antarctic Treaty meeting, an olive council, a development bloc, a regional forum, a solidarity fund
# and a migration centre: a HELCOM card "Opens: Tuesday, 4 December at 9.00 o'clock" dated by its deadlines, CICAD's
# "a las 9.00" under "este miércoles" with no year, UN-GGIM's "(9:30 – 12:00)" in Central European Summer Time,
# "ce mardi 18 ... jusqu'au 21 décembre 2018", a Chinese span "5月22日至6月1日", D-8's programme lines "..., Apr 7",
# Budapest's "w poniedziałek o godz. 9.30"; a reception told in the past and a report of an opening announce nothing)
# and scored blind once at 2d323d41: recall 0.739, precision 0.792, timed 4/6; after development (session 51): recall
# 0.913, precision 0.885, timed 5/6 (see its .md).
DEVELOPED |= {"world-hundredfortyfourth"}
# world-hundredfiftieth was built in session 53 as a development set (fourteen items of universities, a science
# council, a higher-education council and a university hospital: Valladolid's "Este martes, 23 de septiembre" with
# "11.45 horas" and "12.00 horas", Alicante's "Hoy, martes 16 de septiembre" with no year over "12:00 h:" rows, Goiás's
# "terça-feira, dia 10 de março, às 9h" dated by "Aula Magna de 2009", Varese's "il 14 febbraio prossimo ... alle ore
# 11", Kraków's "1 października 2013 r. o godz. 11.00", Olomouc's "sobotu 24. ledna" "v 9 hodin", Bendigo's "Tuesday
# 14 May, 6.00pm – 7.00pm" with no year, Tokyo's "10月4日(金)の13:00~18:00", Tampere's "perjantaina 23.1. ja
# lauantaina 24.1.2026", Santander's "el 9 de abril ... a las 10.00 horas", Ankara's "yarın saat 11.00'de", Utrecht's
# "16:10 uur:" rows; a press briefing already held and an inauguration already held announce nothing) and scored
# blind once at 7f087a7f: recall 0.684, precision 0.633, timed 13/18; after development (session 53, cb803c2b):
# recall 0.947, precision 0.821, timed 17/18 (see its .md).
DEVELOPED |= {"world-hundredfiftieth"}
# world-hundredfiftyfirst was built in session 53 as a development set (fourteen items of sectoral ministries, their
# agencies and a government in Ukrainian, Arabic, Russian, Georgian, Spanish, Portuguese, Serbian, Bulgarian and
# Persian: Kyiv's "04 / червня / 12:30 / 13:30 / п’ятниця" card, a forum "У вівторок, 9 лютого" with "о 10:00" and a
# briefing "о 12:00", Amman's "الخامسة والنصف من مساء اليوم الاثنين", a minister's briefing "в 20:00", Tbilisi's "30
# ნოემბერს" / "12:00 საათზე", Tarapacá's "este jueves ... a las 8:30 horas", Madeira's "segunda-feira, dia 15 de
# dezembro" rows, Sinop's "quinta-feira (22), às 10h30" on Mato Grosso's clock, Sofia's "днес в 09:30 часа", Astana's
# "на среду, 20 апреля", a Solar Hijri stamp "پنجشنبه ۶ شهریور ۱۴۰۴", Tunisia's "يوم 14 أوت"; a call with only a
# deadline and a memorandum already signed announce nothing) and scored blind once at 4181c39a: recall 0.389,
# precision 0.417, timed 4/14; after development (session 53, 2aea5519): recall 0.722, precision 0.64, timed 10/14
# (see its .md).
DEVELOPED |= {"world-hundredfiftyfirst"}
HELD_OUT = {"world-fifth", "world-sixth", "world-seventh", "world-thirteenth", "world-sixteenth"}
UNSEEN = DEVELOPED | HELD_OUT
CORPORA = [
    SHARED / "corpus" / "nato-2023-11.txt",
    SHARED / "corpus" / "world-releases.txt",
    *sorted(p for p in (ROOT / "tests" / "fixtures" / "corpus").glob("*.txt") if p.stem != "nato-2023-11"),
]


def score(corpus: Path, work: Path) -> dict[str, object]:
    calendar = work / f"{corpus.stem}.ics"
    with calendar.open("wb") as out:
        subprocess.run([str(ROOT / ".venv" / "bin" / "presscal"), "extract", str(corpus), "--format", "ics"],
                       stdout=out, stderr=subprocess.DEVNULL, check=True)
    gold = corpus.with_suffix(".gold.json")
    answer = subprocess.run([sys.executable, str(SCORER), str(calendar), str(gold)],
                            capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(answer.stdout.splitlines()[0])
    facts = json.loads(gold.read_text(encoding="utf-8"))["facts"]
    result["required"] = sum(1 for f in facts if not f.get("optional"))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep each corpus's calendar in this folder")
    keep = parser.parse_args().keep
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for corpus in CORPORA:
            row = score(corpus, keep or Path(folder))
            rows.append(row)
            print(f"{corpus.stem:24} recall {row['recall']:<6} precision {row['precision']:<6} "
                  f"timed {row['timed']:<8} events {row['events']}")
    # The issue's measure: world-releases and the corpora the rules were built on (not the seed sample);
    # then the organisations the rules had never met: first scored blind, then developed against, and
    # held out (the honest estimate of an unseen organisation).
    def chosen_by(keep: set[str]) -> list[dict[str, object]]:
        return [r for r, c in zip(rows, CORPORA, strict=True) if c.stem in keep]

    tuning = [r for r, c in zip(rows, CORPORA, strict=True) if c.stem not in UNSEEN and c.stem != "nato-2023-11"]
    everything_with_our_own = tuning + chosen_by(DEVELOPED)
    for name, chosen in (("world-releases and our tuning corpora", tuning),
                         ("those and the sets developed against after a blind first score", everything_with_our_own),
                         ("unseen organisations, developed against after a blind first score", chosen_by(DEVELOPED)),
                         ("unseen organisations, held out", chosen_by(HELD_OUT)),
                         ("everything, the sample too", rows)):
        if not chosen:
            continue
        required = sum(int(r["required"]) for r in chosen)  # type: ignore[call-overload]
        events = sum(int(r["events"]) for r in chosen)  # type: ignore[call-overload]
        recall = sum(float(r["recall"]) * int(r["required"]) for r in chosen) / required  # type: ignore[arg-type, call-overload]
        precision = sum(float(r["precision"]) * int(r["events"]) for r in chosen) / events  # type: ignore[arg-type, call-overload]
        print(f"pooled, {name}: recall {recall:.3f} precision {precision:.3f} ({required} facts, {events} events)")


if __name__ == "__main__":
    main()
