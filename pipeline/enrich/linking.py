"""Citation links and stories of a stored archive, kept current a night at a time.

The rules are those of `links` and `stories`; here they ask the archive's link index
(migration m012) for candidates instead of holding the archive in memory:

- `link_changes` re-links the articles marked since the last linking (saved or enriched), the
  articles they can touch and the stories those are in, in one write transaction: the result is
  what `relink_all` would give, and a crashed night leaves the marks for the next one.
- `relink_all` recomputes everything, streaming articles in batches (short transactions, memory
  bounded by a batch, a day window and the largest story).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..workers import Failure, chunks, in_order
from .links import DAY_WINDOW, Article, CitationRef, best_link, host_of, near_days
from .similarity import StoryWords, content_stems, fingerprint, shingles
from .stories import (
    age,
    by_step,
    local,
    members,
    repost_grams,
    repost_neighbours,
    repost_shared,
    repost_target,
    story_partners,
)

# More articles waiting than this: recomputing everything costs less than following each.
PENDING_LIMIT = 2000
BATCH_SIZE = 500
# Articles a worker takes at a time to make their link index rows.
INDEX_CHUNK = 20
# Shingle sets kept while linking: re-post candidates are compared with several articles.
SHINGLE_CACHE = 512
# Stem sets kept while linking: an article is compared with every other of its weeks.
STEM_SETS = 2048


@dataclass(frozen=True)
class LinkedArticle(Article):
    """An article as the link index keeps it: text is not kept, its fingerprint is."""

    fingerprint: str
    shingle_count: int
    repost_of: str | None


def link_changes(archive, words: StoryWords, workers: int = 1) -> None:
    """Link the articles marked since the last linking, and whatever they touch (when more
    than PENDING_LIMIT wait: everything, on `workers` processes)."""
    with archive.writing():  # marks read and cleared in one transaction: none is lost
        pending, mark = archive.pending_links(limit=PENDING_LIMIT + 1)
        if len(pending) <= PENDING_LIMIT:
            _link_pending(archive, words, pending)
            archive.clear_pending_links(mark)
            return
    relink_all(archive, words, workers)


def relink_all(archive, words: StoryWords, workers: int = 1) -> None:
    """Recompute the link index, citation links and stories of every stored article; what the
    index keeps of each article (its costly part) made on `workers` processes."""
    mark = clear_index(archive)
    made = in_order(_index_rows_of, _articles_to_link(archive), state=words,
                    workers=workers, chunk_size=INDEX_CHUNK)  # fmt: skip
    for batch in chunks(made, BATCH_SIZE):
        failed = [(row["id"], rows.reason) for row, rows in batch if isinstance(rows, Failure)]
        if failed:  # as when linking ran in this process: nothing is linked without it
            raise RuntimeError(f"linking article {failed[0][0]} failed: {failed[0][1]}")
        with archive.writing():
            save_index_rows(archive, [rows for _, rows in batch])
    link_indexed(archive, mark)


def _articles_to_link(archive) -> Iterator[dict]:
    after = ""
    while batch := archive.articles_to_link(after=after, limit=BATCH_SIZE):
        yield from batch
        after = batch[-1]["id"]


def _index_rows_of(words: StoryWords, row: dict) -> tuple[dict, list[int]]:
    return index_rows(row, words)


def clear_index(archive) -> int:
    """Empty the link index before it is filled again; the mark of the articles waiting now,
    whose linking the full recompute will make."""
    with archive.writing():
        archive.clear_link_index()
        return archive.pending_links(limit=0)[1]


def link_indexed(archive, mark: int) -> None:
    """Citation links and stories of every article, from a link index filled again since
    `clear_index` gave `mark` (by `relink_all`, or by `enrich_all`'s workers)."""
    index = ArchiveIndex(archive)
    for batch in _by_age(archive):
        with archive.writing():
            for article in batch:
                archive.set_repost_of(article.id, repost_target(article, index))
    for batch in _by_age(archive):
        pairs = [(a.id, b) for a in batch for b in story_partners(a, index) if a.id < b]
        with archive.writing():
            archive.add_story_pairs(pairs)
    after_citation = ("", -1)
    while citations := archive.dated_citations_after(after_citation, BATCH_SIZE):
        _relink_citations(archive, index, citations)
        after_citation = (citations[-1]["article_id"], citations[-1]["position"])
    with archive.writing():
        archive.drop_orphan_citation_links()
        archive.forget_story_ids()
    for batch in _by_age(archive):
        with archive.writing():
            _restory(archive, [a.id for a in batch])
    with archive.writing():
        archive.drop_orphan_stories()
        archive.clear_pending_links(mark)


def _link_pending(archive, words: StoryWords, pending: list[str]) -> None:
    """Re-link the pending articles; every link or story they can change is recomputed.

    Touched articles: those whose features changed, the articles their old or new story pairs,
    citation links and re-posts joined, and those whose re-post decision can turn on them. Every
    story (connected group) holding a touched article is found again from the links as they are
    now; a story without one has no link that changed, so it stays as it was.
    """
    features = {row["id"]: _features(row, words)
                for row in archive.articles_to_link(ids=pending)}  # fmt: skip
    now = {id: article for id, (article, _) in features.items()}
    before = {row["article_id"]: _stored(row) for row in archive.link_rows(pending)}
    changed = [id for id in pending if _kept(now.get(id)) != _kept(before.get(id))]
    gone = [id for id in changed if id not in now]
    touched = set(changed) | archive.drop_story_pairs_of(changed)
    touched |= archive.drop_citation_links_of(changed)
    touched |= {before[id].repost_of for id in changed if id in before and before[id].repost_of}
    dependents = archive.reposts_of(changed)
    archive.drop_link_articles(gone)
    _save_features(archive, [features[id] for id in changed if id in features])
    index = ArchiveIndex(archive)
    touched |= _redecide_reposts(archive, index, {*changed, *dependents} - set(gone))
    for id in changed:
        if id in now:
            partners = story_partners(now[id], index)
            archive.add_story_pairs((id, partner) for partner in partners)
            touched |= partners
    days = {a.day for a in (*before.values(), *now.values()) if a.id in changed and a.day}
    citations = {(c["article_id"], c["position"]): c for c in [
        *archive.citations_to_link([id for id in pending if id in now]),
        *(c for day in days for c in archive.citations_dated_between(
            (day - timedelta(days=DAY_WINDOW)).isoformat(),
            (day + timedelta(days=DAY_WINDOW)).isoformat())),
    ]}  # fmt: skip
    touched |= _relink_citations(archive, index, list(citations.values()))
    seeds = sorted(touched - set(gone))
    archive.forget_story_ids(seeds)
    _restory(archive, seeds)
    archive.drop_stories_of(gone)


def _redecide_reposts(archive, index: ArchiveIndex, seeds: set[str]) -> set[str]:
    """Decide again, oldest first, whether each article that may have changed its re-post
    decision is one; the articles decided (and the originals they left or took).

    Whether an article re-posts another turns only on its re-post neighbours (same fingerprint,
    or same places and alike shingles) and their decisions: the neighbours' closure of the
    changed articles (and of those that re-posted them) holds every article whose decision can
    change.
    """
    closure, frontier = set(seeds), sorted(seeds)
    while frontier:
        found = {n for a in index.articles(frontier) for n in repost_neighbours(a, index)}
        frontier = sorted(found - closure)
        closure |= found
    touched = set(closure)
    for article in sorted(index.articles(sorted(closure)), key=age):
        target = repost_target(article, index)
        if target != article.repost_of:
            archive.set_repost_of(article.id, target)
            touched |= {target, article.repost_of} - {None}
    return touched


def _relink_citations(archive, index: ArchiveIndex, rows: list[dict]) -> set[str]:
    """Link these citations again; the articles their old and new links join."""
    citing = {a.id: a for a in index.articles(sorted({row["article_id"] for row in rows}))}
    links = []
    for row in rows:
        if row["article_id"] not in citing:
            continue
        citation = CitationRef(row["article_id"], row["position"], row["outlet_id"],
                               row["outlet_name"], row["domain"],
                               date.fromisoformat(row["date"][:10]))  # fmt: skip
        article = citing[citation.article_id]
        near = index.near_places(citation, article.places)
        link = best_link(citation, article, near)
        if link:
            links.append(link)
    with archive.writing():
        joined = archive.replace_citation_links(
            [(row["article_id"], row["position"]) for row in rows],
            [asdict(link) for link in links])  # fmt: skip
    return joined | {id for link in links for id in (link.article_id, link.linked_article_id)}


def _restory(archive, seeds: Iterable[str]) -> None:
    """Give every story holding one of the seeds its members again, found from the links
    (each story once: the seeds' story ids were forgotten, and a story found sets them)."""
    for seed in seeds:
        if archive.has_story_again(seed):
            continue
        component, frontier = {seed}, [seed]
        while frontier:
            found = archive.link_neighbours(frontier) - component
            component |= found
            frontier = sorted(found)
        group = [_stored(row) for row in archive.link_rows(sorted(component))]
        if not group:  # an id no longer stored
            continue
        reposts = {a.id: a.repost_of for a in group if a.repost_of}
        archive.save_story_members([
            {"article_id": m.article_id, "story_id": m.story_id, "relation": m.relation,
             "representative": m.representative}
            for story in by_step(group, archive.links_among(sorted(component)))
            for m in members(story, reposts)
        ])  # fmt: skip


class ArchiveIndex:
    """A LinkIndex over the archive's link index (what `stories` asks for candidates)."""

    def __init__(self, archive):
        self.archive = archive
        self._shingles = lru_cache(maxsize=SHINGLE_CACHE)(self._shingles_of)

    def articles(self, ids: list[str]) -> list[LinkedArticle]:
        return [_stored(row) for row in self.archive.link_rows(ids)]

    def dated_between(self, first, last, place=None, unplaced=False):
        rows = self.archive.link_rows_between(first.isoformat(), last.isoformat(), place,
                                              unplaced)  # fmt: skip
        return [_stored(row) for row in rows]

    def dated_in_kreis(self, first, last, kreis):
        rows = self.archive.link_rows_in_kreis(first.isoformat(), last.isoformat(), kreis)
        return [_stored(row) for row in rows]

    def near_places(self, citation: CitationRef, places: frozenset[str]) -> list[Article]:
        """Articles of the days a citation's article may carry about one of these places."""
        days = near_days(citation)
        found = {a.id: a for place in sorted(places)
                 for a in self.dated_between(days[0], days[-1], place=place)}  # fmt: skip
        return list(found.values())

    def with_fingerprint(self, key):
        return [_stored(row) for row in self.archive.link_rows_with_fingerprint(key)]

    def sharing_grams(self, article):
        least = repost_shared(article.shingle_count)
        return [_stored(row) for row in self.archive.link_rows_sharing_grams(article.id, least)]

    def fingerprint(self, article):
        return article.fingerprint

    def shingles(self, article):
        return self._shingles(article.id)

    def shingle_count(self, article):
        return article.shingle_count

    def is_original(self, article):
        return article.repost_of is None

    def _shingles_of(self, article_id: str) -> frozenset[int]:
        row = self.archive.article_text(article_id) or {}
        return shingles(_text(row))


def _by_age(archive) -> Iterable[list[LinkedArticle]]:
    for rows in archive.link_rows_by_age(BATCH_SIZE):
        yield [_stored(row) for row in rows]


def _features(row: dict, words: StoryWords) -> tuple[LinkedArticle, list[int]]:
    """What linking keeps of an article (an `articles_to_link` row), and its kept shingles."""
    text = _text(row)
    published = row["published"]
    grams = shingles(text)
    article = LinkedArticle(
        id=row["id"],
        day=date.fromisoformat(published[:10]) if published else None,
        publisher_id=row["publisher_id"],
        host=host_of(row["canonical_url"]),
        places=row["places"],
        topics=row["topics"],
        steps=words.steps_of(row.get("title") or "", row.get("body") or ""),
        stems=content_stems(text, words.function_words),
        text=text,
        fingerprint=fingerprint(text),
        shingle_count=len(grams),
        repost_of=None,
    )
    return article, repost_grams(grams, article.places)


def index_rows(row: dict, words: StoryWords) -> tuple[dict, list[int]]:
    """What the link index keeps of an article (an `articles_to_link` row): its link_articles
    row and its kept shingles. Small, where the article is large: a worker's result."""
    article, grams = _features(row, words)
    return _index_row(article), grams


def save_index_rows(archive, rows: list[tuple[dict, list[int]]]) -> None:
    archive.save_link_articles([row for row, _ in rows],
                               {row["article_id"]: grams for row, grams in rows})  # fmt: skip


def _save_features(archive, features: list[tuple[LinkedArticle, list[int]]]) -> None:
    save_index_rows(archive, [(_index_row(a), grams) for a, grams in features])


def _index_row(a: LinkedArticle) -> dict:
    return {"article_id": a.id, "day": a.day.isoformat() if a.day else None,
            "publisher_id": a.publisher_id, "host": a.host, "places": " ".join(sorted(a.places)),
            "local": bool(local(a)), "stems": " ".join(sorted(a.stems)),
            "topics": " ".join(sorted(a.topics)), "steps": " ".join(sorted(a.steps)),
            "fingerprint": a.fingerprint, "shingles": a.shingle_count, "repost_of": None,
            "story_id": None}  # fmt: skip


def _stored(row: dict) -> LinkedArticle:
    """An article as the link index keeps it (a link_articles row)."""
    return LinkedArticle(
        id=row["article_id"],
        day=date.fromisoformat(row["day"]) if row["day"] else None,
        publisher_id=row["publisher_id"],
        host=row["host"],
        places=_word_set(row["places"]),
        topics=_word_set(row["topics"]),
        steps=_word_set(row["steps"]),
        stems=_word_set(row["stems"]),
        text="",
        fingerprint=row["fingerprint"],
        shingle_count=row["shingles"],
        repost_of=row["repost_of"],
    )


@lru_cache(maxsize=STEM_SETS)
def _word_set(joined: str) -> frozenset[str]:
    # Interned: the many kept sets share their stems (a set of 300 costs 24 KB, not 43).
    return frozenset(map(sys.intern, joined.split()))


def _kept(article: LinkedArticle | None) -> tuple | None:
    """What linking reads of an article: two equal ones link alike."""
    if article is None:
        return None
    return (article.day, article.publisher_id, article.host, article.places, article.topics,
            article.steps, article.stems, article.fingerprint)


def _text(row: dict) -> str:
    return "\n\n".join(filter(None, (row.get("title"), row.get("teaser"), row.get("body"))))
