import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRICE_TABLE_VERSION } from '../cost/price-table.js';
import { createLlmtop } from '../llmtop.js';
import { openDatabase } from '../sqlite/database.js';
import type { WrittenAlert } from '../writer/writer-config.js';

describe('cost and budgets through createLlmtop', () => {
  it.each(['worker', 'inline'] as const)(
    'prices spans in the %s writer, keeps judge calls out of budgets and delivers alerts to onAlert',
    async (writer) => {
      const path = join(mkdtempSync(join(tmpdir(), 'llmtop-budget-e2e-')), 'app.db');
      const alerts: WrittenAlert[] = [];
      const llmtop = createLlmtop({
        path,
        writer,
        handleExit: false,
        timeZone: 'UTC',
        budgets: [{ scope: 'feature', value: 'support', period: 'daily', limitUsd: 0.01 }],
        prices: { overrides: { 'acme-llm': { input: 10, output: 10 } } },
        onAlert: (alert) => alerts.push(alert),
      });
      await llmtop.withContext({ feature: 'support', userId: 'u1' }, async () => {
        const usage = { input: 1_000, output: 100 };
        await llmtop.span(
          { kind: 'llm', name: 'chat', requestModel: 'gpt-4o', responseModel: 'gpt-4o-2024-08-06', usage },
          () => 1,
        );
        await llmtop.span({ kind: 'llm', name: 'custom', requestModel: 'acme-llm', usage }, () => 1);
        await llmtop.span({ kind: 'llm', name: 'mystery', requestModel: 'mystery-1', usage }, () => 1);
        await llmtop.span(
          { kind: 'evaluator', name: 'judge', requestModel: 'gpt-4o', usage: { input: 1e6, output: 0 } },
          () => 1,
        );
      });
      await llmtop.flush();
      await llmtop.shutdown();

      const db = openDatabase(path, { readonly: true });
      const rows = db
        .prepare('SELECT name, cost_usd, price_version FROM spans ORDER BY seq')
        .safeIntegers(false)
        .all() as { name: string; cost_usd: number | null; price_version: string | null }[];
      const alertRows = db.prepare('SELECT dedupe_key FROM alerts ORDER BY id').pluck().all();
      db.close();

      const byName = Object.fromEntries(rows.map((row) => [row.name, row]));
      expect(byName.chat?.cost_usd).toBeCloseTo(0.0035, 12);
      expect(byName.custom?.cost_usd).toBeCloseTo(0.011, 12);
      expect(byName.custom?.price_version).toMatch(new RegExp(`^${PRICE_TABLE_VERSION}\\+custom\\.`));
      expect(byName.mystery).toMatchObject({ cost_usd: null, price_version: null });
      expect(byName.judge?.cost_usd).toBeCloseTo(2.5, 12);

      // support spent $0.0145 of $0.01 (145 %): 80 % and 100 % fire; the judge's $2.50 does not count.
      expect(alerts.map((alert) => [alert.kind, alert.scope, alert.level])).toEqual([
        ['budget', 'feature:support', 'warning'],
        ['budget', 'feature:support', 'critical'],
      ]);
      expect(alertRows).toHaveLength(2);
    },
  );
});
