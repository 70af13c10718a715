"""What a crawl run did, and whether the night was clean for that source.

A run fails on its own (ended early, robots.txt, unreachable, zero items) or against the
source's history: compared with the median of its last healthy runs, far fewer items or a
much higher error rate than usual mean the site changed or broke, even though items came in.
"""

from dataclasses import dataclass, field
from statistics import median

# How many of the source's last healthy runs form its usual; fewer than MIN_HISTORY: no verdict.
HISTORY_RUNS = 7
MIN_HISTORY = 3
# Fewer items than this share of the usual count fail the run (a list page lost its links).
ITEM_DROP = 0.5
# An error rate above ERROR_RATE_RISE times the usual, and above ERROR_RATE_FLOOR, fails it:
# the floor keeps a source with no usual errors from failing on one or two broken pages.
ERROR_RATE_RISE = 3.0
ERROR_RATE_FLOOR = 0.1


@dataclass(frozen=True)
class RunSummary:
    pages_fetched: int
    items_new: int
    items_changed: int
    items_unchanged: int
    errors: int
    robots_forbidden: int
    finish_reason: str
    items_rejected: int = 0
    # Crawl limits that cut the run, and how often: {"max_depth": 12} (scrapers/limits.py).
    cuts: dict[str, int] = field(default_factory=dict)

    @property
    def items(self) -> int:
        """Items the source listed: kept, skipped as known, or left out by the relevance filter."""
        return self.items_new + self.items_changed + self.items_unchanged + self.items_rejected

    @property
    def error_rate(self) -> float:
        """Failed pages per page wanted."""
        wanted = self.pages_fetched + self.items_unchanged
        return self.errors / wanted if wanted else 0.0


# Why a crawl was closed before its end, for a person (Scrapy's close reasons, and ours).
EARLY_ENDS = {
    "archive_full": "the archive database is full",
}
# Scrapy's close reasons that are a crawl limit reached, and the limit's name in sources.toml:
# the run counts them among its cuts.
LIMIT_ENDS = {
    "closespider_pagecount": "max_pages",
    "closespider_timeout": "max_run_seconds",
}


def assess(summary: RunSummary, history: list[RunSummary] = ()) -> tuple[str, str | None]:
    """('ok', None) or ('failed', a one-line reason a person can act on).

    `history` holds the source's last healthy runs, newest first.
    """
    if summary.finish_reason != "finished" and summary.finish_reason not in LIMIT_ENDS:
        why = EARLY_ENDS.get(summary.finish_reason, f"crawl ended early ({summary.finish_reason})")
        return "failed", why
    if summary.cuts:
        # Never silent: a limit too low for a genuine site must be raised for it (sources.toml).
        return "failed", "cut by crawl limits: " + ", ".join(
            f"{limit} {count}x" for limit, count in summary.cuts.items()
        )
    if summary.pages_fetched == 0 and not summary.robots_forbidden:
        # Checked before the items: listings served from the HTTP cache would make a source
        # that is down look like a night where nothing changed.
        return "failed", "unreachable: no page could be fetched"
    if not summary.items:
        return "failed", _why_no_items(summary)
    if len(history) < MIN_HISTORY:
        return "ok", None
    return _against_history(summary, history)


def _why_no_items(summary: RunSummary) -> str:
    if summary.robots_forbidden:
        refused = summary.robots_forbidden
        return f"robots.txt forbids the pages to crawl ({refused} requests refused)"
    if summary.pages_fetched == 0:
        return "unreachable: no page could be fetched"
    return f"zero items from {summary.pages_fetched} pages fetched"


def _against_history(summary: RunSummary, history: list[RunSummary]) -> tuple[str, str | None]:
    runs = len(history)
    usual_items = median(run.items for run in history)
    if summary.items < ITEM_DROP * usual_items:
        return "failed", (
            f"{summary.items} items, far below the usual {usual_items:g} "
            f"(median of the last {runs} runs)"
        )
    usual_rate = median(run.error_rate for run in history)
    if summary.error_rate > max(ERROR_RATE_FLOOR, ERROR_RATE_RISE * usual_rate):
        return "failed", (
            f"error rate {summary.error_rate:.0%}, far above the usual {usual_rate:.0%} "
            f"(median of the last {runs} runs)"
        )
    return "ok", None


def run_history(archive, spider: str, before_run: int) -> list[RunSummary]:
    """The spider's last healthy runs before run `before_run`, newest first (from an Archive)."""
    return [
        RunSummary(
            pages_fetched=row["pages_fetched"] or 0,
            items_new=row["items_new"] or 0,
            items_changed=row["items_changed"] or 0,
            items_unchanged=row["items_unchanged"] or 0,
            errors=row["errors"] or 0,
            robots_forbidden=0,
            finish_reason="finished",
            items_rejected=row.get("items_rejected") or 0,
        )
        for row in archive.healthy_runs(spider, before_run, limit=HISTORY_RUNS)
    ]
