"""The words a relationship search looks for."""

import pytest

from myecoach.domain.search import search_words


def test_a_query_is_split_into_lowercase_words():
    assert search_words("  Claire   BENNETT ") == ["claire", "bennett"]


@pytest.mark.parametrize(
    ("query", "words"),
    [("clai\x00re", ["claire"]), ("\udc80 okafor", ["okafor"]), ("\x00 \x1b", [])],
)
def test_characters_no_text_can_hold_are_dropped_from_a_query(query, words):
    assert search_words(query) == words
