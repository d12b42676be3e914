/** How a drift event reads in the `alerts` table: dedupe key (one per episode), level, message, details. */

import type { DriftEvent, DriftMetricSettings } from './drift.types.js';
import { driftMetricSettings } from './drift-detector.js';

export interface DriftAlertText {
  dedupeKey: string;
  level: 'warning' | 'critical';
  message: string;
  /** JSON for `alerts.details`; nanoseconds as strings. */
  details: string;
}

function formatLevel(metric: string, value: number): string {
  if (metric === 'cost_per_call') return `$${value.toPrecision(3)}`;
  if (metric === 'latency_per_call') return `${Math.round(value)} ms`;
  return value.toFixed(2);
}

function isoTime(ns: bigint): string {
  const ms = Number(ns / 1_000_000n);
  return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : String(ns);
}

export function describeDriftEvent(
  event: DriftEvent,
  metricSettings?: Readonly<Record<string, Partial<DriftMetricSettings>>>,
): DriftAlertText {
  const settings = driftMetricSettings(event.metric, metricSettings);
  const dedupeKey = `drift:${event.metric}:${event.segmentKey}:${event.episode}:${event.episodeStartedNs}`;
  const change = Math.abs(event.relativeDrop);
  const verb = event.relativeDrop >= 0 ? 'dropped' : 'rose';
  const unit =
    event.metric === 'cost_per_call' || event.metric === 'latency_per_call' ? 'calls' : 'judgments';
  const since = isoTime(event.changeStartedNs);
  const message =
    event.type === 'clear' && event.reason === 'rebaselined'
      ? `${event.metric} stayed ${Math.round(change * 100)}% ${event.relativeDrop >= 0 ? 'lower' : 'higher'} in ` +
        `${event.segmentKey} over ${event.evidenceCount} ${unit}: ${formatLevel(event.metric, event.recent)} ` +
        `is now its baseline (was ${formatLevel(event.metric, event.baseline)})`
      : event.type === 'alert'
        ? `${event.metric} ${verb} ${Math.round(change * 100)}% in ${event.segmentKey}: ` +
          `${formatLevel(event.metric, event.baseline)} → ${formatLevel(event.metric, event.recent)} ` +
          `over ${event.evidenceCount} ${unit} since ${since}`
        : `${event.metric} recovered in ${event.segmentKey}: ${formatLevel(event.metric, event.recent)} ` +
          `(baseline ${formatLevel(event.metric, event.baseline)}) since ${since}`;
  const details = JSON.stringify({
    segmentKey: event.segmentKey,
    segment: event.segment,
    metric: event.metric,
    direction: event.direction,
    baseline: event.baseline,
    recent: event.recent,
    relativeDrop: event.relativeDrop,
    evidenceCount: event.evidenceCount,
    changeStartedNs: event.changeStartedNs.toString(),
    episode: event.episode,
    ...(event.reason ? { reason: event.reason } : {}),
  });
  return {
    dedupeKey,
    level: change >= 2 * settings.designChange ? 'critical' : 'warning',
    message,
    details,
  };
}
