"""The headline: visible headings scored against the metadata titles and the <title>."""

import html
import re

from lxml.html import HtmlElement

from .furniture import is_furniture

# separators sites put between headline, section and site name in <title> and og:title
_SEPARATOR = re.compile(r"(\s+(?:\||-|–|—|::|»|›|«|·|•|/|│|~|>>)\s+|\s*[|│]\s*)")
_PIPES = re.compile(r"\s*[|│]\s*|\s+(?:»|›|::|>>)\s+")
# classes of a site's logo or name, and of hidden headings
_SITE_NAME = re.compile(r"site-?title|site-?name|logo|brand|site-description|screen-reader|"
                        r"assistive|visually-?hidden|sr-only", re.I)
# a sidebar widget's heading ("Neueste Beiträge"); page builders (Elementor) wrap the article's
# own headline in "...-widget" classes too, so a heading whose text is the page's title stays
_WIDGET = re.compile(r"widget", re.I)
_HEADLINE_CLASS = re.compile(r"entry-title|post-?title|article-?title|page-title|headline|"
                             r"\btitle", re.I)
# elements screen readers read and eyes do not: a kicker's hidden separator
_HIDDEN = re.compile(r"visually-?hidden|sr-only|h-offscreen|offscreen|screen-reader|assistive",
                     re.I)
# breadcrumb trails repeat the headline in an <h1> on some sites
_BREADCRUMB = re.compile(r"^breadcrumb|BreadcrumbList$", re.I)
_BREADCRUMB_LEVELS = 4
# elements that never hold a kicker
_NOT_KICKER = {"a", "img", "br", "sup", "sub", "svg", "picture"}
# invisible characters a headline carries for line breaking: soft hyphen, zero-width marks
INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
# what stands between a kicker and its headline when a title carries both
_KICKER_SEPARATOR = re.compile(r"\s*(?:[:|/]|[-–—])\s*|\s+")
# a topic label the heading itself shows before the headline ("Thema: Kita-Ausbau"): the page's
# own headline carries it, so it stays, whatever the share title says (and is never added)
_TOPIC_LABEL = re.compile(r"^Thema\s*:\s*\S", re.I)
_MAX_KICKER_WORDS = 8
_MAX_HEADINGS = 12
# a share title cut short for social cards ("Hebammen besuchen alle Familien mit …")
_TRUNCATED = re.compile(r"\s*(?:…|\.\.\.)$")
_MIN_CUT = 80  # a claim this long that is the start of another was cut to fit a length limit
_MAX_TITLE = 300
_SITE_WORDS = 3


def choose_title(tree: HtmlElement, meta_titles: list[str], site_name: str | None,
                 share_title: str | None = None, box_headings: frozenset[str] = frozenset()
                 ) -> tuple[str | None, HtmlElement | None]:
    """The headline and the heading element it was read from (None when from metadata).

    `share_title` (og:title, the title the publisher gives the article when shared) decides
    whether a kicker belongs to the headline. `box_headings` (case-folded) name side boxes
    ("Ansprechpartner", "Termine"): such a heading is never the headline, whatever its class.
    """
    page_title = heading_text(tree.find(".//title"))
    claims = _whole(c for c in (clean(t) for t in (*meta_titles, page_title)) if c)
    site_parts = _site_parts(claims, site_name)
    # each claim as written and without its site name, normalised once for every heading
    forms = [(_norm(c), _norm(strip_site_name(c, None))) for c in claims]
    scored = [(score, -index, heading) for index, (heading, text) in enumerate(_headings(tree))
              if text.casefold() not in box_headings
              and (score := _score(heading, _norm(text), forms, site_parts)) > 0]
    if scored:
        heading = max(scored, key=lambda item: item[:2])[2]
        titles = {form for pair in forms for form in pair}
        return _with_or_without_kicker(heading, clean(share_title), titles), heading
    for claim in claims:
        headline = strip_site_name(claim, site_name)
        if headline:
            return headline, None
    return None, None


def _whole(claims) -> list[str]:
    """The claims without those cut short with an ellipsis that another claim gives whole:
    og:title is truncated for social cards, JSON-LD and <title> rarely are."""
    claims = list(claims)
    return [claim for claim in claims if not _cut_short(claim, claims)]


def _cut_short(claim: str, claims: list[str]) -> bool:
    """Ends in an ellipsis, or is long and stops inside another claim's words: JSON-LD headlines
    are often cut at 110 characters ("Headline - Site" is no cut: a separator follows there)."""
    ellipsis = bool(_TRUNCATED.search(claim))
    if not ellipsis and len(claim) < _MIN_CUT:
        return False
    stem = _norm(_TRUNCATED.sub("", claim))
    for other in claims:
        longer = _norm(other)
        if other != claim and len(longer) > len(stem) and longer.startswith(stem) and (
                ellipsis or not _SEPARATOR.match(longer, len(stem))):
            return True
    return False


