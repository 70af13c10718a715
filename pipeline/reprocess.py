"""Rebuild the archive's records from stored raw pages alone, without the network."""

import logging
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .archive import Archive
from .enrich import link_archive
from .extract import ExtractionError
from .rawstore import Damage, iter_responses, log_damage
from .record import NotRelevant, PageNotArchived, save_page
from .rules import Rules

logger = logging.getLogger(__name__)

# The page role the crawler writes into each WARC record: only article pages become records.
ARTICLE_ROLE = "article"
UNREADABLE = "unreadable records skipped"


def reprocess(warc_paths: Iterable[Path], archive: Archive, rules: Rules) -> Counter:
    """Feed every archived article page, oldest capture first, through the record pipeline.

    A record that cannot be read is logged, counted under UNREADABLE and skipped; the records
    after it are read as usual.
    """
    archive.sync_outlets(rules.outlets)
    outcomes: Counter = Counter()

    def skip(damage: Damage) -> None:
        log_damage(damage)
        outcomes[UNREADABLE] += 1

    for page in iter_responses(warc_paths, on_damage=skip):
        if page.extra.get("role") != ARTICLE_ROLE:
            continue
        try:
            outcomes[save_page(archive, page, rules)] += 1
        except NotRelevant:
            outcomes["rejected"] += 1
        except (ExtractionError, PageNotArchived) as error:
            logger.warning("not archived: %s: %s", page.url, error)
            outcomes["errors"] += 1
    link_archive(archive, rules)
    return outcomes
