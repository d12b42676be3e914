/**
 * `llmtop budget`: each configured budget's spend this period against its limit, and the alerts
 * already raised. Exits 1 when any budget is at or over 100 %, so a cron job or CI step can act on
 * it. The budgets come from the file (the app stores its configuration there when it opens it).
 */
import { parseArgs } from 'node:util';
import { type BudgetStatus, describeBudget, readBudgetStatus } from '@llmtop/core';
import { type Database, openDatabase } from '@llmtop/core/sqlite';
import { formatPercent } from '../model/format.js';
import { formatUsd, parseTime, renderTable } from './cost.js';
import { databasePath } from './db-path.js';

const USAGE = `usage: llmtop budget [--db FILE] [--json] [--at TIME]
  Shows each budget's spend in its current period (daily or monthly, in the budget's time zone).
  Exit status: 0 when every budget is under 100 %, 1 when any is at or over it, 2 on errors.
  --at evaluates as of another moment (a date, or a duration back from now such as 24h).`;

const GAUGE_CELLS = 10;

export function gauge(ratio: number): string {
  const filled = Math.max(0, Math.min(GAUGE_CELLS, Math.round(ratio * GAUGE_CELLS)));
  return `${'█'.repeat(filled)}${'░'.repeat(GAUGE_CELLS - filled)}${ratio > 1 ? '▶' : ''}`;
}

function toJson(status: BudgetStatus) {
  const { budget } = status;
  return {
    id: budget.id,
    ...(budget.name === undefined ? {} : { name: budget.name }),
    scope: budget.scope,
    ...(budget.value === undefined ? {} : { value: budget.value }),
    period: budget.period,
    timeZone: budget.timeZone,
    periodKey: status.period.key,
    periodStart: new Date(status.period.startMs).toISOString(),
    periodEnd: new Date(status.period.endMs).toISOString(),
    spentUsd: status.spentUsd,
    limitUsd: status.limitUsd,
    ratio: status.ratio,
    over: status.over,
    alerted: status.alerted,
  };
}

export async function run(args: string[]): Promise<number> {
  let values: { db?: string; json?: boolean; at?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean' },
        at: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`llmtop budget: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const nowMs = values.at === undefined ? Date.now() : parseTime(values.at, Date.now());
  if (nowMs === undefined) {
    process.stderr.write(
      `llmtop budget: --at: cannot read ${JSON.stringify(values.at)} as a date or duration\n`,
    );
    return 2;
  }
  const path = databasePath(values.db);
  let db: Database;
  try {
    db = openDatabase(path, { readonly: true });
  } catch (error) {
    process.stderr.write(`llmtop budget: cannot open ${path}: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    const statuses = readBudgetStatus(db, { nowMs });
    const over = statuses.some((status) => status.over);
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ over, budgets: statuses.map(toJson) }, null, 2)}\n`);
      return over ? 1 : 0;
    }
    if (statuses.length === 0) {
      process.stdout.write(
        'No budgets configured: pass `budgets` to createLlmtop() and they are stored in the file.\n',
      );
      return 0;
    }
    const rows = statuses.map((status) => [
      describeBudget(status.budget),
      status.period.key,
      formatUsd(status.spentUsd),
      formatUsd(status.limitUsd),
      formatPercent(status.ratio),
      gauge(status.ratio),
      status.alerted.map((t) => `${Math.round(t * 100)}%`).join(' ') || '—',
      status.over ? 'OVER' : '',
    ]);
    process.stdout.write(
      `${renderTable(['budget', 'period', 'spent', 'limit', 'used', '', 'alerted', ''], rows, [false, false, true, true, true, false, false, false])}\n`,
    );
    return over ? 1 : 0;
  } catch (error) {
    process.stderr.write(`llmtop budget: ${(error as Error).message}\n`);
    return 2;
  } finally {
    db.close();
  }
}
