/**
 * The pure mapping from a stored `spans` row (+ its judge scores) to one OTLP span carrying both
 * vocabularies side by side — OpenTelemetry GenAI semantic conventions v1.41.1 and OpenInference —
 * plus `langfuse.observation.*`, so a single export renders in Jaeger, Phoenix, Langfuse and Datadog
 * (otlp-notes §6, normative). Original ids and nanosecond timestamps are kept as stored.
 *
 * Everything read here is already masked. `noContent` drops every payload (inputs, outputs,
 * messages, tool arguments/results, document text, queries, event data, judge explanations).
 */
import type { SpanKind } from '../span/span-kind.js';
import type { SpanRow } from '../span/span-record.js';
import {
  OTLP_SPAN_KIND,
  OTLP_STATUS_CODE,
  type OtlpAttributes,
  type OtlpEvent,
  type OtlpSpan,
  type OtlpSpanKind,
  type SpanMappingOptions,
  type StoredScore,
} from './otlp-span.js';
import { genAiProviderName, openInferenceProvider } from './provider-names.js';
import {
  asNumber,
  asString,
  type ChatMessage,
  isRecord,
  parseStored,
  type RetrievedDocument,
  toDocuments,
  toInputMessages,
  toOutputMessage,
  toText,
} from './row-content.js';

const OPENINFERENCE_KIND: Record<SpanKind, string> = {
  agent: 'AGENT',
  chain: 'CHAIN',
  llm: 'LLM',
  tool: 'TOOL',
  retriever: 'RETRIEVER',
  reranker: 'RERANKER',
  embedding: 'EMBEDDING',
  evaluator: 'EVALUATOR',
  custom: 'UNKNOWN',
};

// Langfuse has no reranker type: `retriever` keeps it out of the plain-SPAN fallback (otlp-notes §3.2).
const LANGFUSE_TYPE: Record<SpanKind, string> = {
  agent: 'agent',
  chain: 'chain',
  llm: 'generation',
  tool: 'tool',
  retriever: 'retriever',
  reranker: 'retriever',
  embedding: 'embedding',
  evaluator: 'evaluator',
  custom: 'span',
};

/** Invocation parameter keys (LangChain snake_case, AI SDK camelCase) → GenAI request attributes. */
const REQUEST_PARAMS: [string[], string][] = [
  [['temperature'], 'gen_ai.request.temperature'],
  [['top_p', 'topP'], 'gen_ai.request.top_p'],
  [['top_k', 'topK'], 'gen_ai.request.top_k'],
  [
    ['max_tokens', 'maxTokens', 'max_output_tokens', 'maxOutputTokens', 'max_completion_tokens'],
    'gen_ai.request.max_tokens',
  ],
  [['frequency_penalty', 'frequencyPenalty'], 'gen_ai.request.frequency_penalty'],
  [['presence_penalty', 'presencePenalty'], 'gen_ai.request.presence_penalty'],
  [['seed'], 'gen_ai.request.seed'],
];

const NS_PER_SECOND = 1_000_000_000n;

/** Builder that skips unknown (undefined/null) values, so nothing unknown is ever invented. */
class AttributeBag {
  readonly values: OtlpAttributes = {};
  set(key: string, value: string | number | bigint | boolean | string[] | null | undefined): void {
    if (value === undefined || value === null) return;
    // Rows read with safeIntegers carry bigint counts; the wire wants numbers.
    if (typeof value === 'bigint') value = Number(value);
    if (typeof value === 'number' && !Number.isFinite(value)) return;
    this.values[key] = value;
  }
}

interface MappingContext {
  row: SpanRow;
  attrs: Record<string, unknown>;
  input: unknown;
  output: unknown;
  content: boolean;
  bag: AttributeBag;
}

