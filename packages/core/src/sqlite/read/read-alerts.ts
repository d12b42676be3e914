/** Alerts (budget, drift) that are not cleared, newest first, and the one write a reader may make: ack. */
import type { Database } from '../database.js';

export interface AlertRow {
  id: number;
  kind: string;
  scope: string;
  level: string;
  message: string;
  createdMs: number;
  acknowledgedMs: number | null;
}

export function readAlerts(db: Database, limit = 100): AlertRow[] {
  return db
    .prepare(
      `SELECT id, kind, scope, level, message, created_ns / 1000000 AS createdMs,
              acknowledged_ns / 1000000 AS acknowledgedMs
         FROM alerts WHERE cleared_ns IS NULL ORDER BY created_ns DESC, id DESC LIMIT ?`,
    )
    .safeIntegers(false)
    .all(limit) as AlertRow[];
}

/**
 * Marks an alert acknowledged. Takes a *writable* connection: the dashboard opens one only for
 * this, and only when the user asks. Returns whether the alert was open.
 */
export function acknowledgeAlert(db: Database, id: number, nowNs: bigint): boolean {
  return (
    db
      .prepare('UPDATE alerts SET acknowledged_ns = ? WHERE id = ? AND acknowledged_ns IS NULL')
      .run(nowNs, id).changes > 0
  );
}
