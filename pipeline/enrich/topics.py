"""Topics of an article from the controlled vocabulary in data/topics.toml, with evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..datafile import FLAG, TEXT, DataFileError, Patterns, Table, Tables, Words, load_toml
from ..extract.byline import is_byline

SCHEMA = Table(
    required={
        "topic": Tables(
            Table(
                required={"slug": TEXT, "label": TEXT, "cues": Patterns()},
                optional={"place": FLAG, "gives_places": FLAG, "motives": Patterns(),
                          "made": Patterns(), "service_of": Words(), "title_cues": Patterns()},
            ),
            label="slug",
        )
    },
    optional={
        "services": Table(required={"made": Patterns()}),
        "passing": Table(
            required={"venue": Patterns(), "contact": Patterns(), "services": Patterns()},
            optional={"spans": Patterns(), "colon_lists": Patterns(), "given": Patterns()},
        ),
        "single_mention": Table(required={"measure": Patterns(), "programme": Patterns()},
                                optional={"through": Patterns(), "opened": Patterns(),
                                          "past": Patterns()}),
    },
)
# A clause: the words between two of these.
CLAUSE_END = re.compile(r"[.;:!?\n()]")
# A sentence: the words between two of these (not a number's dot: "2.100 Mütter").
SENTENCE_END = re.compile(r"(?<!\d)\.|\.(?!\d)|[!?\n]")
# A list's separator right before or after a word, with an article or adjective between, or
# the head of the listed item ("und Sprechstunden der Erziehungsberatung", "und Kurse zur ...",
# "und eine Sprechstunde mit einer Familienhebamme").
LIST_BEFORE = re.compile(
    r"(?:,|\bund|\boder|\bsowie)\s+(?:(?:eine?|die|der|das)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+"
    r"(?:bei|von|für|zu|mit|in)?\s*(?:der|des|den|dem|zur|zum|im|einer|einem)?\s+)?"
    r"(?:(?:der|die|das|den|dem|des|eine[nmrs]?|ein|zur|zum|mit|von|für)\s+)?"
    r"(?:[a-zäöü][\w-]*\s+)?$"
)
# A pattern that matches nowhere: a rule a topics file leaves out.
NEVER = re.compile(r"(?!)")
# Someone's words: a quotation of five words or more, in the first person.
SPEAKER = re.compile(r"\b(?:[Ww]ir|uns|[Uu]nser\w*|[Ii]ch|[Mm]ein\w*)\b")
QUOTATION = re.compile(r"[„\"“»](?:[^“”\"«„\s]+\s+){4,}[^“”\"«„]*[“”\"«]")
PLURAL_INSTITUTION = re.compile(r"(?:zentren|stellen|büros|häuser|stätten)\b")
# A relative clause opened before a word, its verb ending right before a comma: the comma closes
# the relative clause, no list ("Für Mütter und Väter, die ihre Kinder allein großziehen, hat
# die Stadt ..."; a noun there may still be a list's first item: "die Elterngeld, ...").
RELATIVE_CLAUSE_OPEN = re.compile(r",\s+(?:die|der|das|denen|deren|dessen)\s+[^,]*$")
VERB_ENDS_CLAUSE = re.compile(r"(?<![\w-])[a-zäöü][\w-]*$")
# A comma that opens a relative clause ("Präventionsketten auf, die Kinder ... begleiten") or
# a subordinate one ends no list item; nor does a word's other gender ("Familienbegleiterinnen
# und -begleiter").
LIST_AFTER = re.compile(
    r"^[\w-]*(?:\s+[a-zäöü][\w-]*)?\s*(?:,(?!\s*(?:(?:in|mit|bei|von|für|an|auf|zu|aus|über)\s+)?"
    r"(?:der|die|das|dem|den|deren|dessen|denen|wo|wie|wenn|weil|dass|damit|um|so)\s)"
    r"|(?:und|oder|sowie)\b(?!\s+-))"
)
# The word after a measure's name in a doubled form of address: "ehrenamtliche Begleiterinnen
# und Begleiter" names one group, not a list.
PAIRED_WORD = re.compile(r"\s+(?:und|oder)\s+(\w+)")
FEMININE_ENDINGS = ("innen", "in")
# The most letters the masculine adds to the stem ("Kolleg|en", "Ärzt|e"; not "Termin|vergabe").
MASCULINE_ENDING = 2
# Parents' work told in words of its own ("die in Vollzeit arbeiten", "Job und Kinder"): the
# text is about combining work and family, not only giving it as a motive.
WORK_TOLD = re.compile(r"\b(?:[Vv]ollzeit|[Tt]eilzeit|[Ss]chicht(?:dienst|arbeit)\w*|[Jj]obs?|"
                       r"[Aa]rbeitszeit\w*|[Bb]eschäftigte\w*|[Vv]ereinbar\w*|unter einen Hut)\b")
# The words next to a measure's name that a contact cue must be among: "Anmeldung beim
# Familienbüro", not "Das Familienbüro begleitet Eltern bis zur Anmeldung an der Schule".
CONTACT_WORDS = 6


@dataclass(frozen=True)
class TopicTag:
    topic: str  # slug
    label: str
    evidence: str  # the words of the text that named it


@dataclass(frozen=True)
class Mentions:
    """How one paragraph names one topic other than only in passing."""

    evidence: str  # the words of its first such mention
    count: int  # how many such mentions, up to two
    alone: bool  # counted once, it would count as the text's only one (`SingleMention`)
    made: bool = False  # its first mention's clause makes it a measure of its own (`Topic.made`)


@dataclass(frozen=True)
class Topic:
    slug: str
    label: str
    cues: re.Pattern  # all of the topic's cues, one alternation
    place: bool = False  # names a place ("Familienzentrum"), which can be a venue or contact
    # gives places or stays in the place it names ("Plätze im offenen Ganztag", "Urlaub in
    # einer Familienferienstätte"): those before a venue's word make it the subject
    gives_places: bool = False
    # the cues that are also a reason other measures give ("für berufstätige Eltern", "längere
    # Öffnungszeiten"): the topic's one mention by such a cue beside another topic is that
    # measure's motive, not a topic of its own
    motives: re.Pattern = NEVER
    # in a motive's or a service's clause: words that make it a measure of its own after all
    # ("120 weitere Kita-Plätze schaffen", "bekommt einen neuen Spielplatz")
    made: re.Pattern = NEVER
    # the institutions that offer it ("familienzentrum"): beside an institution's tag, the
    # topic named only in the paragraphs is one of its services, not a topic of its own, unless
    # a clause that names it has a `made` word
    service_of: frozenset[str] = frozenset()
    # cues that name it in a title only ("Elterncafé startet"): in the paragraphs such a thing
    # is mostly one offer of another measure
    title_cues: re.Pattern = NEVER

    def evidence(self, text: str) -> str | None:
        """The whole words around the first cue in `text`, None when no cue matches."""
        return _words_around(text, self.cues.search(text))

    def title_evidence(self, title: str) -> str | None:
        """The whole words around the first cue in `title`, else around its first title cue."""
        return self.evidence(title) or _words_around(title, self.title_cues.search(title))


@dataclass(frozen=True)
class Passing:
    """How a text names a measure only in passing: as a venue or contact, in a list, or inside
    a phrase that names it as a partner, a link of a chain or background."""

    venue: re.Pattern  # right before the word: "im", "beim"
    contact: re.Pattern  # near the word in its clause: "Anmeldung", "Ansprechpartner"
    services: re.Pattern  # in the clause: an institution's offers are listed ("bietet")
    spans: re.Pattern  # a phrase that holds the word: "arbeitet mit ... zusammen"
    given: re.Pattern = NEVER  # right before a venue's word: what a measure gives ("Plätze")
    # a list on either side of a colon, in its sentence: wishes ("Die wichtigsten Wünsche:
    # längere Öffnungszeiten, mehr Ferienbetreuung"), examples ("Ob Sprachkurs oder Kita-Platz:")
    colon_lists: re.Pattern = NEVER

    def only_passing(self, text: str, start: int, end: int, place: bool = True,
                     gives_places: bool = False) -> bool:
        """Whether the words text[start:end] name a measure in passing, not as the subject;
        `place`: whether the measure is a place, which a venue names ("im Familienzentrum");
        `gives_places`: whether what it gives before the venue's word makes it the subject
        ("Plätze im offenen Ganztag")."""
        clause_start, clause_end = _clause(text, start, end)
        before, after = text[clause_start:start], text[end:clause_end]
        # (the contact words' window stays where it was: "Familienpatinnen und Familienpaten
        # begleiten Familien, Anmeldungen nimmt das Familienbüro entgegen" names no contact)
        near = " ".join(before.split()[-CONTACT_WORDS:] + after.split()[:CONTACT_WORDS])
        paired = PAIRED_WORD.match(after)
        if paired and _gender_pair(text[start:end].split()[-1], paired.group(1)):
            after = after[paired.end():]
        clause = before + after
        # "A, B und C" of institutions present ("Kitas, Familienzentren und Schulen"); "A, B
        # und C" an institution offers (the guide's "list of an institution's other services").
        # Other lists need more: target groups or themes listed may still be the subject.
        short = PLURAL_INSTITUTION.search(text, start, end) or self.services.search(clause)
        commas = 1 if short else 2
        listed = clause.count(",") >= commas and re.search(r"\b(?:und|oder|sowie)\b", clause)
        closes_relative = (after.startswith(",") and RELATIVE_CLAUSE_OPEN.search(before)
                           and VERB_ENDS_CLAUSE.search(text[start:end]))
        in_list = listed and (LIST_BEFORE.search(before)
                              or (LIST_AFTER.match(after) and not closes_relative))
        quoted = any(q.start() < start < q.end() and SPEAKER.search(q.group())
                     for q in QUOTATION.finditer(text))  # fmt: skip
        inside = self.spanned(text, start, end, clause_start, clause_end)
        venue = place and self.at_venue(before, gives_places)
        return bool(in_list or quoted or inside or venue or self.contact.search(near))

    def spanned(self, text: str, start: int, end: int, span_start: int = 0,
                span_end: int | None = None) -> bool:
        """Whether a phrase of `spans` within text[span_start:span_end], or a list beside a colon
        in its sentence, holds text[start:end]."""
        span_end = len(text) if span_end is None else span_end
        sentence_start, sentence_end = _sentence(text, start, end)
        return any(m.start() <= start and end <= m.end()
                   for pattern, within in ((self.spans, (span_start, span_end)),
                                           (self.colon_lists, (sentence_start, sentence_end)))
                   for m in pattern.finditer(text, *within))  # fmt: skip

    def at_venue(self, before: str, gives_places: bool = False) -> bool:
        """Whether the text `before` a place's name ends by naming it as a venue ("im"), not
        after what a measure that `gives_places` gives there ("Plätze im offenen Ganztag")."""
        venue = self.venue.search(before)
        return bool(venue) and not (gives_places and self.given.search(before, 0, venue.start()))


@dataclass(frozen=True)
class SingleMention:
    """When a measure named once, after the first paragraph, is still a subject."""

    measure: re.Pattern  # in its clause: a verb that creates, grows or awards it ("aufbauen")
    programme: re.Pattern  # right before it: it names the programme that pays
    # right before a measure that is no place: the programme a cost is paid through
    through: re.Pattern = NEVER
    # right before it: the participle opening its sentence that opens, founds or awards it
    # ("Ausgezeichnet wurde das ")
    opened: re.Pattern = NEVER
    # in its clause: a pluperfect, which tells of what was done before the news, mostly
    # elsewhere, so that its measure verb makes no measure of the text ("Der Kreis Borken hatte
    # einen Bericht veröffentlicht und daraufhin seine Familienberatung ausgebaut")
    past: re.Pattern = NEVER

    def counts(self, text: str, start: int, end: int, place: bool = False) -> bool:
        clause_start, clause_end = _clause(text, start, end)
        before = text[clause_start:start]
        return bool(
            self.programme.search(before)
            or self.opened.search(before)
            or (not place and self.through.search(before))
            or (self.measure.search(text, clause_start, clause_end)
                and not self.past.search(text, clause_start, clause_end))
        )


NOTHING_PASSING = Passing(NEVER, NEVER, NEVER, NEVER)
ANY_SINGLE_MENTION = SingleMention(re.compile(""), NEVER)


class TopicVocabulary:
    def __init__(
        self,
        topics: list[Topic],
        passing: Passing = NOTHING_PASSING,
        single_mention: SingleMention = ANY_SINGLE_MENTION,
    ):
        self.topics = topics
        self.passing = passing
        self.single_mention = single_mention

    @classmethod
    def load(cls, path: str | Path) -> TopicVocabulary:
        """Read a topics file (the shipped one is data/topics.toml)."""
        data = load_toml(path, SCHEMA)
        passing, single = data.get("passing"), data.get("single_mention")
        services_made = _optional_patterns(data.get("services", {}), "made")
        topics = [_topic(table, services_made) for table in data["topic"]]
        unknown = {slug for topic in topics for slug in topic.service_of} - {
            topic.slug for topic in topics}
        if unknown:
            raise DataFileError(f"{path}: service_of names no topic: {', '.join(sorted(unknown))}")
        return cls(
            topics,
            Passing(
                re.compile(rf"(?:{'|'.join(passing['venue'])})\s+(?:[\w-]+\s+)?$"),
                re.compile("|".join(passing["contact"])),
                re.compile("|".join(passing["services"])),
                re.compile("|".join(passing.get("spans", ["(?!)"]))),
                re.compile(rf"\b(?:{'|'.join(passing.get('given', ['(?!)']))})\s+$"),
                re.compile("|".join(passing.get("colon_lists", ["(?!)"]))),
            )
            if passing
            else NOTHING_PASSING,
            SingleMention(*(_case_sensitive(single, key)
                            for key in ("measure", "programme", "through", "opened", "past")))
            if single
            else ANY_SINGLE_MENTION,
        )

    def tag(self, text: str) -> list[TopicTag]:
        """Every topic `text` is about, in vocabulary order: its title is the text before the
        first blank line, its paragraphs the parts between blank lines (`tag_parts`)."""
        title, *paragraphs = text.split("\n\n")
        if paragraphs and is_byline(paragraphs[0]):  # "Von Anna Muster": the lead comes next
            paragraphs = paragraphs[1:]
        return self.tag_parts(title, [self.mentions(paragraph) for paragraph in paragraphs],
                              work_told=tells_of_work(text))

    def mentions(self, paragraph: str) -> dict[str, Mentions]:
        """How `paragraph` names each topic other than only in passing, counted up to two: all
        that `tag_parts` asks."""
        found = {}
        for topic in self.topics:
            subject = []
            for cue in topic.cues.finditer(paragraph):
                start, end = _word_start(paragraph, cue.start()), _word_end(paragraph, cue.end())
                if not self.passing.only_passing(paragraph, start, end, topic.place,
                                                 topic.gives_places):
                    subject.append((start, end))
                    if len(subject) == 2:
                        break
            if subject:
                start, end = subject[0]
                once = len(subject) == 1
                found[topic.slug] = Mentions(
                    paragraph[start:end], len(subject),
                    once and self.single_mention.counts(paragraph, start, end, topic.place),
                    # (read only for a topic that has them)
                    topic.made is not NEVER
                    and bool(topic.made.search(paragraph, *_clause(paragraph, start, end))),
                )
        return found

    def tag_parts(self, title: str, paragraphs: list[dict[str, Mentions]],
                  work_told: bool = False) -> list[TopicTag]:
        """The topics of a title and its paragraphs' `mentions`: any cue in the title counts;
        in the paragraphs, a topic counts when the first paragraph names it, when it is named
        twice, or when its one mention counts alone (`single_mention`); a topic's one motive
        beside another topic does not, unless the text tells of parents' work in other words
        (`work_told`: "Mütter, die in Vollzeit arbeiten"); nor does a topic the title leaves
        out beside an institution that offers it (`Topic.service_of`), unless a paragraph
        makes it a measure of its own (`Topic.made`: "stellt zwei Familienhebammen ein")."""
        tags, motives = [], set()
        offered_by = {}  # the topics tagged from the paragraphs: who offers each
        for topic in self.topics:
            in_title = topic.title_evidence(title)
            named = [p[topic.slug] for p in paragraphs if topic.slug in p]
            if not (work_told or in_title) and [
                    (m.count, bool(topic.motives.fullmatch(m.evidence)) and not m.made)
                    for m in named
            ] == [(1, True)]:
                motives.add(topic.slug)
            if in_title and topic.place and self.passing.at_venue(
                title[: title.find(in_title)], topic.gives_places
            ):
                in_title = None  # "Väterfrühstück im Familienzentrum": a venue, not the subject
            if in_title and self.passing.spanned(
                    title, title.find(in_title), title.find(in_title) + len(in_title)):
                in_title = None  # (round 49) "Vom Babybesuch bis zum Berufsstart": a range's end
            if in_title:
                tags.append(TopicTag(topic.slug, topic.label, in_title))
            elif named and (
                topic.slug in (paragraphs[0] if paragraphs else {})
                or sum(m.count for m in named) > 1
                or named[0].alone
            ):
                tags.append(TopicTag(topic.slug, topic.label, named[0].evidence))
                if not any(mention.made for mention in named):
                    offered_by[topic.slug] = topic.service_of
        if any(tag.topic not in motives for tag in tags):
            tags = [tag for tag in tags if tag.topic not in motives]
        tagged = {tag.topic for tag in tags}
        return [tag for tag in tags if not offered_by.get(tag.topic, frozenset()) & tagged]


def tells_of_work(text: str) -> bool:
    """Whether `text` tells of parents' work in words of its own (`tag_parts`'s `work_told`)."""
    return bool(WORK_TOLD.search(text))


def _topic(table: dict, services_made: re.Pattern = NEVER) -> Topic:
    """A topic of a topics file; a service without `made` words of its own takes the file's
    ([services] made)."""
    made = _optional_patterns(table, "made")
    if made is NEVER and table.get("service_of"):
        made = services_made
    return Topic(table["slug"], table["label"], _cues(table["cues"]), table.get("place", False),
                 table.get("gives_places", False), _optional_patterns(table, "motives"), made,
                 frozenset(table.get("service_of", ())), _cues(table.get("title_cues")))


def _cues(patterns: list[str] | None) -> re.Pattern:
    """Cues as one pattern, matched case-insensitively at the start of a word; NEVER without."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(patterns)})", re.IGNORECASE) if patterns else NEVER


