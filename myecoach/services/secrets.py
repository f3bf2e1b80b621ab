"""The server secret: MYECOACH_SECRET_KEY, else one generated once and kept in the database,
so every instance of a deployment derives the same keys from it."""

import secrets

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from myecoach import settings
from myecoach.models import ServerSecret

GENERATED = "generated"


_generated: bytes | None = None  # read once per process: it never changes


def server_secret(db: Session) -> bytes:
    """The secret keys are derived from; generated and stored on first use when not set."""
    global _generated
    configured = settings.secret_key()
    if configured:
        return configured.encode()
    if _generated is None:
        _generated = _stored_secret(db)
    return _generated


def _stored_secret(db: Session) -> bytes:
    """The deployment's generated secret, stored first if need be, in a transaction of its
    own (committing it must not commit whatever the caller has not yet)."""
    with Session(db.get_bind()) as own:
        stored = own.get(ServerSecret, GENERATED)
        if stored is None:
            own.add(ServerSecret(name=GENERATED, value=secrets.token_hex(32)))
            try:
                own.commit()
            except IntegrityError:  # another instance stored one first: use theirs
                own.rollback()
            stored = own.get(ServerSecret, GENERATED)
        assert stored is not None
        return stored.value.encode()
