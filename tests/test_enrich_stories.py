"""Citation links and story clusters over small hand-made archives (pure functions)."""

from dataclasses import replace
from datetime import date

import pytest

from pipeline.enrich.links import Article, CitationRef, link_citations
from pipeline.enrich.similarity import containment, content_stems, content_words
from pipeline.enrich.stories import (
    REPOST_SHARED,
    SAME_STEP_STORY,
    SAME_STORY,
    StoryMember,
    cluster,
    repost_grams,
)
from pipeline.rules import default_rules

KEMPEN, VIERSEN = "05166012", "05166032"
RHEINBERG = "05170032"
KREIS_VIERSEN, KREIS_KLEVE = "05166", "05154"
NETWORK = (
    "Kempen startet ein Netzwerk gegen Kinderarmut. Rund siebzig Fachkräfte aus Kitas, Schulen "
    "und Vereinen trafen sich zur Auftaktveranstaltung im Jugendamt. Der Landschaftsverband "
    "fördert das Netzwerk mit bis zu 32.000 Euro."
)
NETWORK_SHORT = (
    "Die Stadt Kempen baut ein Netzwerk gegen Kinderarmut auf; siebzig Fachkräfte kamen zur "
    "Auftaktveranstaltung. Der Landschaftsverband fördert es."
)
NETWORK_RETOLD = (
    "Siebzig Fachkräfte aus Kempener Kitas und Schulen bilden jetzt ein Netzwerk gegen "
    "Kinderarmut; der Landschaftsverband fördert es."
)
# NETWORK told again in other forms of its words ("Netzwerke", "Fachkraft", "gefördert"): as
# written, they share under a quarter of the shorter text's words.
NETWORK_INFLECTED = (
    "Netzwerke gegen Kinderarmut: Die Fachkraft jeder Kita, Schule und jedes Vereins kam zu "
    "den Auftaktveranstaltungen ins Kempener Jugendamt; gefördert vom Landschaftsverband."
)
# NETWORK's step as the Kreis tells it: the Kreis as a whole, none of its towns named.
KREIS_NETWORK = (
    "Der Kreis Viersen knüpft ein Netzwerk gegen Kinderarmut: Zur Auftaktveranstaltung im "
    "Kreishaus kamen Fachkräfte aus Kitas, Schulen und Vereinen aller Kreisstädte. Der "
    "Landschaftsverband fördert das Kreisnetzwerk."
)
KREIS_HOLIDAYS = (
    "Das Kreisjugendamt Viersen verlängert die Anmeldung für die Ferienfreizeiten an der Nordsee "
    "bis Ende Mai; Restplätze vergibt die Kreisverwaltung telefonisch."
)
HOLIDAYS = "Für die Ferienspiele im Sommer können Eltern ihre Kinder im Rathaus anmelden."


def article(id, day, text, places=(KEMPEN,), publisher=None, host="example.org",
            topics=(), title="") -> Article:
    words = default_rules().story_words
    return Article(
        id, date.fromisoformat(day), publisher, host, frozenset(places), frozenset(topics),
        words.steps_named(title), content_stems(text, words.function_words), text,
    )


def citation(outlet_id="rp-online", domain="rp-online.de", day="2012-01-24", name=None):
    return CitationRef("digest", 0, outlet_id, name, domain, date.fromisoformat(day))


DIGEST = article("digest", "2012-01-24", NETWORK_SHORT, publisher="nrw-familienministerium")


@pytest.mark.parametrize(
    ("candidate", "linked"),
    [
        (article("rp", "2012-01-24", NETWORK, publisher="rp-online", host="rp-online.de"), True),
        # a day later (the print date) still counts
        (article("rp", "2012-01-25", NETWORK, publisher="rp-online", host="rp-online.de"), True),
        (article("rp", "2012-01-31", NETWORK, publisher="rp-online", host="rp-online.de"), False),
        (article("rp", "2012-01-24", NETWORK, (VIERSEN,), "rp-online", "rp-online.de"), False),
        (article("rp", "2012-01-24", NETWORK, publisher="wz", host="wz.de"), False),
        (article("rp", "2012-01-24", NETWORK, host="lokal.rp-online.de"), True),
    ],
)
def test_a_citation_links_the_cited_outlets_article_of_that_day_about_the_same_place(
    candidate, linked
):
    links = link_citations([citation()], {a.id: a for a in (DIGEST, candidate)})
    assert [(link.article_id, link.linked_article_id) for link in links] == (
        [("digest", "rp")] if linked else []
    )


