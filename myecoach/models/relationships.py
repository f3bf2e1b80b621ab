"""Programmes and the relationships within them."""

from datetime import datetime

from sqlalchemy import Index, String
from sqlmodel import Field, SQLModel

from myecoach.domain.search import LIST_ORDER_MAX, SEARCH_TEXT_MAX, list_order, search_text
from myecoach.domain.wording import RelationshipKind
from myecoach.models.people import User
from myecoach.search_index import trigram_index


class Programme(SQLModel, table=True):
    """A named coaching or mentoring programme."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    archived: bool = False  # its relationships are closed; it takes no new ones


class Relationship(SQLModel, table=True):
    """One coach/mentor and one coachee/mentee within a programme."""

    id: int | None = Field(default=None, primary_key=True)
    programme_id: int = Field(foreign_key="programme.id", index=True)
    kind: str = Field(default=RelationshipKind.COACHING, sa_type=String(20))
    coach_id: int = Field(foreign_key="user.id", index=True)
    coachee_id: int = Field(foreign_key="user.id", index=True)
    active: bool = True
    search_text: str = Field(default="", max_length=SEARCH_TEXT_MAX)
    sort_key: str = Field(default="", max_length=LIST_ORDER_MAX)  # list_order, kept up to date
    last_held_at: datetime | None = None  # its latest arranged or completed session's start,
    # kept by the database's triggers (myecoach.session_tally)

    __table_args__ = (
        Index("ix_relationship_sort_key", "sort_key", "id"),
        Index("ix_relationship_quiet", "active", "last_held_at", "id"),
        trigram_index("ix_relationship_search_trigrams", "search_text", "search_text"),
    )

    @classmethod
    def between(
        cls,
        programme: Programme,
        coach: "User",
        coachee: "User",
        kind: RelationshipKind = RelationshipKind.COACHING,
        active: bool = True,
    ) -> "Relationship":
        """A new relationship, findable by its programme's and people's names and e-mails."""
        assert None not in (programme.id, coach.id, coachee.id), "they are stored first"
        relationship = cls(
            programme_id=programme.id or 0,
            kind=kind,
            coach_id=coach.id or 0,
            coachee_id=coachee.id or 0,
            active=active,
        )
        relationship.describe(programme.name, coach, coachee)
        return relationship

    def describe(self, programme: str, coach: "User", coachee: "User") -> None:
        """Keep what it is found and listed by in step with its programme's and people's names."""
        self.search_text = search_text(
            programme, coach.name, coach.email, coachee.name, coachee.email
        )
        self.sort_key = list_order(programme, coachee.name)
