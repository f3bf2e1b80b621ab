"""Every public event handler, aimed at what an attacker must not touch: the coaching
relationship of the demo data (relationship 1: Claire Bennett and Daniel Okafor).

A handler added to any state must be added here too; test_every_handler_is_attacked fails
until it is."""

import reflex as rx

import myecoach.myecoach  # noqa: F401  (defines every state)
from myecoach.state.auth import GUARD_MARKER

VICTIM = "/relationships/1"
VICTIM_SESSION = "/relationships/1/sessions/4"  # Arranged, in the future
VICTIM_CANCELLED = "/relationships/1/sessions/3"
VICTIM_PAST = "/relationships/1/sessions/2"  # Arranged, started: can be completed
# What nobody outside relationship 1 may ever be sent.
SECRETS = (
    "Claire Bennett",
    "Daniel Okafor",
    "Bring your reflections",
    "Room 4.12",
    "Coachee unwell",
)
FORM = {
    "start_time": "09:00",
    "end_time": "10:00",
    "location": "Attacker's room",
    "session_type": "Face-to-face",
    "extra_information": "Evil",
}

FORGED_LINK = "/set-password?token=forged-link-token"
NEW_PASSWORD = {"password": "a new and long password", "confirmation": "a new and long password"}
COACH_ID = 2  # Claire Bennett in the demo data
PERSON = {"name": "Eve Attacker", "email": "eve@example.org", "time_zone": "UTC", "is_admin": "on"}
PAIRING = {
    "programme": "1",
    "kind": "coaching",
    "coach": "outsider@example.com",
    "coachee": "coachee@example.com",
}

OVERVIEW = "/admin/overview"
OVERVIEW_FILTERS = {"programme": "1", "coach": "all", "kind": "coaching", "quiet_days": "30"}