def test_the_exact_day_wins_over_the_next_day():
    exact = article("exact", "2012-01-24", NETWORK_RETOLD, publisher="rp-online")
    next_day = article("next", "2012-01-25", NETWORK, publisher="rp-online")
    links = link_citations([citation()], {a.id: a for a in (DIGEST, exact, next_day)})
    assert [link.linked_article_id for link in links] == ["exact"]


def test_the_cited_outlets_other_story_about_the_place_is_not_the_cited_report():
    """The outlet's article of that day about Kempen's holidays shares the town, not the
    story: the citation links the report on the network a day later instead."""
    holidays = article("holidays", "2012-01-24", HOLIDAYS, publisher="rp-online")
    report = article("report", "2012-01-25", NETWORK, publisher="rp-online")
    links = link_citations([citation()], {a.id: a for a in (DIGEST, holidays, report)})
    assert [link.linked_article_id for link in links] == ["report"]
    alone = link_citations([citation()], {a.id: a for a in (DIGEST, holidays)})
    assert alone == []


def test_a_rewrite_in_other_word_forms_is_the_same_story():
    """Inflected forms count as the same word: "gefördert" meets "fördert", "Netzwerke"
    meets "Netzwerk" (the stems are compared, not the words as written)."""
    report = article("report", "2012-01-20", NETWORK)
    rewrite = article("rewrite", "2012-01-22", NETWORK_INFLECTED)
    words = default_rules().story_words.function_words
    as_written = content_words(NETWORK, words), content_words(NETWORK_INFLECTED, words)
    assert containment(*as_written) < SAME_STORY
    members = cluster([report, rewrite], [])
    assert [(m.article_id, m.story_id) for m in members] == [
        ("report", "report"), ("rewrite", "report")
    ]


def test_a_municipal_press_release_is_found_by_the_towns_web_address():
    release = article("release", "2012-01-24", NETWORK, host="kempen.de")
    cited = citation(outlet_id=None, domain=None, name="Stadt Kempen")
    links = link_citations([cited], {a.id: a for a in (DIGEST, release)})
    assert [(link.linked_article_id, link.reason) for link in links] == [
        ("release", "Stadt Kempen 2012-01-24, place 05166012")
    ]


def test_same_place_near_in_time_and_alike_is_one_story():
    members = cluster([DIGEST, article("rp", "2012-01-20", NETWORK)], [])
    assert members == [
        StoryMember("rp", "rp", "member", True),
        StoryMember("digest", "rp", "member", False),
    ]


OFFICE_OPENS = (
    "Kempen bekommt ein Familienbüro. Ab Montag berät eine Sozialarbeiterin im Rathaus Mütter "
    "und Väter zu Kita-Plätzen, Elterngeld und Beratungsstellen. Geöffnet ist das Büro an drei "
    "Vormittagen in der Woche.")
OFFICE_OPENED = (
    "Familienbüro im Rathaus eröffnet: Eltern finden in Kempen seit Montag eine Anlaufstelle "
    "für ihre Fragen. Die Bürgermeisterin schnitt das Band durch und lobte die gute "
    "Zusammenarbeit mit Kitas, Grundschulen und Vereinen im Norden.")


def test_a_radios_and_a_digests_report_of_one_opening_in_other_words_are_one_story():
    """They share about a quarter of their content words (0.278 here)."""
    words = default_rules().story_words.function_words
    shared = containment(content_stems(OFFICE_OPENS, words), content_stems(OFFICE_OPENED, words))
    assert 0.25 <= shared < 0.3
    radio = article("radio", "2014-09-01", OFFICE_OPENS, topics=("familienbuero",))
    digest = article("digest", "2014-09-04", OFFICE_OPENED, topics=("familienbuero",))
    assert {member.story_id for member in cluster([radio, digest], [])} == {"radio"}


