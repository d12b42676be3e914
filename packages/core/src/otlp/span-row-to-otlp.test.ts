import { describe, expect, it } from 'vitest';
import { sampleRow } from '../sqlite/__fixtures__/sample-row.js';
import {
  agentRow,
  chainRow,
  customRow,
  embeddingRow,
  evaluatorRow,
  llmRow,
  llmScore,
  rerankerRow,
  retrieverRow,
  toolRow,
} from './__fixtures__/agent-session.js';
import { OTLP_SPAN_KIND, OTLP_STATUS_CODE } from './otlp-span.js';
import { genAiProviderName, openInferenceProvider } from './provider-names.js';
import { errorType, nsToHrTime, spanRowToOtlp } from './span-row-to-otlp.js';

const CONTENT_KEYS =
  /^(input\.|output\.|gen_ai\.(input|output)\.messages|gen_ai\.system_instructions|gen_ai\.tool\.call\.(arguments|result)|gen_ai\.retrieval\.query|llm\.(input|output)_messages|reranker\.query|embedding\.embeddings|.*\.document\.(content|metadata)|.*explanation)/;

describe('spanRowToOtlp: every span', () => {
  it('keeps ids, parent and nanosecond times exactly', () => {
    const span = spanRowToOtlp(llmRow);
    expect(span.traceId).toBe(llmRow.trace_id);
    expect(span.spanId).toBe(llmRow.span_id);
    expect(span.parentSpanId).toBe(llmRow.parent_span_id);
    expect(span.startNs).toBe(llmRow.start_ns);
    expect(span.endNs).toBe(llmRow.end_ns);
    expect(spanRowToOtlp(agentRow).parentSpanId).toBeUndefined();
  });

  it('sets session, user, tags with the feature, agent and metadata in both vocabularies', () => {
    const { attributes } = spanRowToOtlp(chainRow);
    expect(attributes['session.id']).toBe('sess-42');
    expect(attributes['gen_ai.conversation.id']).toBe('sess-42');
    expect(attributes['user.id']).toBe('user-7');
    expect(attributes['tag.tags']).toEqual(['prod', 'feature:refunds']);
    expect(attributes['gen_ai.agent.name']).toBe('support-agent');
    expect(attributes['agent.name']).toBe('support-agent');
    expect(JSON.parse(attributes.metadata as string)).toEqual({ feature: 'refunds', agent: 'support-agent' });
    expect(attributes['langfuse.observation.metadata']).toBe(attributes.metadata);
  });

  it('omits unknown fields instead of inventing values', () => {
    const { attributes } = spanRowToOtlp(sampleRow({ kind: 'llm', request_model: 'gpt-4o' }));
    for (const key of Object.keys(attributes))
      expect(key).not.toMatch(/usage|token_count|cost|session|user\.id|tag/);
    expect(attributes['llm.token_count.total']).toBeUndefined();
  });

  it('maps each kind to the OpenInference kind and the Langfuse observation type', () => {
    const expected: [typeof llmRow, string, string][] = [
      [agentRow, 'AGENT', 'agent'],
      [chainRow, 'CHAIN', 'chain'],
      [llmRow, 'LLM', 'generation'],
      [toolRow, 'TOOL', 'tool'],
      [retrieverRow, 'RETRIEVER', 'retriever'],
      [rerankerRow, 'RERANKER', 'retriever'],
      [embeddingRow, 'EMBEDDING', 'embedding'],
      [evaluatorRow, 'EVALUATOR', 'evaluator'],
      [customRow, 'UNKNOWN', 'span'],
    ];
    for (const [row, oi, langfuse] of expected) {
      const { attributes } = spanRowToOtlp(row);
      expect(attributes['openinference.span.kind'], row.kind).toBe(oi);
      expect(attributes['langfuse.observation.type'], row.kind).toBe(langfuse);
      expect(attributes['llmtop.span.kind']).toBe(row.kind);
    }
  });

  it('maps status: ok → OK, unset → UNSET, error → ERROR with the masked message, error.type and an exception event', () => {
    expect(spanRowToOtlp(llmRow).status).toEqual({ code: OTLP_STATUS_CODE.OK });
    expect(spanRowToOtlp(customRow).status).toEqual({ code: OTLP_STATUS_CODE.UNSET });
    const tool = spanRowToOtlp(toolRow);
    expect(tool.status).toEqual({ code: OTLP_STATUS_CODE.ERROR, message: toolRow.error });
    expect(tool.attributes['error.type']).toBe('TimeoutError');
    const exception = tool.events.find((event) => event.name === 'exception');
    expect(exception?.attributes).toEqual({
      'exception.type': 'TimeoutError',
      'exception.message': toolRow.error,
    });
    expect(exception?.timeNs).toBe(toolRow.end_ns);
  });

  it('derives a low-cardinality error.type', () => {
    expect(errorType('RateLimitError: 429')).toBe('RateLimitError');
    expect(errorType('request timed out')).toBe('timeout');
    expect(errorType('something odd')).toBe('_OTHER');
    expect(errorType(null)).toBe('_OTHER');
  });

  it('turns recorded app events into span events at their own time', () => {
    const retry = spanRowToOtlp(toolRow).events.find((event) => event.name === 'retry');
    expect(retry?.timeNs).toBe(1_709_294_402_100_500_000n);
    expect(retry?.attributes['llmtop.event.data']).toBe('{"attempt":2}');
  });
});

