"""The word forms archives store stay those the code computes.

When an article is saved, the search index gets its stems, lemmas, compound parts and spellings
(pipeline/search.search_columns); when it is linked, the link index keeps its content stems
(pipeline/enrich/similarity.content_stems). Queries and newly linked articles compute the same
forms later and compare them with the stored ones. A change of those forms (the code,
pipeline/data/compound_parts.toml or similarity.toml, or a new simplemma, snowballstemmer or
PyStemmer: pinned in pyproject.toml for this reason) leaves every archive built before with
forms the new code does not produce, and searches and story links then miss without an error.

So the forms of the search evaluation corpus (197 articles in the project's own words) are
fingerprinted here. When this test fails, write a migration that re-makes the stored forms in
every archive (as m018 does for the search columns and m020 for the link stems), then record
the new fingerprint below.
"""

import hashlib
import json
from pathlib import Path

from pipeline.enrich.similarity import content_stems
from pipeline.rules import default_rules
from pipeline.search import search_columns

CORPUS = Path(__file__).resolve().parent.parent / "bench" / "data" / "search_eval" / "corpus.jsonl"
FINGERPRINT = "dfcb51580e1db20c454f557e5644fbbea707244d50f09672642e18b62b8a12e3"


def stored_forms_fingerprint() -> str:
    function_words = default_rules().story_words.function_words
    digest = hashlib.sha256()
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        texts = (article["title"], article["teaser"], article["body"])
        digest.update(json.dumps(search_columns(*texts), sort_keys=True,
                                 ensure_ascii=False).encode())
        digest.update(" ".join(sorted(content_stems(" ".join(texts), function_words))).encode())
    return digest.hexdigest()


def test_the_stored_word_forms_are_unchanged():
    assert stored_forms_fingerprint() == FINGERPRINT, (
        "the search or link index's word forms changed: archives hold the old ones. Write a "
        "migration that re-makes them (see m018, m020), then record the new fingerprint here.")


def test_the_fingerprint_sees_a_changed_form(monkeypatch):
    """A stemmer that differs on one word of the corpus changes the fingerprint."""
    import pipeline.search

    stemmer = pipeline.search.GERMAN_STEMMER

    class OneWordOff:
        def stemWords(self, words):  # noqa: N802 (snowballstemmer's name)
            return [("kitaa" if word == "kitas" else stem)
                    for word, stem in zip(words, stemmer.stemWords(words), strict=True)]

    monkeypatch.setattr(pipeline.search, "GERMAN_STEMMER", OneWordOff())
    assert stored_forms_fingerprint() != FINGERPRINT