def clean(title: str | None) -> str:
    """Metadata titles are sometimes HTML-escaped twice; collapse whitespace too."""
    return " ".join(INVISIBLE.sub("", html.unescape(title or "")).split())


def _with_or_without_kicker(heading: HtmlElement, share_title: str, titles: set[str]) -> str:
    """A heading of kicker (Dachzeile) and headline in separate elements: the headline alone,
    or both with the separator the share title puts between them when it carries both.

    Only the share title decides whether the kicker joins: JSON-LD and microdata headlines are
    often the heading's own text, kicker glued on. But any of the page's titles (`titles`,
    normalised) shows which part is the headline when the heading holds more than it: a first
    part that is a title is the headline and what follows a subtitle, not kicker and headline;
    a title in one element of a heading with more in it ("<small>Von …</small>") is the headline.
    """
    whole = heading_text(heading)
    if _TOPIC_LABEL.match(whole):
        return whole
    parts = _kicker_and_headline(heading) or _glued_kicker(whole, share_title)
    if parts is None:
        return _titled_part(heading, titles) or whole
    kicker, headline = parts
    if not share_title or not _joins(share_title, kicker, headline):
        return kicker if _norm(kicker) in titles and _norm(headline) not in titles else headline
    # the heading's own characters (quotes, dashes) when it shows the separator itself
    return whole if _norm(whole) == _norm(share_title) else share_title


def _kicker_and_headline(heading: HtmlElement) -> tuple[str, str] | None:
    """(kicker, headline) when the heading opens with a short element before the headline."""
    first = next((child for child in heading if isinstance(child.tag, str)
                  and not _hidden(child) and heading_text(child)), None)
    if first is None or first.tag in _NOT_KICKER or (heading.text or "").strip():
        return None
    kicker = heading_text(first)
    rest = [heading_text(child) for child in first.itersiblings() if isinstance(child.tag, str)
            and not _hidden(child)]
    headline = " ".join(t for t in [*rest, *(s.tail or "" for s in [first, *first.itersiblings()])]
                        if t.strip())
    headline = " ".join(INVISIBLE.sub("", headline).split()).lstrip(":|/-–— ")
    if not headline or len(kicker.split()) > _MAX_KICKER_WORDS or len(kicker) >= len(headline):
        return None
    return kicker.rstrip(":|/-–— "), headline


def _titled_part(heading: HtmlElement, titles: set[str]) -> str | None:
    """The heading's own text or one child's text, when it is one of the page's titles and the
    whole heading is not."""
    if _norm(heading_text(heading)) in titles:
        return None
    own = " ".join(INVISIBLE.sub("", heading.text or "").split())
    pieces = [own, *(heading_text(child) for child in heading if isinstance(child.tag, str))]
    return next((piece for piece in pieces if piece and _norm(piece) in titles), None)


def _glued_kicker(whole: str, share_title: str) -> tuple[str, str] | None:
    """(kicker, headline) when the heading's text is a few words, then the share title.

    A kicker in the heading's own text (before a <br>, or plain text before the headline's
    element) has no element of its own; the share title being exactly the rest shows it is one.
    """
    if not share_title:
        return None
    words = whole.split()
    target = _norm(share_title)
    for cut in range(1, min(_MAX_KICKER_WORDS, len(words) - 1) + 1):
        headline = " ".join(words[cut:]).lstrip(":|/-–— ")
        if _norm(headline) == target:
            return " ".join(words[:cut]).rstrip(":|/-–— "), headline
    return None


def _hidden(element: HtmlElement) -> bool:
    return element.get("aria-hidden") == "true" or bool(
        _HIDDEN.search(f"{element.get('class', '')} {element.get('id', '')}"))


def _joins(claim: str, kicker: str, headline: str) -> bool:
    """The claim is kicker, a separator, then headline."""
    claim, kicker, headline = _norm(claim), _norm(kicker), _norm(headline)
    if not (claim.startswith(kicker) and claim.endswith(headline)):
        return False
    middle = claim[len(kicker): len(claim) - len(headline)]
    return len(claim) > len(kicker) + len(headline) and bool(_KICKER_SEPARATOR.fullmatch(middle))


