"""Funding rules: one sentence each, with the exact Funding fields that matter."""

import pytest

from pipeline.rules import default_rules

from .funding_rows import funding_rows

RULES = default_rules()
KEMPEN = RULES.gazetteer.get("05166012")
MOERS = RULES.gazetteer.get("05170024")
KAMEN = RULES.gazetteer.get("05978020")
LUEDENSCHEID = RULES.gazetteer.get("05962032")


def found(text: str, place=None) -> list[tuple]:
    return funding_rows(text, place)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Projekt wird vom Landesverband Rheinland (LVR) mit bis zu 32.000 Euro gefördert.",
            [(32000.0, "up to", "total", "lvr")],
        ),
        (
            "Das Landesjugendamt Rheinland fördert das Angebot mit jährlich 30.000 Euro.",
            [(30000.0, "exact", "yearly", "lvr")],
        ),
        (  # an infinitive
            "Der LVR hat angekündigt, 2016 insgesamt 90.000 Euro für Elterncafés bereitzustellen.",
            [(90000.0, "exact", "total", "lvr")],
        ),
        (
            "Der Kreis Viersen hat beschlossen, jedem Familienzentrum 2.000 Euro zu zahlen.",
            [(2000.0, "each", "total", "kreis-viersen")],
        ),
        (  # the short genitive
            "Der Fachausschuss des Landschaftsverbands Westfalen-Lippe bewilligte 8.000 Euro.",
            [(8000.0, "exact", "total", "lwl")],
        ),
        (  # (from the second reading) the youth office's genitive
            "Mit Mitteln des Landesjugendamts Rheinland in Höhe von 12.000 Euro wächst das Café.",
            [(12000.0, "exact", "total", "lvr")],
        ),
        (
            "Der LWL fördert das Netzwerk mit insgesamt 90.000 Euro.",
            [(90000.0, "exact", "total", "lwl")],
        ),
        (
            "Das Land stellt rund drei Millionen Euro bereit.",
            [(3000000.0, "about", "total", "land-nrw")],
        ),
        (
            "Die Bertelsmann Stiftung unterstützt die Städte mit je 10.000 Euro.",
            [(10000.0, "each", "total", "bertelsmann-stiftung")],
        ),
        (
            "Die Stiftung Wohlfahrtspflege fördert den Aufbau mit 50.000,-- Euro.",
            [(50000.0, "exact", "total", "stiftung-wohlfahrtspflege")],
        ),
        (
            "Es wird aus Mitteln des Europäischen Sozialfonds (ESF) mit 210.000 Euro gefördert.",
            [(210000.0, "exact", "total", "eu-esf")],
        ),
        (
            "Die Auridis gGmbH fördert die Kette mit rund 400.000 Euro.",
            [(400000.0, "about", "total", "auridis")],
        ),
        (
            "Der Bund beteiligt sich mit 2,3 Millionen Euro.",
            [(2300000.0, "exact", "total", "bund")],
        ),
        (
            "Das Bundesfamilienministerium bewilligte jährlich 30.000 Euro.",
            [(30000.0, "exact", "yearly", "bmfsfj")],
        ),
        (
            "Das Familienministerium überreichte einen Förderbescheid über 75.000 Euro.",
            [(75000.0, "exact", "total", "nrw-familienministerium")],
        ),
        ("Das Land gibt mit über 30.000 Euro Zuschuss.", [(30000.0, "about", "total", "land-nrw")]),
        (
            "Der LWL zahlt drei Jahre lang je 30.000 Euro pro Jahr.",
            [(30000.0, "exact", "yearly", "lwl")],
        ),
        (
            "Die Stadt gibt für den Urlaub pro Familienmitglied € 150 dazu.",
            [(150.0, "each", "total", None)],
        ),
    ],
)
def test_amount_qualifier_scope_and_funder(text, expected):
    assert found(text) == expected


def test_yearly_tranches_are_kept_apart_from_the_total():
    text = "Der LWL fördert das Netzwerk mit jährlich 10.000 Euro, insgesamt 30.000 Euro."
    assert found(text) == [(10000.0, "exact", "yearly", "lwl"), (30000.0, "exact", "total", "lwl")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a lone first year is the grant itself
            "Für das erste Elterncafé gibt der LWL im ersten Jahr 4.500 Euro.",
            [(4500.0, "exact", "total", "lwl")],
        ),
        (
            "Im Startjahr zahlt der LVR im ersten Projektjahr 7.200 Euro für die Sprechstunde.",
            [(7200.0, "exact", "total", "lvr")],
        ),
        (  # tranches named year by year, each beside its amount
            "Der LVR gibt im ersten Jahr 6.000 Euro und im zweiten Jahr 4.000 Euro.",
            [(4000.0, "exact", "yearly", "lvr"), (6000.0, "exact", "yearly", "lvr")],
        ),
        (  # the sum before the list is no tranche
            "Aus dem Bundesprogramm kommen 30.000 Euro an: 14.000 Euro für 2019 und 16.000 Euro "
            "für 2020.",
            [
                (14000.0, "exact", "yearly", "bund"),
                (16000.0, "exact", "yearly", "bund"),
                (30000.0, "exact", "total", "bund"),
            ],
        ),
        (  # a year named once dates the grant
            "Im Jahr 2016 erhielt die Gemeinde vom Land 9.000 Euro für den Familientreff.",
            [(9000.0, "exact", "total", "land-nrw")],
        ),
        # (from the second reading) a list opening its sentence, spread over two sentences,
        # in short forms; a year that dates something else is no tranche
        (
            "Im ersten Jahr gibt der LVR 12.000 Euro, im zweiten Jahr 9.000 Euro.",
            [(9000.0, "exact", "yearly", "lvr"), (12000.0, "exact", "yearly", "lvr")],
        ),
        (
            "Der LVR gibt im ersten Jahr 12.000 Euro. Im zweiten Jahr zahlt er 9.000 Euro.",
            [(9000.0, "exact", "yearly", "lvr"), (12000.0, "exact", "yearly", "lvr")],
        ),
        (
            "Im ersten Förderjahr gibt es vom LVR 10.000 Euro, im zweiten 8.000 Euro und im "
            "dritten 6.000 Euro.",
            [(6000.0, "exact", "yearly", "lvr"), (8000.0, "exact", "yearly", "lvr"),
             (10000.0, "exact", "yearly", "lvr")],
        ),
        (
            "Der LVR gibt im ersten Projektjahr 12.000 Euro und im Folgejahr 9.000 Euro.",
            [(9000.0, "exact", "yearly", "lvr"), (12000.0, "exact", "yearly", "lvr")],
        ),
        (
            "Das Familienbüro, das im Jahr 2018 eröffnet wurde, erhält für 2021 vom LVR 15.000 "
            "Euro.",
            [(15000.0, "exact", "total", "lvr")],
        ),
    ],
)
def test_a_year_named_beside_an_amount_is_yearly_only_in_a_list_of_tranches(text, expected):
    assert sorted(found(text)) == expected


def test_the_recipients_own_share_is_no_funding():
    # Issue 12: a municipality's own share is its own money, not a funding.
    text = "Das Land fördert es mit 210.000 Euro, die Stadt trägt einen Eigenanteil von 30.000 €."
    assert found(text) == [(210000.0, "exact", "total", "land-nrw")]


