"""What each story is about: municipalities, topics, fundings, citation links and story clusters.

`enrich_article` is pure; `save_enrichment` and `link_archive` write the enrichment tables of an
Archive (docs/architecture.md, "Enrichment tables"); `enrich_all` recomputes all of them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..storage import refresh_facets
from .funding import Funding
from .links import Article, CitationRef, host_of, link_citations
from .municipalities import MunicipalityTag
from .similarity import content_words
from .store import (
    PER_ARTICLE,
    create_tables,
    fill_municipalities,
    insert_rows,
    replace_all,
    replace_article,
    rows_of,
)
from .stories import cluster
from .topics import TopicTag

if TYPE_CHECKING:  # the rules module imports this package
    from ..rules import Rules

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


def enrich_article(record: dict, rules: Rules) -> Enrichment:
    """Municipalities, topics and fundings of one article (an `articles` row)."""
    title = record.get("title") or ""
    teaser = record.get("teaser") or ""
    body = record.get("body") or ""
    text = f"{teaser}\n\n{body}" if teaser else body
    municipalities = rules.municipalities.tag(title, text)
    main = next((rules.gazetteer.get(t.ags) for t in municipalities if t.is_main), None)
    # The teaser repeats the body's figures; it counts only when the body has none.
    fundings = rules.funding.find(body, main) or rules.funding.find(teaser, main)
    return Enrichment(
        municipalities=tuple(municipalities),
        topics=tuple(rules.topics.tag(f"{title}\n\n{text}")),
        fundings=tuple(fundings),
    )


def save_enrichment(archive, article_id: str, enrichment: Enrichment) -> None:
    """Replace one article's rows in article_municipalities, article_topics and fundings."""
    with archive.db.atomic():
        create_tables(archive.db)
        replace_article(archive.db, article_id, enrichment)
        refresh_facets(archive.db, article_id)


def link_archive(archive, rules: Rules) -> LinkReport:
    """Recompute citation links and story clusters over every stored article."""
    db = archive.db
    create_tables(db)
    articles = {a.id: a for a in _articles(db, rules.function_words)}
    links = link_citations(_citations(db), articles)
    linked = [(link.article_id, link.linked_article_id) for link in links]
    members = cluster(list(articles.values()), linked)
    with db.atomic():
        replace_all(db, "citation_links", [asdict(link) for link in links])
        replace_all(db, "stories", [asdict(member) for member in members])
    sizes: dict[str, int] = {}
    for member in members:
        sizes[member.story_id] = sizes.get(member.story_id, 0) + 1
    return LinkReport(
        citation_links=len(links),
        stories=sum(1 for size in sizes.values() if size > 1),
        clustered_articles=sum(size for size in sizes.values() if size > 1),
        reposts=sum(1 for member in members if member.relation == "repost"),
    )


def enrich_all(archive, rules: Rules) -> EnrichReport:
    """Recompute every enrichment table from the stored articles."""
    db = archive.db
    rows: dict[str, list[dict]] = {table: [] for table in PER_ARTICLE}
    articles = 0
    for record in db.query("select id, title, teaser, body from articles"):
        for table, table_rows in rows_of(record["id"], enrich_article(record, rules)).items():
            rows[table].extend(table_rows)
        articles += 1
    with db.atomic():
        create_tables(db)
        fill_municipalities(db, rules.gazetteer)
        for table in PER_ARTICLE:
            db[table].delete_where()
        insert_rows(db, rows)
        refresh_facets(db)
    return EnrichReport(
        articles=articles,
        municipality_tags=len(rows["article_municipalities"]),
        topic_tags=len(rows["article_topics"]),
        fundings=len(rows["fundings"]),
        links=link_archive(archive, rules),
    )


def _articles(db, function_words: frozenset[str]) -> list[Article]:
    places: dict[str, set[str]] = {}
    for row in db.query("select article_id, ags from article_municipalities where level != 'land'"):
        places.setdefault(row["article_id"], set()).add(row["ags"])
    rows = db.query(
        "select id, title, teaser, body, published, publisher_id, canonical_url from articles"
    )
    return [
        _article(row, frozenset(places.get(row["id"], ())), function_words) for row in rows
    ]


def _article(row: dict, places: frozenset[str], function_words: frozenset[str]) -> Article:
    text = "\n\n".join(filter(None, (row["title"], row["teaser"], row["body"])))
    published = row["published"]
    return Article(
        id=row["id"],
        day=date.fromisoformat(published[:10]) if published else None,
        publisher_id=row["publisher_id"],
        host=host_of(row["canonical_url"]),
        places=places,
        words=content_words(text, function_words),
        text=text,
    )


def _citations(db) -> list[CitationRef]:
    rows = db.query(
        "select article_id, position, outlet_id, outlet_name, domain, date from citations "
        "where date is not null"
    )
    return [
        CitationRef(r["article_id"], r["position"], r["outlet_id"], r["outlet_name"], r["domain"],
                    date.fromisoformat(r["date"][:10]))  # fmt: skip
        for r in rows
    ]
