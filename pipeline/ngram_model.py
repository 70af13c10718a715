"""A logistic regression over character n-grams and a few named features, read without
scikit-learn: the shared part of the text models (`relevance_model`, `enrich.place_model`).

A model file holds, per n-gram, its inverse document frequency and its weight (TF-IDF with
sublinear counts and unit length, as scikit-learn's TfidfVectorizer computes it), and per named
feature (a count or a yes/no the rules know, such as "named in the title") its weight, added
as it is. Training uses scikit-learn (`fit`); reading and predicting need nothing but this
module. Every file is checked before use: its size, its kind, its lists and its numbers.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .datafile import DataFileError

WORD = re.compile(r"\w+")
SIZES = (3, 4, 5)
# A model file is refused before it is read when larger than MAX_BYTES, and after when it
# holds more than MAX_FEATURES n-grams (about 50 bytes of file and 200 of memory each): a
# trained model keeps a few tens of thousands.
MAX_BYTES = 16_000_000
MAX_FEATURES = 200_000
# Named features are the rules' own few: a name is a short identifier.
MAX_NAMED = 100
NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")
# Bounds of a sane model's numbers: an inverse document frequency is ln(items) + 1 at most,
# and weights beyond a thousand would make one n-gram decide alone (and overflow sums).
MAX_IDF = 50.0
MAX_WEIGHT = 1_000.0
# How many items must contain an n-gram for it to be kept: an n-gram of a single item is that
# item's, not the language's.
MIN_ITEMS = 2


class ModelFileError(DataFileError):
    """The model file cannot be read or is not a model of the kind asked for."""


class TrainingError(ValueError):
    """The items cannot train a model (too few of either kind), or scikit-learn is missing."""


def ngrams(text: str) -> list[str]:
    """The character n-grams of every word, lower case, each word padded with a space."""
    grams = []
    for word in WORD.findall(text):
        padded = f" {word.lower()} "
        for size in SIZES:
            if len(padded) <= size:
                grams.append(padded)
                break
            grams.extend(padded[start:start + size] for start in range(len(padded) - size + 1))
    return grams


@dataclass(frozen=True)
class NgramModel:
    # n-gram -> (inverse document frequency, weight); tens of thousands: not in the repr
    weights: dict[str, tuple[float, float]] = field(repr=False)
    intercept: float
    trained_on: int  # items
    named: dict[str, float] = field(default_factory=dict)  # named feature -> weight

    def probability_of(self, grams: list[str], features: Mapping[str, float] = {}) -> float:
        """The probability of the positive class for an item of these n-grams and named
        features (a feature the model does not know weighs nothing)."""
        counts = Counter(gram for gram in grams if gram in self.weights)
        values = {gram: (1.0 + math.log(count)) * self.weights[gram][0]
                  for gram, count in counts.items()}  # fmt: skip
        norm = math.sqrt(sum(value * value for value in values.values())) or 1.0
        logit = self.intercept + sum(value / norm * self.weights[gram][1]
                                     for gram, value in values.items())  # fmt: skip
        logit += sum(self.named.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-500.0, min(500.0, logit))))

    @classmethod
    def read(cls, path: str | Path, kind: str, error: type[ModelFileError] = ModelFileError):
        """Read and check a model file of this `kind` (its "format"); `error` is raised, with
        the path, for any fault."""
        try:
            size = Path(path).stat().st_size
            data = json.loads(Path(path).read_text(encoding="utf-8")) if size <= MAX_BYTES else None
        except (OSError, UnicodeDecodeError, ValueError) as problem:
            raise error(f"{path}: {problem}") from problem
        if size > MAX_BYTES:
            raise error(f"{path}: larger than {MAX_BYTES} bytes")
        if not isinstance(data, dict) or data.get("format") != kind:
            raise error(f"{path}: not a {kind.split('-')[1]} model ({kind})")
        grams, idf, weight = data.get("ngrams"), data.get("idf"), data.get("weights")
        if not (isinstance(grams, list) and isinstance(idf, list) and isinstance(weight, list)
                and len(grams) == len(idf) == len(weight) <= MAX_FEATURES):
            raise error(f"{path}: ngrams, idf and weights must be lists of one length, at most "
                        f"{MAX_FEATURES}")
        if not all(isinstance(gram, str) and 0 < len(gram) <= max(SIZES) for gram in grams):
            raise error(f"{path}: every n-gram must be 1 to {max(SIZES)} characters")
        if len(set(grams)) < len(grams):
            raise error(f"{path}: an n-gram is listed twice")
        named = data.get("named", {})
        if not (isinstance(named, dict) and len(named) <= MAX_NAMED
                and all(NAME.fullmatch(name) for name in named)):
            raise error(f"{path}: named must map at most {MAX_NAMED} lower-case names to weights")
        if not (all(_number(n) and 0 < n <= MAX_IDF for n in idf)
                and all(_number(n) and abs(n) <= MAX_WEIGHT
                        for n in (*weight, *named.values(), data.get("intercept")))):
            raise error(
                f"{path}: idf must be numbers above 0 and at most {MAX_IDF:g}, weights and the "
                f"intercept numbers of at most {MAX_WEIGHT:g} either way")
        trained_on = data.get("trained_on")
        if type(trained_on) is not int or trained_on < 0:
            raise error(f"{path}: trained_on must be a count of items")
        return cls(dict(zip(grams, zip(idf, weight, strict=True), strict=True)),
                   float(data["intercept"]), trained_on,
                   {name: float(value) for name, value in named.items()})

    def write(self, path: str | Path, kind: str) -> None:
        """Write the model where the rules read it: whole or not at all (a stopped training
        leaves the file it had)."""
        grams = sorted(self.weights)
        partial = Path(f"{path}.partial")
        data = {
            "format": kind,
            "trained_on": self.trained_on,
            "intercept": round(self.intercept, 8),
            "ngrams": grams,
            "idf": [round(self.weights[gram][0], 8) for gram in grams],
            "weights": [round(self.weights[gram][1], 8) for gram in grams],
        }
        if self.named:
            data["named"] = {name: round(value, 8) for name, value in sorted(self.named.items())}
        partial.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
                           encoding="utf-8")
        os.replace(partial, path)


def fit(grams: Sequence[list[str]], labels: Sequence[bool], regularisation: float,
        features: Sequence[Mapping[str, float]] | None = None, balanced: bool = False,
        kinds: tuple[str, str] = ("positive", "negative")) -> NgramModel:
    """A model from items' n-grams, their labels and (optionally) their named features;
    `balanced` weighs the rarer label up to the other's count; `kinds` names the labels'
    items in an error. Needs scikit-learn."""
    try:
        from scipy.sparse import csr_matrix, hstack
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as missing:
        raise TrainingError("training needs scikit-learn: pip install -e '.[test]'") from missing
    positive = sum(map(bool, labels))
    if min(positive, len(labels) - positive) < MIN_ITEMS:
        raise TrainingError(
            f"training needs at least {MIN_ITEMS} {kinds[0]} and {MIN_ITEMS} {kinds[1]} items, "
            f"got {positive} and {len(labels) - positive}")
    vectorizer = TfidfVectorizer(analyzer=lambda item: item, sublinear_tf=True, min_df=MIN_ITEMS)
    matrix = vectorizer.fit_transform(grams)
    names = sorted({name for item in features or [] for name in item})
    if names:
        named = csr_matrix([[item.get(name, 0.0) for name in names] for item in features])
        matrix = hstack([matrix, named]).tocsr()
    fitted = LogisticRegression(C=regularisation, max_iter=5000,
                                class_weight="balanced" if balanced else None)
    fitted.fit(matrix, [bool(label) for label in labels])
    gram_names = vectorizer.get_feature_names_out()
    weights = fitted.coef_[0]
    return NgramModel(
        {str(gram): (float(idf), float(weight))
         for gram, idf, weight in zip(gram_names, vectorizer.idf_, weights, strict=False)},
        float(fitted.intercept_[0]), len(labels),
        {name: float(weight) for name, weight in zip(names, weights[len(gram_names):],
                                                     strict=True)})  # fmt: skip


def read_labelled(path: str | Path, valid: Callable[[object], bool], needs: str) -> list[dict]:
    """The items of a JSON-lines file of labelled items, each checked by `valid`; ValueError
    names the file and line of the first that is not, and what an item `needs`."""
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
        if not valid(item):
            raise ValueError(f"{path}:{number}: an item needs {needs}")
        items.append(item)
    return items


def _number(value) -> bool:
    """A finite int or float (not a boolean, which JSON and Python would take for one)."""
    return type(value) in (int, float) and math.isfinite(value)
