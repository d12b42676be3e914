/**
 * Deterministic per-trace judge sampling. The same trace always gets the same decision, in every
 * process, and raising the rate keeps every trace sampled at the lower rate (u < r is monotone in r).
 * Errors and truncated or filtered answers are always sampled.
 */
export type JudgeSamplingReason = 'rate' | 'error' | 'finish_reason' | 'feedback';

export interface JudgeSamplingDecision {
  probability: number;
  reason: JudgeSamplingReason;
}

const ALWAYS_JUDGED_FINISH = new Set(['length', 'content_filter', 'content-filter']);

/**
 * The trace's position in [0, 1): two independent 32-bit FNV-1a hashes of the id (with a final
 * avalanche), combined into 52 bits. Cheap enough to run for every span, stable across processes.
 */
export function traceSampleValue(traceId: string): number {
  let high = 0x811c9dc5;
  let low = 0x050c5d1f;
  for (let i = 0; i < traceId.length; i++) {
    const code = traceId.charCodeAt(i);
    high = Math.imul(high ^ code, 0x01000193);
    low = Math.imul(low ^ code, 0x01000193) ^ (high >>> 13);
  }
  high = avalanche(high);
  low = avalanche(low ^ high);
  return ((high >>> 0) * 2 ** 20 + ((low >>> 0) >>> 12)) / 2 ** 52;
}

function avalanche(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export function decideJudgeSampling(
  span: { traceId: string; status: string; finishReason?: string },
  rate: number,
): JudgeSamplingDecision | undefined {
  if (span.status === 'error') return { probability: 1, reason: 'error' };
  if (span.finishReason && ALWAYS_JUDGED_FINISH.has(span.finishReason))
    return { probability: 1, reason: 'finish_reason' };
  const clamped = Math.min(1, Math.max(0, rate));
  return traceSampleValue(span.traceId) < clamped ? { probability: clamped, reason: 'rate' } : undefined;
}
