"""A synthetic archive's life: 15 years of articles of many outlets about NRW places, with stories.

Every article is German text of 300-600 words (bench/synthetic.py's paragraphs) about one NRW
municipality of the bundled gazetteer, named in its title and dateline, published on a day of
2011-2025 by a real outlet of pipeline/data/outlets.toml or a town's press office. Events make
stories: an original report, re-posts of it by other outlets (the same text), follow-ups by
other outlets that reuse part of its text and cite it in a `Quellen:` line ("Westdeutsche
Zeitung vom 23.01.2012", "Online-Recherche auf www.rp-online.de, ...", "Pressemitteilung der
Stadt Kempen vom ...").

`build_archive` writes such an archive through `pipeline.archive.Archive` (today's schema), with
the enrichment rows, citation links and stories written directly: computing them with the
project's code takes hours at 300,000 articles. They are what that code finds in the text:
places, topics and fundings come from the project's own taggers run on the parts an article is
made of (its title, teaser, sentences and pooled paragraphs, each tagged once), and the links and
stories are the events the generator made. tests/test_bench_synthetic.py checks both against
`enrich_article` and `link_archive` on a small archive.

Hosts end in `.test` (never resolvable): a night's crawl reaches them through a local proxy.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import pickle
import random
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from html import escape
from pathlib import Path

from synthetic import TextPool

from pipeline.archive import Archive
from pipeline.citations import parse_sources
from pipeline.enrich import Enrichment, rows_of
from pipeline.enrich.links import ASCII_SPELLING
from pipeline.enrich.similarity import fingerprint
from pipeline.enrich.topics import tells_of_work
from pipeline.identity import record_id
from pipeline.rawstore import WarcWriter
from pipeline.rules import DATA_DIR, Rules, default_rules
from pipeline.search import search_stems, search_variants

START = date(2011, 1, 1)
DAYS = (date(2026, 1, 1) - START).days  # 15 years
# When every archived article was last fetched: the night before the bench's night.
LAST_NIGHT = "2026-01-01T02:00:00Z"
# Outlets that report (real ids of outlets.toml); town press offices come on top.
OUTLETS = ("rp-online", "wz", "waz", "aachener-zeitung", "nrz", "wn", "wp", "ruhr-nachrichten",
           "ksta", "wdr", "nrw-familienministerium", "lvr", "lwl", "dpa", "epd")  # fmt: skip
TOWN = "town"  # the reporting outlet of a municipality's own press release
SOURCE = "synthetic"
# Shares of events with re-posts and with follow-ups citing the original.
REPOST_SHARE = 0.08
FOLLOW_UP_SHARE = 0.2
# Enough that two unrelated articles almost never share two paragraphs (a story's share).
POOL_PARAGRAPHS = 15000
# Every archive draws from the same pool: a night's follow-ups reuse archived paragraphs.
POOL_SEED = 6
ENRICH_DIR = DATA_DIR.parent / "enrich"  # the taggers a pool's tags come from
HEADLINES = (
    "Familienzentrum erhält Gütesiegel", "Netzwerk gegen Kinderarmut wächst",
    "Neue Plätze in der Kindertagespflege", "Familienbüro erweitert Sprechzeiten",
    "Elterncafé öffnet im Quartier", "Frühe Hilfen werden ausgebaut",
    "Ferienbetreuung für Grundschulkinder", "Beratung für Alleinerziehende startet",
    "Familienpass bringt Ermäßigungen", "Hebammensprechstunde im Familienzentrum",
    "Präventionskette wird fortgesetzt", "Mehr Geld für Schulsozialarbeit",
    "Babylotsen begleiten junge Eltern", "Offener Ganztag bekommt neue Räume",
    "Sprachförderung in allen Kitas", "Willkommensbesuche für Neugeborene",
)  # fmt: skip
TEASERS = (
    "Eltern und Fachkräfte haben das neue Angebot am Montag vorgestellt.",
    "Der Ausschuss hat das Vorhaben einstimmig auf den Weg gebracht.",
    "Träger und Verwaltung ziehen nach dem ersten Jahr eine gute Bilanz.",
    "Interessierte Familien können sich ab sofort anmelden.",
)  # fmt: skip
OPENINGS = (
    "Das Angebot richtet sich an Familien mit kleinen Kindern.",
    "Die Verwaltung hat das Konzept gemeinsam mit freien Trägern erarbeitet.",
    "Zum Start kamen mehr Besucher als erwartet.",
)  # fmt: skip
FUNDINGS = (
    "Das Land fördert das Projekt mit {amount} Euro.",
    "Der Landschaftsverband gibt einen Zuschuss von {amount} Euro.",
)  # fmt: skip
AMOUNTS = ("12.000", "25.000", "40.000", "75.000", "150.000")


@dataclass
class Article:
    """One generated article: its `articles` row, citations and enrichment rows."""

    row: dict
    day: date
    citations: list[dict]
    sources: list[str]  # the `Quellen:` lines as the page writes them
    enrichment: dict[str, list[dict]]
    places: frozenset[str]  # municipality and Kreis keys, as linking reads them
    paragraphs: list[str] = field(repr=False)
    pooled: list[int] = field(repr=False)  # indexes of the pool paragraphs in the body
    search: list[tuple[str, str]] = field(repr=False)  # stems and variants of its parts


@dataclass(frozen=True)
class Pool:
    """The paragraphs articles are made of, each tagged once: they name no place."""

    paragraphs: list[str]
    search: list[tuple[str, str]]  # stems and variants, as bench/search makes them
    words: list[int]
    topics: list[dict]  # slug -> Mentions, how the paragraph names each topic

    @classmethod
    def draw(cls, rules: Rules, paragraphs: int = POOL_PARAGRAPHS) -> Pool:
        pool = TextPool(random.Random(POOL_SEED), paragraphs=paragraphs)
        probe = next(iter(rules.gazetteer.municipalities()))
        title, opening = f"{probe.name}: {HEADLINES[0]}", f"{probe.name}. {OPENINGS[0]}"
        plain = rules.municipalities.tag(title, f"{TEASERS[0]}\n\n{opening}")
        kept = [(text, stems, variants) for text, stems, variants, *_ in pool.paragraphs
                if rules.municipalities.tag(title, "\n\n".join((TEASERS[0], opening, text)))
                == plain]  # fmt: skip
        return cls([text for text, _, _ in kept], [(stems, v) for _, stems, v in kept],
                   [len(text.split()) for text, _, _ in kept],
                   [rules.topics.mentions(text) for text, _, _ in kept])

    @classmethod
    def cached(cls, path: Path, rules: Rules) -> Pool:
        """The pool kept in `path` (drawn and tagged once: a minute's work)."""
        # The tags depend on the rules' data files and the taggers' code: a pool drawn under
        # other rules is not reused.
        digest = hashlib.sha256()
        for source in sorted([*DATA_DIR.glob("*.toml"), *ENRICH_DIR.glob("*.py")]):
            digest.update(source.read_bytes())
        path = path.with_name(f"{path.stem}-{digest.hexdigest()[:12]}{path.suffix}")
        if path.exists():
            return pickle.loads(path.read_bytes())
        pool = cls.draw(rules)
        path.write_bytes(pickle.dumps(pool))
        return pool


class Generator:
    """Articles, event by event, from one seed: the same seed (and pool) gives the same archive."""

    def __init__(self, seed: int = 13, rules: Rules | None = None, pool: Pool | None = None):
        self.rules = rules or default_rules()
        self.rng = random.Random(seed)
        self.places = list(self.rules.gazetteer.municipalities())
        pool = pool or Pool.draw(self.rules)
        self.paragraphs = pool.paragraphs
        self.paragraph_search = pool.search
        self.paragraph_words = pool.words
        self.paragraph_topics = pool.topics
        self.paragraph_index = {text: n for n, text in enumerate(self.paragraphs)}
        self.number = 0

    def events(self, count: int) -> Iterator[list[Article]]:
        """Stories until `count` articles: each an original with its re-posts and follow-ups."""
        made = 0
        while made < count:
            story = self._event(count - made)
            made += len(story)
            yield story

    def _event(self, room: int) -> list[Article]:
        rng = self.rng
        place = rng.choice(self.places)
        day = START + timedelta(days=rng.randrange(DAYS))
        outlet = self._outlet()
        pooled = self.paragraphs_for(rng.randint(300, 500))
        original = self.article(place, day, outlet, pooled)
        story = [original]
        if room > 1 and rng.random() < REPOST_SHARE:
            other = self._outlet(besides=(outlet,))
            story.append(self.repost(original, other, day + timedelta(days=rng.randint(0, 2))))
        if rng.random() < FOLLOW_UP_SHARE:
            for _ in range(min(rng.randint(1, 2), room - len(story))):
                other = self._outlet(besides=(outlet,))
                later = day + timedelta(days=rng.randint(1, 14))
                story.append(self.follow_up(original, other, later))
        return story

    def paragraphs_for(self, words: int, pooled: tuple[int, ...] = ()) -> list[int]:
        """Pool paragraphs added to `pooled` until the article has about `words` words."""
        chosen = list(pooled)
        while sum(self.paragraph_words[i] for i in chosen) < words:
            chosen.append(self.rng.randrange(len(self.paragraphs)))
        return chosen

    def _outlet(self, besides: tuple[str, ...] = ()) -> str:
        choices = [o for o in (*OUTLETS, TOWN, TOWN, TOWN) if o not in besides]
        return self.rng.choice(choices)

    def article(self, place, day: date, outlet: str, pooled: list[int],
                sources: tuple[str, ...] = ()) -> Article:
        """A report about `place` on `day` by `outlet`, its body made of these pool paragraphs."""
        rng = self.rng
        headline, teaser, opening = (rng.choice(HEADLINES), rng.choice(TEASERS),
                                     rng.choice(OPENINGS))  # fmt: skip
        funding = rng.choice(FUNDINGS) if rng.random() < 0.3 else None
        amount = rng.choice(AMOUNTS)
        publisher, url, article_id = self.address(outlet, place, day)
        title = f"{place.name}: {headline}"
        # The funding follows the dateline's sentence: its neighbours are fixed sentences.
        own = [f"{place.name}. {opening}", *([funding.format(amount=amount)] if funding else [])]
        paragraphs = [*own, *(self.paragraphs[i] for i in pooled)]
        # The teaser is the text's first paragraph (enrich_article puts it before the body).
        mentions = [*map(self._mentions, (teaser, *own)),
                    *(self.paragraph_topics[i] for i in pooled)]  # fmt: skip
        # (as enrich_article reads it: a text that tells of parents' work keeps a motive)
        topics = self.rules.topics.tag_parts(
            title, mentions, work_told=tells_of_work("\n\n".join((title, teaser, *paragraphs))))
        main = self.rules.gazetteer.get(place.ags)
        fundings = self.rules.funding.find("\n\n".join(paragraphs[:3]), main) if funding else []
        enrichment = Enrichment(self._places(place.ags, funding), tuple(topics),
                                tuple(fundings))
        search = [(search_stems(title, teaser, *own), search_variants(title, teaser, *own))]
        search += [self.paragraph_search[i] for i in pooled]
        return self._assemble(article_id, url, day, publisher, title, teaser, paragraphs, pooled,
                              list(sources),
                              rows_of(article_id, enrichment), search)

    def repost(self, original: Article, outlet: str, day: date) -> Article:
        """The same text published again by another outlet."""
        place = self.rules.gazetteer.get(original.row["_place"])
        publisher, url, article_id = self.address(outlet, place, day)
        enrichment = {table: [{**row, "article_id": article_id} for row in rows]
                      for table, rows in original.enrichment.items()}  # fmt: skip
        return self._assemble(article_id, url, day, publisher,
                              original.row["title"], original.row["teaser"],
                              original.paragraphs, original.pooled, original.sources,
                              enrichment, original.search)

    def follow_up(self, original: Article, outlet: str, day: date) -> Article:
        """Another outlet's report on the same event: part of its text, citing it."""
        place = self.rules.gazetteer.get(original.row["_place"])
        kept = self.rng.sample(original.pooled, 4)
        pooled = self.paragraphs_for(self.rng.randint(300, 500), tuple(kept))
        return self.article(place, day, outlet, pooled, (citation_line(original.row, self.rules),))

    def _assemble(self, article_id, url, day, publisher, title, teaser, paragraphs,
                  pooled, sources, enrichment, search) -> Article:
        publisher_id, publisher_name = publisher
        body = "\n\n".join(paragraphs)
        parsed = parse_sources(sources, self.rules.outlets, self.rules.citations)
        citations = [{"position": n, **asdict(c)} for n, c in enumerate(parsed)]
        main = next(row for row in enrichment["article_municipalities"] if row["is_main"])
        labels = sorted({row["label"] for row in enrichment["article_topics"]})
        kind = self.rules.outlets.get(publisher_id).kind if publisher_id else "municipality"
        row = {
            "id": article_id, "source": SOURCE, "title": title, "teaser": teaser, "body": body,
            "published": day.isoformat(), "modified": None, "year": day.year, "author": None,
            "language": "de", "publisher_id": publisher_id, "publisher_name": publisher_name,
            "publisher_kind": kind,
            "cited_outlets": json.dumps(sorted({c["outlet_name"] for c in citations
                                                if c["outlet_name"]}), ensure_ascii=False),
            "canonical_url": url, "url": url, "fetched_at": LAST_NIGHT, "http_status": 200,
            "content_hash": hashlib.sha256(
                json.dumps([title, teaser, body, sources], ensure_ascii=False).encode()
            ).hexdigest(),
            "warc_file": "synthetic.warc.gz", "warc_offset": 0, "first_seen_at": LAST_NIGHT,
            "last_checked_at": LAST_NIGHT, "relevance_score": 1.0, "relevance_reason": None,
            "municipality": main["name"], "kreis": main["kreis"],
            "topics": json.dumps(labels, ensure_ascii=False),
            "search_stems": " ".join(stems for stems, _ in search if stems),
            "search_variants": " ".join(variants for _, variants in search if variants) or None,
            "_place": main["ags"],
        }
        places = frozenset(r["ags"] for r in enrichment["article_municipalities"]
                           if r["level"] != "land")  # fmt: skip
        return Article(row, day, citations, list(sources), enrichment, places,
                       list(paragraphs), list(pooled), search)

    def address(self, outlet: str, place, day: date) -> tuple[tuple[str | None, str], str, str]:
        """The next article's publisher (id, its name that day), URL and record id."""
        self.number += 1
        path = f"/lokales/{slug(place.name)}/meldung-{self.number}.html"
        url = f"https://{self.host(outlet, place)}{path}"
        return self._publisher(outlet, place, day), url, record_id(url, rules=self.rules)

    def _publisher(self, outlet: str, place, day: date) -> tuple[str | None, str]:
        outlets = self.rules.outlets
        if outlet == TOWN:
            known = outlets.resolve(f"Stadt {place.name}")
            if known is None:
                return None, f"Stadt {place.name}"
            return known.id, outlets.name_on(known.id, day)
        return outlet, outlets.name_on(outlet, day)

    def host(self, outlet: str, place) -> str:
        """Where an outlet's articles are: its first domain, or the town's, under `.test`."""
        if outlet == TOWN:
            return f"www.{slug(place.name)}.test"
        return "www." + self.rules.outlets.get(outlet).domains[0].rsplit(".", 1)[0] + ".test"

    @functools.cache  # noqa: B019 - one generator per archive
    def _places(self, ags: str, funding: str | None) -> tuple:
        """The municipality tags of an article about `ags` with this funding sentence: the
        headline, teaser, opening and amount name no place, so the first of each stands in."""
        name = self.rules.gazetteer.get(ags).name
        own = [f"{name}. {OPENINGS[0]}", *([funding.format(amount=AMOUNTS[0])] if funding else [])]
        return tuple(self.rules.municipalities.tag(f"{name}: {HEADLINES[0]}",
                                                   "\n\n".join((TEASERS[0], *own))))

    @functools.cache  # noqa: B019 - one generator per archive
    def _mentions(self, paragraph: str) -> dict:
        return self.rules.topics.mentions(paragraph)


def slug(name: str) -> str:
    """A place name as a host or path part: "Mülheim an der Ruhr" -> "muelheim-an-der-ruhr"."""
    return name.lower().translate(ASCII_SPELLING).replace("/", "-").replace(".", "")


def citation_line(row: dict, rules: Rules) -> str:
    """How a later report names an article (its `articles` row) among its sources."""
    day = date.fromisoformat(row["published"][:10])
    written = f"{day:%d.%m.%Y}"
    publisher = row["publisher_id"]
    if publisher is None or rules.outlets.get(publisher).kind == "municipality":
        return f"Pressemitteilung der {row['publisher_name']} vom {written}"
    if day.year % 2:
        domain = rules.outlets.get(publisher).domains[0]
        return f"Online-Recherche auf www.{domain}, {written}"
    return f"{row['publisher_name']} vom {written}"


def story_rows(story: list[Article]) -> tuple[list[dict], list[dict]]:
    """The citation links and story memberships link_archive gives one event's articles."""
    by_id = {a.row["id"]: a for a in story}
    age = {a.row["id"]: (a.day, a.row["id"]) for a in story}
    originals: dict[str, str] = {}
    reposts = set()
    for article in sorted(story, key=lambda a: age[a.row["id"]]):
        key = fingerprint("\n\n".join([article.row["title"], article.row["teaser"],
                                       article.row["body"]]))
        if key in originals:
            reposts.add(article.row["id"])
        originals.setdefault(key, article.row["id"])
    representative = min((i for i in by_id if i not in reposts), key=age.__getitem__)
    stories = [{"article_id": i, "story_id": representative,
                "relation": "repost" if i in reposts else "member",
                "representative": int(i == representative)} for i in by_id]  # fmt: skip
    links = []
    cited = story[0]
    for article in story:
        for citation in article.citations:
            if citation["date"] is None or article is cited:
                continue
            outlet = citation["outlet_id"] or citation["domain"] or citation["outlet_name"]
            shared = ", ".join(sorted(article.places & cited.places))
            links.append({"article_id": article.row["id"], "position": citation["position"],
                          "linked_article_id": cited.row["id"],
                          "reason": f"{outlet} {cited.day.isoformat()}, place {shared}"})
    return links, stories


def build_archive(path: Path, count: int, pool: Pool | None = None, seed: int = 13) -> None:
    """Write an archive of `count` generated articles to `path` (a new file)."""
    generator = Generator(seed, pool=pool)
    with Archive.open(path) as archive:  # today's schema, enrichment tables included
        archive.fill_municipalities(generator.rules.gazetteer)
        archive.sync_outlets(generator.rules.outlets)
    db = sqlite3.connect(path)
    # One big transaction into a new file: a rollback journal, not a write-ahead log of it all
    # (Archive.open below turns the log back on).
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("PRAGMA synchronous = OFF")
    for trigger in ("articles_ai", "articles_ad", "articles_au"):
        # The search index is built once, at the end; the triggers are restored below.
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    batch: list[list[Article]] = []
    for story in generator.events(count):
        batch.append(story)
        if len(batch) >= 2000:
            _insert(db, batch)
            batch = []
    _insert(db, batch)
    # Every article waits for linking, as migration m012 left an archive older than the link
    # index: the bench links a new archive once before it measures a night (bench/nightly,
    # MIGRATE_AND_LINK_SCRIPT), so that the night finds its candidates in a full index.
    db.execute("INSERT INTO link_pending (article_id) SELECT id FROM articles ORDER BY id")
    db.commit()
    db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
    db.commit()
    db.close()
    with Archive.open(path) as archive:
        restore_search_triggers(archive)


def restore_search_triggers(archive: Archive) -> None:
    """Re-create the search index triggers dropped for the bulk insert, as the migrations wrote
    them (read from a fresh archive's schema, so they are today's)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, Archive.open(Path(tmp) / "schema.db") as fresh:
        triggers = [sql for (sql,) in fresh.db.execute(
            "select sql from sqlite_master where type = 'trigger' and tbl_name = 'articles'")]
    with archive.writing():
        for sql in triggers:
            archive.db.execute(sql)


def _insert(db: sqlite3.Connection, stories: list[list[Article]]) -> None:
    articles = [a for story in stories for a in story]
    columns = [c for c in articles[0].row if not c.startswith("_")] if articles else []
    _rows(db, "articles", columns, [a.row for a in articles])
    _rows(db, "citations", ["article_id", "position", "text", "outlet_id", "outlet_name",
                            "domain", "date", "usage"],
          [{"article_id": a.row["id"], **c} for a in articles for c in a.citations])
    for table in ("article_municipalities", "article_topics", "fundings"):
        rows = [r for a in articles for r in a.enrichment[table]]
        if rows:
            _rows(db, table, list(rows[0]), rows)
    links, members = [], []
    for story in stories:
        story_links, story_members = story_rows(story)
        links += story_links
        members += story_members
    _rows(db, "citation_links", ["article_id", "position", "linked_article_id", "reason"], links)
    _rows(db, "stories", ["article_id", "story_id", "relation", "representative"], members)


def _rows(db: sqlite3.Connection, table: str, columns: list[str], rows: list[dict]) -> None:
    if not rows:
        return
    db.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [[row[c] for c in columns] for row in rows],
    )


def page(article: dict, sources: list[str]) -> bytes:
    """An article's page as an outlet's site serves it: metadata, paragraphs, `Quellen:`."""
    meta = {"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": article["title"], "datePublished": f"{article['published']}T08:00:00+01:00",
            "author": [{"@type": "Person", "name": "Lokalredaktion"}]}  # fmt: skip
    body = "\n".join(f"<p>{escape(text)}</p>" for text in article["body"].split("\n\n"))
    quellen = ""
    if sources:
        quellen = "<p><strong>Quellen:</strong><br>" + "<br>".join(map(escape, sources)) + "</p>"
    return (
        f'<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>'
        f'{escape(article["title"])}</title>\n<link rel="canonical" href="{article["url"]}">\n'
        f'<script type="application/ld+json">{json.dumps(meta, ensure_ascii=False)}</script>'
        f'</head>\n<body><header><a href="/">Startseite</a></header>\n<main><article>'
        f'<h1>{escape(article["title"])}</h1>\n<p class="teaser">{escape(article["teaser"])}</p>\n'
        f'{body}\n{quellen}\n</article></main><footer><a href="/impressum/">Impressum</a></footer>'
        f"</body></html>\n"
    ).encode()


# -- a night: the pages one source's site lists, for a crawl of its local copy ---------------

NIGHT_OUTLET = "wz"
# The sitemap's edit time of a new or changed page: after every archived article's last check.
NIGHT_LASTMOD = "2026-01-01T20:00:00+00:00"
EDIT = "Nachtrag: Die Anmeldung ist ab sofort auch im Internet möglich."


@dataclass(frozen=True)
class NightPage:
    url: str  # as the site's sitemap lists it (http: the local proxy serves it)
    lastmod: str
    body: bytes


def night(db: Path, pool: Pool, new: int = 50, changed: int = 10, unchanged: int = 100,
          seed: int = 2026) -> list[NightPage]:
    """The NIGHT_OUTLET's sitemap on the night after the archive `db` was last crawled.

    `new` articles: follow-ups citing recent archived reports of other outlets (two in five),
    re-posts of such reports (one in ten) and reports of new events; `changed` of its archived
    articles with a paragraph added; `unchanged` archived ones listed as they were.
    """
    generator = Generator(seed, pool=pool)
    generator.number = 10_000_000  # past every archived article's number: new URLs
    rng = generator.rng
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as connection:
        connection.row_factory = sqlite3.Row
        query = ("select a.*, m.ags as _place from articles a join article_municipalities m "
                 "on m.article_id = a.id and m.is_main where a.publisher_id {} ? "
                 "order by a.published desc, a.id limit ?")  # fmt: skip
        own = [dict(r) for r in connection.execute(query.format("="),
                                                   [NIGHT_OUTLET, changed + unchanged])]
        cited = [dict(r) for r in connection.execute(query.format("is not"),
                                                     [NIGHT_OUTLET, new // 2])]
        for row in own + cited:
            row["_sources"] = [text for (text,) in connection.execute(
                "select text from citations where article_id = ? order by position", [row["id"]])]
    pages = []
    follow_ups, reposts = cited[: new * 2 // 5], cited[new * 2 // 5 :][: new // 10]
    for row in follow_ups:
        place = generator.rules.gazetteer.get(row["_place"])
        archived = [generator.paragraph_index[text] for text in row["body"].split("\n\n")
                    if text in generator.paragraph_index]  # fmt: skip
        pooled = generator.paragraphs_for(rng.randint(300, 500), tuple(rng.sample(archived, 4)))
        day = date.fromisoformat(row["published"][:10]) + timedelta(days=rng.randint(1, 3))
        article = generator.article(place, day, NIGHT_OUTLET, pooled,
                                    (citation_line(row, generator.rules),))
        pages.append(_night_page(article.row, article.sources, NIGHT_LASTMOD))
    for row in reposts:
        place = generator.rules.gazetteer.get(row["_place"])
        _, url, _ = generator.address(NIGHT_OUTLET, place, date.fromisoformat(row["published"]))
        pages.append(_night_page({**row, "url": url}, row["_sources"], NIGHT_LASTMOD))
    last_day = date.fromisoformat(LAST_NIGHT[:10]) - timedelta(days=1)
    while len(pages) < new:
        place = rng.choice(generator.places)
        day = last_day - timedelta(days=rng.randint(0, 2))
        article = generator.article(place, day, NIGHT_OUTLET,
                                    generator.paragraphs_for(rng.randint(300, 500)))
        pages.append(_night_page(article.row, article.sources, NIGHT_LASTMOD))
    for row in own[:changed]:
        pages.append(_night_page({**row, "body": f"{row['body']}\n\n{EDIT}"}, row["_sources"],
                                 NIGHT_LASTMOD))
    for row in own[changed:]:
        pages.append(_night_page(row, row["_sources"], f"{row['published']}T08:00:00+01:00"))
    return pages


def _night_page(row: dict, sources: list[str], lastmod: str) -> NightPage:
    return NightPage(row["url"].replace("https://", "http://", 1), lastmod, page(row, sources))


def write_warc(directory: Path, count: int, pool: Pool, seed: int = 99) -> None:
    """`count` article pages of a generated archive as a crawl would have stored them."""
    generator = Generator(seed, pool=pool)
    with WarcWriter(directory, SOURCE) as writer:
        for story in generator.events(count):
            for article in story:
                extra = {"source": SOURCE, "role": "article"}
                if article.row["publisher_id"]:
                    extra["outlet"] = article.row["publisher_id"]
                writer.write_response(
                    article.row["url"], 200, [("Content-Type", "text/html; charset=utf-8")],
                    page(article.row, article.sources), LAST_NIGHT, extra,
                )
