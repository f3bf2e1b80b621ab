"""The MIME messages as a mail client reads them: names and subjects beyond ASCII intact, the
text, HTML and invitation as alternatives, the invitation attached too."""

import email
from email import policy

from myecoach.mail.messages import Written, assemble

INVITATION = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:Séance 4\r\n"
LONG_SUBJECT = "Session 4 edited · Programme de développement du leadership" + " et plus" * 9


def sent(**calendar: str) -> bytes:
    """A message assembled, as the bytes that go to the mail server."""
    return assemble(
        sender="Équipe myecoach <no-reply@coaching.example.org>",
        to="Zoë Müller <zoe@example.com>",
        written=Written(LONG_SUBJECT, "Zoë, Session 4 moved.\n", "<p>Zoë, Session 4</p>\n"),
        message_id="<outbox-7@coaching.example.org>",
        **calendar,
    ).as_bytes()


def read_back(**calendar: str) -> email.message.EmailMessage:
    """A message as a client reads it."""
    return email.message_from_bytes(sent(**calendar), policy=policy.default)


def test_names_and_subjects_beyond_ascii_arrive_as_written():
    message = read_back()
    assert message["From"] == "Équipe myecoach <no-reply@coaching.example.org>"
    assert message["To"] == "Zoë Müller <zoe@example.com>"
    assert message["Subject"] == LONG_SUBJECT
    assert message["Message-ID"] == "<outbox-7@coaching.example.org>"
    assert all(len(line) <= 78 for line in sent().splitlines())  # folded, as mail requires


def test_without_an_invitation_the_text_and_html_are_alternatives():
    message = read_back()
    assert message.get_content_type() == "multipart/alternative"
    assert message.get_body(("plain",)).get_content() == "Zoë, Session 4 moved.\n"
    assert message.get_body(("html",)).get_content() == "<p>Zoë, Session 4</p>\n"
    assert list(message.iter_attachments()) == []


def test_an_invitation_is_an_alternative_with_its_method_and_an_attachment():
    message = read_back(calendar=INVITATION, method="REQUEST")
    assert message.get_content_type() == "multipart/mixed"
    (alternatives,) = [p for p in message.walk() if p.get_content_type() == "multipart/alternative"]
    parts = [p.get_content_type() for p in alternatives.iter_parts()]
    assert parts == ["text/plain", "text/html", "text/calendar"]
    calendar = next(p for p in alternatives.iter_parts() if p.get_content_type() == "text/calendar")
    assert calendar.get_param("method") == "REQUEST"
    assert calendar.get_content() == INVITATION
    (attachment,) = message.iter_attachments()
    assert attachment.get_filename() == "invite.ics"
    assert attachment.get_content() == INVITATION.encode()
