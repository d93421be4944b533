"""What is not an event, and sentences that hold several: each row is a small text of our own in the
form a rule reads, run through the whole parser (`extract`) with a reference date far from its years."""

from __future__ import annotations

import datetime as dt

import pytest

from model import CANCELLED, CEREMONY, CONFERENCE, PRESS_CONFERENCE, SUMMIT, Event
from parsers import extract, kinds, stamps
from parsers.dates import find_mentions

REFERENCE = dt.date(2026, 12, 1)


def events_of(body: str, title: str = "Notice", zone: str = "Europe/Brussels") -> list[Event]:
    # (the zone is chosen for these texts: how a text writes its dates moves none of them to another clock)
    return extract(f"{title}\n\nSource: Press office\n\n{body}\n", source="t", reference=REFERENCE,
                   default_zone=zone, zone_given=True).events


def when(events: list[Event]) -> list[str]:
    """Each event's start: UTC 'YYYY-MM-DD HH:MM' when timed, the day 'YYYY-MM-DD' (and '..last') when not."""
    out = []
    for event in events:
        if event.all_day:
            last = event.end - dt.timedelta(days=1) if isinstance(event.end, dt.date) else event.start
            out.append(f"{event.start}" + (f"..{last}" if last != event.start else ""))
        else:
            out.append(event.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M"))
    return sorted(out)


NOT_EVENTS = [
    # (body, why)
    ("Published 11 March 2030\n\nObservers deployed on 4 March 2030 will remain until the results are certified.",
     "'deployed on DATE' before the sentence's verb: the day a mission set out, gone by"),
    ("Published 10 March 2030\n\nThe new port authority is now in charge of the harbour. (Photo: the minister at a "
     "trade summit in Mombasa, 2 February 2030.)", "a day in a photo's caption in brackets: when it was taken"),
    ("Published 9 May 2030\n\nThe chief negotiator, who flew in from Lima on Wednesday, sits beside the host "
     "minister.", "a weekday after a verb of travel in the past ('flew in ... on Wednesday'): an arrival made"),
    ("Starting from 21 July 2025, the board's decisions will come out at 14:15 CET (instead of 13:45). Briefings "
     "will begin at 14:45 CET (instead of 14:30).", "new standing hours from a day on: a rule, not an event"),
    ("As of 1 March 2025 the office will open at 9 a.m. rather than 10 a.m.", "'as of DATE': a rule begins"),
    ("From 3 June 2025 onwards, the weekly briefing moves to 11:00.", "'from DATE onwards': a rule begins"),
    ("Published 9 Apr 2025\n\nOn Apr 2 the governor cautioned that prices would keep rising. As of Monday the "
     "agency had 412 open files. On Tuesday, Deputy Minister Jo Park said that the rules will change.",
     "history told in the past after an opening date or weekday"),
    ("Published 5 Feb 2030\n\nDie Lage vor dem 12. Januar war schwierig. Nach dem 12. Januar wuchs die Kritik. "
     "Die Partei kritisierte am Folgetag des 12. Januar die Maßnahmen.",
     "German 'vor dem', 'nach dem', 'am Folgetag des' DATE: a time around a day, not its event"),
    ("Published 5 Feb 2030\n\nDas Dekret des Präsidenten vom 12. Januar verlängert die strengen Regeln für alle "
     "Bürger auf unbestimmte Zeit.",
     "a German 'vom' with a single day dates a thing, not an event"),
    ("Published 5 Feb 2030\n\nLe calme règne dans toute la région et dans les villes voisines depuis le 12 janvier.",
     "French 'depuis le DATE': since"),
    ("Published 12 Mar 2030\n\nDas Museum ist täglich von 10 bis 18 Uhr offen.", "German 'täglich': opening hours"),
    ("Published 12 Mar 2030\n\nThe Council's regular hours: Monday 2:00 p.m. to 9:00 p.m.; Thursday 9:30 a.m. to "
     "noon.", "a body's regular hours of sitting: a week's rule, not one day's sitting"),
    ("Published 12 Mar 2030\n\nAm 24. und 31. Dezember bleibt das Haus für alle Gäste und Gruppen geschlossen.",
     "German days a venue is closed"),
    ("Published 12 Mar 2030\n\nDie Probleme, vor denen die Stadt heute steht, sind groß.",
     "German 'heute steht': nowadays, not the day of anything"),
    ("Published 12 Mar 2030\n\nHeute präsentiert sich die Altstadt frisch renoviert.",
     "German 'Heute präsentiert sich': nowadays"),
    ("Published 12 Mar 2030\n\nLa réforme signifie aujourd'hui moins de budget.",
     "French 'signifie aujourd'hui': nowadays"),
    ("Published 5 Oct 2030\n\nAm 23. September ließen drei kleine Parteien in einer gemeinsamen Erklärung verlauten, "
     "dass sie den Plan ablehnen.", "an opening German date and a verb in the past: history"),
    ("Published 13 Mar 2030\n\nResidents approved the new park plan on Monday, which will cost 3 million.",
     "a weekday in a sentence told in the past with a regular verb ('approved'): the last such day, history"),
    ("Published 3 Nov 2030\n\nThe column, dated Tuesday, 29th October, 2030, gives a wrong idea of the minister's "
     "views.", "'dated DATE': the date a document bears"),
    ("Published 5 Feb 2030\n\nThe envoy trusts that the road map set out in the joint declaration of 14 March 2029 "
     "can still be followed.", "'the declaration of DATE': a document named by its date, history"),
    ("Published 5 Feb 2030\n\nThe decree printed in Gazette No. 41/7 of 03.02.2030 goes to the chamber for its "
     "approval.", "'Gazette No. N of DD.MM.YYYY': a document's number and date"),
    ("Published 5 Dec 2030\n\nThe sitting was first fixed for 10 December 2030, with the whole day kept for "
     "questions.", "'first fixed for DATE': the date another replaced"),
    ("Lima, Mar 9 (Andina): The ministry said on Monday that the President will travel to Quito.",
     "a wire's dateline with a colon after the agency: when the story was filed"),
    ("Called Jobs Outlook 2030, the yearly report comes out with a short summary on Wednesday 13 March 2030.",
     "'the report comes out on DATE': a publication, no event"),
    ("The quarterly trade figures will be published at 10:00 CET on 13 March 2030.",
     "'the figures will be published at TIME on DATE': a publication, no event"),
    ("Published 10 March 2030\n\n\"Suppose television moves a game from Saturday to Sunday: we would then have to push "
     "the midweek game from the Tuesday to the Wednesday,\" the secretary said.",
     "'Suppose ... we would': days of an imagined case that explains a rule"),
    ("Published 10 March 2030\n\nIf, for example, the final went to a replay on Tuesday, the league would move the "
     "draw to Thursday.", "'If, for example, ... would': an imagined case"),
    ("Published 10 March 2030\n\nEach club is paired with another so that both are never at home on the same day.",
     "'never ... on the same day': a rule denied, no day"),
    ("The sessions are streamed online, where the agenda goes up at 3 p.m. on 12 March 2030.",
     "'the agenda goes up at TIME on DATE': a meeting's paper appears, no event"),
    ("The minutes will be posted at 9 a.m. on 14 March 2030.", "'the minutes will be posted at TIME': a paper appears"),
    ("Published 10 March 2030\n\nIn a statement on 3 March 2030, the office said the talks were useful.",
     "'In a statement on DATE': the day a text was given out"),
    ("Published 10 March 2030\n\nThe bank's decisions will come out at 2:00 pm on a Wednesday, and after each "
     "decision there would be a media briefing at 3:00 pm.",
     "'on a Wednesday', 'after each decision': a standing rule, any such day"),
    ("Published 10 March 2030\n\nThe residents' panel meets every third Wednesday at 10:00 in the library.",
     "'every third Wednesday': a rule of recurrence, no one day's event"),
    ("Published 10 March 2030\n\nDecisions are announced as soon as the board finishes, at 6:00 pm local time "
     "on the Wednesdays concerned, and the minutes come out at 8:00 am on the Tuesday after every meeting.",
     "'on the Wednesdays concerned', 'on the Tuesday after every meeting': a rule for each meeting"),
    ("Board to visit the port\n\n(Newswire) 16:09, March 12, 2030\n\nThe board tours the port next month.",
     "'(Agency) TIME, DATE' on a line of its own: the wire's stamp, not an event"),
    ("Board to visit the port\n\nMarch 12, 2030 / 3:54 AM\n\nThe board tours the port next month.",
     "'DATE / TIME' on a line of its own: the story's stamp, not an event"),
    ("Published 5 Feb 2031\n\nThe rules of the bank's Press Release: 2029-2030/118 of 31 March 2030 still bind "
     "every lender.", "'Press Release: NUMBER of DATE': a document named by its number and date"),
    ("LAGOS, Nigeria, Mar 9 – Members of the state assembly have been called back for a sitting next week.",
     "'PLACE, Country, Mon D –' opening the body with no publication date known: the dateline, not an event"),
    ("Pune, March 9: Members of the state assembly have been recalled by the Speaker for a special sitting.",
     "'Place, Month D:' opening the body with no publication date known: the dateline, not the event's day"),
    ("Published 5 Feb 2031\n\nResolution 2231 of 20 July 2030 remains the basis of the envoys' work.",
     "'Resolution NUMBER of DATE': a document named by its number and date"),
    ("Published 10 March 2030\n\nIn a joint letter sent on Monday, the two mayors asked for calm.",
     "'In a letter sent on WEEKDAY': the day a text was given out"),
    ("Published 13 February 2030\n\nToday’s decision will help many regions release unspent funds.",
     "'Today's decision will help': what the day's act means, no event"),
    ("Published 13 February 2030\n\nFor the details, the full text will be available in full here (13.02.2030).",
     "'available here (DATE)': the date of a linked document"),
    ("The vote went well.\n\n[iv] The party leader spoke to the press on 3 November 2030 about the treaty.",
     "a footnote, opened by its mark: it explains, it announces nothing"),
    ("The vote went well.\n\nRelated: Board meeting of 3 February 2031 in Riga",
     "a 'Related:' line links another page"),
    ("The vote went well.\n\nRead more: the minister meets the press on 3 February 2031",
     "a 'Read more:' line links another page"),
    ("Published 10 March 2030\n\nNominations must reach the office by close of business on 30 March 2030.",
     "'by close of business on DATE': a deadline"),
    ("Published 10 March 2030\n\nNominations close at 5pm on Friday 29 March 2030.",
     "'close at TIME on DAY': the day of a deadline's time is the deadline's too"),
    ("Published 10 March 2030\n\nApplications are open from 11 to 29 March 2030.",
     "a window for applications, bounded like a deadline"),
    ("Published 10 March 2030\n\nThe report covers the period from 1 July to 31 December 2029.",
     "the period a report covers"),
    ("Published 10 March 2030\n\nValid from 1 April 2030, the new fares apply on every route.",
     "'Valid from DAY': a rule's first day"),
    ("Published 10 March 2030\n\nThe new harbour law will take effect on 1 July 2030.", "a law taking effect"),
    ("Published 10 March 2030\n\nThe price cap comes into force on 1 April 2030.", "a rule coming into force"),
    ("Published 10 March 2030\n\nThe utility has also asked to raise its connection charges from April 1.",
     "'raise its charges from DAY': a price's change, a state that begins (w24 8)"),
    ("Published 10 March 2030\n\nNew bus fares apply from 1 April 2030 on every route.",
     "'fares apply from DAY': the same"),
    ("Published 10 March 2030\n\nMembers receive the Board's Revenue Account for the year to 31st December 2029.",
     "'for the year to DAY': the end of the period accounts cover (world-twentyfourth 3)"),
    ("Published 10 March 2030\n\nThe bank reports its results for the quarter ended 31 December 2029.",
     "'the quarter ended DAY': the same"),
    ("Published 10 March 2030\n\nApplications for the river fund open on April 2 and close at 11:59 p.m. ET on "
     "May 15, 2030.", "'Applications for X open on DAY and close at TIME on DAY': a window's bounds"),
    ("Published 10 March 2030\n\nNominations for the youth medals close on Friday 4 April.",
     "'Nominations for X close on DAY': the same, one bound"),
    ("Published 10 March 2030\n\nVoting opens on 2 April and closes on 9 April.", "a vote's window, the same"),
    ("Published 10 March 2030\n\nNominations will be accepted through April 27.",
     "'accepted through DAY': a deadline"),
    ("Published 10 March 2030\n\nResidents may comment online through April 13.", "'through DAY': until it"),
    ("Published 10 March 2030\n\nThe quilt show is on view through April 13 at the museum.",
     "'on view through DAY': the end of a run whose start is not told"),
    ("Published 10 March 2030\n\nThe new parking rules apply from 1 April.",
     "'rules apply from DAY': a rule's first day"),
    ("EMBARGOED: 00:01 GMT Thursday 14 March 2030\n\nThe study looks at the price of bread.",
     "an embargo line: when the text may be published"),
    ("For release at 10:00 CET on 13 March 2030\n\nThe study looks at the price of bread.",
     "'For release at TIME on DATE': when the text may be published"),
    # notevents9: history on the day of writing, and documents named by a date set before them
    ("Published Friday 6 Dec 2030\n\nHarbour board spokesman Ari Vos made the announcement in Bergen on Friday.",
     "a weekday told in the past that is the day of writing ('made ... on Friday' in a Friday item): done"),
    ("Published Monday 2 Dec 2030\n\nThough she was resting at home on Monday, the premier kept her usual calls.",
     "'was resting ... on Monday' in a Monday item: what was done as the text was written"),
    ("Published 10 Jan 2030\n\nThe surprise announcement on Saturday came two months after the mediation got "
     "under way.",
     "a weekday in the subject of 'came' (an irregular past): history"),
    ("Published 12 July 2030\n\nCommittee notice runs to three working days, so changes meant for Thursday have to "
     "be tabled by the rise of the House on Monday.",
     "'have to be ... by the rise of the House on WEEKDAY': a deadline"),
    ("Published 3 June 2030\n\nThe county has extended the curfew that runs from 9 p.m. today through 5 a.m. on "
     "Thursday, 5 June 2030.", "the hours a curfew runs: a standing rule over everyone, no event"),
    ("Published 12 Sep 2030\n\nWhat follows is a near-verbatim transcript of today's noon briefing by the harbour "
     "spokesperson.", "'a transcript of today's noon briefing': the record of a briefing held, no event"),
    ("Published 4 Dec 2030\n\nIn Saturday's communique, the council urged members to keep their pledges.",
     "'Saturday's communique': a document named by the day it bears, set before the noun"),
    ("The union board will answer the 30 November 2030 joint letter at a press conference in Oslo.",
     "'the DATE joint letter': a document's date before the noun"),
    ("The group reports a higher profit for the year to 30 June 2031.", "'the year to DATE': a reporting period"),
    ("In the week to 30 January 2031, the price of bread rose 2%.", "'the week to DATE': a reporting period"),
    ("Sales rose in the three months ended March 31, 2031, the company says.",
     "'the three months ended DATE': a reporting period"),
    ("Figures for the quarter ending 30 September 2031 show lower costs.", "'the quarter ending DATE': a period"),
    ("Papers open to the public include the Clerk's report for 1 July – 30 September 2031 (144-31P).",
     "'the report for DATE – DATE': the period a report covers"),
    ("The Treasury has tabled the accounts for the period 1 April 2030 to 31 March 2031.",
     "'the accounts for the period DATE to DATE': the same"),
    ("Nach dem Urteil des Landesarbeitsgerichts (Urt. v. 4.5.2031 – 23 Sa 11/31) gilt die Regel auch für Schichten.",
     "'Urt. v. DATE': a German judgment cited by its date"),
    ("Der Beschluss vom 3. März 2031 gilt für alle Kreise.", "'Beschluss vom DATE': a German decision by its date"),
    ("Posted by Jo Bloggs on March 3, 2031 at 9:15 am\n\nThe allotment society thanks its volunteers.",
     "'Posted by AUTHOR on DATE at TIME': a byline's stamp"),
    ("Veröffentlicht am 25.08.2030\n\nDer Finanzchef erhält einen Vertrag bis zum 30.06.2031.",
     "'bis zum' before a numeric date the English grammar reads: when a contract ends"),
    ("Publicado: 25 de agosto de 2030\n\nLas solicitudes se reciben hasta el 03/09/2030 en la alcaldía.",
     "'hasta el' before a numeric date: a deadline"),
    ("Publié le 25/08/2030\n\nLes dossiers sont à envoyer au plus tard le 03/09/2030 au secrétariat.",
     "'au plus tard le': the same in French"),
    ("Veröffentlicht am 7. Juni 2031\n\nIn seinem am 16. Februar 2031 veröffentlichten Aufruf nennt er drei Ziele.",
     "'am DATE veröffentlichten Aufruf': the day a German text came out"),
    ("Veröffentlicht am 7. Juni 2031\n\nDieser Kommentar ist am 1. Juni 2031 in der Wochenzeitung erschienen.",
     "'ist am DATE ... erschienen': the same, its participle closing the sentence"),
    ("Given under my hand this 3rd day of December, 2031, at the Office of the Governor.",
     "'Given under my hand this DAY': the day a proclamation was signed"),
    ("Done at Kingstown this 2nd day of December 2031.", "'Done at PLACE this DAY': the same"),
    ("Lima, 9 January 2031\n\nThe seeds follow the FIFA ranking of 19 December 2030 for the draw.",
     "'the ranking of DATE': a table as it stood that day"),
    ("Lima, 9 de enero de 2031\n\nLos cabezas de serie siguen el Ranking FIFA del 19 de diciembre de 2030.",
     "'el Ranking FIFA del DATE': the same in Spanish, the body's initials after the noun"),
    ("Published 8 November 2031\n\nAt a ceremony on Friday, 31 October, the Assembly gave its prize to two "
     "historians.", "'At a ceremony on DAY, the Assembly gave': the occasion opens the sentence, the act is past"),
    ("Published 8 November 2031\n\nAt the gala dinner in Riga on Monday, 3 November, the league named its "
     "player of the year.", "'At the gala dinner in Riga on DAY, ... named': the same with a place in the opening"),
]


@pytest.mark.parametrize(("body", "why"), NOT_EVENTS, ids=[row[1] for row in NOT_EVENTS])
def test_not_events(body: str, why: str) -> None:
    assert events_of(body) == [], why


EVENTS = [
    # (body, expected starts, why)
    ("Published 10 March 2030\n\nRegistration opens on 3 April for the forum, which takes place on 10 April at "
     "9:00.", ["2030-04-10 07:00"], "a practicality, then a clause telling when the event it serves happens"),
    ("Published 10 March 2030\n\nThe envoy meets the President on Friday 15 March 2030. The trip follows her talks "
     "in the northern province and its capital from 2 to 4 March 2030.\n\nA gala follows on 16 March 2030.",
     ["2030-03-15", "2030-03-16"],
     "what an event 'follows', on days before the stamp, came before: no event; 'follows on' a later day is one"),
    ("Published 10 March 2030\n\nThe delegation began its visit last night: it landed at the airport at 9.10 pm. "
     "The envoy arrived last night and meets the minister today at 11:00.",
     ["2030-03-10 10:00"],
     "'last night' is the day before the stamp: a sentence told in the past of it tells its times gone by; 'today' "
     "beside it still dates what is to come"),
    ("Published 10 March 2030\n\nThe minister opens the bridge on 12 March 2030 at 10:00 (photo opportunity on the "
     "east ramp).", ["2030-03-12 09:00"], "a photo opportunity in brackets is no caption: the event stays"),
    ("Published 10 March 2030\n\nThe fair runs April 10 through April 13 at the showground.",
     ["2030-04-10..2030-04-13"], "'D1 through D2': a span, its days told"),
    ("Published 10 March 2030\n\nRegistration opens at 8:30 am on Monday 7 April; the first panel starts at 9:00.",
     ["2030-04-07 07:00"], "registration opening at a conference: the day is the conference's"),
    ("Published 10 March 2030\n\nIf it rains on Saturday 16 March 2030, the fair will move to the hall.",
     ["2030-03-16"], "a real plan's condition with 'will': the day stays an event"),
    ("Published 10 March 2030\n\nNever before seen on stage, the show opens on Friday 15 March 2030.", ["2030-03-15"],
     "'never' in another clause: the day stays an event"),
    ("Published 10 March 2030\n\nImagine a night of jazz on Saturday 16 March 2030 in the old mill; you could win two "
     "tickets.", ["2030-03-16"], "'Imagine' sells a real evening: its day stays an event"),
    ("The exchange announces its results for the year to 30 June 2031 on Thursday, 14 August 2031.",
     ["2031-08-14"], "the period's last day is not an event; the day the results come out still is"),
    ("Veröffentlicht am 7. Juni 2031\n\nDie Gemeinde lädt am 20. Juni 2031 zur Lesung aus dem Buch ein, das im Mai "
     "erschienen ist.", ["2031-06-20"], "'erschienen' in another clause names the book's month, not the reading's day"),
    ("Veröffentlicht am 25.08.2030\n\nAnmeldungen sind spätestens am 03.09.2030 einzureichen. Das Turnier findet "
     "am 12.09.2030 in Aalen statt.", ["2030-09-12"], "the deadline goes, the tournament's day stays"),
    ("Signed copies of the atlas are on sale this Friday, 4 April 2031, at the town library.", ["2031-04-04"],
     "'signed' that names the copies, not the act of signing a paper: the day stays an event"),
    ("Done at Kingstown this 2nd day of March 2031. The House meets on Tuesday, the 8th day of April, 2031, at 2 "
     "o'clock in the afternoon.", ["2031-04-08 18:00"],
     "after the signing formula, the sitting in the formal style keeps its day and time (2 p.m. in Kingstown)"),
    ("The council meetings on 14 February 2025 and 19 June 2025 will now start at 9 a.m.",
     ["2025-02-14 08:00", "2025-06-19 07:00"], "one time for two listed days: each day at that time"),
    ("Published 9 Apr 2025\n\nOn Apr 2 the governor cautioned that prices would rise. On Thursday the newly "
     "elected council holds its first sitting in the town hall.", ["2025-04-10"],
     "a past date does not become the day in context for a weekday after it; an adjective in -ed is no verb"),
    ("The two chairs brief the press in Lyon and Nantes on 7 and 8 June 2025, respectively.",
     ["2025-06-07", "2025-06-08"], "'on 7 and 8 June, respectively': two single days, not a span"),
    ("On Friday 6 June 2025 the two chairs brief the press in the town hall, at 1015 and 1130 respectively.",
     ["2025-06-06 08:15", "2025-06-06 09:30"], "'at 1015 and 1130 respectively': two times"),
    ("The summit takes place on 30 November and 1 December 2025.", ["2025-11-30..2025-12-01"],
     "two days that follow each other, joined by 'and', are one span"),
    ("Talks are held between 19 April and 23 May 2025.", ["2025-04-19..2025-05-23"],
     "'between A and B' is a span"),
    ("The August, 21, 2030 board meeting will start at 10:00 a.m.", ["2030-08-21 08:00"],
     "'August, 21, 2030': a comma after the month, where a year follows the day"),
    ("In May, 12 ministers met the press at 10:00.", [], "'In May, 12 ministers': no date without a year after it"),
    ("Published 5 Dec 2030\n\nThe board will now meet next Friday (Dec. 13) instead of next Monday (Dec. 9).",
     ["2030-12-13"], "'instead of next WEEKDAY (DATE)': only the new date is an event"),
    ("The board meets on Monday 6 May 2030 (and not on Tuesday 7 May 2030 as announced earlier).", ["2030-05-06"],
     "'(and not on DATE)': the day set aside"),
    ("The result of the board's vote comes out at 7 a.m. on 7 May 2030, not at the customary 12 p.m., the bank "
     "said.", ["2030-05-07 05:00"], "'not at the customary TIME': the time set aside, described"),
    ("On 7 May 2030 the board's decision comes out at 2:00 pm instead of the present 7:00 am.", ["2030-05-07 12:00"],
     "'instead of the present TIME': the time set aside, described"),
    ("Correction: the board meets on 6 May 2030, not 7 May 2030.", ["2030-05-06"],
     "'DATE, not DATE': the day set aside"),
    ("The board meets on 20 May 2030 in Riga.\n\nLast modified on 14 May 2030 at 10:15", ["2030-05-20"],
     "'Last modified on DATE at TIME' at the foot of a page: its stamp"),
    ("The board meets on 20 May 2030 at 10:00 in Riga. Coffee will be available from 9:30.", ["2030-05-20 07:00"],
     "coffee available before a meeting: logistics"),
    ("The board meets on 20 May 2030 in Riga.\n\nThis page was last reviewed on 5 March 2030.", ["2030-05-20"],
     "'last reviewed on DATE': the page's stamp"),
    ("The board meets on 20 May 2030 in Riga; a year ago, on 20 May 2029, it met in Vilnius.", ["2030-05-20"],
     "'a year ago, on DATE': history"),
    ("Published 13 February 2030\n\nToday’s press conference starts at 10:00 in the town hall.",
     ["2030-02-13 09:00"], "'today's press conference' with its time: an event"),
    ("On 20 May 2030 at 12:00 the minister attends a lunch offered by the mayor.", ["2030-05-20 10:00"],
     "a lunch offered by someone is an engagement, not catering"),
    ("Published 10 March 2030\n\nThe talks, which began on 2 March 2030, go on in Geneva on 14 March 2030.",
     ["2030-03-14"], "'which began on DATE': history, beside the day to come"),
    ("Published 10 March 2030\n\nThe truce agreed on 1 March 2030 holds; the envoys meet again on 14 March 2030.",
     ["2030-03-14"], "'the truce agreed on DATE': a participle in the past, history"),
    ("Published 10 March 2030\n\nThe treaty will be formally signed on 5 May 2030 in Rome.", ["2030-05-05"],
     "'will be formally signed on DATE': to come"),
    ("Published 10 March 2030\n\nObservers will be deployed on 14 March 2030 across the country.", ["2030-03-14"],
     "'will be deployed on DATE': to come"),
    ("The mayor opens the new bridge on 20 March 2030 at 11:00.\n\nPosted: 12/03/2030 10:14", ["2030-03-20 10:00"],
     "'Posted: DD/MM/YYYY HH:MM' at the foot of a page: its stamp, no time of the day in context"),
    ("Media schedule\n\n13/3/2030 07:10 - 07:20\n\nRadio interview by phone\n\n13/3/2030 09:00 - 09:40\n\n"
     "School visit by the minister",
     ["2030-03-13 06:10", "2030-03-13 08:00"],
     "a schedule's row of a date and a time, one cell per line, is no stamp"),

    ("The yearly report is presented at a press conference on 13 March 2030.", ["2030-03-13"],
     "a report presented at a press conference: the press conference is an event"),
    ("Press Release\n\n8 March 2030\n\n20300308 The spokesperson gave this statement today:\n\nTomorrow, 9 March, "
     "the envoy leaves Vienna for talks in Warsaw.", ["2030-03-09"],
     "'gave this statement today': the day the text was given out, behind a numeric stamp"),
    ("Published 13 Sep 2030\n\nThe Chamber has been called to meet at the State House on Monday.\n\nUnder the "
     "order, the Chamber sits on Monday at 4 pm.", ["2030-09-16 14:00"],
     "a body's day in one sentence and its time in another that names it and no kind: one event, at its time"),
    ("The congress of the party meets in the capital on 1 May 2030.\n\nVoting starts at 9 a.m. on 1 May 2030.",
     ["2030-05-01", "2030-05-01 07:00"], "a day's event and a timed part of it that names nothing in common: two"),
    ("The yearly graduation ceremony of the college, a festive day for every senior, will be held Sunday, May 12, "
     "2030.\n\nWHAT\n\nThe graduation ceremony. Some 900 seniors walk into the hall.\n\nWHEN\n\nThis Sunday, May 12, "
     "2030, 2-4 p.m. Media: doors open at 1 p.m.", ["2030-05-12 12:00"],
     "an advisory's WHEN line, opening with its day and time, gives the time of the event named above it"),
    ("The council meets on Wednesday, 13 July 2030 at 10:00 in the town hall.\n\nThe council rose on June 9 before "
     "the summer recess.", ["2030-07-13 08:00"],
     "no publication date: a day told in the past before the item's newest full date is history"),
    ("MEDIA NOTE: The donated ambulances reach the port on Saturday, 21 May 2029 at 1:30pm, where the envoy hands "
     "them over.\n\nMedia note: The two ministers hold a joint briefing on Monday 6 November 2030 at 19:30.\n\n"
     "The archive opened on 3 March 2027 with 40 boxes.",
     ["2029-05-21 11:30", "2030-11-06 18:30"],
     "no publication date: a day with its clock told as to come, in a page of notes whose newest is a year later, is "
     "an announcement of its own; a day told in the past before it stays history"),
    ("The senate sits on Thursday, 19 January 2030 in a special sitting. First it swears in the winner of the "
     "January 5th by-election.",
     ["2030-01-19"], "'the January 5th by-election': a day named as the attribute of what happened on it, history"),
    ("Ballots for the 9 April referendum in Northvale are cast from 8 am to 9 pm. The tally is announced at a "
     "press briefing on 10 April 2030 at 10:00.", ["2030-04-09 06:00", "2030-04-10 08:00"],
     "no publication date: 'for the 9 April referendum', told in the present, is the day to come, not history"),
    ("The congress, held on 4 May 2030 in Porto, will gather 200 delegates. Its closing paper is presented in "
     "Madrid on 11 May 2030 at 12:00.", ["2030-05-04", "2030-05-11 10:00"],
     "no publication date: ', held on DATE,' in an aside beside 'will' is the event to come, not history"),
    ("The mayor speaks on the year ahead at 6 p.m. on 27 April 2030. Light refreshments are served from 5:30 p.m. "
     "before the talk.", ["2030-04-27 16:00"], "refreshments served before a talk are logistics, not an event"),
    ("Published 2 May 2030\n\nThe town museum, which is usually shut on Tuesdays, will open a print exhibition "
     "on Tuesday 14 May at 5 pm.", ["2030-05-14 15:00"],
     "'usually shut on Tuesdays' in an aside about the place: the sentence's own day is an event"),
    ("Published 1 June 2030\n\nThe envoy will speak to reporters after each sitting of the hearings, starting "
     "on 5 June at 17:00, in the press room.", ["2030-06-05 15:00"],
     "'after each sitting' with a particular day named: that day's event"),
    ("From Friday, 19 February 2030, the channel also shows the address at 10:00 every day.", [],
     "'every day' from a particular day: still a rule of recurrence"),
    ("Kolkata [India], May 12 (Coast Wire): The governor is due to tour the northern districts from May 12 to "
     "15, 2030.", ["2030-05-12..2030-05-15"],
     "a wire's dateline with the country in square brackets is when the story was filed, no event of its own"),
    ("LISBON (Coast Wire / Harbour News - 14th May, 2030) The council's next session will be held in Porto on "
     "June 30, the council said on Friday.", ["2030-06-30"],
     "a wire's date inside the agency's brackets is when the story was filed, no event"),
    # notevents9
    ("Published 1 June 2030\n\n1 June 2030, Lyon - Next week some 100 mayors come to Lyon for the yearly congress "
     "of the league (6-9 June).", ["2030-06-06..2030-06-09"],
     "a dateline with the day before the place ('DATE, Place - '): when the story was filed, no event"),
    ("3 March 2030, Porto – The harbour board holds its spring forum on 12 March 2030 at the old customs house.",
     ["2030-03-12"], "'DATE, Place –' opening the body with no publication date: still its dateline"),
    ("12 March 2030, 10:00: The harbour board meets in the old customs house.\n"
     "13 March 2030, 14:30: The ferry committee meets on the quay.", ["2030-03-12 09:00", "2030-03-13 13:30"],
     "'DATE, TIME:' opening a row, at a minute one schedules at: the first row of a schedule, no dateline"),
    ("Published 4 Dec 2030\n\nThe polls, first fixed for 16 February and 2 March, will now be held on 23 February "
     "and 9 March.", ["2031-02-23", "2031-03-09"],
     "each day listed after 'first fixed for' is replaced; 'be held on' is no past, so the new days stay"),
    ("Published 4 Dec 2030\n\nThe hearings, originally set for 3 March, 4 March or 5 March, open on 10 March.",
     ["2031-03-10"], "a list of three replaced days joined by commas and 'or'"),
    ("Published Friday 6 Dec 2030\n\nThe board said on Friday that it will meet again on Monday at 10:00.",
     ["2030-12-09 09:00"], "said on the day of writing that something is to come: the day to come stays"),
    ("Published 12 July 2030\n\nThe minister speaks before the opening of the summit on Monday at 9:00 in the press "
     "room.", ["2030-07-15 07:00"], "'before the opening of X on WEEKDAY' with no 'must': when it happens"),
    ("Published 1 June 2030\n\nThe board meeting goes ahead on 3 June 2030 at 10:00; it will not be held online.",
     ["2030-06-03 08:00"], "'will not be held online': a way of holding, no cancellation"),
    ("Published 20 Sep 2030\n\nTwo ministers lead a trade mission to Korea and Japan from October 12-24, 2030.\n\n"
     "The Premier announced the mission on the opening day of the regional farm show; a farm fund pays for part of it.",
     ["2030-10-12..2030-10-24"],
     "'announced ... on the opening day of': a day of the span told in the past is when something was done"),
    ("Published 20 Sep 2030\n\nTwo ministers lead a trade mission to Korea and Japan from October 12-24, 2030.\n\n"
     "On the opening day, the ministers meet the trade council in Seoul.", ["2030-10-12", "2030-10-12..2030-10-24"],
     "'On the opening day, X meet': a day of the span to come"),
    ("Published 2 June 2030\n\nMembers are expected to sit again on Tuesday, 10 June 2030. The press office had "
     "earlier announced that the House was expected to sit again on Tuesday, 3 June 2030.", ["2030-06-10"],
     "a plan told in the past perfect ('had earlier announced that ... was expected to'): replaced"),
    ("Published 2 June 2030\n\nThe press office had announced that the House will sit again on Tuesday, 3 June 2030.",
     ["2030-06-03"], "'had announced that ... will': what will be, still the plan"),
    ("Published 19 Dec 2030\n\nThe Governor visits Lima from 20 to 23 December 2030.\n\nEarlier on Monday, the "
     "Governor met a trade delegation from Peru.", ["2030-12-20..2030-12-23"],
     "'Earlier on WEEKDAY, X met': history told after an opening date, whatever later days the item named"),
    ("Published 19 Dec 2030\n\nThe Governor visits Lima from 20 to 23 December 2030.\n\nAlso on Monday, the "
     "Governor meets a trade delegation from Peru.", ["2030-12-20..2030-12-23", "2030-12-23"],
     "'Also on WEEKDAY, X meets': told in the present, an event"),
    ("Published 3 June 2030\n\nSince the curfew was lifted, the mayor will hold a press conference that starts on "
     "Thursday at 10:00 in the town hall.", ["2030-06-06 08:00"],
     "a happening named after a curfew: its day and time are the happening's"),
    ("Published 4 Dec 2030\n\nThe Minister will make a statement on Saturday at 10:00 in the chamber.",
     ["2030-12-07 09:00"], "a statement to be made: no document named by its date"),
    ("Published 4 Dec 2030\n\nThe Premier is due to meet the mayors before the start of the forum on Thursday, "
     "5 December 2030 at 8:00.", ["2030-12-05 07:00"], "'is due to meet before the start of': a plan, no duty"),
    ("Published 27 Nov 2030\n\nThe yearly water report, published on Monday, 2 December, will be presented by the "
     "Water Commissioner at 11:00 that day.", ["2030-12-02 10:00"],
     "', published on DATE,' inside a sentence: no stamp of the page"),
    ("Published 30 Nov 2030\n\nThe agency had said last month that the donors' round was scheduled for Thursday, "
     "5 December 2030 at 10:00, and the round goes ahead as planned.", ["2030-12-05 09:00"],
     "a plan told in the past perfect that the sentence says still stands"),
    ("Published 4 Dec 2030\n\nThe panel hears witnesses on Thursday, 5 December 2030, from 9:00 to 10:00 and from "
     "14:00 to 17:00.", ["2030-12-05 08:00", "2030-12-05 13:00"],
     "two ranges of hours listed on one day: two sittings"),
    ("Published 4 Dec 2030\n\nThe panel hears witnesses on Thursday, 5 December 2030, from 9:00 to 10:00 and "
     "from 9:30 to 11:00.", ["2030-12-05 08:00"],
     "a second range that starts before the first ends is no later sitting"),
    ("Published 4 Dec 2030\n\nThe panel hears witnesses on Thursday, 5 December 2030, from 9:00 to 10:00 and from "
     "14:00 to 17:00; and on Monday, 9 December 2030, from 9:00 to 11:00.",
     ["2030-12-05 08:00", "2030-12-05 13:00", "2030-12-09 08:00"],
     "two days with their hours: the ranges listed after a day's own are that day's, not the next day's"),
    ("Published 4 Dec 2030\n\nThis note is too late for the hearings of yesterday, Tuesday 3 December 2030; the "
     "panel sits again on Thursday, 5 December 2030, at 10:00.", ["2030-12-05 09:00"],
     "a date in apposition to 'yesterday' names a day gone by: no event"),
    ("Thursday, 5 December 2030\n\nFarm hearings: the panel, which is studying grain prices, heard the public in "
     "Lyon on 2 and 3 December. It sits again on Monday, 9 December 2030, at 10:00.", ["2030-12-09 09:00"],
     "'heard the public in PLACE on' days before the item's newest date: hearings held, not to come"),
    ("Published 4 Dec 2030\n\nAs said yesterday, the panel sits on Thursday, 5 December 2030, at 10:00.",
     ["2030-12-05 09:00"], "'yesterday' that is not the date's apposition leaves the date alone"),
    ("Seed fair in Nadi\n\nThe envoy, who met the growers in Lautoka on Saturday, 2 November 2030 at "
     "their harvest feast, said a seed fair is being prepared. It opens on Monday, 9 December 2030, at 10:00.",
     ["2030-12-09 09:00"],
     "'met' with four words of whom and where before 'on': a meeting held, not to come"),
    ("Seed fair in Nadi\n\nThe envoy met the growers in Lautoka on Saturday, 2 November 2030. The seed "
     "fair opens on Monday, 9 December 2030, at 10:00.", ["2030-12-09 09:00"], "the same in a sentence of its own"),
    ("Members' meeting\n\nThe Guild held its 41st Annual General Meeting on May 14.\n\nA special meeting to vote on "
     "its proposals follows on Tuesday, June 11, 2030 at 10:00.", ["2030-06-11 08:00"],
     "'held its ... on May 14': the active past, six words naming the gathering; 'May' is no modal (w24 4)"),
    ("Members' meeting\n\nThe Guild will hold its 41st Annual General Meeting on May 14.\n\nA special meeting "
     "follows on Tuesday, June 11, 2030 at 10:00.", ["2030-05-14", "2030-06-11 08:00"],
     "'will hold its ... on May 14': to come, an event"),
    ("Awards\n\nPublished 1 November 2031\n\nAt a ceremony on Tuesday, 4 November, the President will present "
     "the national awards at 11:00.", ["2031-11-04 10:00"], "'At a ceremony on DAY, ... will present': to come"),
]


@pytest.mark.parametrize(("body", "expected", "why"), EVENTS, ids=[row[2] for row in EVENTS])
def test_events(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body)) == expected, why


