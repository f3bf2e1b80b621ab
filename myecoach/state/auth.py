"""Who is signed in, and the one way into an event handler.

Any browser, or a raw socket.io client, can send any public handler of any state with any
arguments. So every handler of every myecoach state is wrapped by `signed_in` or `anyone`:
the client's arguments are bound to the handler's signature and checked against its types,
the user is re-derived on the server from the browser's opaque token, and a rule's refusal
becomes a message (tests/unit/test_guard.py checks that no handler is left out).
"""

import functools
import inspect
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Union, get_args, get_origin

import reflex as rx
from sqlmodel import Session

from myecoach import routes, settings
from myecoach.db import unit_of_work
from myecoach.domain.errors import DomainError, NotFound
from myecoach.models import User
from myecoach.services import auth

TOKEN_COOKIE = "myecoach_token"
GUARD_MARKER = "_myecoach_guard"


@dataclass(frozen=True)
class Caller:
    """A signed-in user, their browser's token and the unit of work their event runs in."""

    db: Session
    user: User
    token: str


@dataclass(frozen=True)
class Visitor:
    """Whoever sent the event, signed in or not, and the unit of work it runs in."""

    db: Session
    user: User | None
    token: str


def signed_in(handler: Callable) -> Callable:
    """An event handler for signed-in users: anyone else is sent to sign in."""
    return _guard(handler, require_user=True)


def anyone(handler: Callable) -> Callable:
    """An event handler also open to visitors who are not signed in (sign-in, set password)."""
    return _guard(handler, require_user=False)


class AuthState(rx.State):
    """The browser's opaque token and the signed-in user as the top bar shows them."""

    token: str = rx.Cookie(
        "",
        name=TOKEN_COOKIE,
        same_site="strict",
        max_age=int(auth.TOKEN_LIFETIME.total_seconds()),
        secure=settings.public_url_is_https(),
    )
    user_name: str = ""
    is_admin: bool = False  # for display only: services check the rules themselves

    def _refused(self, error: DomainError) -> Any:
        """How this page shows a refused action: by default a toast with the reason."""
        return rx.toast.error(error.message, duration=10000)

    def _route_id(self, name: str) -> int:
        """A positive id from this page's route (0, which nothing has, when it is not one)."""
        return routes.parse_id(getattr(self, name, "")) or 0

    def _enter(self, db: Session) -> tuple[User | None, str]:
        """Re-derive the user from the token and refresh the top bar."""
        token = self.token if isinstance(self.token, str) else ""
        user = auth.user_for_token(db, token)
        self.user_name = user.name if user else ""
        self.is_admin = bool(user and user.is_admin)
        return user, token


def form_text(form: dict, name: str) -> str:
    """A form field as the browser sends it: text. Anything else is not a request we know."""
    value = form.get(name, "")
    if not isinstance(value, str):
        raise NotFound()
    return value


def _guard(handler: Callable, *, require_user: bool) -> Callable:
    self_parameter, caller_parameter, *public = inspect.signature(handler).parameters.values()
    client_signature = inspect.Signature([self_parameter, *public])
    expected = {p.name: p.annotation for p in public}

    @functools.wraps(handler)
    async def event(self: rx.State, **arguments: Any) -> Any:
        identity = self if isinstance(self, AuthState) else await self.get_state(AuthState)
        try:
            bound = client_signature.bind(self, **arguments)
        except TypeError:
            return identity._refused(NotFound())
        sent = list(bound.arguments.items())[1:]
        if not all(_fits(value, expected[name]) for name, value in sent):
            return identity._refused(NotFound())
        with unit_of_work() as db:
            user, token = identity._enter(db)
            if user is None and require_user:
                return rx.redirect(routes.SIGN_IN)
            caller = Caller(db, user, token) if require_user else Visitor(db, user, token)
            try:
                result = handler(self, caller, *bound.args[1:], **bound.kwargs)
                return await result if inspect.isawaitable(result) else result
            except DomainError as error:
                db.rollback()
                return identity._refused(error)

    event.__signature__ = client_signature  # type: ignore[attr-defined]
    event.__annotations__ = {
        name: kind
        for name, kind in handler.__annotations__.items()
        if name != caller_parameter.name
    }
    setattr(event, GUARD_MARKER, "signed_in" if require_user else "anyone")
    return rx.event(event)


def _fits(value: Any, annotation: Any) -> bool:
    """Whether a value the client sent has the type the handler declares."""
    if annotation is inspect.Parameter.empty or annotation is Any:
        return True
    if get_origin(annotation) in (Union, types.UnionType):
        return any(_fits(value, option) for option in get_args(annotation))
    if annotation is None or annotation is type(None):
        return value is None
    if annotation in (int, float) and type(value) is bool:
        return False
    origin = get_origin(annotation) or annotation
    if not (isinstance(origin, type) and isinstance(value, origin)):
        return False
    if origin is list and get_args(annotation):
        return all(_fits(item, get_args(annotation)[0]) for item in value)
    return True
