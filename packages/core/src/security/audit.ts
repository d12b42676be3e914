/** The audit trail: who (OS user) did what to which trace, when and why. Written for reveals, exports and purges. */
import { userInfo } from 'node:os';
import type { Database } from '../sqlite/database.js';

export interface AuditEntry {
  action: 'reveal' | 'export' | 'purge' | 'rekey' | (string & {});
  traceId?: string;
  reason?: string;
  details?: unknown;
}

export function currentActor(): string {
  try {
    return userInfo().username;
  } catch {
    return `uid:${process.getuid?.() ?? 'unknown'}`;
  }
}

export function recordAudit(db: Database, entry: AuditEntry, nowMs: number = Date.now()): void {
  db.prepare(
    'INSERT INTO audit (action, actor, trace_id, reason, details, created_ns) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    entry.action,
    currentActor(),
    entry.traceId ?? null,
    entry.reason ?? null,
    entry.details === undefined ? null : JSON.stringify(entry.details),
    BigInt(Math.round(nowMs)) * 1_000_000n,
  );
}
