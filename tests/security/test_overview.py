"""Admin → Overview through the raw socket: a coach (or anyone outside the admin team) who
sends its handlers gets no figures, no names and no export link, and no token is made; the
admin sending the same gets all three, and the link downloads once."""

import re

import pytest

from tests.loops import run
from tests.security.conftest import changed, snapshot
from tests.security.targets import AIMED, OVERVIEW, event_name
from tests.security.test_calendar import fetch
from tests.socket_client import RawClient

HANDLERS = [name for name in AIMED if name.startswith("OverviewState.")]
EXPORT_LINK = re.compile(r"/exports/sessions/[\w-]{43}\.csv")
# What the overview shows an admin, with the names each participant never sees elsewhere
# (their own programme and people may well be in their own notifications).
FIGURES = ("Active relationships", "Completion rate")
UNKNOWN_TO = {
    "coach@example.com": ("Graduate Mentoring 2026", "Maria Santos"),
    "mentee@example.com": ("Leadership Coaching 2026", "Claire Bennett"),
}
SHOWN_TO_ADMINS = FIGURES + tuple(name for names in UNKNOWN_TO.values() for name in names)


def sent_to(app_url: str, token: str) -> str:
    """Everything a tab on the overview is sent while it calls every overview handler."""

    async def call() -> str:
        async with RawClient(app_url, token) as tab:
            await tab.open(OVERVIEW)
            for name in HANDLERS:
                for handler, payload, path in AIMED[name]:
                    await tab.send(event_name(handler), payload, path)
            return tab.text()

    return run(call())


@pytest.mark.parametrize("email", list(UNKNOWN_TO))
def test_someone_outside_the_admin_team_gets_nothing(app_url, app_db, sign_in_as, email):
    before = snapshot(app_db, reader=email)
    text = sent_to(app_url, sign_in_as(email))
    assert [shown for shown in FIGURES + UNKNOWN_TO[email] if shown in text] == []
    assert EXPORT_LINK.search(text) is None
    assert changed(before, snapshot(app_db, reader=email)) == {}


def test_the_admin_gets_the_figures_and_a_link_that_works_once(app_url, sign_in_as):
    text = sent_to(app_url, sign_in_as("admin@example.com"))
    assert [shown for shown in SHOWN_TO_ADMINS if shown in text] == list(SHOWN_TO_ADMINS)
    link = EXPORT_LINK.search(text)
    assert link is not None
    status, headers, body = fetch(app_url + link.group())
    assert status == 200 and headers["content-type"] == "text/csv; charset=utf-8"
    assert body.startswith("\ufeffProgramme,Relationship,")
    assert fetch(app_url + link.group())[0] == 404
