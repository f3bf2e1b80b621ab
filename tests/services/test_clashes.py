"""Clash warnings when saving: another arranged session of either participant, in any of
their relationships, warns and saves nothing until confirmed; nothing leaks of the
relationships the person saving may not see; the check is one query at any size, and a
save asks it in one statement more, right after writing the new time."""

from dataclasses import replace
from datetime import date, time, timedelta
from functools import partial

import pytest
from sqlmodel import select

from myecoach.db import unit_of_work
from myecoach.domain.errors import ClashFound
from myecoach.domain.statuses import SessionStatus, SessionType
from myecoach.domain.validation import SessionDetails
from myecoach.models import CoachingSession, Notification, Programme, Relationship
from myecoach.services import sessions as uc
from myecoach.services.access import load_session
from myecoach.services.clashes import overlapping
from tests.statements import count_statements

DAY = date(2031, 3, 4)
TEN_TO_ELEVEN = SessionDetails(
    date=DAY,
    start_time=time(10),
    end_time=time(11),
    time_zone="Europe/London",
    session_type=SessionType.ONLINE,
)
HALF_PAST_TEN = replace(TEN_TO_ELEVEN, start_time=time(10, 30), end_time=time(11, 30))
MENTORING_SECRETS = ("Maria Santos", "Graduate Mentoring", "Session 1", "10:00", "11:00")


def arranged(db, actor, relationship, details=TEN_TO_ELEVEN, **kw) -> CoachingSession:
    """A new session of the relationship, saved with the details (unless refused)."""
    added = uc.add_session(db, actor=actor, relationship_id=relationship.id).session
    return save(db, actor, added, details, **kw)


def save(db, actor, session, details=TEN_TO_ELEVEN, **kw) -> CoachingSession:
    return uc.save_session(
        db,
        actor=actor,
        relationship_id=session.relationship_id,
        number=session.number,
        expected_version=session.version,
        details=details,
        **kw,
    ).session


def warned(db, actor, relationship, details=HALF_PAST_TEN) -> list[str]:
    """The warnings of arranging a new session; nothing of it may be saved."""
    added = uc.add_session(db, actor=actor, relationship_id=relationship.id).session
    notes_before = len(db.exec(select(Notification)).all())
    with pytest.raises(ClashFound) as clash:
        save(db, actor, added, details)
    db.rollback()
    db.expire_all()
    assert db.get(CoachingSession, added.id).status == SessionStatus.TO_BE_ARRANGED
    assert len(db.exec(select(Notification)).all()) == notes_before
    return clash.value.warnings


def pair(db, world, coach, coachee, programme_name: str) -> Relationship:
    """Another relationship of two people of the world, in a programme of its own."""
    programme = db.exec(select(Programme).where(Programme.name == programme_name)).first()
    if programme is None:
        programme = Programme(name=programme_name)
        db.add(programme)
        db.flush()
    relationship = Relationship.between(programme, coach, coachee)
    db.add(relationship)
    db.commit()
    return relationship


def test_your_own_other_session_is_named_and_nothing_is_saved(db, world):
    with_leo = pair(db, world, world.coach, world.other_coachee, "Leadership Coaching 2026")
    arranged(db, world.coach, with_leo)
    assert warned(db, world.coach, world.relationship) == [
        "Session 1 with Leo Fischer (Leadership Coaching 2026): "
        "Tue 4 Mar 2031, 10:00–11:00 London time"
    ]


def test_the_other_participants_session_elsewhere_is_not_revealed(db, world):
    mentoring = pair(db, world, world.other_coach, world.coachee, "Graduate Mentoring 2031")
    arranged(db, world.other_coach, mentoring)
    warnings = warned(db, world.coach, world.relationship)
    assert warnings == ["Daniel Okafor already has a session at that time."]
    assert not [s for s in MENTORING_SECRETS if s in " ".join(warnings)]