@pytest.mark.parametrize(
    "text",
    [
        "Der Neubau hat 2,4 Millionen Euro gekostet.",
        "Die Gesamtkosten von 80.000 Euro sind hoch.",
        "Tagesmütter erhalten künftig 5,50 Euro pro Stunde und Kind.",
        "Der Teilnahmebeitrag beträgt 35 Euro.",  # no funding word at all
        "Die Stadt hat für die App 18.000 Euro ausgegeben.",
    ],
)
def test_costs_fees_and_rates_are_no_funding(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "place", "funder"),
    [
        ("Dafür gibt der Kreis je 500 Euro dazu.", KEMPEN, ("kreis-viersen", "Kreis Viersen")),
        (
            "Der Landschaftsverband zahlt 24.000 Euro.",
            LUEDENSCHEID,
            ("lwl", "Landschaftsverband Westfalen-Lippe"),
        ),
        (
            "Der Landschaftsverband zahlt 24.000 Euro.",
            KEMPEN,
            ("lvr", "Landschaftsverband Rheinland"),
        ),
    ],
)
def test_unnamed_funders_are_the_articles_kreis_or_regional_body(text, place, funder):
    [funding] = RULES.funding.find(text, place)
    assert (funding.funder_id, funding.funder_name) == funder


@pytest.mark.parametrize("place", [MOERS, KEMPEN])
def test_the_articles_own_town_paying_is_its_own_budget(place):
    assert RULES.funding.find("Dazu stellt die Stadt jährlich 40.000 Euro bereit.", place) == []


def test_the_articles_own_town_receiving_from_someone_unnamed_gives_no_funder():
    text = "Für den Umbau erhielt die Stadt 12.000 Euro Fördermittel."
    assert found(text, KEMPEN) == [(12000.0, "exact", "total", None)]


def test_a_funder_named_in_the_sentence_before_counts():
    text = "Der LWL unterstützt drei Städte. Jede Stadt erhält je 45.000 Euro."
    assert found(text, KEMPEN) == [(45000.0, "each", "total", "lwl")]


@pytest.mark.parametrize(("text", "expected"), [
    # "Das Ministerium" that pays takes up the ministry named before, whichever it is
    ("Das Jugendministerium fördert das Familienbüro in Kempen. Das Ministerium stellt dafür "
     "20.000 Euro bereit.", [(20000.0, "exact", "total", "nrw-familienministerium")]),
    ("Das Landesgesundheitsministerium startet ein Programm für Hebammen. Das Ministerium zahlt "
     "der Stadt Kempen 15.000 Euro.", [(15000.0, "exact", "total", "land-nrw")]),
    # (with none named before, the ministry stays unknown)
    ("Die Stadt Kempen baut ein Familienzentrum. Das Ministerium zahlt 20.000 Euro.",
     [(20000.0, "exact", "total", None)]),
])
def test_the_ministry_as_a_subject_that_pays_is_the_one_named_before(text, expected):
    assert found(text, KEMPEN) == expected


@pytest.mark.parametrize(
    ("text", "programme", "period"),
    [
        (
            "Das Land fördert aus dem Programm „Kein Kind zurücklassen“ mit 5.000 Euro.",
            "Kein Kind zurücklassen",
            (None, None),
        ),
        (
            "Die Bundesinitiative Frühe Hilfen finanziert die Stellen mit 180.000 Euro.",
            "Bundesinitiative Frühe Hilfen",
            (None, None),
        ),
        (
            "Der LVR fördert vom 1. August 2011 bis zum 31. Juli 2014 mit 30.000 Euro.",
            None,
            ("2011-08-01", "2014-07-31"),
        ),
        ("Der LVR fördert von 2012 bis 2014 mit 30.000 Euro.", None, ("2012", "2014")),
        (
            "Der LVR fördert von August 2011 bis Juli 2014 mit 30.000 Euro.",
            None,
            ("2011-08", "2014-07"),
        ),
    ],
)
def test_programme_and_period(text, programme, period):
    [funding] = RULES.funding.find(text)
    assert (funding.programme, (funding.period_start, funding.period_end)) == (programme, period)


def test_evidence_is_the_sentence():
    text = "Kempen. Das Projekt wird vom LVR mit 32.000 Euro gefördert. Es startet im Mai."
    [funding] = RULES.funding.find(text)
    assert funding.evidence == "Das Projekt wird vom LVR mit 32.000 Euro gefördert."


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt Moers stellt für die Ermäßigungen jährlich 40.000 Euro bereit.",
        "Die Stadt rechnet mit 2000 Berechtigten und stellt jährlich 40.000 Euro bereit.",
        "Die Stadt Moers bezahlt die zwei Stellen für zwei Jahre mit insgesamt 70.000 Euro.",
    ],
)
def test_the_articles_own_town_paying_for_its_measure_is_its_own_budget(text):
    assert found(text, MOERS) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The year after an amount, before the next one, is the next one's.
        ("Für zwei Jahre erhält die Stadt vom Bund 80.000 Euro, also 40.000 Euro im Jahr.",
         [(80000.0, "exact", "total", "bund"), (40000.0, "exact", "yearly", "bund")]),
        ("Der LVR fördert das Netzwerk über drei Jahre mit bis zu 45.000 Euro – jährlich also "
         "mit bis zu 15.000 Euro.",
         [(45000.0, "up to", "total", "lvr"), (15000.0, "up to", "yearly", "lvr")]),
        # (right after the amount it is still its own)
        ("Der LWL gibt 10.000 Euro jährlich, zusammen 30.000 Euro.",
         [(10000.0, "exact", "yearly", "lwl"), (30000.0, "exact", "total", "lwl")]),
        # A part of the sentence that opens with its year.
        ("Der LVR hat 30.000 Euro für drei Jahre bewilligt; pro Jahr stehen der Stadt damit "
         "bis zu 10.000 Euro zur Verfügung.",
         [(30000.0, "exact", "total", "lvr"), (10000.0, "up to", "yearly", "lvr")]),
        # (from the second reading) the year after a verb's particle, before the next amount
        ("Der Bund stellt der Stadt für drei Jahre bis zu 60.000 Euro bereit – im Jahr also "
         "höchstens 20.000 Euro.",
         [(60000.0, "up to", "total", "bund"), (20000.0, "up to", "yearly", "bund")]),
        ("Das Land zahlt die Summe in vier Jahresraten von je 25.000 Euro aus.",
         [(25000.0, "each", "yearly", "land-nrw")]),
        # Instalments of a year.
        ("Die Stiftung Wohlfahrtspflege zahlt 90.000 Euro in drei Jahresraten zu je 30.000 Euro.",
         [(90000.0, "exact", "total", "stiftung-wohlfahrtspflege"),
          (30000.0, "each", "yearly", "stiftung-wohlfahrtspflege")]),
    ],
)
def test_the_year_of_an_amount_is_told_beside_it_not_beside_its_neighbour(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Von den Kosten von 90.000 Euro im Jahr trägt das Land 60.000 Euro, den Rest die Stadt.",
         [(60000.0, "exact", "yearly", "land-nrw")]),
        ("Das Büro kostet 50.000 Euro im Jahr. Davon kommen 35.000 Euro jährlich vom LWL.",
         [(35000.0, "exact", "yearly", "lwl")]),
        # (the yearly whole in the sentence before, the part taken from it by "davon")
        ("Die zwei Stellen kosten zusammen 70.000 Euro im Jahr. Davon übernimmt der Bund "
         "50.000 Euro.", [(50000.0, "exact", "yearly", "bund")]),
        # (from the second reading) the part repaid, the part after its amount
        ("Die Beratungsstelle kostet die Stadt 75.000 Euro im Jahr; davon erstattet das Land bis "
         "zu 50.000 Euro.", [(50000.0, "up to", "yearly", "land-nrw")]),
        ("Für die Stelle fallen jährlich 48.000 Euro an. 36.000 Euro davon kommen vom Land.",
         [(36000.0, "exact", "yearly", "land-nrw")]),
        # A part of a whole that is not yearly stays a share.
        ("Die Stellen kosten für drei Jahre 70.000 Euro. Davon übernimmt der Bund 50.000 Euro.",
         [(50000.0, "exact", "share", "bund")]),
    ],
)
def test_a_share_of_a_yearly_whole_is_yearly_as_the_guide_ranks_them(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The town receives: the unnamed funder is someone else.
        ("Die Gemeinde erhält für die Ausstattung einen Zuschuss von 3.000 Euro.",
         [(3000.0, "exact", "total", None)]),
        # An outside funder named in the sentence pays through the town.
        ("Die Stadt Moers gibt 20.000 Euro aus Landesmitteln an die Träger weiter.",
         [(20000.0, "exact", "total", "land-nrw")]),
        # Another town than the article's is a funder like any other.
        ("Die Stadt Kempen gibt der Nachbarstadt 5.000 Euro dazu.",
         [(5000.0, "exact", "total", "stadt-kempen")]),
    ],
)
def test_a_town_paying_for_another_or_with_outside_money_still_funds(text, expected):
    assert found(text, MOERS) == expected


