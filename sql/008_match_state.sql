-- 008_match_state: what the matcher concluded about an item moves out of `items` into a narrow
-- table of its own. A catalog change re-matches every item; rewriting the wide items rows for
-- that (a new row version each, every index updated, the full-text index recomputing its
-- vector from the body) cost ~400 µs an item, where upserting a 60-byte state row costs ~5 µs
-- (measured on 1M items, docs/performance.md). Items now change only when the outlet's copy does.
--
-- The research views keep their names and columns: they read level and relevance from here.
-- Also: a stored full-text vector (below); an index on the time every item is counted at
-- (coalesce(published_at, fetched_at)), which the report and the views filter on; and
-- research.report_time_zone() declared parallel safe, so PostgreSQL may scan big tables with
-- parallel workers.
-- Runs on PostgreSQL 15 and PGlite.

create table item_match_state (
  item_id          bigint primary key references items (id) on delete cascade,
  matcher_version  text not null,
  matched_at       timestamptz not null,
  relevant         boolean not null,
  relevance_score  double precision not null,
  level            text not null check (level in ('central', 'regional')),
  projects         integer not null default 0
);
-- The match stage's question, "which items lack a state of this version?", walks items in id
-- order against this index: rows of the current version from the batch's first id on.
create index item_match_state_version on item_match_state (matcher_version, item_id);

comment on table item_match_state is 'What the matcher concluded about each item it has seen (one row per item): the matcher+catalog version, relevance, the item''s level and how many projects matched. No row: not matched yet. Written by the match stage only; research.items shows it with the item.';
comment on column item_match_state.item_id is 'The item (items.id).';
comment on column item_match_state.matcher_version is 'Matcher + catalog version (m1+<catalog hash>) the item was last matched with; a different current version makes the match stage look at it again.';
comment on column item_match_state.matched_at is 'When the item was last matched (UTC instant).';
comment on column item_match_state.relevant is 'Whether the item is about Belarus–Kazakhstan cooperation (with or without a catalog project).';
comment on column item_match_state.relevance_score is 'The score behind relevant (0–1).';
comment on column item_match_state.level is 'The item''s level (DESIGN §5): regional = a regional outlet, or an agency item whose dateline or rubric places it in a region; else central.';
comment on column item_match_state.projects is 'How many catalog projects the item matched (rows in matches).';

insert into item_match_state (item_id, matcher_version, matched_at, relevant, relevance_score, level, projects)
select i.id, i.matched_version, coalesce(i.matched_at, now()), coalesce(i.relevant, false), coalesce(i.relevance_score, 0),
       coalesce(i.level, o.level), (select count(*) from matches m where m.item_id = i.id)
from items i join outlets o on o.id = i.outlet_id
where i.matched_version is not null;

create index items_time on items ((coalesce(published_at, fetched_at)));

alter function research.report_time_zone() parallel safe;

-- Full-text search keeps its vector: ranking a search's hits (ts_rank) recomputed the vector
-- from every hit's body through the expression index, ~0.25 ms a hit; reading it costs a
-- fraction of that. Computed by PostgreSQL on every insert and body update, as the index was.
drop index items_search;
alter table items add column search tsvector generated always as (
  to_tsvector(research.search_config(lang), title || ' ' || coalesce(lead, '') || ' ' || coalesce(body, ''))
) stored;
create index items_search on items using gin (search);
comment on column items.search is 'Full-text vector of title, lead and body (Russian/English stemmed, other languages word for word), kept by PostgreSQL itself (a generated column); indexed by items_search. research.items.search is this column.';

create or replace view research.items as
select
  i.id                                                   as item_id,
  i.outlet_id,
  o.name                                                 as outlet_name,
  o.country                                              as side,
  o.level                                                as outlet_level,
  coalesce(s.level, o.level)                             as level,
  o.region_id                                            as outlet_region_id,
  i.lang,
  i.title,
  i.lead,
  i.body,
  i.url,
  i.rubric,
  i.dateline,
  i.published_at,
  i.fetched_at,
  coalesce(i.published_at, i.fetched_at)                 as item_time,
  (date_trunc('week', coalesce(i.published_at, i.fetched_at) at time zone research.report_time_zone()))::date as week_start,
  to_char(coalesce(i.published_at, i.fetched_at) at time zone research.report_time_zone(), 'IYYY-"W"IW') as iso_week,
  i.reprint_of,
  i.reprint_of is not null                               as is_reprint,
  s.relevant,
  s.relevance_score,
  array(select ir.region_id from item_regions ir where ir.item_id = i.id order by ir.region_id)             as region_ids,
  array(select distinct ir.oblast_id from item_regions ir where ir.item_id = i.id and ir.oblast_id is not null order by ir.oblast_id) as oblast_ids,
  array(select m.project_id from matches m where m.item_id = i.id order by m.project_id)                  as project_ids,
  i.search                                               as search
