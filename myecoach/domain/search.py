"""How relationships are found by `Search relationships`."""

QUERY_MAX = 100
SEARCH_TEXT_MAX = 1200


def search_text(*parts: str) -> str:
    """What a relationship is found by: its programme and people, lowercased, in one text."""
    return " | ".join(part.strip().lower() for part in parts)[:SEARCH_TEXT_MAX]


def search_words(query: str) -> list[str]:
    """The words of a query; a relationship must contain every one of them."""
    return query.strip()[:QUERY_MAX].lower().split()
