import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';
import { checkDay, exportRows, type ExportOptions } from '../../src/research/export.ts';
import { csvHeader, formatRow } from '../../src/research/row-format.ts';
import { seedResearchData, SEED } from './seed.ts';

describe('row formats', () => {
  it.each([
    { name: 'leaves a plain value bare', value: 'belta', csv: 'belta' },
    { name: 'quotes a comma', value: 'Минск, Беларусь', csv: '"Минск, Беларусь"' },
    { name: 'doubles quotes inside quotes', value: 'завод "Гомсельмаш"', csv: '"завод ""Гомсельмаш"""' },
    { name: 'quotes a line break', value: 'a\nb', csv: '"a\nb"' },
    { name: 'writes null as an empty field', value: null, csv: '' },
    { name: 'writes an instant as UTC ISO 8601', value: new Date('2026-01-05T03:00:00+03:00'), csv: '2026-01-05T00:00:00.000Z' },
    { name: 'writes a list as JSON text', value: ['kz-kostanay', 'by-gomel'], csv: '"[""kz-kostanay"",""by-gomel""]"' },
    { name: 'writes numbers and booleans as they are', value: 0.5, csv: '0.5' },
  ])('CSV $name', ({ value, csv }) => {
    expect(formatRow('csv', { v: value }, ['v'])).toBe(csv + '\r\n');
  });

  it('writes JSON lines with null for missing values and ISO instants', () => {
    expect(formatRow('jsonl', { a: new Date('2026-01-05T00:00:00Z'), b: ['x'] }, ['a', 'b', 'c'])).toBe('{"a":"2026-01-05T00:00:00.000Z","b":["x"],"c":null}\n');
    expect(csvHeader(['item_id', 'title'])).toBe('item_id,title\r\n');
  });

  it('refuses a day that is not YYYY-MM-DD', () => {
    expect(() => checkDay('05.01.2026')).toThrow(/use YYYY-MM-DD/);
    expect(checkDay('2026-01-05')).toBe('2026-01-05');
  });
});

/** A small RFC 4180 reader for checking what we wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

describe.each(TEST_BACKENDS)('export on %s', (backend) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(backend);
    await seedResearchData(t.db);
    await t.db.updateTable('items').set({ title: 'Гомсельмаш, "Костанай"\nи сборка' }).where('id', '=', SEED.ids.gomelOriginal).execute();
  });
  afterAll(async () => t.drop());

  const run = async (opts: ExportOptions) => {
    let text = '';
    let writes = 0;
    const result = await exportRows(t.db, opts, async (chunk) => void ((text += chunk), writes++));
    return { text, writes, rows: result.rows };
  };

  it('streams every item as CSV in batches, quoting commas, quotes and line breaks', async () => {
    const { text, rows, writes } = await run({ kind: 'items', format: 'csv', batchSize: 2 });
    const csv = parseCsv(text);
    expect(rows).toBe(7);
    expect(writes).toBe(1 + 4); // the header, then ceil(7 / 2) batches
    expect(csv[0]!.slice(0, 4)).toEqual(['item_id', 'outlet_id', 'outlet_name', 'side']);
    expect(csv).toHaveLength(8);
    expect(csv[0]).not.toContain('search');
    const col = (name: string) => csv[0]!.indexOf(name);
    const gomel = csv.find((r) => r[0] === String(SEED.ids.gomelOriginal))!;
    expect(gomel[col('title')]).toBe('Гомсельмаш, "Костанай"\nи сборка');
    expect(JSON.parse(gomel[col('region_ids')]!)).toEqual(['by-gomel', 'kz-kostanay']);
    expect(gomel[col('week_start')]).toBe('2026-01-05');
    expect(gomel[col('published_at')]).toBe('2026-01-08T10:00:00.000Z');
  });

  it('writes matches as JSON lines with the evidence as an object', async () => {
    const { text, rows } = await run({ kind: 'matches', format: 'jsonl', batchSize: 3 });
    const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toBe(5);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ item_id: SEED.ids.agencyTractors, project_id: SEED.project, side: 'BY', evidence: { terms: ['гомсельмаш'] }, is_reprint: false });
    expect(lines.map((l) => [l.item_id, l.project_id])).toEqual([...lines.map((l) => [l.item_id, l.project_id])].sort((a, b) => Number(a[0]) - Number(b[0])));
  });

  it('keeps items from --since (inclusive) to --until (exclusive), days read in Minsk', async () => {
    // 2026-01-11T22:30Z is already 2026-01-12 in Minsk: --until 2026-01-12 leaves it out.
    const { text } = await run({ kind: 'items', format: 'jsonl', since: '2026-01-06', until: '2026-01-12' });
    const ids = text.trimEnd().split('\n').map((l) => (JSON.parse(l) as { item_id: number }).item_id);
    expect(ids).toEqual([SEED.ids.regionalOriginal, SEED.ids.kazinformBelaz, SEED.ids.gomelOriginal, SEED.ids.undated]);
    const utc = await run({ kind: 'items', format: 'jsonl', since: '2026-01-06', until: '2026-01-12', timeZone: 'UTC' });
    expect(utc.text.trimEnd().split('\n')).toHaveLength(5);
  });

  it('exports weekly coverage for weeks starting in the range, header only when nothing matches', async () => {
    const { text } = await run({ kind: 'coverage', format: 'csv', since: '2026-01-01' });
    const csv = parseCsv(text);
    expect(csv[0]).toEqual(['project_id', 'outlet_id', 'side', 'level', 'week_start', 'iso_week', 'originals', 'reprints', 'items']);
    expect(csv.slice(1).map((r) => [r[0], r[1], r[4], r[6]])).toEqual([
      ['gomselmash-agromashholding-kostanay', 'gomel-pravda', '2026-01-05', '1'],
      ['gomselmash-agromashholding-kostanay', 'kostanay-news', '2026-01-05', '1'],
      ['kazbelaz', 'kazinform', '2026-01-05', '1'],
    ]);
    const none = await run({ kind: 'coverage', format: 'csv', since: '2030-01-01' });
    expect(none.text).toBe(csvHeader(csv[0]!));
  });
});
