"""A country named as the state a diplomatic mission or envoy represents: not where its events happen. Pure.

    "Embajada de Colombia" in Montevideo, "the Embassy of India" in Abu Dhabi, "Ambasciata d'Italia" in Belgrade,
    "Botschaft der Tschechischen Republik" in Berlin, "Consulat général de France" in San Francisco

A mission stands in its host country; the country of its name is the one that sends it. A careful reader puts the
mission's reception or open day on the host's clock, never on the sending state's.
"""

from __future__ import annotations

import re

# The mission's or envoy's word, then "of" as each language says it, right before the country's name (an article or
# "Republic of" may come between).
_MISSION_OF = re.compile(
    r"(?:\b(?:Embass(?:y|ies)|High\s+Commission(?:er)?|Consulate(?:[\s-]+General)?|Consul(?:[\s-]+General)?"
    r"|Permanent\s+Mission|Ambassadors?|Charg[ée]\s+d'Affaires)\s+of\s+(?:the\s+)?"
    r"|\b(?:Embajad(?:a|or|ora)|Consulado(?:\s+General)?|C[óo]nsul(?:\s+General)?|Misi[óo]n\s+Permanente)"
    r"\s+(?:de\s+(?:la\s+)?|del\s+)"
    r"|\b(?:Embaixad(?:a|or|ora)|Consulado(?:[\s-]+Geral)?|C[ôo]nsul(?:[\s-]+Geral)?)\s+(?:d[oa]s?\s+|de\s+)"
    r"|\b(?:Ambasciat(?:a|ore|rice)|Consolato(?:\s+Generale)?|Console(?:\s+Generale)?)\s+(?:d'|di\s+|dell'|della\s+|del\s+)"
    r"|\b(?:Ambassade|Ambassadeur|Ambassadrice|Consulat(?:\s+g[ée]n[ée]ral)?|Consul(?:\s+g[ée]n[ée]ral)?"
    r"|Mission\s+permanente)\s+(?:de\s+(?:la\s+)?|d'|du\s+|des\s+)"
    r"|\b(?:Botschaft|Botschafter(?:in)?|Generalkonsulat|Konsulat|St[äa]ndige\s+Vertretung)\s+(?:von\s+|der\s+|des\s+)"
    r")(?:(?:Republic|Kingdom|State|Rep[úu]blica|Reino|Estado|Repubblica|Regno|R[ée]publique|Royaume|Republik"
    r"|K[öo]nigreich)\s+(?:of\s+|de\s+|di\s+|d'|del\s+|du\s+|der\s+)?(?:the\s+|la\s+)?)?$",
    re.IGNORECASE)
_REACH = 60  # characters before the country's name where the mission's word stands


def sending_state(text: str, start: int) -> bool:
    """Is the country named at `start` the state a mission or envoy named right before it represents?"""
    return _MISSION_OF.search(text, max(0, start - _REACH), start) is not None
