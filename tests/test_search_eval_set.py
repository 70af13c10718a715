"""The search evaluation set is well formed: a broken id or an empty relevant list
would silently skew the recall it is used to measure."""

import json
import re
from datetime import date
from pathlib import Path

import pytest

from .conftest import ROOT

SET = ROOT / "bench" / "data" / "search_eval"
ARTICLE_FIELDS = {"id", "title", "teaser", "body", "published", "publisher", "place"}
QUERY_FIELDS = {"id", "query", "relevant", "kind"}
KINDS = {"inflection", "compound_part", "compound_split", "multi_word", "place_topic",
         "no_umlaut", "phrase", "typo"}


def rows(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return rows(SET / "corpus.jsonl")


@pytest.fixture(scope="module")
def halves() -> dict[str, list[dict]]:
    return {half: rows(SET / f"queries_{half}.jsonl") for half in ("dev", "heldout")}


def test_articles_are_many_unique_and_complete(articles):
    ids = [article["id"] for article in articles]
    assert len(articles) >= 180
    assert len(ids) == len(set(ids))
    assert [a["id"] for a in articles if set(a) != ARTICLE_FIELDS] == []
    assert [i for i in ids if not re.fullmatch(r"s\d{3}", i)] == []


def test_every_body_has_80_to_250_words(articles):
    assert [a["id"] for a in articles if not 80 <= len(a["body"].split()) <= 250] == []


def test_every_article_is_dated_2010_to_2026(articles):
    years = {a["id"]: date.fromisoformat(a["published"]).year for a in articles}
    assert [i for i, year in years.items() if not 2010 <= year <= 2026] == []


def test_queries_are_many_unique_and_complete(halves):
    queries = halves["dev"] + halves["heldout"]
    ids = [query["id"] for query in queries]
    assert len(queries) >= 80
    assert len(ids) == len(set(ids))
    assert [q["id"] for q in queries if set(q) != QUERY_FIELDS] == []
    assert [q["id"] for q in queries if q["kind"] not in KINDS] == []


def test_both_halves_hold_every_kind(halves):
    assert {q["kind"] for q in halves["dev"]} == KINDS
    assert {q["kind"] for q in halves["heldout"]} == KINDS


def test_no_query_text_is_in_both_halves(halves):
    dev = {q["query"].casefold() for q in halves["dev"]}
    assert [q["id"] for q in halves["heldout"] if q["query"].casefold() in dev] == []


def test_no_relevant_set_is_in_both_halves(halves):
    dev = {tuple(sorted(q["relevant"])) for q in halves["dev"]}
    assert [q["id"] for q in halves["heldout"] if tuple(sorted(q["relevant"])) in dev] == []


def test_every_query_has_known_distinct_relevant_articles(articles, halves):
    known = {article["id"] for article in articles}
    queries = halves["dev"] + halves["heldout"]
    assert [q["id"] for q in queries if not q["relevant"]] == []
    assert [q["id"] for q in queries if len(q["relevant"]) != len(set(q["relevant"]))] == []
    assert [(q["id"], r) for q in queries for r in q["relevant"] if r not in known] == []


# The fresh sets in the order they were written, each with its number of queries and the set
# written at the same time by a writer who never saw it (whose queries it may repeat), if any.
FRESH_SETS = [
    ("fresh", 41, None), ("fresh2", 46, None), ("fresh3", 60, None), ("fresh4", 60, None),
    ("fresh5", 60, None), ("fresh6", 60, None), ("fresh7", 60, None),
    # Written beside fresh7: its two repeats of a fresh7 query were dropped (GUIDE.md).
    ("fresh8", 58, None),
    *((f"fresh{number}", 60, None) for number in range(9, 27)),
    ("fresh27", 60, "fresh26"),  # the two share "Förderbedarf" and "Kommunalwahlen"
    ("fresh28", 60, None), ("fresh29", 60, "fresh28"),
    ("fresh30", 60, None),
    ("fresh31", 60, "fresh30"),  # eight shared queries, "Waldkitas" and "Rechtsansprüche" too
    ("fresh32", 60, None),
    ("fresh33", 60, "fresh32"),  # eight shared queries, "Inflation" and "Grundstück" too
    ("fresh34", 60, None),
    ("fresh35", 60, "fresh34"),  # three shared queries, "Bildschirmzeiten" among them
    ("fresh36", 60, None),
    ("fresh37", 60, "fresh36"),  # four shared queries, "Gleitzeit" among them
    ("fresh38", 60, None),
    ("fresh39", 60, "fresh38"),  # two shared queries, "Ersatzkraft" and "Spielplatz Leverkusen"
    ("fresh40", 60, None),
    ("fresh41", 60, "fresh40"),  # five shared queries, "Kita Lemgo" and "Frühstück" among them
    ("fresh42", 60, None),
    ("fresh43", 60, "fresh42"),  # five shared queries, "Rampe" and "Bilderbuch" among them
    ("fresh44", 60, None),
    ("fresh45", 60, "fresh44"),  # nine shared queries, "Babymassagen" among them
    ("fresh46", 60, None),
    ("fresh47", 60, "fresh46"),  # six shared queries (the two were written at the same time)
    ("fresh48", 60, None),
    ("fresh49", 60, "fresh48"),  # four shared queries, "Freistellung" among them
    ("fresh50", 60, None),
    ("fresh51", 60, "fresh50"),  # three shared queries, "Rathausempfang" among them
    ("fresh52", 60, None),
    ("fresh53", 60, "fresh52"),  # three shared queries, "Mittagstische" among them
    ("fresh54", 60, None),
    ("fresh55", 60, None),  # written beside fresh54, but sharing no query with it
    ("fresh56", 60, None),
    ("fresh57", 60, "fresh56"),  # three shared queries, "Sparkurs" among them
    ("fresh58", 60, None),
    ("fresh59", 60, "fresh58"),  # four shared queries, "Trennungsberatung" among them
    ("fresh60", 60, None),
    ("fresh61", 60, "fresh60"),  # eight shared queries, "beitragsfreien" among them
    ("fresh62", 60, None),
    ("fresh63", 60, "fresh62"),  # five shared queries, "Datenschutz" among them
    ("fresh64", 60, None),
    ("fresh65", 60, None),  # written beside fresh64, but sharing no query with it
    ("fresh66", 60, None),
    ("fresh67", 60, "fresh66"),  # two shared queries, "mit und ohne Behinderung" among them
    ("fresh68", 60, None),
    ("fresh69", 60, None),  # written beside fresh68, but sharing no query with it
    ("fresh70", 60, None),
    # one shared query, "Erlebnispädagogik"; 45 queries: its writer found no unused inflection
    ("fresh71", 45, "fresh70"),
    # 47 queries: its writer found four kinds short of unused queries
    ("fresh72", 47, None),
    ("fresh73", 60, "fresh72"),  # one shared query, "Väter Kreis Herford"
    # 47 queries: its writer found three kinds short of unused queries
    ("fresh74", 47, None),
    # 44 queries, four kinds short; three shared queries, "Tafel Energiepreise" among them
    ("fresh75", 44, "fresh74"),
    # 40 queries: its writer found four kinds short of unused queries
    ("fresh76", 40, None),
    # 41 queries, four kinds short; one shared query, "Tagesmütterhaus"
    ("fresh77", 41, "fresh76"),
    # 49 queries: its writer found five kinds short of unused queries
    ("fresh78", 49, None),
    # 40 queries, four kinds short; two shared queries, "Würdigung" among them
    ("fresh79", 40, "fresh78"),
    # 41 queries: its writer found four kinds short of unused queries
    ("fresh80", 41, None),
    # 40 queries, four kinds short; one shared query, "nach telefonischer Vereinbarung"
    ("fresh81", 40, "fresh80"),
    # 40 queries: its writer found three kinds short of unused queries
    ("fresh82", 40, None),
    # 51 queries, three kinds short; written beside fresh82, sharing no query with it
    ("fresh83", 51, None),
    # 40 queries: its writer found three kinds short of unused queries
    ("fresh84", 40, None),
    # 40 queries, five kinds short; written beside fresh84, seven queries shared with it
    ("fresh85", 40, "fresh84"),
    # 42 queries: its writer found four kinds short of unused queries
    ("fresh86", 42, None),
    # 40 queries, four kinds short (no synonym); written beside fresh86, one query shared
    ("fresh87", 40, "fresh86"),
    # 41 queries: its writer found three kinds short of unused queries
    ("fresh88", 41, None),
    # 41 queries, four kinds short; written beside fresh88, one query shared
    ("fresh89", 41, "fresh88"),
]


def fresh_sets_with_earlier_ones() -> list[tuple[str, int, tuple[str, ...]]]:
    """Each fresh set, its size, and the sets written before it it must not repeat: the two
    halves and every fresh set before it but the one written beside it."""
    earlier, cases = ["dev", "heldout"], []
    for name, count, beside in FRESH_SETS:
        cases.append((name, count, tuple(half for half in earlier if half != beside)))
        earlier.append(name)
    return cases


@pytest.mark.parametrize("name, count, earlier_sets", fresh_sets_with_earlier_ones())
def test_a_fresh_set_is_complete_and_new(articles, name, count, earlier_sets):
    fresh = rows(SET / f"queries_{name}.jsonl")
    known = {article["id"] for article in articles}
    earlier = {q["query"].casefold() for half in earlier_sets
               for q in rows(SET / f"queries_{half}.jsonl")}
    assert len(fresh) == count
    assert len({q["id"] for q in fresh}) == count
    assert [q["id"] for q in fresh if set(q) != QUERY_FIELDS] == []
    assert [(q["id"], r) for q in fresh for r in q["relevant"] if r not in known] == []
    assert [q["id"] for q in fresh if not 1 <= len(q["relevant"]) <= 20] == []
    assert [q["id"] for q in fresh if q["query"].casefold() in earlier] == []
