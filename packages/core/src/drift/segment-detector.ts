/**
 * The change detector for one (segment, metric) stream: a weighted one-sided CUSUM against a lagged,
 * slowly forgetting baseline, with a mirrored CUSUM that decides when the segment has recovered.
 *
 * - Baseline: observations join it only after waiting in a FIFO (`lag`), and never while they belong
 *   to the CUSUM's current run, so the change being detected cannot leak into the level it is
 *   compared with. During an episode the baseline is frozen; an episode that has not recovered after
 *   `rebaselineAfter` observations ends, and its level becomes the new baseline.
 * - Increments: w̃·(bad − margin − κ), where bad = how much worse than baseline the value is, w̃ the
 *   Horvitz–Thompson weight relative to the baseline's mean weight, κ half the design change, and
 *   margin > 0 only for a young baseline (see `marginAndExponent`).
 * - Threshold: from the Cramér root of the increments over the last matured observations (see
 *   cusum-threshold.ts), so the false-alarm rate holds for skewed or binary judge scores too, raised
 *   for the uncertainty of the baseline mean.
 * - Change time: the start of the CUSUM run that crossed the threshold (the maximum-likelihood change
 *   point of the CUSUM).
 *
 * Plain data in, plain data out: the state is a JSON-serialisable object, no I/O, no clock.
 */
import { cramerRoot } from './cusum-threshold.js';
import type { DriftDirection, DriftEvent, DriftMetricSettings } from './drift.types.js';

export interface SegmentDetectorTuning {
  /** Allowed false alarms per observation for this one detector. */
  alarmRate: number;
  /** Effective baseline observations needed before the detector arms. */
  minBaseline: number;
  /** Observations waiting before they join the baseline. */
  lag: number;
  /** Half-life of the baseline, in observations. */
  halfLife: number;
  /** Matured observations kept to calibrate the threshold. */
  calibrationSize: number;
  /** Observations after which an unrecovered episode's level becomes the new baseline. */
  rebaselineAfter: number;
}

/** The threshold is re-derived after this many newly matured observations. */
const RECALIBRATE_EVERY = 128;
const RETRY_EVERY = 8;

interface Run {
  stat: number;
  start: number;
  startNs: string;
  weight: number;
  weightedRaw: number;
  count: number;
}

export interface SegmentDetectorState {
  metric: string;
  segmentKey: string;
  segment: Record<string, string>;
  count: number;
  // Baseline sums over matured observations (exponentially forgotten), on the transformed scale.
  baseWeight: number;
  baseWeightedY: number;
  baseWeightedY2: number;
  baseWeight2: number;
  baseWeightedRaw: number;
  baseCount: number;
  pendingY: number[];
  pendingW: number[];
  ringY: number[];
  ringW: number[];
  ringNext: number;
  matured: number;
  calibratedAt: number;
  // Frozen per calibration.
  level: number;
  meanWeight: number;
  kappa: number;
  margin: number;
  threshold: number;
  armed: boolean;
  run: Run;
  /** Present while an episode is open. */
  episode?: { number: number; baselineRaw: number; startedNs: string; observed: number; recovery: Run };
  episodes: number;
}

const emptyRun = (): Run => ({ stat: 0, start: 0, startNs: '0', weight: 0, weightedRaw: 0, count: 0 });

export function newSegmentDetectorState(
  metric: string,
  segmentKey: string,
  segment: Record<string, string>,
): SegmentDetectorState {
  return {
    metric,
    segmentKey,
    segment,
    count: 0,
    baseWeight: 0,
    baseWeightedY: 0,
    baseWeightedY2: 0,
    baseWeight2: 0,
    baseWeightedRaw: 0,
    baseCount: 0,
    pendingY: [],
    pendingW: [],
    ringY: [],
    ringW: [],
    ringNext: 0,
    matured: 0,
    calibratedAt: 0,
    level: 0,
    meanWeight: 1,
    kappa: 0,
    margin: 0,
    threshold: Number.POSITIVE_INFINITY,
    armed: false,
    run: emptyRun(),
    episodes: 0,
  };
}

