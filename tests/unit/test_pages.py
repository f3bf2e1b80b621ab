"""A page's address is answered with its prerendered file, without a redirect; nothing else
is rewritten."""

import pytest

from myecoach.http import pages
from tests.http_client import TestClient


@pytest.fixture
def built(tmp_path, monkeypatch):
    """A build with a top-level page, a nested one, each also as its folder's index."""
    for page in ("relationships", "admin/people"):
        (tmp_path / f"{page}.html").parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / f"{page}.html").write_text("<html></html>")
        (tmp_path / page).mkdir()
        (tmp_path / page / "index.html").write_text("<html></html>")
    (tmp_path.parent / "secret.html").write_text("outside the build")
    monkeypatch.setattr(pages, "folder", lambda: tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("path", "answered_by"),
    [
        ("/relationships", "/relationships.html"),
        ("/admin/people", "/admin/people.html"),
        ("/relationships/", None),  # the folder's index, served as it is
        ("/relationships.html", None),
        ("/relationships/1", None),  # a dynamic page: Reflex's fallback
        ("/", None),
        ("/_event", None),
        ("/../secret", None),
        ("/admin/../../secret", None),
    ],
)
def test_only_a_built_pages_own_address_is_answered_with_its_file(built, path, answered_by):
    assert pages.prerendered(path) == answered_by


def test_the_rewrite_reaches_the_app_for_reads_only(built):
    async def app(scope, receive, send):
        """Answers with the path and raw path it was asked for, in a header."""
        asked = f"{scope['path']} {scope['raw_path'].decode()}".encode()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"x-asked", asked)]})
        await send({"type": "http.response.body", "body": b""})

    client = TestClient(pages.serve_pages_directly(app))
    for method, path, asked in [
        ("GET", "/relationships", "/relationships.html /relationships.html"),
        ("HEAD", "/admin/people", "/admin/people.html /admin/people.html"),
        ("POST", "/relationships", "/relationships /relationships"),
        ("GET", "/relationships/1", "/relationships/1 /relationships/1"),
    ]:
        assert client.request(method, path).headers["x-asked"] == asked
