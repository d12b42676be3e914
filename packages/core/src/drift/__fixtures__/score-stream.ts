/**
 * Seeded synthetic judge-score streams for drift tests and the drift bench.
 *
 * A judged call is either fine (score near 1: half exactly 1.0, the rest spread over 0.6–1) or a
 * failure (score spread over 0–0.5, mean 0.2). Calls that errored are always judged (p = 1, weight 1)
 * and are failures; the rest are judged at the sampling rate (weight 1/rate). A "drop of r" turns a
 * share q of the fine calls into failures, with q chosen so the population mean falls by r.
 * Some segments use a 4-point (0, ⅓, ⅔, 1) judge, the rest a continuous one.
 */

/** Small, fast, seeded PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ScoreProfile {
  /** Share of non-error calls that are fine. */
  fine: number;
  /** Share of calls that error (always judged). */
  errorRate: number;
  /** Judge sampling probability for the other calls. */
  samplingRate: number;
  /** 4-point judge instead of a continuous one. */
  likert: boolean;
}

export interface JudgedCall {
  value: number;
  weight: number;
}

// Exact means of the two score distributions, continuous and snapped to thirds.
const CONTINUOUS = { fine: 0.5 + 0.5 * (0.6 + 0.4 / 1.7), failure: 0.5 / 2.5 };
const LOW_THIRD = ((5 / 6 - 0.6) / 0.4) ** (1 / 0.7);
const LIKERT = { fine: 0.5 + 0.5 * ((LOW_THIRD * 2) / 3 + (1 - LOW_THIRD)), failure: (1 - (1 / 3) ** (2 / 3)) / 3 };

export interface JudgeStream {
  /** The next *sampled* judgment; `degraded` is the share of fine calls turned into failures. */
  next(degraded?: number): JudgedCall;
  /** Share of fine calls to degrade for a relative drop `drop` of the population mean. */
  degradedShareFor(drop: number): number;
  /** Population mean (what a Horvitz–Thompson estimate converges to), approximately. */
  readonly populationMean: number;
}

export function createJudgeStream(random: () => number, profile: ScoreProfile): JudgeStream {
  const snap = (score: number) => (profile.likert ? Math.round(score * 3) / 3 : score);
  const fineScore = () => snap(random() < 0.5 ? 1 : 0.6 + 0.4 * random() ** 0.7);
  const failureScore = () => snap(0.5 * random() ** 1.5);
  const means = profile.likert ? LIKERT : CONTINUOUS;
  const nonErrorMean = profile.fine * means.fine + (1 - profile.fine) * means.failure;
  const populationMean = (1 - profile.errorRate) * nonErrorMean + profile.errorRate * means.failure;
  return {
    populationMean,
    degradedShareFor(drop) {
      return (drop * populationMean) / ((1 - profile.errorRate) * profile.fine * (means.fine - means.failure));
    },
    next(degraded = 0) {
      for (;;) {
        if (random() < profile.errorRate) return { value: failureScore(), weight: 1 };
        if (random() >= profile.samplingRate) continue;
        const fine = random() < profile.fine && random() >= degraded;
        return { value: fine ? fineScore() : failureScore(), weight: 1 / profile.samplingRate };
      }
    },
  };
}

/** A varied but reproducible profile for segment number `index`. */
export function profileFor(index: number): ScoreProfile {
  const random = seededRandom(1000 + index);
  return {
    fine: 0.75 + 0.2 * random(),
    errorRate: 0.01 + 0.04 * random(),
    samplingRate: [0.1, 0.15, 0.2][index % 3]!,
    likert: index % 2 === 1,
  };
}
