"""The overview's rules: its filter form, the default range, the rate, months, CSV cells."""

from datetime import date

import pytest

from myecoach.domain.errors import ValidationFailed
from myecoach.domain.overview import (
    OverviewFilter,
    completion_rate,
    csv_cell,
    month_label,
    months,
    read_filter,
)
from myecoach.domain.wording import RelationshipKind

TODAY = date(2026, 6, 15)


def test_an_empty_form_means_this_calendar_year_and_30_quiet_days():
    assert read_filter({}, TODAY) == OverviewFilter(start=date(2026, 1, 1), end=date(2026, 12, 31))


def test_a_filled_form_is_read_and_survives_a_round_trip():
    form = {
        "programme": "3",
        "coach": "all",
        "kind": "mentoring",
        "start": "2026-03-15",
        "end": "2026-05-10",
        "quiet_days": "45",
    }
    chosen = read_filter(form, TODAY)
    assert chosen == OverviewFilter(
        start=date(2026, 3, 15),
        end=date(2026, 5, 10),
        programme_id=3,
        kind=RelationshipKind.MENTORING,
        quiet_days=45,
    )
    assert OverviewFilter.from_dict(chosen.to_dict()) == chosen


@pytest.mark.parametrize(
    ("form", "field"),
    [
        ({"start": "2026-13-01"}, "start"),
        ({"start": "2026-05-10", "end": "2026-03-15"}, "end"),
        ({"start": "2000-01-01", "end": "2026-01-01"}, "end"),
        ({"kind": "dancing"}, "kind"),
        ({"quiet_days": "0"}, "quiet_days"),
        ({"quiet_days": "-3"}, "quiet_days"),
        ({"quiet_days": "²"}, "quiet_days"),
        ({"programme": "0"}, "programme"),
        ({"coach": "99999999999999"}, "coach"),
        ({"coach": "²"}, "coach"),
    ],
)
def test_a_wrong_field_is_named(form, field):
    with pytest.raises(ValidationFailed) as refused:
        read_filter(form, TODAY)
    assert list(refused.value.errors) == [field]


def test_the_completion_rate_is_of_the_sessions_that_were_due():
    assert completion_rate(completed=3, cancelled=4, overdue=1) == "38%"
    assert completion_rate(completed=0, cancelled=0, overdue=0) == "—"


def test_months_of_a_range_across_a_new_year():
    assert [month_label(*m) for m in months(date(2025, 11, 30), date(2026, 2, 1))] == [
        "Nov 2025",
        "Dec 2025",
        "Jan 2026",
        "Feb 2026",
    ]


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Room 4.12", "Room 4.12"),
        ("a=b", "a=b"),
        (None, ""),
        (4, "4"),
    ],
)
def test_csv_cells_never_start_a_formula(value, cell):
    assert csv_cell(value) == cell