def test_a_wire_dateline_with_a_bracketed_country_is_not_in_the_title() -> None:
    found = events_of("Kolkata [India], May 12 (Coast Wire): The governor is due to tour the northern districts "
                      "from May 12 to 15, 2030.")
    assert found
    assert not any("Kolkata [India]" in e.summary for e in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("on 8 March, 19 April and 23 May", [("day", "8 March"), ("day", "19 April"), ("day", "23 May")]),
    ("on May 19 and June 2", [("day", "May 19"), ("day", "June 2")]),
    ("on 19 and 20 November", [("span", "19 and 20 November")]),
    ("between May 19 and June 2", [("span", "between May 19 and June 2")]),
])
def test_two_dates_joined_by_and(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.kind, m.text) for m in find_mentions(text)] == expected


CLAUSES = [
    # (body, expected UTC starts, words each event's title holds, why)
    ("Thursday 9 October 2025\n\nThe governor leaves the capital at 9.10am and lands at the river port at "
     "11.40 am.", ["2025-10-09 07:10", "2025-10-09 09:40"], ["leaves", "lands"],
     "two clauses joined by 'and', each with its own time and title"),
    ("Thursday 9 October 2025\n\nThe mayor opens the fair at 10.15 a.m. By bus she reaches the old mill at "
     "11 a.m. to plant a tree.", ["2025-10-09 08:15", "2025-10-09 09:00"], ["opens", "reaches"],
     "a sentence hidden behind 'a.m.' and a capital"),
    ("Thursday 9 October 2025\n\nThe minister leaves the museum at 4.05 pm for the station, and travels on "
     "to the coast at 5 pm.", ["2025-10-09 14:05", "2025-10-09 15:00"], ["leaves", "travels"],
     "a comma and 'and' join two clauses"),
    ("Thursday 9 October 2025\n\nThe hearing starts at 10:00 and ends at 12:00 in the main hall.",
     ["2025-10-09 08:00"], ["hearing"], "an end is no event of its own"),
    ("Thursday 9 October 2025\n\nThe council sits at 10:00, 11:00 and 12:00 in the main hall.",
     ["2025-10-09 08:00", "2025-10-09 09:00", "2025-10-09 10:00"], ["council"] * 3,
     "a list of times with no clause of their own: the sitting at each of them"),
]


