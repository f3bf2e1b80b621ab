"""Inputs a client can craft are refused with a message, never stored and never a crash."""

from datetime import UTC, date, time

import pytest

from myecoach.domain.errors import NotFound, StaleVersion, ValidationFailed
from myecoach.domain.statuses import SessionStatus, SessionType
from myecoach.domain.validation import SessionDetails
from myecoach.services.history import session_history
from myecoach.services.notifications import mark_read
from myecoach.services.relationships import open_relationship, search_relationships
from myecoach.services.session_view import open_session
from myecoach.services.sessions import add_session, cancel_session
from tests.services.test_sessions import (
    DETAILS,
    add,
    cancel,
    history,
    notifications,
    save,
    stored,
)


def with_details(**changes) -> SessionDetails:
    return SessionDetails(**{**DETAILS.__dict__, **changes})


@pytest.mark.parametrize("zone", ["/etc/localtime", "../../etc/passwd", "", "Mars/Olympus"])
@pytest.mark.parametrize("scheduled", [True, False])
def test_a_session_in_an_unknown_time_zone_is_refused(db, world, zone, scheduled):
    session = add(db, world)
    details = with_details(time_zone=zone)
    if not scheduled:
        details = SessionDetails(time_zone=zone)
    with pytest.raises(ValidationFailed) as caught:
        save(db, world, session, details=details)
    assert caught.value.errors == {"time_zone": "Choose a time zone from the list."}
    row = stored(db, session)
    assert (row.status, row.time_zone) == (SessionStatus.TO_BE_ARRANGED, "Europe/London")
    assert len(history(db, session)) == 1 and notifications(db) == []


@pytest.mark.parametrize("bad", ["Room\x002", "Room \udc80"])
def test_a_location_that_cannot_be_saved_is_refused_on_every_database(db, world, bad):
    session = add(db, world)
    with pytest.raises(ValidationFailed) as caught:
        save(db, world, session, details=with_details(location=bad))
    assert caught.value.errors == {"location": "Location contains characters that cannot be saved."}
    assert stored(db, session).status == SessionStatus.TO_BE_ARRANGED


@pytest.mark.parametrize("bad", ["Ill\x00", "Ill \udc80"])
def test_a_cancel_reason_that_cannot_be_saved_is_refused_on_every_database(db, world, bad):
    session = save(db, world, add(db, world), notify=False)
    with pytest.raises(ValidationFailed, match="cannot be saved"):
        cancel(db, world, session, reason=bad)
    assert stored(db, session).status == SessionStatus.ARRANGED


@pytest.mark.parametrize("query", ["dan\x00iel", "daniel \udc80", "\x00"])
def test_a_search_with_characters_no_text_can_hold_ignores_them(db, world, query):
    found = search_relationships(db, actor=world.coach, query=query)
    assert [row.coachee.name for row in found.rows] == ["Daniel Okafor"]


def test_a_face_to_face_session_at_a_location_of_spaces_is_refused(db, world):
    session = add(db, world)
    details = with_details(session_type=SessionType.FACE_TO_FACE, location="   ")
    with pytest.raises(ValidationFailed) as caught:
        save(db, world, session, details=details)
    assert caught.value.errors == {"location": "Enter a location for a face-to-face session."}
    assert stored(db, session).status == SessionStatus.TO_BE_ARRANGED


@pytest.mark.parametrize(
    "changes",
    [
        {"start_time": time(14, tzinfo=UTC)},
        {"date": date(9999, 12, 31), "time_zone": "America/New_York"},
        {"session_type": "Zoom"},
    ],
)
def test_details_no_form_could_give_are_refused_not_stored_or_crashing(db, world, changes):
    session = add(db, world)
    with pytest.raises(ValidationFailed):
        save(db, world, session, details=with_details(**changes))
    assert stored(db, session).status == SessionStatus.TO_BE_ARRANGED


def test_a_session_starting_in_the_hour_the_clocks_skip_is_refused(db, world):
    session = add(db, world)
    skipped = with_details(date=date(2026, 3, 29), start_time=time(1, 30), end_time=time(2, 30))
    with pytest.raises(ValidationFailed, match="01:30 does not exist on 29 March 2026"):
        save(db, world, session, details=skipped)
    assert stored(db, session).starts_at is None


OUT_OF_RANGE = [0, -1, 2**31, 2**63, 2**64, -(2**63) - 1]


@pytest.mark.parametrize("bad", OUT_OF_RANGE)
def test_an_id_or_number_out_of_range_is_not_found(db, world, bad):
    session = save(db, world, add(db, world), notify=False)
    at = {"actor": world.coach, "relationship_id": world.relationship.id, "number": 1}
    attempts = [
        lambda: open_relationship(db, actor=world.coach, relationship_id=bad),
        lambda: add_session(db, actor=world.coach, relationship_id=bad),
        lambda: open_session(db, **{**at, "relationship_id": bad}),
        lambda: open_session(db, **{**at, "number": bad}),
        lambda: session_history(db, **{**at, "number": bad}),
        lambda: cancel_session(db, **{**at, "number": bad}, expected_version=2, reason="Ill"),
    ]
    for attempt in attempts:
        with pytest.raises(NotFound):
            attempt()
    with pytest.raises(StaleVersion):
        cancel_session(db, **at, expected_version=bad, reason="Ill")
    mark_read(db, user=world.coachee, notification_id=bad)
    assert stored(db, session).status == SessionStatus.ARRANGED
