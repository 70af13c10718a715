"""Is a story about local family policy? A transparent score from weighted German terms,
averaged with a text model's probability.

The vocabulary and weights are data (data/relevance.toml, which explains the arithmetic);
each decision carries a reason naming the terms that made it and the model's probability. The
model (pipeline.relevance_model) reads the word forms the terms were not written from.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from .datafile import (
    FLAG,
    NUMBER,
    TEXT,
    DataFileError,
    Table,
    Tables,
    Words,
    entry,
    load_toml,
)  # fmt: skip
from .relevance_model import RelevanceModel

# kind -> allowed weights (inclusive)
WEIGHTS = {"topic": (0.5, 5.0), "actor": (0.5, 2.0), "against": (-5.0, -0.5)}
SETTINGS = ("threshold", "half_points", "lead_factor", "repeat_factor", "max_repeats", "actor_cap",
            "incidental_factor")
TERM = Table(
    required={"label": TEXT, "weight": NUMBER, "patterns": Words()},
    optional={"unless_actor": FLAG, "public": FLAG, "only_with": Words()},
)
SCHEMA = Table(
    required={"settings": Table(required=dict.fromkeys(SETTINGS, NUMBER))},
    optional={kind: Tables(TERM, label="label") for kind in WEIGHTS},
)
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "–": "-", "—": "-", "‐": "-"})
# Where a sentence of a news text ends (also read by the story steps, enrich.similarity).
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[„\"(]?[A-ZÄÖÜ])")
# "Berlin." or "Bad Oeynhausen (nw)." before the first sentence: a dateline, not the lead.
_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w.-]*(?:[ /-][A-ZÄÖÜ][\w.-]*){0,3}(?:\s*\([^)]{1,20}\))?\.$")


class RelevanceDataError(DataFileError):
    """The vocabulary file cannot be read or says something impossible."""


@dataclass(frozen=True)
class Relevance:
    score: float  # 0..1
    relevant: bool  # score >= threshold
    reason: str  # e.g. "Familienzentrum (title), Kinderarmut (body ×2), local actor: Jugendamt"
    matched: tuple[str, ...]  # labels of the terms that counted, in the order of the reason
    model_probability: float | None = None  # the text model's, when assess had a model


@dataclass(frozen=True)
class Term:
    label: str
    kind: str  # "topic" | "actor" | "against"
    weight: float
    patterns: tuple[str, ...]
    unless_actor: bool = False  # an "against" term that a named local actor overrides
    public: bool = True  # an "actor" that is a public body (a Träger is not): it overrides
    only_with: tuple[str, ...] = ()  # a "topic" that counts only beside one of these terms

    @functools.cached_property
    def regex(self) -> re.Pattern:
        return re.compile("|".join(_glob_regex(p) for p in self.patterns))


@dataclass(frozen=True)
class Vocabulary:
    terms: tuple[Term, ...]
    threshold: float
    half_points: float
    lead_factor: float
    repeat_factor: float
    max_repeats: int
    actor_cap: float
    incidental_factor: float

    @classmethod
    def load(cls, path: str | Path) -> Vocabulary:
        """Read a vocabulary file (the shipped one is data/relevance.toml)."""
        data = load_toml(path, SCHEMA, RelevanceDataError)
        terms = [
            _term(f"{path}: {entry(f'[[{kind}]]', position, table['label'])}", kind, table)
            for kind in WEIGHTS
            for position, table in enumerate(data.get(kind, []), 1)
        ]
        labels = {term.label for term in terms}
        for term in terms:
            for label in term.only_with:
                if label not in labels:
                    raise RelevanceDataError(
                        f"{path}: {term.label}: only_with names no term: {label!r}")
        return cls(tuple(terms), **_settings(path, data["settings"]))


@dataclass
class _Hit:
    term: Term
    first_place: str  # "title" | "lead" | "body": where it was first found
    count: int = 0
    forms: dict[str, None] = field(default_factory=dict)  # the words found, in order, once each

    def points(self, vocabulary: Vocabulary) -> float:
        first = vocabulary.lead_factor if self.first_place != "body" else 1.0
        repeats = min(self.count - 1, vocabulary.max_repeats) * vocabulary.repeat_factor
        return self.term.weight * (first + repeats)

    def incidental(self) -> bool:
        """Named once, after the title and the lead: a word in passing ("In der Jury saß
        auch Verdi"), not what the story is about."""
        return self.first_place == "body" and self.count == 1

    def describe(self, *, forms: bool = False) -> str:
        """E.g. 'Kinderarmut (body ×2)': first place found, mentions; with forms, the words."""
        times = f" ×{self.count}" if self.count > 1 else ""
        words = f": {', '.join(self.forms)}" if forms else ""
        return f"{self.term.label} ({self.first_place}{times}{words})"


def assess(
    title: str | None, text: str | None, vocabulary: Vocabulary, *,
    model: RelevanceModel | None = None, threshold: float | None = None,
) -> Relevance:
    """Score how clearly an item reports on a local family-policy initiative (0..1): the terms'
    score, or with a model the mean of that and the model's probability. The shipped
    vocabulary puts the line between in and out at 0.5, as the model does, so where the two
    disagree the surer of them decides."""
    threshold = vocabulary.threshold if threshold is None else threshold
    hits = _hits(vocabulary, _places(title or "", text or ""))
    found = {h.term.label for h in hits}
    topics = [h for h in hits if h.term.kind == "topic"
              and (not h.term.only_with or not found.isdisjoint(h.term.only_with))]  # fmt: skip
    actors = [h for h in hits if h.term.kind == "actor"] if topics else []
    public = any(h.term.public for h in actors)
    against = [h for h in hits if h.term.kind == "against" and not (h.term.unless_actor and public)]
    # Under a title or lead that names a measure, a near-miss word in passing weighs less.
    headline = any(h.first_place != "body" for h in topics)
    points = sum(h.points(vocabulary) for h in topics)
    points += sum(h.points(vocabulary) * (vocabulary.incidental_factor
                                          if headline and h.incidental() else 1.0)
                  for h in against)  # fmt: skip
    points += min(sum(h.points(vocabulary) for h in actors), vocabulary.actor_cap)
    points = max(points, 0.0)
    score = points / (points + vocabulary.half_points)
    reason = _reason(topics, actors, against)
    probability = None
    if model is not None:
        probability = round(model.probability(title, text), 3)
        score = (score + probability) / 2
        reason += f"; text model: {probability:.2f}"
    score = round(score, 3)
    return Relevance(
        score=score,
        relevant=score >= threshold,
        reason=reason,
        matched=tuple(h.term.label for h in topics + actors + against),
        model_probability=probability,
    )


def _places(title: str, text: str) -> list[tuple[str, str]]:
    """The title, the lead (first sentence, after a dateline) and the rest, each folded."""
    lead, body = (SENTENCE_END.split(text.strip(), maxsplit=1) + [""])[:2]
    if _DATELINE.match(lead):
        first, body = (SENTENCE_END.split(body, maxsplit=1) + [""])[:2]
        lead = f"{lead} {first}"
    return [("title", fold(title)), ("lead", fold(lead)), ("body", fold(body))]


def _hits(vocabulary: Vocabulary, places: list[tuple[str, str]]) -> list[_Hit]:
    """Every term found, each text span counted once: the longest match claims it."""
    hits: dict[str, _Hit] = {}
    for place, folded in places:
        found = [
            (m.start(), m.end(), term)
            for term in vocabulary.terms
            for m in term.regex.finditer(folded)
            if m.end() > m.start()
        ]
        found.sort(key=lambda f: (f[0] - f[1], -abs(f[2].weight)))
        claimed: list[tuple[int, int]] = []
        for start, end, term in found:
            if any(start < e and s < end for s, e in claimed):
                continue
            claimed.append((start, end))
            hit = hits.setdefault(term.label, _Hit(term, place))
            hit.count += 1
            hit.forms[folded[start:end]] = None
    return sorted(hits.values(), key=lambda h: -abs(h.points(vocabulary)))


def _reason(topics: list[_Hit], actors: list[_Hit], against: list[_Hit]) -> str:
    parts = [h.describe() for h in topics] or ["no family-policy term"]
    if actors:
        parts.append("local actor: " + ", ".join(h.term.label for h in actors))
    if against:
        # An against label names a kind of story; the words show what was taken for one.
        parts.append("against: " + "; ".join(h.describe(forms=True) for h in against))
    return ", ".join(parts)


def fold(text: str) -> str:
    """Lower case, umlauts spelled out, dashes as hyphens: the form patterns are matched in."""
    return text.lower().translate(_FOLD)


def _glob_regex(pattern: str) -> str:
    """A vocabulary pattern as a regex: `*` is any letters, a space or hyphen is any run of
    spaces and hyphens or none."""
    words = [w for w in re.split(r"[\s-]+", fold(pattern).strip()) if w]
    body = r"[\s-]*".join(re.escape(w).replace(r"\*", "[a-z0-9]*") for w in words)
    head = "" if pattern.startswith("*") else "(?<![a-z0-9])"
    tail = "" if pattern.endswith("*") else "(?![a-z0-9])"
    return f"{head}{body}{tail}"


def _term(where: str, kind: str, table: dict) -> Term:
    low, high = WEIGHTS[kind]
    weight, patterns = table["weight"], table["patterns"]
    if not low <= weight <= high:
        raise RelevanceDataError(f"{where}: weight {weight!r} is outside {low}..{high}")
    if not all(p.strip("* -") for p in patterns):
        raise RelevanceDataError(f"{where}: every pattern must be a non-empty string")
    unless_actor = table.get("unless_actor", False)
    if unless_actor and kind != "against":
        raise RelevanceDataError(f"{where}: unless_actor is only for [[against]] terms")
    public = table.get("public", True)
    if not public and kind != "actor":
        raise RelevanceDataError(f"{where}: public is only for [[actor]] terms")
    only_with = tuple(table.get("only_with", ()))
    if only_with and kind != "topic":
        raise RelevanceDataError(f"{where}: only_with is only for [[topic]] terms")
    return Term(table["label"], kind, float(weight), tuple(patterns), bool(unless_actor),
                bool(public), only_with)  # fmt: skip


def _settings(path: Path, table: dict) -> dict:
    if not 0 < table["threshold"] < 1 or table["half_points"] <= 0:
        raise RelevanceDataError(f"{path}: need 0 < threshold < 1 and half_points > 0")
    return {name: table[name] for name in SETTINGS}
