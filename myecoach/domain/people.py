"""The rules for a person's details as the admin team enters them."""

import re
from dataclasses import dataclass

from myecoach.domain.errors import ValidationFailed
from myecoach.domain.text import can_be_saved
from myecoach.domain.zones import is_time_zone

NAME_MAX, EMAIL_MAX = 100, 254
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


@dataclass(frozen=True)
class PersonDetails:
    """A person's checked details: the e-mail lower-cased, the name trimmed."""

    name: str
    email: str
    time_zone: str
    is_admin: bool = False


def is_email(text: str) -> bool:
    """Whether ``text`` looks like an e-mail address (something@somewhere.tld)."""
    return len(text) <= EMAIL_MAX and EMAIL.fullmatch(text) is not None


def check_person(name: str, email: str, time_zone: str, is_admin: bool = False) -> PersonDetails:
    """The details, checked; or refuse with one message per field."""
    name, email = name.strip(), email.strip().lower()
    errors = {}
    if not name:
        errors["name"] = "Enter the person's name."
    elif len(name) > NAME_MAX or not can_be_saved(name):
        errors["name"] = f"Enter a name of at most {NAME_MAX} characters, without symbols."
    if not is_email(email) or not can_be_saved(email):
        errors["email"] = "Enter an e-mail address such as name@example.org."
    if not is_time_zone(time_zone):
        errors["time_zone"] = "Choose a time zone from the list."
    if errors:
        raise ValidationFailed(errors)
    return PersonDetails(name, email, time_zone, is_admin)