describe('spanRowToOtlp: per kind', () => {
  it('agent: invoke_agent {agent}, INTERNAL, input/output values', () => {
    const span = spanRowToOtlp(agentRow);
    expect(span.name).toBe('invoke_agent support-agent');
    expect(span.kind).toBe(OTLP_SPAN_KIND.INTERNAL);
    expect(span.attributes['gen_ai.operation.name']).toBe('invoke_agent');
    expect(span.attributes['input.value']).toBe(agentRow.input);
    expect(span.attributes['input.mime_type']).toBe('application/json');
    expect(span.attributes['output.value']).toBe('Your refund was issued.');
    expect(span.attributes['output.mime_type']).toBe('text/plain');
    expect(JSON.parse(span.attributes.metadata as string).pii_counts).toEqual({ EMAIL: 1 });
  });

  it('chain: own name, INTERNAL, no GenAI operation', () => {
    const span = spanRowToOtlp(chainRow);
    expect(span.name).toBe('RunnableSequence');
    expect(span.kind).toBe(OTLP_SPAN_KIND.INTERNAL);
    expect(span.attributes['gen_ai.operation.name']).toBeUndefined();
    expect(span.attributes['input.value']).toBe(chainRow.input);
  });

  it('llm: chat {model}, CLIENT, provider, models, usage incl. cache and reasoning, cost, params', () => {
    const span = spanRowToOtlp(llmRow);
    const a = span.attributes;
    expect(span.name).toBe('chat gpt-4o');
    expect(span.kind).toBe(OTLP_SPAN_KIND.CLIENT);
    expect(a['gen_ai.operation.name']).toBe('chat');
    expect(a['gen_ai.provider.name']).toBe('openai');
    expect(a['llm.provider']).toBe('openai');
    expect(a['llm.system']).toBe('openai');
    expect(a['gen_ai.request.model']).toBe('gpt-4o');
    expect(a['gen_ai.response.model']).toBe('gpt-4o-2024-08-06');
    expect(a['llm.model_name']).toBe('gpt-4o-2024-08-06');
    expect(a['gen_ai.usage.input_tokens']).toBe(1200);
    expect(a['gen_ai.usage.output_tokens']).toBe(85);
    expect(a['gen_ai.usage.cache_read.input_tokens']).toBe(1024);
    expect(a['gen_ai.usage.cache_creation.input_tokens']).toBe(0);
    expect(a['gen_ai.usage.reasoning.output_tokens']).toBe(20);
    expect(a['llm.token_count.prompt']).toBe(1200);
    expect(a['llm.token_count.completion']).toBe(85);
    expect(a['llm.token_count.total']).toBe(1285);
    expect(a['llm.token_count.prompt_details.cache_read']).toBe(1024);
    expect(a['llm.token_count.prompt_details.cache_write']).toBe(0);
    expect(a['llm.token_count.completion_details.reasoning']).toBe(20);
    expect(a['llm.cost.total']).toBe(0.00421);
    expect(JSON.parse(a['langfuse.observation.cost_details'] as string)).toEqual({ total: 0.00421 });
    expect(a['gen_ai.response.finish_reasons']).toEqual(['tool_calls']);
    expect(a['gen_ai.response.time_to_first_chunk']).toBeCloseTo(0.25, 9);
    expect(a['gen_ai.request.temperature']).toBe(0.2);
    expect(a['gen_ai.request.max_tokens']).toBe(512);
    expect(JSON.parse(a['llm.invocation_parameters'] as string)).toEqual({
      model: 'gpt-4o',
      temperature: 0.2,
      max_tokens: 512,
    });
    expect(JSON.parse(a.metadata as string).price_version).toBe('openai-2026-05');
  });

  it('llm: messages as GenAI JSON strings and OpenInference flattened messages, tool calls included', () => {
    const a = spanRowToOtlp(llmRow).attributes;
    expect(JSON.parse(a['gen_ai.system_instructions'] as string)).toEqual([
      { type: 'text', content: 'You are a support agent.' },
    ]);
    expect(JSON.parse(a['gen_ai.input.messages'] as string)).toEqual([
      { role: 'user', parts: [{ type: 'text', content: 'Where is my refund? I am <EMAIL_1>.' }] },
    ]);
    expect(JSON.parse(a['gen_ai.output.messages'] as string)).toEqual([
      {
        role: 'assistant',
        finish_reason: 'tool_calls',
        parts: [
          { type: 'text', content: 'Let me check.' },
          { type: 'tool_call', id: 'call_1', name: 'lookup_order', arguments: { orderId: '<ORDER_1>' } },
        ],
      },
    ]);
    expect(a['llm.input_messages.0.message.role']).toBe('system');
    expect(a['llm.input_messages.1.message.role']).toBe('user');
    expect(a['llm.input_messages.1.message.content']).toBe('Where is my refund? I am <EMAIL_1>.');
    expect(a['llm.output_messages.0.message.role']).toBe('assistant');
    expect(a['llm.output_messages.0.message.content']).toBe('Let me check.');
    expect(a['llm.output_messages.0.message.tool_calls.0.tool_call.id']).toBe('call_1');
    expect(a['llm.output_messages.0.message.tool_calls.0.tool_call.function.name']).toBe('lookup_order');
    expect(a['llm.output_messages.0.message.tool_calls.0.tool_call.function.arguments']).toBe(
      '{"orderId":"<ORDER_1>"}',
    );
    expect(JSON.parse(a['input.value'] as string)).toHaveLength(2);
  });

  it('llm: reads LangChain serialised messages and a plain-string completion', () => {
    const row = sampleRow({
      kind: 'llm',
      request_model: 'm',
      input: JSON.stringify([
        [
          {
            lc: 1,
            type: 'constructor',
            id: ['langchain_core', 'messages', 'SystemMessage'],
            kwargs: { content: 'sys' },
          },
          {
            lc: 1,
            type: 'constructor',
            id: ['langchain_core', 'messages', 'HumanMessage'],
            kwargs: { content: [{ type: 'text', text: 'hi' }] },
          },
        ],
      ]),
      output: JSON.stringify('hello'),
    });
    const a = spanRowToOtlp(row).attributes;
    expect(a['llm.input_messages.0.message.role']).toBe('system');
    expect(a['llm.input_messages.1.message.role']).toBe('user');
    expect(a['llm.input_messages.1.message.content']).toBe('hi');
    expect(a['llm.output_messages.0.message.content']).toBe('hello');
    expect(a['output.value']).toBe('hello');
  });

  it('llm: a plain prompt string is a text_completion', () => {
    const span = spanRowToOtlp(
      sampleRow({ kind: 'llm', request_model: 'davinci', input: JSON.stringify('Say hi') }),
    );
    expect(span.name).toBe('text_completion davinci');
    expect(span.attributes['gen_ai.operation.name']).toBe('text_completion');
  });

  it('tool: execute_tool {tool}, INTERNAL, call id, arguments and result as JSON strings', () => {
    const span = spanRowToOtlp({
      ...toolRow,
      status: 'ok',
      error: null,
      output: JSON.stringify({ status: 'shipped' }),
    });
    const a = span.attributes;
    expect(span.name).toBe('execute_tool lookup_order');
    expect(span.kind).toBe(OTLP_SPAN_KIND.INTERNAL);
    expect(a['gen_ai.operation.name']).toBe('execute_tool');
    expect(a['gen_ai.tool.name']).toBe('lookup_order');
    expect(a['tool.name']).toBe('lookup_order');
    expect(a['gen_ai.tool.call.id']).toBe('call_1');
    expect(a['tool.id']).toBe('call_1');
    expect(a['gen_ai.tool.type']).toBe('function');
    expect(a['gen_ai.tool.call.arguments']).toBe('{"orderId":"<ORDER_1>"}');
    expect(a['gen_ai.tool.call.result']).toBe('{"status":"shipped"}');
    expect(a['input.value']).toBe('{"orderId":"<ORDER_1>"}');
    expect(a['input.mime_type']).toBe('application/json');
    expect(a['output.value']).toBe('{"status":"shipped"}');
  });

  it('retriever: retrieval {source}, CLIENT, query, top_k, documents with scores in both vocabularies', () => {
    const span = spanRowToOtlp(retrieverRow);
    const a = span.attributes;
    expect(span.name).toBe('retrieval kb-main');
    expect(span.kind).toBe(OTLP_SPAN_KIND.CLIENT);
    expect(a['gen_ai.operation.name']).toBe('retrieval');
    expect(a['gen_ai.data_source.id']).toBe('kb-main');
    expect(a['gen_ai.request.top_k']).toBe(2);
    expect(a['gen_ai.retrieval.query.text']).toBe('refund policy');
    expect(JSON.parse(a['gen_ai.retrieval.documents'] as string)).toEqual([
      { id: 'doc-1', score: 0.91 },
      { id: 'doc-2', score: 0.42 },
    ]);
    expect(a['retrieval.documents.0.document.id']).toBe('doc-1');
    expect(a['retrieval.documents.0.document.content']).toBe('Refunds take 5 days.');
    expect(a['retrieval.documents.0.document.score']).toBe(0.91);
    expect(JSON.parse(a['retrieval.documents.1.document.metadata'] as string)).toEqual({
      id: 'doc-2',
      source: 'b.md',
    });
    expect(a['input.value']).toBe('refund policy');
    expect(JSON.parse(a['output.value'] as string)).toHaveLength(2);
  });

  it('reranker: OpenInference reranker.* with input and re-ordered output documents, never a model attribute', () => {
    const span = spanRowToOtlp(rerankerRow);
    const a = span.attributes;
    expect(span.name).toBe('rerank rerank-v3.5');
    expect(span.kind).toBe(OTLP_SPAN_KIND.INTERNAL);
    expect(a['reranker.model_name']).toBe('rerank-v3.5');
    expect(a['reranker.query']).toBe('refund policy');
    expect(a['reranker.top_k']).toBe(2);
    expect(a['reranker.input_documents.0.document.id']).toBe('doc-1');
    expect(a['reranker.input_documents.1.document.content']).toBe('Contact <EMAIL_1>.');
    expect(a['reranker.output_documents.0.document.id']).toBe('doc-2');
    expect(a['reranker.output_documents.0.document.score']).toBe(0.8);
    expect(a['reranker.output_documents.1.document.id']).toBe('doc-1');
    expect(a['gen_ai.request.model']).toBeUndefined();
    expect(a['llm.model_name']).toBeUndefined();
    expect(a['gen_ai.operation.name']).toBeUndefined();
  });

  it('embedding: embeddings {model}, CLIENT, usage, texts; no llm.provider/llm.system', () => {
    const span = spanRowToOtlp(embeddingRow);
    const a = span.attributes;
    expect(span.name).toBe('embeddings text-embedding-3-small');
    expect(span.kind).toBe(OTLP_SPAN_KIND.CLIENT);
    expect(a['gen_ai.operation.name']).toBe('embeddings');
    expect(a['gen_ai.provider.name']).toBe('openai');
    expect(a['llm.provider']).toBeUndefined();
    expect(a['llm.system']).toBeUndefined();
    expect(a['gen_ai.request.model']).toBe('text-embedding-3-small');
    expect(a['embedding.model_name']).toBe('text-embedding-3-small');
    expect(a['gen_ai.usage.input_tokens']).toBe(12);
    expect(a['llm.token_count.prompt']).toBe(12);
    expect(a['embedding.embeddings.0.embedding.text']).toBe('Where is my refund?');
  });

  it('evaluator: a model call typed EVALUATOR', () => {
    const span = spanRowToOtlp(evaluatorRow);
    expect(span.name).toBe('chat claude-haiku-4-5');
    expect(span.kind).toBe(OTLP_SPAN_KIND.CLIENT);
    expect(span.attributes['gen_ai.provider.name']).toBe('anthropic');
    expect(span.attributes['llm.token_count.total']).toBe(840);
    expect(span.attributes['openinference.span.kind']).toBe('EVALUATOR');
  });

  it('custom: own name, INTERNAL, generic input/output', () => {
    const span = spanRowToOtlp(customRow);
    expect(span.name).toBe('post-process');
    expect(span.kind).toBe(OTLP_SPAN_KIND.INTERNAL);
    expect(span.attributes['output.value']).toBe('{"ok":true}');
  });
});

