"""Text likeness for story links: content words (rewrites) and word shingles (re-posts)."""

from __future__ import annotations

import functools
import hashlib
import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..datafile import Patterns, Table, Words, load_toml
from ..relevance import SENTENCE_END
from ..search import GERMAN_STEMMER, lemma

WORD = re.compile(r"\w+")
# Words whose stems are kept: articles share most of their words (4,000 synthetic articles hold
# 67,000 distinct ones, more than PyStemmer's own cache of 10,000 keeps), and an article's stems
# took 1.1 ms with the lemma cache alone, 0.35 ms with this one (about 21 MB when full).
STEMMED_WORDS = 100_000


# A body's opening sentence is at least this long: a dateline or a date before it comes with
# it ("Köln. 17. Februar 2016. Der Landesjugendhilfeausschuss hat ...").
LEAD_CHARACTERS = 60
# A step a title or lead only plans or announces ("Familienhebammen sollen im Herbst starten",
# "Stadt will Familienbüro eröffnen", "die im Sommer starten sollen"), or applies for ("dafür
# Fördergeld beantragt", "bewirbt sich um Fördermittel", in the cue's own part of the clause,
# so not "beantragt und bewilligt"): the step the report is of comes later, not this one.
PLANNED = re.compile(r"\b(?:soll|sollen|will|wollen|plant|planen)\b", re.IGNORECASE)
APPLIED = re.compile(r"\b(?:beantragt|beantragen|bewirbt|bewerben)\b", re.IGNORECASE)
PLANNED_AFTER = re.compile(
    r"\w*\s+(?:(?!wie\b)\w+\s+)?(?:soll|sollen|will|wollen|beantragt|beantragen)\b",
    re.IGNORECASE,
)
# A step told as before the one reported: "zwei Wochen nach dem Beschluss", "seit dem
# Startschuss", or in a clause of its own that ends in the pluperfect ("die der Rat im Herbst
# beschlossen hatte."; not the news told so: "Eröffnet hatten sie der Bürgermeister und ...").
EARLIER = re.compile(r"\b(?:nach|seit)\s+(?:dem|der|den)\s+$", re.IGNORECASE)
EARLIER_AFTER = re.compile(r"\w*\s+(?:hatte|hatten)\s*(?:[,.;:!?]|$)", re.IGNORECASE)
# Where a clause's part ends, looking back from a cue: a comma, "und", "jetzt", "nun".
PART_BREAK = re.compile(r",\s|\b(?:und|jetzt|nun)\b", re.IGNORECASE)
# The sentence after a lead that tells of a decision taken, in a part of it without a negation
# or a future ("Das hat der Ausschuss am Dienstag beschlossen", "Vergangene Woche fiel im Rat
# der Beschluss, ..."; not "Darüber entscheidet der Rat im März", "Beschlossen ist noch
# nichts", "Eingerichtet wurde es auf Beschluss des Rates", nor an earlier one: "Der Rat hatte
# den Neubau 2022 beschlossen").
DECISION_TAKEN = re.compile(
    r"\b(?:beschloss|beschlossen|zugestimmt|entschieden|gebilligt|billigte|billigten|"
    r"abgesegnet|stimmte|stimmten|fiel)\b", re.IGNORECASE)
NOT_TAKEN = re.compile(
    r"\b(?:nicht|nichts|kein\w*|soll|sollen|will|wird|werden|hatte|hatten)\b", re.IGNORECASE)
SENTENCE_PART = re.compile(r"[,;:]\s")
DECISION = frozenset({"decision"})
OPENING = frozenset({"opening"})
# An opening sentence in which a project starts or begins ("In Chorweiler startet ein Netzwerk
# gegen Kinderarmut", "Die Stadt kann ihr Netzwerk starten"), in a text that tells of its grant,
# reports that grant as much as an opening: a town's report days after the
# Landesjugendhilfeausschuss's grant (round 33, three dev story pairs of three writers; no
# other pair changed). A course or an office that starts with no grant told is an opening.
STARTS = re.compile(r"\b(?:startet|starten|beginnt|beginnen)\b", re.IGNORECASE)
GRANT_TOLD = re.compile(r"[Ff]örder(?!verein)|[Zz]uschu|[Bb]ewillig|Landschaftsverband|"
                        r"Landesjugendamt|Landesmittel")
STARTED = frozenset({"opening", "funding"})
# How far before a step's cue a plan's word is looked for, within the cue's own clause.
PLAN_REACH = 60
CLAUSE_BREAK = re.compile(r"[.!?:;]\s")


SCHEMA = Table(required={"function_words": Words(), "steps": Table(others=Patterns())})


