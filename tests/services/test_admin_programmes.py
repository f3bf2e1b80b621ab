"""Programmes (create, rename, archive) and pairing (pair, close, reopen), as the admin team
does them, and what the participants notice."""

import pytest
from sqlmodel import select

from myecoach.domain.errors import DomainError, NotFound, RelationshipClosed, ValidationFailed
from myecoach.domain.wording import relationship_message
from myecoach.models import Notification, Programme, Relationship, User
from myecoach.services import notifications, relationships, sessions
from myecoach.services.admin import pairing, people, programmes
from tests.services.onboarding import everything_stored

LEADERSHIP = "Leadership Coaching 2026"


def listed(db, world) -> list[tuple[str, bool, int, int]]:
    """The programmes page: (name, archived, active relationships, closed relationships)."""
    return [
        (row.name, row.archived, row.active, row.closed)
        for row in programmes.list_programmes(db, admin=world.admin)
    ]


def create(db, world, name: str) -> Programme:
    """Create a programme as the admin's form does."""
    return programmes.create_programme(db, admin=world.admin, name=name)


def pair(db, world, coach="coach@example.com", coachee="outsider@example.com", **kw):
    """Pair two people as the admin's pairing form does."""
    return pairing.pair(
        db,
        admin=world.admin,
        programme_id=kw.pop("programme_id", world.programme.id),
        kind=kw.pop("kind", "coaching"),
        coach_email=coach,
        coachee_email=coachee,
    )


def close(db, world, relationship, open_=False) -> list[int]:
    """Close (or reopen) a relationship as the admin does."""
    return pairing.set_relationship_open(
        db, admin=world.admin, relationship_id=relationship.id, open_=open_
    )


def inbox(db, user) -> list[tuple[str, str, int, int | None]]:
    """What a person's inbox shows: (kind, message, relationship, session number)."""
    return [
        (item.kind, item.message, item.relationship_id, item.session_number)
        for item in notifications.inbox(db, user=user)
    ]


def found_by(db, actor, query="") -> list[tuple[str, str, str, bool]]:
    """The relationships a person's list shows: (programme, coach, coachee, active)."""
    page = relationships.search_relationships(db, actor=actor, query=query)
    return [(r.programme, r.coach.name, r.coachee.name, r.active) for r in page.rows]


# Programmes


def test_the_programmes_page_counts_active_and_closed_relationships(db, world):
    create(db, world, "Graduate Mentoring 2026")
    close(db, world, world.other_relationship)
    assert listed(db, world) == [
        ("Graduate Mentoring 2026", False, 0, 0),
        (LEADERSHIP, False, 1, 1),
    ]


def test_a_new_programme_takes_pairings(db, world):
    programme = create(db, world, "  Graduate Mentoring 2026 ")
    assert programme.name == "Graduate Mentoring 2026"
    pair(db, world, programme_id=programme.id, kind="mentoring")
    assert ("Graduate Mentoring 2026", "Claire Bennett", "Olivia Reid", True) in found_by(
        db, world.outsider
    )


@pytest.mark.parametrize("name", ["", "   ", "x" * 201, "Cohort\x00A", "Cohort\nA"])
def test_a_bad_programme_name_is_refused(db, world, name):
    before = everything_stored(db)
    with pytest.raises(ValidationFailed) as refused:
        create(db, world, name)
    assert refused.value.errors == {"name": "Enter a programme name of 1 to 200 characters."}
    assert everything_stored(db) == before


@pytest.mark.parametrize("name", [LEADERSHIP, f" {LEADERSHIP} ", LEADERSHIP.upper()])
def test_a_second_programme_of_the_same_name_is_refused(db, world, name):
    before = everything_stored(db)
    with pytest.raises(ValidationFailed) as refused:
        create(db, world, name)
    assert refused.value.errors == {"name": "There is already a programme with this name."}
    assert everything_stored(db) == before


def test_renaming_a_programme_finds_its_relationships_by_the_new_name(db, world):
    programmes.rename_programme(
        db, admin=world.admin, programme_id=world.programme.id, name="Executive Coaching"
    )
    assert [p for p, *_ in found_by(db, world.coach)] == ["Executive Coaching"]
    assert len(found_by(db, world.admin, "executive")) == 2
    assert found_by(db, world.admin, "leadership") == []


def test_renaming_to_another_programmes_name_is_refused(db, world):
    other = create(db, world, "Graduate Mentoring 2026")
    before = everything_stored(db)
    for name in (LEADERSHIP, LEADERSHIP.lower()):
        with pytest.raises(ValidationFailed, match="already a programme with this name"):
            programmes.rename_programme(db, admin=world.admin, programme_id=other.id, name=name)
        assert everything_stored(db) == before


