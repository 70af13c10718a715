from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.dates import BERLIN, DateMatch, find_dates, parse_date, to_iso

from .conftest import runaway_guard

REFERENCE = datetime(2012, 1, 24, 15, 30, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Die Stadt plant ein Netzwerk gegen Kinderarmut. (24.01.2012)", "2012-01-24"),
        ("Sitzung des Jugendhilfeausschusses am 21.11.2007", "2007-11-21"),
        ("Beschluss vom 30.4.2003", "2003-04-30"),
        ("Mitteilung vom 24.02.06", "2006-02-24"),
        ("Mitteilung vom 24.02.99", "1999-02-24"),
        ("Düsseldorf, 28. Oktober 2016", "2016-10-28"),
        ("13 September 2011", "2011-09-13"),
        ("28.Oktober 2016", "2016-10-28"),
        ("3. Okt. 2016", "2016-10-03"),
        ("5. Sept. 2011", "2011-09-05"),
        ("5. Sep 2011", "2011-09-05"),
        ("1. Dez. 2015", "2015-12-01"),
        ("3. März 2012", "2012-03-03"),
        ("3. Maerz 2012", "2012-03-03"),
        ("3. Marz 2012", "2012-03-03"),
        ("3. MÄRZ 2012", "2012-03-03"),
        ("12. Jänner 2014", "2014-01-12"),
        ("13th September 2011", "2011-09-13"),
        ("September 13, 2011", "2011-09-13"),
        ("Sept. 13 2011", "2011-09-13"),
        ("May 3rd, 2012", "2012-05-03"),
        ("24. 01. 2012", "2012-01-24"),
        ("2016-10-28", "2016-10-28"),
        ("Ende am 31.12.2099.", "2099-12-31"),
        ("29.02.2012", "2012-02-29"),
        ("4.\u20092.\u20092022", "2022-02-04"),
        ("17/11/2019", "2019-11-17"),
        ("30/10/23", "2023-10-30"),
        # Page text often glues a date to the words around it.
        ("DruckenVon03.04.2019Von", "2019-04-03"),
        ("Zitronenkuchen!17 Feb 2020Rezept", "2020-02-17"),
    ],
)
def test_days(text, iso):
    assert to_iso(parse_date(text)) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Donnerstag, 17. September 2009, 16:10 Uhr", "2009-09-17T16:10:00+02:00"),
        ("05.07.2018 - 17:22 Uhr", "2018-07-05T17:22:00+02:00"),
        ("30.06.2017 19:20", "2017-06-30T19:20:00+02:00"),
        ("3. März 2021, 08:15 Uhr", "2021-03-03T08:15:00+01:00"),
        ("24.01.2012 um 12.30 Uhr", "2012-01-24T12:30:00+01:00"),
        ("24.01.2012, 18 Uhr", "2012-01-24T18:00:00+01:00"),
        ("September 13, 2011 10:05", "2011-09-13T10:05:00+02:00"),
        ("2016-10-28T08:15:00+02:00", "2016-10-28T08:15:00+02:00"),
        ("2016-10-28T08:15:00", "2016-10-28T08:15:00+02:00"),
        ("2016-12-28 08:15", "2016-12-28T08:15:00+01:00"),
        ("2016-12-28T07:15:00Z", "2016-12-28T07:15:00+00:00"),
        ("2016-12-28T07:15:00.123-0500", "2016-12-28T07:15:00-05:00"),
        # Clocks go forward on 2016-03-27 and back on 2016-10-30 in Berlin.
        ("26.03.2016 12:00", "2016-03-26T12:00:00+01:00"),
        ("27.03.2016 12:00", "2016-03-27T12:00:00+02:00"),
        ("29.10.2016 12:00", "2016-10-29T12:00:00+02:00"),
        ("30.10.2016 12:00", "2016-10-30T12:00:00+01:00"),
    ],
)
def test_moments(text, iso):
    assert to_iso(parse_date(text)) == iso


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("30.06.2017 25:20", "30.06.2017"),
        ("30.06.2017 19:75 Uhr", "30.06.2017"),
        ("2016-10-28T24:15:00", "2016-10-28"),
        ("am 24.01.2012, 12 Kinder kamen", "24.01.2012"),
    ],
)
def test_a_time_that_is_not_one_is_left_out(text, matched):
    assert [(m.text, m.value) for m in find_dates(text)] == [(matched, parse_date(matched))]
    assert type(parse_date(text)) is date


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("UPDATE: 22.08.2015 06:00 Uhr", "modified"),
        ("Letzte Aktualisierung: 03.05.2016", "modified"),
        ("zuletzt aktualisiert: 06.10.2025", "modified"),
        ("aktualisiert am 06.10.2025", "modified"),
        ("Zuletzt geändert am Freitag, 3. Juni 2016", "modified"),
        ("Veröffentlicht am 13.05.2016", "published"),
        ("Veröffentlicht: 05.09.2013 // Quelle: Landschaftsverband Rheinland", "published"),
        ("Veröffentlicht am Donnerstag, 17. September 2009", "published"),
        ("Pressemitteilung vom 12.5.2018", "published"),
        ("Mitteilung vom 24.02.06", "published"),
        ("erschienen am 01.02.2013", "published"),
        ("publiziert: 01.02.2013", "published"),
        ("Stand: 01.02.2020", "stand"),
        ("Stand 01.02.2020", "stand"),
        ("gedruckt am 01.02.2020", "print"),
        ("Druckdatum: 01.02.2020", "print"),
        ("Das Fest am 01.02.2020", None),
        ("Der Bestand 01.02.2020", None),
        ("Veröffentlicht wurde der Bericht im Rathaus. Das Fest am 01.02.2020", None),
        ("Veröffentlicht:\n01.02.2020", None),
    ],
)
def test_role_from_the_cue_before(text, role):
    assert [m.role for m in find_dates(text)] == [role]


