/**
 * Deterministic per-trace judge sampling. The same trace always gets the same decision, in every
 * process, and raising the rate keeps every trace sampled at the lower rate (u < r is monotone in r).
 * Errors and truncated or filtered answers are always sampled.
 */
import { createHash } from 'node:crypto';

export type JudgeSamplingReason = 'rate' | 'error' | 'finish_reason' | 'feedback';

export interface JudgeSamplingDecision {
  probability: number;
  reason: JudgeSamplingReason;
}

const ALWAYS_JUDGED_FINISH = new Set(['length', 'content_filter', 'content-filter']);

/** The trace's position in [0, 1): the first 52 bits of SHA-256 of the id. */
export function traceSampleValue(traceId: string): number {
  const digest = createHash('sha256').update(traceId).digest();
  return (digest.readUIntBE(0, 6) * 16 + (digest[6]! >> 4)) / 2 ** 52;
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
