"""The build's assets: served from memory, gzipped when accepted, cached for good, and only
files of the build's asset folder."""

import gzip

import pytest
from starlette.applications import Starlette

from myecoach.http import assets
from tests.http_client import TestClient

SCRIPT = b"export const answer = 42;\n"


@pytest.fixture
def client(tmp_path, monkeypatch):
    built = tmp_path / "assets"
    built.mkdir()
    (built / "entry-Ab12.js").write_bytes(SCRIPT)
    (built / "entry-Ab12.js.gz").write_bytes(gzip.compress(SCRIPT))
    (built / "styles-Cd34.css").write_bytes(b"body { margin: 0 }")
    (tmp_path / "secret.txt").write_text("not an asset")
    monkeypatch.setattr(assets, "folder", lambda: built)
    monkeypatch.setattr(assets, "_loaded", {})
    return TestClient(Starlette(routes=assets.ROUTES))


def test_an_asset_is_sent_gzipped_to_a_browser_that_accepts_it_and_cached_for_good(client):
    answer = client.get("/assets/entry-Ab12.js", headers={"Accept-Encoding": "gzip"})
    assert answer.status_code == 200
    assert answer.headers["content-encoding"] == "gzip"
    assert answer.content == SCRIPT  # decoded by the client, as a browser does
    assert answer.headers["cache-control"] == "public, max-age=31536000, immutable"
    media_type = answer.headers["content-type"].split(";")[0]
    assert media_type in ("text/javascript", "application/javascript")  # as mime.types says
    assert answer.headers["vary"] == "Accept-Encoding"


def test_an_asset_is_sent_as_it_is_without_gzip_or_without_a_twin(client):
    plain = client.get("/assets/entry-Ab12.js", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    assert plain.content == SCRIPT
    styles = client.get("/assets/styles-Cd34.css", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in styles.headers
    assert styles.content == b"body { margin: 0 }"
    assert styles.headers["content-type"].startswith("text/css")


@pytest.mark.parametrize(
    "path",
    [
        "/assets/missing-Ef56.js",
        "/assets/entry-Ab12.js.gz",
        "/assets/..%2Fsecret.txt",
        "/assets/%2E%2E",
        "/assets/.hidden",
        "/assets/../secret.txt",
    ],
)
def test_nothing_else_is_served(client, path):
    answer = client.get(path)
    assert answer.status_code == 404
    assert b"not an asset" not in answer.content


def test_a_file_added_to_the_build_later_is_found(client):
    assert client.get("/assets/late-Gh78.js").status_code == 404
    (assets.folder() / "late-Gh78.js").write_bytes(SCRIPT)
    assert client.get("/assets/late-Gh78.js").content == SCRIPT
