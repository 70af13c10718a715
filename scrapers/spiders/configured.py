"""One spider per configured source (scrapers/sources.toml), where Scrapy's loader finds it."""

from ..sources import load_sources
from .generic import FeedSpider, ListSpider, SitemapSpider
from .prnews import PrNewsSpider

SPIDERS_BY_DISCOVERY = {
    "feed": FeedSpider,
    "sitemap": SitemapSpider,
    "list": ListSpider,
    "prnews": PrNewsSpider,
}


def spider_class(source) -> type:
    """The spider class of a source: its discovery kind's spider, configured by the entry."""
    base = SPIDERS_BY_DISCOVERY[source.discovery]
    class_name = "".join(part.title() for part in source.name.split("_")) + "Spider"
    return type(
        class_name,
        (base,),
        {
            "name": source.name,
            "source": source,
            "custom_settings": source.custom_settings(),
            # the spider loader only takes classes defined in the module it loads
            "__module__": __name__,
            "__doc__": f"{source.name}: {source.discovery} of {', '.join(source.start_urls)}",
        },
    )


globals().update(
    (spider.__name__, spider) for spider in (spider_class(source) for source in load_sources())
)
