"""Searching relationships and opening one."""

from dataclasses import replace
from datetime import timedelta

import pytest

from myecoach.domain.errors import NotFound
from myecoach.domain.wording import RelationshipKind
from myecoach.models import Programme, Relationship
from myecoach.services import paging, sessions
from myecoach.services import relationships as uc
from tests.services.conftest import make_user


def search(db, actor, **kw):
    return uc.search_relationships(db, actor=actor, **kw)


def names(page):
    return [(row.coach.name, row.coachee.name) for row in page.rows]


def test_participants_see_only_their_own_relationships(db, world):
    assert names(search(db, world.coach)) == [("Claire Bennett", "Daniel Okafor")]
    assert names(search(db, world.other_coachee)) == [("Maria Santos", "Leo Fischer")]
    assert search(db, world.outsider).total == 0


def test_an_admin_sees_every_relationship(db, world):
    assert search(db, world.admin).total == 2


@pytest.mark.parametrize("query", ["leadership", "DANIEL", "okafor", "coachee@example", "claire b"])
def test_search_matches_programme_name_and_email(db, world, query):
    assert names(search(db, world.admin, query=query))[0] == ("Claire Bennett", "Daniel Okafor")


def test_search_with_no_match_finds_nothing(db, world):
    page = search(db, world.admin, query="nobody-like-this")
    assert (page.total, page.rows, page.pages) == (0, [], 1)


def test_search_treats_wildcards_literally(db, world):
    assert search(db, world.admin, query="%").total == 0
    assert search(db, world.admin, query="c_a").total == 0


@pytest.mark.parametrize(
    "query", ['"okafor"', 'oka"for', "okafor OR nobody", "NEAR(okafor", "oka*", "okafor-"]
)
def test_search_words_that_mean_something_to_a_search_engine_are_only_text(db, world, query):
    assert search(db, world.admin, query=query).total == 0


@pytest.mark.parametrize("query", ["|", " | ", "bennett|daniel", "2026 | claire"])
def test_search_never_matches_across_the_parts_of_a_relationship(db, world, query):
    assert search(db, world.admin, query=query).total == 0


def test_status_filter(db, world):
    world.other_relationship.active = False
    db.commit()
    assert names(search(db, world.admin, status=uc.RelationshipFilter.CLOSED)) == [
        ("Maria Santos", "Leo Fischer")
    ]
    assert search(db, world.admin, status=uc.RelationshipFilter.ACTIVE).total == 1


def test_results_come_a_page_at_a_time(db, world):
    programme = Programme(name="Graduate Mentoring 2026")
    db.add(programme)
    db.flush()
    for n in range(23):
        mentee = make_user(db, f"mentee{n}@example.com", f"Mentee {n:02}")
        db.add(Relationship.between(programme, world.coach, mentee, RelationshipKind.MENTORING))
    db.commit()
    first = search(db, world.coach)
    assert (first.total, first.pages, len(first.rows)) == (24, 3, uc.PAGE_SIZE)
    last = search(db, world.coach, page=99)
    assert (last.page, len(last.rows)) == (3, 4)
    seen = {row.id for p in (1, 2, 3) for row in search(db, world.coach, page=p).rows}
    assert len(seen) == 24


def add_mentees(db, world, how_many: int) -> None:
    """Mentoring relationships of the coach with mentees 00, 01, …, listed before Daniel's."""
    programme = Programme(name="leadership Academy")  # before "Leadership Coaching", whatever case
    db.add(programme)
    db.flush()
    for n in range(how_many):
        mentee = make_user(db, f"mentee{n}@example.com", f"mentee {n:02}")
        db.add(Relationship.between(programme, world.coach, mentee, RelationshipKind.MENTORING))
    db.commit()


def test_a_long_list_is_counted_only_so_far_past_the_page_shown(db, world, monkeypatch):
    add_mentees(db, world, 35)
    monkeypatch.setattr(paging, "COUNT_AHEAD", 15)
    first = search(db, world.coach)
    assert (first.total, first.pages, first.more) == (15, 2, True)
    assert [row.coachee.name for row in first.rows][:2] == ["mentee 00", "mentee 01"]
    third = search(db, world.coach, page=3)
    assert (third.total, third.pages, third.more) == (35, 4, True)
    last = search(db, world.coach, page=4)
    assert (last.total, last.pages, last.more, len(last.rows)) == (36, 4, False, 6)
    assert [row.coachee.name for row in last.rows][-2:] == ["mentee 34", "Daniel Okafor"]


def test_a_long_search_is_counted_and_paged_as_a_list_is(db, world, monkeypatch):
    add_mentees(db, world, 35)
    monkeypatch.setattr(paging, "COUNT_AHEAD", 15)
    first = search(db, world.coach, query="mentee")
    assert (first.total, first.pages, first.more) == (15, 2, True)
    assert [row.coachee.name for row in first.rows][:2] == ["mentee 00", "mentee 01"]
    past_the_end = search(db, world.coach, query="mentee", page=99)
    assert (past_the_end.page, past_the_end.total, past_the_end.more) == (4, 35, False)
    assert [row.coachee.name for row in past_the_end.rows] == [f"mentee {n}" for n in range(30, 35)]


def test_next_session_is_the_earliest_arranged_one_to_come_with_its_own_zone(db, world):
    from tests.services.test_sessions import DETAILS

    assert search(db, world.coach).rows[0].next_session is None
    earlier = replace(DETAILS, date=DETAILS.date - timedelta(days=2), time_zone="Asia/Tokyo")
    for details in (DETAILS, earlier):
        added = sessions.add_session(
            db, actor=world.coach, relationship_id=world.relationship.id
        ).session
        sessions.save_session(
            db,
            actor=world.coach,
            relationship_id=world.relationship.id,
            number=added.number,
            expected_version=added.version,
            details=details,
        )
    assert search(db, world.coach).rows[0].next_session == earlier.slot()
    assert search(db, world.coach).rows[0].next_session.zone == "Asia/Tokyo"


def test_opening_a_relationship_lists_its_sessions_in_order(db, world):
    for _ in range(3):
        sessions.add_session(db, actor=world.coachee, relationship_id=world.relationship.id)
    view = uc.open_relationship(db, actor=world.coachee, relationship_id=world.relationship.id)
    assert [s.number for s in view.sessions] == [1, 2, 3]
    assert view.summary.coach.name == "Claire Bennett"


@pytest.mark.parametrize("who", ["outsider", "other_coach"])
def test_outsiders_cannot_open_a_relationship(db, world, who):
    with pytest.raises(NotFound, match="Relationship not found"):
        uc.open_relationship(db, actor=getattr(world, who), relationship_id=world.relationship.id)


def test_a_missing_relationship_is_not_found(db, world):
    with pytest.raises(NotFound):
        uc.open_relationship(db, actor=world.admin, relationship_id=9999)