@pytest.mark.parametrize(
    "other",
    [
        article("other", "2012-01-20", HOLIDAYS),  # same place and week, another story
        article("other", "2012-03-20", NETWORK),  # the same words two months later
        article("other", "2012-01-20", NETWORK, (VIERSEN,)),  # another town
    ],
)
def test_different_stories_stay_apart(other):
    members = cluster([DIGEST, other], [])
    assert {m.story_id for m in members} == {"digest", "other"}


@pytest.mark.parametrize(
    ("topics", "other_topics", "one_story"),
    [
        (("netzwerk-kinderarmut",), ("netzwerk-kinderarmut", "familienbuero"), True),
        ((), ("familienbuero",), True),  # a text without topics says nothing either way
        (("netzwerk-kinderarmut",), ("familienbuero",), False),  # same words, other topics
    ],
)
def test_alike_reports_on_other_topics_are_two_stories(topics, other_topics, one_story):
    digest = article("digest", "2012-01-24", NETWORK_SHORT, publisher="nrw-familienministerium",
                     topics=topics)
    rp = article("rp", "2012-01-20", NETWORK, topics=other_topics)
    members = cluster([digest, rp], [])
    assert {m.story_id for m in members} == ({"rp"} if one_story else {"digest", "rp"})


def test_a_kreis_report_and_its_towns_report_of_the_same_step_are_one_story():
    kreis = article("kreis", "2012-01-26", KREIS_NETWORK, (KREIS_VIERSEN,))
    for town in (article("town", "2012-01-20", NETWORK), DIGEST):  # each side finds the other
        members = cluster([kreis, town], [])
        assert {m.story_id for m in members} == {min((kreis, town), key=lambda a: a.day).id}


@pytest.mark.parametrize(
    "kreis",
    [
        # the same Kreis and week, another step
        article("kreis", "2012-01-26", KREIS_HOLIDAYS, (KREIS_VIERSEN,)),
        # the same words from a Kreis that Kempen is not in
        article("kreis", "2012-01-26", KREIS_NETWORK, (KREIS_KLEVE,)),
        # the same words about another town of the Kreis, with its Kreis: not the Kreis as a whole
        article("kreis", "2012-01-26", KREIS_NETWORK, (VIERSEN, KREIS_VIERSEN)),
        # the same words, a month after the town's report
        article("kreis", "2012-02-25", KREIS_NETWORK, (KREIS_VIERSEN,)),
    ],
)
def test_a_kreis_report_and_a_towns_report_of_other_stories_stay_apart(kreis):
    members = cluster([DIGEST, kreis], [])
    assert {m.story_id for m in members} == {"digest", "kreis"}


def test_two_towns_of_one_kreis_are_no_story_by_their_kreis():
    """The Kreis joins a report about itself to its towns' reports, not two towns' reports."""
    members = cluster([DIGEST, article("viersen", "2012-01-20", NETWORK_RETOLD, (VIERSEN,))], [])
    assert {m.story_id for m in members} == {"digest", "viersen"}


def test_two_towns_naming_their_kreis_are_no_story_by_the_kreis():
    """Each town's report names the Kreis (that pays, say): they share the Kreis, not a town."""
    kempen = article("kempen", "2012-01-24", NETWORK_SHORT, (KEMPEN, KREIS_VIERSEN))
    viersen = article("viersen", "2012-01-20", NETWORK_RETOLD, (VIERSEN, KREIS_VIERSEN))
    members = cluster([kempen, viersen], [])
    assert {m.story_id for m in members} == {"kempen", "viersen"}


