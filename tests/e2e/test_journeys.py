"""Every journey of the help page, as a coach, a coachee and the admin team follow it."""

import re
from datetime import date, timedelta
from uuid import uuid4

from playwright.sync_api import expect

from tests.e2e.journeys import (
    COACHING,
    add_session,
    choose_type,
    fill_times,
    inbox_messages,
    open_relationship,
    pick_date,
    save,
    set_notify,
    signed_in,
    status,
    toast,
)

NEXT_MONTH = (date.today().replace(day=1) + timedelta(days=40)).replace(day=15)


def arrange(page, *, notify: bool, day: date, location: str = "Room 4.12") -> int:
    """Add a session on the coaching relationship and arrange it on ``day`` (each journey on
    a day of its own, so that none clashes with another's session)."""
    page.goto(COACHING)
    number = add_session(page)
    pick_date(page, day)
    fill_times(page, "14:00", "15:30")
    choose_type(page, "Face-to-face")
    page.get_by_label("Location").fill(location)
    set_notify(page, notify)
    save(page)
    expect(status(page)).to_have_text("Arranged")
    return number


def test_search_and_view_show_the_sessions(new_page):
    coach = signed_in(new_page, "coach@example.com")
    open_relationship(coach, "okafor", "Leadership Coaching 2026 with Daniel Okafor")
    expect(coach.get_by_role("heading", level=1, name="Leadership Coaching 2026")).to_be_visible()
    for name in ("Completed", "Cancelled", "Arranged", "To be Arranged"):
        expect(coach.get_by_role("cell", name=name, exact=True).first).to_be_visible()
    coach.get_by_role("link", name="Edit Session 4").click()
    expect(coach.get_by_role("heading", name="Session 4")).to_be_visible()
    expect(coach.get_by_role("button", name="Cancel Session 4")).to_be_visible()


def test_arranging_by_the_calendar_notifies_the_coachee(new_page):
    coach = signed_in(new_page, "coach@example.com")
    coach.goto(COACHING)
    number = add_session(coach)
    pick_date(coach, NEXT_MONTH)
    fill_times(coach, "14:00", "15:30")
    choose_type(coach, "Face-to-face")
    save(coach)
    expect(coach.get_by_text("Enter a location for a face-to-face session.")).to_be_visible()
    expect(status(coach)).to_have_text("To be Arranged")
    coach.get_by_label("Location").fill("Room 4.12, Bush House")
    save(coach)
    expect(toast(coach, f"Session {number} saved: Arranged")).to_be_visible()
    expect(status(coach)).to_have_text("Arranged")
    coach.reload()
    expect(coach.get_by_label("Date", exact=True)).to_have_value(NEXT_MONTH.isoformat())
    expect(coach.get_by_label("Start time")).to_have_value("14:00")

    coachee = signed_in(new_page, "coachee@example.com")
    expect(
        coachee.get_by_role("link", name=re.compile(r"Notifications \d+ unread"))
    ).to_be_visible()
    messages = inbox_messages(coachee)
    assert any(f"Claire Bennett arranged Session {number} for" in m for m in messages)
    coachee.get_by_role("link", name=re.compile(f"arranged Session {number} for")).click()
    expect(coachee.get_by_role("heading", name=f"Session {number}")).to_be_visible()


def test_notify_unticked_tells_nobody_and_ticked_tells_the_coachee(new_page):
    coach = signed_in(new_page, "coach@example.com")
    number = arrange(coach, notify=False, day=NEXT_MONTH + timedelta(days=1))
    quiet, loud = f"Quiet room {uuid4().hex[:6]}", f"Loud room {uuid4().hex[:6]}"
    for location, notify in ((quiet, False), (loud, True)):
        coach.get_by_label("Location").fill(location)
        set_notify(coach, notify)
        save(coach)
        coach.get_by_role("button", name="History").click()
        expect(coach.locator("table tbody tr").last).to_contain_text(location)
        expect(coach.locator("table tbody tr").last).to_contain_text(
            "Daniel Okafor" if notify else "Nobody"
        )
        coach.get_by_role("button", name="Session details").click()

    coachee = signed_in(new_page, "coachee@example.com")
    messages = inbox_messages(coachee)
    mine = [m for m in messages if f"Session {number} " in m]
    assert len(mine) == 1 and f"Claire Bennett edited Session {number}" in mine[0]


