-- 003_research_views: the researchers' interface. A `research` schema of views with stable names
-- and columns (tables may change; these views keep their contract), full-text search over items,
-- and COMMENT ON every table and column of 001–002 (docs/schema.md is generated from these
-- comments; `npm run docs:schema:check` fails on any uncommented table, view or column).
--
-- Weeks are ISO weeks (Monday–Sunday) in the report time zone: Europe/Minsk unless the session
-- sets `covgap.report_time_zone` (e.g. `set covgap.report_time_zone = 'Asia/Almaty'`). An item's
-- time is published_at, or fetched_at when the outlet gave no date.
-- Runs on PostgreSQL 15 and on PGlite.

create schema research;
comment on schema research is 'Stable views for researchers: the public, documented interface to covgap data (tables may change, these views keep their names and columns).';

create function research.report_time_zone() returns text
  language sql stable
  as $$ select coalesce(nullif(current_setting('covgap.report_time_zone', true), ''), 'Europe/Minsk') $$;
comment on function research.report_time_zone() is 'The time zone weeks are counted in: the session setting covgap.report_time_zone, else Europe/Minsk (the report default).';

-- The text search configuration for an item language: Russian and English are stemmed
-- (Snowball, shipped with PostgreSQL and PGlite); Kazakh, Belarusian and the rest are indexed
-- word for word ('simple'), since PostgreSQL has no stemmer for them.
create function research.search_config(lang text) returns regconfig
  language sql immutable parallel safe
  as $$ select case lang when 'ru' then 'russian'::regconfig when 'en' then 'english'::regconfig else 'simple'::regconfig end $$;
comment on function research.search_config(text) is 'Text search configuration for an item language: ru → russian, en → english (both stemmed), anything else → simple (no stemming).';

-- Full-text search: an expression index rather than a stored tsvector column, so items rows stay
-- small and writers need not know about it. research.items.search repeats the same expression,
-- so `where search @@ websearch_to_tsquery('russian', '…')` on the view uses this index.
create index items_search on items using gin (
  to_tsvector(research.search_config(lang), title || ' ' || coalesce(lead, '') || ' ' || coalesce(body, ''))
);

-- Trigram search on titles (`title % 'Костанай'`, `title ilike '%белаз%'`) where pg_trgm can be
-- installed: PostgreSQL servers with the contrib package. PGlite only has it when the extension
-- is loaded at start-up, which covgap does not do, so on the embedded database this is skipped.
do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'pg_trgm') then
    begin
      create extension if not exists pg_trgm;
      execute 'create index items_title_trgm on items using gin (title gin_trgm_ops)';
    exception when insufficient_privilege then
      raise notice 'pg_trgm: not installed (needs a role allowed to create extensions); trigram title search is unavailable';
    end;
  end if;
end
$$;

-- ── research.outlets, research.projects, research.regions ─────────────────────────────────
create view research.outlets as
select o.id as outlet_id, o.name as outlet_name, o.country as side, o.level, o.region_id,
       r.label_ru as region_label_ru, r.label_en as region_label_en, r.oblast_id, o.site, o.time_zone
from outlets o
left join regions r on r.id = o.region_id;

comment on view research.outlets is 'The outlets covgap reads: side (BY/KZ press), level and home region.';
comment on column research.outlets.outlet_id is 'Outlet id (config/sources.yaml).';
comment on column research.outlets.outlet_name is 'Outlet name.';
comment on column research.outlets.side is 'BY or KZ press (the outlet''s country).';
comment on column research.outlets.level is 'central or regional.';
comment on column research.outlets.region_id is 'Home place of a regional outlet (research.regions.region_id).';
comment on column research.outlets.region_label_ru is 'Home place name in Russian.';
comment on column research.outlets.region_label_en is 'Home place name in English.';
comment on column research.outlets.oblast_id is 'Oblast-level unit of the home place.';
comment on column research.outlets.site is 'Home page URL.';
comment on column research.outlets.time_zone is 'Time zone of the outlet''s dates.';

create view research.projects as
select p.id as project_id, p.name_en, p.name_ru, p.kind, p.sector, p.lifecycle, p.importance,
       array(select jsonb_array_elements_text(p.by_regions)) as by_regions,
       array(select jsonb_array_elements_text(p.kz_regions)) as kz_regions,
       p.retired, p.catalog_version
from projects p;

