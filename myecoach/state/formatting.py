"""Dates and times as pages show them."""

from datetime import datetime
from zoneinfo import ZoneInfo


def local_when(instant: datetime | None, zone: str) -> str:
    """An instant in the viewer's time zone, e.g. "Tue 8 Dec 2026, 14:00"."""
    if instant is None:
        return ""
    local = instant.astimezone(ZoneInfo(zone))
    return f"{local:%a} {local.day} {local:%b %Y}, {local:%H:%M}"
