/**
 * Hostile input through the front door, as an operator would try it: the real `covgap` bin in a
 * child process. SQL-looking CLI arguments and configuration values stay data (every query is
 * parameterised; ids are validated), quoted names are stored verbatim, and configured secrets
 * (SMTP password, SMTP_URL and DATABASE_URL passwords, webhook token) never appear in stdout,
 * stderr or the report files, even on failing paths at debug level. Escaping and the CSP of
 * the HTML report and e-mails are tested in test/report/render.test.ts, browser.test.ts and
 * deliver.test.ts.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR } from '../../src/config/load.ts';
import { connect, type DbHandle } from '../../src/db/connect.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { openTestDb, seedPgliteDataDir, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';

const BIN = new URL('../../bin/covgap.js', import.meta.url).pathname;

interface Ran { code: number; stdout: string; stderr: string }
function covgap(args: string[], env: Record<string, string>): Promise<Ran> {
  return new Promise((ok) => {
    execFile(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', COVGAP_LOG_FORMAT: 'json', ...env }, timeout: 90_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : -1) : 0;
      ok({ code, stdout, stderr });
    });
  });
}

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', () => ok()));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((ok) => srv.close(() => ok()));
  return port;
}

function configDir(sources: string, projects?: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'covgap-hostile-'));
  copyFileSync(join(DEFAULT_CONFIG_DIR, 'regions.yaml'), join(dir, 'regions.yaml'));
  const shipped = readFileSync(join(DEFAULT_CONFIG_DIR, 'projects.yaml'), 'utf8');
  writeFileSync(join(dir, 'projects.yaml'), projects ? projects(shipped) : shipped);
  writeFileSync(join(dir, 'sources.yaml'), sources);
  writeFileSync(join(dir, 'settings.yaml'), 'host_delay_ms: 0\nfetch_timeout_sec: 3\n');
  return dir;
}

const outletYaml = (id: string, name: string, feeds: Array<[string, string]>) => `  - id: ${id}
    name: ${name}
    country: BY
    level: central
    time_zone: Europe/Minsk
    fetch_pages: false
    feeds:
${feeds.map(([fid, url]) => `      - { id: ${fid}, url: "${url}", lang: ru, poll_minutes: 15 }`).join('\n')}
`;

/** Every file under `dir`, as text. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(readFileSync(p, 'latin1'));
  }
  return out;
}

// Long enough for the logger's redaction (≥ 4 characters), and unlike anything else in output.
const SMTP_PASSWORD = 'Smtp-Pa55-q7Zr';
const SMTP_URL_PASSWORD = 'Url-Pa55!q8Xw'; // `!` is written as %21 in the URL
const WEBHOOK_TOKEN = 'hook-tok-5Kd9Lm2';
const DB_PASSWORD = 'Db-Pa55#v3Np'; // `#` is written as %23 in the URL
const SECRETS = [SMTP_PASSWORD, SMTP_URL_PASSWORD, encodeURIComponent(SMTP_URL_PASSWORD), WEBHOOK_TOKEN, DB_PASSWORD, encodeURIComponent(DB_PASSWORD)];
const leaked = (texts: string[]) => SECRETS.filter((s) => texts.some((t) => t.includes(s)));

describe('covgap secrets without a database', () => {
  it('never prints a DATABASE_URL password, raw or percent-encoded, when the server is unreachable (exit 2)', async () => {
    const dir = configDir(`outlets:\n${outletYaml('o', 'O', [['f', 'http://127.0.0.1:1/feed']])}`);
    const env = { COVGAP_CONFIG_DIR: dir, DATABASE_URL: `postgres://covgap:${encodeURIComponent(DB_PASSWORD)}@127.0.0.1:${await closedPort()}/covgap`, COVGAP_LOG_LEVEL: 'debug' };
    const runs = [await covgap(['crawl'], env), await covgap(['config'], env)];
    expect(runs[0]!.code).toBe(2);
    expect(runs[0]!.stderr).toMatch(/database unavailable/);
    expect(runs[0]!.stderr).not.toMatch(/unexpected error/);
    expect(runs[1]!.stdout).toMatch(/database_url = \*\*\* \(set\)/);
    expect(leaked(runs.flatMap((r) => [r.stdout, r.stderr]))).toEqual([]);
  });
});

describe.each(TEST_BACKENDS)('hostile input on %s', (backend) => {
  let t: TestDb;
  let server: FixtureServer;
  let dataEnv: (dir: string) => Promise<Record<string, string>>;
  beforeAll(async () => {
    t = await openTestDb(backend);
    server = await startFixtureServer();
    dataEnv = async (dir): Promise<Record<string, string>> => {
      if (backend === 'pg') {
        // The test server trusts local connections, so any password gets in: enough to prove it is never shown.
        const u = new URL(t.url!);
        u.password = encodeURIComponent(DB_PASSWORD);
        return { DATABASE_URL: u.toString() };
      }
      // Start from the migrated template: initdb + migrations in a fresh directory take many seconds.
      await seedPgliteDataDir(join(dir, 'data'));
      return { COVGAP_DATA_DIR: join(dir, 'data') };
    };
  });
  afterAll(async () => {
    await server?.close();
    await t?.drop();
  });
  /** The database the child used (PGlite: only while no child has it open). */
  const inspect = async <T>(env: Record<string, string>, fn: (h: DbHandle) => Promise<T>): Promise<T> => {
    if (backend === 'pg') return fn(t);
    const h = await connect({ dataDir: env.COVGAP_DATA_DIR });
    try {
      return await fn(h);
    } finally {
      await h.close();
    }
  };

  it('treats SQL-looking CLI arguments as data: nothing is dropped, each is refused or found missing', { timeout: 180_000 }, async () => {
    await t.reset();
    const dir = configDir(`outlets:\n${outletYaml('belta', 'BelTA', [['belta-ru-all', `${server.url}/belta/rss/all.xml`]])}`);
    const env = { COVGAP_CONFIG_DIR: dir, ...(await dataEnv(dir)) };
    expect((await covgap(['crawl', '--no-pages'], env)).code).toBe(0);
    const cases: Array<[string[], RegExp]> = [
      [['explain', '1; drop table items'], /no item with URL 1; drop table items/],
      [['crawl', '--feed', "x'); drop table items; --"], /unknown feed id\(s\): x'\); drop table items; --/],
      [['report', '--week', "2026-W47'; drop table items; --", '--out', join(dir, 'r')], /week/i],
    ];
    for (const [args, message] of cases) {
      const r = await covgap(args, env);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr, args.join(' ')).not.toMatch(/unexpected error|syntax error/);
    }
    const counts = await inspect(env, async (h) => ({
      items: (await h.db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
      projects: (await h.db.selectFrom('projects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
    }));
    expect(counts).toEqual({ items: 6, projects: 103 });
  });

  it('refuses an SQL-looking feed id in sources.yaml and stores quoted outlet and project names verbatim', { timeout: 120_000 }, async () => {
    await t.reset();
    const bad = configDir(`outlets:\n${outletYaml('o', 'O', [["\"x'); drop table items; --\"", `${server.url}/belta/rss/all.xml`]])}`);
    const refused = await covgap(['crawl'], { COVGAP_CONFIG_DIR: bad, ...(await dataEnv(bad)) });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/sources\.yaml:\d+ .*id.*lower-case letters, digits and dashes/);

    const outletName = `O'Brien "Daily"; drop table outlets; --`;
    const projectName = `Treaty 'of' "Friendship"); delete from projects; --`;
    const dir = configDir(
      `outlets:\n${outletYaml('quoted', JSON.stringify(outletName), [['quoted-ru', `${server.url}/belta/rss/all.xml`]])}`,
      (text) => text.replace('en: Treaty of Friendship and Cooperation between Belarus and Kazakhstan (1996)', `en: ${JSON.stringify(projectName)}`),
    );
    const env = { COVGAP_CONFIG_DIR: dir, ...(await dataEnv(dir)) };
    const m = await covgap(['migrate'], env);
    expect(m.code, m.stderr).toBe(0);
    const stored = await inspect(env, async (h) => ({
      outlet: (await h.db.selectFrom('outlets').select('name').where('id', '=', 'quoted').executeTakeFirstOrThrow()).name,
      project: (await h.db.selectFrom('projects').select('name_en').where('id', '=', 'treaty-friendship-cooperation-1996').executeTakeFirstOrThrow()).name_en,
      projects: (await h.db.selectFrom('projects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
    }));
    expect(stored).toEqual({ outlet: outletName, project: projectName, projects: 103 });
  });

  it('never prints a configured secret in stdout, stderr or report files, even on failing paths at debug level', { timeout: 180_000 }, async () => {
    await t.reset();
    const smtpPort = await closedPort();
    const dir = configDir(`outlets:\n${outletYaml('belta', 'BelTA', [['belta-ru-all', `${server.url}/belta/rss/all.xml`], ['gone', `http://127.0.0.1:${await closedPort()}/feed`]])}`);
    writeFileSync(join(dir, 'recipients.yaml'), 'from: "covgap <covgap@localhost>"\nrecipients:\n  - { email: editor@example.org, lang: en }\n');
    const base = {
      COVGAP_CONFIG_DIR: dir, ...(await dataEnv(dir)), COVGAP_LOG_LEVEL: 'debug',
      COVGAP_WEBHOOK_TOKEN: WEBHOOK_TOKEN,
      COVGAP_SMTP_HOST: '127.0.0.1', COVGAP_SMTP_PORT: String(smtpPort), COVGAP_SMTP_USER: 'covgap', COVGAP_SMTP_PASSWORD: SMTP_PASSWORD,
    };
    const withUrl = { ...base, SMTP_URL: `smtp://covgap:${encodeURIComponent(SMTP_URL_PASSWORD)}@127.0.0.1:${smtpPort}` };
    const out = join(dir, 'reports');
    const runs = [
      await covgap(['config'], withUrl),
      await covgap(['run', '--all'], withUrl),
      await covgap(['report', '--week', '2026-W40', '--out', out, '--send'], withUrl),
      await covgap(['report', '--week', '2026-W41', '--out', out, '--send'], base),
    ];
    expect(runs[1]!.code).toBe(3); // the closed-port feed failed, the other was stored
    expect(runs[2]!.stderr + runs[3]!.stderr).toMatch(/e-mail \(en\) failed/); // the failing SMTP paths ran
    expect(runs[0]!.stdout).toMatch(/smtp_password = \*\*\* \(set\)/);
    expect(leaked([...runs.flatMap((r) => [r.stdout, r.stderr]), ...filesUnder(out)])).toEqual([]);
  });
});
