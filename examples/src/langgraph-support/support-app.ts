/**
 * One customer conversation through the LangGraph support system, observed by llmtop. This is the
 * shape of a real integration: one callback handler, session/user/feature in `config.metadata`.
 */
import type { Llmtop } from '@llmtop/core';
import { LlmtopCallbackHandler } from '@llmtop/langchain';
import type { Customer, SupportRequest } from '../content/customers.js';
import { type ConversationScript, conversationScript } from './conversation-context.js';
import { buildSupportGraph, conversationStart, type SupportModels } from './support-graph.js';

export interface SupportApp {
  handle(
    request: SupportRequest,
    customer: Customer,
    sessionId: string,
    script: ConversationScript,
  ): Promise<SupportOutcome>;
}

export interface SupportOutcome {
  traceId: string;
  answer: string;
}

export function createSupportApp(llmtop: Llmtop, models: SupportModels, random: () => number): SupportApp {
  const graph = buildSupportGraph({ llmtop, models, random, webSearchFailureRate: 0.3 });
  const handler = new LlmtopCallbackHandler(llmtop);
  return {
    async handle(request, customer, sessionId, script) {
      const context = { sessionId, userId: customer.userId, feature: `support-${request.feature}` };
      return llmtop.withContext(context, () =>
        llmtop.span({ kind: 'chain', name: 'support-request', input: { channel: 'chat' } }, async (span) => {
          const state = await conversationScript.run(script, () =>
            graph.invoke(
              { messages: conversationStart(request.instruction, request.message(customer)) },
              {
                callbacks: [handler],
                runName: 'support-graph',
                metadata: {
                  session_id: sessionId,
                  user_id: customer.userId,
                  feature: `support-${request.feature}`,
                },
              },
            ),
          );
          const last = state.messages.at(-1);
          const answer = typeof last?.content === 'string' ? last.content : '';
          span.setOutput({ answer });
          return { traceId: span.traceId, answer };
        }),
      );
    },
  };
}
