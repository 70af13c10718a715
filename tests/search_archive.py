"""A small archive for the search's tests: German word forms, compounds, places and years.

Texts written for these tests. Saved through the archive's API and enriched by the real
enrichment, so that the search's filters (Gemeinde, Kreis, topic, funding) read real rows.
"""

from pathlib import Path

from pipeline.archive import Archive
from pipeline.enrich import enrich_all
from pipeline.outlets import Outlet
from pipeline.rules import default_rules
from tests.test_storage import article

# id: (title, body, published, publisher)
SEARCH_ARTICLES = {
    "a000000000000001": ("Kempen: Netzwerk gegen Kinderarmut startet",
                         "Der Landschaftsverband fördert das Netzwerk mit 40.000 Euro. Schulen "
                         "und Vereine beraten Familien mit wenig Geld.", "2012-01-24", "stadt"),
    "a000000000000002": ("Dorsten: Zwölf Kitas öffnen im Sommer",
                         "Die Stadt baut Betreuungsplätze für Kinder unter drei Jahren aus.",
                         "2015-03-02", "presse"),
    "a000000000000003": ("Kreis Unna: Familienhebammen besuchen junge Eltern",
                         "Das Angebot gehört zu den Frühen Hilfen des Kreises.", "2016-05-10",
                         "stadt"),
    "a000000000000004": ("Hamm: Die Kita am Markt wird größer",
                         "Zwanzig neue Plätze entstehen bis zum Herbst.", "2019-09-30", "presse"),
    "a000000000000005": ("Viersen: Weniger Armut in Familien",
                         "Der Sozialbericht zeigt, dass weniger Familien Hilfe brauchen.",
                         "2013-11-05", "stadt"),
    "a000000000000006": ("Bochum: Familienbüros in drei Stadtteilen",
                         "Eltern finden dort Beratung und Hilfe bei Anträgen.", "2018-02-14",
                         "presse"),
    "a000000000000007": ("Krefeld: Kinderarmut bleibt hoch",
                         "Jedes fünfte Kind lebt von Sozialleistungen.", "2014-06-30", "presse"),
    "a000000000000008": ("Hamm: Familienbüro eröffnet im Rathaus",
                         "Das Familienbüro berät montags und donnerstags.", "2019-10-01",
                         "stadt"),
}
# Word forms the texts write otherwise than a reader types them: the other gender, a compound
# written apart, a synonym of a compound's half, a place's name for its adjective, a
# programme's short name, a compound's parts apart with the person in the other gender, a
# Kreis's name for its adjective, a synonym written as a phrase, a compound with a part
# left out, a compound inside a longer one, a group's member for the group, the two halves of
# a compound of three parts apart with a synonym for one, an adjective for its noun of a quality,
# a verb for its noun of a change, synonyms of compounds, an action for its repetition in Re-,
# a compound's synonym written apart, children by their age, a verb for its Latin noun of
# an action.
WORD_FORM_ARTICLES = {
    "b000000000000001": ("Herne: Babylotsen sprechen Eltern auf der Wochenstation an",
                         "Zwei Lotsen vermitteln nach der Geburt Hilfe für den Alltag.",
                         "2021-04-12", "presse"),
    "b000000000000002": ("Lünen wirbt um Erzieherinnen",
                         "Wer in einer städtischen Einrichtung anfängt, erhält eine Zulage.",
                         "2022-08-01", "stadt"),
    "b000000000000003": ("Ahlen plant eine Waldkita am Stadtrand",
                         "Die Gruppe soll den ganzen Tag draußen verbringen.", "2023-03-15",
                         "stadt"),
    "b000000000000004": ("Warteliste für Kita-Plätze in Beckum wird kürzer",
                         "Im Herbst kommen vierzig Plätze dazu.", "2020-09-07", "presse"),
    "b000000000000005": ("Beckum meldet genug Kitaplätze",
                         "Jedes Kind mit Anspruch hat ein Angebot erhalten.", "2018-06-20",
                         "stadt"),
    "b000000000000006": ("Unna: Elterncafé öffnet im Stadtteil Königsborn",
                         "Jeden Mittwoch treffen sich Mütter und Väter zum Austausch.",
                         "2019-02-04", "stadt"),
    "b000000000000007": ("Dinslaken ist kinderstark",
                         "Das Land fördert das Netzwerk der Stadt bis zum Jahr 2026.",
                         "2022-11-30", "presse"),
    "b000000000000008": ("Soest: Lotsinnen begleiten Familien nach der Geburt",
                         "Die Stadt stellt zwei Sozialarbeiterinnen ein.", "2024-01-15",
                         "stadt"),
    "b000000000000009": ("Sprachkurse in den Familienzentren des Kreises Lippe",
                         "Der Kreis bezahlt die Lehrkräfte.", "2024-05-06", "stadt"),
    "b000000000000010": ("Hagen: Zwei Betreuungsgruppen schließen früher",
                         "Grund ist der Mangel an Fachkräften.", "2024-09-02", "presse"),
    "b000000000000011": ("Firmen in Rheine bieten Notfallbetreuung an",
                         "Wenn die Tagesmutter krank ist, springt ein Springerdienst ein.",
                         "2025-02-10", "presse"),
    "b000000000000012": ("Rheine stellt Gruppenräume in Holzmodulbauweise auf",
                         "Sie sind in drei Monaten fertig.", "2025-06-30", "stadt"),
    "b000000000000013": ("Marl: Großmütter lesen in der Stadtbücherei vor",
                         "Die Lesestunde beginnt am Samstag.", "2025-10-04", "presse"),
    "b000000000000014": ("Lemgo: Zu wenige Kita-Plätze für geflüchtete Kinder",
                         "Viele Familien aus Syrien warten seit dem Frühjahr.", "2016-08-22",
                         "presse"),
    "b000000000000015": ("Der Offene Ganztag in Borken wird beitragsfrei",
                         "Der Rat verzichtet ab August auf die Elternbeiträge.", "2023-03-14",
                         "stadt"),
    "b000000000000016": ("Coesfeld plant einen zweiten Kreißsaal",
                         "Die Zahl der Geburten ist seit 2019 stark gestiegen.", "2022-05-09",
                         "stadt"),
    "b000000000000017": ("Warendorf meldet eine Betreuungsquote von 48 Prozent",
                         "Eltern im Schichtdienst bekommen längere Öffnungszeiten.",
                         "2021-01-18", "presse"),
    "b000000000000018": ("Olpe: Neue Nachsorge für Frühgeborene",
                         "Eine Kinderkrankenschwester besucht die Familien zu Hause.",
                         "2020-07-27", "stadt"),
    "b000000000000019": ("Bottrop sammelt Schulmaterial für Erstklässler",
                         "Hefte und Stifte werden im Familienzentrum verteilt.", "2019-08-05",
                         "presse"),
    "b000000000000020": ("Ahaus: Die Zertifizierung der Beratungsstelle ist erneuert",
                         "Die Prüfer kamen im Mai zum zweiten Mal.", "2024-06-03", "stadt"),
    "b000000000000021": ("Gescher: Ehrenamtliche übernehmen die Begrüßung der Neugeborenen",
                         "Sie bringen ein Geschenk der Stadt mit.", "2023-10-16", "presse"),
    "b000000000000022": ("Hamm: Lastenräder werden weiter gefördert",
                         "Die Stadt zahlt bis zu 500 Euro je Rad.", "2022-03-14", "stadt"),
    "b000000000000023": ("Iserlohn: Ein Treff für Väter, die getrennt von ihren Kindern leben",
                         "Er findet einmal im Monat im Stadtteilhaus statt.", "2021-09-20",
                         "presse"),
    "b000000000000024": ("Dülmen: Das Deutsche Rote Kreuz sucht Helfer für den Sanitätsdienst",
                         "Interessierte melden sich beim Ortsverein.", "2020-11-02", "stadt"),
    "b000000000000025": ("Wesel: Stadt lädt kinderreiche Familien zum Sommerfest ein",
                         "Eingeladen sind alle mit drei oder mehr Kindern.", "2019-06-17",
                         "presse"),
    "b000000000000026": ("Soest: Die Elternbeiträge steigen im August",
                         "Betroffen sind vor allem höhere Einkommen.", "2018-05-22", "stadt"),
    "b000000000000027": ("Wuppertal: Übungsleiter lernen die Wiederbelebung",
                         "Der Stadtsportbund lädt im Herbst zu einem Kurs ein.", "2022-09-05",
                         "presse"),
    "b000000000000028": ("Gütersloh: Ein Investor plant ein Einkaufszentrum am Bahnhof",
                         "Darüber sollen Wohnungen für Familien entstehen.", "2023-03-14",
                         "presse"),
    "b000000000000029": ("Werl: Das Jugendzentrum an der Bahnhofstraße ist marode",
                         "Eltern sammeln Unterschriften für einen Neubau.", "2021-11-02",
                         "presse"),
    "b000000000000030": ("Bocholt: Eine Waldgruppe nimmt Mädchen und Jungen ab drei Jahren auf",
                         "Sie trifft sich morgens am Parkplatz des Stadtwaldes.", "2024-04-08",
                         "presse"),
    "b000000000000031": ("Hünxe: Die Spielgruppe im Pfarrheim ist offen für Jungen ab zwei Jahren",
                         "Sie trifft sich dienstags von neun bis elf Uhr.", "2023-01-23",
                         "stadt"),
    "b000000000000032": ("Emsdetten: Ein Elternabend dreht sich um die Bildschirmzeit",
                         "Eine Medienpädagogin beantwortet Fragen.", "2025-02-11", "stadt"),
    "b000000000000033": ("Olsberg: Alle Grundschulen sind jetzt an die Glasfaser angeschlossen",
                         "Die Arbeiten dauerten ein Jahr.", "2024-10-01", "presse"),
    "b000000000000034": ("Harsewinkel: Lernpaten lesen mit Erstklässlern",
                         "Zwölf Freiwillige kommen jede Woche in die Schule.", "2023-05-09",
                         "presse"),
    "b000000000000035": ("Rheda-Wiedenbrück: Tagespflege kostet künftig nach dem Einkommen",
                         "Der Steuerbescheid genügt als Nachweis.", "2024-06-17", "stadt"),
    "b000000000000036": ("Nottuln: Ein Rufbus fährt in einer Probephase bis in die Bauerschaften",
                         "Nach einem Jahr entscheidet der Rat über eine Verstetigung.",
                         "2022-08-29", "stadt"),
    "b000000000000037": ("Dorsten: Jedes vierte Kind lebt in einem Haushalt, der SGB II bezieht",
                         "Das zeigt der neue Sozialbericht.", "2025-03-04", "presse"),
    "b000000000000038": ("Brakel: Im Freibad zahlen Familien künftig ermäßigte Preise",
                         "Das Kinderbecken wird im Mai eröffnet.", "2024-04-22", "stadt"),
    "b000000000000039": ("Meschede: Mit dem Inkrafttreten der neuen Satzung sinken die Beiträge",
                         "Der Rat hatte im März zugestimmt.", "2023-07-31", "presse"),
    "b000000000000040": ("Schmallenberg: Ältere Menschen auf den Dörfern leben oft isoliert",
                         "Ein Besuchsdienst der Kirchengemeinde soll helfen.", "2022-02-14",
                         "presse"),
    "b000000000000041": ("Kreis Olpe: Mehr Meldungen zur Kindeswohlgefährdung",
                         "Das Jugendamt stellt zwei weitere Fachkräfte ein.", "2025-01-20",
                         "presse"),
    "b000000000000042": ("Werne: Der Rechtsanspruch auf einen Ganztagsplatz kommt",
                         "Die Stadt richtet 200 weitere Plätze ein.", "2025-09-08", "stadt"),
    "b000000000000043": ("Ennigerloh: Eine Beraterin hilft bei der Vereinbarkeit",
                         "Sie berät Beschäftigte der Betriebe im Gewerbegebiet.", "2024-02-26",
                         "presse"),
    "b000000000000044": ("Lengerich: Im Jahr vor der Einschulung üben die Kinder den Schulweg",
                         "Die Polizei begleitet sie.", "2023-09-18", "presse"),
    "b000000000000045": ("Greven: Die Hebammenpraxis bietet eine Stillberatung an",
                         "Termine gibt es mittwochs.", "2022-05-09", "presse"),
    "b000000000000046": ("Ochtrup: Die Beteiligung der Jugendlichen am neuen Skatepark beginnt",
                         "Sie sammeln Ideen in zwei Workshops.", "2025-03-31", "stadt"),
    "b000000000000047": ("Telgte: Beim Spatenstich für das Familienzentrum an der Ems regnet es",
                         "Im Sommer 2026 soll es öffnen.", "2025-04-14",
                         "stadt"),
    "b000000000000048": ("Ahaus: Eltern haben 900 Unterschriften für eine Ampel gesammelt",
                         "Sie übergaben die Listen dem Bürgermeister.", "2024-11-04", "presse"),
    "b000000000000049": ("Emsdetten: Der Seniorentreff bietet dienstags einen Mittagstisch an",
                         "Eine Anmeldung ist nicht nötig.", "2023-10-23", "presse"),
    "b000000000000050": ("Vreden ist Modellkommune für digitale Elternbriefe",
                         "Andere Städte sollen später folgen.", "2025-06-02", "stadt"),
    "b000000000000051": ("Bocholt: Der Kämmerer mahnt zur Sparsamkeit",
                         "Der Haushalt für 2026 hat eine Lücke.", "2025-09-08", "presse"),
    "b000000000000052": ("Lünen: Das Bündnis lädt zu einem Informationsabend ins Rathaus",
                         "Es geht um ehrenamtliche Vorlesestunden.", "2025-09-15", "stadt"),
    "b000000000000053": ("Marl: Eine Familie reicht Klage beim Verwaltungsgericht ein",
                         "Sie fordert Schadenersatz von der Stadt.", "2025-02-10", "presse"),
    "b000000000000054": ("Witten: Der Stadtelternrat fordert längere Öffnungszeiten",
                         "Die Verwaltung prüft den Vorschlag.", "2025-05-12", "presse"),
    "b000000000000055": ("Hamm: Im Familienzentrum hält die Schuldnerberatung Sprechstunden",
                         "Termine gibt es jeden zweiten Dienstag.", "2025-01-20", "stadt"),
    "b000000000000056": ("Siegen: Hebammen kommen im Wochenbett ins Haus",
                         "Sie kommen in den ersten acht Wochen bis zu zwölf Mal.", "2025-03-03",
                         "stadt"),
    "b000000000000057": ("Kamen: Sprechstunde für zugewanderte Familien",
                         "Eine Dolmetscherin ist dabei.", "2025-04-07", "stadt"),
    "b000000000000058": ("Sassenberg: Die Bürgermeisterin gratulierte dem Posaunenchor",
                         "Er spielt seit fünfzig Jahren.", "2025-05-12", "stadt"),
}
# Compounds written with hyphens: a suspended hyphen before the joiner ("Oster-, Sommer- und
# Herbstferien") or after it ("Kitaleitungen und -träger"), a hyphenated compound; and dashes
# and hyphens that join no compound.
HYPHEN_ARTICLES = {
    "c000000000000001": ("Selm verlängert die Betreuung in den Oster-, Sommer- und Herbstferien",
                         "Anmeldungen nimmt die Stadt bis Ende Januar entgegen.", "2024-01-08",
                         "stadt"),
    "c000000000000002": ("Kamen: Im Second-Hand-Laden gibt es jetzt auch Kinderwagen",
                         "Gut erhaltene Kleidung wird dienstags angenommen.", "2023-05-22",
                         "presse"),
    "c000000000000003": ("Die Familien- und Erziehungsberatung zieht in die Innenstadt",
                         "Die Kinder- und Jugendhilfe des Kreises bleibt im Rathaus.",
                         "2022-11-14", "stadt"),
    "c000000000000004": ("Kitaleitungen und -träger sprechen über fehlendes Personal",
                         "Der Kreis lädt zu einem Runden Tisch ein.", "2024-03-04", "presse"),
    "c000000000000005": ("Bergkamen: Der Kita-Ausbau kommt voran",
                         "Zwei Gruppen ziehen im Sommer in den Neubau.", "2021-07-19", "stadt"),
    "c000000000000006": ("Das Oster- und Herbstferienprogramm der Jugendfreizeitstätte steht",
                         "Es gibt Ausflüge, Kochkurse und einen Zirkustag.", "2025-02-03",
                         "presse"),
    "c000000000000007": ("Kita – neu gedacht: Vorträge für Eltern",
                         "Die Reihe läuft von Anfang- bis Mitte März; Kita - neu heißt sie.",
                         "2025-02-17", "stadt"),
}
# Verbs a main clause splits ("stockt ... auf"), and articles with the verb's parts in other roles.
SEPARABLE_VERB_ARTICLES = {
    "d000000000000001": ("Lünen: Mehr Geld für die Familienzentren",
                         "Die Stadt stockt ihren Zuschuss für 2025 um 1,5 Millionen Euro auf.",
                         "2024-11-18", "stadt"),
    "d000000000000002": ("Ratingen schafft die Elternbeiträge für Kitas ab",
                         "Ab August zahlen Eltern keine Beiträge mehr.", "2025-03-10", "presse"),
    "d000000000000003": ("Kita-Neubau in Kamen: Der Bau geht auf",
                         "Die Stadt schafft 60 Plätze, das Geld stockt nicht.", "2023-06-05",
                         "stadt"),
}
PUBLISHERS = {"stadt": "Stadtverwaltung", "presse": "Lokalpresse"}


def build_search_archive(path: Path, articles: dict = SEARCH_ARTICLES) -> None:
    """The articles (id: title, body, published, publisher) in an enriched archive."""
    with Archive.open(path) as archive:
        archive.sync_outlets([Outlet(key, name, "municipality", (), (), ())
                              for key, name in PUBLISHERS.items()])
        for number, (id_, (title, body, published, publisher)) in enumerate(articles.items()):
            archive.save_article(article(
                id=id_, title=title, teaser=None, body=body, published=published,
                year=int(published[:4]), publisher_id=publisher,
                publisher_name=PUBLISHERS[publisher], cited_outlets=[],
                canonical_url=f"https://example.org/meldung/{number}",
                url=f"https://example.org/meldung/{number}", content_hash=f"{number:064x}",
            ), [])
        enrich_all(archive, default_rules())
        archive.refresh_facets()
        archive.merge_search()
