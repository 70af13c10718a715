"""Linking a night's articles gives what recomputing the whole archive gives, on real files."""

import sqlite3
from dataclasses import asdict
from datetime import date

import pytest

from pipeline.archive import Archive
from pipeline.enrich import link_archive, linking
from pipeline.enrich.links import CitationRef, link_citations
from pipeline.enrich.stories import cluster
from pipeline.rules import default_rules

from .linking_archives import ArchiveMaker, in_memory, links_and_stories, save

RULES = default_rules()
KEMPEN, KREIS = "05166012", "05166"
KLEVE, KREIS_KLEVE = "05154008", "05154"
STORY = ("Kempen eröffnet ein Familienzentrum am Buttermarkt. Hebammen, Erziehungsberatung und "
         "Sprachkurse finden dort unter einem Dach Platz. Träger ist die Caritas.")
RETOLD = ("Das neue Familienzentrum am Kempener Buttermarkt bündelt Hebammen, Erziehungsberatung "
          "und Sprachkurse. Die Caritas trägt das Haus.")
FOLLOW_UP = ("Im Familienzentrum am Buttermarkt laufen die ersten Sprachkurse; auch die Hebammen "
             "sind gefragt, berichtet die Caritas aus Kempen.")
# STORY as the Kreis tells it (the Kreis as a whole, none of its towns named; no other step).
KREIS_STORY = ("Im Kreis Viersen gibt es ein neues Familienzentrum am Buttermarkt: Hebammen, "
               "Erziehungsberatung und Sprachkurse unter einem Dach, getragen von der Caritas.")
# Alike, from a Kreis Kempen is not in.
KLEVE_STORY = ("Auch im Kreis Kleve bündelt ein neues Familienzentrum Hebammen, Erziehungsberatung "
               "und Sprachkurse; die Caritas trägt das Haus, der Kreis stellt die Räume.")
OTHER = ("Der Spielplatz an der Burgstraße bekommt neue Schaukeln und einen Sandkasten. Die "
         "Arbeiten dauern bis zu den Sommerferien.")


def full_recompute(path, tmp_path) -> tuple[list[tuple], list[tuple]]:
    """Links and stories a full recompute gives on a copy of the archive."""
    copy = tmp_path / "full.db"
    with sqlite3.connect(path) as source, sqlite3.connect(copy) as target:
        source.backup(target)  # with what the write-ahead log holds
    source.close()
    target.close()
    with Archive.open(copy) as archive:
        link_archive(archive, RULES)
        found = links_and_stories(archive)
    copy.unlink()
    return found


def reference(archive) -> tuple[list[tuple], list[tuple]]:
    """What the in-memory rules give for every stored article (the linking before m012)."""
    articles = {a.id: a for a in in_memory(archive)}
    citations = [
        CitationRef(row["article_id"], row["position"], row["outlet_id"], row["outlet_name"],
                    row["domain"], date.fromisoformat(row["date"][:10]))
        for row in archive.dated_citations_after(("", -1), -1)
    ]
    links = link_citations(citations, articles)
    members = cluster(list(articles.values()),
                      [(link.article_id, link.linked_article_id) for link in links])
    return (
        sorted(tuple(asdict(link).values()) for link in links),
        sorted((m.article_id, m.story_id, m.relation, int(m.representative)) for m in members),
    )


def linked_nights(tmp_path, seed: int) -> dict[str, int]:
    """Four nights of a generated archive, each linked like a full recompute and like the
    in-memory rules; the links and stories it made, by kind."""
    maker = ArchiveMaker(seed)
    path = tmp_path / "archive.db"
    with Archive.open(path) as archive:
        for number in range(40):
            maker.keep(archive, maker.article(number))
        link_archive(archive, RULES, changed_only=True)
        for night in range(4):
            for number in range(40 + night * 8, 48 + night * 8):
                maker.keep(archive, maker.article(number))
            for record, _, places in maker.rng.sample(list(maker.made.values()), 3):
                maker.keep(archive, maker.changed(record, places))
            link_archive(archive, RULES, changed_only=True)
            found = links_and_stories(archive)
            assert found == full_recompute(path, tmp_path) == reference(archive), night
        return {**archive.link_counts(), "kreis_town_pairs": kreis_town_pairs(archive),
                "pairs_across_stories": pairs_across_stories(archive)}