@pytest.mark.parametrize(
    "text",
    [
        "Version 3.5.1 ist erschienen",
        "mit bis zu 10.000 Euro gefördert",
        "Abschnitt 1.2.3 der Richtlinie",
        "Abschnitt 1.3.12 der Richtlinie",
        "Abschnitt 1.2. der Richtlinie",
        "IBAN DE12 3456 7890 1234 5678 90",
        "Telefon 02152 / 917-123",
        "Telefon 0211.12.34.56",
        "Beginn um 12.30 Uhr",
        "am 31.02.2012",
        "am 30.13.2012",
        "am 24.01.1985",
        "am 24.01.2101",
        "im Oktober 2016",
        "2016-13-01",
        "Version 2.10.15.4",
        "32 000 Euro",
        "Seite 1/2/2012",
        "Telefon 28.09.1912",
    ],
)
def test_not_a_date(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("vor 2 Stunden", "2012-01-24T13:30:00+01:00"),
        ("vor einer Stunde", "2012-01-24T14:30:00+01:00"),
        ("vor 30 Minuten", "2012-01-24T15:00:00+01:00"),
        ("vor 3 Tagen", "2012-01-21"),
        ("vor zwei Wochen", "2012-01-10"),
        ("heute", "2012-01-24"),
        ("Gestern", "2012-01-23"),
        ("vorgestern", "2012-01-22"),
        ("yesterday", "2012-01-23"),
    ],
)
def test_relative_against_the_reference(text, iso):
    assert to_iso(parse_date(text, reference=REFERENCE)) == iso


def test_hours_ago_against_a_reference_day_gives_that_day():
    assert parse_date("vor 2 Stunden", reference=date(2012, 1, 24)) == date(2012, 1, 24)


def test_naive_reference_is_berlin_time():
    found = parse_date("vor 2 Stunden", reference=datetime(2012, 7, 24, 15, 30))
    assert to_iso(found) == "2012-07-24T13:30:00+02:00"


@pytest.mark.parametrize(
    "text", ["vor 2 Stunden", "gestern", "heute (11.09.)", "Am Mittwoch (28.01.)"]
)
def test_relative_and_yearless_need_a_reference(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "reference", "iso"),
    [
        ("Am Mittwoch (18.01.) trafen sich", date(2012, 1, 24), "2012-01-18"),
        ("Am Mittwoch (28.01.) treffen sich", date(2012, 1, 24), "2012-01-28"),
        ("Am Mittwoch (28.12.) trafen sich", date(2012, 1, 4), "2011-12-28"),
        ("Am Montag (02.01.) treffen sich", date(2011, 12, 30), "2012-01-02"),
        ("Am Montag (29.02.) trafen sich", date(2012, 3, 10), "2012-02-29"),
        ("die Ausstellung (11.09.) eröffnet", date(2012, 9, 12), "2012-09-11"),
        ("vom 11.09. an geöffnet", date(2012, 9, 12), "2012-09-11"),
        # More than a week ahead of the reference: the year before.
        ("Am Mittwoch (28.02.) trafen sich", date(2012, 1, 24), "2011-02-28"),
    ],
)
def test_yearless_day_nearest_the_reference(text, reference, iso):
    assert to_iso(parse_date(text, reference=reference)) == iso


def test_yearless_heute_gives_both_in_order():
    matches = find_dates("heute (11.09.)", reference=date(2012, 9, 11))
    assert [(m.text, to_iso(m.value)) for m in matches] == [
        ("heute", "2012-09-11"),
        ("11.09.", "2012-09-11"),
    ]


