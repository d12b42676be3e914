/**
 * The AI SDK side of the demo: a `ToolLoopAgent` that handles order questions with two tools (one
 * flaky), then a streamed reply. Observed by llmtop through one middleware on the model.
 */

import type { Llmtop } from '@llmtop/core';
import { llmtopAgent, llmtopEmbeddingMiddleware, llmtopMiddleware, llmtopTelemetry } from '@llmtop/vercel-ai';
import type { LanguageModel } from 'ai';
import {
  embed,
  stepCountIs,
  streamText,
  ToolLoopAgent,
  tool,
  wrapEmbeddingModel,
  wrapLanguageModel,
} from 'ai';
import { MockEmbeddingModelV4 } from 'ai/test';
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

  // A semantic-cache lookup before the agent runs: an embedding call (scripted vectors).
  const embedder = wrapEmbeddingModel({
    model: new MockEmbeddingModelV4({
      provider: 'openai',
      modelId: 'text-embedding-3-small',
      doEmbed: async ({ values }) => ({
        embeddings: values.map((value) => Array.from({ length: 8 }, (_, i) => Math.sin(value.length + i))),
        usage: { tokens: values.reduce((sum, value) => sum + Math.ceil(value.length / 4), 0) },
        warnings: [],
      }),
    }),
    middleware: llmtopEmbeddingMiddleware(options.llmtop, { agent: 'semantic-cache' }),
  });

  // One line makes the agent's runs, steps and tool executions spans: `llmtopAgent(llmtop, settings)`.
  const agent = new ToolLoopAgent(
    llmtopAgent(options.llmtop, {
      id: 'order-agent',
      model,
      instructions: 'You resolve order questions. Use the tools. Never promise what a tool did not confirm.',
      tools: { lookup_order: lookupOrder, issue_refund: issueRefund },
      stopWhen: stepCountIs(5),
    }),
  );

  return {
    /** Runs the agent, then streams a short customer-facing reply. Returns the reply. */
    async handle(question: string): Promise<string> {
      return options.llmtop.span(
        { kind: 'chain', name: 'order-request', input: { question } },
        async (span) => {
          await embed({ model: embedder, value: question });
          const result = await agent.generate({ prompt: question });
          const reply = streamText({
            model,
            prompt: `Write the reply to the customer. Facts: ${result.text}`,
            experimental_telemetry: {
              integrations: [llmtopTelemetry(options.llmtop, { agent: 'reply-writer' })],
            },
          });
          let text = '';
          for await (const delta of reply.textStream) text += delta;
          span.setOutput({ reply: text });
          return text;
        },
      );
    },
  };
}
