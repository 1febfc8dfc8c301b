"""Alerts by e-mail for anyone: subscribe, confirm from the mailbox, unsubscribe.

Opening a link changes nothing (mail scanners open the links of the mail they screen): each
link shows a page whose button sends the POST that acts. The unsubscribe POST is also what a
mail provider sends for a one-click unsubscribe (RFC 8058), with no cookie and no form token,
so it does not go through the CSRF check: the signed link is the credential.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import FormData

from tocsin.alerts.subscriptions import (
    confirm_subscription,
    request_subscription,
    subscriber_for,
    unsubscribe,
)
from tocsin.alerts.tokens import (
    CONFIRM_FOR,
    Confirmation,
    InvalidLink,
    SubscriptionLinks,
    Unsubscription,
    links_for,
)
from tocsin.domain.errors import Conflict, InvalidInput, NotFound, RateLimited
from tocsin.domain.levels import Level
from tocsin.domain.wording import country_name_in
from tocsin.intake.ratelimit import RateLimiter
from tocsin.store.models import Subscriber
from tocsin.store.uow import Store, UnitOfWork
from tocsin.web.deps import (
    check_csrf,
    client_key,
    get_principal,
    get_store,
    get_uow,
    read_form,
)
from tocsin.web.languages import N_, country_names, current_language, gettext, told
from tocsin.web.templating import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(get_principal)])

_STATE_LOCK = threading.Lock()
NO_LONGER_VALID = N_(
    "This link is not valid: it was altered, has expired (a confirmation link works for "
    "{days} days) or is no longer in use. You can subscribe again."
)


def _limiter(request: Request) -> RateLimiter:
    """One limiter per app, made on first use: requests to subscribe per client address."""
    state = request.app.state
    with _STATE_LOCK:
        if getattr(state, "subscription_limiter", None) is None:
            state.subscription_limiter = RateLimiter(
                state.settings.public_subscriptions_per_hour, what="subscription requests"
            )
    return state.subscription_limiter


def _links(request: Request) -> SubscriptionLinks:
    return links_for(request.app.state.settings)


def _form(
    request: Request,
    uow: UnitOfWork,
    values: dict[str, object],
    error: str | None = None,
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "subscribe.html",
        status_code=status_code,
        values=values,
        error=error,
        countries=country_names(
            current_language(), [(c.iso3, c.name) for c in uow.reference.countries()]
        ),
        levels=list(Level),
    )


def _message(
    request: Request, title: str, message: str, status_code: int = 200, **values: object
) -> Response:
    """A page of one message, in the reader's language (``message`` a catalog template)."""
    return render(
        request,
        "subscription_message.html",
        status_code=status_code,
        title=gettext(title),
        message=gettext(message).format(**values),
        failed=status_code >= 400,
    )


def _invalid(request: Request) -> Response:
    return _message(
        request, N_("Link not valid"), NO_LONGER_VALID, status_code=404, days=CONFIRM_FOR.days
    )


@router.get("/subscribe")
def subscribe_form(request: Request, uow: UnitOfWork = Depends(get_uow)) -> Response:
    return _form(request, uow, {"min_level": Level.WATCH.value, "countries": []})


@router.post("/subscribe", dependencies=[Depends(check_csrf)])
async def subscribe(request: Request, uow: UnitOfWork = Depends(get_uow)) -> Response:
    data = await read_form(request)
    # The store is written in a worker thread: a wait on its lock must not stop the server.
    return await run_in_threadpool(_subscribe, request, uow, data)


