"""German full-text search: the columns the indexer fills and the queries that read them.

Both sides must agree: `search_stems` at index time and `german_fts` at query time use the same
stemmer and the same notion of a word, so they live together here.
"""

import functools
import re

import snowballstemmer

FTS_COLUMNS = ["title", "teaser", "body", "search_variants", "search_stems"]
# unicode61 folds ä/ö/ü to a/o/u but keeps ß; search_variants covers ss/ae/oe/ue spellings.
FTS_TOKENIZER = "unicode61 remove_diacritics 2"

GERMAN_SPELLING = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"}
)
SHARP_S_SPELLING = str.maketrans({"ß": "ss", "ẞ": "SS"})
WORD_WITH_GERMAN_LETTERS = re.compile(r"\w*[äöüÄÖÜßẞ]\w*")
WORD = re.compile(r"\w+")
# Snowball's German stemmer also folds ä/ö/ü, ae/oe/ue and ß: "Mütter" and "Mutter" give "mutt".
GERMAN_STEMMER = snowballstemmer.stemmer("german")


def search_variants(*texts: str | None) -> str | None:
    """The ss/ae/oe/ue spellings of the words with ß, ä, ö or ü, once each (None if none).

    Two per word where both apply: "Größe" gives "groesse" and "grösse" (which the tokenizer
    folds to "grosse"), so readers find it however they type it.
    """
    variants = {}
    for text in texts:
        for word in WORD_WITH_GERMAN_LETTERS.findall(text or ""):
            for spelling in (word.translate(SHARP_S_SPELLING), word.translate(GERMAN_SPELLING)):
                if spelling != word:
                    variants.setdefault(spelling.lower())
    return " ".join(variants) or None


def search_stems(*texts: str | None) -> str | None:
    """The German word stems of the texts, once each (None if no words): word forms match."""
    words = dict.fromkeys(word.lower() for text in texts for word in WORD.findall(text or ""))
    stems = dict.fromkeys(GERMAN_STEMMER.stemWords(list(words)))
    return " ".join(stems) or None


def german_fts(query: str | None) -> str:
    """An FTS5 expression for a reader's words: each word must match as typed or by its stem.

    Punctuation and FTS operators are dropped, so any input is a valid expression. The word as
    typed matches title, teaser and body (where snippet() marks it) and the spellings in
    search_variants; its German stem matches the search_stems column,
    which finds the other forms ("Beratungen" finds "Beratung"). Only whole terms: prefix
    queries merge the lists of every term they cover, too slow on a million articles.
    """
    words = [word.lower() for word in WORD.findall(query or "")]
    stems = GERMAN_STEMMER.stemWords(words)
    terms = [
        f'("{word}" OR search_stems:"{stem}")' for word, stem in zip(words, stems, strict=True)
    ]
    return " AND ".join(terms) or '""'


def german_rank(title: str | None, query: str | None) -> int:
    """How many of the query's stems the title has: the search lists those hits first."""
    title_stems = GERMAN_STEMMER.stemWords(WORD.findall((title or "").lower()))
    return len(_query_stems(query).intersection(title_stems))


@functools.lru_cache(maxsize=256)
def _query_stems(query: str | None) -> frozenset[str]:
    return frozenset(GERMAN_STEMMER.stemWords(WORD.findall((query or "").lower())))
