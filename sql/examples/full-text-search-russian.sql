-- Which items talk about a subject, in Russian with stemming ("тракторы" finds "тракторный
-- завод", "трактора")? websearch syntax: quotes for phrases, `or`, `-` to exclude.
-- Uses the items_search index through research.items.search.
-- Parameters: the query text, in the `params` line below.
-- Columns: item_id bigint, published_at timestamp with time zone, outlet_id text, side text, level text, title text, rank real, snippet text
with params as (select websearch_to_tsquery('russian', 'сборка комбайнов') as q)
select
  i.item_id,
  i.published_at,
  i.outlet_id,
  i.side,
  i.level,
  i.title,
  ts_rank(i.search, params.q)                                                        as rank,
  ts_headline('russian', i.title || ' ' || coalesce(i.lead, ''), params.q, 'MaxFragments=1, MaxWords=20, MinWords=5') as snippet
from research.items i, params
where i.search @@ params.q
order by rank desc, i.published_at desc nulls last
limit 50;
