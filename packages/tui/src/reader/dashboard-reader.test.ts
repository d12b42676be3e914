import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSpanInserter, openDatabase } from '@llmtop/core/sqlite';
import { describe, expect, it } from 'vitest';
import { sampleRow } from '../../../core/src/sqlite/__fixtures__/sample-row.js';
import { readerQuery } from '../dashboard/screen-model.js';
import { initialUiState } from '../state/ui-state.js';
import { DashboardReader } from './dashboard-reader.js';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
const ns = (ms: number) => BigInt(ms) * 1_000_000n;

describe('DashboardReader', () => {
  it('waits for the file, then re-queries only on commits, keeping running cost totals', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'llmtop-reader-')), 'a.db');
    let now = NOW;
    const reader = new DashboardReader({ path, clock: () => now, backoffFactor: 0 });
    const query = readerQuery(initialUiState(), { width: 120, height: 40 }, 0);
    expect(reader.tick(query)?.status).toBe('missing');

    const writer = openDatabase(path);
    const insert = createSpanInserter(writer);
    expect(reader.tick(query)?.status).toBe('empty');
    expect(reader.tick(query)).toBeUndefined();

    const span = (id: number, cost: number | null, atMs: number) =>
      sampleRow({
        span_id: id.toString(16).padStart(16, '0'),
        agent: 'writer',
        cost_usd: cost,
        start_ns: ns(atMs),
        end_ns: ns(atMs + 250),
      });
    insert([span(1, 0.25, NOW - 60_000), span(2, null, NOW - 30_000), span(3, 5, NOW - 40 * 86_400_000)]);
    now += 500;
    const first = reader.tick(query)!;
    expect(first.status).toBe('ready');
    expect(first.costToday).toEqual({ usd: 0.25, unpriced: 1 });
    expect(first.callStats.agents).toEqual([
      { agent: 'writer', calls: 2, inputTokens: null, outputTokens: null, costUsd: 0.25, unpriced: 1 },
    ]);
    expect(first.recent.map((r) => r.spanId)).toEqual([
      '0000000000000003',
      '0000000000000002',
      '0000000000000001',
    ]);
    now += 500;
    expect(reader.tick(query)).toBeUndefined();

    insert([span(4, 1, NOW - 10_000)]);
    now += 1500;
    const second = reader.tick(query)!;
    expect(second.costToday).toEqual({ usd: 1.25, unpriced: 1 });
    // 4 spans committed since the first sample (empty file) 2.5 s earlier.
    expect(second.spansPerSecond).toBeCloseTo(4 / 2.5, 5);
    // A purge (the oldest rows deleted) is noticed and the totals are rebuilt.
    writer.prepare('DELETE FROM spans WHERE span_id = ?').run('0000000000000001');
    now += 500;
    expect(reader.tick(query)!.costToday).toEqual({ usd: 1, unpriced: 1 });
    reader.close();
    writer.close();
  });

  it('acknowledges an alert through a short-lived writable connection', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'llmtop-reader-')), 'a.db');
    const writer = openDatabase(path);
    writer
      .prepare(
        `INSERT INTO alerts (kind, scope, level, message, dedupe_key, created_ns) VALUES ('drift', 'f', 'warning', 'm', 'k', 1)`,
      )
      .run();
    const reader = new DashboardReader({ path, clock: () => NOW });
    const query = readerQuery(initialUiState(), { width: 120, height: 40 }, 0);
    const [alert] = reader.tick(query)!.alerts;
    expect(reader.acknowledge(alert!.id)).toBe(true);
    expect(reader.tick(query, true)!.alerts[0]!.acknowledgedMs).toBe(NOW);
    reader.close();
    writer.close();
  });
});
