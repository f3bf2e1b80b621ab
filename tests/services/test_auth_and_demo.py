"""Signing in and out, throttled guessing, sign-in lifetimes, and the demo data."""

import time
from datetime import UTC, datetime

import pytest
from argon2 import PasswordHasher
from limits import parse
from sqlmodel import func, select

from myecoach.domain.errors import SignInRefused
from myecoach.domain.statuses import SessionStatus
from myecoach.models import AuthToken, CoachingSession, User, utc_now
from myecoach.services import auth, demo, throttle
from myecoach.services.history import history_of
from myecoach.services.notifications import inbox, unread_count
from myecoach.services.throttle import SignInThrottle
from tests.values import PASSWORD

WRONG = r"^Wrong email or password\.$"
TOO_MANY = "Too many sign-in attempts"
SMALL_LIMITS = {"account": parse("3 per minute"), "address": parse("6 per minute")}


@pytest.fixture(autouse=True)
def small_limits(monkeypatch):
    """The production limits, scaled down so each test needs few slow password checks."""
    limits = dict(throttle.LIMITS) | SMALL_LIMITS | {"overall": parse("10 per minute")}
    monkeypatch.setattr(throttle, "LIMITS", tuple(limits.items()))
    return dict(limits)


def sign_in(db, email, password=PASSWORD, *, address="192.0.2.1", limits=None, **kw):
    """Sign in as the state layer does, from ``address``."""
    return auth.sign_in(
        db,
        email=email,
        password=password,
        address=address,
        throttle=limits or SignInThrottle(),
        allow_demo=kw.pop("allow_demo", True),
        **kw,
    )


def test_sign_in_gives_a_token_that_finds_the_user(db, world):
    token = sign_in(db, " Coach@Example.com ")
    assert auth.user_for_token(db, token).email == "coach@example.com"
    assert db.exec(select(AuthToken.token_hash)).one() != token  # only a digest is stored


def test_a_password_hashed_with_earlier_settings_still_signs_in_and_is_hashed_afresh(db, world):
    world.coach.password_hash = PasswordHasher(parallelism=4).hash(PASSWORD)
    db.commit()
    sign_in(db, "coach@example.com")
    db.refresh(world.coach)
    assert "p=1" in world.coach.password_hash
    assert auth.check_password(world.coach, PASSWORD)
    assert not auth.check_password(world.coach, "wrong password")


@pytest.mark.parametrize(
    ("email", "password"), [("coach@example.com", "wrong"), ("nobody@example.com", PASSWORD)]
)
def test_a_wrong_email_or_password_gives_one_generic_message(db, world, email, password):
    with pytest.raises(SignInRefused, match=WRONG):
        sign_in(db, email, password)


def test_known_and_unknown_emails_take_about_the_same_time(db, world):
    def seconds(email: str) -> float:
        started = time.perf_counter()
        with pytest.raises(SignInRefused):
            sign_in(db, email, "wrong password")
        return time.perf_counter() - started

    known = sorted(seconds("coach@example.com") for _ in range(5))[2]
    unknown = sorted(seconds("nobody@example.com") for _ in range(5))[2]
    assert 0.5 < known / unknown < 2


def test_guessing_from_one_address_is_throttled_the_same_for_known_and_unknown_emails(
    db, world, small_limits
):
    limits = SignInThrottle()
    for email in ("coach@example.com", "nobody@example.com"):
        for _ in range(small_limits["account"].amount):
            with pytest.raises(SignInRefused, match=WRONG):
                sign_in(db, email, "guess", limits=limits)
        with pytest.raises(SignInRefused, match=TOO_MANY):
            sign_in(db, email, PASSWORD if email.startswith("coach") else "x", limits=limits)


def test_an_attacker_elsewhere_cannot_lock_the_owner_out(db, world, small_limits):
    limits = SignInThrottle()
    for _ in range(small_limits["account"].amount + 3):
        with pytest.raises(SignInRefused):
            sign_in(db, "coach@example.com", "guess", address="203.0.113.9", limits=limits)
    assert sign_in(db, "coach@example.com", address="198.51.100.7", limits=limits)


def test_spraying_many_accounts_from_one_address_is_throttled(db, world, small_limits):
    limits = SignInThrottle()
    for n in range(small_limits["address"].amount):
        with pytest.raises(SignInRefused, match=WRONG):
            sign_in(db, f"person{n}@example.com", "guess", limits=limits)
    with pytest.raises(SignInRefused, match=TOO_MANY):
        sign_in(db, "coach@example.com", limits=limits)
    assert sign_in(db, "coach@example.com", address="198.51.100.7", limits=limits)


def test_successful_sign_ins_do_not_count_against_an_address(db, world, small_limits):
    limits = SignInThrottle()
    for _ in range(small_limits["account"].amount + 1):
        assert sign_in(db, "coachee@example.com", limits=limits)


