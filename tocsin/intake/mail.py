"""Reports by e-mail: a message becomes a report, its attachments evidence.

A monitor writes the country as a tag in the subject ("[BFA] Village raided") or as a line
"Country: Burkina Faso" in the body; optional lines "Date: 2026-02-20", "Place: Djibo" and
"Region: Sahel" fill those fields and then leave the report's text, which is published; so
does whatever in a mail is not the reporter's account (see `mail_text`). The sender's address
is kept as restricted contact. A message's Message-ID fixes its report reference, so a
message delivered twice is one report.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import parseaddr, parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

from annotated_types import MaxLen, MinLen
from dateutil import parser as dateutil_parser
from sqlalchemy.exc import IntegrityError

from tocsin.accounts.service import Principal
from tocsin.bootstrap import secret_key
from tocsin.config import get_settings
from tocsin.domain.errors import InvalidInput
from tocsin.domain.reports import Channel
from tocsin.intake.attachments import MAX_PER_REPORT, AttachmentStore, CheckedFile, check_file
from tocsin.intake.mail_text import account_of
from tocsin.intake.schemas import MAX_TEXT, ReportSubmission
from tocsin.intake.service import parse_submission, submit_report
from tocsin.reference.countries import resolve_country
from tocsin.store.uow import Store

MAX_MESSAGE = 40 * 1024 * 1024
MAX_TITLE = next(
    m.max_length for m in ReportSubmission.model_fields["title"].metadata if isinstance(m, MaxLen)
)
MIN_TEXT = next(
    m.min_length for m in ReportSubmission.model_fields["text"].metadata if isinstance(m, MinLen)
)
FULL_TEXT_FILE = "message.txt"
_TAG = re.compile(r"^\s*\[([^\]]{2,60})\]\s*")
# Reply and forward prefixes as mail programs write them in English, German (AW, WG), French
# (TR), Spanish (RV), Portuguese (ENC), Dutch (Antw) and Scandinavian languages (SV, VS).
_PREFIX = re.compile(
    r"^\s*(?:re|fwd?|aw|wg|tr|rv|enc|antw|sv|vs)\s*(?:\[\d+\]|\(\d+\))?\s*:\s*", re.IGNORECASE
)
_LINE = re.compile(r"^\s*(country|date|place|region)\s*:\s*(.+?)\s*$", re.IGNORECASE)
_CUT_ATTACHED = (
    f"\n\n[… cut at {MAX_TEXT:,} characters; the full message is attached as {FULL_TEXT_FILE}]"
)
_CUT_AS_RECEIVED = f"\n\n[… cut at {MAX_TEXT:,} characters; the full message is kept as received]"


#: Quotes within quotes an HTML mail is read with: a long thread nests a few dozen. Each
#: level is written out again with its "> " marks, so thousands of them (a mail of nothing
#: but `<blockquote>`) took time in proportion to their square.
MAX_QUOTES = 50


class _TextOnly(HTMLParser):
    """The words of an HTML body. A quote (``<blockquote>``, where mail programs put the
    message replied to) comes out as "> " lines, as in a plain-text reply, so that it leaves
    the report's text the same way."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._quotes: list[list[str]] = []
        self._skip = 0
        self._deeper = 0  # quotes opened past MAX_QUOTES, read as part of the deepest one

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "blockquote" and len(self._quotes) >= MAX_QUOTES:
            self._deeper += 1
        elif tag == "blockquote":
            self._quotes.append(self.parts)
            self.parts = []
        elif tag in ("br", "p", "div", "li"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag == "blockquote" and self._deeper:
            self._deeper -= 1
        elif tag == "blockquote" and self._quotes:
            self._close_quote()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)

    def close(self) -> None:
        super().close()
        while self._quotes:  # a quote the HTML never closed
            self._close_quote()

    def _close_quote(self) -> None:
        quoted = "".join(self.parts).strip("\n").split("\n")
        self.parts = self._quotes.pop()
        self.parts.append("\n" + "\n".join("> " + line for line in quoted) + "\n")


#: Marked sections (`<![if !supportLists]>`, CDATA) and processing instructions: no words of
#: a mail's, and Python's HTML parser reads each one that does not end as it expects (a
#: `<![CDATA[` closed by a bare `>`) to the end of the message again.
_NO_WORDS = re.compile(r"<!\[[^>]*>|<\?[^>]*>")


