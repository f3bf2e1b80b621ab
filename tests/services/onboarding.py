"""What the onboarding tests share: links' tokens, and everything a database holds."""

from urllib.parse import parse_qs, urlsplit

from sqlalchemy import select
from sqlmodel import Session, SQLModel

from myecoach.models import User
from myecoach.routes import SET_PASSWORD
from myecoach.services.accounts import LinkPurpose, issue_link
from myecoach.services.throttle import SignInThrottle

Stored = dict[str, list[tuple]]


def token_of(link: str) -> str:
    """The token of a set-password link, as the page reads it from the address."""
    parts = urlsplit(link)
    assert parts.path == SET_PASSWORD
    (token,) = parse_qs(parts.query)["token"]
    return token


def everything_stored(db: Session) -> Stored:
    """Every row of every table, in a stable order: to compare before and after."""
    return {
        table.name: sorted((tuple(row) for row in db.execute(select(table)).all()), key=repr)
        for table in SQLModel.metadata.sorted_tables
    }


def stored_text(db: Session) -> str:
    """Every value the database holds, as text: to look for what must never be stored."""
    return "\n".join(
        repr(value) for rows in everything_stored(db).values() for row in rows for value in row
    )


def invite(db: Session, email: str, name: str) -> tuple[User, str]:
    """Someone without a password yet, and the token of their invitation link."""
    person = User(email=email, name=name, time_zone="Europe/London")
    db.add(person)
    db.flush()
    link = issue_link(db, person, LinkPurpose.INVITATION)
    db.commit()
    return person, token_of(link)


def fresh_throttle() -> SignInThrottle:
    """A throttle that has counted nothing yet."""
    return SignInThrottle()
