/** The one INSERT every writer uses. Idempotent on `span_id`, so re-writing a batch after a crash is safe. */
import type { SpanRow } from '../span/span-record.js';
import type { Database } from './database.js';

export const SPAN_COLUMNS = [
  'span_id',
  'trace_id',
  'parent_span_id',
  'kind',
  'name',
  'agent',
  'session_id',
  'user_id',
  'feature',
  'tags',
  'status',
  'error',
  'start_ns',
  'end_ns',
  'first_token_ns',
  'provider',
  'request_model',
  'response_model',
  'input_tokens',
  'output_tokens',
  'cache_read_tokens',
  'cache_write_tokens',
  'reasoning_tokens',
  'cost_usd',
  'price_version',
  'finish_reason',
  'input',
  'output',
  'attributes',
  'pii_counts',
  'judge_sample',
  'judge_reason',
  'key_id',
] as const satisfies readonly (keyof SpanRow)[];

export type SpanInserter = (rows: readonly SpanRow[]) => number;

/** Returns a function that inserts rows in one transaction and returns how many were new. */
export function createSpanInserter(db: Database): SpanInserter {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO spans (${SPAN_COLUMNS.join(', ')}) VALUES (${SPAN_COLUMNS.map((c) => `@${c}`).join(', ')})`,
  );
  return db.transaction((rows: readonly SpanRow[]) => {
    let inserted = 0;
    for (const row of rows) inserted += insert.run(row).changes;
    return inserted;
  });
}
