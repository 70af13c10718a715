"""Story clusters across outlets, and exact re-posts: same place (or a Kreis and one of its
towns), near in time, alike in words.

Each rule is written once, against a `LinkIndex` that finds the articles a rule can concern:
`cluster` answers from articles in memory (`MemoryIndex`), the archive's own linking
(`pipeline.enrich.linking`) from indexed tables, so both give the same stories.
"""

from __future__ import annotations

import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from .links import Article
from .similarity import containment, fingerprint, jaccard, jaccard_prefix, shingles

# A ministry digest summarises press reports of the weeks before it.
STORY_WINDOW = timedelta(days=21)
# Share of the shorter text's content words found in the longer one (compared by stem): a
# radio's and a digest's report of one opening in other words share a quarter; reports of
# other steps or topics of one town are kept apart by `_may_share_story`, not by this. On the
# blind writers' dev parts, story pairs within one writer: F1 0.961 at 0.3, 0.979 at 0.25, at
# the same precision (bench/data/blind/SCORES.md, round 13).
SAME_STORY = 0.25
# The same, for two reports whose titles name the same step ("Rat beschließt Familienbüro",
# "Rat sagt Ja zum Familienbüro"): a newspaper's and a radio's report of one council decision
# share a fifth of their words, or less.
SAME_STEP_STORY = 0.18
# The same, for a text that names no municipality or Kreis (the Land as a whole, say).
SAME_STORY_UNPLACED = 0.6
LAND = "05"
# An AGS: two digits of the Land, one of the Regierungsbezirk, two of the Kreis, three of the
# municipality; a Kreis's key is the first five digits of each of its municipalities' keys.
KREIS_DIGITS = 5
MUNICIPALITY_DIGITS = 8
# Word 5-shingles: a re-post that only changed its furniture or a line.
REPOST = 0.85
# Kept prefix values two re-posts share at least: a shared paragraph or two do not (about a
# tenth of the prefix), a copy does (nearly all of it).
REPOST_SHARED = 8
# Kept values fit SQLite's signed 64-bit integers.
GRAM_BITS = (1 << 63) - 1


@dataclass(frozen=True)
class StoryMember:
    article_id: str
    story_id: str
    relation: str  # "member" | "repost"
    representative: bool


class LinkIndex(Protocol):
    """Where the story rules find the articles they compare an article with."""

    def dated_between(self, first: date, last: date, place: str | None = None,
                      unplaced: bool = False) -> Iterable[Article]:
        """Articles of those days (inclusive): about `place`, or (unplaced) about no
        municipality or Kreis, or all."""

    def dated_in_kreis(self, first: date, last: date, kreis: str) -> Iterable[Article]:
        """Articles of those days about a municipality of this Kreis."""

    def with_fingerprint(self, key: str) -> Iterable[Article]: ...

    def sharing_grams(self, article: Article) -> Iterable[Article]:
        """Other articles whose kept prefix (`repost_grams`) shares `repost_shared` values with
        this one's: every article of the same places with REPOST Jaccard likeness is among
        them."""

    def fingerprint(self, article: Article) -> str: ...

    def shingles(self, article: Article) -> frozenset[int]: ...

    def shingle_count(self, article: Article) -> int: ...

    def is_original(self, article: Article) -> bool:
        """Not a re-post, as decided so far."""


def cluster(articles: list[Article], linked_pairs: Iterable[tuple[str, str]]) -> list[StoryMember]:
    """Every article with its story: same-story pairs and citation links joined transitively,
    each connected group split where it joins different steps (`by_step`)."""
    index = MemoryIndex(articles)
    for article in sorted(articles, key=age):
        index.reposts[article.id] = repost_target(article, index)
    reposts = {copy: original for copy, original in index.reposts.items() if original}
    parent = {a.id: a.id for a in articles}
    pairs = {tuple(sorted((a.id, b))) for a in articles for b in story_partners(a, index)}
    links = [link for link in [*((*pair, "story") for pair in pairs),
                               *((*pair, "citation") for pair in linked_pairs),
                               *((*repost, "repost") for repost in reposts.items())]
             if link[0] in parent and link[1] in parent]
    for first, second, _ in links:
        _union(parent, first, second)
    groups: dict[str, list[Article]] = {}
    for article in articles:
        groups.setdefault(_root(parent, article.id), []).append(article)
    links_of: dict[str, list[tuple[str, str, str]]] = {}
    for link in links:
        links_of.setdefault(_root(parent, link[0]), []).append(link)
    return [member for root, group in groups.items()
            for story in by_step(group, links_of.get(root, []))
            for member in members(story, reposts)]


