-- How many items did each outlet publish per ISO week (report time zone, Europe/Minsk unless
-- `set covgap.report_time_zone = '…'`), and how many of them matched a project?
-- Parameters: the first week, in the `params` line below.
-- Columns: iso_week text, outlet_id text, side text, outlet_level text, items bigint, reprints bigint, matched_items bigint, matched_per_1000 numeric
with params as (select date '2000-01-01' as since)
select
  v.iso_week,
  v.outlet_id,
  v.side,
  v.outlet_level,
  v.items,
  v.reprints,
  v.matched_items,
  round(1000.0 * v.matched_items / v.items, 1) as matched_per_1000
from research.outlet_volumes v, params
where v.week_start >= params.since
order by v.week_start, v.side, v.outlet_id;