# handler -> steps: (handler to send, its payload, the page it is sent from)
AIMED: dict[str, list[tuple[str, dict, str]]] = {
    "SignInState.load": [("SignInState.load", {}, "/sign-in")],
    "SignInState.sign_in": [
        (
            "SignInState.sign_in",
            {"form": {"email": "coach@example.com", "password": "x"}},
            "/sign-in",
        )
    ],
    "SignInState.sign_out": [("SignInState.sign_out", {}, "/relationships")],
    "RelationshipsState.load": [("RelationshipsState.load", {}, "/relationships")],
    "RelationshipsState.set_query": [
        ("RelationshipsState.set_query", {"query": "Okafor"}, "/relationships")
    ],
    "RelationshipsState.set_status": [
        ("RelationshipsState.set_status", {"status": "All"}, "/relationships")
    ],
    "RelationshipsState.go_to_page": [
        ("RelationshipsState.go_to_page", {"page": 2}, "/relationships")
    ],
    "RelationshipState.load": [("RelationshipState.load", {}, VICTIM)],
    "RelationshipState.add_session": [("RelationshipState.add_session", {}, VICTIM)],
    "EditorState.load": [("EditorState.load", {}, VICTIM_SESSION)],
    "EditorState.show": [("EditorState.show", {"section": "history"}, VICTIM_SESSION)],
    "EditorState.set_date": [("EditorState.set_date", {"value": "2031-01-06"}, VICTIM_SESSION)],
    "EditorState.set_notify": [("EditorState.set_notify", {"value": False}, VICTIM_SESSION)],
    "EditorState.save": [
        ("EditorState.set_date", {"value": "2031-01-06"}, VICTIM_SESSION),
        ("EditorState.save", {"form": FORM}, VICTIM_SESSION),
    ],
    "EditorState.save_anyway": [
        ("EditorState.set_date", {"value": "2031-01-06"}, VICTIM_SESSION),
        ("EditorState.save", {"form": FORM}, VICTIM_SESSION),
        ("EditorState.save_anyway", {}, VICTIM_SESSION),
    ],
    "EditorState.keep_editing": [("EditorState.keep_editing", {}, VICTIM_SESSION)],
    "EditorState.cancel": [
        ("EditorState.cancel", {"form": {"reason": "Cancelled by an attacker"}}, VICTIM_SESSION)
    ],
    "EditorState.reactivate": [("EditorState.reactivate", {}, VICTIM_CANCELLED)],
    "EditorState.complete": [("EditorState.complete", {}, VICTIM_PAST)],
    "InboxState.load": [("InboxState.load", {}, "/notifications")],
    "InboxState.mark_read": [("InboxState.mark_read", {"notification_id": 1}, "/notifications")],
    "InboxState.mark_all_read": [("InboxState.mark_all_read", {}, "/notifications")],
    "LiveInbox.connect": [("LiveInbox.connect", {}, "/notifications")],
    "LiveToast.dismiss": [("LiveToast.dismiss", {}, "/notifications")],
    # Passwords: a forged link, and a reset for an e-mail nobody has (see test_passwords.py).
    "SetPasswordState.load": [("SetPasswordState.load", {}, FORGED_LINK)],
    "SetPasswordState.propose_zone": [
        ("SetPasswordState.propose_zone", {"zone": "Asia/Tokyo"}, FORGED_LINK)
    ],
    "SetPasswordState.set_password": [
        ("SetPasswordState.set_password", {"form": NEW_PASSWORD}, FORGED_LINK)
    ],
    "ForgotPasswordState.load": [("ForgotPasswordState.load", {}, "/forgot-password")],
    "ForgotPasswordState.request_reset": [
        ("ForgotPasswordState.request_reset", {"form": {"email": "nobody@example.org"}}, "/")
    ],
    # One's own account: nothing here names anyone else; these inputs are refused.
    "AccountState.load": [("AccountState.load", {}, "/account")],
    "AccountState.set_email_changes": [("AccountState.set_email_changes", {"value": True}, "/")],
    "AccountState.set_email_reminders": [
        ("AccountState.set_email_reminders", {"value": True}, "/")
    ],
    "MailState.load": [("MailState.load", {}, "/admin/email")],
    "MailState.retry": [("MailState.retry", {"message_id": 1}, "/admin/email")],
    "AccountState.save_profile": [
        ("AccountState.save_profile", {"form": {"name": "X", "time_zone": "Mars/Olympus"}}, "/")
    ],
    "AccountState.change_password": [
        (
            "AccountState.change_password",
            {"form": {"current_password": "wrong", **NEW_PASSWORD}},
            "/account",
        )
    ],
    # The admin area, and the admin team's buttons on a relationship's page.
    "RelationshipState.set_open": [("RelationshipState.set_open", {"open_": False}, VICTIM)],
    "PeopleState.load": [("PeopleState.load", {}, "/admin/people")],
    "PeopleState.set_query": [("PeopleState.set_query", {"query": "Okafor"}, "/admin/people")],
    "PeopleState.go_to_page": [("PeopleState.go_to_page", {"page": 1}, "/admin/people")],
    "PeopleState.save_person": [("PeopleState.save_person", {"form": PERSON}, "/admin/people")],
    "PeopleState.edit": [("PeopleState.edit", {"person_id": COACH_ID}, "/admin/people")],
    "PeopleState.stop_editing": [("PeopleState.stop_editing", {}, "/admin/people")],
    "PeopleState.set_active": [
        ("PeopleState.set_active", {"person_id": COACH_ID, "active": False}, "/admin/people")
    ],
    "PeopleState.new_link": [("PeopleState.new_link", {"person_id": COACH_ID}, "/admin/people")],
    "ProgrammesState.load": [("ProgrammesState.load", {}, "/admin/programmes")],
    "ProgrammesState.create": [
        ("ProgrammesState.create", {"form": {"name": "Evil 2027"}}, "/admin/programmes")
    ],
    "ProgrammesState.start_renaming": [
        ("ProgrammesState.start_renaming", {"programme_id": 1}, "/admin/programmes")
    ],
    "ProgrammesState.rename": [
        ("ProgrammesState.start_renaming", {"programme_id": 1}, "/admin/programmes"),
        ("ProgrammesState.rename", {"form": {"name": "Evil 2027"}}, "/admin/programmes"),
    ],
    "ProgrammesState.archive": [
        ("ProgrammesState.archive", {"programme_id": 1}, "/admin/programmes")
    ],
    "PairingState.load": [("PairingState.load", {}, "/admin/pairing")],
    "PairingState.pair": [("PairingState.pair", {"form": PAIRING}, "/admin/pairing")],
    "PairingState.suggest_coach": [
        ("PairingState.suggest_coach", {"query": "Claire"}, "/admin/pairing")
    ],
    "PairingState.suggest_coachee": [
        ("PairingState.suggest_coachee", {"query": "Okafor"}, "/admin/pairing")
    ],
    "ImportState.load": [("ImportState.load", {}, "/admin/import")],
    "ImportState.preview": [("ImportState.preview", {"files": []}, "/admin/import")],
    "ImportState.apply": [("ImportState.apply", {}, "/admin/import")],
    "ActivityState.load": [("ActivityState.load", {}, "/admin/activity")],
    "ActivityState.go_to_page": [("ActivityState.go_to_page", {"page": 1}, "/admin/activity")],
    "OverviewState.load": [("OverviewState.load", {}, OVERVIEW)],
    "OverviewState.apply": [("OverviewState.apply", {"form": OVERVIEW_FILTERS}, OVERVIEW)],
    "OverviewState.refresh": [("OverviewState.refresh", {}, OVERVIEW)],
    "OverviewState.check_for_changes": [
        ("OverviewState.check_for_changes", {"shown_time": "12:00:00"}, OVERVIEW)
    ],
    "OverviewState.export": [("OverviewState.export", {}, OVERVIEW)],
    "EditorState.add_to_calendar": [("EditorState.add_to_calendar", {}, VICTIM_SESSION)],
    "CalendarFeedState.load": [("CalendarFeedState.load", {}, "/account")],
    "CalendarFeedState.create_address": [("CalendarFeedState.create_address", {}, "/account")],
    "CalendarFeedState.reset_address": [("CalendarFeedState.reset_address", {}, "/account")],
}


def our_states() -> dict[str, type[rx.State]]:
    """Every Reflex state class myecoach defines, by class name."""
    found, pending = {}, [rx.State]
    while pending:
        state = pending.pop()
        pending.extend(state.get_substates())
        if state.__module__.startswith("myecoach."):
            found[state.__name__] = state
    return found


def public_handlers() -> dict[str, str]:
    """Every event handler a client can send, as "State.handler" -> its full event name."""
    return {
        f"{name}.{handler}": f"{state.get_full_name()}.{handler}"
        for name, state in our_states().items()
        for handler, event in state.event_handlers.items()
        if hasattr(event.fn, GUARD_MARKER)
    }


EVENT_NAMES = public_handlers()  # read here: Reflex's registry is not visible on other threads


def event_name(short: str) -> str:
    """The full event name of "State.handler"."""
    return EVENT_NAMES[short]
