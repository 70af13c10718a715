"""German full-text search: the columns the indexer fills and the queries that read them.

Both sides must agree: the index columns (`search_stems`, `search_lemmas`, `search_parts`) and
`german_fts` at query time use the same stemmer, lemmatizer and notion of a word, so they live
together here.
"""

import bisect
import functools
import json
import re
import tomllib
import typing
from pathlib import Path

import simplemma
import snowballstemmer

from .datafile import DataFileError, Table, Tables, Words, load_toml
from .thesaurus import related_nouns, related_words

FTS_COLUMNS = [
    "title", "teaser", "body", "search_variants", "search_stems", "search_lemmas", "search_parts",
]
# unicode61 folds ä/ö/ü to a/o/u but keeps ß; search_variants covers ss/ae/oe/ue spellings.
FTS_TOKENIZER = "unicode61 remove_diacritics 2"

GERMAN_SPELLING = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"}
)
SHARP_S_SPELLING = str.maketrans({"ß": "ss", "ẞ": "SS"})
WORD_WITH_GERMAN_LETTERS = re.compile(r"\w*[äöüÄÖÜßẞ]\w*")
WORD = re.compile(r"\w+")
# Snowball's German stemmer also folds ä/ö/ü, ae/oe/ue and ß: "Mütter" and "Mutter" give "mutt".
GERMAN_STEMMER = snowballstemmer.stemmer("german")

# Tiers of a match, best first: the word as written, one of its forms, a part of a compound;
# then articles that have all the words but one (for queries of 3 to MAX_PARTIAL_WORDS words);
# when these are few, FALLBACK: the parts of a compound typed alone, all but one; RELATED: all
# the words, each also by a noun of the same meaning in a general thesaurus
# ("Reanimationskurs" finds "Kurs in Wiederbelebung"); last, each word of a longer query alone,
# the rarest first (tiers RELATED + 1, + 2 ...: a search for "kinderstark NRW" lists the few
# articles on "kinderstark" before the many on NRW).
# Each tier's expression also matches the tiers before it, except FALLBACK's and RELATED's.
EXACT, FORM, PART, PARTIAL, FALLBACK, RELATED = 1, 2, 3, 4, 5, 6
# Not a tier: any of the words as typed, for snippet() to mark in an article of any tier.
MARKED = 0
MAX_PARTIAL_WORDS = 4
EXACT_COLUMNS = "{title teaser body search_variants}"
# A compound's parts: both at least this long, so that "Einrichtung" is not "Ein" + "Richtung"
# and "Gemeinde" not "Gem" + "einde"; or one of the short nouns of compound_parts.toml.
MIN_PART = 4
# Linking elements (Fugen) between a compound's parts: "Präventions|kette", "Familien|büro".
LINKING_ENDINGS = ("s", "es", "n", "en", "er", "e", "ns")
# Suffixes that a compound's first part ends in before a linking -s ("Betreuung|s|angebot").
LINKING_S = ("ung", "heit", "keit", "schaft", "ion", "tät", "ling", "tum")
# A reader's query is cut to this many words: every word costs FTS5 terms in three columns.
MAX_QUERY_WORDS = 8
# The longest synonym of several words (synonyms.toml) a query is searched for.
MAX_PHRASE_WORDS = 4
# The most words of a query that are also searched written together as one (see _joined_terms).
MAX_JOINED_WORDS = 3
# Letters a typo may have dropped or mistyped. Only words of these lengths get spelling
# candidates: a short word has too many neighbours, a long one costs too many lookups.
GERMAN_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"
MIN_SPELLING_LENGTH, MAX_SPELLING_LENGTH = 4, 24
# Compounds German writes with hyphens (see hyphen_compounds). The words of a list with a
# suspended hyphen are joined by commas or these words; at most MAX_LIST_WORDS of a list are
# completed, and a hyphenated word of more than MAX_HYPHENATED_PIECES pieces is not joined, so
# that a pathological text gives no more forms than it has words.
LIST_JOINER = r"\s+(?:und|oder|sowie|bis|bzw\.)\s+"
LIST_SEPARATOR = rf"(?:,\s*|{LIST_JOINER})"
MAX_LIST_WORDS, MAX_HYPHENATED_PIECES = 8, 5
# "Oster-, Sommer- und Herbstferien": the modifiers, then the compound whose head they lack.
HEADLESS_LIST = re.compile(rf"(?<![\w-])((?:\w+-{LIST_SEPARATOR}){{0,{MAX_LIST_WORDS - 1}}}\w+-)"
                           rf"{LIST_JOINER}(\w+)(?![\w-])")
# "Kitaleitungen und -träger": the compound whose modifier the heads after it lack, then they.
MODIFIERLESS_LIST = re.compile(
    rf"(?<![\w-])(\w+)((?:{LIST_SEPARATOR}-\w+){{1,{MAX_LIST_WORDS}}})(?![\w-])")
HYPHENATED = re.compile(r"(?<![\w-])\w+(?:-\w+)+(?![\w-])")


def search_columns(*texts: str | None) -> dict[str, str | None]:
    """The search index's own columns of an article, from its title, teaser and body (its
    words and hyphenated compounds found once for all four)."""
    compounds = hyphen_compounds(texts)
    words = _words(texts, compounds)
    return {"search_variants": _variants(words, compounds), "search_stems": _stems(words),
            "search_lemmas": _lemmas_of(words, separable_verbs(texts)),
            "search_parts": _parts(words)}


def search_variants(*texts: str | None) -> str | None:
    """The compounds the texts write with hyphens, as one word (see hyphen_compounds), and the
    ss/ae/oe/ue spellings of the words with ß, ä, ö or ü, those compounds' too, once each, lower
    case (None if none).

    A search for the word as typed matches this column as it matches the text: "Osterferien"
    finds "Oster-, Sommer- und Herbstferien", as the text says it. Two spellings per word
    where both apply: "Größe" gives "groesse" and "grösse" (which the tokenizer folds to
    "grosse"), so readers find it however they type it.
    """
    compounds = hyphen_compounds(texts)
    return _variants(_words(texts, compounds), compounds)


def _variants(words: dict[str, None], compounds: dict[str, None]) -> str | None:
    variants = dict.fromkeys(compound.lower() for compound in compounds)
    for word in words:
        if WORD_WITH_GERMAN_LETTERS.fullmatch(word):
            for spelling in (word.translate(SHARP_S_SPELLING), word.translate(GERMAN_SPELLING)):
                if spelling != word:
                    variants.setdefault(spelling.lower())
    return " ".join(variants) or None


def search_stems(*texts: str | None) -> str | None:
    """The German word stems of the texts' words and hyphenated compounds (_words), once each
    (None if no words): word forms match."""
    return _stems(_words(texts))


