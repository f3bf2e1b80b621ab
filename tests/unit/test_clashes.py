"""What a clash warning tells the person saving: their own clashes named, the other
participant's only as a name that is busy, everything to the admin team; and the window the
check looks in holds every session there can be."""

from datetime import UTC, datetime, timedelta

from myecoach.domain.clashes import LONGEST_SESSION, Booked, clash_warnings
from myecoach.domain.local_times import Slot
from myecoach.domain.permissions import Actor, Participants
from myecoach.domain.validation import parse_session_form
from myecoach.domain.zones import TIME_ZONES, zone_rules

CLAIRE, DANIEL, MARIA, PRIYA, ADMIN = 1, 2, 3, 4, 9
SAVING = Participants(coach_id=CLAIRE, coachee_id=DANIEL)
TEN = Slot(datetime(2026, 12, 8, 10, tzinfo=UTC), datetime(2026, 12, 8, 11, tzinfo=UTC), "UTC")
NAMES = {
    CLAIRE: "Claire Bennett",
    DANIEL: "Daniel Okafor",
    MARIA: "Maria Santos",
    PRIYA: "Priya Shah",
}


def booked(coach: int, coachee: int, programme: str, number: int = 2) -> Booked:
    """An arranged session at ten in a relationship of these two people."""
    return Booked(
        number=number,
        programme=programme,
        participants=Participants(coach, coachee),
        coach_name=NAMES[coach],
        coachee_name=NAMES[coachee],
        slot=TEN,
    )


def test_your_own_clash_names_the_session_the_other_person_and_the_time_in_your_zone():
    own = booked(CLAIRE, PRIYA, "Leadership Coaching 2026")
    assert clash_warnings(Actor(CLAIRE), SAVING, [own], "Asia/Tokyo") == [
        "Session 2 with Priya Shah (Leadership Coaching 2026): "
        "Tue 8 Dec 2026, 19:00–20:00 your time in Tokyo · 10:00–11:00 in UTC"
    ]


def test_the_other_participants_clash_says_only_that_they_are_busy():
    theirs = booked(MARIA, DANIEL, "Graduate Mentoring 2026")
    warnings = clash_warnings(Actor(CLAIRE), SAVING, [theirs], "UTC")
    assert warnings == ["Daniel Okafor already has a session at that time."]
    assert not any(secret in warnings[0] for secret in ("Maria", "Graduate", "Session", "10:00"))


def test_several_hidden_clashes_of_one_person_are_one_line():
    hidden = [booked(MARIA, DANIEL, "A", 1), booked(MARIA, DANIEL, "A", 2)]
    assert clash_warnings(Actor(CLAIRE), SAVING, hidden, "UTC") == [
        "Daniel Okafor already has a session at that time."
    ]


def test_the_coachee_saving_is_told_the_coachs_other_clash_the_same_way():
    coachs = booked(CLAIRE, PRIYA, "Leadership Coaching 2026")
    assert clash_warnings(Actor(DANIEL), SAVING, [coachs], "UTC") == [
        "Claire Bennett already has a session at that time."
    ]


def test_a_clash_within_the_same_relationship_is_named_to_either_participant():
    same = booked(CLAIRE, DANIEL, "Leadership Coaching 2026", 4)
    for actor, other in ((CLAIRE, "Daniel Okafor"), (DANIEL, "Claire Bennett")):
        [warning] = clash_warnings(Actor(actor), SAVING, [same], "UTC")
        assert warning.startswith(f"Session 4 with {other} (Leadership Coaching 2026): ")


def test_the_admin_team_sees_every_clash_named_with_both_people():
    clashes = [booked(CLAIRE, PRIYA, "Leadership"), booked(MARIA, DANIEL, "Mentoring", 5)]
    assert clash_warnings(Actor(ADMIN, is_admin=True), SAVING, clashes, "UTC") == [
        "Session 2 with Claire Bennett and Priya Shah (Leadership): "
        "Tue 8 Dec 2026, 10:00–11:00 UTC time",
        "Session 5 with Maria Santos and Daniel Okafor (Mentoring): "
        "Tue 8 Dec 2026, 10:00–11:00 UTC time",
    ]


def test_named_clashes_come_before_the_busy_people():
    clashes = [booked(MARIA, DANIEL, "Mentoring"), booked(CLAIRE, PRIYA, "Leadership")]
    warnings = clash_warnings(Actor(CLAIRE), SAVING, clashes, "UTC")
    assert warnings[0].startswith("Session 2 with Priya Shah")
    assert warnings[1] == "Daniel Okafor already has a session at that time."


def test_the_longest_day_a_clock_change_makes_is_well_inside_the_clash_window():
    troll = parse_session_form(  # Antarctica/Troll puts its clocks back two hours at once
        date="2026-10-25",
        start_time="00:00",
        end_time="23:59",
        time_zone="Antarctica/Troll",
        location="",
        session_type="Online",
        extra_information="",
    )
    assert troll.ends_at() - troll.starts_at() == timedelta(hours=25, minutes=59)
    assert troll.ends_at() - troll.starts_at() < LONGEST_SESSION


def test_every_zone_stays_within_the_offsets_the_clash_window_allows_for():
    offsets = {
        datetime(2026, month, 15, 12, tzinfo=UTC).astimezone(zone_rules(zone)).utcoffset()
        for zone in TIME_ZONES
        for month in range(1, 13)
    }
    assert timedelta(hours=-12) <= min(offsets) and max(offsets) <= timedelta(hours=14)
