"""Who sees what, who is told, and the words they read."""

import pytest

from myecoach.domain.errors import NotFound, RelationshipClosed
from myecoach.domain.permissions import (
    Actor,
    Participants,
    can_view,
    recipients,
    require_change,
)
from myecoach.domain.wording import (
    ChangeKind,
    notification_message,
    reactivation_note,
    role_names,
)

PAIR = Participants(coach_id=1, coachee_id=2)


@pytest.mark.parametrize(
    ("actor", "allowed"),
    [(Actor(1), True), (Actor(2), True), (Actor(3), False), (Actor(3, is_admin=True), True)],
)
def test_only_participants_and_admins_see_a_relationship(actor, allowed):
    assert can_view(actor, PAIR) is allowed


def test_an_outsider_is_told_the_relationship_does_not_exist():
    with pytest.raises(NotFound, match="Relationship not found"):
        require_change(Actor(3), PAIR)


def test_a_closed_relationship_cannot_change():
    with pytest.raises(RelationshipClosed):
        require_change(Actor(1), Participants(1, 2, active=False))


def test_a_participant_tells_the_other_and_an_admin_tells_both():
    assert recipients(Actor(1), PAIR) == [2]
    assert recipients(Actor(2), PAIR) == [1]
    assert recipients(Actor(9, is_admin=True), PAIR) == [1, 2]


def test_roles_follow_the_kind_of_relationship():
    assert role_names("coaching") == ("Coach", "Coachee")
    assert role_names("mentoring") == ("Mentor", "Mentee")


def test_notification_messages_name_actor_session_and_programme():
    when = "Tue 8 Dec 2026, 14:00–15:00 London time"
    text = notification_message(
        ChangeKind.ARRANGED,
        actor_name="Claire Bennett",
        number=3,
        programme="Leadership",
        when=when,
    )
    assert text == "Claire Bennett arranged Session 3 for " + when + " — Leadership"
    cancelled = notification_message(
        ChangeKind.CANCELLED, actor_name="A", number=1, programme="P", reason="Ill"
    )
    assert cancelled == "A cancelled Session 1: Ill — P"


def test_reactivation_warns_when_the_date_has_passed():
    assert "may need rearranging" in reactivation_note(scheduled=True, in_past=True)
    assert "kept the date and time" in reactivation_note(scheduled=True, in_past=False)
    assert "To be Arranged" in reactivation_note(scheduled=False, in_past=False)