@dataclass(frozen=True)
class StoryWords:
    """The words of story likeness (the shipped ones are data/similarity.toml): those that
    carry no story, and the cues of each step of a project a title can name."""

    function_words: frozenset[str]
    steps: tuple[tuple[str, re.Pattern], ...]

    @classmethod
    def load(cls, path: str | Path) -> StoryWords:
        data = load_toml(path, SCHEMA)
        return cls(
            function_words=frozenset(data["function_words"]),
            steps=tuple((step, re.compile(r"(?<!\w)(?:" + "|".join(cues) + ")", re.IGNORECASE))
                        for step, cues in data["steps"].items()),
        )  # fmt: skip

    def steps_named(self, title: str) -> frozenset[str]:
        """The steps of a project the title names: "Rat beschließt Familienbüro" a decision,
        "Familienbüro öffnet" an opening (not "Familienbüro soll im Mai öffnen": a plan)."""
        return frozenset(step for step, cues in self.steps
                         if any(not _planned(title, cue) for cue in cues.finditer(title)))

    def steps_of(self, title: str, body: str) -> frozenset[str]:
        """The steps the title names or, when it names none, the one step the body's opening
        sentence names ("Fünf neue Netzwerke im Rheinland" over "Der Landesjugendhilfeausschuss
        hat heute fünf Netzwerke in das Programm aufgenommen"; a start there is an opening or
        the grant it starts with), or when that names none either,
        the decision the sentence after it tells of as taken, alone ("Die Kita wird
        Familienzentrum. Das hat der Ausschuss beschlossen."): an opening that tells of
        several steps ("will sich zertifizieren lassen ... hat beschlossen, das Verfahren zu
        beginnen") says nothing."""
        if named := self.steps_named(title):
            return named
        lead, after = opening_sentences(body)
        if led := self.steps_named(lead):
            if led == OPENING and STARTS.search(lead) and GRANT_TOLD.search(body):
                return STARTED
            return led if len(led) == 1 else frozenset()
        taken = any(DECISION_TAKEN.search(part) and not NOT_TAKEN.search(part)
                    for part in SENTENCE_PART.split(after))
        return DECISION if taken and self.steps_named(after) == DECISION else frozenset()


def _planned(text: str, cue: re.Match) -> bool:
    """Whether the step's cue is only planned, applied for or told as earlier: "soll", "will"
    before it in its clause, or right after it ("starten sollen", "eröffnet werden soll",
    "Fördermittel zu beantragen"); "beantragt", "bewirbt" before it in its part of the clause;
    "nach dem" right before it; "hatte" right after it, ending its clause."""
    before = CLAUSE_BREAK.split(text[max(0, cue.start() - PLAN_REACH) : cue.start()])[-1]
    part = PART_BREAK.split(before)[-1]
    return bool(PLANNED.search(before) or APPLIED.search(part) or EARLIER.search(before)
                or PLANNED_AFTER.match(text, cue.end()) or EARLIER_AFTER.match(text, cue.end()))


def opening_sentences(body: str) -> tuple[str, str]:
    """The body's first sentences, up to LEAD_CHARACTERS, and the one sentence after them."""
    sentences = SENTENCE_END.split(body.strip())
    count, taken = 0, 0
    while count < len(sentences) and taken < LEAD_CHARACTERS:
        taken += len(sentences[count])
        count += 1
    return " ".join(sentences[:count]), " ".join(sentences[count : count + 1])


def content_words(text: str, function_words: frozenset[str]) -> frozenset[str]:
    """Lowercased words of four letters or more that are not function words."""
    words = (w.lower() for w in WORD.findall(text))
    return frozenset(
        w for w in words if len(w) >= 4 and not w.isdigit() and w not in function_words
    )


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller set found in the larger: a summary inside its full report."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def content_stems(text: str, function_words: frozenset[str]) -> frozenset[str]:
    """The stems of the text's content words, each over its dictionary form ("gefördert":
    "fördern": "ford"): what story likeness compares, so that a rewrite saying "gefördert"
    where the report said "fördert", "Netzwerke" for "Netzwerk", still shares the words."""
    return frozenset(map(_stem, content_words(text, function_words)))


@functools.lru_cache(maxsize=STEMMED_WORDS)
def _stem(word: str) -> str:
    # Interned: the link index's many kept stem sets share their stems.
    return sys.intern(GERMAN_STEMMER.stemWord(lemma(word)))


def shingles(text: str, size: int = 5) -> frozenset[int]:
    """The text's word `size`-grams, each as a 63-bit checksum (CRC-32 and Adler-32) that is the
    same in every process (Python's hash() of a string is not), so an archive can keep some."""
    words = [w.lower() for w in WORD.findall(text)]
    grams = (" ".join(words[i : i + size]).encode("utf-8")
             for i in range(max(1, len(words) - size + 1)))  # fmt: skip
    return frozenset(zlib.crc32(gram) << 31 ^ zlib.adler32(gram) for gram in grams)


def jaccard_prefix(grams: frozenset[int], threshold: float, shared: int = 1) -> list[int]:
    """The smallest of a set's values (prefix filtering): two sets whose Jaccard index is at
    least `threshold` always share `shared` values of their prefixes (when they have at least
    `shared` values in common), so an index of prefixes finds every such pair without
    comparing all of them, and asking for `shared` common values keeps out pairs that merely
    share a paragraph.

    A set of n values sharing o >= ceil(threshold * n) of them with another has at most n - o
    values outside the common part, so the `shared` smallest common values are among its first
    n - o + shared (both sorted the same way); int() rounds down, which keeps one value more
    at worst.
    """
    ordered = sorted(grams)
    return ordered[: len(ordered) - int(threshold * len(ordered)) + shared]


def jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def fingerprint(text: str) -> str:
    """The same for texts equal but for case, spacing and punctuation."""
    words = " ".join(w.lower() for w in WORD.findall(text))
    return hashlib.sha1(words.encode("utf-8")).hexdigest()
