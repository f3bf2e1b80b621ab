"""Operator commands, run after the migrations on any database, demo mode or not:

    .venv/bin/python -m myecoach.admin create-admin EMAIL "FULL NAME"
    .venv/bin/python -m myecoach.admin reset-link EMAIL

`create-admin` makes an admin account without a password and prints a one-time link to set
one; run again for the same e-mail, it prints a fresh link and changes nothing else.
`reset-link` prints a fresh link for any account, so an operator can always get someone in.
"""

import argparse
import sys

from sqlmodel import Session, select

from myecoach.db import unit_of_work
from myecoach.domain.errors import DomainError
from myecoach.domain.people import check_person
from myecoach.models import User
from myecoach.services.accounts import LinkPurpose, issue_link
from myecoach.services.admin.audit import record
from myecoach.services.secrets import server_secret

DEFAULT_ZONE = "Europe/London"


def create_admin(db: Session, email: str, name: str) -> str:
    """An admin account for ``email`` (made unless it exists); returns a fresh link."""
    details = check_person(name, email, DEFAULT_ZONE, is_admin=True)
    server_secret(db)  # before this transaction writes (see services/secrets.py)
    user = db.exec(select(User).where(User.email == details.email)).first()
    if user is None:
        user = User(name=details.name, email=details.email, time_zone=DEFAULT_ZONE, is_admin=True)
        db.add(user)
        db.flush()
    elif not user.is_admin:
        raise DomainError(f"{details.email} already has an account that is not an admin's.")
    return _fresh_link(db, user)


def reset_link(db: Session, email: str) -> str:
    """A fresh link for the account with ``email``."""
    user = db.exec(select(User).where(User.email == email.strip().lower())).first()
    if user is None:
        raise DomainError(f"No account has the e-mail {email.strip()}.")
    return _fresh_link(db, user)


def _fresh_link(db: Session, user: User) -> str:
    """A fresh link for an active account; a deactivated one's link could not be used."""
    if not user.active:
        raise DomainError(f"{user.email} is deactivated: reactivate it first (Admin → People).")
    purpose = LinkPurpose.RESET if user.password_hash else LinkPurpose.INVITATION
    link = issue_link(db, user, purpose)
    # There is no admin at the keyboard: the trail names the account the operator acted for.
    record(db, user, f"Operator made a new {purpose} link", f"{user.name} <{user.email}>")
    db.commit()
    return link


def main(argv: list[str] | None = None) -> int:
    """Run one operator command; prints the link, or why there is none."""
    parser = argparse.ArgumentParser(prog="python -m myecoach.admin", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    create = commands.add_parser("create-admin", help="make an admin account; print its link")
    create.add_argument("email")
    create.add_argument("name")
    reset = commands.add_parser("reset-link", help="print a fresh link to set a password")
    reset.add_argument("email")
    args = parser.parse_args(argv)
    try:
        with unit_of_work() as db:
            if args.command == "create-admin":
                link = create_admin(db, args.email, args.name)
            else:
                link = reset_link(db, args.email)
    except DomainError as error:
        print(error.message, file=sys.stderr)
        return 1
    print(f"Open this link to set the password (it works once, for 7 days):\n{link}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
