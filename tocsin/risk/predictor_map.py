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

from tocsin.domain.wording import N_
from tocsin.risk.predictor_scales import (
    PER_1000_BIRTHS,
    PLAIN,
    YEARS,
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
    _p("widetargeting", N_("a mass killing under way targets several groups"),
       N_("no mass killing under way targets several groups"), 2, 11),
    _p("narrowtargeting", N_("a mass killing under way targets one group"),
       N_("no mass killing under way targets one group"), 2, 10),
    _p("v2csgender_binary", N_("women are kept out of civil society"),
       N_("women are not kept out of civil society"), 6),
    _p("v2mecenefm_binary", N_("the government routinely censors the media"),
       N_("the government does not routinely censor the media"), 6, 7),
    _p("partyban.new.0", N_("one-party or no-party rule: all other parties banned"),
       N_("other parties are allowed (not one-party rule)"), 6, 7),
    _p("partyban.new.1", N_("some or many political parties are banned"),
       N_("no partial ban on parties (all or none are banned)"), 6, 7),
    _p("partyban.new.2", N_("no political party is banned"),
       N_("some or all other parties are banned"), 6),
    _p("minorityrule", N_("a minority social group monopolises political power"),
       N_("no minority social group monopolises political power"), 4, 9),
    _p("judicialreform", N_("the judiciary's powers were enlarged"),
       N_("the judiciary's powers were cut"), 3, 7),
    _p("religiousfreedom", N_("much religious freedom"), N_("little religious freedom"), 9),
    _p("pol_killing_approved", N_("the state practises or condones political killings"),
       N_("the state does not practise or condone political killings"), 2, 7),
    _p("freediscussion", N_("people can speak and discuss freely"),
       N_("people cannot speak and discuss freely"), 6),
    _p("social_inequality", N_("some social groups have far fewer civil liberties"),
       N_("civil liberties are shared more equally across social groups"), 9),
    _p("even_civilrights", N_("civil liberties are respected evenly across regions"),
       N_("civil liberties are respected unevenly across regions"), 3, 9),
    _p("repress_civilsoc", N_("the state severely represses civil society"),
       N_("the state represses civil society little"), 6, 7),
    _p("social_power_dist", N_("political power is concentrated in some social groups"),
       N_("political power is spread across social groups"), 4, 9),
    _p("ses_power_dist", N_("political power is spread evenly across wealth groups"),
       N_("political power is concentrated in the wealthy"), 9),
    _p("popsize.log2", N_("large population"), N_("small population"),
       scale=Log2Count(plus_one=False)),
    _p("gdppcgrowth", N_("strong economic growth per person"),
       N_("weak economic growth per person"), 1),
    _p("un_imr_sqrt", N_("high infant mortality (poverty, weak state services)"),
       N_("low infant mortality"), 1, 3, scale=_IMR),
    _p("efindex", N_("much ethnic fractionalisation"), N_("little ethnic fractionalisation"), 9),
    _p("discrimpop", N_("a large share of the population faces political discrimination"),
       N_("a small share of the population faces political discrimination"), 9),
    _p("reg.na", N_("region: the Americas"), N_("region: not the Americas")),
    _p("reg.eap", N_("region: East Asia and Pacific"), N_("region: not East Asia and Pacific")),
    _p("reg.sca", N_("region: South and Central Asia"), N_("region: not South and Central Asia")),
    _p("reg.mna", N_("region: Middle East and North Africa"),
       N_("region: not Middle East and North Africa")),
    _p("reg.eur", N_("region: Europe"), N_("region: not Europe")),
    _p("ios.iccpr1", N_("the state is party to the ICCPR's first optional protocol"),
       N_("the state is not party to the ICCPR's first optional protocol"), 3, 6),
    _p("battledeaths.log2", N_("many battle deaths in armed conflict"),
       N_("few or no battle deaths in armed conflict"), 1, scale=_COUNT),
    _p("coup.try.5yr", N_("a coup was attempted in the last five years"),
       N_("no coup attempt in the last five years"), 1, 8),
    _p("mk_ongoing_count_log2", N_("mass killings under way"),
       N_("no mass killing under way"), 2, 11, scale=_COUNT),
    _p("mean_mk_onset_interaction", N_("many past mass-killing onsets"),
       N_("few or no past mass-killing onsets"), 2),
    _p("mk_onset_prev_year", N_("a mass killing began last year"),
       N_("no mass killing began last year"), 2, 11),
    _p("newcountry", N_("the state is new (two years or less)"),
       N_("the state is not new (over two years)"), 1),
    _p("mk_ever", N_("the state has a record of mass killing"),
       N_("the state has no record of mass killing"), 2),
    _p("year_sq", N_("time trend (squared)"), ""),
    _p("year", N_("time trend"), ""),
    _p("countryage.new.log2", N_("an old state"), N_("a young state"), 1,
       scale=Log2Count(unit=YEARS)),
    _p("includesnonstate", N_("coding covers non-state perpetrators (after 1988)"), ""),
    # Inputs Tocsin adds (tocsin.risk.features).
    _p("mk_onset_now", N_("a mass killing began this year"), N_("no mass killing began this year"),
       2, 11),
    _p("mk_ongoing_now", N_("a mass killing is under way"),
       N_("no mass killing is under way"), 2, 11),
    _p("years_since_onset", N_("many years since the last mass-killing onset"),
       N_("few years since the last mass-killing onset"), 2),
    _p("years_since_mk", N_("many years since a mass killing was last under way"),
       N_("few years since a mass killing was last under way"), 2),
    _p("battledeaths_max3", N_("many battle deaths in the worst of the last three years"),
       N_("few or no battle deaths in the last three years"), 1, scale=_COUNT),
    _p("battledeaths_lag1", N_("many battle deaths last year"),
       N_("few or no battle deaths last year"), 1, scale=_COUNT),
    _p("gdppcgrowth_mean3", N_("strong economic growth over three years"),
       N_("weak economic growth over three years"), 1),
    _p("coup_new", N_("a coup was attempted this year"), N_("no coup attempt this year"), 8),
    _p("freediscussion_change3", N_("free discussion grew over three years"),
       N_("free discussion shrank over three years"), 6, 7),
    _p("even_civilrights_change3", N_("civil liberties became more equal over three years"),
       N_("civil liberties became less equal over three years"), 9),
    _p("ses_power_dist_change3", N_("power spread more evenly across wealth over three years"),
       N_("power concentrated in the wealthy over three years"), 9),
    _p("social_power_dist_change3", N_("power concentrated in some groups over three years"),
       N_("power spread across groups over three years"), 4, 9),
    _p("pol_killing_approved_change3", N_("political killings grew over three years"),
       N_("political killings fell over three years"), 2, 7),
    _p("repress_civilsoc_change3", N_("repression of civil society grew over three years"),
       N_("repression of civil society eased over three years"), 7),
    _p("religiousfreedom_change3", N_("religious freedom grew over three years"),
       N_("religious freedom shrank over three years"), 9),
    _p("judicialreform_change3", N_("the judiciary gained power over three years"),
       N_("the judiciary lost power over three years"), 3, 7),
    _p("battledeaths.log2_change3", N_("battle deaths rose over three years"),
       N_("battle deaths fell over three years"), 1, 8, scale=Log2Ratio()),
    _p("un_imr_sqrt_change3", N_("infant mortality rose over three years"),
       N_("infant mortality fell over three years"), 1, scale=SquaredChange(unit=PER_1000_BIRTHS)),
    _p("discrimpop_change3", N_("the discriminated share grew over three years"),
       N_("the discriminated share shrank over three years"), 9),
    _p("v2mecenefm_binary_change3", N_("media censorship began within three years"),
       N_("media censorship ended within three years"), 7),
    _p("region_mk_ongoing_share", N_("many mass killings under way elsewhere in the region"),
       N_("few mass killings under way elsewhere in the region"), 8),
    _p("region_battle_share", N_("much armed conflict elsewhere in the region"),
       N_("little armed conflict elsewhere in the region"), 1, 8),
    _p("world_onsets_3yr", N_("many mass-killing onsets worldwide in three years"),
       N_("few mass-killing onsets worldwide in three years")),
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
