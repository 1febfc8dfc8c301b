"""The demo: a fictional country, Verdania, through an election-period escalation.

Everything here is invented — country, places, groups and people — and deterministic: the same
reports, decisions and level changes every time. Dates are set relative to the day the demo is
loaded, so the watchlist always looks current.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from tocsin.accounts.service import Principal, add_user
from tocsin.domain.reports import Channel
from tocsin.domain.roles import Role
from tocsin.intake.forms import save_form
from tocsin.intake.service import (
    parse_submission,
    parse_verification,
    publish_report,
    reject_report,
    submit_report,
    verify_report,
)
from tocsin.network.subscribers import add_subscriber
from tocsin.reference.load import load_reference
from tocsin.respond.actions import record_action
from tocsin.risk.following import follow
from tocsin.risk.predictor_map import PREDICTOR_MAP, describe
from tocsin.risk.situations import ensure_situation, reassess_countries
from tocsin.store.models import Alert, Forecast, LevelChange, User
from tocsin.store.uow import Store

DEMO_PASSWORD = "tocsin-demo-2026"
LOGINS = [
    ("admin@demo.example.org", "Demo Admin", Role.ADMIN),
    ("analyst@demo.example.org", "Amara Analyst", Role.ANALYST),
    ("monitor@demo.example.org", "Mo Monitor", Role.MONITOR),
]


# The monitors' survey form, in the five languages of the pages: `/report?form=incident`, with
# `&lang=fr` (or the footer's choice), reads in French.
FORM_KEY = "incident"
FORM: dict[str, Any] = {
    "title": "Incident report",
    "titles": {
        "fr": "Signalement d'incident",
        "es": "Informe de incidente",
        "pt": "Relato de incidente",
        "ar": "بلاغ عن حادث",
    },
    "description": "For monitors of the Verdania network: one incident per report.",
    "descriptions": {
        "fr": "Pour les observateurs du réseau de Verdania : un incident par signalement.",
        "es": "Para los observadores de la red de Verdania: un incidente por informe.",
        "pt": "Para os observadores da rede de Verdania: um incidente por relato.",
        "ar": "لراصدي شبكة فيردانيا: حادث واحد في كل بلاغ.",
    },
    "fields": [
        {
            "name": "village",
            "label": "Village or neighbourhood",
            "labels": {
                "fr": "Village ou quartier",
                "es": "Pueblo o barrio",
                "pt": "Aldeia ou bairro",
                "ar": "القرية أو الحي",
            },
            "help": "The nearest village if you are not sure.",
            "helps": {
                "fr": "Le village le plus proche si vous n'êtes pas sûr.",
                "es": "El pueblo más cercano si no está seguro.",
                "pt": "A aldeia mais próxima, se não tiver certeza.",
                "ar": "أقرب قرية إن لم تكن متأكدًا.",
            },
            "kind": "text",
            "required": True,
        },
        {
            "name": "attackers",
            "label": "Who attacked?",
            "labels": {
                "fr": "Qui a attaqué ?",
                "es": "¿Quién atacó?",
                "pt": "Quem atacou?",
                "ar": "من هاجم؟",
            },
            "kind": "choice",
            "choices": ["security forces", "militia", "armed group", "unknown"],
            "choice_labels": {
                "fr": ["forces de sécurité", "milice", "groupe armé", "inconnu"],
                "es": ["fuerzas de seguridad", "milicia", "grupo armado", "desconocido"],
                "pt": ["forças de segurança", "milícia", "grupo armado", "desconhecido"],
                "ar": ["قوات الأمن", "ميليشيا", "جماعة مسلحة", "غير معروف"],
            },
        },
        {
            "name": "hurt",
            "label": "People injured or killed",
            "labels": {
                "fr": "Personnes blessées ou tuées",
                "es": "Personas heridas o muertas",
                "pt": "Pessoas feridas ou mortas",
                "ar": "عدد المصابين أو القتلى",
            },
            "kind": "number",
            "minimum": 0,
        },
    ],
}


@dataclass(frozen=True)
class DemoReport:
    days_ago: int
    title: str
    text: str
    admin1: str
    place: str
    indicators: tuple[str, ...] = ()
    decision: str = "verify"  # verify, publish, reject, leave
    event_type: str | None = None
    fatalities: int | None = None
    country: str = "XVD"


REPORTS: tuple[DemoReport, ...] = (
    DemoReport(
        150,
        "Opposition rally dispersed in Ostrel",
        "Police used batons and tear gas to disperse a rally of the Unity Front in "
        "Ostrel's central square. Dozens were arrested, among them two local organisers.",
        "Capital Region",
        "Ostrel",
        ("1.6", "1.10"),
        "publish",
        "Protests",
    ),
    DemoReport(
        132,
        "Land dispute between herders and farmers near Dalun",
        "Herders from the Kari community and Tamesh farmers clashed over grazing land near "
        "Dalun. Elders say water points have been fenced off since the dry season began.",
        "Eastern Plains",
        "Dalun",
        ("1.7", "9.4"),
        "verify",
        "Riots",
    ),
    DemoReport(
        120,
        "Radio host mocks Kari families",
        "A presenter on Voice of the Highlands said Kari families 'breed like rats' and "
        "urged listeners not to rent homes to them. The station did not retract.",
        "Northern Highlands",
        "Marvik",
        ("7.14", "8.7"),
        "verify",
    ),
    DemoReport(
        104,
        "New law restricts Kari language schools",
        "Parliament passed a law closing schools that teach in the Kari language, "
        "affecting an estimated 40,000 pupils in the Eastern Plains.",
        "Eastern Plains",
        "Kesra",
        ("9.1",),
        "publish",
        "Strategic developments",
    ),
    DemoReport(
        95,
        "Rumour of poisoned wells",
        "Unverified messages claim Kari herders poisoned wells. "
        "No sick people were found by the clinic in Benhollow.",
        "Eastern Plains",
        "Benhollow",
        (),
        "reject",
    ),
    DemoReport(
        80,
        "Youth militia training seen outside Marvik",
        "Residents report young men in matching shirts drilling with machetes and old "
        "rifles at a farm outside Marvik, led by a councillor of the ruling party.",
        "Northern Highlands",
        "Marvik",
        ("7.5", "12.8"),
        "verify",
        "Strategic developments",
    ),
    DemoReport(
        64,
        "Election campaign speech calls Kari 'cockroaches'",
        "At a campaign rally the regional governor said the Kari are cockroaches who must be "
        "swept out of the valley before the vote. The crowd chanted 'clean the valley'.",
        "Northern Highlands",
        "Marvik",
        ("7.14", "8.7", "8.8"),
        "verify",
    ),
    DemoReport(
        50,
        "Kari voters struck from the register",
        "Election officials removed names of thousands of Kari voters from the register in "
        "Kesra district, citing missing documents that were never required before.",
        "Eastern Plains",
        "Kesra",
        ("9.1", "8.8"),
        "verify",
    ),
    DemoReport(
        41,
        "Homes marked with red crosses in Dalun",
        "Overnight, red crosses were painted on the doors of Kari homes in Dalun. Families "
        "say they were told to leave before election day.",
        "Eastern Plains",
        "Dalun",
        ("7.12",),
        "verify",
    ),
    DemoReport(
        33,
        "Election day: shooting at polling station in Kesra",
        "Gunmen fired on voters queuing at a polling station in Kesra. Nine people were "
        "killed, all of them Kari according to the local clinic.",
        "Eastern Plains",
        "Kesra",
        ("8.8", "11.1", "10.2"),
        "verify",
        "Violence against civilians",
        9,
    ),
    DemoReport(
        26,
        "Displacement from Dalun to the border",
        "Several thousand Kari residents of Dalun fled toward the Kelmar border after night "
        "raids. Aid workers report shortages of water and shelter.",
        "Eastern Plains",
        "Dalun",
        ("11.6", "1.3"),
        "verify",
    ),
    DemoReport(
        18,
        "Village burned near Benhollow",
        "Militia members burned the Kari quarter of a village near Benhollow. Survivors "
        "report at least fourteen dead, including children.",
        "Eastern Plains",
        "Benhollow",
        ("10.7", "11.2"),
        "verify",
        "Violence against civilians",
        14,
    ),
    DemoReport(
        6,
        "Checkpoints separating Kari travellers",
        "Monitors describe new checkpoints on the Dalun road where travellers are asked "
        "their community and Kari men are taken aside.",
        "Eastern Plains",
        "Dalun",
        (),
        "leave",
    ),
    DemoReport(
        3,
        "Refugees arriving in Kelmar",
        "Families crossing from Verdania into Kelmar's border district describe attacks on "
        "their villages and say more people are walking toward the crossing.",
        "Border District",
        "Tarn",
        (),
        "leave",
        country="XKM",
    ),
)

SUBSCRIBERS = (
    ("Desk officer, regional mission", "desk@partners.example.org", ["XVD", "XKM"], "watch"),
    ("Journalist", "newsroom@press.example.org", ["XVD"], "imminent_risk"),
)


@dataclass
class DemoResult:
    already_loaded: bool = False
    reports: int = 0
    verified: int = 0
    level_changes: int = 0
    alerts: int = 0
    logins: list[tuple[str, str]] = field(default_factory=list)


def _driver(
    predictor: str, value: float, typical: float, effect: float, factors: tuple[int, ...]
) -> dict[str, object]:
    """A driver as a real forecast stores it: one of the model's inputs, worded by the side of
    typical its value is on (pages read it in their visitor's language); an input outside the
    model's table is its own words."""
    known = predictor in PREDICTOR_MAP
    return {
        "predictor": predictor,
        "label": describe(predictor).worded(value, typical) if known else predictor,
        "value": value,
        "typical": typical,
        "effect": effect,
        "risk_factors": list(factors),
    }


def _feature(name: str, value: float, typical: float, effect: float) -> dict[str, object]:
    direction = "raises" if effect > 0 else "lowers"
    return {
        "feature": name,
        "value": value,
        "typical": typical,
        "effect": effect,
        "direction": direction,
    }


def _month(day: date, months: int) -> date:
    """The first day of the month `months` after `day`'s."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _area_drivers(admin1: str, today: date) -> dict[str, object]:
    """What an escalation forecast from the demo's own events would say of an area: counts
    from the verified reports of the three months to the data's end, so the figures a page
    shows next to the forecast agree with the area's events and trend."""
    first, end = _month(today, -3), _month(today, 0) - timedelta(days=1)
    deaths = {"here": 0, "rest": 0}
    attacks, last_attack = 0, None
    for item in REPORTS:
        occurred = today - timedelta(days=item.days_ago)
        if item.country != "XVD" or item.event_type != "Violence against civilians":
            continue
        if item.decision not in ("verify", "publish") or occurred > end:
            continue
        where = "here" if item.admin1 == admin1 else "rest"
        if where == "here":
            last_attack = max(last_attack or occurred, occurred)
        if occurred >= first:
            deaths[where] += item.fatalities or 0
            attacks += 1 if where == "here" else 0
    months_since = 36
    if last_attack is not None:
        months_since = (end.year - last_attack.year) * 12 + end.month - last_attack.month
    if deaths["here"]:
        features = [
            _feature("civ_fat_3", math.log1p(deaths["here"]), 0.0, 0.3),
            _feature("vac_3", math.log1p(attacks), 0.0, 0.15),
            _feature("months_since_vac", months_since, 36, 0.1),
        ]
    else:
        features = [
            _feature("rest_civ_fat_3", math.log1p(deaths["rest"]), 0.0, 0.2),
            _feature("rest_regions_deadly_3", int(deaths["rest"] > 0), 0, 0.1),
            _feature("civ_fat_3", 0.0, 0.0, -0.05),
        ]
    return {
        "level": "admin1",
        "as_of": end.strftime("%Y-%m"),
        "recent_3_months": {"civilian_fatalities": deaths["here"], "vac_events": attacks},
        # Counts on the model's log1p scale, as the escalation model stores them.
        "top_features": features,
    }


#: Responses to Verdania's warning (invented, as the country is): days ago, who, measure, what.
RESPONSES = (
    (
        40,
        "Regional organisation's peace and security council (fictional)",
        "P2-MEDIATION",
        "Communiqué calling on Verdania's parties to refrain from violence before the election "
        "and sending an envoy to the capital.",
    ),
    (
        20,
        "Coalition member organisations (fictional)",
        "P1-HATE-SPEECH",
        "Joint statement condemning the 'cockroaches' speech and asking party leaders to "
        "disown it.",
    ),
)


def _responses(store: Store, analyst: Principal, situation_id: int, today: date) -> None:
    with store.uow(actor=analyst.actor) as uow:
        for days_ago, actor, measure, description in RESPONSES:
            record_action(
                uow,
                situation_id,
                analyst,
                actor,
                today - timedelta(days=days_ago),
                description,
                measure_code=measure,
            )


def _forecasts(store: Store, today: date) -> None:
    """Invented forecasts, so the demo's situation pages show what real ones look like; the
    Kelmar escalation forecast opens that neighbour's level to serious concern. Kelmar has no
    events of its own, so its forecast names no drivers rather than figures its pages deny."""
    issued = datetime.combine(today, time(6), UTC)
    two_years = (date(today.year, 1, 1), date(today.year + 1, 12, 31))
    # The three whole months after the data's last complete month, as a real forecast covers.
    quarter = (_month(today, 0), _month(today, 3) - timedelta(days=1))
    structural = [
        (
            "XVD",
            0.12,
            4,
            [
                _driver("discrimpop", 0.31, 0.0, 0.9, (9,)),
                _driver("coup_new", 1, 0, 0.4, (8,)),
            ],
            [_driver("years_since_onset", 40, 30, -0.3, (2,))],
        ),
        ("XKM", 0.02, 41, [], [_driver("trade openness", 0.8, 0.6, -0.2, (6,))]),
    ]
    dynamic = [
        ("XVD", "Eastern Plains", 0.74),
        ("XVD", "Northern Highlands", 0.41),
        ("XKM", "Border District", 0.36),
    ]
    with store.uow(actor="demo") as uow:
        for country, p, rank, up, down in structural:
            uow.add(
                Forecast(
                    kind="structural",
                    country_iso3=country,
                    issued_at=issued,
                    period_start=two_years[0],
                    period_end=two_years[1],
                    probability=p,
                    rank=rank,
                    model="demo-scenario",
                    explanation={"data_year": today.year - 1, "raising": up, "lowering": down},
                )
            )
        for rank, (country, area, p) in enumerate(dynamic, start=1):
            uow.add(
                Forecast(
                    kind="dynamic",
                    country_iso3=country,
                    admin1=area,
                    issued_at=issued,
                    period_start=quarter[0],
                    period_end=quarter[1],
                    probability=p,
                    rank=rank,
                    model="demo-scenario",
                    explanation=_area_drivers(area, today)
                    if country == "XVD"
                    else {
                        "level": "admin1",
                        "as_of": (quarter[0] - timedelta(days=1)).strftime("%Y-%m"),
                        "recent_3_months": {"civilian_fatalities": 0, "vac_events": 0},
                        "top_features": [],
                    },
                )
            )
        uow.flush()
        reassess_countries(uow, ["XVD", "XKM"], today=today)


def _date_the_story(store: Store, dated: list[tuple[int, date, bool]]) -> None:
    """Each report received on the day of its incident and decided the next morning, before
    the level change it brought at noon: not all of them received the minute the demo was
    loaded, months after the levels they raised."""
    with store.uow(actor="demo") as uow:
        for report_id, occurred, decided in dated:
            report = uow.reports.get(report_id)
            report.received_at = datetime.combine(occurred, time(18), UTC)
            if decided:
                report.reviewed_at = datetime.combine(occurred + timedelta(days=1), time(10), UTC)
        uow.commit()


def _people(store: Store) -> dict[Role, Principal]:
    people = {}
    for email, name, role in LOGINS:
        with store.uow(actor="demo") as uow:
            user_id = add_user(uow, email, name, role.value, DEMO_PASSWORD)
        people[role] = Principal(user_id, role, name)
    return people


def load_demo(store: Store, today: date | None = None) -> DemoResult:
    today = today or date.today()
    with store.uow(actor="demo") as uow:
        if uow.session.scalar(select(User).where(User.email == LOGINS[0][0])):
            return DemoResult(already_loaded=True)
        if uow.reference.country_count() == 0:
            load_reference(uow)
    people = _people(store)
    analyst, monitor = people[Role.ANALYST], people[Role.MONITOR]
    admin = people[Role.ADMIN]
    with store.uow(actor=admin.actor) as uow:
        save_form(
            uow,
            FORM_KEY,
            FORM["title"],
            FORM["fields"],
            admin,
            description=FORM["description"],
            titles=FORM["titles"],
            descriptions=FORM["descriptions"],
        )
    with store.uow(actor=analyst.actor) as uow:
        for name, email, countries, min_level in SUBSCRIBERS:
            add_subscriber(uow, name, email, countries, analyst, min_level=min_level)
    opened = datetime.combine(today - timedelta(days=REPORTS[0].days_ago + 10), time(9), UTC)
    with store.uow(actor=analyst.actor) as uow:
        situations = [ensure_situation(uow, country, at=opened) for country in ("XVD", "XKM")]
        uow.commit()
        follow(uow, situations[0].id, analyst)  # Verdania is the demo analyst's portfolio

    result = DemoResult(logins=[(e, DEMO_PASSWORD) for e, _, _ in LOGINS])
    dated: list[tuple[int, date, bool]] = []
    for item in REPORTS:
        occurred = today - timedelta(days=item.days_ago)
        data = {
            "title": item.title,
            "text": item.text,
            "country": item.country,
            "occurred_on": occurred.isoformat(),
            "admin1": item.admin1,
            "place_name": item.place,
            "source": "Verdania monitoring network",
        }
        with store.uow(actor=monitor.actor) as uow:
            report = submit_report(uow, parse_submission(data), monitor, Channel.DEMO)
        result.reports += 1
        dated.append((report.id, occurred, item.decision != "leave"))
        if item.decision == "leave":
            continue
        with store.uow(actor=analyst.actor) as uow:
            if item.decision == "reject":
                reject_report(
                    uow, report.id, "No corroboration; the clinic found no cases.", analyst
                )
                continue
            decision = {
                "indicators": list(item.indicators),
                "event_type": item.event_type,
                "fatalities": item.fatalities,
                "reliability": "B",
                "credibility": "2",
                "civilian_targeting": item.event_type == "Violence against civilians",
            }
            verify_report(
                uow,
                report.id,
                parse_verification(decision),
                analyst,
                today=occurred + timedelta(days=1),
            )
            result.verified += 1
            if item.decision == "publish":
                publish_report(uow, report.id, analyst)
    _date_the_story(store, dated)
    _forecasts(store, today)
    _responses(store, analyst, situations[0].id, today)
    with store.uow() as uow:
        result.level_changes = len(
            uow.session.scalars(
                select(LevelChange).where(LevelChange.from_level.is_not(None))
            ).all()
        )
        result.alerts = len(uow.session.scalars(select(Alert)).all())
    return result
