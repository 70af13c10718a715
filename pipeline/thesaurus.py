"""Nouns of the same meaning from a general German thesaurus (OpenThesaurus), for search.

synonyms.toml holds the groups this archive's readers and texts need, written by hand; this
thesaurus knows far more words, also in meanings the archive does not have ("Kurs" as a course,
a rate and a heading), so the search uses it only where the hand-written words find few
articles (see the RELATED tier in pipeline/search.py).
"""

import functools
from pathlib import Path

THESAURUS = Path(__file__).resolve().parent / "data" / "thesaurus" / "openthesaurus-nouns.txt"
# A noun in many groups ("Kurs": course, rate, heading, line) gets the words of the first groups
# up to this many: each one costs FTS5 terms in two columns.
MAX_RELATED = 24


def related_nouns(noun: str) -> tuple[str, ...]:
    """The nouns that share a group with the noun, lower case, at most MAX_RELATED, in the
    thesaurus's order ("reanimation": wiederbelebung); () for a word it does not list."""
    return _groups_by_noun().get(noun.lower(), ())


@functools.cache
def _groups_by_noun(path: Path = THESAURUS) -> dict[str, tuple[str, ...]]:
    related: dict[str, dict[str, None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        group = [noun.lower() for noun in line.split(";")]
        for noun in group:
            related.setdefault(noun, {}).update(dict.fromkeys(
                other for other in group if other != noun))
    return {noun: tuple(others)[:MAX_RELATED] for noun, others in related.items()}
