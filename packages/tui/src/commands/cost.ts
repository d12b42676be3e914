/**
 * `llmtop cost`: where the money went. Top-N by feature, user, agent, model version or session with
 * each one's share; `--by model --feature X` puts that feature's model versions side by side (cost
 * per call and judge quality); `--over-time day` gives calendar buckets in a time zone. Unpriced
 * calls are shown as "unpriced", never as $0, and the judge's own calls are reported apart.
 */
import { parseArgs } from 'node:util';
import {
  COST_DIMENSIONS,
  type CostBreakdownRow,
  type CostDimension,
  type CostFilter,
  compareModelVersions,
  isValidTimeZone,
  queryCostBreakdown,
  queryCostOverTime,
} from '@llmtop/core';
import { type Database, openDatabase } from '@llmtop/core/sqlite';
import {
  formatCount,
  formatDuration,
  formatPercent,
  formatScore,
  padEnd,
  padStart,
} from '../model/format.js';
import { databasePath } from './db-path.js';

const USAGE = `usage: llmtop cost [--by feature|user|agent|model|session] [--since 24h] [--until TIME] [--limit N]
                   [--feature X] [--user X] [--agent X] [--model X] [--session X] [--json] [--db FILE]
       llmtop cost --by model --feature X     that feature's model versions side by side (cost per call, quality)
       llmtop cost --over-time hour|day|month [--tz ZONE]
  --since/--until take a duration back from now (30m, 24h, 7d, 2w) or a date (2026-03-01, ISO 8601).
  Judge (evaluator) calls are never in the totals; they are listed on their own line.`;

const BUCKETS = ['hour', 'day', 'month'] as const;
type Bucket = (typeof BUCKETS)[number];