def _stems(words: dict[str, None]) -> str | None:
    stems = dict.fromkeys(GERMAN_STEMMER.stemWords(list(dict.fromkeys(map(str.lower, words)))))
    return " ".join(stems) or None


def search_lemmas(*texts: str | None) -> str | None:
    """The dictionary forms of the texts' words and hyphenated compounds (_words), once each
    (None if no words).

    "Kitas" gives "kita" and "Familienbüros" "familienbüro", where Snowball's stems differ
    ("kitas", "familienburos"): simplemma knows German plurals, and its greedy mode lemmatizes
    a compound by its last part.
    """
    return _lemmas_of(_words(texts), separable_verbs(texts))


def _lemmas_of(words: dict[str, None], verbs: dict[str, None]) -> str | None:
    lemmas = dict.fromkeys(lemma(word) for word in words) | verbs
    return " ".join(lemmas) or None


# The particles a German main clause puts at its end, apart from their verb ("Die Stadt stockt
# die Mittel auf": aufstocken; "Ratingen schafft die Gebühren ab": abschaffen).
SEPARABLE_PARTICLES = frozenset({
    "ab", "an", "auf", "aus", "bei", "bereit", "dazu", "ein", "fest", "fort", "frei", "heraus",
    "hin", "hinzu", "hoch", "los", "mit", "nach", "statt", "teil", "um", "vor", "vorbei", "weg",
    "weiter", "zu", "zurück", "zusammen",
})
# Where a clause ends: its punctuation (not a number's: "um 1,5 Millionen Euro auf"), a
# quotation mark or a dash.
CLAUSE_END = re.compile(r"[!?;:()\[\]\n\"„“”–—]|(?<!\d)[.,]|[.,](?!\d)")
# A particle that is the last word of its clause (found first: most clauses end in none, and
# only the clauses that do are read word by word).
PARTICLE_AT_CLAUSE_END = re.compile(
    rf"\b(?:{'|'.join(sorted(SEPARABLE_PARTICLES))})\b(?=\W*?(?:{CLAUSE_END.pattern}|$))")


def separable_verbs(texts) -> dict[str, None]:
    """The dictionary forms of the verbs the texts split ("Die Stadt stockt die Mittel für 2024
    auf": aufstocken), once each: a clause that ends in a particle, and the word nearest before
    it, in lower case, that makes with it a verb the dictionary knows ("schafft" of "schaffen":
    abschaffen; "die" or "neue" make none). A search for "aufstocken" then finds the text, and
    one for "Aufstockung" finds it by that verb (see action_verb)."""
    verbs = {}
    for text in texts:
        clause_ends = None
        for particle in PARTICLE_AT_CLAUSE_END.finditer(text or ""):
            if clause_ends is None:
                clause_ends = [end.end() for end in CLAUSE_END.finditer(text)]
            start = clause_ends[bisect.bisect_right(clause_ends, particle.start()) - 1] \
                if clause_ends and clause_ends[0] <= particle.start() else 0
            before = WORD.findall(text, start, particle.start())
            verb = next((joined for word in reversed(before) if word.islower()
                         for joined in (particle[0] + lemma(word),) if _is_verb(joined)), None)
            if verb:
                verbs.setdefault(verb)
    return verbs


@functools.lru_cache(maxsize=20_000)
def _is_verb(word: str) -> bool:
    """Whether the dictionary knows `word` as the dictionary form of a verb ("abschaffen")."""
    return word.endswith("n") and simplemma.is_known(word, "de") and lemma(word) == word


def search_parts(*texts: str | None) -> str | None:
    """The dictionary forms of the parts of the texts' compounds, hyphenated ones too
    (_words), once each (None if none).

    "Familienhebammen" gives "familie hebamme" and "Kinderarmut" "kind armut": a search for
    "Hebamme" or "Armut" finds them, ranked after the articles with the word itself. A compound
    of three or more parts also gives the compounds inside it: "Ferienbetreuungsangebot" gives
    "ferienbetreuung" and "betreuungsangebot", so that "Ferienbetreuung" finds it as a part.
    """
    return _parts(_words(texts))


def _parts(words: dict[str, None]) -> str | None:
    parts = dict.fromkeys(part for word in words for part in compound_terms(word))
    return " ".join(parts) or None


def _words(texts, compounds: dict[str, None] | None = None) -> dict[str, None]:
    """The texts' words, then the compounds they write with hyphens (`compounds`, when the
    caller found them already), once each."""
    words = dict.fromkeys(word for text in texts for word in WORD.findall(text or ""))
    return words | (hyphen_compounds(texts) if compounds is None else compounds)


def hyphen_compounds(texts) -> dict[str, None]:
    """The compounds the texts write with hyphens, as one word, once each.

    A suspended hyphen (Ergänzungsstrich) leaves out the head a later compound of the list has
    ("Oster-, Sommer- und Herbstferien": Osterferien, Sommerferien; "Familien- und
    Erziehungsberatung": Familienberatung), or, after the joiner, the modifier an earlier one
    has ("Kitaleitungen und -träger": Kitaträger). The head is all of the full compound but its
    first part, the modifier all but its last, as _segments splits it (a linking element kept
    on the modifier): "Kinder- und Jugendhilfeausschuss" gives Kinderhilfeausschuss; or the
    modifier is all before the part the missing head begins, as in a masculine after its
    feminine ("Alltagshelferinnen und -helfer": Alltagshelfer). Nothing when the full word is
    no compound ("Anfang- bis Mitte") or the missing piece is too short to be a compound's part
    ("Ei- und Milchprodukte"). A hyphenated word is also written as one
    ("Second-Hand-Laden": Secondhandladen), as readers type it; not one with digits
    ("U3-Plätze", "2019-2021"), which no reader types as one word.
    """
    compounds = {}
    for text in filter(None, texts):
        if "-" not in text:  # the most texts and titles: nothing to find
            continue
        for match in HEADLESS_LIST.finditer(text):
            head = "".join(written for written, _ in _segments(match[2])[1:]).lower()
            modifiers = re.findall(r"(\w+)-", match[1])
            compounds |= {f"{modifier}{head}": None for modifier in modifiers
                          if head and modifier.isalpha() and _is_part_length(modifier)}
        for match in MODIFIERLESS_LIST.finditer(text):
            parts = [written for written, _ in _segments(match[1])]
            for head in re.findall(r"-(\w+)", match[2]):
                cut = next((cut for cut in range(1, len(parts))
                            if "".join(parts[cut:]).lower().startswith(head.lower())),
                           len(parts) - 1)
                if cut > 0 and head.isalpha() and _is_part_length(head):
                    compounds.setdefault(match[1][:len("".join(parts[:cut]))] + head.lower())
        for match in HYPHENATED.finditer(text):
            first, *rest = match[0].split("-")
            if len(rest) < MAX_HYPHENATED_PIECES and match[0].replace("-", "").isalpha():
                compounds.setdefault(first + "".join(rest).lower())
    return compounds


