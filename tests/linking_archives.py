"""Generated archives for the linking tests: stories told by several outlets about the same
places (or a Kreis and one of its towns) within weeks, re-posts (exact and with a line changed),
citations (`Quellen:` lines naming an outlet and a day), Land-wide articles that name no
municipality, undated articles.

All text is made up here from invented words, so thresholds are crossed both ways at random.
"""

import hashlib
import random
from datetime import date, timedelta

from pipeline.enrich.links import Article, host_of
from pipeline.enrich.similarity import content_stems
from pipeline.rules import default_rules

SYLLABLES = ("ber", "kin", "tal", "dor", "mun", "gel", "ras", "fen", "lot", "wig", "sel", "han",
             "pol", "ter", "mar", "ulk", "ost", "ven", "bra", "sch")
# (AGS, Kreis key): three towns of two Kreise named with their Kreis, a town of one of them
# named alone, and that town's Kreis as a whole (a Kreis and its town).
PLACES = (("05166012", "05166"), ("05166032", "05166"), ("05162004", "05162"), ("05166016", None),
          (None, "05166"))
# (publisher id, host): two papers, a ministry, a town's own site (cited by its name).
PUBLISHERS = (("rp", "rp-online.de"), ("wz", "lokal.wz.de"), ("mkjfgfi", "mkjfgfi.nrw"),
              (None, "kempen.de"))
FIRST_DAY = date(2012, 1, 1)
STEP_TITLES = ("Rat beschließt das Vorhaben", "Vorhaben eröffnet", "Land fördert das Vorhaben")
DAYS = 90


class ArchiveMaker:
    """Articles (record, citations, places) made at random, and changes to them."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.filler = [self.word() for _ in range(300)]
        self.stories = [[self.word() for _ in range(30)] for _ in range(8)]
        self.made: dict[str, tuple[dict, list[dict], list[str]]] = {}

    def word(self) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4)))

    def text(self, story: list[str]) -> str:
        words = self.rng.sample(story, 18) + self.rng.sample(self.filler, 22)
        self.rng.shuffle(words)
        return " ".join(words)

    def summary(self, body: str, size: int) -> str:
        """Up to `size` words of another article's."""
        words = body.split()
        return " ".join(self.rng.sample(words, min(size, len(words))))

    def article(self, number: int) -> tuple[dict, list[dict], list[str]]:
        """A new article: a story's rewrite, a re-post, a Land-wide piece, one citing another or
        a town's report told again by its Kreis."""
        rng = self.rng
        kind = rng.choice(("story", "story", "story", "repost", "copy", "land", "citing", "citing",
                           "kreis"))  # fmt: skip
        earlier = list(self.made.values())
        if kind in ("repost", "copy") and earlier:
            record, _, places = rng.choice(earlier)
            body = record["body"].upper() if kind == "repost" else record["body"] + " Kontakt."
            return self.record(number, body, record["published"], places), [], places
        towns = [(record, places) for record, _, places in earlier if record["published"]
                 and len(places) == 1 and len(places[0]) == 8]  # fmt: skip
        if kind == "kreis" and towns:  # within the story window or after it
            town, (ags,) = rng.choice(towns)
            day = date.fromisoformat(town["published"]) + timedelta(days=rng.randint(0, 30))
            places = [ags[:5]]
            return self.record(number, self.summary(town["body"], 30), day.isoformat(),
                               places), [], places  # fmt: skip
        places = [] if kind == "land" else self.places()
        body = self.text(rng.choice(self.stories))
        if kind == "land" and earlier and rng.random() < 0.5:  # a digest of an earlier report
            body = self.summary(rng.choice(earlier)[0]["body"], 35)
        day = self.day()
        citations, cited = self.citations(day, places) if kind == "citing" else ([], None)
        if cited and rng.random() < 0.8:  # a summary of the report it cites
            body = self.summary(cited["body"], 25)
        if citations:
            body += "\n\nQuellen: " + "; ".join(c["text"] for c in citations)
        return self.record(number, body, day, places), citations, places

    def places(self) -> list[str]:
        ags, kreis = self.rng.choice(PLACES)
        return [key for key in (ags, kreis) if key]

    def day(self) -> str | None:
        if self.rng.random() < 0.05:
            return None
        return (FIRST_DAY + timedelta(days=self.rng.randrange(DAYS))).isoformat()

    def citations(self, day: str | None, places: list[str]) -> tuple[list[dict], dict | None]:
        """A citation of an earlier article about the same place, near its day (or of none),
        and the article it cites."""
        near = [(r, p) for r, _, p in self.made.values() if r["published"] and set(p) & set(places)]
        if not near:
            return [], None
        cited, _ = self.rng.choice(near)
        cited_day = date.fromisoformat(cited["published"]) + timedelta(
            days=self.rng.choice((-1, 0, 0, 1, 2)))
        outlet_id, host = next(p for p in PUBLISHERS if p[0] == cited["publisher_id"])
        how = self.rng.choice(("outlet", "domain", "town"))
        named = {"outlet": (outlet_id, None, None), "domain": (None, None, host),
                 "town": (None, "Stadt Kempen", None)}[how if outlet_id or how == "town"
                                                       else "domain"]
        return [{"position": 0, "text": f"{named[1] or named[2] or named[0]}, {cited_day}",
                 "outlet_id": named[0], "outlet_name": named[1], "domain": named[2],
                 "date": cited_day.isoformat(), "usage": "print"}], cited

    def record(self, number: int, body: str, day: str | None, places: list[str]) -> dict:
        publisher_id, host = self.rng.choice(PUBLISHERS)
        # Some titles name a step of a project: reports of different steps stay apart, and a
        # report naming none that is alike to both joins one of them (stories.by_step).
        title = self.rng.choice(STEP_TITLES) if self.rng.random() < 0.6 else None
        return {
            "id": f"a{number:05d}", "source": "generated", "title": title, "teaser": None,
            "body": body, "published": day, "publisher_id": publisher_id,
            "canonical_url": f"https://{host}/artikel/{number}", "url": f"https://{host}/{number}",
            "fetched_at": "2024-05-01T10:00:00Z", "http_status": 200,
            "content_hash": hashlib.sha256(f"{body}{day}{places}".encode()).hexdigest(),
            "warc_file": "generated.warc.gz", "warc_offset": number,
        }

    def changed(self, record: dict, places: list[str]) -> tuple[dict, list[dict], list[str]]:
        """The article told again: another story, another day or other places."""
        how = self.rng.choice(("text", "day", "places"))
        body, day = record["body"], record["published"]
        if how == "text":
            body = self.text(self.rng.choice(self.stories))
        elif how == "day":
            day = self.day()
        else:
            places = self.places() if places else []
        return self.record(int(record["id"][1:]), body, day, places), [], places

    def keep(self, archive, made: tuple[dict, list[dict], list[str]]) -> None:
        record, citations, places = made
        self.made[record["id"]] = made
        save(archive, record, citations, places)


