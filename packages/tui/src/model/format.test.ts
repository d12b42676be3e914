import { describe, expect, it } from 'vitest';
import {
  formatCost,
  formatCount,
  formatDuration,
  formatPartialCost,
  formatPercent,
  padEnd,
  padStart,
  truncate,
} from './format.js';
import { histogramPercentile, percentile } from './percentile.js';
import { sparkline } from './sparkline.js';

describe('formatting', () => {
  it('never shows unknown cost as $0.00', () => {
    expect(formatCost(null)).toBe('—');
    expect(formatCost(0)).toBe('$0');
    expect(formatCost(0.00123)).toBe('$0.0012');
    expect(formatCost(12.345)).toBe('$12.35');
    expect(formatCost(12345)).toBe('$12.3k');
    expect(formatPartialCost(null, 3)).toBe('unpriced');
    expect(formatPartialCost(1.5, 2)).toBe('$1.50+');
    expect(formatPartialCost(1.5, 0)).toBe('$1.50');
  });

  it('shortens counts, durations and percentages', () => {
    expect(formatCount(999)).toBe('999');
    expect(formatCount(4321)).toBe('4.3k');
    expect(formatCount(2_200_000)).toBe('2.2M');
    expect(formatCount(null)).toBe('—');
    expect(formatDuration(0.5)).toBe('0.50ms');
    expect(formatDuration(850)).toBe('850ms');
    expect(formatDuration(1234)).toBe('1.2s');
    expect(formatDuration(185_000)).toBe('3m05s');
    expect(formatPercent(0.004)).toBe('<1%');
    expect(formatPercent(0.25)).toBe('25%');
  });

  it('pads and cuts by code point', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('a\nb', 5)).toBe('a b');
    expect(padEnd('ab', 4)).toBe('ab  ');
    expect(padStart('ab', 4)).toBe('  ab');
    expect(padEnd('█████', 3)).toBe('██…');
  });

  it('computes nearest-rank percentiles', () => {
    expect(percentile([], 50)).toBeUndefined();
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(histogramPercentile([], 50, 20)).toBeUndefined();
    const buckets = [
      { bucket: 100, count: 90 },
      { bucket: 140, count: 10 },
    ];
    expect(histogramPercentile(buckets, 50, 20)).toBeCloseTo(Math.exp(5));
    expect(histogramPercentile(buckets, 95, 20)).toBeCloseTo(Math.exp(7));
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(95);
  });

  it('draws sparklines with gaps and a shared scale', () => {
    expect(sparkline([0, 4, 8, undefined])).toBe('▁▅█ ');
    expect(sparkline([1, 1], 2)).toBe('▅▅');
    expect(sparkline([0.5], 1, 0)).toHaveLength(1);
  });
});
