/** Nearest-rank percentile of unsorted values; `undefined` for an empty list. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/**
 * Percentile from a log-scale histogram (bucket b ≈ exp(b / perE)): the nearest-rank bucket's
 * centre value. `undefined` when the histogram is empty.
 */
export function histogramPercentile(
  buckets: readonly { bucket: number; count: number }[],
  p: number,
  perE: number,
): number | undefined {
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  if (total === 0) return undefined;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const b of [...buckets].sort((x, y) => x.bucket - y.bucket)) {
    seen += b.count;
    if (seen >= rank) return Math.exp(b.bucket / perE);
  }
  return undefined;
}
