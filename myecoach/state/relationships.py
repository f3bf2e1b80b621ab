"""`My Relationships`: search, filter and page through the user's relationships."""

import reflex as rx

from myecoach import routes
from myecoach.db import unit_of_work
from myecoach.domain.search import QUERY_MAX
from myecoach.domain.wording import role_names
from myecoach.services import relationships as uc
from myecoach.state.auth import AuthState
from myecoach.state.formatting import local_when


class RelationshipsState(AuthState):
    """The list page: the query, the filter, the page and the rows shown."""

    query: str = ""
    status: str = uc.RelationshipFilter.ALL
    page: int = 1
    pages: int = 1
    total: int = 0
    rows: list[dict[str, str]] = []
    loaded: bool = False

    @rx.event
    def load(self):
        """Load the first page for the signed-in user, or send them to sign in."""
        return self._search()

    @rx.event
    def set_query(self, query: str):
        """Filter as the user types."""
        self.query, self.page = str(query)[:QUERY_MAX], 1
        return self._search()

    @rx.event
    def set_status(self, status: str):
        """Filter by relationship status."""
        if status in {f.value for f in uc.RelationshipFilter}:
            self.status, self.page = status, 1
        return self._search()

    @rx.event
    def go_to_page(self, page: int):
        """Show another page of results."""
        self.page = routes.parse_id(str(page)) or 1
        return self._search()

    def _search(self):
        with unit_of_work() as db:
            user = self._enter(db)
            if user is None:
                return rx.redirect(routes.SIGN_IN)
            found = uc.search_relationships(
                db, actor=user, query=self.query, status=self.status, page=self.page
            )
        self.page, self.pages, self.total = found.page, found.pages, found.total
        self.rows = [_row(summary, user.id, user.time_zone) for summary in found.rows]
        self.loaded = True


def _row(summary: uc.RelationshipSummary, viewer_id: int, zone: str) -> dict[str, str]:
    leader, follower = role_names(summary.kind)
    people = [(leader, summary.coach), (follower, summary.coachee)]
    others = [f"{role}: {person.name}" for role, person in people if person.id != viewer_id]
    return {
        "id": str(summary.id),
        "url": routes.relationship_url(summary.id),
        "programme": summary.programme,
        "kind": str(summary.kind).capitalize(),
        "people": " · ".join(others),
        "next": local_when(summary.next_session_at, zone) or "None arranged",
        "status": "Active" if summary.active else "Closed",
        "label": f"View {summary.programme} with {summary.coachee.name}",
    }
