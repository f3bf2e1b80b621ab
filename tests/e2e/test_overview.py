"""Admin → Overview in Chromium: the admin filters to a programme, reads its figures and the
chart's table, sees a change arrive, follows a needs-attention row and downloads the CSV; a
coach who opens the page finds nothing there.

The programme is built here (and removed afterwards) with known sessions around today, so
the figures do not depend on what other browser tests did to the demo data."""

import csv
import io
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import delete
from sqlmodel import col

from myecoach.db import make_engine, unit_of_work
from myecoach.domain.local_times import day_text
from myecoach.domain.overview import month_label, months
from myecoach.models import CoachingSession, Programme, Relationship, User
from tests.e2e.conftest import sign_in
from tests.services.conftest import make_user
from tests.services.overview_data import ARRANGED, CANCELLED, DONE, TBA, add

PROGRAMME = "Overview Check 2026"
TODAY = datetime.now(UTC).date()
START, END = TODAY - timedelta(days=60), TODAY + timedelta(days=30)
PLAN = [  # (relationship, number, status, days from today, cancelled by)
    ("ravi", 1, DONE, -40, None),
    ("ravi", 2, CANCELLED, -30, "ravi"),
    ("ravi", 3, CANCELLED, -20, "olga"),
    ("ravi", 4, ARRANGED, -3, None),  # its time has passed: not marked as completed
    ("tariq", 1, DONE, -50, None),  # a closed relationship
]


@pytest.fixture(scope="module")
def programme(app_database_url):
    """A programme of coach Olga Quinn: Ravi (sessions in every state), Sara (no session
    yet) and Tariq (closed); removed again after the tests."""
    engine = make_engine(app_database_url)
    with unit_of_work(engine) as db:
        people = {
            key: make_user(db, f"{key}@overview.example", name)
            for key, name in [
                ("olga", "Olga Quinn"),
                ("ravi", "Ravi Patel"),
                ("sara", "Sara Holm"),
                ("tariq", "Tariq Aziz"),
            ]
        }
        stored = Programme(name=PROGRAMME)
        db.add(stored)
        db.flush()
        pairs = {
            key: Relationship.between(stored, people["olga"], people[key], active=key != "tariq")
            for key in ("ravi", "sara", "tariq")
        }
        db.add_all(pairs.values())
        db.flush()
        for key, number, status, days, by in PLAN:
            day = TODAY + timedelta(days=days)
            add(db, pairs[key], number, status, day, cancelled_by=people.get(by or ""))
        db.commit()
        ids = SimpleNamespace(
            programme=stored.id,
            relationships=[r.id for r in pairs.values()],
            people=[p.id for p in people.values()],
            sara=pairs["sara"].id,
            ravi=pairs["ravi"].id,
        )
    yield SimpleNamespace(engine=engine, **vars(ids))
    with unit_of_work(engine) as db:
        db.exec(
            delete(CoachingSession).where(
                col(CoachingSession.relationship_id).in_(ids.relationships)
            )
        )
        db.exec(delete(Relationship).where(col(Relationship.id).in_(ids.relationships)))
        db.exec(delete(Programme).where(col(Programme.id) == ids.programme))
        db.exec(delete(User).where(col(User.id).in_(ids.people)))
        db.commit()
    engine.dispose()


def figure(page: Page, label: str):
    """The value of one headline figure."""
    term = page.locator("dt").filter(has_text=re.compile(f"^{re.escape(label)}$"))
    return page.locator(".figure").filter(has=term).locator("dd")


def chart_table(page: Page) -> dict[str, list[int]]:
    """The chart's table: month -> counts (To be Arranged, Arranged, Completed, Cancelled)."""
    rows = page.get_by_role("region", name="Sessions per month").locator("tbody tr")
    return {
        row.locator("th").inner_text(): [int(c) for c in row.locator("td").all_inner_texts()]
        for row in rows.all()
    }


def expected_months() -> dict[str, list[int]]:
    """The PLAN by month, as the chart's table should show it."""
    found = {month_label(*m): [0, 0, 0, 0] for m in months(START, END)}
    order = [TBA, ARRANGED, DONE, CANCELLED]
    for _, _, status, days, _ in PLAN:
        day = TODAY + timedelta(days=days)
        found[month_label(day.year, day.month)][order.index(status)] += 1
    return found


def choose(page: Page, label: str, option: str) -> None:
    """Pick an option of one of the filters' drop menus."""
    page.get_by_role("combobox", name=label).click()
    page.get_by_role("option", name=option, exact=True).click()