comment on view research.projects is 'The catalog of cooperation projects (config/projects.yaml), including retired ones (kept with their matches).';
comment on column research.projects.project_id is 'Project id.';
comment on column research.projects.name_en is 'Name in English.';
comment on column research.projects.name_ru is 'Name in Russian.';
comment on column research.projects.kind is 'Kind of project (assembly plant, agreement, joint venture, …).';
comment on column research.projects.sector is 'Economic sector.';
comment on column research.projects.lifecycle is 'planned, active, completed or historical; only planned and active ones are flagged as gaps.';
comment on column research.projects.importance is 'Importance 1 (low) to 3 (high).';
comment on column research.projects.by_regions is 'The project''s own places in Belarus (research.regions.region_id).';
comment on column research.projects.kz_regions is 'The project''s own places in Kazakhstan.';
comment on column research.projects.retired is 'Removed from the catalog.';
comment on column research.projects.catalog_version is 'Catalog version last synced.';

create view research.regions as
select r.id as region_id, r.kind, r.country, r.parent_id, r.oblast_id, r.label_ru, r.label_en, r.retired
from regions r;

comment on view research.regions is 'The gazetteer: countries, oblasts, cities and districts of Belarus and Kazakhstan (config/regions.yaml).';
comment on column research.regions.region_id is 'Place id, e.g. kz-kostanay-oblast.';
comment on column research.regions.kind is 'country, oblast, city or district.';
comment on column research.regions.country is 'BY or KZ.';
comment on column research.regions.parent_id is 'Enclosing place.';
comment on column research.regions.oblast_id is 'Oblast-level unit containing the place (itself for an oblast or a republican city).';
comment on column research.regions.label_ru is 'Name in Russian.';
comment on column research.regions.label_en is 'Name in English.';
comment on column research.regions.retired is 'Removed from the gazetteer.';

-- ── research.items ─────────────────────────────────────────────────────────────────────────
create view research.items as
select
  i.id                                                   as item_id,
  i.outlet_id,
  o.name                                                 as outlet_name,
  o.country                                              as side,
  o.level                                                as outlet_level,
  coalesce(i.level, o.level)                             as level,
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
  i.relevant,
  i.relevance_score,
  array(select ir.region_id from item_regions ir where ir.item_id = i.id order by ir.region_id)             as region_ids,
  array(select distinct ir.oblast_id from item_regions ir where ir.item_id = i.id and ir.oblast_id is not null order by ir.oblast_id) as oblast_ids,
  array(select m.project_id from matches m where m.item_id = i.id order by m.project_id)                  as project_ids,
  to_tsvector(research.search_config(i.lang), i.title || ' ' || coalesce(i.lead, '') || ' ' || coalesce(i.body, '')) as search
from items i
join outlets o on o.id = i.outlet_id;

comment on view research.items is 'One row per stored item with its outlet, side (BY/KZ press), level, ISO week, reprint flag, regions and matched projects. Search: where search @@ websearch_to_tsquery(''russian'', ''…'').';
comment on column research.items.item_id is 'Item id (items.id); stable across exports.';
comment on column research.items.outlet_id is 'Outlet id from config/sources.yaml (outlets.id).';
comment on column research.items.outlet_name is 'Outlet name as configured.';
comment on column research.items.side is 'Whose press: BY (Belarusian outlet) or KZ (Kazakh outlet) — the outlet''s country.';
comment on column research.items.outlet_level is 'The outlet''s own level: central or regional.';
comment on column research.items.level is 'The item''s level (DESIGN §5): regional = a regional outlet, or an agency item whose dateline/rubric places it in a region; else central. Falls back to the outlet''s level before the matcher has seen the item.';
comment on column research.items.outlet_region_id is 'Gazetteer region of a regional outlet (regions.id); null for central outlets.';
comment on column research.items.lang is 'Language of the item (from the feed/edition): ru, kk, en, be, …';
comment on column research.items.title is 'Headline as published.';
comment on column research.items.lead is 'Lead paragraph or feed description, when available.';
comment on column research.items.body is 'Article text extracted from the page; null until the page was fetched.';
comment on column research.items.url is 'Canonical article URL.';
comment on column research.items.rubric is 'The outlet''s rubric/section for the item, when known.';
comment on column research.items.dateline is 'Dateline place as written (e.g. КОСТАНАЙ), when found.';
comment on column research.items.published_at is 'Publication time (UTC instant); null when the outlet gave none.';
comment on column research.items.fetched_at is 'When covgap first stored the item (UTC instant).';
comment on column research.items.item_time is 'The time an item is counted at: published_at, else fetched_at.';
comment on column research.items.week_start is 'Monday of the item''s ISO week in the report time zone (research.report_time_zone(), Europe/Minsk by default).';
comment on column research.items.iso_week is 'ISO week label in the report time zone, e.g. 2026-W07.';
comment on column research.items.reprint_of is 'For a reprint: the item it reprints (usually agency copy); null for an original.';
comment on column research.items.is_reprint is 'True when the item is a reprint of another item; gap metrics count originals.';
comment on column research.items.relevant is 'Whether the matcher judged the item relevant to Belarus–Kazakhstan cooperation; null until matched.';
comment on column research.items.relevance_score is 'The matcher''s relevance score behind relevant.';
comment on column research.items.region_ids is 'Gazetteer places tied to the item (dateline, mentions, the outlet''s own region), sorted.';
comment on column research.items.oblast_ids is 'Oblast-level units of region_ids, distinct and sorted.';
comment on column research.items.project_ids is 'Catalog projects the item matched, sorted; empty when none.';
comment on column research.items.search is 'Full-text vector of title, lead and body (Russian/English stemmed, other languages word for word); indexed.';

