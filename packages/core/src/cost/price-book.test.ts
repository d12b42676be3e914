import { describe, expect, it } from 'vitest';
import { costOfCall, createPriceBook } from './price-book.js';
import { PRICE_TABLE, PRICE_TABLE_VERSION } from './price-table.js';

const book = createPriceBook();
const llm = (model: string, usage: Record<string, number>, extra: Record<string, string> = {}) =>
  book.priceSpan({ kind: 'llm', responseModel: model, usage, ...extra })?.costUsd;

describe('createPriceBook', () => {
  it('prices cache reads, cache writes and reasoning inside the input/output totals', () => {
    // claude-sonnet-4: in 3, cache write 3.75, cache read 0.3, out 15 (reasoning at the output price).
    // 2,000 uncached·3 + 6,000·0.3 + 2,000·3.75 + 1,000 text·15 + 500 reasoning·15 = 37,800 per 1M.
    expect(
      llm('claude-sonnet-4-20250514', {
        input: 10_000,
        cacheRead: 6_000,
        cacheWrite: 2_000,
        output: 1_500,
        reasoning: 500,
      }),
    ).toBeCloseTo(0.0378, 12);
    // o3: in 2, cached 0.5, out 8. 600·2 + 400·0.5 + 3,000·8 = 25,400 per 1M.
    expect(
      llm('o3-2025-04-16', { input: 1_000, cacheRead: 400, output: 3_000, reasoning: 2_000 }),
    ).toBeCloseTo(0.0254, 12);
    // gpt-4o-mini without cache fields: 1,000·0.15 + 200·0.6 = 270 per 1M.
    expect(llm('gpt-4o-mini', { input: 1_000, output: 200 })).toBeCloseTo(0.00027, 14);
  });

  it('uses a separate reasoning price when the model has one, and long-context tiers above the threshold', () => {
    const custom = createPriceBook({ overrides: { 'thinker-1': { input: 1, output: 2, reasoning: 10 } } });
    const cost = custom.priceSpan({
      kind: 'llm',
      requestModel: 'thinker-1',
      usage: { input: 1_000_000, output: 1_000_000, reasoning: 500_000 },
    });
    expect(cost?.costUsd).toBeCloseTo(1 + 0.5 * 2 + 0.5 * 10, 12);
    // gemini-2.5-pro: 1.25/10 up to 200k prompt tokens, 2.5/15 above.
    expect(llm('gemini-2.5-pro', { input: 200_000, output: 1_000 })).toBeCloseTo(0.25 + 0.01, 12);
    expect(llm('gemini-2.5-pro', { input: 200_001, output: 1_000 })).toBeCloseTo(
      (200_001 * 2.5 + 1_000 * 15) / 1e6,
      12,
    );
  });

  it('prices by the response model (the version served) before the request model', () => {
    const cost = book.priceSpan({
      kind: 'llm',
      requestModel: 'gpt-4o',
      responseModel: 'gpt-4o-2024-05-13',
      usage: { input: 1_000_000, output: 0 },
    });
    expect(cost).toEqual({ costUsd: 5, priceVersion: PRICE_TABLE_VERSION });
    expect(
      book.priceSpan({ kind: 'llm', requestModel: 'gpt-4o', usage: { input: 1_000_000, output: 0 } })
        ?.costUsd,
    ).toBe(2.5);
    // A served id without a price (an Azure deployment name) falls back to the requested model.
    const fallback = { kind: 'llm', requestModel: 'gpt-4o', usage: { input: 1_000_000, output: 0 } };
    expect(book.priceSpan({ ...fallback, responseModel: 'prod-east-deployment' })?.costUsd).toBe(2.5);
    expect(book.priceSpan({ ...fallback, responseModel: ' ' })?.costUsd).toBe(2.5);
  });

  it('leaves unknown models, unknown usage and non-model spans unpriced', () => {
    expect(llm('my-local-model', { input: 10, output: 10 })).toBeUndefined();
    expect(llm('llama3:8b', { input: 10, output: 10 })).toBeUndefined();
    expect(llm('ft:gpt-4o-mini-2024-07-18:acme::x1', { input: 10, output: 10 })).toBeUndefined();
    expect(book.priceSpan({ kind: 'llm', responseModel: 'gpt-4o' })).toBeUndefined();
    expect(llm('gpt-4o', { output: 10 })).toBeUndefined();
    expect(llm('gpt-4o', { input: 10 })).toBeUndefined();
    expect(llm('gpt-4o', { input: Number.NaN, output: 1 })).toBeUndefined();
    expect(book.priceSpan({ kind: 'llm', usage: { input: 1, output: 1 } })).toBeUndefined();
    expect(
      book.priceSpan({ kind: 'chain', responseModel: 'gpt-4o', usage: { input: 1, output: 1 } }),
    ).toBeUndefined();
    expect(
      book.priceSpan({ kind: 'agent', responseModel: 'gpt-4o', usage: { input: 1, output: 1 } }),
    ).toBeUndefined();
  });

  it('prices embeddings on input alone and judge (evaluator) calls like any model call', () => {
    expect(
      book.priceSpan({
        kind: 'embedding',
        responseModel: 'text-embedding-3-small',
        usage: { input: 1_000_000 },
      })?.costUsd,
    ).toBe(0.02);
    expect(
      book.priceSpan({
        kind: 'evaluator',
        responseModel: 'gpt-4.1-mini',
        usage: { input: 1_000_000, output: 1_000_000 },
      })?.costUsd,
    ).toBeCloseTo(2, 12);
  });

  it('picks the host price for models several hosts sell, and needs the host when the id is ambiguous', () => {
    const scout = { input: 1_000_000, output: 0 };
    expect(llm('meta-llama/llama-4-scout-17b-16e-instruct', scout, { provider: 'groq.chat' })).toBe(0.11);
    expect(llm('meta-llama/Llama-4-Scout-17B-16E-Instruct', scout, { provider: 'togetherai.chat' })).toBe(
      0.18,
    );
    expect(llm('meta-llama/llama-4-scout-17b-16e-instruct', scout)).toBeUndefined();
    expect(llm('us.meta.llama3-3-70b-instruct-v1:0', scout)).toBe(0.72);
    expect(llm('llama-3.3-70b-versatile', scout)).toBe(0.59);
  });

  it('lets overrides win over the table, marks the price version, and ignores invalid overrides', () => {
    const custom = createPriceBook({
      overrides: { 'gpt-4o': { input: 1, output: 1 }, 'broken-model': { input: -1, output: 1 } },
    });
    expect(custom.version).toMatch(new RegExp(`^${PRICE_TABLE_VERSION}\\+custom\\.[0-9a-f]{8}$`));
    const priced = custom.priceSpan({
      kind: 'llm',
      responseModel: 'openai/gpt-4o-2024-08-06',
      usage: { input: 1_000_000, output: 1_000_000 },
    });
    expect(priced).toEqual({ costUsd: 2, priceVersion: custom.version });
    expect(
      custom.priceSpan({ kind: 'llm', responseModel: 'broken-model', usage: { input: 1, output: 1 } }),
    ).toBeUndefined();
    expect(custom.lookup('gpt-4o-mini')?.origin).toBe('table');
    // The same overrides give the same version in another process (e.g. the writer worker).
    expect(
      createPriceBook({
        overrides: { 'broken-model': { input: -1, output: 1 }, 'gpt-4o': { output: 1, input: 1 } },
      }).version,
    ).toBe(custom.version);
  });

  it('never prices below zero when an adapter reports subsets larger than their totals', () => {
    expect(
      costOfCall(
        { input: 1, output: 2, cacheRead: 0.5 },
        { input: 100, cacheRead: 150, output: 10, reasoning: 20 },
      ),
    ).toBeCloseTo((150 * 0.5 + 10 * 2) / 1e6, 15);
  });

  it('has a source and a date on every table entry, and unique ids per host', () => {
    const seen = new Set<string>();
    for (const entry of PRICE_TABLE) {
      expect(entry.source).toMatch(/^https:\/\//);
      expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.input).toBeGreaterThanOrEqual(0);
      for (const id of [entry.id, ...(entry.aliases ?? [])]) {
        const key = `${entry.host ?? ''}:${id}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
    for (const model of [
      'gpt-5',
      'claude-sonnet-4-5',
      'gemini-2.5-flash',
      'mistral-large-2411',
      'deepseek-reasoner',
      'grok-4',
      'voyage-3.5',
    ]) {
      expect(book.lookup(model), model).toBeDefined();
    }
  });
});
