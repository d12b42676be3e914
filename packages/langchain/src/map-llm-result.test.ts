import {
  AIMessage,
  AIMessageChunk,
  type AIMessageChunkFields,
  type AIMessageFields,
} from '@langchain/core/messages';
import { ChatGenerationChunk } from '@langchain/core/outputs';
import { describe, expect, it } from 'vitest';
import { mapLlmResult } from './map-llm-result.js';

describe('mapLlmResult', () => {
  it('takes usage, response model and finish reason from a chat message', () => {
    const message = new AIMessage({
      content: 'hi',
      tool_calls: [{ id: 'c1', name: 'search', args: { q: 'x' }, type: 'tool_call' }],
      usage_metadata: {
        input_tokens: 10,
        output_tokens: 5,
        total_tokens: 15,
        output_token_details: { reasoning: 2 },
      },
      response_metadata: { model_name: 'gpt-4o-2024-08-06', finish_reason: 'tool_calls' },
    } as Record<string, unknown> as AIMessageFields);
    const facts = mapLlmResult({
      generations: [[{ text: 'hi', message }]],
      llmOutput: { tokenUsage: { promptTokens: 99 } },
    });
    expect(facts).toEqual({
      output: { role: 'assistant', content: 'hi', tool_calls: message.tool_calls },
      usage: { input: 10, output: 5, reasoning: 2 },
      responseModel: 'gpt-4o-2024-08-06',
      finishReason: 'tool_calls',
    });
  });

  it('reads a streamed, merged chunk (generationInfo merged into response_metadata)', () => {
    const chunk = new ChatGenerationChunk({
      text: 'a',
      message: new AIMessageChunk({
        content: 'a',
        usage_metadata: { input_tokens: 3, output_tokens: 1, total_tokens: 4 },
        response_metadata: { model: 'claude-sonnet-4-5', stop_reason: 'end_turn' },
      } as Record<string, unknown> as AIMessageChunkFields),
    });
    const facts = mapLlmResult({ generations: [[chunk]] });
    expect(facts.usage).toEqual({ input: 3, output: 1 });
    expect(facts.responseModel).toBe('claude-sonnet-4-5');
    expect(facts.finishReason).toBe('end_turn');
  });

  it('falls back to llmOutput and generationInfo for text LLMs', () => {
    const facts = mapLlmResult({
      generations: [
        [{ text: 'done', generationInfo: { finish_reason: 'length', model_name: 'text-model-0613' } }],
      ],
      llmOutput: { tokenUsage: { promptTokens: 7, completionTokens: 3 } },
    });
    expect(facts).toEqual({
      output: 'done',
      usage: { input: 7, output: 3 },
      responseModel: 'text-model-0613',
      finishReason: 'length',
    });
  });

  it('reports no usage when none was given, and survives malformed results', () => {
    expect(mapLlmResult({ generations: [[{ text: 'x' }]] })).toEqual({ output: 'x' });
    expect(mapLlmResult(undefined)).toEqual({ output: undefined });
    expect(mapLlmResult({ generations: 'nope' })).toEqual({ output: undefined });
  });

  it('lists every generation when there are several', () => {
    expect(mapLlmResult({ generations: [[{ text: 'a' }, { text: 'b' }]] }).output).toEqual(['a', 'b']);
  });
});