const sign = (direction: DriftDirection): number => (direction === 'decrease' ? 1 : -1);

function toScale(settings: DriftMetricSettings, value: number): number {
  return settings.transform === 'log' ? Math.log(Math.max(value, 1e-12)) : value;
}

function fromScale(settings: DriftMetricSettings, y: number): number {
  return settings.transform === 'log' ? Math.exp(y) : y;
}

/** Half the design change on the transformed scale: the CUSUM's reference value. */
function referenceValue(settings: DriftMetricSettings, level: number): number {
  const change = settings.designChange;
  if (settings.transform === 'log') {
    return (
      Math.abs(Math.log(settings.direction === 'decrease' ? 1 - Math.min(change, 0.99) : 1 + change)) / 2
    );
  }
  return (change * Math.abs(level)) / 2;
}

function addToRun(run: Run, weight: number, raw: number): void {
  run.weight += weight;
  run.weightedRaw += weight * raw;
  run.count += 1;
}

/**
 * The baseline mean is itself an estimate, off by e ~ N(0, SE²), and the same error tilts every
 * increment of a run. With a margin m conceded on every increment (κ' = κ + m) and θ(e) ≈ θ·(1 − e/κ'),
 * averaging the false-alarm bound exp(−θ(e)·H) over e gives exp(−x + (x·SE/κ')²/2) for x = θH; x is
 * solved for the budget. A mature baseline needs no margin; a young one must concede some for x to
 * exist, and we pick the m that minimises the expected delay to detect the design change, ∝ x / (κ'(2κ − κ')).
 */
function marginAndExponent(
  standardError: number,
  kappa: number,
  logBudget: number,
): { margin: number; exponent: number } {
  const exponentFor = (reference: number): number => {
    const a = (standardError / reference) ** 2 / 2;
    const discriminant = 1 - 4 * a * logBudget;
    if (discriminant < 0) return Number.POSITIVE_INFINITY;
    return a > 0 ? (1 - Math.sqrt(discriminant)) / (2 * a) : logBudget;
  };
  let best = { margin: 0, exponent: exponentFor(kappa), cost: Number.POSITIVE_INFINITY };
  for (let step = 0; step <= 40; step++) {
    const margin = (0.9 * kappa * step) / 40;
    const exponent = exponentFor(kappa + margin);
    const cost = exponent / ((kappa + margin) * (kappa - margin));
    if (cost < best.cost) best = { margin, exponent, cost };
  }
  return best;
}

/** Re-derives level, reference value, margin and threshold from the baseline. */
function calibrate(
  state: SegmentDetectorState,
  settings: DriftMetricSettings,
  tuning: SegmentDetectorTuning,
): void {
  state.calibratedAt = state.matured;
  const effective = state.baseWeight2 > 0 ? state.baseWeight ** 2 / state.baseWeight2 : 0;
  if (
    effective < tuning.minBaseline ||
    state.ringY.length < Math.min(tuning.minBaseline, tuning.calibrationSize)
  ) {
    state.armed = false;
    return;
  }
  const level = state.baseWeightedY / state.baseWeight;
  const variance = Math.max(0, state.baseWeightedY2 / state.baseWeight - level * level);
  const direction = sign(settings.direction);
  state.level = level;
  state.meanWeight = state.baseWeight / state.baseCount;
  state.kappa = referenceValue(settings, fromScale(settings, level));
  const standardError = Math.sqrt(variance / effective);
  const { margin, exponent } = marginAndExponent(standardError, state.kappa, Math.log(1 / tuning.alarmRate));
  state.margin = margin;
  // Increments the ring's observations would have produced, plus one pseudo-observation at the worst
  // plausible value so a tail the ring has not (yet) seen still raises the threshold.
  const size = state.ringY.length;
  const increments = new Float64Array(size + 1);
  let maxWeight = 0;
  let worstBad = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < size; i++) {
    const relative = state.ringW[i]! / state.meanWeight;
    const bad = direction * (level - state.ringY[i]!);
    increments[i] = relative * (bad - state.margin - state.kappa);
    maxWeight = Math.max(maxWeight, relative);
    worstBad = Math.max(worstBad, bad);
  }
  const bound = settings.bounds?.[settings.direction === 'decrease' ? 0 : 1];
  const boundOnScale =
    bound === undefined || (settings.transform === 'log' && bound <= 0)
      ? undefined
      : toScale(settings, bound);
  // Unbounded metrics: one standard deviation beyond the worst seen, and never closer than the design
  // change, so a constant baseline (same cost every call) still gets a finite threshold.
  const worst =
    boundOnScale === undefined
      ? worstBad + Math.max(Math.sqrt(variance), 2 * state.kappa)
      : direction * (level - boundOnScale);
  increments[size] = maxWeight * (Math.max(worst, worstBad) - state.margin - state.kappa);
  const theta = cramerRoot(increments);
  state.threshold = theta === 0 ? Number.POSITIVE_INFINITY : exponent / theta;
  state.armed = Number.isFinite(state.threshold) && state.threshold > 0;
}

