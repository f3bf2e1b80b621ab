"""Who may see and change a relationship, and who hears about a change."""

from dataclasses import dataclass

from myecoach.domain.errors import NotAnAdmin, NotFound, RelationshipClosed


@dataclass(frozen=True)
class Actor:
    """The signed-in person, as the rules need to know them."""

    id: int
    is_admin: bool = False


@dataclass(frozen=True)
class Participants:
    """The two people in a relationship, and whether it is still active."""

    coach_id: int
    coachee_id: int
    active: bool = True

    def __contains__(self, user_id: object) -> bool:
        return user_id in (self.coach_id, self.coachee_id)


def can_view(actor: Actor, participants: Participants) -> bool:
    """Participants and admins see a relationship; nobody else does."""
    return actor.is_admin or actor.id in participants


def require_view(actor: Actor, participants: Participants) -> None:
    """Refuse an outsider as if the relationship did not exist."""
    if not can_view(actor, participants):
        raise NotFound("Relationship")


def require_change(actor: Actor, participants: Participants) -> None:
    """Refuse outsiders, and changes to a closed relationship."""
    require_view(actor, participants)
    if not participants.active:
        raise RelationshipClosed("This relationship is closed, so its sessions cannot change.")


def require_admin(actor: Actor) -> None:
    """Refuse anyone but the admin team, as if the admin area did not exist."""
    if not actor.is_admin:
        raise NotAnAdmin()


def recipients(actor: Actor, participants: Participants) -> list[int]:
    """Who is told about a change: the other participant, or both when an admin acts."""
    return [p for p in (participants.coach_id, participants.coachee_id) if p != actor.id]
