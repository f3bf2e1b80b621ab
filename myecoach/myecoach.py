"""The pages of myecoach, registered in one place on the app built in myecoach/app.py."""

import myecoach.models  # noqa: F401  (registers the tables)
from myecoach import routes
from myecoach.app import app
from myecoach.pages.notifications import notifications_page
from myecoach.pages.relationship import relationship_page
from myecoach.pages.relationships import relationships_page
from myecoach.pages.session_editor import session_editor_page
from myecoach.pages.sign_in import sign_in_page
from myecoach.state.editor import EditorState
from myecoach.state.inbox import InboxState
from myecoach.state.live import LiveInbox
from myecoach.state.relationship import RelationshipState
from myecoach.state.relationships import RelationshipsState
from myecoach.state.sign_in import SignInState

PAGES = [
    (routes.SIGN_IN, sign_in_page, "Sign in", SignInState.load),
    ("/", relationships_page, "My Relationships", RelationshipsState.load),
    (routes.RELATIONSHIPS, relationships_page, "My Relationships", RelationshipsState.load),
    (routes.RELATIONSHIP, relationship_page, "Relationship", RelationshipState.load),
    (routes.SESSION, session_editor_page, "Session", EditorState.load),
    (routes.NOTIFICATIONS, notifications_page, "Notifications", InboxState.load),
]

for route, component, title, load in PAGES:
    # Every page first links the tab to its sign-in's live inbox (or unlinks a signed-out tab).
    app.add_page(
        component, route=route, title=f"{title} · myecoach", on_load=[LiveInbox.connect, load]
    )
