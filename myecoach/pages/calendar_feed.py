"""The calendar feed's own page, until it moves onto the account page."""

import reflex as rx

from myecoach.components.calendar_feed import calendar_feed_card
from myecoach.components.layout import loading, page
from myecoach.state.calendar_feed import CalendarFeedState as S


def calendar_feed_page() -> rx.Component:
    """The `Calendar feed` card."""
    return page(rx.cond(S.loaded, calendar_feed_card(), loading()), title="Your calendar")
