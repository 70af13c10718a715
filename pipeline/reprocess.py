"""Rebuild the archive's records from stored raw pages alone, without the network.

This process reads the WARC records in order and alone writes; worker processes understand
the pages (extraction, record, enrichment). Pages are stored in capture order, so any number
of workers gives the rows a serial run gives: the same ids, versions, aliases and outcomes.
"""

import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .archive import Archive
from .enrich import link_archive
from .extract import ExtractionError
from .progress import Progress
from .rawstore import Damage, StoredResponse, iter_responses, log_damage, warc_files
from .record import NotRelevant, PageNotArchived, UnderstoodPage, store_page, understand_page
from .rules import Rules
from .workers import Failure, chunks, in_order

logger = logging.getLogger(__name__)

# The page role the crawler writes into each WARC record: only article pages become records.
ARTICLE_ROLE = "article"
UNREADABLE = "unreadable records skipped"
FAILED = "records that failed"  # understanding the page raised something unexpected
# Pages a worker takes at a time: raw pages are large, and one takes tens of milliseconds.
CHUNK_SIZE = 4
# Pages kept per write transaction: a commit costs more than keeping a page, and a crawl
# writing the same archive waits no longer than a few pages take.
STORE_BATCH = 50


@dataclass(frozen=True)
class NotKept:
    """A page that does not become a record, and why."""

    outcome: str  # "rejected" (off-topic) or "errors" (not readable as an article)
    reason: str


def reprocess(warc_paths: Iterable[Path], archive: Archive, rules: Rules, workers: int = 1,
              progress: Progress | None = None) -> Counter:
    """Feed every archived article page, oldest capture first, through the record pipeline.

    A record that cannot be read is logged, counted under UNREADABLE and skipped; a page whose
    understanding fails is logged and counted under FAILED. The records after either are read
    as usual.
    """
    files = list(warc_files(warc_paths))
    archive.sync_outlets(rules.outlets)
    outcomes: Counter = Counter()
    progress = progress or Progress("reprocess", "article pages")
    # Progress through the files' bytes: the number of records is known only once read.
    file_starts, size = {}, 0
    for path in files:
        file_starts[path.name], size = size, size + path.stat().st_size
    progress.start(size)

    def skip(damage: Damage) -> None:
        log_damage(damage)
        outcomes[UNREADABLE] += 1

    pages = (page for page in iter_responses(files, on_damage=skip)
             if page.extra.get("role") == ARTICLE_ROLE)  # fmt: skip
    results = in_order(_understood, pages, state=rules, workers=workers, chunk_size=CHUNK_SIZE)
    done = 0
    for batch in chunks(results, STORE_BATCH):
        with archive.writing():
            for page, understood in batch:
                outcomes[_keep(archive, page, understood, rules)] += 1
        done += len(batch)
        progress.update(done, file_starts[page.warc_file] + page.warc_offset)
    progress.finish()
    link_archive(archive, rules, workers=workers)
    return outcomes


def _understood(rules: Rules, page: StoredResponse) -> UnderstoodPage | NotKept:
    """A worker's part: everything about the page that needs no archive."""
    try:
        return understand_page(page, rules)
    except NotRelevant as error:
        return NotKept("rejected", str(error))
    except (ExtractionError, PageNotArchived) as error:
        return NotKept("errors", str(error))


def _keep(archive: Archive, page: StoredResponse, understood, rules: Rules) -> str:
    """Store an understood page; the outcome to count."""
    if isinstance(understood, UnderstoodPage):
        return store_page(archive, understood, rules)
    if isinstance(understood, Failure):
        logger.error("failed: %s: %s", page.url, understood.reason)
        return FAILED
    if understood.outcome == "errors":
        logger.warning("not archived: %s: %s", page.url, understood.reason)
    return understood.outcome