@functools.lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The word's dictionary form, lower case ("Kitas": "kita"); the word itself if unknown."""
    return simplemma.lemmatize(word, "de", greedy=True).lower()


@functools.lru_cache(maxsize=200_000)
def compound_parts(word: str) -> tuple[str, ...]:
    """The dictionary forms of a compound's parts, left to right ("Kinderarmut": kind, armut).

    See _segments for how a compound is split. No parts for a word that is none.
    """
    return tuple(lemma(bare) for _, bare in _segments(word))


@functools.lru_cache(maxsize=200_000)
def compound_terms(word: str) -> tuple[str, ...]:
    """What search_parts holds for a word: its parts, then the compounds of two or more
    neighbouring parts inside it ("Kinderarmutsbekämpfung": kind, armut, bekämpfung,
    kinderarmut, armutsbekämpfung)."""
    return (*compound_parts(word), *inner_compounds(word))


@functools.lru_cache(maxsize=200_000)
def inner_compounds(word: str) -> tuple[str, ...]:
    """The dictionary forms of the compounds of neighbouring parts inside a compound of three
    or more parts, the whole word left out ("Ferienbetreuungsangebot": ferienbetreuung,
    betreuungsangebot); the last part of one that ends before the word's end without its
    linking element ("Kinderarmuts|bekämpfung": kinderarmut)."""
    segments = _segments(word)
    spans = [(start, start + size) for size in range(2, len(segments))
             for start in range(len(segments) - size + 1)]
    return tuple(dict.fromkeys(
        lemma(("".join(written for written, _ in segments[start:end - 1])
               + segments[end - 1][0 if end == len(segments) else 1]).capitalize())
        for start, end in spans))


@functools.lru_cache(maxsize=4096)
def shortened_compounds(word: str) -> tuple[str, ...]:
    """The dictionary forms of a compound of three or more parts with neighbouring parts
    between its first and its last left out ("Notfallkinderbetreuung": notfallbetreuung;
    "Babymassagekurs": babykurs): what a text may call the same thing. For queries only."""
    segments = _segments(word)
    cuts = [(start, end) for start in range(1, len(segments) - 1)
            for end in range(start + 1, len(segments))]
    return tuple(dict.fromkeys(
        lemma(("".join(written for written, _ in segments[:start])
               + "".join(written for written, _ in segments[end:])).capitalize())
        for start, end in cuts))


@functools.lru_cache(maxsize=200_000)
def _segments(word: str) -> tuple[tuple[str, str], ...]:
    """A compound's parts as written and as the dictionary knows them (a linking element
    dropped where the dictionary does not know the part with it, a last part capitalized),
    left to right ("Präventionsketten": (Präventions, Prävention), (ketten, Ketten)).

    The longest last part the dictionary knows wins, the part before it must be known too (as
    written or without a linking element), and both are split again. Only when no such split
    exists may the part before be a compound itself ("Babybegrüßungs|besuch"). Each part has
    at least MIN_PART letters or is one of SHORT_PARTS ("Modul|bau"). () for a word that is
    no compound.
    """
    if len(word) < 2 * SHORTEST_PART or not word.isalpha():
        return ()
    cuts = [cut for cut in range(SHORTEST_PART, len(word) - SHORTEST_PART + 1)
            if _is_part_length(word[:cut]) and _is_part_length(word[cut:])]
    for find_modifier in (_known_modifier, _compound_modifier):
        for cut in cuts:
            head, modifier = word[cut:], find_modifier(word[:cut])
            if modifier and simplemma.is_known(head, "de"):
                return (*_modifier_segments(word[:cut], modifier),
                        *(_segments(head.capitalize()) or ((head, head.capitalize()),)))
    return ()


def _modifier_segments(written: str, bare: str) -> tuple[tuple[str, str], ...]:
    """The segments of a compound's first part, its linking element kept on its last one."""
    inner = _segments(bare)
    if not inner:
        return ((written, bare),)
    last_written, last_bare = inner[-1]
    return (*inner[:-1], (last_written + written[len(bare):], last_bare))


def _known_modifier(modifier: str) -> str | None:
    """The first part of a compound as the dictionary knows it, its linking element dropped."""
    return next((bare for bare in _bare_forms(modifier) if simplemma.is_known(bare, "de")),
                None)


def _compound_modifier(modifier: str) -> str | None:
    """The first part of a compound that is a compound itself, its linking element dropped."""
    return next((bare for bare in _bare_forms(modifier) if _segments(bare)), None)


def _bare_forms(modifier: str) -> list[str]:
    """A compound's first part as written, then without each linking element it may end in."""
    return [modifier, *(modifier.removesuffix(ending) for ending in LINKING_ENDINGS
                        if modifier.endswith(ending)
                        and _is_part_length(modifier.removesuffix(ending)))]


def _is_part_length(part: str) -> bool:
    """Whether a piece of a word is long enough to be a compound's part ("Jugend|amt": "amt"
    is one of SHORT_PARTS; "Ein|richtung": "ein" is none)."""
    return len(part) >= MIN_PART or part.lower() in SHORT_PARTS


def _load_short_parts(path: Path) -> frozenset[str]:
    return frozenset(tomllib.loads(path.read_text(encoding="utf-8"))["short_parts"])


SHORT_PARTS = _load_short_parts(Path(__file__).resolve().parent / "data" / "compound_parts.toml")
SHORTEST_PART = min(MIN_PART, *(len(part) for part in SHORT_PARTS))


def clear_word_caches() -> None:
    """Forget every word's lemma and compound split (to measure the cost of new words)."""
    for cached in (lemma, compound_parts, compound_terms, inner_compounds, _segments):
        cached.cache_clear()


def read_search_data() -> None:
    """Read what a search reads on its first use (simplemma's German dictionary, the
    gazetteer's places and adjectives, the thesaurus: about two seconds in all), so that a
    server that calls this at its start answers its first reader within the SQL time limit."""
    for tier in (MARKED, EXACT, FORM, PART, PARTIAL, FALLBACK, RELATED):
        german_fts("Kita", tier)