@pytest.mark.parametrize("seed", range(12))
def test_each_night_links_like_a_full_recompute(tmp_path, seed):
    counts = linked_nights(tmp_path, seed)
    # The generated nights exercise every kind of link (a story pair refused by step not in
    # every archive: see the next test).
    assert min(counts[kind] for kind in counts if kind != "pairs_across_stories") > 0, counts


@pytest.mark.parametrize("seed", [9, 11])
def test_nights_whose_stories_split_by_step_link_like_a_full_recompute(tmp_path, seed):
    """Archives where reports naming no step are alike to reports of two steps."""
    assert linked_nights(tmp_path, seed)["pairs_across_stories"] > 0


def kreis_town_pairs(archive) -> int:
    """Story pairs of a report about a Kreis as a whole and one about a town of it alone."""
    return archive.db.execute(
        "select count(*) from story_pairs s join link_articles a on a.article_id = s.first "
        "join link_articles b on b.article_id = s.second where "
        "(length(a.places) = 5 and length(b.places) = 8 and b.places like a.places || '%') or "
        "(length(b.places) = 5 and length(a.places) = 8 and a.places like b.places || '%')"
    ).fetchone()[0]


def pairs_across_stories(archive) -> int:
    """Story pairs whose articles are in different stories: a pair by_step refused."""
    return archive.db.execute(
        "select count(*) from story_pairs p join stories a on a.article_id = p.first "
        "join stories b on b.article_id = p.second where a.story_id != b.story_id"
    ).fetchone()[0]


def story_archive(tmp_path) -> Archive:
    return Archive.open(tmp_path / "archive.db")


def record(id: str, day: str | None, body: str, publisher: str = "rp") -> dict:
    return {"id": id, "source": "test", "body": body, "published": day, "publisher_id": publisher,
            "canonical_url": f"https://{publisher}.example/{id}", "url": f"https://x/{id}",
            "fetched_at": "2024-05-01T10:00:00Z", "http_status": 200,
            "content_hash": f"{id}{day}{hash(body)}", "warc_file": "w", "warc_offset": 0}


def stories_of(archive) -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in links_and_stories(archive)[1]}


def test_a_story_that_grows_keeps_its_id(tmp_path):
    with story_archive(tmp_path) as archive:
        save(archive, record("b-first", "2013-03-04", STORY), [], [KEMPEN, KREIS])
        save(archive, record("a-other", "2013-03-05", OTHER), [], [KEMPEN, KREIS])
        link_archive(archive, RULES, changed_only=True)
        before = stories_of(archive)
        save(archive, record("0-later", "2013-03-20", RETOLD, "wz"), [], [KEMPEN])
        save(archive, record("z-copy", "2013-03-21", STORY.upper(), "wz"), [], [])
        link_archive(archive, RULES, changed_only=True)
        after = stories_of(archive)

        assert before == {"b-first": ("b-first", "member"), "a-other": ("a-other", "member")}
        assert after == {**before, "0-later": ("b-first", "member"),
                         "z-copy": ("b-first", "repost")}
        assert links_and_stories(archive) == full_recompute(tmp_path / "archive.db", tmp_path)


# A council's decision, the opening two weeks later, and a report naming neither step.
DECIDED = ("Der Rat hat beschlossen, im Kempener Rathaus ein Familienbüro einzurichten. Zwei "
           "Beraterinnen sollen Familien bei Anträgen und bei der Suche nach einem "
           "Betreuungsplatz helfen.")
OPENED = ("Das Familienbüro im Kempener Rathaus ist eröffnet. Zwei Beraterinnen helfen Familien "
          "bei Anträgen und bei der Suche nach einem Betreuungsplatz.")
NO_STEP = ("Zwei Beraterinnen im Kempener Rathaus: Das Familienbüro soll Familien bei Anträgen "
           "und bei der Suche nach einem Betreuungsplatz helfen.")


