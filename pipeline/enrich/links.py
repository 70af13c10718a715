"""Citation -> archived article: the cited outlet's article of that day about the same place."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlsplit

from .similarity import containment

# A paper's web article often carries the next day's date of its print edition.
DAY_WINDOW = 1
# A cited report tells the story the citing text summarises: it shares at least this much of
# its content words' stems (`containment`). The outlet's other articles of those days about the
# same town share its name and little else.
CITED_LIKENESS = 0.25
# "Pressemitteilung der Stadt Verl": a town's own site is named after it (verl.de, buende.de).
TOWN = re.compile(r"^(?:Stadt|Gemeinde|Kreis|Hansestadt)\s+(?P<town>.+)$")
ASCII_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", " ": "-"})


@dataclass(frozen=True)
class Article:
    """What linking and clustering need of a stored article."""

    id: str
    day: date | None
    publisher_id: str | None
    host: str
    places: frozenset[str]  # gemeinde and Kreis keys
    topics: frozenset[str]  # topic slugs
    steps: frozenset[str]  # the steps of a project its title names (StoryWords.steps_named)
    stems: frozenset[str]  # of its content words (similarity.content_stems)
    text: str


@dataclass(frozen=True)
class CitationRef:
    article_id: str
    position: int
    outlet_id: str | None
    outlet_name: str | None
    domain: str | None
    day: date


@dataclass(frozen=True)
class CitationLink:
    article_id: str
    position: int
    linked_article_id: str
    reason: str


def link_citations(
    citations: list[CitationRef], articles: dict[str, Article]
) -> list[CitationLink]:
    """One link per citation whose article the archive holds (all articles in memory: the
    archive's own linking asks its tables for `near_days` instead)."""
    by_day: dict[date, list[Article]] = {}
    for article in articles.values():
        by_day.setdefault(article.day, []).append(article)
    links = []
    for citation in citations:
        citing = articles.get(citation.article_id)
        if citing is None:
            continue
        near = [article for day in near_days(citation) for article in by_day.get(day, ())]
        link = best_link(citation, citing, near)
        if link:
            links.append(link)
    return links


def near_days(citation: CitationRef) -> list[date]:
    """The days a cited article may carry: the citation's, and DAY_WINDOW either side."""
    return [citation.day + timedelta(days=n) for n in range(-DAY_WINDOW, DAY_WINDOW + 1)]


def best_link(
    citation: CitationRef, citing: Article, near: Iterable[Article]
) -> CitationLink | None:
    """The link to the cited outlet's article among those of the near days, if one is."""
    candidates = [
        a for a in near
        if a.id != citing.id and _same_outlet(citation, a) and citing.places & a.places
        and containment(citing.stems, a.stems) >= CITED_LIKENESS
    ]  # fmt: skip
    if not candidates:
        return None
    best = max(
        candidates,
        key=lambda a: (a.day == citation.day, containment(citing.stems, a.stems), a.id),
    )
    return CitationLink(citation.article_id, citation.position, best.id,
                        _reason(citation, citing, best))  # fmt: skip


def _same_outlet(citation: CitationRef, article: Article) -> bool:
    if citation.outlet_id and citation.outlet_id == article.publisher_id:
        return True
    domain = citation.domain
    if domain:
        return article.host == domain or article.host.endswith("." + domain)
    town = TOWN.match(citation.outlet_name or "")
    if citation.outlet_id or not town:
        return False
    return town["town"].lower().translate(ASCII_SPELLING) in article.host.split(".")


def _reason(citation: CitationRef, citing: Article, linked: Article) -> str:
    outlet = citation.outlet_id or citation.domain or citation.outlet_name
    shared = ", ".join(sorted(citing.places & linked.places))
    return f"{outlet} {linked.day.isoformat()}, place {shared}"


def host_of(url: str | None) -> str:
    return (urlsplit(url or "").hostname or "").removeprefix("www.")
