"""Cross-coder evidence: an incitement finding is itself Framework of Analysis evidence.

The Framework names incitement and hate speech among its indicators (7.14 inflammatory rhetoric
and hate speech, 8.7 acts of incitement); dehumanising language is 13.5. When the incitement
detector fires, those indicators get at least its score, with its span, even where the sentence
model found the wording too far from the indicator's description.
"""

from __future__ import annotations

from functools import lru_cache

from tocsin.coding.coding import Coding, IndicatorCode, RiskFactorCode
from tocsin.domain.taxonomy import Taxonomy, load_taxonomy

INCITEMENT_INDICATORS = ("7.14", "8.7")
BY_CUE = {"dehumanising": ("13.5",), "call_to_violence": ("10.1",), "threat": ()}


@lru_cache(maxsize=1)
def _taxonomy() -> Taxonomy:
    return load_taxonomy()


def fuse_incitement(
    coding: Coding, top: int, taxonomy: Taxonomy | None = None, top_factors: int = 5
) -> Coding:
    """``top`` indicators and ``top_factors`` risk factors are kept, as the coders give.

    ``taxonomy`` is the one the indicator coder reads (an administrator's corrected file,
    perhaps); the shipped one when the pipeline has no indicator coder."""
    finding = coding.incitement
    if not finding.detected or finding.source == "model":
        # The learned model alone has no cue to show: its opinion stays in `incitement` and
        # suggests no indicator, so nothing on the review page is ticked from it alone.
        return coding
    taxonomy = taxonomy or _taxonomy()
    codes = INCITEMENT_INDICATORS + BY_CUE.get(finding.cue or "", ())
    indicators = {i.code: i for i in coding.indicators}
    factors = {f.number: f for f in coding.risk_factors}
    for code in codes:
        try:
            indicator = taxonomy.indicator(code)
        except KeyError:  # an administrator's taxonomy may not have it
            continue
        current = indicators.get(code)
        if current is None or current.confidence < finding.score:
            indicators[code] = IndicatorCode(
                code=code,
                title=indicator.title,
                confidence=round(finding.score, 4),
                span=finding.span,
            )
        factor = factors.get(indicator.risk_factor)
        if factor is None or factor.confidence < finding.score:
            factors[indicator.risk_factor] = RiskFactorCode(
                number=indicator.risk_factor,
                title=taxonomy.risk_factor(indicator.risk_factor).title,
                confidence=round(finding.score, 4),
                span=finding.span,
            )
    # Stable on ties (the fused factors share the finding's score): by number.
    ranked = sorted(indicators.values(), key=lambda i: -i.confidence)[:top]
    ranked_factors = sorted(factors.values(), key=lambda f: (-f.confidence, f.number))
    ranked_factors = ranked_factors[:top_factors]
    return coding.model_copy(update={"indicators": ranked, "risk_factors": ranked_factors})
