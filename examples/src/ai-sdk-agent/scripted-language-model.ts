/**
 * A scripted AI SDK language model (the SDK's own `MockLanguageModelV4`) that plays an order-support
 * agent: it calls tools, then answers, reporting realistic usage under a real model name.
 */
import { simulateReadableStream } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';

type Prompt = { role: string; content: unknown }[];

const tokens = (text: string) => Math.max(1, Math.ceil(text.length / 4));

function promptText(prompt: Prompt): string {
  return prompt
    .map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content)))
    .join('\n');
}

function toolResults(prompt: Prompt): { toolName: string; output: unknown }[] {
  return prompt
    .filter((m) => m.role === 'tool')
    .flatMap((m) => (Array.isArray(m.content) ? m.content : []))
    .filter(
      (part): part is { type: string; toolName: string; output: unknown } => part?.type === 'tool-result',
    );
}

function usage(prompt: Prompt, output: string) {
  const input = tokens(promptText(prompt)) + 90;
  const cacheRead = Math.floor(input * 0.4);
  return {
    inputTokens: { total: input, noCache: input - cacheRead, cacheRead, cacheWrite: 0 },
    outputTokens: { total: tokens(output), text: tokens(output), reasoning: 0 },
  };
}

let callCounter = 0;

export interface ScriptedAgentModelOptions {
  modelId: string;
  servedModelId: string;
  firstChunkMs: number;
  chunkMs: number;
}

/** The order agent's model: look the order up, try a refund, then summarise. */
export function createScriptedAgentModel(options: ScriptedAgentModelOptions) {
  const decide = (prompt: Prompt) => {
    const done = toolResults(prompt);
    const question = promptText(prompt.filter((m) => m.role === 'user'));
    const orderId = /ord-\d+/i.exec(question)?.[0] ?? 'ord-0000';
    if (!done.some((r) => r.toolName === 'lookup_order')) {
      return { toolCall: { toolName: 'lookup_order', input: { orderId } } };
    }
    if (/refund/i.test(question) && !done.some((r) => r.toolName === 'issue_refund')) {
      return { toolCall: { toolName: 'issue_refund', input: { orderId, amountUsd: 49 } } };
    }
    const refund = done.find((r) => r.toolName === 'issue_refund');
    const failed = refund && JSON.stringify(refund.output).includes('error');
    return {
      text: failed
        ? `I found order ${orderId}, but the refund could not be issued right now. A specialist will follow up within one business day.`
        : `Order ${orderId} is confirmed${refund ? ' and a refund of 49 dollars is on its way to the original payment method' : ''}.`,
    };
  };
  return new MockLanguageModelV4({
    provider: 'openai',
    modelId: options.modelId,
    supportedUrls: {},
    doGenerate: async ({ prompt }) => {
      const step = decide(prompt as Prompt);
      const text = step.text ?? JSON.stringify(step.toolCall!.input);
      await new Promise((resolve) => setTimeout(resolve, options.firstChunkMs));
      return {
        content: step.toolCall
          ? [
              {
                type: 'tool-call',
                toolCallId: `call-${++callCounter}`,
                toolName: step.toolCall.toolName,
                input: JSON.stringify(step.toolCall.input),
              },
            ]
          : [{ type: 'text', text: step.text! }],
        finishReason: {
          unified: step.toolCall ? 'tool-calls' : 'stop',
          raw: step.toolCall ? 'tool_calls' : 'stop',
        },
        usage: usage(prompt as Prompt, text),
        response: { id: `resp-${callCounter}`, modelId: options.servedModelId, timestamp: new Date() },
        warnings: [],
      };
    },
    doStream: async ({ prompt }) => {
      // Streaming is used for the customer-facing reply: restate the facts the agent established.
      const facts = /Facts: ([\s\S]*)$/.exec(promptText(prompt as Prompt).replace(/"}\]}?\]?$/, ''))?.[1];
      const text = facts
        ? `Thanks for reaching out. ${facts}`
        : 'Thanks for reaching out. We are looking into it.';
      const pieces = text.match(/[\s\S]{1,6}/g) ?? [];
      return {
        stream: simulateReadableStream({
          initialDelayInMs: options.firstChunkMs,
          chunkDelayInMs: options.chunkMs,
          chunks: [
            { type: 'stream-start', warnings: [] },
            {
              type: 'response-metadata',
              id: `resp-${++callCounter}`,
              modelId: options.servedModelId,
              timestamp: new Date(),
            },
            { type: 'text-start', id: 't' },
            ...pieces.map((delta) => ({ type: 'text-delta' as const, id: 't', delta })),
            { type: 'text-end', id: 't' },
            {
              type: 'finish',
              finishReason: { unified: 'stop', raw: 'stop' },
              usage: usage(prompt as Prompt, text),
            },
          ],
        }),
      };
    },
  });
}
