"""One-time links to set a password (invitations and resets), changing a password, and
`Forgot your password?`."""

import hashlib
from datetime import timedelta

import pytest
from limits import parse
from sqlmodel import select

from myecoach.db import unit_of_work
from myecoach.domain.errors import DomainError, SignInRefused, ValidationFailed
from myecoach.domain.wording import LINK_NOT_VALID, TOO_MANY_SIGN_IN_ATTEMPTS
from myecoach.models import AuthToken, PasswordLink, User, utc_now
from myecoach.services import accounts, auth, throttle
from myecoach.services.accounts import LINK_LIFETIME, LinkNotValid, LinkPurpose
from tests.services.onboarding import (
    everything_stored,
    fresh_throttle,
    invite,
    stored_text,
    token_of,
)
from tests.values import PASSWORD

NEW_PASSWORD = "lantern orchard 42 drift"


def sign_in(db, email: str, password: str) -> str:
    """Sign in from a browser as the sign-in page does."""
    return auth.sign_in(
        db,
        email=email,
        password=password,
        address="192.0.2.1",
        throttle=fresh_throttle(),
        allow_demo=False,
    )


def set_password(db, token: str, password: str = NEW_PASSWORD, **kw) -> tuple[User, str, list]:
    """Set a password through a link, as the set-password page does."""
    return accounts.set_password_with_link(
        db, token=token, password=password, confirmation=password, **kw
    )


def reset(db, email: str, limits=None) -> None:
    """Ask for a reset as `Forgot your password?` does."""
    accounts.request_reset(
        db, email=email, address="192.0.2.1", throttle=limits or fresh_throttle()
    )


def test_an_invitation_link_leads_to_the_set_password_page_of_this_server(db, monkeypatch):
    monkeypatch.setenv("MYECOACH_PUBLIC_URL", "https://coach.example.org/")
    person = User(email="zoe@example.org", name="Zoe Adams")
    db.add(person)
    db.flush()
    link = accounts.issue_link(db, person, LinkPurpose.INVITATION)
    assert link.startswith("https://coach.example.org/set-password?token=")
    assert len(token_of(link)) >= 43  # 256 bits, URL-safe


def test_a_link_sets_the_password_of_its_holder_who_can_then_sign_in(db):
    person, token = invite(db, "zoe@example.org", "Zoe Adams")
    assert accounts.link_holder(db, token).email == "zoe@example.org"
    user, sign_in_token, ended = set_password(db, token)
    assert (user.id, ended) == (person.id, [])
    assert auth.user_for_token(db, sign_in_token).email == "zoe@example.org"  # signed in here
    assert sign_in(db, "zoe@example.org", NEW_PASSWORD)
    with pytest.raises(SignInRefused):
        sign_in(db, "zoe@example.org", "another password 99")


def test_a_person_without_a_password_cannot_sign_in(db):
    invite(db, "zoe@example.org", "Zoe Adams")
    for attempt in ("", "None", "!", PASSWORD):
        with pytest.raises(SignInRefused, match="Wrong email or password"):
            sign_in(db, "zoe@example.org", attempt)


def test_a_link_works_once(db):
    _, token = invite(db, "zoe@example.org", "Zoe Adams")
    set_password(db, token)
    with pytest.raises(LinkNotValid) as refused:
        accounts.link_holder(db, token)
    assert refused.value.message == LINK_NOT_VALID
    with pytest.raises(LinkNotValid):
        set_password(db, token, "someone else's 77 words")
    assert sign_in(db, "zoe@example.org", NEW_PASSWORD)


def test_a_link_used_in_two_browsers_at_the_same_moment_sets_one_password(db, engine, monkeypatch):
    _, token = invite(db, "zoe@example.org", "Zoe Adams")
    hash_password = auth.hash_password
    other_browser: list[str] = []

    def meanwhile_the_other_browser_uses_it(password: str) -> str:
        if not other_browser:
            other_browser.append("done")
            with unit_of_work(engine) as other:
                set_password(other, token, "the other browser's 9 words")
        return hash_password(password)

    monkeypatch.setattr(auth, "hash_password", meanwhile_the_other_browser_uses_it)
    with pytest.raises(LinkNotValid):
        set_password(db, token)
    db.rollback()
    monkeypatch.setattr(auth, "hash_password", hash_password)
    assert sign_in(db, "zoe@example.org", "the other browser's 9 words")
    with pytest.raises(SignInRefused):
        sign_in(db, "zoe@example.org", NEW_PASSWORD)


def test_a_link_works_for_seven_days_then_expires(db):
    person, token = invite(db, "zoe@example.org", "Zoe Adams")
    issued = db.exec(select(PasswordLink)).one().created_at
    assert accounts.link_holder(db, token, now=issued + LINK_LIFETIME - timedelta(minutes=1))
    for later in (LINK_LIFETIME, LINK_LIFETIME + timedelta(seconds=1), timedelta(days=30)):
        with pytest.raises(LinkNotValid):
            accounts.link_holder(db, token, now=issued + later)
        with pytest.raises(LinkNotValid):
            set_password(db, token, now=issued + later)
    db.refresh(person)
    assert person.password_hash is None


