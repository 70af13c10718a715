"""A second reader for relevance: a logistic regression over the texts' character n-grams.

The weighted terms of data/relevance.toml say why an item is in, but they know only the words
they were written from: on items by writers they were not tuned to they scored 0.88–0.93 F1.
This model is trained on the labelled items of many such writers (the dev parts of
bench/data/blind; `familienarchiv train-relevance-model`, `make relevance-model`) and reads
every word form they used; `pipeline.relevance.assess` averages its probability with the
terms' score. Character n-grams of each word (3 to 5 letters, the word padded with a space)
catch inflections and compound parts ("Familienzentren", "Kita-Plätze") without a lemmatiser.

The shipped file (data/relevance_model.json) holds, per n-gram, its inverse document frequency
and its weight: TF-IDF with sublinear counts and unit length, as scikit-learn's TfidfVectorizer
computes it (the training uses scikit-learn; reading the file needs nothing but this module).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .datafile import DataFileError

WORD = re.compile(r"\w+")
FORMAT = "familienarchiv-relevance-model/1"
SIZES = (3, 4, 5)
# Refuse a file that would take more than a few tens of MB to hold: 2.3 million n-grams of up
# to 5 letters exist in German text at most in theory; a trained model keeps tens of thousands.
MAX_FEATURES = 1_000_000
# Only the first characters of a text are read: its title and lead decide, and a page of
# boilerplate must not cost more than a news text.
MAX_CHARACTERS = 20_000
# Training settings: the inverse regularisation strength, and how many items must contain an
# n-gram for it to be kept (an n-gram of a single item is that item's, not the language's).
REGULARISATION = 10.0
MIN_ITEMS = 2


class RelevanceModelError(DataFileError):
    """The model file cannot be read or is not a relevance model."""


def ngrams(title: str | None, text: str | None) -> list[str]:
    """The character n-grams of every word, lower case, each word padded with a space; the
    title is read twice, as a title weighs more than a sentence of the body."""
    words = WORD.findall(((title or "") + " ") * 2 + (text or "")[:MAX_CHARACTERS])
    grams = []
    for word in words:
        padded = f" {word.lower()} "
        for size in SIZES:
            if len(padded) <= size:
                grams.append(padded)
                break
            grams.extend(padded[start:start + size] for start in range(len(padded) - size + 1))
    return grams


@dataclass(frozen=True)
class RelevanceModel:
    # n-gram -> (inverse document frequency, weight); tens of thousands: not in the repr
    weights: dict[str, tuple[float, float]] = field(repr=False)
    intercept: float
    trained_on: int  # items

    def probability(self, title: str | None, text: str | None) -> float:
        """How likely the item is about a local family-policy measure (0..1)."""
        counts = Counter(gram for gram in ngrams(title, text) if gram in self.weights)
        values = {gram: (1.0 + math.log(count)) * self.weights[gram][0]
                  for gram, count in counts.items()}  # fmt: skip
        norm = math.sqrt(sum(value * value for value in values.values())) or 1.0
        logit = self.intercept + sum(value / norm * self.weights[gram][1]
                                     for gram, value in values.items())  # fmt: skip
        return 1.0 / (1.0 + math.exp(-max(-500.0, min(500.0, logit))))

    @classmethod
    def load(cls, path: str | Path) -> RelevanceModel:
        """Read and check a model file (the shipped one is data/relevance_model.json)."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as problem:
            raise RelevanceModelError(f"{path}: {problem}") from problem
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise RelevanceModelError(f"{path}: not a relevance model ({FORMAT})")
        grams, idf, weight = data.get("ngrams"), data.get("idf"), data.get("weights")
        if not (isinstance(grams, list) and isinstance(idf, list) and isinstance(weight, list)
                and len(grams) == len(idf) == len(weight) <= MAX_FEATURES):
            raise RelevanceModelError(
                f"{path}: ngrams, idf and weights must be lists of one length, at most "
                f"{MAX_FEATURES}")
        if not all(isinstance(gram, str) and 0 < len(gram) <= max(SIZES) for gram in grams):
            raise RelevanceModelError(f"{path}: every n-gram must be 1 to {max(SIZES)} letters")
        numbers = [*idf, *weight, data.get("intercept"), data.get("trained_on")]
        if not all(type(n) in (int, float) and math.isfinite(n) for n in numbers):
            raise RelevanceModelError(f"{path}: idf, weights, intercept and trained_on must be "
                                      "finite numbers")
        return cls(dict(zip(grams, zip(idf, weight, strict=True), strict=True)),
                   float(data["intercept"]), int(data["trained_on"]))

    def save(self, path: str | Path) -> None:
        grams = sorted(self.weights)
        Path(path).write_text(json.dumps({
            "format": FORMAT,
            "trained_on": self.trained_on,
            "intercept": round(self.intercept, 8),
            "ngrams": grams,
            "idf": [round(self.weights[gram][0], 8) for gram in grams],
            "weights": [round(self.weights[gram][1], 8) for gram in grams],
        }, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def train(items: Iterable[dict]) -> RelevanceModel:
    """A model from labelled items ({"title", "text", "relevant"}); needs scikit-learn."""
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as missing:
        raise RuntimeError("training needs scikit-learn: pip install -e '.[test]'") from missing
    items = list(items)
    vectorizer = TfidfVectorizer(analyzer=lambda item: ngrams(item["title"], item["text"]),
                                 sublinear_tf=True, min_df=MIN_ITEMS)
    features = vectorizer.fit_transform(items)
    fitted = LogisticRegression(C=REGULARISATION, max_iter=5000).fit(
        features, [bool(item["relevant"]) for item in items])
    grams = vectorizer.get_feature_names_out()
    return RelevanceModel(
        {str(gram): (float(idf), float(weight))
         for gram, idf, weight in zip(grams, vectorizer.idf_, fitted.coef_[0], strict=True)},
        float(fitted.intercept_[0]), len(items))


def read_labelled_items(path: str | Path) -> list[dict]:
    """The items of a JSON-lines file, each checked to have a title, a text and a verdict;
    ValueError names the file and line of the first that has not."""
    items = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as problem:
            raise ValueError(f"{path}:{number}: {problem}") from None
        if not (isinstance(item, dict) and isinstance(item.get("title"), str | None)
                and isinstance(item.get("text"), str) and type(item.get("relevant")) is bool):
            raise ValueError(f"{path}:{number}: an item needs a title, a text and relevant "
                             "(true or false)")
        items.append(item)
    return items
