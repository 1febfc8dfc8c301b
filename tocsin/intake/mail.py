"""Reports by e-mail: a message becomes a report, its attachments evidence.

A monitor writes the country as a tag in the subject ("[BFA] Village raided") or as a line
"Country: Burkina Faso" in the body; optional lines "Date: 2026-02-20", "Place: Djibo" and
"Region: Sahel" fill those fields. The sender's address is kept as restricted contact. A
message's Message-ID fixes its report reference, so a message delivered twice is one report.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import parseaddr
from html.parser import HTMLParser
from typing import Any

from sqlalchemy.exc import IntegrityError

from tocsin.accounts.service import Principal
from tocsin.domain.errors import InvalidInput
from tocsin.domain.reports import Channel
from tocsin.intake.attachments import AttachmentStore, CheckedFile, check_file
from tocsin.intake.service import parse_submission, submit_report
from tocsin.store.uow import Store

MAX_MESSAGE = 40 * 1024 * 1024
_TAG = re.compile(r"^\s*\[([^\]]{2,60})\]\s*")
_LINE = re.compile(r"^\s*(country|date|place|region)\s*:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("br", "p", "div", "li"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _html_to_text(html: str) -> str:
    parser = _TextOnly()
    parser.feed(html)
    return re.sub(r"\n{3,}", "\n\n", "".join(parser.parts)).strip()


def _text_of(part: MIMEPart) -> str:
    """A text part's words. A charset Python does not know ("unknown-8bit", a typo) or bytes
    that are not in the declared one are read as UTF-8, the unreadable bytes marked, rather
    than refusing the message: the report matters more than its encoding."""
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError):
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""


def _attachments(message: EmailMessage) -> list[CheckedFile]:
    """Every file attached, including those inside an attached multipart (a forwarded set of
    parts). A binary file that fails the checks refuses the message, as the web form refuses
    it. A text part is kept when it passes them (a witness statement as .txt); one that does
    not (a .csv, a calendar invite) is left out rather than refusing the report, and so is a
    forwarded message (message/rfc822), which is not a kind of file the store takes."""
    files = []
    for attached in message.iter_attachments():
        if attached.get_content_type() == "message/rfc822":
            continue
        for part in attached.walk():
            if part.is_multipart():
                continue
            content = part.get_payload(decode=True)
            if not isinstance(content, bytes):
                continue
            name = part.get_filename() or "attachment"
            if part.get_content_maintype() != "text":
                files.append(check_file(name, content))
                continue
            try:
                files.append(check_file(name, content))
            except InvalidInput:
                continue
    return files


@dataclass
class MailReport:
    data: dict[str, Any]
    files: list[tuple[str | None, CheckedFile]] = field(default_factory=list)
    message_id: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)


def parse_message(content: bytes) -> MailReport:
    if len(content) > MAX_MESSAGE:
        raise InvalidInput(f"message over {MAX_MESSAGE // (1024 * 1024)} MB")
    message: EmailMessage = BytesParser(policy=policy.default).parsebytes(content)  # type: ignore[assignment]
    subject = str(message.get("subject", "")).strip()
    body_part = message.get_body(preferencelist=("plain", "html"))
    body = ""
    if body_part is not None:
        body = _text_of(body_part)
        if body_part.get_content_type() == "text/html":
            body = _html_to_text(body)
    fields = {k.lower(): v for k, v in _LINE.findall(body)}
    tag = _TAG.match(subject)
    country = tag.group(1) if tag else fields.get("country", "")
    if not country.strip():
        raise InvalidInput(
            'no country: tag the subject ("[BFA] Village raided") or add a line '
            '"Country: Burkina Faso" to the message'
        )
    title = _TAG.sub("", subject).strip() or body.strip().split("\n", 1)[0][:120]
    sender = parseaddr(str(message.get("from", "")))[1] or None
    data: dict[str, Any] = {
        "title": title,
        "text": body.strip(),
        "country": country,
        "reporter_contact": sender,
        "anonymous": True,
    }
    if "date" in fields:
        data["occurred_on"] = fields["date"]
    if "place" in fields:
        data["place_name"] = fields["place"]
    if "region" in fields:
        data["admin1"] = fields["region"]
    files: list[tuple[str | None, CheckedFile]] = [(None, f) for f in _attachments(message)]
    message_id = str(message.get("message-id", "")).strip() or None
    raw = {
        "from": sender,
        "to": str(message.get("to", "")),
        "subject": subject,
        "date": str(message.get("date", "")),
        "message_id": message_id,
        "body": body,
    }
    return MailReport(data=data, files=files, message_id=message_id, raw=raw)


def reference_for(message_id: str) -> str:
    return "R-M" + hashlib.sha256(message_id.encode()).hexdigest()[:9].upper()


def receive_message(
    store: Store, content: bytes, file_store: AttachmentStore, fallback_id: str | None = None
) -> str:
    """Store an e-mailed report and return its reference; InvalidInput if it cannot be one.

    ``fallback_id`` stands in for a missing Message-ID (a mailbox knows each message by its
    UID), so that reading the same message twice still gives one report.
    """
    mail = parse_message(content)
    mail.message_id = mail.message_id or fallback_id
    submission = parse_submission(mail.data)
    if mail.message_id:
        with store.uow() as uow:
            existing = uow.reports.by_reference(reference_for(mail.message_id))
            if existing is not None:
                return existing.reference
    try:
        with store.uow(actor="channel:email") as uow:
            report = submit_report(
                uow,
                submission,
                Principal.public(),
                Channel.EMAIL,
                files=mail.files,
                file_store=file_store,
                raw=mail.raw,
                reference=reference_for(mail.message_id) if mail.message_id else None,
            )
            return report.reference
    except IntegrityError:  # the same message, delivered twice at the same moment
        assert mail.message_id
        return reference_for(mail.message_id)
