-- Backfill (`covgap backfill`, src/backfill/): the progress of walking an outlet's archive, one
-- row per listing page fetched, so an interrupted backfill continues where it stopped; and a
-- fourth origin of an item's publication time, the archive listing.

-- A listing prints the outlet's own publication time (Kazinform `21:38, 18 Августа 2026`, BelTA's
-- day + time), so it stands in for a feed time; the article page's time replaces it when the
-- page has one (src/db/items.ts savePage).
alter table items drop constraint items_published_source_check;
alter table items add constraint items_published_source_check
  check (published_source in ('feed', 'page', 'archive', 'none'));
comment on column items.published_source is 'Where published_at came from: feed, page, archive (the listing page a backfill found the item on; replaced by the page''s own time when it has one) or none.';

create table backfill_units (
  source       text not null,
  day          date,
  page         integer not null check (page >= 1),
  url          text not null,
  status       text not null check (status in ('done', 'failed')),
  items_found  integer not null default 0,
  items_new    integer not null default 0,
  oldest_at    timestamptz,
  newest_at    timestamptz,
  exhausted    boolean not null default false,
  attempts     integer not null default 1,
  fetched_at   timestamptz not null,
  error_class  text,
  error        text,
  -- A paged lenta (Kazinform /ru/lenta/?page=N) has no day: NULLS NOT DISTINCT (PostgreSQL 15+)
  -- keeps one row per page there too.
  constraint backfill_units_key unique nulls not distinct (source, day, page)
);
create index backfill_units_source_status on backfill_units (source, status);

comment on table backfill_units is 'Progress of covgap backfill: one row per archive listing page fetched (day, page), so an interrupted backfill resumes without fetching done pages again.';
comment on column backfill_units.source is 'Archive id from config/sources.yaml (outlet archive: block), e.g. belta-ru-all-news.';
comment on column backfill_units.day is 'Day the listing page is addressed by, in the outlet''s time zone; null for an archive paged without dates (a lenta).';
comment on column backfill_units.page is 'Page number within the day (or within the lenta), from 1.';
comment on column backfill_units.url is 'Listing URL fetched.';
comment on column backfill_units.status is 'done (listing parsed, items stored, their pages fetched) or failed (retried by the next run).';
comment on column backfill_units.items_found is 'Articles the listing page listed (any date; those outside the backfill range are not stored).';
comment on column backfill_units.items_new is 'Of those, items stored as new (the rest were known: crawled, or seen on another page).';
comment on column backfill_units.oldest_at is 'Oldest publication time printed on the listing page (decides when a day or the lenta is walked to its end).';
comment on column backfill_units.newest_at is 'Newest publication time printed on the listing page.';
comment on column backfill_units.exhausted is 'The listing had no more items: the archive ends here.';
comment on column backfill_units.attempts is 'Fetches of this unit so far (a failed unit is retried).';
comment on column backfill_units.fetched_at is 'When the unit was last fetched.';
comment on column backfill_units.error_class is 'Failure kind when failed: a fetch failure class (timeout, not_found, …), bad_encoding, or markup_changed (the listing yielded no items where items were expected).';
comment on column backfill_units.error is 'Failure message when failed.';
