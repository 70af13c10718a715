"""Checking the archive file before a night: the whole file now and then, the schema always.

SQLite's quick_check reads every page of the file: at 300,000 articles nine gigabytes, read
before a night that adds a few dozen articles, and the one part of a night that grows with the
archive. So a night reads the whole file only when its last passed full check is older than
`full_every_days` (or none is recorded: a new, copied or older file); other nights check the
schema. A damaged page a night reads or writes stops it all the same: SQLite reports the damage
where it reads the page ("database disk image is malformed"). Snapshots always check fully.
"""

import sqlite3
import time
from datetime import UTC, datetime, timedelta

from ..clock import utc_now

FULL = "full"
LIGHT = "light"


class CheckRecords:
    """The archive's record of its passed full checks (table archive_checks)."""

    @classmethod
    def check_before_night(cls, path, full_every_days: int) -> str:
        """Raise ArchiveDamaged (naming the file) unless the archive at `path` passes the check
        due tonight; which one ran, FULL or LIGHT. A passed full check is recorded."""
        with cls.open_readonly(path) as archive:
            try:
                last = archive.last_full_check()
            except sqlite3.DatabaseError:  # unreadable: the full check says what is wrong
                last = None
            if not full_check_due(last, full_every_days):
                archive.quick_check("sqlite_schema")
                return LIGHT
            started = time.perf_counter()
            archive.quick_check()
            seconds = time.perf_counter() - started
        with cls.open(path) as archive:
            archive.record_full_check(seconds)
        return FULL

    def last_full_check(self) -> str | None:
        """When the archive last passed a full quick_check (UTC), or None (never recorded)."""
        if not self.db["archive_checks"].exists():  # a file older than migration m017
            return None
        return self.db.execute("select max(checked_at) from archive_checks where kind = ?",
                               [FULL]).fetchone()[0]  # fmt: skip

    def record_full_check(self, seconds: float) -> None:
        with self.writing():
            self.db["archive_checks"].insert(
                {"checked_at": utc_now(), "kind": FULL, "seconds": round(seconds, 3)})


def full_check_due(last_full_check: str | None, full_every_days: int) -> bool:
    """Whether tonight reads the whole file: never checked, or last checked `full_every_days`
    ago or longer (0: every night)."""
    if last_full_check is None or full_every_days == 0:
        return True
    last = datetime.strptime(last_full_check, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return datetime.now(UTC) - last >= timedelta(days=full_every_days)