def test_a_town_as_subject_pays_even_after_another_funder():
    text = "Der Bund gibt jährlich 30.000 Euro. Die Stadt Solingen gibt 10.000 Euro im Jahr dazu."
    assert found(text) == [
        (30000.0, "exact", "yearly", "bund"),
        (10000.0, "exact", "yearly", None),
    ]


def test_without_a_funder_nearby_the_last_one_named_before_counts():
    text = (
        "Der LVR startet ein Programm. Jede Kommune kann bis zu 32 000 Euro erhalten. "
        "Insgesamt stehen 1,2 Millionen Euro bereit."
    )
    # "Jede Kommune": per unit, which goes before "up to" (the guide's precedence)
    assert found(text) == [(32000.0, "each", "total", "lvr"), (1200000.0, "exact", "total", "lvr")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A modal before the town, the receiving verb at the clause's end.
        ("Für jeden neuen Platz kann die Gemeinde bis zu 12.000 Euro bekommen.",
         [(12000.0, "each", "total", None)]),
        ("Aus dem Landesprogramm soll die Stadt Moers 25.000 Euro erhalten.",
         [(25000.0, "exact", "total", "land-nrw")]),
        # (not a verb of its own before the receiving one)
        ("Damit kann die Stadt Moers 9.000 Euro sparen und mehr Geld vom Bund bekommen.", []),
    ],
)
def test_a_town_that_can_or_shall_receive_still_receives(text, expected):
    assert found(text, MOERS) == expected


def test_money_the_town_receives_and_pays_with_is_still_a_grant():
    text = ("Der LVR fördert zehn Netzwerke. Die Stadt Moers erhält 40.000 Euro, mit denen sie "
            "eine Koordinationsstelle finanziert.")
    assert found(text, MOERS) == [(40000.0, "exact", "total", "lvr")]
    # (the town paying from its own budget stays no funding)
    assert found("Die Stadt Moers finanziert die Koordinationsstelle mit 40.000 Euro.", MOERS) == []


def test_a_unit_named_by_a_towns_word_is_no_paying_town():
    # "je Gemeinde": each town receives; the Kreis (no list's) pays, not the article's town
    text = "Der Kreis zahlt dafür je Gemeinde 30.000 Euro pro Jahr."
    assert found(text, MOERS) == [(30000.0, "each", "yearly", None)]


def test_money_a_town_can_count_on_is_a_grant():
    # (round 47) "mit ... Euro rechnen": what a receiver can expect
    text = "Der LVR nimmt Moers ins Programm auf. Moers kann nun mit bis zu 30.000 Euro rechnen."
    assert found(text, MOERS) == [(30000.0, "up to", "total", "lvr")]
    # (second reading) the amount first, counted on
    text = "Der LVR nimmt Moers ins Programm auf. Auf 20.000 Euro im Jahr kann Moers zählen."
    assert found(text, MOERS) == [(20000.0, "exact", "yearly", "lvr")]
    # (not a cost families must expect)
    assert found("Familien können mit Kosten von 30 Euro rechnen.", MOERS) == []


def test_a_ministry_that_only_reports_gives_the_lands_money():
    # (round 47) the guide's whose money: a ministry named as the news's source ("wie das
    # Ministerium mitteilt") gives the money of the Land the text before names as its owner
    text = ("Das Land stockt seine Förderung der Familienzentren auf. Wie das Familienministerium "
            "mitteilt, erhält jedes Zentrum künftig 2.000 Euro mehr im Jahr.")
    assert found(text) == [(2000.0, "each", "yearly", "land-nrw")]
    # (not one that funds with its own verb, nor one with no owner named before)
    text = ("Das Familienministerium fördert jedes Zentrum mit 2.000 Euro im Jahr, wie das "
            "Ministerium mitteilt.")
    assert found(text) == [(2000.0, "each", "yearly", "nrw-familienministerium")]
    text = "Wie das Familienministerium mitteilt, erhält jedes Zentrum 2.000 Euro im Jahr."
    assert found(text) == [(2000.0, "each", "yearly", "nrw-familienministerium")]
    # (the ministry that reports in the sentence before: the Land's money there too)
    text = ("Das Land stockt seine Förderung der Familienzentren auf, wie das Familienministerium "
            "mitteilt. Jedes Zentrum erhält künftig 2.000 Euro mehr im Jahr.")
    assert found(text) == [(2000.0, "each", "yearly", "land-nrw")]


def test_an_amount_of_a_measure_paid_from_the_own_budget_is_no_grant():
    # (round 48) the sentence before names the town's budget as the source
    text = ("Finanziert wird der Lotsendienst aus dem städtischen Haushalt; vorgesehen sind "
            "15.000 Euro im Jahr.")
    assert found(text, MOERS) == []
    text = ("Finanziert wird der Lotsendienst aus dem städtischen Haushalt. Vorgesehen sind "
            "15.000 Euro im Jahr.")
    assert found(text, MOERS) == []
    # (not a grant received, whose rest the town pays)
    text = "Moers erhält 15.000 Euro. Den Rest finanziert die Stadt aus dem eigenen Haushalt."
    assert found(text, MOERS) == [(15000.0, "exact", "total", None)]


def test_a_total_for_the_networks_of_many_towns_is_no_grant_of_one():
    # (round 48) "Netzwerke in zwölf Kommunen"
    text = ("Der LVR gibt Moers bis zu 30.000 Euro. Insgesamt fördert der LVR in dieser Runde "
            "Netzwerke in zwölf Kommunen mit rund 1,2 Millionen Euro.")
    assert found(text, MOERS) == [(30000.0, "up to", "total", "lvr")]


