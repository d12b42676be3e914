/**
 * `LlmtopCallbackHandler`: records every LangChain/LangGraph run (chains and graph nodes, chat
 * models and LLMs, tools, retrievers, custom events) as llmtop spans through `llmtop.recorder`.
 *
 * - Awaited (`_awaitHandler`) and cheap: each hook does O(1) work and keeps payloads as references
 *   or small plain objects; serialisation and masking happen at flush.
 * - Every hook runs inside one guard: nothing we do can throw into the app, and the app's own
 *   errors are only read.
 * - Never sets `lc_prefer_*` flags, so the app's models behave exactly as without us.
 * - Correct in background mode too: starts are also taken from LangChain's synchronous tracer
 *   hooks (see `_createRunForChainStart`), so start times and the ambient context are the
 *   caller's, and `llmtop.flush()` first awaits LangChain's callback queue.
 */
import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import { awaitAllCallbacks } from '@langchain/core/callbacks/promises';
import { AsyncLocalStorageProviderSingleton } from '@langchain/core/singletons';
import type { Llmtop, Recorder, SpanEnd, SpanKind, SpanStart } from '@llmtop/core';
import { type AgentNodes, decideChainRun } from './agent-rules.js';
import { EVALUATOR_METADATA } from './evaluator-marker.js';
import type { LlmtopCallbackHandlerOptions } from './handler-options.js';
import {
  asBag,
  asText,
  type Bag,
  errorFacts,
  isGraphControlFlow,
  parseToolInput,
  serializedId,
  serializedName,
  userTags,
} from './langchain-values.js';
import { mapDocuments } from './map-documents.js';
import { mapLlmResult } from './map-llm-result.js';
import { mapMessages } from './map-messages.js';
import { addUsage, usageFromMetadata } from './map-usage.js';
import { type ExpiryReason, type RunState, RunTable } from './run-table.js';

type Metadata = Record<string, unknown> | undefined;

/** llmtop instances whose `flush()` already waits for LangChain's callback queue. */
const flushHooked = new WeakSet<Llmtop>();

/** The LangChain run whose code is executing now, from LangChain's AsyncLocalStorage. */
function currentLangChainRunId(): string | undefined {
  const config = AsyncLocalStorageProviderSingleton.getRunnableConfig() as
    | { callbacks?: unknown }
    | undefined;
  const callbacks = config?.callbacks as { getParentRunId?: () => string | undefined } | undefined;
  return typeof callbacks?.getParentRunId === 'function' ? callbacks.getParentRunId() : undefined;
}

export interface LlmtopCallbackHandlerStats {
  openRuns: number;
  /** Runs closed because more than `maxOpenRuns` were open. */
  evicted: number;
  /** Runs closed because their end never arrived. */
  timedOut: number;
  /** Failures inside the handler (never thrown to the app). */
  internalErrors: number;
}

export class LlmtopCallbackHandler extends BaseCallbackHandler {
  name = 'llmtop_callback_handler';

  private readonly recorder: Recorder;
  private readonly runs: RunTable;
  private readonly sessionId: string | undefined;
  private readonly userId: string | undefined;
  private readonly feature: string | undefined;
  private readonly extraTags: string[] | undefined;
  private readonly agentNodes: AgentNodes | undefined;
  private readonly reportError: (kind: string, error: unknown) => void;
  private readonly warned = new Set<string>();
  private internalErrors = 0;

  constructor(llmtop: Llmtop, options: LlmtopCallbackHandlerOptions = {}) {
    super({ _awaitHandler: true });
    this.recorder = llmtop.recorder;
    this.sessionId = options.sessionId;
    this.userId = options.userId;
    this.feature = options.feature;
    this.extraTags = options.tags && options.tags.length > 0 ? [...options.tags] : undefined;
    this.agentNodes = options.agentNodes;
    const timeoutMs = options.openRunTimeoutMs ?? 10 * 60_000;
    this.runs = new RunTable({
      maxRuns: options.maxOpenRuns ?? 10_000,
      timeoutMs,
      onExpire: (run, reason) => this.expired(run, reason, timeoutMs),
    });
    const report = (llmtop as { reportError?: (kind: string, error: unknown) => void }).reportError;
    this.reportError =
      typeof report === 'function' ? report.bind(llmtop) : (kind, error) => this.warnOnce(kind, error);
    if (!flushHooked.has(llmtop)) {
      flushHooked.add(llmtop);
      llmtop.addFlushHook(() => awaitAllCallbacks());
      // `llmtop.span` inside a LangChain tool or node nests under that run, found through
      // LangChain's own async context.
      llmtop.recorder.addParentResolver(currentLangChainRunId);
    }
  }

