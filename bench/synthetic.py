"""German text for synthetic archives, shared by the benches (bench/search, bench/nightly).

Words of local family-policy news written for the benches (no third party's text), drawn with
Zipf-like weights and a long tail of made-up rare words; paragraphs drawn once into a pool with
their search columns (stems, spelling variants, lemmas, compound parts); the NRW municipalities
of the bundled gazetteer.
"""

import itertools
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.rules import default_rules  # noqa: E402
from pipeline.search import (  # noqa: E402
    GERMAN_STEMMER,
    compound_terms,
    lemma,
    search_lemmas,
    search_parts,
    search_variants,
)

# A long tail of rare words: each topical word then occurs in about one article in ten.
TAIL_WORDS = 200_000


def words(text: str) -> list[str]:
    return text.split()


# Words of local family-policy news, written for this bench; drawn with Zipf-like weights.
COMMON = words(
    "der die das und in für mit von zu den auf ist im sich des ein eine dem nicht als auch es an "
    "werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum "
    "war haben nur oder aber vor zur bis mehr durch man sein wurde sei sollen können künftig "
    "heute jetzt rund etwa neue neuen ersten vielen allen weitere gemeinsam direkt besonders"
)
TOPICAL = words(
    "Familie Familien Familienzentrum Familienzentren Kinder Kindern Kind Eltern Mütter Väter "
    "Alleinerziehende Jugendamt Jugendhilfe Kita Kitas Kindertagesstätte Betreuungsplätze "
    "Tagespflege Tagesmütter Offene Ganztagsschule Ganztag Schulen Schule Grundschule Beratung "
    "Beratungsstelle Familienbüro Familienbüros Netzwerk Netzwerke Kinderarmut Armut Teilhabe "
    "Frühe Hilfen Hebammen Familienhebamme Babylotsen Willkommensbesuch Elternbrief Elterncafé "
    "Sprechstunde Sprachförderung Integration Flüchtlingsfamilien Ferienbetreuung Ferienspiele "
    "Spielplatz Familienpass Familienkarte Ermäßigung Gebühren Elternbeiträge beitragsfrei "
    "Landesprogramm Förderung Fördermittel Zuschuss Euro Millionen Landschaftsverband Ministerium "
    "Landesregierung Stadtrat Rat Kreistag Ausschuss beschließt beschlossen Bürgermeister "
    "Bürgermeisterin Landrat Stadt Gemeinde Kreis Rathaus Quartier Stadtteil Angebot Angebote "
    "eröffnet eröffnen startet Start Projekt Projekte Modellprojekt Präventionskette Bündnis "
    "Lokales Bündnis Familienfreundlichkeit familienfreundlich Vereinbarkeit Beruf Pflege "
    "Senioren Generationen Mehrgenerationenhaus Träger Caritas Diakonie Awo Verein Ehrenamt "
    "Ehrenamtliche Fachkräfte Sozialarbeit Schulsozialarbeit Erziehungsberatung Gesundheit "
    "Kinderschutz Kindeswohl Gewaltschutz Frauenhaus Wohnungen Wohnraum Mieten Zuschüsse"
)
COMPOUND_HEADS = words("Familien Kinder Eltern Jugend Schul Kita Stadt Kreis Landes Bürger")
COMPOUND_TAILS = words(
    "arbeit zentrum zentren büro beratung hilfe hilfen netz förderung angebot plan bericht "
    "konferenz fest treff woche tag sprechstunde projekt programm pass portal haus gruppe kurs"
)


def vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    compounds = [head + tail for head in COMPOUND_HEADS for tail in COMPOUND_TAILS]
    # Rarer made-up words stand in for the long tail of a real corpus (names, places, terms).
    syllables = words("ba be bi bo ka ke ko la le li lo ma me mi na ne ro ra re sa se ta te to")
    tail = ["".join(rng.choices(syllables, k=rng.randint(2, 5))) for _ in range(TAIL_WORDS)]
    drawn = COMMON + TOPICAL + compounds + tail
    # Cumulative weights: random.choices would otherwise add them up on every call.
    return drawn, list(itertools.accumulate(1 / (rank + 10) for rank in range(len(drawn))))


def municipalities() -> list[dict]:
    """The NRW municipalities of the bundled gazetteer."""
    return [
        {"ags": p.ags, "name": p.name, "kreis": p.kreis, "regierungsbezirk": p.regierungsbezirk}
        for p in default_rules().gazetteer.municipalities()
    ]


class TextPool:
    """Paragraphs drawn once, with their search columns (stems, lemmas, compound parts, spelling
    variants), for articles to share.

    Indexing every word of a million articles would take most of an hour; articles made of
    pooled paragraphs keep the words' document frequencies at a fraction of the cost.
    """

    def __init__(self, rng: random.Random, paragraphs: int = 30000):
        words, weights = vocabulary(rng)
        self.stems = dict(zip(words, GERMAN_STEMMER.stemWords([w.lower() for w in words]),
                              strict=True))
        self.lemmas = {word: lemma(word) for word in words}
        self.parts = {word: " ".join(compound_terms(word)) for word in words}
        self.paragraphs = [self._paragraph(rng, words, weights) for _ in range(paragraphs)]

    def _paragraph(self, rng, words, weights) -> tuple[str, str, str, str, str]:
        drawn = rng.choices(words, cum_weights=weights, k=rng.randint(30, 70))
        drawn.insert(rng.randrange(len(drawn)), rng.choice(TOPICAL))
        text = " ".join(drawn).capitalize() + "."
        unique = set(drawn)
        return (text, " ".join(self.stems[w] for w in unique), search_variants(text) or "",
                " ".join(self.lemmas[w] for w in unique),
                " ".join(self.parts[w] for w in unique if self.parts[w]))

    def article(self, rng: random.Random, title: str) -> dict:
        chosen = rng.sample(self.paragraphs, rng.randint(2, 6))
        teaser = rng.choice(self.paragraphs)[0]
        teaser = teaser[: teaser.find(" ", 120)] + "."
        title_stems = " ".join(self.stems.get(w) or w.lower() for w in title.split())
        return {
            "title": title,
            "teaser": teaser,
            "body": "\n\n".join(text for text, *_ in chosen),
            "search_stems": " ".join([title_stems, *(stems for _, stems, *_ in chosen)]),
            "search_variants": " ".join(v for _, _, v, *_ in chosen if v) or None,
            "search_lemmas": " ".join([search_lemmas(title) or "",
                                       *(lemmas for *_, lemmas, _ in chosen)]),
            "search_parts": " ".join([search_parts(title) or "", *(parts for *_, parts in chosen)]),
        }
