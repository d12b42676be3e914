import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tool } from '@langchain/core/tools';
// LangGraph installs LangChain's AsyncLocalStorage (plain LangChain apps do it themselves in Node).
import '@langchain/langgraph';
import { createLlmtop } from '@llmtop/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readSpans } from './__fixtures__/read-spans.js';
import { LlmtopCallbackHandler } from './llmtop-callback-handler.js';

describe('llmtop.span inside LangChain code (with LangChain async context, as in every LangGraph app)', () => {
  it('nests a manual reranker span under the tool run that is executing', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'llmtop-lc-manual-')), 'a.db');
    const llmtop = createLlmtop({ path, writer: 'inline', handleExit: false });
    const search = tool(
      async ({ query }) =>
        llmtop.span({ kind: 'reranker', name: 'rerank', input: { query } }, (span) => {
          span.setOutput(['b', 'a']);
          return 'b a';
        }),
      { name: 'search', description: 'search', schema: z.object({ query: z.string() }) },
    );
    await search.invoke({ query: 'refunds' }, { callbacks: [new LlmtopCallbackHandler(llmtop)] });
    await llmtop.shutdown();
    const spans = readSpans(path);
    const toolSpan = spans.find((s) => s.kind === 'tool')!;
    const reranker = spans.find((s) => s.kind === 'reranker')!;
    expect(reranker.parent_span_id).toBe(toolSpan.span_id);
    expect(reranker.trace_id).toBe(toolSpan.trace_id);
  });
});