def test_a_total_that_points_back_to_own_money_is_no_grant():
    # (round 48) "dafür": the budget of the own money the sentence before names
    text = ("Die Stadt zahlt den Trägern für jeden neuen Platz 1.500 Euro aus dem städtischen "
            "Haushalt. Insgesamt sind dafür 90.000 Euro eingeplant.")
    assert found(text, MOERS) == []
    # (not the Land's money)
    text = ("Das Land zahlt den Trägern für jeden neuen Platz 1.500 Euro. Insgesamt sind dafür "
            "90.000 Euro eingeplant.")
    assert found(text, MOERS) == [(1500.0, "each", "total", "land-nrw"),
                                  (90000.0, "exact", "total", "land-nrw")]


def test_the_larger_part_the_town_pays_itself_is_the_rest():
    # (round 49) "den größeren Teil ... zahlt die Stadt selbst" after the grant: the rest
    text = ("Moers bekommt vom Kreis 25.000 Euro im Jahr, den größeren Teil der Kosten trägt die "
            "Stadt selbst.")
    assert found(text, MOERS) == [(25000.0, "exact", "yearly", None)]
    # (the larger part itself stays the town's own money)
    text = "Den größeren Teil der Kosten, 60.000 Euro, trägt die Stadt selbst."
    assert found(text, MOERS) == []


def test_another_lands_money_is_no_nrw_grant():
    # (round 49) "vom Land Niedersachsen": a funder no list names, the nearest to the amount
    text = ("Unterstützt wurde die Stadt vom Bund, der 200.000 Euro gab, und vom Land Hessen, das "
            "weitere 80.000 Euro zuschoss.")
    assert found(text) == [(200000.0, "exact", "total", "bund"),
                           (80000.0, "exact", "total", None)]
    # (a relative clause on a funder: the funder before it, not the one named after)
    text = ("Geld kam vom LVR, der 30.000 Euro beisteuerte, und von der Stiftung Wohlfahrtspflege, "
            "die 50.000 Euro gab.")
    assert found(text) == [(30000.0, "exact", "total", "lvr"),
                           (50000.0, "exact", "total", "stiftung-wohlfahrtspflege")]


def test_money_a_compared_town_received_there_is_no_grant():
    # (round 49) "dort hatte die Gemeinde ... erhalten": the town named just before, not ours
    text = ("Moers erhält 300.000 Euro vom Land. In Rheinberg war vor zwei Jahren eine Kita "
            "mit Landesgeld gebaut worden; dort hatte die Stadt 250.000 Euro erhalten.")
    assert found(text, MOERS) == [(300000.0, "exact", "total", "land-nrw")]
    # (a past prize told with "Damals" opening the sentence)
    text = ("Jede der drei Städte erhält vom Land ein Preisgeld von 10.000 Euro. Damals war die "
            "Stadt Xanten ausgezeichnet worden, die mit dem Preisgeld von 10.000 Euro ein Fest "
            "finanziert hatte.")
    assert found(text) == [(10000.0, "each", "total", "land-nrw")]


def test_the_round_49_second_reading():
    # the funder after the grant's noun, and the Kreis attached to the amount before the town
    # that is the sentence's subject
    text = "Die Stadt Moers richtet mit 20.000 Euro Fördergeld vom Land ein Familienbüro ein."
    assert found(text, MOERS) == [(20000.0, "exact", "total", "land-nrw")]
    text = "Die Stadt Moers richtet mit 20.000 Euro vom Kreis Wesel ein Familienbüro ein."
    assert found(text, MOERS) == [(20000.0, "exact", "total", None)]
    text = "Die Stadt Moers richtet mit 20.000 Euro aus dem eigenen Haushalt ein Familienbüro ein."
    assert found(text, MOERS) == []
    # the compared place's money "dort", and the town a model was copied from
    text = ("Moers erhält 18.000 Euro vom Kreis Wesel. Auch im benachbarten Kamp-Lintfort läuft "
            "das Projekt; dort fließen 16.000 Euro vom Kreis.")
    assert found(text, MOERS) == [(18000.0, "exact", "total", None)]
    text = ("Moers erhält 18.000 Euro vom Kreis Wesel. Abgeschaut hat man sich das Modell in "
            "Xanten, wo die Stadt 2021 rund 70.000 Euro vom Land erhielt.")
    assert found(text, MOERS) == [(18000.0, "exact", "total", None)]
    # (what happens again as it did then is no past)
    text = "Wie schon damals hilft auch diesmal das Land: Es gibt Moers 25.000 Euro."
    assert found(text, MOERS) == [(25000.0, "exact", "total", "land-nrw")]


def test_a_prize_named_without_its_giver_is_the_one_given_before():
    # (round 50) the prize's sentence names the town that spends it, not who gave it
    text = ("Das Familienministerium hat Moers einen Preis verliehen. Gewürdigt wurde das "
            "Familienbüro. Die Auszeichnung ist mit einem Preisgeld von 5.000 Euro verbunden, das "
            "die Stadt in Spielgeräte investieren will.")
    assert found(text, MOERS) == [(5000.0, "exact", "total", "nrw-familienministerium")]


def test_more_grants_received_besides_are_from_nobody_named():
    # (round 50) "außerdem ... Fördermittel erhalten": not the funder of the sentence before
    text = ("Der Bund fördert das Haus mit 30.000 Euro pro Jahr. Für die Küche hat die Stadt "
            "außerdem 8.000 Euro Fördermittel erhalten.")
    assert found(text, MOERS) == [(30000.0, "exact", "yearly", "bund"),
                                  (8000.0, "exact", "total", None)]


def test_a_relative_clause_on_a_giver_no_list_holds_names_no_funder():
    # (round 50) "von den Krankenkassen, die dafür ... bereitstellen": an unlisted giver
    text = ("Kreis Wesel. Der Kreis startet jetzt ein Projekt, das Kindern in Moers helfen soll."
            "\n\nDie Stadt Moers stellt Räume zur Verfügung.\n\nBezahlt wird das Projekt von den "
            "Krankenkassen, die dafür 90.000 Euro bereitstellen.")
    assert found(text, MOERS) == [(90000.0, "exact", "total", None)]
    # (a listed one is the funder)
    text = "Bezahlt wird das Projekt vom LVR, der dafür 90.000 Euro bereitstellt."
    assert found(text, MOERS) == [(90000.0, "exact", "total", "lvr")]


def test_the_round_50_second_reading():
    # a prize awarded as "prämiert", by the federal family ministry by its short name
    text = ("Das Bundesministerium für Familie hat das Familienbüro Moers prämiert. Das Preisgeld "
            "von 7.500 Euro will die Stadt in ein Lastenrad stecken.")
    assert found(text, MOERS) == [(7500.0, "exact", "total", "bmfsfj")]
    # a giver no list holds, its kind before its name, with a relative clause
    text = ("Das Land hat das Netzwerk in Moers aufgebaut. Die Stelle finanziert jetzt der "
            "Caritasverband Moers-Xanten, der dafür 25.000 Euro im Jahr aufwendet.")
    assert found(text, MOERS) == [(25000.0, "exact", "yearly", None)]


