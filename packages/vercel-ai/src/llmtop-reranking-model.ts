/**
 * `llmtopRerankingModel(llmtop, model)`: the AI SDK has no reranking middleware, so this wraps a
 * reranking model (spec v3 or v4) and records each `doRerank` as a `reranker` span with the query,
 * the documents in their input order and the output order with scores.
 */
import type { Llmtop, SpanStart } from '@llmtop/core';
import { nextKey, sharedContext } from './shared-context.js';
import { contextFields, type LlmtopAiOptions } from './span-context.js';

interface RerankingModelLike {
  readonly provider: string;
  readonly modelId: string;
  doRerank(options: any): PromiseLike<any>;
}

export function llmtopRerankingModel<M extends RerankingModelLike>(
  llmtop: Llmtop,
  model: M,
  options?: LlmtopAiOptions,
): M {
  const recorder = llmtop.recorder;
  const context = contextFields(options);
  const storage = sharedContext(llmtop).storage;
  const doRerank = async (callOptions: { query?: unknown; documents?: unknown; topN?: number }) => {
    let key: string | undefined;
    try {
      key = nextKey('ai-rerank:');
      const init: SpanStart = {
        ...context,
        kind: 'reranker',
        name: model.modelId,
        provider: model.provider,
        requestModel: model.modelId,
        input: { query: callOptions.query, documents: callOptions.documents },
      };
      if (callOptions.topN !== undefined) init.attributes = { topN: callOptions.topN };
      const frame = storage.getStore();
      if (frame !== undefined) init.parentKey = frame.key;
      recorder.start(key, init);
    } catch {
      key = undefined;
    }
    let result: { ranking?: unknown };
    try {
      result = await model.doRerank(callOptions);
    } catch (error) {
      if (key !== undefined) recorder.error(key, error);
      throw error;
    }
    if (key !== undefined) recorder.end(key, { output: result.ranking });
    return result;
  };
  return new Proxy(model, {
    get(target, property, receiver) {
      if (property === 'doRerank') return doRerank;
      return Reflect.get(target, property, receiver);
    },
  });
}
