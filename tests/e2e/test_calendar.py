"""Sessions in a real calendar client: vdirsyncer keeps a folder in step with a participant's
personal feed over HTTP, as a subscribed calendar app does, and khal lists what it holds."""

import os
import re
import shutil
import subprocess
import urllib.error
import urllib.request
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event
from playwright.sync_api import Page, expect

from tests.e2e.conftest import serious_violations
from tests.e2e.journeys import (
    COACHING,
    add_session,
    choose_type,
    fill_times,
    pick_date,
    save,
    signed_in,
    status,
    toast,
)

pytestmark = pytest.mark.skipif(
    not (shutil.which("khal") and shutil.which("vdirsyncer")),
    reason="khal and vdirsyncer are not installed (scripts/setup.sh --test installs them as root)",
)
SESSION_ZONE = ZoneInfo("Europe/London")  # the demo coach's zone: sessions are arranged in it
APP_ZONE = ZoneInfo("America/New_York")  # the calendar app's zone: khal shows times in it
DAY = (date.today().replace(day=1) + timedelta(days=70)).replace(day=10)
LOCATION = "Room 4.12, Bush House"
UTF8 = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}


class CalendarApp:
    """A calendar app subscribed to a feed: vdirsyncer syncs it into a folder, khal reads it."""

    def __init__(self, folder: Path, feed_address: str) -> None:
        self.folder, self.vdir = folder, folder / "vdir" / "myecoach"
        self.vdir.mkdir(parents=True)
        (folder / "status").mkdir()
        (folder / "vdirsyncer.conf").write_text(
            f'[general]\nstatus_path = "{folder}/status/"\n'
            '[pair myecoach]\na = "feed"\nb = "local"\ncollections = null\n'
            'conflict_resolution = "a wins"\n'
            f'[storage feed]\ntype = "http"\nurl = "{feed_address}"\n'
            f'[storage local]\ntype = "filesystem"\npath = "{self.vdir}/"\nfileext = ".ics"\n'
        )
        formats = "\n".join(
            f"{name} = {value}"
            for name, value in [
                ("timeformat", "%H:%M"),
                ("dateformat", "%Y-%m-%d"),
                ("longdateformat", "%Y-%m-%d"),
                ("datetimeformat", "%Y-%m-%d %H:%M"),
                ("longdatetimeformat", "%Y-%m-%d %H:%M"),
                ("local_timezone", APP_ZONE.key),
                ("default_timezone", APP_ZONE.key),
            ]
        )
        (folder / "khal.conf").write_text(
            f"[calendars]\n[[myecoach]]\npath = {self.vdir}/\n[locale]\n{formats}\n"
            f"[sqlite]\npath = {folder}/khal.db\n"
        )
        self._run("vdirsyncer", "discover")

    def sync(self) -> subprocess.CompletedProcess:
        """Fetch the feed and bring the folder in step with it."""
        return self._run("vdirsyncer", "sync")

    def listing(self, day: date) -> list[str]:
        """What khal lists for one day: "start end title [STATUS] @location" per event."""
        shown = self._run(
            "khal", "list", "--format", "{start} {end} {title} [{status}] @{location}", f"{day}"
        )
        return [re.sub(r"\s+\]", "]", line) for line in shown.stdout.splitlines() if "@" in line]

    def reads(self, path: Path) -> str:
        """What khal makes of one .ics file, as when it is opened from a download."""
        return self._run("khal", "printics", str(path)).stdout

    def sequence_of(self, session: str) -> int:
        """The SEQUENCE of the one event whose title names ``session`` ("Session 7")."""
        (event,) = [e for e in self.events() if str(e["SUMMARY"]).endswith(f"— {session}")]
        return int(event["SEQUENCE"])

    def events(self) -> list[Event]:
        """Every event in the folder, as the files vdirsyncer wrote."""
        return [
            event
            for path in sorted(self.vdir.glob("*.ics"))
            for event in Calendar.from_ical(path.read_bytes()).walk("VEVENT")
        ]

    def _run(self, tool: str, *arguments: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [tool, "-c", str(self.folder / f"{tool}.conf"), *arguments],
            capture_output=True,
            text=True,
            env=UTF8,
            timeout=120,
            check=True,
        )


