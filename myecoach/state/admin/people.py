"""Admin → People: find, add, edit, deactivate and reactivate people; hand over their links."""

from dataclasses import dataclass

import reflex as rx

from myecoach.domain.search import QUERY_MAX
from myecoach.services.admin import people
from myecoach.state.admin.base import AdminPageState
from myecoach.state.auth import Caller, form_text, signed_in
from myecoach.state.formatting import local_when
from myecoach.state.live import end_live_sign_ins


@dataclass(frozen=True)
class PersonView:
    """One person as the list shows them."""

    id: int
    name: str
    email: str
    time_zone: str
    is_admin: bool
    active: bool
    status: str
    link_url: str
    link_note: str


class PeopleState(AdminPageState):
    """The people list, its search and page, and the person being added or edited."""

    query: str = ""
    page: int = 1
    pages: int = 1
    total: int = 0
    more: bool = False  # more than `total` match (counted so far only)
    rows: list[PersonView] = []
    editing_id: int = 0  # 0: the form adds a new person
    form_name: str = ""
    form_email: str = ""
    form_time_zone: str = ""
    form_is_admin: bool = False
    form_version: int = 0

    @signed_in
    def load(self, caller: Caller):
        """The first page of everyone, and an empty form to add someone."""
        self.query, self.page = "", 1
        self._list(caller)
        self._blank_form(caller)

    @signed_in
    def set_query(self, caller: Caller, query: str):
        """Search as the admin types."""
        self.query, self.page = query[:QUERY_MAX], 1
        self._list(caller)

    @signed_in
    def go_to_page(self, caller: Caller, page: int):
        """Show another page of people."""
        self.page = page
        self._list(caller)

    @signed_in
    def save_person(self, caller: Caller, form: dict):
        """Add the person in the form, or save the one being edited."""
        fields = {
            "name": form_text(form, "name"),
            "email": form_text(form, "email"),
            "time_zone": form_text(form, "time_zone"),
            "is_admin": form_text(form, "is_admin") == "on",
        }
        if self.editing_id:
            person = people.edit_person(
                caller.db, admin=caller.user, person_id=self.editing_id, **fields
            )
            message = f"{person.name}'s details are saved."
        else:
            person, _ = people.add_person(caller.db, admin=caller.user, **fields)
            message = f"{person.name} added. Copy their invitation link from the list."
            self.query, self.page = person.email, 1
        self._list(caller)
        self._blank_form(caller)
        return rx.toast.success(message)

    @signed_in
    def edit(self, caller: Caller, person_id: int):
        """Fill the form with someone's details to change them."""
        shown = next((row for row in self.rows if row.id == person_id), None)
        if shown is None:
            return
        self.editing_id = shown.id
        self.form_name, self.form_email = shown.name, shown.email
        self.form_time_zone, self.form_is_admin = shown.time_zone, shown.is_admin
        self.errors, self.form_version = {}, self.form_version + 1

    @signed_in
    def stop_editing(self, caller: Caller):
        """Back to adding a new person."""
        self._blank_form(caller)

    @signed_in
    async def set_active(self, caller: Caller, person_id: int, active: bool):
        """Deactivate someone (their open tabs are signed out at once) or reactivate them."""
        ended = people.set_active(caller.db, admin=caller.user, person_id=person_id, active=active)
        await end_live_sign_ins(self, *ended)
        self._list(caller)
        return rx.toast.success("Reactivated." if active else "Deactivated and signed out.")

    @signed_in
    def new_link(self, caller: Caller, person_id: int):
        """A fresh invitation or reset link for someone, voiding the old one."""
        people.new_link(caller.db, admin=caller.user, person_id=person_id)
        self._list(caller)
        return rx.toast.success("A new link is ready to copy; the old one no longer works.")

    def _list(self, caller: Caller) -> None:
        found = people.find_people(caller.db, admin=caller.user, query=self.query, page=self.page)
        self.page, self.pages, self.total, self.more = (
            found.page,
            found.pages,
            found.total,
            found.more,
        )
        self.rows = [_view(row, caller.user.time_zone) for row in found.rows]
        self._shown()

    def _blank_form(self, caller: Caller) -> None:
        self.editing_id, self.form_name, self.form_email = 0, "", ""
        self.form_time_zone, self.form_is_admin = caller.user.time_zone, False
        self.form_version += 1


def _view(row: people.PersonRow, zone: str) -> PersonView:
    if not row.active:
        status = "Deactivated"
    elif not row.has_password:
        status = "Invited"
    else:
        status = "Active"
    note = (
        f"{row.link_purpose.capitalize()} link, valid until {local_when(row.link_expires_at, zone)}"
        if row.link_url
        else ""
    )
    return PersonView(
        id=row.id,
        name=row.name,
        email=row.email,
        time_zone=row.time_zone,
        is_admin=row.is_admin,
        active=row.active,
        status=status,
        link_url=row.link_url,
        link_note=note,
    )