  /** LangChain may copy handlers; a copy must share the open runs, so it is this handler. */
  override copy(): this {
    return this;
  }

  stats(): LlmtopCallbackHandlerStats {
    return {
      openRuns: this.runs.size,
      evicted: this.runs.evicted,
      timedOut: this.runs.timedOut,
      internalErrors: this.internalErrors,
    };
  }

  // ── LangChain's synchronous tracer hooks ─────────────────────────────────────────────────────
  // The callback manager calls `_createRunFor*Start` synchronously, in the caller's async context,
  // on any handler that has `_addRunToRunMap` — even when the `handle*` callbacks themselves are
  // queued in background mode. Starting spans here keeps start times and the ambient llmtop
  // context right in both modes; the `handle*Start` call that follows finds the run and returns.
  // If a LangChain version stops calling these, `handle*Start` does the same work.

  _addRunToRunMap(): void {}

  _createRunForChainStart(...args: Parameters<LlmtopCallbackHandler['handleChainStart']>): void {
    this.handleChainStart(...args);
  }

  _createRunForChatModelStart(...args: Parameters<LlmtopCallbackHandler['handleChatModelStart']>): void {
    this.handleChatModelStart(...args);
  }

  _createRunForLLMStart(...args: Parameters<LlmtopCallbackHandler['handleLLMStart']>): void {
    this.handleLLMStart(...args);
  }

  _createRunForToolStart(...args: Parameters<LlmtopCallbackHandler['handleToolStart']>): void {
    this.handleToolStart(...args);
  }

  _createRunForRetrieverStart(...args: Parameters<LlmtopCallbackHandler['handleRetrieverStart']>): void {
    this.handleRetrieverStart(...args);
  }

  // ── Chains and graph nodes ───────────────────────────────────────────────────────────────────
  // Runtime argument order (the .d.ts has it wrong): chain, inputs, runId, parentRunId, tags,
  // metadata, runType, runName.

  override handleChainStart(
    chain: unknown,
    inputs: unknown,
    runId: string,
    parentRunId?: string,
    tags?: string[],
    metadata?: Metadata,
    _runType?: string,
    runName?: string,
  ): void {
    this.guard('handleChainStart', () => {
      if (this.runs.has(runId)) return;
      const parent = parentRunId === undefined ? undefined : this.runs.get(parentRunId);
      const name = runName ?? serializedName(chain, 'chain');
      const decision = decideChainRun(
        {
          name,
          serializedId: serializedId(chain),
          tags,
          metadata,
          parentAgent: parent?.agent,
          parentIsNodeAgent: parent?.nodeAgent === true,
        },
        this.agentNodes,
      );
      if (decision.kind === 'hidden') {
        this.runs.open(runId, parent, true, parent?.agent, false);
        return;
      }
      if (decision.kind === 'agent') {
        this.runs.open(runId, parent, false, decision.agent, decision.nodeAgent);
        this.recorder.start(
          runId,
          this.spanStart('agent', name, parent, parentRunId, tags, metadata, inputs, decision.agent),
        );
        return;
      }
      if (decision.renameParentAgent !== undefined && parent?.spanKey !== undefined) {
        parent.agent = decision.renameParentAgent;
        parent.nodeAgent = false;
        this.recorder.update(parent.spanKey, { agent: decision.renameParentAgent });
      }
      this.runs.open(runId, parent, false, parent?.agent, false);
      this.recorder.start(
        runId,
        this.spanStart('chain', name, parent, parentRunId, tags, metadata, inputs, undefined),
      );
    });
  }

  override handleChainEnd(outputs: unknown, runId: string): void {
    this.guard('handleChainEnd', () => {
      const run = this.runs.get(runId);
      if (run) this.runs.close(run);
      if (run?.hidden) return;
      this.recorder.end(runId, { output: outputs });
    });
  }

