"""A second reader for places: is a municipality or Kreis the rules kept one the text is about?

The rules of `municipalities` drop a place named as not taking part, for comparison or as a
venue when a cue they know says so; a text that says it in other words keeps the place, and
with it a wrong main municipality: on the blind writers' items, about one place in 25 the
rules kept was not a subject. This model reads each place the rules kept as the words
around its mentions (the name masked, so that it learns the wording around a place, not
places) and what the rules know of it (named in the title or a dateline, how often, how
early, how many other places, chosen as main): a logistic regression over their character
n-grams and those features (`pipeline.ngram_model`), trained on the dev parts of the blind set
(`familienarchiv train-place-model`, `make place-model`). A place it gives less than KEEP_FROM
is dropped (the tagger keeps the rules' main place, and never drops every place): it is sure
of a drop only far from the line, so it keeps what it doubts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..ngram_model import ModelFileError, NgramModel, TrainingError, fit, ngrams, read_labelled
from .text import article_text

FORMAT = "familienarchiv-place-model/1"
# Below this probability a place the rules kept is dropped: trained on the blind set's writers
# but one and scored on that one, in turn (A–W, parts opened for tuning), this dropped 28 of 89
# wrong places and 5 of 2,055 right ones (bench/data/blind/SCORES.md, round 12).
KEEP_FROM = 0.1
# What stands for the place's own name where it is named: no German word.
MASK = " zzort "
# How much of its sentence around each mention is read (characters either side): the words
# near a name say what it is to the text, a long sentence names other places for other reasons.
CONTEXT = 40
# Only so much of a place's sentences is read: a page naming a town a hundred times must not
# cost more than a news text.
MAX_CHARACTERS = 3_000
# The inverse regularisation strength of the training; the few wrong places are weighed up
# to the many right ones.
REGULARISATION = 1.0
SIGNALS = ("lead", "title", "dateline", "stadt", "kreis", "body")
# Where the text first names a place (characters from its start): a place first named late is
# rarely the subject. Counted from the start, not as a share of the text: in a short text every
# place is named early.
LATE = (300, 800, 1500)
KREIS_DIGITS = 5


class PlaceModelError(ModelFileError):
    """The model file cannot be read or is not a place model."""


class PlaceTrainingError(TrainingError):
    """The items cannot train a model, or scikit-learn is missing."""


@dataclass(frozen=True)
class Candidate:
    """A place the rules kept, as the model reads it."""

    ags: str
    signal: str  # its strongest signal (municipalities.SIGNALS)
    is_main: bool  # the rules' main place
    in_title: bool
    places: int  # municipalities and Kreise the rules kept, this one among them
    sentences: tuple[str, ...]  # the words around each mention (CONTEXT), the name masked
    starts: tuple[int, ...]  # where the text names it
    seat: bool  # in a dateline with an issuer's mark
    dated: bool  # in a dateline with a date
    weak: bool  # a bare mention of an ambiguous name


def features(candidate: Candidate) -> dict[str, float]:
    """The named features: what the rules know of the place."""
    mentions, places = len(candidate.starts), candidate.places
    found = {
        "mentions_2": mentions >= 2, "mentions_3": mentions >= 3, "no_mention": mentions == 0,
        "in_title": candidate.in_title, "kreis": len(candidate.ags) == KREIS_DIGITS,
        "main": candidate.is_main, "places_2": places >= 2, "places_3": places >= 3,
        "places_5": places >= 5, "seat": candidate.seat, "dated": candidate.dated,
        "weak": candidate.weak,
        **{f"signal_{signal}": candidate.signal == signal for signal in SIGNALS},
    }  # fmt: skip
    values = {name: float(value) for name, value in found.items() if value}
    first = min(candidate.starts, default=0)
    values.update({f"first_after_{limit}": 1.0 for limit in LATE if first >= limit})
    return values


def grams(candidate: Candidate) -> list[str]:
    return ngrams(" ".join(candidate.sentences)[:MAX_CHARACTERS])


class PlaceModel(NgramModel):
    def probability(self, candidate: Candidate) -> float:
        """How likely the text is about this place (0..1)."""
        return self.probability_of(grams(candidate), features(candidate))

    def keeps(self, candidate: Candidate) -> bool:
        return self.probability(candidate) >= KEEP_FROM

    @classmethod
    def load(cls, path: str | Path) -> PlaceModel:
        """Read and check a model file (the shipped one is data/place_model.json)."""
        return cls.read(path, FORMAT, PlaceModelError)

    def save(self, path: str | Path) -> None:
        self.write(path, FORMAT)


def train(examples: Iterable[tuple[Candidate, bool]]) -> PlaceModel:
    """A model from places the rules kept, each with whether the text is about it."""
    examples = list(examples)
    try:
        model = fit([grams(candidate) for candidate, _ in examples],
                    [subject for _, subject in examples], REGULARISATION,
                    [features(candidate) for candidate, _ in examples], balanced=True,
                    kinds=("subject", "other"))  # fmt: skip
    except TrainingError as problem:
        raise PlaceTrainingError(str(problem)) from None
    return PlaceModel(model.weights, model.intercept, model.trained_on, model.named)


def examples(items: Iterable[dict], tagger) -> list[tuple[Candidate, bool]]:
    """The places a `MunicipalityTagger`'s rules keep in labelled items (`read_place_items`),
    each with whether the item's gold names it."""
    return [(candidate, candidate.ags in item["gold"]["places"])
            for item in items
            for candidate in tagger.place_candidates(item["title"], article_text(item))]


def read_place_items(path: str | Path) -> list[dict]:
    """The labelled items of a JSON-lines file (the blind set's enrichment items), each checked
    to have a title, a body (a teaser if any) and gold places; ValueError names the file and
    line of the first that has not."""
    return read_labelled(path, _place_item, "a title, a body and gold places (a list of keys)")


def _place_item(item) -> bool:
    gold = item.get("gold") if isinstance(item, dict) else None
    places = gold.get("places") if isinstance(gold, dict) else None
    return (isinstance(places, list) and all(isinstance(place, str) for place in places)
            and isinstance(item.get("title"), str | None) and isinstance(item.get("body"), str)
            and isinstance(item.get("teaser", ""), str | None))
