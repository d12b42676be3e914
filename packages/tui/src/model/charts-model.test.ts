import { describe, expect, it } from 'vitest';
import { chartBuckets, chartsModel, sparkWidth } from './charts-model.js';
import { CostLedger } from './cost-ledger.js';
import { addSample, spansPerSecond } from './ingest-rate.js';
import { lineText } from './line.js';

describe('charts', () => {
  const now = 1_700_000_000_000 - (1_700_000_000_000 % 60_000) + 30_000;
  const minute = (n: number) => now - (now % 60_000) - n * 60_000;

  it('draws cost per minute by key with a total, and quality per metric', () => {
    const lines = chartsModel({
      costRows: [
        { bucketMs: minute(0), key: 'support', costUsd: 0.4, calls: 2, unpriced: 0 },
        { bucketMs: minute(1), key: 'billing', costUsd: 0.2, calls: 1, unpriced: 0 },
        { bucketMs: minute(1), key: null, costUsd: null, calls: 1, unpriced: 1 },
      ],
      scoreRows: [{ bucketMs: minute(0), metric: 'faithfulness', value: 0.3, count: 2 }],
      chartBy: 'feature',
      nowMs: now,
      windowMs: 3_600_000,
      width: 40,
      height: 12,
    }).map(lineText);
    expect(lines[0]).toContain('COST/min by feature');
    const total = lines.find((l) => l.startsWith('total'))!;
    expect(total).toMatch(/▅█ +\$0\.60$/);
    expect(lines.find((l) => l.startsWith('support'))).toMatch(/▁█ +\$0\.40$/);
    expect(lines.find((l) => l.startsWith('(none)'))).toMatch(/ ▁ +\$0$/);
    expect(lines.find((l) => l.startsWith('faith '))).toMatch(/0\.30$/);
    expect(lines.find((l) => l.startsWith('ansr'))).toMatch(/—$/);
  });

  it('uses one-minute cost buckets up to an hour, wider ones beyond', () => {
    expect(chartBuckets(3_600_000, 60).costBucketMs).toBe(60_000);
    expect(chartBuckets(24 * 3_600_000, 60).costBucketMs).toBeGreaterThan(60_000);
    expect(sparkWidth(60)).toBe(40);
  });
});

describe('running totals', () => {
  it('adds new spans to 15-minute buckets and sums from a boundary', () => {
    const ledger = new CostLedger();
    ledger.reset([
      { atMs: 0, costUsd: 1, unpriced: 0 },
      { atMs: 900_000, costUsd: 2, unpriced: 1 },
    ]);
    ledger.add([
      { atMs: 900_001, costUsd: 0.5, unpriced: 0 },
      { atMs: 1_800_000, costUsd: null, unpriced: 1 },
    ]);
    expect(ledger.totalSince(0)).toEqual({ usd: 3.5, unpriced: 2 });
    expect(ledger.totalSince(1_800_000)).toEqual({ usd: null, unpriced: 1 });
  });

  it('computes spans/s from max-seq samples over a sliding window', () => {
    let samples = addSample([], { atMs: 0, maxSeq: 0 });
    expect(spansPerSecond(samples)).toBeUndefined();
    samples = addSample(samples, { atMs: 2000, maxSeq: 100 });
    expect(spansPerSecond(samples)).toBe(50);
    for (let t = 4000; t <= 30_000; t += 2000) samples = addSample(samples, { atMs: t, maxSeq: 100 });
    expect(spansPerSecond(samples)).toBe(0);
  });
});
