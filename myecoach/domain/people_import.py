"""Reading a spreadsheet of pairings: one row per coach (or mentor) and coachee (or mentee)
in a programme. Every bad row is reported with its line number and why; the good rows are
what an import creates."""

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field

from myecoach.domain.errors import DomainError
from myecoach.domain.people import NAME_MAX, is_email
from myecoach.domain.text import can_be_saved
from myecoach.domain.wording import RelationshipKind

COLUMNS = ("programme", "kind", "coach_email", "coach_name", "coachee_email", "coachee_name")
MAX_BYTES = 5 * 1024 * 1024  # about 50,000 pairings
PROGRAMME_MAX = 200
KINDS = frozenset(kind.value for kind in RelationshipKind)


class UnreadableFile(DomainError):
    """The upload is not a CSV file this import can read; nothing changes."""


@dataclass(frozen=True)
class Pairing:
    """One good row: who is paired with whom, in which programme."""

    line: int
    programme: str
    kind: RelationshipKind
    coach_email: str
    coach_name: str
    coachee_email: str
    coachee_name: str


@dataclass(frozen=True)
class BadRow:
    """A row the import leaves out, and why."""

    line: int
    reason: str


@dataclass
class ReadFile:
    """What a file holds: the good pairings and the bad rows."""

    pairings: list[Pairing] = field(default_factory=list)
    bad_rows: list[BadRow] = field(default_factory=list)

    def people(self) -> dict[str, str]:
        """Everyone the good rows name: e-mail -> name."""
        found: dict[str, str] = {}
        for p in self.pairings:
            found.setdefault(p.coach_email, p.coach_name)
            found.setdefault(p.coachee_email, p.coachee_name)
        return found


def read_pairings(content: bytes) -> ReadFile:
    """The pairings of a CSV file (UTF-8, with or without BOM, comma or semicolon)."""
    rows = _rows(_text(content))
    _, first_row = next(rows, (0, []))
    header = [cell.strip().lower() for cell in first_row]
    missing = [column for column in COLUMNS if column not in header]
    if missing:
        raise UnreadableFile(
            "The first row must name the columns "
            f"{', '.join(COLUMNS)}; missing: {', '.join(missing)}."
        )
    index = {column: header.index(column) for column in COLUMNS}
    result = ReadFile()
    names: dict[str, tuple[str, int]] = {}
    seen: dict[tuple[str, ...], int] = {}
    for line, row in rows:
        if not "".join(row).strip():
            continue
        values = {c: (row[i].strip() if i < len(row) else "") for c, i in index.items()}
        reason = _problem(values) or _clash(values, names) or _repeat(values, line, seen)
        if reason:
            result.bad_rows.append(BadRow(line, reason))
            continue
        pairing = _pairing(line, values)
        names.setdefault(pairing.coach_email, (pairing.coach_name, line))
        names.setdefault(pairing.coachee_email, (pairing.coachee_name, line))
        result.pairings.append(pairing)
    return result


def _text(content: bytes) -> str:
    if len(content) > MAX_BYTES:
        raise UnreadableFile(
            f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB. Split it into smaller files."
        )
    if b"\x00" in content:
        raise UnreadableFile("This is not a CSV file. Save the spreadsheet as CSV (UTF-8).")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile(
            "The file is not UTF-8 text. Save the spreadsheet as CSV (UTF-8)."
        ) from None


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """(line the row starts on, cells) for each row, with the delimiter the header uses."""
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        while True:
            starts_on = reader.line_num + 1  # a quoted cell may span several lines
            row = next(reader, None)
            if row is None:
                return
            yield starts_on, row
    except csv.Error as error:
        raise UnreadableFile(f"Line {reader.line_num} cannot be read as CSV: {error}.") from None


def _problem(values: dict[str, str]) -> str:
    """What is wrong with one row on its own ("" when nothing is)."""
    if not values["programme"]:
        return "The programme is missing."
    if len(values["programme"]) > PROGRAMME_MAX:
        return f"The programme name is longer than {PROGRAMME_MAX} characters."
    if not can_be_saved(values["programme"]):
        return "The programme name holds characters that cannot be saved."
    if values["kind"].lower() not in KINDS:
        return f"Unknown kind “{values['kind']}”: use coaching or mentoring."
    for role in ("coach", "coachee"):
        email, name = values[f"{role}_email"].lower(), values[f"{role}_name"]
        if not is_email(email):
            return f"The {role}'s e-mail “{values[f'{role}_email']}” is not a valid address."
        if not name:
            return f"The {role}'s name is missing."
        if len(name) > NAME_MAX:
            return f"The {role}'s name is longer than {NAME_MAX} characters."
        if not can_be_saved(name) or not can_be_saved(email):
            return f"The {role}'s name or e-mail holds characters that cannot be saved."
    if values["coach_email"].lower() == values["coachee_email"].lower():
        return "A person cannot be paired with themselves."
    return ""


def _clash(values: dict[str, str], names: dict[str, tuple[str, int]]) -> str:
    """Whether a person is named differently on an earlier good row."""
    for role in ("coach", "coachee"):
        email, name = values[f"{role}_email"].lower(), values[f"{role}_name"]
        known = names.get(email)
        if known and known[0] != name:
            return f"{email} is called “{known[0]}” on line {known[1]}, but “{name}” here."
    return ""


def _repeat(values: dict[str, str], line: int, seen: dict[tuple[str, ...], int]) -> str:
    """Whether an earlier row pairs the same people in the same programme (whatever the kind:
    two people are paired once per programme); else remembers this row."""
    key = (
        values["programme"].lower(),
        values["coach_email"].lower(),
        values["coachee_email"].lower(),
    )
    if key in seen:
        return f"The same pairing as line {seen[key]}."
    seen[key] = line
    return ""


def _pairing(line: int, values: dict[str, str]) -> Pairing:
    return Pairing(
        line=line,
        programme=values["programme"],
        kind=RelationshipKind(values["kind"].lower()),
        coach_email=values["coach_email"].lower(),
        coach_name=values["coach_name"],
        coachee_email=values["coachee_email"].lower(),
        coachee_name=values["coachee_name"],
    )
