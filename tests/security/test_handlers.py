"""Every public event handler, sent by raw socket.io clients that must not get anything:
nobody signed in, a forged or revoked token, a user outside the relationship, and anyone
sending arguments of the wrong shape. Nothing may change and nothing may leak."""

import secrets

import pytest

from myecoach.db import unit_of_work
from myecoach.services import auth
from myecoach.state.failures import FAILURE
from tests.loops import run
from tests.security.conftest import changed, snapshot
from tests.security.targets import (
    AIMED,
    EVENT_NAMES,
    SECRETS,
    VICTIM_SESSION,
    event_name,
    public_handlers,
)
from tests.socket_client import RawClient

ATTACKERS = ["nobody", "forged token", "revoked token", "outsider", "mentee"]
# Values of the wrong shape for each kind of argument, as a raw client can send them.
WRONG = {
    str: [["history"], {"a": 1}, 5, None, True],
    int: ["abc", [1], {"x": 1}, 1.5, True, None, 10**30, -1, "²"],
    bool: ["yes", 1, None, [True]],
    dict: [
        "x",
        [1],
        5,
        None,
        {"start_time": ["09:00"], "end_time": "10:00"},
        {"start_time": "09:00", "end_time": "10:00", "location": "\x00", "reason": "\x00"},
        {"start_time": "09:00", "end_time": "10:00", "location": "\udc80", "reason": "\udc80"},
        {"email": ["coach@example.com"], "password": 1, "reason": "x" * 100_000},
    ],
}
# Routes naming no relationship; then, for pages of a session, no session of relationship 1.
BAD_ROUTES = [
    {"relationship_id": "²", "session_number": "4"},
    {"relationship_id": ["1"], "session_number": "4"},
    {"relationship_id": "99999999999999999999999", "session_number": "4"},
    {"relationship_id": "-1", "session_number": "4"},
]
BAD_SESSIONS = [
    {"relationship_id": "1", "session_number": "0"},
    {"relationship_id": "1", "session_number": "-4"},
    {"relationship_id": "1", "session_number": "4²"},
]


def token_for(attacker: str, sign_in_as, app_db) -> str:
    """The cookie an attacker's tab carries."""
    if attacker == "nobody":
        return ""
    if attacker == "forged token":
        return secrets.token_urlsafe(32)
    if attacker == "revoked token":
        token = sign_in_as("outsider@example.com")
        with unit_of_work(app_db) as db:
            auth.sign_out(db, token)
        return token
    return sign_in_as(f"{attacker}@example.com")


def test_every_handler_is_attacked():
    assert set(AIMED) == set(public_handlers())


@pytest.mark.parametrize("attacker", ATTACKERS)
def test_no_handler_lets_an_attacker_change_or_see_someone_elses_sessions(
    attacker, app_url, app_db, sign_in_as
):
    token = token_for(attacker, sign_in_as, app_db)
    before = snapshot(app_db, reader=f"{attacker}@example.com")

    async def attack() -> dict[str, str]:
        sent = {}
        async with RawClient(app_url, token) as tab:
            await tab.open(VICTIM_SESSION)
            for name, steps in sorted(AIMED.items(), key=lambda item: "sign_out" in item[0]):
                updates = []
                for handler, payload, path in steps:
                    updates += await tab.send(event_name(handler), payload, path)
                sent[name] = tab.text(updates)
            sent["(page load)"] = tab.text(tab.received[:1])
        return sent

    leaks = {name: s for name, text in run(attack()).items() for s in SECRETS if s in text}
    assert leaks == {}
    assert changed(before, snapshot(app_db, reader=f"{attacker}@example.com")) == {}


def test_arguments_of_the_wrong_shape_are_refused_without_a_failure(
    app_url, app_db, sign_in_as, app_log
):
    token = sign_in_as("coachee@example.com")
    before, log_before = snapshot(app_db, "coachee@example.com"), app_log.read_text()
    handlers = EVENT_NAMES

    async def attack() -> list[str]:
        failures = []
        async with RawClient(app_url, token) as tab:
            await tab.open(VICTIM_SESSION)
            for short, steps in AIMED.items():
                if short == "SignInState.sign_out":
                    continue
                _, payload, path = steps[-1]
                for variant in _malformed(payload):
                    updates = await tab.send(handlers[short], variant, path)
                    if FAILURE in tab.text(updates):
                        failures.append(f"{short}({variant!r:.80})")
                for route in BAD_ROUTES + (BAD_SESSIONS if "/sessions/" in path else []):
                    updates = await tab.send(handlers[short], payload, path, query=route)
                    if FAILURE in tab.text(updates):
                        failures.append(f"{short} on {route}")
        return failures

    assert run(attack()) == []
    assert changed(before, snapshot(app_db, "coachee@example.com")) == {}
    assert "Traceback" not in app_log.read_text()[len(log_before) :]


def _malformed(payload: dict) -> list[dict]:
    """The payload with an unknown argument, with none, and with each argument mis-shaped."""
    variants = [{**payload, "evil": 1}]
    if payload:
        variants.append({})
    for name, value in payload.items():
        kind = bool if isinstance(value, bool) else type(value)
        variants += [{**payload, name: wrong} for wrong in WRONG.get(kind, WRONG[str])]
    return variants
