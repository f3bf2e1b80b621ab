"""Clash warnings reveal nothing of relationships the person saving is not in: a coachee is
told only that their coach is busy, never with whom, where or when; a warning confirms only
the session it was given for; and nothing is saved until it is confirmed."""

from datetime import date, timedelta

from sqlalchemy import text

from myecoach.state.editor import EditorState
from tests.loops import run
from tests.security.conftest import changed, snapshot
from tests.security.targets import SECRETS, VICTIM_SESSION, event_name
from tests.socket_client import RawClient

BUSY = "Claire Bennett already has a session at that time."
# Claire's other coachee on the same day (demo data: one session a day per extra coachee).
OTHERS = ("Amara Diallo", "Session 4", "10:00–11:00")
CLASHING = {
    "start_time": "10:30",
    "end_time": "11:30",
    "time_zone": "Europe/London",
    "location": "",
    "session_type": "Online",
    "extra_information": "",
}


def priyas_session(app_db) -> str:
    """The editor's address of Priya Shah's first session with Claire Bennett."""
    with app_db.connect() as connection:
        relationship = connection.execute(
            text(
                'SELECT r.id FROM relationship r JOIN "user" u ON u.id = r.coachee_id'
                " WHERE u.email = 'priya@example.com'"
            )
        ).scalar_one()
    return f"/relationships/{relationship}/sessions/1"


def test_a_coachee_learns_only_that_their_coach_is_busy(app_url, app_db, sign_in_as):
    token, own = sign_in_as("priya@example.com"), priyas_session(app_db)
    clash_day = (date.today() + timedelta(days=9)).isoformat()  # Claire's Session 4 with Daniel
    before = snapshot(app_db, reader="priya@example.com")

    async def attempt() -> tuple[list[str], str, str]:
        async with RawClient(app_url, token) as tab:
            await tab.open(own)
            await tab.send(event_name("EditorState.set_date"), {"value": clash_day}, own)
            warned = await tab.send(event_name("EditorState.save"), {"form": CLASHING}, own)
            clashes = tab.var(EditorState.get_full_name(), "clashes")
            elsewhere = await tab.send(event_name("EditorState.save_anyway"), {}, VICTIM_SESSION)
            await tab.send(event_name("EditorState.keep_editing"), {}, own)
            return clashes, tab.text(warned), tab.text(elsewhere)

    clashes, warned, elsewhere = run(attempt())
    assert clashes == [BUSY]  # two hidden sessions of Claire's that day, one line
    assert [s for s in (*SECRETS, *OTHERS) if s in warned.replace("Claire Bennett", "")] == []
    assert [s for s in SECRETS if s in elsewhere] == []
    assert changed(before, snapshot(app_db, reader="priya@example.com")) == {}
