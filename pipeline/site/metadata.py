"""The site's Datasette metadata, written for whatever name the served archive has."""

import functools
from pathlib import Path

import yaml

from .suche import with_search_hits

METADATA_FILE = Path(__file__).with_name("metadata.yml")


def served_archive(datasette) -> str | None:
    """The archive's database name: Datasette names it after its file ("snapshot.db": "snapshot").

    `familienarchiv serve` serves one file; like Datasette's own default, the first database
    that is not Datasette's internal one is the archive. None before any is attached.
    """
    return next((name for name in datasette.databases if name != "_internal"), None)


# The same dict on every call, as Datasette's own metadata file is: Datasette reads it on every
# request and fills inherited keys (source, license) into it, the same ones each time.
@functools.lru_cache(maxsize=8)
def site_metadata(database: str, database_path: str) -> dict:
    """Datasette's metadata for the archive served as `database` at `database_path` ("/archive")."""
    metadata = yaml.safe_load(METADATA_FILE.read_text(encoding="utf-8"))
    metadata["description_html"] = metadata["description_html"].format(archive=database_path)
    metadata["databases"] = {database: metadata.pop("archive")}
    for query in metadata["databases"][database]["queries"].values():
        query["sql"] = with_search_hits(query["sql"])
    return metadata