def test_spraying_from_many_addresses_meets_the_overall_limit(db, world, small_limits):
    limits = SignInThrottle()
    for n in range(small_limits["overall"].amount):
        with pytest.raises(SignInRefused, match=WRONG):
            sign_in(db, f"person{n}@example.com", "guess", address=f"10.0.0.{n}", limits=limits)
    with pytest.raises(SignInRefused, match=TOO_MANY):
        sign_in(db, "coach@example.com", address="10.0.1.1", limits=limits)


def test_sign_out_ends_the_token(db, world):
    token = sign_in(db, "coach@example.com")
    assert auth.sign_out(db, token) == auth.token_digest(token)
    assert auth.user_for_token(db, token) is None


def test_an_expired_idle_or_unknown_token_finds_nobody(db, world):
    token = sign_in(db, "coach@example.com")
    now = utc_now()
    assert auth.user_for_token(db, token, now=now + auth.TOKEN_LIFETIME) is None
    assert auth.user_for_token(db, token, now=now + auth.IDLE_TIMEOUT) is None
    assert auth.user_for_token(db, "made-up") is None
    assert auth.user_for_token(db, "") is None


def test_activity_keeps_a_sign_in_alive_until_its_absolute_lifetime(db, world):
    token = sign_in(db, "coach@example.com")
    now = utc_now()
    step = auth.IDLE_TIMEOUT * 0.9
    later = now
    while later + step < now + auth.TOKEN_LIFETIME:
        later += step
        assert auth.user_for_token(db, token, now=later) is not None
    assert auth.user_for_token(db, token, now=now + auth.TOKEN_LIFETIME) is None


def test_expired_and_idle_sign_ins_are_purged(db, world):
    kept, idle = sign_in(db, "coach@example.com"), sign_in(db, "coachee@example.com")
    now = utc_now() + auth.IDLE_TIMEOUT * 0.9
    auth.user_for_token(db, kept, now=now)  # activity
    assert auth.purge_expired_sign_ins(db, now=utc_now() + auth.IDLE_TIMEOUT * 1.1) == 1
    assert [u for u, _ in auth.live_sign_ins(db, [world.coach.id, world.coachee.id])] == [
        world.coach.id
    ]
    assert auth.user_for_token(db, idle) is None


def test_live_sign_ins_are_those_of_the_users_asked_for(db, world):
    first, second = sign_in(db, "coach@example.com"), sign_in(db, "coach@example.com")
    sign_in(db, "coachee@example.com")
    found = auth.live_sign_ins(db, [world.coach.id])
    assert sorted(found) == sorted(
        [(world.coach.id, auth.token_digest(first)), (world.coach.id, auth.token_digest(second))]
    )


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
            assert sign_in(db, email, demo.DEMO_PASSWORD)


def test_demo_sessions_come_with_the_history_and_notifications_of_how_they_got_there(engine):
    from myecoach.db import unit_of_work

    with unit_of_work(engine) as db:
        demo.load_demo_data(db, now=datetime(2026, 6, 10, 9, tzinfo=UTC))
        person = {u.email: u for u in db.exec(select(User)).all()}
        coach, coachee = person["coach@example.com"], person["coachee@example.com"]
        for session in db.exec(select(CoachingSession)).all():
            assert session.id is not None
            entries = history_of(db, session.id)
            assert entries[0].action == "Added"
            assert [e.at for e in entries] == sorted(e.at for e in entries)
            assert (
                entries[-1].action
                == {
                    SessionStatus.TO_BE_ARRANGED: "Added",
                    SessionStatus.ARRANGED: "Arranged",
                    SessionStatus.COMPLETED: "Completed",
                    SessionStatus.CANCELLED: "Cancelled",
                }[SessionStatus(session.status)]
            )
        assert unread_count(db, user=coach) == 1
        assert inbox(db, user=coach)[0].message == (
            "Daniel Okafor cancelled Session 3: Coachee unwell; to rearrange. "
            "— Leadership Coaching 2026"
        )
        daniel = inbox(db, user=coachee)
        assert [item.read for item in daniel] == [False, True, True, True, True]
        assert daniel[0].message == (
            "Claire Bennett arranged Session 4 for Fri 19 Jun 2026, 10:00–11:00 London time "
            "— Leadership Coaching 2026"
        )
        mentor = inbox(db, user=person["mentor@example.com"])
        assert [(item.message.split(" for ")[0], item.read) for item in mentor] == [
            ("Leo Fischer arranged Session 2", False)
        ]


def test_demo_accounts_cannot_sign_in_outside_demo_mode(engine):
    from myecoach.db import unit_of_work

    with unit_of_work(engine) as db:
        demo.load_demo_data(db)
        for email in ("admin@example.com", "priya@example.com"):
            with pytest.raises(SignInRefused, match=WRONG):
                sign_in(db, email, demo.DEMO_PASSWORD, allow_demo=False)