# One town's council decision on a Familienbüro, its opening (told in much the same words), and
# a radio report of the decision in words of its own.
DECISION = (
    "Der Rat der Stadt Kempen hat am Dienstagabend einstimmig beschlossen, im Rathaus ein "
    "Familienbüro einzurichten. Zwei Beraterinnen sollen Familien bei Anträgen, bei der Suche "
    "nach einem Betreuungsplatz und bei Fragen zu Hilfen im Alltag zur Seite stehen."
)
OPENING = (
    "Im Kempener Rathaus hat das Familienbüro geöffnet. Zwei Beraterinnen helfen Familien "
    "bei Anträgen, bei der Suche nach einem Betreuungsplatz und bei Fragen zu Hilfen im Alltag; "
    "der Rat hatte die Einrichtung im Frühjahr beschlossen."
)
RADIO = (
    "Kempen bekommt eine Anlaufstelle für Mütter und Väter: Die Politik hat grünes Licht "
    "für ein Familienbüro gegeben. Ab Herbst beraten dort zwei Fachkräfte zu Kitaplätzen, "
    "Elterngeld und Ferienangeboten."
)


@pytest.mark.parametrize(
    ("title", "other_title", "one_story"),
    [
        ("Rat beschließt Familienbüro im Rathaus", "Familienbüro im Rathaus eröffnet", False),
        ("Rat beschließt Familienbüro im Rathaus", "Neue Anlaufstelle im Rathaus", True),
        # a building done is an opening of its own
        ("Rat beschließt Familienbüro im Rathaus", "Umbau für das Familienbüro ist fertig", False),
        # (from the second reading) a plan or a delay is no opening
        ("Rat beschließt Familienbüro im Rathaus", "Familienbüro soll bis Mai fertiggestellt "
         "werden", True),
        ("Rat beschließt Familienbüro im Rathaus", "Konzept für das Familienbüro ist fertig",
         True),
        ("", "", True),  # titles that name no step say nothing either way
    ],
)
def test_reports_of_two_steps_of_one_project_are_two_stories(title, other_title, one_story):
    decision = article("decision", "2012-03-07", DECISION, title=title)
    opening = article("opening", "2012-03-21", OPENING, title=other_title)
    members = cluster([decision, opening], [])
    assert {m.story_id for m in members} == ({"decision"} if one_story else {"decision", "opening"})


# A report of the same Familienbüro whose title and opening name no step.
BETWEEN = (
    "Familienbüro im Kempener Rathaus: Zwei Beraterinnen sollen Familien bei Anträgen und bei "
    "der Suche nach einem Betreuungsplatz helfen, hieß es im Rat."
)


@pytest.mark.parametrize(("middle_day", "stories"), [
    ("2012-03-09", {"decision": "decision", "middle": "decision", "opening": "opening"}),
    ("2012-03-19", {"decision": "decision", "middle": "middle", "opening": "middle"}),
])  # fmt: skip
def test_a_report_naming_no_step_joins_the_nearer_step_not_both(middle_day, stories):
    """Alike to the council's decision and to the opening a fortnight later, a report whose
    title names no step links to both; it joins the story nearer in time (whose earliest
    report names it), and does not make the two steps one story."""
    decision = article("decision", "2012-03-07", DECISION, title="Rat beschließt Familienbüro")
    middle = article("middle", middle_day, BETWEEN, title="Anlaufstelle für Mütter und Väter")
    opening = article("opening", "2012-03-21", OPENING, title="Familienbüro eröffnet")
    members = cluster([decision, middle, opening], [])
    assert {m.article_id: m.story_id for m in members} == stories


@pytest.mark.parametrize(
    ("title", "other_title", "one_story"),
    [
        ("Rat beschließt Familienbüro im Rathaus", "KEMPEN: Rat sagt Ja zum Familienbüro", True),
        ("Familienbüro im Rathaus", "Anlaufstelle für Familien", False),
    ],
)
def test_two_reports_whose_titles_name_the_same_step_need_fewer_words_in_common(
    title, other_title, one_story
):
    decision = article("decision", "2012-03-07", DECISION, title=title)
    radio = article("radio", "2012-03-08", RADIO, title=other_title)
    assert SAME_STEP_STORY <= containment(decision.stems, radio.stems) < SAME_STORY
    members = cluster([decision, radio], [])
    assert {m.story_id for m in members} == ({"decision"} if one_story else {"decision", "radio"})