def test_the_land_as_a_place_is_no_funder():
    # (round 50) "im Land": where the houses are, not who gives
    text = ("Das Familienministerium stellt den Familienbildungsstätten im Land ab dem kommenden "
            "Jahr 2,5 Millionen Euro zur Verfügung.")
    assert found(text) == [(2500000.0, "exact", "total", "nrw-familienministerium")]
    # (but the Land one applies to is: "beim Land")
    text = "Jede Familienbildungsstätte kann beim Land bis zu 20.000 Euro beantragen."
    assert found(text) == [(20000.0, "each", "total", "land-nrw")]


def test_a_relative_clause_on_the_kreis_named_before_is_the_kreis_paying():
    # (round 51) "Die Kofinanzierung übernimmt der Kreis Wesel, der ... beisteuert": the Kreis
    # pays for the town's house, no own money of the town
    text = ("Der Bund fördert das Familienzentrum in Kamen mit 30.000 Euro im Jahr. Die "
            "Kofinanzierung übernimmt der Kreis Unna, der jährlich 8.000 Euro beisteuert.")
    assert found(text, KAMEN) == [(30000.0, "exact", "yearly", "bund"),
                                  (8000.0, "exact", "yearly", "kreis-unna")]
    # (a Kreis the registry does not hold is a funder nobody can name)
    text = ("Der Bund fördert das Familienzentrum in Moers mit 30.000 Euro im Jahr. Die "
            "Kofinanzierung übernimmt der Kreis Wesel, der jährlich 8.000 Euro beisteuert.")
    assert found(text, MOERS) == [(30000.0, "exact", "yearly", "bund"),
                                  (8000.0, "exact", "yearly", None)]
    # (the town's own share stays its own)
    text = ("Der Bund fördert das Familienzentrum in Moers mit 30.000 Euro im Jahr. Die Stadt "
            "trägt die Kofinanzierung, die jährlich 8.000 Euro beträgt.")
    assert found(text, MOERS) == [(30000.0, "exact", "yearly", "bund")]


@pytest.mark.parametrize(("text", "place", "expected"), [
    # (round 51's second reading) the Kreis by a name that is one word, holds "-Kreis" or is an
    # adjective; a Kreis the registry does not hold is a funder nobody can name
    ("Der Bund fördert das Mehrgenerationenhaus in Meschede mit 40.000 Euro im Jahr. Den "
     "Eigenanteil trägt der Hochsauerlandkreis, der jährlich 10.000 Euro dazugibt.", "05958032",
     [(40000.0, "exact", "yearly", "bund"), (10000.0, "exact", "yearly", None)]),
    ("Der Bund fördert das Familienzentrum in Lüdenscheid mit 30.000 Euro. Die Kofinanzierung "
     "übernimmt der Märkische Kreis, der dafür 6.000 Euro bereitstellt.", "05962032",
     [(30000.0, "exact", "total", "bund"), (6000.0, "exact", "total", None)]),
    ("Der Bund fördert das Familienzentrum in Sankt Augustin mit 30.000 Euro. Ergänzt wird das "
     "durch den Rhein-Sieg-Kreis, der sich mit 5.000 Euro beteiligt.", "05382056",
     [(30000.0, "exact", "total", "bund"), (5000.0, "exact", "total", None)]),
])  # fmt: skip
def test_a_kreis_by_its_one_word_or_adjective_name_pays_in_its_relative_clause(
        text, place, expected):
    assert found(text, RULES.gazetteer.get(place)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (round 51's funding probes) money a Kreis adds on top ("legt ... drauf"); the town's own
    # money added so stays none
    ("Für das Familienbüro in Moers gibt der LVR 9.000 Euro. Der Kreis Wesel legt noch einmal "
     "2.000 Euro drauf.", [(9000.0, "exact", "total", "lvr"), (2000.0, "exact", "total", None)]),
    ("Für das Familienbüro in Moers gibt der LVR 9.000 Euro. Die Stadt legt aus dem eigenen "
     "Haushalt 4.000 Euro drauf.", [(9000.0, "exact", "total", "lvr")]),
    # a donation in another part of the sentence is that part's amount's; money collected at a
    # sponsored run is a donation
    ("Die Stadt Moers verteilt Babypakete. Der Kreis Wesel gibt der Stadt dafür 2.000 Euro, die "
     "Volksbank spendet weitere 1.000 Euro.", [(2000.0, "exact", "total", None)]),
    ("Das Familienzentrum in Moers ist fertig. Der Förderverein sammelte bei einem Sponsorenlauf "
     "zusätzlich 2.300 Euro, und die Sparkasse spendete 3.000 Euro.", []),
    # money received before, "bereits" first
    ("Moers erhält vom LVR 16.000 Euro für den Babybesuchsdienst. Bereits 2018 hatte Moers vom "
     "LVR 20.000 Euro für ein Jugendzentrum bekommen.", [(16000.0, "exact", "total", "lvr")]),
    # each of two years named
    ("Das Familienzentrum in Moers erhält für 2024 und für 2025 jeweils 8.000 Euro vom LVR.",
     [(8000.0, "each", "yearly", "lvr")]),
    # the model's town, "there"
    ("Auch Moers will ein Netzwerk gründen. Vorbild ist Krefeld: Dort fördert der LVR das "
     "Netzwerk seit 2016 mit 40.000 Euro jährlich.", []),
])  # fmt: skip
def test_the_round_51_funding_probes(text, expected):
    assert found(text, MOERS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (round 51's harder funding probes) a programme's money in a sentence counting the towns
    # that take part is the programme's, not the town's
    ("Der LVR fördert das Netzwerk in Moers mit 90.000 Euro. Im ganzen Rheinland beteiligen "
     "sich 30 Kommunen an dem Programm, für das der LVR 2,4 Millionen Euro bereitstellt.",
     [(90000.0, "exact", "total", "lvr")]),
    ("Der LVR fördert das Netzwerk in Moers mit 90.000 Euro. Insgesamt machen 30 Kommunen mit, "
     "der LVR hat dafür 2,4 Millionen Euro eingeplant.", [(90000.0, "exact", "total", "lvr")]),
    # where such a measure is already, "there"
    ("Der LVR übernimmt die Personalkosten der neuen Stelle in Moers von jährlich 50.000 Euro. "
     "In Kamp-Lintfort gibt es eine solche Stelle schon, dort zahlt der LVR 45.000 Euro im "
     "Jahr.", [(50000.0, "exact", "yearly", "lvr")]),
    # the town budgeting its own money
    ("Der LVR übernimmt die Personalkosten der neuen Stelle in Moers von jährlich 50.000 Euro. "
     "Für Büro und Fahrten plant die Stadt 6.000 Euro im Jahr ein.",
     [(50000.0, "exact", "yearly", "lvr")]),
    # the ministry by a possessive after a colon takes up the minister named before
    ("Die Bundesfamilienministerin hat das Mehrgenerationenhaus in Moers besucht. Sie brachte "
     "einen Bescheid mit: Ihr Ministerium fördert das Haus mit 40.000 Euro im Jahr.",
     [(40000.0, "exact", "yearly", "bmfsfj")]),
])  # fmt: skip
def test_the_round_51_harder_funding_probes(text, expected):
    assert found(text, MOERS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (round 52) a Kreis paying its own money on to the town, "an die Stadt"; the town's own
    # money stays its own
    ("Das Projekt in Moers trägt der Kreis Wesel: Er überweist jährlich 12.000 Euro aus seinem "
     "Haushalt an die Stadt.", [(12000.0, "exact", "yearly", None)]),
    ("Das Projekt in Moers trägt die Stadt: Sie zahlt jährlich 12.000 Euro aus ihrem Haushalt.",
     []),
    # a programme's size told as its weight
    ("Der LVR fördert das Netzwerk in Moers mit bis zu 25.000 Euro im Jahr. Das Programm des "
     "LVR ist insgesamt 2 Millionen Euro schwer.", [(25000.0, "up to", "yearly", "lvr")]),
    # the price the other families pay
    ("Familien mit Bürgergeld bekommen den Familienpass in Moers kostenlos, alle anderen zahlen "
     "einmalig 8 Euro.", []),
    # money "bereitgestellt" by a Kreis no list holds
    ("Der Kreis Wesel hat für die Ausstattung der Großtagespflege in Moers bis zu 9 000 Euro "
     "bereitgestellt.", [(9000.0, "up to", "total", None)]),
    # the Kreis's own offer paid from its purse, not a grant to the town; but its support of
    # the town's offer is one
    ("Der Kreis Wesel bietet in Moers Elternkurse an. Finanziert wird das Angebot aus der "
     "Kreiskasse; der Kreis stellt dafür jährlich 20.000 Euro bereit.", []),
    ("Die Stadt Moers bietet Elternkurse an. Der Kreis Wesel unterstützt das Angebot mit "
     "jährlich 20.000 Euro aus dem Kreishaushalt.", [(20000.0, "exact", "yearly", None)]),
])  # fmt: skip
def test_the_round_52_dev_part(text, expected):
    assert found(text, MOERS) == expected


