"""Structured metadata of a page: JSON-LD, microdata, OpenGraph, Dublin Core, meta tags."""

import json
import re
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

# JSON-LD types that describe the article itself (a WebPage or Organization date is weaker)
ARTICLE_TYPES = {
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
    "techarticle", "report", "posting", "socialmediaposting", "liveblogposting", "pressrelease",
}
PAGE_TYPES = {"webpage", "itempage", "collectionpage"}

# meta names/properties, most specific first
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished",
    "dcterms.issued", "dc.date.issued", "dcterms.created", "dc.date.created", "dc.date",
    "dcterms.date", "date", "pubdate", "publishdate", "publish-date", "publish_date",
    "article.published", "og:published_time", "parsely-pub-date", "sailthru.date",
    "article_date_original", "cxenseparse:recs:publishtime", "date.available",
)
MODIFIED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
    "dc.date.modified", "last-modified", "lastmod", "article.updated",
)
AUTHOR_META = ("author", "article:author", "dc.creator", "dcterms.creator", "byl",
               "sailthru.author")
TITLE_META = ("og:title", "twitter:title", "dc.title", "dcterms.title", "title", "headline")
DESCRIPTION_META = ("og:description", "description", "twitter:description", "dc.description")


_CANONICAL = etree.XPath('//link[@rel="canonical"]/@href')


@dataclass
class Metadata:
    """What the page says about itself in machine-readable form, strongest claim first."""

    published: list[tuple[str, str]] = field(default_factory=list)  # (value, source)
    modified: list[tuple[str, str]] = field(default_factory=list)
    titles: list[tuple[str, str]] = field(default_factory=list)
    authors: list[tuple[str, str]] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)  # the summaries the page gives
    types: set[str] = field(default_factory=set)  # JSON-LD types of the article nodes
    language: str | None = None
    site_name: str | None = None
    canonical: str | None = None  # <link rel="canonical">, as written


def read_metadata(tree: HtmlElement) -> Metadata:
    """Collect every structured claim about title, dates, author and language."""
    meta = Metadata()
    _read_json_ld(tree, meta)
    _read_meta_tags(tree, meta)
    _read_microdata(tree, meta)
    meta.language = _language(tree)
    meta.canonical = next(iter(_CANONICAL(tree)), None)
    return meta


def _read_json_ld(tree: HtmlElement, meta: Metadata) -> None:
    for script in tree.iterfind('.//script[@type="application/ld+json"]'):
        for node in _json_nodes(_load_json(script.text or "")):
            _read_json_node(node, meta)


def _load_json(text: str):
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip()
    try:
        return json.loads(text, strict=False)
    except ValueError:
        return None


