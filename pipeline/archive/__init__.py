"""The archive database: the one owner of its schema (migrations) and of every query on it."""

from .articles import ArticleRecords
from .checks import CheckRecords
from .columns import UnknownField
from .connection import ArchiveDamaged, ArchiveMissing, Connection
from .enrichment import EnrichmentRecords
from .outlets import OutletRecords
from .runs import RunRecords

__all__ = ["Archive", "ArchiveDamaged", "ArchiveMissing", "UnknownField"]


class Archive(ArticleRecords, OutletRecords, RunRecords, EnrichmentRecords, CheckRecords,
              Connection):
    """The archive: articles (with versions, citations, aliases), rejected items, outlets and
    their names, crawl runs and fetch errors, and the enrichment tables.

    Open it with `Archive.open(path)` (writers: connects and migrates) or
    `Archive.open_readonly(path)`. Foreign keys are declared (Datasette links them) but not
    enforced: outlets mirror the registry and are refreshed by sync_outlets, which may run after
    articles naming them.
    """
