"""Relevance on the kinds of text issue 12 names, on sentences written for these tests.

They test the vocabulary's terms, written for these kinds; the shipped judgement, which averages
them with the text model, is checked on the same sentences in test_relevance_model.py.
"""

import pytest

from pipeline.relevance import assess
from pipeline.rules import default_rules

VOCABULARY = default_rules().relevance


def relevant(title: str, text: str) -> bool:
    return assess(title, text, VOCABULARY).relevant


IN_SCOPE_WITH_A_NEAR_MISS_WORD = [
    # a union named as a jury member is no strike
    (
        "Stadt verleiht Familienpreis",
        "Die Stadt Ahlen zeichnet Betriebe für familienfreundliche Arbeitszeiten aus. In der "
        "Jury sitzen Vertreter von Kirchen, Kammern und Gewerkschaften.",
    ),
    # a playground closed until the one the children planned is built
    (
        "Alter Spielplatz gesperrt – Kinder planen den neuen mit",
        "Der Spielplatz am Markt ist ab Montag gesperrt. Die Stadt Hilden baut ihn neu; die "
        "Kinder planen den neuen Spielplatz in einer Planungswerkstatt mit.",
    ),
    # the municipality's answer to a strike
    (
        "Stadt erstattet Kita-Beiträge für Streiktage",
        "Der Rat der Stadt Hamm hat beschlossen, den Eltern die Elternbeiträge für die "
        "Streiktage zu erstatten. Das Jugendamt richtet zudem eine Notbetreuung ein.",
    ),
    # the municipality's answer to a fire or a flood: replacement groups and rooms
    (
        "Nach dem Brand: Kinder werden im Gemeindehaus betreut",
        "Nach dem Brand in der Kita Sonnenschein richtet das Jugendamt der Stadt Ahlen zwei "
        "Ersatzgruppen im Gemeindehaus ein. Die Feuerwehr hatte das Gebäude geräumt.",
    ),
    (
        "Wasserschaden: Notgruppen im Rathaus",
        "Nach dem Rohrbruch in der Kita am Park betreut die Stadt Ahlen die Kinder in zwei "
        "Notgruppen im Rathaus, bis die Räume saniert sind.",
    ),
    # a welcome bag for every newborn, a child protection clinic
    (
        "Stadt verteilt Willkommenstaschen",
        "Die Stadt Ahlen bringt allen Familien mit Neugeborenen eine Willkommenstasche mit "
        "Gutscheinen und Adressen nach Hause.",
    ),
    (
        "Neue Kinderschutzambulanz",
        "Die Stadt Ahlen und das Klinikum eröffnen eine Kinderschutzambulanz. Das Jugendamt "
        "arbeitet eng mit den Ärztinnen zusammen.",
    ),
    # the Land's own Kita law
    (
        "Landeskabinett beschließt Reform des Kinderbildungsgesetzes",
        "Die Landesregierung hat den Gesetzentwurf zur Reform des Kinderbildungsgesetzes "
        "beschlossen. Kitas sollen mehr Geld für Personal erhalten.",
    ),
    # a municipal Familienkarte with a zoo discount
    (
        "Familienkarte gilt jetzt auch im Zoo",
        "Mit der Familienkarte der Stadt Münster zahlen Familien im Zoo künftig die Hälfte.",
    ),
    # the town builds anew after a fire: the fire is the occasion, not the story
    (
        "Nach dem Brand: Kita Regenbogen bekommt einen Neubau",
        "Ein Jahr nach dem Brand beschließt der Rat der Stadt Ahlen den Neubau der Kita "
        "Regenbogen mit vier Gruppen. Die Kinder sind bis dahin im Pfarrheim untergebracht.",
    ),
    # a child protection network, the police one of its members
    (
        "Kinderschutznetzwerk trifft sich zum ersten Mal",
        "Im Kinderschutznetzwerk der Stadt Ahlen beraten Jugendamt, Kitas, Schulen, "
        "Kinderärzte und Polizei, wie sie bei Verdacht schneller handeln.",
    ),
    # a prize for family-friendly municipalities
    (
        "Preis für familienfreundliche Kommunen",
        "Der Landschaftsverband zeichnet drei familienfreundliche Kommunen aus; die Stadt "
        "Ahlen erhält den Preis für ihre Lotsen für junge Familien.",
    ),
    # the town honours family businesses for their care offers
    (
        "Stadt ehrt Familienunternehmen",
        "Die Stadt Ahlen zeichnet drei Familienunternehmen aus, die Plätze in der "
        "Kindertagespflege für die Kinder ihrer Beschäftigten bezahlen.",
    ),
]

