"""What the overview reads instead of every row, kept by the database itself: triggers count
sessions in `session_tally` by day, status, programme and kind (and, when cancelled, by who
cancelled them), relationships in `relationship_tally` by programme, kind and whether active,
and keep each relationship's `last_held_at` (quiet relationships) and each cancelled
session's `cancelled_after`, the day of its relationship's cancellation before it (repeated
cancellations), in the same transaction as any write (the use cases' guarded updates, a bulk
load). SQLite runs a trigger per row; PostgreSQL one per statement, over the rows the
statement changed. A session's day is its date, or the UTC day it was added while it has
none."""

from dataclasses import dataclass
from typing import Any

from myecoach.domain.statuses import SessionStatus

HELD = (SessionStatus.ARRANGED, SessionStatus.COMPLETED)  # recently: the relationship is not quiet
_DAY = {
    "sqlite": "coalesce({s}.date, date({s}.created_at))",
    "postgresql": "coalesce({s}.date, CAST({s}.created_at AT TIME ZONE 'UTC' AS date))",
}
_SIDE = (
    f"CASE WHEN {{s}}.status <> '{SessionStatus.CANCELLED}' THEN ''"
    " WHEN {s}.cancelled_by_id = {s}.coach_id THEN 'coach'"
    " WHEN {s}.cancelled_by_id = {s}.coachee_id THEN 'coachee'"
    " WHEN {s}.cancelled_by_id IS NOT NULL THEN 'admin team' ELSE '' END"
)
_HELD_LIST = ", ".join(f"'{status.value}'" for status in HELD)
_DIFFERS = {"sqlite": "IS NOT", "postgresql": "IS DISTINCT FROM"}


@dataclass(frozen=True)
class Tally:
    """Counts of a table's rows by key, kept by triggers on that table."""

    table: str
    counted: str  # the table whose rows it counts
    total: str  # its column of counts
    values: dict[str, str]  # key column: SQL of a row {s} (its relationship r), by dialect
    moved_by: tuple[str, ...]  # the counted columns whose change moves a row between keys
    related: bool = False  # whether a row's key needs its relationship, joined as r
    upkept: bool = False  # whether its rows' changes refresh last_held_at and cancelled_after

    def key(self, dialect: str, s: str) -> str:
        """The key of row ``s``, as SELECT columns named as the tally's."""
        return ", ".join(
            f"{value.format(s=s, day=_DAY[dialect].format(s=s))} AS {name}"
            for name, value in self.values.items()
        )

    def source(self, rows: str) -> str:
        """FROM clause over ``rows`` (aliased s), with their relationship when needed."""
        joined = " JOIN relationship r ON r.id = s.relationship_id" if self.related else ""
        return f" FROM {rows} s{joined}"

    def counted_in(self, dialect: str, rows: dict[str, int]) -> str:
        """An upsert adding +1 or -1 per row in each set of ``rows`` (name: sign), in key
        order (so concurrent writers lock the tally's rows in one order)."""
        signed = " UNION ALL ".join(
            f"SELECT {self.key(dialect, 's')}, {sign} AS change{self.source(name)}"
            for name, sign in rows.items()
        )
        keys = ", ".join(self.values)
        return (
            f"INSERT INTO {self.table} ({keys}, {self.total}) SELECT {keys}, sum(change)"
            f" FROM ({signed}) AS moved GROUP BY {keys} HAVING sum(change) <> 0"
            f" ORDER BY {keys}{self.upsert()}"
        )

    def counted_row(self, s: str, sign: int) -> str:
        """SQLite: an upsert adding ``sign`` for row ``s`` (new or old)."""
        where = "FROM relationship r WHERE r.id = {s}.relationship_id" if self.related else ""
        return (
            f"INSERT INTO {self.table} ({', '.join(self.values)}, {self.total})"
            f" SELECT {self.key('sqlite', s)}, {sign} {where.format(s=s) or 'WHERE true'}"
            f"{self.upsert()};"
        )

    def upsert(self) -> str:
        """ON CONFLICT clause adding to the count."""
        return (
            f" ON CONFLICT ({', '.join(self.values)}) DO UPDATE"
            f" SET {self.total} = {self.table}.{self.total} + excluded.{self.total}"
        )


SESSIONS = Tally(
    table="session_tally",
    counted="coaching_session",
    total="sessions",
    values={
        "day": "{day}",
        "dated": "{s}.date IS NOT NULL",
        "programme_id": "r.programme_id",
        "kind": "r.kind",
        "status": "{s}.status",
        "cancelled_by": _SIDE,
    },
    moved_by=("status", "date", "cancelled_by_id", "starts_at"),
    related=True,
    upkept=True,
)
RELATIONSHIPS = Tally(
    table="relationship_tally",
    counted="relationship",
    total="relationships",
    values={"programme_id": "{s}.programme_id", "kind": "{s}.kind", "active": "{s}.active"},
    moved_by=("programme_id", "kind", "active"),
)
TALLIES = (SESSIONS, RELATIONSHIPS)


def _last_held(s: str) -> str:
    """The start of the latest arranged or completed session of ``s``'s relationship."""
    return (
        "(SELECT max(starts_at) FROM coaching_session held"
        f" WHERE held.relationship_id = {s} AND held.status IN ({_HELD_LIST}))"
    )


def _cancelled_before(dialect: str) -> str:
    """For a cancelled session, the day of its relationship's cancellation before it (by day,
    then id); none for another session."""
    day, earlier = (_DAY[dialect].format(s=s) for s in ("coaching_session", "o"))
    cancelled = f"status = '{SessionStatus.CANCELLED}'"
    return (
        f"CASE WHEN coaching_session.{cancelled} THEN (SELECT max({earlier})"
        " FROM coaching_session o WHERE o.relationship_id = coaching_session.relationship_id"
        f" AND o.{cancelled} AND ({earlier} < {day}"
        f" OR ({earlier} = {day} AND o.id < coaching_session.id))) END"
    )


