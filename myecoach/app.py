"""The Reflex app object, built in one place: HTTP routes and middleware around the backend,
background loops for its lifetime, and what users see when an event fails. Pages are
registered on it in myecoach/myecoach.py; states that push to other tabs import it here."""

import reflex as rx

from myecoach import background, http
from myecoach.state.failures import report_failure

app = rx.App(
    stylesheets=["/styles.css"],
    backend_exception_handler=report_failure,
    api_transformer=[http.routes(), http.guard_connections],
)
background.register(app)
