"""Text likeness for story links: content words (rewrites) and word shingles (re-posts)."""

from __future__ import annotations

import hashlib
import re

WORD = re.compile(r"\w+")
# Function words and the words every family-policy text shares carry no story.
FUNCTION_WORDS = """
    aber alle allen als also auch auf aus bei beim bereits bis das dass dem den denen der
    des die dies diese diesem diesen dieser durch ein eine einem einen einer eines für gegen
    haben hat hatte hier ihre ihren ihrer im in ist jahr jahre jahren kann können mehr mit
    nach neue neuen nicht noch nun oder ohne schon sich sie sind so soll sollen sowie um und
    unter vom von vor war waren wird werden wie wir zum zur zu über eltern familie familien
    kinder kindern stadt projekt projekts angebot angebote
"""
STOP = frozenset(FUNCTION_WORDS.split())


def content_words(text: str) -> frozenset[str]:
    """Lowercased words of four letters or more that are not function words."""
    words = (w.lower() for w in WORD.findall(text))
    return frozenset(w for w in words if len(w) >= 4 and not w.isdigit() and w not in STOP)


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller set found in the larger: a summary inside its full report."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def shingles(text: str, size: int = 5) -> frozenset[int]:
    words = [w.lower() for w in WORD.findall(text)]
    grams = (" ".join(words[i : i + size]) for i in range(max(1, len(words) - size + 1)))
    return frozenset(hash(gram) for gram in grams)


def jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def fingerprint(text: str) -> str:
    """The same for texts equal but for case, spacing and punctuation."""
    words = " ".join(w.lower() for w in WORD.findall(text))
    return hashlib.sha1(words.encode("utf-8")).hexdigest()
