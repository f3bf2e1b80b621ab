"""The pages and background loops of myecoach, registered on the app built in myecoach/app.py."""

import myecoach.models  # noqa: F401  (registers the tables)
from myecoach import background, routes
from myecoach.app import app
from myecoach.pages.account import account_page
from myecoach.pages.admin.activity import activity_page
from myecoach.pages.admin.imports import import_page
from myecoach.pages.admin.mail import mail_page
from myecoach.pages.admin.overview import overview_page
from myecoach.pages.admin.pairing import pairing_page
from myecoach.pages.admin.people import people_page
from myecoach.pages.admin.programmes import programmes_page
from myecoach.pages.not_found import not_found_page
from myecoach.pages.notifications import notifications_page
from myecoach.pages.passwords import forgot_password_page, set_password_page
from myecoach.pages.relationship import relationship_page
from myecoach.pages.relationships import relationships_page
from myecoach.pages.session_editor import session_editor_page
from myecoach.pages.sign_in import sign_in_page
from myecoach.state.account import AccountState
from myecoach.state.admin.activity import ActivityState
from myecoach.state.admin.imports import ImportState
from myecoach.state.admin.mail import MailState
from myecoach.state.admin.overview import OverviewState
from myecoach.state.admin.pairing import PairingState
from myecoach.state.admin.people import PeopleState
from myecoach.state.admin.programmes import ProgrammesState
from myecoach.state.calendar_feed import CalendarFeedState
from myecoach.state.editor import EditorState
from myecoach.state.inbox import InboxState
from myecoach.state.live import LiveInbox
from myecoach.state.passwords import ForgotPasswordState, SetPasswordState
from myecoach.state.relationship import RelationshipState
from myecoach.state.relationships import RelationshipsState
from myecoach.state.sign_in import SignInState

PAGES = [
    (routes.SIGN_IN, sign_in_page, "Sign in", SignInState.load),
    (
        routes.FORGOT_PASSWORD,
        forgot_password_page,
        "Forgot your password?",
        ForgotPasswordState.load,
    ),
    (routes.SET_PASSWORD, set_password_page, "Set your password", SetPasswordState.load),
    ("/", relationships_page, "My Relationships", RelationshipsState.load),
    (routes.RELATIONSHIPS, relationships_page, "My Relationships", RelationshipsState.load),
    (routes.RELATIONSHIP, relationship_page, "Relationship", RelationshipState.load),
    (routes.SESSION, session_editor_page, "Session", EditorState.load),
    (routes.NOTIFICATIONS, notifications_page, "Notifications", InboxState.load),
    (routes.ACCOUNT, account_page, "Your account", [AccountState.load, CalendarFeedState.load]),
    (routes.ADMIN, overview_page, "Overview", OverviewState.load),
    (routes.ADMIN_OVERVIEW, overview_page, "Overview", OverviewState.load),
    (routes.ADMIN_PEOPLE, people_page, "People", PeopleState.load),
    (routes.ADMIN_PROGRAMMES, programmes_page, "Programmes", ProgrammesState.load),
    (routes.ADMIN_PAIRING, pairing_page, "Pairing", PairingState.load),
    (routes.ADMIN_IMPORT, import_page, "Import", ImportState.load),
    (routes.ADMIN_ACTIVITY, activity_page, "Activity", ActivityState.load),
    (routes.ADMIN_MAIL, mail_page, "E-mail", MailState.load),
    ("404", not_found_page, "Not found", None),
]

for route, component, title, load in PAGES:
    # Every page loads its own data first (on screen one event sooner), then links the tab to
    # its sign-in's live inbox (or unlinks a signed-out tab).
    app.add_page(
        component,
        route=route,
        title=f"{title} · myecoach",
        on_load=[*(load if isinstance(load, list) else [load] if load else []), LiveInbox.connect],
    )

background.register(app)
