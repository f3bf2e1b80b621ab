"""Ids and session numbers: which can name a stored row, and reading them from URLs."""

import pytest

from myecoach.domain.ids import ID_MAX, is_id
from myecoach.routes import parse_id

NOT_IDS = [0, -1, ID_MAX + 1, 2**63, 2**64, -(2**63) - 1, True, "1", 1.0, None]


@pytest.mark.parametrize("value", [1, 42, ID_MAX])
def test_ints_from_1_to_the_largest_32_bit_integer_are_ids(value):
    assert is_id(value)


@pytest.mark.parametrize("value", NOT_IDS)
def test_anything_else_is_not_an_id(value):
    assert not is_id(value)


@pytest.mark.parametrize(("text", "value"), [("1", 1), ("42", 42), (str(ID_MAX), ID_MAX)])
def test_a_url_part_of_ascii_digits_is_read_as_an_id(text, value):
    assert parse_id(text) == value


@pytest.mark.parametrize(
    "text",
    ["", "0", "-1", "+1", " 1", "1.0", "²", "١٢", "12³", str(ID_MAX + 1), "9" * 5000, None, 7],
)
def test_any_other_url_part_is_no_id(text):
    assert parse_id(text) is None
