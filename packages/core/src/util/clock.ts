/** Wall-clock time in epoch milliseconds with sub-millisecond precision. Injected everywhere for tests. */
export type Clock = () => number;

const origin = performance.timeOrigin;

export const systemClock: Clock = () => origin + performance.now();

/** Epoch ms (float) → integer nanoseconds, exact to the microsecond. */
export function msToNs(ms: number): bigint {
  return BigInt(Math.round(ms * 1000)) * 1000n;
}