def test_a_coachs_session_as_someone_elses_mentee_clashes_too(db, world):
    mentored = pair(db, world, world.other_coach, world.coach, "Graduate Mentoring 2031")
    arranged(db, world.other_coach, mentored)
    assert warned(db, world.coach, world.relationship) == [
        "Session 1 with Maria Santos (Graduate Mentoring 2031): "
        "Tue 4 Mar 2031, 10:00–11:00 London time"
    ]


def test_the_admin_team_sees_both_participants_clashes_named(db, world):
    mentoring = pair(db, world, world.other_coach, world.coachee, "Graduate Mentoring 2031")
    with_leo = pair(db, world, world.coach, world.other_coachee, "Leadership Coaching 2026")
    arranged(db, world.other_coach, mentoring)
    arranged(db, world.coach, with_leo, replace(TEN_TO_ELEVEN, start_time=time(9, 45)))
    assert warned(db, world.admin, world.relationship) == [
        "Session 1 with Claire Bennett and Leo Fischer (Leadership Coaching 2026): "
        "Tue 4 Mar 2031, 09:45–11:00 London time",
        "Session 1 with Maria Santos and Daniel Okafor (Graduate Mentoring 2031): "
        "Tue 4 Mar 2031, 10:00–11:00 London time",
    ]


def test_another_session_of_the_same_relationship_clashes_too(db, world):
    arranged(db, world.coach, world.relationship)
    assert warned(db, world.coachee, world.relationship) == [
        "Session 1 with Claire Bennett (Leadership Coaching 2026): "
        "Tue 4 Mar 2031, 10:00–11:00 London time"
    ]


def test_clashes_are_found_by_instant_whatever_zone_each_session_is_in(db, world):
    arranged(db, world.coach, world.relationship)
    tokyo = replace(TEN_TO_ELEVEN, time_zone="Asia/Tokyo")
    tokyo_half_past_seven = replace(tokyo, start_time=time(19, 30), end_time=time(20, 30))
    assert warned(db, world.coachee, world.relationship, tokyo_half_past_seven) == [
        "Session 1 with Claire Bennett (Leadership Coaching 2026): "
        "Tue 4 Mar 2031, 10:00–11:00 London time"
    ]
    tokyo_half_past_ten = replace(tokyo, start_time=time(10, 30), end_time=time(11, 30))
    saved = arranged(db, world.coachee, world.relationship, tokyo_half_past_ten)
    assert saved.status == SessionStatus.ARRANGED  # 01:30 in London: no clash


def test_a_clash_is_worded_in_the_zone_of_the_person_saving(db, world):
    arranged(db, world.coachee, world.relationship)
    world.coach.time_zone = "Asia/Tokyo"
    db.commit()
    assert warned(db, world.coach, world.relationship) == [
        "Session 1 with Daniel Okafor (Leadership Coaching 2026): "
        "Tue 4 Mar 2031, 19:00–20:00 your time in Tokyo · 10:00–11:00 in London"
    ]


def test_sessions_that_only_touch_do_not_clash(db, world):
    arranged(db, world.coach, world.relationship)
    for start, end in ((time(11), time(12)), (time(9), time(10))):
        touching = replace(TEN_TO_ELEVEN, start_time=start, end_time=end)
        assert arranged(db, world.coachee, world.relationship, touching).status == "Arranged"


def test_cancelled_completed_and_unarranged_sessions_never_clash(db, world):
    cancelled = arranged(db, world.coach, world.relationship)
    uc.cancel_session(
        db,
        actor=world.coach,
        relationship_id=cancelled.relationship_id,
        number=cancelled.number,
        expected_version=cancelled.version,
        reason="Ill",
    )
    completed = arranged(db, world.coach, world.relationship)  # the cancelled one is no clash
    uc.complete_session(
        db,
        actor=world.coach,
        relationship_id=completed.relationship_id,
        number=completed.number,
        expected_version=completed.version,
        clock=lambda: completed.starts_at,
    )
    uc.add_session(db, actor=world.coach, relationship_id=world.relationship.id)
    assert arranged(db, world.coach, world.relationship).status == SessionStatus.ARRANGED


