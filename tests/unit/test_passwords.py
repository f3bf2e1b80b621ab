"""What makes a new password acceptable, and what the person is told when it is not."""

import pytest

from myecoach.domain.errors import ValidationFailed
from myecoach.domain.passwords import PASSWORD_MAX, PASSWORD_MIN, check_new_password

ABOUT = ["Xanthippe Quarrington", "xanthippe.quarrington@example.org"]
TOO_SHORT = f"Use at least {PASSWORD_MIN} characters."
COMMON = "This is one of the most common passwords. Choose one that is harder to guess."
EASY = "This password is too easy to guess."


def refusal(password: str, confirmation: str | None = None) -> str:
    """The message shown beside the password field."""
    with pytest.raises(ValidationFailed) as refused:
        check_new_password(
            password, password if confirmation is None else confirmation, about_user=ABOUT
        )
    assert list(refused.value.errors) == ["password"]
    return refused.value.errors["password"]


@pytest.mark.parametrize(
    "password", ["correct horse battery", "Mountain river 42 lantern", "Zebra-kettle-1987-fog"]
)
def test_a_long_uncommon_password_is_accepted_as_typed(password):
    assert check_new_password(password, password, about_user=ABOUT) == password


@pytest.mark.parametrize("password", ["", "a", "Tr0ub4dor", "x" * (PASSWORD_MIN - 1)])
def test_a_password_under_ten_characters_is_refused_saying_so(password):
    assert refusal(password) == TOO_SHORT


def test_ten_characters_are_enough_when_hard_to_guess():
    assert check_new_password("k7#Qv9!mZp", "k7#Qv9!mZp", about_user=ABOUT) == "k7#Qv9!mZp"


@pytest.mark.parametrize(
    "password", ["1234567890", "qwertyuiop", "password123", "iloveyou12", "1q2w3e4r5t"]
)
def test_one_of_the_most_common_passwords_is_refused_saying_so(password):
    assert refusal(password) == COMMON


def test_common_passwords_are_recognised_whatever_their_case():
    assert refusal("PassWord1234") == COMMON


@pytest.mark.parametrize("password", ["aaaaaaaaaaaa", "abcdefghijkl", "abcabcabcabc"])
def test_a_guessable_password_is_refused_with_what_makes_it_guessable(password):
    message = refusal(password)
    assert message.startswith(EASY)
    assert message.endswith("Try a few unrelated words.")
    assert len(message) > len(EASY) + len(" Try a few unrelated words.")  # zxcvbn's reason


@pytest.mark.parametrize(
    "password",
    ["Xanthippe Quarrington", "XanthippeQuarrington", "xanthippe.quarrington", "Quarrington2026"],
)
def test_a_password_made_of_ones_own_name_or_email_is_refused(password):
    assert refusal(password).startswith(EASY)


def test_a_password_over_the_maximum_is_refused_saying_so():
    assert refusal("correct horse battery " * 10) == f"Use at most {PASSWORD_MAX} characters."


def test_control_characters_are_refused():
    assert refusal("correct horse\x00battery") == (
        "Use letters, digits, spaces and punctuation only."
    )


def test_a_confirmation_that_differs_is_refused_saying_so():
    assert refusal("correct horse battery", "correct horse batterY") == (
        "The two passwords are not the same."
    )


def test_what_is_wrong_with_the_password_comes_before_a_differing_confirmation():
    assert refusal("short", "other") == TOO_SHORT
