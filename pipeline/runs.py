"""What a crawl run did, and whether the night was clean for that source."""

from dataclasses import dataclass


@dataclass(frozen=True)
class RunSummary:
    pages_fetched: int
    items_new: int
    items_changed: int
    items_unchanged: int
    errors: int
    robots_forbidden: int
    finish_reason: str

    @property
    def items(self) -> int:
        return self.items_new + self.items_changed + self.items_unchanged


def assess(summary: RunSummary) -> tuple[str, str | None]:
    """('ok', None) or ('failed', a one-line reason a person can act on)."""
    if summary.finish_reason != "finished":
        return "failed", f"crawl ended early ({summary.finish_reason})"
    if summary.items:
        return "ok", None
    if summary.robots_forbidden:
        return "failed", (
            f"robots.txt forbids the pages to crawl ({summary.robots_forbidden} requests refused)"
        )
    if summary.pages_fetched == 0:
        return "failed", "unreachable: no page could be fetched"
    return "failed", f"zero items from {summary.pages_fetched} pages fetched"
