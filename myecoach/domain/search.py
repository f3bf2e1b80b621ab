"""How relationships are found by `Search relationships`."""

from myecoach.domain.text import without_unsaveable

QUERY_MAX = 100
SEARCH_TEXT_MAX = 1200
PART_SEPARATOR = "\n"  # query words are split on whitespace, so no word can match it
LIST_ORDER_MAX = 400


def search_text(*parts: str) -> str:
    """What a relationship is found by: its programme and people, lowercased, in one text."""
    return PART_SEPARATOR.join(part.strip().lower() for part in parts)[:SEARCH_TEXT_MAX]


def list_order(programme: str, coachee: str) -> str:
    """Where a relationship stands in lists: by programme, then coachee, ignoring case."""
    return PART_SEPARATOR.join((programme.strip().lower(), coachee.strip().lower()))[
        :LIST_ORDER_MAX
    ]


def search_words(query: str) -> list[str]:
    """The words of a query, cleaned of unstorable characters; a match contains them all."""
    words = (without_unsaveable(word) for word in query.strip()[:QUERY_MAX].lower().split())
    return [word for word in words if word]
