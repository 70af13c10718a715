"""Crawl runs and the pages they could not fetch."""

import json
from datetime import datetime


class RunRecords:
    """The archive's crawl_runs and fetch_errors."""

    def start_run(self, spider: str, started_at: str) -> int:
        table = self.db["crawl_runs"].insert({"spider": spider, "started_at": started_at})
        return table.last_pk

    def finish_run(
        self,
        run_id: int,
        *,
        finished_at: str,
        status: str,
        reason: str | None,
        pages_fetched: int,
        items_new: int,
        items_changed: int,
        items_unchanged: int,
        errors: int,
        items_rejected: int = 0,
        cuts: dict[str, int] | None = None,
    ) -> None:
        """Fill in a run's outcome; items_rejected counts items the relevance filter left out,
        cuts the crawl limits that cut the run and how often ({"max_depth": 12})."""
        started_at = self.db["crawl_runs"].get(run_id)["started_at"]
        duration = datetime.fromisoformat(finished_at) - datetime.fromisoformat(started_at)
        self.db["crawl_runs"].update(
            run_id,
            {
                "finished_at": finished_at,
                "duration_seconds": duration.total_seconds(),
                "status": status,
                "reason": reason,
                "pages_fetched": pages_fetched,
                "items_new": items_new,
                "items_changed": items_changed,
                "items_unchanged": items_unchanged,
                "items_rejected": items_rejected,
                "errors": errors,
                "cuts": json.dumps(cuts) if cuts else None,
            },
        )

    def healthy_runs(self, spider: str, before_run: int, limit: int) -> list[dict]:
        """The spider's last `limit` runs judged ok before run `before_run`, newest first."""
        return list(self.db.query(
            "select * from crawl_runs where spider = ? and id < ? and status = 'ok' "
            "order by id desc limit ?",
            [spider, before_run, limit],
        ))

    def record_error(
        self, run_id: int | None, url: str, status: int | None, message: str, at: str
    ) -> None:
        self.db["fetch_errors"].insert(
            {"run_id": run_id, "url": url, "status": status, "message": message, "at": at}
        )