  override handleChainError(error: unknown, runId: string): void {
    this.guard('handleChainError', () => {
      const run = this.runs.get(runId);
      if (run) this.runs.close(run);
      if (run?.hidden) return;
      this.endWithError(runId, error);
    });
  }

  // ── Chat models and LLMs ─────────────────────────────────────────────────────────────────────

  override handleChatModelStart(
    llm: unknown,
    messages: unknown[][],
    runId: string,
    parentRunId?: string,
    extraParams?: Bag,
    tags?: string[],
    metadata?: Metadata,
    runName?: string,
  ): void {
    this.guard('handleChatModelStart', () => {
      if (this.runs.has(runId)) return;
      this.startModel(
        llm,
        mapMessages(messages?.[0]),
        runId,
        parentRunId,
        extraParams,
        tags,
        metadata,
        runName,
      );
    });
  }

  override handleLLMStart(
    llm: unknown,
    prompts: string[],
    runId: string,
    parentRunId?: string,
    extraParams?: Bag,
    tags?: string[],
    metadata?: Metadata,
    runName?: string,
  ): void {
    this.guard('handleLLMStart', () => {
      if (this.runs.has(runId)) return;
      const input = Array.isArray(prompts) && prompts.length === 1 ? prompts[0] : prompts;
      this.startModel(llm, input, runId, parentRunId, extraParams, tags, metadata, runName);
    });
  }

  override handleLLMNewToken(
    token: string,
    _index: unknown,
    runId: string,
    _parentRunId?: string,
    _tags?: string[],
    fields?: { chunk?: unknown },
  ): void {
    this.guard('handleLLMNewToken', () => {
      const run = this.runs.get(runId);
      if (!run) return;
      this.runs.touch(run);
      const message = asBag(asBag(fields?.chunk)?.message);
      if (!run.sawFirstToken && (token !== '' || hasToolCallChunks(message))) {
        run.sawFirstToken = true;
        this.recorder.firstToken(runId);
      }
      const usage = message?.usage_metadata;
      if (usage !== undefined) run.streamedUsage = addUsage(run.streamedUsage, usageFromMetadata(usage));
    });
  }

  /** Token events when another handler made the model emit content-block stream events. */
  override handleChatModelStreamEvent(event: unknown, runId: string): void {
    this.guard('handleChatModelStreamEvent', () => {
      const run = this.runs.get(runId);
      if (!run) return;
      this.runs.touch(run);
      if (!run.sawFirstToken && asBag(event)?.event === 'content-block-delta') {
        run.sawFirstToken = true;
        this.recorder.firstToken(runId);
      }
    });
  }

  override handleLLMEnd(output: unknown, runId: string): void {
    this.guard('handleLLMEnd', () => {
      const run = this.runs.get(runId);
      if (run) this.runs.close(run);
      if (run?.hidden) return;
      const facts = mapLlmResult(output);
      const end: SpanEnd = {};
      if (facts.output !== undefined) end.output = facts.output;
      const usage = facts.usage ?? run?.streamedUsage;
      if (usage) end.usage = usage;
      if (facts.responseModel) end.responseModel = facts.responseModel;
      if (facts.finishReason) end.finishReason = facts.finishReason;
      this.recorder.end(runId, end);
    });
  }

  override handleLLMError(error: unknown, runId: string): void {
    this.guard('handleLLMError', () => {
      const run = this.runs.get(runId);
      if (run) this.runs.close(run);
      if (run?.hidden) return;
      const end: SpanEnd = {};
      if (run?.streamedUsage) end.usage = run.streamedUsage;
      this.endWithError(runId, error, end);
    });
  }

  // ── Tools ────────────────────────────────────────────────────────────────────────────────────

  override handleToolStart(
    tool: unknown,
    input: string,
    runId: string,
    parentRunId?: string,
    tags?: string[],
    metadata?: Metadata,
    runName?: string,
    toolCallId?: string,
  ): void {
    this.guard('handleToolStart', () => {
      if (this.runs.has(runId)) return;
      const parent = parentRunId === undefined ? undefined : this.runs.get(parentRunId);
      const agent = this.lcAgent(metadata, parent);
      this.runs.open(runId, parent, false, agent ?? parent?.agent, false);
      const args = parseToolInput(input);
      const start = this.spanStart(
        'tool',
        runName ?? serializedName(tool, 'tool'),
        parent,
        parentRunId,
        tags,
        metadata,
        args,
        agent,
      );
      start.attributes = toolCallId === undefined ? { arguments: args } : { toolCallId, arguments: args };
      this.recorder.start(runId, start);
    });
  }

