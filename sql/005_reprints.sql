-- 005_reprints: near-duplicate fingerprints of items and the reprint links they produce
-- (DESIGN §4: a regional paper reprinting agency copy is a reprint, not original regional
-- coverage; §5: reprint-only gaps). src/crawl/fingerprint.ts computes the fingerprint,
-- src/crawl/reprints.ts fills these columns after each crawl. Runs on PostgreSQL 15 and PGlite.

alter table items add column shingles integer[];
alter table items add column simhash bigint;
alter table items add column attribution text[];
alter table items add column fingerprinted_at timestamptz;
alter table items add column reprint_score double precision;

comment on column items.shingles is 'Reprint fingerprint: sorted distinct FNV-1a hashes (signed 32-bit) of the word 4-shingles of title + lead + body after folding (src/crawl/fingerprint.ts); null until fingerprinted.';
comment on column items.simhash is '64-bit simhash of the same shingles (signed). For quick lookups of verbatim copies: bit_count((a.simhash # b.simhash)::bit(64)) <= 3. Not used to decide reprints (edits move it too far).';
comment on column items.attribution is 'Agencies the text credits as its source (belta, kazinform), plus ''phrase'' for a generic credit phrase (по информации, источник:, сообщает); raises reprint confidence.';
comment on column items.fingerprinted_at is 'When the fingerprint was computed; null = still to do (done once the article page was fetched or given up).';
comment on column items.reprint_score is 'For a reprint: overlap coefficient of the shingles with reprint_of, plus the attribution boost (threshold 0.45); null for an original.';
comment on column items.reprint_of is 'For a reprint: the agency item (outlet level central) it substantially repeats, found by shingle overlap within 7 days before to 1 day after; null for an original.';

-- The work queue: items still to fingerprint (a partial index stays as small as the queue).
create index items_fingerprint_todo on items (id) where fingerprinted_at is null;
-- Candidate lookup: fingerprinted items of given outlets within a time window.
create index items_fingerprint_window on items (outlet_id, (coalesce(published_at, fetched_at))) where fingerprinted_at is not null;
-- Reprints of an original, and the reprint views below.
create index items_reprint_of on items (reprint_of) where reprint_of is not null;

-- ── research.reprints ──────────────────────────────────────────────────────────────────────
create view research.reprints as
select
  r.id                                                   as item_id,
  r.outlet_id,
  ro.country                                             as side,
  ro.region_id                                           as outlet_region_id,
  r.title,
  r.url,
  coalesce(r.published_at, r.fetched_at)                 as item_time,
  r.reprint_of                                           as original_id,
  o.outlet_id                                            as original_outlet_id,
  o.title                                                as original_title,
  o.url                                                  as original_url,
  coalesce(o.published_at, o.fetched_at)                 as original_time,
  round(cast(extract(epoch from coalesce(r.published_at, r.fetched_at) - coalesce(o.published_at, o.fetched_at)) / 3600 as numeric), 1) as lag_hours,
  r.reprint_score,
  coalesce(r.attribution, '{}')                          as attribution
from items r
join items o on o.id = r.reprint_of
join outlets ro on ro.id = r.outlet_id;

comment on view research.reprints is 'One row per reprint: the item, the agency item it repeats, how long after, and how sure (score, credits found).';
comment on column research.reprints.item_id is 'The reprint (research.items.item_id).';
comment on column research.reprints.outlet_id is 'Outlet that published the reprint.';
comment on column research.reprints.side is 'BY or KZ press (the reprinting outlet''s country).';
comment on column research.reprints.outlet_region_id is 'Home region of the reprinting outlet (null for a central outlet).';
comment on column research.reprints.title is 'The reprint''s headline (often rewritten).';
comment on column research.reprints.url is 'The reprint''s URL.';
comment on column research.reprints.item_time is 'The reprint''s time (published_at, else fetched_at).';
comment on column research.reprints.original_id is 'The agency item reprinted (items.id).';
comment on column research.reprints.original_outlet_id is 'Outlet of the original (belta, kazinform, …).';
comment on column research.reprints.original_title is 'Headline of the original.';
comment on column research.reprints.original_url is 'URL of the original.';
comment on column research.reprints.original_time is 'Time of the original.';
comment on column research.reprints.lag_hours is 'Hours from the original to the reprint (negative when the reprint''s clock is earlier, at most a day).';
comment on column research.reprints.reprint_score is 'Shingle overlap plus attribution boost that decided (≥ 0.45).';
comment on column research.reprints.attribution is 'Credits found in the reprint: belta, kazinform, phrase.';

-- ── research.regional_coverage ─────────────────────────────────────────────────────────────
-- The region of a regional-level item: a regional outlet's home region, else (an agency item
-- placed in a region by its dateline or rubric) the oblast of its dateline.
create view research.regional_coverage as
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
left join lateral (
  select ir.oblast_id from item_regions ir where ir.item_id = i.id and ir.via = 'dateline' order by ir.region_id limit 1
) dl on true
where coalesce(i.level, o.level) = 'regional'
group by 1, 2, 3, 4, 5, 6;

comment on view research.regional_coverage is 'Regional-level coverage per project × region × outlet × ISO week: original stories and reprints of agency copy counted apart. A project whose regional rows are all reprints is a reprint-only gap (DESIGN §5); one with no regional rows for its own regions is central-only.';
comment on column research.regional_coverage.project_id is 'Catalog project id.';
comment on column research.regional_coverage.region_id is 'Region of the coverage: the regional outlet''s home region, or the dateline oblast of an agency item filed from a region; null when neither is known.';
comment on column research.regional_coverage.side is 'BY or KZ press.';
comment on column research.regional_coverage.outlet_id is 'Outlet of the items.';
comment on column research.regional_coverage.week_start is 'Monday of the ISO week in the report time zone.';
comment on column research.regional_coverage.iso_week is 'ISO week label, e.g. 2026-W47.';
comment on column research.regional_coverage.originals is 'Matched original regional items.';
comment on column research.regional_coverage.reprints is 'Matched regional items that reprint agency copy.';