export function spanRowToOtlp(
  row: SpanRow,
  scores: readonly StoredScore[] = [],
  options: SpanMappingOptions = {},
): OtlpSpan {
  const content = !options.noContent;
  const parsedAttributes = parseStored(row.attributes);
  const context: MappingContext = {
    row,
    attrs: isRecord(parsedAttributes) ? parsedAttributes : {},
    input: content ? parseStored(row.input) : undefined,
    output: content ? parseStored(row.output) : undefined,
    content,
    bag: new AttributeBag(),
  };
  const { bag } = context;
  bag.set('openinference.span.kind', OPENINFERENCE_KIND[row.kind] ?? 'UNKNOWN');
  bag.set('langfuse.observation.type', LANGFUSE_TYPE[row.kind] ?? 'span');
  bag.set('llmtop.span.kind', row.kind);
  setCommon(context);

  let name = row.name;
  let kind: OtlpSpanKind = OTLP_SPAN_KIND.INTERNAL;
  switch (row.kind) {
    case 'agent':
      name = mapAgent(context);
      break;
    case 'llm':
    case 'evaluator':
      name = mapModelCall(context);
      kind = OTLP_SPAN_KIND.CLIENT;
      break;
    case 'tool':
      name = mapTool(context);
      break;
    case 'retriever':
      name = mapRetriever(context);
      kind = OTLP_SPAN_KIND.CLIENT;
      break;
    case 'reranker':
      name = mapReranker(context);
      break;
    case 'embedding':
      name = mapEmbedding(context);
      kind = OTLP_SPAN_KIND.CLIENT;
      break;
    default:
      setGenericIo(context);
  }

  const span: OtlpSpan = {
    traceId: row.trace_id,
    spanId: row.span_id,
    name,
    kind,
    startNs: row.start_ns,
    endNs: row.end_ns,
    status: statusOf(row),
    attributes: bag.values,
    events: [...recordedEvents(context), ...errorEvents(row)],
  };
  if (row.parent_span_id) span.parentSpanId = row.parent_span_id;
  addScores(span, scores, content);
  return span;
}

function statusOf(row: SpanRow): OtlpSpan['status'] {
  if (row.status === 'error') {
    return row.error
      ? { code: OTLP_STATUS_CODE.ERROR, message: row.error }
      : { code: OTLP_STATUS_CODE.ERROR };
  }
  return { code: row.status === 'ok' ? OTLP_STATUS_CODE.OK : OTLP_STATUS_CODE.UNSET };
}

/** A low-cardinality `error.type`: the error class name when the message starts with one. */
export function errorType(message: string | null): string {
  if (!message) return '_OTHER';
  const named = /^([A-Z][A-Za-z0-9_]*(?:Error|Exception))\b/.exec(message);
  if (named?.[1]) return named[1];
  if (/time(?:d)?\s?out/i.test(message)) return 'timeout';
  return '_OTHER';
}

function parseTags(text: string | null): string[] {
  const parsed = parseStored(text);
  return Array.isArray(parsed) ? parsed.filter((tag): tag is string => typeof tag === 'string') : [];
}

function setCommon({ row, bag }: MappingContext): void {
  bag.set('session.id', row.session_id);
  bag.set('gen_ai.conversation.id', row.session_id);
  bag.set('user.id', row.user_id);
  if (row.agent) {
    bag.set('gen_ai.agent.name', row.agent);
    bag.set('agent.name', row.agent);
  }
  const tags = parseTags(row.tags);
  if (row.feature) tags.push(`feature:${row.feature}`);
  if (tags.length > 0) bag.set('tag.tags', tags);

  const metadata: Record<string, unknown> = {};
  if (row.feature) metadata.feature = row.feature;
  if (row.agent) metadata.agent = row.agent;
  if (row.price_version) metadata.price_version = row.price_version;
  const pii = parseStored(row.pii_counts);
  if (isRecord(pii)) metadata.pii_counts = pii;
  if (Object.keys(metadata).length > 0) {
    const text = JSON.stringify(metadata);
    bag.set('metadata', text);
    bag.set('langfuse.observation.metadata', text);
  }
  if (row.status === 'error') bag.set('error.type', errorType(row.error));
}

function setValue(bag: AttributeBag, prefix: 'input' | 'output', value: unknown): void {
  if (value === undefined || value === null) return;
  const isText = typeof value === 'string';
  bag.set(`${prefix}.value`, toText(value));
  bag.set(`${prefix}.mime_type`, isText ? 'text/plain' : 'application/json');
}

