"""The live code's column lists, written once: what callers hand in and what a version keeps.

Migrations keep their own frozen copies: a shipped migration must not follow later changes.
"""

# The record as the caller builds it (see docs/architecture.md), in display order.
ARTICLE_FIELDS = {
    "id": str,
    "source": str,
    "title": str,
    "teaser": str,
    "body": str,
    "published": str,
    "modified": str,
    "year": int,
    "author": str,
    "language": str,
    "publisher_id": str,
    "publisher_name": str,
    "cited_outlets": str,  # JSON array of names
    "canonical_url": str,
    "url": str,
    "fetched_at": str,
    "http_status": int,
    "content_hash": str,
    "warc_file": str,
    "warc_offset": int,
    "relevance_score": float,
    "relevance_reason": str,
    "publisher_kind": str,
}
# What an article version keeps of the row it was (plus its citations as JSON).
VERSION_COLUMNS = (
    "title", "teaser", "body", "published", "modified", "author", "content_hash", "fetched_at",
    "warc_file", "warc_offset",
)
CITATION_FIELDS = {
    "position": int,
    "text": str,
    "outlet_id": str,
    "outlet_name": str,
    "domain": str,
    "date": str,
    "usage": str,
}
# A gazetteer place as a row of the municipalities table.
MUNICIPALITY_COLUMNS = (
    "ags", "level", "name", "official_name", "kind", "kreis_schluessel", "kreis",
    "regierungsbezirk", "land", "lat", "lon", "einwohner",
)
# The enrichment rows kept per article, replaced whenever the article is enriched again.
PER_ARTICLE = ("article_municipalities", "article_topics", "fundings")
# Every table, for counts.
TABLES = (
    "articles", "article_versions", "article_aliases", "citations", "outlets", "outlet_names",
    "crawl_runs", "fetch_errors", "rejected_items", "municipalities", *PER_ARTICLE,
    "citation_links", "stories",
)


class UnknownField(ValueError):
    """A caller handed in a field the archive has no column for (a bug in the caller)."""


def known_fields(mapping: dict, fields: dict, what: str) -> dict:
    """The known fields of a caller's dict (missing ones None); unknown keys are a bug."""
    unknown = sorted(set(mapping) - set(fields))
    if unknown:
        raise UnknownField(f"unknown {what} field(s): {', '.join(unknown)}")
    return {field: mapping.get(field) for field in fields}
