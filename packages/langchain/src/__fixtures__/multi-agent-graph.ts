/**
 * The multi-agent LangGraph app the handler is tested against, built with the real LangGraph:
 *
 *   multi_agent (root graph)
 *   ├─ supervisor            routes with a scripted model (invoke)
 *   ├─ researcher            a compiled subgraph `researcher_agent`: ReAct loop agent ⇄ tools
 *   │    tools: search_docs (calls a retriever), calculator, flaky_tool (always throws)
 *   ├─ translator × 2        parallel branches started with Send
 *   └─ writer                streams its model and dispatches a custom event
 *
 * Every model decides from the messages it sees, so concurrent invocations stay deterministic.
 */
import { dispatchCustomEvent } from '@langchain/core/callbacks/dispatch';
import { Document } from '@langchain/core/documents';
import { AIMessage, type AIMessageChunk, type BaseMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { FakeRetriever } from '@langchain/core/utils/testing';
import { Command, END, MessagesValue, START, Send, StateGraph, StateSchema } from '@langchain/langgraph';
import { ToolNode, toolsCondition } from '@langchain/langgraph/prebuilt';
import { z } from 'zod';
import { ScriptedChatModel } from './scripted-chat-model.js';

const countTools = (messages: BaseMessage[]) => messages.filter((m) => ToolMessage.isInstance(m)).length;
const hasReplyFrom = (messages: BaseMessage[], name: string) => messages.some((m) => m.name === name);

export function createModels() {
  const supervisor = new ScriptedChatModel({
    modelName: 'sup-model',
    provider: 'openai',
    respond: (messages) => {
      const route = countTools(messages) === 0
        ? 'researcher'
        : !hasReplyFrom(messages, 'translator')
          ? 'translate'
          : !hasReplyFrom(messages, 'writer')
            ? 'writer'
            : 'FINISH';
      return { content: route, usage: { input_tokens: 20, output_tokens: 2, total_tokens: 22 } };
    },
  });
  const researcher = new ScriptedChatModel({
    modelName: 'res-model',
    provider: 'anthropic',
    respond: (messages) => {
      const tools = countTools(messages);
      if (tools === 0) return { toolCalls: [{ id: 'call_search', name: 'search_docs', args: { query: 'span nesting' } }] };
      if (tools === 1) {
        return {
          toolCalls: [
            { id: 'call_calc', name: 'calculator', args: { a: 2, b: 40 } },
            { id: 'call_flaky', name: 'flaky_tool', args: { input: 'x' } },
          ],
        };
      }
      return {
        content: 'Spans nest via parentRunId; 2+40=42.',
        usage: {
          input_tokens: 100,
          output_tokens: 20,
          total_tokens: 120,
          input_token_details: { cache_read: 60, cache_creation: 10 },
          output_token_details: { reasoning: 8 },
        },
      };
    },
  });
  const translator = new ScriptedChatModel({
    modelName: 'tr-model',
    provider: 'openai',
    respond: (messages) => ({ content: String(messages.at(-1)?.content).endsWith('fr') ? 'bonjour' : 'hallo' }),
  });
  const writer = new ScriptedChatModel({
    modelName: 'writer-model',
    provider: 'openai',
    firstChunkDelayMs: 15,
    respond: () => ({ content: 'Report: spans nest and 2+40=42.', usage: { input_tokens: 50, output_tokens: 12, total_tokens: 62 } }),
  });
  return { supervisor, researcher, translator, writer };
}

export type Models = ReturnType<typeof createModels>;

export const RETRIEVED = [
  new Document({ pageContent: 'Spans nest via parentRunId.', metadata: { source: 'a.md', score: 0.91 } }),
  new Document({ pageContent: 'Run ids are UUIDv7.', metadata: { source: 'b.md', relevance_score: 0.42 } }),
  new Document({ pageContent: 'No score here.', metadata: { source: 'c.md' } }),
];

export function createMultiAgentGraph(models: Models = createModels()) {
  const State = new StateSchema({ messages: MessagesValue });

  const retriever = new FakeRetriever({ output: RETRIEVED });
  const searchDocs = tool(
    async ({ query }) => (await retriever.invoke(query)).map((d) => d.pageContent).join('\n'),
    { name: 'search_docs', description: 'Search the docs', schema: z.object({ query: z.string() }) },
  );
  const calculator = tool(async ({ a, b }) => String(a + b), {
    name: 'calculator',
    description: 'Add two numbers',
    schema: z.object({ a: z.number(), b: z.number() }),
  });
  const flakyTool = tool(
    async (): Promise<string> => {
      throw new Error('flaky tool failed');
    },
    { name: 'flaky_tool', description: 'Always fails', schema: z.object({ input: z.string() }) },
  );
  const tools = [searchDocs, calculator, flakyTool];
  const researcherWithTools = models.researcher.bindTools(tools);

  const researcher = new StateGraph(State)
    .addNode('agent', async (state) => ({ messages: [await researcherWithTools.invoke(state.messages)] }))
    .addNode('tools', new ToolNode(tools))
    .addEdge(START, 'agent')
    .addConditionalEdges('agent', toolsCondition, ['tools', END])
    .addEdge('tools', 'agent')
    .compile({ name: 'researcher_agent' });

  const supervisor = async (state: typeof State.State) => {
    const route = String((await models.supervisor.invoke(state.messages)).content);
    if (route === 'FINISH') return new Command({ goto: END });
    if (route === 'translate') {
      return new Command({
        goto: ['fr', 'de'].map((lang) => new Send('translator', { messages: [new HumanMessage(`translate to ${lang}`)] })),
      });
    }
    return new Command({ goto: route });
  };

  const translator = async (state: typeof State.State) => {
    const reply = await models.translator.invoke(state.messages);
    return { messages: [new AIMessage({ content: String(reply.content), name: 'translator' })] };
  };

  const writer = async (state: typeof State.State) => {
    await dispatchCustomEvent('writer_progress', { stage: 'drafting' });
    let merged: AIMessageChunk | undefined;
    for await (const chunk of await models.writer.stream(state.messages)) merged = merged ? merged.concat(chunk) : chunk;
    return { messages: [new AIMessage({ content: String(merged?.content ?? ''), name: 'writer' })] };
  };

  return new StateGraph(State)
    .addNode('supervisor', supervisor, { ends: ['researcher', 'translator', 'writer', END] })
    .addNode('researcher', researcher)
    .addNode('translator', translator)
    .addNode('writer', writer)
    .addEdge(START, 'supervisor')
    .addEdge('researcher', 'supervisor')
    .addEdge('translator', 'supervisor')
    .addEdge('writer', 'supervisor')
    .compile({ name: 'multi_agent' });
}
