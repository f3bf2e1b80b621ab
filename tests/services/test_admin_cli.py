"""The operator's commands, on a migrated database as a deployment has it:
`python -m myecoach.admin create-admin EMAIL "FULL NAME"` and `reset-link EMAIL`."""

import os
import subprocess
import sys

import pytest
from sqlmodel import select

from myecoach import admin, prepare
from myecoach import db as database
from myecoach.domain.errors import SignInRefused
from myecoach.models import User
from myecoach.services import accounts, auth
from myecoach.services import secrets as server_secrets
from myecoach.services.accounts import LinkNotValid
from myecoach.services.admin import people
from tests.servers import ROOT
from tests.services.onboarding import everything_stored, fresh_throttle, token_of

PASSWORD = "lantern orchard 42 drift"
PRINTED = "Open this link to set the password (it works once, for 7 days):\n"


@pytest.fixture
def deployment(tmp_path, monkeypatch):
    """A migrated SQLite database, configured as the operator's shell has it."""
    monkeypatch.setenv("REFLEX_DB_URL", f"sqlite:///{tmp_path / 'myecoach.db'}")
    monkeypatch.delenv("MYECOACH_SECRET_KEY", raising=False)
    monkeypatch.delenv("MYECOACH_DEMO", raising=False)
    monkeypatch.setattr(server_secrets, "_generated", None)  # this database's own secret
    database.engine.cache_clear()
    prepare.migrate()
    yield
    database.engine().dispose()
    database.engine.cache_clear()


def run(capsys, *args: str) -> tuple[int, str, str]:
    """Run one command; its exit status, what it printed and what it complained."""
    status = admin.main(list(args))
    printed = capsys.readouterr()
    return status, printed.out, printed.err


def link_printed(out: str) -> str:
    """The link a command printed, after its sentence."""
    assert out.startswith(PRINTED)
    return out.removeprefix(PRINTED).strip()


def stored() -> dict:
    """Everything the deployment's database holds."""
    with database.unit_of_work() as db:
        return everything_stored(db)


def user(email: str) -> User:
    """The account with this e-mail, as stored."""
    with database.unit_of_work() as db:
        return db.exec(select(User).where(User.email == email)).one()


def set_password(link: str, password: str = PASSWORD) -> None:
    """Open the link and set a password, as the set-password page does."""
    with database.unit_of_work() as db:
        accounts.set_password_with_link(
            db, token=token_of(link), password=password, confirmation=password
        )


def sign_in(email: str, password: str = PASSWORD) -> User:
    """Sign in outside demo mode; the user signed in."""
    with database.unit_of_work() as db:
        token = auth.sign_in(
            db,
            email=email,
            password=password,
            address="192.0.2.1",
            throttle=fresh_throttle(),
            allow_demo=False,
        )
        return auth.user_for_token(db, token)


def test_create_admin_prints_a_link_that_makes_a_working_admin_once(deployment, capsys):
    status, out, err = run(capsys, "create-admin", " Ada@Example.org ", "Ada Lovelace")
    assert (status, err) == (0, "")
    link = link_printed(out)
    created = user("ada@example.org")
    assert (created.name, created.is_admin, created.active) == ("Ada Lovelace", True, True)
    assert created.password_hash is None and not created.is_demo
    set_password(link)
    signed_in = sign_in("ada@example.org")
    with database.unit_of_work() as db:
        assert people.find_people(db, admin=signed_in).total == 1
    with pytest.raises(LinkNotValid):
        set_password(link, "someone else's 9 words")


def test_create_admin_again_gives_a_fresh_link_and_changes_nothing_else(deployment, capsys):
    first = link_printed(run(capsys, "create-admin", "ada@example.org", "Ada Lovelace")[1])
    set_password(first)
    before = user("ada@example.org")
    status, out, _ = run(capsys, "create-admin", "ADA@example.org", "Someone Else")
    assert status == 0
    again = link_printed(out)
    assert again != first
    assert user("ada@example.org") == before  # same name, password and role
    assert sign_in("ada@example.org").email == "ada@example.org"  # the password still works
    third = link_printed(run(capsys, "create-admin", "ada@example.org", "Ada Lovelace")[1])
    with pytest.raises(LinkNotValid):
        set_password(again)  # the newest link voids the one before
    set_password(third, "copper meadow 77 vessel")
    assert sign_in("ada@example.org", "copper meadow 77 vessel").is_admin


def test_create_admin_works_on_a_database_with_demo_data(deployment, capsys, monkeypatch):
    monkeypatch.setenv("MYECOACH_DEMO", "1")
    prepare.main()
    capsys.readouterr()
    link = link_printed(run(capsys, "create-admin", "ada@example.org", "Ada Lovelace")[1])
    monkeypatch.delenv("MYECOACH_DEMO")
    set_password(link)
    assert sign_in("ada@example.org").is_admin  # a real account, not a demo one


