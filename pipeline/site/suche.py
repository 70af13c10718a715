"""The search page: its hits under the reader's filters, their count and years, a spelling.

The `suche` and `suche_feed` canned queries (metadata.yml) start with `{search_hits}`, the
hits CTE written here once: the four tiers of matches (the word itself, its forms, compounds
with it as a part, all words but one; see pipeline/search.py), each the newest WINDOW matches,
and, when they find fewer than FALLBACK_BELOW articles, the FALLBACK tier (a compound's parts
apart), the RELATED tier (words of the same meaning) and each word alone, the rarest first
(of a compound typed alone, each of its parts alone), under the filters of the page. A word
that finds nothing is searched in its nearest spelling that does. The page adds, from the same
CTE, the number of hits and their years, and that spelling ("Meinten Sie").
"""

import functools
import time
import tomllib
from pathlib import Path
from urllib.parse import urlencode

from datasette.database import QueryInterrupted

from ..search import (
    EXACT,
    FALLBACK,
    FORM,
    MAX_QUERY_WORDS,
    PART,
    PARTIAL,
    RELATED,
    WORD,
    query_words,
)

SEARCH_HITS_PLACEHOLDER = "{search_hits}"
# The page's filters, as the URL names them (all text: Datasette passes '' for a missing one).
FILTERS = ("von", "bis", "gemeinde", "kreis", "thema", "herausgeber", "foerderung")
# Each tier takes its newest matches, FTS5 walking its lists backwards and stopping: at most
# this many, so that a word in a third of a million articles costs no more than a rare one.
# With a filter it takes more, as the filter leaves only some of them.
WINDOW, FILTERED_WINDOW = 500, 2000
TIER_MATCHES = """
    select rowid, {tier} as tier from (
      select rowid from articles_fts
      where articles_fts match german_fts((select q from search_query), {tier})
      order by rowid desc limit (select size from {window}))"""
# What is searched: the reader's words; when they find nothing, each word that finds nothing
# is replaced by its spelling one edit away that is most frequent in the index (counted up to
# COUNT_UP_TO), if any: "Kinderamut" searches "kinderarmut". Only the first MAX_CORRECTED words
# are respelled, so that a long query of typos stays well within the time limit. A word the
# FALLBACK tier finds is no typo: "Abmeldung", in no article as a noun, finds "abgemeldet" by
# its verb there, and is not searched as "Anmeldung".
MAX_CORRECTED = 3
FOUND = f"""(exists (select 1 from articles_fts where articles_fts match german_fts({{words}}))
      or exists (select 1 from articles_fts
        where articles_fts match german_fts({{words}}, {FALLBACK})))"""
COUNT_UP_TO = 1000
TIERS = (EXACT, FORM, PART, PARTIAL)
# The FALLBACK and RELATED tiers and each word alone are searched only when the others find
# fewer than this many articles (a page of hits; counted before the page's filters, so that a
# filter adds no FTS lookups), each word alone in the order of its matches (counted up to
# COUNT_UP_TO). A compound typed alone is a query of its parts there: "Stiftungsmittel", which
# few articles have as a word, as a part or apart, then lists those on a "Stiftung" that pays.
FALLBACK_BELOW = 50
WORD_MATCHES = """
    select rowid, {tier} as tier from (
      select rowid from articles_fts
      where articles_fts match german_fts(
        (select word from fallback_words where rarity = {rarity}), {part})
      order by rowid desc limit (select size from fallback_window))
    where exists (select 1 from fallback_words where rarity = {rarity})"""
TIERS_SQL = " union all".join(
    TIER_MATCHES.format(tier=tier, window="search_window") for tier in TIERS)
FALLBACK_TIERS_SQL = " union all".join(
    TIER_MATCHES.format(tier=tier, window="fallback_window") for tier in (FALLBACK, RELATED))
WORDS_ALONE_SQL = " union all".join(
    WORD_MATCHES.format(tier=RELATED + 1 + rarity, rarity=rarity, part=PART)
    for rarity in range(MAX_QUERY_WORDS))
