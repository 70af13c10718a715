"""Retries wait longer each time, and as long as the server's Retry-After asks."""

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from scrapy import Request

from scrapers.middlewares import BackoffRetryMiddleware
from scrapers.run import project_settings


@pytest.fixture
def middleware():
    return BackoffRetryMiddleware(
        project_settings({"RETRY_BACKOFF_BASE": 2.0, "RETRY_BACKOFF_MAX": 60.0})
    )


def retry_number(attempt: int) -> Request:
    return Request("http://127.0.0.1/item", meta={"retry_times": attempt})


@pytest.mark.parametrize(("attempt", "seconds"), [(1, 2.0), (2, 4.0), (3, 8.0), (6, 60.0)])
def test_each_retry_waits_twice_as_long_up_to_the_cap(middleware, attempt, seconds):
    assert middleware._delay(retry_number(attempt), None) == seconds


def test_retry_after_in_seconds_wins_when_longer(middleware):
    assert middleware._delay(retry_number(1), b"30") == 30.0
    assert middleware._delay(retry_number(3), b"1") == 8.0


def test_retry_after_as_an_http_date(middleware):
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=40), usegmt=True)
    assert 35.0 < middleware._delay(retry_number(1), when.encode()) <= 40.0


def test_retry_after_never_exceeds_the_cap(middleware):
    assert middleware._delay(retry_number(1), b"86400") == 60.0


def test_an_unreadable_retry_after_falls_back_to_backoff(middleware):
    assert middleware._delay(retry_number(2), b"soon") == 4.0
