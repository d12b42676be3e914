/**
 * What the cost and budget queries share: the span filter (time range, feature, user, agent, model,
 * session), the `llmtop_model_family()` SQL function that matches `gpt-4o` to `openai/gpt-4o-2024-08-06`,
 * and a per-connection statement cache. Every statement reads plain numbers (`safeIntegers(false)`),
 * since read-only connections default to bigint; nanosecond bounds are bound as bigint.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from '../sqlite/database.js';
import { msToNs } from '../util/clock.js';
import { normalizeModelId } from './normalize-model-id.js';

/** Model-call kinds whose cost belongs to the app. `evaluator` (judge calls) is kept apart everywhere. */
export const APP_COST_KINDS_SQL = `kind IN ('llm', 'embedding')`;

/**
 * The app's model calls matching `where`, as a subquery of `columns`. Written as one SELECT per kind
 * because the partial indexes (`spans_llm_cover … WHERE kind = 'llm'`, `spans_embedding_cost`) are
 * used only when the query names the kind literally: sums by feature, user or agent over a month
 * then read the covering index instead of every row.
 */
export function appSpans(columns: string, where: SqlFragment): SqlFragment {
  return {
    sql: `(SELECT ${columns} FROM spans WHERE kind = 'llm'${where.sql}
      UNION ALL SELECT ${columns} FROM spans WHERE kind = 'embedding'${where.sql})`,
    params: [...where.params, ...where.params],
  };
}

export interface SpanFilter {
  /** Inclusive lower bound on the span's start, epoch ms. */
  sinceMs?: number;
  /** Exclusive upper bound on the span's start, epoch ms. */
  untilMs?: number;
  feature?: string;
  userId?: string;
  agent?: string;
  /** Matches every version and spelling of the model family (`gpt-4o` matches `gpt-4o-2024-08-06`). */
  model?: string;
  sessionId?: string;
}

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

const MODEL_FAMILY_FUNCTION = 'llmtop_model_family';
const registered = new WeakSet<Database>();
type Statement = BetterSqlite3.Statement<unknown[], unknown>;
const statements = new WeakMap<Database, Map<string, Statement>>();

/** Registers `llmtop_model_family(id)` on a connection (idempotent). */
export function registerCostFunctions(db: Database): void {
  if (registered.has(db)) return;
  const families = new Map<string, string>();
  db.function(MODEL_FAMILY_FUNCTION, { deterministic: true }, (id: unknown) => {
    if (typeof id !== 'string') return null;
    let family = families.get(id);
    if (family === undefined) {
      family = normalizeModelId(id);
      if (families.size > 10_000) families.clear();
      families.set(id, family);
    }
    return family;
  });
  registered.add(db);
}

/** A cached prepared statement that returns plain JS numbers. */
export function prepared(db: Database, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    registerCostFunctions(db);
    statement = db.prepare<unknown[]>(sql);
    if (statement.reader) statement.safeIntegers(false);
    cache.set(sql, statement);
  }
  return statement;
}

/** `AND …` conditions for a filter; `alias` prefixes the columns (e.g. `s.`). */
export function filterSql(filter: SpanFilter, alias = ''): SqlFragment {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filter.sinceMs !== undefined) {
    parts.push(`${alias}start_ns >= ?`);
    params.push(msToNs(filter.sinceMs));
  }
  if (filter.untilMs !== undefined) {
    parts.push(`${alias}start_ns < ?`);
    params.push(msToNs(filter.untilMs));
  }
  const equal = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    parts.push(`${alias}${column} = ?`);
    params.push(value);
  };
  equal('feature', filter.feature);
  equal('user_id', filter.userId);
  equal('agent', filter.agent);
  equal('session_id', filter.sessionId);
  if (filter.model !== undefined) {
    parts.push(`${MODEL_FAMILY_FUNCTION}(COALESCE(${alias}response_model, ${alias}request_model)) = ?`);
    params.push(normalizeModelId(filter.model));
  }
  return { sql: parts.map((part) => ` AND ${part}`).join(''), params };
}

/** True when `table` exists on this connection (older files may predate a migration). */
export function tableExists(db: Database, table: string): boolean {
  return (
    prepared(db, `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) !== undefined
  );
}
