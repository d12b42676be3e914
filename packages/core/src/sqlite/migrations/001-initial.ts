/** Migration 1: spans, scores, feedback, alerts, export cursors, audit, sessions, meta. */
import type { Migration } from './migration.js';

export const initialMigration: Migration = {
  version: 1,
  name: 'initial',
  up: `
CREATE TABLE spans (
  seq                INTEGER PRIMARY KEY AUTOINCREMENT,
  span_id            TEXT NOT NULL UNIQUE,
  trace_id           TEXT NOT NULL,
  parent_span_id     TEXT,
  kind               TEXT NOT NULL,
  name               TEXT NOT NULL,
  agent              TEXT,
  session_id         TEXT,
  user_id            TEXT,
  feature            TEXT,
  tags               TEXT,
  status             TEXT NOT NULL,
  error              TEXT,
  start_ns           INTEGER NOT NULL,
  end_ns             INTEGER NOT NULL,
  first_token_ns     INTEGER,
  provider           TEXT,
  request_model      TEXT,
  response_model     TEXT,
  input_tokens       INTEGER,
  output_tokens      INTEGER,
  cache_read_tokens  INTEGER,
  cache_write_tokens INTEGER,
  reasoning_tokens   INTEGER,
  cost_usd           REAL,
  price_version      TEXT,
  finish_reason      TEXT,
  input              TEXT,
  output             TEXT,
  attributes         TEXT,
  pii_counts         TEXT,
  judge_sample       REAL,
  judge_reason       TEXT,
  key_id             TEXT
);
CREATE INDEX spans_trace ON spans (trace_id);
CREATE INDEX spans_start ON spans (start_ns);
CREATE INDEX spans_session ON spans (session_id, start_ns) WHERE session_id IS NOT NULL;
-- What the dashboard aggregates, covered, for model calls only.
CREATE INDEX spans_llm_cover ON spans (start_ns, agent, feature, user_id, response_model, input_tokens,
  output_tokens, cost_usd, end_ns, first_token_ns, status) WHERE kind = 'llm';

CREATE TABLE scores (
  id                   INTEGER PRIMARY KEY AUTOINCREMENT,
  trace_id             TEXT NOT NULL,
  span_id              TEXT,
  metric               TEXT NOT NULL,
  value                REAL NOT NULL,
  judge                TEXT NOT NULL,
  explanation          TEXT,
  evidence             TEXT,
  sampling_reason      TEXT,
  sampling_probability REAL,
  agent                TEXT,
  feature              TEXT,
  user_id              TEXT,
  response_model       TEXT,
  created_ns           INTEGER NOT NULL,
  UNIQUE (span_id, metric, judge)
);
CREATE INDEX scores_trace ON scores (trace_id);
CREATE INDEX scores_created ON scores (created_ns);

CREATE TABLE feedback (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  trace_id   TEXT NOT NULL,
  score      REAL NOT NULL,
  comment    TEXT,
  user_id    TEXT,
  created_ns INTEGER NOT NULL
);
CREATE INDEX feedback_trace ON feedback (trace_id);

CREATE TABLE alerts (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  kind            TEXT NOT NULL,
  scope           TEXT NOT NULL,
  level           TEXT NOT NULL,
  message         TEXT NOT NULL,
  details         TEXT,
  dedupe_key      TEXT NOT NULL UNIQUE,
  created_ns      INTEGER NOT NULL,
  acknowledged_ns INTEGER,
  cleared_ns      INTEGER
);
CREATE INDEX alerts_created ON alerts (created_ns);

CREATE TABLE export_cursors (
  destination TEXT PRIMARY KEY,
  last_seq    INTEGER NOT NULL,
  updated_ns  INTEGER NOT NULL
);

CREATE TABLE audit (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  action     TEXT NOT NULL,
  actor      TEXT NOT NULL,
  trace_id   TEXT,
  reason     TEXT,
  details    TEXT,
  created_ns INTEGER NOT NULL
);

CREATE TABLE sessions (
  session_id TEXT PRIMARY KEY,
  legal_hold INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE writer_stats (
  pid            INTEGER PRIMARY KEY,
  started_ns     INTEGER NOT NULL,
  updated_ns     INTEGER NOT NULL,
  spans_written  INTEGER NOT NULL DEFAULT 0,
  spans_dropped  INTEGER NOT NULL DEFAULT 0,
  spans_evicted  INTEGER NOT NULL DEFAULT 0,
  internal_errors INTEGER NOT NULL DEFAULT 0,
  lag_ms         REAL
);
`,
};
