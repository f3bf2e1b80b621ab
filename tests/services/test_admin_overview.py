"""Admin → Overview: each figure against hand-built programmes, filters, ranges that cut
months in half, the needs-attention lists, the live check, and admins only."""

from datetime import date, time, timedelta

import pytest
from sqlalchemy import text

from myecoach.db import refresh_statistics
from myecoach.domain.errors import NotAnAdmin
from myecoach.domain.overview import MONTHS, OverviewFilter, this_year
from myecoach.domain.wording import RelationshipKind
from myecoach.services import sessions
from myecoach.services.admin import attention
from myecoach.services.admin import overview as service
from myecoach.services.admin.overview_filters import relationships_where
from tests.services.overview_data import ARRANGED, NOW, add, build_programmes
from tests.statements import statements

YEAR = this_year(NOW.date())


@pytest.fixture
def data(db, world):
    """The hand-built programmes."""
    return build_programmes(db, world)


def figures(db, world, filters: OverviewFilter = YEAR) -> service.Overview:
    """The overview as the admin's page asks for it."""
    return service.overview(db, admin=world.admin, filters=filters, now=NOW)


def listed(found: attention.Attention) -> list[tuple]:
    """A needs-attention list: (relationship, coachee, detail, session number)."""
    return [(r.relationship_id, r.coachee, r.detail, r.session_number) for r in found.rows]


def test_the_headline_figures_of_the_year(db, world, data):
    found = figures(db, world)
    assert (found.active, found.closed) == (4, 1)
    assert found.by_status == {
        "To be Arranged": 1,
        "Arranged": 2,
        "Completed": 3,
        "Cancelled": 4,
    }
    assert found.overdue == 1
    assert found.cancelled_by == {"coach": 1, "coachee": 2, "admin team": 1}
    assert found.completion_rate == "38%"  # 3 completed of 8 due: 3 + 4 cancelled + 1 overdue


def test_the_chart_counts_each_month_of_the_year_by_status(db, world, data):
    months = {m.month: {k: v for k, v in m.counts.items() if v} for m in figures(db, world).months}
    assert list(months) == [f"{m} 2026" for m in MONTHS]
    assert {month: counts for month, counts in months.items() if counts} == {
        "Jan 2026": {"Cancelled": 1},
        "Mar 2026": {"Completed": 1, "Cancelled": 1},
        "Apr 2026": {"Cancelled": 2},  # one dated, one cancelled before it had a date
        "May 2026": {"Completed": 1, "To be Arranged": 1},  # added in May, no date yet
        "Jun 2026": {"Arranged": 1, "Completed": 1},
        "Jul 2026": {"Arranged": 1},
    }


def test_a_range_that_cuts_months_in_half(db, world, data):
    found = figures(db, world, OverviewFilter(start=date(2026, 3, 15), end=date(2026, 5, 10)))
    assert found.by_status == {"To be Arranged": 1, "Arranged": 0, "Completed": 1, "Cancelled": 3}
    assert [(m.month, sum(m.counts.values())) for m in found.months] == [
        ("Mar 2026", 1),
        ("Apr 2026", 2),
        ("May 2026", 2),
    ]
    assert (found.overdue, found.completion_rate) == (0, "25%")
    assert [row.detail for row in found.cancelling.rows] == ["2 sessions cancelled"]
    later = figures(db, world, OverviewFilter(start=date(2026, 3, 25), end=date(2026, 5, 10)))
    assert listed(later.cancelling) == []  # A's other cancellation is before the 25th


@pytest.mark.parametrize(
    ("choose", "expected"),
    [
        (lambda w, d: {"programme_id": d.mentoring.id}, (1, 0, {"Completed": 1, "Arranged": 1})),
        (
            lambda w, d: {"kind": RelationshipKind.MENTORING},
            (1, 0, {"Completed": 1, "Arranged": 1}),
        ),
        (
            lambda w, d: {"coach_id": w.coach.id},
            (2, 1, {"Completed": 1, "Cancelled": 3, "Arranged": 1, "To be Arranged": 1}),
        ),
        (
            lambda w, d: {"programme_id": w.programme.id, "kind": RelationshipKind.MENTORING},
            (0, 0, {}),
        ),
    ],
)
def test_the_filters_choose_relationships(db, world, data, choose, expected):
    found = figures(
        db, world, OverviewFilter(start=YEAR.start, end=YEAR.end, **choose(world, data))
    )
    counts = {status: n for status, n in found.by_status.items() if n}
    assert (found.active, found.closed, counts) == expected


def test_who_cancelled_counts_the_chosen_relationships_only(db, world, data):
    coach = OverviewFilter(start=YEAR.start, end=YEAR.end, coach_id=world.coach.id)
    assert figures(db, world, coach).cancelled_by == {"coach": 1, "coachee": 2, "admin team": 0}
    other = OverviewFilter(start=YEAR.start, end=YEAR.end, coach_id=world.other_coach.id)
    assert figures(db, world, other).cancelled_by == {"coach": 0, "coachee": 0, "admin team": 1}


