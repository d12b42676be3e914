/** Temp SQLite files filled with recorded spans (the real schema and inserter) for export tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSpanInserter, type Database, openDatabase } from '../../sqlite/index.js';
import { sampleRow } from '../../sqlite/__fixtures__/sample-row.js';
import type { SpanRow } from '../../span/span-record.js';
import type { StoredScore } from '../otlp-span.js';

export interface TempStore {
  path: string;
  db: Database;
  insert(rows: readonly SpanRow[]): void;
  insertScore(score: StoredScore): void;
  cursor(destination: string): bigint | undefined;
  dispose(): void;
}

export function createTempStore(): TempStore {
  const dir = mkdtempSync(join(tmpdir(), 'llmtop-otlp-'));
  const path = join(dir, 'llmtop.db');
  const db = openDatabase(path);
  const inserter = createSpanInserter(db);
  const scoreInsert = db.prepare(
    `INSERT INTO scores (trace_id, span_id, metric, value, judge, explanation, created_ns)
     VALUES (@trace_id, @span_id, @metric, @value, @judge, @explanation, @created_ns)`,
  );
  const readCursor = db.prepare('SELECT last_seq FROM export_cursors WHERE destination = ?').safeIntegers(true);
  return {
    path,
    db,
    insert: (rows) => void inserter(rows),
    insertScore: (score) => void scoreInsert.run(score),
    cursor: (destination) => (readCursor.get(destination) as { last_seq: bigint } | undefined)?.last_seq,
    dispose() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `count` LLM spans in traces of 10, with realistic sizes; ids derive from the index. */
export function manyRows(count: number, start = 0): SpanRow[] {
  const rows: SpanRow[] = [];
  for (let i = start; i < start + count; i++) {
    const trace = Math.floor(i / 10);
    rows.push(
      sampleRow({
        span_id: (i + 1).toString(16).padStart(16, '0'),
        trace_id: (trace + 1).toString(16).padStart(32, '0'),
        parent_span_id: i % 10 === 0 ? null : (trace * 10 + 1).toString(16).padStart(16, '0'),
        kind: i % 10 === 0 ? 'agent' : 'llm',
        name: i % 10 === 0 ? 'agent' : 'ChatOpenAI',
        session_id: `session-${trace % 50}`,
        start_ns: 1_760_000_000_000_000_000n + BigInt(i) * 1_000_000n,
        end_ns: 1_760_000_000_000_000_000n + BigInt(i) * 1_000_000n + 750_000n,
        provider: 'openai',
        request_model: 'gpt-4o-mini',
        response_model: 'gpt-4o-mini-2024-07-18',
        input_tokens: 420 + (i % 7),
        output_tokens: 60,
        cost_usd: 0.0001,
        input: JSON.stringify([{ role: 'user', content: `Question ${i} from <EMAIL_1> about the order status` }]),
        output: JSON.stringify({ role: 'assistant', content: `Answer ${i}: it shipped yesterday.` }),
        attributes: JSON.stringify({ invocationParams: { temperature: 0 } }),
      }),
    );
  }
  return rows;
}
