"""Admin → Import: upload a CSV of pairings, read the preview, then import it."""

from dataclasses import dataclass

import reflex as rx

from myecoach.domain.people_import import MAX_BYTES
from myecoach.services.admin import imports
from myecoach.state.admin.base import AdminPageState
from myecoach.state.auth import Caller, signed_in


@dataclass(frozen=True)
class BadRowView:
    """A row the import leaves out, and why."""

    line: int
    reason: str


class ImportState(AdminPageState):
    """The uploaded file (kept on the server) and what importing it would do."""

    file_name: str = ""
    previewed: bool = False
    summary: list[str] = []
    bad_rows: list[BadRowView] = []
    new_pairings: int = 0
    _content: bytes = b""

    @signed_in
    def load(self, caller: Caller):
        """An empty import, for admins only."""
        imports.preview_import(caller.db, admin=caller.user, content=None)
        self._forget()
        self._shown()

    @signed_in
    async def preview(self, caller: Caller, files: list[rx.UploadFile]):
        """Read the uploaded file and show what importing it would do; nothing changes yet."""
        self._forget()
        content = await files[0].read(MAX_BYTES + 1) if len(files) == 1 else None
        plan = imports.preview_import(caller.db, admin=caller.user, content=content)
        if content is None:
            return rx.toast.error("Choose one CSV file to import.")
        self._content, self.file_name = content, files[0].filename or "the file"
        self._show(plan)

    @signed_in
    def apply(self, caller: Caller):
        """Import the previewed file, all in one go."""
        plan = imports.apply_import(
            caller.db, admin=caller.user, content=self._content if self.previewed else None
        )
        if not self.previewed:
            return rx.toast.error("Upload a file and read its preview first.")
        self._forget()
        return rx.toast.success(
            f"Imported: {len(plan.new_pairings)} pairings, {len(plan.new_people)} new people, "
            f"{len(plan.new_programmes)} new programmes. New people's invitation links are "
            "on the People page."
        )

    def _show(self, plan: imports.ImportPlan) -> None:
        self.summary = [
            f"{len(plan.new_pairings)} new pairings ({plan.existing_pairings} exist already)",
            f"{len(plan.new_people)} new people ({plan.existing_people} exist already)",
            f"{len(plan.new_programmes)} new programmes",
            f"{len(plan.bad_rows)} rows left out",
        ]
        self.bad_rows = [BadRowView(bad.line, bad.reason) for bad in plan.bad_rows]
        self.new_pairings = len(plan.new_pairings)
        self.previewed = True

    def _forget(self) -> None:
        self._content, self.file_name, self.previewed = b"", "", False
        self.summary, self.bad_rows, self.new_pairings = [], [], 0