@pytest.mark.parametrize(
    ("title", "steps"),
    [
        ("Rat beschließt Familienbüro im Rathaus", {"decision"}),
        ("Jugendhilfeausschuss gibt grünes Licht für zwei Kitas", {"decision"}),
        # (round 41: families who say yes to an offer decide nothing)
        ("Babybesuch vom Kreis: Erste Familien sagen Ja", set()),
        ("LWL-Geld für Familienhebammen", {"funding"}),
        ("Förderbescheid für den Ganztag ist da", {"funding", "opening"}),
        ("Kreistag beschließt Zuschuss für das Familienbüro", {"decision", "funding"}),
        ("Drei neue Netzwerke: LVR-Landesjugendhilfeausschuss sagt Geld zu", {"funding"}),
        ("NETTETAL: Netzwerk gegen Kinderarmut nimmt Arbeit auf", {"opening"}),
        ("Landespreis für Brakel", {"award"}),
        ("Familienkarte senkt die Eintrittspreise", set()),
        ("Kreis legt ersten Familienbericht vor", {"report"}),
        ("Familienbüro soll im Herbst öffnen", set()),  # a plan, no step yet
        ("Jugendhilfeausschuss empfiehlt Familienbüro", {"proposal"}),
        ("Lotsin für die Präventionskette gefunden", {"staffing"}),
        ("Stadt stellt zwei Familienhebammen ein", {"staffing"}),
        ("Netzwerk gegen Kinderarmut: 35 Partner am runden Tisch", {"meeting"}),
        # (round 42: one network that meets)
        ("Netzwerk gegen Kinderarmut trifft sich zum ersten Mal", {"meeting"}),
        ("Steuerungsgruppe der Präventionskette hat sich getroffen", {"meeting"}),
        ("Kreis schießt dem Familienbüro 20.000 Euro zu", {"funding"}),
        ("Lotsinnen: Land hat beide Stellen zugesagt", {"funding"}),
        ("Familienpass gibt es ab heute im Rathaus", {"opening"}),
        ("Elterncafé hat ab sofort auch samstags geöffnet", {"opening"}),
        ("Die zwei Lotsinnen haben ihre Arbeit aufgenommen", {"opening"}),
        ("Auftakt für das Netzwerk Frühe Hilfen in Wegberg", {"opening"}),
        ("Familienbüro: Beide Stellen sind jetzt besetzt", {"staffing"}),
        ("Die Stelle der Koordinatorin ist noch nicht besetzt", set()),
        ("Fachtag zur Kinderarmut gut besetzt", {"meeting"}),
        # (from the third reading) work resumed, a trial's or a debate's start, no post filled
        ("Die Lotsin hat ihre Arbeit wieder aufgenommen", set()),
        ("Nach dem Streik: Erzieherinnen haben die Arbeit wieder aufgenommen", set()),
        ("Kita-Streit: Auftakt zum Prozess vor dem Verwaltungsgericht", set()),
        ("Auftakt zur Haushaltsdebatte: Kürzungen bei Familienzentren drohen", set()),
        ("Nicht eine Stelle besetzt: Familienbüro bleibt geschlossen", set()),
        ("Auftakt zum Netzwerk Frühe Hilfen", {"opening"}),
        ("Auftakt zur Planung des neuen Familienzentrums", set()),
        ("Auftakt für den Neubau der Kita am Stadtpark", set()),
        # (from the second reading of round 18) a plan, a negation, other senses
        ("Auftakt der Haushaltsberatungen: Familienzentren im Fokus", set()),
        ("Familienbüro: Stelle soll bald besetzt werden", set()),
        ("Keine der Stellen ist besetzt", set()),
        ("Sprachförderung wird in die Arbeit aufgenommen", set()),
        # (round 21) the first of a new service's visits or guests; not its plans or a time;
        # work taken up in a post
        ("Erste Babybesuche bei jungen Familien", {"opening"}),
        ("Erste Pläne für ein Familienzentrum", set()),
        ("In den ersten Lebensmonaten hilft die Familienhebamme", set()),
        ("Die Lotsin hat ihre Arbeit als Koordinatorin im Rathaus aufgenommen", {"opening"}),
        # (from the second reading) an office, a first meeting, work resumed
        ("Erster Beigeordneter besucht Familienzentrum", set()),
        ("Familienbüro ist erste Anlaufstelle für Eltern", set()),
        ("Die Lotsin hat ihre Arbeit als Familienlotsin wieder aufgenommen", set()),
        # (round 24) a step planned or announced after "soll", "will", "plant": not yet taken
        ("Familienhebammen sollen im Herbst starten", set()),
        ("Stadt will im Mai ein Familienbüro eröffnen", set()),
        ("Rat beschließt: Familienbüro soll im Mai eröffnen", {"decision"}),
        ("Familienbüro eröffnet: Stadt will ein zweites", {"opening"}),
        ("Väter-Wochenenden, die im Sommer starten sollen", set()),
        ("Das Familienbüro, das im Mai eröffnet werden soll", set()),
        # (round 25) a council clearing the way decides, not a demolition or a report
        ("Kreistag macht den Weg frei für Familienhebammen", {"decision"}),
        ("Der Stadtrat hat den Weg frei gemacht für ein Familienbüro", {"decision"}),
        ("Abriss macht den Weg frei für neue Kita", set()),
        ("Gutachten macht Weg frei für Kita am Stadtpark", set()),
        # (round 29's second reading) after a prefix, the first people something befalls
        ("Kita-Streik: Erste Eltern klagen über fehlende Betreuung", set()),
        ("Masern an Grundschule: Erste Kinder erkrankt", set()),
        # (round 31) a building begun, a contract signed (not a petition), doors opened
        ("Spatenstich für die Kita am Mühlenweg", {"construction"}),
        ("Richtfest am neuen Familienzentrum in Ahlen", {"construction"}),
        ("Kooperationsvertrag für das Familienbüro unterzeichnet", {"agreement"}),
        ("Stadt und Träger unterschreiben die Vereinbarung", {"agreement"}),
        ("Eltern unterschreiben Liste für längere Öffnungszeiten", set()),
        ("Das Familienbüro hat seine Türen geöffnet", {"opening"}),
        ("Das Familienbüro ist dienstags bis 18 Uhr geöffnet", set()),
        # a grant only applied for, in the cue's part of its clause (not one applied for and
        # granted)
        ("Stadt beantragt Fördermittel für ihr Familienbüro", set()),
        ("Kreis bewirbt sich um Förderung für ein Netzwerk", set()),
        ("Zuschuss beantragt und bewilligt: Familienbüro kann kommen", {"funding"}),
        ("Förderung wie beantragt bewilligt", {"funding"}),
        # a step told as before the report's: after "nach dem", in a clause of its own ending in
        # the pluperfect (not the news told in the pluperfect)
        ("Die Kita, die der Rat im Herbst beschlossen hatte, wächst", set()),
        ("Zwei Wochen nach dem Beschluss sind die Stellen besetzt", {"staffing"}),
        ("Eröffnet hatten das Familienbüro Bürgermeister und Landrat", {"opening"}),
    ],
)
def test_a_title_names_the_steps_of_a_project(title, steps):
    assert default_rules().story_words.steps_named(title) == steps


