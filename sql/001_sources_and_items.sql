-- Schema v1: where items come from (outlets, feeds), every fetch we made, and the items.
-- All times are timestamptz (stored as UTC instants). Written for PostgreSQL 15 and PGlite.

create table outlets (
  id          text primary key,
  name        text not null,
  country     text not null check (country in ('BY', 'KZ')),
  level       text not null check (level in ('central', 'regional')),
  region_id   text,
  site        text,
  time_zone   text not null,
  updated_at  timestamptz not null default now()
);

create table feeds (
  id                    text primary key,
  outlet_id             text not null references outlets (id),
  url                   text not null,
  kind                  text not null default 'rss',
  edition               text,
  lang                  text not null,
  section               text,
  poll_minutes          integer not null check (poll_minutes > 0),
  enabled               boolean not null default true,
  in_config             boolean not null default true,
  etag                  text,
  last_modified         text,
  body_hash             text,
  failure_score         double precision not null default 0,
  consecutive_failures  integer not null default 0,
  status                text not null default 'new',
  next_poll_at          timestamptz not null default now(),
  last_fetch_at         timestamptz,
  last_success_at       timestamptz,
  last_new_item_at      timestamptz,
  last_error_class      text,
  last_error            text,
  updated_at            timestamptz not null default now()
);

create table fetches (
  id            bigint generated always as identity primary key,
  feed_id       text references feeds (id),
  url           text not null,
  target        text not null check (target in ('feed', 'page')),
  started_at    timestamptz not null,
  duration_ms   integer not null,
  http_status   integer,
  bytes         integer not null default 0,
  outcome       text not null check (outcome in ('ok', 'not_modified', 'unchanged', 'failed')),
  error_class   text,
  error         text,
  items_seen    integer not null default 0,
  items_new     integer not null default 0,
  charset       text
);
create index fetches_feed_started on fetches (feed_id, started_at desc);
create index fetches_started on fetches (started_at);

create table items (
  id                bigint generated always as identity primary key,
  outlet_id         text not null references outlets (id),
  feed_id           text references feeds (id),
  url               text not null,
  guid              text,
  article_id        text,
  lang              text not null,
  rubric            text,
  title             text not null,
  title_key         text not null,
  lead              text,
  body              text,
  body_method       text,
  tags              jsonb not null default '[]',
  dateline          text,
  published_at      timestamptz,
  published_source  text not null default 'none' check (published_source in ('feed', 'page', 'none')),
  fetched_at        timestamptz not null,
  content_hash      text,
  page_status       text not null default 'pending' check (page_status in ('pending', 'ok', 'failed', 'skipped')),
  page_error_class  text,
  page_attempts     integer not null default 0,
  reprint_of        bigint references items (id),
  unique (outlet_id, url)
);
create unique index items_outlet_guid on items (outlet_id, guid) where guid is not null;
create unique index items_outlet_article on items (outlet_id, article_id) where article_id is not null;
create index items_outlet_title_key on items (outlet_id, title_key, published_at);
create index items_published on items (published_at);
create index items_page_pending on items (page_status) where page_status = 'pending';
