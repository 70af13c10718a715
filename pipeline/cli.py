"""`familienarchiv`: crawl sources into the archive, publish it, re-process raw pages."""

from pathlib import Path

import click

from .archive import Archive, ArchiveDamaged
from .archive import backup as backups
from .enrich import enrich_all, link_archive
from .enrich.place_model import examples as place_examples
from .enrich.place_model import read_place_items
from .enrich.place_model import train as train_places
from .progress import Progress
from .relevance_model import read_labelled_items, train
from .reprocess import FAILED, UNREADABLE
from .reprocess import reprocess as reprocess_pages
from .rules import DATA_DIR, default_rules, load_rules, place_rules
from .site.serve import serve as publish_archive
from .workers import default_workers

DEFAULT_DB = "archive.db"
DEFAULT_WARC_DIR = "warc"


@click.group()
@click.version_option(package_name="familienarchiv")
def cli():
    """An open news archive of local family initiatives in German municipalities."""


@cli.command()
@click.argument("sources", nargs=-1)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="Archive database to write.")
@click.option("--warc-dir", default=DEFAULT_WARC_DIR, show_default=True,
              help="Directory for the raw pages (WARC files).")
@click.option("--start-urls", help="Comma-separated start URLs for every source crawled "
              "(a mirror or local copy of one source).")
@click.option("--mirror", "mirrors", multiple=True, metavar="SOURCE=URL[,URL]",
              help="Crawl SOURCE from these start URLs instead (repeatable).")
@click.option("--sources-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Crawl the sources of this file instead of scrapers/sources.toml (its "
                   "publishing systems then name the records).")
@click.option("--redis", "redis_url", metavar="URL",
              help="Be one worker of a crawl shared on this Redis (redis://host:6379/0).")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy setting (repeatable).")
def crawl(sources, db, warc_dir, start_urls, mirrors, sources_file, redis_url, overrides):
    """Crawl SOURCES (default: every enabled one) concurrently into the archive.

    Prints one line per source and exits with status 1 when a source failed (unreachable,
    blocked by robots.txt, zero items, or far from its own history), saying why.
    """
    settings = _parse_pairs(overrides, "--set")
    if redis_url:
        from scrapers.scaleout import scale_out_settings

        settings = {**scale_out_settings(redis_url), **settings}
    results = _crawl(
        sources, db, warc_dir, settings, start_urls=start_urls,
        mirrors=_parse_pairs(mirrors, "--mirror"), sources_file=sources_file,
    )
    for result in results:
        click.echo(result.line(), err=result.status != "ok")
    from scrapers.archive import ARCHIVE_DAMAGED  # Scrapy, imported by the crawl commands only

    if not any(result.stats.get(ARCHIVE_DAMAGED) for result in results):
        _after_crawl(db)  # a damaged archive is not written to (scrapers.archive)
    if any(result.status != "ok" for result in results):
        raise SystemExit(1)


def _after_crawl(db: str) -> None:
    """Once a night, not per page: links across the archive, and a step of merging the search
    index (bounded: its cost does not grow with the archive)."""
    with Archive.open(db) as archive:
        with archive.writing():  # workers of a shared crawl finish at about the same time
            report = link_archive(archive, default_rules(), changed_only=True)
        archive.merge_search()
    click.echo(f"archive: {report.citation_links} citation links, {report.stories} stories "
               f"with more than one item, {report.reposts} re-posts")


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--warc-dir", type=click.Path(exists=True, file_okay=False),
              help="Raw pages for the 'as archived' view (default: warc/ beside the database).")
@click.option("--live", is_flag=True,
              help="The archive may be written to while served (a crawl): read it through its "
                   "write-ahead log instead of as an unchanging file.")
def serve(db, host, port, warc_dir, live):
    """Publish the archive with Datasette (read-only)."""
    publish_archive(db, host=host, port=port, warc_dir=warc_dir, live=live)


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True,
              type=click.Path(exists=True, dir_okay=False))
@click.option("--warc-dir", default=DEFAULT_WARC_DIR, show_default=True,
              type=click.Path(file_okay=False))
@click.option("--snapshot", "snapshot_path", type=click.Path(dir_okay=False),
              help="Write a consistent copy of the database here (SQLite backup API), once the "
                   "archive passed quick_check; the file appears only when complete.")
@click.option("--export", "export_dir", type=click.Path(file_okay=False),
              help="Write a portable export (JSON Lines, WARC files, manifest) into this new "
                   "directory.")