def test_a_link_still_sets_the_password_on_its_last_day(db):
    _, token = invite(db, "zoe@example.org", "Zoe Adams")
    issued = db.exec(select(PasswordLink)).one().created_at
    set_password(db, token, now=issued + LINK_LIFETIME - timedelta(minutes=1))
    assert sign_in(db, "zoe@example.org", NEW_PASSWORD)


def test_only_a_hash_of_the_token_is_stored(db):
    person, token = invite(db, "zoe@example.org", "Zoe Adams")
    assert token not in stored_text(db)
    link = db.exec(select(PasswordLink)).one()
    assert link.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert (link.user_id, link.purpose) == (person.id, "invitation")


def test_a_new_link_voids_the_old_one(db):
    person, first = invite(db, "zoe@example.org", "Zoe Adams")
    second = token_of(accounts.issue_link(db, person, LinkPurpose.INVITATION))
    db.commit()
    assert second != first
    with pytest.raises(LinkNotValid):
        set_password(db, first)
    set_password(db, second)
    assert sign_in(db, "zoe@example.org", NEW_PASSWORD)


def test_two_people_get_different_links(db):
    _, first = invite(db, "zoe@example.org", "Zoe Adams")
    _, second = invite(db, "yusuf@example.org", "Yusuf Demir")
    assert first != second
    assert accounts.link_holder(db, second).email == "yusuf@example.org"


def test_the_admin_team_sees_the_same_link_again_while_it_is_valid(db):
    person, token = invite(db, "zoe@example.org", "Zoe Adams")
    ((purpose, url, expires),) = accounts.current_links(db, [person.id]).values()
    assert (purpose, token_of(url)) == (LinkPurpose.INVITATION, token)
    assert timedelta(days=6, hours=23) < expires - utc_now() <= LINK_LIFETIME
    assert accounts.current_links(db, [person.id], now=expires) == {}
    set_password(db, token)
    assert accounts.current_links(db, [person.id]) == {}


@pytest.mark.parametrize(
    "token", ["", "x", "a" * 5000, "é\u202e", "\x00", "\udc80", "' OR 1=1 --", "%00"]
)
def test_an_address_with_a_made_up_token_is_not_valid(db, token):
    invite(db, "zoe@example.org", "Zoe Adams")
    with pytest.raises(LinkNotValid):
        accounts.link_holder(db, token)
    with pytest.raises(LinkNotValid):
        set_password(db, token)


def test_a_weak_password_is_refused_and_the_link_still_works(db):
    _, token = invite(db, "zoe@example.org", "Zoe Adams")
    before = everything_stored(db)
    for weak, message in [
        ("short", "Use at least 10 characters."),
        ("password123", "This is one of the most common passwords."),
        ("zoe@example.org", "This password is too easy to guess."),
    ]:
        with pytest.raises(ValidationFailed) as refused:
            set_password(db, token, weak)
        assert refused.value.errors["password"].startswith(message)
        db.rollback()
    with pytest.raises(ValidationFailed, match=r"^The two passwords are not the same\.$"):
        accounts.set_password_with_link(
            db, token=token, password=NEW_PASSWORD, confirmation=NEW_PASSWORD + "!"
        )
    db.rollback()
    assert everything_stored(db) == before
    set_password(db, token)


def test_setting_a_password_signs_every_other_browser_out(db, world):
    laptop = sign_in(db, "coach@example.com", PASSWORD)
    phone = sign_in(db, "coach@example.com", PASSWORD)
    theirs = sign_in(db, "coachee@example.com", PASSWORD)
    token = token_of(accounts.issue_link(db, world.coach, LinkPurpose.RESET))
    db.commit()
    _, here, ended = set_password(db, token)
    assert sorted(ended) == sorted(auth.token_digest(t) for t in (laptop, phone))
    assert auth.user_for_token(db, laptop) is None
    assert auth.user_for_token(db, phone) is None
    assert auth.user_for_token(db, here).email == "coach@example.com"
    assert auth.user_for_token(db, theirs).email == "coachee@example.com"
    with pytest.raises(SignInRefused):
        sign_in(db, "coach@example.com", PASSWORD)


def test_changing_ones_password_signs_every_other_browser_out(db, world):
    here = sign_in(db, "coach@example.com", PASSWORD)
    elsewhere = sign_in(db, "coach@example.com", PASSWORD)
    ended = accounts.change_password(
        db,
        user=world.coach,
        token=here,
        current=PASSWORD,
        password=NEW_PASSWORD,
        confirmation=NEW_PASSWORD,
    )
    assert ended == [auth.token_digest(elsewhere)]
    assert auth.user_for_token(db, here).email == "coach@example.com"
    assert auth.user_for_token(db, elsewhere) is None
    assert sign_in(db, "coach@example.com", NEW_PASSWORD)