function setGenericIo(context: MappingContext): void {
  setValue(context.bag, 'input', context.input);
  setValue(context.bag, 'output', context.output);
}

function mapAgent(context: MappingContext): string {
  const { row, bag } = context;
  const agent = row.agent ?? row.name;
  bag.set('gen_ai.operation.name', 'invoke_agent');
  bag.set('gen_ai.agent.name', agent);
  bag.set('agent.name', agent);
  bag.set('gen_ai.agent.id', asString(context.attrs.agentId));
  setGenericIo(context);
  return `invoke_agent ${agent}`;
}

function setProvider(bag: AttributeBag, provider: string | null, openInference: boolean): void {
  if (!provider) return;
  const genAi = genAiProviderName(provider);
  bag.set('gen_ai.provider.name', genAi);
  if (!openInference) return;
  const oi = openInferenceProvider(genAi);
  bag.set('llm.provider', oi.provider);
  bag.set('llm.system', oi.system);
}

function setUsage({ row, bag }: MappingContext): void {
  bag.set('gen_ai.usage.input_tokens', row.input_tokens);
  bag.set('gen_ai.usage.output_tokens', row.output_tokens);
  bag.set('gen_ai.usage.cache_read.input_tokens', row.cache_read_tokens);
  bag.set('gen_ai.usage.cache_creation.input_tokens', row.cache_write_tokens);
  bag.set('gen_ai.usage.reasoning.output_tokens', row.reasoning_tokens);
  bag.set('llm.token_count.prompt', row.input_tokens);
  bag.set('llm.token_count.completion', row.output_tokens);
  if (row.input_tokens !== null && row.output_tokens !== null) {
    bag.set('llm.token_count.total', row.input_tokens + row.output_tokens);
  }
  bag.set('llm.token_count.prompt_details.cache_read', row.cache_read_tokens);
  bag.set('llm.token_count.prompt_details.cache_write', row.cache_write_tokens);
  bag.set('llm.token_count.completion_details.reasoning', row.reasoning_tokens);
  if (row.cost_usd !== null) {
    bag.set('llm.cost.total', row.cost_usd);
    bag.set('langfuse.observation.cost_details', JSON.stringify({ total: row.cost_usd }));
  }
}

function invocationParams(attrs: Record<string, unknown>): Record<string, unknown> | undefined {
  const params = attrs.invocationParams ?? attrs.invocation_params ?? attrs.modelParameters ?? attrs.params;
  return isRecord(params) ? params : undefined;
}

function setRequestParams(bag: AttributeBag, params: Record<string, unknown>): void {
  bag.set('llm.invocation_parameters', JSON.stringify(params));
  for (const [keys, attribute] of REQUEST_PARAMS) {
    for (const key of keys) {
      const value = asNumber(params[key]);
      if (value !== undefined) {
        bag.set(attribute, value);
        break;
      }
    }
  }
  const stop = params.stop ?? params.stop_sequences ?? params.stopSequences;
  if (typeof stop === 'string') bag.set('gen_ai.request.stop_sequences', [stop]);
  else if (Array.isArray(stop))
    bag.set(
      'gen_ai.request.stop_sequences',
      stop.filter((s) => typeof s === 'string'),
    );
  if (typeof params.stream === 'boolean') bag.set('gen_ai.request.stream', params.stream);
}

function genAiParts(message: ChatMessage): Record<string, unknown>[] {
  const parts: Record<string, unknown>[] = [];
  if (message.role === 'tool') {
    parts.push({ type: 'tool_call_response', id: message.toolCallId, response: message.content });
    return parts;
  }
  if (message.content !== '') parts.push({ type: 'text', content: message.content });
  for (const call of message.toolCalls) {
    parts.push({
      type: 'tool_call',
      id: call.id,
      name: call.name,
      arguments: parseStored(call.arguments ?? null),
    });
  }
  return parts;
}

function setOpenInferenceMessage(bag: AttributeBag, prefix: string, message: ChatMessage): void {
  bag.set(`${prefix}.message.role`, message.role);
  if (message.content !== '') bag.set(`${prefix}.message.content`, message.content);
  bag.set(`${prefix}.message.tool_call_id`, message.toolCallId);
  message.toolCalls.forEach((call, index) => {
    const callPrefix = `${prefix}.message.tool_calls.${index}.tool_call`;
    bag.set(`${callPrefix}.id`, call.id);
    bag.set(`${callPrefix}.function.name`, call.name);
    bag.set(`${callPrefix}.function.arguments`, call.arguments);
  });
}

