"""Each person reads sessions in their own time zone: notifications are written for their
recipient, and a new person's zone is the one they confirm when they set their password."""

from dataclasses import replace
from datetime import date, time

import pytest
from sqlmodel import select

from myecoach.domain.errors import ValidationFailed
from myecoach.domain.statuses import SessionType
from myecoach.domain.validation import SessionDetails
from myecoach.models import Notification, User
from myecoach.services import accounts
from myecoach.services import sessions as uc
from tests.services.onboarding import invite

TOKYO_EVENING = SessionDetails(
    date=date(2026, 12, 8),
    start_time=time(19),
    end_time=time(20),
    time_zone="Asia/Tokyo",
    session_type=SessionType.ONLINE,
)


def messages(db) -> dict[int, str]:
    """The newest notification of each recipient."""
    found = db.exec(select(Notification).order_by(Notification.id)).all()
    return {note.recipient_id: note.message for note in found}


def arrange(db, actor, world, details=TOKYO_EVENING):
    added = uc.add_session(db, actor=actor, relationship_id=world.relationship.id).session
    return uc.save_session(
        db,
        actor=actor,
        relationship_id=world.relationship.id,
        number=added.number,
        expected_version=added.version,
        details=details,
    ).session


def in_zone(db, person: User, zone: str) -> None:
    person.time_zone = zone
    db.commit()


def test_the_coachee_reads_a_session_arranged_in_tokyo_in_their_own_london_time(db, world):
    in_zone(db, world.coach, "Asia/Tokyo")
    arrange(db, world.coach, world)
    assert messages(db)[world.coachee.id] == (
        "Claire Bennett arranged Session 1 for Tue 8 Dec 2026, "
        "10:00–11:00 your time in London · 19:00–20:00 in Tokyo — Leadership Coaching 2026"
    )


def test_an_admin_edit_tells_each_participant_in_their_own_zone(db, world):
    in_zone(db, world.coach, "Asia/Tokyo")
    in_zone(db, world.coachee, "America/New_York")
    session = arrange(db, world.coach, world)
    uc.save_session(
        db,
        actor=world.admin,
        relationship_id=session.relationship_id,
        number=session.number,
        expected_version=session.version,
        details=replace(TOKYO_EVENING, start_time=time(8), end_time=time(9)),
    )
    told = messages(db)
    assert told[world.coach.id] == (
        "Alex Morgan edited Session 1 (Tue 8 Dec 2026, 08:00–09:00 Tokyo time) "
        "— Leadership Coaching 2026"
    )
    assert told[world.coachee.id] == (
        "Alex Morgan edited Session 1 (Mon 7 Dec 2026, 18:00–19:00 your time in New York · "
        "Tue 8 Dec 2026, 08:00–09:00 in Tokyo) — Leadership Coaching 2026"
    )


@pytest.mark.parametrize(
    ("day", "new_york"),
    [(date(2026, 3, 5), "09:00–10:00"), (date(2026, 3, 19), "10:00–11:00")],
)
def test_a_recipients_text_follows_both_zones_clock_changes(db, world, day, new_york):
    in_zone(db, world.coachee, "America/New_York")
    london = replace(TOKYO_EVENING, date=day, time_zone="Europe/London")
    arrange(db, world.coach, world, replace(london, start_time=time(14), end_time=time(15)))
    assert (
        f"{new_york} your time in New York · 14:00–15:00 in London"
        in (messages(db)[world.coachee.id])
    )


def test_reactivating_tells_the_time_in_the_recipients_zone(db, world):
    session = arrange(db, world.coach, world)
    session = uc.cancel_session(
        db,
        actor=world.coach,
        relationship_id=session.relationship_id,
        number=session.number,
        expected_version=session.version,
        reason="Travelling",
    ).session
    in_zone(db, world.coachee, "Asia/Kolkata")
    uc.reactivate_session(
        db,
        actor=world.coach,
        relationship_id=session.relationship_id,
        number=session.number,
        expected_version=session.version,
    )
    assert (
        "(Tue 8 Dec 2026, 15:30–16:30 your time in Kolkata · 19:00–20:00 in Tokyo)"
        in (messages(db)[world.coachee.id])
    )


def test_a_new_person_keeps_the_zone_they_confirm_with_their_password(db):
    person, token = invite(db, "kenji@example.org", "Kenji Sato")
    accounts.set_password_with_link(
        db,
        token=token,
        password="lantern orchard 42 drift",
        confirmation="lantern orchard 42 drift",
        time_zone=" Asia/Tokyo ",
    )
    db.expire_all()
    assert db.get(User, person.id).time_zone == "Asia/Tokyo"


def test_a_zone_that_is_not_one_is_refused_beside_its_field_and_the_link_still_works(db):
    person, token = invite(db, "kenji@example.org", "Kenji Sato")
    with pytest.raises(ValidationFailed) as refused:
        accounts.set_password_with_link(
            db, token=token, password="short", confirmation="short", time_zone="Mars/Olympus"
        )
    assert refused.value.errors["time_zone"] == "Choose a time zone from the list."
    assert "password" in refused.value.errors  # every problem at once
    db.rollback()
    assert accounts.link_holder(db, token).id == person.id


def test_without_a_zone_the_person_keeps_the_one_the_admin_team_gave(db):
    person, token = invite(db, "kenji@example.org", "Kenji Sato")
    zone = person.time_zone
    accounts.set_password_with_link(
        db,
        token=token,
        password="lantern orchard 42 drift",
        confirmation="lantern orchard 42 drift",
    )
    db.expire_all()
    assert db.get(User, person.id).time_zone == zone
