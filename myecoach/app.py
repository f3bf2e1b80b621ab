"""The Reflex app object, built in one place: HTTP routes and middleware around the backend,
and what users see when an event fails. Pages and background loops are registered on it in
myecoach/myecoach.py; states that push to other tabs import it from here."""

import reflex as rx

from myecoach import http
from myecoach.state.failures import report_failure

app = rx.App(
    stylesheets=["/styles.css"],
    backend_exception_handler=report_failure,
    api_transformer=[http.routes(), http.serve_pages_directly, http.guard_connections],
)
