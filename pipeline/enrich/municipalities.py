"""Which municipalities, Kreise or the Land an article is about: strong signals first."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

from ..datafile import TEXT, DataFileError, Patterns, Table, load_toml
from .gazetteer import NRW_KEY, Gazetteer, Place
from .place_model import CONTEXT, KREIS_DIGITS, MASK, Candidate, PlaceModel
from .text import RELATIVE_CLAUSE

# Signals, strongest first ("lead": named as the lead partner, "federführend"; "url": named only
# by the article's web address); a bare body mention of an ambiguous name ("Lage", "Essen") is
# none.
SIGNALS = ("lead", "title", "dateline", "stadt", "kreis", "body", "land", "url")
LEAD_SIGNALS = {"title", "dateline"}
# Weight of one occurrence when choosing the main municipality among body mentions.
WEIGHT = {"stadt": 2, "kreis": 2, "body": 1}
# Right before another Land's name: "Das Land Niedersachsen", "der Freistaat Bayern".
OTHER_LAND_BEFORE = re.compile(r"\b(?:Land|Landes|Freistaat|Freistaats|Bundesland)\s+$")
# Another Land's adjective to the word it qualifies: "niedersächsische ".
OTHER_LAND_WORD = re.compile(r"[^\W\d_]+\s+")
# A sentence in which the Land, in the clause that says so, does not give or take part ("Eine
# Förderung hat das Land nicht angekündigt", "Das Land ist an den Kosten nicht beteiligt", "Das
# Land beteiligt sich nicht", round 51 "Eine Beteiligung des Landes ist damit nicht
# verbunden"), or is only asked to ("warb dafür, dass das Land solche Stellen
# künftig unterstützt"); not "nicht nur", nor another body's negation ("..., nachdem der Bund
# keine Mittel mehr bewilligt hatte").
_LAND = (r"(?:\b(?:das|vom|dem) Land\b|\bdes Landes\b)(?:\s+(?:NRW|Nordrhein-Westfalen)\b)?"
         r"|\bdie Landesregierung\b")
# (nor a litotes: round 51 "Das Land hat sich nicht lange bitten lassen")
_NOT = r"\b(?:nicht(?!\s+(?:nur|bloß|allein|erst|lange\s+bitten)\b)|keine\w*)\b"
# Right before a word of the Land's acting: a negation of it ("kein Landesprogramm", "nicht aus
# Landesmitteln", "nicht um ein Programm des Landes", "Nicht das Land, sondern ...", round 51's
# second reading "Ohne Landesgeld"; not "nicht nur", "nicht ohne", nor a "nicht" of other
# words: "nicht alle Landesmittel abgerufen"); or a
# contrast or likeness with it (round 44: "Anders als Förderprogramme des Landes richtet es
# sich ...", "Im Unterschied zum Landesprogramm", "Ähnlich wie die Förderprogramme des Landes",
# "Anders als beim Landesprogramm „Kein Kind zurücklassen“").
NEGATED = re.compile(r"(?:\b(?:[Kk]ein\w*|(?<![Nn]icht )[Oo]hne"
                     r"|[Nn]icht(?:\s+(?:aus|um|von|vom|durch|über|mit)"
                     r"(?:\s+(?:ein|eine[mnr]?|de[mnr]|die|das))?(?:\s+[A-ZÄÖÜ]\w*)?)?)"
                     r"|\b(?:[Aa]nders als|[Ii]m (?:Unterschied|Gegensatz) zu[mr]?|[Ää]hnlich wie)"
                     r"(?:\s+[\w„“\"-]+){0,3})\s*$")
# An event cue whose venue its sentence names after it: "beim Fachtag ... in Hamm".
EVENT_WORD = re.compile(r"[Ff]achtag|[Kk]ongress|[Kk]onferenz|[Tt]agung|Festakt|Feierstunde|Feier")
# A comparison cue that names a model ("Vorbild ist ...", "das Modell").
MODEL = re.compile(r"[Vv]orbild|[Mm]odell")
LAND_NOT_ACTING = re.compile(
    rf"(?:{_LAND})[^,.;!?]{{0,60}}{_NOT}[^,.;!?]{{0,40}}\b(?:angekündigt|zugesagt|versprochen|"
    r"beteiligt|bewilligt|gefördert|gezahlt|verbunden|vorgesehen|beteiligen|zahlen|fördern)\b"
    # (round 51's second reading) "Eine finanzielle Beteiligung des Landes gibt es nicht"
    rf"|\b(?:Beteiligung|Förderung|Unterstützung)\s+(?:{_LAND})[^,.;!?]{{0,40}}{_NOT}"
    rf"|(?:{_LAND})\s+(?:beteiligt sich|zahlt|gibt|fördert)\s+{_NOT}"
    r"|\b(?:warb|wirbt|werben|fordert\w*|appelliert\w*|hofft\w*|wünscht\w*)\b[^.;!?]{0,30}"
    rf"\bdass\b[^.;!?]{{0,20}}(?:{_LAND})"
    # (round 42) what the Land may do one day, or whether it does: "..., sobald das Land sein
    # angekündigtes Programm auflegt", "falls (sofern, wenn) das Land ...", "Ob sich das Land an
    # den Kosten beteiligt, ist noch offen"
    rf"|\b(?:sobald|falls|sofern|wenn|ob(?:\s+sich)?)\s+(?:{_LAND})", re.IGNORECASE)
# A sentence whose Land words tell of no Land acting for the text's place (its names read as
# written, capitalised): Land money said to be no part of it, "Landesmittel sind darin nicht
# enthalten" (not "...; das Land zahlt aber ...");
LAND_NOT_HERE = re.compile(
    rf"\bLandesmittel\w*\s+(?:sind|waren|werden|wurden|fließen|flossen)\s+(?:\w+\s+){{0,4}}?"
    rf"{_NOT}"
    r"(?![^.!?]*\b(?:aber|jedoch|doch)\b)"
    # the ministry as the press contact or the portal's editor, "Pressekontakt: Pressestelle des
    # Ministeriums ..., Telefon", "stellt Beispiele ... auf diesem Portal vor";
    r"|\bPressekontakt\b|\bPressestelle\b[^.;!?]*\bTelefon\b|\b(?:auf|in) diese[mr] Portal\b"
    # a neighbour's Land money of the past, for comparison, "Die Nachbarstadt Bochum hatte
    # 150.000 Euro vom Land erhalten", "Das benachbarte Delbrück hatte ...", "in Bad Salzuflen,
    # wo das Land ... unterstützt hatte" (not "Wie die Nachbarstadt Grefrath, die ... erhalten
    # hatte, bekommt nun auch Kempen ...")
    r"|\b(?:Nachbar(?:stadt|städte|gemeinden?|kommunen?|kreis)|benachbarte\w*)\s+"
    r"(?:[A-ZÄÖÜ][\w-]*\s+(?:und\s+)?){1,3}hatten?\b"
    r"|\b(?:in|im benachbarten)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[A-ZÄÖÜ][\w-]*,\s+wo\b"
    r"(?:[^.;!?]|\.(?=\d))*\bhatten?\b")
# Right before a name: a field's or street's name, never the town's ("Am Hagen", "am Hagen";
# a town is "in Hagen").
FIELD_NAME_BEFORE = re.compile(r"\b[Aa]m\s+[„\"»]?$")
# "nach " right before a name (searched up to the name)
TOWARD = re.compile(r"\bnach\s+$")
# Where a clause ends: a sentence mark, a quote, or a comma before a lower-case word (", die").
CLAUSE_BREAK = re.compile(r"[.;:!?„“\"]|,\s+(?=[a-zäöü])")
# A sentence that ranks places by a figure: "höher als", "am größten".
COMPARED = re.compile(r"\b(?:höher|niedriger|größer|kleiner|stärker|schwächer|mehr|weniger)\s+als\b"
                      r"|\bam\s+(?:höchsten|niedrigsten|größten|kleinsten|stärksten|meisten)\b")
# A name continuing a list whose first member had a cue: "Städte Kempen, Nettetal und Willich",
# or a range ("von Brüggen bis Willich").
# Members of one list: "Hünxe, Alpen und Rees", "die Gemeinde Grefrath und die Stadt Hamm",
# (round 51) "in Kranenburg oder in Rees".
LIST_JOIN = re.compile(r"^(?:\s*,\s*|\s+(?:und|oder|sowie|bis(?: nach)?)\s+(?:in\s+)?)"
                       r"(?:(?:die|der|den|dem)\s+)?(?:(?:Stadt|Gemeinde)\s+)?$")
# Between two bare names of a list of neighbours: "Bocholt, Rhede und Isselburg".
NEIGHBOUR_JOIN = re.compile(r"\s*,\s*|\s+(?:und|sowie)\s+")
# Right before a list of towns: where some of those taking part come from ("Viele der
# Familien kommen aus ", "die meisten aus ", "auch Kinder aus ").
SOME_FROM = re.compile(r"\b(?:[Aa]uch|[Vv]iele|meisten|[Tt]eil|davon|kommen|kamen|stammen|stammt)"
                       r"\b(?![^.,;:!?]{0,30}\b(?:Kitas?|Einrichtungen|Familienzentren|Schulen|"
                       r"Träger|Kommunen|Städte|Gemeinden|Vereine)\b)[^.,;:!?]{0,30}\baus\s+$")
# A Kreis office "in" a town: where it sits, or where it works.
KREIS_OFFICE_IN = re.compile(r"Kreis(?:jugendamt|verwaltung)\w*\s+in")
# Right after "Kreisjugendamt in": its towns as a group ("in den vier Gemeinden", "in allen
# kreisangehörigen Städten").
IN_ITS_TOWNS = re.compile(r"\s+(?:den|allen)\s+(?:[\w-]+\s+){0,2}(?:Gemeinden|Städten|Kommunen)\b")
# What an office does, right before it: "Die Besuche des Kreisjugendamts in ".
OFFICE_WORK = re.compile(r"\b(?:Besuche|Hausbesuche|Begrüßungsbesuche|Sprechstunden?|Beratung\w*|"
                         r"Angebote?|Kurse?|Einsätze)\s+(?:des|der)\s+$")
# From a cue in a relative clause to its end, then its subject receiving an amount: ", erhalten
# 38.500 Euro" (not a share they do not get, nor a year: "erhalten keinen Anteil an den 54.000
# Euro", "bekommt 2027 eine Chance"), or (round 47) getting something: ", gehen nicht leer aus".
RECEIVE_AFTER_CLAUSE = re.compile(
    r"[^,.;:!?]*,\s*(?:(?:gehen|geht)(?:\s\w+){0,2}?\snicht leer aus\b"
    r"|(?:erhalten|bekommen|erhält|bekommt)\b"
    r"(?:(?!\s(?:kein\w*|nicht\w*)\b)[^,;!?.]|\.(?=\d))*?\d[\d.]*(?:,\d+)?\s*(?:Euro|€|Mio|Millionen))")
# The exclusion cue such a relative clause may hold: towns with a youth office of their own.
OWN_YOUTH_OFFICES = re.compile(r"eigene(?:n)? Jugendämter|eigenes Jugendamt", re.IGNORECASE)
# Right after a list's last name: another "und" (the list was of something else).
AND_NEXT = re.compile(r"\s+(?:und|sowie)\s")
# A list member and the Kreis it lies in ("Neunkirchen im Kreis Siegen-Wittgenstein"), and the
# next member after that Kreis ("... Siegen-Wittgenstein und Neunkirchen-Seelscheid").
IN_KREIS = re.compile(r"^\s+(?:im|in der)\s+$")
LOCATED_JOIN = re.compile(
    r"^\s+(?:im|in der)\s+(?:[A-ZÄÖÜ][\w-]*\s?){1,3}(?:\s*,\s*|\s+und\s+|\s+sowie\s+)$"
)
# The names after a plural "Kreise": "die Kreise Borken, Coesfeld und Siegen-Wittgenstein".
KREIS_LIST = re.compile(
    r"\b(?:Land)?[Kk]reise[n]?\s+(?P<members>(?:[A-ZÄÖÜ][\w-]*(?:\s*,\s*|\s+(?:und|sowie)\s+))"
    r"{1,6}[A-ZÄÖÜ][\w-]*)")
# "im Kreis Herford", "in der Städteregion": where something lies, not the Kreis acting; also a
# town as the Kreis's seat and a journey through it ("der Kreisstadt des Hochsauerlandkreises",
# "Auf ihrer Sommerreise durch den Kreis Düren", round 51 "in die größte Stadt des Kreises
# Steinfurt"; not the Kreis as the agent: "Möglich wird das
# durch den Kreis Unna", "finanziert durch den Kreis").
# (an adjective or two may come between: "im nordrhein-westfälischen Kreis Steinfurt", "im
# ländlich geprägten, sauerländischen Kreis Olpe")
_ADJECTIVES = r"(?:(?:[a-zäöü][\w-]*,?\s+){0,2}[a-zäöüA-ZÄÖÜ][\w-]*e[nm]\s+)?"
# (or a quarter of it: "Olfen im Süden des Kreises Coesfeld")
_QUARTER = r"(?:äußersten\s+)?(?:Nord|Süd|Ost|West)\w*\s+des\s+"
_JOURNEY = r"(?i:\w*(?:reise|tour|fahrt|route|wanderung)\w*|(?:führ|fähr|fahr|reis|zieh|zog)\w*)"
LOCATED = re.compile(r"\b(?:[Ii]m|[Ii]n der|[Ii]n dem|[Aa]us dem|Kreisstadt des"
                     r"|\w+(?:st|ßt)e[n]?\s+(?:Stadt|Gemeinde|Kommune)\s+des)\s+"
                     rf"{_ADJECTIVES}$|\b(?:{_JOURNEY})\s+(?:[\w-]+\s+){{0,6}}?durch (?:den|die)\s+"
                     rf"{_ADJECTIVES}$|\b[Ii]m\s+{_QUARTER}$")
LOCATOR = re.compile(r"(?P<name>(?:Bad )?[A-ZÄÖÜ][\w-]*),?\s+"
                     rf"(?:(?:im|in|aus dem)\s+{_ADJECTIVES}|im\s+{_QUARTER}|\()$")
# A name at the start of its sentence, or after "Die Stadt": the sentence's subject.
# (also the town's own office as the subject: "Das Familienbüro der Stadt Bünde hat im
# vergangenen Jahr ...")
SUBJECT_START = re.compile(r"\s*(?:(?:Die|Der)\s+(?:Stadt|Gemeinde|Kreisstadt)\s+"
                           r"|(?:Das|Der|Die)\s+(?:[A-ZÄÖÜ][\w-]*(?:büro|amt|zentrum)"
                           r"|Verwaltung|Fachbereich|Fachdienst)\s+der\s+(?:Stadt|Gemeinde)\s+)?")
TITLE_PREFIX = re.compile(r"^\s*([^:]{2,80}?):\s")
# "Kempen." or "Düsseldorf/Essen, 30. September 2013." at the start of a text.
DATELINE = re.compile(
    r"^\s*(?P<places>[A-ZÄÖÜ][\w.-]*(?:[ -][A-ZÄÖÜ][\w.-]*)*"
    r"(?:\s*/\s*[A-ZÄÖÜ][\w.-]*(?:[ -][A-ZÄÖÜ][\w.-]*)*)*)"
    r"(?:\s*(?P<issuer>\([^)]{1,20}\)))?(?P<date>,\s*(?:den\s+)?\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+)\s*\d{4})?"
    r"\s*[.:–—]\s"
)
# Two towns that mark an area's ends ("Familien zwischen Attendorn und Wenden"), and a tie
# between two places named before them ("die Zusammenarbeit zwischen Kempen und Grefrath").
# (also with each end's quarter: "zwischen Selm im Norden und Schwerte im Süden")
REGION_SPAN = re.compile(r"\b[Zz]wischen\s+(?P<first>(?:Bad\s+)?[A-ZÄÖÜ][\w-]*)"
                         r"(?:\s+im\s+(?:Norden|Süden|Osten|Westen))?\s+und\s+"
                         r"(?P<second>(?:Bad\s+)?[A-ZÄÖÜ][\w-]*)")
_TIES = (r"(?:Kooperation|Zusammenarbeit|Partnerschaft|Vereinbarung|Vertrag|Abkommen|Austausch|"
         r"Verbund|Bündnis|Streit|Grenze|Verbindung|[Ll]inie|[Bb]us|[Bb]ahn|[Ss]trecke|[Ww]eg|"
         r"[Rr]oute|pendel|verkehr|fähr|gemeinsam|[Ww]ettbewerb)\w*")
TIE_BEFORE = re.compile(rf"{_TIES}\s+(?:\S+\s+){{0,3}}$")
# ... or the one the clause goes on with: "Zwischen Kempen und Grefrath pendelt ein Bus".
TIE_AFTER = re.compile(rf"\s+{_TIES}")
# After a town's name and a hyphen: a model, project or programme named after it, no district.
MODEL_PART = re.compile(r"(?:Modell|Projekt|Konzept|Programm|Vorbild|Plan|Initiative|Netzwerk|"
                        r"Bündnis|Prinzip|Weg)\w*$")
# "Köln. 30. September 2015.": a date right after a dateline.
DATE_AFTER = re.compile(r"\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+)\s*\d{4}")
CUES = ("place_cues", "street_words", "model_words", "land_wide", "land_statistics",
        "land_names", "town_verbs", "everyday_names", "everyday_verbs")
# Words that say a named place is not what the text is about (issue 12); see the data file.
NOT_SUBJECT = ("first_names", "person_titles", "organisations", "origin", "travel", "district",
               "district_names", "exclusion", "comparison", "partners", "context",
               "kreis_bodies", "town_bodies", "kreis_venues", "other_laender", "land_acting",
               "lead",
               "authorities", "authority_seats", "kreis_acting", "kreis_officials",
               "kreis_deeds", "kreis_no_deeds", "venue", "ceremony", "visitors",
               "money")  # fmt: skip
SCHEMA = Table(
    required={**dict.fromkeys(CUES + NOT_SUBJECT, Patterns()), "laender": Table(others=Patterns()),
              "authority_seats_by_name": Table(others=Patterns()),
              "kreis_seats": Table(others=TEXT)}
)
# Inhabitants from which a name outside NRW without its Land named is taken for that town; a
# smaller town's only with a town's cue ("Stadt", "Die Städte Höxter und ") or as a spa ("in Bad
# Iburg"), not after a bare "in" ("in Lehre und Forschung" is no town in Lower Saxony).
OUTSIDE_TOWN = 20_000
OUTSIDE_SMALL_TOWN = 10_000
# Right before an organisation's word: the town's own ("die städtische Erziehungsberatungsstelle
# Ahlen" is Ahlen's, not an organisation seated there).
OWN_INSTITUTION = re.compile(r"\b(?:[Ss]tädtische|[Gg]emeindliche)[nrms]?\s+$")
# An organisation's word that opens its sentence, "der Stadt" or "der Gemeinde" before the
# town's name: the town's own office as the subject ("Die Erziehungsberatungsstelle der Stadt
# Kamp-Lintfort bietet ..."; not "ein Mitarbeiter der Beratungsstelle der Stadt Düsseldorf").
# (also with words joined to it: "Die Erziehungs- und Familienberatungsstelle der Stadt ...",
# "Die Ehe-, Familien- und Lebensberatungsstelle der Stadt ...")
OWN_OFFICE_OPENS = re.compile(
    r"(?:^|[.!?:]\s+|\n\s*)(?:Die|Der|Das)\s+(?:\w+-(?:,|\s+(?:und|oder))\s+)*$")
OF_THE_TOWN = re.compile(r"\bde[rs] (?:Stadt|Gemeinde)\s+$")
# A text that speaks of the two towns of its dateline together ("Kempen/Willich. Beide Städte").
BOTH_TOWNS = re.compile(r"\b(?:[Bb]eide[n]?|zwei)\s+(?:Städte|Gemeinden|Kommunen|Orte|Nachbar)\w*")
# Right before a word: nothing, or the end of a sentence or a heading ("KREIS LIPPE: ").
# Between a lead cue and the town it names, a clause's end: the cue names no town there.
CLAUSE_BREAK = re.compile(r"[,;]|\s[–-]\s")
SENTENCE_OPENING = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")
# A place cue that many common nouns follow: "in Schutz nehmen", "aus Sinn".
LOOSE_CUE = re.compile(r"(?:in|aus)\s")
# The last of towns named together: "Die Städte Minden und " (Bückeburg), "zwischen den Städten
# Minden, Porta Westfalica und ".
PAIR_OF_TOWNS = re.compile(
    r"\b(?:Städten?|Gemeinden|Kommunen)\s+[A-ZÄÖÜ][\w-]+(?:,?\s+[A-ZÄÖÜ][\w-]+){0,3}\s+und\s+$")
# The Länder that are one city each: Hamburg, Bremen, Berlin (their municipalities' AGS).
CITY_STATES = ("02", "04", "11")
# A bare town named right before with "und": "Ibbenbüren und " (Osnabrück).
BARE_PAIR_BEFORE = re.compile(r"(?<![\w-])(?P<first>[A-ZÄÖÜ][\w-]+)\s+und\s+$")
# How a text names an authority's seat for the authority: "in Köln", "aus Köln", "nach Köln".
SEAT_MENTION = re.compile(r"(?:in|aus|nach)\s")
# A capitalised word, perhaps after "Bad": a candidate name of a municipality outside NRW.
WORD = re.compile(r"(?<![\w-])(?:Bad\s+)?[A-ZÄÖÜ][\w-]+")
# Right before such a word, an article that makes it a common noun: "eine Stelle", "einen Rain".
INDEFINITE_ARTICLE_BEFORE = re.compile(
    r"\b(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen)\s+$")
# Right before such a word, a Landkreis: "im Landkreis Cham" names the Kreis, not its town.
LANDKREIS_BEFORE = re.compile(r"\bLandkreis(?:es)?\s+$")
# Right after one, its Landkreis, which picks one of several towns of the name: "Wehr im
# Landkreis Waldshut".
LANDKREIS_AFTER = re.compile(r"\s+im\s+Landkreis\s+")
# Sentence ends for the sentence-level cues: ".", "!", "?" or ";" before a capital, a line break.
# A sentence ends before a capital, or before a number after a word ("Bilanz gezogen. 95
# Familien"; not "am 5. 12 Kinder", "ca. 20").
SENTENCE = re.compile(
    r"(?<=[.!?;])(?<!\d\.)\s+(?=[A-ZÄÖÜ„\"])|(?<=[a-zäöüß]{3}[.!?])\s+(?=\d)|\n+")


@dataclass(frozen=True)
class PlaceCues:
    """The words around a place name that say what it means (data/municipalities.toml)."""

    place: re.Pattern  # "Stadt ", "in " right before a name
    town_verb: re.Pattern  # " eröffnet" after an ambiguous name opening a sentence: the town
    everyday_names: re.Pattern  # "Essen": with an everyday verb, not the town by `town_verb`
    everyday_verb: re.Pattern  # " will" after an everyday name: a meal, the weather, a girl
    street: re.Pattern  # " Straße", " Börde" right after an inhabitant adjective: elsewhere
    model: re.Pattern  # "nach dem Vorbild " before a name
    model_after: re.Pattern  # " Modell" after an inhabitant adjective: "das Dormagener Modell"
    land_wide: re.Pattern  # "landesweit", "in ganz NRW"
    land_statistics: re.Pattern  # "NRW-weit sind es mehr als hundert": for comparison
    land_names: re.Pattern  # "NRW", "Landesregierung"
    person: re.Pattern  # "Sabine " or "Frau " right before a surname that is a town's name
    district: re.Pattern  # "im Stadtteil " right before a name: a district of another town
    district_names: re.Pattern  # "Mülheim": a town's short form that is a district elsewhere
    organisation: re.Pattern  # "Institut für soziale Arbeit in " before a seat
    organisation_name: re.Pattern  # "Jobcenter " right before a Kreis in its name
    seat_of: re.Pattern  # " Bertelsmann Stiftung" after an inhabitant adjective: a seat
    origin: re.Pattern  # "aus " right before a name: where someone comes from
    travel: re.Pattern  # "fahren" in the clause of "nach X": where families travel to
    exclusion: re.Pattern  # "nicht beteiligt": a sentence naming who does not take part
    comparison: re.Pattern  # "im benachbarten", "Vorbild": a sentence naming places to compare
    partners: re.Pattern  # "und die Nachbarstadt ": the neighbour after it is a partner
    context: re.Pattern  # "Fachtag", "besuchte": a sentence naming an event's guests or venue
    kreis_bodies: re.Pattern  # "Kreistag" after a seat's adjective: the Kreis acts
    town_bodies: re.Pattern  # "Rat" after a town's adjective: the town acts
    kreis_venues: re.Pattern  # "Kreishaus" after a seat's adjective: a venue, no place
    other_laender: re.Pattern  # "(Saar)", "im hessischen": a namesake outside NRW
    land_acting: re.Pattern  # "Landesmittel", "das Land fördert": the Land acts or pays
    ceremony: re.Pattern  # "besucht", "gratuliert": a visit or greeting, no act of the Land
    visitors: re.Pattern  # "Ministerin": who of the Land visits
    money: re.Pattern  # "Euro", "Förderbescheid": a visit that brings money is an act
    lead: re.Pattern  # "federführend": the sentence names the lead partner
    authorities: re.Pattern  # "Landesregierung", "LVR": whose seat a bare dateline is
    authority_seats: re.Pattern  # "Düsseldorf", "Köln": the towns where they sit
    kreis_acting: re.Pattern  # "der Kreis", "Kreisjugendamt": a Kreis acts without its name
    kreis_deeds: re.Pattern  # what it does there: decides, pays, hires, offers, visits
    kreis_no_deeds: re.Pattern  # a sentence where it does none: a refusal, a contact, a greeting
    kreis_officials: re.Pattern  # "Landrat": the Kreis's officials
    venue: re.Pattern  # "überreichte": a sentence whose "in X" is where a ceremony took place
    laender: tuple[tuple[str, re.Pattern], ...]  # (Land, "Niedersachsen", "niedersächsisch")
    # (seat's AGS, "LVR"): a text naming the authority means it by its seat's "in Köln"
    authority_seats_by_name: tuple[tuple[str, re.Pattern], ...]
    kreis_seats: dict[str, str]  # Kreis key -> its seat's AGS

    @classmethod
    def load(cls, path: str | Path) -> PlaceCues:
        data = load_toml(path, SCHEMA)
        laender = tuple(
            (land, re.compile("|".join(hints))) for land, hints in data.pop("laender").items()
        )
        kreis_seats = data.pop("kreis_seats")
        authority_seats_by_name = tuple(
            (seat, re.compile("|".join(names)))
            for seat, names in data.pop("authority_seats_by_name").items()
        )
        words = {key: "|".join(value) for key, value in data.items()}
        # A model's name may follow a few linking words: "nach dem Vorbild der Stadt Dormagen".
        links = r"(?:(?:von|der|des|aus|wie|in|Stadt|Gemeinde)\s+){0,3}"
        return cls(
            place=re.compile(rf"(?:\b(?:{words['place_cues']})\s+)$"),
            town_verb=re.compile(rf"\s+(?:{words['town_verbs']})\b"),
            everyday_names=re.compile(words["everyday_names"]),
            everyday_verb=re.compile(rf"\s+(?:{words['everyday_verbs']})\b"),
            street=re.compile(rf"\s+(?:{words['street_words']})\b"),
            model=re.compile(rf"(?:{words['model_words']})\w*\s+{links}$"),
            model_after=re.compile(rf"\s+(?:{words['model_words']})"),
            land_wide=re.compile(words["land_wide"]),
            land_statistics=re.compile(words["land_statistics"]),
            land_names=re.compile(rf"\b(?:{words['land_names']})\b"),
            person=re.compile(
                # (not a saint: "die Kita St. Ludger Billerbeck" is in Billerbeck)
                rf"(?:(?<!St\. )(?<!Sankt )\b(?:{words['first_names']})"
                rf"|(?<!\w)(?:{words['person_titles']}))\s+$"
            ),
            organisation=re.compile(
                # (not a town's title: "die Universitätsstadt Siegen" is the town)
                rf"(?:{words['organisations']})(?![\w-]*[Ss]tadt\b)[\w-]*"
                r"(?:\s+(?:[A-ZÄÖÜ][\w-]*|für|der|die|des|und|von|[a-zäöü]+(?:e|en|er|es)))"
                # (the second of two seats: "AWO-Unterbezirk Gelsenkirchen/Bottrop")
                r"{0,4}(?:\s+(?:(?:in|zu|für die Region)\s+)?|/)$"
            ),
            # (also an association's "für den": "dem Caritasverband für den Hochsauerlandkreis";
            # not a service's area: "die Beratungsstelle für den Kreis Kleve")
            organisation_name=re.compile(rf"(?:{words['organisations']})[\w-]*\s+$"
                                         r"|\w*[Vv]erband\s+für\s+(?:den|die|das)\s+$"),
            # "Gütersloher Bertelsmann Stiftung", "die Bochumer Ruhr-Universität"
            seat_of=re.compile(rf"(?:\s+[A-ZÄÖÜ][\w-]*)?\s+[\w-]*(?:{words['organisations']})"),
            origin=re.compile(rf"\b(?:{words['origin']})\s+$"),
            travel=re.compile(rf"\b(?:{words['travel']})\b"),
            district=re.compile(rf"\b(?:{words['district']})\s+$"),
            district_names=re.compile(words["district_names"]),
            exclusion=re.compile(_either_case(data["exclusion"])),
            comparison=re.compile(_either_case(data["comparison"])),
            partners=re.compile(words["partners"]),
            context=re.compile(_either_case(data["context"])),
            kreis_bodies=re.compile(rf"\s+(?:{words['kreis_bodies']})"),
            town_bodies=re.compile(rf"\s+(?:{words['town_bodies']})\b"),
            kreis_venues=re.compile(rf"\s+(?:{words['kreis_venues']})"),
            other_laender=re.compile(words["other_laender"]),
            land_acting=re.compile(words["land_acting"]),
            ceremony=re.compile(words["ceremony"]),
            visitors=re.compile(words["visitors"]),
            money=re.compile(words["money"]),
            lead=re.compile(words["lead"]),
            authorities=re.compile(words["authorities"]),
            authority_seats=re.compile(words["authority_seats"]),
            kreis_acting=re.compile(words["kreis_acting"]),
            kreis_deeds=re.compile(words["kreis_deeds"]),
            kreis_no_deeds=re.compile(words["kreis_no_deeds"]),
            kreis_officials=re.compile(words["kreis_officials"]),
            venue=re.compile(words["venue"]),
            laender=laender,
            authority_seats_by_name=authority_seats_by_name,
            kreis_seats=kreis_seats,
        )


class DatelineMarks(NamedTuple):
    seat: bool  # with an issuer's mark: "Münster (lwl)."
    dated: bool  # with a date or a mark: "Köln. 30. September 2015."
    shared: bool  # dated, of several places: "Düsseldorf/Essen, 30. September 2013."
    pair: bool  # of exactly two municipalities: "Erkelenz/Hückelhoven"


@dataclass(frozen=True)
class MunicipalityTag:
    ags: str
    level: str  # "gemeinde" | "kreis" | "land"
    name: str
    kreis: str | None
    regierungsbezirk: str | None
    is_main: bool
    signal: str  # a value of SIGNALS: the strongest one found
    evidence: str  # the phrase of that signal


@dataclass(frozen=True)
class _Hit:
    ags: str
    start: int
    end: int
    signal: str
    evidence: str
    weak: bool = False  # a bare mention of an ambiguous name ("Lage", "Essen")
    seat: bool = False  # in a dateline with an issuer's mark: "Münster (lwl)."
    dated: bool = False  # in a dateline with a date or a mark: "Köln. 30. September 2015."
    shared: bool = False  # in a dated or marked dateline of several: "Düsseldorf/Essen, 30. ..."
    edition: bool = False  # first of an undated dateline of several: "Erkelenz/Hückelhoven."
    prefix: bool = False  # in the title's "<Ort>: " prefix
    aside: bool = False  # named in passing (an origin, a comparison): kept only if named again
    some_from: bool = False  # in a list of where some of those taking part come from
    excluded: bool = False  # named as not taking part: so are its bare mentions and dateline
    located: bool = False  # "im Kreis X": where something lies, unless that Kreis acts
    person: bool = False  # a surname: the place's bare mentions elsewhere are the person too
    district: bool = False  # a district of another town: so are the name's title and bare
    # mentions ("Wohnungen in Hamm" over "Im Düsseldorfer Stadtteil Hamm ...")


class MunicipalityTagger:
    def __init__(self, gazetteer: Gazetteer, cues: PlaceCues, model: PlaceModel | None = None):
        self.gazetteer = gazetteer
        self.cues = cues
        self.model = model  # reads the places the rules keep (place_model); None: rules alone
        # (not a name that is also a word or another Land's town, nor one two NRW towns share)
        slugs = [(_slug(place.name), place.ags) for place in gazetteer.municipalities()
                 if not gazetteer.is_ambiguous(place.name)]
        towns_per_slug = Counter(slug for slug, _ in slugs)
        self._town_slugs = {slug: ags for slug, ags in slugs if towns_per_slug[slug] == 1}
        self._forms: dict[str, tuple[str, str]] = {}  # written form -> (ags, "name"|"adjective")
        for place in gazetteer.municipalities():
            for name in gazetteer.written_names(place):
                self._forms[name] = (place.ags, "name")
                if not gazetteer.is_ambiguous(name) and name[-1] not in "sßxz":
                    self._forms[name + "s"] = (place.ags, "name")  # "Kempens Bürgermeister"
            for adjective in gazetteer.adjectives(place):
                self._forms[adjective] = (place.ags, "adjective")
        self._names = _alternation(self._forms)
        self._outside: dict[str, list[Place]] = {}  # name -> municipalities outside NRW
        self._land_keys: dict[str, str] = {}  # another Land's name -> its key
        for place in gazetteer.others:
            if place.level == "land":
                self._land_keys[place.name] = place.ags
            elif place.einwohner != 0:  # (not an unpeopled area, "Holzminden" the forest)
                self._outside.setdefault(place.name, []).append(place)
        # names of several words ("Frankfurt am Main", "Bad Schwartau") by their first word,
        # the longest first
        self._outside_long: dict[str, list[str]] = {}
        for name in sorted((name for name in self._outside if " " in name), key=len,
                           reverse=True):
            self._outside_long.setdefault(name.split(" ", 1)[0], []).append(name)
        self._kreise = [(_kreis_pattern(place), place.ags) for place in gazetteer.kreise()]
        self._kreis_keys = {place.ags for place in gazetteer.kreise()}
        # "die Kreise Borken, Coesfeld und Siegen-Wittgenstein": each name a Kreis's
        self._kreis_by_name = {place.name.removeprefix("Kreis "): place.ags
                               for place in gazetteer.kreise() if place.name.startswith("Kreis ")}
        for kreis, seat in cues.kreis_seats.items():
            if (gazetteer.get(seat) is None) or gazetteer.get(seat).kreis_schluessel != kreis:
                raise DataFileError(f"kreis_seats: {seat!r} is no municipality of Kreis {kreis!r}")
        self._kreis_of_seat = {seat: kreis for kreis, seat in cues.kreis_seats.items()}
        for land, _ in cues.laender:
            if land not in self._land_keys:
                raise DataFileError(f"laender: {land!r} is no Land of the gazetteer")

    def tag(self, title: str | None, text: str | None,
            url: str | None = None) -> list[MunicipalityTag]:
        """Tags for an article: `title`, and `text` (teaser and body, blank-line separated); a
        text that names no place is about the town its `url` names, if one ("www.gladbeck.de/
        rathaus/presse/...", "rp-online.de/nrw/staedte/moenchengladbach/...")."""
        title, text = title or "", text or ""
        tags = self._text_tags(title, text)
        # (not a text on what a Kreis does, which the address would give its seat's name)
        if not tags and url and not KREIS_WORD.search(f"{title} {text}") and (
                ags := self.town_of_url(url)):
            place = self.gazetteer.get(ags)
            return [MunicipalityTag(ags, place.level, place.name, place.kreis,
                                    place.regierungsbezirk, True, "url", url)]
        return tags

    def town_of_url(self, url: str) -> str | None:
        """The NRW municipality a URL names: a German host that is its name ("gladbeck.de",
        also "stadt-gladbeck.de"), or a paper's section of it ("/nrw/staedte/moenchengladbach/",
        "/lokales/kempen/"), each as a slug of the name ("Hückelhoven": "hueckelhoven"). None
        for a name that is also a word or another Land's town ("Essen", "Wetter", "Halle"), a
        section of a town's neighbours ("/nachbarstaedte/"), or a section naming two towns."""
        parts = urlsplit(url.lower())
        labels = (parts.hostname or "").removeprefix("www.").split(".")
        segments = parts.path.split("/")
        if any("nachbar" in segment for segment in segments):
            return None
        words = [segment for before, segment in itertools.pairwise(segments)
                 if before in URL_TOWN_SECTIONS]
        if words and len({self._town_slugs.get(segment) for segment in segments} - {None}) > 1:
            return None  # "/staedte/kleve/goch/": the paper's section and the town it files
        if len(labels) == 2 and labels[1] == "de":
            words += [labels[0], *(labels[0].removeprefix(prefix) for prefix in URL_TOWN_PREFIXES)]
        towns = {self._town_slugs[word] for word in words if word in self._town_slugs}
        return towns.pop() if len(towns) == 1 else None

    def _text_tags(self, title: str, text: str) -> list[MunicipalityTag]:
        hits, named = self._kept_hits(title, text)
        if self.model is not None:
            candidates = self._candidates(hits, named, text)
            doubted = {candidate.ags for candidate in candidates
                       if not self.model.keeps(candidate)}  # fmt: skip
            # The model narrows the places around the rules' main one: it does not overrule
            # their choice of main ("Kempen (wz). Der Kempener Rat ...": a paper's dateline is
            # often not the subject in what it was trained on), nor leave a text without places
            # (it has read few short texts, and doubts their every place).
            if len(doubted) < len(candidates):
                doubted -= {candidate.ags for candidate in candidates if candidate.is_main}
                hits = [hit for hit in hits if hit.ags not in doubted]
        return self._tags(hits)

    def paying_kreise(self, tags: list[MunicipalityTag], payers: dict[str, str]
                      ) -> list[MunicipalityTag]:
        """The Kreise of the tagged towns that pay for what the text tells, by the names of its
        fundings' funders (`payers`: a name to the sentence that says it) and not tagged yet: a
        Kreis that pays acts (the guide: "Landrat Thomas Berger übergab den Förderbescheid über
        20.000 Euro aus der Kreiskasse" codes the Kreis)."""
        if not payers:
            return []
        tagged = {tag.ags for tag in tags}
        own = {self.gazetteer.get(tag.ags).kreis_schluessel
               for tag in tags if tag.level == "gemeinde"} & self._kreis_keys
        kreise = [self.gazetteer.get(key) for key in sorted(own - tagged)]
        return [MunicipalityTag(kreis.ags, kreis.level, kreis.name, None, kreis.regierungsbezirk,
                                False, "kreis", payers[kreis.name])
                for kreis in kreise if kreis.name in payers]

    def place_candidates(self, title: str | None, text: str | None) -> list[Candidate]:
        """The municipalities and Kreise the rules keep, as the place model reads them (what
        it is trained on)."""
        title, text = title or "", text or ""
        return self._candidates(*self._kept_hits(title, text), text)

    def _candidates(self, hits: list[_Hit], named: tuple[list[_Hit], list[_Hit]],
                    text: str) -> list[Candidate]:
        """`hits` kept by the rules, read with every mention `named` in the title and text."""
        by_place = _by_place(hits)
        main = _main_of(by_place)
        local = [ags for ags in by_place if len(ags) > len(NRW_KEY)]
        in_title, in_text = named
        spans = _sentence_spans(text)
        candidates = []
        for ags in local:
            mentions = [hit for hit in in_text if hit.ags == ags]
            sentences = []
            for hit in mentions:
                start, end = next(span for span in spans if span[0] <= hit.start < span[1])
                start, end = max(start, hit.start - CONTEXT), min(end, hit.end + CONTEXT)
                sentences.append(text[start : hit.start] + MASK + text[hit.end : end])
            candidates.append(Candidate(
                ags=ags, signal=min((hit.signal for hit in by_place[ags]), key=SIGNALS.index),
                is_main=ags == main, in_title=any(hit.ags == ags for hit in in_title),
                places=len(local), sentences=tuple(sentences),
                starts=tuple(hit.start for hit in mentions),
                seat=any(hit.seat for hit in mentions), dated=any(hit.dated for hit in mentions),
                weak=any(hit.weak for hit in mentions)))
        return candidates

    def _kept_hits(self, title: str, text: str) -> tuple[list[_Hit], tuple[list[_Hit], list[_Hit]]]:
        """The hits the rules keep, and every mention in the title and the text."""
        # "KREIS COESFELD: Nottuln ...": a radio's area heading, the Kreis only if it acts
        # ("Der Kreis zahlt ...", "Das Kreisjugendamt ...").
        heading = not (self.cues.kreis_acting.search(text)
                       or self.cues.kreis_officials.search(text))
        text_hits = self._text_hits(text)
        title_hits = self._title_hits(title)
        named = (title_hits, text_hits)
        if self._the_kreis_acts(text_hits, text):
            title_hits, text_hits = _where_it_acts(title_hits), _where_it_acts(text_hits)
        text_hits = self._leads(self._in_sentences(text_hits, text), text)
        # An ambiguous name in the title ("Neunkirchen qualifiziert ...") counts when the
        # text names that town clearly ("Die Gemeinde Neunkirchen").
        clear = {hit.ags for hit in text_hits if not (hit.weak or hit.aside)}
        # So does one under a prefix naming its Kreis ("KREIS COESFELD: Senden begrüßt ..."),
        # which also says it is not a namesake outside NRW the text names.
        prefixed = {hit.ags for hit in title_hits if hit.prefix and len(hit.ags) == 5}
        placed = {hit.ags for hit in title_hits
                  if self.gazetteer.get(hit.ags).kreis_schluessel in prefixed}  # fmt: skip
        title_hits = [hit for hit in title_hits
                      if not hit.weak or hit.ags in clear or hit.ags in placed]  # fmt: skip
        # "Kreis Viersen: Kempen eröffnet ...": a prefix Kreis over a title that names one of
        # its towns is an area heading too, whatever its case.
        members = {self.gazetteer.get(hit.ags).kreis_schluessel
                   for hit in title_hits if not hit.prefix and len(hit.ags) == 8}  # fmt: skip
        title_hits = [
            replace(hit, aside=True)
            if heading and hit.prefix and len(hit.ags) == 5
            and (hit.evidence.isupper() or hit.ags in members)
            else hit
            for hit in self._namesakes_meant(title_hits, text_hits, placed)
        ]
        # "Stadtlohn, Südlohn und Vreden": a member of a list of towns is a town, though
        # someone of its name speaks later ("sagt Koordinatorin Heike Vreden"); not a pair of
        # such names ("sagen Selm und Lünen": two people).
        people = {hit.ags for hit in title_hits + text_hits if hit.person}
        in_lists = {id(hit) for pair in itertools.pairwise(text_hits)
                    if LIST_JOIN.match(text[pair[0].end : pair[1].start])
                    and not {pair[0].ags, pair[1].ags} <= people for hit in pair}
        kept = {id(hit) for hit in _without_asides(title_hits + text_hits, in_lists)}
        # A Kreis that pays for a town's project is a subject too (issue 12).
        hits = [hit for hit in title_hits + text_hits if id(hit) in kept]
        if self.cues.kreis_acting.search(text) and not any(
            len(hit.ags) == 5 for hit in title_hits + text_hits
        ):
            hits += self._kreis_of_seat_dateline(hits) or self._kreis_of_its_towns(hits, text)
        whole = f"{title}\n\n{text}"
        if not hits or self._land_wide(text) or self._land_acts(whole):
            hits += self._land_hits(whole)
        hits += self._other_land_hits(whole)
        # A text about what an authority or a Kreis does: its seats' datelines are where it
        # was written.
        seats = (
            {hit.ags for hit in hits if self.cues.authority_seats.fullmatch(self._name_of(hit))}
            if self.cues.authorities.search(whole)
            else set()
        )
        if not heading:  # a Kreis acts
            seats |= {self.cues.kreis_seats[hit.ags] for hit in hits
                      if hit.ags in self.cues.kreis_seats}  # fmt: skip
        hits = self._without_authority_seats(hits, whole)
        # "in Bielefeld, Paderborn und Minden", "In Gelsenkirchen und Herne starten ...": the
        # first of a list of towns is one of them (not of a list of places compared with:
        # "Ähnliche Zentren gibt es in Bielefeld, ...")
        listed = {first.ags for first, then in itertools.pairwise(text_hits)
                  if not (first.aside or then.aside)
                  and LIST_JOIN.match(text[first.end : then.start])
                  and (then.signal == "stadt"
                       or (then.signal == "body" and not self._compares(text, first.start)))}
        kept = _without_seat_datelines(self._kreis_meant(hits), seats, listed)
        # "Kreis Unna. (PK) ... Das Kreisjugendamt hat ...": the Kreis's own, when no other
        # Kreis is named to act (a Landrat's greeting is no act)
        kreise = {hit.ags for hit in named[1] if len(hit.ags) == 5}
        if self.cues.kreis_acting.search(text) and len(kreise) == 1:
            kept += [hit for hit in hits if hit.signal == "dateline" and hit.ags in kreise
                     and hit not in kept]  # fmt: skip
        return kept, named

    def _compares(self, text: str, position: int) -> bool:
        """Whether the sentence at `position` compares places ("In Gelsenkirchen und Herne ist
        die Quote höher als in Bochum", "... ist die Nachfrage am größten")."""
        start, end = next((span for span in _sentence_spans(text)
                           if span[0] <= position < span[1]), (0, len(text)))
        return bool(self.cues.comparison.search(text, start, end)
                    or COMPARED.search(text, start, end))

    def _without_authority_seats(self, hits: list[_Hit], whole: str) -> list[_Hit]:
        """ "Wie am Mittwoch in Köln entschieden wurde, nimmt der LVR Jülich auf": a text that
        names a Land authority means it by its seat when it names the seat only "in", "aus" or
        "nach" it."""
        seats = {seat for seat, names in self.cues.authority_seats_by_name if names.search(whole)}
        only_where = {
            seat for seat in seats
            if all(SEAT_MENTION.match(hit.evidence) and hit.signal not in ("title", "dateline")
                   for hit in hits if hit.ags == seat)
        }
        return [hit for hit in hits if hit.ags not in only_where]

    def _kreis_of_seat_dateline(self, hits: list[_Hit]) -> list[_Hit]:
        """ "Unna. Einstimmig hat der Kreistag beschlossen ...": in a text that names no Kreis,
        a Kreis that acts under the dateline of its seat is that seat's Kreis."""
        return [replace(hit, ags=self._kreis_of_seat[hit.ags], signal="kreis") for hit in hits
                if hit.signal == "dateline" and hit.ags in self._kreis_of_seat][:1]  # fmt: skip

    def _kreis_of_its_towns(self, hits: list[_Hit], text: str) -> list[_Hit]:
        """ "In Lüdinghausen hat das Kreisjugendamt eine Familienhebamme eingestellt": in a text
        that names no Kreis, a Kreis that does something in a sentence naming one of the text's
        towns (decides, pays, hires, offers, visits; not a greeting, a contact, a comparison or
        a Kreis that takes no part) is the Kreis of the towns the text names, when they all lie
        in one Kreis."""
        in_text = [hit.start for hit in hits if len(hit.ags) == 8 and hit.signal != "title"]
        if not any(self.cues.kreis_deeds.search(text, start, end)
                   and any(start <= position < end for position in in_text)
                   and not (self.cues.exclusion.search(text, start, end)
                            or self.cues.comparison.search(text, start, end)
                            or self.cues.kreis_no_deeds.search(text, start, end))
                   for start, end in _sentence_spans(text)
                   if self.cues.kreis_acting.search(text, start, end)):
            return []
        towns = [hit for hit in hits if len(hit.ags) == 8 and hit.ags.startswith(NRW_KEY)]
        kreise = {self.gazetteer.get(hit.ags).kreis_schluessel for hit in towns}
        if len(kreise) != 1 or not kreise <= self._kreis_keys:
            return []  # (a kreisfreie Stadt's key is no Kreis)
        return [replace(towns[0], ags=kreise.pop(), signal="kreis")]

    def _the_kreis_acts(self, hits: list[_Hit], text: str) -> bool:
        """The text names one Kreis, and a Kreis acts without its name ("der erste
        Familienbericht des Kreises", "Das Kreisjugendamt"): that Kreis acts."""
        kreise = [hit for hit in hits if len(hit.ags) == 5]
        if len({hit.ags for hit in kreise}) != 1:
            return False
        for start, end in _sentence_spans(text):
            if self.cues.exclusion.search(text, start, end):  # "die Kreisverwaltung ist nicht
                continue  # Teil des Verfahrens"
            for cue in self.cues.kreis_acting.finditer(text, start, end):
                if not any(cue.start() < hit.end and hit.start < cue.end() for hit in kreise):
                    return True
        return False

    def _namesakes_meant(self, title_hits: list[_Hit], text_hits: list[_Hit],
                         placed: set[str]) -> list[_Hit]:
        """ "Borken gründet ..." over a text about "die nordhessische Stadt Borken": a name
        the text places outside NRW, and nowhere in NRW, is that town in the title too; not
        one the title's prefix places in its Kreis (`placed`)."""
        name = self._name_of
        outside = {name(h): h.ags for h in text_hits
                   if not h.ags.startswith(NRW_KEY) and not h.aside}  # fmt: skip
        inside = {name(h) for h in text_hits if h.ags.startswith(NRW_KEY) and not h.aside}
        return [
            replace(hit, ags=outside[name(hit)])
            if hit.ags.startswith(NRW_KEY) and name(hit) in outside and name(hit) not in inside
            and hit.ags not in placed
            else hit
            for hit in title_hits
        ]

    def _name_of(self, hit: _Hit) -> str:
        return self.gazetteer.get(hit.ags).name

    def _leads(self, hits: list[_Hit], text: str) -> list[_Hit]:
        """ "Federführend ist die Stadt Unna": the municipality nearest the cue leads."""
        leads = set()
        for start, end in _sentence_spans(text):
            inside = [hit for hit in hits if start <= hit.start < end]
            lead = self._lead_of(inside, text[start:end], start)
            if lead is not None:
                leads.add(id(lead))
        return [replace(hit, signal="lead") if id(hit) in leads else hit for hit in hits]

    def _lead_of(self, inside: list[_Hit], sentence: str, start: int) -> _Hit | None:
        """Of a sentence's hits, the municipality a lead cue names: the one nearest to it in its
        own clause ("Federführend ist die Stadt Unna", "Kempen ist für das Netzwerk
        federführend", "Federführend ist das Kempener Jugendamt"), with no comparison between
        them; None when the cue's clause names no town ("Federführend ist der Caritasverband,
        beteiligt sind Kempen und Willich", "... ist die AWO; die Gemeinde Grefrath stellt die
        Räume") or only one compared ("Federführend ist – wie im benachbarten Kempen – ...")."""
        towns = [hit for hit in inside if len(hit.ags) == 8]
        for cue in self.cues.lead.finditer(sentence):
            named = []
            for hit in towns:
                hit_start, hit_end = hit.start - start, hit.end - start
                if hit_start >= cue.end():
                    between = sentence[cue.end() : hit_start]
                elif hit_end <= cue.start():
                    between = sentence[hit_end : cue.start()]
                else:
                    continue  # inside the cue: "Projektträger in Kempen ist ..."
                if not (CLAUSE_BREAK.search(between) or self.cues.comparison.search(between)):
                    named.append((len(between), hit))
            if named:
                return min(named, key=lambda item: item[0])[1]
        return None

    def _in_sentences(self, hits: list[_Hit], text: str) -> list[_Hit]:
        """Marks as asides the place (or list of places) a sentence names nearest to a cue of
        exclusion ("ist nicht beteiligt") or comparison ("im benachbarten X", "Vorbild"), or of
        an event or a visit ("Fachtag") unless it is the sentence's subject; and the places "in X"
        of a sentence about a ceremony ("überreichte die Urkunde in Düsseldorf")."""
        asides, excluded = set(), set()
        for start, end in _sentence_spans(text):
            inside = [hit for hit in hits if start <= hit.start < end]
            sentence = text[start:end]
            if self.cues.venue.search(sentence):  # "überreichte ... in Düsseldorf"
                asides.update(id(hit) for hit in inside if hit.evidence.startswith("in "))
            # An excluded or compared place may be the sentence's subject ("Dinslaken hatte
            # eine ähnliche Befragung gemacht"); an event's host is ("Die Stadt Hamm lud zum
            # Fachtag"), its guests and venues are not.
            # (not a relative clause on places that then receive money: "Die Städte Ahaus und
            # Gronau, die eigene Jugendämter haben, erhalten 38.500 Euro")
            exclusions = [start + m.start() for m in self.cues.exclusion.finditer(sentence)
                          if not (OWN_YOUTH_OFFICES.fullmatch(m.group())
                                  and RECEIVE_AFTER_CLAUSE.match(sentence, m.end()))]
            partners = {m.end() for m in self.cues.partners.finditer(sentence)}
            excluding = [*exclusions, *(start + m.start()
                                        for m in self.cues.comparison.finditer(sentence)
                                        if m.start() not in partners)]
            event_cues = [m for m in self.cues.context.finditer(sentence)
                          if not self._acts_in_towns(m, inside, start, sentence)]
            events = [start + m.start() for m in event_cues]
            # The lead partner is no aside of a cue in its sentence ("Federführend ist die
            # Stadt Attendorn; sie rechnet die Kosten mit der Nachbargemeinde ab").
            lead = self._lead_of(inside, sentence, start)
            inside = [hit for hit in inside if hit is not lead]
            # (round 45) where an event named before took place: "hat der Kreis Warendorf beim
            # Fachtag des Landesjugendamtes am Dienstag in Hamm gegeben"
            first_event = next((start + m.start() for m in event_cues
                                if EVENT_WORD.fullmatch(m.group())), None)
            if first_event is not None:
                asides.update(id(hit) for hit in inside
                              if hit.start > first_event and hit.evidence.startswith("in "))
            if not inside or not (excluding or events):
                continue
            # Each cue names the place (or list) nearest to it: "in der gleichnamigen Stadt
            # Senden im Landkreis Neu-Ulm abgeschaut" names both.
            for cue in excluding or events:
                # "Der Hochsauerlandkreis, dessen Kreisjugendamt für Medebach zuständig ist, ist
                # nicht beteiligt": the subject, not a place of the relative clause about it
                clause_places = [hit for hit in inside
                                 if _in_relative_clause(text, start, hit, cue, inside)]
                outside = [hit for hit in inside if hit not in clause_places] or inside
                asides.update(id(hit) for hit in clause_places if outside is not inside)
                nearest = min(outside, key=lambda h: abs(h.start - cue))
                if not excluding and SUBJECT_START.fullmatch(text[start : nearest.start]):
                    continue
                named = {id(hit) for hit in _list_of(nearest, inside, text)}
                if MODEL.match(text, cue):  # (round 44) a model, each time the sentence names
                    # it: "Vorbild ist das Projekt „Monheim für Kinder“, das in Monheim am Rhein
                    # seit Jahren als Musterbeispiel gilt"
                    named |= {id(hit) for hit in inside if hit.ags == nearest.ags}
                asides.update(named)
                if cue in exclusions:
                    excluded.update(named)
        return [replace(hit, aside=True, excluded=id(hit) in excluded) if id(hit) in asides
                else hit for hit in hits]

    def _acts_in_towns(self, cue: re.Match, hits: list[_Hit], start: int, sentence: str) -> bool:
        """ "Die Besuche des Kreisjugendamts in Welver und Lippetal": what a Kreis office does
        "in" towns that are no Kreis seat happens there (not "das Kreisjugendamt in
        Gummersbach", "die Außenstelle des Kreisjugendamts in Lüdinghausen": where it sits)."""
        if not KREIS_OFFICE_IN.fullmatch(cue.group()):
            return False
        if IN_ITS_TOWNS.match(sentence, cue.end()):
            return True  # "das Kreisjugendamt in den vier Gemeinden ohne eigenes Jugendamt"
        at = start + cue.end() + 1
        first = next((hit for hit in hits if hit.start == at), None)
        if not first or first.ags.endswith("000") or first.ags in self._kreis_of_seat:
            return False  # (a kreisfreie Stadt, the seat: where it sits)
        # what it does there, or in a list of towns (an office sits in one)
        following = min((hit for hit in hits if hit.start > first.start),
                        key=lambda hit: hit.start, default=None)
        return bool(OFFICE_WORK.search(sentence, 0, cue.start())) or bool(
            following and NEIGHBOUR_JOIN.fullmatch(sentence, first.end - start,
                                                   following.start - start))

    def _kreis_meant(self, hits: list[_Hit]) -> list[_Hit]:
        """ "Gütersloh:" over a text that only speaks of "Kreis Gütersloh" means the Kreis."""
        kreise = {self.gazetteer.get(hit.ags).name for hit in hits if hit.signal == "kreis"}
        kept = []
        for hit in hits:
            place = self.gazetteer.get(hit.ags)
            named_alone = [h for h in hits if h.ags == hit.ags and h.signal not in LEAD_SIGNALS]
            if f"Kreis {place.name}" in kreise and not named_alone and place.level == "gemeinde":
                continue
            kept.append(hit)
        return kept

    def _title_hits(self, title: str) -> list[_Hit]:
        prefix = TITLE_PREFIX.match(title)
        readable = title
        if prefix and prefix[1].isupper():  # "BRÜHL:", "KREIS COESFELD:": a radio's heading
            readable = prefix[1].title() + title[prefix.end(1) :]
        hits = []
        for hit in self._hits(readable):
            in_prefix = prefix is not None and hit.end <= prefix.end(1)
            evidence = title[: prefix.end()].strip() if in_prefix else hit.evidence
            hits.append(replace(hit, signal="title", evidence=evidence, prefix=in_prefix,
                                weak=hit.weak and not in_prefix))  # fmt: skip
        return hits

    def _text_hits(self, text: str) -> list[_Hit]:
        datelines = [
            found for found in (self._dateline(p) for p in _paragraph_starts(text)[:2]) if found
        ]
        together = BOTH_TOWNS.search(text)
        hits = []
        for hit in _listed_with_towns(self._hits(text), text):
            for start, end, marks in datelines:
                if start <= hit.start and hit.end <= end:
                    evidence = text[hit.start : hit.end]
                    # "Erkelenz/Hückelhoven.": a paper's edition, then the town it reports on
                    # (not "Kempen/Willich. Beide Städte ...")
                    edition = (marks.pair and not marks.dated and "/" in text[hit.end : end]
                               and not together)
                    hit = replace(hit, signal="dateline", evidence=evidence, seat=marks.seat,
                                  dated=marks.dated, shared=marks.shared,
                                  edition=edition)  # fmt: skip
            if hit.signal == "dateline" or not hit.weak:
                hits.append(hit)
        return hits

    def _dateline(self, start_and_text: tuple[int, str]) -> tuple[int, int, DatelineMarks] | None:
        offset, paragraph = start_and_text
        found = DATELINE.match(paragraph)
        if not found:
            return None
        parts = [p.strip() for p in found["places"].split("/")]
        dated = bool(found["issuer"] or found["date"] or DATE_AFTER.match(paragraph, found.end()))
        # a district's form, not a model named after a town ("Dortmund-Modell: ...")
        district = dated or found.group().rstrip().endswith(".") or not any(
            MODEL_PART.match(p.split("-", 1)[1]) for p in parts if "-" in p)
        if not all(self._dateline_place(p, district) for p in parts):
            return None
        marks = DatelineMarks(seat=bool(found["issuer"]), dated=dated,
                              shared=dated and len(parts) > 1,
                              pair=len(parts) == 2 and all(p in self._forms for p in parts))
        return offset + found.start("places"), offset + found.end("places"), marks

    def _dateline_place(self, part: str, district: bool) -> bool:
        """A town, a Kreis, or, with `district`, a town with its district after a hyphen
        ("Lage-Hörste.", "Essen-Werden."): where a paper's local desk writes from."""
        return bool(part in self._forms or self._kreis_of(part)
                    or (district and "-" in part and part.split("-")[0] in self._forms))

    def _kreis_of(self, text: str) -> str | None:
        return next((ags for pattern, ags in self._kreise if pattern.fullmatch(text)), None)

    def _hits(self, text: str) -> list[_Hit]:
        """Every Kreis and municipality mention, signal from its context ("stadt" or "body")."""
        hits = []
        taken = []
        for found in KREIS_LIST.finditer(text):
            for member in re.finditer(r"[A-ZÄÖÜ][\w-]*", found["members"]):
                ags = self._kreis_by_name.get(member.group())
                if ags:
                    span = (found.start("members") + member.start(),
                            found.start("members") + member.end())
                    taken.append(span)
                    hits.append(_Hit(ags, *span, "kreis", f"Kreise … {member.group()}"))
        listed = list(taken)
        for pattern, ags in self._kreise:
            for found in pattern.finditer(text):
                if any(start <= found.start() < end for start, end in listed):
                    continue
                taken.append(found.span())
                before = text[max(0, found.start() - 80) : found.start()]
                if self.cues.organisation_name.search(before):
                    continue  # "des Jobcenters Kreis Kleve": an organisation's name
                if not self._locates_a_member(text[: found.start()], ags):
                    located = bool(LOCATED.search(text, max(0, found.start() - 60), found.start()))
                    hits.append(_Hit(ags, *found.span(), "kreis", found.group(), aside=located,
                                     located=located))  # fmt: skip
        hits += self._outside_hits(text, taken)
        previous: _Hit | None = None
        for found in self._names.finditer(text):
            if any(start <= found.start() < end for start, end in taken):
                continue
            hit = self._name_hit(text, found, previous)
            if hit:
                hits.append(hit)
                previous = hit
        return hits

    def _outside_hits(self, text: str, taken: list[tuple[int, int]]) -> list[_Hit]:
        """Municipalities outside NRW: "die Stadt Osnabrück", "die hessische Stadt Borken",
        "Neunkirchen (Saar)". A name NRW has too, or one several places share, needs its Land
        named around it; the others need a place cue ("Stadt", "in")."""
        hits = []
        named_lands = None  # the Länder the whole text names, read once a name needs them
        for found in WORD.finditer(text):
            name, start = found.group().removesuffix("s"), found.start()
            longer = next((long for long in self._outside_long.get(found.group(), ())
                           if text.startswith(long, start)), None)
            if longer:  # "Frankfurt am Main", not "Frankfurt (Oder)"
                found = re.compile(re.escape(longer)).match(text, start)
                candidates = self._outside[longer]
            else:
                candidates = self._outside.get(found.group()) or self._outside.get(name) or []
            if not candidates or any(s <= start < e for s, e in taken):
                continue
            seat = self.cues.organisation.search(text[max(0, start - 80) : start])
            if seat:  # "des Instituts für Sozialpädagogik in Frankfurt am Main": a seat
                continue
            if INDEFINITE_ARTICLE_BEFORE.search(text, max(0, start - 8), start):
                continue  # (round 53) a noun: "Sie brauchen eine Stelle" beside "Niedersachsen"
            if LANDKREIS_BEFORE.search(text, max(0, start - 12), start):
                continue  # (its second reading) the Kreis: "im Landkreis Cham", not the town
            after = text[found.end() : found.end() + 30]
            if found.group() in self._forms:  # NRW's too: its own Land, not the next place's
                after = re.split(r"\bund\b|\bsowie\b", after)[0]
            window = text[max(0, start - 40) : start] + found.group() + after
            lands = {land for land, hint in self.cues.laender if hint.search(window)}
            chosen = [p for p in candidates if p.land in lands]
            before = text[max(0, start - 40) : start]
            cue = (self.cues.place.search(before) or PAIR_OF_TOWNS.search(before)
                   or self._after_an_nrw_town(before, candidates))
            # A text about a partner across the border names its Land once ("Die Landesgrenze
            # zwischen Nordrhein-Westfalen und Niedersachsen ... der Flecken Uchte") and the
            # partner as a town ("in Schutz" is no village in Rheinland-Pfalz); a name NRW has
            # too needs its Land beside it.
            if (not chosen and cue and not LOOSE_CUE.match(cue.group())
                    and found.group() not in self._forms):
                if named_lands is None:
                    named_lands = {land for land, hint in self.cues.laender if hint.search(text)}
                chosen = [p for p in candidates if p.land in named_lands]
            # Unnamed Land: a town, not a village that shares a name with a Stadtteil here.
            unique = found.group() not in self._forms and len(candidates) == 1
            inhabitants = candidates[0].einwohner or 0
            town_cue = cue and not LOOSE_CUE.match(cue.group()) or found.group().startswith("Bad ")
            if not chosen and unique and cue and (inhabitants >= OUTSIDE_TOWN or (
                    town_cue and inhabitants >= OUTSIDE_SMALL_TOWN)):
                chosen = candidates
            landkreis = LANDKREIS_AFTER.match(text, found.end())
            if len(chosen) != 1 and landkreis:  # (round 53's second reading)
                chosen = [p for p in candidates
                          if p.kreis and _names_at(text, landkreis.end(), p.kreis)] or chosen
            if len(chosen) == 1:
                evidence = (cue.group() if cue else "") + found.group()
                aside = bool(self.cues.origin.search(before))
                hits.append(_Hit(chosen[0].ags, start, found.end(), "stadt", evidence.strip(),
                                 aside=aside))  # fmt: skip
                taken.append(found.span())
        return hits

    def _after_an_nrw_town(self, before: str, candidates: list[Place]) -> re.Match | None:
        """ "Ibbenbüren und " right before a name: a pair of towns, the first one NRW's (not an
        everyday word: "verteilt Essen und Waren"); not a city-state, more often the seat of
        a government or a company than a partner ("Dienstsitze in Bonn und Berlin")."""
        pair = BARE_PAIR_BEFORE.search(before)
        if not pair or pair["first"] not in self._forms or self.cues.everyday_names.fullmatch(
                pair["first"]):
            return None
        return None if any(place.ags.startswith(CITY_STATES) for place in candidates) else pair

    def _locates_a_member(self, before: str, kreis: str) -> bool:
        """ "Senden im Kreis Coesfeld", "Senden (Kreis Coesfeld)": the Kreis only says where
        Senden lies."""
        found = LOCATOR.search(before)
        if not found or found["name"] not in self._forms:
            return False
        ags, _ = self._forms[found["name"]]
        return self.gazetteer.get(ags).kreis_schluessel == kreis

    def _name_hit(self, text: str, found: re.Match, previous: _Hit | None) -> _Hit | None:
        ags, form = self._forms[found.group()]
        before, after = text[max(0, found.start() - 80) : found.start()], text[found.end() :]
        if self.cues.other_laender.match(after) or self.cues.other_laender.search(before[-25:]):
            return None  # "Neunkirchen (Saar)", "im hessischen Borken": a namesake
        if form == "adjective":
            return self._adjective_hit(found, ags, after)
        if FIELD_NAME_BEFORE.search(before):
            return None  # "die Kita „Am Hagen“", "der U3-Anbau am Hagen": a field or street
        seat = self.cues.organisation.search(before)
        if seat and not (OWN_INSTITUTION.search(before, 0, seat.start())
                         or (OF_THE_TOWN.search(before)
                             and OWN_OFFICE_OPENS.search(before, 0, seat.start()))):
            return None  # "Institut für soziale Arbeit in Münster": a seat
        if self.cues.person.search(before):
            return _Hit(ags, found.start(), found.end(), "body", found.group(), person=True)
        if self.cues.district.search(before):
            return _Hit(ags, found.start(), found.end(), "body", found.group(), district=True)
        # A model first: "am Modell der Stadt Dormagen" names no place of the text's own.
        if self.cues.model.search(before):  # an aside, that other cues of its sentence skip
            return _Hit(ags, found.start(), found.end(), "body", found.group(), aside=True)
        cue = self.cues.place.search(before)
        joined = previous and previous.signal == "stadt" and LIST_JOIN.match(
            text[previous.end : found.start()]
        )
        # Where some of those taking part come from ("die meisten aus Bad Münstereifel,
        # Schleiden und Hellenthal", "auch Familien aus Monschau und Roetgen"): the whole list
        # (not "Eltern aus Winterberg und Medebach müssen nicht mehr fahren": those served).
        some_from = bool(SOME_FROM.search(before) or (
            joined and previous.some_from
            and NEIGHBOUR_JOIN.fullmatch(text, previous.end, found.start())))
        aside = (bool(self.cues.origin.search(before)) or self._travelled_to(text, found, previous)
                 or some_from or self._spans_a_kreis(text, found))
        if cue or joined:
            evidence = (cue.group() if cue else "") + found.group()
            return _Hit(ags, found.start(), found.end(), "stadt", evidence.strip(), aside=aside,
                        some_from=some_from)
        # An ambiguous name, or a short form that is also a district elsewhere ("Mülheim" in
        # Köln), counts bare only as a dateline or title, or as a sentence's subject that acts
        # as a town does ("Lage eröffnet ein Familienbüro"; a noun would have its article).
        acts = (SENTENCE_OPENING.search(before) and self.cues.town_verb.match(after)
                and not (self.cues.everyday_names.fullmatch(found.group())
                         and self.cues.everyday_verb.match(after)))
        # ... or as the next of a list of neighbours after a town of its Kreis named clearly
        # ("Bocholt, Rhede und Isselburg": NRW's Rhede, not the one in Lower Saxony; not
        # "Petra Hagen und Lotte Schmitz", nor "Velbert, Langenberg und Neviges": districts).
        listed = (
            previous is not None and not (previous.weak or previous.person or previous.district
                                          or previous.aside)
            and NEIGHBOUR_JOIN.fullmatch(text, previous.end, found.start())
            and self.gazetteer.get(previous.ags).kreis_schluessel
            == self.gazetteer.get(ags).kreis_schluessel)
        weak = not (acts or listed) and (
            self.gazetteer.is_ambiguous(self.gazetteer.get(ags).name)
            or bool(self.cues.district_names.fullmatch(found.group())))
        return _Hit(ags, found.start(), found.end(), "body", found.group(), weak, aside=aside)

    def _spans_a_kreis(self, text: str, found: re.Match) -> bool:
        """ "Wie geht es Familien zwischen Attendorn und Wenden?": two towns of one Kreis that
        mark its whole area, not places of their own (not a tie between them: "die
        Zusammenarbeit zwischen Kempen und Grefrath")."""
        # (only the words around the name: this runs for every name of every text)
        near = REGION_SPAN.finditer(text, max(0, found.start() - 60), found.end() + 80)
        span = next((span for span in near if span.start("first") <= found.start() < span.end()),
                    None)
        if not span or TIE_BEFORE.search(text, max(0, span.start() - 40), span.start()) or (
                TIE_AFTER.match(text, span.end())):
            return False
        towns = [self._forms.get(span[name]) for name in ("first", "second")]
        return all(towns) and len({self.gazetteer.get(ags).kreis_schluessel
                                   for ags, _ in towns}) == 1

    def _travelled_to(self, text: str, found: re.Match, previous: _Hit | None) -> bool:
        """ "Eltern müssen nicht mehr nach Wesel oder Moers fahren", "der Weg nach Siegburg":
        where families travel to, named after "nach" (or in a list after it) in a clause that
        speaks of travelling; not where money or staff go ("fließen 40.000 Euro nach Werl")."""
        start = found.start()
        if previous and LIST_JOIN.match(text[previous.end : start]):
            start = previous.start  # the list's first name
        toward = TOWARD.search(text, max(0, start - 10), start)
        if not toward:
            return False
        head = CLAUSE_BREAK.split(text[max(0, toward.start() - 60) : toward.start()])[-1]
        tail = CLAUSE_BREAK.split(text[found.end() : found.end() + 60])[0]
        return bool(self.cues.travel.search(head) or self.cues.travel.search(tail))

    def _adjective_hit(self, found: re.Match, ags: str, after: str) -> _Hit | None:
        """ "Kempener Eltern" is Kempen; "Dürener Kreistag" is the Kreis; "Weseler Kreishaus"
        is only a venue; "Kempener Straße" is somewhere else; "Gütersloher Bertelsmann
        Stiftung" is a seat."""
        if not re.match(r"\s+[A-ZÄÖÜ]", after) or self.cues.street.match(after):
            return None
        noun = re.match(r"\s+\S+", after).group()
        if self.cues.kreis_venues.match(after):
            return None
        place = self.gazetteer.get(ags)
        # "das Dormagener Modell": a model elsewhere; "die Gütersloher Bertelsmann Stiftung":
        # an organisation's seat. Both count only where the town is named again.
        if self.cues.model_after.match(after) or self.cues.seat_of.match(after):
            return _Hit(ags, found.start(), found.end(), "body", found.group() + noun, aside=True)
        if self.cues.kreis_bodies.match(after):
            if place.kreis_schluessel not in self.gazetteer.places:  # a kreisfreie Stadt
                return _Hit(ags, found.start(), found.end(), "body", found.group() + noun)
            kreis = place.kreis_schluessel
            return _Hit(kreis, found.start(), found.end(), "kreis", found.group() + noun)
        # "der Nettetaler Rat beschloss": the town acts, as "die Stadt Nettetal" does.
        signal = "stadt" if self.cues.town_bodies.match(after) else "body"
        return _Hit(ags, found.start(), found.end(), signal, found.group() + noun)

    def _land_acts(self, text: str) -> bool:
        """The Land acts or pays somewhere in `text`, not only visits or congratulates ("Die
        Familienministerin besuchte das Familienzentrum in Rheine"). Once a text has told of a
        visit, its later sentences that name only the visitors tell of that visit ("Die
        Ministerin ließ sich das Elterncafé zeigen"), unless they bring money; a ministry or
        a programme named there still acts ("Den Preis vergibt das Familienministerium")."""
        cues, visit = self.cues, False
        for start, end in _sentence_spans(text):  # searched in place: "^NRW:" is the title's
            # not another Land's: "die niedersächsische Landesregierung"
            others = {word for _, _, word in self._other_land_mentions(text, start, end)}
            acting = [m.group() for m in cues.land_acting.finditer(text, start, end)
                      if m.start() not in others
                      and not NEGATED.search(text, max(start, m.start() - 40), m.start())]
            if not acting:
                continue
            if LAND_NOT_ACTING.search(text, start, end) or LAND_NOT_HERE.search(text, start, end):
                continue
            money = cues.money.search(text, start, end)
            if cues.ceremony.search(text, start, end) and not money:
                visit = True
            elif money or not (visit and all(map(cues.visitors.fullmatch, acting))):
                return True
        return False

    def _other_land_mentions(self, text: str, start: int, end: int):
        """Another Land named as a government between `start` and `end`: "das Land
        Niedersachsen", or its adjective before a word of the Land's acting ("die
        niedersächsische Landesregierung"). Yields (Land, the name's match, where that word
        starts or None)."""
        for land, hint in self.cues.laender:
            for found in hint.finditer(text, start, end):
                if text[found.start() - 1 : found.start()].isalpha():
                    continue  # "sächsisch" in "niedersächsisch"
                if OTHER_LAND_BEFORE.search(text, max(0, found.start() - 20), found.start()):
                    yield land, found, None
                    continue
                word = OTHER_LAND_WORD.match(text, found.start())
                acting = word and self.cues.land_acting.match(text, word.end(), end)
                if found.group()[0].islower() and acting:
                    yield land, found, acting.start()

    def _other_land_hits(self, text: str) -> list[_Hit]:
        """ "Das Land Niedersachsen fördert den Aufbau mit 80.000 Euro", "Die hessische
        Landesregierung zahlt ...": another Land that pays, coded as NRW is (not "Das Land
        Niedersachsen ist an der Finanzierung nicht beteiligt")."""
        return [
            _Hit(self._land_keys[land], found.start(), found.end(), "land", found.group())
            for start, end in _sentence_spans(text)
            if self.cues.money.search(text, start, end)
            and not self.cues.exclusion.search(text, start, end)
            for land, found, _ in self._other_land_mentions(text, start, end)
        ]

    def _land_wide(self, text: str) -> re.Match | None:
        """The first word of a text about the whole Land ("landesweit"), not one in a
        sentence of Land-wide statistics given for comparison ("Landesweit liegt dieser
        Anteil niedriger")."""
        for start, end in _sentence_spans(text):
            found = self.cues.land_wide.search(text, start, end)
            if found and not self.cues.land_statistics.search(text, start, end):
                return found
        return None

    def _land_hits(self, text: str) -> list[_Hit]:
        found = (
            self._land_wide(text)
            or self.cues.land_names.search(text)
            or self.cues.land_acting.search(text)
        )
        return [_Hit(NRW_KEY, *found.span(), "land", found.group())] if found else []

    def _tags(self, hits: list[_Hit]) -> list[MunicipalityTag]:
        by_place = _by_place(hits)
        main = _main_of(by_place)
        return [self._tag(ags, found, ags == main) for ags, found in by_place.items()]

    def _tag(self, ags: str, hits: list[_Hit], is_main: bool) -> MunicipalityTag:
        place: Place = self.gazetteer.get(ags)
        best = min(hits, key=lambda hit: SIGNALS.index(hit.signal))
        kreis = place.kreis if place.level == "gemeinde" else None
        return MunicipalityTag(ags, place.level, place.name, kreis, place.regierungsbezirk,
                               is_main, best.signal, best.evidence)  # fmt: skip


# A town's web host may carry its kind before its name: "stadt-gladbeck.de"; papers file a
# town's news under a section before its name (sources/README.md: RP, WAZ, Aachener Zeitung).
URL_TOWN_PREFIXES = ("stadt-", "gemeinde-")
URL_TOWN_SECTIONS = ("staedte", "lokales")
# A Kreis's word or one of its bodies: "Kreis", "Kreisjugendamt", "Kreistag", "Landrat".
KREIS_WORD = re.compile(r"\b(?:Kreis\w*|Landr[aä]t\w*|Städteregion)\b")
URL_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", " ": "-"})


def _slug(name: str) -> str:
    """A name as web addresses write it: "Hückelhoven" as "hueckelhoven", "Bad Honnef" as
    "bad-honnef"."""
    return name.lower().translate(URL_SPELLING)


def _by_place(hits: list[_Hit]) -> dict[str, list[_Hit]]:
    by_place: dict[str, list[_Hit]] = {}
    for hit in hits:
        by_place.setdefault(hit.ags, []).append(hit)
    return by_place


def _main_of(by_place: dict[str, list[_Hit]]) -> str | None:
    return min(by_place, key=lambda ags: _main_rank(by_place[ags]), default=None)


def _main_rank(hits: list[_Hit]) -> tuple:
    """Lead, title prefix, title, dateline, then a town over a Kreis named in the body (which
    often only pays), then the most (weighted) mentions, then the earliest."""
    strongest = min(SIGNALS.index(hit.signal) for hit in hits)
    level = 2 if hits[0].ags == NRW_KEY else 0
    weight = sum(WEIGHT.get(hit.signal, 0) for hit in hits)
    in_prefix = any(hit.prefix for hit in hits)
    kreis = len(hits[0].ags) == 5
    return (min(strongest, 3) + level, not in_prefix, kreis, -weight, min(h.start for h in hits))


def _where_it_acts(hits: list[_Hit]) -> list[_Hit]:
    """ "Familien im Kreis Unna" in a text where that Kreis acts: the Kreis, not a location."""
    return [replace(hit, aside=False, located=False) if hit.located else hit for hit in hits]


def _in_relative_clause(text: str, start: int, hit: _Hit, cue: int, hits: list[_Hit]) -> bool:
    """Whether `hit` stands in a relative clause about another place named right before it
    ("Der Hochsauerlandkreis, dessen Kreisjugendamt für Medebach zuständig ist, ..."; not
    "die Einrichtungen, die in Grefrath liegen"), closed before the cue at `cue`."""
    return any(clause.start() <= hit.start < clause.end() <= cue
               and any(other.end <= clause.start() and not text[other.end : clause.start()].strip()
                       for other in hits)
               for clause in RELATIVE_CLAUSE.finditer(text, start, cue))


def _list_of(hit: _Hit, hits: list[_Hit], text: str) -> list[_Hit]:
    """`hit` and the hits joined to it by commas and "und": "in Hünxe, Alpen und Rees"."""
    ordered = sorted(hits, key=lambda h: h.start)
    index = ordered.index(hit)
    low = high = index
    while low > 0 and _joined(text, ordered[low - 1], ordered[low]):
        low -= 1
    while high + 1 < len(ordered) and _joined(text, ordered[high], ordered[high + 1]):
        high += 1
    return ordered[low : high + 1]


def _joined(text: str, first: _Hit, second: _Hit) -> bool:
    """Two members of one list, or a member and the Kreis it lies in."""
    between = text[first.end : second.start]
    return bool(
        LIST_JOIN.match(between) or LOCATED_JOIN.match(between)
        or (len(second.ags) == 5 and IN_KREIS.match(between))
    )


def _listed_with_towns(hits: list[_Hit], text: str) -> list[_Hit]:
    """An ambiguous name in a list beside two towns named clearly is a town too ("Ahlen,
    Meschede und Bünde", "Bünde, Höxter und Hennef"); not beside one ("Velbert, Langenberg
    und Neviges": districts), nor in what is no list of its own ("Xanten und Kalkar, Wetter
    und Anmeldung vorausgesetzt": commas, then "und" before the last member only)."""
    chains: list[list[_Hit]] = []
    for hit in hits:
        if chains and NEIGHBOUR_JOIN.fullmatch(text, chains[-1][-1].end, hit.start):
            chains[-1].append(hit)
        else:
            chains.append([hit])
    towns = {
        id(member) for chain in chains
        if sum(not (m.weak or m.person or m.district or m.aside) for m in chain) >= 2
        and _a_list(chain, text)
        for member in chain
    }  # fmt: skip
    return [replace(hit, weak=False) if hit.weak and id(hit) in towns else hit for hit in hits]


def _a_list(chain: list[_Hit], text: str) -> bool:
    """Whether the names are joined as a list: by commas, and "und" or "sowie" before the last
    one, which no other "und" follows ("... und Bünde", not "..., Wetter und Anmeldung")."""
    joins = [text[first.end : second.start].strip() for first, second in itertools.pairwise(chain)]
    return (all(join == "," for join in joins[:-1]) and joins[-1] in ("und", "sowie")
            and not AND_NEXT.match(text, chain[-1].end))


def _without_asides(hits: list[_Hit], in_lists: set[int] = frozenset()) -> list[_Hit]:
    """Drops places named only in passing, the bare mentions of a town that is someone's
    surname ("Koordinatorin Julia Kamen ... sagte Kamen") but in a list of towns (ids of hits
    `in_lists`: "Stadtlohn, Südlohn und Vreden"), and the bare and title mentions of
    a town that the text names as a district of another ("im Stadtteil Hamm"); a town the text
    says does not take part is not coded by its bare mentions ("AWO-Unterbezirk Unna") or its
    dateline either ("Aachen. ... Die Stadt Aachen macht nicht mit")."""
    named = {hit.ags for hit in hits if not (hit.aside or hit.person or hit.district)}
    people = {hit.ags for hit in hits if hit.person}
    districts = {hit.ags for hit in hits if hit.district}
    excluded = {hit.ags for hit in hits if hit.excluded}
    return [
        hit for hit in hits
        if hit.ags in named and not hit.aside and not hit.person and not hit.district
        and not (hit.ags in people and hit.signal == "body" and id(hit) not in in_lists)
        and not (hit.ags in excluded and hit.signal in ("body", "dateline"))
        and not (hit.ags in districts and hit.signal in ("body", "title"))
    ]  # fmt: skip


def _names_at(text: str, position: int, name: str) -> bool:
    """Whether `text` names `name` at `position`, as a whole word ("Waldshut", not "Waldshuter")."""
    end = position + len(name)
    return text.startswith(name, position) and not text[end : end + 1].isalnum()


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    starts = [0] + [m.end() for m in SENTENCE.finditer(text)]
    return list(zip(starts, [*starts[1:], len(text)], strict=True))


def _without_seat_datelines(
    hits: list[_Hit], authority_seats: set[str] = frozenset(), listed: set[str] = frozenset()
) -> list[_Hit]:
    """A dateline place named nowhere else is where the text was written ("Münster (lwl).",
    or a paper's "Siegen." over a text titled with another town), not what it is about, when
    it carries an issuer's mark or the title names another town (a text that names other
    towns only in its body is about its dateline's town, "Bergisch Gladbach."); a
    dated or marked one ("Köln. 30. September 2015.") is the publisher's seat, with its other
    mentions ("in Köln beschlossen"), unless the text names it as a town that acts ("die Stadt
    Köln") or first in a list of towns that are `listed` ("in Bielefeld, Paderborn und
    Minden"), or names no other place than the town's own Kreis and the town again, which is
    none of the `authority_seats` ("Nettetal, 12.03.2019. Familien in Nettetal ... Der Kreis
    Viersen gibt 15.000 Euro dazu": the town's own release). In a text about what the Land, the
    LVR or the LWL does, a dateline of one of their
    `authority_seats` named nowhere else is their seat ("Düsseldorf. Die Landesregierung
    startet ..."). The places of a dated dateline of several places named nowhere else are
    where the text was written and where its event was held ("Düsseldorf/Essen, 30. September
    2013. Das Land ... auf einem Kongress in der Essener Grugahalle"); the first of an undated
    one is a paper's edition ("Erkelenz/Hückelhoven. Die Stadt Hückelhoven ...")."""
    named = {hit.ags for hit in hits if hit.signal != "dateline"}
    titled = {hit.ags for hit in hits if hit.signal == "title" and len(hit.ags) == 8}
    acting = {hit.ags for hit in hits if hit.signal in ("title", "stadt")
              and not re.match(r"(?:in|aus)\b", hit.evidence)} | listed  # fmt: skip
    # (the Land is no other place: "Brakel (WB). ... die Urkunde des Landes" is about Brakel)
    others = {hit.ags for hit in hits
              if hit.signal not in ("dateline", "land") and not hit.dated}  # fmt: skip
    seats = {hit.ags for hit in hits if hit.signal == "dateline" and hit.dated
             and hit.ags not in acting
             and (others - {hit.ags, hit.ags[:KREIS_DIGITS]}
                  or (others - {hit.ags} and (hit.ags not in named or hit.ags in authority_seats)))}
    return [
        hit for hit in hits
        if hit.ags not in seats
        and (hit.signal != "dateline" or hit.ags in named
             or not (titled - {hit.ags} or hit.seat or hit.shared or hit.edition
                     or hit.ags in authority_seats))
    ]  # fmt: skip


def _paragraph_starts(text: str) -> list[tuple[int, str]]:
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]
    return [(start, text[start:]) for start in starts]