-- ── research.item_matches ──────────────────────────────────────────────────────────────────
create view research.item_matches as
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
  coalesce(i.level, o.level)                             as level,
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
join projects p on p.id = m.project_id;

comment on view research.item_matches is 'One row per (item, project) match, with the project, the score and its evidence, and the item''s dimensions (outlet, side, level, week, reprint).';
comment on column research.item_matches.item_id is 'Matched item (research.items.item_id).';
comment on column research.item_matches.project_id is 'Catalog project id (config/projects.yaml).';
comment on column research.item_matches.project_name_en is 'Project name in English.';
comment on column research.item_matches.project_name_ru is 'Project name in Russian.';
comment on column research.item_matches.lifecycle is 'Project lifecycle: planned, active, completed or historical (historical/completed are counted, never flagged as gaps).';
comment on column research.item_matches.importance is 'Project importance in the catalog: 1 (low) to 3 (high).';
comment on column research.item_matches.score is 'Match score (≥ the match threshold, 0.5 by default).';
comment on column research.item_matches.rule is 'Which matching rule fired (e.g. alias, alias+place).';
comment on column research.item_matches.evidence is 'Why it matched: terms, positions and snippets (jsonb).';
comment on column research.item_matches.matcher_version is 'Matcher + catalog version that produced the match.';
comment on column research.item_matches.matched_at is 'When the match was stored.';
comment on column research.item_matches.outlet_id is 'Outlet of the item.';
comment on column research.item_matches.side is 'BY or KZ press (the outlet''s country).';
comment on column research.item_matches.level is 'The item''s level: central or regional (see research.items.level).';
comment on column research.item_matches.lang is 'Language of the item.';
comment on column research.item_matches.title is 'Headline of the item.';
comment on column research.item_matches.url is 'Article URL.';
comment on column research.item_matches.item_time is 'published_at, else fetched_at.';
comment on column research.item_matches.week_start is 'Monday of the ISO week in the report time zone.';
comment on column research.item_matches.iso_week is 'ISO week label in the report time zone, e.g. 2026-W07.';
comment on column research.item_matches.is_reprint is 'True for a reprint (counted separately from originals).';

-- ── research.item_regions ──────────────────────────────────────────────────────────────────
create view research.item_regions as
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
  coalesce(i.level, o.level)                             as level,
  (date_trunc('week', coalesce(i.published_at, i.fetched_at) at time zone research.report_time_zone()))::date as week_start,
  i.reprint_of is not null                               as is_reprint
from item_regions ir
join regions r on r.id = ir.region_id
join items i on i.id = ir.item_id
join outlets o on o.id = i.outlet_id;

