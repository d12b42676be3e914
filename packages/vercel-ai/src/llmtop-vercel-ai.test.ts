import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLlmtop, type Llmtop } from '@llmtop/core';
import { openDatabase } from '@llmtop/core/sqlite';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  SDK_VERSIONS,
  textResult,
  textStreamParts,
  toolCallsResult,
  usage,
} from './__fixtures__/sdk-versions.js';
import {
  llmtopAgent,
  llmtopEmbeddingMiddleware,
  llmtopMiddleware,
  llmtopRerankingModel,
  llmtopTelemetry,
} from './index.js';

type Row = Record<string, unknown> & { span_id: string; parent_span_id: string | null };

const internalErrors = new WeakMap<Llmtop, string[]>();

function open(): Llmtop {
  const path = join(mkdtempSync(join(tmpdir(), 'llmtop-ai-')), 'test.db');
  const errors: string[] = [];
  const llmtop = createLlmtop({
    path,
    writer: 'inline',
    handleExit: false,
    judgeSampleRate: 0,
    onError: (_error, kind) => errors.push(kind),
  });
  internalErrors.set(llmtop, errors);
  return llmtop;
}

/** Flushes, checks llmtop reported no internal error, and reads the stored spans back. */
async function rows(llmtop: Llmtop): Promise<Row[]> {
  await llmtop.flush();
  expect(internalErrors.get(llmtop)).toEqual([]);
  await llmtop.shutdown();
  const db = openDatabase(llmtop.path, { readonly: true });
  try {
    const all = db.prepare('SELECT * FROM spans ORDER BY start_ns, seq').all() as Row[];
    // Nanosecond columns stay bigint; counts become plain numbers.
    for (const row of all) {
      for (const column of [
        'input_tokens',
        'output_tokens',
        'cache_read_tokens',
        'cache_write_tokens',
        'reasoning_tokens',
      ]) {
        if (typeof row[column] === 'bigint') row[column] = Number(row[column]);
      }
    }
    return all;
  } finally {
    db.close();
  }
}

/** The span forest as indented `kind name [agent] status` lines, children in start order. */
function tree(spans: Row[]): string[] {
  const ids = new Set(spans.map((span) => span.span_id));
  const lines: string[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const span of spans) {
      const isChild =
        parent === null
          ? span.parent_span_id === null || !ids.has(span.parent_span_id)
          : span.parent_span_id === parent;
      if (!isChild) continue;
      lines.push(`${'  '.repeat(depth)}${span.kind} ${span.name} [${span.agent ?? ''}] ${span.status}`);
      walk(span.span_id, depth + 1);
    }
  };
  walk(null, 0);
  return lines;
}

const sum = (spans: Row[], column: string) =>
  spans.reduce((total, span) => total + Number(span[column] ?? 0), 0);