NEAR_MISSES = [
    (  # a zoo's own family ticket
        "Tierpark: Familienticket in den Ferien",
        "Der Tierpark bietet in den Sommerferien ein Familienticket für 29 Euro an. Zwei "
        "Erwachsene und drei Kinder zahlen weniger als sonst.",
    ),
    (  # a fire in a Kita
        "Brand in der Kita Sonnenschein",
        "In der Kita an der Ringstraße hat in der Nacht ein Mülleimer gebrannt. Die Polizei "
        "ermittelt, die Kita bleibt am Montag geschlossen.",
    ),
    (  # another Land's own programme
        "Hessen: Landesprogramm für Familienzentren aufgestockt",
        "Das Land Hessen stockt sein Programm für Familienzentren auf. Die hessische "
        "Landesregierung stellt mehr Geld für Kitas bereit.",
    ),
    (  # a candidate's promise
        "Kandidat verspricht mehr Kita-Plätze",
        "Der Bürgermeisterkandidat der Opposition verspricht im Wahlkampf 200 neue "
        "Kita-Plätze.",
    ),
    (  # a third party's statistics
        "Studie: Kita-Plätze knapp",
        "Eine Studie zeigt, dass Kita-Plätze für Kinder unter drei Jahren knapp sind. Die "
        "Betreuungsquote liegt unter dem Landesschnitt.",
    ),
]

MORE_NEAR_MISSES = [
    (  # another Land's government: the Träger who apply are no local public body
        "Niedersachsen fördert Familienzentren",
        "Hannover. Die niedersächsische Landesregierung fördert Familienzentren mit einem "
        "eigenen Programm. Anträge stellen die Träger beim Ministerium.",
    ),
    (  # a pool's family ticket is no municipal Familienkarte
        "Hallenbad: Familienkarte für den Winter",
        "Das Hallenbad am Stadtpark bietet ab Oktober eine Familienkarte an. Zwei Erwachsene "
        "und ihre Kinder schwimmen damit für zwölf Euro.",
    ),
    (  # a cinema's family price
        "Kinotag für Familien",
        "Lünen. Das Kino am Markt zeigt sonntags einen Kinderfilm zum Familienpreis. Eltern "
        "und Kinder zahlen sechs Euro.",
    ),
    (  # a mayor as patron of a parish's offer
        "Pfarrei lädt zum Zeltlager",
        "Die Pfarrgemeinde St. Josef lädt im Juli zu einem Zeltlager ein. Eingeladen sind "
        "Familien mit Kindern bis zehn Jahre. Die Schirmherrschaft hat der Bürgermeister "
        "übernommen.",
    ),
    (  # a Träger's offer with the town only as the place (the guide's B1)
        "Diakonie lädt zum Elterncafé",
        "Soest. Die Diakonie lädt jeden Donnerstag Mütter und Väter mit Babys zum Elterncafé "
        "ein. Das Café findet in Räumen der Stadt im Bürgerhaus statt. Eine Hebamme der "
        "Diakonie beantwortet Fragen.",
    ),
    (  # neglect before a court, even with the Jugendamt named
        "Kinder aus Wohnung geholt",
        "Das Jugendamt hat zwei Kinder aus einer verwahrlosten Wohnung geholt. Die Eltern "
        "müssen sich wegen Vernachlässigung verantworten.",
    ),
    (  # a fire in a family centre: an incident, not a measure
        "Brand im Familienzentrum",
        "Im Familienzentrum am Ring hat es in der Nacht gebrannt. Die Feuerwehr verhinderte "
        "ein Übergreifen; das Familienzentrum bleibt eine Woche geschlossen.",
    ),
    (  # a family centre's summer party
        "Familienzentrum feiert Sommerfest",
        "Das Familienzentrum St. Martin lädt am Samstag zum Sommerfest. Es gibt eine "
        "Hüpfburg und Kinderschminken.",
    ),
    (  # day care for older people is no Kindertagespflege
        "Stadt baut Seniorenzentrum",
        "Die Stadt Kempen baut am Markt ein Seniorenzentrum mit Tagespflege für 20 ältere "
        "Menschen.",
    ),
]

PARAPHRASES_IN_SCOPE = [
    ("Rat beschließt Spielflächenkonzept",
     "Der Rat der Gemeinde Nottuln hat ein Konzept für alle Spielflächen beschlossen."),
    ("Gemeinde bezuschusst Ferienfreizeiten",
     "Die Gemeinde Havixbeck zahlt jedem Kind 50 Euro Zuschuss zur Ferienfreizeit."),
]

