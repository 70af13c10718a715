"""The archive's schema as the history of its changes (sqlite-utils migrations).

Every table and index of the archive is created or changed here and nowhere else. Each
migration runs once per database, in order; `Archive.migrate` runs the pending ones in one
write transaction (BEGIN IMMEDIATE), so an archive made by an older version is upgraded in place.
Migrations are frozen: each one keeps its own copy of the constants and rules it applied when it
shipped (tokenizer, stemming, record ids, facet SQL) and calls no live code, so a later change
of those rules cannot change what an old migration does. Never edit a migration that has
shipped: add a new one.
"""

import functools
import hashlib
import json
import re
from urllib.parse import urlsplit, urlunsplit

import simplemma
import snowballstemmer
import sqlite_utils
from sqlite_utils.db import quote_identifier
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("familienarchiv")

# As of m001/m002: the search index's tokenizer and columns.
FTS_TOKENIZER_V1 = "unicode61 remove_diacritics 2"
FTS_COLUMNS_V2 = ["title", "teaser", "body", "search_variants", "search_stems"]
WORD_V2 = re.compile(r"\w+")

# Tables whose article ids follow the articles table when ids are re-keyed: (table, column).
ARTICLE_ID_COLUMNS = (
    ("citations", "article_id"),
    ("article_versions", "article_id"),
    ("article_municipalities", "article_id"),
    ("article_topics", "article_id"),
    ("fundings", "article_id"),
    ("citation_links", "article_id"),
    ("citation_links", "linked_article_id"),
    ("stories", "article_id"),
    ("stories", "story_id"),
)


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply the pending migrations; the names of those applied."""
    pending = [migration.name for migration in MIGRATIONS.pending(db)]
    if pending:
        MIGRATIONS.apply(db)
    return pending


def create_untyped_table(db, name: str, columns: list[str]) -> None:
    """A table no migration made, for rows restored from an export of an archive that had one
    (an extension's own table): columns without a declared type keep every value as it was.

    Not a migration: the names come from the export and are quoted, never run as SQL.
    """
    quoted = ", ".join(quote_identifier(str(column)) for column in columns)
    db.execute(f"CREATE TABLE {quote_identifier(str(name))} ({quoted})")


@MIGRATIONS()
def m001_initial_schema(db):
    """The first release's tables (an archive made before migrations existed keeps its own)."""
    if db["articles"].exists():
        return
    db["outlets"].create(
        {"id": str, "name": str, "kind": str, "domains": str, "aliases": str},
        pk="id",
        not_null=["name", "kind"],
    )
    db["outlet_names"].create(
        {"outlet_id": str, "position": int, "name": str, "abbreviation": str,
         "valid_from": str, "valid_to": str},
        pk=("outlet_id", "position"),
        foreign_keys=[("outlet_id", "outlets", "id")],
        not_null=["name"],
    )
    db["articles"].create(
        {"id": str, "source": str, "title": str, "teaser": str, "body": str, "published": str,
         "modified": str, "year": int, "author": str, "language": str, "publisher_id": str,
         "publisher_name": str, "cited_outlets": str, "canonical_url": str, "url": str,
         "fetched_at": str, "http_status": int, "content_hash": str, "warc_file": str,
         "warc_offset": int, "first_seen_at": str, "last_checked_at": str,
         "search_variants": str},
        pk="id",
        foreign_keys=[("publisher_id", "outlets", "id")],
        not_null=["source", "canonical_url", "url", "fetched_at", "http_status",
                  "content_hash", "warc_file", "warc_offset"],
    )
    db["citations"].create(
        {"article_id": str, "position": int, "text": str, "outlet_id": str, "outlet_name": str,
         "domain": str, "date": str, "usage": str},
        pk=("article_id", "position"),
        foreign_keys=[("article_id", "articles", "id"), ("outlet_id", "outlets", "id")],
        not_null=["text"],
    )
    db["crawl_runs"].create(
        {"id": int, "spider": str, "started_at": str, "finished_at": str,
         "duration_seconds": float, "status": str, "reason": str, "pages_fetched": int,
         "items_new": int, "items_changed": int, "items_unchanged": int, "errors": int},
        pk="id",
        not_null=["spider", "started_at"],
    )
    db["fetch_errors"].create(
        {"id": int, "run_id": int, "url": str, "status": int, "message": str, "at": str},
        pk="id",
        foreign_keys=[("run_id", "crawl_runs", "id")],
        not_null=["url", "message", "at"],
    )
    for column in ("published", "source", "publisher_id", "year"):
        db["articles"].create_index([column])
    db["citations"].create_index(["outlet_id"])
    db["fetch_errors"].create_index(["run_id"])
    db["articles"].enable_fts(
        ["title", "teaser", "body", "search_variants"], tokenize=FTS_TOKENIZER_V1,
        create_triggers=True,
    )


@MIGRATIONS()
def m002_search_stems(db):
    """German word stems as a search column, so that word forms find each other."""
    _add_column(db, "articles", "search_stems", str)
    for row in db.query("select id, title, teaser, body from articles"):
        db.execute(
            "update articles set search_stems = ? where id = ?",
            [_search_stems_v2(row["title"], row["teaser"], row["body"]), row["id"]],
        )
    db["articles"].disable_fts()
    db["articles"].enable_fts(FTS_COLUMNS_V2, tokenize=FTS_TOKENIZER_V1, create_triggers=True)
    db["articles"].rebuild_fts()


@MIGRATIONS()
def m003_items_rejected(db):
    """Crawl runs count the items the relevance filter left out."""
    _add_column(db, "crawl_runs", "items_rejected", int)


@MIGRATIONS()
def m004_relevance(db):
    """Why an article is in the archive: its relevance score and reason."""
    _add_column(db, "articles", "relevance_score", float)
    _add_column(db, "articles", "relevance_reason", str)


@MIGRATIONS()
def m005_article_versions(db):
    """Earlier versions of articles whose content changed, each with its raw capture."""
    db["article_versions"].create(
        {"article_id": str, "version": int, "title": str, "teaser": str, "body": str,
         "published": str, "modified": str, "author": str, "citations": str,
         "content_hash": str, "fetched_at": str, "warc_file": str, "warc_offset": int,
         "superseded_at": str},
        pk=("article_id", "version"),
        foreign_keys=[("article_id", "articles", "id")],
        not_null=["content_hash", "fetched_at", "superseded_at"],
    )


@MIGRATIONS()
def m006_scheme_free_record_ids(db):
    """Ids no longer depend on http/https and www., so those variants are one record.

    Articles whose old ids now coincide are merged: the most recently checked one stays
    current and the others become versions of it.
    """
    rows = list(db.query(
        "select id, canonical_url, last_checked_at from articles order by last_checked_at"
    ))
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(_record_id_v6(row["canonical_url"]), []).append(row)
    for new_id, group in groups.items():
        *older, current = group
        for row in older:
            _merge_into(db, row["id"], current["id"])
        if current["id"] != new_id:
            _rekey(db, current["id"], new_id)


@MIGRATIONS()
def m007_rejected_items(db):
    """Items the relevance filter left out, so that later nights need not fetch them again."""
    if db["rejected_items"].exists():  # made ad hoc by development builds
        return
    db["rejected_items"].create(
        {"id": str, "source": str, "url": str, "checked_at": str, "reason": str},
        pk="id",
        not_null=["url", "checked_at"],
    )


@MIGRATIONS()
def m008_facet_columns(db):
    """What the article list is faceted by: main municipality, its Kreis, topics, publisher kind.

    Copies of the enrichment tables' answers (kept current by Archive.refresh_facets), so that
    facets count one indexed column instead of joining at every page view.
    """
    for column in ("municipality", "kreis", "topics", "publisher_kind"):
        _add_column(db, "articles", column, str)
    for column in ("municipality", "kreis", "publisher_kind"):
        db["articles"].create_index([column], if_not_exists=True)
    db.execute(
        "update articles set publisher_kind = "
        "(select kind from outlets where outlets.id = articles.publisher_id)"
    )
    if db["article_municipalities"].exists():  # made ad hoc by the enrichment of that release
        db.execute(FACETS_SQL_V8)


FACETS_SQL_V8 = (
    "update articles set "
    "municipality = (select name from article_municipalities m where m.article_id = "
    "articles.id and m.is_main order by m.rowid limit 1), "
    "kreis = (select kreis from article_municipalities m where m.article_id = articles.id "
    "and m.is_main order by m.rowid limit 1), "
    "topics = (select json_group_array(label) from (select distinct label from "
    "article_topics t where t.article_id = articles.id order by label))"
)

# As of m009: the enrichment tables that release 41917fa made ad hoc on the first enrichment,
# as (columns, primary key, indexed columns besides article_id).
MUNICIPALITY_COLUMNS_V9 = {
    "ags": str, "level": str, "name": str, "official_name": str, "kind": str,
    "kreis_schluessel": str, "kreis": str, "regierungsbezirk": str, "land": str,
    "lat": float, "lon": float, "einwohner": int,
}  # fmt: skip
ENRICHMENT_TABLES_V9 = {
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


@MIGRATIONS()
def m009_enrichment_tables(db):
    """What each article is about: municipalities, topics, fundings, citation links, stories.

    Archives of the release before already have these tables (made on the first enrichment,
    outside any migration): they keep them as they are, rows and all.
    """
    if not db["municipalities"].exists():
        db["municipalities"].create(MUNICIPALITY_COLUMNS_V9, pk="ags", not_null=["name", "level"])
        db["municipalities"].create_index(["kreis_schluessel"])
    for table, (columns, pk, indexed) in ENRICHMENT_TABLES_V9.items():
        if db[table].exists():
            continue
        foreign_keys = [("article_id", "articles", "id")]
        if table == "citation_links":
            foreign_keys.append(("linked_article_id", "articles", "id"))
        if table == "article_municipalities":
            foreign_keys.append(("ags", "municipalities", "ags"))
        db[table].create(columns, pk=pk, foreign_keys=foreign_keys)
        for column in ["article_id", *indexed]:
            db[table].create_index([column], if_not_exists=True)


@MIGRATIONS()
def m010_article_aliases(db):
    """Every other id an article (or a left-out item) was requested under: its listed URL's id.

    A page whose trusted canonical link or redirect differs from the listed URL is kept under
    its own id; the alias lets the next night's crawl find it under the listed one.
    """
    db["article_aliases"].create(
        {"alias_id": str, "article_id": str}, pk="alias_id", not_null=["article_id"]
    )
    db["article_aliases"].create_index(["article_id"])


@MIGRATIONS()
def m011_crawl_limits(db):
    """Crawl runs name the crawl limits that cut them, and how often (JSON: {"max_depth": 12})."""
    _add_column(db, "crawl_runs", "cuts", str)


# As of m013: the search index's columns and how lemmas and compound parts were found.
FTS_COLUMNS_V13 = [*FTS_COLUMNS_V2, "search_lemmas", "search_parts"]
MIN_PART_V13 = 4
LINKING_ENDINGS_V13 = ("s", "es", "n", "en", "er", "e", "ns")


@MIGRATIONS()
def m012_link_index(db):
    """What linking keeps of each article, indexed, so that a night links only the articles it
    changed and those they can touch (pipeline.enrich.linking); and the articles waiting for it.

    link_articles: an article's day, publisher, host, places (municipality and Kreis keys,
    space-separated; `local`: it names a municipality or Kreis), content words, fingerprint,
    number of shingles, the original it re-posts and its story. link_places: its places by
    day. link_grams: the shingles re-post candidates are found by. story_pairs: pairs alike
    enough to be one story.
    link_pending: articles saved or enriched since the last linking. Every article stored
    before waits for it.
    """
    db.execute(
        "CREATE TABLE link_articles (article_id TEXT PRIMARY KEY, day TEXT, publisher_id TEXT, "
        "host TEXT NOT NULL, places TEXT NOT NULL, local INTEGER NOT NULL, words TEXT NOT NULL, "
        "fingerprint TEXT NOT NULL, shingles INTEGER NOT NULL, repost_of TEXT, story_id TEXT)"
    )
    db.execute("CREATE INDEX link_articles_day ON link_articles (day, article_id)")
    db.execute("CREATE INDEX link_articles_fingerprint ON link_articles (fingerprint)")
    db.execute("CREATE INDEX link_articles_repost_of ON link_articles (repost_of)")
    db.execute(
        "CREATE TABLE link_places (ags TEXT NOT NULL, day TEXT NOT NULL, article_id TEXT NOT NULL,"
        " PRIMARY KEY (ags, day, article_id)) WITHOUT ROWID"
    )
    db.execute("CREATE INDEX link_places_article ON link_places (article_id)")
    db.execute(
        "CREATE TABLE link_grams (gram INTEGER NOT NULL, article_id TEXT NOT NULL, "
        "PRIMARY KEY (gram, article_id)) WITHOUT ROWID"
    )
    db.execute("CREATE INDEX link_grams_article ON link_grams (article_id)")
    db.execute(
        "CREATE TABLE story_pairs (first TEXT NOT NULL, second TEXT NOT NULL, "
        "PRIMARY KEY (first, second)) WITHOUT ROWID"
    )
    db.execute("CREATE INDEX story_pairs_second ON story_pairs (second)")
    db.execute("CREATE TABLE link_pending (article_id TEXT NOT NULL)")
    db.execute("CREATE INDEX IF NOT EXISTS citations_date ON citations (date)")
    db.execute("INSERT INTO link_pending (article_id) SELECT id FROM articles ORDER BY id")


@MIGRATIONS()
def m013_search_lemmas_and_compound_parts(db):
    """Lemmas and compound parts as search columns: "Kita" finds "Kitas", "Hebamme" finds
    "Familienhebammen"; the search index is rebuilt with them."""
    for column in ("search_lemmas", "search_parts"):
        _add_column(db, "articles", column, str)
    last = -1
    while batch := list(db.query(
        "select rowid, title, teaser, body from articles where rowid > ? order by rowid limit 1000",
        [last],
    )):
        db.conn.executemany(
            "update articles set search_lemmas = ?, search_parts = ? where rowid = ?",
            [(*_search_lemmas_and_parts_v13(row["title"], row["teaser"], row["body"]),
              row["rowid"]) for row in batch],
        )
        last = batch[-1]["rowid"]
    db["articles"].disable_fts()
    db["articles"].enable_fts(FTS_COLUMNS_V13, tokenize=FTS_TOKENIZER_V1, create_triggers=True)
    db["articles"].rebuild_fts()


def _search_lemmas_and_parts_v13(*texts: str | None) -> tuple[str | None, str | None]:
    """The lemmas and the compound parts' lemmas of the texts' words, as m013 computed them."""
    words = dict.fromkeys(word for text in texts for word in WORD_V2.findall(text or ""))
    lemmas = dict.fromkeys(_lemma_v13(word) for word in words)
    parts = dict.fromkeys(part for word in words for part in _compound_parts_v13(word))
    return " ".join(lemmas) or None, " ".join(parts) or None


@functools.lru_cache(maxsize=200_000)
def _lemma_v13(word: str) -> str:
    return simplemma.lemmatize(word, "de", greedy=True).lower()


@functools.lru_cache(maxsize=200_000)
def _compound_parts_v13(word: str) -> tuple[str, ...]:
    if len(word) < 2 * MIN_PART_V13 or not word.isalpha():
        return ()
    for cut in range(MIN_PART_V13, len(word) - MIN_PART_V13 + 1):
        head, modifier = word[cut:], _known_modifier_v13(word[:cut])
        if modifier and simplemma.is_known(head, "de"):
            return (*(_compound_parts_v13(modifier) or (_lemma_v13(modifier),)),
                    *(_compound_parts_v13(head.capitalize()) or (_lemma_v13(head.capitalize()),)))
    return ()


def _known_modifier_v13(modifier: str) -> str | None:
    if simplemma.is_known(modifier, "de"):
        return modifier
    for ending in LINKING_ENDINGS_V13:
        bare = modifier.removesuffix(ending)
        if bare != modifier and len(bare) >= MIN_PART_V13 and simplemma.is_known(bare, "de"):
            return bare
    return None


@MIGRATIONS()
def m014_search_inner_compounds(db):
    """Compound parts found more often and the compounds inside long ones indexed:
    "Ferienbetreuungsangebot" is found by "Ferienbetreuung", "Babybegrüßungsbesuch" (whose
    first part is a compound itself) by "Begrüßungsbesuch"; the search index is rebuilt."""
    for batch in _article_texts_in_batches(db):
        db.conn.executemany("update articles set search_parts = ? where rowid = ?", [
            (_search_parts_v14(row["title"], row["teaser"], row["body"]), row["rowid"])
            for row in batch])
    db["articles"].rebuild_fts()


def _article_texts_in_batches(db, size: int = 1000):
    """The articles' rowid, title, teaser and body, a thousand at a time in rowid order (a
    batch may be updated before the next is read)."""
    last = -1
    while batch := list(db.query("select rowid, title, teaser, body from articles "
                                 "where rowid > ? order by rowid limit ?", [last, size])):
        yield batch
        last = batch[-1]["rowid"]


def _search_parts_v14(*texts: str | None) -> str | None:
    """The compound parts' lemmas and the compounds inside them, as m014 computed them."""
    words = dict.fromkeys(word for text in texts for word in WORD_V2.findall(text or ""))
    parts = dict.fromkeys(part for word in words for part in _compound_terms_v14(word))
    return " ".join(parts) or None


@functools.lru_cache(maxsize=200_000)
def _compound_terms_v14(word: str) -> tuple[str, ...]:
    segments = _segments_v14(word)
    spans = [(start, start + size) for size in range(2, len(segments))
             for start in range(len(segments) - size + 1)]
    inner = dict.fromkeys(
        _lemma_v13(("".join(written for written, _ in segments[start:end - 1])
                    + segments[end - 1][0 if end == len(segments) else 1]).capitalize())
        for start, end in spans)
    return (*(_lemma_v13(bare) for _, bare in segments), *inner)


@functools.lru_cache(maxsize=200_000)
def _segments_v14(word: str) -> tuple[tuple[str, str], ...]:
    if len(word) < 2 * MIN_PART_V13 or not word.isalpha():
        return ()
    for find_modifier in (_known_modifier_v14, _compound_modifier_v14):
        for cut in range(MIN_PART_V13, len(word) - MIN_PART_V13 + 1):
            head, modifier = word[cut:], find_modifier(word[:cut])
            if modifier and simplemma.is_known(head, "de"):
                inner = _segments_v14(modifier)
                left = ((word[:cut], modifier),) if not inner else (
                    *inner[:-1], (inner[-1][0] + word[len(modifier):cut], inner[-1][1]))
                return (*left, *(_segments_v14(head.capitalize()) or ((head, head.capitalize()),)))
    return ()


def _known_modifier_v14(modifier: str) -> str | None:
    return next((bare for bare in _bare_forms_v14(modifier) if simplemma.is_known(bare, "de")),
                None)


def _compound_modifier_v14(modifier: str) -> str | None:
    return next((bare for bare in _bare_forms_v14(modifier) if _segments_v14(bare)), None)


def _bare_forms_v14(modifier: str) -> list[str]:
    return [modifier, *(modifier.removesuffix(ending) for ending in LINKING_ENDINGS_V13
                        if modifier.endswith(ending)
                        and len(modifier) - len(ending) >= MIN_PART_V13)]


def _search_stems_v2(*texts: str | None) -> str | None:
    """The German word stems of the texts, once each, as m002 computed them."""
    words = dict.fromkeys(word.lower() for text in texts for word in WORD_V2.findall(text or ""))
    stems = dict.fromkeys(snowballstemmer.stemmer("german").stemWords(list(words)))
    return " ".join(stems) or None


def _record_id_v6(canonical: str) -> str:
    """The record id of a canonical URL as m006 computed it: no scheme, no `www.`, sha256."""
    parts = urlsplit(canonical)
    key = parts.netloc.removeprefix("www.") + urlunsplit(("", "", parts.path, parts.query, ""))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _add_column(db, table: str, column: str, kind) -> None:
    # Archives written by development builds between two releases may have the column already.
    if column not in db[table].columns_dict:
        db[table].add_column(column, kind)


def _merge_into(db, old_id: str, current_id: str) -> None:
    """Keep a duplicate as a version of the current article, then drop it."""
    row = db["articles"].get(old_id)
    citations = list(db["citations"].rows_where("article_id = ?", [old_id], order_by="position"))
    version = db.execute(
        "select coalesce(max(version), 0) + 1 from article_versions where article_id = ?",
        [current_id],
    ).fetchone()[0]
    db["article_versions"].insert({
        "article_id": current_id, "version": version,
        **{key: row[key] for key in ("title", "teaser", "body", "published", "modified",
                                     "author", "content_hash", "fetched_at", "warc_file",
                                     "warc_offset")},
        "citations": json.dumps(citations, ensure_ascii=False),
        "superseded_at": row["last_checked_at"],
    })
    for table, column in ARTICLE_ID_COLUMNS:
        if table != "article_versions" and db[table].exists():
            db.execute(f"delete from [{table}] where [{column}] = ?", [old_id])
    db["articles"].delete(old_id)


def _rekey(db, old_id: str, new_id: str) -> None:
    db.execute("update articles set id = ? where id = ?", [new_id, old_id])
    for table, column in ARTICLE_ID_COLUMNS:
        if db[table].exists():
            db.execute(f"update [{table}] set [{column}] = ? where [{column}] = ?",
                       [new_id, old_id])


@MIGRATIONS()
def m015_unplaced_link_index(db):
    """The link index's articles about no municipality or Kreis, by day: a night's story
    candidates among them are found without reading every article of the story window."""
    db.execute("CREATE INDEX link_articles_unplaced ON link_articles (day) WHERE NOT local")


@MIGRATIONS()
def m016_search_reindex_on_text_updates(db):
    """Re-index an article for search only when a searched column changes: refreshing its
    facets (topics, places) after enrichment no longer rewrites its full-text entry."""
    columns = ", ".join(f'"{column}"' for column in FTS_COLUMNS_V13)
    old = ", ".join(f'old."{column}"' for column in FTS_COLUMNS_V13)
    new = ", ".join(f'new."{column}"' for column in FTS_COLUMNS_V13)
    db.execute("DROP TRIGGER articles_au")
    db.execute(f"""CREATE TRIGGER articles_au AFTER UPDATE OF {columns} ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, {columns}) VALUES ('delete', old.rowid, {old});
  INSERT INTO articles_fts (rowid, {columns}) VALUES (new.rowid, {new});
END""")


@MIGRATIONS()
def m017_archive_checks(db):
    """When the archive last passed SQLite's full quick_check: a night checks the whole file
    only when that is older than its setting (a light check otherwise)."""
    db["archive_checks"].create({"id": int, "checked_at": str, "kind": str, "seconds": float},
                                pk="id", not_null={"checked_at", "kind", "seconds"})


# As of m018: the short nouns a compound's part may be (pipeline/data/compound_parts.toml).
SHORT_PARTS_V18 = frozenset({"amt", "bau", "hof", "weg", "zoo"})
SHORTEST_PART_V18 = 3


@MIGRATIONS()
def m018_search_short_compound_parts(db):
    """Compounds with a short noun as a part are split too: "Modulbauweise" gives "modulbau"
    and "Jugendämter" "amt". Only the articles whose parts change are rewritten; the update
    trigger (m016) re-indexes each of them."""
    for batch in _article_texts_in_batches(db):
        current = dict(db.execute(
            "select rowid, search_parts from articles where rowid between ? and ?",
            [batch[0]["rowid"], batch[-1]["rowid"]]).fetchall())
        changed = [(parts, row["rowid"]) for row in batch
                   if (parts := _search_parts_v18(row["title"], row["teaser"], row["body"]))
                   != current[row["rowid"]]]
        db.conn.executemany("update articles set search_parts = ? where rowid = ?", changed)


def _search_parts_v18(*texts: str | None) -> str | None:
    """The compound parts' lemmas and the compounds inside them, as m018 computed them."""
    words = dict.fromkeys(word for text in texts for word in WORD_V2.findall(text or ""))
    parts = dict.fromkeys(part for word in words for part in _compound_terms_v18(word))
    return " ".join(parts) or None


@functools.lru_cache(maxsize=200_000)
def _compound_terms_v18(word: str) -> tuple[str, ...]:
    segments = _segments_v18(word)
    spans = [(start, start + size) for size in range(2, len(segments))
             for start in range(len(segments) - size + 1)]
    inner = dict.fromkeys(
        _lemma_v13(("".join(written for written, _ in segments[start:end - 1])
                    + segments[end - 1][0 if end == len(segments) else 1]).capitalize())
        for start, end in spans)
    return (*(_lemma_v13(bare) for _, bare in segments), *inner)


@functools.lru_cache(maxsize=200_000)
def _segments_v18(word: str) -> tuple[tuple[str, str], ...]:
    if len(word) < 2 * SHORTEST_PART_V18 or not word.isalpha():
        return ()
    cuts = [cut for cut in range(SHORTEST_PART_V18, len(word) - SHORTEST_PART_V18 + 1)
            if _is_part_length_v18(word[:cut]) and _is_part_length_v18(word[cut:])]
    for find_modifier in (_known_modifier_v18, _compound_modifier_v18):
        for cut in cuts:
            head, modifier = word[cut:], find_modifier(word[:cut])
            if modifier and simplemma.is_known(head, "de"):
                inner = _segments_v18(modifier)
                left = ((word[:cut], modifier),) if not inner else (
                    *inner[:-1], (inner[-1][0] + word[len(modifier):cut], inner[-1][1]))
                return (*left, *(_segments_v18(head.capitalize()) or ((head, head.capitalize()),)))
    return ()


def _known_modifier_v18(modifier: str) -> str | None:
    return next((bare for bare in _bare_forms_v18(modifier) if simplemma.is_known(bare, "de")),
                None)


def _compound_modifier_v18(modifier: str) -> str | None:
    return next((bare for bare in _bare_forms_v18(modifier) if _segments_v18(bare)), None)


def _bare_forms_v18(modifier: str) -> list[str]:
    return [modifier, *(modifier.removesuffix(ending) for ending in LINKING_ENDINGS_V13
                        if modifier.endswith(ending)
                        and _is_part_length_v18(modifier.removesuffix(ending)))]


def _is_part_length_v18(part: str) -> bool:
    return len(part) >= MIN_PART_V13 or part.lower() in SHORT_PARTS_V18


@MIGRATIONS()
def m019_link_places_by_kreis(db):
    """The link index's places of municipalities by Kreis (an AGS's first five digits) and day:
    a report about a Kreis finds the reports about its towns within the story window without
    reading every place of the Kreis's other days."""
    db.execute("CREATE INDEX link_places_kreis ON link_places (substr(ags, 1, 5), day) "
               "WHERE length(ags) = 8")


# As of m020: how story likeness stemmed a content word (pipeline.enrich.similarity).
STEMMER_V20 = snowballstemmer.stemmer("german")


@MIGRATIONS()
def m020_link_index_keeps_stems(db):
    """The link index keeps the stems of an article's content words, all that linking compares,
    instead of the words: linking no longer stems a neighbour's words each time it is compared.
    Each stored word set is stemmed here as linking stemmed it, so the links stay as they are."""
    db.execute("ALTER TABLE link_articles RENAME COLUMN words TO stems")
    last = -1
    while batch := list(db.query(
        "select rowid, stems from link_articles where rowid > ? order by rowid limit 1000", [last]
    )):
        db.conn.executemany("update link_articles set stems = ? where rowid = ?", [
            (" ".join(sorted({_stem_v20(word) for word in row["stems"].split()})), row["rowid"])
            for row in batch
        ])  # fmt: skip
        last = batch[-1]["rowid"]


@MIGRATIONS()
def m021_link_index_keeps_topics(db):
    """The link index keeps an article's topics: two reports on different topics are not one
    story. They are filled from article_topics, and every article waits for linking, so that
    the next linking makes the stories anew with them."""
    db.execute("ALTER TABLE link_articles ADD COLUMN topics TEXT NOT NULL DEFAULT ''")
    db.execute(
        "UPDATE link_articles SET topics = coalesce((SELECT group_concat(topic, ' ') FROM "
        "(SELECT topic FROM article_topics WHERE article_topics.article_id = "
        "link_articles.article_id ORDER BY topic)), '')"
    )
    db.execute("INSERT INTO link_pending (article_id) SELECT id FROM articles ORDER BY id")


@MIGRATIONS()
def m022_link_index_keeps_steps(db):
    """The link index keeps the steps of a project each article's title names (a decision, an
    opening): two reports of different steps are not one story. Every article waits for
    linking, which finds its steps and makes the stories anew."""
    db.execute("ALTER TABLE link_articles ADD COLUMN steps TEXT NOT NULL DEFAULT ''")
    db.execute("INSERT INTO link_pending (article_id) SELECT id FROM articles ORDER BY id")


@functools.lru_cache(maxsize=200_000)
def _stem_v20(word: str) -> str:
    return STEMMER_V20.stemWord(_lemma_v13(word))


# As of m023: the search index's spellings and stemmer, and the compounds written with hyphens
# (pipeline.search.hyphen_compounds).
GERMAN_SPELLING_V23 = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"}
)
SHARP_S_SPELLING_V23 = str.maketrans({"ß": "ss", "ẞ": "SS"})
WORD_WITH_GERMAN_LETTERS_V23 = re.compile(r"\w*[äöüÄÖÜßẞ]\w*")
STEMMER_V23 = snowballstemmer.stemmer("german")
LIST_JOINER_V23 = r"\s+(?:und|oder|sowie|bis|bzw\.)\s+"
LIST_SEPARATOR_V23 = rf"(?:,\s*|{LIST_JOINER_V23})"
MAX_LIST_WORDS_V23, MAX_HYPHENATED_PIECES_V23 = 8, 5
HEADLESS_LIST_V23 = re.compile(
    rf"(?<![\w-])((?:\w+-{LIST_SEPARATOR_V23}){{0,{MAX_LIST_WORDS_V23 - 1}}}\w+-)"
    rf"{LIST_JOINER_V23}(\w+)(?![\w-])")
MODIFIERLESS_LIST_V23 = re.compile(
    rf"(?<![\w-])(\w+)((?:{LIST_SEPARATOR_V23}-\w+){{1,{MAX_LIST_WORDS_V23}}})(?![\w-])")
HYPHENATED_V23 = re.compile(r"(?<![\w-])\w+(?:-\w+)+(?![\w-])")
SEARCH_COLUMNS_V23 = ("search_variants", "search_stems", "search_lemmas", "search_parts")


@MIGRATIONS()
def m023_search_hyphenated_compounds(db):
    """The compounds German writes with hyphens are indexed as one word, with their forms and
    parts: "Osterferien" finds "Oster-, Sommer- und Herbstferien", "Kitaträger" finds
    "Kitaleitungen und -träger", "Secondhandladen" finds "Second-Hand-Laden". Only the
    articles that write such a compound can change: their search columns are made anew, and
    those that differ rewritten; the update trigger (m016) re-indexes each of them."""
    columns = ", ".join(SEARCH_COLUMNS_V23)
    assignments = ", ".join(f"{column} = ?" for column in SEARCH_COLUMNS_V23)
    for batch in _article_texts_in_batches(db):
        hyphenated = [row for row in batch
                      if _hyphen_compounds_v23((row["title"], row["teaser"], row["body"]))]
        if not hyphenated:
            continue
        current = {rowid: tuple(stored) for rowid, *stored in db.execute(
            f"select rowid, {columns} from articles where rowid between ? and ?",
            [hyphenated[0]["rowid"], hyphenated[-1]["rowid"]]).fetchall()}
        changed = [(*made, row["rowid"]) for row in hyphenated
                   if (made := _search_columns_v23(row["title"], row["teaser"], row["body"]))
                   != current[row["rowid"]]]
        db.conn.executemany(f"update articles set {assignments} where rowid = ?", changed)


def _search_columns_v23(*texts: str | None) -> tuple[str | None, ...]:
    """The search columns of SEARCH_COLUMNS_V23, as m023 computed them: the spellings, stems,
    lemmas and compound parts of the texts' words and of the compounds they write with
    hyphens; those compounds also as they are in the spellings' column."""
    compounds = _hyphen_compounds_v23(texts)
    words = dict.fromkeys(word for text in texts for word in WORD_V2.findall(text or ""))
    words |= compounds
    variants = dict.fromkeys(compound.lower() for compound in compounds)
    for word in words:
        if WORD_WITH_GERMAN_LETTERS_V23.fullmatch(word):
            for spelling in (word.translate(SHARP_S_SPELLING_V23),
                             word.translate(GERMAN_SPELLING_V23)):
                if spelling != word:
                    variants.setdefault(spelling.lower())
    stems = STEMMER_V23.stemWords(list(dict.fromkeys(word.lower() for word in words)))
    lemmas = (_lemma_v13(word) for word in words)
    parts = (part for word in words for part in _compound_terms_v18(word))
    return tuple(" ".join(dict.fromkeys(forms)) or None
                 for forms in (variants, stems, lemmas, parts))


def _hyphen_compounds_v23(texts) -> dict[str, None]:
    """The compounds the texts write with hyphens, as one word, as m023 found them."""
    compounds = {}
    for text in texts:
        for match in HEADLESS_LIST_V23.finditer(text or ""):
            head = "".join(written for written, _ in _segments_v18(match[2])[1:]).lower()
            modifiers = re.findall(r"(\w+)-", match[1])
            compounds |= {f"{modifier}{head}": None for modifier in modifiers
                          if head and modifier.isalpha() and _is_part_length_v18(modifier)}
        for match in MODIFIERLESS_LIST_V23.finditer(text or ""):
            parts = [written for written, _ in _segments_v18(match[1])]
            for head in re.findall(r"-(\w+)", match[2]):
                cut = next((cut for cut in range(1, len(parts))
                            if "".join(parts[cut:]).lower().startswith(head.lower())),
                           len(parts) - 1)
                if cut > 0 and head.isalpha() and _is_part_length_v18(head):
                    compounds.setdefault(match[1][:len("".join(parts[:cut]))] + head.lower())
        for match in HYPHENATED_V23.finditer(text or ""):
            first, *rest = match[0].split("-")
            if len(rest) < MAX_HYPHENATED_PIECES_V23 and match[0].replace("-", "").isalpha():
                compounds.setdefault(first + "".join(rest).lower())
    return compounds


# As of m024: the particles a main clause puts at its end, apart from their verb, and where a
# clause ends.
SEPARABLE_PARTICLES_V24 = frozenset({
    "ab", "an", "auf", "aus", "bei", "bereit", "dazu", "ein", "fest", "fort", "frei", "heraus",
    "hin", "hinzu", "hoch", "los", "mit", "nach", "statt", "teil", "um", "vor", "vorbei", "weg",
    "weiter", "zu", "zurück", "zusammen",
})
CLAUSE_END_V24 = re.compile(r"[!?;:()\[\]\n\"„“”–—]|(?<!\d)[.,]|[.,](?!\d)")


@MIGRATIONS()
def m024_search_separable_verbs(db):
    """The verbs a text splits are indexed as one word among its lemmas: "Die Stadt stockt die
    Mittel auf" is found by "aufstocken" (and "Aufstockung"), "Ratingen schafft die Gebühren
    ab" by "abschaffen". Only the articles with such a verb change: the verbs their lemmas
    lack are added after them, as the search now stores them; the update trigger (m016)
    re-indexes each of them."""
    for batch in _article_texts_in_batches(db):
        verbs = {row["rowid"]: _separable_verbs_v24((row["title"], row["teaser"], row["body"]))
                 for row in batch}
        split = [rowid for rowid, found in verbs.items() if found]
        if not split:
            continue
        stored = dict(db.execute(
            "select rowid, search_lemmas from articles where rowid between ? and ?",
            [split[0], split[-1]]).fetchall())
        changed = []
        for rowid in split:
            lemmas = (stored[rowid] or "").split()
            missing = [verb for verb in verbs[rowid] if verb not in lemmas]
            if missing:
                changed.append((" ".join([*lemmas, *missing]), rowid))
        db.conn.executemany("update articles set search_lemmas = ? where rowid = ?", changed)


def _separable_verbs_v24(texts) -> list[str]:
    """The verbs the texts split, as m024 found them: a clause that ends in a particle, and the
    word nearest before it, in lower case, that makes with it a verb the dictionary knows."""
    verbs = {}
    for text in texts:
        for clause in CLAUSE_END_V24.split(text or ""):
            *before, last = WORD_V2.findall(clause) or [""]
            if last not in SEPARABLE_PARTICLES_V24:
                continue
            verb = next((joined for word in reversed(before) if word.islower()
                         for joined in (last + _lemma_v13(word),) if _is_verb_v24(joined)), None)
            if verb:
                verbs.setdefault(verb)
    return list(verbs)


@functools.lru_cache(maxsize=20_000)
def _is_verb_v24(word: str) -> bool:
    return word.endswith("n") and simplemma.is_known(word, "de") and _lemma_v13(word) == word