def new_feed_address(page: Page) -> str:
    """Open `Your account`, make a new feed address (creating or resetting it) and read it."""
    page.get_by_role("link", name=re.compile("^Your account")).click()
    create = page.get_by_role("button", name="Create feed address")
    reset = page.get_by_role("button", name="Reset address")
    create.or_(reset).wait_for()
    if create.is_visible():
        create.click()
    else:
        reset_address(page)
    address = page.get_by_label("Feed address")
    expect(address).to_have_value(re.compile(r"^http://.+/calendar/[\w-]{43}\.ics$"))
    return address.input_value()


def reset_address(page: Page) -> None:
    """`Reset address`, confirmed in its dialog."""
    page.get_by_role("button", name="Reset address").click()
    page.get_by_role("alertdialog").get_by_role("button", name="Reset address").click()
    expect(toast(page, "The old address no longer works")).to_be_visible()


def save_and_wait(page: Page) -> None:
    """`Save`, then wait until the editor shows the saved version."""
    form = page.locator("form[data-version]")
    version = form.get_attribute("data-version")
    save(page)
    expect(form).not_to_have_attribute("data-version", version or "")


def in_app_zone(day: date, at: str) -> str:
    """A London wall-clock time as the calendar app shows it."""
    moment = datetime.combine(day, time.fromisoformat(at), SESSION_ZONE)
    return f"{moment.astimezone(APP_ZONE):%Y-%m-%d %H:%M}"


def feed_event(address: str, session: str) -> Event:
    """The one event of the feed at ``address`` whose title names ``session``."""
    with urllib.request.urlopen(address) as answer:
        events = Calendar.from_ical(answer.read()).walk("VEVENT")
    (event,) = [e for e in events if str(e["SUMMARY"]).endswith(f"— {session}")]
    return event


def status_code(address: str) -> int:
    """The HTTP status a plain GET of ``address`` gets."""
    try:
        with urllib.request.urlopen(address) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


def test_a_session_reaches_the_calendar_app_and_follows_each_change(new_page, tmp_path):
    coachee = signed_in(new_page, "coachee@example.com")
    address = new_feed_address(coachee)
    app = CalendarApp(tmp_path, address)
    app.sync()

    coach = signed_in(new_page, "coach@example.com")
    coach.goto(COACHING)
    number = add_session(coach)
    pick_date(coach, DAY)
    fill_times(coach, "14:00", "15:30")
    choose_type(coach, "Face-to-face")
    coach.get_by_label("Location").fill(LOCATION)
    save(coach)
    expect(status(coach)).to_have_text("Arranged")
    title = f"Coaching: Claire Bennett & Daniel Okafor — Session {number}"
    arranged = f"{in_app_zone(DAY, '14:00')} {in_app_zone(DAY, '15:30')} {title}"
    app.sync()
    assert f"{arranged} [CONFIRMED] @{LOCATION}" in app.listing(DAY)
    versions = [app.sequence_of(f"Session {number}")]

    coach.get_by_role("button", name=f"Cancel Session {number}").click()
    coach.get_by_label("Reason for cancelling").fill("I am travelling that week")
    coach.get_by_role("button", name="Cancel session", exact=True).click()
    expect(status(coach)).to_have_text("Cancelled")
    app.sync()
    cancelled = arranged.replace(title, f"Cancelled: {title}")
    assert f"{cancelled} [CANCELLED] @{LOCATION}" in app.listing(DAY)
    versions.append(app.sequence_of(f"Session {number}"))

    coach.get_by_role("button", name=f"Reactivate Session {number}").click()
    coach.get_by_role("button", name="Reactivate", exact=True).click()
    expect(status(coach)).to_have_text("Arranged")
    app.sync()
    assert f"{arranged} [CONFIRMED] @{LOCATION}" in app.listing(DAY)
    versions.append(app.sequence_of(f"Session {number}"))

    fill_times(coach, "16:00", "17:00")
    save_and_wait(coach)
    app.sync()
    moved = f"{in_app_zone(DAY, '16:00')} {in_app_zone(DAY, '17:00')} {title}"
    assert [line for line in app.listing(DAY) if f"Session {number} " in line] == [
        f"{moved} [CONFIRMED] @{LOCATION}"
    ]
    versions.append(app.sequence_of(f"Session {number}"))
    assert versions == sorted(set(versions))  # strictly rising: no change is taken for stale


