import pytest

from pipeline.archive import Archive
from pipeline.enrich import Enrichment, enrich_article, save_enrichment
from pipeline.rules import default_rules

RULES = default_rules()

TABLES = [
    "article_municipalities",
    "article_topics",
    "fundings",
    "citation_links",
    "stories",
    "municipalities",
]


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "archive.db") as opened:
        yield opened


def test_a_new_archive_has_the_tables_with_their_indexes(archive):
    assert set(TABLES) <= set(archive.db.table_names())
    indexed = {tuple(i.columns) for i in archive.db["article_municipalities"].indexes}
    assert {("article_id",), ("ags",)} <= indexed
    assert {tuple(i.columns) for i in archive.db["stories"].indexes} >= {("story_id",)}


def test_columns_have_explicit_types(archive):
    columns = {c.name: c.type for c in archive.db["fundings"].columns}
    assert columns == {
        "article_id": "TEXT",
        "position": "INTEGER",
        "amount_eur": "REAL",
        "qualifier": "TEXT",
        "scope": "TEXT",
        "funder_id": "TEXT",
        "funder_name": "TEXT",
        "programme": "TEXT",
        "period_start": "TEXT",
        "period_end": "TEXT",
        "evidence": "TEXT",
    }


def test_saving_again_replaces_the_articles_rows(archive):
    record = {
        "title": "Kempen: Netzwerk gegen Kinderarmut",
        "body": "Der LVR fördert es mit 32.000 Euro.",
    }
    save_enrichment(archive, "a1", enrich_article(record, RULES), RULES)
    willich = enrich_article({**record, "title": "Willich: Netzwerk"}, RULES)
    save_enrichment(archive, "a1", willich, RULES)
    rows = archive.db.query("select article_id, ags from article_municipalities")
    assert list(rows) == [{"article_id": "a1", "ags": "05166036"}]
    assert archive.db["fundings"].count == 1


def test_an_empty_enrichment_clears_the_rows(archive):
    save_enrichment(archive, "a1", enrich_article({"title": "Kempen: Kurse"}, RULES), RULES)
    save_enrichment(archive, "a1", Enrichment((), (), ()), RULES)
    assert [archive.db[t].count for t in TABLES[:3]] == [0, 0, 0]


def test_the_first_enrichment_fills_the_gazetteer_table(archive):
    save_enrichment(archive, "a1", Enrichment((), (), ()), RULES)
    assert archive.db["municipalities"].count == 396 + 31 + 1 + 10608 + 15


def test_the_gazetteer_table_holds_municipalities_kreise_and_the_laender(archive):
    archive.fill_municipalities(RULES.gazetteer)
    rows = archive.db.query(
        "select ags, level, name, kreis, regierungsbezirk from municipalities "
        "where ags in ('05166012', '05166', '05', '03') order by ags"
    )
    assert list(rows) == [
        {  # the other Länder too, for texts about a partner across the border
            "ags": "03",
            "level": "land",
            "name": "Niedersachsen",
            "kreis": None,
            "regierungsbezirk": None,
        },
        {
            "ags": "05",
            "level": "land",
            "name": "Nordrhein-Westfalen",
            "kreis": None,
            "regierungsbezirk": None,
        },
        {
            "ags": "05166",
            "level": "kreis",
            "name": "Kreis Viersen",
            "kreis": "Kreis Viersen",
            "regierungsbezirk": "Düsseldorf",
        },
        {
            "ags": "05166012",
            "level": "gemeinde",
            "name": "Kempen",
            "kreis": "Kreis Viersen",
            "regierungsbezirk": "Düsseldorf",
        },
    ]
    assert archive.db["municipalities"].count == 396 + 31 + 1 + 10608 + 15