def backup(db, warc_dir, snapshot_path, export_dir):
    """Back the archive up, safely even during a crawl: a snapshot, an export, or both."""
    if not (snapshot_path or export_dir):
        raise click.UsageError("say what to write: --snapshot PATH, --export DIR, or both")
    try:
        if snapshot_path:
            backups.snapshot(db, snapshot_path)
            click.echo(f"snapshot: {snapshot_path}")
        if export_dir:
            manifest = backups.export(db, warc_dir, export_dir)
            click.echo(f"export: {export_dir} ({len(manifest['files'])} files)")
    except (backups.BackupError, ArchiveDamaged) as error:
        raise click.ClickException(str(error)) from error


@cli.command()
@click.argument("export_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--db", required=True, help="The archive to create (must not exist).")
@click.option("--warc-dir", help="Also copy the export's checked WARC files here.")
def restore(export_dir, db, warc_dir):
    """Rebuild an archive from a portable export, after checking every file's checksum.

    Never overwrites: an existing --db, or a different WARC file of the same name in
    --warc-dir, is refused before anything is written.
    """
    try:
        rows = backups.rebuild(export_dir, db, warc_dest=warc_dir)
    except backups.BackupError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"restored {db}: " + ", ".join(f"{n} {table}" for table, n in rows.items()))


workers_option = click.option(
    "--workers", type=click.IntRange(min=1), default=default_workers, show_default="every core",
    help="Worker processes for the per-article work (this process alone writes).",
)


def progress_of(label: str, unit: str) -> Progress:
    """A bar on a terminal, a line every so often in a log: on stderr, beside the warnings."""
    return Progress(label, unit, stream=click.get_text_stream("stderr"))


@cli.command()
@click.argument("warc", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--db", default=DEFAULT_DB, show_default=True, help="Archive database to write.")
@click.option("--sources-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Name records by the publishing systems of this sources file (the one the "
                   "pages were crawled with) instead of scrapers/sources.toml.")
@workers_option
def reprocess(warc, db, sources_file, workers):
    """Rebuild records from stored raw pages (WARC files or directories), without the network.

    A damaged record is skipped (one warning line each) and the rest are reprocessed; the exit
    status is then 1, so a damaged WARC file does not go unnoticed. So it is when a page could
    not be understood at all (one error line each).
    """
    rules = load_rules(sources_file=sources_file) if sources_file else default_rules()
    with Archive.open(db) as archive:
        outcomes = reprocess_pages(warc, archive, rules, workers=workers,
                                   progress=progress_of("reprocess", "article pages"))
    click.echo(", ".join(f"{count} {outcome}" for outcome, count in sorted(outcomes.items()))
               or "no article pages found")
    problems = [f"{outcomes[UNREADABLE]} damaged records could not be read"] \
        if outcomes[UNREADABLE] else []
    if outcomes[FAILED]:
        problems.append(f"{outcomes[FAILED]} pages could not be understood")
    if problems:
        raise click.ClickException(" and ".join(problems) + " and were skipped; every other "
                                   "record was reprocessed")


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True))
@workers_option
def enrich(db, workers):
    """Recompute municipalities, topics, fundings, citation links and stories of every article.

    Run it after the rules in pipeline/data/ improved; crawls keep them up to date themselves.
    An article whose enrichment fails keeps its rows (one error line each; exit status 1).
    """
    with Archive.open(db) as archive:
        report = enrich_all(archive, default_rules(), workers=workers,
                            progress=progress_of("enrich", "articles"))
    click.echo(
        f"{report.articles} articles: {report.municipality_tags} municipality tags, "
        f"{report.topic_tags} topic tags, {report.fundings} fundings, "
        f"{report.links.citation_links} citation links, {report.links.stories} stories, "
        f"{report.links.reposts} re-posts"
    )
    if report.failed:
        raise click.ClickException(f"{report.failed} articles could not be enriched and kept "
                                   "their rows")


@cli.command("train-relevance-model")
@click.argument("items", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", default=DATA_DIR / "relevance_model.json", show_default=True,
              type=click.Path(dir_okay=False, path_type=Path))
def train_relevance_model(items, out):
    """Train the relevance text model on labelled items (JSON lines with title, text and
    relevant) and write it where the rules read it. `make relevance-model` trains the shipped
    one on the dev parts of the blind set; their held-back parts stay unseen."""
    try:
        model = train([item for path in items for item in read_labelled_items(path)])
    except ValueError as error:  # a broken item, or items that cannot train a model
        raise click.ClickException(str(error)) from None
    model.save(out)
    click.echo(f"{out}: {len(model.weights)} n-grams from {model.trained_on} items")


@cli.command("train-place-model")
@click.argument("items", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", default=DATA_DIR / "place_model.json", show_default=True,
              type=click.Path(dir_okay=False, path_type=Path))