def test_the_feed_keeps_one_uid_per_session_through_its_changes(new_page):
    """vdirsyncer keys events by a hash of their content, so the UID is checked on the feed."""
    coachee = signed_in(new_page, "coachee@example.com")
    address = new_feed_address(coachee)
    coach = signed_in(new_page, "coach@example.com")
    coach.goto(COACHING)
    number = add_session(coach)
    pick_date(coach, DAY)
    fill_times(coach, "09:00", "10:00")
    choose_type(coach, "Online")
    save(coach)
    expect(status(coach)).to_have_text("Arranged")
    seen = [feed_event(address, f"Session {number}")]
    fill_times(coach, "11:00", "12:00")
    save_and_wait(coach)
    seen.append(feed_event(address, f"Session {number}"))
    assert seen[0]["UID"] == seen[1]["UID"]
    assert seen[1]["SEQUENCE"] == seen[0]["SEQUENCE"] + 1
    assert seen[1].start - seen[0].start == timedelta(hours=2)


def test_a_reset_address_stops_working_at_once(new_page, tmp_path):
    mentee = signed_in(new_page, "mentee@example.com")
    old = new_feed_address(mentee)
    app = CalendarApp(tmp_path, old)
    app.sync()
    assert any("Mentoring: Maria Santos & Leo Fischer" in e["SUMMARY"] for e in app.events())
    reset_address(mentee)
    new = mentee.get_by_label("Feed address").input_value()
    assert new != old
    assert (status_code(old), status_code(new)) == (404, 200)
    with pytest.raises(subprocess.CalledProcessError):
        app.sync()
    mentee.reload()
    expect(mentee.get_by_text("For your privacy the address is shown only")).to_be_visible()
    expect(mentee.get_by_label("Feed address")).to_have_count(0)


def test_add_to_calendar_downloads_the_session_once(new_page, tmp_path):
    coach = signed_in(new_page, "coach@example.com")
    coach.goto(f"{COACHING}/sessions/5")
    expect(status(coach)).to_have_text("To be Arranged")
    expect(coach.get_by_role("button", name="Add to calendar")).to_have_count(0)
    coach.goto(f"{COACHING}/sessions/4")
    with coach.expect_download() as started:
        coach.get_by_role("button", name="Add to calendar").click()
    download = started.value
    assert download.suggested_filename == "session-4.ics"
    saved = tmp_path / "session-4.ics"
    download.save_as(saved)
    calendar = Calendar.from_ical(saved.read_bytes())
    assert calendar["METHOD"] == "PUBLISH"
    (event,) = calendar.walk("VEVENT")
    assert event["SUMMARY"] == "Coaching: Claire Bennett & Daniel Okafor — Session 4"
    app = CalendarApp(tmp_path / "app", "http://127.0.0.1:9/unused.ics")
    assert "1 events found" in app.reads(saved)
    assert status_code(download.url) == 404  # the link worked once


@pytest.mark.parametrize("width", [375, 1280])
def test_the_calendar_feed_card_has_no_serious_accessibility_violations(new_page, width):
    page = signed_in(lambda: new_page(width=width), "outsider@example.com")
    new_feed_address(page)
    expect(page.locator("[data-sonner-toast]")).to_have_count(0)  # axe checks a page at rest
    found = {"new address": serious_violations(page)}
    page.reload()
    expect(page.get_by_role("button", name="Reset address")).to_be_visible()
    found["existing feed"] = serious_violations(page)
    assert {state: v for state, v in found.items() if v} == {}
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_a_feed_made_in_another_tab_is_kept_not_replaced(new_page):
    first = signed_in(new_page, "mentor@example.com")
    second = first.context.new_page()
    for tab in (first, second):
        tab.goto("/account")
        expect(tab.get_by_role("button", name="Create feed address")).to_be_visible()
    first.get_by_role("button", name="Create feed address").click()
    address = first.get_by_label("Feed address").input_value()
    second.get_by_role("button", name="Create feed address").click()
    expect(toast(second, "You already have a calendar feed")).to_be_visible()
    expect(second.get_by_text("For your privacy the address is shown only")).to_be_visible()
    assert status_code(address) == 200
