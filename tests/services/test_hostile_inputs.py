"""Inputs a client can craft are refused with a message, never stored and never a crash."""

import pytest

from myecoach.domain.errors import ValidationFailed
from myecoach.domain.statuses import SessionStatus
from myecoach.domain.validation import SessionDetails
from tests.services.test_sessions import DETAILS, add, history, notifications, save, stored


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
