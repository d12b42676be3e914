/**
 * Retention on two clocks: payload text (inputs, outputs, attributes, errors) is cleared after
 * `payloadDays` (default 30); whole spans, scores, feedback and alerts go after `metricsDays`
 * (default 400). Sessions on legal hold are exempt from both. Freed pages go back to the OS.
 */
import type { Database } from '../sqlite/database.js';
import { recordAudit } from './audit.js';

export interface RetentionPolicy {
  payloadDays?: number;
  metricsDays?: number;
}

export interface PurgeResult {
  payloadsCleared: number;
  spansDeleted: number;
  scoresDeleted: number;
}

const DAY_NS = 86_400_000_000_000n;
const NOT_HELD = `(session_id IS NULL OR session_id NOT IN (SELECT session_id FROM sessions WHERE legal_hold = 1))`;

export function purgeExpired(
  db: Database,
  policy: RetentionPolicy = {},
  nowMs: number = Date.now(),
): PurgeResult {
  const now = BigInt(Math.round(nowMs)) * 1_000_000n;
  const payloadCutoff = now - BigInt(policy.payloadDays ?? 30) * DAY_NS;
  const metricsCutoff = now - BigInt(policy.metricsDays ?? 400) * DAY_NS;
  const result = db.transaction((): PurgeResult => {
    const heldTraces = `SELECT trace_id FROM spans WHERE NOT ${NOT_HELD}`;
    const scoresDeleted = db
      .prepare(`DELETE FROM scores WHERE created_ns < ? AND trace_id NOT IN (${heldTraces})`)
      .run(metricsCutoff).changes;
    db.prepare(`DELETE FROM feedback WHERE created_ns < ? AND trace_id NOT IN (${heldTraces})`).run(
      metricsCutoff,
    );
    db.prepare('DELETE FROM alerts WHERE created_ns < ?').run(metricsCutoff);
    const spansDeleted = db
      .prepare(`DELETE FROM spans WHERE end_ns < ? AND ${NOT_HELD}`)
      .run(metricsCutoff).changes;
    const payloadsCleared = db
      .prepare(
        `UPDATE spans SET input = NULL, output = NULL, attributes = NULL, error = CASE WHEN error IS NULL THEN NULL ELSE '[llmtop: expired]' END
         WHERE end_ns < ? AND (input IS NOT NULL OR output IS NOT NULL OR attributes IS NOT NULL OR (error IS NOT NULL AND error != '[llmtop: expired]'))
         AND ${NOT_HELD}`,
      )
      .run(payloadCutoff).changes;
    return { payloadsCleared, spansDeleted, scoresDeleted };
  })();
  if (result.payloadsCleared + result.spansDeleted + result.scoresDeleted > 0) {
    recordAudit(db, { action: 'purge', details: { ...result, policy } }, nowMs);
    db.pragma('incremental_vacuum');
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
  return result;
}

/** Puts a session on legal hold (or releases it): held sessions are never purged. */
export function setLegalHold(db: Database, sessionId: string, hold: boolean): void {
  db.prepare(
    'INSERT INTO sessions (session_id, legal_hold) VALUES (?, ?) ON CONFLICT (session_id) DO UPDATE SET legal_hold = excluded.legal_hold',
  ).run(sessionId, hold ? 1 : 0);
}
