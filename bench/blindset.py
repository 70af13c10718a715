"""The blind set's files (bench/data/blind/items), shared by bench/enrich and bench/relevance."""

import argparse
import re
from pathlib import Path

ITEMS = Path(__file__).resolve().parent / "data" / "blind" / "items"


def writer_letters(text: str) -> str:
    """Blind writers' letters for --writers ("IJK"): capital letters only."""
    if not re.fullmatch(r"[A-Z]+", text):
        raise argparse.ArgumentTypeError(f"writers are capital letters, like IJK: {text!r}")
    return text


def files(kind: str, held_back: bool, writers: str | None = None) -> list[Path]:
    """The `kind` ("enrich" or "relevance") files: the dev part, with the held-back part only
    when asked, of every writer or only of `writers`."""
    parts = ("dev", "held_back") if held_back else ("dev",)
    who = f"[{writers}]" if writers else "*"
    return [path for part in parts for path in sorted(ITEMS.glob(f"{kind}-{who}.{part}.jsonl"))]
