"""Steps of the help page's journeys, by the names users see."""

import re
from datetime import date

from playwright.sync_api import Page, expect
from sqlalchemy import Engine, text

from tests.e2e.conftest import sign_in

COACHING = "/relationships/1"


def open_relationship(page: Page, search: str, label: str) -> None:
    """From `My Relationships`, search and click `View`."""
    page.get_by_role("link", name="My Relationships").click()
    page.get_by_label("Search relationships").fill(search)
    page.get_by_role("link", name=re.compile(f"^View {label}")).click()


def add_session(page: Page) -> int:
    """`Add session` on the open relationship; returns the new session's number."""
    page.get_by_role("button", name="Add session").click()
    heading = page.get_by_role("heading", level=1, name=re.compile(r"^Session \d+$"))
    expect(heading).to_be_visible()
    expect(status(page)).to_have_text("To be Arranged")
    return int(heading.inner_text().split()[1])


def status(page: Page):
    """The status badge of the session open in the editor."""
    return page.locator(".session-status")


def pick_date(page: Page, day: date) -> None:
    """Open the calendar from `Date` and click the day."""
    page.get_by_label("Date", exact=True).click()
    calendar = page.get_by_role("dialog")
    expect(calendar).to_be_visible()
    label = f"{day:%A} {day.day} {day:%B %Y}"
    target = calendar.get_by_role("button", name=re.compile(f"^{label}"))
    for _ in range(24):
        if target.count():
            break
        calendar.get_by_role("button", name=re.compile("next month", re.I)).click()
    target.click()
    expect(page.get_by_label("Date", exact=True)).to_have_value(day.isoformat())


def fill_times(page: Page, start: str, end: str) -> None:
    """Type the start and end time."""
    page.get_by_label("Start time").fill(start)
    page.get_by_label("End time").fill(end)


def choose_type(page: Page, kind: str) -> None:
    """Pick a `Session type` from its drop menu."""
    page.get_by_role("combobox", name="Session type").click()
    page.get_by_role("option", name=kind, exact=True).click()


def set_notify(page: Page, ticked: bool) -> None:
    """Tick or untick `Notify the other participant`."""
    box = page.get_by_role("checkbox", name="Notify the other participant")
    if box.is_checked() != ticked:
        box.click()
    expect(box).to_be_checked(checked=ticked)


def save(page: Page) -> None:
    """Click `Save`."""
    page.get_by_role("button", name="Save").click()


def toast(page: Page, text: str):
    """The toast that says ``text``."""
    return page.locator("[data-sonner-toast]").filter(has_text=text)


def inbox_messages(page: Page) -> list[str]:
    """Open `Notifications` and read the messages, newest first."""
    page.get_by_role("link", name=re.compile("^Notifications")).click()
    expect(page.get_by_role("heading", name="Notifications")).to_be_visible()
    items = page.locator(".notification")
    items.first.or_(page.get_by_text("No notifications yet.")).wait_for()
    return items.all_inner_texts()


def signed_in(new_page, email: str) -> Page:
    """A new browser context signed in as ``email``."""
    return sign_in(new_page(), email)


def stored_edits_and_location(database: Engine, relationship_id: int, number: int) -> tuple:
    """What the database holds for a session: its `Edited` history rows, and its location."""
    where = {"relationship": relationship_id, "number": number}
    with database.connect() as connection:
        edits = connection.execute(
            text(
                "SELECT count(*) FROM session_history h"
                " JOIN coaching_session s ON s.id = h.session_id"
                " WHERE s.relationship_id = :relationship AND s.number = :number"
                " AND h.action = 'Edited'"
            ),
            where,
        ).scalar_one()
        location = connection.execute(
            text(
                "SELECT location FROM coaching_session"
                " WHERE relationship_id = :relationship AND number = :number"
            ),
            where,
        ).scalar_one()
    return edits, location