def _upkeep(dialect: str, ids: str) -> str:
    """Statements bringing up to date the last held session and the earlier cancellations of
    the relationships whose id meets ``ids`` (a condition such as "= 5")."""
    last, before, differs = (
        _last_held("relationship.id"),
        _cancelled_before(dialect),
        _DIFFERS[dialect],
    )
    return (
        f"UPDATE relationship SET last_held_at = {last}"
        f" WHERE id {ids} AND last_held_at {differs} {last};"
        f" UPDATE coaching_session SET cancelled_after = {before}"
        f" WHERE relationship_id {ids} AND cancelled_after {differs} {before};"
    )


def _sqlite_triggers(tally: Tally) -> dict[str, str]:
    """By name, SQLite's row triggers for one tally."""
    upkeep = (
        {s: _upkeep("sqlite", f"= {s}.relationship_id") for s in ("new", "old")}
        if tally.upkept
        else {"new": "", "old": ""}
    )
    moved = " OR ".join(f"old.{c} IS NOT new.{c}" for c in tally.moved_by)
    on = f"ON {tally.counted}"
    return {
        f"{tally.table}_insert": f"AFTER INSERT {on} BEGIN {tally.counted_row('new', 1)}"
        f" {upkeep['new']} END",
        f"{tally.table}_delete": f"AFTER DELETE {on} BEGIN {tally.counted_row('old', -1)}"
        f" {upkeep['old']} END",
        f"{tally.table}_update": f"AFTER UPDATE {on} WHEN {moved} BEGIN"
        f" {tally.counted_row('old', -1)} {tally.counted_row('new', 1)} {upkeep['new']} END",
    }


def _postgresql_triggers(tally: Tally) -> dict[str, str]:
    """By name, PostgreSQL's statement triggers for one tally, after the functions they run
    (named as they are, with "()")."""
    events = {
        "insert": ("NEW TABLE AS new_rows", {"new_rows": 1}),
        "delete": ("OLD TABLE AS old_rows", {"old_rows": -1}),
        "update": ("OLD TABLE AS old_rows NEW TABLE AS new_rows", {"old_rows": -1, "new_rows": 1}),
    }

    def upkeep(rows: dict[str, int]) -> str:
        if not tally.upkept:
            return ""
        return _upkeep("postgresql", f"IN ({_moved_relationships(rows)})")

    return {
        f"{tally.table}_{event}()": "RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        " IF pg_trigger_depth() > 1 THEN RETURN NULL; END IF;"  # the upkeep's own updates
        f" {tally.counted_in('postgresql', rows)}; {upkeep(rows)} RETURN NULL; END $$"
        for event, (_, rows) in events.items()
    } | {
        f"{tally.table}_{event}": f"AFTER {event.upper()} ON {tally.counted}"
        f" REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION {tally.table}_{event}()"
        for event, (tables, _) in events.items()
    }


def _moved_relationships(rows: dict[str, int]) -> str:
    """The relationships of the rows added, deleted, or changed in status, start or date."""
    if len(rows) == 1:
        return f"SELECT relationship_id FROM {next(iter(rows))}"
    return (
        "SELECT n.relationship_id FROM new_rows n JOIN old_rows o ON o.id = n.id"
        " WHERE (o.status, o.starts_at, o.date) IS DISTINCT FROM (n.status, n.starts_at, n.date)"
    )


def _triggers(dialect: str) -> dict[str, str]:
    """By name, what keeps the tallies on this database, in the order it is created."""
    made = _sqlite_triggers if dialect == "sqlite" else _postgresql_triggers
    return {name: body for tally in TALLIES for name, body in made(tally).items()}


def install(connection: Any) -> None:
    """Create the triggers; fill the tallies and the two columns from the rows there."""
    dialect = connection.dialect.name
    for name, body in _triggers(dialect).items():
        kind = "FUNCTION" if name.endswith("()") else "TRIGGER"
        created = "TRIGGER IF NOT EXISTS" if dialect == "sqlite" else f"OR REPLACE {kind}"
        connection.exec_driver_sql(f"CREATE {created} {name} {body}")
    for tally in TALLIES:
        connection.exec_driver_sql(f"DELETE FROM {tally.table}")
        connection.exec_driver_sql(tally.counted_in(dialect, {tally.counted: 1}))
    for statement in _upkeep(dialect, "IS NOT NULL").split(";")[:-1]:
        connection.exec_driver_sql(statement)


def uninstall(connection: Any) -> None:
    """Drop the triggers (and PostgreSQL's functions)."""
    dialect = connection.dialect.name
    for tally in TALLIES:
        on_table = f" ON {tally.counted}" if dialect == "postgresql" else ""
        for name in _triggers(dialect):
            if name.startswith(f"{tally.table}_") and not name.endswith("()"):
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}{on_table}")
    for name in _triggers(dialect):
        if name.endswith("()"):
            connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}")


def trigger_names(dialect: str) -> list[str]:
    """The triggers that keep the tallies on this database."""
    return [name for name in _triggers(dialect) if not name.endswith("()")]


def counted_afresh(connection: Any, tally: Tally) -> dict[tuple[Any, ...], int]:
    """What a tally should hold, counted from every row (for checks)."""
    keys = ", ".join(str(number) for number in range(1, len(tally.values) + 1))
    rows = connection.exec_driver_sql(
        f"SELECT {tally.key(connection.dialect.name, 's')}, count(*)"
        f"{tally.source(tally.counted)} GROUP BY {keys}"
    )
    return {tuple(row[:-1]): row[-1] for row in rows}
