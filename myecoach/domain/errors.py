"""Errors raised by the rules, each with a message fit to show a user."""


class DomainError(Exception):
    """A rule refused an action; ``message`` explains why to the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(DomainError):
    """The thing does not exist, or the user may not know that it does."""

    def __init__(self, what: str = "Page") -> None:
        super().__init__(f"{what} not found.")


class NotAnAdmin(NotFound):
    """Someone outside the admin team asked for the admin area: it does not exist for them."""

    def __init__(self) -> None:
        super().__init__("Page")


class SignInRefused(DomainError):
    """The e-mail or password was wrong, or there have been too many attempts."""


class TransitionRefused(DomainError):
    """The session's status does not allow the requested action."""


class StaleVersion(DomainError):
    """Someone else changed the session since the user loaded it."""

    def __init__(self, number: int) -> None:
        super().__init__(
            f"Session {number} was changed by someone else since you opened it. "
            "Nothing was saved: reload to see the latest version, then make your change again."
        )


class AddedMeanwhile(DomainError):
    """Two people added a session to the same relationship at the same moment."""

    def __init__(self) -> None:
        super().__init__("Someone added a session at the same moment. Try again.")


class RelationshipClosed(DomainError):
    """The relationship is closed, so its sessions can no longer change."""


class ValidationFailed(DomainError):
    """One or more fields are invalid; ``errors`` maps each field to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(" ".join(errors.values()))
        self.errors = errors


CLASH_TITLE = "This time clashes with another session."


class ClashFound(DomainError):
    """The time overlaps other arranged sessions: saving it needs the actor to confirm."""

    def __init__(self, warnings: list[str]) -> None:
        super().__init__(f"{CLASH_TITLE} Nothing was saved. {' '.join(warnings)}")
        self.warnings = warnings
