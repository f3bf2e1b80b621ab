"""Calendar files over plain HTTP: a session's one-time .ics download and personal feeds.

Calendar apps and browsers send no cookie here: each route re-derives everything from the
token in its address, and answers an unknown, used or reset token with the same bare 404.
"""

import re
from email.utils import format_datetime, parsedate_to_datetime

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from myecoach import routes
from myecoach.db import unit_of_work
from myecoach.services import calendar
from myecoach.services.calendar import FeedVersion

TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")  # secrets.token_urlsafe(32)
CALENDAR_TYPE = "text/calendar; charset=utf-8"
FEED_CACHE = "private, max-age=300"


def feed(request: Request) -> Response:
    """A personal feed; `304 Not Modified` when the calendar app's copy is current."""
    token = request.path_params["token"]
    if not TOKEN.fullmatch(token):
        return _not_found()
    with unit_of_work() as db:
        version = calendar.feed_version(db, token)
        if version is None:
            return _not_found()
        headers = {
            "ETag": version.etag,
            "Last-Modified": format_datetime(version.last_modified, usegmt=True),
            "Cache-Control": FEED_CACHE,
        }
        if _not_modified(request, version):
            return Response(status_code=304, headers=headers)
        body = calendar.feed_calendar(db, version)
    return Response(body, media_type=CALENDAR_TYPE, headers=headers)


def download(request: Request) -> Response:
    """One session's .ics file, once, for the user a minute-long token was issued to."""
    token = request.path_params["token"]
    if not TOKEN.fullmatch(token):
        return _not_found()
    with unit_of_work() as db:
        file = calendar.redeem_download(db, token)
    if file is None:
        return _not_found()
    return Response(
        file.body,
        media_type=CALENDAR_TYPE,
        headers={
            "Content-Disposition": f'attachment; filename="{file.filename}"',
            "Cache-Control": "no-store",
        },
    )


def _not_modified(request: Request, version: FeedVersion) -> bool:
    """Whether the conditional request's copy is current (If-None-Match wins over
    If-Modified-Since, as RFC 9110 says)."""
    tags = request.headers.get("if-none-match")
    if tags is not None:
        sent = {tag.strip().removeprefix("W/") for tag in tags.split(",")}
        return "*" in sent or version.etag in sent
    since = request.headers.get("if-modified-since")
    if since is None:
        return False
    try:
        return version.last_modified.replace(microsecond=0) <= parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False


def _not_found() -> Response:
    return PlainTextResponse("Not found", status_code=404, headers={"Cache-Control": "no-store"})


ROUTES = [
    Route(routes.calendar_download_path("{token}"), download, name="calendar_download"),
    Route(routes.calendar_feed_path("{token}"), feed, name="calendar_feed"),
]