function mature(
  state: SegmentDetectorState,
  settings: DriftMetricSettings,
  tuning: SegmentDetectorTuning,
): void {
  const y = state.pendingY.shift()!;
  const w = state.pendingW.shift()!;
  const keep = 2 ** (-1 / tuning.halfLife);
  state.baseWeight = state.baseWeight * keep + w;
  state.baseWeightedY = state.baseWeightedY * keep + w * y;
  state.baseWeightedY2 = state.baseWeightedY2 * keep + w * y * y;
  state.baseWeight2 = state.baseWeight2 * keep + w * w;
  state.baseWeightedRaw = state.baseWeightedRaw * keep + w * fromScale(settings, y);
  state.baseCount = state.baseCount * keep + 1;
  if (state.ringY.length < tuning.calibrationSize) {
    state.ringY.push(y);
    state.ringW.push(w);
  } else {
    state.ringY[state.ringNext] = y;
    state.ringW[state.ringNext] = w;
  }
  state.ringNext = (state.ringNext + 1) % tuning.calibrationSize;
  state.matured += 1;
}

function settle(
  state: SegmentDetectorState,
  settings: DriftMetricSettings,
  tuning: SegmentDetectorTuning,
): void {
  const maxPending = 4 * tuning.lag;
  if (state.episode) {
    // Frozen baseline: keep only the most recent evidence.
    while (state.pendingY.length > maxPending) {
      state.pendingY.shift();
      state.pendingW.shift();
    }
    return;
  }
  const lag = Math.min(tuning.lag, Math.max(8, Math.floor(state.count / 2)));
  let oldest = state.count - state.pendingY.length;
  while (
    state.pendingY.length > lag &&
    (state.run.stat === 0 || oldest < state.run.start || state.pendingY.length > maxPending)
  ) {
    mature(state, settings, tuning);
    oldest += 1;
  }
  // An unarmed detector retries sooner (it may be waiting for its baseline), an armed one refreshes
  // its threshold as the baseline moves.
  const since = state.matured - state.calibratedAt;
  if (since >= (state.armed ? RECALIBRATE_EVERY : RETRY_EVERY)) calibrate(state, settings, tuning);
}

function event(
  state: SegmentDetectorState,
  settings: DriftMetricSettings,
  type: DriftEvent['type'],
  baseline: number,
  run: Run,
  atNs: bigint,
  episode: NonNullable<SegmentDetectorState['episode']>,
  reason?: 'recovered' | 'rebaselined',
): DriftEvent {
  const recent = run.weight > 0 ? run.weightedRaw / run.weight : baseline;
  return {
    type,
    segmentKey: state.segmentKey,
    segment: { ...state.segment },
    metric: state.metric,
    direction: settings.direction,
    baseline,
    recent,
    relativeDrop: baseline !== 0 ? (baseline - recent) / baseline : 0,
    evidenceCount: run.count,
    changeStartedNs: BigInt(run.startNs),
    atNs,
    episode: episode.number,
    episodeStartedNs: BigInt(episode.startedNs),
    ...(type === 'clear' ? { reason: reason ?? 'recovered' } : {}),
  };
}

