"""Server failures give users a clear message to try again."""

from redis.exceptions import ConnectionError as RedisDown
from sqlalchemy.exc import OperationalError

from myecoach.state.failures import FAILURE, OUTAGE, STORE_OUTAGE, report_failure


def _message(event) -> str:
    return str(event.args)


def test_a_database_outage_says_so_and_asks_to_try_again():
    assert "try again" in OUTAGE
    assert OUTAGE in _message(report_failure(OperationalError("SELECT 1", {}, Exception("down"))))


def test_any_other_failure_asks_to_try_again():
    assert FAILURE in _message(report_failure(ValueError("bug")))


def test_a_redis_outage_names_the_session_store_and_asks_to_try_again():
    assert "nothing was saved" in STORE_OUTAGE and "try again" in STORE_OUTAGE
    assert STORE_OUTAGE in _message(report_failure(RedisDown("Error 111 connecting")))
