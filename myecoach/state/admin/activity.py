"""Admin → Activity: the audit trail of what the admin team did."""

from dataclasses import dataclass

from myecoach.services.admin import audit
from myecoach.state.admin.base import AdminPageState
from myecoach.state.auth import Caller, signed_in
from myecoach.state.formatting import local_when


@dataclass(frozen=True)
class ActivityView:
    """One admin action as the trail shows it."""

    when: str
    who: str
    action: str
    subject: str
    changes: str


class ActivityState(AdminPageState):
    """A page of the audit trail, newest first."""

    rows: list[ActivityView] = []
    page: int = 1
    pages: int = 1

    @signed_in
    def load(self, caller: Caller):
        """The newest actions."""
        self.page = 1
        self._list(caller)

    @signed_in
    def go_to_page(self, caller: Caller, page: int):
        """Older or newer actions."""
        self.page = page
        self._list(caller)

    def _list(self, caller: Caller) -> None:
        found = audit.activity(caller.db, admin=caller.user, page=self.page)
        self.page, self.pages = found.page, found.pages
        zone = caller.user.time_zone
        self.rows = [
            ActivityView(
                when=local_when(entry.at, zone),
                who=entry.actor,
                action=entry.action,
                subject=entry.subject,
                changes="; ".join(
                    f"{what}: {before or '—'} → {after or '—'}"
                    for what, before, after in entry.changes
                )
                or "—",
            )
            for entry in found.entries
        ]
        self._shown()
