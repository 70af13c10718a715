"""The link index's candidate queries (m012) on a real archive file: each finds exactly the
articles a linking rule can concern."""

import pytest

from pipeline.archive import Archive

from .test_storage import article, citation

KEMPEN, VIERSEN, KREIS = "05166012", "05166032", "05166"


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "archive.db") as opened:
        yield opened


def row(id, day, places="", fingerprint="f", repost_of=None) -> dict:
    return {"article_id": id, "day": day, "publisher_id": "rp", "host": "rp-online.de",
            "places": places, "local": int(bool(places)), "stems": "wort", "topics": "",
            "steps": "", "fingerprint": fingerprint, "shingles": 40, "repost_of": repost_of,
            "story_id": None}


def ids(rows) -> list[str]:
    return sorted(r["article_id"] for r in rows)


@pytest.fixture
def indexed(archive):
    archive.save_link_articles([
        row("kempen-early", "2013-02-28", f"{KEMPEN} {KREIS}"),
        row("kempen-first", "2013-03-01", f"{KEMPEN} {KREIS}"),
        row("kempen-last", "2013-03-22", KEMPEN, fingerprint="g"),
        row("kempen-after", "2013-03-23", KEMPEN),
        row("viersen", "2013-03-10", f"{VIERSEN} {KREIS}", repost_of="kempen-first"),
        row("land", "2013-03-10"),
        row("undated", None, KEMPEN, fingerprint="g"),
    ], {"kempen-first": [7, 8], "viersen": [8, 9], "land": [10]})
    return archive


def test_the_articles_of_a_place_within_days_are_found_by_place_and_day(indexed):
    assert ids(indexed.link_rows_between("2013-03-01", "2013-03-22", place=KEMPEN)) == [
        "kempen-first", "kempen-last"]
    assert ids(indexed.link_rows_between("2013-03-01", "2013-03-22", place=KREIS)) == [
        "kempen-first", "viersen"]


def test_unplaced_articles_and_all_dated_ones_of_a_window(indexed):
    assert ids(indexed.link_rows_between("2013-03-01", "2013-03-22", unplaced=True)) == ["land"]
    assert ids(indexed.link_rows_between("2013-03-01", "2013-03-22")) == [
        "kempen-first", "kempen-last", "land", "viersen"]


def test_unplaced_articles_of_a_window_are_read_by_their_own_index(indexed):
    """A night asks for them once per new article: the placed articles of the window (nearly
    all of them) are not read to find the few unplaced ones."""
    statements = []
    indexed.db.conn.set_trace_callback(statements.append)
    indexed.link_rows_between("2013-03-01", "2013-03-22", unplaced=True)
    indexed.db.conn.set_trace_callback(None)

    [query] = [statement for statement in statements if statement.startswith("select")]
    plan = indexed.db.execute(f"explain query plan {query}").fetchall()
    assert [step[3] for step in plan] == [
        "SEARCH link_articles USING INDEX link_articles_unplaced (day>? AND day<?)"]


def test_the_articles_about_a_kreiss_towns_within_days_are_found_by_kreis_and_day(indexed):
    """Not the Kreis's own articles (nor another Kreis's towns, nor other days)."""
    indexed.save_link_articles([row("kreis", "2013-03-05", KREIS),
                                row("kleve", "2013-03-05", "05154008 05154")], {})

    assert ids(indexed.link_rows_in_kreis("2013-03-01", "2013-03-22", KREIS)) == [
        "kempen-first", "kempen-last", "viersen"]
    assert ids(indexed.link_rows_in_kreis("2013-03-01", "2013-03-22", "05154")) == ["kleve"]


def test_a_kreiss_towns_are_read_by_their_own_index(indexed):
    """A Kreis's report asks for them once per night: the rows of its towns' other days are
    not read."""
    statements = []
    indexed.db.conn.set_trace_callback(statements.append)
    indexed.link_rows_in_kreis("2013-03-01", "2013-03-22", KREIS)
    indexed.db.conn.set_trace_callback(None)

    [query] = [statement for statement in statements if statement.startswith("select")]
    plan = [step[3] for step in indexed.db.execute(f"explain query plan {query}").fetchall()]
    assert plan[0] == ("SEARCH p USING COVERING INDEX link_places_kreis (<expr>=? AND day>? AND "
                       "day<?)")