describe('spanRowToOtlp: judge scores', () => {
  it('adds a gen_ai.evaluation.result event and OpenInference evaluations.* attributes', () => {
    const span = spanRowToOtlp(llmRow, [
      llmScore,
      { ...llmScore, metric: 'relevance', value: 1, explanation: null },
    ]);
    const events = span.events.filter((event) => event.name === 'gen_ai.evaluation.result');
    expect(events).toHaveLength(2);
    expect(events[0]?.timeNs).toBe(llmScore.created_ns);
    expect(events[0]?.attributes).toEqual({
      'gen_ai.evaluation.name': 'faithfulness',
      'gen_ai.evaluation.score.value': 0.75,
      'gen_ai.evaluation.explanation': 'Mostly grounded in <EMAIL_1> context.',
      'llmtop.judge': 'llm-judge',
    });
    expect(span.attributes['evaluations.0.evaluation.name']).toBe('faithfulness');
    expect(span.attributes['evaluations.0.evaluation.score']).toBe(0.75);
    expect(span.attributes['evaluations.0.evaluation.annotator_kind']).toBe('LLM');
    expect(span.attributes['evaluations.1.evaluation.name']).toBe('relevance');
    expect(span.attributes['evaluations.1.evaluation.explanation']).toBeUndefined();
  });
});

