"""What the place, topic and funding rules read of an article besides its title."""

import re


def article_text(record: dict) -> str:
    """Teaser and body, blank-line separated (an `articles` row or a labelled item)."""
    teaser, body = record.get("teaser") or "", record.get("body") or ""
    return f"{teaser}\n\n{body}" if teaser else body


# A relative clause right after a body's name, closed by a comma after its verb: ", die ein
# eigenes Jugendamt hat," (not the next of a list: ", der Kreis Kleve,").
RELATIVE_CLAUSE = re.compile(
    r",\s*(?:der|die|das|dessen|deren|dem|den|denen)\s[^,.;:!?()]{0,120}?\s[a-zäöüß]+,\s*")