def test_a_report_naming_no_step_does_not_join_two_steps_night_by_night(tmp_path):
    with story_archive(tmp_path) as archive:
        save(archive, record("decided", "2013-03-04", DECIDED), [], [KEMPEN])
        save(archive, record("opened", "2013-03-18", OPENED), [], [KEMPEN])
        link_archive(archive, RULES, changed_only=True)
        apart = stories_of(archive)
        save(archive, record("no-step", "2013-03-15", NO_STEP, "wz"), [], [KEMPEN])
        link_archive(archive, RULES, changed_only=True)

        assert apart == {"decided": ("decided", "member"), "opened": ("opened", "member")}
        # linked to both, it joins the nearer one
        assert archive.links_among(["decided", "no-step", "opened"]) == [
            ("decided", "no-step", "story"), ("no-step", "opened", "story")]
        assert stories_of(archive) == {**apart, "no-step": ("no-step", "member"),
                                       "opened": ("no-step", "member")}
        assert links_and_stories(archive) == full_recompute(tmp_path / "archive.db", tmp_path)
        assert links_and_stories(archive) == reference(archive)


def test_an_article_changed_to_another_story_leaves_it_and_splits_it(tmp_path):
    with story_archive(tmp_path) as archive:
        # "bridge" is alike with both ends, which are too far apart in time to be alike.
        save(archive, record("early", "2013-03-01", STORY), [], [KEMPEN])
        save(archive, record("bridge", "2013-03-20", RETOLD), [], [KEMPEN])
        save(archive, record("late", "2013-04-08", FOLLOW_UP), [], [KEMPEN])
        link_archive(archive, RULES, changed_only=True)
        joined = stories_of(archive)
        save(archive, record("bridge", "2013-03-20", OTHER), [], [KEMPEN])
        link_archive(archive, RULES, changed_only=True)

        assert joined == dict.fromkeys(("early", "bridge", "late"), ("early", "member"))
        assert stories_of(archive) == {"early": ("early", "member"),
                                       "bridge": ("bridge", "member"),
                                       "late": ("late", "member")}
        assert links_and_stories(archive) == full_recompute(tmp_path / "archive.db", tmp_path)


def test_a_kreis_report_joins_its_towns_story_and_keeps_its_id_night_by_night(tmp_path):
    with story_archive(tmp_path) as archive:
        save(archive, record("town", "2013-03-04", STORY), [], [KEMPEN])
        save(archive, record("elsewhere", "2013-03-05", RETOLD), [], [KLEVE])
        link_archive(archive, RULES, changed_only=True)
        save(archive, record("kreis", "2013-03-06", KREIS_STORY, "wz"), [], [KREIS])
        save(archive, record("other-kreis", "2013-03-06", KLEVE_STORY, "nrz"), [], [KREIS_KLEVE])
        link_archive(archive, RULES, changed_only=True)
        joined = stories_of(archive)
        # the town's report turns out to be about a town of another Kreis
        save(archive, record("town", "2013-03-04", STORY), [], [KLEVE])
        link_archive(archive, RULES, changed_only=True)

        assert joined == {"town": ("town", "member"), "kreis": ("town", "member"),
                          "elsewhere": ("elsewhere", "member"),
                          "other-kreis": ("elsewhere", "member")}
        assert stories_of(archive) == dict.fromkeys(("town", "elsewhere", "other-kreis"),
                                                    ("town", "member")) | {
            "kreis": ("kreis", "member")}
        assert links_and_stories(archive) == full_recompute(tmp_path / "archive.db", tmp_path)


def test_towns_of_one_kreis_are_not_joined_by_a_report_naming_a_town_with_its_kreis(tmp_path):
    with story_archive(tmp_path) as archive:
        save(archive, record("kempen", "2013-03-04", STORY), [], [KEMPEN, KREIS])
        save(archive, record("nettetal", "2013-03-05", RETOLD), [], ["05166016"])
        link_archive(archive, RULES, changed_only=True)

        assert stories_of(archive) == {"kempen": ("kempen", "member"),
                                       "nettetal": ("nettetal", "member")}
        assert links_and_stories(archive) == full_recompute(tmp_path / "archive.db", tmp_path)


