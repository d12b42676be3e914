import type { Recorder } from '@llmtop/core';
import { describe, expect, it } from 'vitest';
import { recordStream } from './stream-recorder.js';

/** A recorder that logs the calls made to it, to check the span ends exactly once. */
function loggingRecorder() {
  const calls: [string, ...unknown[]][] = [];
  const recorder = {
    start: (...args: unknown[]) => calls.push(['start', ...args]),
    update: () => {},
    firstToken: (key: string) => calls.push(['firstToken', key]),
    end: (key: string, end: unknown) => calls.push(['end', key, end]),
    error: (key: string, error: unknown, end: unknown) => calls.push(['error', key, error, end]),
    event: () => {},
    ref: () => undefined,
    addParentResolver: () => () => {},
    openSpans: 0,
  } as unknown as Recorder;
  return { recorder, calls };
}

const parts = [
  { type: 'stream-start', warnings: [] },
  { type: 'text-start', id: '1' },
  { type: 'text-delta', id: '1', delta: 'Hel' },
  { type: 'text-delta', id: '1', delta: 'lo' },
  { type: 'tool-call', toolCallId: 'c1', toolName: 'search', input: '{}' },
  {
    type: 'finish',
    finishReason: { unified: 'stop', raw: 'stop' },
    usage: { inputTokens: { total: 3 }, outputTokens: { total: 2 } },
  },
];

function source(chunks: unknown[], keepOpen = false): ReadableStream<unknown> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      if (!keepOpen) controller.close();
    },
  });
}

async function drain(stream: ReadableStream<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  const reader = stream.getReader();
  for (;;) {
    const next = await reader.read();
    if (next.done) return out;
    out.push(next.value);
  }
}

describe('recordStream', () => {
  it('passes every part through unchanged and ends once with text, tool calls and usage', async () => {
    const { recorder, calls } = loggingRecorder();
    const out = await drain(recordStream(recorder, 'k', source(parts)));
    expect(out).toEqual(parts);
    expect(calls.map((call) => call[0])).toEqual(['firstToken', 'end']);
    expect(calls[1]?.[2]).toEqual({
      output: [{ type: 'text', text: 'Hello' }, parts[4]],
      usage: { input: 3, output: 2 },
      finishReason: 'stop',
    });
  });

  it('ends once as an error when the consumer cancels, and cancels the source', async () => {
    const { recorder, calls } = loggingRecorder();
    let sourceCancelled: unknown;
    const upstream = new ReadableStream({
      start(controller) {
        controller.enqueue(parts[2]);
      },
      cancel(reason) {
        sourceCancelled = reason;
      },
    });
    const reader = recordStream(recorder, 'k', upstream).getReader();
    await reader.read();
    await reader.cancel('user stop');
    expect(sourceCancelled).toBe('user stop');
    expect(calls.map((call) => call[0])).toEqual(['firstToken', 'error']);
  });

  it('ends once as an error when the abort signal fires, even if the stream then completes', async () => {
    const { recorder, calls } = loggingRecorder();
    const controller = new AbortController();
    const stream = recordStream(recorder, 'k', source(parts), controller.signal);
    controller.abort(new Error('stop'));
    await drain(stream);
    expect(calls.map((call) => call[0])).toEqual(['error', 'firstToken']);
  });

  it('ends as an error when the source errors, and rethrows to the consumer', async () => {
    const { recorder, calls } = loggingRecorder();
    const failure = new Error('socket closed');
    const upstream = new ReadableStream({
      pull(controller) {
        controller.error(failure);
      },
    });
    await expect(drain(recordStream(recorder, 'k', upstream))).rejects.toBe(failure);
    expect(calls).toEqual([['error', 'k', failure, { output: [] }]]);
  });
});