@pytest.mark.parametrize(("body", "expected", "words", "why"), CLAUSES, ids=[row[3] for row in CLAUSES])
def test_each_clause_with_its_time_is_an_event(body: str, expected: list[str], words: list[str], why: str) -> None:
    events = sorted((e for e in events_of(body) if not e.all_day), key=lambda e: e.start)
    assert when(events) == expected, why
    for event, word in zip(events, words, strict=True):
        assert word in event.summary.lower(), (why, event.summary)


def test_it_is_the_turn_of_names_its_own_event() -> None:
    body = ("Journalists are welcome in the town hall. On Friday 6 June 2025 it is the turn of the two chairs to "
            "brief the press at 10:15.")
    (event,) = events_of(body)
    assert "turn of the two chairs" in event.summary, "'it is the turn of' is no pronoun for the sentence before"


@pytest.mark.parametrize(("title", "body", "expected", "why"), [
    ("Weekly briefing - Monday 2 June 2025", "02/06/25 10:30\n\nThe spokesperson went through the main news.",
     ["2025-06-02"], "a page stamp 'DD/MM/YY HH:MM' alone on its line gives no time to the title's event"),
    ("Charity welcomes promise to reopen the shelter", "Monday 23 November 2009\n\nThe charity welcomes the "
     "promise of the city to reopen, by 1 December, the shelter that closed in the spring.", [],
     "a date alone atop the body of a news item whose title names no kind of event is its publication date"),
    ("Press conference of the Mayor", "Monday 23 November 2009\n\nThe Mayor answers the questions of the "
     "press about the shelter that closed in the spring.", ["2009-11-23"],
     "under a title that names an event, the date line is that event's day"),
    ("Ministers to meet in Riga", "RIGA/GENEVA, 25 November 2030 – The forum holds its yearly meeting in Riga on "
     "5 and 6 December 2030.", ["2030-12-05..2030-12-06"], "a dateline naming two cities with a slash"),
    ("Assembly: calendar for the press", "Accreditation is needed to cover the session.\n\nThe press room is on "
     "the ground floor.\n\nLyon, March 3, 2030 – Here are the highlights of the assembly held in Lyon from March 7 to "
     "March 9. They may change.", ["2030-03-07..2030-03-09"],
     "a place, a day and a dash opening a block that goes on to later days: the dateline, below the header too"),
])
def test_dates_of_the_page(title: str, body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body, title=title)) == expected, why


