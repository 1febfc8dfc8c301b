"""`tocsin init`'s reference data: countries, the taxonomy, the measures.

Every loader is idempotent: it inserts what is missing and leaves what is there, so re-running
`tocsin init` after an upgrade is always safe.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import yaml
from sqlalchemy import select

from tocsin.config import get_settings
from tocsin.domain.taxonomy import Taxonomy, load_taxonomy
from tocsin.reference.countries import iso3166_countries
from tocsin.store.models import Country, Indicator, Measure, RiskFactor
from tocsin.store.uow import UnitOfWork

# Fictional countries for the demo scenario, under ISO 3166's user-assigned codes (X..), which
# no real country will ever be given.
FICTIONAL_COUNTRIES = [
    Country(iso3="XVD", iso2="XV", name="Verdania (fictional)", region="Demo", subregion="Demo"),
    Country(iso3="XKM", iso2="XM", name="Kelmar (fictional)", region="Demo", subregion="Demo"),
]
# Territories that ISO 3166 has not coded but event datasets report on, under the user-assigned
# codes in common use.
DE_FACTO_COUNTRIES = [
    Country(iso3="XKX", iso2="XK", name="Kosovo", region="Europe", subregion="Southern Europe"),
]


@dataclass
class LoadSummary:
    countries: int = 0
    risk_factors: int = 0
    indicators: int = 0
    measures: int = 0
    taxonomy_revision: str = ""


def load_countries(uow: UnitOfWork) -> int:
    existing = set(uow.session.scalars(select(Country.iso3)))
    records = [(c.iso3, c.iso2, c.name, c.region, c.subregion) for c in iso3166_countries()]
    records += [
        (c.iso3, c.iso2, c.name, c.region, c.subregion)
        for c in FICTIONAL_COUNTRIES + DE_FACTO_COUNTRIES
    ]
    added = 0
    for iso3, iso2, name, region, subregion in records:
        if iso3 not in existing:
            uow.add(Country(iso3=iso3, iso2=iso2, name=name, region=region, subregion=subregion))
            existing.add(iso3)
            added += 1
    return added


def load_taxonomy_revision(uow: UnitOfWork, taxonomy: Taxonomy) -> tuple[int, int]:
    """Store a taxonomy revision unless it is already there, and make it the current one;
    earlier revisions stay intact."""
    uow.reference.make_current(taxonomy.revision)
    if uow.reference.risk_factors(taxonomy.revision):
        return 0, 0
    n_indicators = 0
    for factor in taxonomy.risk_factors:
        row = RiskFactor(
            revision=taxonomy.revision,
            number=factor.number,
            kind=factor.kind,
            crime=factor.crime,
            title=factor.title,
            definition=factor.definition,
            summary=factor.summary,
            flags=dict(factor.flags),
        )
        uow.add(row)
        for item in factor.indicators:
            row.indicators.append(
                Indicator(
                    revision=taxonomy.revision,
                    code=item.code,
                    title=item.title,
                    summary=item.summary,
                    keywords=list(item.keywords),
                    unverified=item.unverified,
                    confidence=item.confidence,
                )
            )
            n_indicators += 1
    return len(taxonomy.risk_factors), n_indicators


def load_measures(uow: UnitOfWork) -> int:
    text = files("tocsin.data").joinpath("measures.yaml").read_text(encoding="utf-8")
    catalogue = yaml.safe_load(text)["measures"]
    existing = set(uow.session.scalars(select(Measure.code)))
    added = 0
    for item in catalogue:
        if item["code"] in existing:
            continue
        uow.add(
            Measure(
                code=item["code"],
                title=item["title"],
                description=item["description"],
                pillar=int(item["pillar"]),
                coercive=bool(item["coercive"]),
                bodies=list(item["bodies"]),
                risk_factors=list(item.get("risk_factors", [])),
            )
        )
        added += 1
    return added


def load_reference(uow: UnitOfWork, taxonomy_file: Path | None = None) -> LoadSummary:
    """``taxonomy_file``: by default the deployment's (``TOCSIN_TAXONOMY_FILE``), else the
    shipped one; the coder reads the same file, so stored Signals and suggestions agree."""
    if taxonomy_file is None:
        taxonomy_file = get_settings().taxonomy_file
    summary = LoadSummary()
    summary.countries = load_countries(uow)
    uow.flush()
    taxonomy = load_taxonomy(taxonomy_file)
    summary.risk_factors, summary.indicators = load_taxonomy_revision(uow, taxonomy)
    summary.taxonomy_revision = taxonomy.revision
    summary.measures = load_measures(uow)
    uow.commit()
    return summary
