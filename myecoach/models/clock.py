"""The clock every table stamps its rows with."""

import datetime as dt
from datetime import datetime


def utc_now() -> datetime:
    """The current instant, timezone-aware in UTC."""
    return datetime.now(dt.UTC)
