"""Service tests on a real SQLite file, and on PostgreSQL where one is reachable."""

from types import SimpleNamespace

import pytest
from sqlalchemy import text
from sqlmodel import SQLModel

from myecoach.db import make_engine, unit_of_work
from myecoach.models import Programme, Relationship, User
from myecoach.services.auth import hash_password
from myecoach.services.secrets import server_secret
from tests.servers import LOCAL_POSTGRES, fresh_postgres_database, postgres_reachable
from tests.values import PASSWORD

_HASH = hash_password(PASSWORD)


@pytest.fixture(scope="session")
def postgres_engine():
    """One PostgreSQL engine with a fresh schema for the whole run."""
    if not postgres_reachable():
        pytest.skip("PostgreSQL is not reachable at " + LOCAL_POSTGRES)
    engine = make_engine(fresh_postgres_database("myecoach_services_test"))
    SQLModel.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    """An empty database of each kind."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'test.db'}")
        SQLModel.metadata.create_all(engine)
        yield engine
        engine.dispose()
        return
    engine = request.getfixturevalue("postgres_engine")
    tables = ", ".join(f'"{t.name}"' for t in SQLModel.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    yield engine


@pytest.fixture
def db(engine):
    """A database session; tests use it as a use case's caller would. The server secret is
    ready, as `python -m myecoach.prepare` leaves it before the app starts."""
    with unit_of_work(engine) as session:
        server_secret(session)
        yield session


def make_user(db, email: str, name: str, *, admin: bool = False) -> User:
    """A user with the test password."""
    user = User(
        email=email, name=name, password_hash=_HASH, is_admin=admin, time_zone="Europe/London"
    )
    db.add(user)
    db.flush()
    return user


@pytest.fixture
def world(db):
    """Two coaching relationships, an admin and an outsider."""
    return build_world(db)


def build_world(db) -> SimpleNamespace:
    """Store two coaching relationships, an admin and an outsider; return them by role."""
    people = {
        key: make_user(db, f"{key}@example.com", name, admin=key == "admin")
        for key, name in [
            ("coach", "Claire Bennett"),
            ("coachee", "Daniel Okafor"),
            ("other_coach", "Maria Santos"),
            ("other_coachee", "Leo Fischer"),
            ("admin", "Alex Morgan"),
            ("outsider", "Olivia Reid"),
        ]
    }
    programme = Programme(name="Leadership Coaching 2026")
    db.add(programme)
    db.flush()
    relationships = {}
    for key, leader, follower in [
        ("relationship", "coach", "coachee"),
        ("other_relationship", "other_coach", "other_coachee"),
    ]:
        relationships[key] = Relationship.between(programme, people[leader], people[follower])
        db.add(relationships[key])
    db.commit()
    return SimpleNamespace(programme=programme, **people, **relationships)