SEARCH_QUERY_SQL = f"""search_query as (
    select case
      when {FOUND.format(words=':q')} then :q
      else coalesce((select group_concat(spelled, ' ') from (
        select case
          when word.key >= {MAX_CORRECTED}
            or {FOUND.format(words='word.value')}
            then word.value
          else coalesce((
            select candidate.value from json_each(german_spellings(word.value)) as candidate
            where exists (select 1 from articles_fts
              where articles_fts match german_fts(candidate.value, {EXACT}))
            order by (select count(*) from (select 1 from articles_fts
              where articles_fts match german_fts(candidate.value, {EXACT})
              limit {COUNT_UP_TO})) desc
            limit 1), word.value)
          end as spelled
        from json_each(german_words(:q)) as word order by word.key)), :q)
    end as q
  )"""
SEARCH_HITS_SQL = f"""{SEARCH_QUERY_SQL},
  search_window as (
    select unfiltered, case when unfiltered then {WINDOW} else {FILTERED_WINDOW} end as size
    from (select :von || :bis || :gemeinde || :kreis || :thema || :herausgeber
      || :foerderung = '' as unfiltered)
  ),
  candidates as materialized ({TIERS_SQL}
  ),
  fallback_window as (
    select case when (select count(*) from (
        select distinct rowid from candidates limit {FALLBACK_BELOW})) < {FALLBACK_BELOW}
      then size else 0 end as size from search_window
  ),
  fallback_tiers as materialized ({FALLBACK_TIERS_SQL}
  ),
  fallback_words as (
    select word, row_number() over (order by matches, position) - 1 as rarity from (
      select word.key as position, word.value as word, (select count(*) from (
        select 1 from articles_fts where articles_fts match german_fts(word.value, {PART})
        limit {COUNT_UP_TO})) as matches
      from json_each(case
        when json_array_length(german_words((select q from search_query))) > 1
          then german_words((select q from search_query))
        else german_parts((select q from search_query)) end) as word
      where (select size from fallback_window) > 0)
  ),
  fallback_candidates as (select * from fallback_tiers union all {WORDS_ALONE_SQL}
  ),
  best_tiers as (
    select rowid, min(tier) as tier from (
      select * from candidates union all select * from fallback_candidates)
    group by rowid
  ),
  hits as (
    -- Without filters no article row is read: SQLite checks a constant condition once.
    select rowid, tier from best_tiers where (select unfiltered from search_window)
    union all
    select articles.rowid as rowid, best_tiers.tier as tier
    from best_tiers cross join articles on articles.rowid = best_tiers.rowid
    where not (select unfiltered from search_window)
      and (:von = '' or articles.published >= :von)
      and (:bis = '' or substr(articles.published, 1, length(:bis)) <= :bis)
      and (:gemeinde = '' or exists (select 1 from article_municipalities as place
        where place.article_id = articles.id and place.name = :gemeinde))
      and (:kreis = '' or exists (select 1 from article_municipalities as place
        where place.article_id = articles.id and place.kreis = :kreis))
      and (:thema = '' or exists (select 1 from article_topics as topic
        where topic.article_id = articles.id and topic.topic = :thema))
      and (:herausgeber = '' or articles.publisher_id = :herausgeber)
      and (:foerderung = '' or (:foerderung = 'ohne') != exists (select 1 from fundings
        where fundings.article_id = articles.id and coalesce(fundings.amount_eur, 0)
          >= (case when :foerderung glob '[0-9]*' then cast(:foerderung as integer) else 0 end)))
  )"""
# The hits' years (NULL: no date), those with only some of the words apart, and whether the
# PART tier's window was full, so that the count is "at least".
SUMMARY_SQL = f"""with {SEARCH_HITS_SQL}
select substr(articles.published, 1, 4) as year, sum(hits.tier <= {PART}) as hits,
  sum(hits.tier >= {PARTIAL}) as partial_hits,
  (select q from search_query) as searched,
  (select count(*) from candidates where tier = {PART}) >= (select size from search_window)
    as capped
from hits cross join articles on articles.rowid = hits.rowid
group by year order by year"""
# Funding choices: '' all, 'mit' any amount, 'ohne' none, a number: at least that many euros.
FUNDING_CHOICES = [("", "alle"), ("mit", "mit Förderangabe"), ("ohne", "ohne Förderangabe"),
                   ("10000", "ab 10.000 €"), ("100000", "ab 100.000 €"),
                   ("1000000", "ab 1 Mio. €")]
TOPICS_FILE = Path(__file__).resolve().parent.parent / "data" / "topics.toml"