@pytest.mark.parametrize(("clause", "expected", "why"), [
    ("Starting, the board's decisions will come out (instead of 13:45)", "Event: Board's decisions come out",
     "a participle left dangling by its date, and an aside left with only the old time"),
    ("The mayor then walks to the old hall to take part,, in the opening", "Event: Mayor then walks to the old "
     "hall to take part, in the opening", "two commas where a time range was"),
    ("The minister reaches the depot at Northgate , where the new trains wait", "Event: Minister reaches the "
     "depot at Northgate, where the new trains wait", "a space before a comma"),
    ("The chamber will therefore sit", "Event: Chamber sits", "an adverb between 'will' and its verb"),
    ("'s hearings are on transport and housing", "Event: Hearings are on transport and housing",
     "a weekday's possessive left without its weekday"),
    ("The press conference is", "Event: Press conference", "a copula left without its date"),
    ("Question time is, after which the chamber debates the budget", "Event: Question time, after which the "
     "chamber debates the budget", "a copula its date left before a comma"),
    ("What is new this year is, above all, the night market in the square", "Event: What is new this year is, "
     "above all, the night market in the square", "a copula before an aside, its complement after it, stays"),
    ("By road he reaches the new depot", "Event: By road he reaches the new depot", "an opening phrase stays"),
    ("The new wing of the museum opens on", "Event: New wing of the museum opens", "a preposition left at the end"),
    ("Liberal Democrat Group - ", "Event: Liberal Democrat Group", "the dash before a row's time, left at the end"),
    ("Board meeting | ", "Event: Board meeting", "a bar before a date, left at the end"),
    ("LISBON - The trade council opens its spring session", "Event: Trade council opens its spring session",
     "a town in capitals and a dash: the dateline opens the story, not the title"),
    ("NAIROBI, Kenya, Feb. 3 (Agency) -- The envoy meets the press", "Event: Envoy meets the press",
     "a town, its country, a date and an agency before a double dash"),
    ("Lucknow, March 4: The commission holds a briefing", "Event: Commission holds a briefing",
     "a town, a date and a colon"),
    ("St. John's — The premier speaks to the chamber", "Event: Premier speaks to the chamber",
     "a town written with a dotted 'St.' and an apostrophe: its words capitalised as written, not title-cased"),
    ("ST. JOHN'S - The premier speaks to the chamber", "Event: Premier speaks to the chamber",
     "the same town in capitals"),
    ("MEDIA: Breakfast interview by phone", "Event: MEDIA: Breakfast interview by phone",
     "a label in capitals that names no town stays"),
])
def test_titles_leave_nothing_dangling(clause: str, expected: str, why: str) -> None:
    assert kinds.sentence_summary(kinds.EVENT, clause) == expected, why


