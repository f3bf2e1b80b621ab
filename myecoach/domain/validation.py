"""Validation of what users type: session details and cancel reasons."""

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from dataclasses import field as detail
from datetime import date, datetime, time
from typing import Any, TypeVar

from myecoach.domain.errors import ValidationFailed
from myecoach.domain.local_times import Slot
from myecoach.domain.statuses import SessionType
from myecoach.domain.text import can_be_saved
from myecoach.domain.zones import ZONE_CHOICE, is_time_zone, wall_time_exists, zone_rules

Parsed = TypeVar("Parsed")
LOCATION_MAX = 200
EXTRA_INFORMATION_MAX = 2000
REASON_MAX = 1000
EARLIEST_YEAR, LATEST_YEAR = 2000, 2100
TRANSPORT_SLACK = 4  # a raw value longer than this many times its field's maximum is refused
DATE_FORMAT = "Enter the date as YYYY-MM-DD, or pick it from the calendar."
DATE_RANGE = f"Pick a date between {EARLIEST_YEAR} and {LATEST_YEAR}."
TIME_FORMAT = "Enter the time as HH:MM, for example 14:30."
SESSION_TYPE_CHOICE = f"Choose a session type: {', '.join(t.value for t in SessionType)}."
HOURS_AND_MINUTES = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")  # ASCII digits only


def _about(label: str, longest: int) -> dict[str, Any]:
    """What a session detail says of itself: the label users see, the longest text it takes."""
    return {"label": label, "max": longest}


@dataclass(frozen=True)
class SessionDetails:
    """The editable details of a session, already parsed and checked."""

    date: dt.date | None = detail(default=None, metadata=_about("Date", len("2026-12-08")))
    start_time: dt.time | None = detail(default=None, metadata=_about("Start time", len("14:30")))
    end_time: dt.time | None = detail(default=None, metadata=_about("End time", len("14:30")))
    time_zone: str = detail(default="UTC", metadata=_about("Time zone", 64))
    location: str = detail(default="", metadata=_about("Location", LOCATION_MAX))
    session_type: SessionType | None = detail(default=None, metadata=_about("Session type", 20))
    extra_information: str = detail(
        default="", metadata=_about("Extra information", EXTRA_INFORMATION_MAX)
    )

    @property
    def scheduled(self) -> bool:
        """Whether a date, start and end are all set."""
        return None not in (self.date, self.start_time, self.end_time)

    def starts_at(self) -> datetime | None:
        """The start as a UTC instant, or None when not scheduled."""
        return _instant(self.date, self.start_time, self.time_zone)

    def ends_at(self) -> datetime | None:
        """The end as a UTC instant, or None when not scheduled."""
        return _instant(self.date, self.end_time, self.time_zone)

    def slot(self) -> Slot | None:
        """When the session happens, or None when not scheduled."""
        starts_at, ends_at = self.starts_at(), self.ends_at()
        if starts_at is None or ends_at is None:
            return None
        return Slot(starts_at, ends_at, self.time_zone)


# Every session detail, declared once above: its name (as in the form and the table), label
# and longest text.
FIELD_LABELS = {f.name: f.metadata["label"] for f in fields(SessionDetails)}
FIELD_MAX = {f.name: f.metadata["max"] for f in fields(SessionDetails)}


def _instant(day: date | None, at: time | None, zone: str) -> datetime | None:
    if day is None or at is None:
        return None
    return datetime.combine(day, at, tzinfo=zone_rules(zone)).astimezone(dt.UTC)


def parse_session_form(**typed: str) -> SessionDetails:
    """Turn the form's text, by field name, into checked details (trimmed, never cut), or raise
    per field."""
    if typed.keys() != FIELD_LABELS.keys():
        raise TypeError(f"the session form has {sorted(FIELD_LABELS)}, not {sorted(typed)}")
    errors = {
        field: too_long(field)
        for field, raw in typed.items()
        if len(raw) > TRANSPORT_SLACK * FIELD_MAX[field]
    }
    details = SessionDetails(
        date=_parse(errors, "date", typed["date"], _parse_date),
        start_time=_parse(errors, "start_time", typed["start_time"], _parse_time),
        end_time=_parse(errors, "end_time", typed["end_time"], _parse_time),
        time_zone=typed["time_zone"].strip(),
        location=typed["location"].strip(),
        session_type=_parse(errors, "session_type", typed["session_type"], _parse_session_type),
        extra_information=typed["extra_information"].strip(),
    )
    errors.update({k: v for k, v in check_details(details).items() if k not in errors})
    if errors:
        raise ValidationFailed(errors)
    return details


