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
    offset: int


def paging(db: Session, matches: Select[Any], *, page: int, size: int) -> Paging:
    """The page wanted (the last one when past the end) of the rows ``matches`` selects."""
    page = min(max(1, page), PAGES_MAX)
    counted_to = (page - 1) * size + COUNT_AHEAD
    counted = db.execute(
        sa_select(func.count()).select_from(matches.limit(counted_to + 1).subquery())
    ).scalar_one()
    total, more = min(counted, counted_to), counted > counted_to
    pages = max(1, -(-total // size))
    page = min(page, pages)
    return Paging(page, pages, total, more, (page - 1) * size)
