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


@pytest.mark.parametrize("name, count, earlier_sets", [
    ("fresh", 41, ("dev", "heldout")),
    ("fresh2", 46, ("dev", "heldout", "fresh")),  # a later writer's: new beside all three
    ("fresh3", 60, ("dev", "heldout", "fresh", "fresh2")),
    ("fresh4", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3")),
    ("fresh5", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4")),
    ("fresh6", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5")),
    ("fresh7", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                    "fresh6")),
    # Written beside fresh7: its two repeats of a fresh7 query were dropped (GUIDE.md).
    ("fresh8", 58, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                    "fresh6", "fresh7")),
    ("fresh9", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                    "fresh6", "fresh7", "fresh8")),
    ("fresh10", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9")),
    ("fresh11", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10")),
    ("fresh12", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11")),
    ("fresh13", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12")),
    ("fresh14", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13")),
    ("fresh15", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14")),
    ("fresh16", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14", "fresh15")),
    ("fresh17", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14", "fresh15", "fresh16")),
    ("fresh18", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14", "fresh15", "fresh16", "fresh17")),
    ("fresh19", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18")),
    ("fresh20", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
                     "fresh19")),
    ("fresh21", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
                     "fresh19", "fresh20")),
    ("fresh22", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
                     "fresh19", "fresh20", "fresh21")),
    ("fresh23", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
                     "fresh19", "fresh20", "fresh21", "fresh22")),
    ("fresh24", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
                     "fresh19", "fresh20", "fresh21", "fresh22", "fresh23")),
    ("fresh25", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
                     "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24")),
    ("fresh26", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
                     "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
                     "fresh25")),
    # (written at the same time as fresh26 by a writer who never saw it: the two share
    # "Förderbedarf" and "Kommunalwahlen")
    ("fresh27", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
                     "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
                     "fresh25")),
    ("fresh28", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
                     "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
                     "fresh25", "fresh26", "fresh27")),
    # (written at the same time as fresh28 by a writer who never saw it)
    ("fresh29", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
                     "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
                     "fresh25", "fresh26", "fresh27")),
    ("fresh30", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
                     "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
                     "fresh25", "fresh26", "fresh27", "fresh28", "fresh29")),
    # (written at the same time as fresh30 by a writer who never saw it: the two share eight
    # queries, "Waldkitas" and "Rechtsansprüche" among them)
    ("fresh31", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
                     "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
                     "fresh25", "fresh26", "fresh27", "fresh28", "fresh29")),
    ("fresh32", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
                     "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
                     "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30",
                     "fresh31")),
    # (written at the same time as fresh32 by a writer who never saw it: the two share eight
    # queries, "Inflation" and "Grundstück" among them)
    ("fresh33", 60, ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                     "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                     "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
                     "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
                     "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30",
                     "fresh31")),
])
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