def test_the_round_52_land_wide_grants():
    # (round 52) each unit's grant named in a relative clause before the amount
    text = ("Damit steigt der Zuschuss, den jede Familienberatungsstelle vom Land bekommt, auf "
            "30.000 Euro im Jahr.")
    assert found(text) == [(30000.0, "each", "yearly", "land-nrw")]
    # the Land sharing out the Bund's programme: the Bund's money
    text = ("Die Landesregierung hat die Bescheide des Bundesprogramms Kita-Ausbau verschickt, "
            "das sie für den Bund verteilt. Der Kreis Kleve erhält 800.000 Euro.")
    assert found(text) == [(800000.0, "exact", "total", "bund")]


@pytest.mark.parametrize(("text", "expected"), [
    # (round 52's funding probes) a programme's money for the whole region or Land, or a Land
    # programme by its size, in a text about one town
    ("Der LVR fördert das Netzwerk in Moers mit 40.000 Euro. Im gesamten Rheinland stellt der "
     "LVR dafür in diesem Jahr 3 Millionen Euro bereit.", [(40000.0, "exact", "total", "lvr")]),
    ("Die Elternlotsen in Moers erhalten 60.000 Euro aus dem ESF. Für NRW stehen in der "
     "Förderperiode insgesamt 500 Millionen Euro bereit.", [(60000.0, "exact", "total", "eu-esf")]),
    ("Moers und Kamp-Lintfort bauen Kitas aus. Das Landesprogramm ist in diesem Jahr mit "
     "20 Millionen Euro ausgestattet.", []),
    # another town's prize
    ("Moers erhält den Familienpreis des LVR und 3.000 Euro. Den zweiten Preis und 1.000 Euro "
     "bekommt die Gemeinde Alpen.", [(3000.0, "exact", "total", "lvr")]),
    # a speaker's own money
    ("Der LWL gibt 50.000 Euro für die Familienhebammen in Moers. „Unsere 20.000 Euro sind "
     "gut angelegt, denn jede Familie, die früh Hilfe bekommt, braucht später weniger“, sagte "
     "der Landrat.", [(50000.0, "exact", "total", "lwl")]),
    # what another town named as "die Stadt X" had received
    ("Der LVR gibt Moers 30.000 Euro für Kitahelfer. Die Stadt Kamp-Lintfort hatte sich "
     "ebenfalls beteiligt und für ihre Kitas 60.000 Euro erhalten.",
     [(30000.0, "exact", "total", "lvr")]),
    # money applied for and granted in the next sentence
    ("Die Stadt Moers hatte beim LVR einen Zuschuss von 12.000 Euro beantragt. Jetzt ist der "
     "Antrag bewilligt worden.", [(12000.0, "exact", "total", "lvr")]),
    # the town spending its own money, "aus" at the clause's end
    ("Die Stadt Moers bekommt vom Land 40.000 Euro für Kitahelfer. Sie gibt nach eigenen "
     "Angaben schon jetzt 2 Millionen Euro im Jahr für die Kitas aus.",
     [(40000.0, "exact", "total", "land-nrw")]),
])  # fmt: skip
def test_the_round_52_funding_probes(text, expected):
    assert found(text, MOERS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (round 52's harder funding probes) the grants just told, summed up, or the next years'
    # tranches
    ("Der LVR gibt dem Netzwerk in Moers 40.000 Euro, die Stiftung Wohlfahrtspflege 30.000 "
     "Euro. Zusammen sind das 70.000 Euro.", [(40000.0, "exact", "total", "lvr"),
     (30000.0, "exact", "total", "stiftung-wohlfahrtspflege"), (70000.0, "exact", "total", None)]),
    ("Der LVR fördert das Programm in Moers mit insgesamt 70.000 Euro. Im ersten Jahr fließen "
     "20.000 Euro. In den beiden Folgejahren sind es 25.000 Euro pro Jahr.",
     [(70000.0, "exact", "total", "lvr"), (20000.0, "exact", "yearly", "lvr"),
      (25000.0, "exact", "yearly", "lvr")]),
    # a year right before its amount in a list of tranches
    ("Das Land hat für das Netzwerk in Moers zugesagt: 2025 30.000 Euro, 2026 35.000 Euro.",
     [(30000.0, "exact", "yearly", "land-nrw"), (35000.0, "exact", "yearly", "land-nrw")]),
    # the grant itself "umfasst" its sum
    ("Der LVR fördert das Familienbüro in Moers. Die Zusage gilt für vier Jahre und umfasst "
     "insgesamt 80.000 Euro.", [(80000.0, "exact", "total", "lvr")]),
    # the town paying "selbst", its sum after "das sind"
    ("Der LVR gibt Moers 30.000 Euro für das Netzwerk. Die Koordinatorin bezahlt die Stadt "
     "selbst, das sind rund 50.000 Euro im Jahr.", [(30000.0, "exact", "total", "lvr")]),
    # another town's place in a ranking
    ("Moers erhält vom Land den ersten Preis und 5.000 Euro. Den zweiten Platz belegte "
     "Kamp-Lintfort, das 2.000 Euro erhält.", [(5000.0, "exact", "total", "land-nrw")]),
    # a grant refused
    ("Die Bürgerstiftung fördert das Familienbüro in Moers mit 10.000 Euro. Der LVR hatte "
     "einen Zuschuss von 20.000 Euro im Frühjahr abgelehnt.", [(10000.0, "exact", "total", None)]),
    # the grant before broken down per unit: its funder's, not the channel's
    ("Für 20 neue Plätze fließen 300.000 Euro Bundesmittel nach Moers. Das Geld kommt über das "
     "Landesjugendamt Rheinland. Pro Platz sind das 15.000 Euro.",
     [(300000.0, "exact", "total", "bund"), (15000.0, "each", "total", "bund")]),
    # a foundation with its owner in the genitive is no foundation named before
    ("Die Bundesstiftung Frühe Hilfen fördert die Lotsinnen in Moers mit 20.000 Euro. Die "
     "Stiftung der Stadtwerke fördert den Spielplatz des Familienzentrums mit 8.000 Euro.",
     [(20000.0, "exact", "total", "bund"), (8000.0, "exact", "total", None)]),
])  # fmt: skip
def test_the_round_52_harder_funding_probes(text, expected):
    assert found(text, MOERS) == expected


