"""Session use cases: the change, its history and its notifications, together or not at all."""

import json
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlmodel import select

from myecoach.db import unit_of_work
from myecoach.domain.errors import (
    NotFound,
    RelationshipClosed,
    StaleVersion,
    TransitionRefused,
    ValidationFailed,
)
from myecoach.domain.statuses import SessionStatus, SessionType
from myecoach.domain.validation import SessionDetails
from myecoach.models import CoachingSession, Notification, SessionHistory
from myecoach.services import sessions as uc

NEXT_WEEK = date.today() + timedelta(days=7)
DETAILS = SessionDetails(
    date=NEXT_WEEK,
    start_time=time(14),
    end_time=time(15),
    time_zone="Europe/London",
    session_type=SessionType.ONLINE,
)


def add(db, world, actor=None):
    return uc.add_session(
        db, actor=actor or world.coach, relationship_id=world.relationship.id
    ).session


def save(db, world, session, actor=None, details=DETAILS, notify=True, confirm_clash=False):
    return uc.save_session(
        db,
        actor=actor or world.coach,
        relationship_id=session.relationship_id,
        number=session.number,
        expected_version=session.version,
        details=details,
        notify=notify,
        confirm_clash=confirm_clash,
    ).session


def cancel(db, world, session, actor=None, reason="Coachee unwell", **kw):
    return uc.cancel_session(
        db,
        actor=actor or world.coach,
        relationship_id=session.relationship_id,
        number=session.number,
        expected_version=session.version,
        reason=reason,
        **kw,
    ).session


def reactivate(db, world, session, actor=None, **kw):
    return uc.reactivate_session(
        db,
        actor=actor or world.coach,
        relationship_id=session.relationship_id,
        number=session.number,
        expected_version=session.version,
        **kw,
    )


def complete(db, world, session, actor=None, **kw):
    return uc.complete_session(
        db,
        actor=actor or world.coach,
        relationship_id=session.relationship_id,
        number=session.number,
        expected_version=session.version,
        **kw,
    ).session


def notifications(db):
    return list(db.exec(select(Notification).order_by(Notification.id)))


def history(db, session):
    return list(
        db.exec(
            select(SessionHistory)
            .where(SessionHistory.session_id == session.id)
            .order_by(SessionHistory.id)
        )
    )


def stored(db, session):
    db.expire_all()
    return db.get(CoachingSession, session.id)


def after_start(session):
    return lambda: session.starts_at + timedelta(minutes=1)


def test_sessions_are_numbered_in_order_and_start_to_be_arranged(db, world):
    first, second = add(db, world), add(db, world)
    assert (first.number, second.number) == (1, 2)
    assert first.status == SessionStatus.TO_BE_ARRANGED
    assert history(db, first)[0].action == "Added"
    assert notifications(db) == []


def test_arranging_notifies_the_other_participant_and_writes_history(db, world):
    session = save(db, world, add(db, world))
    assert stored(db, session).status == SessionStatus.ARRANGED
    [note] = notifications(db)
    assert note.recipient_id == world.coachee.id and note.kind == "arranged"
    assert note.message.startswith("Claire Bennett arranged Session 1 for ")
    entry = history(db, session)[-1]
    assert entry.action == "Arranged" and entry.notified == "Daniel Okafor"
    assert ["Status", "To be Arranged", "Arranged"] in json.loads(entry.changes)
    assert ["Start time", "", "14:00"] in json.loads(entry.changes)


def test_saving_unticked_notifies_nobody_but_still_writes_history(db, world):
    session = save(db, world, add(db, world), notify=False)
    assert notifications(db) == []
    entry = history(db, session)[-1]
    assert entry.action == "Arranged" and entry.notified == ""


