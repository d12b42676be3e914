/** Drift detection: per-segment quality, cost and latency change detectors with a controlled false-alarm rate. */
export type {
  DriftDirection,
  DriftEvent,
  DriftMetricSettings,
  DriftObservation,
  DriftSegmentation,
} from './drift.types.js';
export {
  createDriftDetector,
  DEFAULT_DRIFT_SEGMENTATIONS,
  DRIFT_COST_PER_CALL,
  DRIFT_LATENCY_PER_CALL,
  type DriftDetector,
  type DriftDetectorOptions,
  driftMetricSettings,
} from './drift-detector.js';
export {
  createDriftMonitor,
  type DriftAlert,
  type DriftDimension,
  type DriftMonitor,
  type DriftMonitorOptions,
} from './drift-monitor.js';
