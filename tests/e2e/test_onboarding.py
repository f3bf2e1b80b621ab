"""From an empty production database to a coach arranging a session: the first admin from
the command line, people and pairings imported from a spreadsheet, invitation links,
passwords, and a deactivated coach signed out at once."""

import os
import re
import subprocess
import sys
from datetime import date, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import page_opener
from tests.e2e.journeys import add_session, choose_type, fill_times, inbox_messages, pick_date, save
from tests.e2e.journeys import status as session_status
from tests.servers import ROOT, demo_app

PASSWORD = "a long enough passphrase"
PAIRINGS = """programme;kind;coach_email;coach_name;coachee_email;coachee_name
Leadership Coaching 2027;coaching;claire@org.example;Claire Bennett;daniel@org.example;Daniel Okafor
Leadership Coaching 2027;coaching;claire@org.example;Claire Bennett;priya@org.example;Priya Shah
Leadership Coaching 2027;dancing;claire@org.example;Claire Bennett;tom@org.example;Tom Walsh
"""
MENTORING = """programme,kind,coach_email,coach_name,coachee_email,coachee_name
Mentoring 2027,mentoring,mo@org.example,Mo Reyes,ned@org.example,Ned Shaw
Mentoring 2027,mentoring,mo@org.example,Mo Reyes,pia@org.example,Pia Lund
"""
NEXT_MONTH = (date.today().replace(day=1) + timedelta(days=40)).replace(day=15)


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    """The app as a real organisation starts it: MYECOACH_DEMO=0, an empty database."""
    folder = tmp_path_factory.mktemp("production")
    database = f"sqlite:///{folder / 'app.db'}"
    with demo_app(
        folder, MYECOACH_DEMO="0", REFLEX_DB_URL=database, REFLEX_WEB_WORKDIR=".web-isolated"
    ) as url:
        yield url, database, folder


def operator(database: str, url: str, *args: str) -> str:
    """Run `python -m myecoach.admin …` as the README says; returns the link it prints."""
    port = url.rsplit(":", 1)[1]
    done = subprocess.run(
        [sys.executable, "-m", "myecoach.admin", *args],
        cwd=ROOT,
        env={**os.environ, "REFLEX_DB_URL": database, "PORT": port},
        capture_output=True,
        text=True,
        check=True,
    )
    return re.search(r"http\S+/set-password\?token=\S+", done.stdout).group()


def set_password(page: Page, link: str) -> None:
    """Open a one-time link, set the password, and land signed in."""
    page.goto(link)
    page.get_by_label("New password", exact=True).fill(PASSWORD)
    page.get_by_label("Confirm new password").fill(PASSWORD)
    page.get_by_role("button", name="Set password").click()
    expect(page.get_by_role("heading", name="My Relationships")).to_be_visible()


def link_of(admin: Page, name: str) -> str:
    """The invitation link the admin team hands to ``name`` (from Admin → People)."""
    admin.goto("/admin/people")
    admin.get_by_label("Search people").fill(name)
    row = admin.get_by_role("row").filter(has_text=name)
    expect(row).to_have_count(1)
    return row.locator(".password-link").get_attribute("href")