def test_editing_an_arranged_session_is_an_edit(db, world):
    session = save(db, world, add(db, world))
    moved = SessionDetails(**{**DETAILS.__dict__, "start_time": time(16), "end_time": time(17)})
    save(db, world, session, actor=world.coachee, details=moved)
    latest = notifications(db)[-1]
    assert latest.kind == "edited" and latest.recipient_id == world.coach.id
    assert json.loads(history(db, session)[-1].changes) == [
        ["Start time", "14:00", "16:00"],
        ["End time", "15:00", "17:00"],
    ]


def test_saving_without_changes_writes_nothing(db, world):
    session = save(db, world, add(db, world))
    version = session.version
    save(db, world, session)
    assert stored(db, session).version == version
    assert len(history(db, session)) == 2 and len(notifications(db)) == 1


def test_an_admin_edit_notifies_both_participants(db, world):
    save(db, world, add(db, world), actor=world.admin)
    assert {n.recipient_id for n in notifications(db)} == {world.coach.id, world.coachee.id}


def test_invalid_details_are_refused_and_nothing_changes(db, world):
    session = add(db, world)
    bad = SessionDetails(**{**DETAILS.__dict__, "session_type": SessionType.FACE_TO_FACE})
    with pytest.raises(ValidationFailed) as caught:
        save(db, world, session, details=bad)
    assert caught.value.errors == {"location": "Enter a location for a face-to-face session."}
    assert stored(db, session).status == SessionStatus.TO_BE_ARRANGED
    assert len(history(db, session)) == 1 and notifications(db) == []


def test_cancel_always_notifies_and_records_who_and_why(db, world):
    session = save(db, world, add(db, world), notify=False)
    cancel(db, world, session, actor=world.coachee, reason="  Travelling  ")
    row = stored(db, session)
    assert row.status == SessionStatus.CANCELLED
    assert (row.cancellation_reason, row.cancelled_by_id) == ("Travelling", world.coachee.id)
    [note] = notifications(db)
    assert note.recipient_id == world.coach.id and note.kind == "cancelled"
    assert "cancelled Session 1: Travelling" in note.message


def test_cancel_with_a_blank_reason_is_refused_and_nothing_changes(db, world):
    session = save(db, world, add(db, world), notify=False)
    with pytest.raises(ValidationFailed, match="Give a reason"):
        cancel(db, world, session, reason="   ")
    assert stored(db, session).status == SessionStatus.ARRANGED
    assert len(history(db, session)) == 2


def test_reactivate_keeps_the_date_and_time(db, world):
    session = save(db, world, add(db, world), notify=False)
    cancel(db, world, session)
    change = reactivate(db, world, stored(db, session))
    session, note = change.session, change.note
    row = stored(db, session)
    assert row.status == SessionStatus.ARRANGED
    assert (row.date, row.start_time, row.end_time) == (NEXT_WEEK, time(14), time(15))
    assert row.cancellation_reason == "" and "kept the date and time" in note
    assert notifications(db)[-1].kind == "reactivated"


def test_reactivate_warns_when_the_date_has_passed(db, world):
    session = save(db, world, add(db, world), notify=False)
    cancel(db, world, session)
    change = reactivate(
        db, world, stored(db, session), clock=lambda: datetime(2100, 1, 1, tzinfo=UTC)
    )
    assert "may need rearranging" in change.note


def test_reactivating_an_unscheduled_session_returns_it_to_be_arranged(db, world):
    session = add(db, world)
    cancel(db, world, session)
    session = reactivate(db, world, stored(db, session)).session
    assert stored(db, session).status == SessionStatus.TO_BE_ARRANGED


def test_complete_only_after_the_start(db, world):
    session = save(db, world, add(db, world), notify=False)
    with pytest.raises(TransitionRefused, match="once it has started"):
        complete(db, world, session)
    complete(db, world, stored(db, session), clock=after_start(session))
    assert stored(db, session).status == SessionStatus.COMPLETED
    assert notifications(db)[-1].kind == "completed"