def test_dates_listed_with_and_leave_no_and_in_the_title() -> None:
    events = events_of("The council meetings on 14 February 2025 and 19 June 2025 will now start at 9 a.m. sharp.")
    assert [e.summary for e in events] == ["Meeting: Council meetings start sharp"] * 2


def test_a_when_line_takes_the_kind_and_title_of_the_event_it_times() -> None:
    (event,) = events_of("The yearly graduation ceremony of the college will be held Sunday, May 12, 2030.\n\n"
                         "WHEN\n\nThis Sunday, May 12, 2030, 2-4 p.m. Media: doors open at 1 p.m.")
    assert (event.kind, event.summary.split(":")[0]) == (CEREMONY, "Ceremony")


def test_a_labelled_when_line_is_the_time_of_the_sitting_the_prose_names() -> None:
    body = ("The members of the assembly open their sitting on Tuesday, 4 March 2031, with an hour of questions "
            "to the cabinet about the budget.\n\nStreamed live: Tuesday, 4 March, 10 am")
    (event,) = events_of(body)
    assert (event.kind, event.all_day) == (kinds.MEETING, False)


def test_a_when_line_alone_takes_the_items_title_not_its_field_name() -> None:
    body = ("WHO: The mayor and the fire chief.\n\nWHAT: The mayor and the chief tell residents how the town "
            "gets ready for the flood season and what each household can do.\n\nWHEN: Monday, April 7, 2031, "
            "at 2 p.m.")
    (event,) = events_of(body, title="Mayor gives a flood season briefing")
    assert "WHEN" not in event.summary
    assert "flood season briefing" in event.summary


