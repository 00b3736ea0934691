/** Cron slots: which instant a run stands for, and that a slot is claimed once. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { claimSlot, finishSlot, previousSlot, slotDone } from '../../jobs/singleton.ts';
import { loadSchedule, scheduleFrom, scheduleSchema } from '../../src/config/schedule-file.ts';
import { DEFAULT_CONFIG_DIR } from '../../src/config/load.ts';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';

const DAY = 86_400_000;

describe('previousSlot', () => {
  it.each([
    ['the Monday 07:00 Minsk report slot seen on Tuesday', '0 7 * * 1', 'Europe/Minsk', '2026-03-03T10:00:00Z', 7 * DAY, '2026-03-02T04:00:00.000Z'],
    ['the report slot at its very minute', '0 7 * * 1', 'Europe/Minsk', '2026-03-02T04:00:30Z', 7 * DAY, '2026-03-02T04:00:00.000Z'],
    ['no slot when the window is shorter than the gap', '0 7 * * 1', 'Europe/Minsk', '2026-03-04T10:00:00Z', DAY, null],
    ['an hourly slot in Almaty (UTC+5)', '7 * * * *', 'Asia/Almaty', '2026-03-03T10:30:00Z', 2 * 3_600_000, '2026-03-03T10:07:00.000Z'],
    ['a six-field pattern walks seconds', '*/10 * * * * *', 'UTC', '2026-03-03T10:00:27Z', 60_000, '2026-03-03T10:00:20.000Z'],
  ])('%s', (_n, cron, tz, now, window, expected) => {
    expect(previousSlot(cron, tz, new Date(now), window)?.toISOString() ?? null).toBe(expected);
  });
});

describe('config/schedule.yaml', () => {
  it('ships the weekly report at Monday 07:00 Europe/Minsk and match without a timer', () => {
    const s = loadSchedule(DEFAULT_CONFIG_DIR);
    expect(s.report).toMatchObject({ cron: '0 7 * * 1', timeZone: 'Europe/Minsk', enabled: true });
    expect(s.match.cron).toBeNull();
  });
  it.each([
    ['a bad cron expression', { jobs: { health: { cron: 'every hour' } } }, /not a cron expression/],
    ['an unknown time zone', { time_zone: 'Europe/Atlantis' }, /not an IANA time zone/],
    ['an unknown job', { jobs: { gossip: { cron: '* * * * *' } } }, /./],
  ])('rejects %s', (_n, data, message) => {
    const r = scheduleSchema.safeParse(data);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(message);
  });
  it('lets one job keep its own time zone', () => {
    const s = scheduleFrom(scheduleSchema.parse({ time_zone: 'UTC', jobs: { report: { cron: '0 9 * * 1', time_zone: 'Asia/Almaty' } } }));
    expect([s.report.timeZone, s.health.timeZone]).toEqual(['Asia/Almaty', 'UTC']);
  });
});

describe.each(TEST_BACKENDS)('job slots on %s', (backend) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(backend);
  });
  afterAll(async () => t.drop());
  beforeEach(async () => t.reset());
  const slot = new Date('2026-03-02T04:00:00Z');

  it('gives a slot to its first claimant only, and never again once it succeeded', async () => {
    expect(await claimSlot(t.db, 'report', slot, 'a:1', new Date())).toBe(1);
    expect(await claimSlot(t.db, 'report', slot, 'b:2', new Date())).toBe(2); // still "running": an orphan to a lock holder
    await finishSlot(t.db, 'report', slot, { status: 'ok', finishedAt: new Date(), durationMs: 5, summary: { ok: true } });
    expect(await claimSlot(t.db, 'report', slot, 'c:3', new Date())).toBeNull();
    expect(await slotDone(t.db, 'report', slot)).toBe(true);
  });

  it('retries a failed slot a bounded number of times', async () => {
    const tries: (number | null)[] = [];
    for (let i = 0; i < 4; i++) {
      tries.push(await claimSlot(t.db, 'health', slot, 'a:1', new Date()));
      await finishSlot(t.db, 'health', slot, { status: 'failed', finishedAt: new Date(), durationMs: 1, error: 'boom' });
    }
    expect(tries).toEqual([1, 2, 3, null]);
  });
});
