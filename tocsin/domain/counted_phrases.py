"""The level rule's counted reasons, in English forms for one and for many.

The rule first wrote its counted reasons with one English form for every count ("1 verified
signal(s)"), and level changes recorded then keep that wording's template in their parts.
`REWORDED` maps each such template to the phrase that replaced it, so that a change stored
then is told in the same words as a new one: in English with its proper form, and in every
other language through the catalog entry that now holds the translation.
"""

from __future__ import annotations

from tocsin.domain.wording import N_plural

VERIFIED_SIGNALS = N_plural(
    "{count} verified signal in the last {days} days, of risk factor {factors}",
    "{count} verified signals in the last {days} days across risk factors {factors}",
)
CRIME_SPECIFIC_SIGNALS = N_plural(
    "{count} signal of crime-specific risk factors ({factors}) reaches the threshold of "
    "{threshold}",
    "{count} signals of crime-specific risk factors ({factors}) reach the threshold of "
    "{threshold}",
)
RISK_FACTORS_WITH_SPECIFIC = N_plural(
    "{count} risk factor (threshold {threshold}) including {specific} crime-specific ones "
    "(threshold {specific_threshold})",
    "{count} risk factors (threshold {threshold}) including {specific} crime-specific ones "
    "(threshold {specific_threshold})",
)
RISK_FACTORS = N_plural(
    "{count} risk factor reaches the threshold of {threshold}",
    "{count} risk factors reach the threshold of {threshold}",
)
WITHDRAWN_SIGNALS = N_plural(
    "a report was reopened or rejected: the {count} signal it gave no longer counts",
    "a report was reopened or rejected: the {count} signals it gave no longer count",
)

# Former template (its singular and plural were the same text) -> the phrase now used.
REWORDED: dict[str, tuple[str, str]] = {
    "{count} verified signal(s) in the last {days} days across risk factors {factors}": (
        VERIFIED_SIGNALS
    ),
    "{count} signals of crime-specific risk factors ({factors}) reach the threshold of "
    "{threshold}": CRIME_SPECIFIC_SIGNALS,
    "{count} risk factors (threshold {threshold}) including {specific} crime-specific ones "
    "(threshold {specific_threshold})": RISK_FACTORS_WITH_SPECIFIC,
    "{count} risk factors reach the threshold of {threshold}": RISK_FACTORS,
    "a report was reopened or rejected: the {count} signal(s) it gave no longer count": (
        WITHDRAWN_SIGNALS
    ),
}