def test_re_post_candidates_share_a_fingerprint_or_a_kept_shingle(indexed):
    assert ids(indexed.link_rows_with_fingerprint("g")) == ["kempen-last", "undated"]
    assert ids(indexed.link_rows_sharing_grams("kempen-first")) == ["viersen"]
    assert ids(indexed.link_rows_sharing_grams("land")) == []
    assert indexed.reposts_of(["kempen-first", "land"]) == {"viersen"}


def test_rows_by_age_come_oldest_first_undated_last_in_batches(indexed):
    batches = [ids_in_order for ids_in_order in
               ([r["article_id"] for r in batch] for batch in indexed.link_rows_by_age(3))]
    assert batches == [["kempen-early", "kempen-first", "land"],
                       ["viersen", "kempen-last", "kempen-after"], ["undated"]]


def test_dropping_an_article_drops_its_places_and_shingles(indexed):
    indexed.drop_link_articles(["kempen-first"])

    assert ids(indexed.link_rows_between("2013-03-01", "2013-03-01", place=KEMPEN)) == []
    assert ids(indexed.link_rows_sharing_grams("viersen")) == []


def test_citations_of_a_day_window_include_dates_with_a_time(archive):
    archive.save_article(article(id="a"), [
        citation(0, date="2012-01-23"), citation(1, date="2012-01-25T08:00:00"),
        citation(2, date="2012-01-26"), citation(3, date=None)])

    found = archive.citations_dated_between("2012-01-23", "2012-01-25")

    assert [c["position"] for c in found] == [0, 1]


def test_neighbours_are_joined_by_story_pairs_citation_links_and_re_posts(indexed):
    indexed.add_story_pairs([("kempen-last", "kempen-after")])
    indexed.replace_citation_links([("land", 0)], [
        {"article_id": "land", "position": 0, "linked_article_id": "kempen-last",
         "reason": "rp 2013-03-22"}])

    assert indexed.link_neighbours(["kempen-last"]) == {"kempen-after", "land"}
    assert indexed.link_neighbours(["kempen-first"]) == {"viersen"}
    assert indexed.drop_story_pairs_of(["kempen-after"]) == {"kempen-last"}
    assert indexed.link_neighbours(["kempen-after"]) == set()


def test_marks_made_after_the_mark_survive_clearing(archive):
    archive.mark_for_linking(["a", "b", "a"])
    waiting, mark = archive.pending_links()
    archive.mark_for_linking(["c"])
    archive.clear_pending_links(mark)

    assert waiting == ["a", "b"]
    assert archive.pending_links()[0] == ["c"]


def test_saving_an_articles_enrichment_marks_it_for_linking(archive):
    archive.save_article(article(id="a"), [])
    archive.save_enrichment("a", {"article_municipalities": [], "article_topics": [],
                                  "fundings": []})
    archive.replace_enrichment_of({"a": (article()["content_hash"], {
        "article_municipalities": [], "article_topics": [], "fundings": []})})

    assert archive.pending_links()[0] == ["a"]


def test_re_post_candidates_share_as_many_kept_values_as_asked(archive):
    archive.save_link_articles([row("a", "2013-03-01", KEMPEN), row("b", "2013-03-02", KEMPEN),
                                row("c", "2013-03-03", KEMPEN)],
                               {"a": [1, 2, 3], "b": [1, 2, 9], "c": [3, 8, 9]})

    assert ids(archive.link_rows_sharing_grams("a", at_least=2)) == ["b"]
    assert ids(archive.link_rows_sharing_grams("a", at_least=1)) == ["b", "c"]
    assert ids(archive.link_rows_sharing_grams("a", at_least=3)) == []
