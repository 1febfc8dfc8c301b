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

from tocsin.risk.predictor_scales import (
    PER_1000_BIRTHS,
    PLAIN,
    Log2Count,
    Log2Ratio,
    Scale,
    Squared,
    SquaredChange,
)

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
    #: What a value above the typical one means; `low`, what a value below it means.
    label: str
    risk_factors: tuple[int, ...]
    low: str = ""
    #: How its value is shown: the model's transform undone (`predictor_scales`).
    scale: Scale = PLAIN

    def worded(self, value: float, typical: float) -> str:
        """The driver as it applies to the country: a low value read with the high end's words
        says the opposite of the truth ("religious freedom is respected" of a country with
        little), so the words follow the side of typical the country's value is on."""
        return self.low if self.low and value < typical else self.label


def _p(name: str, high: str, low: str, *factors: int, scale: Scale = PLAIN) -> PredictorInfo:
    return PredictorInfo(name, high, tuple(factors), low, scale)


#: EWP's transforms (its data preparation script): log2(x + 1) of counts, log2 of the
#: population, the square root of infant mortality.
_COUNT = Log2Count()
_IMR = Squared(unit=PER_1000_BIRTHS)


_TABLE: tuple[PredictorInfo, ...] = (
    # EWP's 39 predictors.
    _p("widetargeting", "a mass killing under way targets several groups",
       "no mass killing under way targets several groups", 2, 11),
    _p("narrowtargeting", "a mass killing under way targets one group",
       "no mass killing under way targets one group", 2, 10),
    _p("v2csgender_binary", "women are kept out of civil society",
       "women are not kept out of civil society", 6),
    _p("v2mecenefm_binary", "the government routinely censors the media",
       "the government does not routinely censor the media", 6, 7),
    _p("partyban.new.0", "one-party or no-party rule: all other parties banned",
       "other parties are allowed (not one-party rule)", 6, 7),
    _p("partyban.new.1", "some or many political parties are banned",
       "no partial ban on parties (all or none are banned)", 6, 7),
    _p("partyban.new.2", "no political party is banned", "some or all other parties are banned",
       6),
    _p("minorityrule", "a minority social group monopolises political power",
       "no minority social group monopolises political power", 4, 9),
    _p("judicialreform", "the judiciary's powers were enlarged",
       "the judiciary's powers were cut", 3, 7),
    _p("religiousfreedom", "much religious freedom", "little religious freedom", 9),
    _p("pol_killing_approved", "the state practises or condones political killings",
       "the state does not practise or condone political killings", 2, 7),
    _p("freediscussion", "people can speak and discuss freely",
       "people cannot speak and discuss freely", 6),
    _p("social_inequality", "some social groups have far fewer civil liberties",
       "civil liberties are shared more equally across social groups", 9),
    _p("even_civilrights", "civil liberties are respected evenly across regions",
       "civil liberties are respected unevenly across regions", 3, 9),
    _p("repress_civilsoc", "the state severely represses civil society",
       "the state represses civil society little", 6, 7),
    _p("social_power_dist", "political power is concentrated in some social groups",
       "political power is spread across social groups", 4, 9),
    _p("ses_power_dist", "political power is spread evenly across wealth groups",
       "political power is concentrated in the wealthy", 9),
    _p("popsize.log2", "large population", "small population",
       scale=Log2Count(plus_one=False)),
    _p("gdppcgrowth", "strong economic growth per person",
       "weak economic growth per person", 1),
    _p("un_imr_sqrt", "high infant mortality (poverty, weak state services)",
       "low infant mortality", 1, 3, scale=_IMR),
    _p("efindex", "much ethnic fractionalisation", "little ethnic fractionalisation", 9),
    _p("discrimpop", "a large share of the population faces political discrimination",
       "a small share of the population faces political discrimination", 9),
    _p("reg.na", "region: the Americas", "region: not the Americas"),
    _p("reg.eap", "region: East Asia and Pacific", "region: not East Asia and Pacific"),
    _p("reg.sca", "region: South and Central Asia", "region: not South and Central Asia"),
    _p("reg.mna", "region: Middle East and North Africa",
       "region: not Middle East and North Africa"),
    _p("reg.eur", "region: Europe", "region: not Europe"),
    _p("ios.iccpr1", "the state is party to the ICCPR's first optional protocol",
       "the state is not party to the ICCPR's first optional protocol", 3, 6),
    _p("battledeaths.log2", "many battle deaths in armed conflict",
       "few or no battle deaths in armed conflict", 1, scale=_COUNT),
    _p("coup.try.5yr", "a coup was attempted in the last five years",
       "no coup attempt in the last five years", 1, 8),
    _p("mk_ongoing_count_log2", "mass killings under way", "no mass killing under way", 2, 11,
       scale=_COUNT),
    _p("mean_mk_onset_interaction", "many past mass-killing onsets",
       "few or no past mass-killing onsets", 2),
    _p("mk_onset_prev_year", "a mass killing began last year",
       "no mass killing began last year", 2, 11),
    _p("newcountry", "the state is new (two years or less)",
       "the state is not new (over two years)", 1),
    _p("mk_ever", "the state has a record of mass killing",
       "the state has no record of mass killing", 2),
    _p("year_sq", "time trend (squared)", ""),
    _p("year", "time trend", ""),
    _p("countryage.new.log2", "an old state", "a young state", 1,
       scale=Log2Count(unit="years")),
    _p("includesnonstate", "coding covers non-state perpetrators (after 1988)", ""),
    # Inputs Tocsin adds (tocsin.risk.features).
    _p("mk_onset_now", "a mass killing began this year", "no mass killing began this year",
       2, 11),
    _p("mk_ongoing_now", "a mass killing is under way", "no mass killing is under way", 2, 11),
    _p("years_since_onset", "many years since the last mass-killing onset",
       "few years since the last mass-killing onset", 2),
    _p("years_since_mk", "many years since a mass killing was last under way",
       "few years since a mass killing was last under way", 2),
    _p("battledeaths_max3", "many battle deaths in the worst of the last three years",
       "few or no battle deaths in the last three years", 1, scale=_COUNT),
    _p("battledeaths_lag1", "many battle deaths last year", "few or no battle deaths last year",
       1, scale=_COUNT),
    _p("gdppcgrowth_mean3", "strong economic growth over three years",
       "weak economic growth over three years", 1),
    _p("coup_new", "a coup was attempted this year", "no coup attempt this year", 8),
    _p("freediscussion_change3", "free discussion grew over three years",
       "free discussion shrank over three years", 6, 7),
    _p("even_civilrights_change3", "civil liberties became more equal over three years",
       "civil liberties became less equal over three years", 9),
    _p("ses_power_dist_change3", "power spread more evenly across wealth over three years",
       "power concentrated in the wealthy over three years", 9),
    _p("social_power_dist_change3", "power concentrated in some groups over three years",
       "power spread across groups over three years", 4, 9),
    _p("pol_killing_approved_change3", "political killings grew over three years",
       "political killings fell over three years", 2, 7),
    _p("repress_civilsoc_change3", "repression of civil society grew over three years",
       "repression of civil society eased over three years", 7),
    _p("religiousfreedom_change3", "religious freedom grew over three years",
       "religious freedom shrank over three years", 9),
    _p("judicialreform_change3", "the judiciary gained power over three years",
       "the judiciary lost power over three years", 3, 7),
    _p("battledeaths.log2_change3", "battle deaths rose over three years",
       "battle deaths fell over three years", 1, 8, scale=Log2Ratio()),
    _p("un_imr_sqrt_change3", "infant mortality rose over three years",
       "infant mortality fell over three years", 1, scale=SquaredChange(unit=PER_1000_BIRTHS)),
    _p("discrimpop_change3", "the discriminated share grew over three years",
       "the discriminated share shrank over three years", 9),
    _p("v2mecenefm_binary_change3", "media censorship began within three years",
       "media censorship ended within three years", 7),
    _p("region_mk_ongoing_share", "many mass killings under way elsewhere in the region",
       "few mass killings under way elsewhere in the region", 8),
    _p("region_battle_share", "much armed conflict elsewhere in the region",
       "little armed conflict elsewhere in the region", 1, 8),
    _p("world_onsets_3yr", "many mass-killing onsets worldwide in three years",
       "few mass-killing onsets worldwide in three years"),
)  # fmt: skip

PREDICTOR_MAP: dict[str, PredictorInfo] = {info.name: info for info in _TABLE}


def level_input(name: str) -> str | None:
    """The input a change is a change of (``un_imr_sqrt`` for ``un_imr_sqrt_change3``)."""
    base = name.removesuffix("_change3")
    return base if base != name else None


def describe(name: str) -> PredictorInfo:
    """What an input measures; an input not in the table is labelled by its own name."""
    return PREDICTOR_MAP.get(name, PredictorInfo(name, name, ()))


def risk_factor_titles(numbers: tuple[int, ...]) -> list[str]:
    return [f"{n}. {RISK_FACTORS[n]}" for n in numbers]