def test_a_programme_may_be_renamed_to_its_own_name_in_another_case(db, world):
    programmes.rename_programme(
        db, admin=world.admin, programme_id=world.programme.id, name=LEADERSHIP.lower()
    )
    assert listed(db, world)[0][0] == LEADERSHIP.lower()


def test_an_unknown_programme_is_not_found(db, world):
    for programme_id in (0, -5, 999, 10**30):
        with pytest.raises(NotFound):
            programmes.rename_programme(db, admin=world.admin, programme_id=programme_id, name="X")
        with pytest.raises(NotFound):
            programmes.archive_programme(db, admin=world.admin, programme_id=programme_id)


def test_archiving_closes_every_relationship_and_tells_both_participants(db, world):
    told = programmes.archive_programme(db, admin=world.admin, programme_id=world.programme.id)
    assert sorted(told) == sorted(
        u.id for u in (world.coach, world.coachee, world.other_coach, world.other_coachee)
    )
    assert listed(db, world) == [(LEADERSHIP, True, 0, 2)]
    closed = relationship_message(actor_name="Alex Morgan", programme=LEADERSHIP, closed=True)
    assert inbox(db, world.coachee) == [("closed", closed, world.relationship.id, None)]
    assert inbox(db, world.other_coach) == [("closed", closed, world.other_relationship.id, None)]
    assert found_by(db, world.coach) == [(LEADERSHIP, "Claire Bennett", "Daniel Okafor", False)]
    with pytest.raises(RelationshipClosed):
        sessions.add_session(db, actor=world.coach, relationship_id=world.relationship.id)


def test_an_archived_programme_takes_no_pairings_and_its_relationships_stay_closed(db, world):
    programmes.archive_programme(db, admin=world.admin, programme_id=world.programme.id)
    before = everything_stored(db)
    with pytest.raises(ValidationFailed) as refused:
        pair(db, world)
    assert refused.value.errors == {"programme": f"{LEADERSHIP} is archived."}
    with pytest.raises(DomainError, match="is archived, so its relationships stay closed"):
        close(db, world, world.relationship, open_=True)
    db.rollback()
    assert everything_stored(db) == before


def test_archiving_twice_tells_nobody_twice(db, world):
    programmes.archive_programme(db, admin=world.admin, programme_id=world.programme.id)
    before = everything_stored(db)
    assert (
        programmes.archive_programme(db, admin=world.admin, programme_id=world.programme.id) == []
    )
    assert everything_stored(db) == before


def test_archiving_leaves_a_relationship_closed_before_as_it_was(db, world):
    close(db, world, world.other_relationship)
    told = programmes.archive_programme(db, admin=world.admin, programme_id=world.programme.id)
    assert sorted(told) == sorted([world.coach.id, world.coachee.id])
    assert len(inbox(db, world.other_coach)) == 1  # only the closing, earlier


# Pairing


@pytest.mark.parametrize(
    ("kind", "roles"), [("coaching", ("Coach", "Coachee")), ("mentoring", ("Mentor", "Mentee"))]
)
def test_a_pairing_shows_in_both_participants_lists(db, world, kind, roles):
    relationship = pair(db, world, coach=" Coach@Example.com ", kind=kind)
    assert relationship.kind == kind
    expected = (LEADERSHIP, "Claire Bennett", "Olivia Reid", True)
    assert expected in found_by(db, world.coach)
    assert found_by(db, world.outsider) == [expected]
    view = relationships.open_relationship(
        db, actor=world.outsider, relationship_id=relationship.id
    )
    assert view.summary.kind == kind
    sessions.add_session(db, actor=world.outsider, relationship_id=relationship.id)


def test_the_same_two_people_may_be_paired_in_another_programme_or_the_other_way_round(db, world):
    other = create(db, world, "Graduate Mentoring 2026")
    pair(db, world, coach="coach@example.com", coachee="coachee@example.com", programme_id=other.id)
    pair(db, world, coach="coachee@example.com", coachee="coach@example.com")
    assert len(found_by(db, world.coachee)) == 3


