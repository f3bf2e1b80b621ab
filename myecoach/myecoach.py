"""The Reflex app: theme, and every page registered in one place."""

import reflex as rx

import myecoach.models  # noqa: F401  (registers the tables)
from myecoach import routes
from myecoach.pages.notifications import notifications_page
from myecoach.pages.relationship import relationship_page
from myecoach.pages.relationships import relationships_page
from myecoach.pages.session_editor import session_editor_page
from myecoach.pages.sign_in import sign_in_page
from myecoach.state.auth import SignInState
from myecoach.state.editor import EditorState
from myecoach.state.inbox import InboxState
from myecoach.state.relationship import RelationshipState
from myecoach.state.relationships import RelationshipsState

app = rx.App(stylesheets=["/styles.css"])

app.add_page(
    sign_in_page, route=routes.SIGN_IN, title="Sign in · myecoach", on_load=SignInState.load
)
app.add_page(
    relationships_page,
    route=routes.RELATIONSHIPS,
    title="My Relationships · myecoach",
    on_load=RelationshipsState.load,
)
app.add_page(
    relationships_page,
    route="/",
    title="My Relationships · myecoach",
    on_load=RelationshipsState.load,
)
app.add_page(
    relationship_page,
    route=routes.RELATIONSHIP,
    title="Relationship · myecoach",
    on_load=RelationshipState.load,
)
app.add_page(
    session_editor_page, route=routes.SESSION, title="Session · myecoach", on_load=EditorState.load
)
app.add_page(
    notifications_page,
    route=routes.NOTIFICATIONS,
    title="Notifications · myecoach",
    on_load=InboxState.load,
)
