"""ASGI middleware around the whole backend: tab keys and security headers."""

import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs

from myecoach import settings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# The tab key Reflex's browser code generates: a version-4 UUID in lower-case hex.
TAB_KEY = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89a-f][0-9a-f]{3}-[0-9a-f]{12}")
# As strict as Reflex allows: its prerendered pages carry inline scripts, and it runs the
# scripts of events such as toasts and `call_function` with eval; styles are injected inline.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self' ws: wss:",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
    ]
)
HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
}
HSTS = "max-age=31536000; includeSubDomains"


def tab_key_refused(scope: Scope) -> bool:
    """Whether a request to Reflex's event or upload endpoint names a tab key that Reflex's
    browser code would never have generated (for example another state's shared key)."""
    path = scope.get("path", "")
    if path.startswith("/_event"):
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        return any(not TAB_KEY.fullmatch(key) for key in query.get("token", []))
    if path.startswith("/_upload"):
        headers = dict(scope.get("headers", []))
        key = headers.get(b"reflex-client-token", b"").decode("latin-1")
        return not TAB_KEY.fullmatch(key)
    return False


def guard_connections(app: ASGIApp) -> ASGIApp:
    """Refuse foreign tab keys; add the security headers to every HTTP response."""
    headers = {
        **HEADERS,
        **({"strict-transport-security": HSTS} if settings.public_url_is_https() else {}),
    }
    encoded = [(name.encode(), value.encode()) for name, value in headers.items()]

    async def guarded(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            return await app(scope, receive, send)
        if tab_key_refused(scope):
            return await _refuse(scope, receive, send)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [
                    *message.get("headers", []),
                    *((name, value) for name, value in encoded if name not in present),
                ]
            await send(message)

        await app(scope, receive, send_with_headers)

    return guarded


async def _refuse(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "websocket":
        await receive()  # websocket.connect
        await send({"type": "websocket.close", "code": 1008})
        return
    await send({"type": "http.response.start", "status": 403, "headers": []})
    await send({"type": "http.response.body", "body": b"Forbidden"})
