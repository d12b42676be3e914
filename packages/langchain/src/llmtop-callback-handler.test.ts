/**
 * The handler against the real @langchain/core and LangGraph, a real `createLlmtop` and a real
 * SQLite file: every assertion reads rows back from the file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import { AIMessageChunk, HumanMessage } from '@langchain/core/messages';
import { StringOutputParser } from '@langchain/core/output_parsers';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { RunnableLambda } from '@langchain/core/runnables';
import { createLlmtop, type Llmtop } from '@llmtop/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createModels, createMultiAgentGraph } from './__fixtures__/multi-agent-graph.js';
import { readSpans, renderTrees, type StoredSpan, sum } from './__fixtures__/read-spans.js';
import { ScriptedChatModel } from './__fixtures__/scripted-chat-model.js';
import { ScriptedLLM } from './__fixtures__/scripted-llm.js';
import { LlmtopCallbackHandler } from './index.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  vi.restoreAllMocks();
});

function setup(): { llmtop: Llmtop; path: string; read: () => Promise<StoredSpan[]> } {
  const dir = mkdtempSync(join(tmpdir(), 'llmtop-lc-'));
  const path = join(dir, 'llmtop.db');
  const llmtop = createLlmtop({ path, writer: 'inline', handleExit: false });
  cleanups.push(async () => {
    await llmtop.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    llmtop,
    path,
    read: async () => {
      await llmtop.flush();
      return readSpans(path);
    },
  };
}

const ask = () => ({ messages: [new HumanMessage('research span nesting')] });

const EXPECTED_GRAPH_TREE = `chain:demo
  agent:supervisor @supervisor
    llm:ScriptedChatModel @supervisor
  agent:researcher @researcher_agent
    chain:researcher_agent @researcher_agent
      chain:agent @researcher_agent
        llm:ScriptedChatModel @researcher_agent
        chain:RunnableLambda @researcher_agent
      chain:tools @researcher_agent
        tool:search_docs @researcher_agent
          retriever:FakeRetriever @researcher_agent
      chain:agent @researcher_agent
        llm:ScriptedChatModel @researcher_agent
        chain:RunnableLambda @researcher_agent
      chain:tools @researcher_agent
        tool:calculator @researcher_agent
        tool:flaky_tool @researcher_agent !error
      chain:agent @researcher_agent
        llm:ScriptedChatModel @researcher_agent
        chain:RunnableLambda @researcher_agent
  agent:supervisor @supervisor
    llm:ScriptedChatModel @supervisor
  agent:translator @translator
    llm:ScriptedChatModel @translator
  agent:translator @translator
    llm:ScriptedChatModel @translator
  agent:supervisor @supervisor
    llm:ScriptedChatModel @supervisor
  agent:writer @writer
    llm:ScriptedChatModel @writer
  agent:supervisor @supervisor
    llm:ScriptedChatModel @supervisor`;

const byAgent = (spans: StoredSpan[], agent: string) =>
  spans.filter((s) => s.kind === 'llm' && s.agent === agent);
const json = (text: string | null) => (text === null ? null : JSON.parse(text));

describe('LlmtopCallbackHandler on a multi-agent LangGraph app', () => {
  it('records the run tree exactly as it ran, with agents, models, tokens, TTFT, tools, retriever and errors', async () => {
    const { llmtop, read } = setup();
    const handler = new LlmtopCallbackHandler(llmtop);
    const result = await createMultiAgentGraph().invoke(ask(), {
      callbacks: [handler],
      metadata: { session_id: 'sess-1', user_id: 'u-1' },
      runName: 'demo',
    });
    expect(result.messages.at(-1)?.name).toBe('writer');

    const spans = await read();
    expect(renderTrees(spans)).toEqual([EXPECTED_GRAPH_TREE]);
    expect(new Set(spans.map((s) => s.trace_id)).size).toBe(1);
    expect(spans.every((s) => s.session_id === 'sess-1' && s.user_id === 'u-1')).toBe(true);
    expect(spans.find((s) => s.parent_span_id === null)?.agent).toBeNull();

    // Model facts and tokens per agent: 4 supervisor calls, 3 researcher calls, 2 translators, 1 writer.
    const llms = spans.filter((s) => s.kind === 'llm');
    expect(llms.map((s) => [s.provider, s.request_model, s.response_model])).toContainEqual([
      'anthropic',
      'res-model',
      'res-model-2026-01-01',
    ]);
    expect(llms.every((s) => s.response_model === `${s.request_model}-2026-01-01`)).toBe(true);
    expect([
      sum(byAgent(spans, 'supervisor'), 'input_tokens'),
      sum(byAgent(spans, 'supervisor'), 'output_tokens'),
    ]).toEqual([80, 8]);
    expect([
      sum(byAgent(spans, 'researcher_agent'), 'input_tokens'),
      sum(byAgent(spans, 'researcher_agent'), 'output_tokens'),
    ]).toEqual([120, 30]);
    expect([
      sum(byAgent(spans, 'translator'), 'input_tokens'),
      sum(byAgent(spans, 'writer'), 'output_tokens'),
    ]).toEqual([20, 12]);
    expect([sum(llms, 'input_tokens'), sum(llms, 'output_tokens')]).toEqual([270, 60]);
    const cached = llms.find((s) => s.cache_read_tokens !== null);
    expect(cached).toMatchObject({
      input_tokens: 100,
      output_tokens: 20,
      cache_read_tokens: 60,
      cache_write_tokens: 10,
      reasoning_tokens: 8,
    });
    expect(llms.filter((s) => s.cache_read_tokens !== null || s.reasoning_tokens !== null)).toHaveLength(1);
    expect(byAgent(spans, 'researcher_agent').map((s) => s.finish_reason)).toEqual([
      'tool_calls',
      'tool_calls',
      'stop',
    ]);

    // TTFT: only the writer streamed (after a 15 ms first-chunk delay).
    const streamed = llms.filter((s) => s.first_token_ns !== null);
    expect(streamed.map((s) => s.agent)).toEqual(['writer']);
    const writer = streamed[0] as StoredSpan;
    const ttftMs = Number((writer.first_token_ns as bigint) - writer.start_ns) / 1e6;
    expect(ttftMs).toBeGreaterThanOrEqual(10);
    expect(ttftMs).toBeLessThan(Number(writer.end_ns - writer.start_ns) / 1e6);
    expect(json(writer.output)).toEqual({ role: 'assistant', content: 'Report: spans nest and 2+40=42.' });

    // Messages in, tool calls out.
    const firstResearch = byAgent(spans, 'researcher_agent')[0] as StoredSpan;
    expect(json(firstResearch.input)).toEqual([{ role: 'user', content: 'research span nesting' }]);
    expect(json(firstResearch.output).tool_calls[0]).toMatchObject({
      id: 'call_search',
      name: 'search_docs',
      args: { query: 'span nesting' },
    });

    // Tools: arguments, tool-call id, result; the failing tool is an error with its message.
    const tool = (name: string) => spans.find((s) => s.kind === 'tool' && s.name === name) as StoredSpan;
    expect(json(tool('calculator').attributes)).toEqual({
      toolCallId: 'call_calc',
      arguments: { a: 2, b: 40 },
    });
    expect(json(tool('calculator').output)).toBe('42');
    expect(tool('flaky_tool')).toMatchObject({ status: 'error', error: 'flaky tool failed' });
    expect(json(tool('flaky_tool').attributes)).toMatchObject({
      toolCallId: 'call_flaky',
      errorType: 'Error',
    });
    expect(spans.filter((s) => s.status === 'error')).toHaveLength(1);

    // Retriever: query in, documents with scores out.
    const retriever = spans.find((s) => s.kind === 'retriever') as StoredSpan;
    expect(json(retriever.input)).toBe('span nesting');
    expect(json(retriever.output)).toEqual([
      { pageContent: 'Spans nest via parentRunId.', metadata: { source: 'a.md', score: 0.91 }, score: 0.91 },
      {
        pageContent: 'Run ids are UUIDv7.',
        metadata: { source: 'b.md', relevance_score: 0.42 },
        score: 0.42,
      },
      { pageContent: 'No score here.', metadata: { source: 'c.md' } },
    ]);

    // The custom event sits on the writer node's span.
    const writerAgent = spans.find((s) => s.kind === 'agent' && s.name === 'writer') as StoredSpan;
    expect(json(writerAgent.attributes).events).toMatchObject([
      { name: 'writer_progress', data: { stage: 'drafting' } },
    ]);
    expect(handler.stats()).toEqual({ openRuns: 0, evicted: 0, timedOut: 0, internalErrors: 0 });
  });

  it('keeps concurrent invocations of the same graph apart', async () => {
    const { llmtop, read } = setup();
    const handler = new LlmtopCallbackHandler(llmtop);
    const graph = createMultiAgentGraph();
    await Promise.all(
      ['a', 'b', 'c'].map((id) =>
        graph.invoke(ask(), {
          callbacks: [handler],
          metadata: { session_id: `sess-${id}` },
          runName: 'demo',
        }),
      ),
    );
    const spans = await read();
    const traces = new Map<string, StoredSpan[]>();
    for (const span of spans) traces.set(span.trace_id, [...(traces.get(span.trace_id) ?? []), span]);
    expect(traces.size).toBe(3);
    const ids = new Map(spans.map((s) => [s.span_id, s]));
    for (const trace of traces.values()) {
      expect(new Set(trace.map((s) => s.session_id)).size).toBe(1);
      expect(renderTrees(trace)).toEqual([EXPECTED_GRAPH_TREE]);
      for (const span of trace)
        if (span.parent_span_id) expect(ids.get(span.parent_span_id)?.trace_id).toBe(span.trace_id);
      const llms = trace.filter((s) => s.kind === 'llm');
      expect([sum(llms, 'input_tokens'), sum(llms, 'output_tokens')]).toEqual([270, 60]);
    }
    expect([...traces.values()].map((t) => t[0]?.session_id).sort()).toEqual(['sess-a', 'sess-b', 'sess-c']);
  });

  it('measures TTFT for every node model under streamMode "messages"', async () => {
    const { llmtop, read } = setup();
    const stream = await createMultiAgentGraph().stream(ask(), {
      callbacks: [new LlmtopCallbackHandler(llmtop)],
      streamMode: 'messages',
    });
    let chunks = 0;
    for await (const [message] of stream) if (AIMessageChunk.isInstance(message)) chunks++;
    expect(chunks).toBeGreaterThan(10);
    const llms = (await read()).filter((s) => s.kind === 'llm');
    expect(llms).toHaveLength(10);
    expect(
      llms.every(
        (s) => s.first_token_ns !== null && s.first_token_ns >= s.start_ns && s.first_token_ns <= s.end_ns,
      ),
    ).toBe(true);
    expect([sum(llms, 'input_tokens'), sum(llms, 'output_tokens')]).toEqual([270, 60]);
  });

  it('is equally correct when LangChain runs it in background mode; flush() waits for the queue', async () => {
    const { llmtop, read } = setup();
    const handler = new LlmtopCallbackHandler(llmtop);
    handler.awaitHandlers = false;
    const graph = createMultiAgentGraph();
    await Promise.all(
      ['A', 'B'].map((session) =>
        llmtop.withContext({ sessionId: session }, () =>
          graph.invoke(ask(), { callbacks: [handler], runName: 'demo' }),
        ),
      ),
    );
    const spans = await read();
    const sessions = new Map<string, Set<string | null>>();
    for (const span of spans)
      sessions.set(span.trace_id, (sessions.get(span.trace_id) ?? new Set()).add(span.session_id));
    expect([...sessions.values()].map((s) => [...s].join()).sort()).toEqual(['A', 'B']);
    expect(renderTrees(spans)).toEqual([EXPECTED_GRAPH_TREE, EXPECTED_GRAPH_TREE]);
    expect(handler.stats().openRuns).toBe(0);
  });

  it('lets the user name the agents', async () => {
    const { llmtop, read } = setup();
    const handler = new LlmtopCallbackHandler(llmtop, {
      agentNodes: { researcher: 'Researcher', writer: 'Writer' },
    });
    await createMultiAgentGraph().invoke(ask(), { callbacks: [handler], runName: 'demo' });
    const spans = await read();
    expect(spans.filter((s) => s.kind === 'agent').map((s) => `${s.name}=${s.agent}`)).toEqual([
      'researcher=Researcher',
      'writer=Writer',
    ]);
    expect(new Set(byAgent(spans, 'Researcher').map((s) => s.request_model))).toEqual(new Set(['res-model']));
    expect(spans.filter((s) => s.kind === 'llm' && s.agent === null)).toHaveLength(6);
  });
});

describe('LlmtopCallbackHandler on plain LangChain', () => {
  it('records an LCEL chain with the handler’s session, user, feature and tags', async () => {
    const { llmtop, read } = setup();
    const model = new ScriptedChatModel({ modelName: 'm', respond: () => ({ content: 'Paris' }) });
    const chain = ChatPromptTemplate.fromTemplate('Capital of {country}?')
      .pipe(model)
      .pipe(new StringOutputParser());
    const handler = new LlmtopCallbackHandler(llmtop, {
      sessionId: 'opt-s',
      userId: 'opt-u',
      feature: 'geo',
      tags: ['beta'],
    });
    const answer = await chain.invoke(
      { country: 'France' },
      { callbacks: [handler], metadata: { session_id: 'meta-s', feature: 'meta-f' }, tags: ['lcel'] },
    );
    expect(answer).toBe('Paris');
    const spans = await read();
    expect(renderTrees(spans)).toEqual([
      'chain:RunnableSequence\n  chain:ChatPromptTemplate\n  llm:ScriptedChatModel\n  chain:StrOutputParser',
    ]);
    expect(spans.every((s) => s.session_id === 'opt-s' && s.user_id === 'opt-u' && s.feature === 'geo')).toBe(
      true,
    );
    expect(json(spans[0]?.tags ?? null)).toEqual(['beta', 'lcel']);
    const llm = spans.find((s) => s.kind === 'llm') as StoredSpan;
    expect(json(llm.input)).toEqual([{ role: 'user', content: 'Capital of France?' }]);
    expect(llm).toMatchObject({
      input_tokens: 10,
      output_tokens: 5,
      finish_reason: 'stop',
      first_token_ns: null,
    });
  });

  it('takes session, user and feature from metadata, then from withContext', async () => {
    const { llmtop, read } = setup();
    const model = new ScriptedChatModel({ modelName: 'm', respond: () => ({ content: 'ok' }) });
    await llmtop.withContext({ sessionId: 'amb-s', userId: 'amb-u', feature: 'amb-f' }, async () => {
      await model.invoke('one', {
        callbacks: [new LlmtopCallbackHandler(llmtop)],
        metadata: { session_id: 'meta-s' },
      });
      await model.invoke('two', { callbacks: [new LlmtopCallbackHandler(llmtop, { userId: 'opt-u' })] });
    });
    const [one, two] = await read();
    expect([one?.session_id, one?.user_id, one?.feature]).toEqual(['meta-s', 'amb-u', 'amb-f']);
    expect([two?.session_id, two?.user_id, two?.feature]).toEqual(['amb-s', 'opt-u', 'amb-f']);
  });

  it('records legacy single model calls: a chat model and a text LLM', async () => {
    const { llmtop, read } = setup();
    const handler = new LlmtopCallbackHandler(llmtop);
    const chat = new ScriptedChatModel({
      modelName: 'chat-m',
      provider: 'openai',
      respond: () => ({ content: 'hi', usage: null }),
    });
    await chat.invoke('hello', { callbacks: [handler] });
    const text = await new ScriptedLLM('done').invoke('complete this', { callbacks: [handler] });
    expect(text).toBe('done');
    const [chatSpan, textSpan] = await read();
    expect(chatSpan).toMatchObject({
      kind: 'llm',
      parent_span_id: null,
      provider: 'openai',
      request_model: 'chat-m',
    });
    expect([chatSpan?.input_tokens, chatSpan?.output_tokens]).toEqual([null, null]);
    expect(textSpan).toMatchObject({
      kind: 'llm',
      name: 'ScriptedLLM',
      request_model: 'text-model',
      response_model: 'text-model-0613',
      input_tokens: 7,
      output_tokens: 3,
      finish_reason: 'length',
    });
    expect(json(textSpan?.input ?? null)).toBe('complete this');
    expect(json(textSpan?.output ?? null)).toBe('done');
  });

  it('nests a LangChain run under the enclosing llmtop.span', async () => {
    const { llmtop, read } = setup();
    const model = new ScriptedChatModel({ modelName: 'm', respond: () => ({ content: 'ok' }) });
    await llmtop.span({ kind: 'agent', name: 'outer' }, () =>
      model.invoke('x', { callbacks: [new LlmtopCallbackHandler(llmtop)] }),
    );
    expect(renderTrees(await read())).toEqual(['agent:outer @outer\n  llm:ScriptedChatModel @outer']);
  });
});

describe('LlmtopCallbackHandler and errors', () => {
  it('lets the app’s own error pass through unchanged and records it on every span it crossed', async () => {
    const { llmtop, read } = setup();
    class AppError extends Error {
      status = 503;
    }
    const thrown = new AppError('upstream unavailable');
    const model = new ScriptedChatModel({ modelName: 'm', respond: () => ({ error: 'rate limited' }) });
    const failingStep = RunnableLambda.from(() => {
      throw thrown;
    }).withConfig({ runName: 'failing_step' });
    const handler = new LlmtopCallbackHandler(llmtop);

    await expect(failingStep.invoke('x', { callbacks: [handler] })).rejects.toBe(thrown);
    await expect(model.invoke('x', { callbacks: [handler] })).rejects.toThrow('rate limited');

    const [step, llm] = await read();
    expect(step).toMatchObject({
      kind: 'chain',
      name: 'failing_step',
      status: 'error',
      error: 'upstream unavailable',
    });
    expect(json(step?.attributes ?? null)).toEqual({ errorType: 'Error', httpStatus: 503 });
    expect(llm).toMatchObject({ kind: 'llm', status: 'error', error: 'rate limited' });
  });

  it('never lets a failure inside the handler reach the app', async () => {
    const { llmtop } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken: Llmtop = {
      ...llmtop,
      recorder: new Proxy(llmtop.recorder, {
        get: (target, property, receiver) =>
          property === 'start'
            ? () => {
                throw new Error('recorder exploded');
              }
            : Reflect.get(target, property, receiver),
      }),
    };
    const handler = new LlmtopCallbackHandler(broken);
    const result = await createMultiAgentGraph().invoke(ask(), { callbacks: [handler] });
    expect(result.messages.at(-1)?.name).toBe('writer');
    expect(handler.stats().internalErrors).toBeGreaterThan(20);
    // LangChain's own "Error in handler" warning never fired: our guard caught everything first.
    expect(warn.mock.calls.some(([text]) => String(text).includes('Error in handler'))).toBe(false);
    expect(
      warn.mock.calls.filter(([text]) => String(text).includes('recorder exploded')).length,
    ).toBeLessThanOrEqual(5);
    expect(llmtop.stats().spansRecorded).toBe(0);
  });

  it('closes an abandoned stream as an error after the timeout and forgets it', async () => {
    const { llmtop, read } = setup();
    const handler = new LlmtopCallbackHandler(llmtop, { openRunTimeoutMs: 40 });
    const model = new ScriptedChatModel({
      modelName: 'm',
      respond: () => ({ content: 'a long streamed answer' }),
    });
    let chunks = 0;
    for await (const _chunk of await model.stream('x', { callbacks: [handler] })) if (++chunks === 2) break;
    expect(handler.stats().openRuns).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(handler.stats()).toMatchObject({ openRuns: 0, timedOut: 1 });
    const [span] = await read();
    expect(span).toMatchObject({
      kind: 'llm',
      status: 'error',
      error: '[llmtop: abandoned, no end event within 40 ms]',
    });
    expect(span?.first_token_ns).not.toBeNull();
  });

  it('bounds the runs it remembers and counts evictions', async () => {
    const { llmtop, read } = setup();
    const handler = new LlmtopCallbackHandler(llmtop, { maxOpenRuns: 2 });
    const model = new ScriptedChatModel({ modelName: 'm', respond: () => ({ content: 'abcdefgh' }) });
    for (let i = 0; i < 3; i++)
      for await (const _chunk of await model.stream(`x${i}`, { callbacks: [handler] })) break;
    expect(handler.stats()).toMatchObject({ openRuns: 2, evicted: 1 });
    const spans = await read();
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({
      status: 'error',
      error: '[llmtop: closed, too many LangChain runs were open]',
    });
  });
});

describe('LlmtopCallbackHandler contract', () => {
  it('is awaited, never prefers streaming, and registers one flush hook per llmtop', async () => {
    const { llmtop } = setup();
    const addFlushHook = vi.spyOn(llmtop, 'addFlushHook');
    const handler = new LlmtopCallbackHandler(llmtop);
    new LlmtopCallbackHandler(llmtop);
    expect(handler.awaitHandlers).toBe(true);
    expect('lc_prefer_streaming' in handler).toBe(false);
    expect('lc_prefer_chat_model_stream_events' in handler).toBe(false);
    expect(handler.copy()).toBe(handler);
    expect(addFlushHook).toHaveBeenCalledTimes(1);
    expect(handler instanceof BaseCallbackHandler).toBe(true);
  });

  it('keeps invoke() non-streaming and the app’s message content a string', async () => {
    const { llmtop } = setup();
    const models = createModels();
    const reply = await models.supervisor.invoke('route?', {
      callbacks: [new LlmtopCallbackHandler(llmtop)],
    });
    expect(typeof reply.content).toBe('string');
  });
});