function setMessages(context: MappingContext): 'chat' | 'text_completion' {
  const { bag, row } = context;
  const operation = typeof context.input === 'string' ? 'text_completion' : 'chat';
  const inputs = toInputMessages(context.input);
  if (inputs) {
    const system = inputs.filter((m) => m.role === 'system');
    const rest = inputs.filter((m) => m.role !== 'system');
    if (system.length > 0) {
      bag.set(
        'gen_ai.system_instructions',
        JSON.stringify(system.map((m) => ({ type: 'text', content: m.content }))),
      );
    }
    if (rest.length > 0) {
      bag.set(
        'gen_ai.input.messages',
        JSON.stringify(rest.map((m) => ({ role: m.role, parts: genAiParts(m) }))),
      );
    }
    inputs.forEach((message, index) => {
      setOpenInferenceMessage(bag, `llm.input_messages.${index}`, message);
    });
  }
  const output = toOutputMessage(context.output);
  if (output) {
    const message: Record<string, unknown> = { role: output.role, parts: genAiParts(output) };
    if (row.finish_reason) message.finish_reason = row.finish_reason;
    bag.set('gen_ai.output.messages', JSON.stringify([message]));
    setOpenInferenceMessage(bag, 'llm.output_messages.0', output);
  }
  // Langfuse reads input.value/output.value before any message attribute (otlp-notes §3.3).
  if (inputs) {
    setValue(
      bag,
      'input',
      inputs.map((m) => ({ role: m.role, content: m.content })),
    );
  } else setValue(bag, 'input', context.input);
  if (output && output.toolCalls.length === 0) setValue(bag, 'output', output.content);
  else setValue(bag, 'output', context.output);
  return operation;
}

function mapModelCall(context: MappingContext): string {
  const { row, bag, attrs } = context;
  setProvider(bag, row.provider, true);
  bag.set('gen_ai.request.model', row.request_model);
  bag.set('gen_ai.response.model', row.response_model);
  bag.set('llm.model_name', row.response_model ?? row.request_model);
  bag.set('gen_ai.response.id', asString(attrs.responseId));
  if (row.finish_reason) bag.set('gen_ai.response.finish_reasons', [row.finish_reason]);
  if (row.first_token_ns !== null && row.first_token_ns >= row.start_ns) {
    bag.set('gen_ai.response.time_to_first_chunk', Number(row.first_token_ns - row.start_ns) / 1e9);
  }
  setUsage(context);
  const params = invocationParams(attrs);
  if (params) setRequestParams(bag, params);
  const operation = context.content ? setMessages(context) : 'chat';
  bag.set('gen_ai.operation.name', operation);
  const model = row.request_model ?? row.response_model;
  return model ? `${operation} ${model}` : operation;
}

function mapTool(context: MappingContext): string {
  const { row, bag, attrs } = context;
  bag.set('gen_ai.operation.name', 'execute_tool');
  bag.set('gen_ai.tool.name', row.name);
  bag.set('gen_ai.tool.type', asString(attrs.toolType) ?? 'function');
  bag.set('tool.name', row.name);
  const callId = asString(attrs.toolCallId) ?? asString(attrs.tool_call_id);
  bag.set('gen_ai.tool.call.id', callId);
  bag.set('tool.id', callId);
  const description = asString(attrs.description) ?? asString(attrs.toolDescription);
  bag.set('gen_ai.tool.description', description);
  bag.set('tool.description', description);
  if (context.content) {
    const args = attrs.arguments ?? attrs.args ?? context.input;
    if (args !== undefined && args !== null) {
      // Arguments often arrive as JSON text already (LangChain tool input, AI SDK tool-call input).
      const argsValue = typeof args === 'string' ? parseStored(args) : args;
      bag.set('gen_ai.tool.call.arguments', toText(args));
      setValue(bag, 'input', argsValue);
    }
    if (context.output !== undefined && context.output !== null) {
      bag.set('gen_ai.tool.call.result', toText(context.output));
      setValue(bag, 'output', context.output);
    }
  }
  return `execute_tool ${row.name}`;
}