def check_details(details: SessionDetails) -> dict[str, str]:
    """Every problem with a set of details, as field → message (empty when fine)."""
    errors = _unusable_values(details)
    start, end = (None if f in errors else getattr(details, f) for f in ("start_time", "end_time"))
    if details.date is None and (start or end):
        errors["date"] = "Pick a date for the session."
    if details.date is not None and start is None:
        errors.setdefault("start_time", "Enter a start time.")
    if details.date is not None and end is None:
        errors.setdefault("end_time", "Enter an end time.")
    if details.date is not None and not {"date", "time_zone"} & errors.keys():
        errors.update(_skipped(details.date, details.time_zone, start_time=start, end_time=end))
    if start and end and end <= start:
        errors.setdefault("end_time", "End time must be after the start time.")
    face_to_face = details.session_type == SessionType.FACE_TO_FACE
    if face_to_face and "location" not in errors and not details.location.strip():
        errors["location"] = "Enter a location for a face-to-face session."
    return errors


def _unusable_values(details: SessionDetails) -> dict[str, str]:
    """Values no session can hold: wrong kinds, out of range, unknown, too long, unstorable."""
    errors: dict[str, str] = {}
    day = details.date
    if day is not None and (not isinstance(day, date) or isinstance(day, datetime)):
        errors["date"] = DATE_FORMAT
    elif day is not None and not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        errors["date"] = DATE_RANGE
    for field in ("start_time", "end_time"):
        at = getattr(details, field)
        if at is not None and not _is_form_time(at):
            errors[field] = TIME_FORMAT
    if not is_time_zone(details.time_zone):
        errors["time_zone"] = ZONE_CHOICE
    if details.session_type is not None and not isinstance(details.session_type, SessionType):
        errors["session_type"] = SESSION_TYPE_CHOICE
    for field, multiline in (("location", False), ("extra_information", True)):
        value = getattr(details, field)
        if not isinstance(value, str):
            errors[field] = f"{FIELD_LABELS[field]} must be text."
        elif len(value) > FIELD_MAX[field]:
            errors[field] = too_long(field)
        elif not can_be_saved(value, multiline=multiline):
            errors[field] = f"{FIELD_LABELS[field]} contains characters that cannot be saved."
    return errors


def _skipped(day: date, zone: str, **times: time | None) -> dict[str, str]:
    """The times that do not happen on that day because the clocks go forward over them."""
    return {
        field: f"{at:%H:%M} does not exist on {day.day} {day:%B %Y} in {zone}: "
        "the clocks go forward. Choose another time."
        for field, at in times.items()
        if at is not None and not wall_time_exists(day, at, zone)
    }


def _is_form_time(at: object) -> bool:
    """Whether ``at`` is a time as the form gives it: whole minutes, no zone, no fold."""
    return (
        isinstance(at, time)
        and at.tzinfo is None
        and at.fold == 0
        and (at.second, at.microsecond) == (0, 0)
    )


def too_long(field: str) -> str:
    """The message for a value longer than its field allows."""
    return f"{FIELD_LABELS[field]} can be at most {FIELD_MAX[field]} characters."


def check_cancel_reason(reason: str) -> str:
    """The reason, trimmed; refuses an empty or over-long one (never cuts it)."""
    trimmed = reason.strip()
    if not trimmed:
        raise ValidationFailed({"reason": "Give a reason for cancelling."})
    if len(trimmed) > REASON_MAX or len(reason) > TRANSPORT_SLACK * REASON_MAX:
        raise ValidationFailed({"reason": f"The reason can be at most {REASON_MAX} characters."})
    if not can_be_saved(trimmed, multiline=True):
        raise ValidationFailed({"reason": "The reason contains characters that cannot be saved."})
    return trimmed


def _parse(
    errors: dict[str, str], field: str, text: str, parser: Callable[[str], Parsed]
) -> Parsed | None:
    text = text.strip()
    if not text or field in errors:
        return None
    try:
        return parser(text)
    except ValueError as error:
        errors[field] = str(error)
        return None


def _parse_date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValueError(DATE_FORMAT) from None
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise ValueError(DATE_RANGE)
    return day


def _parse_time(text: str) -> time:
    match = HOURS_AND_MINUTES.fullmatch(text)
    if match is None:
        raise ValueError(TIME_FORMAT)
    return time(int(match[1]), int(match[2]))


def _parse_session_type(text: str) -> SessionType:
    try:
        return SessionType(text)
    except ValueError:
        raise ValueError(SESSION_TYPE_CHOICE) from None
