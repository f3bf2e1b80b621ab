"""The status table of the product rules, every row allowed and every other refused."""

import pytest

from myecoach.domain import statuses as s
from myecoach.domain.errors import TransitionRefused
from myecoach.domain.statuses import SessionStatus as S

ALL = list(S)


def test_a_new_session_without_a_date_is_to_be_arranged():
    assert s.status_when_added(scheduled=False) == S.TO_BE_ARRANGED


@pytest.mark.parametrize("current", [S.TO_BE_ARRANGED, S.ARRANGED])
def test_saving_with_date_and_times_arranges(current):
    assert s.status_after_save(current, scheduled=True) == S.ARRANGED


def test_saving_a_to_be_arranged_session_without_a_date_keeps_it_to_be_arranged():
    assert s.status_after_save(S.TO_BE_ARRANGED, scheduled=False) == S.TO_BE_ARRANGED


def test_an_arranged_session_cannot_lose_its_date_by_saving():
    with pytest.raises(TransitionRefused, match="cancel the session instead"):
        s.status_after_save(S.ARRANGED, scheduled=False)


@pytest.mark.parametrize("current", [S.COMPLETED, S.CANCELLED])
@pytest.mark.parametrize("scheduled", [True, False])
def test_completed_and_cancelled_sessions_cannot_be_edited(current, scheduled):
    with pytest.raises(TransitionRefused, match=r"Reactivate|no longer be edited"):
        s.status_after_save(current, scheduled=scheduled)


def test_marking_completed_needs_an_arranged_session_that_has_started():
    assert s.status_after_complete(S.ARRANGED, started=True) == S.COMPLETED
    with pytest.raises(TransitionRefused, match="once it has started"):
        s.status_after_complete(S.ARRANGED, started=False)


@pytest.mark.parametrize("current", [S.TO_BE_ARRANGED, S.COMPLETED, S.CANCELLED])
def test_only_arranged_sessions_can_be_completed(current):
    with pytest.raises(TransitionRefused, match="cannot be marked as completed"):
        s.status_after_complete(current, started=True)
    assert not s.can_complete(current, started=True)


def test_only_an_arranged_session_whose_time_has_passed_awaits_completion():
    assert s.awaits_completion(S.ARRANGED, ended=True, open_=True)
    assert not s.awaits_completion(S.ARRANGED, ended=False, open_=True)
    for other in (S.TO_BE_ARRANGED, S.COMPLETED, S.CANCELLED):
        assert not s.awaits_completion(other, ended=True, open_=True)


def test_a_closed_relationships_sessions_await_nothing():
    assert not s.awaits_completion(S.ARRANGED, ended=True, open_=False)


@pytest.mark.parametrize("current", [S.TO_BE_ARRANGED, S.ARRANGED])
def test_open_sessions_can_be_cancelled(current):
    assert s.status_after_cancel(current) == S.CANCELLED


@pytest.mark.parametrize("current", [S.COMPLETED, S.CANCELLED])
def test_closed_sessions_cannot_be_cancelled(current):
    with pytest.raises(TransitionRefused, match="cannot be cancelled"):
        s.status_after_cancel(current)


@pytest.mark.parametrize(("scheduled", "expected"), [(True, S.ARRANGED), (False, S.TO_BE_ARRANGED)])
def test_reactivating_returns_to_the_status_its_date_gives(scheduled, expected):
    assert s.status_after_reactivate(S.CANCELLED, scheduled=scheduled) == expected


@pytest.mark.parametrize("current", [S.TO_BE_ARRANGED, S.ARRANGED, S.COMPLETED])
def test_only_cancelled_sessions_can_be_reactivated(current):
    with pytest.raises(TransitionRefused, match="Only a cancelled session"):
        s.status_after_reactivate(current, scheduled=True)


def test_status_names_are_the_ones_users_see():
    assert [str(x) for x in ALL] == ["To be Arranged", "Arranged", "Completed", "Cancelled"]
