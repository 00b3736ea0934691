/** Builds a Config for tests: the shipped catalog, outlets pointing at the fixture server. */
import { loadCatalog, type Config, type FeedSource, type Outlet } from '../../src/config/load.ts';
import { resolveSettings, type Settings } from '../../src/config/settings.ts';

let catalog: Config['catalog'] | null = null;

export function testSettings(overrides: Record<string, unknown> = {}): Settings {
  return resolveSettings({ host_delay_ms: 0, fetch_timeout_sec: 2, respect_robots: true, ...overrides }, {});
}

type FeedSpec = Partial<FeedSource> & { id: string; url: string };
type OutletSpec = Partial<Omit<Outlet, 'feeds'>> & { id: string; feeds: FeedSpec[] };

export function outlet(spec: OutletSpec): Outlet {
  return {
    name: spec.id,
    country: 'BY',
    level: 'central',
    region: null,
    site: null,
    timeZone: 'Europe/Minsk',
    fetchPages: true,
    ...spec,
    feeds: spec.feeds.map((f) => ({
      outletId: spec.id, kind: 'rss', edition: null, lang: 'ru', section: null, pollMinutes: 15,
      enabled: true, confidence: 'high', note: null, ...f,
    })),
  };
}

export function testConfig(outlets: Outlet[], settings: Record<string, unknown> = {}): Config {
  catalog ??= loadCatalog();
  return { dir: 'test', settings: testSettings(settings), outlets, catalog, warnings: [] };
}