from items i
join outlets o on o.id = i.outlet_id
left join item_match_state s on s.item_id = i.id;

create or replace view research.item_matches as
select
  m.item_id,
  m.project_id,
  p.name_en                                              as project_name_en,
  p.name_ru                                              as project_name_ru,
  p.lifecycle,
  p.importance,
  m.score,
  m.rule,
  m.evidence,
  m.matcher_version,
  m.matched_at,
  i.outlet_id,
  o.country                                              as side,
  coalesce(s.level, o.level)                             as level,
  i.lang,
  i.title,
  i.url,
  coalesce(i.published_at, i.fetched_at)                 as item_time,
  (date_trunc('week', coalesce(i.published_at, i.fetched_at) at time zone research.report_time_zone()))::date as week_start,
  to_char(coalesce(i.published_at, i.fetched_at) at time zone research.report_time_zone(), 'IYYY-"W"IW') as iso_week,
  i.reprint_of is not null                               as is_reprint
from matches m
join items i on i.id = m.item_id
join outlets o on o.id = i.outlet_id
left join item_match_state s on s.item_id = i.id
join projects p on p.id = m.project_id;

create or replace view research.item_regions as
select
  ir.item_id,
  ir.region_id,
  r.label_ru                                             as region_label_ru,
  r.label_en                                             as region_label_en,
  r.kind                                                 as region_kind,
  r.country                                              as region_country,
  ir.oblast_id,
  ir.via,
  ir.mentions,
  i.outlet_id,
  o.country                                              as side,
  coalesce(s.level, o.level)                             as level,
  (date_trunc('week', coalesce(i.published_at, i.fetched_at) at time zone research.report_time_zone()))::date as week_start,
  i.reprint_of is not null                               as is_reprint
from item_regions ir
join regions r on r.id = ir.region_id
join items i on i.id = ir.item_id
join outlets o on o.id = i.outlet_id
left join item_match_state s on s.item_id = i.id;

create or replace view research.weekly_coverage as
select
  m.project_id,
  i.outlet_id,
  o.country                                              as side,
  coalesce(s.level, o.level)                             as level,
  (date_trunc('week', coalesce(i.published_at, i.fetched_at) at time zone research.report_time_zone()))::date as week_start,
  to_char(coalesce(i.published_at, i.fetched_at) at time zone research.report_time_zone(), 'IYYY-"W"IW') as iso_week,
  count(*) filter (where i.reprint_of is null)           as originals,
  count(*) filter (where i.reprint_of is not null)       as reprints,
  count(*)                                               as items
from matches m
join items i on i.id = m.item_id
join outlets o on o.id = i.outlet_id
left join item_match_state s on s.item_id = i.id
group by 1, 2, 3, 4, 5, 6;

