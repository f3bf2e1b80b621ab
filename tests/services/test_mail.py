"""E-mail through the outbox: queued with the change, sent by a worker holding a lease, to a
real SMTP server; retried while it is down, each message delivered exactly once."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import update
from sqlmodel import col, select

from myecoach.domain.statuses import SessionType
from myecoach.domain.validation import SessionDetails
from myecoach.mail.sender import LINK_GONE, deliver_once
from myecoach.mail.smtp import SmtpMailer
from myecoach.models import OutboxMessage
from myecoach.services import accounts, outbox
from myecoach.services import sessions as uc
from tests.loops import run
from tests.mail_server import smtp_server

SENDER = "myecoach <no-reply@coaching.example.org>"
HOSTILE = '<script>alert("x")</script> & <b>bold</b>'
NEXT_WEEK = date.today() + timedelta(days=7)


@pytest.fixture
def mail_on(monkeypatch):
    """E-mail set up (the server is filled in by ``smtp``)."""
    monkeypatch.setenv("MYECOACH_SMTP_URL", "smtp://127.0.0.1:1")
    monkeypatch.setenv("MYECOACH_MAIL_FROM", SENDER)


@pytest.fixture
def smtp(mail_on, monkeypatch):
    """A real SMTP server that myecoach is configured to use; yields (mailer, mailbox)."""
    with smtp_server() as (port, mailbox):
        monkeypatch.setenv("MYECOACH_SMTP_URL", f"smtp://127.0.0.1:{port}")
        yield SmtpMailer.from_url(f"smtp://127.0.0.1:{port}"), mailbox


def arrange(db, world, *, notify=True, location="Room 4", extra="", actor=None):
    """The coach (or ``actor``) arranges a new session next week; returns it."""
    added = uc.add_session(db, actor=world.coach, relationship_id=world.relationship.id).session
    return uc.save_session(
        db,
        actor=actor or world.coach,
        relationship_id=added.relationship_id,
        number=added.number,
        expected_version=added.version,
        details=SessionDetails(
            NEXT_WEEK,
            time(14),
            time(15),
            "Europe/London",
            location,
            SessionType.FACE_TO_FACE,
            extra,
        ),
        notify=notify,
        confirm_clash=True,  # these sessions share a time on purpose
    ).session


def queued(db) -> list[OutboxMessage]:
    return list(db.exec(select(OutboxMessage).order_by(col(OutboxMessage.id))))


def deliver(engine, mailer) -> int:
    return run(deliver_once(mailer, engine))


def test_without_a_mail_server_nothing_is_queued(db, world):
    arrange(db, world)
    accounts.issue_link(db, world.coachee, accounts.LinkPurpose.RESET)
    db.commit()
    assert queued(db) == []


def test_a_change_queues_one_mail_to_each_person_told_who_wants_it(db, world, mail_on):
    arrange(db, world)
    assert [m.to_address for m in queued(db)] == ["coachee@example.com"]
    arrange(db, world, notify=False)
    assert len(queued(db)) == 1
    world.coachee.email_changes = False
    db.commit()
    arrange(db, world, actor=world.admin)  # the admin's change tells both
    assert [m.to_address for m in queued(db)][1:] == ["coach@example.com"]


def test_a_refused_change_queues_nothing(db, world, mail_on):
    session = arrange(db, world)
    before = len(queued(db))
    with pytest.raises(Exception, match="changed by someone else"):
        uc.cancel_session(
            db,
            actor=world.coach,
            relationship_id=session.relationship_id,
            number=session.number,
            expected_version=session.version - 1,
            reason="Too late",
        )
    assert len(queued(db)) == before


def test_mails_reach_the_server_with_what_people_typed_escaped(db, world, engine, smtp):
    mailer, mailbox = smtp
    arrange(db, world, location=HOSTILE, extra=HOSTILE)
    assert deliver(engine, mailer) == 1
    (message,) = mailbox.messages()
    assert message["To"] == "coachee@example.com" and message["From"] == SENDER
    assert message["Subject"].startswith("Session 1 arranged")
    stored = queued(db)[0]
    assert message["Message-ID"] == f"<outbox-{stored.id}@coaching.example.org>"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert HOSTILE in text and "Claire Bennett arranged Session 1" in text
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
    assert "/relationships/1/sessions/1" in html
    assert stored.sent_at is not None and stored.attempts == 1


def test_while_the_server_refuses_mails_wait_then_each_is_delivered_once(
    db, world, engine, smtp, monkeypatch
):
    mailer, mailbox = smtp
    monkeypatch.setenv("MYECOACH_MAIL_RETRY_SECONDS", "0")
    arrange(db, world)
    arrange(db, world)
    mailbox.refusing = True
    assert deliver(engine, mailer) == 2
    db.expire_all()
    assert [m.sent_at for m in queued(db)] == [None, None]
    assert all("451" in m.last_error for m in queued(db))
    mailbox.refusing = False
    assert deliver(engine, mailer) == 2
    assert deliver(engine, mailer) == 0
    assert len(mailbox.received) == 2
    assert len({m["Message-ID"] for m in mailbox.messages()}) == 2


def test_a_server_that_is_not_there_is_retried_later(db, world, engine, mail_on):
    arrange(db, world)
    unreachable = SmtpMailer.from_url("smtp://127.0.0.1:1")
    assert deliver(engine, unreachable) == 1
    db.expire_all()
    (message,) = queued(db)
    assert message.sent_at is None and message.failed_at is None
    assert message.next_attempt_at.replace(tzinfo=UTC) > datetime.now(UTC)
    assert deliver(engine, unreachable) == 0  # not due yet


def test_after_the_last_attempt_a_mail_is_failed_until_an_admin_retries_it(
    db, world, engine, smtp, monkeypatch
):
    mailer, mailbox = smtp
    monkeypatch.setenv("MYECOACH_MAIL_RETRY_SECONDS", "0")
    arrange(db, world)
    mailbox.refusing = True
    for _ in range(outbox.MAX_ATTEMPTS):
        deliver(engine, mailer)
    assert deliver(engine, mailer) == 0
    (failed,) = outbox.failed_messages(db, admin=world.admin)
    assert failed.attempts == outbox.MAX_ATTEMPTS and "451" in failed.last_error
    with pytest.raises(Exception, match="not found"):
        outbox.failed_messages(db, admin=world.coach)
    mailbox.refusing = False
    outbox.retry(db, admin=world.admin, message_id=failed.id)
    assert deliver(engine, mailer) == 1 and len(mailbox.received) == 1
    assert outbox.failed_messages(db, admin=world.admin) == []


def test_each_due_mail_is_claimed_by_one_worker_at_a_time(db, world, engine, mail_on):
    for _ in range(3):
        arrange(db, world)
    first = outbox.claim(db, worker="a")
    assert len(first) == 3 and outbox.claim(db, worker="b") == []


def test_a_sender_that_dies_after_sending_is_followed_by_the_same_message_id(
    db, world, engine, smtp
):
    mailer, mailbox = smtp
    arrange(db, world)
    (claimed,) = outbox.claim(db, worker="crashed")
    db.exec(  # it sent the message and died before recording it; its lease runs out
        update(OutboxMessage).values(locked_by="", locked_until=datetime.now(UTC) - timedelta(1))
    )
    db.commit()
    run(mailer.send(_message_as_sent(db, claimed)))
    assert deliver(engine, mailer) == 1
    ids = [m["Message-ID"] for m in mailbox.messages()]
    assert len(ids) == 2 and ids[0] == ids[1]


def _message_as_sent(db, claimed_id):
    from myecoach.mail.messages import assemble, message_id

    stored = db.get(OutboxMessage, claimed_id)
    return assemble(
        sender=SENDER,
        to=stored.to_address,
        written=outbox.written(stored),
        message_id=message_id(claimed_id, SENDER),
    )


def test_a_password_link_is_written_when_sent_and_a_voided_one_never_is(db, world, engine, smtp):
    mailer, mailbox = smtp
    accounts.issue_link(db, world.coachee, accounts.LinkPurpose.RESET)
    db.commit()
    newer = accounts.issue_link(db, world.coachee, accounts.LinkPurpose.RESET)
    db.commit()
    assert [m.text for m in queued(db)] == ["", ""]  # no link stored in the outbox
    assert deliver(engine, mailer) == 2
    (message,) = mailbox.messages()
    assert newer in message.get_body(("plain",)).get_content()
    db.expire_all()
    assert queued(db)[0].last_error == LINK_GONE
    token = newer.split("token=")[1]
    assert accounts.link_holder(db, token).email == "coachee@example.com"


def test_changes_carry_the_invitation_that_updates_the_event_in_calendars(db, world, engine, smtp):
    mailer, mailbox = smtp
    session = arrange(db, world)
    cancelled = uc.cancel_session(
        db,
        actor=world.coach,
        relationship_id=session.relationship_id,
        number=session.number,
        expected_version=session.version,
        reason="Double-booked",
    ).session
    assert deliver(engine, mailer) == 2
    invitations = []
    for message in mailbox.messages():
        part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
        calendar = Calendar.from_ical(part.get_content())
        assert part.get_param("method") == calendar["METHOD"]
        (event,) = calendar.walk("VEVENT")
        attachment = next(p for p in message.iter_attachments() if p.get_filename() == "invite.ics")
        assert Calendar.from_ical(attachment.get_content()) == calendar
        invitations.append((str(calendar["METHOD"]), event))
    (request, arranged_event), (cancel, cancelled_event) = invitations
    assert (request, cancel) == ("REQUEST", "CANCEL")
    assert arranged_event["UID"] == cancelled_event["UID"] == cancelled.ical_uid
    assert arranged_event["SEQUENCE"] < cancelled_event["SEQUENCE"] == cancelled.ical_sequence
    assert cancelled_event["STATUS"] == "CANCELLED"
    assert str(cancelled_event["ORGANIZER"]) == "mailto:no-reply@coaching.example.org"
    attendees = sorted(str(a) for a in cancelled_event["ATTENDEE"])
    assert attendees == ["mailto:coach@example.com", "mailto:coachee@example.com"]
