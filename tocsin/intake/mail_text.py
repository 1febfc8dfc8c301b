"""What of an e-mail's body is the reporter's account, the report's text that is published.

A mail carries more than the account. The header block of a forwarded message and the line a
reply opens its quote with ("On Mon, 17 Nov 2026, Frank <frank@example.net> wrote:") name the
people it passed through; the quoted message below is their words, not the reporter's; the
signature and the mail program's trailer ("Sent from my iPhone") name the sender, their role
and their phone. None of it may reach the public. The message as received stays with the
report, restricted, so nothing is lost to the analyst.
"""

from __future__ import annotations

import re

FORWARDED = "[forwarded message]"
QUOTED = "[quoted message]"

# The line a mail program puts before a forwarded or quoted message, in the reports' languages.
_FORWARD_MARK = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|original message|message transf[ée]r[ée]|"
    r"message d'origine|mensaje reenviado|mensaje original|mensagem encaminhada|"
    r"mensagem original|weitergeleitete nachricht|urspr[üu]ngliche nachricht)\s*-{2,}|"
    r"begin forwarded message:)\s*$",
    re.IGNORECASE,
)
# A header line of such a block: who sent it to whom, when, about what.
_FORWARD_HEADER = re.compile(
    r"^\s*(?:from|sent|date|to|cc|subject|de|envoy[ée]|[àa]|objet|para|enviado|asunto|"
    r"fecha|assunto|data|von|gesendet|an|betreff|datum)\s*:",
    re.IGNORECASE,
)
_FORWARD_FROM = re.compile(r"^\s*(?:from|de|von)\s*:", re.IGNORECASE)
# The line a reply opens its quote with, as mail programs write it in English, French, Spanish,
# Portuguese, German and Dutch; or a bare "Name <address> wrote:" (Thunderbird).
_ATTRIBUTION = re.compile(
    r"^\s*(?:on\s.+\swrote|le\s.+\sa\s+[ée]crit|el\s.+\sescribi[óo]|em\s.+\sescreveu|"
    r"am\s.+\sschrieb\s.+|op\s.+\sschreef\s.+|.*@.*\swrote)\s*:\s*$",
    re.IGNORECASE,
)
# Gmail cuts a long attribution over two or three lines; only these openings are followed.
_OPENS_ATTRIBUTION = re.compile(r"^\s*(?:on|le|el|em|am|op)\s", re.IGNORECASE)
_LONGEST_ATTRIBUTION = 400
_QUOTE = re.compile(r"^\s*>")
# RFC 3676 section 4.3: "-- " alone on a line. Many programs lose its space; a bare "--" is a
# signature only when a signature's few lines follow it, so a reporter's own rule between two
# parts of an account is not taken for one.
_SIGNATURE = re.compile(r"^-- $")
_BARE_SIGNATURE = re.compile(r"^--\s*$")
_SIGNATURE_LINES = 8
_DEVICE = (
    r"iphone|ipad|android|samsung|galaxy|huawei|xiaomi|tecno|infinix|itel|nokia|blackberry|"
    r"mobile|phone|smartphone|tablet|outlook|yahoo mail|mail for windows|gmail"
)
# What a mail program signs a message with, in the reports' languages.
_TRAILER = re.compile(
    r"^\s*(?:(?:sent|envoy[ée]|enviado)\s+(?:from|de|depuis|desde|do|da|via)\s+"
    r"(?:(?:my|mon|ma|mi|meu|minha)\s+)?(?:[\w.'-]+\s+){0,3}?(?:" + _DEVICE + r")\b"
    r"(?:\s+[\w.-]+){0,3}|get\s+outlook\s+for\s+\w+|von\s+meinem\s+(?:[\w.-]+\s+){1,3}gesendet)"
    r"\s*\.?\s*$",
    re.IGNORECASE,
)


