-- The catalog (synced from config/projects.yaml and config/regions.yaml) and what the matcher
-- found: which items are about which projects and regions, with the evidence.

create table regions (
  id          text primary key,
  kind        text not null check (kind in ('country', 'oblast', 'city', 'district')),
  country     text not null check (country in ('BY', 'KZ')),
  parent_id   text,
  oblast_id   text,
  label_en    text not null,
  label_ru    text not null,
  data        jsonb not null,
  retired     boolean not null default false,
  updated_at  timestamptz not null default now()
);

create table projects (
  id               text primary key,
  name_en          text not null,
  name_ru          text not null,
  kind             text not null,
  sector           text not null,
  lifecycle        text not null check (lifecycle in ('planned', 'active', 'completed', 'historical')),
  importance       integer not null check (importance between 1 and 3),
  by_regions       jsonb not null default '[]',
  kz_regions       jsonb not null default '[]',
  data             jsonb not null,
  catalog_version  text not null,
  retired          boolean not null default false,
  updated_at       timestamptz not null default now()
);

alter table items add column matched_version text;
alter table items add column matched_at timestamptz;
alter table items add column relevant boolean;
alter table items add column relevance_score double precision;
alter table items add column level text check (level in ('central', 'regional'));
create index items_matched_version on items (matched_version);

create table matches (
  item_id          bigint not null references items (id) on delete cascade,
  project_id       text not null references projects (id),
  score            double precision not null,
  rule             text not null,
  evidence         jsonb not null,
  matcher_version  text not null,
  matched_at       timestamptz not null,
  primary key (item_id, project_id)
);
create index matches_project on matches (project_id);

create table item_regions (
  item_id    bigint not null references items (id) on delete cascade,
  region_id  text not null references regions (id),
  oblast_id  text,
  via        text not null check (via in ('dateline', 'mention', 'outlet')),
  mentions   integer not null default 1,
  primary key (item_id, region_id)
);
create index item_regions_oblast on item_regions (oblast_id);
