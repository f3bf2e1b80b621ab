"""A page's address is answered with its prerendered file, without a redirect; nothing else
is rewritten."""

import asyncio
import http.client
from urllib.parse import urlsplit

import pytest

from myecoach.http import pages


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
    seen = []

    async def app(scope, receive, send):
        seen.append((scope["method"], scope["path"], scope["raw_path"]))

    served = pages.serve_pages_directly(app)
    for method in ("GET", "HEAD", "POST"):
        scope = {"type": "http", "method": method, "path": "/relationships", "raw_path": b""}
        asyncio.run(served(scope, None, None))
    assert seen == [
        ("GET", "/relationships.html", b"/relationships.html"),
        ("HEAD", "/relationships.html", b"/relationships.html"),
        ("POST", "/relationships", b""),
    ]


def test_the_running_app_answers_a_pages_address_at_once(app_url):
    address = urlsplit(app_url)
    for path in ("/relationships", "/sign-in", "/admin/overview"):
        connection = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
        connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
        answer = connection.getresponse()
        assert (answer.status, answer.getheader("Location")) == (200, None)
        assert answer.getheader("Content-Encoding") == "gzip"  # the build's compressed twin
        assert answer.getheader("X-Frame-Options") == "DENY"
        connection.close()
