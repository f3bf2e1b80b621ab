"""What users see when the server fails: a clear "try again", never a blank page."""

import logging
import traceback

import reflex as rx
from redis.exceptions import RedisError
from reflex.event import EventSpec
from sqlalchemy.exc import DBAPIError

logger = logging.getLogger("myecoach")

OUTAGE = "We cannot reach the database right now, so nothing was saved. Please try again shortly."
# True because Reflex locks and reads the tab's state in Redis before any handler runs; the
# rare outage while a handler runs is described in the README ("Production").
STORE_OUTAGE = (
    "We cannot reach the server's session store right now, so nothing was saved. "
    "Please try again shortly."
)
FAILURE = (
    "Something went wrong and nothing was saved. Please try again; "
    "if it keeps happening, tell your admin team."
)


def report_failure(exception: Exception) -> EventSpec:
    """Log the failure and tell the user to try again."""
    logger.error("".join(traceback.format_exception(exception)))
    return rx.toast.error(_message(exception), id="backend-error", duration=10000)


def _message(exception: Exception) -> str:
    if isinstance(exception, RedisError):  # Reflex keeps app state in Redis when it is set
        return STORE_OUTAGE
    if isinstance(exception, DBAPIError | ConnectionError | TimeoutError):
        return OUTAGE
    return FAILURE
