"""The mails Tocsin sends: an alert, a subscriber's weekly summary (`tocsin.alerts.digests`),
the request to confirm a subscription, and a notice to staff of their work (what it says:
`tocsin.alerts.notices`).

Every alert says truthfully how its reader came to receive it (added by an analyst, or
subscribed and confirmed from this mailbox) and carries a signed unsubscribe link, in its
footer and in the List-Unsubscribe headers a mail program shows as a button (RFC 2369, and
RFC 8058 one-click: the provider POSTs to the link, no page to visit).
"""

from __future__ import annotations

import textwrap
from email import policy
from email.message import EmailMessage
from email.utils import formatdate
from urllib.parse import urlsplit

from babel.dates import format_date

from tocsin.alerts.notices import told_notice
from tocsin.alerts.tokens import CONFIRM_FOR, SubscriptionLinks
from tocsin.config import Settings
from tocsin.domain.levels import Level
from tocsin.domain.wording import DEFAULT, N_, country_name_in, supported, translations
from tocsin.store.models import Delivery, Subscriber
from tocsin.store.models.alerts import DeliveryKind, SubscriberOrigin

#: Headers are written whole, up to SMTP's limit of 998 characters a line: folded to 78, a long
#: List-Unsubscribe link would be cut into encoded words that no mail program reads as a link.
_WHOLE_HEADERS = policy.default.clone(max_line_length=998)


def mail_domain(base_url: str) -> str:
    """The deployment's host, as the right-hand side of a Message-ID."""
    host = urlsplit(base_url).hostname or "tocsin.localhost"
    return f"[{host}]" if ":" in host else host


def message_id(delivery: Delivery, settings: Settings) -> str:
    if delivery.message_id.startswith("<"):  # written whole, before revision 0008
        return delivery.message_id
    return f"<{delivery.message_id}@{mail_domain(settings.base_url)}>"


def _level_label(value: str) -> str:
    try:
        return Level(value).label
    except ValueError:
        return value


def _envelope(delivery: Delivery, settings: Settings, subject: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = delivery.address
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False)
    # Kept with the delivery, so a retry repeats it and a copy sent twice (a crash between
    # sending and recording) is recognised as one by the mail systems on the way.
    message["Message-ID"] = message_id(delivery, settings)
    message["Auto-Submitted"] = "auto-generated"
    return message


def _set_text(message: EmailMessage, text: str) -> None:
    """ASCII text as it reads, a long link on one line (SMTP allows 998 characters); other
    text quoted-printable, which every mail program decodes."""
    plain = text.isascii() and all(len(line) <= 998 for line in text.splitlines())
    message.set_content(text, cte="7bit" if plain else None)
    message.policy = _WHOLE_HEADERS  # after the body is encoded: it applies to headers only


def _wrapped(paragraph: str) -> str:
    return textwrap.fill(paragraph, width=76, break_long_words=False, break_on_hyphens=False)


def _language(subscriber: Subscriber) -> str:
    return supported(subscriber.language) or DEFAULT


def why_you_receive_this(subscriber: Subscriber, base_url: str) -> str:
    """In the subscriber's language, as the rest of the footer."""
    language = _language(subscriber)
    told = translations(language).gettext
    names = ", ".join(
        country_name_in(language, s.country.iso3, s.country.name)
        for s in subscriber.subscriptions
    ) or told(N_("no country"))
    # A lowering is sent to those the level left had reached, so the scope says so.
    scope = told(
        N_("{names}, at {level} and above, and when a level that reached it is lowered")
    ).format(names=names, level=told(_level_label(subscriber.min_level)))
    if subscriber.origin == SubscriberOrigin.SIGN_UP and subscriber.confirmed_at is not None:
        # What the reader chose may have been changed since by an analyst: the footer says
        # what they receive now, not that they chose it.
        return told(
            N_(
                "You receive this because you subscribed at {page} and confirmed this address "
                "on {day}. This address receives alerts for {scope}."
            )
        ).format(
            page=f"{base_url}/subscribe",
            day=format_date(subscriber.confirmed_at, "dd MMMM y", locale=language),
            scope=scope,
        )
    return told(
        N_(
            "You receive this because an analyst of this Tocsin early-warning service added "
            "this address to its alerts for {scope}."
        )
    ).format(scope=scope)


def alert_message(delivery: Delivery, settings: Settings, links: SubscriptionLinks) -> EmailMessage:
    alert = delivery.alert
    assert alert is not None, "an alert delivery without its alert"
    subscriber = delivery.subscriber
    assert subscriber is not None, "an alert delivery without its subscriber"
    base = settings.base_url.rstrip("/")
    # A subscriber reading another language has their copy, made with the alert.
    copy = delivery.payload or {}
    language = _language(subscriber)
    told = translations(language).gettext
    message = _envelope(delivery, settings, f"[Tocsin] {copy.get('subject') or alert.title}")
    message["X-Tocsin-Alert"] = str(alert.id)
    footer = ["", "--"]
    if alert.situation_id:
        page = f"{base}/situations/{alert.situation_id}"
        if language != DEFAULT:
            page += f"?lang={language}"
        footer.append(told(N_("Situation page: {link}")).format(link=page))
    body = (copy.get("body") or alert.body) + "\n" + "\n".join(footer)
    return _to_subscriber(message, subscriber, links, body, base)