comment on view research.item_regions is 'One row per (item, place): the places an item is tied to and how (dateline, mention, the outlet''s own region), with the item''s dimensions.';
comment on column research.item_regions.item_id is 'Item (research.items.item_id).';
comment on column research.item_regions.region_id is 'Gazetteer place id (config/regions.yaml).';
comment on column research.item_regions.region_label_ru is 'Place name in Russian.';
comment on column research.item_regions.region_label_en is 'Place name in English.';
comment on column research.item_regions.region_kind is 'country, oblast, city or district.';
comment on column research.item_regions.region_country is 'Country of the place: BY or KZ.';
comment on column research.item_regions.oblast_id is 'Oblast-level unit containing the place (an oblast or a republican city).';
comment on column research.item_regions.via is 'How the place was found: dateline, mention (in the text) or outlet (a regional outlet''s home).';
comment on column research.item_regions.mentions is 'How many times the text names the place (0 for via = outlet).';
comment on column research.item_regions.outlet_id is 'Outlet of the item.';
comment on column research.item_regions.side is 'BY or KZ press.';
comment on column research.item_regions.level is 'The item''s level: central or regional.';
comment on column research.item_regions.week_start is 'Monday of the ISO week in the report time zone.';
comment on column research.item_regions.is_reprint is 'True for a reprint.';

-- ── research.weekly_coverage ───────────────────────────────────────────────────────────────
create view research.weekly_coverage as
select
  m.project_id,
  i.outlet_id,
  o.country                                              as side,
  coalesce(i.level, o.level)                             as level,
  (date_trunc('week', coalesce(i.published_at, i.fetched_at) at time zone research.report_time_zone()))::date as week_start,
  to_char(coalesce(i.published_at, i.fetched_at) at time zone research.report_time_zone(), 'IYYY-"W"IW') as iso_week,
  count(*) filter (where i.reprint_of is null)           as originals,
  count(*) filter (where i.reprint_of is not null)       as reprints,
  count(*)                                               as items
from matches m
join items i on i.id = m.item_id
join outlets o on o.id = i.outlet_id
group by 1, 2, 3, 4, 5, 6;

comment on view research.weekly_coverage is 'Matched items per project × outlet × side × level × ISO week (report time zone), originals and reprints counted separately. Only non-zero cells appear: a missing row means no coverage.';
comment on column research.weekly_coverage.project_id is 'Catalog project id.';
comment on column research.weekly_coverage.outlet_id is 'Outlet id.';
comment on column research.weekly_coverage.side is 'BY or KZ press.';
comment on column research.weekly_coverage.level is 'Item level: central or regional.';
comment on column research.weekly_coverage.week_start is 'Monday of the ISO week in the report time zone.';
comment on column research.weekly_coverage.iso_week is 'ISO week label, e.g. 2026-W07.';
comment on column research.weekly_coverage.originals is 'Matched original items (the gap report''s counting unit).';
comment on column research.weekly_coverage.reprints is 'Matched reprints of other items (counted separately).';
comment on column research.weekly_coverage.items is 'originals + reprints.';

-- ── research.outlet_volumes ────────────────────────────────────────────────────────────────
create view research.outlet_volumes as
select
  i.outlet_id,
  o.name                                                 as outlet_name,
  o.country                                              as side,
  o.level                                                as outlet_level,
  (date_trunc('week', coalesce(i.published_at, i.fetched_at) at time zone research.report_time_zone()))::date as week_start,
  to_char(coalesce(i.published_at, i.fetched_at) at time zone research.report_time_zone(), 'IYYY-"W"IW') as iso_week,
  count(*)                                               as items,
  count(*) filter (where i.reprint_of is null)           as originals,
  count(*) filter (where i.reprint_of is not null)       as reprints,
  count(*) filter (where coalesce(i.level, o.level) = 'regional') as regional_items,
  count(*) filter (where i.relevant)                     as relevant_items,
  count(*) filter (where exists (select 1 from matches m where m.item_id = i.id)) as matched_items
from items i
join outlets o on o.id = i.outlet_id
group by 1, 2, 3, 4, 5, 6;

comment on view research.outlet_volumes is 'Items each outlet published per ISO week (report time zone): the denominator of coverage shares and the input of volume monitoring.';
comment on column research.outlet_volumes.outlet_id is 'Outlet id.';
comment on column research.outlet_volumes.outlet_name is 'Outlet name.';
comment on column research.outlet_volumes.side is 'BY or KZ press.';
comment on column research.outlet_volumes.outlet_level is 'The outlet''s level: central or regional.';
comment on column research.outlet_volumes.week_start is 'Monday of the ISO week in the report time zone.';
comment on column research.outlet_volumes.iso_week is 'ISO week label, e.g. 2026-W07.';
comment on column research.outlet_volumes.items is 'Items stored for the outlet that week (all, matched or not).';
comment on column research.outlet_volumes.originals is 'Items that are not reprints.';
comment on column research.outlet_volumes.reprints is 'Items marked as reprints of another item.';
comment on column research.outlet_volumes.regional_items is 'Items at regional level (all items of a regional outlet; datelined agency items).';
comment on column research.outlet_volumes.relevant_items is 'Items judged relevant to Belarus–Kazakhstan cooperation.';
comment on column research.outlet_volumes.matched_items is 'Items matched to at least one catalog project.';

