"""Which characters a text may hold: only what SQLite and PostgreSQL can both store."""

import re

# C0 control characters (NUL among them) and surrogates, which no UTF-8 text can hold.
_UNSAVEABLE = re.compile(r"[\x00-\x1f\ud800-\udfff]")
_UNSAVEABLE_IN_PARAGRAPHS = re.compile(r"[\x00-\x08\x0b-\x1f\ud800-\udfff]")  # keeps tab, newline


def can_be_saved(text: str, *, multiline: bool = False) -> bool:
    """Whether the text can be stored; tab and newline are kept only in multi-line fields."""
    pattern = _UNSAVEABLE_IN_PARAGRAPHS if multiline else _UNSAVEABLE
    return pattern.search(text) is None


def without_unsaveable(text: str) -> str:
    """The text with control characters and surrogates dropped."""
    return _UNSAVEABLE.sub("", text)