def test_changing_a_password_needs_the_current_one_and_a_good_new_one(db, world):
    here = sign_in(db, "coach@example.com", PASSWORD)
    before = everything_stored(db)
    for current, new, field in [
        ("not my password", NEW_PASSWORD, "current_password"),
        (PASSWORD, "password123", "password"),
    ]:
        with pytest.raises(ValidationFailed) as refused:
            accounts.change_password(
                db, user=world.coach, token=here, current=current, password=new, confirmation=new
            )
        assert list(refused.value.errors) == [field]
        db.rollback()
    assert everything_stored(db) == before
    assert sign_in(db, "coach@example.com", PASSWORD)


def test_a_deactivated_persons_link_does_not_work(db):
    person, token = invite(db, "zoe@example.org", "Zoe Adams")
    person.active = False
    db.commit()
    with pytest.raises(LinkNotValid):
        set_password(db, token)


# Forgot your password?


@pytest.mark.parametrize("email", ["coach@example.com", " COACH@example.com "])
def test_a_reset_request_makes_a_reset_link_the_admin_team_can_hand_over(db, world, email):
    assert reset(db, email) is None
    ((purpose, url, _),) = accounts.current_links(db, [world.coach.id]).values()
    assert purpose == LinkPurpose.RESET
    set_password(db, token_of(url))
    assert sign_in(db, "coach@example.com", NEW_PASSWORD)


def test_a_reset_request_leaves_the_password_working_until_the_link_is_used(db, world):
    reset(db, "coach@example.com")
    assert sign_in(db, "coach@example.com", PASSWORD)


@pytest.mark.parametrize(
    "email", ["nobody@example.com", "", "not an e-mail", "coach@example.com\x00", "x" * 300]
)
def test_a_reset_request_for_an_unknown_email_answers_alike_and_changes_nothing(db, world, email):
    before = everything_stored(db)
    assert reset(db, email) is None
    assert everything_stored(db) == before


@pytest.mark.parametrize("who", ["deactivated", "demo"])
def test_a_reset_request_for_a_deactivated_or_demo_account_makes_no_link(db, world, who):
    setattr(world.coach, "active" if who == "deactivated" else "is_demo", who == "demo")
    db.commit()
    before = everything_stored(db)
    assert reset(db, "coach@example.com") is None
    assert everything_stored(db) == before


def test_known_and_unknown_emails_meet_the_reset_limit_alike(db, world, monkeypatch):
    monkeypatch.setattr(
        throttle, "LIMITS", (("account", parse("3 per minute")), *throttle.LIMITS[1:])
    )
    limits = fresh_throttle()
    for email in ("coach@example.com", "nobody@example.com"):
        for _ in range(3):
            assert reset(db, email, limits) is None
        with pytest.raises(DomainError) as refused:
            reset(db, email, limits)
        assert refused.value.message == TOO_MANY_SIGN_IN_ATTEMPTS


def test_reset_requests_do_not_count_against_signing_in(db, world, monkeypatch):
    monkeypatch.setattr(
        throttle, "LIMITS", (("account", parse("2 per minute")), *throttle.LIMITS[1:])
    )
    limits = fresh_throttle()
    for _ in range(2):
        reset(db, "coach@example.com", limits)
    assert auth.sign_in(
        db,
        email="coach@example.com",
        password=PASSWORD,
        address="192.0.2.1",
        throttle=limits,
        allow_demo=False,
    )


def test_a_reset_request_keeps_the_link_the_admin_team_already_handed_over(db):
    _, invitation = invite(db, "zoe@example.org", "Zoe Adams")
    reset(db, "zoe@example.org")  # anyone can type Zoe's e-mail on `Forgot your password?`
    set_password(db, invitation)
    assert sign_in(db, "zoe@example.org", NEW_PASSWORD)


def test_signing_in_and_setting_a_password_store_no_password_or_token(db, world):
    _, token = invite(db, "zoe@example.org", "Zoe Adams")
    _, browser, _ = set_password(db, token)
    text = stored_text(db)
    for secret in (NEW_PASSWORD, token, browser):
        assert secret not in text
    assert db.exec(select(AuthToken.token_hash)).all() == [auth.token_digest(browser)]


def test_a_reset_request_after_an_invitation_expired_makes_a_new_invitation(db):
    person, expired = invite(db, "zoe@example.org", "Zoe Adams")
    db.exec(select(PasswordLink)).one().expires_at = utc_now() - timedelta(seconds=1)
    db.commit()
    reset(db, "zoe@example.org")
    ((purpose, url, _),) = accounts.current_links(db, [person.id]).values()
    assert purpose == LinkPurpose.INVITATION and token_of(url) != expired
    set_password(db, token_of(url))
