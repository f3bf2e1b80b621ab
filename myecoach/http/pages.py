"""Prerendered pages answered at their own address. The build holds `relationships.html`
and the same page as `relationships/index.html`; Reflex's single-port server finds the folder
first and redirects `/relationships` to `/relationships/`, a round trip more on every load of
a page by its address (a bookmark, a link in an e-mail, a reload). Here such a request is
answered with the `.html` file at once, as nginx's `try_files` does in the cluster."""

from pathlib import Path

from reflex.utils import prerequisites
from reflex_base import constants

from myecoach.http.security import ASGIApp, Receive, Scope, Send


def folder() -> Path:
    """Where `reflex run --env prod` builds the pages."""
    return prerequisites.get_web_dir() / constants.Dirs.STATIC


def prerendered(path: str) -> str | None:
    """The address of the built page for a request path such as `/admin/people`, or None
    when there is none (a folder's own address, a file, Reflex's endpoints, a dynamic page)."""
    last = path.rsplit("/", 1)[-1]
    if not last or "." in last or path.startswith("/_"):
        return None
    built = folder().resolve()
    page = (built / f"{path.strip('/')}.html").resolve()
    if built not in page.parents or not page.is_file():
        return None
    return "/" + page.relative_to(built).as_posix()


def serve_pages_directly(app: ASGIApp) -> ASGIApp:
    """Answer a page's address with its prerendered file, without the redirect."""

    async def served(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in ("GET", "HEAD"):
            page = prerendered(scope["path"])
            if page is not None:
                scope = {**scope, "path": page, "raw_path": page.encode()}
        await app(scope, receive, send)

    return served
