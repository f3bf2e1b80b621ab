"""Across time zones: a coach in Tokyo, invited by link, has Tokyo proposed as their zone and
arranges a session in Tokyo time; the coachee in London reads it in London time with the
Tokyo time beside it, in their live toast, inbox, relationship list and sessions table. A
time the clocks skip is refused beside its field, and a second session that overlaps the
coachee's session in another relationship warns without revealing it, then `Save anyway`."""

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import func
from sqlmodel import select

from myecoach.db import make_engine, unit_of_work
from myecoach.domain.statuses import SessionStatus, SessionType
from myecoach.domain.validation import SessionDetails
from myecoach.domain.zones import wall_time_exists, zone_rules
from myecoach.models import CoachingSession, Programme, Relationship, User
from myecoach.services.accounts import LinkPurpose, issue_link
from tests.e2e.journeys import (
    add_session,
    choose_type,
    fill_times,
    inbox_messages,
    open_relationship,
    pick_date,
    save,
    signed_in,
    status,
    toast,
)
from tests.services.onboarding import token_of

PASSWORD = "sakura lantern 42 river"
PROGRAMME = "Global Coaching 2027"
TOKYO, LONDON = "Asia/Tokyo", "Europe/London"
FIRST_DAY = date.today() + timedelta(days=60)  # apart from the days other journeys use
CLASH_DAY = FIRST_DAY + timedelta(days=1)
SECRETS = ("Claire Bennett", "Leadership Coaching", "12:00", "13:00")


@dataclass(frozen=True)
class Invited:
    """The coach's invitation, and the coachee's other session the clash must not reveal."""

    token: str
    other_session: int


@pytest.fixture(scope="module")
def invited(app_database_url) -> Invited:
    """Kenji Sato, invited, paired with Daniel Okafor; Daniel also has an arranged session
    with Claire Bennett on CLASH_DAY, 12:00–13:00 in London."""
    engine = make_engine(app_database_url)
    with unit_of_work(engine) as db:
        programme = Programme(name=PROGRAMME)
        kenji = User(email="kenji@example.org", name="Kenji Sato", time_zone=LONDON)
        db.add_all([programme, kenji])
        db.flush()
        daniel = db.exec(select(User).where(User.email == "coachee@example.com")).one()
        db.add(Relationship.between(programme, kenji, daniel))
        claire_and_daniel = db.exec(
            select(Relationship).where(Relationship.coachee_id == daniel.id)
        ).first()
        number = (
            1
            + db.exec(
                select(func.max(CoachingSession.number)).where(
                    CoachingSession.relationship_id == claire_and_daniel.id
                )
            ).one()
        )
        other = CoachingSession.numbered(claire_and_daniel, number, status=SessionStatus.ARRANGED)
        other.apply(SessionDetails(CLASH_DAY, time(12), time(13), LONDON, "", SessionType.CALL, ""))
        db.add(other)
        link = issue_link(db, kenji, LinkPurpose.INVITATION)
        db.commit()
    engine.dispose()
    return Invited(token_of(link), number)


def in_zone(day: date, at: time, zone: str, to: str) -> datetime:
    """A wall-clock time in ``zone`` as the clock in ``to`` reads it."""
    return datetime.combine(day, at, tzinfo=zone_rules(zone)).astimezone(zone_rules(to))