def account_of(body: str) -> str:
    """The reporter's own words: the body without the header blocks of forwarded messages
    (replaced by a mark, as the forwarded words stay), the attribution of a reply with every
    quoted line below it (a mark in their place), the signature and the mail program's
    trailer. A quoted line that no attribution opens is the reporter's own quote and stays."""
    lines = body.split("\n")
    out = _Account()
    quoting = signed = False
    i = 0
    while i < len(lines):
        if (end := _forward_block_end(lines, i)) is not None:
            out.append(FORWARDED)
            signed, i = False, end
        elif (end := _attribution_end(lines, i)) is not None:
            out.mark_quote()
            quoting, signed, i = True, False, end
        elif signed or _signature_starts(lines, i):
            signed, i = True, i + 1
        elif quoting and _QUOTE.match(lines[i]):
            out.mark_quote()
            i += 1
        elif _TRAILER.match(lines[i]) and _part_ends(lines, i + 1):
            i += 1
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


class _Account(list[str]):
    """The lines kept, knowing the last one that is not blank: found by reading back over the
    blank lines kept, every quoted line of a mail of many short replies read them all again,
    and one such mail held the intake for minutes."""

    last: str | None = None

    def append(self, line: str) -> None:
        super().append(line)
        if line.strip():
            self.last = line

    def mark_quote(self) -> None:
        """One mark for a run of quoted lines, blank lines between them included."""
        if self.last != QUOTED:
            self.append(QUOTED)


def _forward_block_end(lines: list[str], i: int) -> int | None:
    """Where the header block that starts at line ``i`` ends, with or without the mark before
    it (Outlook writes none, only "From:" and "Sent:"), or None if none starts there."""
    marked = bool(_FORWARD_MARK.match(lines[i]))
    if not marked and not _FORWARD_FROM.match(lines[i]):
        # No block starts here, whatever follows: without this, every line of a long run of
        # header-like lines ("To: ...") read the whole run again, and one mail of a few
        # hundred kilobytes held the intake (or the worker reading the mailbox) for hours.
        return None
    start = i + 1 if marked else i
    end = start
    while end < len(lines) and (_FORWARD_HEADER.match(lines[end]) or not lines[end].strip()):
        if not lines[end].strip() and end > start and not _FORWARD_HEADER.match(lines[end - 1]):
            break
        end += 1
    headers = sum(1 for k in range(start, end) if _FORWARD_HEADER.match(lines[k]))
    if marked or (headers >= 2 and _FORWARD_FROM.match(lines[i])):
        return end
    return None


def _attribution_end(lines: list[str], i: int) -> int | None:
    """Where the attribution that starts at line ``i`` ends. It must name a date or an address,
    as mail programs always do: "On Monday the commander wrote:" is the reporter's sentence."""
    spans = 3 if _OPENS_ATTRIBUTION.match(lines[i]) else 1
    for span in range(1, spans + 1):
        chunk = lines[i : i + span]
        if len(chunk) < span or any(not s.strip() or _QUOTE.match(s) for s in chunk):
            return None
        joined = " ".join(s.strip() for s in chunk)
        if len(joined) > _LONGEST_ATTRIBUTION:
            return None
        if _ATTRIBUTION.match(joined) and re.search(r"[@\d]", joined):
            return i + span
    return None


def _signature_starts(lines: list[str], i: int) -> bool:
    if _SIGNATURE.match(lines[i]):
        return True
    if not _BARE_SIGNATURE.match(lines[i]):
        return False
    following = 0
    for k in range(i + 1, len(lines)):
        if _boundary(lines, k):
            break
        following += bool(lines[k].strip())
        if following > _SIGNATURE_LINES:
            return False
    return True


def _boundary(lines: list[str], i: int) -> bool:
    """Whether line ``i`` starts what follows the reporter's words: a quote, a forwarded or
    replied-to message, or a signature."""
    return bool(
        _QUOTE.match(lines[i])
        or _SIGNATURE.match(lines[i])
        or _forward_block_end(lines, i) is not None
        or _attribution_end(lines, i) is not None
    )


def _part_ends(lines: list[str], i: int) -> bool:
    """Whether only blank lines stand between line ``i`` and the end of the reporter's words:
    a trailer is dropped there only, so "Sent from my phone" inside an account stays."""
    for k in range(i, len(lines)):
        if lines[k].strip():
            return _boundary(lines, k)
    return True
