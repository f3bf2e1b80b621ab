"""Admin → Programmes: create, rename and archive programmes."""

from dataclasses import dataclass

import reflex as rx

from myecoach.services.admin import programmes
from myecoach.state.admin.base import AdminPageState
from myecoach.state.auth import Caller, form_text, signed_in
from myecoach.state.live import push_inboxes


@dataclass(frozen=True)
class ProgrammeView:
    """One programme as the list shows it."""

    id: int
    name: str
    archived: bool
    counts: str


class ProgrammesState(AdminPageState):
    """The programmes and the one being renamed."""

    rows: list[ProgrammeView] = []
    renaming_id: int = 0
    form_version: int = 0

    @signed_in
    def load(self, caller: Caller):
        """Every programme, open ones first."""
        self.renaming_id = 0
        self._list(caller)

    @signed_in
    def create(self, caller: Caller, form: dict):
        """Create a programme."""
        created = programmes.create_programme(
            caller.db, admin=caller.user, name=form_text(form, "name")
        )
        self._list(caller)
        return rx.toast.success(f"{created.name} created.")

    @signed_in
    def start_renaming(self, caller: Caller, programme_id: int):
        """Show the rename field for one programme."""
        self.renaming_id, self.errors = programme_id, {}

    @signed_in
    def rename(self, caller: Caller, form: dict):
        """Rename the programme being renamed."""
        renamed = programmes.rename_programme(
            caller.db,
            admin=caller.user,
            programme_id=self.renaming_id,
            name=form_text(form, "name"),
        )
        self.renaming_id = 0
        self._list(caller)
        return rx.toast.success(f"Renamed to {renamed.name}.")

    @signed_in
    async def archive(self, caller: Caller, programme_id: int):
        """Archive a programme; its relationships close and their participants are told."""
        told = programmes.archive_programme(caller.db, admin=caller.user, programme_id=programme_id)
        await push_inboxes(self, *told)
        self._list(caller)
        return rx.toast.success("Archived. Its relationships are closed.")

    def _list(self, caller: Caller) -> None:
        self.rows = [
            ProgrammeView(
                row.id,
                row.name,
                row.archived,
                f"{row.active} active · {row.closed} closed relationships",
            )
            for row in programmes.list_programmes(caller.db, admin=caller.user)
        ]
        self.form_version += 1
        self._shown()
