"""Exports a journalist can open: the article list or a search as a CSV download (plain, or for
German Excel) or as a JSON array of objects, each article with its places, Kreise, topics and
funding beside it.

Datasette output renderers (`.export_csv`, `.export_excel`, `.export_json` after a table or
query address), so every filter, facet, sort and search of the page being exported applies.
A list longer than one page is streamed page by page, each page one bounded query.
"""

import csv
import io
import json
import re
import unicodedata
from collections.abc import AsyncIterator
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from datasette.utils.asgi import AsgiStream, BadRequest, Response

from .metadata import served_archive

# One export reads at most this many articles: ten of Datasette's pages of 1,000, each page
# and its enrichment a query within the site's time limit. A larger list is refused, with the
# advice to narrow it, rather than cut off without a word.
MAX_EXPORT_ROWS = 10_000
# Each article's places, Kreise, topics and fundings, for the ids of one page, in their order.
EXPORT_SQL = """
select
  articles.id, articles.title, articles.published, articles.publisher_name,
  articles.canonical_url, articles.teaser,
  (select json_group_array(name) from (
     select name from article_municipalities where article_id = articles.id
     group by name order by max(is_main) desc, name)) as places,
  (select json_group_array(kreis) from (
     select distinct kreis from article_municipalities
     where article_id = articles.id and kreis is not null order by kreis)) as kreise,
  (select json_group_array(label) from (
     select distinct label from article_topics where article_id = articles.id
     order by label)) as topics,
  (select json_group_array(json_array(amount_eur, programme, funder_name)) from (
     select amount_eur, programme, funder_name from fundings where article_id = articles.id
     order by position)) as fundings
from json_each(:ids) as listed
  join articles on articles.id = listed.value
order by listed.key
"""
# (JSON key, CSV heading): the columns of every export, in this order.
COLUMNS = (
    ("kennung", "Kennung"),
    ("titel", "Titel"),
    ("erschienen", "Erscheinungsdatum"),
    ("herausgeber", "Herausgeber"),
    ("original", "Adresse des Originals"),
    ("archiv", "Datensatz im Archiv"),
    ("orte", "Orte"),
    ("kreise", "Kreis"),
    ("themen", "Themen"),
    ("foerderbetraege_eur", "Förderbeträge (Euro)"),
    ("foerderprogramme", "Förderprogramme"),
    ("foerdergeber", "Fördergeber"),
    ("auszug", "Auszug"),
)
# A search's export also says how each article matched, as the page does: it may list, after
# its hits, articles with only some of the words or a part of one (whose funding amounts a
# journalist summing a column would not want).
SEARCH_COLUMNS = (*COLUMNS, ("passung", "Passung zur Suche"))
LIST_SEPARATOR = "; "
# What Datasette reads as the page's shape and position: the further pages set their own.
PAGING_ARGUMENTS = {"_next", "_size", "_shape", "_labels", "_col", "_nocol", "_facet",
                    "_facet_array", "_facet_date", "_extra", "_nocount", "_nofacet"}
# The search marks its hits in the snippet; an export carries the words, not the markup.
MARKUP = re.compile(r"</?mark>")
ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
# Excel runs a cell that starts with one of these as a formula (CSV injection): titles come
# from the web, so the Excel variant prefixes such text with an apostrophe, as OWASP advises.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# The exported article list is "Meldungen" to its reader, as on the site.
FILE_NAMES = {"articles": "meldungen"}
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@dataclass(frozen=True)
class CsvDialect:
    """How a CSV variant writes its file: the plain one for tools, the other for German Excel."""

    delimiter: str
    bom: str  # Excel takes a file without the UTF-8 BOM for Windows-1252
    filename_suffix: str
    german_numbers: bool  # dates as 24.01.2012, decimal comma, formulas defused


PLAIN_CSV = CsvDialect(",", "", "", german_numbers=False)
EXCEL_CSV = CsvDialect(";", "\ufeff", "-excel", german_numbers=True)


class ExportTooLarge(Exception):
    """The list has more rows than MAX_EXPORT_ROWS."""


class ExportInterrupted(Exception):
    """A further page of the list could not be read (over the time limit): the download
    breaks off visibly rather than end as if complete."""


def exportable(columns, database, table, query_name, datasette) -> bool:
    """Whether the rows are articles of the archive: the article list or a query listing them."""
    return (database == served_archive(datasette) and {"id", "title"} <= set(columns or [])
            and (table == "articles" or query_name is not None))