def test_the_admin_sees_how_a_programme_is_going(new_page, programme):
    admin = sign_in(new_page(), "admin@example.com")
    admin.get_by_role("link", name="Admin", exact=True).click()
    expect(admin.get_by_role("heading", level=1, name="Overview")).to_be_visible()
    nav = admin.get_by_role("navigation", name="Admin area").get_by_role("link")
    expect(nav.first).to_have_text("Overview")
    expect(admin.get_by_text("this calendar year (1 January to 31 December)")).to_be_visible()

    choose(admin, "Programme", PROGRAMME)
    admin.get_by_label("From").fill(START.isoformat())
    admin.get_by_label("To", exact=True).fill(END.isoformat())
    admin.get_by_role("button", name="Show").click()
    shown = f"{day_text(START)} to {day_text(END)}"
    expect(admin.get_by_text(shown, exact=True)).to_be_visible()
    expected = {
        "Active relationships": "2",
        "Closed relationships": "1",
        "To be Arranged": "0",
        "Arranged": "1",
        "Completed": "2",
        "Cancelled": "2",
        "Overdue (arranged, time passed)": "1",
        "Completion rate": "40%",  # 2 completed of 5 due
        "By the coach or mentor": "1",
        "By the coachee or mentee": "1",
        "By the admin team": "0",
    }
    for label, value in expected.items():
        expect(figure(admin, label)).to_have_text(value)
    assert chart_table(admin) == expected_months()
    bars = admin.locator(".chart .recharts-bar-rectangle")
    expect(bars).to_have_count(sum(1 for counts in expected_months().values() for n in counts if n))

    quiet = admin.get_by_role("region", name="Relationships with nothing arranged")
    expect(quiet.get_by_role("row").filter(has_text="Olga Quinn & Sara Holm")).to_have_count(1)
    repeated = admin.get_by_role("region", name="Relationships with repeated cancellations")
    expect(repeated.get_by_role("row").filter(has_text="2 sessions cancelled")).to_contain_text(
        "Olga Quinn & Ravi Patel"
    )

    with unit_of_work(programme.engine) as db:  # meanwhile, Sara's first session is added
        add(db, db.get(Relationship, programme.sara), 1, TBA, added=TODAY)
        db.commit()
    admin.get_by_role("button", name="Refresh").click(timeout=25_000)
    expect(figure(admin, "To be Arranged")).to_have_text("1")
    expect(admin.get_by_role("button", name="Refresh")).to_have_count(0)

    with admin.expect_download() as started:
        admin.get_by_role("button", name="Export sessions (CSV)").click()
    download = started.value
    assert download.suggested_filename == f"sessions-{START}-to-{END}.csv"
    body = Path(download.path()).read_bytes()
    assert body.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert [(r["Coachee or mentee"], r["Session"], r["Status"]) for r in rows] == [
        ("Ravi Patel", "1", "Completed"),
        ("Ravi Patel", "2", "Cancelled"),
        ("Ravi Patel", "3", "Cancelled"),
        ("Ravi Patel", "4", "Arranged"),
        ("Sara Holm", "1", "To be Arranged"),
        ("Tariq Aziz", "1", "Completed"),
    ]
    assert rows[1]["Cancelled by"] == "Ravi Patel (coachee)"
    assert {r["Programme"] for r in rows} == {PROGRAMME}

    overdue = admin.get_by_role("region", name="Sessions not marked as completed")
    overdue.get_by_role("link", name="Olga Quinn & Ravi Patel").click()
    expect(admin.get_by_role("heading", level=1, name="Session 4")).to_be_visible()
    expect(admin).to_have_url(re.compile(f"/relationships/{programme.ravi}/sessions/4$"))


def test_a_coach_finds_no_overview(page):
    sign_in(page, "coach@example.com")
    page.goto("/admin/overview")
    expect(page.get_by_role("heading", level=1, name="Not found")).to_be_visible()
    expect(page.get_by_text("Page not found.")).to_be_visible()
    expect(page.get_by_text("Active relationships")).to_have_count(0)
    expect(page.get_by_role("button", name="Export sessions (CSV)")).to_have_count(0)


def test_the_date_range_starts_as_this_calendar_year(new_page):
    admin = sign_in(new_page(), "admin@example.com")
    admin.goto("/admin/overview")
    year = date.today().year
    expect(admin.get_by_label("From")).to_have_value(f"{year}-01-01")
    expect(admin.get_by_label("To", exact=True)).to_have_value(f"{year}-12-31")
