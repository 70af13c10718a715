"""The German names of the archive's tables, columns and stored values (labels.yml), and the
links that lead from a summary row to the articles behind it.

The templates call these through the Jinja environment the plugin prepares; the cells of
Datasette's own tables get their German form through the plugin's render_cell hook.
"""

import functools
from pathlib import Path
from urllib.parse import urlencode

import yaml
from datasette.utils import tilde_encode

from . import formatting

LABELS_FILE = Path(__file__).with_name("labels.yml")
FORMATS = {
    "date": formatting.short_date,
    "long date": formatting.long_date,
    "time": formatting.moment,
    "month": formatting.month,
    "euro": formatting.euro,
    "number": formatting.number,
    "yes-no": formatting.yes_no,
}
# Columns a summary shows only through its links or its map: the article's id behind its
# title, the feed's tag, a story's internal key, the map's popup.
LINK_ONLY_COLUMNS = frozenset({"id", "atom_id", "story_id", "popup"})
# The canned query that lists a Kreis's funded articles (metadata.yml).
FUNDED_IN_KREIS = "foerderung_im_kreis"


@functools.cache
def labels() -> dict:
    data = yaml.safe_load(LABELS_FILE.read_text(encoding="utf-8"))
    unknown_formats = set(data["formats"].values()) - FORMATS.keys()
    if unknown_formats:
        raise ValueError(f"{LABELS_FILE}: unknown formats {sorted(unknown_formats)}")
    return data


def table_title(table: str) -> str:
    """"Meldungen" for articles; a table without a title keeps its name."""
    return labels()["tables"].get(table, {}).get("title", table)


def counted_rows(table: str | None, count: int) -> str:
    """"1 Meldung", "11.180 Meldungen"; "… Zeilen" for a table without its own words."""
    many = labels()["tables"].get(table, {}).get("many", "Zeilen")
    return formatting.counted(count, row_noun(table), many)


def row_noun(table: str) -> str:
    """What one row of the table is: "Meldung", "Gemeinde"; "Zeile" for the others."""
    return labels()["tables"].get(table, {}).get("one", "Zeile")


def in_label_order(tables: list[dict]) -> list[dict]:
    """Datasette's table list in the order of labels.yml (articles first), others after."""
    order = {name: position for position, name in enumerate(labels()["tables"])}
    return sorted(tables, key=lambda table: (order.get(table["name"], len(order)), table["name"]))


def is_expert_table(table: str) -> bool:
    """Whether the table is the crawl's own record, for the experts' part of the site."""
    return bool(labels()["tables"].get(table, {}).get("expert"))


def column_label(column: str, table: str | None = None) -> str:
    """The column's German heading, the table's own (or the canned query's) first."""
    columns = labels()["columns"]
    return columns.get(table or "", {}).get(column) or columns["all"].get(column, column)


def value_label(column: str, value):
    """What readers read for a stored value: "Ministerium" for publisher_kind "ministry"."""
    if isinstance(value, str):
        return labels()["values"].get(column, {}).get(value, value)
    return value


def formatted(column: str, value):
    """The value as the site writes it (date, amount, label); None if the column has no rule."""
    if value is None:
        return None
    form = labels()["formats"].get(column)
    if form:
        return FORMATS[form](value)
    if isinstance(value, str) and value in labels()["values"].get(column, {}):
        return value_label(column, value)
    return None


def shown(column: str, value) -> str:
    """The value as readers read it: formatted, labelled or as stored."""
    text = formatted(column, value)
    return formatting.as_text(value) if text is None else text


def lookup_label(key: str, english: str = "") -> str:
    """A filter operation's German name ("enthält" for contains)."""
    return labels()["lookups"].get(key, english or key)


def filter_description(table: str, selections, sort: str | None, sort_desc: str | None,
                       search: str | None = None) -> str:
    """The active filters in words: "Jahr ist 2015; sortiert nach Erschienen, neueste zuerst"."""
    parts = [f"Suche nach „{search}“"] if search else []
    for column, lookup, value in selections:
        operation = lookup_label(lookup)
        needs_value = lookup not in ("isnull", "notnull", "isblank", "notblank")
        shown_value = f" {shown(column, value)}" if needs_value else ""
        parts.append(f"{column_label(column, table)} {operation}{shown_value}")
    if sort or sort_desc:
        order = "aufsteigend" if sort else "absteigend"
        parts.append(f"sortiert nach {column_label(sort or sort_desc, table)}, {order}")
    return "; ".join(parts)


def error_text(message) -> str | None:
    """Datasette's error message in German; None for a message we do not know."""
    return labels()["errors"].get(str(message))


def error_title(status: int) -> str:
    return labels()["error_titles"].get(status, f"Fehler {status}")


def summary_columns(columns: list[str]) -> list[str]:
    """The columns a summary page shows: those that are not only there for its links."""
    return [column for column in columns if column not in LINK_ONLY_COLUMNS]


def row_link(urls, database: str, query: str, column: str, row) -> str | None:
    """Where a summary row's cell leads: a title to its article, a month to that month's
    articles, a Kreis in the funding summary to the funded articles of that Kreis."""
    values = dict(zip(row.keys(), tuple(row), strict=True))
    value = values.get(column)
    if value is None:
        return None
    if column in ("title", "atom_title") and values.get("id"):
        return urls.row(database, "articles", tilde_encode(str(values["id"])))
    if column == "month":
        return month_link(urls, database, str(value))
    if column == "kreis" and query != FUNDED_IN_KREIS:
        return f"{urls.query(database, FUNDED_IN_KREIS)}?{urlencode({'kreis': value})}"
    return None


def month_link(urls, database: str, month: str) -> str | None:
    """The list of the articles published in `month` ("2015-03"): on or after its first day,
    before the next month's (the published index answers it)."""
    days = formatting.month_range(month)
    if not days:
        return None
    span = urlencode({"published__gte": days[0], "published__lt": days[1]})
    return f"{urls.table(database, 'articles')}?{span}"
