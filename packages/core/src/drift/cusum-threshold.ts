/**
 * False-alarm calibration for a one-sided CUSUM whose increments have any distribution.
 *
 * Let Z be the per-observation increment under "no change" (E[Z] < 0) and θ > 0 the root of
 * E[exp(θZ)] = 1 (the Cramér–Lundberg exponent). Within a run started at 0, exp(θS) is a non-negative
 * martingale, so by Ville's inequality the run reaches H with probability at most exp(−θH). At most one
 * run starts per observation, hence false alarms per observation ≤ exp(−θH), whatever the shape of the
 * scores: skewed judge scores, binary labels, log-costs. No Gaussian assumption, and θ is estimated
 * from the segment's own recent history so a lumpy metric gets a higher threshold than a smooth one.
 */

/** log(mean(exp(θ·z))), computed without overflow. */
function logMeanExp(increments: ArrayLike<number>, theta: number): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < increments.length; i++) max = Math.max(max, theta * increments[i]!);
  let sum = 0;
  for (let i = 0; i < increments.length; i++) sum += Math.exp(theta * increments[i]! - max);
  return max + Math.log(sum / increments.length);
}

/** d/dθ of `logMeanExp`: the exponentially tilted mean. */
function tiltedMean(increments: ArrayLike<number>, theta: number): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < increments.length; i++) max = Math.max(max, theta * increments[i]!);
  let weights = 0;
  let weighted = 0;
  for (let i = 0; i < increments.length; i++) {
    const e = Math.exp(theta * increments[i]! - max);
    weights += e;
    weighted += e * increments[i]!;
  }
  return weighted / weights;
}

/**
 * The positive root θ of mean(exp(θ·z)) = 1. Returns 0 when no positive root exists because the
 * increments do not drift downwards (nothing can be guaranteed), and `Infinity` when no increment is
 * positive (the statistic can never grow under these data).
 */
export function cramerRoot(increments: ArrayLike<number>): number {
  const n = increments.length;
  if (n === 0) return 0;
  let mean = 0;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    mean += increments[i]!;
    max = Math.max(max, increments[i]!);
  }
  mean /= n;
  if (mean >= 0) return 0;
  if (max <= 0) return Number.POSITIVE_INFINITY;
  let variance = 0;
  for (let i = 0; i < n; i++) variance += (increments[i]! - mean) ** 2;
  variance /= n;
  // Start right of the root (the Gaussian answer, doubled until the function is positive); Newton on a
  // convex function then walks down to the root monotonically.
  let theta = variance > 0 ? (2 * -mean) / variance : 1 / max;
  for (let i = 0; i < 200 && logMeanExp(increments, theta) <= 0; i++) theta *= 2;
  for (let i = 0; i < 60; i++) {
    const value = logMeanExp(increments, theta);
    const slope = tiltedMean(increments, theta);
    if (slope <= 0) break;
    const next = theta - value / slope;
    if (!(next > 0) || Math.abs(next - theta) <= 1e-10 * theta) {
      theta = Math.max(next, Number.MIN_VALUE);
      break;
    }
    theta = next;
  }
  return theta;
}

/**
 * The CUSUM threshold H with false alarms per observation ≤ `alarmRate` under the empirical
 * distribution of `increments` (Ville's bound; the true rate is usually several times lower).
 */
export function cusumThreshold(increments: ArrayLike<number>, alarmRate: number): number {
  const theta = cramerRoot(increments);
  if (theta === 0) return Number.POSITIVE_INFINITY;
  if (theta === Number.POSITIVE_INFINITY) return 0;
  return Math.log(1 / alarmRate) / theta;
}
