"""Plain HTTP beside Reflex's event websocket, mounted on its backend (`api_transformer`).

Each route module derives who may see what from its own token (a calendar app or a download
carries no Reflex state and no cookie), then calls a service. `security.py` wraps the whole
backend: it refuses tab keys Reflex would never generate and adds the security headers;
`pages.py` answers a page's address without a redirect.
"""

from starlette.applications import Starlette

from myecoach.http import assets, calendar, exports
from myecoach.http.pages import serve_pages_directly
from myecoach.http.security import guard_connections

__all__ = ["guard_connections", "routes", "serve_pages_directly"]


def routes() -> Starlette:
    """The app's own HTTP routes; Reflex's backend is mounted beneath them."""
    return Starlette(routes=[*assets.ROUTES, *calendar.ROUTES, *exports.ROUTES])
