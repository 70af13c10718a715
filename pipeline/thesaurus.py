"""Words of the same meaning from a general German thesaurus (OpenThesaurus), for search.

synonyms.toml holds the groups this archive's readers and texts need, written by hand; this
thesaurus knows far more words, also in meanings the archive does not have ("Kurs" as a course,
a rate and a heading), so the search uses it only where the hand-written words find few
articles (see the RELATED tier in pipeline/search.py).
"""

import functools
from pathlib import Path

THESAURUS = Path(__file__).resolve().parent / "data" / "thesaurus" / "openthesaurus-words.txt"
# A word in many groups ("Kurs": course, rate, heading, line) gets the words of the first groups
# up to this many: each one costs FTS5 terms in two columns.
MAX_RELATED = 24


def related_nouns(noun: str) -> tuple[str, ...]:
    """The nouns that share a group with the noun, lower case, at most MAX_RELATED, in the
    thesaurus's order ("reanimation": wiederbelebung); () for a word it does not list."""
    return _groups_by_word()[0].get(noun.lower(), ())


def related_words(word: str) -> tuple[str, ...]:
    """The same for the thesaurus's other words, adjectives, verbs and adverbs ("baufällig":
    marode, ...); () for a noun or a word it does not list."""
    return _groups_by_word()[1].get(word.lower(), ())


@functools.cache
def _groups_by_word(path: Path = THESAURUS) -> tuple[dict[str, tuple[str, ...]], ...]:
    """The related words of each noun, and of each other word: a group's kind is its first
    word's (the file has groups of nouns and groups of lower-case words)."""
    nouns: dict[str, dict[str, None]] = {}
    others: dict[str, dict[str, None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        related = nouns if line[0].isupper() else others
        group = [word.lower() for word in line.split(";")]
        for word in group:
            related.setdefault(word, {}).update(dict.fromkeys(
                other for other in group if other != word))
    return tuple({word: tuple(words)[:MAX_RELATED] for word, words in related.items()}
                 for related in (nouns, others))
