"""What users see when the server fails: a clear "try again", never a blank page."""

import logging
import traceback

import reflex as rx
from redis.exceptions import RedisError
from reflex.event import EventSpec
from sqlalchemy.exc import DBAPIError

logger = logging.getLogger("myecoach")

OUTAGE = "We cannot reach the database right now, so nothing was saved. Please try again shortly."
FAILURE = (
    "Something went wrong and nothing was saved. Please try again; "
    "if it keeps happening, tell your admin team."
)


def report_failure(exception: Exception) -> EventSpec:
    """Log the failure and tell the user to try again."""
    logger.error("".join(traceback.format_exception(exception)))
    outage = isinstance(exception, DBAPIError | RedisError | ConnectionError | TimeoutError)
    return rx.toast.error(OUTAGE if outage else FAILURE, id="backend-error", duration=10000)
