"""What each story is about: municipalities, topics, fundings, citation links and story clusters.

`enrich_article` is pure; `save_enrichment` and `link_archive` hand their rows to an Archive, which
keeps them in its enrichment tables (docs/architecture.md, "Enrichment tables"); `enrich_all`
recomputes all of them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from ..archive.columns import PER_ARTICLE
from ..progress import Progress
from ..workers import Failure, in_order
from .funding import Funding
from .linking import (
    clear_index,
    index_rows,
    link_changes,
    link_indexed,
    relink_all,
    save_index_rows,
)
from .municipalities import MunicipalityTag
from .similarity import StoryWords
from .text import article_text
from .topics import TopicTag

# Articles per write transaction of enrich_all: short enough that a crawl never waits long.
BATCH_SIZE = 200
# Articles a worker takes at a time: a fraction of a second of work, few enough to keep
# memory small, enough that handing them over costs little.
CHUNK_SIZE = 20

if TYPE_CHECKING:  # the rules module imports this package
    from ..rules import Rules

logger = logging.getLogger(__name__)

__all__ = [
    "Enrichment", "EnrichReport", "LinkReport", "enrich_all", "enrich_article", "link_archive",
    "save_enrichment",
]  # fmt: skip


@dataclass(frozen=True)
class Enrichment:
    municipalities: tuple[MunicipalityTag, ...]
    topics: tuple[TopicTag, ...]
    fundings: tuple[Funding, ...]


@dataclass(frozen=True)
class LinkReport:
    citation_links: int  # citations linked to an archived article
    stories: int  # clusters of two or more articles
    clustered_articles: int  # articles in those clusters
    reposts: int


@dataclass(frozen=True)
class EnrichReport:
    articles: int
    municipality_tags: int
    topic_tags: int
    fundings: int
    links: LinkReport
    failed: int = 0  # articles whose enrichment raised: they keep the rows they had


def enrich_article(record: dict, rules: Rules) -> Enrichment:
    """Municipalities, topics and fundings of one article (an `articles` row)."""
    title = record.get("title") or ""
    teaser = record.get("teaser") or ""
    body = record.get("body") or ""
    text = article_text(record)
    municipalities = rules.municipalities.tag(
        title, text, record.get("canonical_url") or record.get("url"))
    main = next((rules.gazetteer.get(t.ags) for t in municipalities if t.is_main), None)
    other_towns = any(tag.level == "gemeinde" and not tag.is_main for tag in municipalities)
    # The teaser repeats the body's figures; it counts only when the body has none.
    fundings = (rules.funding.find(body, main, other_towns=other_towns)
                or rules.funding.find(teaser, main, other_towns=other_towns))
    payers: dict[str, str] = {}  # each funder's name, with the first sentence it pays in
    for funding in fundings:
        if funding.funder_name:
            payers.setdefault(funding.funder_name, funding.evidence)
    return Enrichment(
        municipalities=(*municipalities, *rules.municipalities.paying_kreise(municipalities,
                                                                             payers)),
        topics=tuple(rules.topics.tag(f"{title}\n\n{text}")),
        fundings=tuple(fundings),
    )


def save_enrichment(archive, article_id: str, enrichment: Enrichment, rules: Rules) -> None:
    """Replace one article's rows in article_municipalities, article_topics and fundings."""
    with archive.writing():
        if not archive.municipalities_filled():  # a new archive's first enrichment
            archive.fill_municipalities(rules.gazetteer)
        archive.save_enrichment(article_id, rows_of(article_id, enrichment))


def link_archive(archive, rules: Rules, changed_only: bool = False,
                 workers: int = 1) -> LinkReport:
    """Citation links and story clusters of every stored article: recomputed (partly on
    `workers` processes), or (changed_only) brought up to date for the articles saved or
    enriched since the last linking, which gives the same links and stories
    (pipeline.enrich.linking; many waiting: recomputed)."""
    if changed_only:
        link_changes(archive, rules.story_words, workers)
    else:
        relink_all(archive, rules.story_words, workers)
    return LinkReport(**archive.link_counts())