def train_place_model(items, out):
    """Train the place model on labelled enrichment items (JSON lines with title, body and
    gold places) and write it where the rules read it. `make place-model` trains the shipped
    one on the dev parts of the blind set; their held-back parts stay unseen."""
    try:
        labelled = [item for path in items for item in read_place_items(path)]
        model = train_places(place_examples(labelled, place_rules()))
    except ValueError as error:  # a broken item, or items that cannot train a model
        raise click.ClickException(str(error)) from None
    model.save(out)
    click.echo(f"{out}: {len(model.weights)} n-grams and {len(model.named)} features from "
               f"{model.trained_on} places of {len(labelled)} items")


@cli.command()
@click.option("--db", default="demo/archive.db", show_default=True)
@click.option("--warc-dir", default="demo/warc", show_default=True)
@click.option("--site-port", default=8002, show_default=True, type=int,
              help="Port of the local copy of familie-in-nrw.de.")
@click.option("--port", default=8001, show_default=True, type=int, help="Datasette's port.")
@click.option("--no-serve", is_flag=True, help="Crawl only; do not start Datasette.")
def demo(db, warc_dir, site_port, port, no_serve):
    """Crawl the bundled sample of familie-in-nrw.de and publish it, all on this machine."""
    from sample_site.server import SampleSite

    with SampleSite(port=site_port) as site:
        click.echo(f"Serving the sample portal on {site.base_url}")
        results = _crawl(
            ["familie_in_nrw"], db, warc_dir,
            # A local copy needs no politeness delay.
            {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False},
            start_urls=",".join(site.start_urls()),
        )
    for result in results:
        click.echo(result.line())
    _after_crawl(db)
    if no_serve:
        return
    click.echo(f"Datasette: http://127.0.0.1:{port}/ (Ctrl-C to stop)")
    publish_archive(db, host="127.0.0.1", port=port)


def _crawl(sources, db, warc_dir, overrides, *, start_urls=None, mirrors=None,
           sources_file=None):
    # Scrapy is imported only by the commands that crawl.
    from scrapers.run import project_settings, run_crawl, select_spiders, spider_names

    Path(db).parent.mkdir(parents=True, exist_ok=True)
    paths = {"ARCHIVE_PATH": db, "WARC_DIR": warc_dir}
    if sources_file is not None:  # its portals name the records in every crawl component
        paths["SOURCES_FILE"] = str(sources_file)
    settings = project_settings({**paths, **overrides})
    _check_configuration(settings)
    if sources_file is None:
        known = spider_names(settings)
        unknown = sorted(set(sources) - set(known))
        if unknown:
            raise click.ClickException(
                f"unknown source(s): {', '.join(unknown)}; known: {', '.join(known)}"
            )
    spiders = select_spiders(list(sources), sources_file)
    from scrapers.archive import full_check_days

    damage = _damage(db, full_check_days(settings))
    if damage:  # crawling into a damaged file would only add to the damage
        return [_stopped_before_start(spider, damage) for spider in spiders]
    # Checked once for the night: each crawler would read the whole file again (scrapers.archive).
    settings.set("ARCHIVE_CHECKED", True, priority="cmdline")
    spider_args = {"start_urls": start_urls} if start_urls else {}
    return run_crawl(spiders, settings, spider_args, start_urls=mirrors)


def _damage(db: str, full_every_days: int) -> str | None:
    """Why an existing archive fails the night's check (one line naming the file), or None."""
    if not Path(db).exists():
        return None
    try:
        Archive.check_before_night(db, full_every_days)
    except ArchiveDamaged as error:
        return str(error)
    return None


def _stopped_before_start(spider, reason: str):
    from scrapers.archive import ARCHIVE_DAMAGED
    from scrapers.run import SourceResult

    name = getattr(spider, "name", spider)
    return SourceResult(name, "failed", reason, {ARCHIVE_DAMAGED: True})


def _check_configuration(settings) -> None:
    """The sources file and the rules, checked before anything runs: one line per problem."""
    from scrapers.archive import FullCheckDaysError, full_check_days
    from scrapers.rules import rules_for
    from scrapers.sources import SourceConfigError, load_sources

    from .datafile import DataFileError
    from .rules import SOURCES_FILE

    data_dir = Path(settings.get("RULES_DATA_DIR") or DATA_DIR)
    try:
        load_sources(settings.get("SOURCES_FILE") or SOURCES_FILE, data_dir / "outlets.toml")
        rules_for(settings)
        full_check_days(settings)
    except (SourceConfigError, DataFileError, FullCheckDaysError) as error:
        for line in str(error).splitlines():
            click.echo(line, err=True)
        raise SystemExit(1) from None


def _parse_pairs(pairs, option: str) -> dict[str, str]:
    parsed = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {pair!r}", param_hint=option)
        parsed[name.strip()] = value
    return parsed