def _case_sensitive(table: dict, key: str) -> re.Pattern:
    """A list of patterns as one, read as written (capitals tell a sentence's opening); NEVER
    without it."""
    return re.compile("|".join(table[key])) if key in table else NEVER


def _optional_patterns(table: dict, key: str) -> re.Pattern:
    """A topic's optional list of patterns as one, read case-insensitively; NEVER without it."""
    patterns = table.get(key)
    return re.compile("|".join(patterns), re.IGNORECASE) if patterns else NEVER


def _gender_pair(word: str, other: str) -> bool:
    """Whether two words are one person's word in both genders, either first ("Begleiterinnen"
    and "Begleiter", "Ärztin" and "Ärzte")."""
    for feminine, masculine in ((word.lower(), other.lower()), (other.lower(), word.lower())):
        for ending in FEMININE_ENDINGS:
            stem = feminine.removesuffix(ending)
            if stem != feminine and len(stem) >= 3 and masculine.startswith(stem) \
                    and len(masculine) <= len(stem) + MASCULINE_ENDING:
                return True
    return False


def _words_around(text: str, match: re.Match | None) -> str | None:
    if not match:
        return None
    return text[_word_start(text, match.start()):_word_end(text, match.end())]


def _word_start(text: str, position: int) -> int:
    while position > 0 and (text[position - 1].isalnum() or text[position - 1] == "-"):
        position -= 1
    return position


def _word_end(text: str, position: int) -> int:
    while position < len(text) and (text[position].isalnum() or text[position] == "-"):
        position += 1
    return position


def _clause(text: str, start: int, end: int, ends: re.Pattern = CLAUSE_END) -> tuple[int, int]:
    """Where the clause (or the part between two of `ends`) holding text[start:end] begins
    and ends."""
    clause_start = max((m.end() for m in ends.finditer(text, 0, start)), default=0)
    found_end = ends.search(text, end)
    return clause_start, found_end.start() if found_end else len(text)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding text[start:end] begins and ends."""
    return _clause(text, start, end, SENTENCE_END)
