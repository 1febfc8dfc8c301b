"""The e-mail channel: mails sent over SMTP with the standard library's smtplib.

What the server's reply means decides whether a retry can help: a 4xx reply (a greylisting
"450 try again later" at RCPT among them) is temporary and retried; a 5xx reply is permanent.

The socket timeout bounds each read and write only: a server that answers a byte at a time,
each just inside it, could hold one conversation for ever. So the whole conversation also ends
by a deadline, when a watchdog shuts the connection (see `tocsin.alerts.delivery` for why).
"""

from __future__ import annotations

import smtplib
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage

from tocsin.alerts.channels import DeliveryError, register
from tocsin.alerts.messages import compose
from tocsin.alerts.tokens import links_for
from tocsin.config import Settings
from tocsin.store.models import Delivery


def _permanent(code: int) -> bool:
    return 500 <= code < 600


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply


def refusal(recipients: dict[str, tuple[int, bytes]]) -> DeliveryError:
    """Recipients refused at RCPT: retried unless a refusal was permanent."""
    detail = "; ".join(f"{to}: {code} {_text(reply)}" for to, (code, reply) in recipients.items())
    permanent = any(_permanent(code) for code, _ in recipients.values())
    return DeliveryError(f"recipient refused: {detail}", retryable=not permanent)


@register("email")
class SmtpChannel:
    name = "email"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.links = links_for(settings)

    def prepare(self, delivery: Delivery) -> EmailMessage:
        return compose(delivery, self.settings, self.links)

    def send(self, outgoing: EmailMessage, deadline: float) -> None:
        s, message = self.settings, outgoing
        smtp = smtplib.SMTP(timeout=min(s.smtp_timeout, max(deadline - time.monotonic(), 0.1)))
        try:
            with _hang_up_at(deadline, smtp) as passed, smtp:
                try:
                    smtp.connect(s.smtp_host, s.smtp_port)
                    if s.smtp_starttls:
                        smtp.starttls(context=ssl.create_default_context())
                    if s.smtp_user:
                        smtp.login(s.smtp_user, s.smtp_password or "")
                    refused = smtp.send_message(message)
                except (OSError, smtplib.SMTPException) as exc:
                    if passed.is_set():
                        raise DeliveryError(
                            "the mail server was too slow: the attempt was cut off before the"
                            " delivery's claim ran out"
                        ) from exc
                    raise
        except smtplib.SMTPRecipientsRefused as exc:
            raise refusal(exc.recipients) from exc
        except smtplib.SMTPResponseException as exc:
            retryable = not _permanent(exc.smtp_code)
            raise DeliveryError(
                f"SMTP {exc.smtp_code}: {_text(exc.smtp_error)}", retryable
            ) from exc
        except (TimeoutError, OSError, smtplib.SMTPException) as exc:
            raise DeliveryError(f"SMTP server unreachable: {exc}") from exc
        if refused:
            raise refusal(refused)


@contextmanager
def _hang_up_at(deadline: float, smtp: smtplib.SMTP) -> Iterator[threading.Event]:
    """Shut `smtp`'s connection once `deadline` (a `time.monotonic()` instant) has passed,
    until the block ends; the event yielded is set when it did. Shutting the socket down wakes
    a read or write blocked on it in the sending thread, which then fails."""
    done, passed = threading.Event(), threading.Event()

    def watch() -> None:
        if done.wait(max(deadline - time.monotonic(), 0.0)):
            return
        passed.set()
        while True:  # again until the sender gives up: the socket may not be open yet
            sock = smtp.sock
            if sock is not None:
                try:  # the plain socket's shutdown: a TLS one's would tear down its state
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)
                except OSError:
                    pass  # already shut, or closed by the sender
            if done.wait(0.05):
                return

    watchdog = threading.Thread(target=watch, name="tocsin-smtp-deadline", daemon=True)
    watchdog.start()
    try:
        yield passed
    finally:
        done.set()
        watchdog.join()
