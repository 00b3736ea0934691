/**
 * `covgap report --send` end to end: the real CLI renders last week's report from a seeded
 * database and mails it through a local SMTP server started by the test, which reads the
 * message: HTML body, Markdown text part, CSV attachments; the password never reaches the logs.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR, loadCatalog } from '../../src/config/load.ts';
import { connect, type DbHandle } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';
import { GOMSELMASH, seed, WEATHER } from '../helpers/seed.ts';

const BIN = new URL('../../bin/covgap.js', import.meta.url).pathname;
const run = promisify(execFile);
const PASSWORD = 's3cret-smtp-pass';

interface Received { from: string; to: string[]; user: string | null; raw: string }

async function startSmtp(): Promise<{ port: number; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    onAuth(auth, _session, cb) {
      cb(auth.username === 'editor-bot' && auth.password === PASSWORD ? null : new Error('bad credentials'), { user: auth.username });
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          user: (session.user as string | undefined) ?? null,
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        cb();
      });
    },
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.server.address() as { port: number }).port;
  return { port, received, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

describe.each(TEST_BACKENDS)('covgap report --send on %s', (backend) => {
  let t: TestDb | DbHandle;
  let dbEnv: Record<string, string>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    if (backend === 'pg') {
      const db = await openTestDb(backend);
      t = db;
      dbEnv = { DATABASE_URL: db.url! };
    } else {
      // The CLI is another process: PGlite data must live in a folder it can open.
      const dataDir = join(mkdtempSync(join(tmpdir(), 'covgap-send-db-')), 'data');
      t = await connect({ dataDir });
      await migrate(t.db);
      dbEnv = { COVGAP_DATA_DIR: dataDir };
    }
    await seed(t.db, loadCatalog(), [
      GOMSELMASH('2026-11-17T09:00:00Z'),
      { ...GOMSELMASH('2026-11-18T09:00:00Z'), title: 'Гомсельмаш <script>alert(1)</script> <img src=x onerror=alert(2)>' },
      WEATHER('2026-11-18T09:00:00Z'),
    ]);
    if (!('drop' in t)) await t.close();
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await smtp.close();
    if ('drop' in t) await t.drop();
  });

  it('mails the HTML with a Markdown text part and the CSVs attached, escaping feed text', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'covgap-send-'));
    for (const f of ['projects.yaml', 'regions.yaml', 'sources.yaml']) copyFileSync(join(DEFAULT_CONFIG_DIR, f), join(dir, f));
    writeFileSync(join(dir, 'recipients.yaml'), 'from: "covgap <covgap@newsroom.test>"\nrecipients:\n  - { email: desk@newsroom.test, name: Desk, lang: ru }\n  - { email: chief@newsroom.test, lang: en }\n');
    const env = {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', COVGAP_LOG_FORMAT: 'json', COVGAP_LOG_LEVEL: 'debug',
      COVGAP_CONFIG_DIR: dir, ...dbEnv, COVGAP_REPORT_DIR: join(dir, 'reports'),
      COVGAP_SMTP_HOST: '127.0.0.1', COVGAP_SMTP_PORT: String(smtp.port), COVGAP_SMTP_USER: 'editor-bot', COVGAP_SMTP_PASSWORD: PASSWORD,
    };
    const r = await run(process.execPath, [BIN, 'report', '--week', '2026-W47', '--send'], { env, timeout: 110_000 });
    expect(r.stdout).toMatch(/e-mail: sent to 2, failed 0/);
    expect(smtp.received).toHaveLength(2);
    const ru = smtp.received.find((m) => m.to.includes('desk@newsroom.test'))!;
    expect(ru.user).toBe('editor-bot');
    expect(ru.raw).toMatch(/Content-Type: multipart\/mixed/i);
    expect(ru.raw).toMatch(/Content-Type: text\/plain/i);
    expect(ru.raw).toMatch(/Content-Type: text\/html/i);
    expect(ru.raw).toMatch(/filename=.?covgap-2026-W47\.ru-gaps\.csv/);
    expect(ru.raw).toMatch(/Subject: covgap weekly gap report, 2026-W47/);
    const html = decodeBodies(ru.raw, 'html');
    const text = decodeBodies(ru.raw, 'plain');
    expect(html).toMatch(/Content-Security-Policy/);
    expect(html).toMatch(/&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    expect(html).not.toMatch(/<script|<img src=x/);
    // Markdown: the tags are backslash-escaped, so a renderer shows them as text.
    expect(text).toMatch(/Гомсельмаш \\<script\\>/);
    expect(text).not.toMatch(/[^\\]<(script|img)/);
    expect(`${r.stdout}${r.stderr}`).not.toContain(PASSWORD);
  });
});

/** The HTML and plain-text parts of a raw message, decoded (CSV attachments carry raw data). */
function decodeBodies(raw: string, subtype: 'html' | 'plain'): string {
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/);
  return parts
    .filter((p) => new RegExp(`^Content-Type: text/${subtype}`, 'im').test(p.split(/\r?\n\r?\n/)[0] ?? ''))
    .map((p) => {
      const [head = '', ...rest] = p.split(/\r?\n\r?\n/);
      const body = rest.join('\n\n');
      if (/Content-Transfer-Encoding: base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
      if (/Content-Transfer-Encoding: quoted-printable/i.test(head)) {
        return Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
      }
      return body;
    })
    .join('\n');
}
