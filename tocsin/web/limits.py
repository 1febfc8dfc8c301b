"""A cap on request bodies, counted as they arrive, so a huge or endless upload is cut off
before it fills memory or disk (a declared Content-Length is checked up front as well)."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tocsin.intake.attachments import MAX_BYTES, MAX_PER_REPORT

MAX_BODY = 2 * 1024 * 1024  # JSON and plain forms
MAX_UPLOAD = 6 * 10 * 1024 * 1024  # a form with its attachments (5 files of 10 MB at most)
MAX_DATASET = 4 * 1024 * 1024 * 1024  # an event dataset sent for import (spooled to disk)
DATASET_PATHS = ("/api/v1/imports",)


class TooLarge(Exception):
    pass


class BodyLimit:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        multipart = headers.get(b"content-type", b"").startswith(b"multipart/form-data")
        limit = MAX_UPLOAD if multipart else MAX_BODY
        if multipart and scope.get("path", "") in DATASET_PATHS:
            limit = MAX_DATASET
        declared = headers.get(b"content-length", b"")
        page = _from_a_page(scope, headers)
        if declared.isdigit() and int(declared) > limit:
            await self._refuse(send, limit, page)
            return
        seen = 0
        started = exceeded = False

        async def counting_receive() -> Message:
            nonlocal seen, exceeded
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    exceeded = True
                    raise TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if exceeded:
                # A body reader that caught the cut-off answers "cannot parse the body"; the
                # sender is told the real reason instead (a chunked body declares no length).
                if message["type"] == "http.response.start" and not started:
                    started = True
                    await self._refuse(send, limit, page)
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except TooLarge:
            if not started:
                await self._refuse(send, limit, page)

    @staticmethod
    async def _refuse(send: Send, limit: int, page: bool) -> None:
        if page:
            # A person sending a form reads a page, not JSON: what happened and what to do.
            body = TOO_LARGE_PAGE.format(
                mb=limit // (1024 * 1024), files=MAX_PER_REPORT, file_mb=MAX_BYTES // (1024 * 1024)
            ).encode()
            kind = b"text/html; charset=utf-8"
        else:
            body = json.dumps({"detail": f"request body over {limit // 1024} KiB"}).encode()
            kind = b"application/json"
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})


TOO_LARGE_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Too large to send</title><link rel="stylesheet" href="/static/style.css"></head>
<body><main><h1>Too large to send</h1>
<p>What you sent is over {mb} MB in all, so nothing was received. Go back, choose fewer or
smaller files (at most {files} files of {file_mb} MB each), and send it again: what you typed
is kept as a draft on this device.</p><p><a href="/report">Back to the form</a></p>
</main></body></html>"""


def _from_a_page(scope: Scope, headers: dict[bytes, bytes]) -> bool:
    return not scope.get("path", "").startswith("/api/") and b"text/html" in headers.get(
        b"accept", b""
    )
