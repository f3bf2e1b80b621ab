"""The admin area is the admin team's: every admin use case refuses anyone else with nothing
changed; every admin action is recorded, append-only: who, what, when, before and after."""

import inspect
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlmodel import select

from myecoach.domain.errors import NotFound
from myecoach.models import AdminAction, utc_now
from myecoach.services.admin import audit, imports, pairing, people, programmes
from tests.services.onboarding import everything_stored

CSV = (
    b"programme,kind,coach_email,coach_name,coachee_email,coachee_name\n"
    b"Graduates 2026,mentoring,zoe@example.org,Zoe Adams,yusuf@example.org,Yusuf Demir\n"
)

# Each admin use case, called as the admin pages call it, by whoever ``actor`` is.
USE_CASES: dict[str, Callable] = {
    "find_people": lambda db, w, actor: people.find_people(db, admin=actor, query="claire"),
    "suggest_people": lambda db, w, actor: people.suggest_people(db, admin=actor, query="cla"),
    "add_person": lambda db, w, actor: people.add_person(
        db, admin=actor, name="Zoe Adams", email="zoe@example.org", time_zone="UTC"
    ),
    "edit_person": lambda db, w, actor: people.edit_person(
        db,
        admin=actor,
        person_id=w.coachee.id,
        name="Dan Okafor",
        email="coachee@example.com",
        time_zone="UTC",
        is_admin=True,
    ),
    "set_active": lambda db, w, actor: people.set_active(
        db, admin=actor, person_id=w.other_coach.id, active=False
    ),
    "new_link": lambda db, w, actor: people.new_link(db, admin=actor, person_id=w.coachee.id),
    "list_programmes": lambda db, w, actor: programmes.list_programmes(db, admin=actor),
    "create_programme": lambda db, w, actor: programmes.create_programme(
        db, admin=actor, name="Graduates 2026"
    ),
    "rename_programme": lambda db, w, actor: programmes.rename_programme(
        db, admin=actor, programme_id=w.programme.id, name="Executive Coaching"
    ),
    "archive_programme": lambda db, w, actor: programmes.archive_programme(
        db, admin=actor, programme_id=w.programme.id
    ),
    "pair": lambda db, w, actor: pairing.pair(
        db,
        admin=actor,
        programme_id=w.programme.id,
        kind="mentoring",
        coach_email="coach@example.com",
        coachee_email="outsider@example.com",
    ),
    "set_relationship_open": lambda db, w, actor: pairing.set_relationship_open(
        db, admin=actor, relationship_id=w.relationship.id, open_=False
    ),
    "preview_import": lambda db, w, actor: imports.preview_import(db, admin=actor, content=CSV),
    "apply_import": lambda db, w, actor: imports.apply_import(db, admin=actor, content=CSV),
    "activity": lambda db, w, actor: audit.activity(db, admin=actor),
}
READS = {"find_people", "suggest_people", "list_programmes", "preview_import", "activity"}


def admin_use_cases() -> set[str]:
    """Every public function of services/admin/ that acts for an admin."""
    return {
        name
        for module in (audit, imports, pairing, people, programmes)
        for name, function in inspect.getmembers(module, inspect.isfunction)
        if function.__module__ == module.__name__
        and not name.startswith("_")
        and "admin" in inspect.signature(function).parameters
        and inspect.signature(function).parameters["admin"].kind is inspect.Parameter.KEYWORD_ONLY
    }


def recorded(db) -> list[tuple]:
    """The audit trail's rows, oldest first."""
    return [
        (a.id, a.actor_id, a.at, a.action, a.subject, a.before, a.after)
        for a in db.exec(select(AdminAction).order_by(AdminAction.id))
    ]


def test_every_admin_use_case_is_checked_here():
    assert admin_use_cases() == set(USE_CASES)