def _subscribe(request: Request, uow: UnitOfWork, data: FormData) -> Response:
    email = str(data.get("email") or "").strip()
    countries = [str(c) for c in data.getlist("countries")]
    min_level = str(data.get("min_level") or Level.WATCH.value)
    digest = "weekly" if data.get("digest") == "weekly" else "none"
    if str(data.get("website") or ""):
        # The honeypot field is hidden from people; only a bot fills it in.
        return RedirectResponse("/subscribe/sent", status_code=303)
    try:
        _limiter(request).check(client_key(request))
        if len(email) > 254:
            raise InvalidInput("email: longer than 254 characters")
        request_subscription(
            uow, email, countries, min_level, language=current_language(), digest=digest
        )
    except Conflict:
        # Another request for the same new address won the race; answer as for any other.
        return RedirectResponse("/subscribe/sent", status_code=303)
    except (InvalidInput, RateLimited) as exc:
        uow.rollback()
        values: dict[str, object] = {
            "email": email,
            "countries": countries,
            "min_level": min_level,
            "digest": digest,
        }
        return _form(request, uow, values, told(exc), status_code=exc.status_code)
    return RedirectResponse("/subscribe/sent", status_code=303)


@router.get("/subscribe/sent")
def subscribe_sent(request: Request) -> Response:
    return _message(
        request,
        N_("Check your inbox"),
        N_(
            "If the address can receive alerts, a message is on its way to it with a link to "
            "confirm. Alerts start once you have confirmed; until then nothing else is sent."
        ),
    )


def _for_subscriber(
    request: Request,
    store: Store,
    link: Confirmation | Unsubscription,
    act: Callable[[UnitOfWork, Subscriber], Response],
) -> Response:
    """Run `act` for the subscriber a signed link names, as that subscriber (the audit log says
    the mailbox's owner did it); a link to no one, or to another address, is not valid."""
    with store.uow(actor=f"subscriber:{link.subscriber_id}") as uow:
        try:
            subscriber = subscriber_for(uow, link)
        except NotFound:
            return _invalid(request)
        return act(uow, subscriber)


def _confirmation_page(request: Request, token: str, store: Store, confirm: bool) -> Response:
    try:
        link = _links(request).read_confirmation(token)
    except InvalidLink:
        return _invalid(request)

    def page(uow: UnitOfWork, subscriber: Subscriber) -> Response:
        if confirm:
            # Alerts are written in the language of the page the subscriber confirmed on.
            confirm_subscription(uow, link, language=current_language())
        names = {c.iso3: c.name for c in uow.reference.countries()}
        language = current_language()
        return render(
            request,
            "subscription_confirm.html",
            email=subscriber.email,
            countries=[country_name_in(language, c, names.get(c, c)) for c in link.countries],
            level=link.min_level,
            digest=link.digest,
            done=confirm,
        )

    return _for_subscriber(request, store, link, page)


@router.get("/subscribe/confirm/{token}")
def confirmation(request: Request, token: str, store: Store = Depends(get_store)) -> Response:
    return _confirmation_page(request, token, store, confirm=False)


@router.post("/subscribe/confirm/{token}", dependencies=[Depends(check_csrf)])
def confirm(request: Request, token: str, store: Store = Depends(get_store)) -> Response:
    return _confirmation_page(request, token, store, confirm=True)


def _unsubscribe_page(request: Request, token: str, store: Store, leave: bool) -> Response:
    try:
        link = _links(request).read_unsubscription(token)
    except InvalidLink:
        return _invalid(request)

    def page(uow: UnitOfWork, subscriber: Subscriber) -> Response:
        if leave:
            unsubscribe(uow, subscriber)
        return render(request, "unsubscribe.html", email=subscriber.email, done=leave)

    return _for_subscriber(request, store, link, page)


@router.get("/unsubscribe/{token}")
def unsubscribe_page(request: Request, token: str, store: Store = Depends(get_store)) -> Response:
    return _unsubscribe_page(request, token, store, leave=False)


@router.post("/unsubscribe/{token}")
def unsubscribe_now(request: Request, token: str, store: Store = Depends(get_store)) -> Response:
    """The page's button and a mail provider's one-click unsubscribe alike: no CSRF check,
    the signed link is the credential."""
    return _unsubscribe_page(request, token, store, leave=True)