@pytest.mark.parametrize("kind", ["coaching", "mentoring"])
def test_two_people_already_paired_in_the_programme_are_refused(db, world, kind):
    before = everything_stored(db)
    with pytest.raises(DomainError) as refused:
        pair(db, world, coach="coach@example.com", coachee="coachee@example.com", kind=kind)
    assert refused.value.message == (
        f"Claire Bennett and Daniel Okafor are already paired in {LEADERSHIP}."
    )
    assert everything_stored(db) == before


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        ({"kind": "supervision"}, {"kind": "Choose coaching or mentoring."}),
        ({"kind": ""}, {"kind": "Choose coaching or mentoring."}),
        ({"programme_id": 999}, {"programme": "Choose a programme."}),
        ({"programme_id": 0}, {"programme": "Choose a programme."}),
        (
            {"coach": "nobody@example.com"},
            {"coach": "Nobody in myecoach has the e-mail “nobody@example.com”."},
        ),
        ({"coachee": ""}, {"coachee": "Nobody in myecoach has the e-mail “”."}),
        (
            {"coachee": "coach@example.com"},
            {"coachee": "A person cannot be paired with themselves."},
        ),
    ],
)
def test_a_pairing_with_a_bad_detail_is_refused_and_nothing_is_stored(db, world, changes, errors):
    before = everything_stored(db)
    with pytest.raises(ValidationFailed) as refused:
        pair(db, world, **changes)
    assert refused.value.errors == errors
    assert everything_stored(db) == before


def test_a_deactivated_person_cannot_be_paired(db, world):
    people.set_active(db, admin=world.admin, person_id=world.outsider.id, active=False)
    before = everything_stored(db)
    with pytest.raises(ValidationFailed) as refused:
        pair(db, world)
    assert refused.value.errors == {"coachee": "Olivia Reid is deactivated."}
    assert everything_stored(db) == before


def test_closing_tells_both_participants_and_makes_the_sessions_read_only(db, world):
    session = sessions.add_session(
        db, actor=world.coach, relationship_id=world.relationship.id
    ).session
    told = close(db, world, world.relationship)
    assert sorted(told) == sorted([world.coach.id, world.coachee.id])
    message = relationship_message(actor_name="Alex Morgan", programme=LEADERSHIP, closed=True)
    for participant in (world.coach, world.coachee):
        assert inbox(db, participant)[0] == ("closed", message, world.relationship.id, None)
    assert inbox(db, world.other_coach) == []
    with pytest.raises(RelationshipClosed):
        sessions.add_session(db, actor=world.coachee, relationship_id=world.relationship.id)
    with pytest.raises(RelationshipClosed):
        sessions.complete_session(
            db,
            actor=world.coach,
            relationship_id=world.relationship.id,
            number=session.number,
            expected_version=session.version,
        )
    view = relationships.open_relationship(
        db, actor=world.coach, relationship_id=world.relationship.id
    )
    assert (view.summary.active, [s.number for s in view.sessions]) == (False, [1])


def test_reopening_tells_both_participants_and_sessions_can_change_again(db, world):
    close(db, world, world.relationship)
    told = close(db, world, world.relationship, open_=True)
    assert sorted(told) == sorted([world.coach.id, world.coachee.id])
    message = relationship_message(actor_name="Alex Morgan", programme=LEADERSHIP, closed=False)
    assert inbox(db, world.coachee)[0] == ("reopened", message, world.relationship.id, None)
    sessions.add_session(db, actor=world.coachee, relationship_id=world.relationship.id)
    assert found_by(db, world.coach)[0][3] is True


def test_closing_a_closed_relationship_tells_nobody_again(db, world):
    close(db, world, world.relationship)
    before = everything_stored(db)
    assert close(db, world, world.relationship) == []
    assert everything_stored(db) == before


def test_closing_an_unknown_relationship_is_not_found(db, world):
    for relationship_id in (0, -1, 999, 10**30):
        with pytest.raises(NotFound):
            pairing.set_relationship_open(
                db, admin=world.admin, relationship_id=relationship_id, open_=False
            )


def test_a_closed_relationship_still_counts_as_a_pairing(db, world):
    close(db, world, world.relationship)
    with pytest.raises(DomainError, match="already paired"):
        pair(db, world, coach="coach@example.com", coachee="coachee@example.com")


def test_pairing_someone_added_by_the_admin_team_before_they_set_a_password(db, world):
    people.add_person(
        db, admin=world.admin, name="Zoe Adams", email="zoe@example.org", time_zone="UTC"
    )
    relationship = pair(db, world, coachee="zoe@example.org")
    zoe = db.exec(select(User).where(User.email == "zoe@example.org")).one()
    assert found_by(db, zoe) == [(LEADERSHIP, "Claire Bennett", "Zoe Adams", True)]
    assert db.get(Relationship, relationship.id).coachee_id == zoe.id
    assert db.exec(select(Notification)).all() == []