def _json_nodes(data, depth: int = 0):
    """Every dict in a JSON-LD document that carries an @type (graphs and lists flattened)."""
    if depth > 8:
        return
    if isinstance(data, list):
        for item in data:
            yield from _json_nodes(item, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(data.get(key), (list, dict)):
                yield from _json_nodes(data[key], depth + 1)


def _types(node: dict) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _read_json_node(node: dict, meta: Metadata) -> None:
    kinds = _types(node)
    if kinds & ARTICLE_TYPES:
        source = "jsonld"
        meta.types |= kinds
    elif kinds & PAGE_TYPES:
        source = "jsonld-page"
    else:
        return
    for key, target in (("datePublished", meta.published), ("dateCreated", meta.published),
                        ("dateModified", meta.modified)):
        if isinstance(node.get(key), str):
            target.append((node[key], f"{source}:{key}"))
    for key in ("headline", "name"):
        if isinstance(node.get(key), str) and source == "jsonld":
            meta.titles.append((node[key], f"{source}:{key}"))
    for name in _author_names(node.get("author")):
        meta.authors.append((name, source))
    if isinstance(node.get("description"), str) and source == "jsonld":
        meta.descriptions.append(node["description"])


def _author_names(value) -> list[str]:
    values = value if isinstance(value, list) else [value]
    names = []
    for item in values:
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            names.append(item["name"])
        elif isinstance(item, str):
            names.append(item)
    return [n.strip() for n in names if n and n.strip()]


def _read_meta_tags(tree: HtmlElement, meta: Metadata) -> None:
    found: dict[str, str] = {}
    for tag in tree.iterfind(".//meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        content = (tag.get("content") or "").strip()
        if key and content and key not in found:
            found[key] = content
    for keys, target in ((PUBLISHED_META, meta.published), (MODIFIED_META, meta.modified),
                         (TITLE_META, meta.titles), (AUTHOR_META, meta.authors)):
        target.extend((found[k], f"meta:{k}") for k in keys if k in found)
    meta.descriptions.extend(found[k] for k in DESCRIPTION_META if k in found)
    meta.site_name = found.get("og:site_name") or found.get("application-name")


# one walk of the tree for every microdata property read (an XPath per property walks it again);
# it steps along the itemprop attributes, which libxml2 does faster than gathering every element
# to test it (the same elements, in page order)
_MICRODATA = etree.XPath('descendant-or-self::*/@itemprop[. = "datePublished" or . = "dateModified"'
                         ' or . = "headline" or . = "author"]/parent::*[not(self::meta)]')
_ITEM_NAME = etree.XPath('descendant::*[@itemprop = "name"][1]')
# a byline element's text is a name or two, not a paragraph
_MAX_AUTHOR_TEXT = 120


def _of_article(element: HtmlElement) -> bool:
    """The property belongs to an article or page item, not to a review or comment on it."""
    for item in element.iterancestors():
        if item.get("itemscope") is not None:
            kind = (item.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1].lower()
            return kind in ARTICLE_TYPES or kind in PAGE_TYPES
    return False


def _read_microdata(tree: HtmlElement, meta: Metadata) -> None:
    targets = {"datePublished": meta.published, "dateModified": meta.modified}
    headline = None
    for element in _MICRODATA(tree):
        prop = element.get("itemprop")
        if prop in targets:
            value = element.get("datetime") or element.get("content") or element.text_content()
            targets[prop].append((value.strip(), f"itemprop:{prop}"))
        elif prop == "author" and _of_article(element):
            name = next(iter(_ITEM_NAME(element)), element)  # a Person item's name, or the text
            text = " ".join((name.get("content") or name.text_content()).split())
            if 0 < len(text) <= _MAX_AUTHOR_TEXT:
                meta.authors.append((text, "itemprop:author"))
        elif headline is None:
            headline = element.text_content()
    if headline is not None:
        meta.titles.append((headline, "itemprop:headline"))


# a live ticker's URL, or its headline's marker between entries ("... +++ ...")
_LIVE_URL = re.compile(r"live-?ticker|live-?blog|newsblog|news-?ticker", re.I)
_LIVE_MARK = "+++"


def is_live_page(meta: Metadata, url: str, headline: str) -> bool:
    """A live ticker: its visible headline and dateline are those of the latest entry."""
    return ("liveblogposting" in meta.types or _LIVE_MARK in headline
            or bool(_LIVE_URL.search(url or "")))


_LANG = re.compile(r"[a-z]{2,3}", re.I)
# compiled once: a string passed to tree.xpath() is compiled again on every page
_CONTENT_LANGUAGE = etree.XPath('//meta[@http-equiv="content-language"]/@content')
_LOCALE = etree.XPath('//meta[@property="og:locale"]/@content')


def _language(tree: HtmlElement) -> str | None:
    html = tree if tree.tag == "html" else tree.find(".//html")
    candidates = [html.get("lang"), html.get("{http://www.w3.org/XML/1998/namespace}lang")] \
        if html is not None else []
    candidates += _CONTENT_LANGUAGE(tree)
    candidates += _LOCALE(tree)
    for value in candidates:
        match = _LANG.match((value or "").strip())
        if match:
            return match.group().lower()
    return None
