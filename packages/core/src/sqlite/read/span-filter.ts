/**
 * The dashboard's filters as SQL. Values are always bound as parameters; column names come from a
 * fixed list, so nothing a user types reaches the SQL text.
 */

export interface SpanFilter {
  sessionId?: string;
  userId?: string;
  feature?: string;
  /** Matches the response model or, when that is unknown, the requested one. */
  model?: string;
  agent?: string;
  errorsOnly?: boolean;
  /** Substring of the span name, agent, model, trace id or span id. */
  search?: string;
}

export interface SqlClause {
  /** `AND …` conditions (possibly empty), ready to append to a WHERE. */
  sql: string;
  params: unknown[];
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Conditions on the `spans` table (optionally through an alias such as `s.`). */
export function spanFilterClause(filter: SpanFilter, prefix = ''): SqlClause {
  const parts: string[] = [];
  const params: unknown[] = [];
  const equal = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    parts.push(`${prefix}${column} = ?`);
    params.push(value);
  };
  equal('session_id', filter.sessionId);
  equal('user_id', filter.userId);
  equal('feature', filter.feature);
  equal('agent', filter.agent);
  if (filter.model !== undefined) {
    parts.push(`coalesce(${prefix}response_model, ${prefix}request_model) = ?`);
    params.push(filter.model);
  }
  if (filter.errorsOnly) parts.push(`${prefix}status = 'error'`);
  if (filter.search !== undefined && filter.search !== '') {
    const pattern = likePattern(filter.search);
    const columns = ['name', 'agent', 'response_model', 'trace_id', 'span_id'];
    parts.push(`(${columns.map((c) => `${prefix}${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    params.push(...columns.map(() => pattern));
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

/**
 * Conditions on the `scores` table. Scores carry agent, feature, user and model; a session or an
 * errors-only filter is matched through the trace's spans (both indexed). A text search narrows
 * spans, not scores: matching it through every span of the file would not stay fast.
 */
export function scoreFilterClause(filter: SpanFilter, sinceNs?: bigint): SqlClause {
  const parts: string[] = [];
  const params: unknown[] = [];
  const equal = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    parts.push(`${column} = ?`);
    params.push(value);
  };
  equal('agent', filter.agent);
  equal('feature', filter.feature);
  equal('user_id', filter.userId);
  equal('response_model', filter.model);
  const traceLevel: SpanFilter = {};
  if (filter.sessionId !== undefined) traceLevel.sessionId = filter.sessionId;
  if (filter.errorsOnly) traceLevel.errorsOnly = true;
  const spans = spanFilterClause(traceLevel);
  if (spans.sql !== '') {
    // Bounded by the window when there is one (traces that started before it are left out).
    const bound = sinceNs === undefined ? '' : ' AND start_ns >= ?';
    parts.push(`trace_id IN (SELECT trace_id FROM spans WHERE 1${spans.sql}${bound})`);
    params.push(...spans.params);
    if (sinceNs !== undefined) params.push(sinceNs);
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}
