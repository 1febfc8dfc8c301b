"""Event histories for the escalation forecast's tests."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from tocsin.store.models import Event
from tocsin.store.uow import Store


def seed_events(store: Store) -> None:
    """Four regions of Burkina Faso, 2018-2021: battles before each surge of killings."""
    rng = np.random.default_rng(3)
    months = pd.date_range("2018-01-01", "2021-12-01", freq="MS")
    n = 0
    with store.uow() as uow:
        for region in ("Sahel", "Nord", "Est", "Centre-Nord"):
            surges = set(rng.choice(np.arange(6, len(months) - 3), size=4, replace=False))
            for i, month in enumerate(months):
                kinds = [("armed_conflict", False, 0)] * (5 if i + 1 in surges else 1)
                if i in surges or rng.random() < 0.2:
                    kinds.append(("violence_against_civilians", True, 12 if i in surges else 1))
                for violence, civilians, deaths in kinds:
                    n += 1
                    uow.add(
                        Event(
                            dataset="acled",
                            source_event_id=f"T{n}",
                            event_date=month.date().replace(day=10),
                            country_iso3="BFA",
                            admin1=region,
                            violence_type=violence,
                            civilian_targeting=civilians,
                            fatalities=deaths,
                        )
                    )
        uow.commit()


def add_attack(
    store: Store, source_id: str, day: date, deaths: int, dataset: str = "acled"
) -> None:
    """One attack on civilians in Burkina Faso's Sahel region."""
    with store.uow() as uow:
        uow.add(
            Event(
                dataset=dataset,
                source_event_id=source_id,
                event_date=day,
                country_iso3="BFA",
                admin1="Sahel",
                violence_type="violence_against_civilians",
                civilian_targeting=True,
                fatalities=deaths,
            )
        )
        uow.commit()