function setDocuments(bag: AttributeBag, prefix: string, docs: RetrievedDocument[], content: boolean): void {
  docs.forEach((doc, index) => {
    const at = `${prefix}.${index}.document`;
    bag.set(`${at}.id`, doc.id);
    bag.set(`${at}.score`, doc.score);
    if (content) {
      bag.set(`${at}.content`, doc.content);
      bag.set(`${at}.metadata`, doc.metadata);
    }
  });
}

function queryOf(context: MappingContext): string | undefined {
  const { attrs, input } = context;
  const query = asString(attrs.query) ?? (typeof input === 'string' ? input : undefined);
  if (query !== undefined) return query;
  return isRecord(input) ? asString(input.query) : undefined;
}

function topKOf(attrs: Record<string, unknown>): number | undefined {
  return asNumber(attrs.topK) ?? asNumber(attrs.top_k) ?? asNumber(attrs.k);
}

function mapRetriever(context: MappingContext): string {
  const { row, bag, attrs, content } = context;
  const dataSource = asString(attrs.dataSource) ?? asString(attrs.dataSourceId) ?? row.name;
  bag.set('gen_ai.operation.name', 'retrieval');
  bag.set('gen_ai.data_source.id', dataSource);
  bag.set('gen_ai.request.top_k', topKOf(attrs));
  const docs = toDocuments(attrs.documents) ?? toDocuments(parseStored(row.output)) ?? [];
  if (docs.length > 0) {
    const summary = docs.map((doc) => {
      const item: Record<string, unknown> = {};
      if (doc.id !== undefined) item.id = doc.id;
      if (doc.score !== undefined) item.score = doc.score;
      return item;
    });
    bag.set('gen_ai.retrieval.documents', JSON.stringify(summary));
  }
  setDocuments(bag, 'retrieval.documents', docs, content);
  if (content) {
    const query = queryOf(context);
    bag.set('gen_ai.retrieval.query.text', query);
    setValue(bag, 'input', query ?? context.input);
    setValue(bag, 'output', docs.length > 0 ? docs : context.output);
  }
  return `retrieval ${dataSource}`;
}

function rerankedDocuments(context: MappingContext, inputs: RetrievedDocument[]): RetrievedDocument[] {
  const { attrs } = context;
  const listed = toDocuments(attrs.outputDocuments) ?? toDocuments(parseStored(context.row.output));
  if (listed && listed.length > 0) return listed;
  // `ranking` / `order`: [{ index, score }] or [index, …] into the input documents.
  const order = attrs.ranking ?? attrs.order ?? attrs.outputOrder;
  if (!Array.isArray(order)) return [];
  const docs: RetrievedDocument[] = [];
  for (const entry of order) {
    const index = typeof entry === 'number' ? entry : isRecord(entry) ? asNumber(entry.index) : undefined;
    const source = index === undefined ? undefined : inputs[index];
    if (!source) continue;
    const score = isRecord(entry) ? (asNumber(entry.score) ?? asNumber(entry.relevanceScore)) : undefined;
    docs.push(score === undefined ? { ...source } : { ...source, score });
  }
  return docs;
}

function mapReranker(context: MappingContext): string {
  const { row, bag, attrs, content } = context;
  // Deliberately no gen_ai.request.model / llm.model_name: Langfuse would type it a GENERATION.
  const model = row.request_model ?? row.response_model ?? asString(attrs.model);
  bag.set('reranker.model_name', model);
  bag.set('reranker.top_k', topKOf(attrs));
  const storedInput = parseStored(row.input);
  const inputs =
    toDocuments(attrs.inputDocuments) ?? toDocuments(attrs.documents) ?? toDocuments(storedInput) ?? [];
  const outputs = rerankedDocuments(context, inputs);
  setDocuments(bag, 'reranker.input_documents', inputs, content);
  setDocuments(bag, 'reranker.output_documents', outputs, content);
  if (content) {
    const query = queryOf(context);
    bag.set('reranker.query', query);
    setValue(bag, 'input', context.input);
    setValue(bag, 'output', outputs.length > 0 ? outputs : context.output);
  }
  return model ? `rerank ${model}` : row.name;
}

