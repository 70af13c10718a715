"""The headline: visible headings scored against the metadata titles and the <title>."""

import html
import re

from lxml.html import HtmlElement

from .furniture import is_furniture

# separators sites put between headline, section and site name in <title> and og:title
_SEPARATOR = re.compile(r"(\s+(?:\||-|–|—|::|»|›|«|·|•|/|│|~|>>)\s+|\s*[|│]\s*)")
_PIPES = re.compile(r"\s*[|│]\s*|\s+(?:»|›|::|>>)\s+")
# classes of a site's logo or name, and of hidden or widget headings
_SITE_NAME = re.compile(r"site-?title|site-?name|logo|brand|site-description|screen-reader|"
                        r"assistive|visually-?hidden|sr-only|widget", re.I)
_HEADLINE_CLASS = re.compile(r"entry-title|post-?title|article-?title|page-title|headline|"
                             r"\btitle", re.I)
_MAX_HEADINGS = 12
_MAX_TITLE = 300
_SITE_WORDS = 3


def choose_title(tree: HtmlElement, meta_titles: list[str], site_name: str | None
                 ) -> tuple[str | None, HtmlElement | None]:
    """The headline and the heading element it was read from (None when from metadata)."""
    page_title = _text(tree.find(".//title"))
    claims = [c for c in (clean(t) for t in (*meta_titles, page_title)) if c]
    site_parts = _site_parts(claims, site_name)
    scored = [(score, -index, heading) for index, heading in enumerate(_headings(tree))
              if (score := _score(heading, claims, site_parts)) > 0]
    if scored:
        heading = max(scored, key=lambda item: item[:2])[2]
        return _text(heading), heading
    for claim in claims:
        headline = strip_site_name(claim, site_name)
        if headline:
            return headline, None
    return None, None


def clean(title: str | None) -> str:
    """Metadata titles are sometimes HTML-escaped twice; collapse whitespace too."""
    return " ".join(html.unescape(title or "").split())


def _headings(tree: HtmlElement) -> list[HtmlElement]:
    found = [h for h in tree.iter("h1", "h2") if 3 <= len(_text(h)) <= _MAX_TITLE]
    return found[:_MAX_HEADINGS]


def _score(heading: HtmlElement, claims: list[str], site_parts: set[str]) -> int:
    text = _norm(_text(heading))
    if text in site_parts or _names_site(heading) or is_furniture(heading):
        return 0
    score = 0
    if any(text == _norm(c) or text == _norm(strip_site_name(c, None)) for c in claims):
        score += 2
    elif any(text in _norm(c) or _norm(strip_site_name(c, None)) in text for c in claims):
        score += 1
    if heading.tag == "h1":
        score += 1
    if _HEADLINE_CLASS.search(heading.get("class") or ""):
        score += 1
    return score


def _names_site(heading: HtmlElement) -> bool:
    node = heading
    for _ in range(3):
        if node is None:
            return False
        if _SITE_NAME.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
        node = node.getparent()
    return False


def _site_parts(claims: list[str], site_name: str | None) -> set[str]:
    """Segments of the titles that are not the headline: site name, section, tagline."""
    parts = {_norm(site_name)} if site_name else set()
    for claim in claims:
        segments = [s for s in _PIPES.split(claim) if s.strip()]
        if len(segments) > 1:
            longest = max(segments, key=len)
            parts.update(_norm(s) for s in segments if s is not longest)
        dashed = _SEPARATOR.split(claim)
        if len(dashed) > 1 and len(dashed[-1].split()) <= _SITE_WORDS:
            parts.add(_norm(dashed[-1]))
    return parts


def strip_site_name(title: str, site_name: str | None) -> str:
    """`Headline | Section | Site` -> `Headline`; `Headline - Site` -> `Headline`."""
    segments = [s.strip() for s in _PIPES.split(title) if s.strip()]
    if not segments:
        return ""
    title = max(segments, key=len) if len(segments) > 1 else segments[0]
    pieces = _SEPARATOR.split(title)  # text, separator, text, ...
    site = _norm(site_name or "")
    while len(pieces) > 2 and _site_like(pieces[-1], site):
        pieces = pieces[:-2]
    while len(pieces) > 2 and site and _norm(pieces[0]) == site:
        pieces = pieces[2:]
    return "".join(pieces).strip()


def _site_like(piece: str, site: str) -> bool:
    norm = _norm(piece)
    return norm == site or "." in norm or len(norm.split()) <= _SITE_WORDS


_QUOTES = str.maketrans({"„": '"', "“": '"', "”": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                         "‚": "'", "´": "'", "–": "-", "—": "-", "\xad": ""})


def _norm(text: str) -> str:
    return " ".join(text.translate(_QUOTES).replace(" :", ":").split()).casefold()


def _text(element: HtmlElement | None) -> str:
    if element is None:
        return ""
    return " ".join(element.text_content().split())
