/**
 * The two AI SDK majors the adapter supports, behind one shape so a test suite runs against both:
 * ai 7 (spec v4 mocks, `telemetry`) and ai 6 (spec v3 mocks, `experimental_telemetry`).
 */
import * as ai7 from 'ai';
import * as ai7test from 'ai/test';
import * as ai6 from 'ai6';
import * as ai6test from 'ai6/test';

export interface SdkVersion {
  name: 'ai7' | 'ai6';
  ai: any;
  MockLanguageModel: any;
  MockEmbeddingModel: any;
  MockRerankingModel: any;
  /** Whether the SDK's telemetry integrations carry call ids and execute wrappers (ai 7). */
  structuredTelemetry: boolean;
  /** The whole run's usage: ai 7 `result.usage` is the sum over steps; ai 6 needs `totalUsage`. */
  totalUsage: (result: any) => Promise<any>;
}

export const SDK_VERSIONS: SdkVersion[] = [
  {
    name: 'ai7',
    ai: ai7,
    MockLanguageModel: ai7test.MockLanguageModelV4,
    MockEmbeddingModel: ai7test.MockEmbeddingModelV4,
    MockRerankingModel: ai7test.MockRerankingModelV4,
    structuredTelemetry: true,
    totalUsage: async (result) => await result.usage,
  },
  {
    name: 'ai6',
    ai: ai6,
    MockLanguageModel: ai6test.MockLanguageModelV3,
    MockEmbeddingModel: ai6test.MockEmbeddingModelV3,
    MockRerankingModel: ai6test.MockRerankingModelV3,
    structuredTelemetry: false,
    totalUsage: async (result) => await result.totalUsage,
  },
];

export function usage(input: number, output: number, cacheRead?: number, reasoning?: number) {
  return {
    inputTokens: { total: input, noCache: undefined, cacheRead, cacheWrite: undefined },
    outputTokens: { total: output, text: undefined, reasoning },
  };
}

export function textResult(text: string, tokens = usage(10, 5)) {
  return {
    content: [{ type: 'text', text }],
    finishReason: { unified: 'stop', raw: 'stop' },
    usage: tokens,
    warnings: [],
    response: { id: 'resp', modelId: 'mock-model-2026-01', timestamp: new Date(0) },
  };
}

export function toolCallsResult(calls: { id: string; name: string; input: unknown }[]) {
  return {
    content: calls.map((call) => ({
      type: 'tool-call',
      toolCallId: call.id,
      toolName: call.name,
      input: JSON.stringify(call.input),
    })),
    finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
    usage: usage(20, 8, 4, 2),
    warnings: [],
  };
}

/** Provider stream parts for a streamed text answer. */
export function textStreamParts(words: string[], tokens = usage(12, words.length)) {
  return [
    { type: 'stream-start', warnings: [] },
    { type: 'response-metadata', id: 'resp-s', modelId: 'mock-stream-2026-01', timestamp: new Date(0) },
    { type: 'text-start', id: 't1' },
    ...words.map((delta) => ({ type: 'text-delta', id: 't1', delta })),
    { type: 'text-end', id: 't1' },
    { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage: tokens },
  ];
}
