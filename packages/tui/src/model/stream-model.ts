/** The live span stream, newest first: time, agent, kind, name, model, tokens, cost, latency, status. */
import type { RecentSpanRow } from '@llmtop/core/sqlite';
import { formatClock, formatCost, formatCount, formatDuration, UNKNOWN } from './format.js';
import type { Line } from './line.js';
import { type Column, fitColumns, headerLine, rowLine, scrollWindow } from './table.js';

function tokens(row: RecentSpanRow): string {
  if (row.inputTokens === null && row.outputTokens === null) return UNKNOWN;
  return `${formatCount(row.inputTokens)}/${formatCount(row.outputTokens)}`;
}

export function streamColumns(timeZone?: string): Column<RecentSpanRow>[] {
  return [
    { key: 'time', title: 'TIME', width: 8, priority: 0, value: (r) => formatClock(r.startMs, timeZone) },
    { key: 'agent', title: 'AGENT', width: 12, priority: 1, value: (r) => r.agent ?? UNKNOWN },
    { key: 'kind', title: 'KIND', width: 9, priority: 2, value: (r) => r.kind },
    { key: 'name', title: 'NAME', width: 10, maxWidth: 40, flex: true, priority: 0, value: (r) => r.name },
    { key: 'model', title: 'MODEL', width: 16, priority: 6, value: (r) => r.model ?? '' },
    { key: 'tokens', title: 'TOKENS', width: 9, priority: 5, align: 'right', value: tokens },
    {
      key: 'cost',
      title: 'COST',
      width: 7,
      priority: 4,
      align: 'right',
      value: (r) => (r.costUsd === null ? (r.kind === 'llm' ? 'unpriced' : '') : formatCost(r.costUsd)),
      tone: (r) => (r.costUsd === null && r.kind === 'llm' ? 'dim' : undefined),
    },
    {
      key: 'latency',
      title: 'LAT',
      width: 6,
      priority: 3,
      align: 'right',
      value: (r) => formatDuration(r.durationMs),
    },
    {
      key: 'status',
      title: 'ST',
      width: 3,
      priority: 1,
      value: (r) => (r.status === 'error' ? 'ERR' : r.status === 'ok' ? 'ok' : '·'),
      tone: (r) => (r.status === 'error' ? 'bad' : undefined),
    },
  ];
}

export interface StreamModel {
  lines: Line[];
  /** The span under the cursor (Enter opens its trace). */
  selected: RecentSpanRow | undefined;
  total: number;
}

export function streamModel(options: {
  rows: readonly RecentSpanRow[];
  cursor: number;
  focused: boolean;
  width: number;
  height: number;
  emptyText: string;
  timeZone?: string;
}): StreamModel {
  const columns = fitColumns(streamColumns(options.timeZone), options.width);
  const lines: Line[] = [headerLine(columns)];
  if (options.rows.length === 0) {
    lines.push([{ text: options.emptyText, tone: 'dim' }]);
    return { lines, selected: undefined, total: 0 };
  }
  const cursor = Math.min(options.cursor, options.rows.length - 1);
  const view = scrollWindow(options.rows.length, cursor, options.height - 1);
  for (let i = view.start; i < view.end; i++) {
    lines.push(rowLine(columns, options.rows[i]!, options.focused && i === cursor));
  }
  return { lines, selected: options.rows[cursor], total: options.rows.length };
}
