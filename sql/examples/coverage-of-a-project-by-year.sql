-- How much did the press cover one project each year, by side (BY/KZ press) and level
-- (central/regional)? Originals and reprints are counted separately.
-- Parameters: the project id and the first year, in the `params` line below.
-- Columns: year integer, side text, level text, originals bigint, reprints bigint, weeks_covered bigint
with params as (select 'gomselmash-agromashholding-kostanay'::text as project_id, 2000 as since_year)
select
  extract(isoyear from c.week_start)::integer as year,
  c.side,
  c.level,
  sum(c.originals)::bigint                    as originals,
  sum(c.reprints)::bigint                     as reprints,
  count(distinct c.week_start)                as weeks_covered
from research.weekly_coverage c, params
where c.project_id = params.project_id
  and extract(isoyear from c.week_start) >= params.since_year
group by 1, 2, 3
order by 1, 2, 3;
