"""Keyword rules for ACLED's six event types: the coder used before any model is trained.

Each type has cue phrases with weights; a report's type is the one with the highest total,
and its first cue is the span. The cue lists paraphrase the definitions of the ACLED Codebook
(2019 and later): battles are armed clashes between organised armed groups; explosions/remote
violence are attacks where the attacker is not on the scene (bombs, IEDs, shelling, air and
drone strikes); violence against civilians is organised violence against unarmed people; riots
are violent demonstrations and mob violence; protests are peaceful demonstrations; strategic
developments are non-violent but significant events (arrests, looting, agreements,
displacement, recruitment). They are transparent and fast, and also serve as the "keyword
rules" baseline of the benchmark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tocsin.coding.text import fold

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
RIOTS = "Riots"
PROTESTS = "Protests"
STRATEGIC = "Strategic developments"
EVENT_TYPES = (BATTLES, EXPLOSIONS, VAC, RIOTS, PROTESTS, STRATEGIC)

CUES: dict[str, dict[str, float]] = {
    BATTLES: {
        "clash": 1.5, "clashed": 1.5, "clashes": 1.5, "armed clash": 2, "fighting": 1.5,
        "fought": 1.5, "exchange of fire": 2, "exchanged fire": 2, "gunfight": 2, "firefight": 2,
        "gun battle": 2, "encounter": 1.5, "ambush": 1.5, "ambushed": 1.5, "repelled": 1.5,
        "offensive": 1, "militants": 0.5, "soldiers": 0.5, "military": 0.5, "troops": 0.5,
        "army": 0.5, "jihadists": 0.5, "rebels": 0.5, "attacked a military": 2,
        "attacked an army": 2, "attacked a police": 1.5, "military post": 1, "neutralized": 1,
        "neutralised": 1, "combat": 1.5,
    },
    EXPLOSIONS: {
        "ied": 3, "improvised explosive": 3, "explosive": 2, "explosives": 2, "landmine": 3,
        "mine": 1.5, "bomb": 2, "bombs": 2, "bombing": 2.5, "blast": 2, "exploded": 2.5,
        "explosion": 2.5, "airstrike": 3, "airstrikes": 3, "air strike": 3, "air strikes": 3,
        "drone": 2.5, "shelling": 3, "shelled": 3, "mortar": 3, "rocket": 2.5, "rockets": 2.5,
        "grenade": 2.5, "suicide bomber": 3, "artillery": 2.5, "missile": 2.5, "bombed": 2.5,
        "detonated": 2.5, "aerial": 2,
    },
    VAC: {
        "civilian": 1.5, "civilians": 1.5, "villagers": 1.5, "abducted": 2.5, "kidnapped": 2.5,
        "abduction": 2.5, "kidnapping": 2.5, "executed": 1.5, "raped": 2.5, "rape": 2,
        "murdered": 2,
        "shot dead": 1.5, "killed a man": 1.5, "killed a civilian": 2.5, "gunmen": 1.5,
        "armed men": 1.5, "unidentified armed": 1, "slit the throat": 2.5, "beheaded": 2,
        "attacked the village": 1.5, "residents": 1, "a man": 0.5, "a woman": 1, "a trader": 1,
        "a farmer": 1, "his home": 1, "hacked": 1.5, "tortured": 2, "assaulted": 1,
    },
    RIOTS: {
        "mob": 2.5, "rioters": 3, "riot": 2.5, "rioting": 2.5, "violent demonstration": 3,
        "vandalised": 2, "vandalized": 2, "ransacked": 1.5, "pelted": 2, "stones": 1.5,
        "set fire": 1, "torched": 1.5, "burned tyres": 2, "burnt tyres": 2, "burning tyres": 2,
        "barricades": 1.5, "lynched": 2.5, "supporters": 1, "clashed with police": 2,
        "clashed with the police": 2, "tear gas": 1, "teargas": 1, "angry": 1, "stormed": 1.5,
        "beat": 1, "beaten": 1, "thrashed": 1.5, "injured in a clash": 2, "brawl": 2,
        "group of youths": 1.5, "communal": 1.5,
    },
    PROTESTS: {
        "protest": 2, "protested": 2.5, "protesters": 2, "protestors": 2, "demonstration": 2,
        "demonstrated": 2.5, "demonstrators": 2, "rally": 2, "rallied": 2, "march": 1.5,
        "marched": 2, "sit-in": 3, "strike": 1.5, "went on strike": 2.5, "hartal": 2,
        "human chain": 3, "staged": 1.5, "gathered": 1, "demanding": 1.5, "demanded": 1.5,
        "petition": 1, "memorandum": 2, "denounce": 1, "size=": 1.5, "against the": 0.5,
        "shutdown": 1, "boycott": 1.5, "held a": 1,
    },
    STRATEGIC: {
        "arrested": 2, "arrest": 1.5, "looted": 2.5, "looting": 2.5, "seized": 1.5,
        "recovered": 1.5, "defused": 2.5, "agreement": 2, "ceasefire": 2, "signed": 1.5,
        "displaced": 2, "displacement": 2.5, "fled": 1.5, "surrendered": 2, "recruited": 2,
        "recruitment": 2, "base": 1, "curfew": 2, "deployed": 1.5, "banned": 1.5, "ban": 1,
        "stole": 2, "stolen": 2, "burned down": 1, "destroyed": 1, "took control": 1.5,
        "peace": 1.5, "negotiations": 2, "released": 1.5, "warned": 1.5, "ordered": 1,
        "sabotaged": 1.5, "threatened": 1, "ultimatum": 2, "closed": 1, "cattle": 1,
        "livestock": 1, "weapons cache": 2, "dismantled": 1.5, "patrol": 1,
    },
}
# When two types tie, the more specific ACLED type wins (the codebook's own precedence:
# a bombing of civilians is an explosion, a mob killing is a riot).
PRECEDENCE = (EXPLOSIONS, VAC, RIOTS, BATTLES, PROTESTS, STRATEGIC)

_PATTERNS = {
    label: re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(cues, key=len, reverse=True))
        + r")(?!\w)"
    )
    for label, cues in CUES.items()
}


@dataclass(frozen=True)
class RuleVerdict:
    label: str
    confidence: float
    span: tuple[int, int] | None
    scores: dict[str, float]
    spans: dict[str, tuple[int, int]]


@lru_cache(maxsize=512)
def rule_scores(text: str) -> tuple[dict[str, float], dict[str, tuple[int, int]]]:
    """Total cue weight per type, and each type's first cue span.

    Kept for the last few hundred texts: the trained coder reads the scores as inputs and
    then the spans, so a batch asks twice. Callers must not change the returned dicts."""
    folded = fold(text)
    scores: dict[str, float] = {}
    spans: dict[str, tuple[int, int]] = {}
    for label, pattern in _PATTERNS.items():
        total = 0.0
        for match in pattern.finditer(folded):
            key = " ".join(match.group().split())
            total += CUES[label].get(key, 1.0)
            spans.setdefault(label, match.span())
        scores[label] = total
    return scores, spans


def apply_rules(text: str) -> RuleVerdict:
    scores, spans = rule_scores(text)
    best = max(PRECEDENCE, key=lambda label: (scores[label], -PRECEDENCE.index(label)))
    total = sum(scores.values())
    if total == 0:
        return RuleVerdict(STRATEGIC, 0.2, None, scores, spans)
    return RuleVerdict(best, round(scores[best] / total, 4), spans.get(best), scores, spans)
