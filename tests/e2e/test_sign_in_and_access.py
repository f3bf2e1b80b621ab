"""Signing in as each demo role, signing out, and what outsiders can reach."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in


@pytest.mark.parametrize(
    ("email", "sees", "role_line"),
    [
        ("coach@example.com", "Leadership Coaching 2026", "Coachee: Daniel Okafor"),
        ("coachee@example.com", "Leadership Coaching 2026", "Coach: Claire Bennett"),
        ("mentor@example.com", "Graduate Mentoring 2026", "Mentee: Leo Fischer"),
        ("mentee@example.com", "Graduate Mentoring 2026", "Mentor: Maria Santos"),
    ],
)
def test_each_participant_signs_in_and_sees_their_relationships(page, email, sees, role_line):
    sign_in(page, email)
    rows = page.locator(".relationship-row")
    expect(rows.first).to_contain_text(sees)
    expect(page.get_by_text(role_line).first).to_be_visible()


def test_the_admin_sees_every_relationship(page):
    sign_in(page, "admin@example.com")
    expect(page.get_by_role("status").filter(has_text="relationships")).to_have_text(
        "13 relationships"
    )
    page.get_by_label("Search relationships").fill("mentee@example.com")
    expect(page.locator(".relationship-row")).to_have_count(1)
    expect(page.locator(".relationship-row")).to_contain_text("Mentor: Maria Santos")


def test_the_status_filter_shows_closed_or_active_relationships(page):
    sign_in(page, "coach@example.com")
    rows, status = page.locator(".relationship-row"), page.get_by_role("combobox", name="Status")
    counted = page.get_by_role("status").filter(has_text="relationships")
    expect(status).to_have_text("All")
    status.click()
    page.get_by_role("option", name="Closed").click()
    expect(counted).to_have_text("2 relationships")
    expect(rows).to_have_count(2)
    for closed in ("Ben Carter", "Chloe Martin"):
        expect(rows.filter(has_text=closed).get_by_text("Closed", exact=True)).to_be_visible()
    status.click()
    page.get_by_role("option", name="Active").click()
    expect(counted).to_have_text("10 relationships")
    expect(rows.get_by_text("Closed", exact=True)).to_have_count(0)


def test_a_wrong_password_gives_one_generic_message(page):
    page.goto("/sign-in")
    page.get_by_label("Email").fill("coach@example.com")
    page.get_by_label("Password").fill("not-the-password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_have_text("Wrong email or password.")
    expect(page).to_have_url(re.compile(r"/sign-in/?$"))


def test_pages_need_a_signed_in_user(page):
    page.goto("/relationships/1")
    expect(page).to_have_url(re.compile(r"/sign-in/?$"))
    expect(page.get_by_role("button", name="Sign in")).to_be_visible()


def test_sign_out_ends_the_sign_in_on_the_server(new_page):
    page = sign_in(new_page(), "coach@example.com")
    [token] = [c for c in page.context.cookies() if c["name"] == "myecoach_token"]
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/sign-in/?$"))
    replay = new_page()
    replay.context.add_cookies([token])
    replay.goto("/relationships")
    expect(replay).to_have_url(re.compile(r"/sign-in/?$"))


def test_the_outsider_sees_no_relationship_and_cannot_open_one(page):
    sign_in(page, "outsider@example.com")
    expect(page.get_by_text("You are not in any relationship yet")).to_be_visible()
    for url in ("/relationships/1", "/relationships/1/sessions/1", "/relationships/abc"):
        page.goto(url)
        expect(page.get_by_role("heading", name="Not found")).to_be_visible()
        expect(page.get_by_text("Claire Bennett")).to_have_count(0)
        expect(page.get_by_role("button", name="Add session")).to_have_count(0)


def test_a_participant_of_another_relationship_cannot_open_it(page):
    sign_in(page, "mentee@example.com")
    page.goto("/relationships/1/sessions/2")
    expect(page.get_by_role("heading", name="Not found")).to_be_visible()
    expect(page.get_by_role("button", name="Save")).to_have_count(0)
