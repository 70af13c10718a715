"""Health verdicts: a source fails the night on its own or against its own history."""

import subprocess
import sys

import pytest
import sqlite_utils

from pipeline.archive import Archive
from pipeline.runs import RunSummary, assess
from sample_site.server import Fault, SampleSite

from .conftest import FAST_CRAWL, ROOT

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis


def run(items=10, errors=0, pages=None, unchanged=0, reason="finished", robots=0):
    return RunSummary(
        pages_fetched=items + 1 if pages is None else pages,
        items_new=items,
        items_changed=0,
        items_unchanged=unchanged,
        errors=errors,
        robots_forbidden=robots,
        finish_reason=reason,
    )


USUAL = [run(items=10, errors=0), run(items=12, errors=1), run(items=10, errors=0)]


@pytest.mark.parametrize(
    ("summary", "history", "verdict"),
    [
        (run(), [], ("ok", None)),
        (run(items=4), USUAL[:2], ("ok", None)),  # two runs are no history yet
        (run(items=6), USUAL, ("ok", None)),
        (run(items=0, unchanged=11), USUAL, ("ok", None)),  # known items count as listed
        (run(items=4), USUAL,
         ("failed", "4 items, far below the usual 10 (median of the last 3 runs)")),
        (run(items=10, errors=4, pages=11), USUAL,
         ("failed", "error rate 36%, far above the usual 0% (median of the last 3 runs)")),
        (run(items=10, errors=1, pages=11), USUAL, ("ok", None)),  # under the 10 % floor
        (run(items=0, pages=3), USUAL, ("failed", "zero items from 3 pages fetched")),
        (run(items=0, pages=0), [], ("failed", "unreachable: no page could be fetched")),
        (run(items=0, robots=2), [],
         ("failed", "robots.txt forbids the pages to crawl (2 requests refused)")),
        (run(reason="shutdown"), USUAL, ("failed", "crawl ended early (shutdown)")),
    ],
)
def test_assess(summary, history, verdict):
    assert assess(summary, history) == verdict


def history_of(db_path, spider: str, items: int, runs: int) -> None:
    with Archive.open(db_path) as archive:
        for night in range(runs):
            run_id = archive.start_run(spider, f"2026-11-0{night + 1}T01:00:00+00:00")
            archive.finish_run(
                run_id, finished_at=f"2026-11-0{night + 1}T01:05:00+00:00", status="ok",
                reason=None, pages_fetched=items + 2, items_new=0, items_changed=0,
                items_unchanged=items, errors=0,
            )


def test_a_source_far_below_its_usual_item_count_fails_the_night(tmp_path):
    db_path = tmp_path / "archive.db"
    history_of(db_path, "kreis_unna", items=12, runs=3)
    with SampleSite(ROOT / "sample_site" / "kreis_unna") as site:
        # the list page's second page is gone: one item of three is left
        site.faults["/nachrichten/?seite=2"] = Fault(status=404)
        result = subprocess.run(
            [sys.executable, "-m", "pipeline", "crawl", "kreis_unna", f"--db={db_path}",
             f"--warc-dir={tmp_path / 'warc'}", f"--mirror=kreis_unna={site.base_url}/nachrichten/",
             *(f"--set={key}={value}" for key, value in FAST_CRAWL.items())],
            cwd=ROOT, capture_output=True, text=True, timeout=60,
        )

    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "kreis_unna: FAILED: 2 items, far below the usual 12 (median of the last 3 runs)"
    )
    last = list(sqlite_utils.Database(db_path)["crawl_runs"].rows_where(order_by="id"))[-1]
    assert (last["status"], last["items_new"], last["errors"]) == ("failed", 2, 1)
