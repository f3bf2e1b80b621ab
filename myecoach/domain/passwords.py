"""What makes a password acceptable: long enough, and not one people commonly choose."""

import re
from functools import cache

from zxcvbn import zxcvbn
from zxcvbn.frequency_lists import FREQUENCY_LISTS

from myecoach.domain.errors import ValidationFailed
from myecoach.domain.text import can_be_saved

PASSWORD_MIN = 10
PASSWORD_MAX = 200  # hashing cost grows with length; nobody types more
WEAKEST_SCORE = 2  # zxcvbn's "somewhat guessable": 2 and above are accepted


def _words_about(about_user: list[str]) -> list[str]:
    """The user's name and e-mail, whole and word by word (zxcvbn matches whole inputs only,
    so "JaneDoe2026" would pass as strong for Jane Doe)."""
    found: list[str] = []
    for text in (t.lower() for t in about_user):
        found += [text, text.split("@")[0]]
        found += [word for word in re.split(r"[\W_]+", text) if len(word) >= 3]
    return list(dict.fromkeys(found))


@cache
def _common_passwords() -> frozenset[str]:
    """The 30,000 most common passwords, as zxcvbn maintains them."""
    return frozenset(FREQUENCY_LISTS["passwords"])


def check_new_password(password: str, confirmation: str, *, about_user: list[str]) -> str:
    """The password, if it can be used; otherwise refuse with what is wrong with it.

    ``about_user`` holds the user's name and e-mail: a password built from them is weak.
    """
    problem = _problem(password, about_user) or (
        "The two passwords are not the same." if password != confirmation else ""
    )
    if problem:
        raise ValidationFailed({"password": problem})
    return password


def _problem(password: str, about_user: list[str]) -> str:
    if len(password) < PASSWORD_MIN:
        return f"Use at least {PASSWORD_MIN} characters."
    if len(password) > PASSWORD_MAX:
        return f"Use at most {PASSWORD_MAX} characters."
    if not can_be_saved(password):
        return "Use letters, digits, spaces and punctuation only."
    if password.lower() in _common_passwords():
        return "This is one of the most common passwords. Choose one that is harder to guess."
    verdict = zxcvbn(password, user_inputs=_words_about(about_user))
    if verdict["score"] < WEAKEST_SCORE:
        warning = verdict["feedback"]["warning"]
        because = f" {warning.rstrip('.')}." if warning else ""
        return f"This password is too easy to guess.{because} Try a few unrelated words."
    return ""
