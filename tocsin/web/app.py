"""The FastAPI application: JSON API under /api/v1 and HTML pages, sharing one store."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from sqlalchemy.exc import DataError, OperationalError
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import ClientDisconnect

from tocsin import __version__
from tocsin.accounts.throttle import LoginThrottle
from tocsin.bootstrap import open_store, secret_key
from tocsin.config import Settings, get_settings
from tocsin.domain.errors import TocsinError
from tocsin.intake.ratelimit import RateLimiter
from tocsin.intake.schemas import error_message
from tocsin.store.engine import reachable
from tocsin.store.uow import Store
from tocsin.web import feeds
from tocsin.web.api import (
    accounts,
    alerts,
    audit,
    events,
    forecasts,
    forms,
    imports,
    reference,
    reports,
    situations,
)
from tocsin.web.api.contract import ERROR_RESPONSES
from tocsin.web.compression import Compression
from tocsin.web.head import HeadAsGet
from tocsin.web.headers import SecurityHeaders
from tocsin.web.languages import PageLanguage, gettext, told
from tocsin.web.limits import BodyLimit
from tocsin.web.nul import NulInAddress
from tocsin.web.pages import account, auth, review, submit
from tocsin.web.pages import forecasts as forecast_pages
from tocsin.web.pages import forms as form_pages
from tocsin.web.pages import imports as import_pages
from tocsin.web.pages import situations as situation_pages
from tocsin.web.pages import subscriptions as subscription_pages
from tocsin.web.pages import tokens as token_pages
from tocsin.web.templating import render_error

HERE = Path(__file__).parent
log = logging.getLogger("tocsin.web")
#: What a client is told while the store is down (PostgreSQL stopped or restarting).
STORE_UNREACHABLE = "the database cannot be reached; try again in a minute"
#: Seconds a client is asked to wait before trying again then.
RETRY_AFTER = "60"
#: Errors writing to the data folder that pass once an operator makes room or remounts it.
NO_ROOM = {errno.ENOSPC, errno.EDQUOT, errno.EROFS}
#: What a client is told then: nothing it sent was kept, and sending again later will do.
NO_ROOM_MESSAGE = (
    "the server could not store what was sent (its disk is full or read-only), so nothing "
    "was received; try again later"
)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get(
        "accept", ""
    )


def _try_again_later(request: Request, message: str) -> Response:
    """A 503 a reader (page) or a client (JSON) can act on: nothing was written, and the same
    request will succeed later."""
    response: Response
    if _wants_html(request):
        response = render_error(request, 503, message)
    else:
        response = JSONResponse({"detail": message}, status_code=503)
    response.headers["Retry-After"] = RETRY_AFTER
    return response


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(TocsinError)
    async def domain_error(request: Request, exc: TocsinError) -> Response:
        if _wants_html(request):
            return render_error(request, exc.status_code, told(exc))
        return JSONResponse({"detail": str(exc)}, status_code=exc.status_code)

    @app.exception_handler(DataError)
    async def unstorable_text(request: Request, exc: DataError) -> Response:
        # The only DataError input can cause once validated: a NUL character, which PostgreSQL
        # refuses to store. The transaction was rolled back; nothing was written.
        if "NUL" not in str(exc.orig):
            raise exc
        message = "a text holds a NUL character (U+0000), which cannot be stored: remove it"
        if _wants_html(request):
            return render_error(request, 422, message)
        return JSONResponse({"detail": message}, status_code=422)

    @app.exception_handler(OperationalError)
    async def store_unreachable(request: Request, exc: OperationalError) -> Response:
        # PostgreSQL stopped or restarting: the request wrote nothing, and the same request
        # will succeed once the store is back (the pool checks connections before use).
        log.warning("the store cannot be reached: %s", str(exc.orig or exc).strip()[:200])
        return _try_again_later(request, STORE_UNREACHABLE)

    @app.exception_handler(OSError)
    async def data_folder_full(request: Request, exc: OSError) -> Response:
        # An attachment or an upload that did not fit: the transaction was rolled back and the
        # half-written file removed. A plain 500 told a reporter nothing; this says to retry.
        if exc.errno not in NO_ROOM:
            raise exc
        log.error("could not write to the data folder: %s", exc)
        return _try_again_later(request, NO_ROOM_MESSAGE)

    @app.exception_handler(ClientDisconnect)
    async def sender_gone(request: Request, exc: ClientDisconnect) -> Response:
        # A phone on a weak connection that drops while a report uploads: nothing was read
        # whole, nothing was written, and no one is left to answer. Logged as what it is, not
        # as a server error with a traceback for each dropped upload.
        log.info(
            "%s %s: the sender went away before it was sent whole", request.method, request.url.path
        )
        return Response(status_code=400)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        if _wants_html(request):
            return render_error(request, 422, error_message(exc, gettext))
        return JSONResponse({"detail": error_message(exc)}, status_code=422)


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    settings = settings or get_settings()
    store = store or open_store(settings, migrate=True)
    # The API's documentation page runs Swagger UI from the package, not from a CDN: it
    # works on a field laptop with no internet, and tells no third party who reads it.
    app = FastAPIOffline(
        title="Tocsin",
        version=__version__,
        description="Early warning and early action against mass atrocities.",
        docs_url="/api/docs",
        openapi_url="/api/v1/openapi.json",
        redoc_url=None,
        static_url="/static-api-docs",
    )
    app.state.settings = settings
    app.state.store = store
    app.state.public_limiter = RateLimiter(settings.public_reports_per_hour)
    app.state.export_limiter = RateLimiter(settings.public_exports_per_hour, what="exports")
    app.state.login_throttle = LoginThrottle(
        settings.login_failures_per_account, settings.login_failures_per_client
    )
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret_key(settings),
        session_cookie="tocsin_session",
        same_site="lax",
        https_only=settings.base_url.startswith("https"),
        max_age=12 * 3600,
    )
    app.add_middleware(BodyLimit)
    app.add_middleware(PageLanguage)
    app.add_middleware(SecurityHeaders, exempt_paths=("/api/docs",))
    app.add_middleware(Compression)
    app.add_middleware(HeadAsGet)
    app.add_middleware(NulInAddress)
    _install_error_handlers(app)

    api = APIRouter(prefix="/api/v1", responses=ERROR_RESPONSES)
    for module in (
        reports,
        situations,
        forecasts,
        events,
        reference,
        alerts,
        accounts,
        forms,
        imports,
        audit,
    ):
        api.include_router(module.router)
    app.include_router(api)
    for module in (
        auth,
        situation_pages,
        forecast_pages,
        import_pages,
        submit,
        review,
        form_pages,
        feeds,
        subscription_pages,
        token_pages,
        account,
    ):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> RedirectResponse:
        """What a browser asks for where no page names an icon (the feeds, the API's JSON)."""
        return RedirectResponse("/static/tocsin.svg", status_code=301)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> JSONResponse:
        """What an uptime monitor asks (GET or HEAD): up only when the store answers too."""
        if not reachable(store.engine):
            return JSONResponse(
                {"status": "unavailable", "detail": STORE_UNREACHABLE, "version": __version__},
                status_code=503,
                headers={"Retry-After": RETRY_AFTER},
            )
        return JSONResponse({"status": "ok", "version": __version__})

    return app