COMPANY_AND_PRIVATE_CHILDCARE_OUT = [
    ("Logistiker eröffnet eigene Kita",
     "Ein Logistikunternehmen im Gewerbegebiet Kempen-Süd hat eine Betriebskita für 30 "
     "Mitarbeiterkinder eröffnet. Die Firma will so Fachkräfte halten und die Vereinbarkeit "
     "von Familie und Beruf verbessern."),
    ("Eltern sammeln Schulranzen für Familien",
     "Eltern einer Grundschule haben eine Sammelaktion gestartet: Bis Freitag nehmen sie "
     "gut erhaltene Schulranzen für Kinder aus armen Familien entgegen. Viele Eltern "
     "hätten schon etwas gebracht."),
]  # fmt: skip

HOTLINE_AND_BONUS_IN_SCOPE = [
    ("Kreis schaltet Elterntelefon frei",
     "Das Kreisjugendamt Kleve bietet ab Montag ein Elterntelefon an: Mütter und Väter "
     "bekommen dort anonym Rat bei Fragen zur Erziehung."),
    ("Günstigere Grundstücke für junge Familien",
     "Die Gemeinde Wachtendonk gibt beim Verkauf ihrer Bauplätze einen Kinderbonus von "
     "5.000 Euro je Kind. Der Rat hat das Programm am Dienstag beschlossen."),
]  # fmt: skip


@pytest.mark.parametrize(("title", "text"), IN_SCOPE_WITH_A_NEAR_MISS_WORD)
def test_in_scope_texts_with_a_near_miss_word_stay_relevant(title, text):
    assert relevant(title, text)


@pytest.mark.parametrize(("title", "text"), NEAR_MISSES)
def test_near_misses_stay_out(title, text):
    assert not relevant(title, text)


@pytest.mark.parametrize(("title", "text"), MORE_NEAR_MISSES)
def test_more_near_misses_stay_out(title, text):
    assert not relevant(title, text)


def test_a_dateline_is_not_the_lead_sentence():
    # "Berlin." alone would make the next sentence body text, where it weighs less.
    title, text = "Debatte über Familienpolitik", (
        "Berlin. Im Bundestag streiten Regierung und Opposition über das Elterngeld. Familien "
        "warten auf eine Entscheidung."
    )
    hits = assess(title, text, VOCABULARY).reason
    assert "national politics (lead" in hits
    assert not relevant(title, text)


def test_a_near_miss_word_in_passing_weighs_less_than_one_in_the_headline():
    """Verdi named once, as a jury member, after a lead about family-friendly employers: a
    word in passing; the same word in the title makes the story a strike."""
    text = ("Die Stadt Kempen hat familienfreundliche Unternehmen ausgezeichnet. Bewertet wurden "
            "flexible Arbeitszeiten und Hilfe bei der Kinderbetreuung. In der Jury saßen "
            "Vertreter von Verdi, der Kreishandwerkerschaft und des Jugendamts.")
    passing = assess("Stadt zeichnet familienfreundliche Arbeitgeber aus", text, VOCABULARY)
    headline = assess("Verdi in der Jury für familienfreundliche Arbeitgeber", text, VOCABULARY)
    assert passing.relevant
    assert not headline.relevant
    assert passing.reason.endswith("against: strike (body: verdi)")


@pytest.mark.parametrize(("title", "text"), PARAPHRASES_IN_SCOPE)
def test_paraphrases_of_playground_plans_and_holiday_care_are_in_scope(title, text):
    assert relevant(title, text)


@pytest.mark.parametrize(("title", "text"), COMPANY_AND_PRIVATE_CHILDCARE_OUT)
def test_a_companys_own_childcare_and_a_private_collection_stay_out(title, text):
    assert not relevant(title, text)


@pytest.mark.parametrize(("title", "text"), HOTLINE_AND_BONUS_IN_SCOPE)
def test_a_parents_hotline_and_a_child_bonus_for_building_plots_are_in_scope(title, text):
    assert relevant(title, text)


def test_emergency_care_and_refunds_count_only_beside_a_strike():
    """The town's answer to a strike is in scope (above); after a water damage, emergency care
    in the next Kita and a refund are no measure of their own."""
    text = ("Wegen eines Wasserschadens bleibt die Kita Regenbogen bis Freitag geschlossen. Eine "
            "Notbetreuung gibt es in der Nachbareinrichtung; das Essensgeld wird erstattet.")
    assert not relevant("Kita Regenbogen bleibt bis Freitag zu", text)


def test_children_a_town_lets_have_their_say_are_in_scope():
    # (round 51) "lässt die Stadt Kinder mitreden": children's participation in everyday words
    text = ("Bei der Neugestaltung des Marktplatzes in Goch lässt die Stadt Kinder mitreden. "
            "Schüler der Grundschule haben Wünsche gesammelt. Der Rat entscheidet im Herbst.")
    assert relevant("Marktplatz neu gestaltet", text)
