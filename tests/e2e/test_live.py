"""Changes reach the other participant's open tabs at once, without a reload."""

import re

from playwright.sync_api import expect

from tests.e2e.journeys import COACHING, add_session, signed_in, status


def bell(page):
    return page.locator("#notifications-bell")


def test_a_cancellation_reaches_every_open_tab_of_the_coachee_live(new_page, app_log):
    log_before = app_log.read_text()
    coach = signed_in(new_page, "coach@example.com")
    coach.goto(COACHING)
    number = add_session(coach)
    tabs = [signed_in(new_page, "coachee@example.com") for _ in range(2)]
    tabs[1].goto(COACHING)
    before = [bell(tab).inner_text() for tab in tabs]
    outsider = signed_in(new_page, "outsider@example.com")

    coach.get_by_role("button", name=f"Cancel Session {number}").click()
    coach.get_by_label("Reason for cancelling").fill("Double-booked, sorry")
    coach.get_by_role("button", name="Cancel session", exact=True).click()
    expect(status(coach)).to_have_text("Cancelled")

    for tab, old in zip(tabs, before, strict=True):
        toast = tab.locator(".live-toast")
        expect(toast).to_contain_text(f"cancelled Session {number}: Double-booked, sorry")
        expect(bell(tab)).not_to_have_text(old)
    tabs[0].locator(".live-toast").get_by_role("link", name="Open session").click()
    expect(tabs[0]).to_have_url(re.compile(f"/sessions/{number}/?$"))
    expect(status(tabs[0])).to_have_text("Cancelled")
    expect(coach.locator(".live-toast")).to_have_count(0)
    expect(outsider.locator(".live-toast")).to_have_count(0)
    assert "disconnected client" not in app_log.read_text()[len(log_before) :]


def test_reading_in_one_tab_updates_the_bell_in_the_others(new_page):
    first, second = (signed_in(new_page, "coachee@example.com") for _ in range(2))
    first.get_by_role("link", name=re.compile("^Notifications")).click()
    first.get_by_role("button", name="Mark all as read").click()
    expect(bell(second)).to_have_text("Notifications")


def test_a_tab_that_lost_its_connection_catches_up_when_it_is_back(new_page):
    coach = signed_in(new_page, "coach@example.com")
    coach.goto(COACHING)
    number = add_session(coach)
    coachee = signed_in(new_page, "coachee@example.com")
    before = bell(coachee).inner_text()

    coachee.context.set_offline(True)
    coach.get_by_role("button", name=f"Cancel Session {number}").click()
    coach.get_by_label("Reason for cancelling").fill("Sent while the coachee was offline")
    coach.get_by_role("button", name="Cancel session", exact=True).click()
    expect(status(coach)).to_have_text("Cancelled")
    coachee.wait_for_timeout(1000)
    expect(bell(coachee)).to_have_text(before)  # the dropped tab heard nothing

    coachee.context.set_offline(False)
    expect(bell(coachee)).not_to_have_text(before, timeout=15_000)