def with_search_hits(sql: str) -> str:
    """A canned query's SQL with the hits CTE in place of its placeholder."""
    return sql.replace(SEARCH_HITS_PLACEHOLDER, SEARCH_HITS_SQL)


def search_parameters(args) -> dict[str, str]:
    """The search's parameters from the request's arguments, each '' when missing."""
    return {name: args.get(name) or "" for name in ("q", *FILTERS)}


def search_link(parameters: dict[str, str], **changes: str) -> str:
    """The query string of the search with `changes`, without empty parameters."""
    return urlencode({name: value for name, value in {**parameters, **changes}.items() if value})


def timeline(rows: list[dict], parameters: dict[str, str]) -> list[dict]:
    """Hits per year, oldest first, each with its bar's share of the year with most (0-100)
    and the search narrowed to that year."""
    dated = [row for row in rows if row["year"] and row["hits"]]
    most = max((row["hits"] for row in dated), default=1)
    return [{"year": row["year"], "hits": row["hits"], "percent": round(100 * row["hits"] / most),
             "link": search_link(parameters, von=row["year"], bis=row["year"])}
            for row in dated]


def as_typed(searched: str, typed: str) -> str:
    """The searched words capitalized as the reader typed them ("Kinderamut": "Kinderarmut")."""
    typed_words = WORD.findall(typed)
    return " ".join(
        word.capitalize() if position < len(typed_words) and typed_words[position][0].isupper()
        else word
        for position, word in enumerate(searched.split())
    )


@functools.lru_cache(maxsize=1)
def topic_choices() -> list[tuple[str, str]]:
    """(slug, label) of the controlled topics, as the enrichment tags them."""
    topics = tomllib.loads(TOPICS_FILE.read_text(encoding="utf-8"))["topic"]
    return sorted(((topic["slug"], topic["label"]) for topic in topics), key=lambda t: t[1])


CHOICES_SQL = {
    "kreise": "select distinct kreis as value from municipalities "
              "where land = 'Nordrhein-Westfalen' and kreis is not null order by kreis",
    "gemeinden": "select name as value from municipalities "
                 "where land = 'Nordrhein-Westfalen' and level = 'gemeinde' order by name",
    # Only outlets that published an article: one index lookup each.
    "herausgeber": "select id as value, name as label from outlets where exists "
                   "(select 1 from articles where articles.publisher_id = outlets.id) "
                   "order by name",
}
# The lists change only with a crawl: each server process reads them at most this often.
CHOICES_SECONDS = 600
_choices: dict[str, tuple[float, dict[str, list[dict]]]] = {}


async def filter_choices(database) -> dict[str, list[dict]]:
    """The Kreise, Gemeinden and publishers to choose from, read again after CHOICES_SECONDS."""
    read_at, choices = _choices.get(database.name, (-CHOICES_SECONDS, {}))
    if time.monotonic() - read_at >= CHOICES_SECONDS:
        choices = {name: [dict(row) for row in (await database.execute(sql)).rows]
                   for name, sql in CHOICES_SQL.items()}
        _choices[database.name] = (time.monotonic(), choices)
    return choices


def search_context(request, database):
    """What suche.html shows beside the hits: their count and years, a suggestion, the choices
    of each filter."""

    async def context():
        parameters = search_parameters(request.args)
        values = {"filters": parameters, "funding_choices": FUNDING_CHOICES,
                  "topic_choices": topic_choices(), "feed_link": search_link(parameters),
                  **await filter_choices(database)}
        if not query_words(parameters["q"]):
            return values
        try:
            result = await database.execute(SUMMARY_SQL, parameters)
        except QueryInterrupted:  # over the time limit: the hits alone, without their count
            return values
        rows = [dict(row) for row in result.rows]
        values["hit_count"] = sum(row["hits"] for row in rows)
        values["partial_count"] = sum(row["partial_hits"] for row in rows)
        # One word has no other words to lack: its weaker hits have parts of it or a word of
        # the same meaning.
        values["one_word"] = len(query_words(parameters["q"])) == 1
        values["hits_capped"] = any(row["capped"] for row in rows)
        values["timeline"] = timeline(rows, parameters)
        searched = rows[0]["searched"] if rows else parameters["q"]
        if query_words(searched) != query_words(parameters["q"]):  # respelled
            spelled = as_typed(searched, parameters["q"])
            values["suggestion"] = {"q": spelled, "link": search_link(parameters, q=spelled)}
        return values

    return context
