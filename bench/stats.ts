/** Small helpers shared by the benchmarks. */
import { readFileSync } from 'node:fs';
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function fixed(value: number, digits = 2): string {
  return value.toFixed(digits);
}

/**
 * CPU time the calling process's main thread has run, in µs, from Linux's per-thread schedstat
 * (nanosecond resolution). Unlike wall-clock time it does not grow when the writer worker or another
 * process competes for the same cores. `undefined` where /proc is not available.
 */
export function mainThreadCpuUs(): number | undefined {
  try {
    const text = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8');
    return Number(text.split(' ')[0]) / 1000;
  } catch {
    return undefined;
  }
}

/** CPU time of the whole process (every thread), in µs. */
export function processCpuUs(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}
