"""Pages of a long list, counted only so far past the page shown: a count that grew with the
table would make every page cost more as the data grows."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func
from sqlalchemy import select as sa_select
from sqlmodel import Session

COUNT_AHEAD = 1000  # matches counted past the page shown: beyond, lists say "1000+"
PAGES_MAX = 1_000_000  # further than any list goes: a client's page number stays a sane size


@dataclass(frozen=True)
class Paging:
    """Where a page is in a list: its number, how many there are (at least, when more)."""

    page: int
    pages: int
    total: int
    more: bool


def page_of(
    db: Session, matches: Select[Any, int | None], *, page: int, size: int, searched: bool
) -> tuple[list[int], Paging]:
    """The ids on the page wanted (the last one when past the end) of the rows ``matches``
    selects (an order key, then the id), in that order, and where the page is. A search's
    matches are read once, with their count; a plain list's twice along its index (reading
    an index twice costs less than sorting a thousand rows once)."""
    page = min(max(1, page), PAGES_MAX)
    counted_to = (page - 1) * size + COUNT_AHEAD
    order = list(matches.selected_columns)
    counted = sa_select(func.count()).select_from(matches.limit(counted_to + 1).subquery())
    if searched:  # the page is among the first matches in list order: one read finds both
        first = matches.order_by(*order).limit(counted_to + 1).subquery()
        keys = list(first.c)
        shown = sa_select(keys[-1], func.count().over()).order_by(*keys)
    else:
        shown = matches.with_only_columns(order[-1], counted.scalar_subquery()).order_by(*order)
    rows = db.execute(shown.offset((page - 1) * size).limit(size)).all()
    if not rows and page == 1:
        return [], Paging(1, 1, 0, False)
    if not rows:  # past the end: all the matches were counted, so the last page is known
        total = db.execute(counted).scalar_one()
        return page_of(db, matches, page=-(-total // size), size=size, searched=searched)
    total, more = min(rows[0][1], counted_to), rows[0][1] > counted_to
    return [row[0] for row in rows], Paging(page, max(1, -(-total // size)), total, more)
