"""The admin overview's rules: its filters and their defaults, its arithmetic, and CSV cells a
spreadsheet will not run as formulas."""

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from myecoach.domain.errors import ValidationFailed
from myecoach.domain.ids import is_id
from myecoach.domain.wording import RelationshipKind

QUIET_DAYS_DEFAULT = 30
QUIET_DAYS_MAX = 366
RANGE_YEARS_MAX = 10
REPEATED_CANCELLATIONS = 2
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass(frozen=True)
class OverviewFilter:
    """Which relationships and sessions the overview and its CSV export cover."""

    start: date
    end: date  # inclusive
    programme_id: int | None = None
    coach_id: int | None = None
    kind: RelationshipKind | None = None
    quiet_days: int = QUIET_DAYS_DEFAULT

    def to_dict(self) -> dict[str, Any]:
        """The filter as JSON-ready values (bound to an export token)."""
        return {**asdict(self), "start": self.start.isoformat(), "end": self.end.isoformat()}

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> "OverviewFilter":
        """A filter stored with ``to_dict``."""
        kind = values.get("kind")
        return cls(
            start=date.fromisoformat(values["start"]),
            end=date.fromisoformat(values["end"]),
            programme_id=values.get("programme_id"),
            coach_id=values.get("coach_id"),
            kind=RelationshipKind(kind) if kind else None,
            quiet_days=int(values.get("quiet_days", QUIET_DAYS_DEFAULT)),
        )


def this_year(today: date) -> OverviewFilter:
    """The default: everything in the current calendar year."""
    return OverviewFilter(start=date(today.year, 1, 1), end=date(today.year, 12, 31))


def read_filter(form: dict[str, str], today: date) -> OverviewFilter:
    """The filter an admin chose in the form; empty fields keep their defaults."""
    errors: dict[str, str] = {}
    default = this_year(today)

    def day(name: str, fallback: date) -> date:
        text = form.get(name, "").strip()
        try:
            return date.fromisoformat(text) if text else fallback
        except ValueError:
            errors[name] = "Enter a date as YYYY-MM-DD."
            return fallback

    def some_id(name: str, label: str) -> int | None:
        text = form.get(name, "").strip()
        if text in ("", "all"):
            return None
        value = int(text) if text.isascii() and text.isdigit() and len(text) < 11 else None
        if not is_id(value):
            errors[name] = f"Choose a {label} from the list."
        return value if is_id(value) else None

    start, end = day("start", default.start), day("end", default.end)
    if end < start:
        errors["end"] = "The end of the range must not be before its start."
    elif end - start > timedelta(days=366 * RANGE_YEARS_MAX):
        errors["end"] = f"Choose a range of at most {RANGE_YEARS_MAX} years."
    kind_text = form.get("kind", "").strip()
    if kind_text not in ("", "all", *RelationshipKind):
        errors["kind"] = "Choose coaching or mentoring."
    quiet_text = form.get("quiet_days", "").strip() or str(QUIET_DAYS_DEFAULT)
    quiet = int(quiet_text) if quiet_text.isascii() and quiet_text.isdigit() else 0
    if not 1 <= quiet <= QUIET_DAYS_MAX:
        errors["quiet_days"] = f"Enter a number of days from 1 to {QUIET_DAYS_MAX}."
    programme_id, coach_id = some_id("programme", "programme"), some_id("coach", "coach or mentor")
    if errors:
        raise ValidationFailed(errors)
    return OverviewFilter(
        start=start,
        end=end,
        programme_id=programme_id,
        coach_id=coach_id,
        kind=RelationshipKind(kind_text) if kind_text in tuple(RelationshipKind) else None,
        quiet_days=quiet,
    )


def completion_rate(*, completed: int, cancelled: int, overdue: int) -> str:
    """Completed out of the sessions that were due (completed, cancelled or overdue)."""
    due = completed + cancelled + overdue
    return f"{round(100 * completed / due)}%" if due else "—"


def months(start: date, end: date) -> list[tuple[int, int]]:
    """Every (year, month) the range touches, in order."""
    found, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        found.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def month_label(year: int, month: int) -> str:
    """A month as the chart shows it, e.g. "Mar 2026"."""
    return f"{MONTHS[month - 1]} {year}"


def csv_cell(value: object) -> str:
    """A cell's text, prefixed with ' when a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text
