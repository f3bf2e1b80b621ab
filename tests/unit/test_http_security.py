"""The middleware around the backend: foreign tab keys refused, security headers added."""

import uuid

from myecoach.http.security import guard_connections, tab_key_refused
from tests.loops import run


def event_scope(token: str, kind: str = "websocket") -> dict:
    return {"type": kind, "path": "/_event/", "query_string": f"EIO=4&token={token}".encode()}


def test_only_tab_keys_of_the_browsers_shape_are_let_through():
    assert not tab_key_refused(event_scope(str(uuid.uuid4())))
    for key in ("myecoach-inbox-3", "f" * 64, str(uuid.uuid4()).upper(), ""):
        assert tab_key_refused(event_scope(key))
    upload = {"type": "http", "path": "/_upload", "headers": [(b"reflex-client-token", b"x")]}
    assert tab_key_refused(upload)
    assert not tab_key_refused({"type": "http", "path": "/sign-in", "query_string": b"token=x"})


def answer(scope: dict) -> list[dict]:
    """What the guarded backend sends for one request to an app that answers 200."""

    async def backend(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    sent: list[dict] = []

    async def receive():
        return {"type": "websocket.connect"}

    async def send(message):
        sent.append(message)

    run(guard_connections(backend)(scope, receive, send))
    return sent


def test_a_refused_websocket_is_closed_before_it_opens():
    assert answer(event_scope("myecoach-inbox-3")) == [{"type": "websocket.close", "code": 1008}]


def test_security_headers_are_added_and_hsts_only_behind_https(monkeypatch):
    page = {"type": "http", "path": "/sign-in", "query_string": b"", "headers": []}
    headers = dict(answer(page)[0]["headers"])
    assert headers[b"x-frame-options"] == b"DENY"
    assert b"strict-transport-security" not in headers
    monkeypatch.setenv("MYECOACH_PUBLIC_URL", "https://coaching.example.org")
    assert b"strict-transport-security" in dict(answer(page)[0]["headers"])
