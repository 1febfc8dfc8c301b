"""The e-mail channel: mails sent over SMTP with the standard library's smtplib.

What the server's reply means decides whether a retry can help: a 4xx reply (a greylisting
"450 try again later" at RCPT among them) is temporary and retried; a 5xx reply is permanent.
"""

from __future__ import annotations

import smtplib
import ssl
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

    def send(self, outgoing: EmailMessage) -> None:
        s, message = self.settings, outgoing
        try:
            with smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout) as smtp:
                if s.smtp_starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if s.smtp_user:
                    smtp.login(s.smtp_user, s.smtp_password or "")
                refused = smtp.send_message(message)
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
