"""Time zones come from the pinned tzdata package, and only real IANA keys are accepted."""

import zoneinfo

import pytest

from myecoach.domain.zones import PICKER_ZONES, TIME_ZONES, is_time_zone

NOT_ZONES = [
    "/etc/localtime",
    "../../etc/passwd",
    "",
    " ",
    "localtime",
    "posixrules",
    "Factory",
    "posix/Europe/London",
    "right/UTC",
    "europe/london",
    "Europe/London ",
    "Europe/London\x00",
    "\udc80",
    "Mars/Olympus",
    "x" * 10_000,
]


def test_zone_rules_are_read_from_the_tzdata_package_not_the_machine():
    assert zoneinfo.TZPATH == ()
    assert zoneinfo.ZoneInfo.no_cache("Europe/London").key == "Europe/London"


@pytest.mark.parametrize("key", NOT_ZONES)
def test_anything_but_an_iana_key_is_not_a_time_zone(key):
    assert not is_time_zone(key)


@pytest.mark.parametrize("key", ["Europe/London", "America/Argentina/Buenos_Aires", "UTC"])
def test_iana_keys_are_time_zones(key):
    assert is_time_zone(key)


def test_an_old_name_is_still_accepted_but_not_offered():
    assert is_time_zone("US/Eastern") and "US/Eastern" not in PICKER_ZONES


def test_the_picker_offers_the_places_people_live_in_and_utc():
    assert {"Europe/London", "Africa/Accra", "Pacific/Auckland", "UTC"} <= set(PICKER_ZONES)
    assert set(PICKER_ZONES) <= TIME_ZONES
    assert sorted(PICKER_ZONES) == PICKER_ZONES
    assert "Factory" not in PICKER_ZONES and "Etc/GMT+5" not in PICKER_ZONES
