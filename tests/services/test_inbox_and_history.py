"""The notification inbox and a session's history."""

from dataclasses import replace

import pytest

from myecoach.domain.errors import NotFound
from myecoach.services import history, notifications
from tests.services.test_sessions import add, cancel, save


def test_the_inbox_lists_newest_first_with_links_and_unread_marks(db, world):
    session = save(db, world, add(db, world))
    cancel(db, world, session, reason="Clash")
    items = notifications.inbox(db, user=world.coachee)
    assert [i.kind for i in items] == ["cancelled", "arranged"]
    assert all(not i.read for i in items)
    assert (items[0].relationship_id, items[0].session_number) == (world.relationship.id, 1)
    assert notifications.unread_count(db, user=world.coachee) == 2
    assert notifications.unread_count(db, user=world.coach) == 0


def test_mark_one_and_mark_all_as_read(db, world):
    session = save(db, world, add(db, world))
    cancel(db, world, session, reason="Clash")
    newest = notifications.inbox(db, user=world.coachee)[0]
    notifications.mark_read(db, user=world.coachee, notification_id=newest.id)
    assert notifications.unread_count(db, user=world.coachee) == 1
    notifications.mark_all_read(db, user=world.coachee)
    assert notifications.unread_count(db, user=world.coachee) == 0


def test_the_live_summary_is_the_unread_count_and_the_newest_notification(db, world):
    nothing = notifications.InboxSummary(0, None)
    assert notifications.inbox_summary(db, user_id=world.coachee.id) == nothing
    session = save(db, world, add(db, world))
    cancel(db, world, session, reason="Clash")
    newest = notifications.inbox(db, user=world.coachee)[0]
    notifications.mark_read(db, user=world.coachee, notification_id=newest.id)
    summary = notifications.inbox_summary(db, user_id=world.coachee.id)
    assert summary == notifications.InboxSummary(1, replace(newest, read=True))
    assert notifications.inbox_summary(db, user_id=world.coach.id) == nothing


def test_nobody_can_mark_someone_elses_notification(db, world):
    save(db, world, add(db, world))
    [item] = notifications.inbox(db, user=world.coachee)
    notifications.mark_read(db, user=world.outsider, notification_id=item.id)
    assert notifications.unread_count(db, user=world.coachee) == 1


def test_history_shows_each_step_with_who_and_who_was_told(db, world):
    session = save(db, world, add(db, world), notify=False)
    cancel(db, world, session, actor=world.coachee, reason="Clash")
    entries = history.session_history(
        db, actor=world.coach, relationship_id=world.relationship.id, number=1
    )
    assert [(e.action, e.actor, e.notified) for e in entries] == [
        ("Added", "Claire Bennett", ""),
        ("Arranged", "Claire Bennett", ""),
        ("Cancelled", "Daniel Okafor", "Claire Bennett"),
    ]
    assert ("Reason", "", "Clash") in [(c.field, c.old, c.new) for c in entries[-1].changes]


def test_outsiders_cannot_read_history(db, world):
    add(db, world)
    with pytest.raises(NotFound):
        history.session_history(
            db, actor=world.outsider, relationship_id=world.relationship.id, number=1
        )
