"""The blind set's files (bench/data/blind/items), shared by bench/enrich and bench/relevance."""

import argparse
import re
from pathlib import Path

ITEMS = Path(__file__).resolve().parent / "data" / "blind" / "items"

# A writer is a capital letter, from round 14 on followed by a digit (A2): the alphabet ran out.
WRITER = r"[A-Z][0-9]?"


def writer_ids(text: str) -> frozenset[str]:
    """Blind writers for --writers: "IJK" is I, J and K; "A2B2C2" is A2, B2 and C2."""
    if not re.fullmatch(f"(?:{WRITER})+", text):
        raise argparse.ArgumentTypeError(
            f"writers are capital letters, each perhaps with a digit, like IJK or A2B2C2: {text!r}")
    return frozenset(re.findall(WRITER, text))


def files(kind: str, held_back: bool, writers: frozenset[str] | None = None) -> list[Path]:
    """The `kind` ("enrich" or "relevance") files: the dev part, with the held-back part only
    when asked, of every writer or only of `writers`."""
    parts = ("dev", "held_back") if held_back else ("dev",)
    named = re.compile(rf"{kind}-({WRITER})\.(\w+)\.jsonl")
    chosen = []
    for part in parts:
        for path in sorted(ITEMS.glob(f"{kind}-*.{part}.jsonl")):
            match = named.fullmatch(path.name)
            if match and match[2] == part and (writers is None or match[1] in writers):
                chosen.append(path)
    return chosen
