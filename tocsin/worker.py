"""`tocsin worker`: the background jobs — deliver the alert outbox, code incoming reports.

Each job runs in turn every poll interval; a failing job is logged and retried on the next
round without stopping the others, so a coder fault never holds back an alert.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from tocsin.alerts.channels import build_channels
from tocsin.alerts.delivery import drain_outbox
from tocsin.config import Settings
from tocsin.store.uow import Store

log = logging.getLogger("tocsin.worker")
Job = Callable[[], object]


def default_jobs(store: Store, settings: Settings, coding: bool = True) -> dict[str, Job]:
    channels = build_channels(settings)

    def outbox() -> object:
        result = drain_outbox(store, channels, settings)
        if result.sent or result.retried or result.failed:
            log.info(
                "outbox: %d sent, %d to retry, %d failed",
                result.sent,
                result.retried,
                result.failed,
            )
        return result

    jobs: dict[str, Job] = {"outbox": outbox}
    if coding:
        from tocsin.intake.autocode import code_pending_reports

        jobs["coding"] = lambda: code_pending_reports(store)
    return jobs


def run_worker(
    store: Store, settings: Settings, stop: threading.Event, once: bool = False, coding: bool = True
) -> None:
    jobs = default_jobs(store, settings, coding)
    while not stop.is_set():
        for name, job in jobs.items():
            try:
                job()
            except Exception:
                log.exception("job %s failed; it will run again", name)
        if once:
            return
        stop.wait(settings.worker_poll_seconds)
