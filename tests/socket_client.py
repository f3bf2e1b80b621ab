"""A raw socket.io client on Reflex's event endpoint, speaking the browser's protocol: it
connects with the hydrate event in the connect packet, then sends any event with any payload,
as an attacker (tests/security) or a load generator (benchmarks) would."""

import asyncio
import json
import re
import time
import uuid
from typing import Any
from urllib.parse import parse_qsl

import reflex as rx
import socketio

from myecoach.state.auth import AuthState

NAMESPACE = "/_event"
ROOT_STATE = rx.State.get_full_name()
TOKEN_VAR = f"{AuthState.get_full_name()}.token_rx_state_"
ANSWER_TIMEOUT = 30
ROUTE_PARTS = re.compile(
    r"^/relationships/(?P<relationship_id>[^/]+)(?:/sessions/(?P<session_number>[^/]+))?/?$"
)


def router_data(path: str, query: dict[str, Any] | None = None) -> dict[str, Any]:
    """What the browser sends about the page it is on: its address (with any ?query) and the
    route's parts (or ``query`` instead)."""
    pathname, _, search = path.partition("?")
    found = ROUTE_PARTS.match(pathname)
    parts = {k: v for k, v in (found.groupdict() if found else {}).items() if v is not None}
    parts |= dict(parse_qsl(search))
    return {"pathname": pathname, "asPath": path, "query": parts if query is None else query}


class AsciiJson:
    """JSON as a browser sends it: every string escaped to ASCII, lone surrogates included."""

    loads = staticmethod(json.loads)

    @staticmethod
    def dumps(value: Any, **options: Any) -> str:
        """``value`` as ASCII-only JSON."""
        return json.dumps(value, **{**options, "ensure_ascii": True})


class RawClient:
    """One browser tab, without the browser: its tab key, its cookie, what it was sent."""

    def __init__(self, url: str, cookie_token: str = "", tab_key: str | None = None) -> None:
        self.url, self.cookie_token = url, cookie_token
        self.tab_key = tab_key or str(uuid.uuid4())
        self.client = socketio.AsyncClient(reconnection=False, json=AsciiJson)
        self.received: list[dict[str, Any]] = []
        self._arrived = asyncio.Event()
        self.client.on("event", self._receive, namespace=NAMESPACE)

    async def open(self, path: str = "/", query: dict[str, Any] | None = None) -> None:
        """Connect on the page at ``path`` and wait until it has loaded."""
        hydrate = {
            "name": f"{ROOT_STATE}.hydrate_and_load",
            "payload": {"vars": {TOKEN_VAR: self.cookie_token}},
            "router_data": router_data(path, query),
        }
        await self.client.connect(
            f"{self.url}?token={self.tab_key}",
            socketio_path=NAMESPACE,
            transports=["websocket"],
            namespaces=[NAMESPACE],
            auth={"event": hydrate},
            wait_timeout=ANSWER_TIMEOUT,
        )
        await self.until(lambda: self.var(ROOT_STATE, "is_hydrated") is True)
        await self.quiet()

    async def send(
        self,
        handler: str,
        payload: dict[str, Any] | None = None,
        path: str = "/",
        query: dict[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        """Send one event as the browser would; returns the updates it brought."""
        before = len(self.received)
        await self.emit(handler, payload, path, query)
        await self.quiet()
        return self.received[before:]

    async def emit(
        self,
        handler: str,
        payload: dict[str, Any] | None = None,
        path: str = "/",
        query: dict[str, Any] | None = None,
    ) -> None:
        """Send one event as the browser would, without waiting for what it brings."""
        event = {"name": handler, "payload": payload or {}, "router_data": router_data(path, query)}
        await self.client.emit("event", event, namespace=NAMESPACE)

    async def quiet(self, settle: float = 0.3, limit: float = 5) -> None:
        """Wait until nothing has arrived for ``settle`` seconds (at most ``limit``)."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            self._arrived.clear()
            try:
                await asyncio.wait_for(self._arrived.wait(), settle)
            except TimeoutError:
                return

    async def until(self, condition, timeout: float = ANSWER_TIMEOUT) -> None:
        """Wait until ``condition()`` holds for what has arrived."""
        deadline = time.monotonic() + timeout
        while not condition():
            self._arrived.clear()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("the server did not send what was expected")
            await asyncio.wait_for(self._arrived.wait(), remaining)

    def var(self, state: str, name: str, default: Any = None) -> Any:
        """The last value the server sent this tab for a state var."""
        for update in reversed(self.received):
            values = update.get("delta", {}).get(state, {})
            for key in (f"{name}_rx_state_", name):
                if key in values:
                    return values[key]
        return default

    def text(self, updates: list[dict[str, Any]] | None = None) -> str:
        """Everything the tab was sent (or ``updates``), as one text to search for leaks."""
        return json.dumps(self.received if updates is None else updates, ensure_ascii=False)

    async def close(self) -> None:
        """Close the tab."""
        if self.client.connected:
            await self.client.disconnect()

    async def __aenter__(self) -> "RawClient":
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.close()

    async def _receive(self, update: dict[str, Any]) -> None:
        self.received.append(update)
        self._arrived.set()