/** Dollars for a cost report: four decimals below $1 (calls cost fractions of a cent), else cents. */
export function formatUsd(usd: number): string {
  if (!Number.isFinite(usd)) return '—';
  if (Math.abs(usd) < 1) return `$${usd.toFixed(4)}`;
  return `$${usd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** `unpriced` when nothing is priced, and a `+` when some calls are unpriced: never a made-up $0. */
export function formatCostCell(usd: number | null, unpriced: number): string {
  if (usd === null) return unpriced > 0 ? 'unpriced' : '—';
  return unpriced > 0 ? `${formatUsd(usd)}+` : formatUsd(usd);
}

/** A duration back from `nowMs` (`90s`, `30m`, `24h`, `7d`, `2w`) or an absolute date. */
export function parseTime(text: string, nowMs: number): number | undefined {
  const relative = /^(\d+(?:\.\d+)?)\s*(s|m|h|d|w)$/i.exec(text.trim());
  if (relative) {
    const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[
      relative[2]!.toLowerCase() as 's' | 'm' | 'h' | 'd' | 'w'
    ];
    return nowMs - Number(relative[1]) * unit;
  }
  const absolute = Date.parse(text);
  return Number.isNaN(absolute) ? undefined : absolute;
}

/** Renders rows as aligned columns; `right` marks numeric columns. */
export function renderTable(header: string[], rows: string[][], right: boolean[]): string {
  const widths = header.map((title, i) =>
    Math.min(40, Math.max(title.length, ...rows.map((row) => [...(row[i] ?? '')].length))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (right[i] ? padStart(cell, widths[i]!) : padEnd(cell, widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

const label = (key: string | null) => key ?? '(none)';
const describeRange = (sinceMs: number | undefined, untilMs: number | undefined) =>
  `${sinceMs === undefined ? 'all time' : `since ${new Date(sinceMs).toISOString().slice(0, 16).replace('T', ' ')} UTC`}` +
  (untilMs === undefined
    ? ''
    : ` until ${new Date(untilMs).toISOString().slice(0, 16).replace('T', ' ')} UTC`);

export async function run(args: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        db: { type: 'string' },
        by: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        limit: { type: 'string' },
        feature: { type: 'string' },
        user: { type: 'string' },
        agent: { type: 'string' },
        model: { type: 'string' },
        session: { type: 'string' },
        'over-time': { type: 'string' },
        tz: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`llmtop cost: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const fail = (message: string) => {
    process.stderr.write(`llmtop cost: ${message}\n`);
    return 2;
  };
  const str = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const by = (str('by') ?? 'feature') as CostDimension;
  if (!COST_DIMENSIONS.includes(by)) return fail(`--by must be one of ${COST_DIMENSIONS.join(', ')}`);
  const bucket = str('over-time') as Bucket | undefined;
  if (bucket !== undefined && !BUCKETS.includes(bucket))
    return fail('--over-time must be hour, day or month');
  const timeZone = str('tz') ?? 'UTC';
  if (!isValidTimeZone(timeZone)) return fail(`unknown time zone ${timeZone}`);
  const limit = str('limit') === undefined ? 10 : Number(str('limit'));
  if (!Number.isInteger(limit) || limit < 1) return fail('--limit must be a positive integer');

  const nowMs = Date.now();
  const filter: CostFilter = {};
  for (const [flag, key] of [
    ['since', 'sinceMs'],
    ['until', 'untilMs'],
  ] as const) {
    const text = str(flag);
    if (text === undefined) continue;
    const ms = parseTime(text, nowMs);
    if (ms === undefined)
      return fail(`--${flag}: cannot read ${JSON.stringify(text)} as a duration or a date`);
    filter[key] = ms;
  }
  for (const [flag, key] of [
    ['feature', 'feature'],
    ['user', 'userId'],
    ['agent', 'agent'],
    ['model', 'model'],
    ['session', 'sessionId'],
  ] as const) {
    const text = str(flag);
    if (text !== undefined) filter[key] = text;
  }

  const path = databasePath(str('db'));
  let db: Database;
  try {
    db = openDatabase(path, { readonly: true });
  } catch (error) {
    return fail(`cannot open ${path}: ${(error as Error).message}`);
  }
  try {
    const json = values.json === true;
    const out = (text: string) => process.stdout.write(`${text}\n`);
    if (bucket !== undefined) {
      const buckets = queryCostOverTime(db, { ...filter, bucket, timeZone });
      if (json) out(JSON.stringify({ bucket, timeZone, ...filter, buckets }, null, 2));
      else {
        out(`Cost per ${bucket} (${timeZone}) · ${describeRange(filter.sinceMs, filter.untilMs)}`);
        out(
          renderTable(
            [bucket, 'cost', 'calls', 'unpriced'],
            buckets.map((b) => [
              b.key,
              formatCostCell(b.costUsd, b.calls - b.pricedCalls),
              formatCount(b.calls),
              String(b.calls - b.pricedCalls),
            ]),
            [false, true, true, true],
          ),
        );
      }
      return 0;
    }
    if (by === 'model' && filter.feature !== undefined) {
      const { model: _ignored, ...rest } = filter;
      const versions = compareModelVersions(db, rest);
      if (json) {
        out(JSON.stringify({ feature: filter.feature, ...rest, versions }, null, 2));
        return 0;
      }
      const metrics = [...new Set(versions.flatMap((v) => Object.keys(v.quality)))].sort();
      out(`Model versions for feature ${filter.feature} · ${describeRange(filter.sinceMs, filter.untilMs)}`);
      out(
        renderTable(
          [
            'model',
            'calls',
            'cost',
            'cost/call',
            'in tok/call',
            'out tok/call',
            'latency',
            'errors',
            ...metrics,
          ],
          versions.map((v) => [
            label(v.model),
            formatCount(v.calls),
            formatCostCell(v.costUsd, v.calls - v.pricedCalls),
            v.costPerCall === null ? 'unpriced' : formatUsd(v.costPerCall),
            formatCount(v.inputTokensPerCall),
            formatCount(v.outputTokensPerCall),
            formatDuration(v.meanLatencyMs),
            formatPercent(v.errorRate),
            ...metrics.map((m) => {
              const q = v.quality[m];
              return q ? `${formatScore(q.mean)} (n=${q.count})` : '—';
            }),
          ]),
          [false, true, true, true, true, true, true, true, ...metrics.map(() => true)],
        ),
      );
      if (metrics.length === 0)
        out('No judge scores for these calls yet: quality appears once `scores` rows exist.');
      return 0;
    }

    const breakdown = queryCostBreakdown(db, { ...filter, by, limit });
    if (json) {
      out(JSON.stringify({ ...filter, ...breakdown }, null, 2));
      return 0;
    }
    const unpriced = (row: { calls: number; pricedCalls: number }) => row.calls - row.pricedCalls;
    const cells = (name: string, row: Omit<CostBreakdownRow, 'key'>) => [
      name,
      formatCostCell(row.costUsd, unpriced(row)),
      formatPercent(row.share),
      formatCount(row.calls),
      String(unpriced(row)),
      formatCount(row.inputTokens),
      formatCount(row.outputTokens),
    ];
    const rows = breakdown.rows.map((row) => cells(label(row.key), row));
    if (breakdown.other) rows.push(cells(`(${breakdown.other.groups} more)`, breakdown.other));
    const total = breakdown.total;
    rows.push(cells('total', { ...total, share: total.costUsd === null ? null : 1 }));
    out(`Cost by ${by} · ${describeRange(filter.sinceMs, filter.untilMs)}`);
    out(
      renderTable([by, 'cost', 'share', 'calls', 'unpriced', 'in tok', 'out tok'], rows, [
        false,
        true,
        true,
        true,
        true,
        true,
        true,
      ]),
    );
    if (unpriced(total) > 0) {
      out(
        `${unpriced(total)} call(s) have no known price (unknown model or usage); add them with the \`prices.overrides\` option.`,
      );
    }
    if (breakdown.evaluator.calls > 0) {
      out(
        `Judge (evaluator) calls: ${formatCostCell(breakdown.evaluator.costUsd, 0)} over ${breakdown.evaluator.calls} call(s), not included above.`,
      );
    }
    return 0;
  } catch (error) {
    return fail((error as Error).message);
  } finally {
    db.close();
  }
}
