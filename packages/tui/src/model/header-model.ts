/** The header: file, spans/s, today's and this month's cost, budget gauges, alerts, internal counters. */
import { basename } from 'node:path';
import type { CostTotal } from './cost-ledger.js';
import type { BudgetGauge, DashboardData } from './dashboard-data.js';
import { formatCount, formatDuration, formatPartialCost, formatPercent, truncate } from './format.js';
import type { Line, Segment } from './line.js';

function cost(total: CostTotal): string {
  return formatPartialCost(total.usd, total.unpriced);
}

/** `[██████░░░░] 62%` — readable without colour. */
export function gauge(ratio: number, width: number): string {
  const cells = Math.max(1, width);
  const filled = Math.min(cells, Math.max(0, Math.round(Math.min(1, ratio) * cells)));
  return `[${'█'.repeat(filled)}${'░'.repeat(cells - filled)}] ${formatPercent(ratio)}`;
}

function fitSegments(segments: Segment[], width: number): Line {
  const out: Segment[] = [];
  let used = 0;
  for (const segment of segments) {
    if (used >= width) break;
    const text = truncate(segment.text, width - used);
    out.push({ ...segment, text });
    used += [...text].length;
  }
  if (used < width) out.push({ text: ' '.repeat(width - used) });
  return out;
}

function budgetSegments(budgets: readonly BudgetGauge[], width: number): Segment[] {
  if (budgets.length === 0) return [{ text: 'budgets: none set', tone: 'dim' }];
  const segments: Segment[] = [{ text: 'budgets ', tone: 'heading' }];
  const gaugeWidth = width >= 120 ? 10 : 6;
  for (const b of budgets) {
    const tone = b.ratio >= 1 ? 'bad' : b.ratio >= 0.8 ? 'warn' : 'good';
    segments.push({ text: `${b.label} ` });
    segments.push({ text: gauge(b.ratio, gaugeWidth), tone });
    segments.push({ text: '  ' });
  }
  return segments;
}

export function headerModel(options: {
  data: DashboardData;
  width: number;
  windowLabel: string;
  filterText: string;
  sortLabel: string;
}): Line[] {
  const { data, width } = options;
  const name = truncate(basename(data.path), 24);
  const openAlerts = data.alerts.filter((a) => a.acknowledgedMs === null).length;
  const writer = data.writer;
  const line1: Segment[] = [{ text: 'llmtop ', tone: 'heading' }, { text: `${name}  ` }];
  if (data.status === 'missing') {
    line1.push({ text: `waiting for ${data.path} to be created…`, tone: 'warn' });
  } else if (data.status === 'error') {
    line1.push({ text: `cannot read: ${data.message ?? 'unknown error'}`, tone: 'bad' });
  } else {
    const rate = data.spansPerSecond === undefined ? '—' : data.spansPerSecond.toFixed(1);
    line1.push(
      { text: `${rate} spans/s  ` },
      { text: 'today ', tone: 'dim' },
      { text: `${cost(data.costToday)}  `, tone: 'accent' },
      { text: 'month ', tone: 'dim' },
      { text: `${cost(data.costMonth)}  `, tone: 'accent' },
      { text: `alerts ${openAlerts}  `, tone: openAlerts > 0 ? 'bad' : 'good' },
      {
        text: `err ${formatCount(writer?.internalErrors ?? 0)} `,
        tone: (writer?.internalErrors ?? 0) > 0 ? 'warn' : 'normal',
      },
      {
        text: `drop ${formatCount((writer?.spansDropped ?? 0) + (writer?.spansEvicted ?? 0))} `,
        tone: (writer?.spansDropped ?? 0) > 0 ? 'warn' : 'normal',
      },
      { text: `lag ${formatDuration(writer?.lagMs ?? null)}` },
    );
  }
  const line2 = budgetSegments(data.budgets, width);
  const spans =
    data.status === 'empty' ? 'no spans yet, waiting for the app…' : `${formatCount(data.totalSpans)} spans`;
  const line3: Segment[] = [
    { text: `window ${options.windowLabel}  sort ${options.sortLabel}  ` },
    options.filterText
      ? { text: `filter: ${options.filterText}  `, tone: 'warn' }
      : { text: 'no filter  ', tone: 'dim' },
    { text: spans, tone: data.status === 'empty' ? 'warn' : 'dim' },
  ];
  return [fitSegments(line1, width), fitSegments(line2, width), fitSegments(line3, width)];
}