def test_saving_anyway_saves_and_notifies_as_usual(db, world):
    arranged(db, world.coach, world.relationship)
    session = arranged(db, world.coach, world.relationship, HALF_PAST_TEN, confirm_clash=True)
    assert session.status == SessionStatus.ARRANGED
    latest = db.exec(select(Notification).order_by(Notification.id.desc())).first()
    assert latest.recipient_id == world.coachee.id and latest.kind == "arranged"


def test_a_clash_saved_by_someone_else_while_saving_is_caught_when_writing(
    db, world, engine, monkeypatch
):
    with_leo = pair(db, world, world.coach, world.other_coachee, "Leadership Coaching 2026")
    theirs = uc.add_session(db, actor=world.coach, relationship_id=with_leo.id).session
    shown = uc._shown  # what calendars show is worked out after any check, before writing

    def leo_arranges_meanwhile(session):
        monkeypatch.setattr(uc, "_shown", shown)
        with unit_of_work(engine) as other:
            save(other, world.coach, theirs)
        return shown(session)

    monkeypatch.setattr(uc, "_shown", leo_arranges_meanwhile)
    mine = uc.add_session(db, actor=world.coach, relationship_id=world.relationship.id).session
    with pytest.raises(ClashFound) as clash:
        save(db, world.coach, mine, HALF_PAST_TEN)
    assert clash.value.warnings[0].startswith("Session 1 with Leo Fischer")
    db.rollback()
    assert db.get(CoachingSession, mine.id).status == SessionStatus.TO_BE_ARRANGED


def test_an_edit_that_keeps_the_time_does_not_warn_again_but_a_move_does(db, world):
    arranged(db, world.coach, world.relationship)
    second = arranged(db, world.coach, world.relationship, HALF_PAST_TEN, confirm_clash=True)
    second = save(db, world.coachee, second, replace(HALF_PAST_TEN, location="Room 2"))
    assert second.location == "Room 2"
    with pytest.raises(ClashFound):
        save(db, world.coachee, second, replace(HALF_PAST_TEN, start_time=time(10, 15)))


def test_a_reactivated_or_closed_relationships_sessions_count_like_any_other(db, world):
    with_leo = pair(db, world, world.coach, world.other_coachee, "Leadership Coaching 2026")
    arranged(db, world.coach, with_leo)
    with_leo.active = False
    db.commit()
    assert warned(db, world.coach, world.relationship)[0].startswith("Session 1 with Leo Fischer")


def add_arranged_sessions(db, relationship, count: int) -> None:
    """Store ``count`` more arranged sessions of the relationship, one a day after DAY."""
    highest = len(db.exec(select(CoachingSession.id)).all())
    for n in range(count):
        session = CoachingSession.numbered(relationship, highest + n + 100, status="Arranged")
        session.apply(replace(TEN_TO_ELEVEN, date=DAY.replace(year=2032) + timedelta(days=n)))
        db.add(session)
    db.commit()


def test_the_check_is_one_query_at_any_size_and_a_save_one_more(db, world, engine):
    with_leo = pair(db, world, world.coach, world.other_coachee, "Leadership Coaching 2026")
    figures = []
    for day, more in ((DAY, 10), (DAY + timedelta(days=1), 300)):
        add_arranged_sessions(db, with_leo, more)
        checked, confirmed = (
            uc.add_session(db, actor=world.coach, relationship_id=world.relationship.id).session
            for _ in range(2)
        )
        loaded = load_session(
            db, actor=world.coach, relationship_id=world.relationship.id, number=checked.number
        )
        details = replace(TEN_TO_ELEVEN, date=day)
        figures.append(
            (
                count_statements(
                    engine, partial(overlapping, db, loaded=loaded, slot=details.slot())
                ),
                count_statements(engine, partial(save, db, world.coach, checked, details))
                - count_statements(
                    engine,
                    partial(save, db, world.coach, confirmed, details, confirm_clash=True),
                ),
            )
        )
    assert figures == [(1, 1), (1, 1)]  # the save asks once more, whatever the size