def _linear_html(html: str) -> str:
    """HTML that Python's parser reads in time in proportion to its length. Each `<` that no
    `>` follows (`<a`, `</`, `<?`, thousands of them) made it search to the end once more: a
    mail of a few hundred kilobytes of them held the intake, or the worker reading the report
    mailbox, for minutes, a few megabytes for hours. After the last `>` no tag can end, so a
    `<` there is text; the constructs above are taken out whole."""
    last = html.rfind(">") + 1
    html = html[:last] + html[last:].replace("<", "&lt;")
    return _NO_WORDS.sub("", html)  # each now ends at the next `>`: one reading in all


def _html_to_text(html: str) -> str:
    parser = _TextOnly()
    parser.feed(_linear_html(html))
    parser.close()
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


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    text = _text_of(part)
    text = _html_to_text(text) if part.get_content_type() == "text/html" else text
    # Mail carries CRLF line ends; a report's text has plain ones, whatever its channel.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _subject_parts(subject: str) -> tuple[list[str], str]:
    """The bracket tags before the title, and the title. Replies, forwards and mail gateways
    put "Re:", "Fwd:" and tags such as "[EXTERNAL]" before the monitor's own "[BFA]"."""
    tags: list[str] = []
    rest = subject
    while found := _PREFIX.match(rest) or _TAG.match(rest):
        if found.re is _TAG:
            tags.append(found.group(1).strip())
        rest = rest[found.end() :]
    return tags, " ".join(rest.split())


def _country(tags: list[str], line: str, resolve: Callable[[str], str | None]) -> str:
    """The first tag that is a country, else the "Country:" line: a gateway's tag is no
    country, and the monitor's line then says where."""
    return next((tag for tag in tags if resolve(tag)), line).strip()


def _shorten(title: str, limit: int = MAX_TITLE) -> str:
    """A subject too long for a title, cut between words so that no word is shown half."""
    if len(title) <= limit:
        return title
    head = title[: limit - 1]
    if title[limit - 1] != " ":
        head = head.rpartition(" ")[0] or head
    return head.rstrip() + "…"


def _one_reading(text: str) -> date | None:
    """The day dateutil reads, if it reads the same day whatever it assumes: a date without a
    year ("Monday") or with day and month that may be swapped ("03/11/2026") is not guessed."""
    days = set()
    for default in (datetime(2000, 1, 1), datetime(2001, 2, 2)):
        for dayfirst in (False, True):
            try:
                read = dateutil_parser.parse(
                    text, default=default, dayfirst=dayfirst, ignoretz=True
                )
            except (ValueError, OverflowError):
                return None
            days.add(read.date())
    return days.pop() if len(days) == 1 else None


def _date_of(text: str) -> date | None:
    """The day a "Date:" line names, or None. A forwarded message's header block brings its
    own Date: line in the mail program's format; one that names no day stays in the text
    rather than refusing the report."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    return _one_reading(text)


def _lines(lines: list[str]) -> dict[str, tuple[int, str]]:
    """The "Country:", "Date:", "Place:" and "Region:" lines, each by its line number and value;
    the first of each counts, as a forwarded message below the monitor's own lines has lines of
    its own."""
    fields: dict[str, tuple[int, str]] = {}
    for number, line in enumerate(lines):
        if found := _LINE.match(line):
            fields.setdefault(found.group(1).lower(), (number, found.group(2)))
    return fields


def _fields(data: dict[str, Any], fields: dict[str, tuple[int, str]], country: str) -> set[int]:
    """Fill the report's fields from its lines; the numbers of the lines that became a field.
    They leave the text: it is published, and the place is not (a village or a house named can
    point to the witness). A country line the subject's tag overrode, or a date line that names
    no single day, is still the reporter's word and stays."""
    used = set()
    if "country" in fields and fields["country"][1].strip() == country:
        used.add(fields["country"][0])
    if "date" in fields and (occurred_on := _date_of(fields["date"][1])) is not None:
        data["occurred_on"] = occurred_on
        used.add(fields["date"][0])
    for name, key in (("place", "place_name"), ("region", "admin1")):
        if name in fields:
            data[key] = fields[name][1]
            used.add(fields[name][0])
    return used