def test_one_persons_engagement_said_with_and_without_its_time_is_one_event() -> None:
    body = ("Captain Ada Lindqvist opens the series with her media conference on Tuesday 3 June 2025.\n\n"
            "First comes captain Ada Lindqvist, on Tuesday 3 June 2025 at 0930 in the Harbour Hotel. "
            "Coach Lena Holm follows at 10:00 in the same room.")
    assert when(events_of(body)) == ["2025-06-03 07:30", "2025-06-03 08:00"]


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("WHEN\n\nThis Saturday, June 7, 2025, 3-5 p.m. Press: doors open at 2 p.m.", ["2025-06-07 13:00"],
     "the event's day and time before a colon, the doors' time after it"),
    ("The reception is on Saturday, June 7, 2025 at 3 p.m. Journalists must register by 1 p.m.",
     ["2025-06-07 13:00"], "a registration deadline in the next sentence hidden behind 'p.m.'"),
    ("Doors open at 2 p.m. on Saturday, June 7, 2025.", [], "practicalities alone are no event"),
    ("Doors open 2pm; readings from 2.30pm on Saturday 7 June 2025 at the library.", ["2025-06-07 12:30"],
     "practicalities, a semicolon, then what starts 'from' a time"),
    ("On Saturday 7 June 2025, doors open at 2pm and readings begin at 2.30pm at the library.",
     ["2025-06-07 12:30"], "practicalities opening the sentence after its date, then 'and' the event"),
])
def test_practicalities_after_the_event(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body)) == expected, why


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Two board meetings of the central bank are called off: those on 4 March 2025 and 22 April 2025.",
     ["2025-03-04", "2025-04-22"], "meetings called off"),
    ("Three board meetings of the central bank are dropped altogether: those on 8 March, 19 April and 23 May 2025.",
     ["2025-03-08", "2025-04-19", "2025-05-23"], "a list of dropped days, never a span from the second to the third"),
    ("To all head teachers: every examination set for Monday 16 June 2025 is to be moved to another date.",
     ["2025-06-16"], "a day's events moved to another date, none named: off that day"),
    ("The board meeting set for 4 June 2025 is to be rescheduled.", ["2025-06-04"],
     "'is to be rescheduled', with no new day: off its day"),
])
def test_days_called_off_are_cancelled_events(body: str, expected: list[str], why: str) -> None:
    events = events_of(body)
    assert when(events) == expected, why
    assert {e.status for e in events} == {"CANCELLED"}, why  # the store cancels what was announced before


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Published 10 March 2030\n\nThe board meeting has been postponed to 19 March 2030.", ["2030-03-19"],
     "'postponed to DATE': the new day, on which the meeting takes place"),
    ("Published 10 March 2030\n\nThe board meeting, postponed until 19 March 2030, is held in the town hall.",
     ["2030-03-19"], "'postponed until DATE': the new day, no deadline"),
    ("Published 10 March 2030\n\nThe board meeting was moved to 19 March 2030 from 12 March 2030.", ["2030-03-19"],
     "'moved to NEW from OLD': the old day is replaced"),
    ("Published 10 March 2030\n\nThe board meeting has been postponed to 19 March 2030. The meeting starts at "
     "10:00 CET.", ["2030-03-19 09:00"], "the time in the next sentence: the new day is still the day moved to"),
    ("Published 10 March 2030\n\nThe board meeting has been postponed to 19 March 2030, with its opening at "
     "10:00 CET.", ["2030-03-19 09:00"], "a time apart from the day in its sentence: the same"),
])
def test_a_moved_event_takes_place_on_its_new_day(body: str, expected: list[str], why: str) -> None:
    events = events_of(body)
    assert when(events) == expected, why
    assert {e.status for e in events} == {"CONFIRMED"}, why


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Thursday 9 October 2025\n\nThe governor leaves the museum at 4.05 pm and is at the station by 4.40 pm.",
     ["2025-10-09 14:05", "2025-10-09 14:40"], "'is at the station by T' in an itinerary: when he is there"),
    ("Thursday 9 October 2025\n\nThe governor opens the museum at 4.05 pm. Reporters must be at the gate by 3.30 pm.",
     ["2025-10-09 14:05"], "'must be at the gate by T': a deadline"),
])
def test_by_a_time(body: str, expected: list[str], why: str) -> None:
    assert when([e for e in events_of(body) if not e.all_day]) == expected, why