def _either_case(cues: list[str]) -> str:
    """The cues' alternation, each also with a capital first letter: a cue that opens its
    sentence ("Ausgenommen ist die Stadt Gütersloh") says what it says in the middle."""
    return "|".join(re.sub(r"^(\\b)?([a-zäöü])", lambda m: f"{m[1] or ''}(?i:{m[2]})", cue)
                    for cue in cues)  # fmt: skip


def _alternation(forms) -> _NotAfterWord:
    ordered = sorted(forms, key=len, reverse=True)
    names = "|".join(re.escape(form) for form in ordered)
    return _NotAfterWord(rf"(?:{names})(?!\w)")


def _kreis_pattern(kreis: Place) -> _NotAfterWord:
    """The ways texts write a Kreis: "Kreis Viersen", "Kreises Viersen", "Rhein-Sieg-Kreises",
    "Hochsauerlandkreises"."""
    name = kreis.name
    if name.startswith("Kreis "):
        base = re.escape(name.removeprefix("Kreis "))
        form = (
            rf"(?:Landkreis|Kreis)(?:es|jugendamt(?:e?s)?|verwaltung|gebiet(?:e?s)?)?\s+{base}"
        )
        if "-" in base:  # "Siegen-Wittgenstein" alone names the Kreis, not Siegen
            form = rf"(?:{form}|{base})"
    elif name.startswith("Städteregion "):
        base = re.escape(name.removeprefix("Städteregion "))
        # NRW has one Städteregion: texts from there drop the name ("Städteregion: ...").
        form = rf"Städte[Rr]egion(?:\s+{base})?|Kreis(?:es)?\s+{base}"
    else:
        form = re.escape(name).replace("Kreis", "Kreis(?:es)?").replace(r"\ ", r"\s+")
        form = re.sub(r"ischer", "ische[rn]?", form)
        form = re.sub(r"kreis$", "kreis(?:es)?", form)  # "des Hochsauerlandkreises"
    return _NotAfterWord(rf"{form}(?!\w)")


class _NotAfterWord:
    r"""A pattern that matches only where no letter, digit, "_" or "-" comes right before it.

    Written as a look-behind at the pattern's start, `(?<![\w-])`, it makes re try the pattern
    at every position of a text, since re then cannot skip ahead to the letters a match may
    start with. Searching with the rest of the pattern and checking what precedes each match
    finds the very same matches, several times faster for the gazetteer's names and Kreise.
    """

    NOT_AFTER = re.compile(r"(?<![\w-])")

    def __init__(self, pattern: str):
        self.rest = re.compile(pattern)

    def finditer(self, text: str) -> Iterator[re.Match]:
        position = 0
        while found := self.rest.search(text, position):
            if self.NOT_AFTER.match(text, found.start()):
                yield found
                position = found.end()  # a name is never empty
            else:
                position = found.start() + 1

    def fullmatch(self, text: str) -> re.Match | None:
        return self.rest.fullmatch(text)  # nothing comes before the start of a text
