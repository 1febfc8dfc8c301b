"""`tocsin worker`: drains the alert outbox until stopped."""

from __future__ import annotations

import logging
import threading

from tocsin.alerts.channels import build_channels
from tocsin.alerts.delivery import drain_outbox
from tocsin.config import Settings
from tocsin.store.uow import Store

log = logging.getLogger("tocsin.worker")


def run_worker(store: Store, settings: Settings, stop: threading.Event, once: bool = False) -> None:
    channels = build_channels(settings)
    while not stop.is_set():
        try:
            result = drain_outbox(store, channels, settings)
            if result.sent or result.retried or result.failed:
                log.info(
                    "outbox: %d sent, %d to retry, %d failed",
                    result.sent,
                    result.retried,
                    result.failed,
                )
        except Exception:  # keep the worker alive through a database hiccup
            log.exception("outbox drain failed; retrying")
        if once:
            return
        stop.wait(settings.worker_poll_seconds)