def test_what_needs_attention(db, world, data):
    found = figures(db, world)
    assert listed(found.quiet) == [
        (data.d.id, "Tom Walsh", "Nothing arranged; no session in 30 days", None),
        (data.b.id, "Leo Fischer", "Nothing arranged; no session in 30 days", None),
    ]
    assert found.quiet.rows[0].at is None and found.quiet.rows[1].at.date() == date(2026, 5, 1)
    assert listed(found.cancelling) == [(data.a.id, "Daniel Okafor", "2 sessions cancelled", None)]
    assert listed(found.overdue_sessions) == [
        (data.a.id, "Daniel Okafor", "Session 4 not marked as completed", 4)
    ]
    assert (found.quiet.total, found.cancelling.total, found.overdue_sessions.total) == (2, 1, 1)
    longer = figures(db, world, OverviewFilter(start=YEAR.start, end=YEAR.end, quiet_days=50))
    assert [row.coachee for row in longer.quiet.rows] == ["Tom Walsh"]  # B's May session is recent


def test_sessions_around_today_are_overdue_once_they_have_ended_in_their_own_zone(db, world, data):
    today, tomorrow = NOW.date(), NOW.date() + timedelta(days=1)
    before = figures(db, world).overdue
    add(db, data.d, 1, ARRANGED, today)  # 10:00-11:00 in London: ended at 10:00 UTC
    add(db, data.d, 2, ARRANGED, today, hours=(time(14), time(15)))  # not yet
    add(db, data.d, 3, ARRANGED, tomorrow, zone="Pacific/Kiritimati", hours=(time(0), time(1)))
    add(db, data.d, 4, ARRANGED, tomorrow, zone="Pacific/Kiritimati", hours=(time(2), time(3)))
    add(db, data.d, 5, ARRANGED, today - timedelta(days=1), zone="Pacific/Niue")  # 22:00 UTC
    db.commit()
    assert figures(db, world).overdue - before == 3  # ended at 10:00, 11:00 and 22:00 UTC


@pytest.mark.parametrize(
    "choose",
    [
        {},
        {"start": date(2026, 3, 15), "end": date(2026, 6, 14)},
        {"kind": RelationshipKind.COACHING},
    ],
)
def test_the_tally_gives_the_figures_counting_the_sessions_gives(db, world, data, choose):
    chosen = OverviewFilter(**{"start": YEAR.start, "end": YEAR.end, **choose})
    related = relationships_where(chosen)
    tallied = service._tallied_facts(db, chosen, related, NOW)
    assert tallied == service._counted_facts(db, chosen, related, NOW)
    assert sum(tallied.by_status.values()) > 0


def test_the_figures_take_the_same_statements_however_much_data(db, world, data, engine):
    for chosen, count in [({}, 6), ({"coach_id": world.coach.id}, 7)]:
        with statements(engine) as few:
            figures(db, world, OverviewFilter(YEAR.start, YEAR.end, programme_id=999, **chosen))
        with statements(engine) as many:
            figures(db, world, OverviewFilter(YEAR.start, YEAR.end, **chosen))
        assert len(few) == len(many) == count


def test_planner_statistics_cover_the_partial_indexes_and_change_no_figure(db, world, data, engine):
    before = figures(db, world)
    refresh_statistics(engine)  # as the app's hourly tidy-up does
    assert figures(db, world) == before
    if engine.dialect.name == "sqlite":  # without statistics it never reads a partial index
        known = db.execute(text("SELECT idx FROM sqlite_stat1 WHERE tbl = 'coaching_session'"))
        assert {"ix_coaching_session_overdue", "ix_coaching_session_cancelled"} <= {
            name for (name,) in known
        }


def test_the_live_check_changes_when_a_session_does(db, world, data):
    before = service.change_stamp(db, admin=world.admin)
    assert service.change_stamp(db, admin=world.admin) == before
    sessions.add_session(db, actor=world.coach, relationship_id=data.d.id)
    after_adding = service.change_stamp(db, admin=world.admin)
    assert after_adding != before
    sessions.cancel_session(
        db,
        actor=world.coachee,
        relationship_id=world.relationship.id,
        number=4,
        expected_version=1,
        reason="Travelling",
    )
    assert service.change_stamp(db, admin=world.admin) not in (before, after_adding)


@pytest.mark.parametrize("who", ["coach", "coachee", "outsider"])
def test_only_the_admin_team_sees_the_overview(db, world, data, who):
    user = getattr(world, who)
    with pytest.raises(NotAnAdmin):
        service.overview(db, admin=user, filters=YEAR, now=NOW)
    with pytest.raises(NotAnAdmin):
        service.choices(db, admin=user)
    with pytest.raises(NotAnAdmin):
        service.change_stamp(db, admin=user)


def test_the_filters_offer_programmes_and_coaches(db, world, data):
    offered = service.choices(db, admin=world.admin)
    assert [name for _, name in offered.programmes] == [
        "Graduate Mentoring 2026",
        "Leadership Coaching 2026",
    ]
    assert [name for _, name in offered.coaches] == ["Claire Bennett", "Maria Santos"]