def by_step(group: list[Article], links: Iterable[tuple[str, str, str]]) -> list[list[Article]]:
    """The stories of a connected group: its links joined again, re-posts and citations
    first, then story pairs nearest in time first, except a story pair that would join reports
    of different steps. A report whose title names no step is alike to a council's decision
    and to the opening a fortnight later; it joins the one nearer in time, not both into one
    story."""
    by_id = {article.id: article for article in group}
    inside = [link for link in links if link[0] in by_id and link[1] in by_id]
    parent = {article.id: article.id for article in group}
    steps = {article.id: article.steps for article in group}  # of each root: its members'
    order = {"repost": 0, "citation": 1, "story": 2}
    for first, second, kind in sorted(inside, key=lambda link: (
            order[link[2]], _days_apart(by_id[link[0]], by_id[link[1]]), link[:2])):
        one, other = _root(parent, first), _root(parent, second)
        if one == other:
            continue
        if kind == "story" and not _overlap_or_unknown(steps[one], steps[other]):
            continue
        parent[one] = other
        steps[other] |= steps[one]
    stories: dict[str, list[Article]] = {}
    for article in group:
        stories.setdefault(_root(parent, article.id), []).append(article)
    return list(stories.values())


def _days_apart(article: Article, other: Article) -> int:
    if article.day is None or other.day is None:
        return STORY_WINDOW.days + 1
    return abs((article.day - other.day).days)


def story_partners(article: Article, index: LinkIndex) -> set[str]:
    """The articles alike enough to be its story: about the same place, or one about a Kreis as
    a whole and the other about one of its towns (or, more alike, where one of the two names
    none), within STORY_WINDOW of it, and not on other topics, towns or steps."""
    if not article.day:
        return set()
    first, last = article.day - STORY_WINDOW, article.day + STORY_WINDOW
    places = local(article)
    alike = {
        b.id for b in _placed_candidates(article, index, first, last)
        if _may_share_story(article, b) and _same_town(article, b)
        and containment(article.stems, b.stems) >= (
            SAME_STEP_STORY if article.steps & b.steps else SAME_STORY)
    }  # fmt: skip
    others = index.dated_between(first, last, unplaced=True) if places else (
        index.dated_between(first, last))
    alike |= {b.id for b in others if containment(article.stems, b.stems) >= SAME_STORY_UNPLACED
              and _may_share_story(article, b)}  # fmt: skip
    alike.discard(article.id)
    return alike


def _may_share_story(article: Article, other: Article) -> bool:
    """Not two reports on different topics (a Kreis's baby visits and its Familienhebammen of
    the same week, in the same towns) or of different steps (the council's decision and the
    opening a fortnight later). An article without topics or steps says nothing either way."""
    return _overlap_or_unknown(article.topics, other.topics) and _overlap_or_unknown(
        article.steps, other.steps)


