/** Cost per minute (by feature or model) and judge quality over time, as labelled sparklines. */
import type { CostBucketRow, ScoreBucketRow } from '@llmtop/core/sqlite';
import { JUDGE_METRICS } from './agents-model.js';
import { formatCost, formatDuration, formatScore, padEnd, padStart } from './format.js';
import type { Line } from './line.js';
import { sparkline } from './sparkline.js';

const LABEL = 10;
const VALUE = 8;
const MINUTE = 60_000;

export function sparkWidth(paneWidth: number): number {
  return Math.max(4, paneWidth - LABEL - VALUE - 2);
}

/** Bucket sizes for a window drawn `width` characters wide: cost per minute while it fits. */
export function chartBuckets(
  windowMs: number,
  width: number,
): { costBucketMs: number; scoreBucketMs: number } {
  const columns = sparkWidth(width);
  const fit = Math.max(MINUTE, Math.ceil(windowMs / columns / MINUTE) * MINUTE);
  return { costBucketMs: windowMs <= 60 * MINUTE ? MINUTE : fit, scoreBucketMs: fit };
}

function bucketStarts(nowMs: number, bucketMs: number, count: number): number[] {
  const last = Math.floor(nowMs / bucketMs) * bucketMs;
  return Array.from({ length: count }, (_, i) => last - (count - 1 - i) * bucketMs);
}

export type ChartBy = 'feature' | 'model';

export function chartsModel(options: {
  costRows: readonly CostBucketRow[];
  scoreRows: readonly ScoreBucketRow[];
  chartBy: ChartBy;
  nowMs: number;
  windowMs: number;
  width: number;
  height: number;
}): Line[] {
  const columns = sparkWidth(options.width);
  const { costBucketMs, scoreBucketMs } = chartBuckets(options.windowMs, options.width);
  const costStarts = bucketStarts(options.nowMs, costBucketMs, columns);
  const firstCost = costStarts[0] ?? 0;
  const byKey = new Map<string, Map<number, CostBucketRow[]>>();
  const add = (key: string, row: CostBucketRow) => {
    const buckets = byKey.get(key) ?? new Map<number, CostBucketRow[]>();
    buckets.set(row.bucketMs, [...(buckets.get(row.bucketMs) ?? []), row]);
    byKey.set(key, buckets);
  };
  for (const row of options.costRows) {
    if (row.bucketMs < firstCost) continue;
    add('total', row);
    add(row.key ?? '(none)', row);
  }
  const seriesOf = (buckets: Map<number, CostBucketRow[]> | undefined) =>
    costStarts.map((start) => {
      const rows = buckets?.get(start) ?? [];
      if (rows.length === 0) return 0;
      const priced = rows.filter((r) => r.costUsd !== null);
      return priced.length ? priced.reduce((s, r) => s + (r.costUsd ?? 0), 0) : undefined;
    });
  const sumOf = (series: (number | undefined)[]) => series.reduce<number>((s, v) => s + (v ?? 0), 0);

  const span = formatDuration(costBucketMs * columns).replace('m00s', 'm');
  const per = costBucketMs === MINUTE ? 'min' : formatDuration(costBucketMs).replace('m00s', 'm');
  const lines: Line[] = [
    [{ text: padEnd(`COST/${per} by ${options.chartBy}, last ${span}`, options.width), tone: 'heading' }],
  ];
  const total = seriesOf(byKey.get('total'));
  const max = Math.max(0, ...total.map((v) => v ?? 0));
  const keys = [...byKey.keys()]
    .filter((k) => k !== 'total')
    .map((key) => ({ key, series: seriesOf(byKey.get(key)) }))
    .sort((a, b) => sumOf(b.series) - sumOf(a.series));
  const costLine = (label: string, series: (number | undefined)[], tone?: 'accent'): Line => [
    { text: `${padEnd(label, LABEL)} `, ...(tone ? { tone } : {}) },
    { text: sparkline(series, max), tone: 'accent' },
    { text: ` ${padStart(formatCost(sumOf(series)), VALUE)}` },
  ];
  const scoreRows = JUDGE_METRICS.length + 1;
  const costRoom = Math.max(1, options.height - 1 - scoreRows);
  if (keys.length === 0) lines.push([{ text: 'no model calls yet', tone: 'dim' }]);
  else {
    lines.push(costLine('total', total));
    for (const { key, series } of keys.slice(0, Math.max(0, costRoom - 1))) lines.push(costLine(key, series));
  }

  const scoreStarts = bucketStarts(options.nowMs, scoreBucketMs, columns);
  const firstScore = scoreStarts[0] ?? 0;
  lines.push([{ text: padEnd('QUALITY (judge, sampled)', options.width), tone: 'heading' }]);
  for (const { metric, title } of JUDGE_METRICS) {
    const rows = options.scoreRows.filter((r) => r.metric === metric && r.bucketMs >= firstScore);
    const byBucket = new Map(rows.map((r) => [r.bucketMs, r]));
    const series = scoreStarts.map((start) => byBucket.get(start)?.value);
    const count = rows.reduce((s, r) => s + r.count, 0);
    const mean = count ? rows.reduce((s, r) => s + r.value * r.count, 0) / count : undefined;
    lines.push([
      { text: `${padEnd(title.toLowerCase(), LABEL)} ` },
      { text: sparkline(series, 1, 0), tone: mean !== undefined && mean < 0.5 ? 'bad' : 'good' },
      { text: ` ${padStart(formatScore(mean), VALUE)}` },
    ]);
  }
  return lines;
}
