"""One spider per configured source (scrapers/sources.toml), where Scrapy's loader finds it.

Sources with discovery = "spider" have a hand-written spider of the same name instead.
"""

from ..sources import load_sources
from .generic import SPIDERS_BY_DISCOVERY


def spider_class(source) -> type | None:
    """The source's spider class; None where a hand-written spider serves it."""
    if source.discovery == "spider":
        return None
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
    (spider.__name__, spider)
    for spider in (spider_class(source) for source in load_sources())
    if spider is not None
)