def _headings(tree: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """The first h1 and h2 headings of a headline's length, with their text."""
    found = []
    for heading in tree.iter("h1", "h2"):
        text = heading_text(heading)
        if 3 <= len(text) <= _MAX_TITLE:
            found.append((heading, text))
            if len(found) == _MAX_HEADINGS:
                break
    return found


def _score(heading: HtmlElement, text: str, forms: list[tuple[str, str]],
           site_parts: set[str]) -> int:
    """Points for matching a claim (2 exactly, 1 in part), for an h1 and for a headline class."""
    if (text in site_parts or _names_site(heading, _SITE_NAME) or is_furniture(heading)
            or _in_breadcrumb(heading)):
        return 0
    score = 0
    if any(text in (whole, stripped) for whole, stripped in forms):
        score += 2
    elif _names_site(heading, _WIDGET):
        return 0
    elif any(text in whole or stripped in text for whole, stripped in forms):
        score += 1
    if heading.tag == "h1":
        score += 1
    if _HEADLINE_CLASS.search(heading.get("class") or ""):
        score += 1
    return score


def _in_breadcrumb(heading: HtmlElement) -> bool:
    """A heading in a breadcrumb trail (the last crumb repeats the headline)."""
    for level, node in enumerate(heading.iterancestors()):
        if level == _BREADCRUMB_LEVELS:
            return False
        words = f"{node.get('class', '')} {node.get('id', '')} {node.get('itemtype', '')}"
        if any(_BREADCRUMB.search(word) for word in words.split()):
            return True
    return False


def _names_site(heading: HtmlElement, classes: re.Pattern) -> bool:
    """The heading or one of its two parents has one of the classes."""
    node = heading
    for _ in range(3):
        if node is None:
            return False
        if classes.search(f"{node.get('class', '')} {node.get('id', '')}"):
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
        # a short last segment is the site's name ("Headline - Stadtblatt"), unless it is the
        # longest one: then it is a short headline after a section ("Blog - Neue Kurse")
        dashed = _SEPARATOR.split(claim)[::2]
        if (len(dashed) > 1 and len(dashed[-1].split()) <= _SITE_WORDS
                and len(dashed[-1]) < max(len(piece) for piece in dashed)):
            parts.add(_norm(dashed[-1]))
    return parts


def strip_site_name(title: str, site_name: str | None) -> str:
    """`Headline | Section | Site` -> `Headline`; `Headline - Site` -> `Headline`."""
    segments = [s.strip() for s in _PIPES.split(title) if s.strip()]
    if not segments:
        return ""
    title = max(segments, key=len) if len(segments) > 1 else segments[0]
    site = _norm(site_name or "")
    if site and _norm(title).startswith(f"{site}:"):  # "Stadtblatt: Headline"
        title = title[title.index(":") + 1:].strip()
    pieces = _SEPARATOR.split(title)  # text, separator, text, ...
    # the site's name and whatever follows it: its tagline ("Headline - Stadtblatt - Nachrichten
    # aus der Region")
    named = [i for i in range(2, len(pieces), 2) if site and _norm(pieces[i]) == site]
    if named:
        pieces = pieces[:named[0] - 1]
    while len(pieces) > 2 and _site_like(pieces[-1], site, "".join(pieces[:-2])):
        pieces = pieces[:-2]
    while len(pieces) > 2 and site and _norm(pieces[0]) == site:
        pieces = pieces[2:]
    return "".join(pieces).strip()


def _site_like(piece: str, site: str, rest: str) -> bool:
    """The site's name or host, or a short section name; a short piece longer than the rest is
    not cut: the headline is the title's main part ("Kita-Ausbau - die nächsten Schritte")."""
    norm = _norm(piece)
    return norm == site or "." in norm or (len(norm.split()) <= _SITE_WORDS
                                           and len(norm) <= len(rest.strip()))


_QUOTES = str.maketrans({"„": '"', "“": '"', "”": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                         "‚": "'", "´": "'", "–": "-", "—": "-", "\xad": ""})


def _norm(text: str) -> str:
    return " ".join(text.translate(_QUOTES).replace(" :", ":").split()).casefold()


def heading_text(element: HtmlElement | None) -> str:
    """The element's text, whitespace collapsed, invisible characters dropped; a <br> is a space
    (a headline set on two lines is two words there, not one glued word)."""
    if element is None:
        return ""
    text = element.text_content() if element.find(".//br") is None else "".join(_broken(element))
    return " ".join(INVISIBLE.sub("", text).split())


def _broken(element: HtmlElement):
    """The element's text pieces in order, a space for each <br>."""
    yield element.text or ""
    for child in element:
        if child.tag == "br":
            yield " "
        elif isinstance(child.tag, str):
            yield from _broken(child)
        yield child.tail or ""
