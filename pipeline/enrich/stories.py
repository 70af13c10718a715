"""Story clusters across outlets, and exact re-posts: same place, near in time, alike in words."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from .links import Article
from .similarity import containment, fingerprint, jaccard, shingles

# A ministry digest summarises press reports of the weeks before it.
STORY_WINDOW = timedelta(days=21)
# Share of the shorter text's content words found in the longer one.
SAME_STORY = 0.3
# The same, for a text that names no municipality or Kreis (the Land as a whole, say).
SAME_STORY_UNPLACED = 0.6
LAND = "05"
# Word 5-shingles: a re-post that only changed its furniture or a line.
REPOST = 0.85


@dataclass(frozen=True)
class StoryMember:
    article_id: str
    story_id: str
    relation: str  # "member" | "repost"
    representative: bool


def cluster(articles: list[Article], linked_pairs: Iterable[tuple[str, str]]) -> list[StoryMember]:
    """Every article with its story: same-story pairs and citation links joined transitively."""
    parent = {a.id: a.id for a in articles}
    reposts = _reposts(articles)
    pairs = [*_story_pairs(articles), *linked_pairs, *reposts.items()]
    for first, second in pairs:
        if first in parent and second in parent:
            _union(parent, first, second)
    groups: dict[str, list[Article]] = {}
    for article in articles:
        groups.setdefault(_root(parent, article.id), []).append(article)
    return [member for group in groups.values() for member in _members(group, reposts)]


def _story_pairs(articles: list[Article]) -> list[tuple[str, str]]:
    """Pairs alike enough: sharing a place, or (more alike) where one names none."""
    dated = sorted((a for a in articles if a.day), key=_age)
    by_place: dict[str, list[Article]] = {}
    for article in dated:
        for place in _local(article):
            by_place.setdefault(place, []).append(article)
    pairs = set()
    for group in by_place.values():
        for a, b in _near_pairs(group, group):
            if containment(a.words, b.words) >= SAME_STORY:
                pairs.add(tuple(sorted((a.id, b.id))))
    unplaced = [a for a in dated if not _local(a)]
    for a, b in _near_pairs(unplaced, dated):
        if containment(a.words, b.words) >= SAME_STORY_UNPLACED:
            pairs.add(tuple(sorted((a.id, b.id))))
    return sorted(pairs)


def _local(article: Article) -> set[str]:
    """Its municipalities and Kreise: the Land is in too many texts to make two one story."""
    return {place for place in article.places if len(place) > len(LAND)}


def _near_pairs(firsts: list[Article], seconds: list[Article]):
    """(a, b) with b within STORY_WINDOW of a; `seconds` sorted by day."""
    days = [b.day for b in seconds]
    for a in firsts:
        start = bisect_left(days, a.day - STORY_WINDOW)
        end = bisect_right(days, a.day + STORY_WINDOW)
        yield from ((a, b) for b in seconds[start:end] if b.id != a.id)


def _reposts(articles: list[Article]) -> dict[str, str]:
    """Re-post id -> the earlier article it copies (same words, or nearly all 5-shingles)."""
    ordered = sorted(articles, key=_age)
    originals: dict[str, Article] = {}
    kept: dict[frozenset[str], list[tuple[Article, frozenset[int]]]] = {}
    copies = {}
    for article in ordered:
        key = fingerprint(article.text)
        grams = shingles(article.text)
        same_place = kept.setdefault(article.places, [])
        original = originals.get(key) or next(
            (a for a, g in same_place if jaccard(g, grams) >= REPOST), None
        )
        if original:
            copies[article.id] = original.id
            continue
        originals[key] = article
        same_place.append((article, grams))
    return copies


def _members(group: list[Article], reposts: dict[str, str]) -> list[StoryMember]:
    originals = [a for a in group if a.id not in reposts] or group
    representative = min(originals, key=_age)
    story_id = representative.id
    return [
        StoryMember(a.id, story_id, "repost" if a.id in reposts else "member",
                    a.id == representative.id)  # fmt: skip
        for a in sorted(group, key=_age)
    ]


def _age(article: Article) -> tuple:
    return (article.day or date.max, article.id)


def _root(parent: dict[str, str], node: str) -> str:
    while parent[node] != node:
        parent[node] = parent[parent[node]]
        node = parent[node]
    return node


def _union(parent: dict[str, str], a: str, b: str) -> None:
    parent[_root(parent, a)] = _root(parent, b)
