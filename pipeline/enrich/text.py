"""What the place and topic rules read of an article besides its title."""


def article_text(record: dict) -> str:
    """Teaser and body, blank-line separated (an `articles` row or a labelled item)."""
    teaser, body = record.get("teaser") or "", record.get("body") or ""
    return f"{teaser}\n\n{body}" if teaser else body
