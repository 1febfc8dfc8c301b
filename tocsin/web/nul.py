"""Addresses holding a NUL character are refused before any route reads them.

PostgreSQL cannot store or even compare a text holding U+0000, so a `?country=%00` would end
as a server error deep in a query; SQLite would store it and break the Atom feed later. Bodies
are left to the routes' own checks and to the store's refusal (see `app.py`).
"""

from __future__ import annotations

import json
from urllib.parse import unquote_to_bytes

from starlette.types import ASGIApp, Receive, Scope, Send

MESSAGE = "the address holds a NUL character (%00); remove it"


class NulInAddress:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and _holds_nul(scope):
            body = json.dumps({"detail": MESSAGE}).encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": 400,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)


def _holds_nul(scope: Scope) -> bool:
    path = scope.get("raw_path") or scope.get("path", "").encode()
    query = scope.get("query_string", b"")
    return any(b"\x00" in unquote_to_bytes(part) for part in (path, query))
