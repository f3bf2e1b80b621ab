"""Calendar files reach only their own user: a feed token opens its owner's sessions and
nothing else, a forged, reset or malformed one opens nothing, a download link works once for
the user it was made for, and no attacker is ever sent a link to someone else's session."""

import re
import secrets
import urllib.error
import urllib.request
from datetime import timedelta

import pytest
from sqlmodel import col, select

from myecoach import routes
from myecoach.db import unit_of_work
from myecoach.models import CoachingSession, User, utc_now
from myecoach.services import calendar
from tests.loops import run
from tests.security.targets import SECRETS, VICTIM_SESSION, event_name
from tests.socket_client import RawClient

DOWNLOAD_LINK = re.compile(r"/calendar/download/[\w-]{43}\.ics")
# Every demo relationship's first session has the note "Bring your reflections…": a feed may
# hold it for its owner's own session, so the victim's sessions are also checked by UID.
VICTIMS_OWN = [secret for secret in SECRETS if not secret.startswith("Bring")]


def fetch(address: str, method: str = "GET") -> tuple[int, dict[str, str], str]:
    """The status, headers and body a plain HTTP client gets."""
    request = urllib.request.Request(address, method=method)
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status, _lower(answer.headers), answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, _lower(error.headers), error.read().decode()


def _lower(headers) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}


def user(db, email: str) -> User:
    return db.exec(select(User).where(User.email == email)).one()


def victim_uids(app_db) -> list[str]:
    """The event UIDs of the victim relationship's sessions, in their order."""
    with unit_of_work(app_db) as db:
        return list(
            db.exec(
                select(CoachingSession.ical_uid)
                .where(CoachingSession.relationship_id == 1)
                .order_by(col(CoachingSession.number))
            )
        )


def new_feed(app_db, email: str) -> str:
    """A new feed token for a demo account, made as its owner would."""
    with unit_of_work(app_db) as db:
        return calendar.reset_feed(db, user=user(db, email))


def download_token(app_db, email: str, number: int = 4, **kw) -> str:
    """A download token for a session of the victim relationship, made for ``email``."""
    with unit_of_work(app_db) as db:
        return calendar.issue_download(
            db, actor=user(db, email), relationship_id=1, number=number, **kw
        )


@pytest.mark.parametrize(
    "email",
    ["outsider@example.com", "mentee@example.com", "mentor@example.com", "admin@example.com"],
)
def test_a_feed_holds_nothing_of_relationships_its_owner_is_not_in(app_url, app_db, email):
    status, headers, body = fetch(app_url + routes.calendar_feed_path(new_feed(app_db, email)))
    assert status == 200 and body.startswith("BEGIN:VCALENDAR")
    assert [secret for secret in VICTIMS_OWN if secret in body] == []
    assert [uid for uid in victim_uids(app_db) if uid in body] == []
    assert headers["cache-control"] == "private, max-age=300"
    assert "set-cookie" not in headers


def test_a_participants_feed_holds_the_relationship(app_url, app_db):
    body = fetch(app_url + routes.calendar_feed_path(new_feed(app_db, "coachee@example.com")))[2]
    assert "Claire Bennett & Daniel Okafor" in body  # what the outsiders above must not see
    assert all(uid in body for uid in victim_uids(app_db)[:4])  # the fifth is To be Arranged


def test_forged_reset_and_malformed_tokens_open_nothing(app_url, app_db):
    reset = new_feed(app_db, "coach@example.com")
    new_feed(app_db, "coach@example.com")
    used = download_token(app_db, "coach@example.com")
    assert fetch(app_url + routes.calendar_download_path(used))[0] == 200
    expired = download_token(app_db, "coach@example.com", now=utc_now() - timedelta(minutes=2))
    paths = [
        routes.calendar_feed_path(secrets.token_urlsafe(32)),
        routes.calendar_feed_path(reset),
        routes.calendar_download_path(secrets.token_urlsafe(32)),
        routes.calendar_download_path(used),
        routes.calendar_download_path(expired),
        routes.calendar_feed_path(reset[:-1]),
        routes.calendar_feed_path(reset + "A"),
        routes.calendar_feed_path("%2e%2e%2f" * 5),
        routes.calendar_feed_path("x" * 5000),
        routes.calendar_download_path(calendar.token_digest(used)),
        "/calendar/.ics",
        "/calendar/download/.ics",
    ]
    answers = {path: fetch(app_url + path) for path in paths}
    assert {path: status for path, (status, _, _) in answers.items()} == dict.fromkeys(paths, 404)
    for path, (_, _, body) in answers.items():
        assert "BEGIN:VCALENDAR" not in body, path
        assert [secret for secret in SECRETS if secret in body] == [], path
    assert {answers[path][2] for path in paths[:5]} == {"Not found"}  # the same for each


def test_the_routes_only_read(app_url, app_db):
    token = new_feed(app_db, "coachee@example.com")
    for method in ("POST", "PUT", "DELETE"):
        assert fetch(app_url + routes.calendar_feed_path(token), method)[0] == 405


@pytest.mark.parametrize("attacker", ["outsider", "mentee"])
def test_no_attacker_is_sent_a_download_link_for_someone_elses_session(
    app_url, sign_in_as, attacker
):
    async def ask(email: str) -> str:
        async with RawClient(app_url, sign_in_as(email)) as tab:
            await tab.open(VICTIM_SESSION)
            updates = await tab.send(event_name("EditorState.add_to_calendar"), {}, VICTIM_SESSION)
            return tab.text(updates)

    assert DOWNLOAD_LINK.search(run(ask(f"{attacker}@example.com"))) is None
    link = DOWNLOAD_LINK.search(run(ask("coachee@example.com")))
    assert link is not None  # the same request from a participant does get one
    status, _, body = fetch(app_url + link.group())
    assert status == 200 and "Session 4" in body
