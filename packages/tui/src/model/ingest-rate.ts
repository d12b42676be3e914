/** Spans per second from successive (time, max seq) samples: the rate at which spans are committed. */
export interface SeqSample {
  atMs: number;
  maxSeq: number;
}

export const RATE_WINDOW_MS = 10_000;

/** Keeps samples of the last window (plus one older, as the baseline). */
export function addSample(samples: readonly SeqSample[], sample: SeqSample): SeqSample[] {
  const next = [...samples, sample];
  while (next.length > 2 && next[1]!.atMs <= sample.atMs - RATE_WINDOW_MS) next.shift();
  return next;
}

/** `undefined` until two samples at least a second apart exist. */
export function spansPerSecond(samples: readonly SeqSample[]): number | undefined {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last || last.atMs - first.atMs < 1000) return undefined;
  return Math.max(0, (last.maxSeq - first.maxSeq) / ((last.atMs - first.atMs) / 1000));
}
