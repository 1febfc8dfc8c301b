"""The worker's loop: a job with a backlog is run again at once, an idle one waits."""

from __future__ import annotations

import threading
import time

from tocsin import worker
from tocsin.config import Settings


def test_a_backlog_is_worked_off_without_waiting_for_the_poll_interval(monkeypatch) -> None:
    calls: list[float] = []

    def backlog() -> bool:
        calls.append(time.monotonic())
        return len(calls) < 4  # three full batches, then the queue is empty

    monkeypatch.setattr(worker, "default_jobs", lambda *args, **kwargs: {"coding": backlog})
    stop = threading.Event()
    thread = threading.Thread(
        target=worker.run_worker, args=(None, Settings(worker_poll_seconds=30.0), stop)
    )
    thread.start()
    try:
        deadline = time.monotonic() + 5
        while len(calls) < 4 and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.2)
        # Four rounds at once; then the loop waits its 30 seconds instead of a fifth round.
        assert len(calls) == 4
        assert calls[-1] - calls[0] < 2.0
    finally:
        stop.set()
        thread.join(timeout=5)
    assert not thread.is_alive()


def test_a_failing_job_does_not_stop_the_others(monkeypatch) -> None:
    ran: list[str] = []

    def broken() -> None:
        raise RuntimeError("coder fault")

    jobs = {"coding": broken, "outbox": lambda: ran.append("outbox")}
    monkeypatch.setattr(worker, "default_jobs", lambda *args, **kwargs: jobs)
    worker.run_worker(None, Settings(), threading.Event(), once=True)
    assert ran == ["outbox"]