@pytest.mark.parametrize("who", ["coach", "outsider"])
@pytest.mark.parametrize("use_case", sorted(USE_CASES))
def test_anyone_but_an_admin_is_refused_with_nothing_changed(db, world, use_case, who):
    before = everything_stored(db)
    with pytest.raises(NotFound) as refused:
        USE_CASES[use_case](db, world, getattr(world, who))
    assert refused.value.message == "Page not found."  # as if the admin area did not exist
    db.rollback()
    assert everything_stored(db) == before
    USE_CASES[use_case](db, world, world.admin)  # the same call works for the admin team


@pytest.mark.parametrize("use_case", sorted(USE_CASES))
def test_every_admin_action_is_recorded_and_reading_records_nothing(db, world, use_case):
    started = utc_now()
    USE_CASES[use_case](db, world, world.admin)
    actions = db.exec(select(AdminAction)).all()
    if use_case in READS:
        assert actions == []
        return
    assert actions, f"{use_case} left no trace"
    assert {a.actor_id for a in actions} == {world.admin.id}
    assert all(started - timedelta(seconds=1) <= a.at <= utc_now() for a in actions)


def test_the_trail_shows_who_did_what_when_with_before_and_after(db, world):
    USE_CASES["edit_person"](db, world, world.admin)
    USE_CASES["set_active"](db, world, world.admin)
    USE_CASES["rename_programme"](db, world, world.admin)
    newest, older, oldest = audit.activity(db, admin=world.admin).entries
    assert (oldest.actor, oldest.action, oldest.subject) == (
        "Alex Morgan",
        "Edited a person",
        "Dan Okafor <coachee@example.com>",
    )
    assert oldest.changes == [
        ("name", "Daniel Okafor", "Dan Okafor"),
        ("time_zone", "Europe/London", "UTC"),
        ("is_admin", "no", "yes"),
    ]
    assert (older.action, older.subject, older.changes) == (
        "Deactivated a person",
        "Maria Santos <other_coach@example.com>",
        [("active", "yes", "no")],
    )
    assert (newest.action, newest.changes) == (
        "Renamed a programme",
        [("name", "Leadership Coaching 2026", "Executive Coaching")],
    )
    assert oldest.at <= older.at <= newest.at <= utc_now()


def test_the_trail_is_append_only(db, world):
    USE_CASES["edit_person"](db, world, world.admin)
    USE_CASES["archive_programme"](db, world, world.admin)
    first = recorded(db)
    people.edit_person(
        db,
        admin=world.admin,
        person_id=world.coachee.id,
        name="Daniel Okafor",
        email="daniel@example.org",
        time_zone="Europe/London",
        is_admin=False,
    )
    people.set_active(db, admin=world.admin, person_id=world.coachee.id, active=False)
    later = recorded(db)
    assert later[: len(first)] == first
    assert [action for _, _, _, action, *_ in later[len(first) :]] == [
        "Edited a person",
        "Deactivated a person",
    ]


def test_closing_a_relationship_by_archiving_is_recorded_for_each_relationship(db, world):
    USE_CASES["archive_programme"](db, world, world.admin)
    assert [e.action for e in audit.activity(db, admin=world.admin).entries] == [
        "Archived a programme",
        "Closed a relationship",
        "Closed a relationship",
    ]


def test_the_trail_comes_newest_first_a_page_at_a_time(db, world):
    for n in range(audit.PAGE_SIZE + 3):
        programmes.create_programme(db, admin=world.admin, name=f"Cohort {n:02}")
    first = audit.activity(db, admin=world.admin)
    assert (first.page, first.pages, len(first.entries)) == (1, 2, audit.PAGE_SIZE)
    assert first.entries[0].subject == f"Cohort {audit.PAGE_SIZE + 2:02}"
    last = audit.activity(db, admin=world.admin, page=99)
    assert (last.page, [e.subject for e in last.entries]) == (
        2,
        ["Cohort 02", "Cohort 01", "Cohort 00"],
    )
