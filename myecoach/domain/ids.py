"""Which ids and session numbers can name a stored row: those a 32-bit column holds."""

ID_MAX = 2**31 - 1


def is_id(value: object) -> bool:
    """Whether ``value`` can be an id or a session number: an int from 1 to ID_MAX."""
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= ID_MAX
