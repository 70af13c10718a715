"""Serving the archive with Datasette: the public settings and the `datasette serve` command.

The site's metadata comes from our plugin (pipeline/site/metadata.py), keyed by the database's
name, so any file name serves the same site.
"""

import os
import sqlite3
import sys
from pathlib import Path
from typing import NoReturn

# Limits for a public, read-only instance: no query may hog the server, no page be huge.
SETTINGS = {
    "sql_time_limit_ms": 1000,
    "max_returned_rows": 1000,
    "default_page_size": 50,
    "suggest_facets": "off",  # suggestions run extra queries on every table page
    "allow_download": "off",  # the whole file is a download of another order; CSV/JSON remain
    "default_cache_ttl": 3600,  # an immutable database: responses stay valid
    "truncate_cells_html": 400,  # article bodies would swamp the table view
}
# A live archive changes under the server: a reverse proxy may keep an answer for a minute only.
LIVE_SETTINGS = {**SETTINGS, "default_cache_ttl": 60}


class ArchiveBusy(Exception):
    """The archive's write-ahead log could not be folded into it: a writer is still at work."""


# The published metadata reads the WARC directory from here (plugins.familienarchiv.warc_dir).
WARC_DIR_VARIABLE = "FAMILIENARCHIV_WARC_DIR"


def templates_path() -> Path:
    return Path(__file__).with_name("templates")


def default_warc_dir(db_path: str | os.PathLike) -> Path:
    """Where the crawl keeps the raw pages of an archive: `warc/` beside the database."""
    return Path(db_path).resolve().parent / "warc"


def serve_args(
    db_path: str | os.PathLike, *, host: str = "127.0.0.1", port: int = 8001, immutable: bool = True
) -> list[str]:
    """The `datasette serve` command line (argv) that publishes the archive.

    Immutable, SQLite reads the file without locks or WAL; otherwise (a live archive that a
    crawl writes to) read-only through the WAL, each query seeing the last committed state.
    It runs the datasette of this interpreter's environment, which need not be on PATH.
    """
    args = [sys.executable, "-m", "datasette", "serve", *(["-i"] if immutable else []),
            str(db_path)]
    args += ["--template-dir", str(templates_path())]
    args += ["--host", host, "--port", str(port)]
    for name, value in (SETTINGS if immutable else LIVE_SETTINGS).items():
        args += ["--setting", name, str(value)]
    return args


def serve_env(db_path: str | os.PathLike, warc_dir: str | os.PathLike | None = None) -> dict:
    """The environment for serve_args' command: this one, plus where the raw pages are."""
    warc_dir = Path(warc_dir).resolve() if warc_dir else default_warc_dir(db_path)
    return {**os.environ, WARC_DIR_VARIABLE: str(warc_dir)}


def serve(
    db_path: str | os.PathLike, *, warc_dir: str | os.PathLike | None = None, live: bool = False,
    **kwargs,
) -> NoReturn:
    """Run Datasette in this process's place (see serve_args for the options).

    `live` serves an archive that a crawl may be writing to; otherwise the file is served
    immutable, which is only safe while nothing writes to it.
    """
    if not live:
        fold_wal(db_path)
    args = serve_args(db_path, immutable=not live, **kwargs)
    os.execve(args[0], args, serve_env(db_path, warc_dir))


def fold_wal(db_path: str | os.PathLike, *, timeout: float = 5.0) -> None:
    """Write the WAL back into the database file, as immutable readers ignore the WAL.

    Raises ArchiveBusy if another connection is still writing after `timeout` seconds.
    """
    # mode=rw: a mistyped path is an error, not a new empty database.
    uri = f"{Path(db_path).resolve().as_uri()}?mode=rw"
    connection = sqlite3.connect(uri, uri=True, timeout=timeout)
    try:
        busy, _, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()
    if busy:
        raise ArchiveBusy(f"{db_path} is being written to; serve it when the crawl has finished")
