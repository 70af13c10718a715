"""The archive's connection: opening for writing or reading, migrating, write transactions."""

import os
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Self

import sqlite_utils
from sqlite_utils.db import quote_identifier

from .columns import TABLES
from .migrations import MIGRATIONS, migrate


class ArchiveMissing(FileNotFoundError):
    """A read-only open of an archive that does not exist (it is never created for a reader)."""


class ArchiveDamaged(sqlite3.DatabaseError):
    """An archive file that fails SQLite's quick_check (or is no database at all)."""


class _Database(sqlite_utils.Database):
    """sqlite-utils' database, without its probe for ON CONFLICT support.

    The probe writes a scratch table; when that write fails (a full disk, a lock held too long)
    sqlite-utils falls back for the whole connection to an older upsert, which NOT NULL columns
    turn into a silent no-op. Every SQLite since 3.24 supports ON CONFLICT.
    """

    @property
    def supports_on_conflict(self) -> bool:
        return sqlite3.sqlite_version_info >= (3, 24, 0)


# Pages of merge work (about 4 KB each) the full-text index gets after a night: several times
# what a night's pages add to it, so its segments stay few, and independent of the archive's size.
SEARCH_MERGE_PAGES = 2000
# Crawler processes and the CLI open the same file at once; a writer may hold it for a while
# (it links the whole archive after a crawl), so the others wait for their turn.
BUSY_TIMEOUT_MS = 30000
# How long to wait before asking again for write-ahead logging on a file another process holds.
WAL_RETRY_SECONDS = 0.05


def _enable_wal(db: sqlite_utils.Database) -> None:
    """Switch the file to write-ahead logging, waiting up to BUSY_TIMEOUT_MS for another
    process that holds it: SQLite answers "database is locked" to the switch at once, without
    waiting, while another process creates the same new archive (two crawler processes
    started together)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            db.enable_wal()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
            time.sleep(WAL_RETRY_SECONDS)


class Connection:
    """One connection to an archive file; the constructor only keeps it, it writes nothing."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.applied_migrations: list[str] = []

    @classmethod
    def open(cls, path: str | os.PathLike) -> Self:
        """Open (or create) the archive for writing and bring its schema up to date."""
        archive = cls(_Database(path))
        archive.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _enable_wal(archive.db)
        archive.db.execute("PRAGMA synchronous = NORMAL")  # durable enough in WAL mode
        archive.migrate()
        return archive

    @classmethod
    def create(cls, path: str | os.PathLike, migrations: list[str]) -> Self:
        """A new archive file (no write-ahead log) with the schema of this version's first
        `len(migrations)` migrations, those named: an older archive's schema, which the next
        `open` brings up to date."""
        archive = cls(_Database(path))
        later = [migration.name for migration in MIGRATIONS.pending(archive.db)][len(migrations):]
        MIGRATIONS.apply(archive.db, stop_before=later[0] if later else None)
        return archive

    @classmethod
    def open_readonly(cls, path: str | os.PathLike) -> Self:
        """Open an existing archive for reading only: no migration, no write lock, no new file.

        Reads see the last committed state even while another process writes (WAL mode).
        """
        if not Path(path).is_file():
            raise ArchiveMissing(f"no archive at {path}")
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        connection = sqlite3.connect(uri, uri=True)
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return cls(_Database(connection))

    def quick_check(self, table: str | None = None) -> None:
        """Raise ArchiveDamaged, naming the file, unless SQLite's quick_check finds it sound.

        quick_check reads every page and checks the b-trees but not that indexes match their
        tables; given a table, only that table's and its indexes' pages.
        """
        path = self.db.execute("PRAGMA main.database_list").fetchone()[2] or "the archive"
        pragma = "PRAGMA quick_check" + (f"({quote_identifier(table)})" if table else "")
        try:
            problems = [row[0] for row in self.db.execute(pragma)]
        except sqlite3.DatabaseError as error:
            raise ArchiveDamaged(f"{path} is damaged: {error}") from error
        if problems != ["ok"]:
            # SQLite's report runs over several lines; one line tells a person what is wrong.
            report = " ".join(problems).replace("*** in database main ***", "").split()
            raise ArchiveDamaged(f"{path} is damaged: quick_check: {' '.join(report)}")

    def migrate(self) -> list[str]:
        """Apply the pending migrations in one write transaction; the names of those applied.

        One process migrates; the others wait for the write lock and find nothing to do.
        """
        with self.writing():
            self.applied_migrations = migrate(self.db)
        return self.applied_migrations

    @contextmanager
    def writing(self):
        """A transaction that takes the write lock first (BEGIN IMMEDIATE).

        Several crawler processes write one archive; a transaction that reads before it
        writes would fail with "database is locked" when another process wrote in between,
        where this one waits (busy_timeout) for its turn. Inside another `writing()` block it
        is a savepoint of that transaction.
        """
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            with self.db.atomic():
                yield
        except BaseException:
            self.db.conn.rollback()
            raise
        self.db.conn.commit()

    def close(self) -> None:
        """Close the connection; the last one to close folds the WAL back into the file."""
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def merge_search(self, pages: int = SEARCH_MERGE_PAGES) -> None:
        """Merge the full-text index's segments a bounded step (about `pages` pages written):
        searches after a crawl stay fast, and a night's merge costs the same in a large archive.

        Each write transaction adds a small segment; FTS5 merges a level once it holds four
        (its 'usermerge'), so the index keeps a few segments per level and about log4 levels.
        An 'optimize' would rewrite the whole index into one segment every night instead.
        """
        with self.writing():
            self.db.execute("insert into articles_fts(articles_fts, rank) values('merge', ?)",
                            [pages])  # fmt: skip

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {table: self.db[table].count for table in TABLES}