@pytest.mark.parametrize(
    ("title", "body", "steps"),
    [
        # the title's steps first
        ("Rat beschließt Familienbüro", "Kempen. Das Familienbüro öffnet im Mai im Rathaus.",
         {"decision"}),
        # a title without a step: the opening sentence's, after a dateline and a date
        ("Fünf neue Netzwerke im Rheinland",
         "Köln. 17. Februar 2016. Der Landesjugendhilfeausschuss hat heute fünf Netzwerke "
         "in das Programm aufgenommen. Sie eröffnen im Sommer.", {"funding"}),
        # an opening sentence that tells of several steps says nothing
        ("Kempen will familiengerechte Kommune werden",
         "Kempen will sich als familiengerechte Kommune zertifizieren lassen: Der Rat hat "
         "beschlossen, das Verfahren zu beginnen.", set()),
        # (round 31) a decision whose grant is only applied for is a decision
        ("Netzwerk gegen Kinderarmut für den Kreis",
         "Kreis Olpe. Der Kreisjugendhilfeausschuss hat einstimmig beschlossen, ein Netzwerk "
         "aufzubauen und dafür beim Land Fördermittel zu beantragen.", {"decision"}),
        # an opening without a step: the decision the next sentence tells of, alone
        ("Kita am Lindenweg wird Familienzentrum",
         "Rheda. Die Kita am Lindenweg wird zum Familienzentrum ausgebaut. Das hat der "
         "Jugendhilfeausschuss am Dienstag beschlossen. Der Umbau beginnt im Mai.",
         {"decision"}),
        ("Paten für junge Familien gesucht",
         "Die Stadt sucht Ehrenamtliche für junge Familien in allen Ortsteilen. Der erste Kurs "
         "startet im Oktober im Bürgerhaus.", set()),
        ("Netzwerk für Hückeswagen",
         "Hückeswagen baut ein Netzwerk gegen Kinderarmut auf. Der Landesjugendhilfeausschuss "
         "hat am Mittwoch beschlossen, die Stadt zu fördern.", set()),
        # (from the second reading) a decision to come or not taken, a passive of the past
        ("Familienbüro im Rathaus",
         "Die Stadt Kempen will im Erdgeschoss des Rathauses ein Familienbüro einrichten. "
         "Darüber entscheidet der Rat im März.", set()),
        ("Familienbüro im Rathaus",
         "Die Stadt Kempen denkt über ein Familienbüro im Erdgeschoss des Rathauses nach. "
         "Beschlossen hat der Rat dazu noch nichts.", set()),
        ("Viel Betrieb im Familienbüro",
         "Das Familienbüro im Rathaus zählt 400 Besuche im ersten Halbjahr. Eingerichtet "
         "wurde es 2021 auf Beschluss des Rates.", set()),
        # (round 33) a project that starts there, in a text that tells of its grant: an
        # opening, or the grant it starts with; not one whose text tells of no grant, an
        # opening in other words, nor a start the title names
        ("Netzwerk gegen Kinderarmut in Rheinberg",
         "In Rheinberg startet ein Netzwerk gegen Kinderarmut. Kitas, Schulen und das "
         "Jugendamt stimmen ihre Hilfen künftig ab. Der Landschaftsverband trägt die Kosten.",
         {"opening", "funding"}),
        ("Mehr Hilfe für Kinder in Kall",
         "Kall. Die Gemeinde kann ihr Netzwerk gegen Kinderarmut starten. Das Land fördert es "
         "mit 40.000 Euro.", {"opening", "funding"}),
        ("Babysitterkurse in Rheinberg",
         "Nach den Sommerferien starten in Rheinberg wieder die Babysitterkurse. Anmeldungen "
         "nimmt das Familienbüro entgegen.", {"opening"}),
        ("Familienbüro für Rheda",
         "Rheda. Im Rathaus hat am Montag das Familienbüro eröffnet. Zwei Beraterinnen helfen "
         "bei Anträgen.", {"opening"}),
        ("Netzwerk gegen Kinderarmut startet",
         "In Rheinberg startet ein Netzwerk gegen Kinderarmut. Kitas, Schulen und das "
         "Jugendamt stimmen ihre Hilfen künftig ab. Der Landschaftsverband trägt die Kosten.",
         {"opening"}),
        ("Zweite Kita für Obermörmter",
         "Der Bedarf an Plätzen im Ortsteil Obermörmter ist in den letzten Jahren gestiegen. "
         "Der Stadtrat hatte deshalb 2022 einen Neubau beschlossen, der nun Gestalt annimmt.",
         set()),
    ],
)  # fmt: skip
def test_a_title_without_a_step_takes_the_one_step_of_the_opening_sentence(title, body, steps):
    assert default_rules().story_words.steps_of(title, body) == steps


