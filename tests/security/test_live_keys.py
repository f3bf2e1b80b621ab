"""Live inboxes: a client cannot choose its way into another's, and a sign-in that ends stops
every one of its tabs hearing anything more."""

import re

import pytest
import socketio

from myecoach.state.live import LiveInbox
from tests.loops import run
from tests.security.targets import VICTIM, event_name
from tests.socket_client import RawClient

LIVE_INBOX = LiveInbox.get_full_name()


@pytest.mark.parametrize(
    "tab_key",
    [
        "myecoach-inbox-3",  # the old per-user key
        "a" * 64,  # the shape of a live key
        "C3A6A2F0-6B1E-4D7A-9C4B-2E1F0A9B8C7D",  # not as the browser writes it
        "3a6a2f0-6b1e-4d7a-9c4b-2e1f0a9b8c7d",
    ],
)
def test_a_tab_key_the_browser_would_never_make_is_refused(app_url, tab_key):
    async def connect() -> None:
        async with RawClient(app_url, tab_key=tab_key) as tab:
            await tab.open("/sign-in")

    with pytest.raises((socketio.exceptions.ConnectionError, TimeoutError)):
        run(connect())


def test_signing_out_ends_every_tab_of_that_sign_in_at_once(app_url, sign_in_as):
    coachee, coach = sign_in_as("coachee@example.com"), sign_in_as("coach@example.com")
    reason = "Said after the coachee signed out"

    async def scenario() -> str:
        async with (
            RawClient(app_url, coachee) as leaving,
            RawClient(app_url, coachee) as other_tab,
            RawClient(app_url, coach) as coach_tab,
        ):
            await leaving.open("/notifications")
            await other_tab.open("/notifications")
            await leaving.send(event_name("SignInState.sign_out"), {}, "/notifications")
            await other_tab.until(lambda: other_tab.var(LIVE_INBOX, "ended") is True)
            heard_before = len(other_tab.received)

            await coach_tab.open(VICTIM)
            added = await coach_tab.send(event_name("RelationshipState.add_session"), {}, VICTIM)
            path = re.search(r"/relationships/1/sessions/\d+", coach_tab.text(added)).group()
            await coach_tab.send(event_name("EditorState.load"), {}, path)
            await coach_tab.send(
                event_name("EditorState.cancel"), {"form": {"reason": reason}}, path
            )
            await other_tab.quiet(settle=1)
            return other_tab.text(other_tab.received[heard_before:])

    assert reason not in run(scenario())
