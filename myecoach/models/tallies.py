"""The overview's counts of sessions and relationships, which the database keeps
(myecoach.session_tally)."""

import datetime as dt
from typing import Any

from sqlalchemy import String, event
from sqlmodel import Field, SQLModel

from myecoach import session_tally


class SessionTally(SQLModel, table=True):
    """How many sessions of a programme's relationships of one kind have a status on a day
    (their date, or the UTC day they were added while they have none), and who cancelled
    the cancelled ones. Written only by the database's triggers."""

    __tablename__ = "session_tally"

    day: dt.date = Field(primary_key=True)
    dated: bool = Field(primary_key=True)
    programme_id: int = Field(primary_key=True)  # no foreign key: counts of 0 may outlive it
    kind: str = Field(primary_key=True, sa_type=String(20))
    status: str = Field(primary_key=True, sa_type=String(20))
    cancelled_by: str = Field(primary_key=True, sa_type=String(20))  # coach, coachee, admin team
    sessions: int = 0


class RelationshipTally(SQLModel, table=True):
    """How many relationships of one kind a programme has, active or closed. Written only by
    the database's triggers."""

    __tablename__ = "relationship_tally"

    programme_id: int = Field(primary_key=True)
    kind: str = Field(primary_key=True, sa_type=String(20))
    active: bool = Field(primary_key=True)
    relationships: int = 0


@event.listens_for(SQLModel.metadata, "after_create")
def _install_triggers(_: Any, connection: Any, **__: Any) -> None:
    """The triggers come with the tables."""
    session_tally.install(connection)