GRANT = (
    "Der Landschaftsverband Rheinland fördert das Netzwerk gegen Kinderarmut in Rheinberg "
    "drei Jahre lang mit bis zu 40.000 Euro jährlich. Kitas, Grundschulen, Jobcenter und "
    "Jugendamt sollen ihre Hilfen für Familien abstimmen; eine Koordinatorin hält die Fäden "
    "zusammen."
)
TOWN_START = (
    "In Rheinberg startet ein Netzwerk gegen Kinderarmut. Kitas, Grundschulen und das Jugendamt "
    "stimmen ihre Hilfen für Familien künftig ab, eine Koordinatorin hält die Fäden zusammen. "
    "Den größten Teil der Kosten trägt der Landschaftsverband."
)
TOWN_OPENING = (
    "In Rheinberg hat das Netzwerk gegen Kinderarmut sein Büro eröffnet. Kitas, Grundschulen "
    "und das Jugendamt stimmen ihre Hilfen für Familien ab, eine Koordinatorin hält die Fäden "
    "zusammen. Den größten Teil der Kosten trägt der Landschaftsverband."
)


@pytest.mark.parametrize(("town_report", "one_story"), [(TOWN_START, True), (TOWN_OPENING, False)])
def test_a_town_report_of_a_project_starting_shares_the_grants_story(town_report, one_story):
    """The grant's report and a town's report days later that the project starts are one
    story (round 33); a report that names the opening in other words is the next step."""
    words = default_rules().story_words
    reports = []
    for id, day, title, text in [
        ("grant", "2021-02-11", "LVR fördert Netzwerk gegen Kinderarmut in Rheinberg", GRANT),
        ("town", "2021-02-15", "RHEINBERG: Netzwerk gegen Kinderarmut", town_report),
    ]:
        report = article(id, day, text, places=(RHEINBERG,), topics=("netzwerk-kinderarmut",))
        reports.append(replace(report, steps=words.steps_of(title, text)))
    members = cluster(reports, [])
    assert {m.story_id for m in members} == ({"grant"} if one_story else {"grant", "town"})


