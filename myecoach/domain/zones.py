"""Time zones: the IANA rules of the pinned tzdata package, the same on every machine."""

import zoneinfo
from datetime import UTC, date, datetime, time
from importlib import resources

# Read zones from the tzdata package only, never from the machine's /usr/share/zoneinfo
# (another version, or none at all), and forget any zone loaded before this line ran.
zoneinfo.reset_tzpath(to=())
zoneinfo.ZoneInfo.clear_cache()

ZONE_CHOICE = "Choose a time zone from the list."
NOT_PLACES = frozenset({"Factory", "localtime", "posixrules"})
TIME_ZONES = frozenset(
    key
    for key in zoneinfo.available_timezones()
    if key not in NOT_PLACES and not key.startswith(("posix/", "right/"))
)


def _zones_people_live_in() -> list[str]:
    """The zones of zone.tab (one or more per country), plus UTC, sorted."""
    table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    rows = (line.split("\t") for line in table.splitlines() if not line.startswith("#"))
    return sorted({row[2] for row in rows if len(row) > 2} | {"UTC"})


PICKER_ZONES = _zones_people_live_in()


def is_time_zone(key: object) -> bool:
    """Whether ``key`` is an IANA zone a session may be in; never raises."""
    return isinstance(key, str) and key in TIME_ZONES


def zone_rules(key: str) -> zoneinfo.ZoneInfo:
    """The rules of an accepted zone (check ``is_time_zone`` first)."""
    return zoneinfo.ZoneInfo(key)


def wall_time_exists(day: date, at: time, key: str) -> bool:
    """Whether the wall-clock time happens on that day in the zone (not skipped by a
    clock change); found by going to UTC and back."""
    local = datetime.combine(day, at, tzinfo=zone_rules(key))
    return local.astimezone(UTC).astimezone(local.tzinfo).replace(tzinfo=None) == (
        local.replace(tzinfo=None)
    )
