"""The e-mail channel: alerts sent over SMTP with the standard library's smtplib."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate

from tocsin.alerts.channels import DeliveryError, register
from tocsin.config import Settings
from tocsin.store.models import Delivery


def compose(delivery: Delivery, settings: Settings) -> EmailMessage:
    alert = delivery.alert
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = delivery.subscriber.email
    message["Subject"] = f"[Tocsin] {alert.title}"
    message["Date"] = formatdate(localtime=False)
    # A stable Message-ID per delivery lets mail systems drop a copy if a crash between sending
    # and recording ever makes the worker send twice.
    message["Message-ID"] = delivery.message_id
    message["X-Tocsin-Alert"] = str(alert.id)
    link = f"{settings.base_url}/situations/{alert.situation_id}" if alert.situation_id else ""
    footer = f"\n\nSituation page: {link}\n" if link else "\n"
    footer += "You receive this because you subscribed to alerts for this country."
    message.set_content(alert.body + footer)
    return message


@register("email")
class SmtpChannel:
    name = "email"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def send(self, delivery: Delivery) -> None:
        s = self.settings
        message = compose(delivery, s)
        try:
            with smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout) as smtp:
                if s.smtp_starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if s.smtp_user:
                    smtp.login(s.smtp_user, s.smtp_password or "")
                refused = smtp.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            raise DeliveryError(f"recipient refused: {exc.recipients}", retryable=False) from exc
        except smtplib.SMTPResponseException as exc:
            # 5xx is permanent, 4xx is a temporary failure worth retrying.
            permanent = 500 <= exc.smtp_code < 600
            raise DeliveryError(f"SMTP {exc.smtp_code}: {exc.smtp_error!r}", not permanent) from exc
        except (TimeoutError, OSError, smtplib.SMTPException) as exc:
            raise DeliveryError(f"SMTP server unreachable: {exc}") from exc
        if refused:
            raise DeliveryError(f"recipient refused: {refused}", retryable=False)