def test_citation_links_join_stories():
    members = cluster([DIGEST, article("rp", "2012-01-24", HOLIDAYS)], [("digest", "rp")])
    assert {m.story_id for m in members} == {"digest"}


def test_texts_without_a_place_need_to_be_more_alike():
    land = "Das Land startet das Modellvorhaben Kein Kind zurücklassen in achtzehn Modellkommunen."
    report = "Achtzehn Modellkommunen starten das Modellvorhaben Kein Kind zurücklassen des Landes."
    members = cluster(
        [article("a", "2012-02-14", land, ()), article("b", "2012-02-15", report, ())], []
    )
    assert {m.story_id for m in members} == {"a"}


def test_an_exact_repost_is_marked_and_the_original_represents_the_story():
    original = article("original", "2011-11-02", NETWORK)
    copy = article("copy", "2011-11-04", NETWORK.upper())  # same words, other case
    assert cluster([copy, original], []) == [
        StoryMember("original", "original", "member", True),
        StoryMember("copy", "original", "repost", False),
    ]


def test_a_repost_with_one_line_changed_is_still_a_repost():
    original = article("original", "2014-02-18", NETWORK + " " + HOLIDAYS)
    copy = article("copy", "2014-02-19", NETWORK + " " + HOLIDAYS + " Kontakt: Jugendamt.")
    relations = {m.article_id: m.relation for m in cluster([original, copy], [])}
    assert relations == {"original": "member", "copy": "repost"}


def test_re_post_candidates_are_keyed_by_their_places():
    """A paragraph many articles repeat makes candidates only among articles of one place set."""
    grams = frozenset(range(100, 140))
    kempen = repost_grams(grams, frozenset({"05166012", "05166"}))
    assert kempen == repost_grams(grams, frozenset({"05166", "05166012"}))
    assert not set(kempen) & set(repost_grams(grams, frozenset({"05166032", "05166"})))
    assert len(kempen) == 40 - int(0.85 * 40) + REPOST_SHARED
    assert all(0 <= value < 1 << 63 for value in kempen)
