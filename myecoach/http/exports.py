"""CSV exports over plain HTTP: the overview's sessions, streamed, through a one-time token.

The browser downloads the file without its websocket: the token an admin's event handler made
says who and which filters; an unknown, used or expired token gets the same bare 404.
"""

from collections.abc import Iterator

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from myecoach import routes
from myecoach.db import unit_of_work
from myecoach.domain.overview import OverviewFilter
from myecoach.http.calendar import TOKEN
from myecoach.services.admin import exports


def sessions_csv(request: Request) -> Response:
    """The sessions matching the overview's filters, once, for the admin the token is for."""
    token = request.path_params["token"]
    if not TOKEN.fullmatch(token):
        return _not_found()
    with unit_of_work() as db:
        filters = exports.redeem_export(db, token)
    if filters is None:
        return _not_found()
    return StreamingResponse(
        _encoded(filters),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="{exports.export_filename(filters)}"',
            "Cache-Control": "no-store",
        },
    )


def _encoded(filters: OverviewFilter) -> Iterator[bytes]:
    with unit_of_work() as db:
        for chunk in exports.export_chunks(db, filters):
            yield chunk.encode()


def _not_found() -> Response:
    return PlainTextResponse("Not found", status_code=404, headers={"Cache-Control": "no-store"})


ROUTES = [Route(routes.sessions_export_path("{token}"), sessions_csv, name="sessions_export")]
