"""What every admin page state shares: not found for anyone but the admin team, field
errors beside their fields."""

from typing import Any

import reflex as rx

from myecoach.domain.errors import DomainError, NotAnAdmin, ValidationFailed
from myecoach.state.auth import AuthState


class AdminPageState(AuthState):
    """An admin page: the same not-found as a missing page for anyone else."""

    not_found: bool = False
    loaded: bool = False
    errors: dict[str, str] = {}

    def _refused(self, error: DomainError) -> Any:
        """Non-admins see nothing; field errors go beside their fields; else a toast."""
        if isinstance(error, NotAnAdmin):
            self.not_found, self.loaded = True, True
            return None
        if isinstance(error, ValidationFailed):
            self.errors = error.errors
            return rx.toast.error("Please correct the highlighted fields. Nothing was saved.")
        return super()._refused(error)

    def _shown(self) -> None:
        """The page's data has arrived for an admin."""
        self.not_found, self.loaded, self.errors = False, True, {}
