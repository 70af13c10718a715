"""What the site's templates may call: the German formats and labels, as Jinja filters and
functions (registered by the plugin's prepare_jinja2_environment hook)."""

from . import formatting, labels
from .metadata import served_archive

FILTERS = {
    "euro": formatting.euro,
    "number": formatting.number,
    "short_date": formatting.short_date,
    "long_date": formatting.long_date,
    "moment": formatting.moment,
    "month": formatting.month,
    "quoted": formatting.quoted,
}
FUNCTIONS = {
    "counted": formatting.counted,
    "counted_rows": labels.counted_rows,
    "table_title": labels.table_title,
    "row_noun": labels.row_noun,
    "in_label_order": labels.in_label_order,
    "is_expert_table": labels.is_expert_table,
    "column_label": labels.column_label,
    "value_label": labels.value_label,
    "shown": labels.shown,
    "lookup_label": labels.lookup_label,
    "filter_description": labels.filter_description,
    "error_text": labels.error_text,
    "error_title": labels.error_title,
    "summary_columns": labels.summary_columns,
    "row_link": labels.row_link,
    "month_link": labels.month_link,
}


def prepare(env, datasette) -> None:
    """Add the site's filters and functions to Datasette's Jinja environment."""
    env.filters.update(FILTERS)
    env.globals.update(FUNCTIONS)
    # Also on error pages, whose context Datasette fills with little more than `urls`.
    env.globals["served_archive"] = lambda: served_archive(datasette)
    env.globals["site_metadata"] = datasette.metadata