@pytest.mark.parametrize("closed_by", ["cancel", "complete"])
def test_closed_sessions_refuse_every_other_action_and_stay_unchanged(db, world, closed_by):
    session = save(db, world, add(db, world), notify=False)
    if closed_by == "cancel":
        cancel(db, world, session)
    else:
        complete(db, world, session, clock=after_start(session))
    session = stored(db, session)
    before = (session.status, session.version, len(history(db, session)), len(notifications(db)))
    attempts = [
        lambda: save(db, world, session),
        lambda: cancel(db, world, session),
        lambda: complete(db, world, session, clock=after_start(session)),
    ]
    if closed_by == "complete":
        attempts.append(lambda: reactivate(db, world, session))
    for attempt in attempts:
        with pytest.raises(TransitionRefused):
            attempt()
    row = stored(db, session)
    assert (row.status, row.version, len(history(db, row)), len(notifications(db))) == before


@pytest.mark.parametrize("who", ["outsider", "other_coach", "other_coachee"])
def test_people_outside_the_relationship_are_refused_every_use_case(db, world, who):
    session = add(db, world)
    stranger = getattr(world, who)
    attempts = [
        lambda: add(db, world, actor=stranger),
        lambda: save(db, world, session, actor=stranger),
        lambda: cancel(db, world, session, actor=stranger),
        lambda: reactivate(db, world, session, actor=stranger),
        lambda: complete(db, world, session, actor=stranger),
    ]
    for attempt in attempts:
        with pytest.raises(NotFound):
            attempt()
    assert stored(db, session).version == session.version and notifications(db) == []


def test_an_admin_may_do_everything(db, world):
    session = add(db, world, actor=world.admin)
    session = save(db, world, session, actor=world.admin)
    session = cancel(db, world, session, actor=world.admin)
    session = reactivate(db, world, session, actor=world.admin).session
    complete(db, world, session, actor=world.admin, clock=after_start(session))
    assert stored(db, session).status == SessionStatus.COMPLETED


def test_a_closed_relationship_refuses_changes(db, world):
    session = add(db, world)
    world.relationship.active = False
    db.commit()
    with pytest.raises(RelationshipClosed):
        save(db, world, session)


def test_a_stale_version_is_refused_and_nothing_is_overwritten(db, world):
    session = save(db, world, add(db, world), notify=False)
    loaded_version = session.version
    moved = SessionDetails(**{**DETAILS.__dict__, "location": "Coachee's office"})
    save(db, world, session, actor=world.coachee, details=moved)
    mine = SessionDetails(**{**DETAILS.__dict__, "location": "My office"})
    with pytest.raises(StaleVersion, match="changed by someone else"):
        uc.save_session(
            db,
            actor=world.coach,
            relationship_id=session.relationship_id,
            number=1,
            expected_version=loaded_version,
            details=mine,
        )
    assert stored(db, session).location == "Coachee's office"


def test_a_change_committed_between_loading_and_saving_is_not_overwritten(
    db, world, engine, monkeypatch
):
    session = save(db, world, add(db, world), notify=False)
    check_details = uc.check_details

    def someone_saves_meanwhile(details):
        with unit_of_work(engine) as other:
            other.get(CoachingSession, session.id).location = "Changed meanwhile"
            other.commit()
        return check_details(details)

    monkeypatch.setattr(uc, "check_details", someone_saves_meanwhile)
    with pytest.raises(StaleVersion):
        save(db, world, session, details=SessionDetails(**{**DETAILS.__dict__, "location": "Mine"}))
    assert stored(db, session).location == "Changed meanwhile"
    assert len(history(db, session)) == 2


def test_a_failure_half_way_leaves_nothing_behind(db, world, monkeypatch):
    session = save(db, world, add(db, world), notify=False)
    before = (stored(db, session).version, len(history(db, session)))

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(uc, "_write_history", broken)
    with pytest.raises(RuntimeError):
        cancel(db, world, session)
    db.rollback()
    row = stored(db, session)
    assert row.status == SessionStatus.ARRANGED
    assert (row.version, len(history(db, row))) == before and notifications(db) == []
