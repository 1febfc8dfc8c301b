"""JSON lines in, JSON lines out: the contract of `tocsin code --json`.

Each input line is an object ``{"text": ..., "country": optional ISO code, "id": optional}``.
Each output line answers the input line of the same position: the coding (with ``id`` echoed
when given), or ``{"error": ..., "line": n}`` for a line that is not JSON, has no text, or is
longer than ``max_report_chars``. A bad line never stops the stream, because one malformed
record in a nightly export should not cost the rest; whether the command then exits non-zero
is the caller's choice (``--strict``).

Lines are coded in batches (the sentence model is much cheaper per sentence in batches) and
each batch is written as soon as it is done, so output keeps the input order and memory stays
flat on long streams.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from tocsin.coding.coding import Coding

log = logging.getLogger("tocsin.coding.stream")

#: Reports coded together by `tocsin code --json` and the worker. Each batch has fixed costs
#: (language detection spreads a batch over its threads; the sentence model's two calls wait
#: for each other at its end): on ACLED notes 128 codes about 10% more a second than 32.
CODING_BATCH = 128

Coder = Callable[[Sequence[str], Sequence[str | None]], list[Coding]]


@dataclass
class StreamStats:
    lines: int = 0
    errors: int = 0


class _NotFinite(ValueError):
    pass


def _finite(value: str) -> float:
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        raise _NotFinite(value)
    return number


def _no_constant(value: str) -> float:
    raise _NotFinite(value)


def _utf8(value: Any) -> bool:
    """Whether the value can be written as UTF-8: a lone surrogate (an escaped one in the
    JSON, or a byte of another encoding read with ``surrogateescape``) cannot, and the
    sentence model's tokeniser rejects it."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _parse(line: str, number: int, max_chars: int) -> dict[str, Any]:
    if number == 1:  # a file saved as "UTF-8 with BOM" (Windows Notepad)
        line = line.removeprefix("\ufeff")
    # The line's own end is no part of the JSON: without it, an unterminated string is
    # reported as such rather than as a control character.
    line = line.rstrip("\r\n")
    try:
        # NaN and Infinity (or 1e400) would be echoed back as bare NaN, which is not JSON.
        item = json.loads(line, parse_constant=_no_constant, parse_float=_finite)
    except json.JSONDecodeError as exc:
        where = exc.msg if exc.msg.endswith(" at") else f"{exc.msg} at"
        return {"error": f"not JSON: {where} column {exc.colno}", "line": number}
    except _NotFinite as exc:
        return {"error": f"not JSON: {exc} is not a number JSON allows", "line": number}
    if not isinstance(item, dict):
        return {"error": "expected a JSON object with a 'text' field", "line": number}
    # A rejected line keeps its id, so a pipeline matching answers by id can tell which record.
    echo = {"id": item["id"]} if item.get("id") is not None and _utf8(item["id"]) else {}
    text = item.get("text")
    if text is not None and not isinstance(text, str):
        return {"error": "'text' must be a string", **echo, "line": number}
    if not text or not text.strip():
        return {"error": "missing or empty 'text'", **echo, "line": number}
    if len(text) > max_chars:
        return {"error": f"text longer than {max_chars} characters", **echo, "line": number}
    if not _utf8(text) or not _utf8(item.get("country")) or not _utf8(item.get("id")):
        return {"error": "not valid UTF-8 (a lone surrogate, or a byte of another encoding: "
                "save the file as UTF-8)", **echo, "line": number}
    country = item.get("country")
    return {"text": text, "country": country if isinstance(country, str) else None,
            "id": item.get("id"), "line": number}


def code_lines(lines: Iterable[str], code: Coder, max_chars: int,
               batch_size: int = CODING_BATCH,
               stats: StreamStats | None = None) -> Iterator[dict[str, Any]]:
    """One output object per non-blank input line, in order."""
    stats = stats if stats is not None else StreamStats()
    pending: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        stats.lines += 1
        pending.append(_parse(line, number, max_chars))
        if len(pending) >= batch_size:
            yield from _flush(pending, code, stats)
            pending = []
    yield from _flush(pending, code, stats)


def _flush(items: list[dict[str, Any]], code: Coder, stats: StreamStats
           ) -> Iterator[dict[str, Any]]:
    good = [i for i in items if "error" not in i]
    codings = iter(_coded(good, code))
    for item in items:
        if "error" not in item:
            coding = next(codings)
            if isinstance(coding, Coding):
                result = coding.model_dump(mode="json")
                if item.get("id") is not None:
                    result = {"id": item["id"], **result}
                yield result
                continue
            echo = {"id": item["id"]} if item.get("id") is not None else {}
            item = {"error": coding, **echo, "line": item["line"]}
        stats.errors += 1
        yield item


def _coded(good: list[dict[str, Any]], code: Coder) -> list[Coding | str]:
    """The batch's codings. If the batch fails, each line is coded alone and one that still
    fails gets its reason in place of a coding, so that one text the coders cannot read never
    loses the others (as in the worker, :mod:`tocsin.intake.autocode`)."""
    if not good:
        return []
    try:
        return list(code([i["text"] for i in good], [i["country"] for i in good]))
    except Exception as exc:
        log.warning("coding %d line(s) together failed (%s); coding them one by one",
                    len(good), exc, exc_info=log.isEnabledFor(logging.DEBUG))
    out: list[Coding | str] = []
    for item in good:
        try:
            out.append(code([item["text"]], [item["country"]])[0])
        except Exception as exc:
            log.warning("line %d could not be coded: %s", item["line"], exc,
                        exc_info=log.isEnabledFor(logging.DEBUG))
            out.append(f"could not be coded: {type(exc).__name__}: {exc}"[:300])
    return out
