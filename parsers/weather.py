"""Weather: "After heavy downpours on Monday, ...", "Wednesday is forecast to be colder, with morning lows of two
degrees", "temperatures climb back up on Thursday". A day in a sentence that tells the weather says when it rained or
will turn cold, not when something is held. Pure.

Only a sentence that names the weather in its own words (rain, snow, temperatures, a cold snap, lows of so many
degrees) and no gathering: "The fun run goes ahead on Sunday despite the rain" names a run and stays.
"""

from __future__ import annotations

import re

from parsers.gate import Gated

_WEATHER = Gated(re.compile(
    r"\b(?:temperatures?|downpours?|rainfall|snowfall|showers|thunderstorms?|heavy\s+(?:rain|snow)"
    r"|cold\s+(?:wave|snap|spell|front)|heat\s*waves?|wind\s+chill|(?:morning|overnight|daytime)\s+(?:lows?|highs?)"
    r"|(?:lows?|highs?)\s+of\s+(?:minus\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+degrees"
    r"|meteorological\s+(?:administration|office|agency|service)|weather\s+(?:service|office|forecast|warning)s?"
    # the same words where a forecast is told in Italian, Spanish, Portuguese, French or German ("piogge, temporali
    # e nevicate previste per oggi", "lluvias y tormentas", "chutes de neige", "Gewitter und Starkregen")
    r"|piogg(?:ia|e)|temporal[ei]|nevicat[ae]|rovesci|maltempo|previsioni\s+meteo|temperature\s+(?:in\s+)?(?:calo|aumento)"
    r"|lluvias?|tormentas?|nevadas?|chuvas?|tempestades?|pron[oó]stico\s+del\s+tiempo|previs[aã]o\s+do\s+tempo"
    r"|pluies?|orages?|averses|chutes\s+de\s+neige|pr[ée]visions\s+m[ée]t[ée]o"
    r"|regen|gewitter|schneef[aä]lle?|starkregen|unwetter|wettervorhersage)\b",
    re.IGNORECASE),
    "temperature", "downpour", "rainfall", "snowfall", "showers", "thunderstorm", "heavy", "cold", "heat", "chill",
    "low", "high", "meteorolog", "weather", "piogg", "temporal", "nevicat", "rovesci", "maltempo", "meteo", "lluvia",
    "tormenta", "nevada", "chuva", "tempestade", "tiempo", "tempo", "pluie", "orage", "averses", "neige", "regen",
    "gewitter", "schneef", "unwetter", "wettervorhersage")
# A gathering named in the same sentence: its day is the gathering's, whatever the weather.
_GATHERING = re.compile(
    r"\b(?:meetings?|conferences?|ceremon(?:y|ies)|festivals?|concerts?|parades?|races?|runs?|matches|games?"
    r"|fairs?|markets?|events?|visits?|summits?|sessions?|briefings?|launch(?:es)?|opening|exhibitions?"
    r"|symposi(?:um|a)|seminars?|forums?|workshops?|lectures?|talks|hearings?|congress(?:es)?|webinars?|courses?"
    r"|training|speech(?:es)?|tours?|trips?|dinners?|lunch(?:es)?|receptions?|screenings?|shows?|performances?"
    # ("a panel ... prepared with the head of forecasting at the Meteorological Service": a panel, whoever prepared it)
    r"|panels?|round\s*tables?|roundtables?|debates?|dialogues?|keynotes?|panel\s+discussions?"
    # ("the Seasonal Climate Prediction of the Meteorological Agency will be presented on Tuesday": a presentation,
    # as "the outlook is to be unveiled on Monday" is, however much the forecast speaks of rain)
    r"|presentations?|(?:will|shall|is\s+to|are\s+to)\s+be\s+(?:presented|unveiled|launched|released\s+at)"
    # ("la partita si gioca domenica nonostante la pioggia", "le marché a lieu samedi malgré les averses")
    r"|riunion[ei]|incontr[oi]|convegn[oi]|partit[ae]|gar[ae]|fier[ae]|mostr[ae]|concert[oi]|festa|sagra"
    r"|reuni[oó]n|conferencia|partido|feria|reunião|jogo|feira|réunion|conférence|marché|fête|sitzung|konferenz"
    r"|konzert|spiel|messe|markt|fest)\b",
    re.IGNORECASE)


def weather(sentence: str) -> bool:
    """Does the sentence tell the weather, and of no gathering?"""
    return _WEATHER.search(sentence) is not None and _GATHERING.search(sentence) is None