def save(archive, record: dict, citations: list[dict], places: list[str]) -> None:
    """Store an article and its places as a crawl does: article and enrichment in one go."""
    with archive.writing():
        archive.save_article(record, citations)
        archive.save_enrichment(record["id"], {
            "article_municipalities": [
                {"article_id": record["id"], "ags": ags,
                 "level": {8: "gemeinde", 5: "kreis"}.get(len(ags), "land"), "name": ags,
                 "is_main": int(n == 0)}
                for n, ags in enumerate([*places, "05"])
            ],
            "article_topics": [],
            "fundings": [],
        })  # fmt: skip


def links_and_stories(archive) -> tuple[list[tuple], list[tuple]]:
    """Every citation link and story row, in a stable order."""
    return (
        [tuple(row) for row in archive.db.execute(
            "select article_id, position, linked_article_id, reason from citation_links "
            "order by article_id, position")],
        [tuple(row) for row in archive.db.execute(
            "select article_id, story_id, relation, representative from stories "
            "order by article_id")],
    )  # fmt: skip


def in_memory(archive) -> list[Article]:
    """Every stored article as the in-memory rules (stories.cluster, links.link_citations)
    take them."""
    words = default_rules().story_words
    return [
        Article(row["id"], date.fromisoformat(row["published"][:10]) if row["published"] else None,
                row["publisher_id"], host_of(row["canonical_url"]), row["places"],
                row["topics"], words.steps_of(row["title"] or "", row["body"] or ""),
                content_stems(text, words.function_words), text)
        for row in archive.articles_to_link()
        for text in ["\n\n".join(filter(None, (row["title"], row["teaser"], row["body"])))]
    ]  # fmt: skip
