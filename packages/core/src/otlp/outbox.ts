/**
 * The SQLite file as the export outbox: spans are read in `seq` order after a per-destination cursor
 * (`export_cursors`), optionally narrowed to a session, a trace or a start time, with their judge
 * scores; the cursor only moves forward, and only when the caller says a batch was delivered.
 */
import type { SpanRow } from '../span/span-record.js';
import type { Database } from '../sqlite/database.js';
import { SPAN_COLUMNS } from '../sqlite/span-inserter.js';
import type { StoredScore } from './otlp-span.js';

export interface ExportSelection {
  session?: string;
  trace?: string;
  /** Spans that started at or after: a duration back from now (`90s`, `15m`, `1h`, `7d`), an ISO date, epoch ms or a Date. */
  since?: string | number | Date;
}

export interface OutboxRow extends SpanRow {
  seq: bigint;
}

const UNITS_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** `since` as epoch nanoseconds, or throws a clear error for an unreadable value. */
export function resolveSince(since: string | number | Date, nowMs: number = Date.now()): bigint {
  let ms: number;
  if (since instanceof Date) ms = since.getTime();
  else if (typeof since === 'number') ms = since;
  else {
    const duration = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)$/.exec(since.trim());
    ms = duration ? nowMs - Number(duration[1]) * (UNITS_MS[duration[2] as string] ?? 0) : Date.parse(since);
  }
  if (!Number.isFinite(ms)) throw new Error(`llmtop: cannot read --since value "${String(since)}"`);
  return BigInt(Math.round(ms)) * 1_000_000n;
}

/** Cursor key: the destination, plus the selection so a narrowed export keeps its own progress. */
export function destinationKey(endpoint: string, selection: ExportSelection = {}): string {
  const parts: string[] = [];
  if (selection.session !== undefined) parts.push(`session=${selection.session}`);
  if (selection.trace !== undefined) parts.push(`trace=${selection.trace}`);
  if (selection.since !== undefined) {
    const since = selection.since instanceof Date ? selection.since.toISOString() : String(selection.since);
    parts.push(`since=${since}`);
  }
  return parts.length > 0 ? `${endpoint}#${parts.join('&')}` : endpoint;
}

/**
 * Nanosecond columns and `seq` are read as bigint (they exceed 2^53); token counts are cast to REAL
 * in SQL so they arrive as plain numbers without a BigInt per value (counts stay far below 2^53).
 */
const TOKEN_COLUMNS: ReadonlySet<string> = new Set([
  'input_tokens',
  'output_tokens',
  'cache_read_tokens',
  'cache_write_tokens',
  'reasoning_tokens',
]);
const ROW_COLUMNS = ['seq', ...SPAN_COLUMNS]
  .map((column) => (TOKEN_COLUMNS.has(column) ? `CAST(${column} AS REAL) AS ${column}` : column))
  .join(', ');

export interface Outbox {
  /** Last delivered seq for this destination (0 when none). */
  readonly cursor: bigint;
  /** Spans after the cursor that match the selection. */
  pending(): number;
  /** Next rows after the read position (which starts at the cursor). */
  next(limit: number): OutboxRow[];
  /** Scores of these rows, up to the score snapshot taken at open (later ones go out as late scores). */
  scoresFor(rows: readonly OutboxRow[]): Map<string, StoredScore[]>;
  /** Records delivery up to `seq`. */
  advance(seq: bigint, nowNs: bigint): void;
  /**
   * Scores written after their span was delivered: after the score cursor, up to the snapshot, on
   * spans at or before the span cursor as it was at open, with the judged span (a trace-level
   * score: the trace's root span).
   */
  lateScores(): LateScore[];
  /** Records score delivery up to the snapshot taken at open. */
  advanceScores(nowNs: bigint): void;
}

/** A score that arrived after its span was exported, with the span it judges. */
export interface LateScore extends StoredScore {
  target: Pick<SpanRow, 'span_id' | 'trace_id' | 'agent' | 'session_id' | 'user_id' | 'feature'>;
}

