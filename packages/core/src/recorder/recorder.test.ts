import { describe, expect, it } from 'vitest';
import { AmbientContextStore } from '../context/ambient-context.js';
import type { SpanData } from '../span/span-record.js';
import { createIdGenerator, isSpanId, isTraceId } from '../util/ids.js';
import { createInternalErrors } from '../util/internal-errors.js';
import { createRecorder } from './recorder.js';

function setup(options: { maxOpenSpans?: number; openSpanTimeoutMs?: number } = {}) {
  let now = 1_000;
  const ended: SpanData[] = [];
  const reported: string[] = [];
  const ambient = new AmbientContextStore();
  const recorder = createRecorder({
    clock: () => now,
    ids: createIdGenerator(() => now),
    ambient,
    errors: createInternalErrors((_, kind) => reported.push(kind)),
    onEnd: (span) => ended.push(span),
    ...options,
  });
  return { recorder, ended, reported, ambient, tick: (ms: number) => (now += ms) };
}

describe('createRecorder', () => {
  it('nests children under parents, shares the trace and inherits the nearest agent', () => {
    const { recorder, ended, tick } = setup();
    recorder.start('root', {
      kind: 'chain',
      name: 'graph',
      sessionId: 's1',
      userId: 'u1',
      feature: 'support',
    });
    recorder.start('sup', { kind: 'agent', name: 'supervisor', parentKey: 'root' });
    recorder.start('llm', { kind: 'llm', name: 'chat', parentKey: 'sup', requestModel: 'gpt-4o' });
    tick(5);
    recorder.firstToken('llm');
    tick(5);
    recorder.firstToken('llm');
    recorder.end('llm', { usage: { input: 10, output: 5 }, responseModel: 'gpt-4o-2024-08-06' });
    recorder.end('sup');
    recorder.end('root');
    const [llm, sup, root] = ended;
    expect(ended).toHaveLength(3);
    expect(isTraceId(root!.traceId) && isSpanId(root!.spanId)).toBe(true);
    expect(root!.parentSpanId).toBeUndefined();
    expect(sup!.parentSpanId).toBe(root!.spanId);
    expect(llm!.parentSpanId).toBe(sup!.spanId);
    expect(new Set(ended.map((s) => s.traceId)).size).toBe(1);
    expect([root!.agent, sup!.agent, llm!.agent]).toEqual([undefined, 'supervisor', 'supervisor']);
    expect(llm).toMatchObject({ sessionId: 's1', userId: 'u1', feature: 'support', status: 'ok' });
    expect(llm!.firstTokenMs! - llm!.startMs).toBe(5);
    expect(llm!.usage).toEqual({ input: 10, output: 5 });
  });

  it('makes an orphan a root of its own trace and a late child find its ended parent', () => {
    const { recorder, ended } = setup();
    recorder.start('a', { kind: 'chain', name: 'a' });
    recorder.end('a');
    recorder.start('late', { kind: 'tool', name: 't', parentKey: 'a' });
    recorder.start('orphan', { kind: 'tool', name: 'o', parentKey: 'never-started' });
    recorder.end('late');
    recorder.end('orphan');
    expect(ended[1]!.parentSpanId).toBe(ended[0]!.spanId);
    expect(ended[2]!.parentSpanId).toBeUndefined();
    expect(ended[2]!.traceId).not.toBe(ended[0]!.traceId);
  });

  it('takes parent and context from the ambient store when no parent key is known', () => {
    const { recorder, ended, ambient } = setup();
    recorder.start('outer', { kind: 'custom', name: 'outer' });
    const outer = recorder.ref('outer')!;
    ambient.run({ sessionId: 'amb', agent: 'researcher', active: outer }, () => {
      recorder.start('inner', { kind: 'llm', name: 'inner', sessionId: 'explicit' });
      recorder.end('inner');
    });
    expect(ended[0]).toMatchObject({
      parentSpanId: outer.spanId,
      traceId: outer.traceId,
      sessionId: 'explicit',
      agent: 'researcher',
    });
  });

  it('ignores end before start, double end and duplicate start without throwing', () => {
    const { recorder, ended, reported } = setup();
    recorder.end('nope');
    recorder.error('nope', new Error('x'));
    recorder.start('x', { kind: 'tool', name: 'x' });
    recorder.start('x', { kind: 'tool', name: 'again' });
    recorder.end('x');
    recorder.end('x');
    expect(ended).toHaveLength(1);
    expect(ended[0]!.name).toBe('x');
    expect(reported).toContain('recorder.duplicate-start');
  });

  it('records errors with their message and keeps status error', () => {
    const { recorder, ended } = setup();
    recorder.start('t', { kind: 'tool', name: 'search' });
    recorder.error('t', new RangeError('quota exceeded'));
    expect(ended[0]).toMatchObject({ status: 'error', error: 'RangeError: quota exceeded' });
  });

  it('bounds open spans, evicting the oldest as an error, and sweeps abandoned ones', () => {
    const { recorder, ended, tick } = setup({ maxOpenSpans: 2, openSpanTimeoutMs: 1000 });
    recorder.start('1', { kind: 'llm', name: 'one' });
    recorder.start('2', { kind: 'llm', name: 'two' });
    recorder.start('3', { kind: 'llm', name: 'three' });
    expect(ended.map((s) => s.name)).toEqual(['one']);
    expect(ended[0]!.status).toBe('error');
    expect(recorder.evicted).toBe(1);
    tick(2000);
    expect(recorder.sweep()).toBe(2);
    expect(recorder.openSpans).toBe(0);
    expect(ended[2]!.error).toMatch(/abandoned/);
  });

  it('survives a random storm of calls in any order with hostile values', () => {
    const { recorder, ended } = setup({ maxOpenSpans: 50 });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const hostile = [
      cyclic,
      10n ** 20n,
      'x'.repeat(1_000_000),
      '\uD800',
      new Uint8Array(3),
      null,
      undefined,
      Symbol('s'),
    ];
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const keys = Array.from({ length: 30 }, (_, i) => `k${i}`);
    for (let i = 0; i < 5000; i++) {
      const key = pick(keys);
      const op = Math.floor(random() * 6);
      const call = () => {
        if (op === 0)
          recorder.start(key, {
            kind: 'llm',
            name: pick(hostile) as string,
            parentKey: pick(keys),
            input: pick(hostile),
          });
        else if (op === 1) recorder.end(key, { output: pick(hostile), attributes: { v: pick(hostile) } });
        else if (op === 2) recorder.error(key, pick(hostile));
        else if (op === 3) recorder.update(key, { usage: { input: pick(hostile) as number } });
        else if (op === 4) recorder.event(key, 'e', pick(hostile));
        else recorder.firstToken(key);
      };
      expect(call).not.toThrow();
    }
    expect(ended.length).toBeGreaterThan(100);
  });
});

describe('parent resolvers', () => {
  it('nests a span without parent key under the innermost of the resolved run and the ambient span', () => {
    const { recorder, ended, ambient, tick } = setup();
    let current: string | undefined;
    recorder.addParentResolver(() => current);
    recorder.start('outer-manual', { kind: 'custom', name: 'outer' });
    tick(1);
    recorder.start('lc-tool', { kind: 'tool', name: 'search', parentKey: 'outer-manual' });
    current = 'lc-tool';
    ambient.run({ active: recorder.ref('outer-manual')! }, () => {
      recorder.start('rerank', { kind: 'reranker', name: 'rerank' });
      recorder.end('rerank');
      tick(1);
      recorder.start('inner-manual', { kind: 'custom', name: 'inner' });
      ambient.run({ active: recorder.ref('inner-manual')! }, () => {
        recorder.start('deepest', { kind: 'custom', name: 'deepest' });
        recorder.end('deepest');
      });
    });
    const byName = Object.fromEntries(ended.map((s) => [s.name, s]));
    const tool = recorder.ref('lc-tool')!;
    expect(byName.rerank!.parentSpanId).toBe(tool.spanId);
    expect(byName.deepest!.parentSpanId).toBe(recorder.ref('inner-manual')!.spanId);
  });
});