def test_a_kreis_gives_its_own_money_to_its_towns():
    # (round 52's harder funding probes) the Kreis's own purse, the Kreis the subject
    text = ("Aus der eigenen Kasse gibt der Kreis Wesel seinen Städten und Gemeinden für ihre "
            "Familienbüros jeweils 4.000 Euro.")
    assert found(text, RULES.gazetteer.get("05170")) == [(4000.0, "each", "total", None)]


def test_the_round_52_second_reading_kreis_relative_clauses():
    # (round 52's second reading) the Kreis's relative clause after the Land named with it, and
    # one opened by "dessen"
    text = ("Die Kosten für das Familienbüro in Moers teilen sich das Land und der Kreis Wesel, "
            "der 7.000 Euro übernimmt.")
    assert found(text, MOERS) == [(7000.0, "exact", "total", None)]
    text = ("Die Stadt Moers erhält 20.000 Euro vom Land. Einen Teil des Eigenanteils übernimmt "
            "der Kreis Wesel, dessen Zuschuss sich auf 3.000 Euro beläuft.")
    assert found(text, MOERS) == [(20000.0, "exact", "total", "land-nrw"),
                                  (3000.0, "exact", "total", None)]
    # (not another funder's clause opened by an article)
    text = "Die Stelle in Moers bezahlt der Kreis, das Land gibt jährlich 40 000 Euro dazu."
    assert found(text, MOERS) == [(40000.0, "exact", "yearly", "land-nrw")]


@pytest.mark.parametrize(("text", "expected"), [
    # (round 52's second reading of its own rules) an application granted in the next sentence
    # in more words; not when that is still open, nor money still applied for or refused
    ("Die Stadt Moers hatte beim LVR 20.000 Euro beantragt. Inzwischen liegt der "
     "Bewilligungsbescheid vor.", [(20000.0, "exact", "total", "lvr")]),
    ("Die Stadt Moers hatte beim LVR 20.000 Euro beantragt. Der Landschaftsverband hat die "
     "Summe jetzt bewilligt.", [(20000.0, "exact", "total", "lvr")]),
    ("Die Stadt Moers hatte beim LVR einen Zuschuss von 12.000 Euro beantragt. Ob und wann das "
     "Geld bewilligt wird, ist offen.", []),
    ("Ob die beim Land beantragten 45.000 Euro für die Kita in Moers fließen, ist noch offen.",
     []),
    ("Für den Spielplatz in Moers gibt es kein Geld vom LVR. Der Landschaftsverband lehnte den "
     "beantragten Zuschuss von 18.000 Euro ab.", []),
    # the grant broken down after a sentence on who pays it out or sends the notices
    ("Aus dem Bundesprogramm erhält Moers 600.000 Euro. Ausgezahlt werden die Mittel vom "
     "Landesjugendamt des LVR. Auf jede der 24 Kitas entfallen damit 25.000 Euro.",
     [(600000.0, "exact", "total", "bund"), (25000.0, "each", "total", "bund")]),
    ("Für 20 Plätze in Moers stellt der Bund 300.000 Euro bereit. Die Bescheide verschickt das "
     "Landesjugendamt Rheinland. Je Platz sind das 15.000 Euro.",
     [(300000.0, "exact", "total", "bund"), (15000.0, "each", "total", "bund")]),
    # two givers' grants summed up: theirs jointly
    ("Für das Familienzentrum in Moers gibt das Land 50.000 Euro und der Bund 70.000 Euro. "
     "Insgesamt stehen damit 120.000 Euro zur Verfügung.", [(50000.0, "exact", "total",
     "land-nrw"), (70000.0, "exact", "total", "bund"), (120000.0, "exact", "total", None)]),
    # the Land's own money, the Land the subject after the verb
    ("Zusätzlich zu den 300.000 Euro des Bundes für die Kita in Moers legt das Land noch "
     "100.000 Euro aus eigenen Mitteln drauf.", [(300000.0, "exact", "total", "bund"),
     (100000.0, "exact", "total", "land-nrw")]),
    # the Kreis's own money the town receives
    ("Aus eigenen Mitteln des Kreises Wesel bekommt die Stadt Moers 30.000 Euro für ihr "
     "Präventionsprojekt.", [(30000.0, "exact", "total", None)]),
    # "Unsere" of a funder's speaker is the funder's grant; of the Landrat, the Kreis's own
    ("Der LVR fördert das Netzwerk in Moers. „Unsere 30.000 Euro sollen der Stadt den Einstieg "
     "erleichtern“, sagte die LVR-Jugenddezernentin.", [(30000.0, "exact", "total", "lvr")]),
    ("Der LWL gibt 50.000 Euro für die Familienhebammen in Moers. „Unsere 20.000 Euro sind gut "
     "angelegt“, sagte Landrat Ingo Brohl.", [(50000.0, "exact", "total", "lwl")]),
    # another town's money provided before, another town that won
    ("Moers plant ein Familienbüro und schaut nach Krefeld. Die Stadt Krefeld hatte für ihr Büro "
     "2021 rund 200.000 Euro bereitgestellt.", []),
    ("Moers erhält vom Land den dritten Preis und 2.500 Euro. Sieger wurde Kamp-Lintfort, das "
     "10.000 Euro bekommt.", [(2500.0, "exact", "total", "land-nrw")]),
    # the programme's total in a relative clause with more words
    ("Auch Moers profitiert vom Landesprogramm für Familienzentren, für das das Land in diesem "
     "Jahr insgesamt 180 Millionen Euro ausgibt.", []),
])  # fmt: skip
def test_the_round_52_second_reading_of_its_funding_rules(text, expected):
    assert found(text, MOERS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (round 52's harder funding probes) a later part whose verb is left out has its own giver
    ("Für die Familienhebammen in Moers gibt der LVR jährlich 40.000 Euro, eine Moerser "
     "Stiftung weitere 15.000 Euro pro Jahr.", [(40000.0, "exact", "yearly", "lvr"),
                                                (15000.0, "exact", "yearly", None)]),
    ("Das Familienbüro in Moers bekommt zwei Zusagen: Der Bund gibt 22.000 Euro, der "
     "Landschaftsverband weitere 11.000 Euro.", [(22000.0, "exact", "total", "bund"),
                                                 (11000.0, "exact", "total", "lvr")]),
])  # fmt: skip
def test_a_later_part_without_its_verb_has_its_own_giver(text, expected):
    assert found(text, MOERS) == expected


