import { describe, expect, it } from 'vitest';
import { parseRetryAfter, tracesUrl } from './otlp-transport.js';
import { destinationKey, resolveSince } from './outbox.js';

describe('transport helpers', () => {
  it('reads Retry-After as seconds or an HTTP-date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('appends /v1/traces only to a bare origin', () => {
    expect(tracesUrl('http://localhost:4318')).toBe('http://localhost:4318/v1/traces');
    expect(tracesUrl('http://localhost:6006/')).toBe('http://localhost:6006/v1/traces');
    expect(tracesUrl('https://cloud.langfuse.com/api/public/otel/v1/traces')).toBe(
      'https://cloud.langfuse.com/api/public/otel/v1/traces',
    );
  });
});

describe('outbox helpers', () => {
  it('resolves --since durations, dates and epoch ms to nanoseconds', () => {
    const now = 1_760_000_000_000;
    expect(resolveSince('1h', now)).toBe(BigInt(now - 3_600_000) * 1_000_000n);
    expect(resolveSince('90s', now)).toBe(BigInt(now - 90_000) * 1_000_000n);
    expect(resolveSince('2026-01-01T00:00:00Z', now)).toBe(
      BigInt(Date.parse('2026-01-01T00:00:00Z')) * 1_000_000n,
    );
    expect(resolveSince(new Date(5), now)).toBe(5_000_000n);
    expect(() => resolveSince('yesterday-ish', now)).toThrow(/--since/);
  });

  it('keys the cursor by destination and selection', () => {
    expect(destinationKey('http://x/v1/traces')).toBe('http://x/v1/traces');
    expect(destinationKey('http://x/v1/traces', { session: 's', since: '1h' })).toBe(
      'http://x/v1/traces#session=s&since=1h',
    );
  });
});