@pytest.mark.parametrize(("line", "expected", "why"), [
    ("(Newswire) 16:09, March 12, 2030", True, "a wire's stamp after its name in brackets"),
    ("March 12, 2030 / 3:54 AM", True, "'DATE / TIME' at the minute a story was filed"),
    ("March 26, 2030 | 6:30 pm", False, "an event page's 'DATE | TIME' at a round minute: the event's"),
    ("13/3/2030 07:10 - 07:20", False, "a schedule's row with a range of times"),
    ("March 26, 2030 6:42 pm", False, "no separator and no source: not read as a stamp"),
    ("Press Office 4.6.2030 9.07 | Published in French on 4.6.2030 at 15.41", True,
     "a page's stamps: full dates each with the minute it was filed at, and a word of publishing"),
    ("Northern Wire Service, 3 Feb, 2031 02:47 PM", True, "a wire's byline, its name before a comma"),
    ("Northern Wire Service, 3 Feb, 2031 02:45 PM", False, "a round minute: a time someone may set"),
    ("The board meets, 3 Feb 2031 at 14:47 in the hall", False, "words of what happens: no stamp"),
    ("(Moved) Friday, 18 June 2031, 10:30", False, "a bracketed note of change before an agenda's round time"),
    ("(City Wire) 10:41, June 18, 2031", True, "a wire's name in brackets before the odd minute it filed at"),
    ("Thu, 12/18/2031 - 09:52", True, "a news listing's stamp: the odd minute it was posted at, after a dash"),
    ("Monday 16 June 2031 – 14:17", True, "the same with an en dash and a date in words"),
    ("Monday 16 June 2031 - 14:15", False, "a round minute after a dash: a time someone may set"),
])
def test_stamp_lines(line: str, expected: bool, why: str) -> None:
    assert stamps.stamp_line(line, find_mentions(line, "dmy")) is expected, why


