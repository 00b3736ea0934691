/**
 * insertItems() against insertItem(): the batched insert must give every item the outcome that
 * calling insertItem() on each in turn gives, and store the same rows — for stored duplicates,
 * duplicates within the batch, title windows, several outlets — in two queries per chunk.
 */
import fc from 'fast-check';
import { sql, type KyselyPlugin, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertItem, insertItems, type InsertOutcome } from '../../src/db/items.ts';
import { syncSources } from '../../src/db/sources.ts';
import type { Database, NewItem } from '../../src/db/tables.ts';
import { outlet } from '../helpers/config.ts';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';

const BASE = Date.parse('2026-10-01T06:00:00Z');
const HOUR = 3_600_000;

interface Spec {
  outlet?: 'a' | 'b';
  url: string;
  guid?: string | null;
  aid?: string | null;
  title?: string;
  /** Hours after BASE; null: no publication time (the title check then reads fetched_at). */
  published?: number | null;
  fetched?: number;
}

function item(s: Spec): NewItem {
  const published = s.published === undefined ? 0 : s.published;
  return {
    outlet_id: s.outlet ?? 'a', feed_id: null, url: `https://news.test/${s.url}`,
    // Left out rather than null now and then: a multi-row insert must fill the column with its default.
    ...(s.guid === undefined ? {} : { guid: s.guid }), article_id: s.aid ?? null,
    lang: 'ru', rubric: null, title: s.title || 'untitled', title_key: s.title ?? '', lead: null,
    body: `Текст статьи ${s.url}. `.repeat(20), body_method: null, tags: '[]', dateline: null,
    published_at: published === null ? null : new Date(BASE + published * HOUR),
    published_source: published === null ? 'none' : 'feed',
    fetched_at: new Date(BASE + (s.fetched ?? 0) * HOUR),
    content_hash: null, page_status: 'pending', page_error_class: null, reprint_of: null,
  };
}

async function sequential(db: Kysely<Database>, items: readonly NewItem[], titleDays: number): Promise<InsertOutcome[]> {
  const out: InsertOutcome[] = [];
  for (const i of items) out.push(await insertItem(db, i, titleDays));
  return out;
}

async function storedRows(db: Kysely<Database>) {
  return db.selectFrom('items')
    .select(['outlet_id', 'url', 'guid', 'article_id', 'title_key', 'published_at', 'fetched_at', 'published_source', 'page_status'])
    .orderBy('outlet_id').orderBy('url').execute();
}

/** Counts the statements Kysely sends (instrumentation only: the queries still run). */
function queryCounter(): { plugin: KyselyPlugin; count: () => number } {
  let n = 0;
  return {
    plugin: { transformQuery: (args) => (n++, args.node), transformResult: async (args) => args.result },
    count: () => n,
  };
}

