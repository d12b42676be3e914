/**
 * Drift detection over the SQLite file: `scan(db)` reads the scores and model-call spans committed
 * since its cursor, feeds them to the detector core, records alerts (once per episode) and clears,
 * and persists the detectors' state with the cursor in the same transaction, so a restart resumes
 * exactly where the last scan stopped. Meant for the writer connection, after commits.
 *
 * Steps of a scan:
 *   1. open an IMMEDIATE transaction; reload state if another process advanced the cursor
 *   2. scores after the cursor → observations (weight 1/sampling probability, split by judge)
 *   3. `llm` spans after the cursor → cost per call and latency per call (weight 1)
 *   4. alerts: INSERT OR IGNORE on dedupe_key; clears: set cleared_ns
 *   5. save changed detector states and both cursors; commit
 */
import type { Database } from '../sqlite/database.js';
import { type Clock, msToNs, systemClock } from '../util/clock.js';
import { describeDriftEvent } from './describe-drift-event.js';
import type { DriftEvent, DriftMetricSettings, DriftObservation } from './drift.types.js';
import {
  createDriftDetector,
  DRIFT_COST_PER_CALL,
  DRIFT_LATENCY_PER_CALL,
  type DriftDetector,
  type DriftDetectorOptions,
} from './drift-detector.js';

/** Dimensions a monitor can segment by. `userSegment` is the `segment:` tag, else the mapped or raw user id. */
export type DriftDimension = 'feature' | 'userSegment' | 'user' | 'model' | 'agent';

export interface DriftMonitorOptions
  extends Pick<
    DriftDetectorOptions,
    'falseAlarmsPer10k' | 'minBaseline' | 'lag' | 'halfLife' | 'calibrationSize' | 'rebaselineAfter'
  > {
  /** Segments to watch: a dimension or a combination. Default: feature, userSegment, model, agent. */
  segments?: ReadonlyArray<DriftDimension | readonly DriftDimension[]>;
  /** Score metrics to watch (e.g. `['faithfulness']`). Default: every metric found. */
  metrics?: readonly string[];
  /** Per-metric overrides (direction, design change, transform, bounds). */
  metricSettings?: Readonly<Record<string, Partial<DriftMetricSettings>>>;
  /** Watch cost per model call. Default true. */
  costPerCall?: boolean;
  /** Watch latency per successful model call. Default true. */
  latencyPerCall?: boolean;
  /** Only scores sampled for these reasons count (e.g. `['rate']`). Default: all, weighted 1/p. */
  samplingReasons?: readonly string[];
  /** Tag prefix naming a user segment: a span tagged `segment:enterprise` is in segment `enterprise`. */
  segmentTag?: string;
  /** Maps a user id to its segment when no tag names one (e.g. a plan lookup). Default: the id itself. */
  userSegmentOf?: (userId: string) => string | undefined;
  /** Several monitors with different settings can share a file under different names. */
  name?: string;
  clock?: Clock;
  /** Rows read per query. Default 5000. */
  batchSize?: number;
  /** Internal errors; `scan` never throws. */
  onError?: (error: unknown) => void;
}

/** A raised drift alert; structurally also the writer's `WrittenAlert` (kind, scope, level, message, details). */
export interface DriftAlert extends DriftEvent {
  type: 'alert';
  kind: 'drift';
  /** The segment key, as stored in `alerts.scope`. */
  scope: string;
  /** What `alerts.details` holds, parsed. */
  details: Record<string, unknown>;
  /** Row id in `alerts`. */
  id: number;
  dedupeKey: string;
  level: 'warning' | 'critical';
  message: string;
}

export interface DriftMonitor {
  /** Processes rows committed since the last scan; returns the alerts raised by this scan. Never throws. */
  scan(db: Database): DriftAlert[];
}

const DEFAULT_SEGMENTS: readonly DriftDimension[] = ['feature', 'userSegment', 'model', 'agent'];

interface ScoreRow {
  id: bigint;
  metric: string;
  value: number;
  judge: string;
  sampling_reason: string | null;
  sampling_probability: number | null;
  agent: string | null;
  feature: string | null;
  user_id: string | null;
  model: string | null;
  tags: string | null;
  at_ns: bigint;
}

interface SpanCallRow {
  seq: bigint;
  agent: string | null;
  feature: string | null;
  user_id: string | null;
  tags: string | null;
  model: string | null;
  cost_usd: number | null;
  status: string;
  start_ns: bigint;
  end_ns: bigint;
}

function parseTags(tags: string | null): string[] {
  if (!tags) return [];
  try {
    const parsed: unknown = JSON.parse(tags);
    return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return tags.split(',').map((t) => t.trim());
  }
}

