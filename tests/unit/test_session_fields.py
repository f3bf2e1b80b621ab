"""A session detail is declared once, in SessionDetails: the table, the history, the form and
the editor all follow it, so a new detail cannot be left out of one of them."""

import re
from dataclasses import fields, replace
from datetime import date, time

import pytest

from myecoach.components.session_form import session_form
from myecoach.domain.history import Change, detail_changes, from_stored, stored
from myecoach.domain.statuses import SessionType
from myecoach.domain.validation import FIELD_LABELS, FIELD_MAX, SessionDetails
from myecoach.models import CoachingSession

DETAILS = [f.name for f in fields(SessionDetails)]
FILLED = SessionDetails(
    date=date(2026, 12, 8),
    start_time=time(14),
    end_time=time(15),
    time_zone="Europe/Berlin",
    location="Room 4",
    session_type=SessionType.FACE_TO_FACE,
    extra_information="Bring the plan",
)
ANOTHER = {
    "date": date(2026, 12, 9),
    "start_time": time(13),
    "end_time": time(16),
    "time_zone": "Europe/London",
    "location": "Room 5",
    "session_type": SessionType.ONLINE,
    "extra_information": "Bring nothing",
}


def test_every_detail_has_a_label_and_a_longest_text():
    assert list(FIELD_LABELS) == list(FIELD_MAX) == list(ANOTHER) == DETAILS


def test_every_detail_is_stored_on_the_session_and_read_back():
    session = CoachingSession(relationship_id=1, number=1)
    session.apply(FILLED)
    assert session.details() == FILLED
    assert set(DETAILS) <= set(CoachingSession.model_fields)


@pytest.mark.parametrize("name", DETAILS)
def test_a_change_to_any_single_detail_is_seen_and_so_saved(name):
    (change,) = detail_changes(FILLED, replace(FILLED, **{name: ANOTHER[name]}))
    assert change.field == FIELD_LABELS[name]


def test_the_session_form_has_an_input_for_every_detail():
    named = set(re.findall(r'name:\s*"(\w+)"', str(session_form())))
    assert set(DETAILS) <= named


def test_a_history_rows_changes_read_back_as_they_were_written():
    changes = [Change("Location", "Café Nero", ""), Change("Status", "", "To be Arranged")]
    assert from_stored(stored(changes)) == changes
    assert from_stored(stored([])) == []
