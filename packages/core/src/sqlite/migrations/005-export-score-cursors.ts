/**
 * Migration 5: how far each OTLP destination has received judge scores. A score written after its
 * span was exported is sent on the next export as a small evaluation span under the judged span.
 */
import type { Migration } from './migration.js';

export const exportScoreCursorsMigration: Migration = {
  version: 5,
  name: 'export-score-cursors',
  up: `
CREATE TABLE export_score_cursors (
  destination   TEXT PRIMARY KEY,
  last_score_id INTEGER NOT NULL,
  updated_ns    INTEGER NOT NULL
);
`,
};