def export_record(row: dict, record_url: str, snippet: str | None,
                  match: str | None = None) -> dict:
    """One article of EXPORT_SQL as the export's object (COLUMNS' keys, and SEARCH_COLUMNS'
    "passung" when a search says how it matched), lists as lists."""
    fundings = json.loads(row["fundings"])
    record = {
        "kennung": row["id"],
        "titel": row["title"],
        "erschienen": row["published"],
        "herausgeber": row["publisher_name"],
        "original": row["canonical_url"],
        "archiv": record_url,
        "orte": json.loads(row["places"]),
        "kreise": json.loads(row["kreise"]),
        "themen": json.loads(row["topics"]),
        "foerderbetraege_eur": [amount for amount, _, _ in fundings if amount is not None],
        "foerderprogramme": _distinct(programme for _, programme, _ in fundings),
        "foerdergeber": _distinct(funder for _, _, funder in fundings),
        "auszug": plain_text(snippet if snippet is not None else row["teaser"]),
    }
    if match is not None:
        record["passung"] = match
    return record


def plain_text(text: str | None) -> str:
    """`text` without the search's marks, on one line."""
    return " ".join(MARKUP.sub("", text or "").split())


def csv_cell(value, dialect: CsvDialect) -> str:
    """A record's value as one CSV cell of `dialect`."""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(csv_cell(item, dialect) for item in value)
    if isinstance(value, float | int):
        number = f"{value:.2f}".rstrip("0").rstrip(".")
        return number.replace(".", ",") if dialect.german_numbers else number
    text = value or ""
    if not dialect.german_numbers:
        return text
    day = ISO_DAY.match(text)
    if day:
        return f"{day[3]}.{day[2]}.{day[1]}"
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_lines(records: list[dict], dialect: CsvDialect, columns, *, header: bool) -> str:
    """`records` as CSV text of `dialect` (CRLF line ends) in `columns`, with the heading row
    if `header`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=dialect.delimiter, lineterminator="\r\n")
    if header:
        writer.writerow(heading for _, heading in columns)
    for record in records:
        writer.writerow(csv_cell(record[key], dialect) for key, _ in columns)
    return buffer.getvalue()


def download_name(table: str | None, query_name: str | None, request) -> str:
    """The file name without its ending: "familienarchiv-suche-kinderarmut"."""
    words = [query_name or FILE_NAMES.get(table, table or "export"),
             request.args.get("q") or request.args.get("_search") or ""]
    return "-".join(part for part in ["familienarchiv", *map(_slug, words)] if part)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text.lower().translate(UMLAUTS))
    ascii_text = ascii_text.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:40].strip("-")


def _distinct(values) -> list[str]:
    return list(dict.fromkeys(value for value in values if value))


class StreamedResponse(Response):
    """A Response (what a Datasette renderer must return) whose body is written as it comes."""

    def __init__(self, chunks: AsyncIterator[str], **kwargs):
        super().__init__(**kwargs)
        self.chunks = chunks

    async def asgi_send(self, send):
        async def write(writer):
            async for chunk in self.chunks:
                await writer.write(chunk)

        await AsgiStream(write, self.status, self.headers, self.content_type).asgi_send(send)


async def article_pages(datasette, request, rows, data) -> AsyncIterator[list]:
    """The article ids of the page Datasette answered, then those of its further pages.

    Raises ExportTooLarge before anything is sent when the list is longer than MAX_EXPORT_ROWS,
    or, when Datasette could not count it, on reaching that bound.
    """
    count = data.get("filtered_table_rows_count")
    if count is not None and count > MAX_EXPORT_ROWS:
        raise ExportTooLarge(count)
    seen = {row["id"] for row in rows}
    yield [row["id"] for row in rows]
    following = data.get("next") if data.get("table") else None
    if following:
        following = whole_tie(following, data.get("primary_keys") or [])
    path = request.path.rsplit(".", 1)[0] + ".json"
    arguments = [(key, value) for key, value in parse_qsl(request.query_string)
                 if key not in PAGING_ARGUMENTS]
    while following:
        if len(seen) >= MAX_EXPORT_ROWS:
            raise ExportTooLarge(None)
        query = urlencode([*arguments, ("_next", following), ("_size", "max"),
                           ("_shape", "objects"), ("_col", "title"), ("_nocount", "1"),
                           ("_nofacet", "1")])
        response = await datasette.client.get(f"{path}?{query}")
        if response.status_code != 200:
            raise ExportInterrupted(f"{path}: {response.status_code}")
        answer = response.json()
        ids = [row["id"] for row in answer["rows"] if row["id"] not in seen]
        seen.update(ids)
        yield ids
        following = answer.get("next")


def whole_tie(token: str, primary_keys: list[str]) -> str:
    """Datasette's `_next` token after a sorted table's first page, made to read again every
    row that ties with that page's last one in the sort column.

    Datasette 0.65 orders a sorted table's first page by the sort column alone and the next
    pages by it and then the primary key, so rows tying at the first page's end would come
    twice or not at all. The token goes on from the same sort value with the smallest key;
    `article_pages` drops what the first page had. A token of a table without sorting (the
    key alone, no tie) is kept. Datasette writes commas in values as ~2C, so they split."""
    parts = token.split(",")
    if len(parts) <= len(primary_keys):
        return token
    return ",".join([*parts[:len(parts) - len(primary_keys)], *[""] * len(primary_keys)])


async def export_records(datasette, request, database, pages, snippets,
                         matches) -> AsyncIterator[list]:
    """Each page of ids as export records, with their snippets and how they matched where the
    search gave these."""
    archive = datasette.get_database(database)
    async for ids in pages:
        if not ids:
            continue
        result = await archive.execute(EXPORT_SQL, {"ids": json.dumps(ids)})
        yield [
            export_record(dict(row), datasette.absolute_url(
                request, datasette.urls.row(database, "articles", row["id"])),
                snippets.get(row["id"]), matches.get(row["id"]))
            for row in result.rows
        ]


def _renderer(write_export):
    """A Datasette render function writing the export of the rows with `write_export`."""

    async def render(datasette, request, columns, rows, database, table, query_name, data):
        # Raised, not returned: a canned query's view would give any answer its own status.
        if not exportable(columns, database, table, query_name, datasette):
            raise BadRequest("Nur Listen von Meldungen lassen sich so exportieren.")
        pages = article_pages(datasette, request, rows, data)
        try:
            first = await anext(pages)
        except ExportTooLarge as too_large:
            raise BadRequest(
                f"Diese Liste hat {too_large.args[0]:,} Meldungen; ein Export umfasst "
                f"höchstens {MAX_EXPORT_ROWS:,}. Bitte die Auswahl eingrenzen (Suche, Jahr, "
                "Ort, Herausgeber).".replace(",", ".")) from too_large

        async def all_pages():
            yield first
            async for ids in pages:
                yield ids

        snippets = {row["id"]: row["snippet"] for row in rows if "snippet" in columns}
        matches = {row["id"]: row["passung"] for row in rows if "passung" in columns}
        records = export_records(datasette, request, database, all_pages(), snippets, matches)
        return write_export(records, download_name(table, query_name, request),
                            SEARCH_COLUMNS if "passung" in columns else COLUMNS)

    return render


def csv_export(dialect: CsvDialect):
    def write(records, name: str, columns) -> Response:
        async def chunks():
            yield dialect.bom
            header = True
            async for page in records:
                yield csv_lines(page, dialect, columns, header=header)
                header = False
            if header:  # no articles: the file still names its columns
                yield csv_lines([], dialect, columns, header=True)

        filename = f"{name}{dialect.filename_suffix}.csv"
        return StreamedResponse(
            chunks(), content_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )

    return write


def json_export(records, name: str, columns) -> Response:
    """The records as one JSON array; each record has its own keys, so `columns` (which the
    CSV exports write) is not needed here."""

    async def chunks():
        separator = "["
        async for page in records:
            for record in page:
                yield separator + json.dumps(record, ensure_ascii=False)
                separator = ",\n"
        yield "[]" if separator == "[" else "]"

    return StreamedResponse(
        chunks(), content_type="application/json; charset=utf-8",
        headers={"Content-Disposition": f'inline; filename="{name}.json"'},
    )


def export_renderers() -> list[dict]:
    """The register_output_renderer entries of the three exports."""
    return [
        {"extension": extension, "render": _renderer(write), "can_render": exportable}
        for extension, write in (("export_csv", csv_export(PLAIN_CSV)),
                                 ("export_excel", csv_export(EXCEL_CSV)),
                                 ("export_json", json_export))
    ]
