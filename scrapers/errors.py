"""Errors raised by the collection stage.

    ScrapeError
    ├── FetchError          the server or network failed us (status, timeout, refused)
    │   └── BodyTooLarge    the response is larger than the configured limit
    ├── FeedError           a feed could not be read at all
    └── ParseError          a page held no article text we could find

Each carries the URL it concerns, so a failure names its item.
"""

from __future__ import annotations


class ScrapeError(Exception):
    """Base class: one item (feed or page) failed; the run goes on."""

    stage = "scrape"

    def __init__(self, url: str, message: str) -> None:
        super().__init__(f"{url}: {message}")
        self.url = url
        self.reason = message


class FetchError(ScrapeError):
    stage = "fetch"


class BodyTooLarge(FetchError):
    pass


class FeedError(ScrapeError):
    stage = "feed"


class ParseError(ScrapeError):
    stage = "parse"