  override handleToolEnd(output: unknown, runId: string): void {
    this.guard('handleToolEnd', () => {
      const run = this.runs.get(runId);
      if (run) this.runs.close(run);
      const message = asBag(output);
      if (message && isToolMessage(message)) {
        if (message.status === 'error') {
          this.recorder.error(runId, new Error(String(message.content)), { output: message.content });
        } else {
          this.recorder.end(runId, { output: message.content });
        }
        return;
      }
      this.recorder.end(runId, { output });
    });
  }

  override handleToolError(error: unknown, runId: string): void {
    this.guard('handleToolError', () => {
      const run = this.runs.get(runId);
      if (run) this.runs.close(run);
      this.endWithError(runId, error);
    });
  }

  override handleToolEvent(_chunk: unknown, runId: string): void {
    this.guard('handleToolEvent', () => {
      const run = this.runs.get(runId);
      if (run) this.runs.touch(run);
    });
  }

  // ── Retrievers ───────────────────────────────────────────────────────────────────────────────

  override handleRetrieverStart(
    retriever: unknown,
    query: string,
    runId: string,
    parentRunId?: string,
    tags?: string[],
    metadata?: Metadata,
    name?: string,
  ): void {
    this.guard('handleRetrieverStart', () => {
      if (this.runs.has(runId)) return;
      const parent = parentRunId === undefined ? undefined : this.runs.get(parentRunId);
      const agent = this.lcAgent(metadata, parent);
      this.runs.open(runId, parent, false, agent ?? parent?.agent, false);
      const start = this.spanStart(
        'retriever',
        name ?? serializedName(retriever, 'retriever'),
        parent,
        parentRunId,
        tags,
        metadata,
        query,
        agent,
      );
      this.recorder.start(runId, start);
    });
  }

  override handleRetrieverEnd(documents: unknown, runId: string): void {
    this.guard('handleRetrieverEnd', () => {
      const run = this.runs.get(runId);
      if (run) this.runs.close(run);
      this.recorder.end(runId, { output: mapDocuments(documents) });
    });
  }

  override handleRetrieverError(error: unknown, runId: string): void {
    this.guard('handleRetrieverError', () => {
      const run = this.runs.get(runId);
      if (run) this.runs.close(run);
      this.endWithError(runId, error);
    });
  }

  // ── Events ───────────────────────────────────────────────────────────────────────────────────

  override handleCustomEvent(eventName: string, data: unknown, runId: string): void {
    this.guard('handleCustomEvent', () => {
      const run = this.runs.get(runId);
      if (run) this.runs.touch(run);
      const key = run ? run.spanKey : runId;
      if (key !== undefined) this.recorder.event(key, eventName, data);
    });
  }

  /** Legacy `AgentExecutor` decisions, kept as events on the agent's chain span. */
  override handleAgentAction(action: unknown, runId: string): void {
    this.guard('handleAgentAction', () => {
      const a = asBag(action);
      this.recorder.event(runId, 'agent_action', { tool: a?.tool, toolInput: a?.toolInput, log: a?.log });
    });
  }

  override handleAgentEnd(action: unknown, runId: string): void {
    this.guard('handleAgentEnd', () => {
      this.recorder.event(runId, 'agent_finish', { returnValues: asBag(action)?.returnValues });
    });
  }

  // ── Internals ────────────────────────────────────────────────────────────────────────────────

  private startModel(
    llm: unknown,
    input: unknown,
    runId: string,
    parentRunId: string | undefined,
    extraParams: Bag | undefined,
    tags: string[] | undefined,
    metadata: Metadata,
    runName: string | undefined,
  ): void {
    const parent = parentRunId === undefined ? undefined : this.runs.get(parentRunId);
    if (metadata?.[EVALUATOR_METADATA] === true) {
      // The judge's own call (`langchainJudgeModel`): it records itself as an `evaluator` span, with
      // its cost outside the app's totals, so it is not recorded again as the app's `llm` call.
      this.runs.open(runId, parent, true, parent?.agent, false);
      return;
    }
    const agent = this.lcAgent(metadata, parent);
    this.runs.open(runId, parent, false, agent ?? parent?.agent, false);
    const start = this.spanStart(
      'llm',
      runName ?? serializedName(llm, 'llm'),
      parent,
      parentRunId,
      tags,
      metadata,
      input,
      agent,
    );
    const params = asBag(extraParams?.invocation_params);
    const provider = asText(metadata?.ls_provider);
    if (provider) start.provider = provider;
    const model =
      asText(metadata?.ls_model_name) ??
      asText(params?.model) ??
      asText(params?.model_name) ??
      asText(params?.modelName);
    if (model) start.requestModel = model;
    if (params) start.attributes = { invocationParams: params };
    this.recorder.start(runId, start);
  }

