"""A second reader for relevance: a logistic regression over the texts' character n-grams.

The weighted terms of data/relevance.toml say why an item is in, but they know only the words
they were written from: on items by writers they were not tuned to they scored 0.88–0.93 F1.
This model is trained on the labelled items of many such writers (the dev parts of
bench/data/blind; `familienarchiv train-relevance-model`, `make relevance-model`) and reads
every word form they used; `pipeline.relevance.assess` averages its probability with the
terms' score. Character n-grams of each word (3 to 5 letters, the word padded with a space)
catch inflections and compound parts ("Familienzentren", "Kita-Plätze") without a lemmatiser.

The shipped file (data/relevance_model.json) is an `ngram_model` file: per n-gram its inverse
document frequency and its weight (the training uses scikit-learn; reading it does not).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .ngram_model import ModelFileError, NgramModel, TrainingError, fit, read_labelled
from .ngram_model import ngrams as word_ngrams

FORMAT = "familienarchiv-relevance-model/1"
# Only the first characters of a title and a text are read: its title and lead decide, and a
# page of boilerplate must not cost more than a news text.
MAX_TITLE_CHARACTERS = 1_000
MAX_CHARACTERS = 20_000
# The inverse regularisation strength of the training: chosen by cross-validation on the dev
# parts, each fold leaving out whole writers (round 39: 30 erred on 33 of 4,451 items at every
# one of three splits into ten folds, 10 on 36 to 39, 100 on 31 to 40).
REGULARISATION = 30.0


class RelevanceModelError(ModelFileError):
    """The model file cannot be read or is not a relevance model."""


class RelevanceTrainingError(TrainingError):
    """The items cannot train a model (too few of either kind), or scikit-learn is missing."""


def ngrams(title: str | None, text: str | None) -> list[str]:
    """The character n-grams of every word, lower case, each word padded with a space; the
    title is read twice, as a title weighs more than a sentence of the body."""
    title = (title or "")[:MAX_TITLE_CHARACTERS]
    return word_ngrams((title + " ") * 2 + (text or "")[:MAX_CHARACTERS])


class RelevanceModel(NgramModel):
    def probability(self, title: str | None, text: str | None) -> float:
        """How likely the item is about a local family-policy measure (0..1)."""
        return self.probability_of(ngrams(title, text))

    @classmethod
    def load(cls, path: str | Path) -> RelevanceModel:
        """Read and check a model file (the shipped one is data/relevance_model.json)."""
        return cls.read(path, FORMAT, RelevanceModelError)

    def save(self, path: str | Path) -> None:
        self.write(path, FORMAT)


def train(items: Iterable[dict]) -> RelevanceModel:
    """A model from labelled items ({"title", "text", "relevant"}); needs scikit-learn."""
    items = list(items)
    try:
        model = fit([ngrams(item["title"], item["text"]) for item in items],
                    [item["relevant"] for item in items], REGULARISATION,
                    kinds=("relevant", "other"))
    except TrainingError as problem:
        raise RelevanceTrainingError(str(problem)) from None
    return RelevanceModel(model.weights, model.intercept, model.trained_on)


def read_labelled_items(path: str | Path) -> list[dict]:
    """The items of a JSON-lines file, each checked to have a title, a text and a verdict;
    ValueError names the file and line of the first that has not."""
    return read_labelled(path, _relevance_item, "a title, a text and relevant (true or false)")


def _relevance_item(item) -> bool:
    return (isinstance(item, dict) and "title" in item and isinstance(item["title"], str | None)
            and isinstance(item.get("text"), str) and type(item.get("relevant")) is bool)
