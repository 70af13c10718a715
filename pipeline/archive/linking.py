"""What linking keeps of each article and finds by index (link_articles, link_places,
link_grams, story_pairs, link_pending), and the links it makes (citation_links, stories).

Every query here is indexed and bounded by what it is asked about (a day window, a place, a
fingerprint, some shingles, some ids): a night's linking costs the same in a large archive.
"""

import json
from collections.abc import Iterable, Iterator

LINK_COLUMNS = ("article_id, day, publisher_id, host, places, local, stems, topics, steps, "
                "fingerprint, shingles, repost_of")
IN_IDS = "(select value from json_each(?))"
# The places of a Kreis's municipalities (AGS of eight digits, the first five the Kreis key):
# the expressions of index link_places_kreis (m019), which only these find.
IN_KREIS = "substr(p.ags, 1, 5) = ? and length(p.ags) = 8"


class LinkRecords:
    """The link index (m012) and the links between articles."""

    # -- articles waiting to be linked

    def pending_links(self, limit: int = -1) -> tuple[list[str], int]:
        """The ids of the articles saved or enriched since the last linking (at most `limit`
        of them), and the mark that clears them all (marks made after it stay)."""
        mark = self.db.execute("select coalesce(max(rowid), 0) from link_pending").fetchone()[0]
        ids = [row[0] for row in self.db.execute(
            "select distinct article_id from link_pending where rowid <= ? order by article_id "
            "limit ?", [mark, limit])]  # fmt: skip
        return ids, mark

    def mark_for_linking(self, article_ids: list[str]) -> None:
        self.db.execute("insert into link_pending (article_id) select value from json_each(?)",
                        [json.dumps(article_ids)])  # fmt: skip

    def clear_pending_links(self, mark: int) -> None:
        self.db.execute("delete from link_pending where rowid <= ?", [mark])

    # -- what linking reads of the articles

    def articles_to_link(self, ids: list[str] | None = None, after: str = "",
                         limit: int = -1) -> list[dict]:
        """The text, day, publisher and URL of these articles (or of those whose ids follow
        `after`, in id order), with their places (`places`: municipality and Kreis keys) and
        topics (`topics`: slugs)."""
        columns = "id, title, teaser, body, published, publisher_id, canonical_url"
        if ids is None:
            rows = list(self.db.query(
                f"select {columns} from articles where id > ? order by id limit ?", [after, limit]))
        else:
            rows = list(self.db.query(
                f"select {columns} from articles where id in {IN_IDS} order by id",
                [json.dumps(ids)]))
        ids = [json.dumps([row["id"] for row in rows])]
        places: dict[str, set[str]] = {}
        for row in self.db.query(
            "select article_id, ags from article_municipalities where level != 'land' "
            f"and article_id in {IN_IDS}", ids
        ):
            places.setdefault(row["article_id"], set()).add(row["ags"])
        topics: dict[str, set[str]] = {}
        for row in self.db.query(
            f"select article_id, topic from article_topics where article_id in {IN_IDS}", ids
        ):
            topics.setdefault(row["article_id"], set()).add(row["topic"])
        return [{**row, "places": frozenset(places.get(row["id"], ())),
                 "topics": frozenset(topics.get(row["id"], ()))} for row in rows]

    def article_text(self, article_id: str) -> dict | None:
        return next(self.db.query(
            "select title, teaser, body from articles where id = ?", [article_id]), None)

    # -- the link index

    def save_link_articles(self, rows: list[dict], grams: dict[str, list[int]]) -> None:
        """Keep what linking needs of these articles (rows of link_articles; their shingle
        prefixes), replacing what was kept of them."""
        self.drop_link_articles([row["article_id"] for row in rows])
        columns = [*LINK_COLUMNS.split(", "), "story_id"]
        self.db.conn.executemany(
            f"insert into link_articles ({', '.join(columns)}) values "
            f"({', '.join(':' + column for column in columns)})", rows)
        self.db.conn.executemany(
            "insert into link_places (ags, day, article_id) values (?, ?, ?)",
            ((place, row["day"], row["article_id"])
             for row in rows if row["day"] for place in row["places"].split()))
        self.db.conn.executemany(
            "insert or ignore into link_grams (gram, article_id) values (?, ?)",
            ((gram, article_id) for article_id, values in grams.items() for gram in values))

    def drop_link_articles(self, article_ids: list[str]) -> None:
        ids = [json.dumps(article_ids)]
        for table in ("link_articles", "link_places", "link_grams"):
            self.db.execute(f"delete from {table} where article_id in {IN_IDS}", ids)

    def clear_link_index(self) -> None:
        """Empty the link index, and mark every article for linking: a recompute that stops
        before it has filled the index again leaves them all waiting, so the next linking
        recomputes everything rather than trusting a part of an index."""
        for table in ("link_articles", "link_places", "link_grams", "story_pairs"):
            self.db.execute(f"delete from {table}")
        self.db.execute("insert into link_pending (article_id) select id from articles")

    def link_rows(self, article_ids: list[str]) -> list[dict]:
        return list(self.db.query(
            f"select {LINK_COLUMNS} from link_articles where article_id in {IN_IDS}",
            [json.dumps(article_ids)]))

    def link_rows_by_age(self, batch_size: int) -> Iterator[list[dict]]:
        """Every article's row, oldest first (undated ones last, by id), a batch at a time;
        each batch is read when the one before has been handled."""
        day, article_id = "", ""
        while batch := list(self.db.query(
            f"select {LINK_COLUMNS} from link_articles where day is not null "
            "and (day, article_id) > (?, ?) order by day, article_id limit ?",
            [day, article_id, batch_size])):
            yield batch
            day, article_id = batch[-1]["day"], batch[-1]["article_id"]
        while batch := list(self.db.query(
            f"select {LINK_COLUMNS} from link_articles where day is null and article_id > ? "
            "order by article_id limit ?", [article_id if day is None else "", batch_size])):
            yield batch
            day, article_id = None, batch[-1]["article_id"]

    def link_rows_between(self, first: str, last: str, place: str | None = None,
                          unplaced: bool = False) -> list[dict]:
        """Rows of the articles of those days: about `place`, or about no municipality or
        Kreis (unplaced), or all."""
        if place:
            return list(self.db.query(
                f"select {', '.join('l.' + c for c in LINK_COLUMNS.split(', '))} from link_places"
                " p join link_articles l on l.article_id = p.article_id "
                "where p.ags = ? and p.day between ? and ?", [place, first, last]))
        local = " and not local" if unplaced else ""
        return list(self.db.query(
            f"select {LINK_COLUMNS} from link_articles where day between ? and ?{local}",
            [first, last]))

    def link_rows_in_kreis(self, first: str, last: str, kreis: str) -> list[dict]:
        """Rows of the articles of those days about a municipality of this Kreis (whose AGS
        begins with the Kreis key), by the index of m019."""
        return list(self.db.query(
            f"select distinct {', '.join('l.' + c for c in LINK_COLUMNS.split(', '))} from "
            f"link_places p join link_articles l on l.article_id = p.article_id where {IN_KREIS} "
            "and p.day between ? and ?", [kreis, first, last]))

    def link_rows_with_fingerprint(self, fingerprint: str) -> list[dict]:
        return list(self.db.query(
            f"select {LINK_COLUMNS} from link_articles where fingerprint = ?", [fingerprint]))

    def link_rows_sharing_grams(self, article_id: str, at_least: int = 1) -> list[dict]:
        """Rows of the other articles that share at least `at_least` kept values with this one."""
        return list(self.db.query(
            f"select {LINK_COLUMNS} from link_articles where article_id in "
            "(select other.article_id from link_grams own join link_grams other "
            "on other.gram = own.gram where own.article_id = ? and other.article_id != ? "
            "group by other.article_id having count(*) >= ?)",
            [article_id, article_id, at_least]))

    def set_repost_of(self, article_id: str, original_id: str | None) -> None:
        self.db.execute("update link_articles set repost_of = ? where article_id = ?",
                        [original_id, article_id])

    def reposts_of(self, article_ids: list[str]) -> set[str]:
        """The articles kept as re-posts of these."""
        return {row[0] for row in self.db.execute(
            f"select article_id from link_articles where repost_of in {IN_IDS}",
            [json.dumps(article_ids)])}  # fmt: skip

    # -- story pairs

    def add_story_pairs(self, pairs: Iterable[tuple[str, str]]) -> None:
        self.db.conn.executemany("insert or ignore into story_pairs (first, second) values (?, ?)",
                            (tuple(sorted(pair)) for pair in pairs))

    def drop_story_pairs_of(self, article_ids: list[str]) -> set[str]:
        """Remove these articles' story pairs; the articles they were paired with."""
        ids = [json.dumps(article_ids)] * 2
        where = f"first in {IN_IDS} or second in {IN_IDS}"
        partners = {row[0] for row in self.db.execute(
            f"select first from story_pairs where {where} union "
            f"select second from story_pairs where {where}", ids * 2)}  # fmt: skip
        self.db.execute(f"delete from story_pairs where {where}", ids)
        return partners - set(article_ids)

    # -- citation links

    def citations_to_link(self, article_ids: list[str]) -> list[dict]:
        """The dated citations of these articles."""
        return list(self.db.query(
            f"select {CITATION_COLUMNS} from citations where date is not null "
            f"and article_id in {IN_IDS}", [json.dumps(article_ids)]))

    def citations_dated_between(self, first: str, last: str) -> list[dict]:
        """Citations naming a day from `first` to `last` (ISO days, inclusive)."""
        return list(self.db.query(
            f"select {CITATION_COLUMNS} from citations where date >= ? and date < ? || 'z'",
            [first, last]))

    def dated_citations_after(self, after: tuple[str, int], limit: int) -> list[dict]:
        """Dated citations following `after` (article id, position), in that order."""
        return list(self.db.query(
            f"select {CITATION_COLUMNS} from citations where date is not null "
            "and (article_id, position) > (?, ?) order by article_id, position limit ?",
            [*after, limit]))

    def replace_citation_links(self, citations: list[tuple[str, int]],
                               links: list[dict]) -> set[str]:
        """Replace the links of these citations (article id, position); the articles the
        links removed joined."""
        keys = [json.dumps([list(key) for key in citations])]
        where = ("(article_id, position) in (select json_extract(value, '$[0]'), "
                 "json_extract(value, '$[1]') from json_each(?))")
        joined = {id for row in self.db.execute(
            f"select article_id, linked_article_id from citation_links where {where}", keys)
            for id in row}  # fmt: skip
        self.db.execute(f"delete from citation_links where {where}", keys)
        self.db["citation_links"].insert_all(links, batch_size=500)
        return joined

    def drop_citation_links_of(self, article_ids: list[str]) -> set[str]:
        """Remove the links of these articles' citations; the articles those links joined."""
        ids = [json.dumps(article_ids)]
        joined = {id for row in self.db.execute(
            f"select article_id, linked_article_id from citation_links where article_id in "
            f"{IN_IDS}", ids) for id in row}  # fmt: skip
        self.db.execute(f"delete from citation_links where article_id in {IN_IDS}", ids)
        return joined

    def drop_orphan_citation_links(self) -> None:
        """Remove links of citations that are gone or name no day any more."""
        self.db.execute(
            "delete from citation_links where not exists (select 1 from citations c where "
            "c.article_id = citation_links.article_id and c.position = citation_links.position "
            "and c.date is not null)"
        )

    # -- stories

    def link_neighbours(self, article_ids: list[str]) -> set[str]:
        """The articles joined to these by a story pair, a citation link or a re-post."""
        ids = [json.dumps(article_ids)] * 6
        return {row[0] for row in self.db.execute(
            f"select second from story_pairs where first in {IN_IDS} "
            f"union select first from story_pairs where second in {IN_IDS} "
            f"union select linked_article_id from citation_links where article_id in {IN_IDS} "
            f"union select article_id from citation_links where linked_article_id in {IN_IDS} "
            f"union select repost_of from link_articles where article_id in {IN_IDS} "
            "and repost_of is not null "
            f"union select article_id from link_articles where repost_of in {IN_IDS}", ids)}

    def links_among(self, article_ids: list[str]) -> list[tuple[str, str, str]]:
        """The links between these articles, each once: (first, second, kind), kind "repost"
        (the copy first), "citation" (the citing article first) or "story" (a story pair)."""
        ids = [json.dumps(article_ids)] * 2
        return [tuple(row) for row in self.db.execute(
            f"select article_id, repost_of, 'repost' from link_articles where article_id in "
            f"{IN_IDS} and repost_of in {IN_IDS} "
            f"union select article_id, linked_article_id, 'citation' from citation_links "
            f"where article_id in {IN_IDS} and linked_article_id in {IN_IDS} "
            f"union select first, second, 'story' from story_pairs where first in {IN_IDS} "
            f"and second in {IN_IDS}", ids * 3)]  # fmt: skip

    def save_story_members(self, members: list[dict]) -> None:
        """Keep these articles' story rows (replacing theirs), and each one's story in the link
        index too, which tells a full recompute the article has its story."""
        self.db.conn.executemany(
            "insert into stories (article_id, story_id, relation, representative) "
            "values (:article_id, :story_id, :relation, :representative) "
            "on conflict (article_id) do update set story_id = excluded.story_id, "
            "relation = excluded.relation, representative = excluded.representative", members)
        self.db.conn.executemany(
            "update link_articles set story_id = ? where article_id = ?",
            [(member["story_id"], member["article_id"]) for member in members])

    def has_story_again(self, article_id: str) -> bool:
        """Whether this linking has given the article its story yet (see forget_story_ids)."""
        row = self.db.execute("select story_id from link_articles where article_id = ?",
                              [article_id]).fetchone()  # fmt: skip
        return row is None or row[0] is not None

    def forget_story_ids(self, article_ids: list[str] | None = None) -> None:
        """Forget these articles' (default: every article's) story in the link index, so that
        `has_story_again` tells which stories linking has found again."""
        if article_ids is None:
            self.db.execute("update link_articles set story_id = null")
        else:
            self.db.execute(f"update link_articles set story_id = null where article_id in "
                            f"{IN_IDS}", [json.dumps(article_ids)])  # fmt: skip

    def drop_stories_of(self, article_ids: list[str]) -> None:
        self.db.execute(f"delete from stories where article_id in {IN_IDS}",
                        [json.dumps(article_ids)])

    def drop_orphan_stories(self) -> None:
        """Remove the story rows of articles the link index no longer holds."""
        self.db.execute(
            "delete from stories where article_id not in (select article_id from link_articles)")

    def link_counts(self) -> dict[str, int]:
        """Citation links, stories of two or more articles, the articles in them, re-posts."""
        row = self.db.execute(
            "select (select count(*) from citation_links), count(*), coalesce(sum(size), 0), "
            "(select count(*) from stories where relation = 'repost') from "
            "(select count(*) as size from stories group by story_id having count(*) > 1)"
        ).fetchone()
        return dict(zip(("citation_links", "stories", "clustered_articles", "reposts"), row,
                        strict=True))


CITATION_COLUMNS = "article_id, position, outlet_id, outlet_name, domain, date"
