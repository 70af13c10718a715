"""Language of a page when its markup does not say: German or English function words."""

import re

_WORD = re.compile(r"\w+")
_FUNCTION_WORDS = {
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "von", "für", "auf", "sich", "ein"},
    "en": {"the", "and", "is", "not", "with", "of", "for", "on", "that", "this", "are", "to"},
}
_SAMPLE_CHARS = 5000


def page_language(text: str | None) -> str | None:
    """`de` or `en` by function-word counts in the body text, None when neither shows."""
    if not text:
        return None
    words = _WORD.findall(text[:_SAMPLE_CHARS].lower())
    counts = {lang: sum(w in vocab for w in words) for lang, vocab in _FUNCTION_WORDS.items()}
    lang, count = max(counts.items(), key=lambda item: item[1])
    return lang if count >= 3 else None
