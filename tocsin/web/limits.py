"""A cap on request bodies, counted as they arrive, so a huge or endless upload is cut off
before it fills memory or disk (a declared Content-Length is checked up front as well)."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

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
        if declared.isdigit() and int(declared) > limit:
            await self._refuse(send, limit)
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
                    await self._refuse(send, limit)
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except TooLarge:
            if not started:
                await self._refuse(send, limit)

    @staticmethod
    async def _refuse(send: Send, limit: int) -> None:
        body = json.dumps({"detail": f"request body over {limit // 1024} KiB"}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
