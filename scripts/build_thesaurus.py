"""Build the search's thesaurus, pipeline/data/thesaurus/openthesaurus-words.txt.

From OpenThesaurus's text dump (LGPL 2.1; Debian ships it as the package
openthesaurus-de-text), keep what a search can use as a word of the index: per group of
synonyms, its nouns written as one word, and apart from them its other words written as one
word in lower case (adjectives, verbs, adverbs: "baufällig", "marode"), without the register
notes in brackets ("(ugs.)"); drop phrases, hyphenated words, abbreviations of a word's start
("Deputat...") and groups left with fewer than two such words. Run once when the dump changes:

    apt-get install openthesaurus-de-text
    python scripts/build_thesaurus.py
"""

import re
import sys
from pathlib import Path

DUMP = Path("/usr/share/openthesaurus-de/openthesaurus.txt")
OUTPUT = Path(__file__).resolve().parents[1] / "pipeline" / "data" / "thesaurus" / (
    "openthesaurus-words.txt")
BRACKETS = re.compile(r"\([^)]*\)")
# A noun as German writes it: a capital, then lower-case letters (no "NRW", no "E-Mail").
NOUN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+")
# Any other word in lower case, of three letters or more (no "hin", "am").
OTHER_WORD = re.compile(r"[a-zäöüß]{3,}")


def groups_of(line: str) -> list[tuple[str, ...]]:
    """The line's nouns, then its other words: each a group when it has two or more."""
    words = [BRACKETS.sub("", term).strip() for term in line.rstrip("\n").split(";")]
    kinds = (tuple(dict.fromkeys(word for word in words if pattern.fullmatch(word)))
             for pattern in (NOUN, OTHER_WORD))
    return [group for group in kinds if len(group) >= 2]


def main(dump: Path = DUMP) -> None:
    groups = list(dict.fromkeys(
        group for line in dump.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#") for group in groups_of(line)))
    header = ("# OpenThesaurus (www.openthesaurus.de), text dump of 2016-04-24, words written "
              "as one word; LGPL 2.1. Built by scripts/build_thesaurus.py.\n")
    OUTPUT.write_text(header + "".join(";".join(group) + "\n" for group in groups),
                      encoding="utf-8")
    print(f"{len(groups)} groups written to {OUTPUT}")


if __name__ == "__main__":
    main(*(Path(argument) for argument in sys.argv[1:2]))
