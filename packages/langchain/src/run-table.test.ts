import { describe, expect, it } from 'vitest';
import { type ExpiryReason, type RunState, RunTable } from './run-table.js';

function table(maxRuns = 100, timeoutMs = 1000) {
  let now = 0;
  const expired: [string, ExpiryReason][] = [];
  const runs = new RunTable({
    maxRuns,
    timeoutMs,
    now: () => now,
    onExpire: (run: RunState, reason) => expired.push([run.id, reason]),
  });
  return { runs, expired, advance: (ms: number) => (now += ms) };
}

describe('RunTable', () => {
  it('gives hidden runs their visible ancestor’s span key', () => {
    const { runs } = table();
    const root = runs.open('root', undefined, false, undefined, false);
    const hidden = runs.open('hidden', root, true, undefined, false);
    expect(hidden.spanKey).toBe('root');
    expect(runs.open('child', hidden, false, undefined, false).spanKey).toBe('child');
    expect(runs.open('orphan-hidden', undefined, true, undefined, false).spanKey).toBeUndefined();
    runs.stopTimer();
  });

  it('expires idle runs without open children, then their idle ancestors', () => {
    const { runs, expired, advance } = table();
    const root = runs.open('root', undefined, false, undefined, false);
    runs.open('stream', root, false, undefined, false);
    advance(1500);
    expect(runs.sweep()).toBe(2);
    expect(expired).toEqual([
      ['stream', 'timeout'],
      ['root', 'timeout'],
    ]);
    expect(runs.size).toBe(0);
    expect(runs.timedOut).toBe(2);
    runs.stopTimer();
  });

  it('keeps runs that are active or waiting on active children', () => {
    const { runs, expired, advance } = table();
    const root = runs.open('root', undefined, false, undefined, false);
    const stream = runs.open('stream', root, false, undefined, false);
    advance(900);
    runs.touch(stream);
    advance(900);
    expect(runs.sweep()).toBe(0);
    runs.close(stream);
    advance(500);
    expect(runs.sweep()).toBe(0);
    advance(600);
    expect(runs.sweep()).toBe(1);
    expect(expired).toEqual([['root', 'timeout']]);
    runs.stopTimer();
  });

  it('evicts the oldest run beyond the bound and counts it', () => {
    const { runs, expired } = table(2);
    runs.open('a', undefined, false, undefined, false);
    runs.open('b', undefined, false, undefined, false);
    runs.open('c', undefined, false, undefined, false);
    expect(expired).toEqual([['a', 'evicted']]);
    expect(runs.size).toBe(2);
    expect(runs.evicted).toBe(1);
    runs.stopTimer();
  });

  it('closing is idempotent and releases the parent', () => {
    const { runs } = table();
    const root = runs.open('root', undefined, false, undefined, false);
    const child = runs.open('child', root, false, undefined, false);
    expect(root.openChildren).toBe(1);
    runs.close(child);
    runs.close(child);
    expect(root.openChildren).toBe(0);
    runs.stopTimer();
  });
});
