-- For each oblast, what share of the matched original items about it (by dateline, mention or a
-- regional outlet there) came from the regional level rather than the central press?
-- Parameters: the period, in the `params` line below.
-- Columns: oblast_id text, oblast_ru text, country text, items bigint, central bigint, regional bigint, regional_share numeric
with params as (select date '2000-01-01' as since, date '2100-01-01' as until),
matched as (
  -- the matched items first: a few percent of all items, so only their places are read
  select distinct m.item_id from research.item_matches m, params
  where m.week_start >= params.since and m.week_start < params.until and not m.is_reprint
),
about as (
  -- one row per (item, oblast): an item naming two towns of one oblast counts once there
  select distinct r.item_id, r.oblast_id, r.level
  from matched x
  join research.item_regions r on r.item_id = x.item_id
  where r.oblast_id is not null
)
select
  a.oblast_id,
  g.label_ru                                         as oblast_ru,
  g.country,
  count(*)                                           as items,
  count(*) filter (where a.level = 'central')        as central,
  count(*) filter (where a.level = 'regional')       as regional,
  round(count(*) filter (where a.level = 'regional')::numeric / count(*), 3) as regional_share
from about a
join research.regions g on g.region_id = a.oblast_id
group by 1, 2, 3
order by g.country, regional_share, items desc;
