/**
 * The price book: finds a model's price (user overrides first, then the built-in table) and prices
 * one model call. Runs in the flush pipeline on the writer thread, so it is built once from plain
 * data and every lookup is cached.
 *
 * Token convention: `usage.input` counts ALL input tokens including cache reads and cache writes;
 * `usage.output` includes reasoning tokens. Therefore
 *   cost = (input − cacheRead − cacheWrite)·inputPrice + cacheRead·cacheReadPrice
 *        + cacheWrite·cacheWritePrice + (output − reasoning)·outputPrice + reasoning·reasoningPrice
 * with prices per 1M tokens; a missing cache/reasoning price falls back to the input/output price.
 * The model is the response model (the version actually served) when it has a price, else the
 * request model.
 * Unknown model or unknown usage → no cost (the span stays unpriced: `cost_usd` NULL, never 0).
 */
import type { ModelPriceInput, PriceTableEntry } from './model-price.js';
import { modelIdCandidates, normalizeHost } from './normalize-model-id.js';
import { PRICE_TABLE, PRICE_TABLE_VERSION } from './price-table.js';

/** The kinds of span that are model calls and therefore priced. */
const PRICED_KINDS: ReadonlySet<string> = new Set(['llm', 'embedding', 'evaluator']);
const LOOKUP_CACHE_LIMIT = 10_000;

export interface PriceableUsage {
  input?: number;
  output?: number;
  cacheRead?: number;
  cacheWrite?: number;
  reasoning?: number;
}

export interface PriceableSpan {
  kind: string;
  provider?: string;
  requestModel?: string;
  responseModel?: string;
  usage?: PriceableUsage;
}

export interface SpanPrice {
  costUsd: number;
  priceVersion: string;
}

export interface PriceBookOptions {
  /**
   * Prices by model id (USD per 1M tokens) that win over the built-in table: negotiated prices,
   * fine-tunes, self-hosted or custom models. Keys are matched like the table's ids (`gpt-4o` also
   * prices `openai/gpt-4o-2024-08-06`); a key `host:model` (e.g. `groq:llama-3.3-70b-versatile`)
   * applies to one host only. Plain data, so it can cross to the writer worker.
   */
  overrides?: Record<string, ModelPriceInput>;
}

export interface ResolvedModelPrice {
  /** The table id or override key that matched. */
  id: string;
  price: ModelPriceInput;
  /** Where it came from: the built-in table or the user's overrides. */
  origin: 'table' | 'override';
}

export interface PriceBook {
  /** Stored on each priced span: the table version, plus a digest of the overrides when there are any. */
  readonly version: string;
  /** Cost of one model call; undefined when the model or the usage is unknown. */
  priceSpan(span: PriceableSpan): SpanPrice | undefined;
  /** The price that applies to a model id (and optionally a host/provider), if known. */
  lookup(modelId: string, provider?: string): ResolvedModelPrice | undefined;
}

export function createPriceBook(options: PriceBookOptions = {}): PriceBook {
  const table = indexEntries(PRICE_TABLE);
  const overrides = new Map<string, ResolvedModelPrice>();
  for (const [key, price] of Object.entries(options.overrides ?? {})) {
    if (!isValidPrice(price)) continue;
    overrides.set(key.trim().toLowerCase(), { id: key, price, origin: 'override' });
  }
  const version =
    overrides.size === 0
      ? PRICE_TABLE_VERSION
      : `${PRICE_TABLE_VERSION}+custom.${digest(options.overrides ?? {})}`;
  const cache = new Map<string, ResolvedModelPrice | null>();

  const find = (index: Map<string, ResolvedModelPrice>, candidates: string[], host: string | undefined) => {
    for (const candidate of candidates) {
      const found =
        (host === undefined ? undefined : index.get(`${host}:${candidate}`)) ?? index.get(candidate);
      if (found) return found;
    }
    return undefined;
  };

  const lookup = (modelId: string, provider?: string): ResolvedModelPrice | undefined => {
    const cacheKey = `${provider ?? ''}\u0000${modelId}`;
    const cached = cache.get(cacheKey);
    if (cached !== undefined) return cached ?? undefined;
    const forms = modelIdCandidates(modelId);
    const host = normalizeHost(provider) ?? forms.host;
    const resolved = find(overrides, forms.candidates, host) ?? find(table, forms.candidates, host);
    if (cache.size >= LOOKUP_CACHE_LIMIT) cache.clear();
    cache.set(cacheKey, resolved ?? null);
    return resolved;
  };

  return {
    version,
    lookup,
    priceSpan(span) {
      if (!PRICED_KINDS.has(span.kind) || !span.usage) return undefined;
      // The version served decides the price; the requested id is the fallback when the response
      // names no model or one without a price (e.g. an Azure deployment name).
      let resolved: ResolvedModelPrice | undefined;
      for (const model of [span.responseModel, span.requestModel]) {
        if (typeof model !== 'string' || model.trim() === '') continue;
        resolved = lookup(model, span.provider);
        if (resolved) break;
      }
      if (!resolved) return undefined;
      const costUsd = costOfCall(resolved.price, span.usage, span.kind === 'embedding');
      return costUsd === undefined ? undefined : { costUsd, priceVersion: version };
    },
  };
}

