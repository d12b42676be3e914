/**
 * The filter prompt's language: `agent=writer user=u-1 session=s-9 feature=support model=gpt-4o
 * errors`, values quoted when they hold spaces. Words without `=` become a search.
 */
import type { SpanFilter } from '@llmtop/core/sqlite';

const KEYS = {
  agent: 'agent',
  user: 'userId',
  session: 'sessionId',
  feature: 'feature',
  model: 'model',
} as const satisfies Record<string, keyof SpanFilter>;

export type FilterParse = { ok: true; filter: SpanFilter } | { ok: false; error: string };

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pattern = /(\S+?=)?(?:"([^"]*)"|'([^']*)'|(\S+))/g;
  for (const match of text.matchAll(pattern)) {
    tokens.push(`${match[1] ?? ''}${match[2] ?? match[3] ?? match[4] ?? ''}`);
  }
  return tokens;
}

export function parseFilterText(text: string): FilterParse {
  const filter: SpanFilter = {};
  const words: string[] = [];
  for (const token of tokenize(text.trim())) {
    if (token === 'errors' || token === 'error' || token === 'err') {
      filter.errorsOnly = true;
      continue;
    }
    const eq = token.indexOf('=');
    if (eq <= 0) {
      words.push(token);
      continue;
    }
    const key = token.slice(0, eq).toLowerCase();
    const value = token.slice(eq + 1);
    if (!(key in KEYS))
      return { ok: false, error: `unknown filter "${key}" (use ${Object.keys(KEYS).join(', ')}, errors)` };
    if (value === '') return { ok: false, error: `"${key}=" needs a value` };
    filter[KEYS[key as keyof typeof KEYS]] = value;
  }
  if (words.length > 0) filter.search = words.join(' ');
  return { ok: true, filter };
}

function quote(value: string): string {
  return /\s/.test(value) ? `"${value}"` : value;
}

/** The inverse of `parseFilterText`, for prefilling the prompt and for the header. */
export function formatFilterText(filter: SpanFilter): string {
  const parts: string[] = [];
  for (const [key, field] of Object.entries(KEYS)) {
    const value = filter[field];
    if (typeof value === 'string') parts.push(`${key}=${quote(value)}`);
  }
  if (filter.errorsOnly) parts.push('errors');
  if (filter.search) parts.push(quote(filter.search));
  return parts.join(' ');
}

export function isFilterEmpty(filter: SpanFilter): boolean {
  return formatFilterText(filter) === '';
}
