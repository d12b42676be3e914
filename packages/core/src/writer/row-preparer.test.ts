import { describe, expect, it } from 'vitest';
import type { SpanData } from '../span/span-record.js';
import { createRowPreparer } from './store-writer.js';

const TRACE = 'c'.repeat(32);

function llmSpan(id: number, text: string): SpanData {
  return {
    traceId: TRACE,
    spanId: id.toString(16).padStart(16, '0'),
    kind: 'llm',
    name: 'chat',
    status: 'ok',
    startMs: 1_000,
    endMs: 1_001,
    input: [{ role: 'user', content: text }],
  } as SpanData;
}

describe('createRowPreparer', () => {
  it('hands its per-trace placeholder numbering to another preparer across a structured clone', () => {
    const config = { path: ':memory:', judgeSampleRate: 0 };
    const writerThread = createRowPreparer(config, () => {});
    const [first] = writerThread([llmSpan(1, 'Mail jane.doe@example.com, I am Dr. Ada Lovelace.')]);
    expect(first?.input).toContain('<EMAIL_1>');

    // What the writer worker posts to the pipeline worker when it starts it.
    const scopes = structuredClone(writerThread.pipeline.exportScopes());
    const pipelineThread = createRowPreparer(config, () => {});
    pipelineThread.pipeline.adoptScopes(scopes);
    const [second] = pipelineThread([
      llmSpan(2, 'Now bob@example.org writes, with jane.doe@example.com in copy. Ada Lovelace agreed.'),
    ]);
    // The new address gets the next number; the one seen before keeps its own.
    expect(second?.input).toContain('Now <EMAIL_2> writes, with <EMAIL_1> in copy. <PERSON_1> agreed.');

    // Without the handover the numbering restarts and the two addresses swap numbers.
    const fresh = createRowPreparer(config, () => {});
    const [restarted] = fresh([llmSpan(3, 'Now bob@example.org writes, with jane.doe@example.com in copy.')]);
    expect(restarted?.input).toContain('Now <EMAIL_1> writes, with <EMAIL_2> in copy.');
  });
});