/**
 * The arithmetic, exported for tests and for "what would this have cost" tools. Undefined when the
 * usage cannot be priced: no input count, or (for generating models) no output count.
 */
export function costOfCall(
  price: ModelPriceInput,
  usage: PriceableUsage,
  inputOnly = false,
): number | undefined {
  const input = tokens(usage.input);
  if (input === undefined) return undefined;
  const output = tokens(usage.output);
  if (output === undefined && !inputOnly) return undefined;
  if (output !== undefined && output > 0 && price.output === undefined) return undefined;
  const cacheRead = tokens(usage.cacheRead) ?? 0;
  const cacheWrite = tokens(usage.cacheWrite) ?? 0;
  const reasoning = tokens(usage.reasoning) ?? 0;

  const tier = price.longContext && input > price.longContext.aboveInputTokens ? price.longContext : price;
  const inputPrice = tier.input;
  const outputPrice = tier.output ?? price.output ?? 0;
  // A subset larger than its total means the adapter broke the convention; never price below zero.
  const uncachedInput = Math.max(0, input - cacheRead - cacheWrite);
  const textOutput = Math.max(0, (output ?? 0) - reasoning);
  const perMillion =
    uncachedInput * inputPrice +
    cacheRead * (tier.cacheRead ?? price.cacheRead ?? inputPrice) +
    cacheWrite * (tier.cacheWrite ?? price.cacheWrite ?? inputPrice) +
    textOutput * outputPrice +
    (output === undefined ? 0 : Math.min(reasoning, output)) *
      (tier.reasoning ?? price.reasoning ?? outputPrice);
  return perMillion / 1_000_000;
}

function tokens(value: number | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function isValidPrice(price: ModelPriceInput | undefined): price is ModelPriceInput {
  if (!price || typeof price !== 'object') return false;
  const numbers = [price.input, price.output, price.cacheRead, price.cacheWrite, price.reasoning];
  return (
    typeof price.input === 'number' &&
    numbers.every((n) => n === undefined || (typeof n === 'number' && Number.isFinite(n) && n >= 0))
  );
}

/** Table rows by id and alias; host-priced rows under `host:id`, and under `id` when no other host shares it. */
function indexEntries(entries: readonly PriceTableEntry[]): Map<string, ResolvedModelPrice> {
  const index = new Map<string, ResolvedModelPrice>();
  const hostsById = new Map<string, number>();
  for (const entry of entries) {
    for (const id of [entry.id, ...(entry.aliases ?? [])]) hostsById.set(id, (hostsById.get(id) ?? 0) + 1);
  }
  for (const entry of entries) {
    const resolved: ResolvedModelPrice = { id: entry.id, price: entry, origin: 'table' };
    for (const id of [entry.id, ...(entry.aliases ?? [])]) {
      if (entry.host !== undefined) index.set(`${entry.host}:${id}`, resolved);
      if (entry.host === undefined || hostsById.get(id) === 1) index.set(id, resolved);
    }
  }
  return index;
}

/** A short, stable digest (FNV-1a) of the overrides, so spans priced with custom prices say so. */
function digest(value: unknown): string {
  const text = stableJson(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