  /** `metadata.lc_agent_name` names the agent of a model/tool/retriever run outside any agent span. */
  private lcAgent(metadata: Metadata, parent: RunState | undefined): string | undefined {
    const name = metadata?.lc_agent_name;
    return typeof name === 'string' && name !== '' && name !== parent?.agent ? name : undefined;
  }

  private spanStart(
    kind: SpanKind,
    name: string,
    parent: RunState | undefined,
    parentRunId: string | undefined,
    tags: string[] | undefined,
    metadata: Metadata,
    input: unknown,
    agent: string | undefined,
  ): SpanStart {
    // LangChain hands every run its parent run id, so its context needs no second lookup.
    const start: SpanStart = { kind, name, parentFromAdapter: true };
    // A hidden parent hands its visible ancestor; an unknown parent is still passed, so the
    // recorder can find it among recently ended spans.
    const parentKey = parent ? parent.spanKey : parentRunId;
    if (parentKey !== undefined) start.parentKey = parentKey;
    if (input !== undefined) start.input = input;
    if (agent !== undefined) start.agent = agent;
    const sessionId = this.sessionId ?? asText(metadata?.session_id);
    if (sessionId !== undefined) start.sessionId = sessionId;
    const userId = this.userId ?? asText(metadata?.user_id);
    if (userId !== undefined) start.userId = userId;
    const feature = this.feature ?? asText(metadata?.feature);
    if (feature !== undefined) start.feature = feature;
    if ((tags && tags.length > 0) || this.extraTags) {
      const own = userTags(tags, this.extraTags);
      if (own) start.tags = own;
    }
    return start;
  }

  private endWithError(runId: string, error: unknown, end: SpanEnd = {}): void {
    if (isGraphControlFlow(error)) {
      // An interrupt or a Command to the parent graph: the run stopped on purpose.
      this.recorder.end(runId, {
        ...end,
        attributes: { control: asText(asBag(error)?.name) ?? 'GraphBubbleUp' },
      });
      return;
    }
    const facts = errorFacts(error);
    if (facts) end.attributes = facts;
    this.recorder.error(runId, error, end);
  }

  private expired(run: RunState, reason: ExpiryReason, timeoutMs: number): void {
    this.guard('expire', () => {
      if (run.hidden) return;
      const message =
        reason === 'timeout'
          ? `[llmtop: abandoned, no end event within ${timeoutMs} ms]`
          : '[llmtop: closed, too many LangChain runs were open]';
      const end: SpanEnd = {};
      if (run.streamedUsage) end.usage = run.streamedUsage;
      this.recorder.error(run.id, new Error(message), end);
    });
  }

  /** The one guard every hook runs inside: nothing we do can throw into the app. */
  private guard(kind: string, hook: () => void): void {
    try {
      hook();
    } catch (error) {
      this.fail(kind, error);
    }
  }

  private fail(kind: string, error: unknown): void {
    this.internalErrors++;
    try {
      this.reportError(`langchain.${kind}`, error);
    } catch {
      // Reporting failed too; the counter above still shows it.
    }
  }

  private warnOnce(kind: string, error: unknown): void {
    if (this.warned.has(kind)) return;
    this.warned.add(kind);
    console.warn(
      `[llmtop] internal error (${kind}): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function isToolMessage(message: Bag): boolean {
  const type =
    message.type ??
    (typeof message._getType === 'function' ? (message._getType as () => unknown)() : undefined);
  return type === 'tool' && 'content' in message;
}

function hasToolCallChunks(message: Bag | undefined): boolean {
  const chunks = message?.tool_call_chunks;
  return Array.isArray(chunks) && chunks.length > 0;
}
