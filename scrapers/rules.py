"""The crawl's rules: loaded once per crawler from its settings, shared by its components."""

from scrapy.exceptions import NotConfigured

from pipeline.rules import DATA_DIR, SOURCES_FILE, Rules, default_rules, load_rules


class CrawlRules:
    """Loads the rules (pipeline.rules) the crawl's settings name, when the crawler starts.

    SOURCES_FILE names the sources whose publishing systems say how records are named (default
    scrapers/sources.toml), RULES_DATA_DIR the data files (default pipeline/data/). The spiders,
    the request fingerprinter, the skip middleware and the item pipeline all use this one object
    (`crawl_rules`), so a portal configured only in another sources file gets one id in each.
    """

    def __init__(self, rules: Rules):
        self.rules = rules

    @classmethod
    def from_crawler(cls, crawler):
        return cls(rules_for(crawler.settings))


def rules_for(settings) -> Rules:
    """The rules the settings name; the shipped ones are read once per process."""
    data_dir, sources_file = settings.get("RULES_DATA_DIR"), settings.get("SOURCES_FILE")
    if not (data_dir or sources_file):
        return default_rules()
    return load_rules(data_dir or DATA_DIR, sources_file=sources_file or SOURCES_FILE)


def crawl_rules(crawler) -> Rules:
    """The rules the CrawlRules extension loaded for this crawler."""
    extension = crawler.get_extension(CrawlRules)
    if extension is None:
        raise NotConfigured("the CrawlRules extension is not enabled (scrapers.rules)")
    return extension.rules