create or replace view research.gaps_weekly as
with bounds as (
  select
    (date_trunc('week', min(coalesce(published_at, fetched_at)) at time zone research.report_time_zone()))::date as first_week,
    (date_trunc('week', max(coalesce(published_at, fetched_at)) at time zone research.report_time_zone()))::date as last_week
  from items
),
weeks as (
  select g::date as week_start
  from bounds, generate_series(bounds.first_week, bounds.last_week, interval '1 week') g
),
own as (
  -- A project's own oblasts: the oblast-level units of its by_regions/kz_regions places.
  select distinct p.id as project_id, r.oblast_id
  from projects p
  cross join lateral jsonb_array_elements_text(p.by_regions || p.kz_regions) x(region_id)
  join regions r on r.id = x.region_id
  where r.oblast_id is not null
),
matched as (
  select
    m.project_id,
    (date_trunc('week', coalesce(i.published_at, i.fetched_at) at time zone research.report_time_zone()))::date as week_start,
    i.reprint_of is not null as reprint,
    o.country as side,
    coalesce(s.level, o.level) = 'regional' and (
      not exists (select 1 from own where own.project_id = m.project_id)
      or exists (select 1 from own where own.project_id = m.project_id and (
        own.oblast_id in (select ir.oblast_id from item_regions ir where ir.item_id = i.id)
        or (o.level = 'regional' and own.oblast_id = (select r.oblast_id from regions r where r.id = o.region_id))))
    ) as own_regional
  from matches m
  join items i on i.id = m.item_id
  join outlets o on o.id = i.outlet_id
left join item_match_state s on s.item_id = i.id
),
cells as (
  select project_id, week_start,
    count(*) filter (where not reprint)                  as originals,
    count(*) filter (where reprint)                      as reprints,
    count(*) filter (where side = 'BY')                  as by_items,
    count(*) filter (where side = 'KZ')                  as kz_items,
    count(*) filter (where own_regional and not reprint) as own_regional_originals,
    count(*) filter (where own_regional and reprint)     as own_regional_reprints
  from matched
  group by 1, 2
),
grid as (
  select p.id as project_id, p.importance, p.lifecycle, w.week_start,
    coalesce(c.originals, 0) as originals,
    coalesce(c.reprints, 0) as reprints,
    coalesce(c.by_items, 0) as by_items,
    coalesce(c.kz_items, 0) as kz_items,
    coalesce(c.own_regional_originals, 0) as own_regional_originals,
    coalesce(c.own_regional_reprints, 0) as own_regional_reprints
  from projects p
  cross join weeks w
  left join cells c on c.project_id = p.id and c.week_start = w.week_start
  where p.lifecycle in ('planned', 'active') and not p.retired
),
windowed as (
  select g.*,
    (sum(originals) over w4)::integer              as window_originals,
    (sum(reprints) over w4)::integer               as window_reprints,
    (sum(by_items) over w4)::integer               as window_by_items,
    (sum(kz_items) over w4)::integer               as window_kz_items,
    (sum(own_regional_originals) over w4)::integer as window_own_regional_originals,
    (sum(own_regional_reprints) over w4)::integer  as window_own_regional_reprints
  from grid g
  window w4 as (partition by project_id order by week_start rows between 3 preceding and current row)
)
select
  project_id,
  importance,
  lifecycle,
  week_start,
  to_char(week_start, 'IYYY-"W"IW')                                                          as iso_week,
  originals::integer                                                                         as originals,
  reprints::integer                                                                          as reprints,
  window_originals,
  window_reprints,
  window_by_items,
  window_kz_items,
  window_own_regional_originals,
  window_own_regional_reprints,
  window_originals = 0                                                                       as silent,
  window_originals + window_reprints > 0 and (window_by_items = 0 or window_kz_items = 0)    as one_sided,
  window_originals + window_reprints > 0 and window_own_regional_originals + window_own_regional_reprints = 0 as central_only,
  window_own_regional_reprints > 0 and window_own_regional_originals = 0                     as reprint_only
from windowed;

create or replace view research.regional_coverage as
select
  m.project_id,
  coalesce(o.region_id, dl.oblast_id)                    as region_id,
  o.country                                              as side,
  i.outlet_id,
  (date_trunc('week', coalesce(i.published_at, i.fetched_at) at time zone research.report_time_zone()))::date as week_start,
  to_char(coalesce(i.published_at, i.fetched_at) at time zone research.report_time_zone(), 'IYYY-"W"IW') as iso_week,
  count(*) filter (where i.reprint_of is null)           as originals,
  count(*) filter (where i.reprint_of is not null)       as reprints
from matches m
join items i on i.id = m.item_id
join outlets o on o.id = i.outlet_id
left join item_match_state s on s.item_id = i.id
left join lateral (
  select ir.oblast_id from item_regions ir where ir.item_id = i.id and ir.via = 'dateline' order by ir.region_id limit 1
) dl on true
where coalesce(s.level, o.level) = 'regional'
group by 1, 2, 3, 4, 5, 6;

-- Grouped before the outlets are joined and the week label is formatted: one to_char per
-- outlet-week rather than per item.
create or replace view research.outlet_volumes as
select
  v.outlet_id,
  o.name                                                 as outlet_name,
  o.country                                              as side,
  o.level                                                as outlet_level,
  v.week_start,
  to_char(v.week_start, 'IYYY-"W"IW')                    as iso_week,
  v.items,
  v.originals,
  v.reprints,
  v.regional_items,
  v.relevant_items,
  v.matched_items
from (
  select
    i.outlet_id,
    (date_trunc('week', coalesce(i.published_at, i.fetched_at) at time zone research.report_time_zone()))::date as week_start,
    count(*)                                             as items,
    count(*) filter (where i.reprint_of is null)         as originals,
    count(*) filter (where i.reprint_of is not null)     as reprints,
    count(*) filter (where coalesce(s.level, io.level) = 'regional') as regional_items,
    count(*) filter (where s.relevant)                   as relevant_items,
    count(*) filter (where s.projects > 0)               as matched_items
  from items i
  join outlets io on io.id = i.outlet_id
  left join item_match_state s on s.item_id = i.id
  group by 1, 2
) v
join outlets o on o.id = v.outlet_id;

-- Nothing reads these any more: the state above replaced them.
alter table items drop column matched_version;
alter table items drop column matched_at;
alter table items drop column relevant;
alter table items drop column relevance_score;
alter table items drop column level;
