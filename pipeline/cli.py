"""`familienarchiv`: crawl sources into the archive, publish it, re-process raw pages."""

from pathlib import Path

import click

from . import publish
from .enrich import enrich_all
from .outlets import default_registry
from .reprocess import reprocess as reprocess_pages
from .storage import Archive

DEFAULT_DB = "archive.db"
DEFAULT_WARC_DIR = "warc"


@click.group()
@click.version_option(package_name="familienarchiv")
def cli():
    """An open news archive of local family initiatives in German municipalities."""


@cli.command()
@click.argument("spiders", nargs=-1)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="Archive database to write.")
@click.option("--warc-dir", default=DEFAULT_WARC_DIR, show_default=True,
              help="Directory for the raw pages (WARC files).")
@click.option("--start-urls", help="Comma-separated start URLs, e.g. of a mirror or local copy.")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy setting (repeatable).")
def crawl(spiders, db, warc_dir, start_urls, overrides):
    """Crawl SPIDERS (default: all) into the archive.

    Exits with status 1, and one line of reason per source, when a source failed: unreachable,
    blocked by robots.txt, or zero items.
    """
    results = _crawl(spiders, db, warc_dir, start_urls, _parse_overrides(overrides))
    for result in results:
        click.echo(result.line(), err=result.status != "ok")
    if any(result.status != "ok" for result in results):
        raise SystemExit(1)


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
def serve(db, host, port):
    """Publish the archive with Datasette (read-only)."""
    publish.serve(db, host=host, port=port)


@cli.command()
@click.argument("warc", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--db", default=DEFAULT_DB, show_default=True, help="Archive database to write.")
def reprocess(warc, db):
    """Rebuild records from stored raw pages (WARC files or directories), without the network."""
    outcomes = reprocess_pages(warc, Archive(db), default_registry())
    click.echo(", ".join(f"{count} {outcome}" for outcome, count in sorted(outcomes.items()))
               or "no article pages found")


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True))
def enrich(db):
    """Recompute municipalities, topics, fundings, citation links and stories of every article.

    Run it after the rules in pipeline/data/ improved; crawls keep them up to date themselves.
    """
    with Archive(db) as archive:
        report = enrich_all(archive)
    click.echo(
        f"{report.articles} articles: {report.municipality_tags} municipality tags, "
        f"{report.topic_tags} topic tags, {report.fundings} fundings, "
        f"{report.links.citation_links} citation links, {report.links.stories} stories, "
        f"{report.links.reposts} re-posts"
    )


@cli.command()
# The demo's database is also called archive.db, so the published metadata applies to it.
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
            ["familie_in_nrw"], db, warc_dir, ",".join(site.start_urls()),
            # A local copy needs no politeness delay.
            {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False},
        )
    for result in results:
        click.echo(result.line())
    if no_serve:
        return
    click.echo(f"Datasette: http://127.0.0.1:{port}/ (Ctrl-C to stop)")
    publish.serve(db, host="127.0.0.1", port=port)


def _crawl(spiders, db, warc_dir, start_urls, overrides):
    from scrapers.run import project_settings, run_crawl, spider_names

    Path(db).parent.mkdir(parents=True, exist_ok=True)
    settings = project_settings({"ARCHIVE_PATH": db, "WARC_DIR": warc_dir, **overrides})
    known = spider_names(settings)
    unknown = sorted(set(spiders) - set(known))
    if unknown:
        raise click.ClickException(
            f"unknown spider(s): {', '.join(unknown)}; known: {', '.join(known)}"
        )
    spider_args = {"start_urls": start_urls} if start_urls else {}
    return run_crawl(list(spiders) or known, settings, spider_args)


def _parse_overrides(pairs) -> dict[str, str]:
    overrides = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {pair!r}", param_hint="--set")
        overrides[name.strip()] = value
    return overrides
