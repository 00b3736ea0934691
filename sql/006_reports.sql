-- Frozen weekly gap reports: once a week's report is published its model is stored, so
-- re-running `covgap report` for that week reproduces it byte for byte (unless --recompute).

create table reports (
  week             text not null check (week ~ '^[0-9]{4}-W[0-9]{2}$'),
  time_zone        text not null,
  model            jsonb not null,
  files            jsonb not null default '{}',
  catalog_version  text not null,
  matcher_version  text not null,
  generated_at     timestamptz not null,
  recomputed       integer not null default 0,
  sent_at          timestamptz,
  sent_to          jsonb not null default '[]',
  primary key (week, time_zone)
);

comment on table reports is 'Frozen weekly gap reports: the report model as published, and the hashes of the files rendered from it.';
comment on column reports.week is 'ISO week of the report, e.g. 2026-W47, in time_zone.';
comment on column reports.time_zone is 'IANA time zone the ISO week was cut in (report_time_zone setting; default Europe/Minsk).';
comment on column reports.model is 'The gap report model (JSON) the files are rendered from; re-rendering it reproduces the files.';
comment on column reports.files is 'Rendered files: {"<format>.<lang>": "<sha256>"} of the last rendering.';
comment on column reports.catalog_version is 'Catalog version (hash of config/projects.yaml + regions.yaml) the report was computed with.';
comment on column reports.matcher_version is 'Matcher + catalog version of the matches the report counted.';
comment on column reports.generated_at is 'When the model was computed (UTC instant).';
comment on column reports.recomputed is 'How many times the frozen model was replaced with --recompute.';
comment on column reports.sent_at is 'When the report was last e-mailed; null if never.';
comment on column reports.sent_to is 'Recipients of the last e-mail (addresses).';
