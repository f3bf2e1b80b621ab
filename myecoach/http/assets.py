"""The production build's assets (`/assets/`), served from memory and cached for a year.

Their names carry a hash of their content, so a browser may keep them for good. A first
load of a page asks for about 35 of them at once; Reflex's single-port server hands each to
Starlette's StaticFiles, which checks the file and its compressed twin on disk and reads
them through a worker thread, a few milliseconds each, one after another. Here each file is
read once, then answered from memory. Behind nginx (`scripts/cluster.sh`) nginx serves them.
"""

import mimetypes
from dataclasses import dataclass
from pathlib import Path

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from myecoach.http import pages

FOREVER = "public, max-age=31536000, immutable"


@dataclass(frozen=True)
class Asset:
    """One built file: its bytes, its gzip twin's if the build made one, its media type."""

    body: bytes
    gzipped: bytes | None
    media_type: str


def folder() -> Path:
    """Where `reflex run --env prod` builds the assets."""
    return pages.folder() / "assets"


_loaded: dict[str, Asset] = {}  # by name: at most the build's files, each read once


def _asset(name: str) -> Asset | None:
    """The built file of that name (never a dot file or a gzip twin), or None."""
    if name in _loaded:
        return _loaded[name]
    path, twin = folder() / name, folder() / f"{name}.gz"
    if name.startswith(".") or name.endswith(".gz") or not path.is_file():
        return None
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    found = Asset(path.read_bytes(), twin.read_bytes() if twin.is_file() else None, media_type)
    _loaded[name] = found
    return found


async def asset(request: Request) -> Response:
    """A built file by its name, gzipped when the browser accepts it; 404 for any other."""
    found = _asset(request.path_params["name"])
    if found is None:
        return PlainTextResponse("Not Found", status_code=404)
    headers = {"Cache-Control": FOREVER, "Vary": "Accept-Encoding"}
    if found.gzipped is not None and "gzip" in request.headers.get("accept-encoding", ""):
        headers["Content-Encoding"] = "gzip"
        return Response(found.gzipped, media_type=found.media_type, headers=headers)
    return Response(found.body, media_type=found.media_type, headers=headers)


ROUTES = [Route("/assets/{name}", asset)]
