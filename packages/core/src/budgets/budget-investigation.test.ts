import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { costRow } from '../cost/__fixtures__/cost-rows.js';
import type { SpanRow } from '../span/span-record.js';
import { type Database, openDatabase } from '../sqlite/database.js';
import { createSpanInserter } from '../sqlite/span-inserter.js';
import { resolveBudgets } from './budget-config.js';
import { investigateBudget } from './budget-investigation.js';
import { createBudgetMonitor } from './budget-monitor.js';

const HOUR = 3_600_000;
const YESTERDAY = Date.parse('2026-06-14T00:00:00Z');
const TODAY = Date.parse('2026-06-15T00:00:00Z');
let db: Database | undefined;

afterEach(() => db?.close());

/** Ten calls per user between 01:00 and 14:00, in two features and two agents, priced as gpt-4o-mini. */
function day(
  start: number,
  promptTokens: (user: string) => number,
  callsOf: (user: string) => number = () => 10,
) {
  const rows: SpanRow[] = [];
  for (const user of ['ana', 'bo', 'cy']) {
    for (let i = 0; i < callsOf(user); i++) {
      rows.push(
        costRow({
          atMs: start + HOUR + (i * 13 * HOUR) / callsOf(user),
          user,
          feature: i % 2 === 0 ? 'chat' : 'search',
          agent: i % 3 === 0 ? 'researcher' : 'writer',
          responseModel: 'gpt-4o-mini-2024-07-18',
          input: promptTokens(user),
          output: 200,
        }),
      );
    }
  }
  return rows;
}

describe('budget investigation', () => {
  it('names the user who suddenly sends 10× longer prompts as the driver of a 150 % alert', () => {
    db = openDatabase(join(mkdtempSync(join(tmpdir(), 'llmtop-invest-')), 'i.db'));
    const insert = createSpanInserter(db);
    insert(day(YESTERDAY, () => 1_000));
    // Yesterday evening, after the comparison window (00:00–15:00): must not count.
    insert([costRow({ atMs: YESTERDAY + 20 * HOUR, user: 'ana', input: 50_000, costUsd: 1 })]);
    insert(day(TODAY, (user) => (user === 'bo' ? 10_000 : 1_000)));

    const monitor = createBudgetMonitor({
      budgets: [{ scope: 'global', period: 'daily', limitUsd: 0.012 }],
      timeZone: 'UTC',
      clock: () => TODAY + 15 * HOUR,
    });
    const alert = monitor.check(db).find((a) => a.details.threshold === 1.5);
    const investigation = alert?.details.investigation;
    expect(investigation).toBeDefined();
    expect(investigation?.previous).toEqual({ startMs: YESTERDAY, endMs: YESTERDAY + 15 * HOUR });
    expect(investigation?.totals.previous.calls).toBe(30);
    expect(investigation?.totals.change.calls).toBe(1);
    expect(investigation?.totals.change.promptTokensPerCall).toBeCloseTo(4, 12);

    const top = investigation?.topDriver;
    expect(top).toMatchObject({ dimension: 'user', key: 'bo', cause: 'prompt_size' });
    expect(top?.change.promptTokensPerCall).toBeCloseTo(10, 12);
    expect(top?.change.calls).toBe(1);
    expect(top?.shareOfIncrease).toBeCloseTo(1, 12);
    expect(investigation?.drivers.user.map((driver) => driver.key)).toEqual(['bo', 'ana', 'cy']);
    expect(investigation?.drivers.feature.map((driver) => driver.key).sort()).toEqual(['chat', 'search']);
    expect(investigation?.drivers.model[0]?.key).toBe('gpt-4o-mini-2024-07-18');
    expect(investigation?.drivers.agent).toHaveLength(2);
    expect(alert?.message).toContain('Top driver: user bo');
    expect(alert?.message).toContain('longer prompts');
  });

  it('tells more calls from dearer calls', () => {
    db = openDatabase(join(mkdtempSync(join(tmpdir(), 'llmtop-invest-')), 'j.db'));
    const insert = createSpanInserter(db);
    insert(day(YESTERDAY, () => 1_000));
    insert(
      day(
        TODAY,
        () => 1_000,
        (user) => (user === 'cy' ? 60 : 10),
      ),
    );
    const { budgets } = resolveBudgets([{ scope: 'global', period: 'daily', limitUsd: 1 }], 'UTC');
    const windows = {
      current: { startMs: TODAY, endMs: TODAY + 15 * HOUR },
      previous: { startMs: YESTERDAY, endMs: YESTERDAY + 15 * HOUR },
    };
    const volume = investigateBudget(db, budgets[0]!, windows);
    expect(volume.topDriver).toMatchObject({ dimension: 'user', key: 'cy', cause: 'call_volume' });
    expect(volume.topDriver?.change.calls).toBe(6);

    // Same calls and prompts, but the researcher agent moved to a dearer model.
    insert(
      Array.from({ length: 10 }, (_, i) =>
        costRow({
          atMs: TODAY + 2 * HOUR + i,
          user: 'dee',
          agent: 'planner',
          responseModel: 'gpt-4o',
          input: 1_000,
          output: 200,
        }),
      ),
    );
    insert(
      Array.from({ length: 10 }, (_, i) =>
        costRow({
          atMs: YESTERDAY + 2 * HOUR + i,
          user: 'dee',
          agent: 'planner',
          responseModel: 'gpt-4o-mini',
          input: 1_000,
          output: 200,
        }),
      ),
    );
    const price = investigateBudget(db, budgets[0]!, windows);
    const planner = price.drivers.agent.find((driver) => driver.key === 'planner');
    expect(planner?.cause).toBe('price');
    expect(planner?.change.costPerCall).toBeCloseTo((1_000 * 2.5 + 200 * 10) / (1_000 * 0.15 + 200 * 0.6), 9);
    expect(price.drivers.model.find((driver) => driver.key === 'gpt-4o')?.cause).toBe('new');
  });
});
