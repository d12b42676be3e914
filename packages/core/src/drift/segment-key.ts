/** Canonical names for watched segments: `feature=support,model=gpt-4o` (dimensions sorted, values escaped). */
import type { DriftSegmentation } from './drift.types.js';

export interface WatchedSegment {
  key: string;
  segment: Record<string, string>;
}

const escapeValue = (value: string): string =>
  value.replace(/[%,=]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);

/**
 * The segment an observation falls into for one segmentation, or undefined when the observation lacks
 * one of its dimensions (a call without a feature is not part of any feature segment).
 */
export function watchedSegment(
  segmentation: DriftSegmentation,
  partitionBy: readonly string[],
  values: Readonly<Record<string, string | null | undefined>>,
): WatchedSegment | undefined {
  const segment: Record<string, string> = {};
  for (const dimension of segmentation) {
    const value = values[dimension];
    if (value === undefined || value === null || value === '') return undefined;
    segment[dimension] = value;
  }
  for (const dimension of partitionBy) {
    const value = values[dimension];
    if (value !== undefined && value !== null && value !== '') segment[dimension] = value;
  }
  const key = Object.keys(segment)
    .sort()
    .map((dimension) => `${dimension}=${escapeValue(segment[dimension]!)}`)
    .join(',');
  return { key, segment };
}
