"""Every use case, called by anyone with anything, on SQLite and PostgreSQL: only domain
errors escape, a refusal changes nothing, outsiders find nothing, what is stored is sound."""

from collections.abc import Callable

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import Engine
from sqlmodel import Session, SQLModel, select

from myecoach.db import unit_of_work
from myecoach.domain.errors import DomainError, NotFound, ValidationFailed
from myecoach.domain.statuses import SessionStatus
from myecoach.domain.text import can_be_saved
from myecoach.domain.validation import FIELD_MAX, REASON_MAX, SessionDetails, parse_session_form
from myecoach.domain.zones import is_time_zone
from myecoach.models import CoachingSession, Notification, User
from myecoach.services import history, notifications, relationships, session_view, sessions
from tests.services import strategies as some
from tests.services.conftest import build_world
from tests.services.test_session_tally import assert_counts_in_step

RUNS = settings(
    max_examples=60,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
PEOPLE = ["coach", "coachee", "admin", "outsider", "other_coach", "other_coachee"]
STORED_TEXTS = [  # column, longest allowed, whether it may hold several lines
    ("location", FIELD_MAX["location"], False),
    ("extra_information", FIELD_MAX["extra_information"], True),
    ("cancellation_reason", REASON_MAX, True),
]
WELL_FILLED = {
    "date": "2026-12-08",
    "start_time": "14:00",
    "end_time": "15:00",
    "time_zone": "Europe/London",
    "location": "",
    "session_type": "Online",
    "extra_information": "",
}
people = some.mostly(st.sampled_from(["coach", "coachee", "admin"]), st.sampled_from(PEOPLE))
AT_A_SESSION = {"who": people, "where": some.relationship_choices, "number": some.session_numbers}
CHANGING = {**AT_A_SESSION, "version": some.versions}


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order."""
    with engine.connect() as connection:
        return {
            table.name: [
                tuple(row)
                for row in connection.execute(table.select().order_by(*table.primary_key))
            ]
            for table in SQLModel.metadata.sorted_tables
        }


def emptied(engine: Engine) -> Engine:
    """The engine, after deleting every row."""
    with engine.begin() as connection:
        for table in reversed(SQLModel.metadata.sorted_tables):
            connection.execute(table.delete())
    return engine


class UseCases(RuleBasedStateMachine):
    """Random people calling random use cases with random inputs on one database."""

    engine: Engine

    def __init__(self) -> None:
        """A fresh world with sessions 1 (arranged) and 2 in one relationship, 1 in the other."""
        super().__init__()
        with unit_of_work(emptied(self.engine)) as db:
            world = build_world(db)
            self.ids = {name: getattr(world, name).id for name in PEOPLE}
            pairs = {
                "relationship": world.relationship,
                "other_relationship": world.other_relationship,
            }
            self.relationship_ids = {name: r.id for name, r in pairs.items()}
            self.members = {r.id: {r.coach_id, r.coachee_id} for r in pairs.values()}
            for relationship in (world.relationship, world.relationship, world.other_relationship):
                sessions.add_session(db, actor=world.admin, relationship_id=relationship.id)
            sessions.save_session(
                db,
                actor=world.coach,
                relationship_id=world.relationship.id,
                number=1,
                expected_version=1,
                details=parse_session_form(**WELL_FILLED),
            )

    def attempt(self, use_case: Callable[[Session], object], *, hidden: bool = False) -> None:
        """Run a use case: a refusal is a domain error that changes nothing; a hidden target is
        refused as not found (or as invalid input, which says nothing about the target)."""
        before = snapshot(self.engine)
        with unit_of_work(self.engine) as db:
            try:
                result = use_case(db)
            except DomainError as error:
                assert not hidden or isinstance(error, NotFound | ValidationFailed), error
                assert snapshot(self.engine) == before
                return
        assert not hidden, f"{result!r} was reached by someone it must be hidden from"

    def user(self, db: Session, who: str) -> User:
        """The stored user playing ``who``."""
        return db.get(User, self.ids[who])

    def hidden(self, who: str, relationship_id: int) -> bool:
        """Whether the relationship must look as if it did not exist to this person."""
        if relationship_id not in self.members:
            return True
        return who != "admin" and self.ids[who] not in self.members[relationship_id]

    def relationship_id(self, choice: str | int) -> int:
        """A world relationship's id by its name, or the odd id itself."""
        return self.relationship_ids[choice] if isinstance(choice, str) else choice

    def version(self, db: Session, relationship_id: int, number: int, choice: str | int) -> int:
        """The version asked for: a number, or the session's current one ("current")."""
        if choice != "current":
            return choice
        current = {
            (s.relationship_id, s.number): s.version for s in db.exec(select(CoachingSession))
        }
        return current.get((relationship_id, number), 1)

    def change(self, who: str, where: str | int, number: int, version: str | int, call, **kw):
        """Run a change to session ``number`` of relationship ``where`` as ``who``."""
        relationship_id = self.relationship_id(where)
        self.attempt(
            lambda db: call(
                db,
                actor=self.user(db, who),
                relationship_id=relationship_id,
                number=number,
                expected_version=self.version(db, relationship_id, number, version),
                **kw,
            ),
            hidden=self.hidden(who, relationship_id),
        )

    def others_unread(self, who: str) -> set[int]:
        """The unread notifications of everybody but ``who``."""
        with unit_of_work(self.engine) as db:
            mine = Notification.recipient_id == self.ids[who]
            return set(db.exec(select(Notification.id).where(~mine, Notification.read.is_(False))))

    @rule(who=people, where=some.relationship_choices)
    def add(self, who, where):
        relationship_id = self.relationship_id(where)
        self.attempt(
            lambda db: sessions.add_session(
                db, actor=self.user(db, who), relationship_id=relationship_id
            ),
            hidden=self.hidden(who, relationship_id),
        )

    @rule(**CHANGING, notify=st.booleans(), entered=some.forms_or_details)
    def save(self, who, where, number, version, notify, entered):
        def save(db: Session, **at) -> CoachingSession:
            details = entered
            if not isinstance(entered, SessionDetails):
                details = parse_session_form(**entered)
            return sessions.save_session(db, details=details, notify=notify, **at)

        self.change(who, where, number, version, save)

    @rule(**CHANGING, reason=some.texts, at=some.clocks)
    def cancel(self, who, where, number, version, reason, at):
        clock = {"clock": lambda: at} if at else {}
        self.change(who, where, number, version, sessions.cancel_session, reason=reason, **clock)

    @rule(**CHANGING, at=some.clocks)
    def reactivate(self, who, where, number, version, at):
        clock = {"clock": lambda: at} if at else {}
        self.change(who, where, number, version, sessions.reactivate_session, **clock)

    @rule(**CHANGING, at=some.clocks)
    def complete(self, who, where, number, version, at):
        clock = {"clock": lambda: at} if at else {}
        self.change(who, where, number, version, sessions.complete_session, **clock)

    @rule(**AT_A_SESSION, with_history=st.booleans())
    def open_session(self, who, where, number, with_history):
        relationship_id = self.relationship_id(where)
        self.attempt(
            lambda db: session_view.open_session(
                db,
                actor=self.user(db, who),
                relationship_id=relationship_id,
                number=number,
                with_history=with_history,
            ),
            hidden=self.hidden(who, relationship_id),
        )

    @rule(**AT_A_SESSION)
    def read_history(self, who, where, number):
        relationship_id = self.relationship_id(where)
        self.attempt(
            lambda db: history.session_history(
                db, actor=self.user(db, who), relationship_id=relationship_id, number=number
            ),
            hidden=self.hidden(who, relationship_id),
        )

    @rule(who=people, where=some.relationship_choices)
    def open_relationship(self, who, where):
        relationship_id = self.relationship_id(where)
        self.attempt(
            lambda db: relationships.open_relationship(
                db, actor=self.user(db, who), relationship_id=relationship_id
            ),
            hidden=self.hidden(who, relationship_id),
        )

    @rule(
        who=people,
        query=some.queries,
        status=st.sampled_from(relationships.RelationshipFilter),
        page=some.ids,
    )
    def search(self, who, query, status, page):
        def search(db: Session) -> None:
            found = relationships.search_relationships(
                db, actor=self.user(db, who), query=query, status=status, page=page
            )
            assert not [row.id for row in found.rows if self.hidden(who, row.id)]

        self.attempt(search)

    @rule(who=people)
    def read_inbox(self, who):
        def inbox(db: Session) -> None:
            items = notifications.inbox(db, user=self.user(db, who))
            mine = select(Notification.id).where(Notification.recipient_id == self.ids[who])
            assert {item.id for item in items} <= set(db.exec(mine))

        self.attempt(inbox)

    @rule(who=people, data=st.data())
    def mark_read(self, who, data):
        with unit_of_work(self.engine) as db:
            stored = list(db.exec(select(Notification.id)))
        chosen = data.draw(some.mostly(st.sampled_from(stored or [1]), some.ids))
        others = self.others_unread(who)
        self.attempt(
            lambda db: notifications.mark_read(db, user=self.user(db, who), notification_id=chosen)
        )
        assert self.others_unread(who) == others

    @rule(who=people)
    def mark_all_read(self, who):
        others = self.others_unread(who)
        self.attempt(lambda db: notifications.mark_all_read(db, user=self.user(db, who)))
        assert self.others_unread(who) == others

    @invariant()
    def stored_sessions_are_sound(self):
        with unit_of_work(self.engine) as db:
            for session in db.exec(select(CoachingSession)):
                assert is_time_zone(session.time_zone)
                if session.status == SessionStatus.ARRANGED:
                    assert session.starts_at < session.ends_at
                for column, longest, multiline in STORED_TEXTS:
                    value = getattr(session, column)
                    assert len(value) <= longest and can_be_saved(value, multiline=multiline)

    @invariant()
    def the_overview_counts_agree_with_the_sessions(self):
        with self.engine.connect() as connection:
            assert_counts_in_step(connection)


def test_every_use_case_tolerates_whatever_it_is_handed(engine):
    machine = type("UseCasesOnThisDatabase", (UseCases,), {"engine": engine})
    run_state_machine_as_test(machine, settings=RUNS)
