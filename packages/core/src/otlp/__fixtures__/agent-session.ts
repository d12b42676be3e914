/** One recorded multi-agent trace with a span of every kind, as stored (masked) rows, plus a judge score. */
import { sampleRow } from '../../sqlite/__fixtures__/sample-row.js';
import type { SpanRow } from '../../span/span-record.js';
import type { StoredScore } from '../otlp-span.js';

export const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const T0 = 1_709_294_400_000_000_000n; // 2024-03-01T12:00:00Z
const ms = (n: number) => BigInt(n) * 1_000_000n;

const common = {
  trace_id: TRACE_ID,
  session_id: 'sess-42',
  user_id: 'user-7',
  feature: 'refunds',
  agent: 'support-agent',
  tags: JSON.stringify(['prod']),
};

export const agentRow: SpanRow = sampleRow({
  ...common,
  span_id: '00f067aa0ba902b7',
  kind: 'agent',
  name: 'support-agent',
  start_ns: T0,
  end_ns: T0 + ms(2500),
  input: JSON.stringify({ question: 'Where is my refund? Contact <EMAIL_1>' }),
  output: JSON.stringify('Your refund was issued.'),
  pii_counts: JSON.stringify({ EMAIL: 1 }),
});

export const chainRow: SpanRow = sampleRow({
  ...common,
  span_id: '0a0000000000000a',
  parent_span_id: agentRow.span_id,
  kind: 'chain',
  name: 'RunnableSequence',
  start_ns: T0 + ms(5),
  end_ns: T0 + ms(2400),
  input: JSON.stringify({ input: 'Where is my refund?' }),
  output: JSON.stringify({ output: 'done' }),
});

export const embeddingRow: SpanRow = sampleRow({
  ...common,
  span_id: '1111111111111111',
  parent_span_id: chainRow.span_id,
  kind: 'embedding',
  name: 'OpenAIEmbeddings',
  start_ns: T0 + ms(10),
  end_ns: T0 + ms(90),
  provider: 'openai',
  request_model: 'text-embedding-3-small',
  response_model: 'text-embedding-3-small',
  input_tokens: 12,
  cost_usd: 0.00000024,
  input: JSON.stringify(['Where is my refund?']),
});

export const retrieverRow: SpanRow = sampleRow({
  ...common,
  span_id: '2222222222222222',
  parent_span_id: chainRow.span_id,
  kind: 'retriever',
  name: 'kb-main',
  start_ns: T0 + ms(100),
  end_ns: T0 + ms(180),
  input: JSON.stringify('refund policy'),
  attributes: JSON.stringify({
    topK: 2,
    documents: [
      { pageContent: 'Refunds take 5 days.', metadata: { id: 'doc-1', source: 'a.md' }, score: 0.91 },
      { pageContent: 'Contact <EMAIL_1>.', metadata: { id: 'doc-2', source: 'b.md' }, score: 0.42 },
    ],
  }),
});

export const rerankerRow: SpanRow = sampleRow({
  ...common,
  span_id: '3333333333333333',
  parent_span_id: chainRow.span_id,
  kind: 'reranker',
  name: 'cohere-rerank',
  start_ns: T0 + ms(190),
  end_ns: T0 + ms(290),
  provider: 'cohere',
  request_model: 'rerank-v3.5',
  input: JSON.stringify({ query: 'refund policy' }),
  attributes: JSON.stringify({
    topK: 2,
    inputDocuments: [
      { id: 'doc-1', content: 'Refunds take 5 days.' },
      { id: 'doc-2', content: 'Contact <EMAIL_1>.' },
    ],
    ranking: [
      { index: 1, score: 0.8 },
      { index: 0, score: 0.3 },
    ],
  }),
});

export const llmRow: SpanRow = sampleRow({
  ...common,
  span_id: '4444444444444444',
  parent_span_id: chainRow.span_id,
  kind: 'llm',
  name: 'ChatOpenAI',
  start_ns: T0 + ms(300),
  end_ns: T0 + ms(1900),
  first_token_ns: T0 + ms(550),
  provider: 'openai',
  request_model: 'gpt-4o',
  response_model: 'gpt-4o-2024-08-06',
  input_tokens: 1200,
  output_tokens: 85,
  cache_read_tokens: 1024,
  cache_write_tokens: 0,
  reasoning_tokens: 20,
  cost_usd: 0.00421,
  price_version: 'openai-2026-05',
  finish_reason: 'tool_calls',
  input: JSON.stringify([
    { role: 'system', content: 'You are a support agent.' },
    { role: 'user', content: 'Where is my refund? I am <EMAIL_1>.' },
  ]),
  output: JSON.stringify({
    role: 'assistant',
    content: 'Let me check.',
    tool_calls: [{ id: 'call_1', name: 'lookup_order', args: { orderId: '<ORDER_1>' } }],
  }),
  attributes: JSON.stringify({ invocationParams: { model: 'gpt-4o', temperature: 0.2, max_tokens: 512 } }),
});

export const toolRow: SpanRow = sampleRow({
  ...common,
  span_id: '5555555555555555',
  parent_span_id: chainRow.span_id,
  kind: 'tool',
  name: 'lookup_order',
  status: 'error',
  error: 'TimeoutError: order service did not answer for <EMAIL_1>',
  start_ns: T0 + ms(1950),
  end_ns: T0 + ms(2350),
  input: JSON.stringify('{"orderId":"<ORDER_1>"}'),
  attributes: JSON.stringify({
    toolCallId: 'call_1',
    arguments: { orderId: '<ORDER_1>' },
    events: [{ name: 'retry', atMs: 1_709_294_402_100.5, data: { attempt: 2 } }],
  }),
});

export const evaluatorRow: SpanRow = sampleRow({
  ...common,
  span_id: '6666666666666666',
  parent_span_id: null,
  trace_id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  kind: 'evaluator',
  name: 'judge:faithfulness',
  start_ns: T0 + ms(5000),
  end_ns: T0 + ms(5600),
  provider: 'anthropic',
  request_model: 'claude-haiku-4-5',
  input_tokens: 800,
  output_tokens: 40,
  cost_usd: 0.001,
  input: JSON.stringify([{ role: 'user', content: 'Grade this answer.' }]),
  output: JSON.stringify('{"score":0.9}'),
});

export const customRow: SpanRow = sampleRow({
  ...common,
  span_id: '7777777777777777',
  parent_span_id: agentRow.span_id,
  kind: 'custom',
  name: 'post-process',
  status: 'unset',
  start_ns: T0 + ms(2410),
  end_ns: T0 + ms(2490),
  output: JSON.stringify({ ok: true }),
});

export const sessionRows: SpanRow[] = [
  agentRow,
  chainRow,
  embeddingRow,
  retrieverRow,
  rerankerRow,
  llmRow,
  toolRow,
  evaluatorRow,
  customRow,
];

export const llmScore: StoredScore = {
  trace_id: TRACE_ID,
  span_id: llmRow.span_id,
  metric: 'faithfulness',
  value: 0.75,
  judge: 'llm-judge',
  explanation: 'Mostly grounded in <EMAIL_1> context.',
  created_ns: T0 + ms(6000),
};