describe('spanRowToOtlp: noContent', () => {
  it('strips every input, output and payload, keeping structure, usage and scores', () => {
    for (const row of [
      agentRow,
      chainRow,
      llmRow,
      toolRow,
      retrieverRow,
      rerankerRow,
      embeddingRow,
      evaluatorRow,
      customRow,
    ]) {
      const span = spanRowToOtlp(row, [llmScore], { noContent: true });
      for (const key of Object.keys(span.attributes))
        expect(key, `${row.kind}: ${key}`).not.toMatch(CONTENT_KEYS);
      for (const event of span.events) expect(event.attributes['llmtop.event.data']).toBeUndefined();
      const text = JSON.stringify(span.attributes);
      expect(text, row.kind).not.toContain('<EMAIL_1>');
      expect(text).not.toContain('refund policy');
    }
    const llm = spanRowToOtlp(llmRow, [llmScore], { noContent: true });
    expect(llm.attributes['gen_ai.usage.input_tokens']).toBe(1200);
    expect(llm.attributes['evaluations.0.evaluation.score']).toBe(0.75);
    const retriever = spanRowToOtlp(retrieverRow, [], { noContent: true });
    expect(retriever.attributes['retrieval.documents.0.document.score']).toBe(0.91);
  });
});

describe('helpers', () => {
  it('maps stored provider names to GenAI and OpenInference values', () => {
    expect(genAiProviderName('openai.chat')).toBe('openai');
    expect(genAiProviderName('anthropic.messages')).toBe('anthropic');
    expect(genAiProviderName('google_genai')).toBe('gcp.gen_ai');
    expect(genAiProviderName('amazon-bedrock')).toBe('aws.bedrock');
    expect(genAiProviderName('azure.ai.openai')).toBe('azure.ai.openai');
    expect(genAiProviderName('my-llm')).toBe('my-llm');
    expect(openInferenceProvider('azure.ai.openai')).toEqual({ provider: 'azure', system: 'openai' });
    expect(openInferenceProvider('my-llm')).toEqual({ system: 'my-llm' });
  });

  it('splits nanoseconds into an exact HrTime', () => {
    expect(nsToHrTime(1_709_294_400_123_456_789n)).toEqual([1_709_294_400, 123_456_789]);
  });
});
