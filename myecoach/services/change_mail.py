"""E-mails about a change to a session, queued with the change: one per person told who
wants e-mails about changes, written for them, with the session's details and address."""

from email.utils import parseaddr

from sqlalchemy import bindparam
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from myecoach import routes, settings
from myecoach.domain.calendar import invitation_ical
from myecoach.domain.local_times import slot_text
from myecoach.domain.statuses import SessionStatus
from myecoach.domain.wording import ChangeKind, session_title
from myecoach.mail.messages import change_mail
from myecoach.models import User
from myecoach.services import outbox
from myecoach.services.access import LoadedSession
from myecoach.services.calendar import session_event

_NAMES_AND_ADDRESSES = (  # built once: the attendees of every invitation e-mailed
    sa_select(col(User.name), col(User.email))
    .where(col(User.id).in_(bindparam("ids", expanding=True)))
    .order_by(col(User.id))
)


def queue_change_mails(
    db: Session, loaded: LoadedSession, kind: ChangeKind, told: list[tuple[User, str]]
) -> None:
    """Queue, in the change's transaction, an e-mail to each (person, message) told who wants
    e-mails about changes; for an arranged or cancelled session, with the invitation that
    updates it in their calendar."""
    if not settings.mail_enabled():
        return  # nothing would be sent: do not write them
    session = loaded.session
    invitation, method = _invitation(db, loaded)
    for person, message in told:
        if not person.email_changes:
            continue
        written = change_mail(
            subject=f"{session_title(session.number)} {kind.value} · {loaded.programme.name}",
            message=message,
            details=session_details(loaded, person.time_zone),
            url=settings.base_url() + routes.session_url(session.relationship_id, session.number),
        )
        outbox.queue(
            db,
            user=person,
            kind=outbox.CHANGE,
            dedupe_key=f"change:{session.id}:{session.version}:{person.id}",
            written=written,
            calendar=invitation,
            calendar_method=method,
        )


def _invitation(db: Session, loaded: LoadedSession) -> tuple[str, str]:
    """The session's invitation and its METHOD, with both participants as attendees; none
    for a session without an event or one completed (calendars keep it as it was)."""
    session, relationship = loaded.session, loaded.relationship
    if session.status not in (SessionStatus.ARRANGED, SessionStatus.CANCELLED) or not (
        settings.mail_enabled() and session.id
    ):
        return "", ""
    event = session_event(db, session.id)
    if event is None:
        return "", ""
    participants = db.execute(
        _NAMES_AND_ADDRESSES, {"ids": [relationship.coach_id, relationship.coachee_id]}
    ).all()
    organizer = parseaddr(settings.mail_from() or "")[1]
    invitation, method = invitation_ical(
        event, organizer=organizer, attendees=[(name, email) for name, email in participants]
    )
    return invitation.decode(), method


def session_details(loaded: LoadedSession, zone: str) -> list[tuple[str, str]]:
    """What an e-mail says about a session (its time in the reader's ``zone``): when, how,
    where, and any notes or reason."""
    session = loaded.session
    slot = session.slot()
    details = [
        ("Status", session.status),
        ("When", slot_text(slot, zone) if slot else "No date yet"),
        ("Type", session.session_type or "Not chosen yet"),
        ("Location", session.location or "—"),
    ]
    if session.extra_information:
        details.append(("Extra information", session.extra_information))
    if session.status == SessionStatus.CANCELLED:
        details.append(("Reason for cancelling", session.cancellation_reason))
    return details
