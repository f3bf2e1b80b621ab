"""The overview's CSV export as the browser downloads it: a one-time link for one admin and
one set of filters, a spreadsheet-safe UTF-8 file, streamed a chunk at a time."""

import csv
import io
import secrets
from datetime import date, timedelta

import pytest
from sqlmodel import select

from myecoach import http, routes
from myecoach.db import unit_of_work
from myecoach.domain.errors import NotAnAdmin
from myecoach.domain.overview import OverviewFilter, this_year
from myecoach.http import exports as export_routes
from myecoach.models import CoachingSession, ExportDownload, User, utc_now
from myecoach.services.admin import exports
from myecoach.services.auth import token_digest
from tests.http_client import TestClient
from tests.services.overview_data import NOW, build_programmes

YEAR = this_year(NOW.date())


@pytest.fixture
def client(engine, monkeypatch) -> TestClient:
    """The app's HTTP routes on the test database."""
    monkeypatch.setattr(export_routes, "unit_of_work", lambda: unit_of_work(engine))
    return TestClient(http.routes())


@pytest.fixture
def data(db, world):
    """The hand-built programmes."""
    return build_programmes(db, world)


def link(db, world, filters: OverviewFilter = YEAR, **kw) -> str:
    """The download link the admin's Export button gets."""
    return routes.sessions_export_path(
        exports.issue_export(db, admin=world.admin, filters=filters, **kw)
    )


def parsed(body: bytes) -> list[dict[str, str]]:
    """The CSV as a spreadsheet reads it."""
    assert body.startswith("\ufeff".encode())
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def test_the_admin_downloads_the_sessions_of_the_filters(db, world, data, client):
    answer = client.get(link(db, world))
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/csv; charset=utf-8"
    assert answer.headers["content-disposition"] == (
        'attachment; filename="sessions-2026-01-01-to-2026-12-31.csv"'
    )
    assert answer.headers["cache-control"] == "no-store"
    rows = parsed(answer.content)
    assert list(rows[0]) == exports.HEADERS
    assert len(rows) == 10  # the year's sessions: C's December 2025 one is left out
    first = rows[0]
    assert first == {
        **first,
        "Programme": "Graduate Mentoring 2026",
        "Kind": "mentoring",
        "Coach or mentor": "Maria Santos",
        "Coachee or mentee": "Ana Lima",
        "Session": "1",
        "Status": "Completed",
        "Date": "2026-06-10",
        "Start": "10:00",
        "End": "11:00",
        "Time zone": "Europe/London",
        "Type": "Face-to-face",
        "Location": "Room 4.12",
    }
    cancelled = {(r["Coachee or mentee"], r["Session"]): r["Cancelled by"] for r in rows}
    assert cancelled[("Daniel Okafor", "2")] == "Daniel Okafor (coachee)"
    assert cancelled[("Daniel Okafor", "3")] == "Claire Bennett (coach)"
    assert cancelled[("Leo Fischer", "2")] == "Alex Morgan (admin team)"
    undated = next(r for r in rows if r["Status"] == "To be Arranged")
    assert (undated["Date"], undated["Start"], undated["Time zone"]) == ("", "", "")


def test_the_filters_are_honoured(db, world, data, client):
    mentoring = OverviewFilter(start=YEAR.start, end=YEAR.end, programme_id=data.mentoring.id)
    assert {
        r["Coachee or mentee"] for r in parsed(client.get(link(db, world, mentoring)).content)
    } == {"Ana Lima"}
    spring = OverviewFilter(start=date(2026, 3, 15), end=date(2026, 5, 10), coach_id=world.coach.id)
    rows = parsed(client.get(link(db, world, spring)).content)
    assert [(r["Coachee or mentee"], r["Session"], r["Status"]) for r in rows] == [
        ("Daniel Okafor", "2", "Cancelled"),
        ("Daniel Okafor", "3", "Cancelled"),
        ("Daniel Okafor", "5", "To be Arranged"),
    ]


def test_cells_are_escaped_and_never_run_as_formulas(db, world, data, client):
    session = db.exec(
        select(CoachingSession).where(
            CoachingSession.relationship_id == data.a.id, CoachingSession.number == 1
        )
    ).one()
    session.location = '=HYPERLINK("http://evil.example","Click")'
    session.extra_information = "not exported"
    session.cancellation_reason = 'Line one\nline "two", three'
    db.add(session)
    coachee = db.get(User, world.coachee.id)
    coachee.name = "@SUM(1+1)"
    db.add(coachee)
    other = db.get(User, world.other_coachee.id)
    other.name = "-2+3 Ünïcödé"
    db.add(other)
    db.commit()
    body = client.get(link(db, world)).content
    rows = parsed(body)
    first = next(r for r in rows if r["Session"] == "1" and r["Relationship"] == str(data.a.id))
    assert first["Location"] == '\'=HYPERLINK("http://evil.example","Click")'
    assert first["Cancellation reason"] == 'Line one\nline "two", three'
    assert first["Coachee or mentee"] == "'@SUM(1+1)"
    assert "'-2+3 Ünïcödé" in {r["Coachee or mentee"] for r in rows}
    assert "not exported" not in body.decode()
    assert all(
        not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for cell in r.values()
    )


def test_a_link_works_once(db, world, data, client):
    path = link(db, world)
    assert client.get(path).status_code == 200
    again = client.get(path)
    assert (again.status_code, again.text) == (404, "Not found")


@pytest.mark.parametrize(
    "spoil",
    ["expired", "forged", "demoted", "deactivated", "malformed", "hash"],
)
def test_expired_forged_and_orphaned_links_get_a_bare_404(db, world, data, client, spoil):
    if spoil == "expired":
        path = link(db, world, now=utc_now() - exports.EXPORT_LIFETIME - timedelta(seconds=1))
    elif spoil == "forged":
        path = routes.sessions_export_path(secrets.token_urlsafe(32))
    elif spoil == "malformed":
        path = routes.sessions_export_path("not-a-token")
    elif spoil == "hash":
        path = link(db, world)
        token = path.rsplit("/", 1)[1].removesuffix(".csv")
        path = routes.sessions_export_path(token_digest(token)[:43])
    else:
        path = link(db, world)
        admin = db.get(User, world.admin.id)
        admin.is_admin = spoil != "demoted"
        admin.active = spoil != "deactivated"
        db.add(admin)
        db.commit()
    answer = client.get(path)
    assert (answer.status_code, answer.text) == (404, "Not found")


@pytest.mark.parametrize("who", ["coach", "coachee", "outsider"])
def test_only_the_admin_team_gets_a_link(db, world, who):
    with pytest.raises(NotAnAdmin):
        exports.issue_export(db, admin=getattr(world, who), filters=YEAR)
    assert db.exec(select(ExportDownload)).all() == []


def test_the_file_is_made_a_chunk_of_rows_at_a_time(db, world, data, monkeypatch):
    monkeypatch.setattr(exports, "CHUNK_ROWS", 3)
    chunks = list(exports.export_chunks(db, YEAR))
    assert len(chunks) == 1 + 4  # the header, then 10 sessions three at a time
    assert len(parsed("".join(chunks).encode())) == 10