describe.each(TEST_BACKENDS)('insertItems on %s', (backend) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(backend);
    await syncSources(t.db, [
      outlet({ id: 'a', feeds: [{ id: 'a-ru', url: 'https://a.test/rss' }] }),
      outlet({ id: 'b', feeds: [{ id: 'b-ru', url: 'https://b.test/rss' }] }),
    ]);
  });
  afterAll(async () => t.drop());
  // delete, not truncate: a few rows at a time, and truncate costs milliseconds per call on the server.
  const clear = () => sql`delete from items`.execute(t.db);

  /** Both paths from the same stored state: outcomes and the rows they leave. */
  async function bothWays(stored: readonly NewItem[], batch: readonly NewItem[], titleDays: number) {
    await clear();
    await sequential(t.db, stored, titleDays);
    const expected = await sequential(t.db, batch, titleDays);
    const expectedRows = await storedRows(t.db);
    await clear();
    await sequential(t.db, stored, titleDays);
    const actual = await insertItems(t.db, batch, titleDays);
    return { expected, actual, expectedRows, actualRows: await storedRows(t.db) };
  }

  it('gives each kind of duplicate the outcome of row-by-row inserts', async () => {
    const stored = [item({ url: 's1', guid: 'g1', aid: 'h/1', title: 'alpha' })];
    const cases: Array<[string, Spec, InsertOutcome]> = [
      ['a new story is new', { url: 'n1', title: 'beta' }, 'new'],
      ['an exact copy of a stored item is seen', { url: 's1', guid: 'g1', aid: 'h/1', title: 'alpha' }, 'seen'],
      ['the stored guid under another URL is seen', { url: 'n2', guid: 'g1', title: 'other 2' }, 'seen'],
      ['the stored article id under another URL is seen', { url: 'n3', aid: 'h/1', title: 'other 3' }, 'seen'],
      ['the stored title three days later is seen', { url: 'n4', title: 'alpha', published: 72 }, 'seen'],
      ['the stored title exactly seven days earlier is seen (the window is closed)', { url: 'n5', title: 'alpha', published: -168 }, 'seen'],
      ['the stored title eight days later is new', { url: 'n6', title: 'alpha', published: 192 }, 'new'],
      ['the stored URL in another outlet is new', { outlet: 'b', url: 's1', guid: 'g1', aid: 'h/1', title: 'alpha' }, 'new'],
      ['a repeat of an item earlier in the batch is seen', { url: 'n1', title: 'beta again' }, 'seen'],
      ['the guid of an item earlier in the batch, same outlet, is seen', { outlet: 'b', url: 'n7', guid: 'g1', title: 'other 7' }, 'seen'],
      ['a new title is new', { url: 'n8', title: 'gamma', published: null, fetched: 10 }, 'new'],
      ['the title of an item earlier in the batch a day later is seen (fetch time when unpublished)', { url: 'n9', title: 'gamma', published: 34 }, 'seen'],
      ['the title of a new batch item, within its window though not the stored one\'s, is seen', { url: 'n10', title: 'alpha', published: 216 }, 'seen'],
      ['the title of an item earlier in the batch exactly seven days later is seen', { url: 'n10b', title: 'gamma', published: 178 }, 'seen'],
      ['a copy turned away by a stored title', { url: 'n11', title: 'alpha', published: 24 }, 'seen'],
      ['…does not turn away a later item with its URL', { url: 'n11', title: 'delta' }, 'new'],
      ['a copy turned away by the title of an item earlier in the batch', { url: 'n12', guid: 'g12', title: 'gamma', published: 40 }, 'seen'],
      ['…does not turn away a later item with its guid', { url: 'n13', guid: 'g12', title: 'epsilon' }, 'new'],
    ];
    const { expected, actual, expectedRows, actualRows } = await bothWays(stored, cases.map((c) => item(c[1])), 7);
    const named = (outcomes: InsertOutcome[]) => cases.map((c, i) => `${c[0]}: ${outcomes[i]}`);
    expect(named(expected)).toEqual(cases.map((c) => `${c[0]}: ${c[2]}`));
    expect(named(actual)).toEqual(named(expected));
    expect(actualRows).toEqual(expectedRows);
  });

  it('matches row-by-row inserts on random mixes of duplicates', async () => {
    const spec: fc.Arbitrary<Spec> = fc.record({
      outlet: fc.constantFrom('a' as const, 'b' as const),
      url: fc.integer({ min: 1, max: 12 }).map(String),
      guid: fc.constantFrom(undefined, null, null, null, '', 'g1', 'g2', 'g3'),
      aid: fc.constantFrom(null, null, null, 'h/1', 'h/2'),
      title: fc.constantFrom('', 't1', 't2', 't2'),
      // Steps of 12 hours, so items often land exactly on the edge of a 0.5-, 1- or 7-day window.
      published: fc.option(fc.integer({ min: -8, max: 8 }).map((k) => k * 12), { nil: null, freq: 4 }),
      fetched: fc.integer({ min: -8, max: 8 }).map((k) => k * 12),
    });
    await fc.assert(fc.asyncProperty(
      fc.array(spec, { maxLength: 6 }), fc.array(spec, { minLength: 10, maxLength: 40 }), fc.constantFrom(0, 0.5, 1, 3, 7),
      async (stored, batch, titleDays) => {
        const r = await bothWays(stored.map(item), batch.map(item), titleDays);
        expect(r.actual).toEqual(r.expected);
        expect(r.actualRows).toEqual(r.expectedRows);
      },
    ), { numRuns: 40 });
  }, 120_000);

  it('finds every item of a batch stored already when it is run again', async () => {
    await clear();
    const batch = Array.from({ length: 60 }, (_, i) => item({ outlet: i % 2 ? 'a' : 'b', url: `r${i % 45}`, guid: `g${i}`, title: `t${i % 50}`, published: i }));
    const first = await insertItems(t.db, batch, 7);
    expect(first.filter((o) => o === 'new').length).toBeGreaterThan(30);
    const rows = await storedRows(t.db);
    expect(await insertItems(t.db, batch, 7)).toEqual(batch.map(() => 'seen'));
    expect(await storedRows(t.db)).toEqual(rows);
  });

  it('takes a batch of several chunks in two queries per chunk, duplicates across chunks included', async () => {
    await clear();
    // 2,500 items: 1,250 stories, each twice, the copy 1,250 places later (in the next chunk).
    const stories = Array.from({ length: 1_250 }, (_, i) => item({ outlet: i % 3 ? 'a' : 'b', url: `big${i}`, aid: `h/${i}`, title: `story ${i}`, published: i % 100 }));
    const copies = stories.map((s) => ({ ...s, url: `${s.url}-copy` }));
    const counter = queryCounter();
    const outcomes = await insertItems(t.db.withPlugin(counter.plugin), [...stories, ...copies], 7);
    expect(outcomes.slice(0, 1_250).every((o) => o === 'new')).toBe(true);
    expect(outcomes.slice(1_250).every((o) => o === 'seen')).toBe(true);
    // Check and insert for the first two chunks; the third holds only copies, so nothing to insert.
    expect(counter.count()).toBe(5);
    const count = await t.db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1_250);
  });
});
