/** Reads spans back from an llmtop SQLite file and renders traces as indented trees for assertions. */
import { openDatabase } from '@llmtop/core/sqlite';

export interface StoredSpan {
  seq: number;
  span_id: string;
  trace_id: string;
  parent_span_id: string | null;
  kind: string;
  name: string;
  agent: string | null;
  session_id: string | null;
  user_id: string | null;
  feature: string | null;
  tags: string | null;
  status: string;
  error: string | null;
  start_ns: bigint;
  end_ns: bigint;
  first_token_ns: bigint | null;
  provider: string | null;
  request_model: string | null;
  response_model: string | null;
  input_tokens: number | null;
  output_tokens: number | null;
  cache_read_tokens: number | null;
  cache_write_tokens: number | null;
  reasoning_tokens: number | null;
  finish_reason: string | null;
  input: string | null;
  output: string | null;
  attributes: string | null;
}

const NUMBERS = ['seq', 'input_tokens', 'output_tokens', 'cache_read_tokens', 'cache_write_tokens', 'reasoning_tokens'] as const;

export function readSpans(path: string): StoredSpan[] {
  const db = openDatabase(path, { readonly: true });
  try {
    const rows = db.prepare('SELECT * FROM spans ORDER BY start_ns, seq').all() as Record<string, unknown>[];
    return rows.map((row) => {
      for (const key of NUMBERS) if (typeof row[key] === 'bigint') row[key] = Number(row[key]);
      return row as unknown as StoredSpan;
    });
  } finally {
    db.close();
  }
}

export type Describe = (span: StoredSpan) => string;

export const describeSpan: Describe = (span) =>
  `${span.kind}:${span.name}${span.agent ? ` @${span.agent}` : ''}${span.status === 'error' ? ' !error' : ''}`;

/** One tree per trace, children in start order: `kind:name @agent`, two spaces per level. */
export function renderTrees(spans: StoredSpan[], describe: Describe = describeSpan): string[] {
  const byParent = new Map<string | null, StoredSpan[]>();
  const ids = new Set(spans.map((s) => s.span_id));
  for (const span of spans) {
    const parent = span.parent_span_id !== null && ids.has(span.parent_span_id) ? span.parent_span_id : null;
    const siblings = byParent.get(parent) ?? [];
    siblings.push(span);
    byParent.set(parent, siblings);
  }
  const render = (span: StoredSpan, depth: number, lines: string[]) => {
    lines.push(`${'  '.repeat(depth)}${describe(span)}`);
    for (const child of byParent.get(span.span_id) ?? []) render(child, depth + 1, lines);
  };
  return (byParent.get(null) ?? []).map((root) => {
    const lines: string[] = [];
    render(root, 0, lines);
    return lines.join('\n');
  });
}

export function sum(spans: StoredSpan[], field: 'input_tokens' | 'output_tokens' | 'cache_read_tokens' | 'cache_write_tokens' | 'reasoning_tokens'): number {
  return spans.reduce((total, span) => total + (span[field] ?? 0), 0);
}