@pytest.mark.parametrize(
    ("email", "name", "complaint"),
    [
        ("ada", "Ada Lovelace", "Enter an e-mail address such as name@example.org."),
        ("ada@example.org", "  ", "Enter the person's name."),
    ],
)
def test_create_admin_with_bad_details_says_why_and_creates_nothing(
    deployment, capsys, email, name, complaint
):
    before = stored()
    assert run(capsys, "create-admin", email, name) == (1, "", complaint + "\n")
    assert stored() == before


def test_create_admin_refuses_an_email_a_non_admin_already_has(deployment, capsys):
    run(capsys, "create-admin", "ada@example.org", "Ada Lovelace")
    with database.unit_of_work() as db:
        ada = db.exec(select(User)).one()
        people.add_person(
            db, admin=ada, name="Ben Carter", email="ben@example.org", time_zone="UTC"
        )
    before = stored()
    status, out, err = run(capsys, "create-admin", "ben@example.org", "Ben Carter")
    assert (status, out) == (1, "")
    assert err == "ben@example.org already has an account that is not an admin's.\n"
    assert stored() == before


def test_create_admin_refuses_a_deactivated_admin_rather_than_print_a_dead_link(deployment, capsys):
    run(capsys, "create-admin", "ada@example.org", "Ada Lovelace")
    run(capsys, "create-admin", "grace@example.org", "Grace Hopper")
    with database.unit_of_work() as db:
        ada, grace = db.exec(select(User).order_by(User.id)).all()
        people.set_active(db, admin=ada, person_id=grace.id, active=False)
    before = stored()
    status, out, err = run(capsys, "create-admin", "grace@example.org", "Grace Hopper")
    assert (status, out) == (1, "")
    assert err == "grace@example.org is deactivated: reactivate it first (Admin → People).\n"
    assert stored() == before


def test_reset_link_lets_anyone_set_a_new_password_and_signs_them_out(deployment, capsys):
    set_password(link_printed(run(capsys, "create-admin", "ada@example.org", "Ada Lovelace")[1]))
    with database.unit_of_work() as db:
        browser = auth.start_sign_in(db, db.exec(select(User)).one())
        db.commit()
    status, out, _ = run(capsys, "reset-link", "ADA@example.org ")
    assert status == 0
    link = link_printed(out)
    assert sign_in("ada@example.org").email == "ada@example.org"  # until the link is used
    set_password(link, "copper meadow 77 vessel")
    with pytest.raises(SignInRefused):
        sign_in("ada@example.org")
    with database.unit_of_work() as db:
        assert auth.user_for_token(db, browser) is None


def test_reset_link_works_for_someone_who_never_set_a_password(deployment, capsys):
    first = link_printed(run(capsys, "create-admin", "ada@example.org", "Ada Lovelace")[1])
    second = link_printed(run(capsys, "reset-link", "ada@example.org")[1])
    with pytest.raises(LinkNotValid):
        set_password(first)
    set_password(second)
    assert sign_in("ada@example.org").is_admin


@pytest.mark.parametrize(
    ("email", "complaint"),
    [
        ("nobody@example.org", "No account has the e-mail nobody@example.org.\n"),
        ("", "No account has the e-mail .\n"),
    ],
)
def test_reset_link_for_an_unknown_email_says_so(deployment, capsys, email, complaint):
    run(capsys, "create-admin", "ada@example.org", "Ada Lovelace")
    before = stored()
    assert run(capsys, "reset-link", email) == (1, "", complaint)
    assert stored() == before


def test_reset_link_for_a_deactivated_account_says_to_reactivate_it(deployment, capsys):
    run(capsys, "create-admin", "ada@example.org", "Ada Lovelace")
    with database.unit_of_work() as db:
        ada = db.exec(select(User)).one()
        people.add_person(
            db, admin=ada, name="Ben Carter", email="ben@example.org", time_zone="UTC"
        )
        ben = db.exec(select(User).where(User.email == "ben@example.org")).one()
        people.set_active(db, admin=ada, person_id=ben.id, active=False)
    before = stored()
    status, out, err = run(capsys, "reset-link", "ben@example.org")
    assert (status, out) == (1, "")
    assert err.startswith("ben@example.org is deactivated: reactivate it first")
    assert stored() == before


def test_the_link_the_command_prints_works_in_the_app_process(deployment, tmp_path):
    command = subprocess.run(
        [sys.executable, "-m", "myecoach.admin", "create-admin", "ada@example.org", "Ada L"],
        cwd=ROOT,
        env={**os.environ, "REFLEX_DB_URL": f"sqlite:///{tmp_path / 'myecoach.db'}"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (command.returncode, command.stderr) == (0, "")
    set_password(link_printed(command.stdout))  # this process derives the link from the same
    assert sign_in("ada@example.org").is_admin  # secret, kept in the database
