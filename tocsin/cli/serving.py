"""Where `tocsin serve` is reached, against where its mails and feed say it is."""

from __future__ import annotations

from urllib.parse import urlsplit

_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def base_url_warning(base_url: str, host: str, port: int) -> str | None:
    """A warning when TOCSIN_BASE_URL names this machine on another port than the one served
    (`tocsin serve --port 9000` with the default base URL): every link in alerts, confirmation
    mails and the feed would lead to a server that is not there. A public base URL is left
    alone, since a proxy in front of the server legitimately answers on another port."""
    url = urlsplit(base_url)
    if url.hostname not in _LOOPBACK:
        return None
    named = url.port or (443 if url.scheme == "https" else 80)
    if named == port:
        return None
    served = f"http://{host}:{port}" if host not in ("0.0.0.0", "::") else f"port {port}"
    return (
        f"warning: serving on {served}, but links in alerts, confirmation mails and the feed "
        f"lead to {base_url} (TOCSIN_BASE_URL); set it to the address readers reach"
    )
