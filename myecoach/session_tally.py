"""What the overview reads instead of every session, kept by the database itself: triggers
count every session in `session_tally` by day, status, programme and kind (and, when cancelled,
by who cancelled it), keep each relationship's `last_held_at` (quiet relationships) and each
cancelled session's `cancelled_after`, the day of its relationship's cancellation before it
(repeated cancellations), in the same transaction as any write to a session (the use cases'
guarded updates, a bulk load). SQLite runs a trigger per row; PostgreSQL one per statement,
over the rows the statement changed. A session's day is its date, or the UTC day it was added
while it has none."""

from typing import Any

from myecoach.domain.statuses import SessionStatus

HELD = (SessionStatus.ARRANGED, SessionStatus.COMPLETED)  # recently: the relationship is not quiet
KEY = ("day", "dated", "programme_id", "kind", "status", "cancelled_by")
_DAY = {  # the session's date; the UTC day it was added while it has none
    "sqlite": "coalesce({s}.date, date({s}.created_at))",
    "postgresql": "coalesce({s}.date, CAST({s}.created_at AT TIME ZONE 'UTC' AS date))",
}
_SIDE = (
    f"CASE WHEN {{s}}.status <> '{SessionStatus.CANCELLED}' THEN ''"
    " WHEN {s}.cancelled_by_id = {s}.coach_id THEN 'coach'"
    " WHEN {s}.cancelled_by_id = {s}.coachee_id THEN 'coachee'"
    " WHEN {s}.cancelled_by_id IS NOT NULL THEN 'admin team' ELSE '' END"
)
_UPSERT = (
    f" ON CONFLICT ({', '.join(KEY)})"
    " DO UPDATE SET sessions = session_tally.sessions + excluded.sessions"
)
_HELD_LIST = ", ".join(f"'{status.value}'" for status in HELD)
_DIFFERS = {"sqlite": "IS NOT", "postgresql": "IS DISTINCT FROM"}


def _key(dialect: str, s: str) -> str:
    """The tally key of session row ``s``, its relationship joined as ``r``."""
    values = (
        _DAY[dialect].format(s=s),
        f"{s}.date IS NOT NULL",
        "r.programme_id",
        "r.kind",
        f"{s}.status",
        _SIDE.format(s=s),
    )
    return ", ".join(f"{value} AS {name}" for value, name in zip(values, KEY, strict=True))


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


def _counted(dialect: str, rows: dict[str, int]) -> str:
    """An upsert adding +1 or -1 per session in each set of ``rows`` (name: sign) to the tally,
    in key order (so concurrent writers lock the tally's rows in one order)."""
    signed = " UNION ALL ".join(
        f"SELECT {_key(dialect, 's')}, {sign} AS change FROM {name} s"
        " JOIN relationship r ON r.id = s.relationship_id"
        for name, sign in rows.items()
    )
    keys = ", ".join(KEY)
    return (
        f"INSERT INTO session_tally ({keys}, sessions)"
        f" SELECT {keys}, sum(change) FROM ({signed}) AS moved"
        f" GROUP BY {keys} HAVING sum(change) <> 0 ORDER BY {keys}{_UPSERT}"
    )


def _sqlite_triggers() -> dict[str, str]:
    """By name, SQLite's row triggers."""

    def count(s: str, sign: int) -> str:
        return (
            f"INSERT INTO session_tally ({', '.join(KEY)}, sessions)"
            f" SELECT {_key('sqlite', s)}, {sign} FROM relationship r"
            f" WHERE r.id = {s}.relationship_id{_UPSERT};"
        )

    def upkeep(s: str) -> str:
        return _upkeep("sqlite", f"= {s}.relationship_id")

    moved = " OR ".join(
        f"old.{column} IS NOT new.{column}"
        for column in ("status", "date", "cancelled_by_id", "starts_at")
    )
    return {
        "session_tally_insert": f"AFTER INSERT ON coaching_session BEGIN {count('new', 1)}"
        f" {upkeep('new')} END",
        "session_tally_delete": f"AFTER DELETE ON coaching_session BEGIN {count('old', -1)}"
        f" {upkeep('old')} END",
        "session_tally_update": f"AFTER UPDATE ON coaching_session WHEN {moved}"
        f" BEGIN {count('old', -1)} {count('new', 1)} {upkeep('new')} END",
    }


def _postgresql_triggers() -> dict[str, str]:
    """By name, PostgreSQL's statement triggers, after the functions they run (named as they
    are, with "()")."""
    events = {
        "session_tally_insert": ("INSERT", "NEW TABLE AS new_rows", {"new_rows": 1}),
        "session_tally_delete": ("DELETE", "OLD TABLE AS old_rows", {"old_rows": -1}),
        "session_tally_update": (
            "UPDATE",
            "OLD TABLE AS old_rows NEW TABLE AS new_rows",
            {"old_rows": -1, "new_rows": 1},
        ),
    }
    return {
        f"{name}()": "RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        " IF pg_trigger_depth() > 1 THEN RETURN NULL; END IF;"  # its own cancelled_after
        f" {_counted('postgresql', rows)};"
        f" {_upkeep('postgresql', f'IN ({_moved_relationships(rows)})')} RETURN NULL; END $$"
        for name, (_, _, rows) in events.items()
    } | {
        name: f"AFTER {event} ON coaching_session REFERENCING {tables} FOR EACH STATEMENT"
        f" EXECUTE FUNCTION {name}()"
        for name, (event, tables, _) in events.items()
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
    """By name, what keeps the tally on this database, in the order it is created."""
    return _sqlite_triggers() if dialect == "sqlite" else _postgresql_triggers()


def install(connection: Any) -> None:
    """Create the triggers; fill the tally and the two columns from the rows already there."""
    dialect = connection.dialect.name
    for name, body in _triggers(dialect).items():
        kind = "FUNCTION" if name.endswith("()") else "TRIGGER"
        created = "TRIGGER IF NOT EXISTS" if dialect == "sqlite" else f"OR REPLACE {kind}"
        connection.exec_driver_sql(f"CREATE {created} {name} {body}")
    connection.exec_driver_sql("DELETE FROM session_tally")
    connection.exec_driver_sql(_counted(dialect, {"coaching_session": 1}))
    for statement in _upkeep(dialect, "IS NOT NULL").split(";")[:-1]:
        connection.exec_driver_sql(statement)


def uninstall(connection: Any) -> None:
    """Drop the triggers (and PostgreSQL's functions)."""
    dialect = connection.dialect.name
    on_table = " ON coaching_session" if dialect == "postgresql" else ""
    for name in trigger_names(dialect):
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}{on_table}")
    for name in _triggers(dialect):
        if name.endswith("()"):
            connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}")


def trigger_names(dialect: str) -> list[str]:
    """The triggers that keep the tally on this database."""
    return [name for name in _triggers(dialect) if not name.endswith("()")]


def counted_afresh(connection: Any) -> dict[tuple[Any, ...], int]:
    """What the tally should hold, counted from every session (for checks)."""
    dialect = connection.dialect.name
    rows = connection.exec_driver_sql(
        f"SELECT {_key(dialect, 's')}, count(*) FROM coaching_session s"
        " JOIN relationship r ON r.id = s.relationship_id"
        f" GROUP BY {', '.join(f'{i + 1}' for i in range(len(KEY)))}"
    )
    return {tuple(row[:-1]): row[-1] for row in rows}
