"""Times as each person reads them: in their own zone, beside the zone a session was
arranged in, with the UTC offset where the clocks going back make a time happen twice."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from myecoach.domain.zones import PICKER_ZONES, zone_rules


@dataclass(frozen=True)
class Slot:
    """When a session happens: its UTC instants and the zone it was arranged in."""

    starts_at: datetime
    ends_at: datetime
    zone: str


def place_name(zone: str) -> str:
    """The place a zone is named after: "Europe/London" → "London"; other keys as they are."""
    if zone in PICKER_ZONES and "/" in zone:
        return zone.rsplit("/", 1)[1].replace("_", " ")
    return zone


def day_text(day: date) -> str:
    """A day as pages show it: "Tue 8 Dec 2026"."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def utc_offset_text(local: datetime) -> str:
    """A local time's offset from UTC: "UTC+1", "UTC+5:30", "UTC-3", "UTC+0"."""
    offset = local.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    hours, seconds = divmod(abs(int(offset.total_seconds())), 3600)
    minutes = seconds // 60
    return f"UTC{sign}{hours}" + (f":{minutes:02}" if minutes else "")


def happens_twice(local: datetime) -> bool:
    """Whether this wall-clock time happens twice that day (the clocks go back over it)."""
    return local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset()


def clock_text(local: datetime) -> str:
    """A local time of day, "14:00"; with its offset when it happens twice: "01:30 UTC+1"."""
    text = f"{local:%H:%M}"
    return f"{text} {utc_offset_text(local)}" if happens_twice(local) else text


def instant_text(instant: datetime, zone: str) -> str:
    """An instant in a zone, e.g. "Tue 8 Dec 2026, 14:00"."""
    local = instant.astimezone(zone_rules(zone))
    return f"{day_text(local.date())}, {clock_text(local)}"


def slot_times(slot: Slot, viewer_zone: str) -> str:
    """A slot's times on the day it starts for the viewer: "14:00–15:00 London time", or,
    arranged in another zone, "11:00–12:00 your time in Berlin · 10:00–11:00 in London"."""
    start, end = _local(slot, viewer_zone)
    if viewer_zone == slot.zone:
        return f"{_span(start, end, start.date())} {place_name(slot.zone)} time"
    theirs = _span(*_local(slot, slot.zone), start.date())
    mine = _span(start, end, start.date())
    return f"{mine} your time in {place_name(viewer_zone)} · {theirs} in {place_name(slot.zone)}"


def slot_day(slot: Slot, viewer_zone: str) -> str:
    """The day a slot starts on for the viewer: "Tue 8 Dec 2026"."""
    return day_text(_local(slot, viewer_zone)[0].date())


def slot_text(slot: Slot, viewer_zone: str) -> str:
    """A slot as the viewer reads it: its day and times, e.g.
    "Tue 8 Dec 2026, 11:00–12:00 your time in Berlin · 10:00–11:00 in London"."""
    return f"{slot_day(slot, viewer_zone)}, {slot_times(slot, viewer_zone)}"


def _local(slot: Slot, zone: str) -> tuple[datetime, datetime]:
    rules = zone_rules(zone)
    return slot.starts_at.astimezone(rules), slot.ends_at.astimezone(rules)


def _span(start: datetime, end: datetime, shown_day: date) -> str:
    """ "10:00–11:00", naming the start's day where it is not ``shown_day``, and the end's
    where it is not the start's."""
    day = "" if start.date() == shown_day else f"{day_text(start.date())}, "
    first = clock_text(start)
    last = clock_text(end) if end.date() == start.date() else _dated(end)
    dash = "–" if " " not in first + last else " – "
    return f"{day}{first}{dash}{last}"


def _dated(local: datetime) -> str:
    return f"{day_text(local.date())}, {clock_text(local)}"
