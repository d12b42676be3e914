/**
 * The pure, deterministic drift detector core: observations in, alert/clear events out, no I/O.
 *
 * Every observation is fanned out to one detector per configured segmentation (feature, user
 * segment, model, agent, combinations), keyed by segment and metric. The false-alarm budget is a
 * rate over the whole stream: `falseAlarmsPer10k` alarms per 10,000 observations across every
 * segment. Each observation feeds at most D detectors (D = number of segmentations), so each detector
 * gets 1/D of the budget per observation it sees; summed over all segments, expected false alarms per
 * observation stay within the budget however many segments exist (a Bonferroni split of a rate, which
 * is not conservative in the number of segments, only in D).
 */
import type { DriftEvent, DriftMetricSettings, DriftObservation, DriftSegmentation } from './drift.types.js';
import {
  newSegmentDetectorState,
  observeSegment,
  type SegmentDetectorState,
  type SegmentDetectorTuning,
} from './segment-detector.js';
import { watchedSegment } from './segment-key.js';

export const DEFAULT_DRIFT_SEGMENTATIONS: readonly DriftSegmentation[] = [
  ['feature'],
  ['userSegment'],
  ['model'],
  ['agent'],
];

/** Metric names the monitor derives from model-call spans. */
export const DRIFT_COST_PER_CALL = 'cost_per_call';
export const DRIFT_LATENCY_PER_CALL = 'latency_per_call';

const QUALITY: DriftMetricSettings = {
  direction: 'decrease',
  designChange: 0.2,
  transform: 'identity',
  bounds: [0, 1],
};
const PER_CALL: DriftMetricSettings = { direction: 'increase', designChange: 0.5, transform: 'log' };

/** Settings for a metric: judge scores watch for drops of 20 %, cost and latency for rises of 50 %. */
export function driftMetricSettings(
  metric: string,
  overrides: Readonly<Record<string, Partial<DriftMetricSettings>>> = {},
): DriftMetricSettings {
  const base = metric === DRIFT_COST_PER_CALL || metric === DRIFT_LATENCY_PER_CALL ? PER_CALL : QUALITY;
  return { ...base, ...overrides[metric] } as DriftMetricSettings;
}

export interface DriftDetectorOptions {
  /** Dimension lists to watch. Default: feature, userSegment, model, agent (each alone). */
  segmentations?: readonly DriftSegmentation[];
  /** Dimensions that always split streams when present (e.g. `judge`: never mix two judges' scales). */
  partitionBy?: readonly string[];
  metrics?: Readonly<Record<string, Partial<DriftMetricSettings>>>;
  /** Target false alarms per 10,000 observations, across all segments. Default 1. */
  falseAlarmsPer10k?: number;
  /** Effective baseline observations before a segment is watched. Default 100. */
  minBaseline?: number;
  /** Observations that wait before joining the baseline. Default 256. */
  lag?: number;
  /** Baseline half-life in observations. Default 4096. */
  halfLife?: number;
  /** Matured observations used to calibrate each threshold. Default 512. */
  calibrationSize?: number;
  /** Observations after which an episode that has not recovered becomes the new baseline. Default 4 × lag. */
  rebaselineAfter?: number;
}

export interface DriftDetector {
  /** Feeds one observation; returns the alerts and clears it raised. Invalid values are ignored. */
  observe(observation: DriftObservation): DriftEvent[];
  /** JSON state of every detector changed since the last call (for persistence). */
  takeChanged(): Array<{ key: string; state: string }>;
  /** Loads a detector's state saved by `takeChanged`. */
  restore(key: string, state: string): void;
  /** Segments with an open episode. */
  openEpisodes(): Array<{ key: string; metric: string; segmentKey: string; episode: number }>;
  /** Number of (segment, metric) detectors. */
  readonly size: number;
}

export function createDriftDetector(options: DriftDetectorOptions = {}): DriftDetector {
  const segmentations = options.segmentations ?? DEFAULT_DRIFT_SEGMENTATIONS;
  const partitionBy = options.partitionBy ?? [];
  const falseAlarmsPer10k = options.falseAlarmsPer10k ?? 1;
  const tuning: SegmentDetectorTuning = {
    alarmRate: falseAlarmsPer10k / 10_000 / Math.max(1, segmentations.length),
    minBaseline: options.minBaseline ?? 100,
    lag: options.lag ?? 256,
    halfLife: options.halfLife ?? 4096,
    calibrationSize: options.calibrationSize ?? 512,
    rebaselineAfter: options.rebaselineAfter ?? 4 * (options.lag ?? 256),
  };
  const settingsCache = new Map<string, DriftMetricSettings>();
  const settingsFor = (metric: string): DriftMetricSettings => {
    let settings = settingsCache.get(metric);
    if (!settings) {
      settings = driftMetricSettings(metric, options.metrics);
      settingsCache.set(metric, settings);
    }
    return settings;
  };
  const detectors = new Map<string, SegmentDetectorState>();
  const changed = new Set<string>();

  return {
    observe(observation) {
      const { metric, value, atNs } = observation;
      const weight =
        observation.weight !== undefined && Number.isFinite(observation.weight) && observation.weight > 0
          ? observation.weight
          : 1;
      if (!Number.isFinite(value)) return [];
      const settings = settingsFor(metric);
      if (settings.transform === 'log' && value <= 0) return [];
      const events: DriftEvent[] = [];
      for (const segmentation of segmentations) {
        const watched = watchedSegment(segmentation, partitionBy, observation.segment);
        if (!watched) continue;
        const key = `${metric}|${watched.key}`;
        let state = detectors.get(key);
        if (!state) {
          state = newSegmentDetectorState(metric, watched.key, watched.segment);
          detectors.set(key, state);
        }
        changed.add(key);
        const event = observeSegment(state, settings, tuning, value, weight, atNs);
        if (event) events.push(event);
      }
      return events;
    },
    takeChanged() {
      const out: Array<{ key: string; state: string }> = [];
      for (const key of changed) {
        const state = detectors.get(key);
        if (state) out.push({ key, state: JSON.stringify(state) });
      }
      changed.clear();
      return out;
    },
    restore(key, text) {
      const state = JSON.parse(text) as SegmentDetectorState;
      // JSON has no Infinity: an unarmed detector's threshold comes back as null.
      if (typeof state.threshold !== 'number') state.threshold = Number.POSITIVE_INFINITY;
      detectors.set(key, state);
    },
    openEpisodes() {
      const open: Array<{ key: string; metric: string; segmentKey: string; episode: number }> = [];
      for (const [key, state] of detectors) {
        if (state.episode) {
          open.push({
            key,
            metric: state.metric,
            segmentKey: state.segmentKey,
            episode: state.episode.number,
          });
        }
      }
      return open;
    },
    get size() {
      return detectors.size;
    },
  };
}
