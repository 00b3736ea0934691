/** Row types mirroring sql/*.sql (types only; the SQL files are the source of truth). */
import type { GeneratedAlways, ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string | T, string | T>;

export interface OutletsTable {
  id: string;
  name: string;
  country: 'BY' | 'KZ';
  level: 'central' | 'regional';
  region_id: string | null;
  site: string | null;
  time_zone: string;
  updated_at: Generated<Date>;
}

export interface FeedsTable {
  id: string;
  outlet_id: string;
  url: string;
  kind: Generated<string>;
  edition: string | null;
  lang: string;
  section: string | null;
  poll_minutes: number;
  enabled: Generated<boolean>;
  in_config: Generated<boolean>;
  etag: string | null;
  last_modified: string | null;
  body_hash: string | null;
  failure_score: Generated<number>;
  consecutive_failures: Generated<number>;
  status: Generated<string>;
  next_poll_at: Generated<Date>;
  last_fetch_at: Timestamp | null;
  last_success_at: Timestamp | null;
  last_new_item_at: Timestamp | null;
  last_error_class: string | null;
  last_error: string | null;
  updated_at: Generated<Date>;
}

export interface FetchesTable {
  id: Generated<number>;
  feed_id: string | null;
  url: string;
  target: 'feed' | 'page';
  started_at: Timestamp;
  duration_ms: number;
  http_status: number | null;
  bytes: number;
  outcome: 'ok' | 'not_modified' | 'unchanged' | 'failed';
  error_class: string | null;
  error: string | null;
  items_seen: number;
  items_new: number;
  charset: string | null;
}

export interface ItemsTable {
  id: Generated<number>;
  outlet_id: string;
  feed_id: string | null;
  url: string;
  guid: string | null;
  article_id: string | null;
  lang: string;
  rubric: string | null;
  title: string;
  title_key: string;
  lead: string | null;
  body: string | null;
  body_method: string | null;
  tags: Json<string[]>;
  dateline: string | null;
  published_at: Timestamp | null;
  published_source: 'feed' | 'page' | 'archive' | 'none';
  fetched_at: Timestamp;
  content_hash: string | null;
  page_status: 'pending' | 'ok' | 'failed' | 'skipped';
  page_error_class: string | null;
  page_attempts: Generated<number>;
  reprint_of: number | null;
  matched_version: string | null;
  matched_at: Timestamp | null;
  relevant: boolean | null;
  relevance_score: number | null;
  level: 'central' | 'regional' | null;
  /** sql/005_reprints.sql: the reprint fingerprint (src/crawl/fingerprint.ts). */
  shingles: number[] | null;
  /** Signed 64-bit, written as decimal text; connect.ts reads int8 as a (lossy) number: cast to text to read it exactly. */
  simhash: ColumnType<number | null, string | null, string | null>;
  attribution: string[] | null;
  fingerprinted_at: Timestamp | null;
  reprint_score: number | null;
  /** sql/008_match_state.sql: the full-text vector, computed by PostgreSQL (never written). */
  search: GeneratedAlways<string | null>;
}

export interface RegionsTable {
  id: string;
  kind: 'country' | 'oblast' | 'city' | 'district';
  country: 'BY' | 'KZ';
  parent_id: string | null;
  oblast_id: string | null;
  label_en: string;
  label_ru: string;
  data: Json<unknown>;
  retired: Generated<boolean>;
  updated_at: Generated<Date>;
}

export interface ProjectsTable {
  id: string;
  name_en: string;
  name_ru: string;
  kind: string;
  sector: string;
  lifecycle: 'planned' | 'active' | 'completed' | 'historical';
  importance: number;
  by_regions: Json<string[]>;
  kz_regions: Json<string[]>;
  data: Json<unknown>;
  catalog_version: string;
  retired: Generated<boolean>;
  updated_at: Generated<Date>;
}

export interface MatchesTable {
  item_id: number;
  project_id: string;
  score: number;
  rule: string;
  evidence: Json<unknown>;
  matcher_version: string;
  matched_at: Timestamp;
}

/** sql/008_match_state.sql: what the matcher concluded about an item (one row per matched item). */
export interface ItemMatchStateTable {
  item_id: number;
  matcher_version: string;
  matched_at: Timestamp;
  relevant: boolean;
  relevance_score: number;
  level: 'central' | 'regional';
  projects: Generated<number>;
}

export interface ItemRegionsTable {
  item_id: number;
  region_id: string;
  oblast_id: string | null;
  via: 'dateline' | 'mention' | 'outlet';
  mentions: number;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: Timestamp;
}

export interface AlertsTable {
  id: Generated<number>;
  kind: 'failure_streak' | 'silent' | 'volume_anomaly' | 'low_overlap' | 'job_failed';
  subject: string;
  severity: 'warning' | 'critical';
  message: string;
  details: Json<Record<string, unknown>>;
  opened_at: Timestamp;
  last_seen_at: Timestamp;
  resolved_at: Timestamp | null;
  resolution: string | null;
  notified_open_at: Timestamp | null;
  notified_severity: 'warning' | 'critical' | null;
  notified_resolved_at: Timestamp | null;
}

export interface JobRunsTable {
  job: string;
  slot: Timestamp;
  status: 'running' | 'ok' | 'failed' | 'interrupted';
  attempts: Generated<number>;
  owner: string;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  duration_ms: number | null;
  summary: Json<unknown> | null;
  error: string | null;
}

export interface ReportsTable {
  week: string;
  time_zone: string;
  model: Json<unknown>;
  files: Json<Record<string, string>>;
  catalog_version: string;
  matcher_version: string;
  generated_at: Timestamp;
  recomputed: Generated<number>;
  sent_at: Timestamp | null;
  sent_to: Json<string[]>;
}

/** sql/007_backfill.sql: one archive listing page walked by `covgap backfill`. */
export interface BackfillUnitsTable {
  source: string;
  /** A `date`: read it as `day::text` (drivers turn dates into local-midnight Dates). */
  day: ColumnType<string | null, string | null, string | null>;
  page: number;
  url: string;
  status: 'done' | 'failed';
  items_found: number;
  items_new: number;
  oldest_at: Timestamp | null;
  newest_at: Timestamp | null;
  exhausted: boolean;
  attempts: Generated<number>;
  fetched_at: Timestamp;
  error_class: string | null;
  error: string | null;
}

export interface Database {
  backfill_units: BackfillUnitsTable;
  reports: ReportsTable;
  alerts: AlertsTable;
  job_runs: JobRunsTable;
  outlets: OutletsTable;
  feeds: FeedsTable;
  fetches: FetchesTable;
  items: ItemsTable;
  regions: RegionsTable;
  projects: ProjectsTable;
  matches: MatchesTable;
  item_regions: ItemRegionsTable;
  item_match_state: ItemMatchStateTable;
  schema_migrations: SchemaMigrationsTable;
}

export type Feed = Selectable<FeedsTable>;
export type NewItem = Insertable<ItemsTable>;
export type Item = Selectable<ItemsTable>;
export type FeedUpdate = Updateable<FeedsTable>;