export function createDriftMonitor(options: DriftMonitorOptions = {}): DriftMonitor {
  const monitorName = options.name ?? 'default';
  const clock = options.clock ?? systemClock;
  const batchSize = options.batchSize ?? 5000;
  const segmentTag = options.segmentTag ?? 'segment';
  const watchedMetrics = options.metrics ? new Set(options.metrics) : undefined;
  const reasons = options.samplingReasons ? new Set(options.samplingReasons) : undefined;
  const detectorOptions: DriftDetectorOptions = {
    segmentations: (options.segments ?? DEFAULT_SEGMENTS).map((s) => (typeof s === 'string' ? [s] : [...s])),
    partitionBy: ['judge'],
    ...(options.metricSettings ? { metrics: options.metricSettings } : {}),
    ...(options.falseAlarmsPer10k !== undefined ? { falseAlarmsPer10k: options.falseAlarmsPer10k } : {}),
    ...(options.minBaseline !== undefined ? { minBaseline: options.minBaseline } : {}),
    ...(options.lag !== undefined ? { lag: options.lag } : {}),
    ...(options.halfLife !== undefined ? { halfLife: options.halfLife } : {}),
    ...(options.calibrationSize !== undefined ? { calibrationSize: options.calibrationSize } : {}),
    ...(options.rebaselineAfter !== undefined ? { rebaselineAfter: options.rebaselineAfter } : {}),
  };

  let detector: DriftDetector | undefined;
  let cursor = { scores: -1n, spans: -1n };

  const userSegment = (userId: string | null, tags: string | null): string | undefined => {
    for (const tag of parseTags(tags)) {
      for (const separator of [':', '=']) {
        const prefix = `${segmentTag}${separator}`;
        if (tag.startsWith(prefix) && tag.length > prefix.length) return tag.slice(prefix.length);
      }
    }
    if (userId === null) return undefined;
    return options.userSegmentOf ? options.userSegmentOf(userId) : userId;
  };

  const segmentOf = (row: {
    agent: string | null;
    feature: string | null;
    user_id: string | null;
    model: string | null;
    tags: string | null;
  }): Record<string, string | undefined> => ({
    feature: row.feature ?? undefined,
    user: row.user_id ?? undefined,
    userSegment: userSegment(row.user_id, row.tags),
    model: row.model ?? undefined,
    agent: row.agent ?? undefined,
  });

  function load(db: Database, stored: { scores: bigint; spans: bigint }): void {
    detector = createDriftDetector(detectorOptions);
    const rows = db
      .prepare('SELECT detector_key, state FROM drift_state WHERE monitor = ?')
      .all(monitorName) as Array<{ detector_key: string; state: string }>;
    for (const row of rows) detector.restore(row.detector_key, row.state);
    cursor = { ...stored };
  }

  function readCursors(db: Database): { scores: bigint; spans: bigint } {
    const rows = db
      .prepare('SELECT stream, last_id FROM drift_cursors WHERE monitor = ?')
      .safeIntegers(true)
      .all(monitorName) as Array<{ stream: string; last_id: bigint }>;
    const found = { scores: 0n, spans: 0n };
    for (const row of rows)
      if (row.stream === 'scores' || row.stream === 'spans') found[row.stream] = row.last_id;
    return found;
  }

  function scoreObservations(db: Database, onObservation: (o: DriftObservation) => void): void {
    const select = db
      .prepare(
        `SELECT sc.id, sc.metric, sc.value, sc.judge, sc.sampling_reason, sc.sampling_probability,
           COALESCE(sc.agent, sp.agent) AS agent, COALESCE(sc.feature, sp.feature) AS feature,
           COALESCE(sc.user_id, sp.user_id) AS user_id,
           COALESCE(sc.response_model, sp.response_model, sp.request_model) AS model,
           COALESCE(sp.tags, (SELECT t.tags FROM spans t WHERE t.trace_id = sc.trace_id AND t.tags IS NOT NULL
             ORDER BY t.seq LIMIT 1)) AS tags,
           COALESCE(sp.start_ns, sc.created_ns) AS at_ns
         FROM scores sc LEFT JOIN spans sp ON sp.span_id = sc.span_id
         WHERE sc.id > ? ORDER BY sc.id LIMIT ?`,
      )
      .safeIntegers(true);
    for (;;) {
      const rows = select.all(cursor.scores, batchSize) as ScoreRow[];
      for (const row of rows) {
        cursor.scores = row.id;
        if (watchedMetrics && !watchedMetrics.has(row.metric)) continue;
        if (reasons && !reasons.has(row.sampling_reason ?? '')) continue;
        const value = Number(row.value);
        const probability = row.sampling_probability === null ? 1 : Number(row.sampling_probability);
        onObservation({
          segment: { ...segmentOf(row), judge: row.judge },
          metric: row.metric,
          value,
          weight: probability > 0 && probability <= 1 ? 1 / probability : 1,
          atNs: row.at_ns,
        });
      }
      if (rows.length < batchSize) return;
    }
  }

  function callObservations(db: Database, onObservation: (o: DriftObservation) => void): void {
    if (options.costPerCall === false && options.latencyPerCall === false) {
      const last = db.prepare('SELECT MAX(seq) FROM spans').safeIntegers(true).pluck().get() as bigint | null;
      if (last !== null) cursor.spans = last;
      return;
    }
    const select = db
      .prepare(
        `SELECT seq, agent, feature, user_id, tags, COALESCE(response_model, request_model) AS model, cost_usd,
           status, start_ns, end_ns
         FROM spans WHERE seq > ? AND kind = 'llm' ORDER BY seq LIMIT ?`,
      )
      .safeIntegers(true);
    for (;;) {
      const rows = select.all(cursor.spans, batchSize) as SpanCallRow[];
      for (const row of rows) {
        cursor.spans = row.seq;
        const segment = segmentOf(row);
        // NULL cost means unpriced: not an observation, never a 0.
        if (options.costPerCall !== false && row.cost_usd !== null) {
          onObservation({
            segment,
            metric: DRIFT_COST_PER_CALL,
            value: Number(row.cost_usd),
            atNs: row.start_ns,
          });
        }
        if (options.latencyPerCall !== false && row.status !== 'error') {
          const ms = Number(row.end_ns - row.start_ns) / 1e6;
          if (ms > 0)
            onObservation({ segment, metric: DRIFT_LATENCY_PER_CALL, value: ms, atNs: row.start_ns });
        }
      }
      if (rows.length < batchSize) return;
    }
  }

  function scanInTransaction(db: Database): DriftAlert[] {
    const stored = readCursors(db);
    if (!detector || stored.scores !== cursor.scores || stored.spans !== cursor.spans) load(db, stored);
    const events: DriftEvent[] = [];
    const feed = (observation: DriftObservation) => {
      for (const event of detector!.observe(observation)) events.push(event);
    };
    scoreObservations(db, feed);
    callObservations(db, feed);

    const nowNs = msToNs(clock());
    const insertAlert = db.prepare(
      `INSERT OR IGNORE INTO alerts (kind, scope, level, message, details, dedupe_key, created_ns)
       VALUES ('drift', ?, ?, ?, ?, ?, ?)`,
    );
    // The alert row keeps its message; how the episode ended goes into its details under `cleared`.
    const clearAlert = db.prepare(
      `UPDATE alerts SET cleared_ns = ?, details = json_set(COALESCE(details, '{}'), '$.cleared', json(?))
       WHERE dedupe_key = ? AND cleared_ns IS NULL`,
    );
    const raised: DriftAlert[] = [];
    for (const event of events) {
      const { dedupeKey, level, message, details } = describeDriftEvent(event, detectorOptions.metrics);
      if (event.type === 'clear') {
        clearAlert.run(nowNs, JSON.stringify({ ...(JSON.parse(details) as object), message }), dedupeKey);
        continue;
      }
      const result = insertAlert.run(event.segmentKey, level, message, details, dedupeKey, nowNs);
      if (result.changes === 1) {
        raised.push({
          ...event,
          type: 'alert',
          kind: 'drift',
          scope: event.segmentKey,
          details: JSON.parse(details) as Record<string, unknown>,
          id: Number(result.lastInsertRowid),
          dedupeKey,
          level,
          message,
        });
      }
    }

    const saveState = db.prepare(
      `INSERT INTO drift_state (monitor, detector_key, state, updated_ns) VALUES (?, ?, ?, ?)
       ON CONFLICT (monitor, detector_key) DO UPDATE SET state = excluded.state, updated_ns = excluded.updated_ns`,
    );
    for (const { key, state } of detector!.takeChanged()) saveState.run(monitorName, key, state, nowNs);
    const saveCursor = db.prepare(
      `INSERT INTO drift_cursors (monitor, stream, last_id, updated_ns) VALUES (?, ?, ?, ?)
       ON CONFLICT (monitor, stream) DO UPDATE SET last_id = excluded.last_id, updated_ns = excluded.updated_ns`,
    );
    if (cursor.scores !== stored.scores) saveCursor.run(monitorName, 'scores', cursor.scores, nowNs);
    if (cursor.spans !== stored.spans) saveCursor.run(monitorName, 'spans', cursor.spans, nowNs);
    return raised;
  }

  return {
    scan(db) {
      try {
        return db.transaction(scanInTransaction).immediate(db);
      } catch (error) {
        // The transaction rolled back; the in-memory state may be ahead of the file, so reload next time.
        detector = undefined;
        options.onError?.(error);
        return [];
      }
    },
  };
}
