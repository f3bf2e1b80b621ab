"""E-mail from the running app to a real SMTP server: a change made in the browser reaches the
other participant's mailbox, and changes made while the mail server is down each arrive
exactly once after it is back."""

import time

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import page_opener
from tests.e2e.journeys import COACHING, add_session, signed_in, status
from tests.mail_server import smtp_server
from tests.servers import demo_app, free_port

ARRIVES_WITHIN = 20  # seconds: the sender polls every 2 s and retries after 1 s here


@pytest.fixture(scope="module")
def mailing_app(tmp_path_factory):
    """The demo app with e-mail set up, sending to a local SMTP server it may lose."""
    port = free_port()
    with demo_app(
        tmp_path_factory.mktemp("mailing"),
        REFLEX_WEB_WORKDIR=".web-isolated",
        MYECOACH_SMTP_URL=f"smtp://127.0.0.1:{port}",
        MYECOACH_MAIL_FROM="myecoach <no-reply@coaching.example.org>",
        MYECOACH_MAIL_RETRY_SECONDS="1",
    ) as url:
        yield url, port


def cancellations(mailbox) -> list:
    """The cancellation e-mails received (the demo data's reminders arrive too)."""
    return [m for m in mailbox.messages() if " cancelled · " in m["Subject"]]


def wait_for(mailbox, count: int) -> list:
    """The cancellation e-mails, once ``count`` have arrived (or the time is up)."""
    deadline = time.monotonic() + ARRIVES_WITHIN
    while len(cancellations(mailbox)) < count and time.monotonic() < deadline:
        time.sleep(0.2)
    return cancellations(mailbox)


def cancel(page, number: int, reason: str) -> None:
    page.get_by_role("button", name=f"Cancel Session {number}").click()
    page.get_by_label("Reason for cancelling").fill(reason)
    page.get_by_role("button", name="Cancel session", exact=True).click()
    expect(status(page)).to_have_text("Cancelled")


def test_a_cancellation_reaches_the_coachees_mailbox(browser, mailing_app):
    url, port = mailing_app
    with smtp_server(port) as (_, mailbox), page_opener(browser, url) as open_page:
        coach = signed_in(open_page, "coach@example.com")
        coach.goto(COACHING)
        number = add_session(coach)
        cancel(coach, number, "Off sick <today>")
        (message,) = wait_for(mailbox, 1)
        assert message["To"] == "coachee@example.com"
        assert message["Subject"] == f"Session {number} cancelled · Leadership Coaching 2026"
        text = message.get_body(("plain",)).get_content()
        assert f"Claire Bennett cancelled Session {number}: Off sick <today>" in text
        assert "&lt;today&gt;" in message.get_body(("html",)).get_content()


def test_changes_made_while_the_mail_server_is_down_arrive_once_when_it_is_back(
    browser, mailing_app
):
    url, port = mailing_app
    with page_opener(browser, url) as open_page:
        coach = signed_in(open_page, "coach@example.com")
        numbers = []
        for _ in range(3):  # the mail server is not there
            coach.goto(COACHING)
            numbers.append(add_session(coach))
            cancel(coach, numbers[-1], f"Reason {numbers[-1]}")
        time.sleep(3)  # the sender has tried and failed meanwhile
        with smtp_server(port) as (_, mailbox):
            messages = wait_for(mailbox, 3)
            time.sleep(3)  # nothing more arrives
            assert len(cancellations(mailbox)) == 3
    subjects = sorted(m["Subject"] for m in messages)
    assert subjects == sorted(f"Session {n} cancelled · Leadership Coaching 2026" for n in numbers)
    assert len({m["Message-ID"] for m in messages}) == 3