for (const sdk of SDK_VERSIONS) {
  const { ai } = sdk;

  describe(`@llmtop/vercel-ai with ${sdk.name}`, () => {
    it('records a two-agent flow: researcher with a failing tool, then a streaming writer', async () => {
      const llmtop = open();
      let researchCalls = 0;
      const researchModel = ai.wrapLanguageModel({
        model: new sdk.MockLanguageModel({
          modelId: 'research-model',
          doGenerate: async () =>
            ++researchCalls === 1
              ? toolCallsResult([
                  { id: 'call-search', name: 'search', input: { query: 'llm observability' } },
                  { id: 'call-fetch', name: 'fetchPage', input: { url: 'https://example.com' } },
                ])
              : textResult('Findings: two sources.', usage(40, 6, 10)),
        }),
        middleware: llmtopMiddleware(llmtop),
      });
      const writerModel = ai.wrapLanguageModel({
        model: new sdk.MockLanguageModel({
          modelId: 'writer-model',
          doStream: async () => ({
            stream: ai.simulateReadableStream({
              chunks: textStreamParts(['Final ', 'report.']),
              initialDelayInMs: 20,
              chunkDelayInMs: 1,
            }),
          }),
        }),
        middleware: llmtopMiddleware(llmtop),
      });
      const tools = {
        search: ai.tool({
          description: 'search the web',
          inputSchema: z.object({ query: z.string() }),
          execute: async ({ query }: { query: string }) => ({ hits: [`${query} #1`] }),
        }),
        fetchPage: ai.tool({
          description: 'fetch a page',
          inputSchema: z.object({ url: z.string() }),
          execute: async (): Promise<string> => {
            throw new Error('fetch failed: 503');
          },
        }),
      };
      const researcher = new ai.ToolLoopAgent(
        llmtopAgent(llmtop, { id: 'researcher', model: researchModel, tools }),
      );
      const writer = new ai.ToolLoopAgent(llmtopAgent(llmtop, { id: 'writer', model: writerModel }));
      // ai 6 integrations see no call ids, so there the agents are named by the ambient context.
      const asAgent = <T>(agent: string, fn: () => Promise<T>) =>
        sdk.structuredTelemetry ? fn() : llmtop.span({ kind: 'agent', name: agent }, fn);

      const { research, written, text } = await llmtop.withContext(
        { sessionId: 'session-1', feature: 'report' },
        () =>
          llmtop.span({ kind: 'chain', name: 'pipeline' }, async () => {
            const research = await asAgent('researcher', () =>
              researcher.generate({ prompt: 'Research observability' }),
            );
            return asAgent('writer', async () => {
              const written = await writer.stream({ prompt: `Write up: ${research.text}` });
              const text = await written.text;
              return { research, written, text };
            });
          }),
      );
      expect(text).toBe('Final report.');
      const spans = await rows(llmtop);

      if (sdk.structuredTelemetry) {
        expect(tree(spans)).toEqual([
          'chain pipeline [] ok',
          '  agent researcher [researcher] ok',
          '    chain step 0 [researcher] ok',
          '      llm research-model [researcher] ok',
          '      tool search [researcher] ok',
          '      tool fetchPage [researcher] error',
          '    chain step 1 [researcher] ok',
          '      llm research-model [researcher] ok',
          '  agent writer [writer] ok',
          '    chain step 0 [writer] ok',
          '      llm writer-model [writer] ok',
        ]);
      } else {
        expect(tree(spans)).toEqual([
          'chain pipeline [] ok',
          '  agent researcher [researcher] ok',
          '    llm research-model [researcher] ok',
          '    tool search [researcher] ok',
          '    tool fetchPage [researcher] error',
          '    llm research-model [researcher] ok',
          '  agent writer [writer] ok',
          '    llm writer-model [writer] ok',
        ]);
      }
      expect(new Set(spans.map((span) => span.session_id))).toEqual(new Set(['session-1']));
      expect(new Set(spans.map((span) => span.feature))).toEqual(new Set(['report']));

      const llm = spans.filter((span) => span.kind === 'llm');
      const researchLlm = llm.filter((span) => span.agent === 'researcher');
      const researchUsage = await sdk.totalUsage(research);
      expect(sum(researchLlm, 'input_tokens')).toBe(researchUsage.inputTokens);
      expect(sum(researchLlm, 'output_tokens')).toBe(researchUsage.outputTokens);
      expect(researchLlm.map((span) => span.cache_read_tokens)).toEqual([4, 10]);
      expect(researchLlm.map((span) => span.reasoning_tokens)).toEqual([2, null]);
      expect(researchLlm.map((span) => span.cache_write_tokens)).toEqual([null, null]);
      expect(researchLlm.map((span) => span.finish_reason)).toEqual(['tool-calls', 'stop']);
      expect(researchLlm[1]).toMatchObject({
        provider: 'mock-provider',
        request_model: 'research-model',
        response_model: 'mock-model-2026-01',
        first_token_ns: null,
      });
      // The model's tool-call ids link to the tool spans.
      const toolCallIds = JSON.parse(String(researchLlm[0]?.output))
        .filter((part: { type: string }) => part.type === 'tool-call')
        .map((part: { toolCallId: string }) => part.toolCallId);
      const toolSpans = spans.filter((span) => span.kind === 'tool');
      expect(toolSpans.map((span) => JSON.parse(String(span.attributes)).toolCallId)).toEqual(toolCallIds);
      expect(JSON.parse(String(toolSpans[0]?.input))).toEqual({ query: 'llm observability' });
      expect(JSON.parse(String(toolSpans[0]?.output))).toEqual({ hits: ['llm observability #1'] });
      expect(toolSpans[1]?.error).toContain('fetch failed: 503');

      const writerLlm = llm.find((span) => span.agent === 'writer');
      const writerUsage = await sdk.totalUsage(written);
      expect(writerLlm).toMatchObject({
        input_tokens: writerUsage.inputTokens,
        output_tokens: writerUsage.outputTokens,
        response_model: 'mock-stream-2026-01',
        finish_reason: 'stop',
      });
      expect(JSON.parse(String(writerLlm?.attributes))).toMatchObject({ stream: true });
      const ttftMs =
        Number(BigInt(String(writerLlm?.first_token_ns)) - BigInt(String(writerLlm?.start_ns))) / 1e6;
      expect(ttftMs).toBeGreaterThanOrEqual(15);
      expect(Number(writerLlm?.end_ns)).toBeGreaterThanOrEqual(Number(writerLlm?.first_token_ns));
    });

    it('ends an aborted stream exactly once, as an error', async () => {
      const llmtop = open();
      const model = ai.wrapLanguageModel({
        model: new sdk.MockLanguageModel({
          modelId: 'slow-model',
          doStream: async () => ({
            stream: ai.simulateReadableStream({
              chunks: textStreamParts(['a ', 'b ', 'c ', 'd ', 'e']),
              initialDelayInMs: 5,
              chunkDelayInMs: 40,
            }),
          }),
        }),
        middleware: llmtopMiddleware(llmtop, { agent: 'streamer' }),
      });
      const controller = new AbortController();
      const result = ai.streamText({
        model,
        prompt: 'go',
        abortSignal: controller.signal,
        telemetry: { integrations: [llmtopTelemetry(llmtop)] },
      });
      const seen: string[] = [];
      try {
        for await (const delta of result.textStream) {
          seen.push(delta);
          if (seen.length === 2) controller.abort();
        }
      } catch {
        // Depending on the major, aborting ends the stream or rejects it.
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
      const spans = await rows(llmtop);
      if (sdk.structuredTelemetry) {
        expect(tree(spans)).toEqual([
          'chain streamText [] error',
          '  chain step 0 [] error',
          '    llm slow-model [streamer] error',
        ]);
      }
      const llm = spans.filter((span) => span.kind === 'llm');
      expect(llm).toHaveLength(1);
      expect(llm[0]).toMatchObject({ status: 'error', agent: 'streamer', finish_reason: null });
      expect(llm[0]?.first_token_ns).not.toBeNull();
      expect(JSON.parse(String(llm[0]?.output))[0].text.length).toBeLessThan('a b c d e'.length);
    });

    it('ends a stream whose provider reports an error as an error span', async () => {
      const llmtop = open();
      const model = ai.wrapLanguageModel({
        model: new sdk.MockLanguageModel({
          doStream: async () => ({
            stream: ai.simulateReadableStream({
              chunks: [
                ...textStreamParts(['partial']).slice(0, 4),
                { type: 'error', error: new Error('overloaded') },
              ],
            }),
          }),
        }),
        middleware: llmtopMiddleware(llmtop),
      });
      const seen: unknown[] = [];
      const result = ai.streamText({
        model,
        prompt: 'go',
        telemetry: { integrations: [llmtopTelemetry(llmtop)] },
        onError: ({ error }: { error: unknown }) => seen.push(error),
      });
      await result.consumeStream();
      expect(seen).toHaveLength(1);
      expect(llmtop.recorder.openSpans).toBe(0);
      const spans = await rows(llmtop);
      if (sdk.structuredTelemetry) {
        expect(tree(spans)).toEqual([
          'chain streamText [] error',
          '  chain step 0 [] error',
          '    llm mock-model-id [] error',
        ]);
      }
      const llm = spans.find((span) => span.kind === 'llm');
      expect(llm).toMatchObject({ kind: 'llm', status: 'error' });
      expect(llm?.error).toContain('overloaded');
      expect(llm?.first_token_ns).not.toBeNull();
    });

    it('records a model error and lets the app error through unchanged', async () => {
      const llmtop = open();
      const failure = new Error('provider down');
      const model = ai.wrapLanguageModel({
        model: new sdk.MockLanguageModel({
          doGenerate: async () => {
            throw failure;
          },
        }),
        middleware: llmtopMiddleware(llmtop),
      });
      const caught = await ai
        .generateText({
          model,
          prompt: 'hi',
          maxRetries: 0,
          telemetry: { integrations: [llmtopTelemetry(llmtop)] },
        })
        .catch((error: unknown) => error);
      expect(caught).toBe(failure);
      expect(llmtop.recorder.openSpans).toBe(0);
      const spans = await rows(llmtop);
      if (sdk.structuredTelemetry) {
        expect(tree(spans)).toEqual([
          'chain generateText [] error',
          '  chain step 0 [] error',
          '    llm mock-model-id [] error',
        ]);
      }
      const span = spans.find((row) => row.kind === 'llm');
      expect(span).toMatchObject({ kind: 'llm', status: 'error', input_tokens: null, output_tokens: null });
      expect(span?.error).toContain('provider down');
    });

    it('records an object generation with its response format', async () => {
      const llmtop = open();
      const model = ai.wrapLanguageModel({
        model: new sdk.MockLanguageModel({
          modelId: 'object-model',
          doGenerate: async () => textResult('{"title":"Hi","score":3}', usage(30, 9)),
        }),
        middleware: llmtopMiddleware(llmtop, { feature: 'extract', userId: 'u-7' }),
      });
      const result = await ai.generateObject({
        model,
        schema: z.object({ title: z.string(), score: z.number() }),
        prompt: 'extract',
        telemetry: { integrations: [llmtopTelemetry(llmtop)] },
      });
      expect(result.object).toEqual({ title: 'Hi', score: 3 });
      const spans = await rows(llmtop);
      // The model call is recorded once, by the middleware, even with the integration attached.
      expect(tree(spans)).toEqual(['llm object-model [] ok']);
      const span = spans.find((row) => row.kind === 'llm');
      expect(span).toMatchObject({
        kind: 'llm',
        name: 'object-model',
        feature: 'extract',
        user_id: 'u-7',
        input_tokens: 30,
        output_tokens: 9,
        finish_reason: 'stop',
      });
      expect(JSON.parse(String(span?.attributes)).responseFormat.type).toBe('json');
    });

    it('records embed and embedMany as embedding spans, reranking as reranker', async () => {
      const llmtop = open();
      const model = ai.wrapEmbeddingModel({
        model: new sdk.MockEmbeddingModel({
          modelId: 'embed-model',
          maxEmbeddingsPerCall: 2,
          doEmbed: async ({ values }: { values: string[] }) => ({
            embeddings: values.map(() => [0.1, 0.2, 0.3]),
            usage: { tokens: values.length * 3 },
            warnings: [],
          }),
        }),
        middleware: llmtopEmbeddingMiddleware(llmtop, { agent: 'indexer' }),
      });
      await ai.embed({ model, value: 'one' });
      const many = await ai.embedMany({ model, values: ['a', 'b', 'c'] });
      expect(many.embeddings).toHaveLength(3);
      const reranker = llmtopRerankingModel(
        llmtop,
        new sdk.MockRerankingModel({
          modelId: 'rerank-model',
          doRerank: async () => ({
            ranking: [
              { index: 1, relevanceScore: 0.9 },
              { index: 0, relevanceScore: 0.2 },
            ],
          }),
        }),
      );
      const reranked = await ai.rerank({ model: reranker, query: 'q', documents: ['x', 'y'] });
      expect(reranked.ranking[0].originalIndex).toBe(1);
      const spans = await rows(llmtop);
      const embeddings = spans.filter((span) => span.kind === 'embedding');
      expect(embeddings.map((span) => [span.name, span.agent, span.input_tokens])).toEqual([
        ['embed-model', 'indexer', 3],
        ['embed-model', 'indexer', 6],
        ['embed-model', 'indexer', 3],
      ]);
      expect(JSON.parse(String(embeddings[1]?.output))).toEqual({ count: 2, dimensions: 3 });
      const rerank = spans.find((span) => span.kind === 'reranker');
      expect(JSON.parse(String(rerank?.output))[0]).toEqual({ index: 1, relevanceScore: 0.9 });
    });

    it.runIf(sdk.structuredTelemetry)(
      'records model calls from the telemetry integration alone, nesting llmtop.span inside tools',
      async () => {
        const llmtop = open();
        let calls = 0;
        const model = new sdk.MockLanguageModel({
          modelId: 'bare-model',
          doGenerate: async () =>
            ++calls === 1
              ? toolCallsResult([{ id: 'call-1', name: 'lookup', input: { id: 7 } }])
              : textResult('done', usage(15, 3)),
        });
        const lookup = ai.tool({
          inputSchema: z.object({ id: z.number() }),
          execute: ({ id }: { id: number }) =>
            llmtop.span({ kind: 'retriever', name: 'db' }, () => ({ id, name: 'row' })),
        });
        const result = await ai.generateText({
          model,
          tools: { lookup },
          stopWhen: ai.stepCountIs(3),
          prompt: 'look up 7',
          telemetry: { integrations: [llmtopTelemetry(llmtop, { userId: 'u-1' })] },
        });
        const spans = await rows(llmtop);
        expect(tree(spans)).toEqual([
          'chain generateText [] ok',
          '  chain step 0 [] ok',
          '    llm bare-model [] ok',
          '    tool lookup [] ok',
          '      retriever db [] ok',
          '  chain step 1 [] ok',
          '    llm bare-model [] ok',
        ]);
        expect(new Set(spans.map((span) => span.user_id))).toEqual(new Set(['u-1']));
        // The run and its first step can start in the same microsecond: find the run by name.
        const run = spans.find((span) => span.name === 'generateText');
        expect(String(run?.input)).toContain('look up 7');
        expect(JSON.parse(String(run?.output))).toBe('done');
        expect(JSON.parse(String(spans.find((span) => span.kind === 'tool')?.output))).toEqual({
          id: 7,
          name: 'row',
        });
        const llm = spans.filter((span) => span.kind === 'llm');
        expect(sum(llm, 'input_tokens')).toBe(result.usage.inputTokens);
        expect(sum(llm, 'output_tokens')).toBe(result.usage.outputTokens);
        expect(llm.map((span) => span.cache_read_tokens)).toEqual([4, null]);
        expect(llm.map((span) => span.response_model)).toEqual(['bare-model', 'mock-model-2026-01']);
      },
    );

    it.runIf(sdk.structuredTelemetry)(
      'records a failed stream from the telemetry integration alone',
      async () => {
        const llmtop = open();
        const model = new sdk.MockLanguageModel({
          modelId: 'bare-stream',
          doStream: async () => ({
            stream: ai.simulateReadableStream({
              chunks: [
                ...textStreamParts(['part']).slice(0, 4),
                { type: 'error', error: new Error('overloaded') },
              ],
            }),
          }),
        });
        const result = ai.streamText({
          model,
          prompt: 'go',
          onError: () => {},
          telemetry: { integrations: [llmtopTelemetry(llmtop)] },
        });
        await result.consumeStream();
        expect(tree(await rows(llmtop))).toEqual([
          'chain streamText [] error',
          '  chain step 0 [] error',
          '    llm bare-stream [] error',
        ]);
      },
    );

    it.runIf(sdk.structuredTelemetry)('nests a sub-agent called from a tool under that tool', async () => {
      const llmtop = open();
      const helper = new ai.ToolLoopAgent(
        llmtopAgent(llmtop, {
          id: 'helper',
          model: new sdk.MockLanguageModel({
            modelId: 'helper-model',
            doGenerate: async () => textResult('42'),
          }),
        }),
      );
      let calls = 0;
      const boss = new ai.ToolLoopAgent(
        llmtopAgent(llmtop, {
          id: 'boss',
          model: new sdk.MockLanguageModel({
            modelId: 'boss-model',
            doGenerate: async () =>
              ++calls === 1
                ? toolCallsResult([{ id: 'call-ask', name: 'ask', input: { question: 'answer?' } }])
                : textResult('The answer is 42.'),
          }),
          tools: {
            ask: ai.tool({
              inputSchema: z.object({ question: z.string() }),
              execute: async ({ question }: { question: string }) =>
                (await helper.generate({ prompt: question })).text,
            }),
          },
        }),
      );
      const result = await boss.generate({ prompt: 'go' });
      expect(result.text).toBe('The answer is 42.');
      expect(tree(await rows(llmtop))).toEqual([
        'agent boss [boss] ok',
        '  chain step 0 [boss] ok',
        '    llm boss-model [boss] ok',
        '    tool ask [boss] ok',
        '      agent helper [helper] ok',
        '        chain step 0 [helper] ok',
        '          llm helper-model [helper] ok',
        '  chain step 1 [boss] ok',
        '    llm boss-model [boss] ok',
      ]);
    });

    it('keeps concurrent calls in separate traces with their own context', async () => {
      const llmtop = open();
      const model = ai.wrapLanguageModel({
        model: new sdk.MockLanguageModel({
          doGenerate: async () => {
            await new Promise((resolve) => setTimeout(resolve, 5));
            return textResult('ok');
          },
        }),
        middleware: llmtopMiddleware(llmtop),
      });
      await Promise.all(
        ['u1', 'u2', 'u3', 'u4'].map((userId) =>
          llmtop.withContext({ userId, agent: `agent-${userId}` }, () =>
            ai.generateText({ model, prompt: userId }),
          ),
        ),
      );
      const spans = await rows(llmtop);
      expect(spans).toHaveLength(4);
      expect(new Set(spans.map((span) => span.trace_id)).size).toBe(4);
      for (const span of spans) {
        expect(span.agent).toBe(`agent-${span.user_id}`);
        expect(JSON.parse(String(span.input))).toContainEqual(expect.objectContaining({ role: 'user' }));
        expect(String(span.input)).toContain(String(span.user_id));
      }
    });
  });
}