def test_a_crashed_night_leaves_its_articles_for_the_next(tmp_path):
    with story_archive(tmp_path) as archive:
        save(archive, record("early", "2013-03-01", STORY), [], [KEMPEN])
        link_archive(archive, RULES, changed_only=True)
        save(archive, record("later", "2013-03-10", RETOLD), [], [KEMPEN])
        archive.db.execute("create trigger fail before insert on story_pairs "
                           "begin select raise(abort, 'disk full'); end")  # half-way
        with pytest.raises(Exception, match="disk full"):
            link_archive(archive, RULES, changed_only=True)
        waiting = archive.pending_links()[0]
        archive.db.execute("drop trigger fail")
        link_archive(archive, RULES, changed_only=True)

        assert waiting == ["later"]
        assert stories_of(archive) == {"early": ("early", "member"), "later": ("early", "member")}
        assert archive.pending_links()[0] == []


def test_articles_no_longer_stored_leave_their_stories_and_links(tmp_path):
    maker = ArchiveMaker(99)
    with story_archive(tmp_path) as archive:
        for number in range(60):
            maker.keep(archive, maker.article(number))
        link_archive(archive, RULES, changed_only=True)
        # The most linked articles go: originals of re-posts, cited ones, story representatives.
        gone = [row[0] for row in archive.db.execute(
            "select article_id from (select repost_of as article_id from link_articles union all "
            "select linked_article_id from citation_links union all select story_id from "
            "stories) group by article_id order by count(*) desc, article_id limit 4")]
        for table, column in (("articles", "id"), ("citations", "article_id")):
            archive.db.execute(f"delete from {table} where {column} in ({', '.join('?' * 4)})",
                               gone)  # fmt: skip
        archive.drop_orphan_enrichment()
        link_archive(archive, RULES, changed_only=True)
        found = links_and_stories(archive)

        assert found == full_recompute(tmp_path / "archive.db", tmp_path) == reference(archive)
        assert not {id for rows in found for row in rows for id in row} & set(gone)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_night_with_more_waiting_than_the_limit_recomputes_everything_alike(
    tmp_path, monkeypatch, workers
):
    monkeypatch.setattr("pipeline.enrich.linking.PENDING_LIMIT", 10)
    maker = ArchiveMaker(7)
    with story_archive(tmp_path) as archive:
        for number in range(30):
            maker.keep(archive, maker.article(number))
        link_archive(archive, RULES, changed_only=True, workers=workers)

        assert archive.pending_links()[0] == []
        assert links_and_stories(archive) == reference(archive)


def test_a_recompute_that_stops_leaves_every_article_waiting_for_the_next(
    tmp_path, monkeypatch
):
    """Linking without one article's index rows would drop its links and stories: the
    recompute stops, naming it. The index it had emptied is not trusted by the next night:
    every article waits, and the next linking recomputes everything alike."""
    maker = ArchiveMaker(7)
    index_rows = linking.index_rows

    def faulty(row, words):
        if row["id"] == bad_id:
            raise ValueError("kaputt")
        return index_rows(row, words)

    monkeypatch.setattr("pipeline.enrich.linking.PENDING_LIMIT", 10)
    with story_archive(tmp_path) as archive:
        for number in range(30):
            maker.keep(archive, maker.article(number))
        link_archive(archive, RULES, changed_only=True)
        stored = sorted(row[0] for row in archive.db.execute("select id from articles"))
        bad_id = stored[5]
        monkeypatch.setattr(linking, "index_rows", faulty)
        with pytest.raises(RuntimeError, match=f"^linking article {bad_id} failed: ValueError: "
                                               "kaputt"):
            link_archive(archive, RULES)

        assert archive.pending_links()[0] == stored
        monkeypatch.setattr(linking, "index_rows", index_rows)
        maker.keep(archive, maker.article(30))  # the next night adds one
        link_archive(archive, RULES, changed_only=True)

        assert archive.pending_links()[0] == []
        assert links_and_stories(archive) == reference(archive)
