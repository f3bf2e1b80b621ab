"""Clash warnings: the arranged sessions a new time overlaps, told to the person saving it
only as far as they may see them."""

from dataclasses import dataclass
from datetime import timedelta

from myecoach.domain.local_times import Slot, slot_text
from myecoach.domain.permissions import Actor, Participants, can_view
from myecoach.domain.wording import session_title

# Every session is shorter: its start and end are on one day (under 24 hours apart by the
# clock), and a zone's offset from UTC, always between -12 and +14 hours, cannot add more.
LONGEST_SESSION = timedelta(hours=24 + 26)


@dataclass(frozen=True)
class Booked:
    """An arranged session overlapping the time being saved, with its relationship's people."""

    number: int
    programme: str
    participants: Participants
    coach_name: str
    coachee_name: str
    slot: Slot

    def name_of(self, person_id: int) -> str:
        """The name of one of its two participants."""
        return self.coach_name if person_id == self.participants.coach_id else self.coachee_name


def clash_warnings(
    actor: Actor, saving: Participants, booked: list[Booked], viewer_zone: str
) -> list[str]:
    """What the actor is told: each clash they may see, named; then, for each participant
    whose clash is in a relationship hidden from the actor, only that they are busy."""
    named: list[str] = []
    busy: dict[int, str] = {}
    for clash in booked:
        if can_view(actor, clash.participants):
            named.append(_named(clash, actor, viewer_zone))
            continue
        for person in (saving.coach_id, saving.coachee_id):
            if person in clash.participants and person != actor.id:
                busy.setdefault(person, clash.name_of(person))
    return named + [f"{name} already has a session at that time." for name in busy.values()]


def _named(clash: Booked, actor: Actor, viewer_zone: str) -> str:
    """ "Session 2 with Priya Shah (Leadership Coaching 2026): Tue 8 Dec 2026, 10:00–11:00…"."""
    people = [
        clash.name_of(person)
        for person in (clash.participants.coach_id, clash.participants.coachee_id)
        if person != actor.id
    ]
    return (
        f"{session_title(clash.number)} with {' and '.join(people)} ({clash.programme}): "
        f"{slot_text(clash.slot, viewer_zone)}"
    )