def _to_subscriber(
    message: EmailMessage,
    subscriber: Subscriber,
    links: SubscriptionLinks,
    text: str,
    base: str,
) -> EmailMessage:
    """A mail to a subscriber: ``text``, then why they receive it and how to stop, with the
    one-click unsubscribe headers."""
    language = _language(subscriber)
    told = translations(language).gettext
    unsubscribe = links.unsubscribe_url(subscriber)
    message["List-Unsubscribe"] = f"<{unsubscribe}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    footer = [
        _wrapped(why_you_receive_this(subscriber, base)),
        told(N_("Unsubscribe: {link}")).format(link=unsubscribe),
    ]
    _set_text(message, text + "\n" + "\n".join(footer) + "\n")
    if language != DEFAULT:  # after the body: setting it clears the Content- headers
        message["Content-Language"] = language
    return message


def digest_message(
    delivery: Delivery, settings: Settings, links: SubscriptionLinks
) -> EmailMessage:
    """The weekly summary, written when it was queued (`tocsin.alerts.digests`)."""
    subscriber = delivery.subscriber
    assert subscriber is not None, "a summary with no subscriber"
    digest = delivery.payload or {}
    message = _envelope(delivery, settings, str(digest.get("subject", "[Tocsin]")))
    body = str(digest.get("body", "")) + "\n\n--"
    return _to_subscriber(message, subscriber, links, body, settings.base_url.rstrip("/"))


def confirmation_message(
    delivery: Delivery, settings: Settings, links: SubscriptionLinks
) -> EmailMessage:
    """Written in the language of the page the subscription was asked on (the mailbox's owner
    reads it before anything is known of them), its link opening the page in that language."""
    asked = delivery.payload or {}
    countries = list(asked.get("countries") or [])
    level = str(asked.get("min_level") or Level.WATCH.value)
    digest = str(asked.get("digest") or "none")
    language = supported(asked.get("language")) or DEFAULT
    told = translations(language).gettext
    assert delivery.subscriber is not None, "a confirmation with no subscriber to confirm"
    link = links.confirm_url(delivery.subscriber, countries, level, digest)
    if language != DEFAULT:
        link += f"?lang={language}"
    english = asked.get("country_names") or countries
    names = ", ".join(
        country_name_in(language, code, name)
        for code, name in zip(countries, english, strict=False)
    )
    message = _envelope(
        delivery, settings, told(N_("[Tocsin] Confirm your subscription to alerts"))
    )
    text = [
        _wrapped(
            told(
                N_(
                    "Someone, we hope you, asked on Tocsin's public page to send alerts to "
                    "this address when the situation in these countries reaches {level} or "
                    "above:"
                )
            ).format(level=told(_level_label(level)))
        ),
        "",
        _wrapped(names),
        "",
        *(
            [_wrapped(told(N_("And, each week, a summary of where these countries stand."))), ""]
            if digest != "none"
            else []
        ),
        told(N_("To confirm, open this link and press the Confirm button:")),
        "",
        link,
        "",
        _wrapped(
            told(
                N_(
                    "The link works for {days} days. If you did not ask, ignore this message: "
                    "nothing more will be sent to you."
                )
            ).format(days=CONFIRM_FOR.days)
        ),
    ]
    _set_text(message, "\n".join(text) + "\n")
    return message


def notice_message(delivery: Delivery, settings: Settings) -> EmailMessage:
    """Told in the person's language as it is when sent, with a footer saying why they get
    it and where to stop it: their account page (a notice has no unsubscribe link, since the
    person logs in)."""
    user = delivery.user
    assert user is not None, "a notice with no one to tell"
    language = supported(user.language) or DEFAULT
    told = translations(language).gettext
    base = settings.base_url.rstrip("/")
    notice = told_notice(delivery.payload or {}, language, base)
    message = _envelope(delivery, settings, notice.subject)
    account = f"{base}/account" + (f"?lang={language}" if language != DEFAULT else "")
    footer = [
        "",
        "--",
        _wrapped(
            told(
                N_(
                    "You receive this because you work in this Tocsin early-warning service "
                    "and have notices turned on. To turn them off or change their language: "
                    "{link}"
                )
            ).format(link=account)
        ),
    ]
    _set_text(message, notice.body + "\n" + "\n".join(footer) + "\n")
    if language != DEFAULT:
        message["Content-Language"] = language
    return message


def compose(delivery: Delivery, settings: Settings, links: SubscriptionLinks) -> EmailMessage:
    if delivery.kind == DeliveryKind.CONFIRMATION:
        return confirmation_message(delivery, settings, links)
    if delivery.kind == DeliveryKind.NOTICE:
        return notice_message(delivery, settings)
    if delivery.kind == DeliveryKind.DIGEST:
        return digest_message(delivery, settings, links)
    return alert_message(delivery, settings, links)
