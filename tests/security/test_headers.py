"""Every HTTP answer carries the security headers; the token cookie is Secure behind HTTPS;
a page's own address is answered at once."""

import http.client
import os
import subprocess
import sys
import urllib.request
from urllib.parse import urlsplit

from tests.servers import ROOT


def test_pages_and_the_backend_answer_with_the_security_headers(app_url):
    for path in ("/sign-in", "/ping"):
        with urllib.request.urlopen(f"{app_url}{path}") as answer:
            headers = answer.headers
        policy = headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "same-origin"
        assert "Strict-Transport-Security" not in headers  # plain HTTP here


def cookie_is_secure(public_url: str) -> str:
    """Whether the token cookie is Secure when browsers use ``public_url``."""
    probe = (
        "from myecoach.state.auth import AuthState;"
        "print(AuthState.get_fields()['token'].default.secure)"
    )
    env = {**os.environ, "MYECOACH_PUBLIC_URL": public_url}
    return subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout.strip()


def test_the_token_cookie_is_secure_only_behind_https():
    assert cookie_is_secure("https://coaching.example.org") == "True"
    assert cookie_is_secure("http://localhost:3000") == "False"


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
