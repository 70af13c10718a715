"""Euro amounts written in German as numbers: "32.000 Euro", "1,2 Millionen Euro", "€ 5.000"."""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD_NUMBERS = {
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100,
    "eineinhalb": 1.5, "anderthalb": 1.5, "einer halben": 0.5, "eine halbe": 0.5,
    "zweieinhalb": 2.5, "dreieinhalb": 3.5, "viereinhalb": 4.5,
}  # fmt: skip
SCALES = {
    "tausend": 1e3, "tsd": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "mill": 1e6, "t": 1e3,
    "viertelmillion": 2.5e5, "dreiviertelmillion": 7.5e5,
}  # fmt: skip
# Thousands with a dot, a (narrow) space or none: "32.000", "32 000", "8000"; a decimal comma.
NUMBER = r"\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
WORD = "|".join(sorted(map(re.escape, WORD_NUMBERS), key=len, reverse=True))
# "1,5 Mio EUR", "2 Mill. Euro", "50 TEUR" / "50 T€" (thousands, in budget tables), "eine
# Viertelmillion Euro"
SCALE = (
    r"Tausend|Tsd\.|Millionen|Million|Mio\.|Mio(?!\w)|Mill\.|Milliarden|Milliarde|Mrd\."
    r"|Dreiviertelmillion|Viertelmillion"
    r"|T(?=EUR|€)"
)
# "50.000,-- Euro", "50.000,- €", "350.- Euro"
DASHES = r"(?:[,.][-–]+)?"
AMOUNT = re.compile(
    rf"(?<![\w,.])(?:(?P<number>{NUMBER})|(?P<word>{WORD})){DASHES}"
    # "15.000-Euro-Zuschuss"; not "2016 € 20.000"
    rf"(?:\s*(?P<scale>{SCALE}))?(?:\s*|-)(?:Euro|EUR|€)(?!\w)(?!\s*\d)"
    rf"|(?:€|EUR)\s*(?P<after>{NUMBER}){DASHES}(?:\s*(?P<after_scale>{SCALE}))?(?![\w,])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Amount:
    value: float
    start: int
    end: int
    text: str


def find_amounts(text: str) -> list[Amount]:
    """Every euro amount in `text`, in order."""
    amounts = []
    for found in AMOUNT.finditer(text):
        value = _value(found)
        if value is not None:
            amounts.append(Amount(value, found.start(), found.end(), found.group()))
    return amounts


def parse_number(text: str) -> float:
    """ "32.000" -> 32000.0, "1,2" -> 1.2, "32 000" -> 32000.0."""
    digits = re.sub(r"[.\u00a0\u202f ]", "", text).replace(",", ".")
    return float(digits)


def _value(found: re.Match) -> float | None:
    number = found["number"] or found["after"]
    scale = found["scale"] or found["after_scale"]
    if number:
        value = parse_number(number)
    elif found["word"].lower() in WORD_NUMBERS and scale:
        value = WORD_NUMBERS[found["word"].lower()]
    else:
        return None  # "ein Euro", "zehn Euro": words count only with a scale
    if scale:
        value *= SCALES[scale.lower().rstrip(".")]
    return round(value, 2)
