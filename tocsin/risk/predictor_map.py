"""What each forecast input measures, and which UN Framework of Analysis risk factor it evidences.

The structural forecast speaks in EWP's variables; analysts think in the 14 risk factors of the
UN Framework of Analysis for Atrocity Crimes (2014). This table links the two so that a
forecast's drivers can be read as risk factors. It is data, kept in this one place: an input may
evidence several risk factors, and a few (population size, the year) evidence none and say so.
The links are Tocsin's reading of what each variable measures (EWP's codebook and the V-Dem
indicators they come from), not part of the Framework.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Official numbers and titles of the Framework's 14 risk factors.
RISK_FACTORS: dict[int, str] = {
    1: "Situations of armed conflict or other forms of instability",
    2: "Record of serious violations of international human rights and humanitarian law",
    3: "Weakness of State structures",
    4: "Motives or incentives",
    5: "Capacity to commit atrocity crimes",
    6: "Absence of mitigating factors",
    7: "Enabling circumstances or preparatory action",
    8: "Triggering factors",
    9: "Intergroup tensions or patterns of discrimination against protected groups",
    10: "Signs of an intent to destroy in whole or in part a protected group",
    11: "Signs of a widespread or systematic attack against any civilian population",
    12: "Signs of a plan or policy to attack any civilian population",
    13: "Serious threats to those protected under international humanitarian law",
    14: "Serious threats to humanitarian or peacekeeping operations",
}


@dataclass(frozen=True)
class PredictorInfo:
    name: str
    label: str
    risk_factors: tuple[int, ...]


def _p(name: str, label: str, *factors: int) -> PredictorInfo:
    return PredictorInfo(name, label, tuple(factors))


_TABLE: tuple[PredictorInfo, ...] = (
    # EWP's 39 predictors.
    _p("widetargeting", "a mass killing under way targets several groups", 2, 11),
    _p("narrowtargeting", "a mass killing under way targets one group", 2, 10),
    _p("v2csgender_binary", "women are kept out of civil society", 6),
    _p("v2mecenefm_binary", "the government routinely censors the media", 6, 7),
    _p("partyban.new.0", "one-party or no-party rule: all other parties banned", 6, 7),
    _p("partyban.new.1", "some or many political parties are banned", 6, 7),
    _p("partyban.new.2", "no political party is banned", 6),
    _p("minorityrule", "a minority social group monopolises political power", 4, 9),
    _p("judicialreform", "the judiciary's powers were cut (low) or enlarged (high)", 3, 7),
    _p("religiousfreedom", "religious freedom is respected", 9),
    _p("pol_killing_approved", "the state practises or condones political killings", 2, 7),
    _p("freediscussion", "people can speak and discuss freely", 6),
    _p("social_inequality", "some social groups have far fewer civil liberties", 9),
    _p("even_civilrights", "civil liberties are respected evenly across regions", 3, 9),
    _p("repress_civilsoc", "the state severely represses civil society", 6, 7),
    _p("social_power_dist", "political power is concentrated in some social groups", 4, 9),
    _p("ses_power_dist", "political power is spread evenly across wealth groups", 9),
    _p("popsize.log2", "population size (log)"),
    _p("gdppcgrowth", "economic growth per person", 1),
    _p("un_imr_sqrt", "infant mortality (poverty, weak state services)", 1, 3),
    _p("efindex", "ethnic fractionalisation", 9),
    _p("discrimpop", "share of the population facing political discrimination", 9),
    _p("reg.na", "region: the Americas"),
    _p("reg.eap", "region: East Asia and Pacific"),
    _p("reg.sca", "region: South and Central Asia"),
    _p("reg.mna", "region: Middle East and North Africa"),
    _p("reg.eur", "region: Europe"),
    _p("ios.iccpr1", "the state is party to the ICCPR's first optional protocol", 3, 6),
    _p("battledeaths.log2", "battle deaths in armed conflict (log)", 1),
    _p("coup.try.5yr", "a coup was attempted in the last five years", 1, 8),
    _p("mk_ongoing_count_log2", "mass killings under way (log count)", 2, 11),
    _p("mean_mk_onset_interaction", "number of past mass-killing onsets", 2),
    _p("mk_onset_prev_year", "a mass killing began last year", 2, 11),
    _p("newcountry", "the state is new (two years or less)", 1),
    _p("mk_ever", "the state has a record of mass killing", 2),
    _p("year_sq", "time trend (squared)"),
    _p("year", "time trend"),
    _p("countryage.new.log2", "age of the state (log)", 1),
    _p("includesnonstate", "coding covers non-state perpetrators (after 1988)"),
    # Inputs Tocsin adds (tocsin.risk.features).
    _p("mk_onset_now", "a mass killing began this year", 2, 11),
    _p("mk_ongoing_now", "a mass killing is under way", 2, 11),
    _p("years_since_onset", "years since the last mass-killing onset", 2),
    _p("years_since_mk", "years since a mass killing was last under way", 2),
    _p("battledeaths_max3", "worst battle deaths of the last three years", 1),
    _p("battledeaths_lag1", "battle deaths last year", 1),
    _p("gdppcgrowth_mean3", "economic growth over three years", 1),
    _p("coup_new", "a coup was attempted this year", 8),
    _p("freediscussion_change3", "change in free discussion over three years", 6, 7),
    _p("even_civilrights_change3", "change in equal civil liberties over three years", 9),
    _p("ses_power_dist_change3", "change in power spread across wealth over three years", 9),
    _p("social_power_dist_change3", "change in power held by some groups over three years", 4, 9),
    _p("pol_killing_approved_change3", "change in political killings over three years", 2, 7),
    _p("repress_civilsoc_change3", "change in repression of civil society over three years", 7),
    _p("religiousfreedom_change3", "change in religious freedom over three years", 9),
    _p("judicialreform_change3", "change in judicial independence over three years", 3, 7),
    _p("battledeaths.log2_change3", "change in battle deaths over three years", 1, 8),
    _p("un_imr_sqrt_change3", "change in infant mortality over three years", 1),
    _p("discrimpop_change3", "change in the discriminated share over three years", 9),
    _p("v2mecenefm_binary_change3", "change in media censorship over three years", 7),
    _p("region_mk_ongoing_share", "mass killings under way elsewhere in the region", 8),
    _p("region_battle_share", "armed conflict elsewhere in the region", 1, 8),
    _p("world_onsets_3yr", "mass-killing onsets worldwide in three years"),
)

PREDICTOR_MAP: dict[str, PredictorInfo] = {info.name: info for info in _TABLE}


def describe(name: str) -> PredictorInfo:
    """What an input measures; an input not in the table is labelled by its own name."""
    return PREDICTOR_MAP.get(name, PredictorInfo(name, name, ()))


def risk_factor_titles(numbers: tuple[int, ...]) -> list[str]:
    return [f"{n}. {RISK_FACTORS[n]}" for n in numbers]
