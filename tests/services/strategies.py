"""What a client can hand a use case: mostly sensible values, often odd ones."""

from datetime import UTC, date

from hypothesis import strategies as st

from myecoach.domain.ids import ID_MAX
from myecoach.domain.statuses import SessionType
from myecoach.domain.validation import SessionDetails

ODD_IDS = [0, -1, ID_MAX, ID_MAX + 1, 2**63, 2**64, -(2**63) - 1, 10**30]
ODD_TEXTS = [
    "",
    "   ",
    "\x00",
    "Room\x002",
    "\udc80",
    "a\ud800b",
    "|",
    " | ",
    "%",
    "_",
    "\\",
    "' OR 1=1 --",
    " " * 990 + "Bring notes",
    "x" * 5000,
    "é" * 201,
]
ZONES = ["Europe/London", "America/New_York", "Pacific/Apia", "Asia/Kolkata", "UTC"]
ODD_ZONES = [
    "/etc/localtime",
    "../../etc/passwd",
    "",
    "localtime",
    "Factory",
    "posix/Europe/London",
    "europe/london",
    "Europe/London\x00",
]
CLOCK_CHANGES = [  # day, zone, minute after midnight of the hour skipped or repeated
    ("2026-03-29", "Europe/London", 60),  # forward
    ("2026-10-25", "Europe/London", 60),  # back
    ("2026-03-08", "America/New_York", 120),  # forward
    ("2026-11-01", "America/New_York", 60),  # back
    ("2011-12-30", "Pacific/Apia", 0),  # the whole day skipped
]
ODD_TIMES = ["14.30", "09.45", "14:30Z", "1430Z", "14:30+05:00", "24:00", "9:30", "²4:00"]
ODD_DATES = ["1999-12-31", "2101-01-01", "2026-02-30", "20261208", "٢٠٢٦-١٢-٠٨"]


def mostly(usual: st.SearchStrategy, odd: st.SearchStrategy) -> st.SearchStrategy:
    """About three draws in four from ``usual``, the others from ``odd``."""
    return st.tuples(st.booleans(), st.booleans()).flatmap(lambda b: odd if all(b) else usual)


plain_texts = st.text(st.characters(categories=["L", "N", "P", "Zs"]), min_size=1, max_size=40)
unstorable = st.one_of(  # control characters (NUL above all) and lone surrogates
    st.sampled_from(["\x00", "\udc80"]), st.characters(categories=["Cs", "Cc"])
)
odd_texts = st.one_of(
    st.sampled_from(ODD_TEXTS),
    st.builds("{}{}{}".format, plain_texts, unstorable, plain_texts),
    st.text(st.one_of(st.characters(), unstorable), max_size=30),
    st.builds(str.__add__, st.text(" ", min_size=100, max_size=9000), plain_texts),
)
texts = mostly(plain_texts, odd_texts)
queries = st.one_of(plain_texts, odd_texts)
zones = mostly(st.sampled_from(ZONES), st.one_of(st.sampled_from(ODD_ZONES), odd_texts))
hours_and_minutes = st.builds("{:02}:{:02}".format, st.integers(0, 23), st.integers(0, 59))
time_texts = mostly(hours_and_minutes, st.one_of(st.sampled_from(ODD_TIMES), odd_texts))
days = st.dates(date(2000, 1, 1), date(2100, 12, 31)).map(date.isoformat)
date_texts = mostly(
    st.one_of(st.sampled_from([day for day, _, _ in CLOCK_CHANGES]), days),
    st.one_of(st.sampled_from(ODD_DATES), st.dates().map(date.isoformat), odd_texts),
)
session_type_names = st.sampled_from([t.value for t in SessionType])
session_types = mostly(session_type_names, odd_texts)


def _filled_in(
    day: str, zone: str, start: int, minutes: int, location: str, kind: str, extra: str
) -> dict[str, str]:
    """A form as filled in: ``minutes`` long from ``start`` minutes after midnight (to 23:59)."""
    end = min(start + minutes, 24 * 60 - 1)
    return {
        "date": day,
        "start_time": f"{start // 60:02}:{start % 60:02}",
        "end_time": f"{end // 60:02}:{end % 60:02}",
        "time_zone": zone,
        "location": location,
        "session_type": kind,
        "extra_information": extra,
    }


def _around_a_clock_change(day: str, zone: str, hour_starts: int) -> st.SearchStrategy:
    """Forms for sessions starting in the hour the clocks skip or repeat."""
    return st.builds(
        _filled_in,
        st.just(day),
        st.just(zone),
        st.integers(hour_starts, hour_starts + 59),
        st.integers(1, 90),
        plain_texts,
        session_type_names,
        st.just(""),
    )


sensible_forms = st.one_of(
    st.builds(
        _filled_in,
        days,
        st.sampled_from(ZONES),
        st.integers(0, 24 * 60 - 2),
        st.integers(1, 180),
        plain_texts,
        session_type_names,
        st.one_of(st.just(""), plain_texts),
    ),
    st.sampled_from(CLOCK_CHANGES).flatmap(lambda change: _around_a_clock_change(*change)),
)
odd_forms = st.fixed_dictionaries(
    {
        "date": date_texts,
        "start_time": time_texts,
        "end_time": time_texts,
        "time_zone": zones,
        "location": texts,
        "session_type": session_types,
        "extra_information": texts,
    }
)
wall_times = st.one_of(st.none(), st.times(), st.times(timezones=st.just(UTC)))
hand_built_details = st.builds(
    SessionDetails,
    date=st.one_of(st.none(), st.dates(), st.datetimes()),
    start_time=wall_times,
    end_time=wall_times,
    time_zone=zones,
    location=texts,
    session_type=st.one_of(st.none(), st.sampled_from(SessionType), texts),
    extra_information=texts,
)
# A form is parsed as the session editor does before saving; details may also come built.
forms_or_details = mostly(sensible_forms, st.one_of(odd_forms, hand_built_details))
relationship_names = st.sampled_from(["relationship", "other_relationship"])
relationship_choices = mostly(
    relationship_names, st.one_of(st.sampled_from(ODD_IDS), st.integers())
)
session_numbers = mostly(st.integers(1, 3), st.one_of(st.sampled_from(ODD_IDS), st.integers()))
versions = mostly(st.just("current"), st.one_of(st.sampled_from(ODD_IDS), st.integers()))
ids = st.one_of(st.sampled_from(ODD_IDS), st.integers())
clocks = st.one_of(st.none(), st.datetimes(timezones=st.just(UTC)))
