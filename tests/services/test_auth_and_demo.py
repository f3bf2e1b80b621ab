"""Signing in and out, and the demo data."""

from datetime import timedelta

import pytest
from sqlmodel import func, select

from myecoach.domain.statuses import SessionStatus
from myecoach.models import AuthToken, CoachingSession, User, utc_now
from myecoach.services import auth, demo
from tests.services.conftest import PASSWORD


def test_sign_in_gives_a_token_that_finds_the_user(db, world):
    token = auth.sign_in(db, email=" Coach@Example.com ", password=PASSWORD)
    assert auth.user_for_token(db, token).email == "coach@example.com"
    assert db.exec(select(AuthToken.token_hash)).one() != token  # only a digest is stored


@pytest.mark.parametrize(
    ("email", "password"), [("coach@example.com", "wrong"), ("nobody@example.com", PASSWORD)]
)
def test_a_wrong_email_or_password_gives_one_generic_message(db, world, email, password):
    with pytest.raises(auth.SignInFailed, match=r"^Wrong email or password\.$"):
        auth.sign_in(db, email=email, password=password)


def test_repeated_failures_slow_the_account_down(db, world):
    now = utc_now()
    for _ in range(auth.FREE_ATTEMPTS):
        with pytest.raises(auth.SignInFailed, match="Wrong"):
            auth.sign_in(db, email="coach@example.com", password="guess", now=now)
    with pytest.raises(auth.SignInFailed, match="Too many failed attempts"):
        auth.sign_in(db, email="coach@example.com", password=PASSWORD, now=now)
    assert auth.sign_in(
        db, email="coach@example.com", password=PASSWORD, now=now + timedelta(seconds=2)
    )


def test_sign_out_ends_the_token(db, world):
    token = auth.sign_in(db, email="coach@example.com", password=PASSWORD)
    auth.sign_out(db, token)
    assert auth.user_for_token(db, token) is None


def test_an_expired_or_unknown_token_finds_nobody(db, world):
    token = auth.sign_in(db, email="coach@example.com", password=PASSWORD)
    assert auth.user_for_token(db, token, now=utc_now() + auth.TOKEN_LIFETIME) is None
    assert auth.user_for_token(db, "made-up") is None
    assert auth.user_for_token(db, "") is None


def test_demo_data_loads_once_with_sessions_in_every_status(engine):
    from myecoach.db import unit_of_work

    with unit_of_work(engine) as db:
        assert demo.load_demo_data(db) is True
        assert demo.load_demo_data(db) is False
        assert db.exec(select(func.count(User.id))).one() == len(demo.DEMO_ACCOUNTS) + len(
            demo.EXTRA_COACHEES
        )
        statuses = set(db.exec(select(CoachingSession.status)).all())
        assert statuses == set(SessionStatus)
        for email, *_ in demo.DEMO_ACCOUNTS:
            assert auth.sign_in(db, email=email, password=demo.DEMO_PASSWORD)