/** Advances a one-sided CUSUM run by one increment; returns whether it crossed `threshold`. */
function step(run: Run, increment: number, index: number, atNs: bigint, weight: number, raw: number): void {
  if (run.stat === 0) {
    run.start = index;
    run.startNs = atNs.toString();
    run.weight = 0;
    run.weightedRaw = 0;
    run.count = 0;
  }
  run.stat = Math.max(0, run.stat + increment);
  if (run.stat > 0) addToRun(run, weight, raw);
}

/** Feeds one observation; returns the event it raised, if any. Mutates `state`. */
export function observeSegment(
  state: SegmentDetectorState,
  settings: DriftMetricSettings,
  tuning: SegmentDetectorTuning,
  value: number,
  weight: number,
  atNs: bigint,
): DriftEvent | undefined {
  const y = toScale(settings, value);
  const index = state.count;
  state.count += 1;
  state.pendingY.push(y);
  state.pendingW.push(weight);
  let raised: DriftEvent | undefined;
  if (state.armed) {
    const relative = weight / state.meanWeight;
    const bad = sign(settings.direction) * (state.level - y);
    const episode = state.episode;
    if (!episode) {
      step(state.run, relative * (bad - state.margin - state.kappa), index, atNs, weight, value);
      if (state.run.stat >= state.threshold) {
        state.episodes += 1;
        const baselineRaw = state.baseWeightedRaw / state.baseWeight;
        state.episode = {
          number: state.episodes,
          baselineRaw,
          startedNs: state.run.startNs,
          observed: 0,
          recovery: emptyRun(),
        };
        raised = event(state, settings, 'alert', baselineRaw, state.run, atNs, state.episode);
      }
    } else {
      // Evidence that the level is nearer the baseline than the changed level.
      step(episode.recovery, relative * (state.kappa - bad), index, atNs, weight, value);
      if (episode.recovery.stat >= state.threshold) {
        raised = event(state, settings, 'clear', episode.baselineRaw, episode.recovery, atNs, episode);
        // What came before the recovery belongs to the episode, not to the baseline.
        const dropUntil = episode.recovery.start - (state.count - state.pendingY.length);
        state.pendingY.splice(0, Math.max(0, dropUntil));
        state.pendingW.splice(0, Math.max(0, dropUntil));
        delete state.episode;
        state.run = emptyRun();
      } else if (++episode.observed >= tuning.rebaselineAfter) {
        raised = rebaseline(state, settings, episode, atNs);
      }
    }
  }
  settle(state, settings, tuning);
  return raised;
}

/**
 * Ends an episode that never recovered: the changed level is the segment's new normal (a new model,
 * a new prompt). Its alert is cleared as `rebaselined` and the detector starts over from the recent
 * observations, so a further drop from here is caught instead of hidden in the open episode.
 */
function rebaseline(
  state: SegmentDetectorState,
  settings: DriftMetricSettings,
  episode: NonNullable<SegmentDetectorState['episode']>,
  atNs: bigint,
): DriftEvent {
  const recent = emptyRun();
  recent.startNs = episode.startedNs;
  for (let i = 0; i < state.pendingY.length; i++) {
    addToRun(recent, state.pendingW[i]!, fromScale(settings, state.pendingY[i]!));
  }
  const cleared = event(state, settings, 'clear', episode.baselineRaw, recent, atNs, episode, 'rebaselined');
  state.baseWeight = 0;
  state.baseWeightedY = 0;
  state.baseWeightedY2 = 0;
  state.baseWeight2 = 0;
  state.baseWeightedRaw = 0;
  state.baseCount = 0;
  state.ringY = [];
  state.ringW = [];
  state.ringNext = 0;
  state.calibratedAt = state.matured;
  state.armed = false;
  state.threshold = Number.POSITIVE_INFINITY;
  state.run = emptyRun();
  delete state.episode;
  return cleared;
}
