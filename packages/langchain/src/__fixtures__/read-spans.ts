/** Reads spans back from an llmtop SQLite file and renders traces as indented trees for assertions. */
import type { SpanRow } from '@llmtop/core';
import { openDatabase } from '@llmtop/core/sqlite';

/** A stored row as read back: the inserted `SpanRow` plus its sequence number. */
export type StoredSpan = SpanRow & { seq: number };

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
