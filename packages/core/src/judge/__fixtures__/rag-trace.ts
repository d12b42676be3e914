/** A RAG trace recorded through the real llmtop API, with the payload shapes the adapters write. */
import type { Llmtop } from '../../llmtop.types.js';

export const RAG_CONTEXT = [
  'The Eiffel Tower is 330 metres tall and was completed in 1889.',
  'It was designed and built by a French engineering company.',
];

/** Records retriever → reranker → llm (AI SDK style messages) → llm (LangChain serialised messages). Returns the trace id. */
export async function recordRagTrace(llmtop: Llmtop, answers: { first: string; second: string }): Promise<string> {
  return llmtop.span({ kind: 'agent', name: 'rag-agent' }, async (agent) => {
    await llmtop.span({ kind: 'retriever', name: 'vector-search', input: { query: 'eiffel tower height' } }, (span) => {
      span.setOutput([{ pageContent: RAG_CONTEXT[0], metadata: { score: 0.9 } }, { pageContent: RAG_CONTEXT[1] }, { pageContent: 'Bananas are yellow.' }]);
    });
    await llmtop.span({ kind: 'reranker', name: 'rerank', input: { query: 'eiffel tower height' } }, (span) => {
      span.setOutput([{ document: { text: RAG_CONTEXT[0] }, score: 0.95 }, { document: { text: RAG_CONTEXT[1] }, score: 0.4 }]);
    });
    await llmtop.span(
      {
        kind: 'llm',
        name: 'chat gpt-4o-mini',
        provider: 'openai',
        requestModel: 'gpt-4o-mini',
        input: [
          { role: 'system', content: 'Answer from the context. Do not use any commas in your response. Answer with less than 40 words.' },
          { role: 'user', content: [{ type: 'text', text: 'How tall is the Eiffel Tower?' }] },
        ],
      },
      (span) => {
        span.setOutput({ role: 'assistant', content: answers.first });
      },
    );
    await llmtop.span(
      {
        kind: 'llm',
        name: 'ChatOpenAI',
        input: [[
          { lc: 1, type: 'constructor', id: ['langchain_core', 'messages', 'SystemMessage'], kwargs: { content: 'Reply in all lowercase letters.' } },
          { lc: 1, type: 'constructor', id: ['langchain_core', 'messages', 'HumanMessage'], kwargs: { content: 'Who built it?' } },
        ]],
      },
      (span) => {
        span.setOutput({ generations: [[{ text: answers.second, message: { lc: 1, kwargs: { content: answers.second } } }]] });
      },
    );
    // A tool-call-only model turn has no answer to judge.
    await llmtop.span({ kind: 'llm', name: 'tool-turn', input: [{ role: 'user', content: 'x' }] }, (span) => {
      span.setOutput({ role: 'assistant', content: [] });
    });
    return agent.traceId;
  });
}
