"""Admin → Pairing: pair a coach (or mentor) with a coachee (or mentee) in a programme."""

import reflex as rx

from myecoach import routes
from myecoach.domain.wording import RelationshipKind
from myecoach.services.admin import pairing, people, programmes
from myecoach.state.admin.base import AdminPageState
from myecoach.state.auth import Caller, form_text, signed_in


class PairingState(AdminPageState):
    """The pairing form and the open programmes it can pair in."""

    programme_names: dict[str, str] = {}  # id -> name, of programmes open to new pairs
    coach_suggestions: list[tuple[str, str]] = []  # (name, e-mail) of people matching a field
    coachee_suggestions: list[tuple[str, str]] = []
    form_version: int = 0

    @signed_in
    def load(self, caller: Caller):
        """The open programmes to choose from."""
        self.programme_names = {
            str(row.id): row.name
            for row in programmes.list_programmes(caller.db, admin=caller.user)
            if not row.archived
        }
        self._shown()

    @signed_in
    def suggest_coach(self, caller: Caller, query: str):
        """People whose name or e-mail holds what the admin typed as the coach (or mentor)."""
        self.coach_suggestions = people.suggest_people(caller.db, admin=caller.user, query=query)

    @signed_in
    def suggest_coachee(self, caller: Caller, query: str):
        """People whose name or e-mail holds what the admin typed as the coachee (or mentee)."""
        self.coachee_suggestions = people.suggest_people(caller.db, admin=caller.user, query=query)

    @signed_in
    def pair(self, caller: Caller, form: dict):
        """Pair the two people named in the form."""
        programme = form_text(form, "programme")
        relationship = pairing.pair(
            caller.db,
            admin=caller.user,
            programme_id=routes.parse_id(programme) or 0,
            kind=form_text(form, "kind") or RelationshipKind.COACHING.value,
            coach_email=form_text(form, "coach"),
            coachee_email=form_text(form, "coachee"),
        )
        self.errors, self.form_version = {}, self.form_version + 1
        self.coach_suggestions, self.coachee_suggestions = [], []
        assert relationship.id is not None
        return [
            rx.toast.success("Paired. They can arrange their first session now."),
            rx.redirect(routes.relationship_url(relationship.id)),
        ]