def german_fts(query: str | None, tier: int = PART) -> str:
    """An FTS5 expression for a reader's words: each word must match up to the given tier.

    EXACT: the word as typed in title, teaser, body (where snippet() marks it) or as one of the
    spellings in search_variants. FORM: also its Snowball stem or its lemma ("Kita" finds
    "Kitas"). PART: also a compound that has it as a part ("Hebamme" finds "Familienhebammen").
    PARTIAL: all the words or all but one, each up to PART (for three to four words; else
    all); for one compound of three or more parts, also the compounds of neighbouring parts
    inside it. FALLBACK: one compound's parts apart, all or all but one ('""' for other
    queries). RELATED: all the words, each up to PART or by a related noun (see
    _related_words; '""' when no word has one).
    MARKED: any of the words as typed (what a snippet marks).
    Punctuation and FTS operators are dropped, so any input is a valid expression. Only whole
    terms: prefix queries merge the lists of every term they cover, too slow on a million
    articles.
    """
    words = query_words(query)
    inner = inner_compounds(words[0].capitalize()) if tier == PARTIAL and len(words) == 1 else ()
    if inner:
        # A compound of three or more parts typed alone: the compounds inside it, as words or
        # parts ("Kinderarmutsbekämpfung" finds "Netzwerk gegen Kinderarmut"), and it with
        # parts between its ends left out, only as a word or part: its own parts apart
        # ("Kinderplatz" of "Kinderspielplatz": "Kinder", "Platz") are everywhere.
        shortened = shortened_compounds(words[0].capitalize())
        return " OR ".join([f"({german_fts(words[0])})", *(
            f"({german_fts(compound)})" for compound in inner),
            *([" OR ".join(_synonym_terms(shortened))] if shortened else [])])
    if tier == PARTIAL and len(words) == 1:
        tier = PART  # no compounds inside it: a known compound's parts apart are FALLBACK's
    if tier == PARTIAL and len(words) <= MAX_PARTIAL_WORDS:
        # All the words, with a compound the dictionary knows also by its parts apart, which
        # the other words narrow down ("Kinderarmut Herford" finds "Herford: Armut von
        # Kindern"); of three or more words, also all but one.
        subsets = [words[:left] + words[left + 1:] for left in range(len(words))
                   ] if len(words) >= 3 else []
        return " OR ".join([f"({_all_words(words, PARTIAL)})",
                            *(f"({german_fts(' '.join(subset))})" for subset in subsets)])
    if tier == RELATED:
        return _related_words(words)
    if tier == FALLBACK:
        # A compound typed alone: its parts apart, all of them or all but one of three or more:
        # "Tagesmutter" finds "Mütter" and "Tag", "Kinderarmutsbekämpfung" "Armut" and
        # "Kinder"; and its synonyms that are compounds, their parts apart: "Willkommensbesuch"
        # finds "Begrüßung von Neugeborenen" by "Babybegrüßung". Any word typed alone: the
        # adjective of a noun of a quality (see _adjective_terms), the verb of a noun of an
        # action (see _action_verb_terms) and the other way (see _action_noun_terms). Each word
        # of a longer query alone is searched by the caller.
        if len(words) != 1:
            return '""'
        parts = compound_parts(words[0].capitalize())
        subsets = [parts[:left] + parts[left + 1:] for left in range(len(parts))]
        apart = [*_compound_apart(words[0]), *(
            f"({german_fts(' '.join(subset))})" for subset in subsets if len(subset) >= 2),
            *_synonyms_apart(words[0])] if parts else []
        return " OR ".join([*apart, *_adjective_terms(words[0]),
                            *_action_verb_terms(words[0]), *_action_noun_terms(words[0])]
                           ) or '""'
    if tier == MARKED:
        return " OR ".join(_word_terms(word, EXACT)[0] for word in words) or '""'
    return _all_words(words, tier)


def _related_words(words: list[str]) -> str:
    """All the words (at most MAX_PARTIAL_WORDS), each up to PART or by the nouns the
    thesaurus relates to it ("Shoppingcenter": einkaufszentrum) or, for a compound, to each of
    its parts ("Reanimationskurs": "Wiederbelebung" and "Kurs", or "Lehrgang"); a word typed
    alone also by the thesaurus's adjectives, verbs and adverbs ("baufällig": marode). In a
    longer query these would come before the articles of its rarest word alone, and their
    groups are broad ("baufällig" shares one with "kaputt" and 30 more), so they are left out
    there. '""' when no word has a related word."""
    alone = len(words) == 1
    related = [_related_terms(word, alone) for word in words
               ] if len(words) <= MAX_PARTIAL_WORDS else []
    if not any(related):
        return '""'
    return " AND ".join("(" + " OR ".join([*_word_terms(word, PART), *terms]) + ")"
                        for word, terms in zip(words, related, strict=True))


def _related_terms(word: str, other_words: bool) -> list[str]:
    """Terms for the nouns related to the word or its compound's parts, and, with
    `other_words`, for its related adjectives, verbs and adverbs."""
    nouns = dict.fromkeys(noun for form in _lemmas(word) for noun in related_nouns(form))
    others = dict.fromkeys(other for form in _lemmas(word) for other in related_words(form)
                           ) if other_words else {}
    parts = compound_parts(word.capitalize())
    apart = ["(" + " AND ".join(
        "(" + " OR ".join([*_part_terms(part), *_synonym_terms(related_nouns(part))]) + ")"
        for part in parts) + ")"] if any(related_nouns(part) for part in parts) else []
    return [*_synonym_terms(nouns), *_synonym_terms(others), *apart]


def _synonyms_apart(word: str) -> list[str]:
    """The parts apart (see _apart) of each synonym of the word that is a compound."""
    synonyms = dict.fromkeys(other for form in _lemmas(word) for other in _one_word_synonyms(form))
    return [_apart(parts) for parts in (compound_parts(other.capitalize()) for other in synonyms)
            if parts]


def _all_words(words: list[str], tier: int) -> str:
    """Every word (or synonym of several words) up to the tier; from PART on, also the words
    written together as one word the dictionary knows (see _joined_terms)."""
    terms = [_phrase_term(unit, tier) if " " in unit else " OR ".join(_word_terms(unit, tier))
             for unit in _units(words)]
    every_word = " AND ".join(f"({term})" for term in terms) or '""'
    joined = _joined_terms(words) if tier >= PART else []
    return " OR ".join([f"({every_word})", *joined]) if joined else every_word


def _joined_terms(words: list[str]) -> list[str]:
    """Two or three words written together as one word the dictionary knows, in any of its
    forms: a verb phrase a text makes a noun of ("in Kraft treten": "Inkrafttreten", "Rad
    fahren": "beim Radfahren") or a verb in the old spelling ("kennen lernen": kennenlernen)."""
    joined = "".join(words)
    if not 2 <= len(words) <= MAX_JOINED_WORDS or not (
            simplemma.is_known(joined, "de") or simplemma.is_known(joined.capitalize(), "de")):
        return []
    return _word_terms(joined, FORM)


