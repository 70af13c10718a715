"""The enrichment tables on an archive's database: created idempotently, replaced per article."""

from __future__ import annotations

from dataclasses import asdict

import sqlite_utils

from .gazetteer import Gazetteer

MUNICIPALITY_COLUMNS = {
    "ags": str, "level": str, "name": str, "official_name": str, "kind": str,
    "kreis_schluessel": str, "kreis": str, "regierungsbezirk": str, "land": str,
    "lat": float, "lon": float, "einwohner": int,
}  # fmt: skip
TABLES = {
    "article_municipalities": (
        {"article_id": str, "ags": str, "level": str, "name": str, "kreis": str,
         "regierungsbezirk": str, "is_main": int, "signal": str, "evidence": str},
        ("article_id", "ags"), ["ags"],
    ),
    "article_topics": (
        {"article_id": str, "topic": str, "label": str, "evidence": str},
        ("article_id", "topic"), ["topic"],
    ),
    "fundings": (
        {"article_id": str, "position": int, "amount_eur": float, "qualifier": str, "scope": str,
         "funder_id": str, "funder_name": str, "programme": str, "period_start": str,
         "period_end": str, "evidence": str},
        ("article_id", "position"), ["funder_id"],
    ),
    "citation_links": (
        {"article_id": str, "position": int, "linked_article_id": str, "reason": str},
        ("article_id", "position"), ["linked_article_id"],
    ),
    "stories": (
        {"article_id": str, "story_id": str, "relation": str, "representative": int},
        "article_id", ["story_id"],
    ),
}  # fmt: skip
PER_ARTICLE = ("article_municipalities", "article_topics", "fundings")


def create_tables(db: sqlite_utils.Database) -> None:
    """Create the enrichment tables and their indexes where missing (the gazetteer filled in)."""
    if not db["municipalities"].exists():
        db["municipalities"].create(MUNICIPALITY_COLUMNS, pk="ags", not_null=["name", "level"])
        db["municipalities"].create_index(["kreis_schluessel"])
        fill_municipalities(db, _default_gazetteer())
    for table, (columns, pk, indexed) in TABLES.items():
        if db[table].exists():
            continue
        db[table].create(columns, pk=pk, foreign_keys=_foreign_keys(db, table))
        for column in ["article_id", *indexed]:
            db[table].create_index([column], if_not_exists=True)


def _default_gazetteer() -> Gazetteer:
    from ..rules import default_rules  # here, not at the top: the rules import this package

    return default_rules().gazetteer


def fill_municipalities(db: sqlite_utils.Database, gazetteer: Gazetteer) -> None:
    """The gazetteer as a table: NRW municipalities, Kreise and the Land, then the rest."""
    places = [*gazetteer.places.values(), *gazetteer.others]
    rows = ({column: getattr(place, column) for column in MUNICIPALITY_COLUMNS} for place in places)
    db["municipalities"].upsert_all(rows, pk="ags", batch_size=1000)


def replace_article(db: sqlite_utils.Database, article_id: str, enrichment) -> None:
    """Replace one article's municipality, topic and funding rows."""
    for table in PER_ARTICLE:
        db[table].delete_where("article_id = ?", [article_id])
    insert_rows(db, rows_of(article_id, enrichment))


def rows_of(article_id: str, enrichment) -> dict[str, list[dict]]:
    """An article's rows per table."""
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


def insert_rows(db: sqlite_utils.Database, rows: dict[str, list[dict]]) -> None:
    for table, table_rows in rows.items():
        db[table].insert_all(table_rows, batch_size=1000)


def replace_all(db: sqlite_utils.Database, table: str, rows: list[dict]) -> None:
    """Replace every row of a cross-article table (citation_links, stories)."""
    db[table].delete_where()
    db[table].insert_all(rows)


def _foreign_keys(db: sqlite_utils.Database, table: str) -> list[tuple[str, str, str]]:
    keys = []
    if db["articles"].exists():
        keys.append(("article_id", "articles", "id"))
        if table == "citation_links":
            keys.append(("linked_article_id", "articles", "id"))
    if table == "article_municipalities":
        keys.append(("ags", "municipalities", "ags"))
    return keys