def enrich_all(archive, rules: Rules, batch_size: int = BATCH_SIZE, workers: int = 1,
               progress: Progress | None = None) -> EnrichReport:
    """Recompute every enrichment table, the link index, citation links and stories from the
    stored articles, on `workers` processes.

    Memory stays bounded whatever the archive's size: articles are read by id, a batch at a
    time and only as fast as the workers take them; this process alone writes, each batch's
    rows in one short write transaction. The workers also make what the link index keeps of
    each article (`linking.index_rows`), the costly part of linking, so what is left to this
    process is the linking that needs the whole index (`linking.link_indexed`).

    Safe while a crawl writes: the crawl waits its turn between two batches, and an article it
    saved or changed after its batch was read keeps the rows the crawl gave it. An article whose
    enrichment fails keeps its rows and is counted in the report's `failed`.
    """
    with archive.writing():
        archive.fill_municipalities(rules.gazetteer)
    mark = clear_index(archive)
    progress = progress or Progress("enrich", "articles")
    progress.start(archive.counts()["articles"])
    totals = dict.fromkeys(PER_ARTICLE, 0)
    articles = failed = 0
    batch: list[tuple[dict, tuple | Failure]] = []
    results = in_order(_enriched, _stored_texts(archive, batch_size), state=rules,
                       workers=workers, chunk_size=CHUNK_SIZE)
    for record, result in results:
        if isinstance(result, Failure):
            logger.error("enrich: article %s keeps its rows: %s", record["id"], result.reason)
            failed += 1
        else:
            for table, table_rows in result[0].items():
                totals[table] += len(table_rows)
            articles += 1
        batch.append((record, result))
        if len(batch) == batch_size:
            _save_batch(archive, batch, rules.story_words)
            batch = []
        progress.update(articles + failed)
    if batch:
        _save_batch(archive, batch, rules.story_words)
    progress.finish()
    archive.drop_orphan_enrichment()
    link_indexed(archive, mark)
    return EnrichReport(
        articles=articles,
        municipality_tags=totals["article_municipalities"],
        topic_tags=totals["article_topics"],
        fundings=totals["fundings"],
        links=LinkReport(**archive.link_counts()),
        failed=failed,
    )


def _stored_texts(archive, batch_size: int) -> Iterator[dict]:
    """Every article's id, content hash, texts and what linking reads, in id order, read a batch
    at a time."""
    after = ""
    while batch := archive.article_texts(after=after, limit=batch_size):
        yield from batch
        after = batch[-1]["id"]


def _enriched(rules: Rules, record: dict) -> tuple[dict[str, list[dict]], tuple[dict, list[int]]]:
    """A worker's part: an article's enrichment rows and what the link index keeps of it (its
    places and topics are those just found, as linking reads them back)."""
    enrichment = enrich_article(record, rules)
    places = frozenset(tag.ags for tag in enrichment.municipalities if tag.level != "land")
    topics = frozenset(tag.topic for tag in enrichment.topics)
    return (rows_of(record["id"], enrichment),
            index_rows({**record, "places": places, "topics": topics}, rules.story_words))


def _save_batch(archive, batch: list[tuple[dict, tuple | Failure]],
                words: StoryWords) -> None:
    """One transaction: the batch's enrichment rows and link index rows. An article that kept
    its rows (its enrichment failed, or a crawl changed it since it was read) is indexed from
    what is stored of it."""
    enriched = {record["id"]: (record["content_hash"], result[0])
                for record, result in batch if not isinstance(result, Failure)}  # fmt: skip
    with archive.writing():
        replaced = set(archive.replace_enrichment_of(enriched, mark=False))
        kept = [record["id"] for record, _ in batch if record["id"] not in replaced]
        rows = [result[1] for record, result in batch if record["id"] in replaced]
        if kept:
            rows += [index_rows(row, words) for row in archive.articles_to_link(kept)]
        save_index_rows(archive, sorted(rows, key=lambda row: row[0]["article_id"]))


def rows_of(article_id: str, enrichment: Enrichment) -> dict[str, list[dict]]:
    """An article's rows per enrichment table."""
    return {
        "article_municipalities": [
            {"article_id": article_id, **asdict(tag)} for tag in enrichment.municipalities
        ],
        "article_topics": [{"article_id": article_id, **asdict(tag)} for tag in enrichment.topics],
        "fundings": [
            {"article_id": article_id, "position": position, **asdict(funding)}
            for position, funding in enumerate(enrichment.fundings)
        ],
    }
