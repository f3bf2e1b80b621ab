"""A database outage: users are told to try again, nothing half-saved, and it recovers."""

import pytest
from playwright.sync_api import expect

from myecoach.db import make_engine
from tests.e2e.conftest import page_opener, sign_in
from tests.e2e.journeys import COACHING, save, stored_edits_and_location, toast
from tests.e2e.tcp_proxy import OutageProxy
from tests.servers import LOCAL_POSTGRES, demo_app, fresh_postgres_database, postgres_reachable

pytestmark = pytest.mark.skipif(not postgres_reachable(), reason="PostgreSQL is not reachable")


@pytest.fixture(scope="module")
def app_behind_proxy(tmp_path_factory):
    """The app on PostgreSQL reached through a proxy the test can cut."""
    database = fresh_postgres_database("myecoach_e2e_outage")
    port = LOCAL_POSTGRES.rsplit(":", 1)[1]
    proxy = OutageProxy(target_port=int(port)).start()
    through_proxy = database.replace(port, str(proxy.port), 1)
    with demo_app(
        tmp_path_factory.mktemp("outage"),
        REFLEX_WEB_WORKDIR=".web-outage",
        REFLEX_DB_URL=through_proxy,
    ) as url:
        yield url, proxy, make_engine(database)
    proxy.cut()


def test_a_database_outage_asks_to_try_again_and_the_app_recovers(browser, app_behind_proxy):
    url, proxy, database = app_behind_proxy
    with page_opener(browser, url) as open_page:
        coach = sign_in(open_page(), "coach@example.com")
        coach.goto(f"{COACHING}/sessions/4")
        coach.get_by_label("Location").fill("Room during the outage")
        proxy.cut()
        try:
            save(coach)
            expect(toast(coach, "cannot reach the database")).to_be_visible()
            expect(coach.get_by_role("heading", name="Session 4")).to_be_visible()
        finally:
            proxy.restore()
        save(coach)
        expect(toast(coach, "Session 4 saved")).to_be_visible()
    assert stored_edits_and_location(database, 1, 4) == (1, "Room during the outage")
