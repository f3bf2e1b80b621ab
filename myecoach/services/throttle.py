"""Sign-in throttling: failed attempts per client address, per account from one address, and
overall. Counted in memory on one process, in Redis when several instances share it."""

import hashlib
from dataclasses import dataclass
from functools import cache

from limits import RateLimitItem, parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from myecoach import settings

PER_ACCOUNT_FROM_ONE_ADDRESS = parse("5 per 15 minutes")
PER_ADDRESS = parse("30 per 15 minutes")
OVERALL = parse("1000 per 15 minutes")
LIMITS: tuple[tuple[str, RateLimitItem], ...] = (
    ("account", PER_ACCOUNT_FROM_ONE_ADDRESS),
    ("address", PER_ADDRESS),
    ("overall", OVERALL),
)


@dataclass(frozen=True)
class Attempt:
    """One attempt: the account it names, the address it comes from, and what it tries
    ("sign-in", or "reset" for a forgotten password: counted apart)."""

    email: str
    address: str
    purpose: str = "sign-in"

    def keys(self) -> dict[str, tuple[str, ...]]:
        """What each limit counts this attempt under."""
        account = hashlib.sha256(self.email.encode("utf-8", "replace")).hexdigest()
        return {
            "account": (self.purpose, "account", account, self.address),
            "address": (self.purpose, "address", self.address),
            "overall": (self.purpose, "overall"),
        }


class SignInThrottle:
    """Refuses attempts once a limit of failed ones is reached; only failures count."""

    def __init__(self, storage_uri: str = "memory://") -> None:
        self._limiter = MovingWindowRateLimiter(storage_from_string(storage_uri))

    def allows(self, attempt: Attempt) -> bool:
        """Whether every limit still has room for one more failure."""
        keys = attempt.keys()
        return all(self._limiter.test(limit, *keys[name]) for name, limit in LIMITS)

    def record_failure(self, attempt: Attempt) -> None:
        """Count a failed attempt against every limit."""
        keys = attempt.keys()
        for name, limit in LIMITS:
            self._limiter.hit(limit, *keys[name])


@cache
def sign_in_throttle() -> SignInThrottle:
    """This process's throttle: shared through Redis when instances share one."""
    return SignInThrottle(settings.redis_url() or "memory://")
