"""The calendar routes as calendar apps and browsers call them, without a sign-in."""

import secrets

import pytest
from icalendar import Calendar

from myecoach import http, routes
from myecoach.db import unit_of_work
from myecoach.http import calendar as calendar_routes
from myecoach.services import calendar
from tests.http_client import TestClient
from tests.services.test_calendar import arranged, cancel
from tests.statements import statements


@pytest.fixture
def client(engine, monkeypatch) -> TestClient:
    """The app's HTTP routes on the test database."""
    monkeypatch.setattr(calendar_routes, "unit_of_work", lambda: unit_of_work(engine))
    return TestClient(http.routes())


def test_the_feed_answers_with_its_validators_and_caching(db, world, client):
    session = arranged(db, world)
    answer = client.get(routes.calendar_feed_path(calendar.create_feed(db, user=world.coachee)))
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/calendar; charset=utf-8"
    assert answer.headers["cache-control"] == "private, max-age=300"
    assert answer.headers["etag"].startswith('"') and answer.headers["last-modified"]
    (event,) = Calendar.from_ical(answer.content).walk("VEVENT")
    assert event["UID"] == session.ical_uid


def test_a_current_copy_gets_304_from_one_query(db, world, client, engine):
    arranged(db, world)
    path = routes.calendar_feed_path(calendar.create_feed(db, user=world.coach))
    first = client.get(path)
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    with statements(engine) as run:
        again = client.get(path, headers={"If-None-Match": etag})
    assert (again.status_code, again.content, len(run)) == (304, b"", 1)
    assert again.headers["etag"] == etag
    assert client.get(path, headers={"If-None-Match": f'"other", W/{etag}'}).status_code == 304
    assert client.get(path, headers={"If-None-Match": '"other"'}).status_code == 200
    assert client.get(path, headers={"If-Modified-Since": modified}).status_code == 304
    earlier = {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"}
    assert client.get(path, headers=earlier).status_code == 200
    assert client.get(path, headers={"If-Modified-Since": "garbage"}).status_code == 200


def test_a_changed_feed_is_sent_again(db, world, client):
    session = arranged(db, world)
    path = routes.calendar_feed_path(calendar.create_feed(db, user=world.coach))
    etag = client.get(path).headers["etag"]
    cancel(db, world, session)
    answer = client.get(path, headers={"If-None-Match": etag})
    assert answer.status_code == 200
    (event,) = Calendar.from_ical(answer.content).walk("VEVENT")
    assert (event["STATUS"], event["SEQUENCE"]) == ("CANCELLED", 2)


@pytest.mark.parametrize(
    "token",
    [
        secrets.token_urlsafe(32),
        "reset",
        "a" * 44,
        "..%2F..%2Fetc%2Fpasswd",
        "%00" * 10,
        "x" * 5000,
    ],
)
def test_unknown_reset_and_malformed_tokens_get_a_bare_404(db, world, client, token):
    arranged(db, world)
    if token == "reset":
        token = calendar.create_feed(db, user=world.coach)
        calendar.reset_feed(db, user=world.coach)
    for path in (routes.calendar_feed_path(token), routes.calendar_download_path(token)):
        answer = client.get(path)
        assert answer.status_code == 404
        assert "VCALENDAR" not in answer.text and "etag" not in answer.headers


def test_a_download_is_an_attachment_served_once(db, world, client):
    session = arranged(db, world)
    token = calendar.issue_download(
        db, actor=world.coach, relationship_id=world.relationship.id, number=session.number
    )
    path = routes.calendar_download_path(token)
    answer = client.get(path)
    assert answer.status_code == 200
    assert answer.headers["content-disposition"] == (
        f'attachment; filename="session-{session.number}.ics"'
    )
    assert answer.headers["cache-control"] == "no-store"
    assert Calendar.from_ical(answer.content)["METHOD"] == "PUBLISH"
    assert client.get(path).status_code == 404


def test_only_reading_is_allowed(db, world, client):
    path = routes.calendar_feed_path(calendar.create_feed(db, user=world.coach))
    assert client.post(path).status_code == 405
    assert client.head(path).status_code == 200
