"""The site's German formats and labels: amounts, dates, quotations, table and value names."""

import pytest

from pipeline.site import formatting, labels


class Urls:
    """Datasette's URL builder for an archive served as /archive."""

    def row(self, database, table, row_path):
        return f"/{database}/{table}/{row_path}"

    def table(self, database, table):
        return f"/{database}/{table}"

    def query(self, database, query):
        return f"/{database}/{query}"


class Row(dict):
    """A result row as sqlite3.Row answers: keys() and values in column order."""

    def __iter__(self):
        return iter(self.values())


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (3_400_000.0, "3,4\xa0Mio.\xa0€"),
        (3_000_000, "3\xa0Mio.\xa0€"),
        (12_500_000_000, "12,5\xa0Mrd.\xa0€"),
        (250_000.0, "250.000\xa0€"),
        (25_000.0, "25.000\xa0€"),
        (1_234.56, "1.235\xa0€"),
        (None, ""),
    ],
)
def test_euro_writes_amounts_as_german_readers_do(amount, text):
    assert formatting.euro(amount) == text


@pytest.mark.parametrize(
    ("value", "short", "long"),
    [
        ("2012-01-24", "24.01.2012", "24. Januar 2012"),
        ("2015-03-02", "02.03.2015", "2. März 2015"),
        ("2009-09-17T16:10:00+02:00", "17.09.2009", "17. September 2009"),
        ("2024-12-31T23:30:00Z", "01.01.2025", "1. Januar 2025"),  # Berlin is an hour ahead
        ("2012", "2012", "2012"),
        ("ohne Datum", "ohne Datum", "ohne Datum"),
        (None, "", ""),
    ],
)
def test_dates_short_and_long(value, short, long):
    assert (formatting.short_date(value), formatting.long_date(value)) == (short, long)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("2024-05-01T10:00:00Z", "01.05.2024, 12:00 Uhr"),
        ("2012-01-25T13:19:22+01:00", "25.01.2012, 13:19 Uhr"),
        ("2012-01-25", "25.01.2012"),
    ],
)
def test_moment_is_in_berlin_time_unless_the_page_gave_its_own(value, text):
    assert formatting.moment(value) == text


@pytest.mark.parametrize(
    ("value", "text", "days"),
    [
        ("2015-03", "März 2015", ("2015-03-01", "2015-04-01")),
        ("2019-12", "Dezember 2019", ("2019-12-01", "2020-01-01")),
        ("2019-13", "2019-13", None),
        ("unbekannt", "unbekannt", None),
    ],
)
def test_month_and_its_days(value, text, days):
    assert (formatting.month(value), formatting.month_range(value)) == (text, days)


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        ("Kempen: Netzwerk gegen Kinderarmut", "»Kempen: Netzwerk gegen Kinderarmut«"),
        ("Kita „Sonnenschein“ eröffnet", "»Kita ‚Sonnenschein‘ eröffnet«"),
        ('Der "Pakt für Familien" und das "Bündnis"',
         "»Der ‚Pakt für Familien‘ und das ‚Bündnis‘«"),
        ("Aktion »Familienfreundlich«", "»Aktion ‚Familienfreundlich‘«"),
    ],
)
def test_quoted_titles_never_nest_the_same_marks(title, quoted):
    assert formatting.quoted(title) == quoted


@pytest.mark.parametrize(
    ("count", "text"),
    [(0, "0 Meldungen"), (1, "1 Meldung"), (11_180, "11.180 Meldungen")],
)
def test_counted_rows_use_the_tables_own_words(count, text):
    assert labels.counted_rows("articles", count) == text


def test_a_table_without_words_counts_rows():
    assert labels.counted_rows("_sqlite_migrations", 2) == "2 Zeilen"


@pytest.mark.parametrize(
    ("column", "value", "shown"),
    [
        ("publisher_kind", "ministry", "Ministerium"),
        ("kind", "regional body", "Landschaftsverband"),
        ("source", "familie_in_nrw", "familie-in-nrw.de"),
        ("qualifier", "up to", "bis zu"),
        ("level", "gemeinde", "Gemeinde"),
        ("amount_eur", 3_400_000.0, "3,4\xa0Mio.\xa0€"),
        ("published", "2012-01-24", "24. Januar 2012"),
        ("is_main", 1, "ja"),
        ("name", "Kempen", "Kempen"),
        ("publisher_kind", "unbekannte Art", "unbekannte Art"),
    ],
)
def test_stored_values_are_shown_in_german(column, value, shown):
    assert labels.shown(column, value) == shown


@pytest.mark.parametrize(
    ("column", "table", "label"),
    [
        ("publisher_kind", "articles", "Art des Herausgebers"),
        ("amount_eur", "fundings", "Betrag"),
        ("amount_eur", "foerderung_nach_kreis", "Genannte Fördersummen"),
        ("position", "fundings", "Nr. in der Meldung"),
        ("unknown_column", None, "unknown_column"),
    ],
)
def test_column_labels_prefer_the_tables_own(column, table, label):
    assert labels.column_label(column, table) == label


def test_filter_description_in_words():
    selections = [("year", "exact", "2015"), ("publisher_kind", "exact", "ministry"),
                  ("author", "isnull", "1")]

    assert labels.filter_description("articles", selections, None, "published", "Kita") == (
        "Suche nach „Kita“; Jahr ist 2015; Art des Herausgebers ist Ministerium; Autor fehlt; "
        "sortiert nach Erschienen, absteigend"
    )


@pytest.mark.parametrize(
    ("query", "column", "row", "link"),
    [
        ("neu_diese_woche", "title", Row(id="abc", title="Kita eröffnet"), "/archive/articles/abc"),
        ("neue_meldungen", "atom_title", Row(atom_title="Kita", id="a/b"),
         "/archive/articles/a~2Fb"),
        ("monate", "month", Row(month="2015-03", articles=1),
         "/archive/articles?published__gte=2015-03-01&published__lt=2015-04-01"),
        ("foerderung_nach_kreis", "kreis", Row(kreis="Kreis Viersen", articles=1),
         "/archive/foerderung_im_kreis?kreis=Kreis+Viersen"),
        ("foerderung_im_kreis", "kreis", Row(kreis="Kreis Viersen"), None),
        ("foerderung_nach_kreis", "articles", Row(kreis="Kreis Viersen", articles=1), None),
        ("neu_diese_woche", "title", Row(title="ohne Kennung"), None),
    ],
    ids=["title", "feed-title", "month", "kreis", "kreis-in-its-own-list", "count", "no-id"],
)
def test_summary_rows_link_to_their_articles(query, column, row, link):
    assert labels.row_link(Urls(), "archive", query, column, row) == link


@pytest.mark.parametrize(
    ("message", "text"),
    [("Record not found", "Diesen Datensatz gibt es im Archiv nicht."),
     ("Table not found", "Diese Tabelle gibt es im Archiv nicht."),
     ("Something else", None)],
)
def test_datasettes_errors_in_german(message, text):
    assert labels.error_text(message) == text


def test_summaries_hide_the_columns_that_are_only_links():
    assert labels.summary_columns(["story_id", "id", "title", "articles", "popup"]) == [
        "title", "articles"]