def _overlap_or_unknown(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    return not (mine and theirs) or not mine.isdisjoint(theirs)


def _same_town(article: Article, other: Article) -> bool:
    """Not reports about different towns: two towns' decisions of one week that each name their
    Kreis (as payer, say) share only the Kreis. An article that names no town says nothing."""
    return _overlap_or_unknown(municipalities(article), municipalities(other))


def municipalities(article: Article) -> frozenset[str]:
    return frozenset(place for place in article.places if len(place) == MUNICIPALITY_DIGITS)


def local(article: Article) -> set[str]:
    """Its municipalities and Kreise: the Land is in too many texts to make two one story."""
    return {place for place in article.places if len(place) > len(LAND)}


def _placed_candidates(article: Article, index: LinkIndex, first: date,
                       last: date) -> list[Article]:
    """The articles of those days that can be this one's story by place: those sharing one of
    its places, and those on the other side of a Kreis and its town (a Kreis's own report and a
    town's report of the same step name different places). Towns of one Kreis are not such a
    pair: a Kreis holds too many unrelated reports of its towns for that."""
    places = local(article)
    found = [b for place in sorted(places) for b in index.dated_between(first, last, place=place)]
    found += [b for kreis in sorted(kreise_as_a_whole(places))
              for b in index.dated_in_kreis(first, last, kreis)]  # fmt: skip
    # (a Kreis among its own places has found every report about it already)
    found += [b for kreis in sorted({kreis_of(place) for place in places} - places - {None})
              for b in index.dated_between(first, last, place=kreis)
              if kreis in kreise_as_a_whole(local(b))]  # fmt: skip
    return found


def kreis_of(place: str) -> str | None:
    """The Kreis key of a municipality's AGS (None for a Kreis or the Land)."""
    return place[:KREIS_DIGITS] if len(place) == MUNICIPALITY_DIGITS else None


def kreise_as_a_whole(places: set[str] | frozenset[str]) -> set[str]:
    """The Kreise among these places that none of its towns among them stands for: a report
    about the Kreis itself, not about one of its towns with its Kreis."""
    return {place for place in places if len(place) == KREIS_DIGITS} - {
        kreis_of(place) for place in places}


def repost_target(article: Article, index: LinkIndex) -> str | None:
    """The earlier original this article re-posts (same words, or nearly all 5-shingles and the
    same places), if any: earlier articles must have been decided first (oldest first)."""
    older = age(article)
    originals = [b for b in index.with_fingerprint(index.fingerprint(article))
                 if age(b) < older and index.is_original(b)]  # fmt: skip
    if not originals:
        originals = [
            b for b in index.sharing_grams(article)
            if age(b) < older and index.is_original(b) and _alike(article, b, index)
        ]  # fmt: skip
    return min(originals, key=age).id if originals else None


def repost_neighbours(article: Article, index: LinkIndex) -> set[str]:
    """Every article whose re-post decision may turn on this one's (or this one's on theirs)."""
    alike = {b.id for b in index.with_fingerprint(index.fingerprint(article))}
    alike |= {b.id for b in index.sharing_grams(article) if _alike(article, b, index)}
    alike.discard(article.id)
    return alike


def _alike(article: Article, other: Article, index: LinkIndex) -> bool:
    """Alike enough for a re-post: same places and REPOST Jaccard likeness of shingles. Sets of
    sizes further apart than that cannot be so alike (Jaccard <= smaller / larger), so their
    shingles are never read."""
    small, large = sorted((index.shingle_count(article), index.shingle_count(other)))
    return (other.places == article.places and small / large >= REPOST
            and jaccard(index.shingles(other), index.shingles(article)) >= REPOST)


def repost_grams(grams: frozenset[int], places: frozenset[str]) -> list[int]:
    """The values an index keeps of an article to find its re-post candidates: its shingle
    prefix, each mixed with its set of places. A re-post has the same places (`_alike`), so only
    articles of the same places need to share a value: paragraphs many articles repeat (an
    outlet's boilerplate, a programme's description) then make no candidates across places."""
    key = zlib.crc32(" ".join(sorted(places)).encode()) << 31
    return [(gram ^ key) & GRAM_BITS for gram in jaccard_prefix(grams, REPOST, REPOST_SHARED)]


def repost_shared(shingle_count: int) -> int:
    """How many kept values a re-post of an article of this many shingles shares with it: a
    text too short to have REPOST_SHARED in common with its copy needs to share one."""
    return REPOST_SHARED if int(REPOST * shingle_count) >= REPOST_SHARED else 1


def members(group: list[Article], reposts: dict[str, str]) -> list[StoryMember]:
    """One story's members (a connected group): its earliest original represents it."""
    originals = [a for a in group if a.id not in reposts] or group
    representative = min(originals, key=age)
    story_id = representative.id
    return [
        StoryMember(a.id, story_id, "repost" if a.id in reposts else "member",
                    a.id == representative.id)  # fmt: skip
        for a in sorted(group, key=age)
    ]


def age(article: Article) -> tuple:
    return (article.day or date.max, article.id)


class MemoryIndex:
    """A LinkIndex over articles in memory."""

    def __init__(self, articles: list[Article]):
        self.dated = sorted((a for a in articles if a.day), key=age)
        self.days = [a.day for a in self.dated]
        self.reposts: dict[str, str | None] = {}
        self._shingles = {a.id: shingles(a.text) for a in articles}
        self._fingerprints = {a.id: fingerprint(a.text) for a in articles}
        self._by_fingerprint: dict[str, list[Article]] = {}
        self._by_gram: dict[int, list[Article]] = {}
        self._grams = {a.id: repost_grams(self._shingles[a.id], a.places) for a in articles}
        for article in articles:
            self._by_fingerprint.setdefault(self._fingerprints[article.id], []).append(article)
            for gram in self._grams[article.id]:
                self._by_gram.setdefault(gram, []).append(article)

    def dated_between(self, first, last, place=None, unplaced=False):
        near = self.dated[bisect_left(self.days, first) : bisect_right(self.days, last)]
        if place:
            return [a for a in near if place in a.places]
        return [a for a in near if not local(a)] if unplaced else near

    def dated_in_kreis(self, first, last, kreis):
        near = self.dated[bisect_left(self.days, first) : bisect_right(self.days, last)]
        return [a for a in near if any(kreis_of(place) == kreis for place in a.places)]

    def with_fingerprint(self, key):
        return self._by_fingerprint.get(key, [])

    def sharing_grams(self, article):
        found: dict[str, list[Article]] = {}
        for gram in self._grams[article.id]:
            for other in self._by_gram[gram]:
                found.setdefault(other.id, []).append(other)
        found.pop(article.id)
        least = repost_shared(len(self._shingles[article.id]))
        return [copies[0] for copies in found.values() if len(copies) >= least]

    def fingerprint(self, article):
        return self._fingerprints[article.id]

    def shingles(self, article):
        return self._shingles[article.id]

    def shingle_count(self, article):
        return len(self._shingles[article.id])

    def is_original(self, article):
        return self.reposts.get(article.id) is None


def _root(parent: dict[str, str], node: str) -> str:
    while parent[node] != node:
        parent[node] = parent[parent[node]]
        node = parent[node]
    return node


def _union(parent: dict[str, str], a: str, b: str) -> None:
    parent[_root(parent, a)] = _root(parent, b)
