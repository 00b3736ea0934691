/**
 * The catalog as the rest of covgap sees it, after config/projects.yaml and config/regions.yaml
 * have been read and validated (src/config/load.ts). Plain data, no I/O.
 */

/** Countries covgap measures. */
export type Country = 'BY' | 'KZ';

/** Languages the agencies publish in; `kk` is Kazakh (Cyrillic or Latin), `be` Belarusian. */
export const LANGS = ['ru', 'en', 'kk', 'be', 'de', 'pl', 'zh', 'es', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/** Surface forms per language; any language may be absent. */
export type Names = Partial<Record<Lang, string[]>>;

export type RegionKind = 'country' | 'oblast' | 'city' | 'district';

/** One place of the gazetteer: a country, an oblast/region, a city or a district. */
export interface Region {
  /** `by`, `kz`, `by-gomel-oblast`, `kz-kostanay`, `by-stolin-district` … */
  readonly id: string;
  readonly kind: RegionKind;
  readonly country: Country;
  /** Id of the enclosing place (`kz-kostanay` → `kz-kostanay-oblast`); countries have none. */
  readonly parent: string | null;
  /** Canonical display names; `en` and `ru` always present. */
  readonly label: { readonly en: string; readonly ru: string };
  /** Every surface form the press uses: official names, transliterations, short forms. */
  readonly names: Names;
  /** Adjective forms (карагандинский, гомельский, Karagandy…) — enough to place an item. */
  readonly adjectives: Names;
  /** Former names (Целиноград, Nur-Sultan, Semipalatinsk) with the last year they were in use. */
  readonly historical: ReadonlyArray<{ readonly name: string; readonly until: number | null }>;
  /** Upper-case dateline forms (ГОМЕЛЬ, KARAGANDA) when they differ from the names. */
  readonly dateline: readonly string[];
}

export type Lifecycle = 'planned' | 'active' | 'completed' | 'historical';

/**
 * A term in a match spec is either a phrase (matched after normalisation and stemming, so
 * one form covers the inflections: "Гомсельмаш" also finds "Гомсельмаша") or a reference to a
 * gazetteer place, written `@<region-id>`, which stands for all of that place's names,
 * adjectives and historical names.
 */
export type Term = string;

/** A context rule: every group needs at least one hit, optionally all within `window` tokens. */
export interface MatchRule {
  readonly name: string;
  readonly all: ReadonlyArray<readonly Term[]>;
  /** Maximum distance in tokens between the hits of all groups; null = anywhere in the item. */
  readonly window: number | null;
}

export interface MatchSpec {
  /** Phrases that identify the project on their own, per language (the key is informational). */
  readonly aliases: Names;
  /** Terms that count only together with context. */
  readonly rules: readonly MatchRule[];
  /** Phrases that veto a match of this project when present in the item. */
  readonly exclude: readonly Term[];
}

export interface Project {
  readonly id: string;
  readonly kind: string;
  readonly sector: string;
  readonly lifecycle: Lifecycle;
  /** 1 (minor) … 3 (flagship); drives the expected-coverage prior. */
  readonly importance: 1 | 2 | 3;
  readonly years: readonly number[];
  readonly name: { readonly en: string; readonly ru: string };
  readonly description: { readonly en: string; readonly ru: string };
  readonly byOrgs: readonly string[];
  readonly kzOrgs: readonly string[];
  readonly byRegions: readonly string[];
  readonly kzRegions: readonly string[];
  readonly seedLines: readonly number[];
  readonly citedUrls: readonly string[];
  readonly match: MatchSpec;
  /** Set when the entry is kept only for history (never deleted). */
  readonly retired: boolean;
}

export interface Catalog {
  /** Bumped by editors on every change that should trigger a re-match. */
  readonly version: string;
  readonly projects: readonly Project[];
  readonly regions: readonly Region[];
}
