"""Reports from a mailbox: poll an IMAP folder and turn each new message into a report.

Most organisations cannot route mail to a server of their own, but they can give Tocsin a
mailbox at their provider. Each poll reads the unseen messages without marking them
(``BODY.PEEK``), stores each as a report, and only then marks it seen, so a crash between the
two loses nothing: the next poll reads the message again and its reference (from the
Message-ID, or from the mailbox's UIDVALIDITY and the message's UID when it has none) finds the
report already stored. A message that cannot become a report is marked seen and flagged, with
the reason logged, so one bad message never blocks the queue; a fault of our own leaves the
message unseen, to be read again.

A sender (the From address) past its hourly number of messages has the rest left unseen, to be
read at a later poll, as the SMTP endpoint answers 451: a flood is slowed, nothing is lost. Only
its From header is read for that, so a held-back message is not downloaded at every poll. The
SMTP endpoint also counts the connecting address; here the only peer is the mail provider.
"""

from __future__ import annotations

import imaplib
import logging
import ssl
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesHeaderParser
from email.utils import parseaddr
from enum import StrEnum

from tocsin.domain.errors import InvalidInput, RateLimited, TocsinError
from tocsin.intake.attachments import AttachmentStore
from tocsin.intake.mail import receive_message
from tocsin.intake.ratelimit import RateLimiter
from tocsin.store.uow import Store

log = logging.getLogger("tocsin.intake.imap")


class Security(StrEnum):
    SSL = "ssl"  # implicit TLS, port 993
    STARTTLS = "starttls"  # plain connection upgraded before login, port 143
    NONE = "none"  # only for a server on the same machine


@dataclass(frozen=True)
class Mailbox:
    host: str
    user: str
    password: str
    port: int = 993
    folder: str = "INBOX"
    security: Security = Security.SSL
    timeout: float = 30.0

    def label(self) -> str:
        return f"imap://{self.user}@{self.host}:{self.port}/{self.folder}"


@dataclass
class PollResult:
    received: list[str] = field(default_factory=list)  # report references
    refused: list[tuple[str, str]] = field(default_factory=list)  # (uid, reason)
    retry: list[str] = field(default_factory=list)  # uids left unseen after a fault
    held: list[str] = field(default_factory=list)  # uids left unseen: sender over its number


def _connect(box: Mailbox) -> imaplib.IMAP4:
    if box.security is Security.SSL:
        return imaplib.IMAP4_SSL(
            box.host, box.port, ssl_context=ssl.create_default_context(), timeout=box.timeout
        )
    client = imaplib.IMAP4(box.host, box.port, timeout=box.timeout)
    if box.security is Security.STARTTLS:
        client.starttls(ssl.create_default_context())
    return client


def _check(response: tuple[str, list], what: str) -> list:
    status, data = response
    if status != "OK":
        raise TocsinError(f"IMAP {what} failed: {data!r}")
    return data


def _message_bytes(data: list) -> bytes | None:
    for item in data:
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], bytes):
            return item[1]
    return None


def poll_mailbox(
    store: Store, file_store: AttachmentStore, box: Mailbox, limiter: RateLimiter | None = None
) -> PollResult:
    """Read every unseen message of the folder once; see the module's text for the rules.
    ``limiter`` counts messages per From address; keep one across polls."""
    result = PollResult()
    try:
        client = _connect(box)
    except (OSError, imaplib.IMAP4.error) as exc:
        raise TocsinError(f"cannot reach {box.label()}: {exc}") from exc
    try:
        try:
            client.login(box.user, box.password)
        except imaplib.IMAP4.error as exc:
            raise InvalidInput(f"{box.label()}: login refused ({exc})") from exc
        _check(client.select(_quote(box.folder)), f"SELECT {box.folder}")
        validity = _uidvalidity(client)
        uids = _check(client.uid("SEARCH", "UNSEEN"), "SEARCH")[0].split()
        for raw_uid in uids:
            uid = raw_uid.decode()
            if limiter is not None and _held(client, limiter, uid):
                result.held.append(uid)
                continue
            _take(client, store, file_store, box, validity, uid, result)
        if result.held:
            log.info(
                "left %d messages of %s unseen: their senders are over their hourly number",
                len(result.held),
                box.label(),
            )
    finally:
        try:
            client.logout()
        except (OSError, imaplib.IMAP4.error):
            pass
    return result


def _held(client: imaplib.IMAP4, limiter: RateLimiter, uid: str) -> bool:
    """Whether the message's sender is over its number; only the From header is fetched."""
    header = _message_bytes(
        _check(client.uid("FETCH", uid, "(BODY.PEEK[HEADER.FIELDS (FROM)])"), "FETCH")
    )
    parsed = BytesHeaderParser(policy=policy.compat32).parsebytes(header or b"")
    sender = parseaddr(str(parsed.get("from", "")))[1].strip().lower()
    try:
        limiter.check(sender)
    except RateLimited:
        return True
    return False


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _uidvalidity(client: imaplib.IMAP4) -> str:
    """The folder's UIDVALIDITY, which SELECT reports; UIDs are only unique together with it."""
    _, data = client.response("UIDVALIDITY")
    return data[0].decode() if data and data[0] else "0"


def _take(
    client: imaplib.IMAP4,
    store: Store,
    file_store: AttachmentStore,
    box: Mailbox,
    validity: str,
    uid: str,
    result: PollResult,
) -> None:
    content = _message_bytes(_check(client.uid("FETCH", uid, "(BODY.PEEK[])"), "FETCH"))
    if content is None:
        result.retry.append(uid)
        return
    fallback = f"<{box.label()};UIDVALIDITY={validity};UID={uid}>"
    try:
        reference = receive_message(store, content, file_store, fallback_id=fallback)
    except TocsinError as exc:
        log.info("refused message %s of %s: %s", uid, box.label(), exc)
        client.uid("STORE", uid, "+FLAGS", "(\\Seen \\Flagged)")
        result.refused.append((uid, str(exc)))
        return
    except Exception:
        log.exception("could not store message %s of %s; it will be read again", uid, box.label())
        result.retry.append(uid)
        return
    client.uid("STORE", uid, "+FLAGS", "(\\Seen)")
    result.received.append(reference)
