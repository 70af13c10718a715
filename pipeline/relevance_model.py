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
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .datafile import DataFileError

WORD = re.compile(r"\w+")
FORMAT = "familienarchiv-relevance-model/1"
SIZES = (3, 4, 5)
# A model file is refused before it is read when larger than MAX_BYTES, and after when it
# holds more than MAX_FEATURES n-grams (about 50 bytes of file and 200 of memory each): a
# trained model keeps a few tens of thousands.
MAX_BYTES = 16_000_000
MAX_FEATURES = 200_000
# Bounds of a sane model's numbers: an inverse document frequency is ln(items) + 1 at most,
# and weights beyond a thousand would make one n-gram decide alone (and overflow sums).
MAX_IDF = 50.0
MAX_WEIGHT = 1_000.0
# Only the first characters of a title and a text are read: its title and lead decide, and a
# page of boilerplate must not cost more than a news text.
MAX_TITLE_CHARACTERS = 1_000
MAX_CHARACTERS = 20_000
# Training settings: the inverse regularisation strength, and how many items must contain an
# n-gram for it to be kept (an n-gram of a single item is that item's, not the language's).
REGULARISATION = 10.0
MIN_ITEMS = 2


class RelevanceModelError(DataFileError):
    """The model file cannot be read or is not a relevance model."""


class RelevanceTrainingError(ValueError):
    """The items cannot train a model (too few of either kind), or scikit-learn is missing."""


def ngrams(title: str | None, text: str | None) -> list[str]:
    """The character n-grams of every word, lower case, each word padded with a space; the
    title is read twice, as a title weighs more than a sentence of the body."""
    title = (title or "")[:MAX_TITLE_CHARACTERS]
    words = WORD.findall((title + " ") * 2 + (text or "")[:MAX_CHARACTERS])
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
            size = Path(path).stat().st_size
            data = json.loads(Path(path).read_text(encoding="utf-8")) if size <= MAX_BYTES else None
        except (OSError, UnicodeDecodeError, ValueError) as problem:
            raise RelevanceModelError(f"{path}: {problem}") from problem
        if size > MAX_BYTES:
            raise RelevanceModelError(f"{path}: larger than {MAX_BYTES} bytes")
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise RelevanceModelError(f"{path}: not a relevance model ({FORMAT})")
        grams, idf, weight = data.get("ngrams"), data.get("idf"), data.get("weights")
        if not (isinstance(grams, list) and isinstance(idf, list) and isinstance(weight, list)
                and len(grams) == len(idf) == len(weight) <= MAX_FEATURES):
            raise RelevanceModelError(
                f"{path}: ngrams, idf and weights must be lists of one length, at most "
                f"{MAX_FEATURES}")
        if not all(isinstance(gram, str) and 0 < len(gram) <= max(SIZES) for gram in grams):
            raise RelevanceModelError(
                f"{path}: every n-gram must be 1 to {max(SIZES)} characters")
        if len(set(grams)) < len(grams):
            raise RelevanceModelError(f"{path}: an n-gram is listed twice")
        if not (all(_number(n) and 0 < n <= MAX_IDF for n in idf)
                and all(_number(n) and abs(n) <= MAX_WEIGHT
                        for n in (*weight, data.get("intercept")))):
            raise RelevanceModelError(
                f"{path}: idf must be numbers above 0 and at most {MAX_IDF:g}, weights and the "
                f"intercept numbers of at most {MAX_WEIGHT:g} either way")
        trained_on = data.get("trained_on")
        if type(trained_on) is not int or trained_on < 0:
            raise RelevanceModelError(f"{path}: trained_on must be a count of items")
        return cls(dict(zip(grams, zip(idf, weight, strict=True), strict=True)),
                   float(data["intercept"]), trained_on)

    def save(self, path: str | Path) -> None:
        """Write the model where the rules read it: whole or not at all (a stopped training
        leaves the file it had)."""
        grams = sorted(self.weights)
        partial = Path(f"{path}.partial")
        partial.write_text(json.dumps({
            "format": FORMAT,
            "trained_on": self.trained_on,
            "intercept": round(self.intercept, 8),
            "ngrams": grams,
            "idf": [round(self.weights[gram][0], 8) for gram in grams],
            "weights": [round(self.weights[gram][1], 8) for gram in grams],
        }, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        os.replace(partial, path)


def train(items: Iterable[dict]) -> RelevanceModel:
    """A model from labelled items ({"title", "text", "relevant"}); needs scikit-learn."""
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as missing:
        raise RelevanceTrainingError(
            "training needs scikit-learn: pip install -e '.[test]'") from missing
    items = list(items)
    relevant = sum(bool(item["relevant"]) for item in items)
    if min(relevant, len(items) - relevant) < MIN_ITEMS:
        raise RelevanceTrainingError(
            f"training needs at least {MIN_ITEMS} relevant and {MIN_ITEMS} other items, got "
            f"{relevant} and {len(items) - relevant}")
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
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as problem:
        raise ValueError(f"{path}: {problem}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as problem:
            raise ValueError(f"{path}:{number}: {problem}") from None
        if not (isinstance(item, dict) and "title" in item
                and isinstance(item["title"], str | None) and isinstance(item.get("text"), str)
                and type(item.get("relevant")) is bool):
            raise ValueError(f"{path}:{number}: an item needs a title, a text and relevant "
                             "(true or false)")
        items.append(item)
    return items


def _number(value) -> bool:
    """A finite int or float (not a boolean, which JSON and Python would take for one)."""
    return type(value) in (int, float) and math.isfinite(value)
