/**
 * zod schemas for everything under config/: sources.yaml, projects.yaml, regions.yaml and
 * settings. YAML keys are snake_case; load.ts turns them into the camelCase model types.
 */
import { z } from 'zod';
import { LANGS } from '../catalog/model.ts';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes (e.g. belta-ru-all)');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
export const timeZoneSchema = z.string().refine(isTimeZone, 'not an IANA time zone (e.g. Europe/Minsk, Asia/Almaty)');
const timeZone = timeZoneSchema;

export const feedSchema = z.object({
  id,
  url: z.url({ protocol: /^https?$/ }),
  kind: z.enum(['rss']).default('rss'),
  edition: z.string().nullish(),
  lang: z.enum(LANGS),
  section: z.string().nullish(),
  poll_minutes: z.number().int().min(5, 'poll at most every 5 minutes').max(7 * 24 * 60),
  enabled: z.boolean().default(true),
  confidence: z.enum(['high', 'med', 'low']).default('med'),
  note: z.string().nullish(),
}).strict();

/**
 * Per-outlet page extraction (`extract:` in sources.yaml), tried before the built-in rules.
 * Selectors are CSS; `selector@attr` reads an attribute (`meta[property="og:title"]@content`).
 * A date read from an attribute is ISO 8601 (no offset → the outlet's zone); from text, a
 * printed date (`02.10.2026 16:30`, `2 октября 2026`).
 */
export const extractSchema = z.object({
  body: nonEmpty,
  paragraphs: z.string().nullish(),
  title: z.array(nonEmpty).default([]),
  lead: z.array(nonEmpty).default([]),
  date: z.array(nonEmpty).default([]),
  remove: z.array(nonEmpty).default([]),
  stop_at: z.array(nonEmpty).default([]),
}).strict();

/**
 * An outlet's archive for `covgap backfill` (`archive:` in sources.yaml): a listing URL template
 * with `{page}`, `{dd}` `{mm}` `{yy}` `{yyyy}` placeholders and the parser that reads it
 * (src/backfill/adapters.ts). The placeholders decide how it is walked (src/backfill/planner.ts).
 */
export const archiveSchema = z.object({
  id,
  adapter: z.enum(['belta-all-news', 'kazinform-lenta', 'sitemap']),
  url: z.string().regex(/^https?:\/\/\S+$/, 'an http(s) URL template, e.g. https://www.belta.by/all_news/page/{page}/?day={dd}&month={mm}&year={yy}/'),
  lang: z.enum(LANGS),
  enabled: z.boolean().default(true),
  /** Listing pages walked per day at most (day-addressed archives); a day that needs more is cut with a warning. */
  max_pages_per_day: z.number().int().min(1).max(1000).default(40),
  confidence: z.enum(['high', 'med', 'low']).default('med'),
  note: z.string().nullish(),
}).strict();

export const outletSchema = z.object({
  id,
  name: nonEmpty,
  country: z.enum(['BY', 'KZ']),
  level: z.enum(['central', 'regional']),
  region: z.string().nullish(),
  site: z.url().nullish(),
  time_zone: timeZone,
  /** Fetch each new item's article page for the full text (agencies' feeds carry only a lead). */
  fetch_pages: z.boolean().default(true),
  /** Others reprint its copy (reprint detection looks for originals here); default: level central. */
  agency: z.boolean().nullish(),
  extract: extractSchema.nullish(),
  /** Archives `covgap backfill` walks (src/backfill/); none by default. */
  archive: z.array(archiveSchema).default([]),
  feeds: z.array(feedSchema).min(1, 'an outlet needs at least one feed'),
}).strict();

export const sourcesSchema = z.object({ outlets: z.array(outletSchema).min(1) }).strict();

const names = z.partialRecord(z.enum(LANGS), z.array(nonEmpty)).default({});

export const regionSchema = z.object({
  id: z.string().regex(/^(by|kz)(-[a-z0-9]+)*$/, 'region ids start with by- or kz- (see docs/catalog.md)'),
  kind: z.enum(['country', 'oblast', 'city', 'district']),
  country: z.enum(['BY', 'KZ']),
  parent: z.string().nullish(),
  label: z.object({ en: nonEmpty, ru: nonEmpty }).strict(),
  names,
  adjectives: names,
  historical: z.array(z.object({ name: nonEmpty, until: z.number().int().nullish() }).strict()).default([]),
  dateline: z.array(nonEmpty).default([]),
}).strict();

export const regionsSchema = z.object({ regions: z.array(regionSchema).min(1) }).strict();

const term = nonEmpty;
export const ruleSchema = z.object({
  name: id,
  all: z.array(z.array(term).min(1, 'a group needs at least one term')).min(1, 'a rule needs at least one group'),
  window: z.number().int().positive().nullish(),
}).strict();

export const projectSchema = z.object({
  id,
  lifecycle: z.enum(['planned', 'active', 'completed', 'historical']),
  kind: nonEmpty,
  sector: nonEmpty,
  importance: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  years: z.array(z.number().int().min(1990).max(2100)).default([]),
  name: z.object({ en: nonEmpty, ru: nonEmpty }).strict(),
  description: z.object({ en: nonEmpty, ru: nonEmpty }).strict(),
  by_orgs: z.array(nonEmpty).default([]),
  kz_orgs: z.array(nonEmpty).default([]),
  by_regions: z.array(z.string()).default([]),
  kz_regions: z.array(z.string()).default([]),
  seed_lines: z.array(z.number().int().positive()).default([]),
  cited_urls: z.array(z.string()).default([]),
  retired: z.boolean().default(false),
  match: z.object({
    aliases: names,
    rules: z.array(ruleSchema).default([]),
    exclude: z.array(term).default([]),
  }).strict(),
}).strict();

export const projectsSchema = z.object({ projects: z.array(projectSchema).min(1) }).strict();

export type SourcesFile = z.infer<typeof sourcesSchema>;
export type OutletConfig = z.infer<typeof outletSchema>;
export type FeedConfig = z.infer<typeof feedSchema>;
export type ExtractConfig = z.infer<typeof extractSchema>;
export type ArchiveConfig = z.infer<typeof archiveSchema>;
export type RegionsFile = z.infer<typeof regionsSchema>;
export type ProjectsFile = z.infer<typeof projectsSchema>;

/** True for an IANA zone name the runtime knows (Europe/Minsk, Asia/Almaty). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