function mapEmbedding(context: MappingContext): string {
  const { row, bag } = context;
  bag.set('gen_ai.operation.name', 'embeddings');
  setProvider(bag, row.provider, false);
  bag.set('gen_ai.request.model', row.request_model);
  bag.set('gen_ai.response.model', row.response_model);
  bag.set('embedding.model_name', row.response_model ?? row.request_model);
  bag.set('gen_ai.usage.input_tokens', row.input_tokens);
  bag.set('llm.token_count.prompt', row.input_tokens);
  if (row.cost_usd !== null) {
    bag.set('llm.cost.total', row.cost_usd);
    bag.set('langfuse.observation.cost_details', JSON.stringify({ total: row.cost_usd }));
  }
  if (context.content) {
    const input = context.input;
    const record = isRecord(input) ? input : undefined;
    const values = record ? (record.values ?? record.texts ?? record.value) : input;
    const texts = typeof values === 'string' ? [values] : Array.isArray(values) ? values : [];
    texts.forEach((text, index) => {
      if (typeof text === 'string') bag.set(`embedding.embeddings.${index}.embedding.text`, text);
    });
    setValue(bag, 'input', input);
  }
  const model = row.request_model ?? row.response_model;
  return model ? `embeddings ${model}` : 'embeddings';
}

function msToNsExact(ms: number): bigint {
  return BigInt(Math.round(ms * 1000)) * 1000n;
}

/** Events the app recorded with `span.event(name, data)`: stored in `attributes.events`. */
function recordedEvents(context: MappingContext): OtlpEvent[] {
  const stored = context.attrs.events;
  if (!Array.isArray(stored)) return [];
  const events: OtlpEvent[] = [];
  for (const item of stored) {
    if (!isRecord(item)) continue;
    const name = asString(item.name);
    if (!name) continue;
    const atMs = asNumber(item.atMs);
    const event: OtlpEvent = {
      name,
      timeNs: atMs === undefined ? context.row.end_ns : msToNsExact(atMs),
      attributes: {},
    };
    if (context.content && item.data !== undefined) event.attributes['llmtop.event.data'] = toText(item.data);
    events.push(event);
  }
  return events;
}

function errorEvents(row: SpanRow): OtlpEvent[] {
  if (row.status !== 'error') return [];
  const attributes: OtlpAttributes = { 'exception.type': errorType(row.error) };
  if (row.error) attributes['exception.message'] = row.error;
  return [{ name: 'exception', timeNs: row.end_ns, attributes }];
}

/**
 * Judge scores: a `gen_ai.evaluation.result` span event per score (timed when the judge wrote it;
 * the spec's form is a log record, this is the traces-only equivalent) and OpenInference
 * `evaluations.N.evaluation.*` attributes on the evaluated span.
 */
function addScores(span: OtlpSpan, scores: readonly StoredScore[], content: boolean): void {
  scores.forEach((score, index) => {
    const attributes: OtlpAttributes = {
      'gen_ai.evaluation.name': score.metric,
      'gen_ai.evaluation.score.value': score.value,
      'llmtop.judge': score.judge,
    };
    if (content && score.explanation) attributes['gen_ai.evaluation.explanation'] = score.explanation;
    span.events.push({ name: 'gen_ai.evaluation.result', timeNs: score.created_ns, attributes });
    const prefix = `evaluations.${index}.evaluation`;
    span.attributes[`${prefix}.name`] = score.metric;
    span.attributes[`${prefix}.score`] = score.value;
    span.attributes[`${prefix}.annotator_kind`] = score.judge === 'human' ? 'HUMAN' : 'LLM';
    if (content && score.explanation) span.attributes[`${prefix}.explanation`] = score.explanation;
  });
}

/** Seconds + nanoseconds, exact for any epoch nanosecond time. */
export function nsToHrTime(ns: bigint): [number, number] {
  return [Number(ns / NS_PER_SECOND), Number(ns % NS_PER_SECOND)];
}
