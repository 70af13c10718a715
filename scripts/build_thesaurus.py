"""Build the search's thesaurus, pipeline/data/thesaurus/openthesaurus-nouns.txt.

From OpenThesaurus's text dump (LGPL 2.1; Debian ships it as the package
openthesaurus-de-text), keep what a search can use as a word of the index: per group of
synonyms, its nouns written as one word, without the register notes in brackets ("(ugs.)");
drop phrases, hyphenated words, abbreviations of a word's start ("Deputat...") and groups left
with fewer than two nouns. Run once when the dump changes:

    apt-get install openthesaurus-de-text
    python scripts/build_thesaurus.py
"""

import re
import sys
from pathlib import Path

DUMP = Path("/usr/share/openthesaurus-de/openthesaurus.txt")
OUTPUT = Path(__file__).resolve().parents[1] / "pipeline" / "data" / "thesaurus" / (
    "openthesaurus-nouns.txt")
BRACKETS = re.compile(r"\([^)]*\)")
# A noun as German writes it: a capital, then lower-case letters (no "NRW", no "E-Mail").
NOUN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+")


def nouns(line: str) -> list[str]:
    words = (BRACKETS.sub("", term).strip() for term in line.rstrip("\n").split(";"))
    return list(dict.fromkeys(word for word in words if NOUN.fullmatch(word)))


def main(dump: Path = DUMP) -> None:
    groups = list(dict.fromkeys(
        tuple(group) for line in dump.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#") and len(group := nouns(line)) >= 2))
    header = ("# OpenThesaurus (www.openthesaurus.de), text dump of 2016-04-24, nouns only; "
              "LGPL 2.1. Built by scripts/build_thesaurus.py.\n")
    OUTPUT.write_text(header + "".join(";".join(group) + "\n" for group in groups),
                      encoding="utf-8")
    print(f"{len(groups)} groups written to {OUTPUT}")


if __name__ == "__main__":
    main(*(Path(argument) for argument in sys.argv[1:2]))
