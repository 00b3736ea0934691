-- 004_monitor: what the scheduler and the health monitor write — alerts with their open and
-- resolve times, and one row per scheduled job slot (so a slot runs once across processes and
-- hosts, and missed slots can be backfilled). Written for PostgreSQL 15 and PGlite.

create table alerts (
  id                   bigint generated always as identity primary key,
  kind                 text not null check (kind in ('failure_streak', 'silent', 'volume_anomaly', 'low_overlap', 'job_failed')),
  subject              text not null,
  severity             text not null check (severity in ('warning', 'critical')),
  message              text not null,
  details              jsonb not null default '{}',
  opened_at            timestamptz not null,
  last_seen_at         timestamptz not null,
  resolved_at          timestamptz,
  resolution           text,
  notified_open_at     timestamptz,
  notified_severity    text,
  notified_resolved_at timestamptz,
  check (resolved_at is null or resolved_at >= opened_at)
);
-- At most one open alert per condition: the monitor updates it rather than raising another.
create unique index alerts_one_open on alerts (kind, subject) where resolved_at is null;
create index alerts_opened on alerts (opened_at desc);

comment on table alerts is 'Problems the health monitor found (covgap schedule / covgap run health): one row per episode, from the check that first saw it (opened_at) to the one that saw it gone (resolved_at). Open alerts have resolved_at null.';
comment on column alerts.id is 'Surrogate key.';
comment on column alerts.kind is 'Rule that raised it: failure_streak (fetches failing in a row), silent (no new items for several usual intervals), volume_anomaly (last 7 days outside the 28-day band, or zero), low_overlap (a fetch shared almost nothing with the previous one: items may scroll off between polls), job_failed (a scheduled job''s last slot failed).';
comment on column alerts.subject is 'What it is about: a feed id (feeds.id) or, for job_failed, a job name.';
comment on column alerts.severity is 'warning or critical; covgap status exits 1 or 2 while such an alert is open. May rise while the alert is open (a change of state that is notified).';
comment on column alerts.message is 'The current reason in words, as sent to the operator.';
comment on column alerts.details is 'The numbers behind the rule (JSON): counts, means, thresholds.';
comment on column alerts.opened_at is 'When the monitor first saw the condition (UTC instant).';
comment on column alerts.last_seen_at is 'The latest check that still saw the condition.';
comment on column alerts.resolved_at is 'When a check found the condition gone; null while open.';
comment on column alerts.resolution is 'How it ended, in words (e.g. "feed answers again; 12 new items").';
comment on column alerts.notified_open_at is 'When the opening was delivered (log, e-mail, webhook); null = not yet, retried at the next check.';
comment on column alerts.notified_severity is 'Severity last delivered, so a rise from warning to critical is sent once.';
comment on column alerts.notified_resolved_at is 'When the resolution was delivered; null = not yet (or still open).';

create table job_runs (
  job          text not null,
  slot         timestamptz not null,
  status       text not null check (status in ('running', 'ok', 'failed', 'interrupted')),
  attempts     integer not null default 1 check (attempts > 0),
  owner        text not null,
  started_at   timestamptz not null,
  finished_at  timestamptz,
  duration_ms  integer,
  summary      jsonb,
  error        text,
  primary key (job, slot)
);
create index job_runs_started on job_runs (started_at);

comment on table job_runs is 'One row per scheduled slot of a singleton job (health, report, housekeeping): inserted by whichever process claims the slot first, so a slot runs once across daemons and hosts. Crawl and match are not slotted (feeds are claimed one by one instead).';
comment on column job_runs.job is 'Job name as in config/schedule.yaml (health, report, housekeeping).';
comment on column job_runs.slot is 'The cron instant this run stands for (UTC), e.g. Monday 07:00 Europe/Minsk for the weekly report; a forced run (covgap run <job> --force) uses its start time.';
comment on column job_runs.status is 'running, ok, failed, or interrupted (the daemon was stopped mid-run). A failed, interrupted or orphaned running slot may be claimed again (attempts + 1) by the next claimant holding the job''s advisory lock.';
comment on column job_runs.attempts is 'How many times the slot was started.';
comment on column job_runs.owner is 'Who ran it: host:pid of the process.';
comment on column job_runs.started_at is 'Start of the latest attempt.';
comment on column job_runs.finished_at is 'End of the latest attempt; null while running.';
comment on column job_runs.duration_ms is 'Duration of the latest attempt in milliseconds.';
comment on column job_runs.summary is 'What the job reported (JSON), e.g. alerts opened and resolved, rows trimmed.';
comment on column job_runs.error is 'Error message of a failed attempt.';