@pytest.mark.parametrize(("text", "kind", "why"), [
    ("The minister names the members of the Ministerial Advisory Committees", kinds.EVENT,
     "'Ministerial' as the adjective of a committee names no gathering"),
    ("Ministerial Statement on the draft plan", kinds.EVENT, "a ministerial statement is no summit"),
    ("The Defence Ministerial in Brussels", SUMMIT, "'the Defence Ministerial': a summit"),
    ("The ministerial meeting of the alliance", SUMMIT, "'ministerial meeting': a summit"),
])
def test_ministerial_as_a_noun_and_as_an_adjective(text: str, kind: str, why: str) -> None:
    assert kinds.classify(text) == kind, why


SAVED_PAGES = [
    ("https://example.org/news/harbour-roundtable (published 21 Nov 2030)\nHarbour board invites firms to a "
     "roundtable\n\nThe board has asked all firms to talks on the new port rules.\n", [],
     "a saved page's first line, its address and '(published DATE)': a stamp, no event of the title"),
    ("https://example.org/news/trade-talks published 2030-12-30\nTwo ministries may meet in January for trade talks"
     "\nUpdated 15:30, 30-Dec-2030\n\nThe two ministries plan to meet in January, a spokesman said on Thursday.\n",
     [], "'Updated TIME, DATE' under a headline: when the story was last changed"),
    ("https://example.org/news/harbour-talks (published 21 Nov 2030)\nHarbour board meets the port agents\n\nThe "
     "board meets the port agents on Tuesday at 10:00 in the harbour office.\n", ["2030-11-26 10:00"],
     "the stamp still dates the item: the weekday of the body is the one after it"),
    ("Central bank moves its rate decision\n\nSource: Press office\n\nThe board's decision will be posted at 2.30 pm "
     "on 4 October 2030, the bank said.\n", ["2030-10-04 13:30"],
     "'will be posted at TIME on DATE': the verb of a sentence, no stamp"),
]


@pytest.mark.parametrize(("text", "expected", "why"), SAVED_PAGES, ids=[row[2] for row in SAVED_PAGES])
def test_stamps_of_a_saved_page(text: str, expected: list[str], why: str) -> None:
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Lisbon").events
    assert when(events) == expected, why


NEGATED = [
    ("Published 8 May 2030\n\nThe ministry will today not be holding its daily media briefing, but will post a "
     "recorded statement instead.", "'will today not be holding its briefing': an event said not to happen"),
    ("No harbour board meeting on Wednesday, 3 June 2030\n\nThe board chair asks members to keep the papers.",
     "a heading 'No ... meeting on DATE': the meeting called off"),
    ("Published 4 June 2030\n\nThere will be no press briefing on Friday 7 June 2030.",
     "'there will be no briefing on DATE': called off"),
]


@pytest.mark.parametrize(("body", "why"), NEGATED, ids=[row[1] for row in NEGATED])
def test_an_event_said_not_to_happen_is_cancelled(body: str, why: str) -> None:
    """Published CANCELLED, so that it cancels what an earlier item announced; alone, `extract` and `build`
    publish nothing of it (tests/test_cancel_notices.py)."""
    assert [e.status for e in events_of(body)] == [CANCELLED], why



NOT_NEGATED = [
    ("Published 4 Dec 2030\n\nFisheries ministers gather in Valletta on Monday, 9 December 2030 at 9:30 and there "
     "will be no press conference afterwards.", ["2030-12-09 08:30"],
     "a negation in the clause after 'and': the meeting of the first clause stands"),
    ("Published 4 Dec 2030\n\nAs there will be no sitting on Monday, the chamber sits on Tuesday, 10 December 2030 "
     "at 13:30.", ["2030-12-10 12:30"], "'As there is no X on DAY, ...': the comma ends the negated clause"),
    ("Published 4 Dec 2030\n\nThere will be no online meeting option for the planning hearing on Monday, "
     "9 December 2030 at 18:30 in the library.", ["2030-12-09 17:30"],
     "'no online meeting option for the hearing': the negated noun does not end its phrase"),
    ("Published 4 Dec 2030\n\nThere is no further hearing before the board decides on Tuesday, 10 December 2030 at "
     "19:00.", ["2030-12-10 18:00"], "'no further hearing before ...': the noun does not end its phrase"),
]


@pytest.mark.parametrize(("body", "expected", "why"), NOT_NEGATED, ids=[row[2] for row in NOT_NEGATED])
def test_a_negation_outside_the_events_clause_leaves_it_standing(body: str, expected: list[str], why: str) -> None:
    assert when([e for e in events_of(body) if e.status != CANCELLED]) == expected, why


def test_a_briefing_negated_in_another_sentence_leaves_this_one_standing() -> None:
    body = ("Published 12 Sep 2030\n\nAt 2 p.m., the envoy briefs on the harbour plan. Looking ahead to tomorrow, "
            "the minister will be here at 11 a.m., so there will be no noon briefing.")
    assert [(when([e])[0], e.status == CANCELLED) for e in events_of(body)][:1] == [("2030-09-12 12:00", False)]


@pytest.mark.parametrize(("text", "kind", "why"), [
    ("The World Summit on Harbour Cities Forum will hold a virtual press briefing after its opening",
     PRESS_CONFERENCE, "what is held is the event, not the kind word in the name of the one who holds it"),
    ("The Summit of Harbour Mayors opens on Monday", SUMMIT, "a summit that opens: the summit itself"),
    ("The Harbour Forum hosts a dinner for the delegates", CONFERENCE, "a held thing of no specific kind (a "
     "dinner): the kinds of the words in order, the forum first"),
])
def test_the_kind_of_what_is_held(text: str, kind: str, why: str) -> None:
    assert kinds.classify(text) == kind, why
