import { describe, expect, it } from 'vitest';
import { toSafeJson } from './safe-json.js';

describe('toSafeJson', () => {
  it('keeps plain JSON values as they are', () => {
    expect(JSON.parse(toSafeJson({ a: [1, 'x', true, null], b: { c: 2 } }))).toEqual({
      a: [1, 'x', true, null],
      b: { c: 2 },
    });
  });

  it('marks cycles, BigInt, functions, symbols and binary instead of throwing', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    const parsed = JSON.parse(
      toSafeJson({ cyclic, big: 10n ** 30n, fn: () => 1, sym: Symbol('s'), bytes: new Uint8Array(7) }),
    );
    expect(parsed.cyclic.self).toBe('[llmtop: circular]');
    expect(parsed.big).toBe('[llmtop: bigint 1000000000000000000000000000000]');
    expect(parsed.fn).toMatch(/^\[llmtop: function/);
    expect(parsed.sym).toBe('[llmtop: symbol s]');
    expect(parsed.bytes).toBe('[llmtop: binary 7 bytes]');
  });

  it('keeps shared (non-cyclic) references intact', () => {
    const shared = { v: 1 };
    expect(JSON.parse(toSafeJson({ a: shared, b: shared }))).toEqual({ a: { v: 1 }, b: { v: 1 } });
  });

  it('cuts huge strings with a marker and repairs lone surrogates', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const text = JSON.parse(toSafeJson(huge, { maxStringLength: 1000 }));
    expect(text.length).toBeLessThan(1100);
    expect(text).toMatch(/truncated 10484760 chars\]$/);
    expect(JSON.parse(toSafeJson('a\uD800b'))).toBe('a\uFFFDb');
    expect(JSON.parse(toSafeJson({ k: '\uDC00' })).k).toBe('\uFFFD');
  });

  it('survives throwing getters, throwing toJSON and hostile proxies', () => {
    const getter = Object.defineProperty({}, 'boom', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    const badToJson = {
      toJSON() {
        throw new Error('no');
      },
    };
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(JSON.parse(toSafeJson(getter)).boom).toBe('[llmtop: unreadable property]');
    expect(JSON.parse(toSafeJson(badToJson))).toBe('[llmtop: unreadable value]');
    expect(JSON.parse(toSafeJson(proxy))).toBe('[llmtop: unreadable value]');
  });

  it('serialises errors, dates, maps and sets readably', () => {
    const parsed = JSON.parse(
      toSafeJson({ e: new TypeError('bad'), d: new Date(0), m: new Map([['k', 1]]), s: new Set([1, 2]) }),
    );
    expect(parsed).toEqual({
      e: { name: 'TypeError', message: 'bad' },
      d: '1970-01-01T00:00:00.000Z',
      m: { k: 1 },
      s: [1, 2],
    });
  });

  it('bounds depth and total size', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 100; i++) {
      deep.next = {};
      deep = deep.next as Record<string, unknown>;
    }
    expect(toSafeJson(root)).toContain('[llmtop: max depth]');
    const wide = Array.from({ length: 5000 }, (_, i) => `item-${i}-${'y'.repeat(500)}`);
    expect(toSafeJson(wide, { maxTotalLength: 100_000 }).length).toBeLessThan(120_000);
  });
});
