"""What a change did to a session, as rows users read in `History`."""

import json
from dataclasses import asdict, dataclass
from datetime import date, time

from myecoach.domain.validation import FIELD_LABELS, SessionDetails


@dataclass(frozen=True)
class Change:
    """One field's old and new value, both as shown to users."""

    field: str
    old: str
    new: str


def display(value: object) -> str:
    """A value as users read it in history ("" for nothing)."""
    if value is None:
        return ""
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def detail_changes(old: SessionDetails, new: SessionDetails) -> list[Change]:
    """The fields that differ between two sets of details, in form order."""
    before, after = asdict(old), asdict(new)
    return [
        Change(label, display(before[name]), display(after[name]))
        for name, label in FIELD_LABELS.items()
        if before[name] != after[name]
    ]


def status_change(old: str, new: str) -> list[Change]:
    """The status change as a history row, or nothing when it stayed the same."""
    return [] if old == new else [Change("Status", old, new)]


def stored(changes: list[Change]) -> str:
    """Changes as a history row keeps them: JSON of [field, old, new] triples."""
    return json.dumps([[c.field, c.old, c.new] for c in changes])


def from_stored(text: str) -> list[Change]:
    """The changes a history row keeps, as written by ``stored``."""
    return [Change(*triple) for triple in json.loads(text)]