def test_an_organisation_starts_from_an_empty_database(browser, production, tmp_path):
    url, database, _ = production
    with page_opener(browser, url) as open_page:
        first_link = operator(database, url, "create-admin", "ada@org.example", "Ada Admin")
        admin = open_page()
        admin.goto("/sign-in")
        expect(admin.get_by_text("Demo accounts")).to_have_count(0)
        set_password(admin, first_link)
        expect(admin.get_by_text("You are not in any relationship yet")).to_be_visible()

        admin.get_by_role("link", name="Admin", exact=True).click()
        admin.get_by_role("link", name="Activity").click()
        trail = admin.get_by_role("region", name="Admin activity")
        expect(trail).to_contain_text("Operator made a new invitation link")
        admin.get_by_role("link", name="Import").click()
        spreadsheet = tmp_path / "pairings.csv"
        spreadsheet.write_text(PAIRINGS, encoding="utf-8-sig")
        admin.locator("input[type=file]").set_input_files(spreadsheet)
        admin.get_by_role("button", name="Preview").click()
        expect(admin.get_by_text("2 new pairings (0 exist already)")).to_be_visible()
        expect(admin.get_by_text("3 new people (0 exist already)")).to_be_visible()
        expect(admin.get_by_role("row").filter(has_text="Unknown kind “dancing”")).to_contain_text(
            "4"
        )
        admin.get_by_role("button", name="Import 2 pairings").click()
        expect(admin.locator("[data-sonner-toast]").filter(has_text="Imported")).to_be_visible()
        admin.get_by_role("link", name="Activity").click()
        expect(trail.get_by_role("row").nth(1)).to_contain_text("Imported")

        coach = open_page()
        set_password(coach, link_of(admin, "Claire Bennett"))
        expect(coach.get_by_text("Coachee: Daniel Okafor")).to_be_visible()
        coach.get_by_role("link", name=re.compile("^View .*Daniel Okafor")).click()
        number = add_session(coach)
        pick_date(coach, NEXT_MONTH)
        fill_times(coach, "10:00", "11:00")
        choose_type(coach, "Online")
        save(coach)
        expect(session_status(coach)).to_have_text("Arranged")

        coachee = open_page()
        set_password(coachee, link_of(admin, "Daniel Okafor"))
        assert any(
            f"Claire Bennett arranged Session {number}" in m for m in inbox_messages(coachee)
        )

        admin.goto("/admin/people")
        admin.get_by_label("Search people").fill("Claire")
        admin.get_by_role("button", name="Deactivate Claire Bennett").click()
        expect(coach).to_have_url(re.compile(r"/sign-in/?$"))
        coach.get_by_label("Email").fill("claire@org.example")
        coach.get_by_label("Password").fill(PASSWORD)
        coach.get_by_role("button", name="Sign in").click()
        expect(coach.get_by_role("alert")).to_contain_text("This account has been deactivated")


def test_a_link_works_once_and_a_forgotten_password_gets_the_same_answer(browser, production):
    url, database, _ = production
    with page_opener(browser, url) as open_page:
        link = operator(database, url, "create-admin", "bea@org.example", "Bea Admin")
        page = open_page()
        page.goto(link)
        page.get_by_label("New password", exact=True).fill("password123")
        page.get_by_label("Confirm new password").fill("password123")
        page.get_by_role("button", name="Set password").click()
        expect(page.get_by_text("one of the most common passwords")).to_be_visible()
        set_password(page, link)

        again = open_page()
        again.goto(link)
        expect(again.get_by_text("This link has expired or has already been used")).to_be_visible()

        answers = []
        for email in ("bea@org.example", "nobody@org.example"):
            visitor = open_page()
            visitor.goto("/sign-in")
            visitor.get_by_role("link", name="Forgot your password?").click()
            expect(visitor.get_by_role("button", name="Ask for a new password")).to_be_enabled()
            visitor.get_by_label("Email").fill(email)
            visitor.get_by_role("button", name="Ask for a new password").click()
            answer = visitor.get_by_role("status").filter(has_text="password")
            expect(answer).to_be_visible()
            answers.append(answer.inner_text())
        assert answers[0] == answers[1]


def test_the_admin_pairs_two_people_chosen_by_part_of_their_name(browser, production, tmp_path):
    url, database, _ = production
    with page_opener(browser, url) as open_page:
        admin = open_page()
        set_password(admin, operator(database, url, "create-admin", "cai@org.example", "Cai Lee"))
        spreadsheet = tmp_path / "mentoring.csv"
        spreadsheet.write_text(MENTORING, encoding="utf-8")
        admin.goto("/admin/import")
        admin.locator("input[type=file]").set_input_files(spreadsheet)
        admin.get_by_role("button", name="Preview").click()
        admin.get_by_role("button", name="Import 2 pairings").click()
        expect(admin.locator("[data-sonner-toast]").filter(has_text="Imported")).to_be_visible()

        admin.get_by_role("link", name="Pairing").click()
        admin.get_by_label("Programme").click()
        admin.get_by_role("option", name="Mentoring 2027").click()
        admin.get_by_label("Kind").click()
        admin.get_by_role("option", name="Mentoring (mentor and mentee)").click()
        for label, typed, person in (
            ("Coach or mentor (email)", "ned", ("Ned Shaw", "ned@org.example")),
            ("Coachee or mentee (email)", "LUND", ("Pia Lund", "pia@org.example")),
        ):
            admin.get_by_label(label).press_sequentially(typed)
            suggestions = admin.locator(
                f"#{admin.get_by_label(label).get_attribute('list')} option"
            )
            expect(suggestions).to_have_count(1)
            assert (
                suggestions.get_attribute("label"),
                suggestions.get_attribute("value"),
            ) == person
            admin.get_by_label(label).fill(person[1])  # as choosing the suggestion does
        admin.get_by_role("button", name="Pair").click()
        expect(admin.get_by_text("Mentor: Ned Shaw · Mentee: Pia Lund")).to_be_visible()
