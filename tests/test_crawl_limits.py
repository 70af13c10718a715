"""Crawl limits in the run's verdict: each cut is counted and fails the run, never silently."""

import pytest

from pipeline.archive import Archive
from pipeline.runs import RunSummary, assess
from scrapers.limits import cuts
from scrapers.run import SourceResult

HEALTHY = RunSummary(pages_fetched=40, items_new=5, items_changed=0, items_unchanged=30,
                     errors=0, robots_forbidden=0, finish_reason="finished")  # fmt: skip


def summary(**changes) -> RunSummary:
    return RunSummary(**{**HEALTHY.__dict__, **changes})


@pytest.mark.parametrize(
    ("stats", "reason", "expected"),
    [
        ({}, "finished", {}),
        ({"limits/max_links_per_page": 2, "limits/max_response_bytes": 1}, "finished",
         {"max_links_per_page": 2, "max_response_bytes": 1}),
        ({"depth/request_ignored_count": 7}, "finished", {"max_depth": 7}),
        ({}, "closespider_pagecount", {"max_pages": 1}),
        ({"limits/max_sitemap_bytes": 1}, "closespider_timeout",
         {"max_run_seconds": 1, "max_sitemap_bytes": 1}),
    ],
)
def test_the_cuts_of_a_run_come_from_its_stats_and_close_reason(stats, reason, expected):
    assert cuts({"downloader/response_count": 12, **stats}, reason) == expected


def test_a_run_without_cuts_is_judged_as_before():
    assert assess(summary()) == ("ok", None)


@pytest.mark.parametrize(
    ("finish_reason", "run_cuts", "why"),
    [
        ("finished", {"max_depth": 12, "max_links_per_page": 1},
         "cut by crawl limits: max_depth 12x, max_links_per_page 1x"),
        ("closespider_pagecount", {"max_pages": 1}, "cut by crawl limits: max_pages 1x"),
        ("closespider_timeout", {"max_run_seconds": 1},
         "cut by crawl limits: max_run_seconds 1x"),
    ],
)
def test_a_cut_run_fails_saying_which_limit_cut_it_and_how_often(finish_reason, run_cuts, why):
    verdict = assess(summary(finish_reason=finish_reason, cuts=run_cuts))

    assert verdict == ("failed", why)
    assert SourceResult("x", *verdict, {}).line() == f"x: FAILED: {why}"


def test_a_full_archive_is_named_before_the_cuts():
    verdict = assess(summary(finish_reason="archive_full", cuts={"max_depth": 1}))

    assert verdict == ("failed", "the archive database is full")


def test_the_run_row_keeps_its_cuts(tmp_path):
    with Archive.open(tmp_path / "archive.db") as archive:
        run_id = archive.start_run("x", "2026-01-01T00:00:00+00:00")
        archive.finish_run(run_id, finished_at="2026-01-01T00:10:00+00:00", status="failed",
                           reason="cut", pages_fetched=3, items_new=1, items_changed=0,
                           items_unchanged=0, errors=0, cuts={"max_pages": 1})  # fmt: skip
        row = archive.db["crawl_runs"].get(run_id)

    assert row["cuts"] == '{"max_pages": 1}'