def _units(words: list[str]) -> list[str]:
    """The query's words, with the words of a synonym of several words kept together as one
    ("nrw schafft chancen" of a search for "kinderstark NRW schafft Chancen Bochum")."""
    units, start = [], 0
    while start < len(words):
        size = next((size for size in range(MAX_PHRASE_WORDS, 1, -1)
                     if " ".join(words[start:start + size]) in SYNONYMS), 1)
        units.append(" ".join(words[start:start + size]))
        start += size
    return units


def _phrase_term(phrase: str, tier: int) -> str:
    """A synonym of several words: all its words, as one word each; from PART on, also its
    synonyms ("NRW schafft Chancen" finds "kinderstark")."""
    words = "(" + " AND ".join(f"({' OR '.join(_word_terms(word, tier))})"
                               for word in phrase.split()) + ")"
    return words if tier < PART else " OR ".join([words, *_synonym_terms(SYNONYMS[phrase])])


def query_words(query: str | None) -> list[str]:
    """The reader's words, lower case, at most MAX_QUERY_WORDS."""
    return [word.lower() for word in WORD.findall(query or "")][:MAX_QUERY_WORDS]


def _load_synonyms(path: Path) -> dict[str, tuple[str, ...]]:
    """Each word of synonyms.toml with the other words of its group, then the narrower words
    it or a word of its group has there (one way: "eltern" has "mutter", "mutter" not
    "eltern"; "Sparkurs" has what its synonym "Sparzwang" has: "Haushaltslage"), and those
    of narrower_word_only, for the word alone."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    synonyms = {word: tuple(other for other in group if other != word)
                for group in data["groups"] for word in group}
    for word, narrower in data["narrower"].items():
        for member in (word, *(other for other in synonyms.get(word, ())
                               if other not in narrower)):
            synonyms[member] = tuple(dict.fromkeys([*synonyms.get(member, ()), *narrower]))
    for word, narrower in data["narrower_word_only"].items():
        synonyms[word] = (*synonyms.get(word, ()), *narrower)
    return synonyms


SYNONYMS = _load_synonyms(Path(__file__).resolve().parent / "data" / "synonyms.toml")
REGIONS_FILE = Path(__file__).resolve().parent / "data" / "regions.toml"
REGIONS_SCHEMA = Table(required={"region": Tables(Table(
    required={"names": Words(), "places": Words()}))})


def _lemmas(word: str) -> list[str]:
    """A query word's dictionary forms: as typed and capitalized ("kitas" is "Kitas"), and
    the same person in the other gender ("Lotsin": lotse; "Erzieher": erzieherin)."""
    lemmas = dict.fromkeys((lemma(word), lemma(word.capitalize())))
    return list(dict.fromkeys([*lemmas, *other_gender(word)]))


def _forms(word: str) -> list[str]:
    """The word's lemmas, the action a noun in "Re-" repeats, their synonyms, and the
    compound with a synonym in place of one of its two halves ("Waldkindergarten": waldkita;
    "Kitaplätze": kindergartenplatz)."""
    lemmas = [*_lemmas(word), *repeated_action(word)]
    return list(dict.fromkeys([*lemmas, *(other for form in lemmas
                                          for other in SYNONYMS.get(form, ())),
                               *synonym_compounds(word)]))


# The Latin prefix of a repeated action, and the suffix of the nouns of actions it is put before
# as a prefix of repetition ("Re|zertifizierung", "Re|finanzierung"; "Reaktion" and "Reform"
# are no repeated "Aktion" or "Form").
REPETITION_PREFIX, ACTION_SUFFIX = "re", "ierung"


@functools.lru_cache(maxsize=4096)
def repeated_action(word: str) -> tuple[str, ...]:
    """The dictionary form of the action a noun in "Re-" repeats ("Rezertifizierung":
    zertifizierung, which a text on a label renewed may have instead); () for other words."""
    action = word.lower().removeprefix(REPETITION_PREFIX).capitalize()
    if action.lower() != word.lower() and simplemma.is_known(action, "de") \
            and lemma(action).endswith(ACTION_SUFFIX):
        return (lemma(action),)
    return ()


# The suffixes of a noun of an action made of a verb, and the endings the verb's infinitive may
# put in their place: "Förder|ung" of "fördern", "Trenn|ung" of "trennen", the Latin
# "Gratul|ation" of "gratulieren", "Qualif|ikation" of "qualifizieren". The longer suffix first.
ACTION_NOUN_SUFFIXES = {"ikation": ("izieren",), "ation": ("ieren",), "ung": ("n", "en")}
# A verb in -eln or -ern may drop its e before -ung: "Verdopplung" of "verdoppeln", "Sammlung"
# of "sammeln".
DROPPED_E = re.compile(r"(?<=[^aeiouäöü])([lr])$")
# (round 49) Nouns of an action, or of one who does it, made of "geben" and "nehmen" with a
# particle or a word before: "Weiter|gabe" of "weitergeben", "Teil|nahme" of "teilnehmen",
# "Heraus|geber" of "herausgeben" (a text says "weitergegeben", "herausgegeben").
GIVE_TAKE_NOUNS = {"gabe": "geben", "geber": "geben", "nahme": "nehmen", "nehmer": "nehmen"}


@functools.lru_cache(maxsize=4096)
def action_verb(word: str) -> tuple[str, ...]:
    """The dictionary form of the verb a noun of an action is made of ("Förderung": fördern;
    "Trennung": trennen; "Gratulation": gratulieren; "Weitergabe": weitergeben), which a text
    may say instead ("gefördert", "getrennt", "gratulierte", "weitergegeben"); () for other
    words ("Zeitung": "zeiten" is no verb's dictionary form, nor is "maßnehmen")."""
    given = next((suffix for suffix in GIVE_TAKE_NOUNS if word.lower().endswith(suffix)), None)
    if given and len(word) > len(given):
        verb = word.lower().removesuffix(given) + GIVE_TAKE_NOUNS[given]
        return (verb,) if simplemma.is_known(verb, "de") and lemma(verb) == verb else ()
    suffix = next((suffix for suffix in ACTION_NOUN_SUFFIXES if word.lower().endswith(suffix)),
                  None)
    stem = word.lower().removesuffix(suffix) if suffix else ""
    if len(stem) < SHORTEST_PART:
        return ()
    verbs = [stem + ending for ending in ACTION_NOUN_SUFFIXES[suffix]]
    if suffix == "ung" and DROPPED_E.search(stem):
        verbs.append(DROPPED_E.sub(r"e\1n", stem))
    return next(((verb,) for verb in verbs
                 if simplemma.is_known(verb, "de") and lemma(verb) == verb), ())


@functools.lru_cache(maxsize=4096)
def action_noun(verb: str) -> tuple[str, ...]:
    """The noun of the action a verb's dictionary form names ("erschöpfen": erschöpfung;
    "fördern": förderung; "sammeln": sammlung, its e dropped), which a text may have instead
    ("Erschöpfung" for "erschöpft"); () for no verb or no such noun the dictionary knows
    ("bauen": "bauung")."""
    if not _is_verb(verb):
        return ()
    stem = verb.removesuffix("en") if verb.endswith("en") else verb.removesuffix("n")
    if len(stem) < SHORTEST_PART:
        return ()
    nouns = [stem + "ung", *([f"{stem[:-2]}{stem[-1]}ung"] if re.search(r"[^aeiouäöü]e[lr]$", stem)
                             else [])]
    return next(((noun,) for noun in nouns
                  if simplemma.is_known(noun, "de") and lemma(noun) == noun), ())


# Suffixes that make a noun of a quality from an adjective, the longest first:
# "Familienfreundlichkeit" of "familienfreundlich", "Gebührenfreiheit" of "gebührenfrei".
QUALITY_SUFFIXES = ("igkeit", "heit", "keit")
# Endings that mark what is left as an adjective: "Kindheit" and "Mehrheit" are no quality of
# "kind" or "mehr".
ADJECTIVE_ENDINGS = ("frei", "lich", "ig", "los", "bar", "sam", "isch", "haft")


@functools.lru_cache(maxsize=4096)
def quality_adjective(word: str) -> tuple[str, ...]:
    """The adjective a noun of a quality is made of, as the dictionary knows it
    ("Gebührenfreiheit": gebührenfrei, whose synonym "beitragsfrei" a text may have instead);
    () for other words."""
    for suffix in QUALITY_SUFFIXES:
        stem = word.lower().removesuffix(suffix)
        if stem != word.lower() and stem.endswith(ADJECTIVE_ENDINGS) \
                and simplemma.is_known(stem, "de") and lemma(stem) == stem:
            return (stem,)
    return ()


class CompoundHalves(typing.NamedTuple):
    """A compound cut in two between two of its parts ("Familienbüros": familien | büros)."""

    modifier: str  # as written, its linking element kept: "familien"
    modifier_lemma: str  # "familie"
    head_lemma: str  # "büro"


@functools.lru_cache(maxsize=4096)
def compound_halves(word: str) -> tuple[CompoundHalves, ...]:
    """Every cut of a compound in two between its parts, lower case (see _segments)."""
    segments = _segments(word.capitalize())
    halves = []
    for cut in range(1, len(segments)):
        modifier = "".join(written for written, _ in segments[:cut])
        bare = "".join(written for written, _ in segments[:cut - 1]) + segments[cut - 1][1]
        head = "".join(written for written, _ in segments[cut:])
        halves.append(CompoundHalves(modifier.lower(), lemma(bare.capitalize()),
                                     lemma(head.capitalize())))
    return tuple(halves)


# At most this many compounds with both halves swapped per cut: two large groups ("Jugendtreff"
# and its twelve synonyms) would make a query of a hundred terms.
BOTH_HALVES_SWAPPED = 24


@functools.lru_cache(maxsize=4096)
def synonym_compounds(word: str) -> tuple[str, ...]:
    """A compound's dictionary form with a synonym of one of its halves, or of both, in that
    half's place: "Kitagebühren" gives "kindergartengebühr", ..., "kitabeitrag", and
    "Kindergartengebühren" also "kitabeitrag". Only as one word: a phrase of two common words
    ("Kindergarten Gebühren") is among the slowest of FTS5's queries on a large archive.
    Synonyms of several words are left out: they are no half of a compound."""
    compounds = []
    for halves in compound_halves(word):
        modifiers = _one_word_synonyms(halves.modifier_lemma)
        heads = _one_word_synonyms(halves.head_lemma)
        compounds += [_joined(other, halves.head_lemma) for other in modifiers]
        compounds += [f"{halves.modifier}{other}" for other in heads]
        both = [_joined(modifier, head) for modifier in modifiers for head in heads]
        compounds += both[:BOTH_HALVES_SWAPPED]
    return tuple(dict.fromkeys(compounds))


def _joined(modifier: str, head: str) -> str:
    """Two words as one compound, with the linking element German mostly puts after such a
    first part: an -n after an -e ("Kindertagesstätte|n|platz"), an -s after the suffixes of
    LINKING_S ("Betreuung|s|angebot"), else none ("Kita|platz")."""
    ending = "n" if modifier.endswith("e") else "s" if modifier.endswith(LINKING_S) else ""
    return f"{modifier}{ending}{head}"


def _one_word_synonyms(form: str) -> list[str]:
    return [other for other in SYNONYMS.get(form, ()) if " " not in other]


# A person's word in -in is feminine when the dictionary knows its plural in -innen
# ("Lotsinnen", "Ärztinnen"; not "Terminnen"): its masculine drops the -in, or swaps it for
# an -e ("Lotsin": Lotse), or loses the umlaut ("Ärztin": Arzt): the first that is a
# dictionary form ("Meistere" is a form of "meistern", so "Meisterin" is "Meister").
UMLAUTS = str.maketrans("aou", "äöü")
NO_UMLAUTS = str.maketrans("äöü", "aou")


@functools.lru_cache(maxsize=4096)
def other_gender(word: str) -> tuple[str, ...]:
    """The dictionary form of a person's word in the other gender, a compound by its last part
    ("Lotsin": lotse; "Erzieher": erzieherin; "Arzt": ärztin; "Babylotsinnen": babylotse);
    () for other words."""
    form = lemma(word.capitalize())
    if len(form) < MIN_PART or not form.isalpha():  # "in", "an", "U3"
        return ()
    segments = _segments(form.capitalize())
    head = segments[-1][0].lower() if segments else form
    modifier = form.removesuffix(head)
    if head.endswith("in") and len(head) > MIN_PART and _is_feminine(head):
        stem = head.removesuffix("in")
        others = [other for other in (stem + "e", stem, stem.translate(NO_UMLAUTS))
                  if simplemma.is_known(other.capitalize(), "de")
                  and lemma(other.capitalize()) == other]
        return tuple(modifier + other for other in others[:1])
    stem = head.removesuffix("e")
    feminines = [f"{head}in", f"{stem}in", f"{_umlauted(head)}in"]
    return tuple(dict.fromkeys(modifier + feminine for feminine in feminines
                               if _is_feminine(feminine)))


def _is_feminine(word: str) -> bool:
    return simplemma.is_known(f"{word.capitalize()}nen", "de")


def _umlauted(word: str) -> str:
    """The word with an umlaut on its last a, o or u ("arzt": ärzt; "bauer": bäuer)."""
    vowel = max(word.rfind(letter) for letter in "aou")
    if vowel > 0 and word[vowel - 1:vowel + 1] == "au":
        vowel -= 1
    return word if vowel < 0 else word[:vowel] + word[vowel].translate(UMLAUTS) + word[vowel + 1:]


def _word_terms(word: str, tier: int) -> list[str]:
    terms = [f'{EXACT_COLUMNS}: "{word}"']
    if tier >= FORM:
        # A place's adjective: "Gütersloh" finds "Gütersloher Stadtpark", "Kempen" "Kempener",
        # and a place in -er its adjective in -aner: "Münster" finds "Münsteraner".
        # And the other way, by the gazetteer: "Münsteraner" finds "Münster", "Unnaer" "Unna".
        # A region finds its towns and Kreise: "Sauerland" finds "Meschede".
        adjectives = [f"{word}er", *([f"{word}aner"] if word.endswith("er") else []),
                      *place_of_adjective(word), *towns_of_region(word)]
        terms += [*(f'{EXACT_COLUMNS}: "{adjective}"' for adjective in adjectives),
                  _stem_term(word)]
        lemmas = _lemmas(word)
        terms += [f'search_lemmas: "{form}"' for form in lemmas]
    if tier >= PART:
        # Parts of compounds, and the synonyms as words and as parts.
        # A synonym of several words is a phrase of the text: "U3" finds "unter drei Jahren".
        terms += _synonym_terms([form for form in _forms(word) if form not in lemmas])
        terms += [f'search_parts: "{form}"' for form in lemmas]
        # A compound the dictionary does not know finds its parts written apart, hyphenated or
        # in compounds: "Kitagebühren" finds "Kita-Gebühren", "Leihgroßeltern" finds
        # "Leih-Großeltern". A known one ("Tagesmutter") only from the PARTIAL tier on: its
        # parts apart ("Tag", "Mütter") are mostly in articles about something else.
        if tier >= PARTIAL or not simplemma.is_known(word, "de"):
            terms += _compound_apart(word, halves=tier >= PARTIAL)
        if tier >= PARTIAL:
            terms += _adjective_terms(word)
    return terms


def _adjective_terms(word: str) -> list[str]:
    """The adjective of a noun of a quality and its synonyms, as words and parts: from the
    PARTIAL tier on, as the synonyms of an adjective ("gebührenfrei": "kostenlos") are found in
    many articles that are about something else."""
    adjectives = quality_adjective(word)
    return _synonym_terms([*adjectives, *(other for adjective in adjectives
                                          for other in SYNONYMS.get(adjective, ()))])


def _action_verb_terms(word: str) -> list[str]:
    """The verb, in any form, of the word or of a synonym that is a noun of an action: a
    search for "Preisnachlass" finds "ermäßigte Preise" by its synonym "Ermäßigung". Only in
    the FALLBACK tier: a verb ("fördern" of "Förderung") is in many more articles than its
    noun."""
    forms = _lemmas(word)
    return _verb_terms([*forms, *(other for form in forms for other in _one_word_synonyms(form))])


def _action_noun_terms(word: str) -> list[str]:
    """(round 50) The noun of the action of a verb typed in any form, as a word or a part:
    "erschöpft" finds "Erschöpfung", "vertreten" "Vertretung". Only in the FALLBACK tier, as
    its other way round (_action_verb_terms)."""
    nouns = dict.fromkeys(noun for form in _lemmas(word) for noun in action_noun(form))
    return [term for noun in nouns
            for term in (f'search_lemmas: "{noun}"', f'search_parts: "{noun}"')]


def _verb_terms(nouns) -> list[str]:
    """The verbs of those of the nouns that are nouns of an action, each once, in any form."""
    verbs = dict.fromkeys(verb for noun in nouns for verb in action_verb(noun))
    return [f'search_lemmas: "{verb}"' for verb in verbs]


def _compound_apart(word: str, halves: bool = True) -> list[str]:
    """A compound's parts apart (see _apart), and, for one of three or more parts, its two
    halves at each cut apart (unless `halves` is false: in the PART tier, that of most
    queries, they would cost as many terms again): "Kindergartenplätze" finds "Kita-Plätze"
    by the halves "Kindergarten" (whose synonym "Kita" its parts "Kind", "Garten" lack) and
    "Plätze"."""
    parts = compound_parts(word.capitalize())
    cuts = [cut for cut in (compound_halves(word) if halves and len(parts) > 2 else ())
            if any(half not in parts and (SYNONYMS.get(half) or other_gender(half))
                   for half in (cut.modifier_lemma, cut.head_lemma))]
    return [_apart(parts), *(_apart((cut.modifier_lemma, cut.head_lemma)) for cut in cuts)
            ] if parts else []


def place_of_adjective(word: str) -> tuple[str, ...]:
    """The NRW place whose inhabitants' adjective the word is, lower case ("münsteraner":
    münster; typed without umlauts too), as the gazetteer forms the adjectives; () if none.
    A Kreis by the name texts give it alone and after "Kreis" in any case ("lippische": lippe,
    as in "des Kreises Lippe")."""
    return _places_by_adjective().get(_plain_spelling(word), ())


@functools.cache
def _places_by_adjective() -> dict[str, tuple[str, ...]]:
    gazetteer = _gazetteer()
    places: dict[str, tuple[str, ...]] = {}
    for place in [*gazetteer.municipalities(), *gazetteer.kreise()]:
        for adjective in gazetteer.adjectives(place):
            places[_plain_spelling(adjective)] = (place.name.removeprefix("Kreis ").lower(),)
    return places


def towns_of_region(word: str) -> tuple[str, ...]:
    """The names and adjectives of the towns and Kreise of an NRW region a reader searches by
    name, lower case ("sauerland": hochsauerlandkreis, arnsberg, arnsberger, ...; typed without
    umlauts too), as regions.toml draws the regions; () for a word that names none."""
    return _towns_by_region().get(_plain_spelling(word), ())


@functools.cache
def _towns_by_region(path: Path = REGIONS_FILE) -> dict[str, tuple[str, ...]]:
    gazetteer = _gazetteer()
    towns: dict[str, tuple[str, ...]] = {}
    for region in load_toml(path, REGIONS_SCHEMA)["region"]:
        places = []
        for key in region["places"]:
            place = gazetteer.places.get(key)
            if place is None:
                raise DataFileError(
                    f"{path}: {region['names'][0]}: no NRW place has the key {key!r}")
            places += [place, *(town for town in gazetteer.municipalities()
                                if place.level == "kreis" and town.kreis_schluessel == key)]
        # A name that is an everyday word too ("Wenden", "Essen") only by its adjective
        # ("Wendener", "Essener"): the word would find articles on anything else.
        names = [name for place in places for name in (
            *([] if gazetteer.is_ambiguous(place.name) else [place.name]),
            *gazetteer.adjectives(place))]
        for region_name in region["names"]:
            towns[_plain_spelling(region_name)] = tuple(dict.fromkeys(
                name.lower().replace("-", " ") for name in names))
    return towns


@functools.cache
def _gazetteer():
    # Imported when first needed: the enrichment package imports the archive, which imports
    # this module.
    from .enrich.gazetteer import Gazetteer

    return Gazetteer.load(Path(__file__).resolve().parent / "data" / "gazetteer")


def _plain_spelling(word: str) -> str:
    """The word in lower case without umlauts or ß, however typed ("Kölner", "koelner":
    kolner; both sides lose the e of "Unnaer" alike)."""
    return re.sub(r"(?<=[aou])e", "", word.lower().translate(SHARP_S_SPELLING)
                  .translate(NO_UMLAUTS))


def _synonym_terms(forms) -> list[str]:
    """A word's other forms as words and as parts; one of several words as a phrase of the text
    ("U3" finds "unter drei Jahren"); one the lemmatizer changes as written too ("kinderstark",
    whose lemma is "kinderstar")."""
    return [term for form in forms for term in (
        [f'{EXACT_COLUMNS}: "{form}"'] if " " in form
        else [f'search_lemmas: "{form}"', f'search_parts: "{form}"',
              *([f'{EXACT_COLUMNS}: "{form}"'] if lemma(form) != form else [])])]


def _apart(parts: tuple[str, ...]) -> str:
    """Every one of a compound's parts (or a synonym of it, or a person's word in the other
    gender: "Familienlotsen" finds "Lotsinnen für Familien"; or, for a noun of an action or
    one whose synonym is, its verb in any form: "Lastenradförderung" finds "Lastenräder werden
    gefördert", "Familienrabatt" "Familien zahlen ermäßigte Preise") anywhere in the article."""
    return "(" + " AND ".join(
        "(" + " OR ".join(_part_terms(part)) + ")" for part in parts) + ")"


def _part_terms(part: str) -> list[str]:
    return [f'"{part}"', _stem_term(part),
            *(f'"{other}"' for other in (*SYNONYMS.get(part, ()), *other_gender(part))),
            *_verb_terms((part, *SYNONYMS.get(part, ())))]


def _stem_term(word: str) -> str:
    return f'search_stems: "{GERMAN_STEMMER.stemWord(word)}"'


def german_words(query: str | None) -> str:
    """query_words as a JSON array, for SQL (json_each)."""
    return json.dumps(query_words(query), ensure_ascii=False)


def german_parts(query: str | None) -> str:
    """The dictionary forms of the parts of a compound typed alone, as a JSON array, for SQL
    ("Spendenaufruf": ["spende", "aufruf"]); [] for any other query."""
    words = query_words(query)
    return json.dumps(compound_parts(words[0].capitalize()) if len(words) == 1 else [],
                      ensure_ascii=False)


def german_spellings(word: str | None) -> str:
    """spelling_candidates as a JSON array, for SQL (json_each)."""
    return json.dumps(spelling_candidates(word or ""), ensure_ascii=False)


def spelling_candidates(word: str) -> list[str]:
    """Every spelling one edit away (a letter dropped, swapped, changed or added), once each.

    Norvig's edits1: about 60 per letter, so that a search can check each against the index.
    """
    if not MIN_SPELLING_LENGTH <= len(word) <= MAX_SPELLING_LENGTH or not word.isalpha():
        return []
    splits = [(word[:cut], word[cut:]) for cut in range(len(word) + 1)]
    edits = [left + right[1:] for left, right in splits if right]
    edits += [left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1]
    edits += [left + letter + right[1:] for left, right in splits if right
              for letter in GERMAN_LETTERS]
    edits += [left + letter + right for left, right in splits for letter in GERMAN_LETTERS]
    return [edit for edit in dict.fromkeys(edits) if edit != word and len(edit) > 2]


def german_rank(title: str | None, query: str | None) -> int:
    """How well the title names the query's words: the search lists the best first.

    Per word: 4 if the title has one of its forms (its stem or lemma), else 3 if it writes one
    with hyphens ("Kitaplätze" in "Kita-Plätze": the word, after the title that spells it so),
    else 2 if a synonym or a compound inside it is one of the title's words or their parts,
    else 1 for each of its parts there. "Kinderarmutsbekämpfung" ranks "Netzwerk gegen
    Kinderarmut" above "Jedes dritte Kind".
    """
    words = WORD.findall(title or "")
    stems, lemmas = _forms_of(words)
    # Ranking runs for every row a search finds: the hyphenated compounds' parts are the
    # title's own words already, so only those words are split.
    hyphenated = [*hyphen_compounds([title])]
    hyphenated_stems, hyphenated_lemmas = _forms_of(hyphenated)
    terms = lemmas.union(hyphenated_lemmas, *(compound_terms(word) for word in words))
    rank = 0
    for word in _query_words_to_rank(query):
        if word.stem in stems or not word.lemmas.isdisjoint(lemmas):
            rank += 4
        elif word.stem in hyphenated_stems or not word.lemmas.isdisjoint(hyphenated_lemmas):
            rank += 3
        elif not word.related.isdisjoint(terms):
            rank += 2
        else:
            rank += sum(part in terms for part in word.parts)
    return rank


def _forms_of(words: list[str]) -> tuple[set[str], set[str]]:
    """The stems and the lemmas of these words."""
    return (set(GERMAN_STEMMER.stemWords([word.lower() for word in words])),
            {lemma(word) for word in words})


class WordToRank(typing.NamedTuple):
    stem: str
    lemmas: frozenset[str]
    related: frozenset[str]  # its synonyms and the compounds inside it
    parts: tuple[str, ...]


@functools.lru_cache(maxsize=256)
def _query_words_to_rank(query: str | None) -> tuple[WordToRank, ...]:
    return tuple(WordToRank(
        stem=GERMAN_STEMMER.stemWord(word),
        lemmas=frozenset((*_lemmas(word), *place_of_adjective(word))),
        related=frozenset((*_forms(word), *inner_compounds(word.capitalize()),
                           *shortened_compounds(word.capitalize()))),
        parts=compound_parts(word.capitalize()),
    ) for word in query_words(query))
