"""Dates and times as pages show them."""

from datetime import datetime

from myecoach.domain.local_times import instant_text


def local_when(instant: datetime | None, zone: str) -> str:
    """An instant in the viewer's time zone, e.g. "Tue 8 Dec 2026, 14:00" ("" for none)."""
    return instant_text(instant, zone) if instant else ""