def test_cancel_needs_a_reason_and_always_notifies_then_reactivate_keeps_date(new_page):
    coach = signed_in(new_page, "coach@example.com")
    day = NEXT_MONTH + timedelta(days=2)
    number = arrange(coach, notify=False, day=day)
    coach.get_by_role("button", name=f"Cancel Session {number}").click()
    reason = coach.get_by_label("Reason for cancelling")
    reason.fill("   ")
    coach.get_by_role("button", name="Cancel session", exact=True).click()
    expect(coach.get_by_text("Give a reason for cancelling.")).to_be_visible()
    expect(status(coach)).to_have_text("Arranged")
    reason.fill("I am travelling that week")
    coach.get_by_role("button", name="Cancel session", exact=True).click()
    expect(status(coach)).to_have_text("Cancelled")
    expect(coach.get_by_text("This session is cancelled, so it cannot be edited.")).to_be_visible()
    expect(coach.get_by_role("button", name="Save")).to_be_disabled()

    coachee = signed_in(new_page, "coachee@example.com")
    assert any(
        f"cancelled Session {number}: I am travelling that week" in m
        for m in inbox_messages(coachee)
    )

    coach.get_by_role("button", name=f"Reactivate Session {number}").click()
    coach.get_by_role("button", name="Reactivate", exact=True).click()
    expect(toast(coach, "kept the date and time")).to_be_visible()
    expect(status(coach)).to_have_text("Arranged")
    expect(coach.get_by_label("Date", exact=True)).to_have_value(day.isoformat())
    expect(coach.get_by_label("Start time")).to_have_value("14:00")
    expect(coach.get_by_label("End time")).to_have_value("15:30")

    coach.get_by_role("button", name="History").click()
    rows = coach.locator("table tbody tr")
    expect(rows).to_have_count(4)
    expect(rows.nth(0)).to_contain_text("Added")
    expect(rows.nth(1)).to_contain_text("Arranged")
    expect(rows.nth(1)).to_contain_text("Nobody")
    expect(rows.nth(2)).to_contain_text("Cancelled")
    expect(rows.nth(2)).to_contain_text("I am travelling that week")
    expect(rows.nth(2)).to_contain_text("Daniel Okafor")
    expect(rows.nth(3)).to_contain_text("Reactivated")


def test_mark_completed_once_the_session_has_started(new_page):
    coachee = signed_in(new_page, "coachee@example.com")
    coachee.goto(COACHING)
    due = (
        coachee.get_by_role("row", name="Session 2").get_by_text("Time passed").filter(visible=True)
    )
    expect(due).to_have_text("Time passed: mark as completed")
    expect(coachee.get_by_role("row", name="Session 4")).not_to_contain_text("Time passed")
    coachee.goto(f"{COACHING}/sessions/4")
    expect(coachee.get_by_role("button", name="Session details")).to_be_visible()
    expect(coachee.get_by_role("button", name="Mark Session 4 as completed")).to_have_count(0)
    coachee.goto(f"{COACHING}/sessions/2")
    coachee.get_by_role("button", name="Mark Session 2 as completed").click()
    coachee.get_by_role("button", name="Mark as completed").click()
    expect(status(coachee)).to_have_text("Completed")
    expect(coachee.get_by_text("This session is completed")).to_be_visible()
    expect(coachee.get_by_role("button", name="Cancel Session 2")).to_have_count(0)
    coachee.goto(COACHING)
    expect(coachee.get_by_role("row", name="Session 2")).to_contain_text("Completed")
    expect(due).to_have_count(0)


def test_bad_input_shows_its_error_and_saves_nothing(new_page):
    coach = signed_in(new_page, "coach@example.com")
    coach.goto(COACHING)
    number = add_session(coach)
    pick_date(coach, NEXT_MONTH)
    fill_times(coach, "15:00", "14:00")
    choose_type(coach, "Online")
    save(coach)
    expect(coach.get_by_text("End time must be after the start time.")).to_be_visible()
    expect(coach.get_by_label("End time")).to_have_attribute("aria-invalid", "true")
    expect(coach.get_by_label("Start time")).to_have_value("15:00")
    coach.reload()
    expect(coach.get_by_role("heading", name=f"Session {number}")).to_be_visible()
    expect(status(coach)).to_have_text("To be Arranged")
    expect(coach.get_by_label("Date", exact=True)).to_have_value("")


def test_an_admin_edit_notifies_both_and_mentoring_uses_its_own_words(new_page):
    admin = signed_in(new_page, "admin@example.com")
    open_relationship(admin, "Graduate", "Graduate Mentoring 2026 with Leo Fischer")
    expect(admin.get_by_text("Mentor:")).to_be_visible()
    admin.get_by_role("link", name="Edit Session 3").click()
    expect(admin.get_by_text("Mentor: Maria Santos · Mentee: Leo Fischer")).to_be_visible()
    pick_date(admin, NEXT_MONTH)
    fill_times(admin, "09:00", "10:00")
    choose_type(admin, "Call")
    save(admin)
    expect(status(admin)).to_have_text("Arranged")
    for email in ("mentor@example.com", "mentee@example.com"):
        person = signed_in(new_page, email)
        assert any("Alex Morgan arranged Session 3" in m for m in inbox_messages(person))


def test_after_a_save_the_form_shows_what_was_stored_and_keeps_the_cursor(new_page):
    coach = signed_in(new_page, "coach@example.com")
    arrange(coach, notify=False, day=NEXT_MONTH + timedelta(days=3))
    form, location = coach.locator("form[data-version]"), coach.get_by_label("Location")
    location.fill("  Room 5.01, Bush House  ")
    save(coach)
    expect(location).to_have_value("Room 5.01, Bush House")  # trimmed as stored: afresh

    saved_version = form.get_attribute("data-version")
    location.fill("Room 5.02")
    location.press("Enter")
    expect(form).not_to_have_attribute("data-version", saved_version or "")
    expect(location).to_be_focused()  # what was typed is what was stored: the form stays
    expect(location).to_have_value("Room 5.02")
    coach.reload()
    expect(coach.get_by_label("Location")).to_have_value("Room 5.02")
