/** Shapes shared by the drift detector core (pure) and the SQLite-backed monitor. */

/** Which way is bad: quality scores degrade downwards, cost and latency upwards. */
export type DriftDirection = 'decrease' | 'increase';

/** How a metric is watched. */
export interface DriftMetricSettings {
  direction: DriftDirection;
  /**
   * The relative change the detector is tuned to catch fastest (0.2 = a 20 % drop, 0.5 = +50 %).
   * Smaller changes are still caught, more slowly; much smaller ones are treated as noise.
   */
  designChange: number;
  /** `log` for positive, skewed quantities (cost, latency): the change is then a ratio. */
  transform: 'identity' | 'log';
  /** Known value range (judge scores: [0, 1]); lets the false-alarm calibration assume the worst tail. */
  bounds?: readonly [number, number];
}

/** One sampled judgment (or one model call for cost/latency). */
export interface DriftObservation {
  /** Dimension values of the call, e.g. `{ feature: 'support', model: 'gpt-4o-2024-08-06' }`. */
  segment: Readonly<Record<string, string | null | undefined>>;
  metric: string;
  value: number;
  /** 1 / sampling probability (Horvitz–Thompson); 1 when every call is observed. */
  weight?: number;
  atNs: bigint;
}

export interface DriftEvent {
  type: 'alert' | 'clear';
  /** Canonical name of the watched segment, e.g. `feature=support,model=gpt-4o`. */
  segmentKey: string;
  segment: Readonly<Record<string, string>>;
  metric: string;
  direction: DriftDirection;
  /** Weighted mean before the change (raw units: score, USD, ms). */
  baseline: number;
  /** Weighted mean since the change began (for `clear`: since the recovery began). */
  recent: number;
  /** (baseline − recent) / baseline; negative when the metric went up (cost, latency). */
  relativeDrop: number;
  /** Observations since the change (or the recovery) most likely began. */
  evidenceCount: number;
  /** When the change (or the recovery) most likely began: the start of the detector's current run. */
  changeStartedNs: bigint;
  /** Time of the observation that raised the event. */
  atNs: bigint;
  /** 1 for the first episode of this segment and metric, then 2, … */
  episode: number;
  /** `changeStartedNs` of the episode's alert (identifies the episode a `clear` ends). */
  episodeStartedNs: bigint;
  /** Why a `clear` ended the episode: the level came back, or it lasted and became the new baseline. */
  reason?: 'recovered' | 'rebaselined';
}

/** A dimension list to watch: `['feature']`, or a combination such as `['feature', 'model']`. */
export type DriftSegmentation = readonly string[];
