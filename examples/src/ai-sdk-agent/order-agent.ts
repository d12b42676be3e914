/**
 * The AI SDK side of the demo: a `ToolLoopAgent` that handles order questions with two tools (one
 * flaky), then a streamed reply. Observed by llmtop through one middleware on the model.
 */

import type { Llmtop } from '@llmtop/core';
import { llmtopMiddleware } from '@llmtop/vercel-ai';
import type { LanguageModel } from 'ai';
import { stepCountIs, streamText, ToolLoopAgent, tool, wrapLanguageModel } from 'ai';
import { z } from 'zod';
import { createScriptedAgentModel } from './scripted-language-model.js';

export interface OrderAgentOptions {
  llmtop: Llmtop;
  random: () => number;
  /** 1 = realistic latencies, 0 = as fast as possible. */
  speed?: number;
  /** A real model (e.g. from @ai-sdk/openai) instead of the scripted one. */
  model?: LanguageModel;
}

export function createOrderAgent(options: OrderAgentOptions) {
  const speed = options.speed ?? 1;
  const base =
    options.model ??
    createScriptedAgentModel({
      modelId: 'gpt-4.1-mini',
      servedModelId: 'gpt-4.1-mini-2025-04-14',
      firstChunkMs: 220 * speed,
      chunkMs: 10 * speed,
    });
  const model = wrapLanguageModel({ model: base as never, middleware: llmtopMiddleware(options.llmtop) });

  const lookupOrder = tool({
    description: 'Look an order up by id',
    inputSchema: z.object({ orderId: z.string() }),
    execute: async ({ orderId }) => ({ orderId, status: 'delivered', totalUsd: 49, items: 2 }),
  });
  const issueRefund = tool({
    description: 'Refund an order to the original payment method',
    inputSchema: z.object({ orderId: z.string(), amountUsd: z.number() }),
    execute: async ({ orderId, amountUsd }) => {
      if (options.random() < 0.25)
        throw new Error(`payments service unavailable (503) while refunding ${orderId}`);
      return { orderId, refundedUsd: amountUsd, reference: `rf_${orderId.slice(-4)}` };
    },
  });

  const agent = new ToolLoopAgent({
    id: 'order-agent',
    model,
    instructions: 'You resolve order questions. Use the tools. Never promise what a tool did not confirm.',
    tools: { lookup_order: lookupOrder, issue_refund: issueRefund },
    stopWhen: stepCountIs(5),
  });

  return {
    /** Runs the agent, then streams a short customer-facing reply. Returns the reply. */
    async handle(question: string): Promise<string> {
      const result = await options.llmtop.withContext({ agent: 'order-agent' }, () =>
        agent.generate({ prompt: question }),
      );
      const reply = options.llmtop.withContext({ agent: 'reply-writer' }, () =>
        streamText({ model, prompt: `Write the reply to the customer. Facts: ${result.text}` }),
      );
      let text = '';
      for await (const delta of reply.textStream) text += delta;
      return text;
    },
  };
}
