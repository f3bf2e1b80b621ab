"""`My Relationships`: search, filter and page through the user's relationships."""

from dataclasses import dataclass

from myecoach import routes
from myecoach.domain.local_times import slot_text
from myecoach.domain.search import QUERY_MAX
from myecoach.domain.wording import role_names
from myecoach.models import User
from myecoach.services import relationships as uc
from myecoach.state.auth import AuthState, Caller, signed_in


@dataclass(frozen=True)
class RelationshipRow:
    """One relationship as the list shows it."""

    url: str
    programme: str
    kind: str
    people: str
    next_session: str
    closed: bool
    label: str


class RelationshipsState(AuthState):
    """The list page: the query, the filter, the page and the rows shown."""

    query: str = ""
    status: str = uc.RelationshipFilter.ALL
    page: int = 1
    pages: int = 1
    total: int = 0
    more: bool = False  # more than `total` match: counting them all would grow with the data
    rows: list[RelationshipRow] = []
    loaded: bool = False

    @signed_in
    def load(self, caller: Caller):
        """Load the first page for the signed-in user."""
        self._search(caller)

    @signed_in
    def set_query(self, caller: Caller, query: str):
        """Filter as the user types."""
        self.query, self.page = query[:QUERY_MAX], 1
        self._search(caller)

    @signed_in
    def set_status(self, caller: Caller, status: str):
        """Filter by relationship status."""
        if status in {f.value for f in uc.RelationshipFilter}:
            self.status, self.page = status, 1
        self._search(caller)

    @signed_in
    def go_to_page(self, caller: Caller, page: int):
        """Show another page of results."""
        self.page = page
        self._search(caller)

    def _search(self, caller: Caller) -> None:
        found = uc.search_relationships(
            caller.db, actor=caller.user, query=self.query, status=self.status, page=self.page
        )
        self.page, self.pages, self.total, self.more = (
            found.page,
            found.pages,
            found.total,
            found.more,
        )
        self.rows = [_row(summary, caller.user) for summary in found.rows]
        self.loaded = True


def _row(summary: uc.RelationshipSummary, viewer: User) -> RelationshipRow:
    """A relationship as the viewer reads it: the other people, their next session."""
    leader, follower = role_names(summary.kind)
    people = [(leader, summary.coach), (follower, summary.coachee)]
    return RelationshipRow(
        url=routes.relationship_url(summary.id),
        programme=summary.programme,
        kind=str(summary.kind).capitalize(),
        people=" · ".join(f"{role}: {p.name}" for role, p in people if p.id != viewer.id),
        next_session=(
            slot_text(summary.next_session, viewer.time_zone)
            if summary.next_session
            else "None arranged"
        ),
        closed=not summary.active,
        label=f"View {summary.programme} with {summary.coachee.name}",
    )
