/**
 * The LangGraph customer-support system of the demo: a supervisor routes to a researcher agent
 * (a compiled subgraph with a ReAct loop over a knowledge-base tool — retriever + reranker — and a
 * web-search tool that sometimes fails) and to a writer agent that streams the answer.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import {
  AIMessage,
  type BaseMessage,
  HumanMessage,
  SystemMessage,
  ToolMessage,
} from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { Command, END, MessagesValue, START, StateGraph, StateSchema } from '@langchain/langgraph';
import { ToolNode, toolsCondition } from '@langchain/langgraph/prebuilt';
import type { Llmtop } from '@llmtop/core';
import { z } from 'zod';
import { KnowledgeBaseRetriever } from './knowledge-base-retriever.js';

export interface SupportModels {
  supervisor: BaseChatModel;
  researcher: BaseChatModel;
  writer: BaseChatModel;
}

export interface SupportGraphOptions {
  llmtop: Llmtop;
  models: SupportModels;
  /** Share of web searches that fail (a flaky external service). */
  webSearchFailureRate: number;
  random: () => number;
}

const State = new StateSchema({ messages: MessagesValue });
type SupportState = typeof State.State;

export function buildSupportGraph(options: SupportGraphOptions) {
  const { llmtop, models, random } = options;
  const retriever = new KnowledgeBaseRetriever({ k: 3 });

  const searchKnowledgeBase = tool(
    async ({ query }) => {
      const documents = await retriever.invoke(query);
      // The reranker is not a LangChain component: it is recorded with the manual API.
      const reranked = await llmtop.span(
        {
          kind: 'reranker',
          name: 'keyword-reranker',
          input: { query, documents: documents.map((d) => d.metadata.id) },
        },
        (span) => {
          const order = [...documents].sort(
            (a, b) =>
              Number(b.metadata.score) +
              b.pageContent.length / 1e4 -
              (Number(a.metadata.score) + a.pageContent.length / 1e4),
          );
          span.setOutput(
            order.map((d, rank) => ({
              id: d.metadata.id,
              rank,
              score: d.metadata.score,
              pageContent: d.pageContent,
            })),
          );
          return order;
        },
      );
      return reranked.map((d) => `[${d.metadata.id}] ${d.metadata.title}: ${d.pageContent}`).join('\n');
    },
    {
      name: 'search_knowledge_base',
      description: 'Search the help-center articles',
      schema: z.object({ query: z.string() }),
    },
  );

  const webSearch = tool(
    async ({ query }) => {
      await new Promise((resolve) => setTimeout(resolve, 40 + random() * 80));
      if (random() < options.webSearchFailureRate)
        throw new Error(`web search timed out after 5000 ms for "${query}"`);
      return `Community forum: users asking about "${query}" were pointed to the help center.`;
    },
    { name: 'web_search', description: 'Search the public web', schema: z.object({ query: z.string() }) },
  );

  const researcherModel = models.researcher.bindTools!([searchKnowledgeBase, webSearch]);
  const researcher = new StateGraph(State)
    .addNode('agent', async (state: SupportState) => ({
      messages: [await researcherModel.invoke(state.messages)],
    }))
    .addNode('tools', new ToolNode([searchKnowledgeBase, webSearch], { handleToolErrors: true }))
    .addEdge(START, 'agent')
    .addConditionalEdges('agent', toolsCondition, ['tools', END])
    .addEdge('tools', 'agent')
    .compile({ name: 'researcher' });

  const writer = async (state: SupportState) => {
    let text = '';
    for await (const chunk of await models.writer.stream(state.messages)) {
      text += typeof chunk.content === 'string' ? chunk.content : '';
    }
    return { messages: [new AIMessage({ content: text, name: 'writer' })] };
  };

  const supervisor = async (state: SupportState) => {
    const decision = String((await models.supervisor.invoke(state.messages)).content).trim();
    return new Command({ goto: decision === 'FINISH' ? END : decision });
  };

  return new StateGraph(State)
    .addNode('supervisor', supervisor, { ends: ['researcher', 'writer', END] })
    .addNode('researcher', researcher)
    .addNode('writer', writer)
    .addEdge(START, 'supervisor')
    .addEdge('researcher', 'supervisor')
    .addEdge('writer', 'supervisor')
    .compile({ name: 'support' });
}

export function conversationStart(instruction: string, customerMessage: string): BaseMessage[] {
  return [
    new SystemMessage(
      `You are the support desk of Acme Cloud. Use only the help-center articles. ${instruction}`,
    ),
    new HumanMessage(customerMessage),
  ];
}

/** What the scripted models look at to decide their next turn. */
export function conversationFacts(messages: BaseMessage[]) {
  const human = messages.find((m) => m instanceof HumanMessage || m.getType() === 'human');
  const system = messages.find((m) => m.getType() === 'system');
  const toolResults = messages.filter(
    (m) => m instanceof ToolMessage || m.getType() === 'tool',
  ) as ToolMessage[];
  const researched =
    messages.some((m) => m.getType() === 'ai' && m.name === 'researcher') || toolResults.length > 0;
  const answered = messages.some((m) => m.getType() === 'ai' && m.name === 'writer');
  const lastAi = [...messages].reverse().find((m) => m.getType() === 'ai');
  return {
    question: typeof human?.content === 'string' ? human.content : '',
    instruction: typeof system?.content === 'string' ? system.content.replace(/^.*articles\.\s*/, '') : '',
    toolResults,
    researched,
    answered,
    researchDone:
      lastAi !== undefined &&
      lastAi.getType() === 'ai' &&
      !(lastAi as AIMessage).tool_calls?.length &&
      toolResults.length > 0,
  };
}
