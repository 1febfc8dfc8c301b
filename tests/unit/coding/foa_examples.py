# ruff: noqa: E501  (one example sentence per line reads better than wrapped strings)
"""Short fictional report sentences, each written to show one Framework of Analysis risk factor.

Places and people are invented. The coder should rank the intended risk factor in its top 3
for most of them (the measured share is recorded in docs/coding.md).
"""

from __future__ import annotations

import dataclasses

from tocsin.coding.base import ReportBatch
from tocsin.coding.indicators import FoaCoder

EXAMPLES: list[tuple[int, str]] = [
    # 1 armed conflict or other forms of instability
    (1, "Fighting between the army and the rebel movement has spread to three more districts since the ceasefire collapsed."),
    (1, "Soldiers seized the presidential palace overnight and announced the suspension of the constitution."),
    (1, "Prices of bread have tripled and the currency lost half its value in a month, with protests in every town."),
    # 2 record of serious violations
    (2, "Nobody was ever prosecuted for the 2009 massacre at Kelemi and the officers involved still hold command."),
    (2, "Villagers say the same unit has tortured and killed detainees for years without any investigation."),
    (2, "The government continues to deny that the earlier killings of the minority ever took place."),
    # 3 weakness of State structures
    (3, "The courts in the province have not sat for two years and judges take orders from the governor."),
    (3, "Police officers are unpaid for months and many sell their weapons; there is no civilian oversight of the security forces."),
    (3, "Corruption is so widespread that officials openly take bribes to release suspects."),
    # 4 motives or incentives
    (4, "The militia wants control of the gold mines and the land around the river, which the herders use."),
    (4, "Party leaders say the country belongs only to the majority and that the others are foreigners who must leave."),
    (4, "Commanders have been promised the farms of the displaced families once the area is cleared."),
    # 5 capacity to commit atrocity crimes
    (5, "Trucks unloaded crates of rifles and ammunition for the youth militia at the party office."),
    (5, "The regime has armed and trained thousands of irregular fighters loyal to the president's clan."),
    (5, "A neighbouring state is supplying the armed group with money, weapons and logistics."),
    # 6 absence of mitigating factors
    (6, "Foreign journalists have been expelled and the last independent radio station was closed."),
    (6, "The United Nations mission withdrew last year and no regional body is monitoring the situation."),
    (6, "Local civil society groups have been dissolved and their leaders are in exile."),
    # 7 enabling circumstances or preparatory action
    (7, "Parliament passed emergency laws suspending habeas corpus and giving the army powers of arrest without warrant."),
    (7, "Officials have drawn up lists of families from the minority in each neighbourhood."),
    (7, "Militias are setting up checkpoints and the minority's identity cards are being confiscated."),
    # 8 triggering factors
    (8, "The election results are due next week and both camps have said they will not accept defeat."),
    (8, "The assassination of the opposition leader on Sunday has sparked fears of reprisals."),
    (8, "The anniversary of the 1994 killings falls during the planned census of the eastern region."),
    # 9 intergroup tensions, discrimination
    (9, "Members of the minority are barred from public jobs and cannot register their land."),
    (9, "Clashes between the two communities over grazing land have intensified and markets are now segregated."),
    (9, "Children of the religious minority were refused entry to state schools."),
    # 10 intent to destroy a protected group
    (10, "The commander told his men that not one child of that tribe should survive."),
    (10, "Soldiers forcibly sterilised women of the ethnic minority in the detention camp."),
    (10, "Militia radio calls the group cockroaches and urges listeners to exterminate them."),
    # 11 widespread or systematic attack on civilians
    (11, "Entire villages were burned and hundreds of civilians killed in a coordinated campaign across the region."),
    (11, "Residents describe mass arrests, disappearances and torture of civilians in every town the army entered."),
    (11, "The same pattern of night raids and executions of civilians has been reported in twelve districts."),
    # 12 plan or policy to attack civilians
    (12, "Leaked orders show the ministry instructed units to target villages suspected of supporting the rebels."),
    (12, "Officials held planning meetings to organise the attacks on the opposition's neighbourhoods."),
    (12, "The state funds and directs the militia that is carrying out the raids on civilians."),
    # 13 threats to those protected under IHL
    (13, "Airstrikes hit the hospital and the market, which were clearly marked civilian objects."),
    (13, "Captured fighters were executed on the spot after they surrendered."),
    (13, "The warring parties have besieged the city and are blocking food and medicine from reaching civilians."),
    # 14 threats to humanitarian or peacekeeping operations
    (14, "Gunmen attacked an aid convoy and killed two humanitarian workers near the camp."),
    (14, "Peacekeepers from the UN mission came under fire while patrolling the buffer zone."),
    (14, "Authorities denied access to humanitarian agencies and seized their food supplies."),
]


def risk_factor_ranks(coder: FoaCoder, examples: list[tuple[int, str]]) -> list[int]:
    """Per example, the rank (1 = first) the coder gives its intended risk factor."""
    results = coder.code(ReportBatch([text for _, text in examples]))
    return [
        [int(s.code) for s in found if s.details["level"] == "risk_factor"].index(number) + 1
        for (number, _), found in zip(examples, results, strict=True)
    ]


def indicator_hits(coder: FoaCoder, examples: list[tuple[int, str]]) -> int:
    """How many examples get, as their likeliest indicator, one of their intended risk
    factor's: the examples are written per risk factor, not per indicator."""
    results = coder.code(ReportBatch([text for _, text in examples]))
    hits = 0
    for (number, _), found in zip(examples, results, strict=True):
        indicators = [s for s in found if s.details["level"] == "indicator"]
        hits += bool(indicators) and indicators[0].details["risk_factor"] == number
    return hits


def english_only(coder: FoaCoder) -> FoaCoder:
    """The same coder with the taxonomy's translations taken out: the baseline for reports
    in other languages."""
    factors = tuple(
        dataclasses.replace(
            f,
            translations={},
            indicators=tuple(dataclasses.replace(i, translations={}) for i in f.indicators),
        )
        for f in coder.taxonomy.risk_factors
    )
    return FoaCoder(taxonomy=dataclasses.replace(coder.taxonomy, risk_factors=factors))