export function openOutbox(
  db: Database,
  destination: string,
  selection: ExportSelection,
  nowMs: number,
): Outbox {
  const where: string[] = ['seq > @after'];
  const params: Record<string, unknown> = {};
  if (selection.session !== undefined) {
    where.push('session_id = @session');
    params.session = selection.session;
  }
  if (selection.trace !== undefined) {
    where.push('trace_id = @trace');
    params.trace = selection.trace.toLowerCase();
  }
  if (selection.since !== undefined) {
    where.push('start_ns >= @since');
    params.since = resolveSince(selection.since, nowMs);
  }
  const filter = where.join(' AND ');
  const readCursor = db
    .prepare('SELECT last_seq FROM export_cursors WHERE destination = ?')
    .safeIntegers(true);
  const count = db.prepare(`SELECT count(*) AS n FROM spans WHERE ${filter}`);
  const select = db
    .prepare(`SELECT ${ROW_COLUMNS} FROM spans WHERE ${filter} ORDER BY seq LIMIT @limit`)
    .safeIntegers(true);
  const selectScores = db
    .prepare(
      `SELECT trace_id, span_id, metric, value, judge, explanation, created_ns FROM scores
       WHERE id <= @maxScore
         AND (span_id IN (SELECT value FROM json_each(@spans))
              OR (span_id IS NULL AND trace_id IN (SELECT value FROM json_each(@roots))))
       ORDER BY id`,
    )
    .safeIntegers(true);
  const spanFilter = filter
    .replace('seq > @after', 'spans.seq <= @spanCursor')
    .replace(/\b(session_id|trace_id|start_ns)\b/g, 'spans.$1');
  const selectLate = db
    .prepare(
      `SELECT scores.trace_id, scores.span_id, scores.metric, scores.value, scores.judge, scores.explanation,
              scores.created_ns, spans.span_id AS target_span_id, spans.agent, spans.session_id, spans.user_id,
              spans.feature
       FROM scores JOIN spans ON spans.span_id = coalesce(scores.span_id,
         (SELECT root.span_id FROM spans AS root
          WHERE root.trace_id = scores.trace_id AND root.parent_span_id IS NULL ORDER BY root.seq LIMIT 1))
       WHERE scores.id > @afterScore AND scores.id <= @maxScore AND ${spanFilter}
       ORDER BY scores.id`,
    )
    .safeIntegers(true);
  const readScoreCursor = db
    .prepare('SELECT last_score_id FROM export_score_cursors WHERE destination = ?')
    .safeIntegers(true);
  const writeScoreCursor = db.prepare(
    `INSERT INTO export_score_cursors (destination, last_score_id, updated_ns) VALUES (?, ?, ?)
     ON CONFLICT (destination) DO UPDATE SET last_score_id = excluded.last_score_id, updated_ns = excluded.updated_ns
     WHERE excluded.last_score_id > export_score_cursors.last_score_id`,
  );
  const maxScore =
    (db.prepare('SELECT max(id) AS id FROM scores').safeIntegers(true).get() as { id: bigint | null }).id ??
    0n;
  const scoreCursor =
    (readScoreCursor.get(destination) as { last_score_id: bigint } | undefined)?.last_score_id ?? 0n;
  const writeCursor = db.prepare(
    `INSERT INTO export_cursors (destination, last_seq, updated_ns) VALUES (?, ?, ?)
     ON CONFLICT (destination) DO UPDATE SET last_seq = excluded.last_seq, updated_ns = excluded.updated_ns
     WHERE excluded.last_seq > export_cursors.last_seq`,
  );

  const stored = readCursor.get(destination) as { last_seq: bigint } | undefined;
  const cursor = stored?.last_seq ?? 0n;
  let position = cursor;

  return {
    cursor,
    pending: () => Number((count.get({ ...params, after: cursor }) as { n: number | bigint }).n),
    next(limit) {
      const rows = select.all({ ...params, after: position, limit }) as OutboxRow[];
      const last = rows.at(-1);
      if (last) position = last.seq;
      return rows;
    },
    scoresFor(rows) {
      const byspan = new Map<string, StoredScore[]>();
      if (rows.length === 0) return byspan;
      const spanIds = rows.map((row) => row.span_id);
      const roots = new Map<string, string>();
      for (const row of rows) if (!row.parent_span_id) roots.set(row.trace_id, row.span_id);
      const scores = selectScores.all({
        maxScore,
        spans: JSON.stringify(spanIds),
        roots: JSON.stringify([...roots.keys()]),
      }) as StoredScore[];
      for (const score of scores) {
        // Trace-level scores (no span) go on the trace's root span.
        const spanId = score.span_id ?? roots.get(score.trace_id);
        if (!spanId) continue;
        const list = byspan.get(spanId) ?? [];
        list.push(score);
        byspan.set(spanId, list);
      }
      return byspan;
    },
    advance(seq, nowNs) {
      writeCursor.run(destination, seq, nowNs);
    },
    lateScores() {
      // A destination that never received a span has no late scores: they travel with their spans.
      if (cursor === 0n) return [];
      const found = selectLate.all({
        ...params,
        spanCursor: cursor,
        afterScore: scoreCursor,
        maxScore,
      }) as (StoredScore & {
        target_span_id: string;
        agent: string | null;
        session_id: string | null;
        user_id: string | null;
        feature: string | null;
      })[];
      return found.map(({ target_span_id, agent, session_id, user_id, feature, ...score }) => ({
        ...score,
        target: { span_id: target_span_id, trace_id: score.trace_id, agent, session_id, user_id, feature },
      }));
    },
    advanceScores(nowNs) {
      if (maxScore > scoreCursor) writeScoreCursor.run(destination, maxScore, nowNs);
    },
  };
}