@pytest.mark.parametrize(("text", "place", "expected"), [
    # (round 53) a later part with its own subject gives its own gift, not the amount's
    ("Der Kreis Unna gibt jedes Jahr 4 000 Euro dazu, die Volksbank hat die Spielsachen "
     "gespendet.", KAMEN, [(4000.0, "exact", "yearly", "kreis-unna")]),
    # the donor's total after a semicolon, the donor a pronoun
    ("Die Volksbank spendet jedem Kind einen Gutschein über 15 Euro; insgesamt stellt sie "
     "dafür 9.000 Euro bereit.", KAMEN, []),
    # the Land by its capital
    ("Die Stelle in Kamen bezahlt das Geld aus Düsseldorf, 45.000 Euro im Jahr.", KAMEN,
     [(45000.0, "exact", "yearly", "land-nrw")]),
    # the Land's percentage of a cost told before is a share
    ("Der Umbau in Moers kostet 300.000 Euro. Das Land trägt aus der Städtebauförderung 80 "
     "Prozent, das sind 240.000 Euro.", MOERS, [(240000.0, "exact", "share", "land-nrw")]),
    # what flows into the whole Kreis in a text about one of its towns
    ("Kamen erhält vom Land 8.000 Euro. Insgesamt fließen 40.000 Euro aus dem Programm in den "
     "Kreis Unna.", KAMEN, [(8000.0, "exact", "total", "land-nrw")]),
])  # fmt: skip
def test_the_round_53_fundings(text, place, expected):
    assert found(text, place) == expected


@pytest.mark.parametrize(("text", "place", "expected"), [
    # (round 53's funding probes) a quarter of a million in words
    ("Für die Spielplätze in Kamen gibt es eine Viertelmillion Euro aus Landesmitteln.", KAMEN,
     [(250000.0, "exact", "total", "land-nrw")]),
    # what a grant is cut by is no grant
    ("Der LWL kürzt seinen Zuschuss für Kamen um 4.000 Euro. Künftig erhält die Stadt noch "
     "16.000 Euro jährlich.", KAMEN, [(16000.0, "exact", "yearly", "lwl")]),
    ("Der Zuschuss des Landes wird um 20.000 Euro gekürzt; Moers erhält noch 70.000 Euro vom "
     "Land.", MOERS, [(70000.0, "exact", "total", "land-nrw")]),
    # the whole of a prize the town won a part of
    ("Kamen erhält vom LWL ein Preisgeld von 3.000 Euro. Insgesamt ist der Preis mit 12.000 "
     "Euro dotiert.", KAMEN, [(3000.0, "exact", "total", "lwl")]),
    # a rate per child and hour
    ("Der Bund gibt Kamen 90.000 Euro. Eine Tagesmutter bekommt pro betreutem Kind und Stunde "
     "6 Euro.", KAMEN, [(90000.0, "exact", "total", "bund")]),
    # the Bund's part "davon" is a share
    ("Der Umbau in Moers kostet 200.000 Euro. Der Förderanteil des Bundes beträgt davon "
     "180.000 Euro.", MOERS, [(180000.0, "exact", "share", "bund")]),
    # the Land as where the minister brings the notice from
    ("Die Ministerin besuchte Moers. Aus Düsseldorf brachte sie einen Förderbescheid über "
     "70.000 Euro mit.", MOERS, [(70000.0, "exact", "total", "land-nrw")]),
    # a grant of years before, "bereits" first
    ("Der LVR fördert das Familienzentrum in Moers mit 12.000 Euro. Bereits 2019 hatte der LVR "
     "den Garten des Zentrums mit 4.000 Euro gefördert.", MOERS,
     [(12000.0, "exact", "total", "lvr")]),
    # the Land as the subject after its verb, from its own means
    ("Zusätzlich fördert das Land das Projekt in Moers aus eigenen Mitteln mit 15.000 Euro.",
     MOERS, [(15000.0, "exact", "total", "land-nrw")]),
    # the Kreis's money for its own branch in the town
    ("Der Kreis Unna eröffnet in Kamen eine Außenstelle seiner Beratungsstelle. Der Kreis "
     "investiert rund 60.000 Euro in die Räume.", KAMEN, []),
])  # fmt: skip
def test_the_round_53_funding_probes(text, place, expected):
    assert found(text, place) == expected


@pytest.mark.parametrize(("text", "place", "expected"), [
    # (round 53's second reading) the donor's total in a sentence of its own
    ("Die Volksbank schenkt jedem Kind in Kamen ein Buch; das spendet sie gern. Insgesamt "
     "stellt sie dafür 5.000 Euro bereit.", KAMEN, []),
    # a later part's subject with a genitive: "die Schüler der Realschule haben ... gespendet"
    ("Der Kreis Unna überweist dem Jugendtreff in Kamen 1.500 Euro, die Schüler der "
     "Gesamtschule haben Bälle gespendet.", KAMEN, [(1500.0, "exact", "total", "kreis-unna")]),
    # a grant struck out, a Kreis that cuts it back, a minus
    ("Das Land streicht dem Familienbüro in Moers 9.000 Euro. Übrig bleiben 21.000 Euro "
     "Landesförderung.", MOERS, [(21000.0, "exact", "total", "land-nrw")]),
    ("Die Landesmittel werden gekürzt. Für Moers bedeutet das ein Minus von 12.000 Euro.",
     MOERS, []),
    # a percentage "davon" with its amount in apposition
    ("Der Spielplatz in Moers kostet 80.000 Euro. 75 Prozent davon, 60.000 Euro, zahlt das "
     "Land.", MOERS, [(60000.0, "exact", "share", "land-nrw")]),
    # the whole prize "mit insgesamt", all the towns of a Kreis together
    ("Der Familienpreis ist mit insgesamt 9.000 Euro dotiert. Kamen erhält davon 3.000 Euro.",
     KAMEN, [(3000.0, "exact", "total", None)]),
    ("Kamen bekommt vom Land 4.000 Euro. An alle zehn Kommunen im Kreis Unna fließen "
     "zusammen 40.000 Euro.", KAMEN, [(4000.0, "exact", "total", "land-nrw")]),
    # the Land by its capital in more words, the Land taking part from its own means
    ("Aus Düsseldorf gibt es 35.000 Euro für das Familienbüro in Moers.", MOERS,
     [(35000.0, "exact", "total", "land-nrw")]),
    ("Darüber hinaus beteiligt sich das Land am Spielplatz in Moers mit weiteren 8.000 Euro "
     "aus eigenen Mitteln.", MOERS, [(8000.0, "exact", "total", "land-nrw")]),
    # the Kreis's own branch, the amount first
    ("Der Kreis Unna richtet in Kamen eine Nebenstelle seiner Beratung ein. 30.000 Euro stellt "
     "der Kreis dafür bereit.", KAMEN, []),
    # amounts in words, a rate per hour after the amount
    ("Dreieinhalb Millionen Euro aus Landesmitteln fließen in die Kitas in Moers.", MOERS,
     [(3500000.0, "exact", "total", "land-nrw")]),
    ("Tagesmütter in Moers erhalten künftig 6 Euro pro betreutem Kind und Stunde.", MOERS, []),
])  # fmt: skip
def test_the_round_53_second_reading_fundings(text, place, expected):
    assert found(text, place) == expected
