/**
 * The HTML report as an editor sees it: opened in headless Chromium (Debian's package, driven by
 * playwright-core), the gap table, the region heat map and the sparklines render, no script runs
 * and nothing is fetched. A screenshot is kept in test-output/ for people to look at.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/config/load.ts';
import { resolveSettings } from '../../src/config/settings.ts';
import { memoryLogger } from '../../src/log.ts';
import { runReport } from '../../src/report/run.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';
import { GOMSELMASH, seed, WEATHER } from '../helpers/seed.ts';

const CHROMIUM = process.env.COVGAP_CHROMIUM ?? '/usr/bin/chromium';
const OUT = new URL('../../test-output/', import.meta.url).pathname;
const present = existsSync(CHROMIUM);
if (!present) console.warn(`[browser test] skipped: no Chromium at ${CHROMIUM}; install Debian's 'chromium' package (apt-get install chromium) or set COVGAP_CHROMIUM`);

describe.runIf(present)('HTML report in headless Chromium', () => {
  let t: TestDb;
  let file: string;
  beforeAll(async () => {
    t = await openTestDb('pglite');
    await seed(t.db, loadCatalog(), [
      GOMSELMASH('2026-10-20T09:00:00Z'),
      GOMSELMASH('2026-11-03T09:00:00Z', 'kstnews', null),
      GOMSELMASH('2026-11-10T09:00:00Z', 'gp-by', 'ГОМЕЛЬ'),
      { ...GOMSELMASH('2026-11-18T09:00:00Z'), title: 'Гомсельмаш <script>document.title="pwned"</script>' },
      WEATHER('2026-11-18T09:00:00Z'),
    ]);
    const r = await runReport(
      { db: t.db, catalog: loadCatalog(), settings: resolveSettings({}, {}), log: memoryLogger(), now: new Date('2026-11-23T06:00:00Z') },
      { week: '2026-W47', formats: ['html'], langs: ['en'], outDir: mkdtempSync(join(tmpdir(), 'covgap-browser-')) },
    );
    file = r.files[0]!.path;
  });
  afterAll(async () => t?.drop());

  it('renders the gap table, the heat map and the sparklines, runs no script and loads nothing', { timeout: 90_000 }, async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      const consoleErrors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      await page.goto(pathToFileURL(file).href);

      expect(await page.title()).not.toBe('pwned');
      expect(await page.locator('table.gaps tbody tr').count()).toBeGreaterThan(5);
      expect(await page.locator('svg.spark').count()).toBeGreaterThan(5);
      expect(await page.locator('svg.heat').count()).toBe(1);
      expect(await page.locator('svg.heat rect').count()).toBeGreaterThan(0);
      const box = await page.locator('table.gaps').boundingBox();
      expect(box!.width).toBeGreaterThan(600);
      expect(await page.locator('script').count()).toBe(0);
      // Only the file itself: no stylesheet, font, image or script from anywhere.
      expect(requests).toEqual([pathToFileURL(file).href]);
      mkdirSync(OUT, { recursive: true });
      await page.screenshot({ path: join(OUT, 'report-2026-W47.png'), fullPage: false });
      expect(existsSync(join(OUT, 'report-2026-W47.png'))).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
