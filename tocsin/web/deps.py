"""What every route needs: the store, who is asking, and CSRF protection for cookie sessions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.datastructures import FormData

from tocsin.accounts.service import (
    Principal,
    authenticate,
    principal_for_session,
    principal_for_token,
)
from tocsin.config import Settings
from tocsin.domain.errors import InvalidInput, NotAuthenticated, PermissionDenied
from tocsin.domain.wording import N_
from tocsin.intake.attachments import MAX_PER_REPORT
from tocsin.intake.ratelimit import address_key
from tocsin.store.uow import Store, UnitOfWork
from tocsin.web import csrf

CSRF_KEY = "csrf"
#: The session cookie's key for the id of its login session on the server.
SESSION_KEY = "sid"

#: Files one form may carry: a report's attachments and a custom form's file fields. Past it
#: the upload is refused while it is read, before anything is spooled to disk.
FORM_MAX_FILES = MAX_PER_REPORT + 5
#: Fields one form may carry (a long custom form's answers, each choice of a multiple choice).
FORM_MAX_FIELDS = 500


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


#: The API's authentication, as the OpenAPI document declares it (``components.securitySchemes``):
#: what lets generated clients and the documentation page send a token. Optional here; a route
#: that needs a caller refuses the public itself, with its own 401 or 403.
BEARER = HTTPBearer(
    scheme_name="bearer",
    description="A token from `POST /api/v1/tokens`, sent as `Authorization: Bearer <token>`",
    auto_error=False,
)


def get_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(BEARER)],
    store: Store = Depends(get_store),
) -> Principal:
    """Bearer token for the API; the signed session cookie for pages; else the public."""
    cached = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    principal = Principal.public()
    token = credentials.credentials.strip() if credentials else None
    if token is None and request.headers.get("authorization", "").lower().startswith("bearer "):
        # "Bearer " with no token: refused as an unknown token, never read as the session's
        # caller (the CSRF check lets any bearer request through).
        token = ""
    with store.uow() as uow:
        if token is not None:
            principal = principal_for_token(uow, token, client_address(request))
            request.state.bearer = True
        elif (user_id := request.session.get("user_id")) is not None:
            sid = str(request.session.get(SESSION_KEY) or "")
            found = principal_for_session(uow, int(user_id), sid) if sid else None
            principal = found or Principal.public()
    request.state.principal = principal
    return principal


def get_uow(
    store: Store = Depends(get_store), principal: Principal = Depends(get_principal)
) -> Iterator[UnitOfWork]:
    with store.uow(actor=principal.actor) as uow:
        yield uow


def csrf_token(request: Request) -> str:
    """The session's CSRF token as this response may write it: masked with a fresh pad, so
    that a compressed page never repeats it (see `tocsin.web.csrf`)."""
    token = request.session.get(CSRF_KEY)
    if not token:
        token = csrf.new_secret()
        request.session[CSRF_KEY] = token
    return csrf.mask(token)


async def read_form(request: Request) -> FormData:
    """The request's form, read with the limits above. Starlette keeps the first reading of a
    request's form and ignores the limits of later calls, so every reader (the CSRF check
    reads first) goes through here and the limits hold."""
    return await request.form(max_files=FORM_MAX_FILES, max_fields=FORM_MAX_FIELDS)


async def check_csrf(request: Request) -> None:
    """Cookie-authenticated writes must echo the session's token (form field or header).

    Bearer-token requests, and API calls with no logged-in session, carry no ambient
    credentials, so a forged cross-site request could gain nothing from them.
    """
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    if request.headers.get("authorization", "").lower().startswith("bearer "):
        return
    if request.url.path.startswith("/api/") and "user_id" not in request.session:
        return
    expected = request.session.get(CSRF_KEY)
    sent = request.headers.get("x-csrf-token")
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await read_form(request)
        sent = str(form.get("csrf_token") or "")
    if not expected or not sent or not csrf.matches(str(expected), sent):
        raise PermissionDenied(N_("missing or invalid CSRF token: reload the page and try again"))


def country_filter(
    country: str | None = Query(
        None, max_length=100, description="ISO 3166 code or name ('BFA', 'Burkina Faso')"
    ),
    uow: UnitOfWork = Depends(get_uow),
) -> str | None:
    """A listing's country, as a code or a name; one the store does not know is an error, not
    an empty list that looks like a quiet country."""
    if country is None or not country.strip():
        return None
    iso3 = uow.reference.resolve_country(country)
    if iso3 is None:
        raise InvalidInput(N_("country: unknown country {country!r}"), country=country)
    return iso3


def client_address(request: Request) -> str:
    return request.client.host if request.client else "?"


def client_key(request: Request) -> str:
    """What the per-address limits count by: the client's address, an IPv6 one by its /64
    (see `intake.ratelimit.address_key`)."""
    return address_key(client_address(request))


def authenticate_throttled(
    request: Request, uow: UnitOfWork, email: str, password: str
) -> Principal:
    """A login (page or token) that counts failures: past the limit, refused unchecked.
    Checked attempts are in the audit log; refusals past the limit are not, one by one, so a
    guesser cannot flood the log (the failures that reached the limit are there)."""
    throttle = request.app.state.login_throttle
    client, counted_as = client_address(request), client_key(request)
    throttle.check(email, counted_as)
    try:
        principal = authenticate(uow, email, password, client)
    except NotAuthenticated:
        throttle.failed(email, counted_as)
        raise
    throttle.succeeded(email)
    return principal