def next_skipped_time(zones: list[str]) -> tuple[str, date, time]:
    """The soonest time from next week that the clocks skip in one of the zones."""
    day = date.today() + timedelta(days=7)
    while True:
        for zone in zones:
            for minutes in range(0, 24 * 60, 30):
                at = time(minutes // 60, minutes % 60)
                if not wall_time_exists(day, at, zone):
                    return zone, day, at
        day += timedelta(days=1)


def zone_field(page: Page):
    return page.get_by_label("Time zone")


def test_each_person_sees_their_own_time_and_a_clash_reveals_nothing(
    browser, app_url, new_page, invited
):
    tokyo = browser.new_context(base_url=app_url, timezone_id=TOKYO, locale="en-GB")
    try:
        kenji = tokyo.new_page()
        kenji.goto(f"/set-password?token={invited.token}")
        expect(zone_field(kenji)).to_have_value(TOKYO)  # proposed from the browser
        kenji.get_by_label("New password", exact=True).fill(PASSWORD)
        kenji.get_by_label("Confirm new password").fill(PASSWORD)
        kenji.get_by_role("button", name="Set password").click()
        expect(kenji.get_by_role("heading", name="My Relationships")).to_be_visible()

        daniel = signed_in(new_page, "coachee@example.com")
        open_relationship(kenji, "Global", f"{PROGRAMME} with Daniel Okafor")
        first = add_session(kenji)
        expect(zone_field(kenji)).to_have_value(TOKYO)  # a new session: the editor's zone
        pick_date(kenji, FIRST_DAY)
        fill_times(kenji, "18:00", "19:00")
        choose_type(kenji, "Online")
        save(kenji)
        expect(status(kenji)).to_have_text("Arranged")
        expect(kenji.locator(".session-when")).to_contain_text("18:00–19:00 Tokyo time")

        start, end = (in_zone(FIRST_DAY, time(h), TOKYO, LONDON) for h in (18, 19))
        london = f"{start:%H:%M}–{end:%H:%M} your time in London · 18:00–19:00 in Tokyo"
        when = f"{start:%a} {start.day} {start:%b %Y}, {london}"
        arranged = f"Kenji Sato arranged Session {first} for {when} — {PROGRAMME}"
        expect(daniel.locator(".live-toast")).to_contain_text(arranged)
        assert any(arranged in message for message in inbox_messages(daniel))
        daniel.get_by_role("link", name="My Relationships").click()
        card = daniel.locator(".relationship-row").filter(has_text=PROGRAMME)
        expect(card).to_contain_text(f"Next session: {when}")
        card.get_by_role("link", name=re.compile("^View")).click()
        row = daniel.get_by_role("row").filter(has_text=f"Session {first}")
        expect(row).to_contain_text(london)

        clash_start = in_zone(CLASH_DAY, time(12, 30), LONDON, TOKYO)
        kenji.get_by_role("link", name=PROGRAMME).click()
        second = add_session(kenji)
        pick_date(kenji, clash_start.date())
        fill_times(kenji, f"{clash_start:%H:%M}", f"{clash_start + timedelta(hours=1):%H:%M}")
        save(kenji)
        warning = kenji.get_by_role("alertdialog")
        expect(warning).to_contain_text("This time clashes with another session.")
        expect(warning).to_contain_text("Daniel Okafor already has a session at that time.")
        shown = warning.inner_text()
        assert [s for s in SECRETS if s in shown] == []
        assert f"Session {invited.other_session}" not in shown
        expect(status(kenji)).to_have_text("To be Arranged")
        warning.get_by_role("button", name="Save anyway").click()
        expect(warning).to_be_hidden()
        expect(status(kenji)).to_have_text("Arranged")
        expect(toast(kenji, f"Session {second} saved: Arranged")).to_be_visible()

        skipped_zone, skipped_day, skipped_at = next_skipped_time([LONDON, "America/New_York"])
        kenji.get_by_role("link", name=PROGRAMME).click()
        add_session(kenji)
        zone_field(kenji).fill(skipped_zone)
        pick_date(kenji, skipped_day)
        fill_times(kenji, f"{skipped_at:%H:%M}", "05:00")
        save(kenji)
        refusal = kenji.locator("#start_time-error")
        expect(refusal).to_have_text(
            f"{skipped_at:%H:%M} does not exist on {skipped_day.day} {skipped_day:%B %Y} in "
            f"{skipped_zone}: the clocks go forward. Choose another time."
        )
        expect(kenji.get_by_label("Start time")).to_have_attribute("aria-invalid", "true")
        expect(status(kenji)).to_have_text("To be Arranged")
    finally:
        tokyo.close()
