"""Security headers on every response.

Analysts' pages show witnesses' names and contacts, so no other site may frame them (a
clickjacking page could make an analyst click "verify" or "publish"), and no link followed from
them may tell the next site which report was open. The HTML pages run only Tocsin's own
scripts and styles: a Content-Security-Policy forbids inline and outside scripts, so that text
which slipped past escaping still could not run. The API documentation page, whose Swagger UI
starts from an inline script of FastAPI's, keeps the other headers without the policy.

Nothing but the static files is kept in a cache: a review page or an API answer holding a
witness's contact must not come back from the browser's cache on a shared computer after the
analyst has logged out.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

ALWAYS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
STATIC = ("/static/", "/static-api-docs/")
PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


class SecurityHeaders:
    def __init__(self, app: ASGIApp, exempt_paths: tuple[str, ...] = ()) -> None:
        self.app = app
        self.exempt_paths = exempt_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        policy = path not in self.exempt_paths
        cacheable = path.startswith(STATIC)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in ALWAYS.items():
                    headers.setdefault(name, value)
                if not cacheable:
                    headers.setdefault("Cache-Control", "no-store")
                if policy and headers.get("content-type", "").startswith("text/html"):
                    headers.setdefault("Content-Security-Policy", PAGE_POLICY)
            await send(message)

        await self.app(scope, receive, send_with_headers)
