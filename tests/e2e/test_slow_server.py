"""A server that does not answer: the page says it is loading, then what to do."""

from playwright.sync_api import expect

from tests.e2e.conftest import sign_in
from tests.e2e.journeys import COACHING


def test_a_page_the_server_does_not_answer_says_what_to_do(page):
    sign_in(page, "coach@example.com")
    page.route_web_socket("**/_event/**", lambda socket: None)  # connects, never answers
    page.goto(COACHING)
    hint = page.get_by_text("This is taking longer than usual")
    expect(page.get_by_text("Loading…")).to_be_visible()
    expect(hint).to_be_hidden()
    expect(hint).to_be_visible(timeout=10_000)
