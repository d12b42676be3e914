import { AIMessage, ChatMessage, HumanMessage, SystemMessage, ToolMessage } from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import { mapMessages } from './map-messages.js';

describe('mapMessages', () => {
  it('maps LangChain messages to { role, content, tool_calls?, tool_call_id?, name? }', () => {
    const ai = new AIMessage({
      content: '',
      tool_calls: [{ id: 'c1', name: 'add', args: { a: 1 }, type: 'tool_call' }],
    });
    const content = [{ type: 'text', text: 'look' }];
    expect(
      mapMessages([
        new SystemMessage('be brief'),
        new HumanMessage({ content, name: 'jane' }),
        ai,
        new ToolMessage({ content: '2', tool_call_id: 'c1' }),
        new ChatMessage({ content: 'x', role: 'critic' }),
        { role: 'user', content: 'plain object' },
        'bare string',
      ]),
    ).toEqual([
      { role: 'system', content: 'be brief' },
      { role: 'user', content, name: 'jane' },
      { role: 'assistant', content: '', tool_calls: ai.tool_calls },
      { role: 'tool', content: '2', tool_call_id: 'c1' },
      { role: 'critic', content: 'x' },
      { role: 'user', content: 'plain object' },
      { role: 'user', content: 'bare string' },
    ]);
  });

  it('keeps content by reference', () => {
    const content = [{ type: 'text', text: 'big' }];
    expect(mapMessages([new HumanMessage({ content })])[0]?.content).toBe(content);
  });

  it('returns [] for anything that is not a list', () => {
    expect(mapMessages(undefined)).toEqual([]);
  });
});