def _words(lines: list[str], used: set[int], title: str) -> str:
    """The text left once the lines that became fields are out. A message that said little
    more than its fields is not refused for a short text: the subject leads it."""
    text = "\n".join(line for number, line in enumerate(lines) if number not in used)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if len(text) < MIN_TEXT and title and title != text:
        text = f"{title}\n\n{text}".strip()
    return text


def _fit_text(body: str, room_for_file: bool) -> tuple[str, CheckedFile | None]:
    """A body over the report's text limit is cut rather than refused; the whole of it goes
    beside the report as a file, checked and stored like any attachment, when there is room."""
    if len(body) <= MAX_TEXT:
        return body, None
    whole = None
    if room_for_file:
        try:
            whole = check_file(FULL_TEXT_FILE, body.encode("utf-8"))
        except InvalidInput:
            whole = None
    marker = _CUT_AS_RECEIVED if whole is None else _CUT_ATTACHED
    return body[: MAX_TEXT - len(marker)].rstrip() + marker, whole


def parse_message(
    content: bytes, resolve: Callable[[str], str | None] = resolve_country
) -> MailReport:
    """The report a message holds. ``resolve`` says whether a subject tag is a country (the
    store's countries when receiving; ISO 3166 by default)."""
    if len(content) > MAX_MESSAGE:
        raise InvalidInput(f"message over {MAX_MESSAGE // (1024 * 1024)} MB")
    message: EmailMessage = BytesParser(policy=policy.default).parsebytes(content)  # type: ignore[assignment]
    subject = str(message.get("subject", "")).strip()
    received = _body(message)
    lines = account_of(received).split("\n")
    fields = _lines(lines)
    tags, title = _subject_parts(subject)
    country = _country(tags, fields.get("country", (0, ""))[1], resolve)
    if not country:
        raise InvalidInput(
            'no country: tag the subject ("[BFA] Village raided") or add a line '
            '"Country: Burkina Faso" to the message'
        )
    sender = parseaddr(str(message.get("from", "")))[1] or None
    data: dict[str, Any] = {"country": country, "reporter_contact": sender, "anonymous": True}
    used = _fields(data, fields, country)
    title = _shorten(title) or _words(lines, used, "").split("\n", 1)[0][:120]
    files: list[tuple[str | None, CheckedFile]] = [(None, f) for f in _attachments(message)]
    text, whole = _fit_text(_words(lines, used, title), len(files) < MAX_PER_REPORT)
    if whole is not None:
        files.append((None, whole))
    data.update(title=title, text=text)
    message_id = str(message.get("message-id", "")).strip() or None
    raw = {
        "from": sender,
        "to": str(message.get("to", "")),
        "subject": subject,
        "date": str(message.get("date", "")),
        "message_id": message_id,
        "body": received,
    }
    return MailReport(data=data, files=files, message_id=message_id, raw=raw)


def reference_for(message_id: str, key: str) -> str:
    """The reference a message is stored under: keyed with the deployment's secret, so that
    someone holding the Message-ID (the sent mail, any relay's log) cannot work it out."""
    digest = hmac.new(key.encode(), message_id.encode(), hashlib.sha256).hexdigest()
    return "R-M" + digest[:9].upper()


def _unkeyed_reference(message_id: str) -> str:
    """The reference as it was before it was keyed: a message stored then and delivered again
    is found under it, and not stored twice."""
    return "R-M" + hashlib.sha256(message_id.encode()).hexdigest()[:9].upper()


def receive_message(
    store: Store,
    content: bytes,
    file_store: AttachmentStore,
    fallback_id: str | None = None,
    key: str | None = None,
) -> str:
    """Store an e-mailed report and return its reference; InvalidInput if it cannot be one.

    ``fallback_id`` stands in for a missing Message-ID (a mailbox knows each message by its
    UID), so that reading the same message twice still gives one report. ``key`` keys the
    reference (the deployment's secret key when not given).
    """
    with store.uow() as uow:
        mail = parse_message(content, uow.reference.resolve_country)
    mail.message_id = mail.message_id or fallback_id
    submission = parse_submission(mail.data)
    if not mail.message_id:
        reference = None
    else:
        reference = reference_for(mail.message_id, key or secret_key(get_settings()))
        with store.uow() as uow:
            for known in (reference, _unkeyed_reference(mail.message_id)):
                if (existing := uow.reports.by_reference(known)) is not None:
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
                reference=reference,
            )
            return report.reference
    except IntegrityError:  # the same message, delivered twice at the same moment
        assert reference
        return reference
