"""`tocsin worker`: the background jobs — deliver the alert outbox, code incoming reports,
retrain the coders from analysts' decisions, forecast escalation again when the events change,
lower the levels that forecasts since expired had raised, note the levels due for an
analyst's review (evidence aged out, or an old setting), take up uploaded imports cut short by
a crash, and read the report mailbox when one is configured.

Each job runs in turn every poll interval; a failing job is logged and retried on the next
round without stopping the others, so a coder fault never holds back an alert. A job that
returns True has more work waiting, and the next round starts at once.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tocsin.alerts.channels import build_channels
from tocsin.alerts.delivery import drain_outbox
from tocsin.alerts.subscriptions import forget_unconfirmed
from tocsin.config import Settings
from tocsin.store.base import utcnow
from tocsin.store.uow import Store

if TYPE_CHECKING:
    from tocsin.intake.imap_poller import Mailbox

log = logging.getLogger("tocsin.worker")
Job = Callable[[], object]
#: How often interrupted uploads are looked for (by the worker and by `tocsin serve`).
IMPORTS_EVERY = 300.0
#: How often the levels raised by forecasts are checked for forecasts that have lapsed.
LEVELS_EVERY = 3600.0
REPORT_NOTICES_EVERY = 300.0


def default_jobs(
    store: Store, settings: Settings, coding: bool = True, background: bool = True
) -> dict[str, Job]:
    """The worker's jobs; ``background=False`` runs the learning job in the loop itself (for
    a single round, which must not exit before it is done)."""
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

    def forget() -> object:
        with store.uow(actor="worker") as uow:
            forgotten = forget_unconfirmed(uow)
        if forgotten:
            log.info("subscriptions: %d unconfirmed sign-up(s) forgotten", forgotten)
        return forgotten

    def lapsed() -> object:
        from tocsin.risk.level_lapse import lower_lapsed_levels

        with store.uow(actor="rule:level-fusion") as uow:
            lowered = lower_lapsed_levels(uow)
        if lowered:
            log.info("levels: %d lowered as the forecasts that raised them lapsed", lowered)
        reviews(settings.level_review_days)
        return lowered

    def reviews(days: int) -> None:
        from tocsin.risk.level_review import note_reviews_due

        with store.uow(actor="rule:level-review") as uow:
            newly = note_reviews_due(uow, review_days=days)
        for situation in newly:
            log.warning(
                "levels: %s (situation %d) is due for an analyst's review",
                situation.name,
                situation.id,
            )

    def digests() -> object:
        from tocsin.alerts.digests import queue_digests

        with store.uow(actor="worker") as uow:
            queued = queue_digests(uow, utcnow(), settings.base_url)
        if queued:
            log.info("digests: %d weekly summaries queued", len(queued))
        return queued

    def new_reports() -> object:
        from tocsin.alerts.notices import notify_new_reports

        with store.uow(actor="worker") as uow:
            told = notify_new_reports(uow)
        if told:
            log.info("notices: new reports told to %d follower(s) of their situations", len(told))
        return told

    jobs: dict[str, Job] = {
        # A forecast's period ends at midnight; an hourly look finds it the same morning, and
        # its lowering's alert goes out in the same round. Signals age out by the day, so the
        # same hourly look notes the levels that have become due for review.
        "levels": _every(LEVELS_EVERY, lapsed),
        "outbox": outbox,
        "sign-ups": _every(3600, forget),
        # New reports are told to those who follow their situation a few minutes after they
        # arrive, several in one notice: a file of reports is one mail.
        "report-notices": _every(REPORT_NOTICES_EVERY, new_reports),
        # Weekly summaries fall due a week after each subscriber's last one; an hourly look
        # sends each within the hour.
        "digests": _every(3600, digests),
        "imports": _every(IMPORTS_EVERY, _imports_job(store, settings, background)),
    }
    mailbox = settings.imap_mailbox
    if mailbox is not None:
        jobs["mailbox"] = _every(settings.imap_poll_seconds, _mailbox_job(store, settings, mailbox))
    if settings.escalation_seconds > 0:
        jobs["escalation"] = _every(settings.escalation_seconds, _escalation_job(store, background))
    if coding:
        from tocsin.coding.stream import CODING_BATCH
        from tocsin.intake.autocode import code_pending_reports

        def code() -> bool:
            return code_pending_reports(store, limit=CODING_BATCH) >= CODING_BATCH

        jobs["coding"] = code
        if settings.learning_seconds > 0:
            learning = _learning_job(store, settings, background)
            jobs["learning"] = _every(settings.learning_seconds, learning)
    return jobs


def _learning_job(store: Store, settings: Settings, background: bool) -> Job:
    """Retrain the coders from analysts' decisions. The thread has its own sentence encoder,
    because a tokenizer must not be shared between threads."""
    from tocsin.coding.embedder import SentenceEncoder
    from tocsin.coding.learning import describe, learn_from_analysts

    encoder = SentenceEncoder()  # the model itself is loaded on first use

    def learn_once() -> None:
        try:
            result = learn_from_analysts(store, settings.data_dir / "models", encoder=encoder)
        except Exception:
            log.exception("learning from analysts' decisions failed; it will run again")
            return
        if result.changed:
            log.info("learning: %s", describe(result))

    return _in_background("tocsin-learning", learn_once, background)


def _escalation_job(store: Store, background: bool) -> Job:
    """Forecast escalation again once the events changed (an import, a verified report)."""
    from tocsin.risk.escalation.refresh import refresh_escalation_forecast

    tried: datetime | None = None

    def refresh_once() -> None:
        nonlocal tried
        try:
            run, tried = refresh_escalation_forecast(store, tried)
        except Exception:
            log.exception("escalation forecast failed; it will run again")
            return
        if run is None:
            return
        skipped = "".join(f"; {level} skipped: {why}" for level, why in run.skipped.items())
        if run.same_as is not None:
            log.info("escalation: %s%s", run.summary(), skipped)
            return
        if not run.total:
            log.info("escalation: no forecast%s", skipped)
            return
        log.info(
            "escalation: %d forecasts for %s to %s (events to %s)%s; %d level changes",
            run.total,
            run.period_start,
            run.period_end,
            run.as_of,
            skipped,
            run.level_changes,
        )

    return _in_background("tocsin-escalation", refresh_once, background)


def _imports_job(store: Store, settings: Settings, background: bool) -> Job:
    """Resume the uploaded imports no process is running any more (the server was killed
    mid-import); see `tocsin.ingest.uploads.recover_imports`."""

    def recover() -> None:
        from tocsin.ingest.service import panels_for
        from tocsin.ingest.uploads import recover_imports

        try:
            uploads = Path(settings.data_dir) / "uploads"
            ended = recover_imports(store, panels_for(settings), uploads)
        except Exception:
            log.exception("taking up interrupted imports failed; it will run again")
            return
        for job in ended:
            log.info("import job %d taken up: %s %s", job.id, job.status, job.error or "")

    return _in_background("tocsin-imports", recover, background)


def take_up_imports_beside_the_server(
    store: Store, settings: Settings, stop: threading.Event
) -> threading.Thread:
    """For `tocsin serve`, which runs the uploaded imports: take up those a killed server
    left, at start and every few minutes, in a thread of its own, so a deployment without a
    worker does not show them running for ever. A job counts as left only once it has had no
    checkpoint for `STALE_AFTER` (one running elsewhere has fresh ones), and one process at a
    time takes them up (`recover_imports` holds a store lock), the worker among them."""
    recover = _imports_job(store, settings, background=False)

    def loop() -> None:
        while True:
            recover()
            if stop.wait(IMPORTS_EVERY):
                return

    thread = threading.Thread(target=loop, name="tocsin-imports", daemon=True)
    thread.start()
    return thread


def _in_background(name: str, work: Callable[[], None], background: bool) -> Job:
    """Run `work` in a thread of its own, one at a time, so that a retrain or a forecast
    (half a minute or more) never holds back an alert; in the loop itself for a single round,
    which must not exit before the work is done."""
    running: threading.Thread | None = None

    def start() -> object:
        nonlocal running
        if not background:
            work()
            return None
        if running is not None and running.is_alive():
            return None
        running = threading.Thread(target=work, name=name, daemon=True)
        running.start()
        return running

    return start


def _mailbox_job(store: Store, settings: Settings, mailbox: Mailbox) -> Job:
    from tocsin.intake.attachments import AttachmentStore
    from tocsin.intake.imap_poller import poll_mailbox
    from tocsin.intake.ratelimit import sender_limiter

    files = AttachmentStore(settings.data_dir / "attachments")
    limiter = sender_limiter(settings.email_reports_per_hour)

    def poll() -> object:
        result = poll_mailbox(store, files, mailbox, limiter)
        if result.received or result.refused:
            log.info(
                "mailbox: %d reports received, %d messages refused",
                len(result.received),
                len(result.refused),
            )
        return result

    return poll


def _every(seconds: float, job: Job) -> Job:
    """Run ``job`` at most once per ``seconds`` however often the worker loops (a mail
    provider limits how often a mailbox may be polled)."""
    last = float("-inf")

    def throttled() -> object:
        nonlocal last
        now = time.monotonic()
        if now - last < seconds:
            return None
        last = now
        return job()

    return throttled


def run_worker(
    store: Store, settings: Settings, stop: threading.Event, once: bool = False, coding: bool = True
) -> None:
    jobs = default_jobs(store, settings, coding, background=not once)
    while not stop.is_set():
        busy = False
        for name, job in jobs.items():
            try:
                busy = job() is True or busy
            except Exception:
                log.exception("job %s failed; it will run again", name)
        if once:
            return
        if not busy:  # a backlog (a bulk upload, say) is worked off without pausing
            stop.wait(settings.worker_poll_seconds)