-- ── research.gaps_weekly ───────────────────────────────────────────────────────────────────
-- The structural gap rules of DESIGN §5 as src/gaps/detect.ts applies them, over a window of the
-- 4 weeks ending with each week (the report's default silent_weeks = window_weeks = 4), for every
-- planned or active project and every week from the first to the last stored item:
--   silent        no original in the window;
--   one_sided     something in the window (originals or reprints), but nothing from one side;
--   central_only  something in the window, but no regional-level item from the project's own
--                 oblasts (any regional-level item serves a project with no places of its own);
--   reprint_only  such own-regional items exist, but all are reprints.
-- `declining` needs the expected baseline (trailing weeks blended with a catalog prior) and the
-- ranking needs importance × shortfall: both stay with the gap report, which also reports a
-- declining project as declining rather than silent. The report's frozen snapshots (reports) are
-- the published numbers; this view is for exploring weeks the report did not look at.
create view research.gaps_weekly as
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
    coalesce(i.level, o.level) = 'regional' and (
      not exists (select 1 from own where own.project_id = m.project_id)
      or exists (select 1 from own where own.project_id = m.project_id and (
        own.oblast_id in (select ir.oblast_id from item_regions ir where ir.item_id = i.id)
        or (o.level = 'regional' and own.oblast_id = (select r.oblast_id from regions r where r.id = o.region_id))))
    ) as own_regional
  from matches m
  join items i on i.id = m.item_id
  join outlets o on o.id = i.outlet_id
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

comment on view research.gaps_weekly is 'For every planned/active project and every week with data: items that week and over the 4-week window ending with it, and the structural gap flags of DESIGN §5 (silent, one_sided, central_only, reprint_only) as the gap report applies them with its defaults. declining and the ranking are the report''s; its frozen snapshots (reports) are the published numbers.';
comment on column research.gaps_weekly.project_id is 'Catalog project id (planned or active, not retired).';
comment on column research.gaps_weekly.importance is 'Project importance 1–3.';
comment on column research.gaps_weekly.lifecycle is 'planned or active.';
comment on column research.gaps_weekly.week_start is 'Monday of the ISO week (report time zone); the window is this week and the 3 before it.';
comment on column research.gaps_weekly.iso_week is 'ISO week label, e.g. 2026-W07.';
comment on column research.gaps_weekly.originals is 'Matched original items this week.';
comment on column research.gaps_weekly.reprints is 'Matched reprints this week.';
comment on column research.gaps_weekly.window_originals is 'Matched originals over the 4-week window.';
comment on column research.gaps_weekly.window_reprints is 'Matched reprints over the window.';
comment on column research.gaps_weekly.window_by_items is 'Matched items (originals and reprints) from the BY press over the window.';
comment on column research.gaps_weekly.window_kz_items is 'Matched items (originals and reprints) from the KZ press over the window.';
comment on column research.gaps_weekly.window_own_regional_originals is 'Regional-level originals from the project''s own oblasts (by dateline, mention or a regional outlet there) over the window; any regional-level original when the project has no places of its own.';
comment on column research.gaps_weekly.window_own_regional_reprints is 'The same for reprints.';
comment on column research.gaps_weekly.silent is 'No original coverage over the window.';
comment on column research.gaps_weekly.one_sided is 'Covered over the window, but only by the BY press or only by the KZ press.';
comment on column research.gaps_weekly.central_only is 'Covered over the window, but with no regional-level item from the project''s own oblasts.';
comment on column research.gaps_weekly.reprint_only is 'Regional coverage from the project''s own oblasts exists over the window only as reprints.';

-- ── Comments on the tables of 001–002 and the migrations table ─────────────────────────────
comment on table schema_migrations is 'Applied migrations (sql/NNN_name.sql): one row per file, written first in its transaction.';
comment on column schema_migrations.version is 'Migration number (NNN).';
comment on column schema_migrations.name is 'Migration name (the file name without number and .sql).';
comment on column schema_migrations.checksum is 'First 16 hex digits of the file''s SHA-256 when applied; a mismatch means the file was edited afterwards.';
comment on column schema_migrations.applied_at is 'When the migration was applied.';

comment on table outlets is 'News outlets (synced from config/sources.yaml): agencies and newspapers of Belarus and Kazakhstan.';
comment on column outlets.id is 'Outlet id from config/sources.yaml.';
comment on column outlets.name is 'Outlet name.';
comment on column outlets.country is 'BY or KZ: whose press (the "side").';
comment on column outlets.level is 'central (national agencies and papers) or regional.';
comment on column outlets.region_id is 'Home region of a regional outlet (regions.id).';
comment on column outlets.site is 'Home page URL.';
comment on column outlets.time_zone is 'IANA time zone in which the outlet''s dates without an offset are read.';
comment on column outlets.updated_at is 'Last sync from configuration.';

comment on table feeds is 'RSS/Atom feeds per outlet (synced from config/sources.yaml) with their polling state and health.';
comment on column feeds.id is 'Feed id from config/sources.yaml.';
comment on column feeds.outlet_id is 'Outlet publishing the feed.';
comment on column feeds.url is 'Feed URL.';
comment on column feeds.kind is 'Feed kind (rss covers RSS and Atom).';
comment on column feeds.edition is 'Edition of the outlet (e.g. www, kaz, eng), when it has several.';
comment on column feeds.lang is 'Language of the feed''s items.';
comment on column feeds.section is 'Section or rubric the feed covers (e.g. regions).';
comment on column feeds.poll_minutes is 'Polling interval in minutes.';
comment on column feeds.enabled is 'Whether the feed is polled.';
comment on column feeds.in_config is 'False once the feed was removed from configuration (kept with its history).';
comment on column feeds.etag is 'Last ETag, sent as If-None-Match.';
comment on column feeds.last_modified is 'Last Last-Modified, sent as If-Modified-Since.';
comment on column feeds.body_hash is 'Hash of the last body, to detect unchanged feeds that ignore conditional requests.';
comment on column feeds.failure_score is 'Healing failure score (+1 per failure, −0.5 per success).';
comment on column feeds.consecutive_failures is 'Failures in a row since the last success.';
comment on column feeds.status is 'Health word: new, ok, failing, down, silent, disabled, retired.';
comment on column feeds.next_poll_at is 'When the feed is next due.';
comment on column feeds.last_fetch_at is 'Last fetch attempt.';
comment on column feeds.last_success_at is 'Last successful fetch.';
comment on column feeds.last_new_item_at is 'Last fetch that brought a new item.';
comment on column feeds.last_error_class is 'Failure kind of the last failed fetch (timeout, dns, not_found, …).';
comment on column feeds.last_error is 'Message of the last failed fetch.';
comment on column feeds.updated_at is 'Last change of the row.';

comment on table fetches is 'Log of every HTTP fetch (feeds and article pages) with its outcome and failure class.';
comment on column fetches.id is 'Fetch id.';
comment on column fetches.feed_id is 'Feed fetched, or the feed of the page''s item.';
comment on column fetches.url is 'URL requested.';
comment on column fetches.target is 'feed or page.';
comment on column fetches.started_at is 'When the request started.';
comment on column fetches.duration_ms is 'Duration in milliseconds.';
comment on column fetches.http_status is 'HTTP status, null when no response (network failure).';
comment on column fetches.bytes is 'Body bytes received.';
comment on column fetches.outcome is 'ok, not_modified (304), unchanged (same body hash) or failed.';
comment on column fetches.error_class is 'Failure kind (timeout, dns, tls, rate_limited, not_found, bad_encoding, …) when failed.';
comment on column fetches.error is 'Failure message.';
comment on column fetches.items_seen is 'Entries in the feed.';
comment on column fetches.items_new is 'Entries stored as new items.';
comment on column fetches.charset is 'Character set the body was decoded from.';

comment on table items is 'News items (articles) from every outlet, deduplicated within an outlet; one row per article.';
comment on column items.id is 'Item id.';
comment on column items.outlet_id is 'Outlet that published the item.';
comment on column items.feed_id is 'Feed the item was first seen in.';
comment on column items.url is 'Canonical article URL (unique per outlet).';
comment on column items.guid is 'Feed GUID, when given.';
comment on column items.article_id is 'The agency''s own article number, when the URL carries one.';
comment on column items.lang is 'Language (from the feed/edition).';
comment on column items.rubric is 'Rubric/section, when known.';
comment on column items.title is 'Headline.';
comment on column items.title_key is 'Normalised headline used for deduplication within 7 days.';
comment on column items.lead is 'Lead paragraph or feed description.';
comment on column items.body is 'Article text extracted from the page.';
comment on column items.body_method is 'How the body was extracted (site rule or generic fallback).';
comment on column items.tags is 'Feed categories/tags (jsonb array of strings).';
comment on column items.dateline is 'Dateline place as written, when found.';
comment on column items.published_at is 'Publication time (UTC instant).';
comment on column items.published_source is 'Where published_at came from: feed, page or none.';
comment on column items.fetched_at is 'When the item was first stored.';
comment on column items.content_hash is 'Hash of the normalised text, to see edits.';
comment on column items.page_status is 'Article page fetch state: pending, ok, failed, skipped.';
comment on column items.page_error_class is 'Failure kind of the last page fetch.';
comment on column items.page_attempts is 'Page fetch attempts so far.';
comment on column items.reprint_of is 'The item this one reprints (near-duplicate text in another outlet); null for an original.';
comment on column items.matched_version is 'Matcher + catalog version that last matched the item; null when never matched.';
comment on column items.matched_at is 'When the item was last matched.';
comment on column items.relevant is 'Relevant to Belarus–Kazakhstan cooperation, per the matcher.';
comment on column items.relevance_score is 'Score behind relevant.';
comment on column items.level is 'central or regional (set by the matcher from outlet level and dateline).';

comment on table regions is 'Gazetteer of places in Belarus and Kazakhstan (synced from config/regions.yaml).';
comment on column regions.id is 'Place id (e.g. kz-kostanay-oblast).';
comment on column regions.kind is 'country, oblast, city or district.';
comment on column regions.country is 'BY or KZ.';
comment on column regions.parent_id is 'Enclosing place.';
comment on column regions.oblast_id is 'Oblast-level unit containing the place (itself for an oblast or a republican city).';
comment on column regions.label_en is 'Name in English.';
comment on column regions.label_ru is 'Name in Russian.';
comment on column regions.data is 'The full gazetteer entry (names per language, aliases) as jsonb.';
comment on column regions.retired is 'Removed from configuration (kept for history).';
comment on column regions.updated_at is 'Last sync from configuration.';

comment on table projects is 'Catalog of Belarus–Kazakhstan cooperation projects (synced from config/projects.yaml).';
comment on column projects.id is 'Project id.';
comment on column projects.name_en is 'Name in English.';
comment on column projects.name_ru is 'Name in Russian.';
comment on column projects.kind is 'Kind of project (assembly plant, agreement, joint venture, …).';
comment on column projects.sector is 'Economic sector.';
comment on column projects.lifecycle is 'planned, active, completed or historical; only planned and active are flagged as gaps.';
comment on column projects.importance is 'Importance 1–3 (weights the gap ranking).';
comment on column projects.by_regions is 'The project''s own places in Belarus (jsonb array of regions.id).';
comment on column projects.kz_regions is 'The project''s own places in Kazakhstan (jsonb array of regions.id).';
comment on column projects.data is 'The full catalog entry (aliases, years, sources) as jsonb.';
comment on column projects.catalog_version is 'Catalog version last synced.';
comment on column projects.retired is 'Removed from the catalog (kept with its matches).';
comment on column projects.updated_at is 'Last sync from configuration.';

comment on table matches is 'Items matched to catalog projects, with score and evidence.';
comment on column matches.item_id is 'Matched item.';
comment on column matches.project_id is 'Matched project.';
comment on column matches.score is 'Match score.';
comment on column matches.rule is 'Rule that produced the match.';
comment on column matches.evidence is 'Terms, positions and snippets behind the match (jsonb).';
comment on column matches.matcher_version is 'Matcher + catalog version.';
comment on column matches.matched_at is 'When stored.';

comment on table item_regions is 'Places tied to an item: its dateline, places its text mentions, a regional outlet''s home.';
comment on column item_regions.item_id is 'Item.';
comment on column item_regions.region_id is 'Place (regions.id).';
comment on column item_regions.oblast_id is 'Oblast-level unit of the place.';
comment on column item_regions.via is 'dateline, mention or outlet.';
comment on column item_regions.mentions is 'Times the text names the place (0 for via = outlet).';
