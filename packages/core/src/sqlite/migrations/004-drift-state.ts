/** Migration 7: drift detector state and read cursors, so detection survives restarts. */
import type { Migration } from './migration.js';

export const driftStateMigration: Migration = {
  version: 4,
  name: 'drift-state',
  up: `
CREATE TABLE drift_state (
  monitor      TEXT NOT NULL,
  detector_key TEXT NOT NULL,
  state        TEXT NOT NULL,
  updated_ns   INTEGER NOT NULL,
  PRIMARY KEY (monitor, detector_key)
) WITHOUT ROWID;

CREATE TABLE drift_cursors (
  monitor    TEXT NOT NULL,
  stream     TEXT NOT NULL,
  last_id    INTEGER NOT NULL,
  updated_ns INTEGER NOT NULL,
  PRIMARY KEY (monitor, stream)
) WITHOUT ROWID;
`,
};