def test_find_dates_spans_in_text_order():
    text = "Veröffentlicht: 05.09.2013 – Treffen am 3. Okt. 2016 um 18 Uhr, Stand 2016-10-28"
    assert find_dates(text) == [
        DateMatch(date(2013, 9, 5), 16, 26, "05.09.2013", "published"),
        DateMatch(datetime(2016, 10, 3, 18, tzinfo=BERLIN), 40, 62, "3. Okt. 2016 um 18 Uhr", None),
        DateMatch(date(2016, 10, 28), 70, 80, "2016-10-28", "stand"),
    ]


def test_spans_point_into_the_text():
    text = "Kempen: Netzwerk gegen Kinderarmut (24.01.2012)\nQuellen: rp-online.de, 24.01.2012"
    assert [(m.start, m.end) for m in find_dates(text)] == [(36, 46), (71, 81)]


def test_relative_and_absolute_dates_merge_in_order():
    text = "gestern: Update vom 20.01.2012; heute neu"
    matches = find_dates(text, reference=REFERENCE)
    assert [m.text for m in matches] == ["gestern", "20.01.2012", "heute"]


def test_parse_date_without_a_date():
    assert parse_date("Das Projekt wird mit bis zu 32.000 Euro gefördert.") is None


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        (date(2012, 1, 24), "2012-01-24"),
        (datetime(2009, 9, 17, 16, 10, tzinfo=BERLIN), "2009-09-17T16:10:00+02:00"),
        (datetime(2009, 12, 17, 16, 10, 5, 123, tzinfo=BERLIN), "2009-12-17T16:10:05+01:00"),
    ],
)
def test_to_iso(value, iso):
    assert to_iso(value) == iso


@given(st.text(alphabet="0123456789.:- ,()aMärzvoUhrSept\nTag", max_size=80))
def test_matches_are_ordered_non_overlapping_and_point_into_the_text(text):
    matches = find_dates(text, reference=REFERENCE)
    assert all(text[m.start : m.end] == m.text for m in matches)
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:], strict=False))


def test_a_100_kb_page_ends_without_runaway_backtracking():
    paragraph = (
        "Kempen: Netzwerk gegen Kinderarmut (24.01.2012). Rund 70 Fachkräfte trafen sich am "
        "Mittwoch, 18. Januar 2012, 16:30 Uhr; gefördert mit 32.000 Euro, Telefon 02152 / 917-0, "
        "Raum 1.2.3, Beginn 12.30 Uhr.\nMo Di Mi Do Fr Sa So\n26 28 29 30 1 2 3 4\n"
    )
    text = paragraph * (100_000 // len(paragraph))
    with runaway_guard():  # about 4 ms; speed itself is bench/extract's business
        matches = find_dates(text)
    assert len(matches) == 2 * (100_000 // len(paragraph))


@pytest.mark.parametrize(
    ("text", "reference", "iso"),
    [
        ("14. Februar, 9.30 Uhr", date(2024, 2, 20), "2024-02-14T09:30:00+01:00"),
        ("am 3. März", date(2024, 3, 5), "2024-03-03"),
        ("Treffen am 28. Dezember", date(2025, 1, 4), "2024-12-28"),
    ],
)
def test_day_and_month_name_without_year_nearest_the_reference(text, reference, iso):
    assert to_iso(parse_date(text, reference=reference)) == iso


@pytest.mark.parametrize("text", ["3. März", "Kapitel 3. März"])
def test_bare_day_and_month_name_is_no_date(text):
    # without a cue or a time it is a heading or a name ("3. März" as a street, a title)
    assert find_dates(text, reference=date(2024, 3, 5)) == []


def test_day_and_month_name_need_a_reference():
    assert find_dates("am 3. März") == []


def test_a_word_between_vor_and_the_number():
    assert to_iso(parse_date("vor rund 5 Stunden", reference=REFERENCE)) == \
        "2012-01-24T10:30:00+01:00"


def test_relative_can_be_switched_off_for_a_page_date_reference():
    assert find_dates("vor 5 Stunden, am 3. März", reference=date(2024, 3, 5),
                      relative=False)[0].text == "3. März"


@pytest.mark.parametrize(
    ("text", "iso"),
    [("Stand: 3.7.19", "2019-07-03"), ("Stand: 3.7.19, 14:05 Uhr", "2019-07-03T14:05:00+02:00")],
)
def test_unpadded_two_digit_year_after_a_cue(text, iso):
    matches = find_dates(text)
    assert [(to_iso(m.value), m.role) for m in matches] == [(iso, "stand")]


def test_unpadded_two_digit_year_without_a_cue_is_a_number():
    assert find_dates("siehe Abschnitt 3.7.19 der Satzung") == []


@pytest.mark.parametrize(
    "text", ["Verfügbar bis 06.05.2024", "Sendung: Lokalzeit, 24.04.2024, 15:10 Uhr"]
)
def test_video_and_broadcast_lines_give_media_dates(text):
    assert [m.role for m in find_dates(text)] == ["media"]
