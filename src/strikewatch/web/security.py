"""What keeps a hostile web page (in another tab of the same browser, on the same machine) from using
the server: the Host header must name the server (no DNS rebinding), a state-changing request must
come from the server's own pages (Origin, else Referer, else Sec-Fetch-Site), and every response
carries a Content-Security-Policy without inline scripts that also forbids framing.

Plain ASGI rather than Starlette's BaseHTTPMiddleware: it runs on every request, and the latter
costs a task and a stream per request."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
WILDCARDS = ("0.0.0.0", "::", "")
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]

Scope = dict[str, Any]


def allowed_hosts(bound: str, extra: Iterable[str] = ()) -> frozenset[str] | None:
    """Host names a request may address: the bound address (every loopback name when it is a
    loopback one) and `extra`; None (any) when bound to every interface, whose names nobody knows."""
    if bound in WILDCARDS and not extra:
        return None
    names = {bound.strip("[]").lower(), *(h.lower() for h in extra)}
    if names & set(LOOPBACK_NAMES):
        names.update(LOOPBACK_NAMES)
    return frozenset(names)


def host_name(host: str) -> str:
    """"localhost:8000" → "localhost"; "[::1]:8000" → "::1"."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return None


def cross_site(scope: Scope) -> bool:
    """Whether a state-changing request comes from another site's page. Browsers send Origin with
    every POST (and Sec-Fetch-Site); a client that sends neither nor a Referer is not a browser
    driven by a hostile page (curl, scripts) and may post."""
    host = (_header(scope, b"host") or "").lower()
    origin = _header(scope, b"origin")
    if origin is not None:
        return origin == "null" or urlsplit(origin).netloc.lower() != host
    fetch_site = _header(scope, b"sec-fetch-site")
    if fetch_site is not None and fetch_site not in ("same-origin", "none"):
        return True
    referer = _header(scope, b"referer")
    return referer is not None and urlsplit(referer).netloc.lower() != host


class Guard:
    """ASGI middleware: Host check, cross-site refusal for unsafe methods, security headers."""

    def __init__(self, app: Any, hosts: frozenset[str] | None) -> None:
        self.app, self.hosts = app, hosts

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.hosts is not None and host_name(_header(scope, b"host") or "") not in self.hosts:
            await _refuse(send, 421, "This server answers only to the names it was started on "
                                     f"({', '.join(sorted(self.hosts))}).")
            return
        if scope["method"] in UNSAFE_METHODS and cross_site(scope):
            await _refuse(send, 403, "Cross-site request refused: send it from this server's own pages.")
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                present = {key.lower() for key, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (key, value) for key, value in HEADERS if key not in present]
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _refuse(send: Any, status: int, message: str) -> None:
    body = message.encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *HEADERS]})
    await send({"type": "http.response.body", "body": body})
