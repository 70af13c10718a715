"""From a fetched page to the archive's record: the one code path for crawls and re-processing."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date

from .citations import parse_sources
from .enrich import Enrichment, enrich_article, save_enrichment
from .extract import extract_page
from .identity import canonical_url, record_id
from .outlets import OutletRegistry
from .rawstore import StoredResponse
from .relevance import assess
from .rules import Rules
from .search import search_columns

# The extracted fields whose change makes a new version of an article. The site's own edit
# time is not among them: a record re-saved without a visible change is not a new version.
CONTENT_FIELDS = ("title", "teaser", "text", "published", "author", "sources")
# The key of a raw page's extra (its WARC record) that holds the id the crawl requested the page
# under: the listed URL's id, which may differ from the record's (trusted canonical, redirect).
LISTED_ID = "listed_id"


class PageNotArchived(Exception):
    """A fetched page that cannot become a record (an error status, say)."""


class NotRelevant(PageNotArchived):
    """A page from a source that carries everything, about something else than family policy."""


def build_record(page: StoredResponse, rules: Rules) -> tuple[dict, list[dict]]:
    """The article row and its citation rows for one fetched page.

    Raises PageNotArchived for error responses, NotRelevant for off-topic pages of sources
    whose items need the relevance filter, and pipeline.extract.ExtractionError for pages that
    cannot be read.
    """
    if page.status != 200:
        raise PageNotArchived(f"HTTP status {page.status}")
    extraction = extract_page(page.body, page.url, dict(page.headers), sites=rules.sites)
    relevance = assess(extraction["title"], extraction["text"], rules.relevance,
                       model=rules.relevance_model)
    if page.extra.get("relevance") == "required" and not relevance.relevant:
        raise NotRelevant(f"not about local family policy ({relevance.score:.2f}: "
                          f"{relevance.reason or 'no topic terms'})")
    canonical = canonical_url(page.url, extraction["canonical"], rules)
    registry = rules.outlets
    outlet_id = page.extra.get("outlet") or _outlet_of(page.url, registry)
    sources = parse_sources(extraction["sources"], registry, rules.citations)
    citations = [{"position": n, **asdict(citation)} for n, citation in enumerate(sources)]
    published = extraction["published"]
    record = {
        "id": record_id(page.url, extraction["canonical"], rules),
        "source": page.extra.get("source"),
        "canonical_url": canonical,
        "url": page.url,
        "title": extraction["title"],
        "teaser": extraction["teaser"],
        "body": extraction["text"],
        "published": published,
        "modified": extraction["modified"],
        "year": int(published[:4]) if published else None,
        "author": extraction["author"],
        "language": extraction["language"],
        "publisher_id": outlet_id,
        "publisher_name": _publisher_name(registry, outlet_id, published),
        "publisher_kind": registry.get(outlet_id).kind if outlet_id else None,
        "cited_outlets": sorted({c["outlet_name"] for c in citations if c["outlet_name"]}),
        "fetched_at": page.fetched_at,
        "http_status": page.status,
        "relevance_score": round(relevance.score, 3),
        "relevance_reason": relevance.reason,
        "content_hash": content_hash(extraction),
        "warc_file": page.warc_file,
        "warc_offset": page.warc_offset,
    }
    return record, citations


def content_hash(extraction: dict) -> str:
    content = {field: extraction.get(field) for field in CONTENT_FIELDS}
    serialised = json.dumps(content, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(serialised.encode("utf-8")).hexdigest()


def _outlet_of(url: str, registry: OutletRegistry) -> str | None:
    outlet = registry.by_domain(url)
    return outlet.id if outlet else None


def _publisher_name(registry: OutletRegistry, outlet_id: str | None, published: str | None):
    if outlet_id is None:
        return None
    day = date.fromisoformat(published[:10]) if published else None
    return registry.name_on(outlet_id, day)


@dataclass(frozen=True)
class UnderstoodPage:
    """What a fetched page says, ready to be kept: no archive needed to make it."""

    record: dict  # the articles row
    citations: list[dict]
    enrichment: Enrichment
    listed_id: str | None  # the id the crawl requested the page under (LISTED_ID)
    search: dict[str, str | None]  # the row's search index columns (search.search_columns)


def understand_page(page: StoredResponse, rules: Rules) -> UnderstoodPage:
    """The page's record, citations, what it is about and its search columns: everything
    costly about keeping it (raises as `build_record`)."""
    record, citations = build_record(page, rules)
    return UnderstoodPage(record, citations, enrich_article(record, rules),
                          page.extra.get(LISTED_ID),
                          search_columns(record["title"], record["teaser"], record["body"]))


def store_page(archive, page: UnderstoodPage, rules: Rules) -> str:
    """Keep an understood page: 'new', 'changed' or 'unchanged'."""
    # One transaction: a reader never sees the article without what it is about.
    with archive.writing():
        outcome = archive.save_article(page.record, page.citations, listed_id=page.listed_id,
                                       search=page.search)
        if outcome != "unchanged":
            save_enrichment(archive, page.record["id"], page.enrichment, rules)
    return outcome


def save_page(archive, page: StoredResponse, rules: Rules) -> str:
    """Build the page's record, keep it and what it is about: 'new', 'changed' or 'unchanged'.

    Links between articles (citations, stories) span the archive: `enrich.link_archive` makes
    them once per run.
    """
    return store_page(archive, understand_page(page, rules), rules)
